#!/usr/bin/env python3
"""The workbench in a real browser (issue 14): builds a database from the corpus with `warta extract corpus --db`,
starts `warta serve` on a free loopback port, opens the overview, the events, an event and a document in headless
Chromium (through chromedriver and Selenium), corrects a field through the document page's form, gives the
evidence of a value by selecting text (the page's own script turns the selection into offsets), marks the document
reviewed, checks each change in the database, and saves screenshots under .build/screenshots/.

Usage: python3 scripts/browser_test.py [--warta .build/debug/warta]
Prints "N passed, N failed"; exits 1 on a failure. Where Chromium, chromedriver or Selenium is missing it says so
and exits 0 (skipped)."""
import argparse, os, re, shutil, sqlite3, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def skip(reason):
    print(f"browser test skipped: {reason}")
    print("0 passed, 0 failed, 1 skipped")
    sys.exit(0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--warta", default=os.path.join(ROOT, ".build/debug/warta"))
    ap.add_argument("--screenshots", default=os.path.join(ROOT, ".build/screenshots"))
    args = ap.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not chromium or not driver:
        skip("Chromium or chromedriver is not installed (apt-get install chromium chromium-driver)")
    try:
        from selenium import webdriver
        from selenium.webdriver.common.by import By
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        skip("Python's selenium is not installed (pip install selenium)")
    if not os.access(args.warta, os.X_OK):
        print(f"browser test: {args.warta} is not built (swift build)")
        print("0 passed, 1 failed")
        sys.exit(1)
    os.makedirs(args.screenshots, exist_ok=True)
    work = tempfile.mkdtemp(prefix="warta-browser-")
    db = os.path.join(work, "events.sqlite")
    subprocess.run([args.warta, "extract", os.path.join(ROOT, "corpus"), "--db", db, "--no-progress"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    server = subprocess.Popen([args.warta, "serve", "--db", db, "--host", "127.0.0.1", "--port", "0", "--reviewer", "browser-test"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    passed, failed = [], []

    def until(probe, seconds=10.0):
        """The value of probe() once it is true, or its last value after `seconds`: a click submits a form
        and returns before the server has answered, so what the click changes is polled, never read at once."""
        deadline = time.time() + seconds
        while True:
            value = probe()
            if value or time.time() > deadline:
                return value
            time.sleep(0.1)

    def check(name, ok, detail=""):
        (passed if ok else failed).append(name)
        print(("ok   " if ok else "FAIL ") + name + ("" if ok else f": {detail}"))

    browser = None
    try:
        line = server.stdout.readline()
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not m:
            raise RuntimeError(f"warta serve did not print its address: {line!r}")
        base = f"http://127.0.0.1:{m.group(1)}"
        check("serve prints its address", True)
        options = webdriver.ChromeOptions()
        for a in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1400,1000",
                  "--no-proxy-server", "--disable-background-networking", "--disable-component-update", "--disable-sync"]:
            options.add_argument(a)
        options.binary_location = chromium
        browser = webdriver.Chrome(service=Service(driver), options=options)
        browser.set_page_load_timeout(30)

        def shot(name, full=True):
            path = os.path.join(args.screenshots, name)
            if full:
                h = browser.execute_script("return document.documentElement.scrollHeight")
                browser.set_window_size(1400, min(max(h + 20, 600), 4000))
            browser.save_screenshot(path)
            browser.set_window_size(1400, 1000)
            return path

        browser.get(base + "/")
        check("overview shows counts and charts", "Overview" in browser.title and len(browser.find_elements(By.CSS_SELECTOR, "svg")) == 3,
              browser.title)
        shot("overview.png")
        browser.get(base + "/events?sort=participants&dir=desc")
        rows = browser.find_elements(By.CSS_SELECTOR, "table.events tr")
        check("events page lists events", len(rows) > 10, f"{len(rows)} rows")
        shot("events.png")
        # The Tuban bimtek of the corpus: an event with a document whose text has several fields.
        browser.get(base + "/events?city=Tuban&type=bimtek")
        link = browser.find_element(By.CSS_SELECTOR, "table.events tr td a")
        link.click()
        check("event page shows fields and reports", "Event" in browser.title and "Reports" in browser.page_source, browser.title)
        shot("event.png")
        browser.find_element(By.CSS_SELECTOR, "a[href^='/document']").click()
        marks = browser.find_elements(By.CSS_SELECTOR, "#text mark")
        check("document page highlights evidence", len(marks) >= 3, f"{len(marks)} marks")
        check("document page has a legend", len(browser.find_elements(By.CSS_SELECTOR, ".legend span")) >= 7)
        shot("document.png")
        url = browser.current_url
        # Correct the participants through the form.
        form = browser.find_element(By.XPATH, "//form[input[@name='field' and @value='participants_total']]")
        form.find_element(By.NAME, "value").send_keys("4321")
        form.find_element(By.CSS_SELECTOR, "button[value='set']").click()
        check("the correction is saved", until(lambda: "Saved: participants total = 4321" in browser.page_source))
        con = sqlite3.connect(db)
        row = until(lambda: con.execute("SELECT new_value, reviewer FROM corrections WHERE field = 'participants_total' ORDER BY id DESC").fetchone())
        check("the database holds the correction", row == ("4321", "browser-test"), repr(row))
        # A bad value: the page says why, nothing is stored.
        form = browser.find_element(By.XPATH, "//form[input[@name='field' and @value='date_start']]")
        form.find_element(By.NAME, "value").send_keys("kemarin")
        form.find_element(By.CSS_SELECTOR, "button[value='set']").click()
        check("a bad date is refused with a message", until(lambda: "is not a date as YYYY-MM-DD" in browser.page_source))
        check("nothing stored for the bad date", con.execute("SELECT COUNT(*) FROM corrections WHERE field = 'date_start'").fetchone()[0] == 0)
        shot("document-error.png", full=False)
        # Evidence of a value: select a phrase of the text, press "use selection" on the venue's row.
        browser.get(url)
        selected = browser.execute_script("""
            var text = document.getElementById('text'), walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT), n;
            while ((n = walker.nextNode())) {
              if (n.parentNode.tagName === 'SUP') continue;
              var i = n.data.indexOf('Kabupaten Tuban');
              if (i >= 0) { var r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 15);
                var s = window.getSelection(); s.removeAllRanges(); s.addRange(r); return n.data.substr(i, 15); }
            }
            return null;""")
        check("a phrase is selected", selected == "Kabupaten Tuban", repr(selected))
        time.sleep(0.3)
        check("the page shows the selection", "Selected (" in browser.find_element(By.ID, "selection").text)
        form = browser.find_element(By.XPATH, "//form[input[@name='field' and @value='city']]")
        form.find_element(By.CSS_SELECTOR, "button.use-selection").click()
        row = until(lambda: con.execute("SELECT new_value, evidence, start, \"end\" FROM corrections WHERE field = 'city' ORDER BY id DESC").fetchone())
        check("the selection is the evidence of the city", row is not None and row[0] == "Kabupaten Tuban" and row[1] == "Kabupaten Tuban" and row[3] - row[2] == 15, repr(row))
        # Reviewed.
        browser.find_element(By.CSS_SELECTOR, "form.review button").click()
        check("the document is marked reviewed", until(lambda: con.execute("SELECT COUNT(*) FROM reviews WHERE reviewer = 'browser-test'").fetchone()[0] == 1))
        shot("document-corrected.png")
        # The events page shows the corrected value, marked.
        browser.get(base + "/events?city=Tuban&type=bimtek")
        check("events page shows the corrected value", "4321" in browser.page_source and "corrected" in browser.page_source)
        con.close()
    except Exception as e:  # a failure of the test itself is a failure, with its reason
        check("browser session", False, repr(e))
    finally:
        if browser is not None:
            browser.quit()
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(work, ignore_errors=True)
    print(f"screenshots in {args.screenshots}")
    print(f"{len(passed)} passed, {len(failed)} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
