#!/usr/bin/env python3
"""Tests of scripts/vary.py and scripts/vary_check.py (python unittest; no network, no corpus document: the
documents below were written for these tests in the style of Indonesian regional news).

Run: python3 scripts/test_vary.py
"""
import io, json, os, re, shutil, subprocess, sys, tempfile, unittest
from contextlib import redirect_stderr, redirect_stdout

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import vary  # noqa: E402
import vary_check  # noqa: E402

SLEMAN = """Dinsos Sleman Latih 30 Kader Disabilitas Menjahit
SLEMAN \u2013 Dinas Sosial Kabupaten Sleman menggelar pelatihan menjahit bagi 30 penyandang disabilitas di Balai Desa Sidoarum, Kecamatan Godean, Kabupaten Sleman, Daerah Istimewa Yogyakarta, Selasa (14/5/2024).
Pelatihan dibuka Kepala Dinas Sosial Kabupaten Sleman, Drs. Heru Prasetyanto, M.Si. Ia berharap peserta dari Kecamatan Cangkringan dan Godean bisa membuka usaha sendiri.
Materi disampaikan oleh narasumber Andi Muh. Fajrin Sulistyowati, pemilik konveksi di Sleman. "Jahitan yang rapi itu modal utama," kata Fajrin Sulistyowati.
Menurut andi muh. fajrin sulistyowati, peserta putri dan putra sama tekunnya. Peserta juga belajar dari Wahyu Hasanuddin dari Universitas Hasanuddin.
"""
SLEMAN_GOLD = {
    "doc": "a001", "is_training_event": True, "event_type": "pelatihan", "date_start": "2024-05-14",
    "date_end": "2024-05-14", "city": "Kabupaten Sleman", "province": "Daerah Istimewa Yogyakarta",
    "venue": "Balai Desa Sidoarum, Kecamatan Godean", "participants_total": 30,
    "participant_groups": ["penyandang disabilitas"], "organizers": ["Dinas Sosial Kabupaten Sleman"],
    "speakers": ["Andi Muh. Fajrin Sulistyowati", "Wahyu Hasanuddin"],
    "speaker_organizations": ["Universitas Hasanuddin"], "legal_references": [],
}

BELITUNG = """Pemkab Belitung Gelar Pelatihan Keselamatan bagi Nakhoda Kapal Wisata
TANJUNGPANDAN \u2013 Pemerintah Kabupaten Belitung, Provinsi Kepulauan Bangka Belitung, mengadakan pelatihan keselamatan pelayaran bagi 40 nakhoda kapal wisata di Aula Kantor Bupati Belitung, Kamis (3/7/2025).
Peserta datang dari Kecamatan Membalong dan Kecamatan Sijuk. Belitung Timur akan menggelar kegiatan serupa bulan depan.
"""
BELITUNG_GOLD = {
    "doc": "a002", "is_training_event": True, "event_type": "pelatihan", "date_start": "2025-07-03",
    "date_end": "2025-07-03", "city": "Kabupaten Belitung", "province": "Kepulauan Bangka Belitung",
    "venue": "Aula Kantor Bupati Belitung", "participants_total": 40, "participant_groups": ["nakhoda kapal wisata"],
    "organizers": ["Pemerintah Kabupaten Belitung"], "speakers": [], "speaker_organizations": [], "legal_references": [],
}

JAMBI = """Dinsos Kota Jambi Bekali 25 Pendamping PKH
JAMBI \u2013 Dinas Sosial Kota Jambi menggelar bimbingan teknis bagi 25 pendamping PKH di Aula Dinsos Kota Jambi, Provinsi Jambi, Senin (2/6/2025).
"""
JAMBI_GOLD = {
    "doc": "a003", "is_training_event": True, "event_type": "bimtek", "date_start": "2025-06-02",
    "date_end": "2025-06-02", "city": "Kota Jambi", "province": "Jambi", "venue": "Aula Dinsos Kota Jambi",
    "participants_total": 25, "participant_groups": ["pendamping PKH"], "organizers": ["Dinas Sosial Kota Jambi"],
    "speakers": [], "speaker_organizations": [], "legal_references": [],
}

ACEH = """Beranda | Daerah | Aceh Selatan
Kamis, 12 September 2024 | 10:15 WIB
TAPAKTUAN \u2013 Dinas Kesehatan Kabupaten Aceh Selatan melaksanakan pelatihan kader posyandu di Tapaktuan. Pelatihan diikuti oleh 60 kader dari Kecamatan Meukek dan Kecamatan Trumon.
Narasumber pelatihan, Cut Nurhaliza Rahmi, mengajak kader aktif. "Kader adalah ujung tombak," ujar Nurhaliza.
"""
ACEH_GOLD = {
    "doc": "a004", "is_training_event": True, "event_type": "pelatihan", "date_start": "2024-09-12",
    "date_end": "2024-09-12", "city": "Kabupaten Aceh Selatan", "province": "Aceh", "venue": None,
    "participants_total": 60, "participant_groups": ["kader posyandu"],
    "organizers": ["Dinas Kesehatan Kabupaten Aceh Selatan"], "speakers": ["Cut Nurhaliza Rahmi"],
    "speaker_organizations": [], "legal_references": [],
}


def words(s):
    return vary.norm_words(s)


class Folder:
    """A labeled folder of the documents given, in a temporary directory."""

    def __init__(self, docs, split=None):
        self.root = tempfile.mkdtemp(prefix="test_vary.")
        self.src = os.path.join(self.root, "src")
        os.makedirs(self.src)
        for stem, (text, gold) in docs.items():
            with open(os.path.join(self.src, stem + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)
            if gold is not None:
                with open(os.path.join(self.src, stem + ".json"), "w", encoding="utf-8") as f:
                    f.write(gold if isinstance(gold, str) else json.dumps(gold, ensure_ascii=False))
        if split:
            with open(os.path.join(self.src, "split.tsv"), "w", encoding="utf-8") as f:
                f.write("# stem\tsplit\n" + "".join(f"{s}\t{p}\n" for s, p in split.items()))

    def out(self, name="out"):
        return os.path.join(self.root, name)

    def close(self):
        shutil.rmtree(self.root, ignore_errors=True)


def run_vary(*args):
    """vary.py's main with these arguments: (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    code = 0
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = vary.main(list(args)) or 0
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else 1
            if not isinstance(e.code, int):
                err.write(str(e.code))
    return code, out.getvalue(), err.getvalue()


def read(folder, stem):
    with open(os.path.join(folder, stem + ".txt"), encoding="utf-8") as f:
        text = f.read()
    with open(os.path.join(folder, stem + ".json"), encoding="utf-8") as f:
        return text, json.load(f)


class VaryTestCase(unittest.TestCase):
    def setUp(self):
        self.folders = []

    def tearDown(self):
        for f in self.folders:
            f.close()

    def folder(self, docs, split=None):
        f = Folder(docs, split)
        self.folders.append(f)
        return f

    def varied(self, docs, kinds, stem, *extra):
        f = self.folder(docs)
        code, out, err = run_vary(f.src, f.out(), "--kinds", kinds, *extra)
        self.assertEqual(code, 0, err)
        return read(f.out(), stem) + (f.out(), err)


class PersonsTests(VaryTestCase):
    def test_speaker_name_changed_everywhere_and_in_the_label(self):
        text, gold, out, _ = self.varied({"a001": (SLEMAN, SLEMAN_GOLD)}, "persons", "a001")
        new = gold["speakers"][0]
        self.assertNotEqual(new, SLEMAN_GOLD["speakers"][0])
        # The particle and the abbreviation stay; the name words change in every case they are written in.
        self.assertTrue(new.startswith("Andi Muh. "), new)
        for old in ("Fajrin", "Sulistyowati"):
            self.assertNotRegex(text, r"(?i)\b" + old + r"\b")
        self.assertEqual(words(text).count(words(new)), words(SLEMAN).count(words(SLEMAN_GOLD["speakers"][0])))
        self.assertIn("andi muh. " + " ".join(new.split()[2:]).lower(), text)

    def test_organizer_place_and_common_words_untouched(self):
        text, gold, _, _ = self.varied({"a001": (SLEMAN, SLEMAN_GOLD)}, "persons", "a001")
        # `Hasanuddin` is an organization's word too (Universitas Hasanuddin): it stays, in the name as well.
        self.assertIn("Universitas Hasanuddin", text)
        self.assertTrue(gold["speakers"][1].endswith(" Hasanuddin"), gold["speakers"][1])
        self.assertNotIn("Wahyu", gold["speakers"][1])
        # `Heru Prasetyanto` is no speaker; `putri` and `putra` are common words; the town and organizer stay.
        self.assertIn("Heru Prasetyanto", text)
        self.assertIn("peserta putri dan putra", text)
        for k in ("city", "venue", "organizers", "speaker_organizations", "participant_groups"):
            self.assertEqual(gold[k], SLEMAN_GOLD[k], k)
        self.assertEqual(text.count("Sleman"), SLEMAN.count("Sleman"))

    def test_new_names_are_not_particles_nor_words_of_the_document(self):
        for seed in range(1, 30):
            _, gold, _, _ = self.varied({"a001": (SLEMAN, SLEMAN_GOLD)}, "persons", "a001", "--seed", str(seed))
            for w in re.findall(r"\w+", " ".join(gold["speakers"])):
                if w not in ("Andi", "Muh", "Hasanuddin"):
                    self.assertNotIn(w.lower(), vary.PARTICLES)
                    self.assertNotIn(w.lower(), set(re.findall(r"\w+", SLEMAN.lower())))

    def test_name_at_a_sentence_end_is_not_an_abbreviation(self):
        self.assertFalse(vary.is_abbreviation("Nurhaliza", None, "Cut Nurhaliza Rahmi", ACEH))
        self.assertTrue(vary.is_abbreviation("Muh", "Fajrin", "Andi Muh Fajrin", "oleh Andi Muh. Fajrin"))
        self.assertTrue(vary.is_abbreviation("Abd", "Rahman", "Abd Rahman", "kata Abd. Rahman"))
        text, gold, _, _ = self.varied({"a004": (ACEH, ACEH_GOLD)}, "persons", "a004")
        self.assertNotIn("Nurhaliza", text)
        self.assertTrue(gold["speakers"][0].startswith("Cut "))


class PlacesTests(VaryTestCase):
    def test_town_kecamatan_and_labels_change_together(self):
        text, gold, _, _ = self.varied({"a001": (SLEMAN, SLEMAN_GOLD)}, "places", "a001")
        kind, new = vary.split_city(gold["city"])
        self.assertEqual(kind, "Kabupaten")
        self.assertNotEqual(new, "Sleman")
        regions = vary.load_regions()
        self.assertIn((gold["city"]), [n for _, n, p in regions["cities"] if p == "34"])
        for old in ("Sleman", "Godean", "Cangkringan"):
            self.assertNotRegex(text, r"(?i)\b" + old + r"\b")
        self.assertIn(new.upper() + " \u2013", text)
        self.assertEqual(gold["organizers"], [f"Dinas Sosial Kabupaten {new}"])
        self.assertIn(gold["organizers"][0], text)
        self.assertIn(gold["venue"], text)
        self.assertEqual(gold["province"], "Daerah Istimewa Yogyakarta")
        self.assertIn("Daerah Istimewa Yogyakarta", text)
        # persons' labels are untouched by places
        self.assertEqual(gold["speakers"], SLEMAN_GOLD["speakers"])

    def test_names_of_other_regions_holding_the_town_stay(self):
        text, gold, _, _ = self.varied({"a002": (BELITUNG, BELITUNG_GOLD)}, "places", "a002")
        new = vary.split_city(gold["city"])[1]
        self.assertNotEqual(new, "Belitung")
        self.assertIn("Provinsi Kepulauan Bangka Belitung", text)
        self.assertIn("Belitung Timur akan", text)
        self.assertEqual(gold["province"], "Kepulauan Bangka Belitung")
        self.assertIn(f"Aula Kantor Bupati {new}", text)
        self.assertEqual(gold["venue"], f"Aula Kantor Bupati {new}")
        # its capital (Tanjungpandan is Belitung's) and kecamatan are the new town's now
        for old in ("Membalong", "Sijuk"):
            self.assertNotIn(old, text)

    def test_capital_and_kecamatan_of_the_old_town_go(self):
        text, gold, _, _ = self.varied({"a004": (ACEH, ACEH_GOLD)}, "places", "a004")
        new = vary.split_city(gold["city"])[1]
        self.assertNotEqual(new, "Aceh Selatan")
        for old in ("Tapaktuan", "TAPAKTUAN", "Meukek", "Trumon", "Aceh Selatan"):
            self.assertNotIn(old, text)
        self.assertEqual(gold["province"], "Aceh")

    def test_ambiguous_town_is_skipped_and_reported(self):
        text, gold, out, err = self.varied({"a003": (JAMBI, JAMBI_GOLD)}, "places", "a003")
        self.assertEqual((text, gold), (JAMBI, JAMBI_GOLD))
        self.assertEqual(err, "")  # a document a kind cannot vary is no failure of the check
        with open(os.path.join(out, "VARIED.md"), encoding="utf-8") as f:
            self.assertIn("- a003: places: skipped (Jambi is an ambiguous name)", f.read())


class SelfCheckTests(VaryTestCase):
    def test_a_label_no_longer_written_is_a_problem(self):
        g1 = dict(SLEMAN_GOLD, speakers=["Andi Muh. Purnomo Sulastri", "Wahyu Hasanuddin"])
        problems = vary.check_labels(SLEMAN, SLEMAN_GOLD, SLEMAN, g1)
        self.assertTrue(any("speakers[0]" in p for p in problems), problems)

    def test_an_old_name_still_written_is_a_problem(self):
        t1 = SLEMAN.replace("Kabupaten Sleman", "Kabupaten Bantul")
        g1 = vary.map_labels(SLEMAN_GOLD, lambda v: v.replace("Sleman", "Bantul"), skip=("province",))
        problems = vary.check_labels(SLEMAN, SLEMAN_GOLD, t1, g1, still=[("Sleman", vary.written("Sleman"), True)])
        self.assertIn("'Sleman' is still written", problems)

    def test_an_unchanged_label_lost_is_a_problem(self):
        t1 = SLEMAN.replace("penyandang disabilitas", "difabel")
        problems = vary.check_labels(SLEMAN, SLEMAN_GOLD, t1, SLEMAN_GOLD)
        self.assertTrue(any("participant_groups[0]" in p for p in problems), problems)

    def test_a_failing_kind_leaves_the_document_as_it_was(self):
        class A:
            pool, seed = "dev", 1
        orig = vary.check_labels
        vary.check_labels = lambda *a, **k: ["made to fail"]
        try:
            logged = []
            text, gold, line, skipped = vary.vary_document("a001", SLEMAN, SLEMAN_GOLD, ["persons", "caps"], A(), None, {}, logged.append)
        finally:
            vary.check_labels = orig
        self.assertEqual((text, gold, skipped), (SLEMAN, SLEMAN_GOLD, ["persons", "caps"]))
        self.assertEqual(logged, ["vary.py: a001: persons skipped: made to fail", "vary.py: a001: caps skipped: made to fail"])


class OtherKindsTests(VaryTestCase):
    def test_verbs(self):
        text, gold, _, _ = self.varied({"a001": (SLEMAN, SLEMAN_GOLD)}, "verbs", "a001")
        self.assertIn("mengadakan pelatihan menjahit", text)
        self.assertIn("oleh pemateri Andi", text)
        self.assertEqual(gold, SLEMAN_GOLD)

    def test_headlines(self):
        self.assertEqual(vary.headline_of(SLEMAN), "Dinsos Sleman Latih 30 Kader Disabilitas Menjahit")
        self.assertIsNone(vary.headline_of(ACEH.split("\n", 2)[0] + "\n" + ACEH.split("\n", 2)[1] + "\n"))
        for line in ("Kamis, 15 Juni 2023 | 19:20 WIT", "Home > Daerah > Kabupaten Sleman",
                     "Dinas Komunikasi dan Informatika Kabupaten Sleman", "Cuaca Sleman: 31\u00b0C cerah berawan",
                     "Sebanyak 30 kader mengikuti pelatihan di aula kantor desa pada Senin pagi.",
                     "SLEMAN \u2013 Dinsos menggelar pelatihan bagi kader"):
            self.assertIsNone(vary.headline_of(line + "\n"), line)
        self.assertEqual(vary.headline_of(ACEH), None)

    def test_related_uses_headlines_only(self):
        docs = {"a001": (SLEMAN, SLEMAN_GOLD), "a002": (BELITUNG, BELITUNG_GOLD), "a003": (JAMBI, JAMBI_GOLD),
                "a004": (ACEH, ACEH_GOLD)}
        f = self.folder(docs)
        code, _, err = run_vary(f.src, f.out(), "--kinds", "related")
        self.assertEqual(code, 0, err)
        heads = {vary.headline_of(t) for t, _ in docs.values()} - {None}
        self.assertEqual(len(heads), 3)
        seen = 0
        for stem, (orig, gold) in docs.items():
            text, g = read(f.out(), stem)
            self.assertEqual(g, gold)
            for line in text.split("\n"):
                if line.startswith("Baca Juga: "):
                    seen += 1
                    self.assertIn(line[len("Baca Juga: "):], heads)
                    self.assertNotEqual(line[len("Baca Juga: "):], vary.headline_of(orig))
            self.assertEqual([l for l in text.split("\n") if not l.startswith("Baca Juga: ")], orig.split("\n"))
        self.assertGreater(seen, 0)

    def test_mess_keeps_labels(self):
        for kind in ("typos", "chrome", "wrap", "flat", "punct", "caps", "datefmt", "titles"):
            text, gold, _, err = self.varied({"a001": (SLEMAN, SLEMAN_GOLD)}, kind, "a001")
            self.assertEqual(err, "", kind)
            self.assertEqual(vary.check_labels(SLEMAN, SLEMAN_GOLD, text, gold), [], kind)
            self.assertEqual(vary.label_strings(gold), vary.label_strings(SLEMAN_GOLD), kind)
        text, _, _, _ = self.varied({"a001": (SLEMAN, SLEMAN_GOLD)}, "wrap", "a001")
        self.assertLessEqual(max(len(l) for l in text.split("\n")), 90)
        text, _, _, _ = self.varied({"a001": (SLEMAN, SLEMAN_GOLD)}, "flat", "a001")
        self.assertEqual(len([l for l in text.split("\n") if l.strip()]), 2)
        text, _, _, _ = self.varied({"a001": (SLEMAN, SLEMAN_GOLD)}, "caps", "a001")
        self.assertTrue(text.startswith("DINSOS SLEMAN LATIH"))

    def test_titles_and_dates(self):
        text, gold, _, _ = self.varied({"a001": (SLEMAN, SLEMAN_GOLD)}, "titles", "a001")
        self.assertRegex(text, r"(Dr\.|Drs\.|H\.|Ir\.|Prof\. Dr\.) Wahyu Hasanuddin, [MS]\.[^ ]* dari")
        self.assertEqual(gold, SLEMAN_GOLD)
        text, _, _, _ = self.varied({"a004": (ACEH, ACEH_GOLD)}, "titles", "a004")
        self.assertEqual(text, ACEH)  # `, Cut Nurhaliza Rahmi,`: a name set off by commas gets none
        seen = set()
        for seed in range(1, 12):
            text, gold, _, _ = self.varied({"a004": (ACEH, ACEH_GOLD)}, "datefmt", "a004", "--seed", str(seed))
            self.assertEqual(gold, ACEH_GOLD)
            first = text.split("\n")[1]
            seen.add(first)
        self.assertGreater(len(seen), 2)

    def test_footer_lists_other_headlines(self):
        docs = {"a001": (SLEMAN, SLEMAN_GOLD), "a002": (BELITUNG, BELITUNG_GOLD), "a003": (JAMBI, JAMBI_GOLD),
                "a004": (ACEH, ACEH_GOLD)}
        f = self.folder(docs)
        self.assertEqual(run_vary(f.src, f.out(), "--kinds", "footer")[0], 0)
        text, gold = read(f.out(), "a004")
        self.assertEqual(gold, ACEH_GOLD)
        tail = text[len(ACEH.rstrip("\n")):].split("\n")
        self.assertEqual(tail[1], "Berita Terkait")
        heads = {vary.headline_of(t) for t, _ in docs.values()} - {None}
        self.assertTrue(set(tail[2:-3]) <= heads and tail[2:-3], tail)

    def test_punct_keeps_a_label_comma(self):
        for seed in range(1, 20):
            text, gold, _, _ = self.varied({"a001": (SLEMAN, SLEMAN_GOLD)}, "punct", "a001", "--seed", str(seed))
            self.assertIn("Balai Desa Sidoarum, Kecamatan Godean", text)
            self.assertIn('"Jahitan', text)

    def test_typos_never_touch_label_words(self):
        for seed in range(1, 20):
            text, _, _, _ = self.varied({"a001": (SLEMAN, SLEMAN_GOLD)}, "typos", "a001", "--seed", str(seed))
            self.assertIn("penyandang disabilitas", text)

    def test_none_copies_and_is_deterministic(self):
        f = self.folder({"a001": (SLEMAN, SLEMAN_GOLD), "a004": (ACEH, ACEH_GOLD)})
        self.assertEqual(run_vary(f.src, f.out("none"), "--kinds", "none")[0], 0)
        self.assertEqual(read(f.out("none"), "a001"), (SLEMAN, SLEMAN_GOLD))
        run_vary(f.src, f.out("x"))
        run_vary(f.src, f.out("y"))
        for stem in ("a001", "a004"):
            self.assertEqual(read(f.out("x"), stem), read(f.out("y"), stem))
        self.assertNotEqual(read(f.out("x"), "a001")[0], SLEMAN)


class HTMLTests(VaryTestCase):
    def test_html_is_varied_by_names_only(self):
        page = "<html><body><h1>" + SLEMAN.split("\n")[0] + "</h1><p>" + "</p><p>".join(SLEMAN.split("\n")[1:]) + "</p></body></html>\n"
        f = self.folder({})
        with open(os.path.join(f.src, "a001.html"), "w", encoding="utf-8") as h:
            h.write(page)
        with open(os.path.join(f.src, "a001.json"), "w", encoding="utf-8") as h:
            json.dump(SLEMAN_GOLD, h)
        code, _, err = run_vary(f.src, f.out(), "--kinds", "persons,wrap,caps")
        self.assertEqual(code, 0, err)
        with open(os.path.join(f.out(), "a001.html"), encoding="utf-8") as h:
            out = h.read()
        self.assertNotIn("Fajrin", out)
        self.assertEqual(out.count("\n"), 1)
        self.assertIn("<h1>Dinsos Sleman Latih", out)
        with open(os.path.join(f.out(), "VARIED.md"), encoding="utf-8") as h:
            self.assertIn("wrap: not for HTML | caps: not for HTML", h.read())


class HTMLKindTests(VaryTestCase):
    """The `html` kind: the labelled text written as a news site's page."""

    def pages(self, pool, seed="1"):
        docs = {"a001": (SLEMAN, SLEMAN_GOLD), "a002": (BELITUNG, BELITUNG_GOLD), "a003": (JAMBI, JAMBI_GOLD),
                "a004": (ACEH, ACEH_GOLD)}
        f = self.folder(docs)
        code, _, err = run_vary(f.src, f.out(), "--kinds", "html", "--pool", pool, "--seed", seed)
        self.assertEqual(code, 0, err)
        return f, docs

    def test_a_page_per_document_with_its_text_and_labels(self):
        f, docs = self.pages("dev")
        for stem, (text, gold) in docs.items():
            self.assertFalse(os.path.exists(os.path.join(f.out(), stem + ".txt")))
            with open(os.path.join(f.out(), stem + ".html"), encoding="utf-8") as h:
                page = h.read()
            with open(os.path.join(f.out(), stem + ".json"), encoding="utf-8") as h:
                self.assertEqual(json.load(h), gold)
            carried = " ".join(vary.page_text(page).split())
            for line in text.split("\n"):
                if line.strip():
                    self.assertIn(" ".join(line.split()), carried, stem)
            self.assertIn("<html", page)
            self.assertNotIn("<p></p>", page)

    def test_the_pools_have_disjoint_shapes(self):
        self.assertFalse(set(vary.PAGE_SHAPES["dev"]) & set(vary.PAGE_SHAPES["held"]))
        seen = {}
        for pool in ("dev", "held"):
            for seed in ("1", "2", "3"):
                f, _ = self.pages(pool, seed)
                with open(os.path.join(f.out(), "VARIED.md"), encoding="utf-8") as h:
                    shapes = set(re.findall(r"html: ([a-z]+)", h.read()))
                self.assertTrue(shapes <= set(vary.PAGE_SHAPES[pool]), shapes)
                seen.setdefault(pool, set()).update(shapes)
        self.assertGreaterEqual(len(seen["dev"]), 2)

    def test_every_shape_carries_the_text(self):
        import random
        for pool, shapes in vary.PAGE_SHAPES.items():
            for shape in shapes:
                rnd = random.Random(7)
                # force the shape: the first choice is the shape
                rnd.choice = (lambda seq, s=shape, r=rnd: s if seq in vary.PAGE_SHAPES.values() else random.Random(1).choice(seq))
                page, gold, ch = vary.vary_html(SLEMAN, SLEMAN_GOLD, rnd, ["Headline Lain Dinkes Bantul Gelar Bimtek Kader"], pool)
                self.assertEqual(ch, [shape])
                carried = vary.page_text(page)
                self.assertFalse(vary.check_labels(SLEMAN, SLEMAN_GOLD, carried, gold), shape)
                self.assertIn("Dinsos Sleman Latih 30 Kader Disabilitas Menjahit", carried)

    def test_the_page_date_is_the_texts_own_or_after_the_start(self):
        import random
        d = vary.page_date(SLEMAN, SLEMAN_GOLD, random.Random(3))
        self.assertGreater(d.date().isoformat(), "2024-05-14")
        self.assertLessEqual(d.date().isoformat(), "2024-05-17")
        self.assertEqual(vary.page_date(ACEH, ACEH_GOLD, random.Random(3)).date().isoformat(), "2024-09-12")
        self.assertIsNone(vary.page_date("Tanpa tanggal\nIsi berita.", {"date_start": None}, random.Random(3)))
        # a byline's short month (`21 Sep 2026`) and old spelling (`3 Nopember 2025`) are the page's date too
        self.assertEqual(vary.page_date("RRI\nSenin, 21 Sep 2026 15:40\nIsi.", {"date_start": "2026-09-20"}, random.Random(3)).date().isoformat(), "2026-09-21")
        self.assertEqual(vary.page_date("Senin, 3 Nopember 2025\nIsi.", {"date_start": None}, random.Random(3)).date().isoformat(), "2025-11-03")

    def test_names_then_page(self):
        f = self.folder({"a001": (SLEMAN, SLEMAN_GOLD)})
        code, _, err = run_vary(f.src, f.out(), "--kinds", "html,persons")
        self.assertEqual(code, 0, err)
        with open(os.path.join(f.out(), "a001.html"), encoding="utf-8") as h:
            page = h.read()
        self.assertNotIn("Fajrin", page)
        with open(os.path.join(f.out(), "a001.json"), encoding="utf-8") as h:
            self.assertNotIn("Andi Muh. Fajrin Sulistyowati", json.load(h)["speakers"])


class RefusalTests(VaryTestCase):
    def test_out_exists(self):
        f = self.folder({"a001": (SLEMAN, SLEMAN_GOLD)})
        os.makedirs(f.out())
        with open(os.path.join(f.out(), "keep.txt"), "w") as h:
            h.write("mine")
        code, _, err = run_vary(f.src, f.out(), "--kinds", "none")
        self.assertNotEqual(code, 0)
        self.assertIn("exists; it is never overwritten", err)
        self.assertEqual(os.listdir(f.out()), ["keep.txt"])

    def test_out_inside_src(self):
        f = self.folder({"a001": (SLEMAN, SLEMAN_GOLD)})
        code, _, err = run_vary(f.src, os.path.join(f.src, "copy"), "--kinds", "none")
        self.assertNotEqual(code, 0)
        self.assertIn("is inside the source folder", err)
        self.assertFalse(os.path.exists(os.path.join(f.src, "copy")))

    def test_unknown_kind(self):
        f = self.folder({"a001": (SLEMAN, SLEMAN_GOLD)})
        code, _, err = run_vary(f.src, f.out(), "--kinds", "persons,names")
        self.assertNotEqual(code, 0)
        self.assertIn("unknown kind 'names'", err)
        self.assertFalse(os.path.exists(f.out()))

    def test_document_without_gold_is_not_copied(self):
        f = self.folder({"a001": (SLEMAN, SLEMAN_GOLD), "a009": (JAMBI, None)})
        code, out, err = run_vary(f.src, f.out(), "--kinds", "persons")
        self.assertEqual(code, 0, err)
        self.assertEqual(sorted(os.listdir(f.out())), ["VARIED.md", "a001.json", "a001.txt"])
        self.assertIn("a009: no gold (a009.json): not copied", err)
        with open(os.path.join(f.out(), "VARIED.md"), encoding="utf-8") as h:
            self.assertIn("- a009: no gold (a009.json): not copied", h.read())

    def test_bad_gold_names_the_document_and_writes_nothing(self):
        f = self.folder({"a001": (SLEMAN, SLEMAN_GOLD), "a002": (BELITUNG, '{"city": "Kabupaten Belitung",')})
        code, _, err = run_vary(f.src, f.out(), "--kinds", "places")
        self.assertNotEqual(code, 0)
        self.assertIn("a002.json: not valid JSON", err)
        self.assertFalse(os.path.exists(f.out()))
        f2 = self.folder({"a001": (SLEMAN, json.dumps(dict(SLEMAN_GOLD, speakers="Andi")))})
        code, _, err = run_vary(f2.src, f2.out(), "--kinds", "persons")
        self.assertIn("a001.json: speakers is not a list", err)

    def test_split_needed_and_only_that_split_read(self):
        f = self.folder({"a001": (SLEMAN, SLEMAN_GOLD), "a002": (BELITUNG, BELITUNG_GOLD)}, split={"a001": "dev", "a002": "test"})
        code, _, err = run_vary(f.src, f.out(), "--kinds", "none")
        self.assertNotEqual(code, 0)
        self.assertIn("has a split.tsv: name the split", err)
        # a test document that cannot be read is never opened when only dev is asked for
        os.chmod(os.path.join(f.src, "a002.txt"), 0)
        try:
            code, _, err = run_vary(f.src, f.out(), "--kinds", "related,persons", "--split", "dev")
        finally:
            os.chmod(os.path.join(f.src, "a002.txt"), 0o644)
        self.assertEqual(code, 0, err)
        self.assertEqual(sorted(os.listdir(f.out())), ["VARIED.md", "a001.json", "a001.txt"])


FAKE_WARTA = """#!/usr/bin/env python3
import json, os, sys
# A stand-in for `warta eval DIR --report FILE`: every field scores tp 90, fp 0 and fn from FAKE_FN (per kind,
# read from the folder's name).
d, report = sys.argv[2], sys.argv[4]
fn = json.loads(os.environ.get("FAKE_FN", "{}")).get(os.path.basename(d), 0)
fields = ["is_training_event", "event_type", "date_start", "date_end", "city", "province", "venue",
          "participants_total", "participant_groups", "organizers", "speakers", "speaker_organizations", "legal_references"]
assert any(n.endswith(".txt") for n in os.listdir(d))
json.dump({"fields": {f: {"tp": 90, "fp": 0, "fn": fn if f == "venue" else 0} for f in fields}, "errors": []}, open(report, "w"))
"""


class VaryCheckTests(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="test_vary_check.")
        self.warta = os.path.join(self.tmp, "warta")
        with open(self.warta, "w") as f:
            f.write(FAKE_WARTA)
        os.chmod(self.warta, 0o755)
        self.floors = os.path.join(self.tmp, "floors.json")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def check(self, *args, fn=None):
        env = dict(os.environ, FAKE_FN=json.dumps(fn or {}))
        return subprocess.run([sys.executable, os.path.join(HERE, "vary_check.py"), "--warta", self.warta,
                               "--floors", self.floors, "--kinds", "none,caps", *args], capture_output=True, text=True, env=env)

    def test_pin_then_pass_then_fall(self):
        r = self.check("--pin")
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(self.floors) as f:
            pinned = json.load(f)
        self.assertEqual(pinned["floors"]["caps"]["venue"], 0.99)
        self.assertEqual(pinned["floors"]["none"]["macro8"], 0.99)
        self.assertNotIn("realnews-test", " ".join(pinned["sets"]))
        self.assertTrue(all(n in ("realnews-dev", "corpus", "seeds") or n.endswith("-look") for n in pinned["sets"]))
        self.assertEqual(self.check().returncode, 0)
        r = self.check(fn={"caps": 10})
        self.assertEqual(r.returncode, 1)
        self.assertIn("vary_check: kind caps, venue: F1 0.9474 below its floor 0.990", r.stderr)
        self.assertNotIn("macro8", r.stderr)  # (7 + 0.947) / 8 = 0.993, above 0.99
        self.assertNotIn("kind none", r.stderr)

    def test_no_floors_and_unknown_kind(self):
        r = self.check()
        self.assertEqual(r.returncode, 1)
        self.assertIn("no floors", r.stderr)
        r = subprocess.run([sys.executable, os.path.join(HERE, "vary_check.py"), "--warta", self.warta, "--kinds", "bold"],
                           capture_output=True, text=True)
        self.assertIn("unknown kind 'bold'", r.stderr)

    def test_floor_and_f1(self):
        self.assertEqual(vary_check.floor_of(1.0), 0.99)
        self.assertEqual(vary_check.floor_of(0.9712), 0.961)
        self.assertAlmostEqual(vary_check.f1(90, 0, 10), 180 / 190)
        self.assertEqual(vary_check.f1(0, 0, 0), 1.0)


if __name__ == "__main__":
    unittest.main()
