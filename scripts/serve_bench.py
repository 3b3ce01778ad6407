#!/usr/bin/env python3
"""Benchmark of the workbench's pages (issue 14; not a timed test): starts `warta serve` over a database, asks
127.0.0.1 for the events page (default order, sorted, filtered, a deep page), an event page and document pages,
each ROUNDS times, then stores CORRECTIONS corrections through the document form and asks the events pages again.
Prints the minimum, median and maximum answer time of each page in milliseconds (wall time at the client, HTTP
included). Traffic goes to 127.0.0.1 only; every loop is bounded.

    swift build -c release
    .build/release/warta bench --kind text --documents 130000 --no-stages --write /tmp/synth.jsonl
    nice .build/release/warta extract /tmp/synth.jsonl --with-text --db /tmp/big.sqlite
    python3 scripts/serve_bench.py --db /tmp/big.sqlite --warta .build/release/warta
"""
import argparse, http.cookiejar, os, re, sqlite3, statistics, subprocess, sys, time, urllib.parse, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--warta", default=os.path.join(ROOT, ".build/release/warta"))
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--corrections", type=int, default=50)
    args = ap.parse_args()
    con = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    events = con.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    documents = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    event_id = con.execute("SELECT id FROM events ORDER BY sources DESC, id LIMIT 1").fetchone()[0]
    docs = con.execute("SELECT source, id FROM documents WHERE event_id IS NOT NULL ORDER BY doc LIMIT ?", (max(args.corrections, 5),)).fetchall()
    con.close()
    print(f"database: {documents} documents, {events} events")
    server = subprocess.Popen([args.warta, "serve", "--db", args.db, "--port", "0", "--reviewer", "bench"], stdout=subprocess.PIPE, text=True)
    try:
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", server.stdout.readline())
        if not m:
            sys.exit("warta serve did not print its address")
        base = f"http://127.0.0.1:{m.group(1)}"
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

        def get(path):
            t = time.perf_counter()
            with opener.open(base + path, timeout=60) as r:
                body = r.read()
            return (time.perf_counter() - t) * 1000, body

        def doc_path(source, id):
            return "/document?" + urllib.parse.urlencode({"source": source, "id": id})

        pages = [
            ("events, by date", "/events"),
            ("events, by participants, descending", "/events?sort=participants&dir=desc"),
            ("events, by province", "/events?sort=province"),
            ("events, province filter", "/events?province=Jawa"),
            ("events, organizer filter", "/events?organizer=Dinas%20Sosial"),
            ("events, period filter", "/events?from=2020-01-01&to=2020-12-31"),
            ("events, page 1,000", "/events?page=1000"),
            ("event", f"/events/{event_id}"),
        ] + [(f"document {i + 1}", doc_path(*docs[i])) for i in range(3)]

        def measure(label):
            print(f"\n{label}\n{'page':40} {'min':>8} {'median':>8} {'max':>8}  (ms, {args.rounds} rounds)")
            for name, path in pages:
                get(path)  # warm
                times = [get(path)[0] for _ in range(args.rounds)]
                print(f"{name:40} {min(times):8.1f} {statistics.median(times):8.1f} {max(times):8.1f}")

        measure("without corrections")
        # Corrections through the document form, as an analyst makes them.
        stored = 0
        for i, (source, id) in enumerate(docs[: args.corrections]):
            _, body = get(doc_path(source, id))
            token = re.search(rb'name="csrf" value="([0-9a-f]+)"', body).group(1).decode()
            data = urllib.parse.urlencode({"csrf": token, "source": source, "id": id, "field": "participants_total",
                                           "value": str(1000 + i), "action": "set"}).encode()
            with opener.open(urllib.request.Request(base + "/document/correct", data=data), timeout=60) as r:
                stored += b"Saved" in r.read()
        print(f"\n{stored} corrections stored through the form")
        measure(f"with {stored} corrections")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
