#!/usr/bin/env python3
"""vary.py: label-preserving variations of a labeled set, to measure how much the rules lean on its exact words.

Real news the rules never saw differs from the documents they were written against first of all in its names:
other people, other towns, other verbs for the same act. This script writes a copy of a labeled folder (text and
gold) in which those are changed consistently in the text and in the labels, so that `warta eval` on the copy
against `warta eval` on the original measures what a rule set loses on new names alone (the invariance tests of
CheckList, Ribeiro et al. 2020). A rule that captures a construction keeps its value; a rule that lists the words of
one report does not.

Kinds of variation (--kinds, comma-separated; default all):
  persons  every name word of a labelled speaker becomes another Indonesian name word, everywhere in the text
  places   the labelled kabupaten/kota becomes another of the same kind in the same province (regions.tsv),
           everywhere in the text and in every label (venue, organizers, ...); documents whose city is not written
           by its base name, or whose new name would be ambiguous, are left unchanged for this kind
  verbs    verbs and nouns of one class become another member of the class (menggelar/mengadakan/...,
           narasumber/pemateri, bekerja sama/berkolaborasi ...), which no label holds
The mess of pages (no label changes):
  related  `Baca Juga:` lines with the headline of another document of the set, after the 2nd and 4th lines
  typos    two neighbouring letters swapped in 2 % of the long lower-case words no label holds
  chrome   three to six lines of a news site's menus and buttons (no date) before the text
  wrap     paragraphs hard-wrapped at 70-90 characters (text copied from a PDF, an e-paper or a mail)
  flat     every line after the first joined into one block
  punct    curly quotes and dashes made plain, a fifth of the spaces after commas dropped
  caps     the first line in capitals

Two disjoint pools (--pool dev|held): engineers measure with `dev`; `held` (other names, another choice of towns
and of synonyms) is run only at the end, so that a rule that learns the dev pool's names shows it.

Usage: vary.py SRC OUT [--split NAME] [--kinds persons,places,verbs] [--pool dev|held] [--seed N]
OUT must not exist (nothing is overwritten); SRC is only read. OUT/VARIED.md lists what changed per document.
"""
import argparse, hashlib, json, os, random, re, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Name words, as Indonesian reports write them (given names and family names of several regions). The two pools
# are disjoint; a name word of the source document is never chosen.
POOL_DEV = """Ahmad Arief Bambang Cahyono Darmawan Dewi Endang Fadli Gunawan Hadi Haryanto Indra Iskandar Juwita Kartini
Lukman Marlina Mulyadi Nurhayati Purnomo Ratna Rudi Samsul Sulastri Taufik Utami Wulandari Yanti Zulkifli Sitorus
Pardede Sembiring Tarigan Manalu Pasaribu Daeng Wibisono Susanto Rosmini Anwar Syahrul Rahmawati Irawan Suryani
Mappiare Tenriola Lamandasa Ondi Herlina Sugeng Parjo Murni Suprapti Mardiana Asri""".split()
POOL_HELD = """Bayu Citra Dimas Erlangga Fitri Galih Hana Ilham Jamal Kurnia Lia Meiliana Nanang Oktaviani Prasetyo Rini
Sutrisno Tri Umar Vina Wiryawan Yogi Zainal Situmorang Panjaitan Ginting Sinaga Nainggolan Hutapea Daulay Pattiasina
Latuconsina Rumbiak Wambrauw Mandacan Kambu Saragih Purba Tanjung Lubis Nurdin Salmah Rosdiana Baharuddin Amiruddin
Hasanuddin Sumiati Putri Rusdi Sukmawati Endah Wartini Sapto Wiwik Yuliani""".split()

# Classes of words that say the same thing in the same construction (same morphology: an active me- verb for a
# me- verb, a passive di- verb for a di- verb). No label holds these words.
CLASSES_DEV = [
    ["menggelar", "mengadakan", "menyelenggarakan", "melaksanakan"],
    ["digelar", "diadakan", "diselenggarakan", "dilaksanakan"],
    ["narasumber", "pemateri"],
    ["bekerja sama dengan", "berkolaborasi dengan", "bermitra dengan"],
    ["bertempat di", "berlokasi di"],
    ["menghadirkan", "mendatangkan"],
    ["mengikuti", "menjalani"],
    ["diikuti oleh", "diikuti"],
]
CLASSES_HELD = CLASSES_DEV  # the same classes; the held pool draws other members where a class has more than two

FIELDS_WITH_PLACES = ["city", "venue", "organizers", "speaker_organizations", "participant_groups"]


def rng_for(seed, pool, stem, kind):
    h = hashlib.sha256(f"{seed}/{pool}/{stem}/{kind}".encode()).hexdigest()
    return random.Random(int(h[:16], 16))


def case_like(word, model):
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word.lower()


def sub_word(text, old, new, lead=r"(?<![\w])"):
    """Replace whole-word occurrences of `old` (any case) by `new` in the case of each occurrence."""
    pat = re.compile(lead + re.escape(old) + r"(?![\w])", re.IGNORECASE)
    count = [0]

    def rep(m):
        count[0] += 1
        w = m.group(0)
        if w.isupper() and len(w) > 1:
            return new.upper()
        if w[:1].isupper():
            return new[:1].upper() + new[1:] if not new[:1].isupper() else new
        return new.lower()
    return pat.sub(rep, text), count[0]


def load_regions():
    path = os.path.join(HERE, "..", "..", "shared", "regions", "regions.tsv")
    if not os.path.exists(path):
        path = os.path.join(HERE, "..", "corpus", "regions.tsv")
    if not os.path.exists(path):
        for cand in ["/work/shared/regions/regions.tsv"]:
            if os.path.exists(cand):
                path = cand
    provinces, cities, districts = {}, [], {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 4 or parts[0] == "code":
                continue
            code, level, name, parent = parts
            if level == "1":
                provinces[code] = name
            elif level == "2":
                cities.append((code, name, parent))
            elif level == "3":
                districts.setdefault(parent, []).append(name)
    base_count = {}
    for _, name, _ in cities:
        kind, base = split_city(name)
        base_count[base.lower()] = base_count.get(base.lower(), 0) + 1
    aliases = {}
    apath = os.path.join(HERE, "..", "extractors", "location", "aliases.tsv")
    if os.path.exists(apath):
        with open(apath, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 3 and parts[0] != "alias":
                    aliases.setdefault(parts[1], []).append((parts[0], "capital" if parts[2].startswith("capital of") else "other"))
    return provinces, cities, base_count, districts, aliases


def split_city(name):
    for prefix in ("Kota Administrasi ", "Kabupaten Administrasi ", "Kabupaten ", "Kota "):
        if name.startswith(prefix):
            return prefix.strip(), name[len(prefix):]
    return "", name


def vary_persons(text, gold, rnd, pool):
    speakers = gold.get("speakers") or []
    if not speakers:
        return text, gold, []
    protected = " ".join(str(gold.get(k) or "") for k in ("city", "venue", "province")) + " " + \
        " ".join(gold.get("organizers") or []) + " " + " ".join(gold.get("speaker_organizations") or []) + " " + \
        " ".join(gold.get("participant_groups") or [])
    protected_words = set(w.lower() for w in re.findall(r"\w+", protected))
    doc_words = set(w.lower() for w in re.findall(r"\w+", text))
    choices = [n for n in pool if n.lower() not in doc_words]
    rnd.shuffle(choices)
    mapping = {}
    # Particles, titles of nobility and abbreviations are part of how a name is built (La Ode, Andi, Lalu, Muh.),
    # not name words: they stay.
    particles = {"la", "ode", "laode", "wa", "andi", "lalu", "baiq", "daeng", "teuku", "cut", "raden", "mas", "ida",
                 "bagus", "ayu", "ni", "gusti", "anak", "agung", "tengku", "tuan", "sitti", "siti", "haji", "hajjah",
                 "muh", "moh", "mohd", "abd", "st", "nyoman", "putu", "made", "kadek", "ketut", "wayan", "gede", "komang"}
    for name in speakers:
        for w in re.findall(r"[^\W\d_][\w'’-]*", name):
            if len(w) < 3 or not w[:1].isupper() or w.lower() in protected_words or w in mapping:
                continue
            if w.lower() in particles or re.search(r"(?<![\w])" + re.escape(w) + r"\.", text):
                continue
            if not choices:
                break
            mapping[w] = choices.pop()
    changes = []
    # Longest first, so that a name word inside another is not replaced by half.
    for old in sorted(mapping, key=len, reverse=True):
        text, n = sub_word(text, old, mapping[old])
        if n:
            changes.append(f"{old} -> {mapping[old]} ({n})")
    new_speakers = []
    for name in speakers:
        for old in sorted(mapping, key=len, reverse=True):
            name, _ = sub_word(name, old, mapping[old])
        new_speakers.append(name)
    gold = dict(gold, speakers=new_speakers)
    return text, gold, changes


def vary_places(text, gold, rnd, regions, pool):
    provinces, cities, base_count, districts, aliases = regions
    city = gold.get("city")
    if not city:
        return text, gold, []
    kind, base = split_city(city)
    if not kind or base_count.get(base.lower(), 0) != 1:
        return text, gold, []
    if not re.search(r"(?<![\w])" + re.escape(base) + r"(?![\w])", text, re.IGNORECASE):
        return text, gold, []
    code, parent = next(((c, p) for c, n, p in cities if n == city), (None, None))
    if parent is None:
        return text, gold, []
    doc_words = text.lower()
    cands = []
    for _, name, p in cities:
        k, b = split_city(name)
        if p != parent or k != kind or b == base or base_count.get(b.lower(), 0) != 1:
            continue
        if b.lower() in doc_words or base.lower() in b.lower() or b.lower() in base.lower():
            continue
        cands.append(b)
    if not cands:
        return text, gold, []
    cands.sort()
    # The two pools take alternate towns of the province, so that they do not meet.
    half = [c for i, c in enumerate(cands) if (i % 2 == 0) == (pool == "dev")] or cands
    new = rnd.choice(half)
    new_code = next(c for c, n, p in cities if n == kind + " " + new)
    # The old town's kecamatan named in the text become kecamatan of the new one (the gazetteer would otherwise
    # tell the old town from them, rightly).
    pairs = [(base, new)]
    # Its other names the gazetteer knows (capital town, abbreviation, spellings) become the new town's of the
    # same sort, or its base name.
    new_alias = {sort: a for a, sort in aliases.get(new_code, [])}
    for a, sort in aliases.get(code, []):
        if re.search(r"(?<![\w])" + re.escape(a) + r"(?![\w])", text):
            pairs.append((a, new_alias.get(sort, new)))
    spare = [d for d in districts.get(new_code, []) if d.lower() not in doc_words]
    rnd.shuffle(spare)
    for d in sorted(districts.get(code, []), key=len, reverse=True):
        if d.lower() == base.lower() or not spare:
            continue
        # A short one-word name may be a common word (`Ibu`): only after its title then.
        bare = len(d.split()) > 1 or len(d) >= 6
        lead = r"(?<![\w])" if bare else r"(?:(?<=Kecamatan )|(?<=Kec\. )|(?<=Distrik ))"
        if re.search(lead + re.escape(d) + r"(?![\w])", text, re.IGNORECASE):
            pairs.append((d, spare.pop(), lead))
    n = 0
    pairs = [p if len(p) == 3 else (p[0], p[1], r"(?<![\w])") for p in pairs]
    for old, nw, lead in pairs:
        text, c = sub_word(text, old, nw, lead)
        n += c
    gold = dict(gold)
    for key in FIELDS_WITH_PLACES:
        for old, nw, lead in pairs:
            v = gold.get(key)
            if isinstance(v, str):
                gold[key] = sub_word(v, old, nw, lead)[0]
            elif isinstance(v, list):
                gold[key] = [sub_word(x, old, nw, lead)[0] if isinstance(x, str) else x for x in v]
    return text, gold, [", ".join(f"{o} -> {w}" for o, w, _ in pairs) + f" ({n})"]


def vary_verbs(text, gold, rnd, classes, pool):
    changes = []
    for cls in classes:
        for i, word in enumerate(cls):
            others = [w for w in cls if w != word]
            if not others:
                continue
            pat = re.compile(r"(?<![\w])" + re.escape(word) + r"(?![\w])", re.IGNORECASE)
            found = pat.findall(text)
            if not found:
                continue
            # dev takes the next member of the class, held the one after it (the same where a class has two)
            new = cls[(i + 1) % len(cls)] if pool == "dev" else cls[(i + 2) % len(cls)] if len(cls) > 2 else cls[(i + 1) % len(cls)]
            if new == word:
                continue
            # Mark with a placeholder first so that a replaced word is not replaced again by a later member.
            text = pat.sub(lambda m: "\x00" + str(cls.index(new)) + "\x01" + ("U" if m.group(0).isupper() else "C" if m.group(0)[:1].isupper() else "L") + "\x02", text)
            changes.append(f"{word} -> {new} ({len(found)})")
        def unmark(m):
            w = cls[int(m.group(1))]
            return w.upper() if m.group(2) == "U" else (w[:1].upper() + w[1:]) if m.group(2) == "C" else w
        text = re.sub(r"\x00(\d+)\x01([UCL])\x02", unmark, text)
    return text, gold, changes


KINDS = ("persons", "places", "verbs", "related", "typos", "chrome", "wrap", "flat", "punct", "caps")
CHROME_DEV = ["Beranda", "Berita Terkini", "Nasional", "Daerah", "Olahraga", "Indeks", "close\u00d7", "Cari Berita",
              "Login", "Iklan", "Follow Us", "Home \u203a Daerah \u203a Pemerintahan", "Cuaca hari ini: 31\u00b0C Cerah Berawan",
              "Bagikan:", "Ikuti kami di Google News", "Advertisement", "Scroll untuk lanjut membaca"]
CHROME_HELD = ["Home", "Terpopuler", "Regional", "Ekonomi", "Hukum", "Opini", "Menu", "\u2630", "Masuk", "Daftar",
               "Kanal", "Warta Daerah | Pemerintahan", "Gabung di WhatsApp Channel", "Loading...", "Tutup Iklan",
               "Share:", "Pilihan Redaksi"]


def label_words(gold):
    vals = []
    for k, v in gold.items():
        if k in ("doc", "notes"):
            continue
        if isinstance(v, str):
            vals.append(v)
        elif isinstance(v, list):
            vals.extend(x for x in v if isinstance(x, str))
    return set(w.lower() for w in re.findall(r"\w+", " ".join(vals)))


def vary_related(text, gold, rnd, others):
    """`Baca Juga:` lines with another document's first line (a headline of another story) after the second and
    fourth lines, as news pages put them."""
    if not others:
        return text, gold, []
    lines = text.split("\n")
    body = [i for i, l in enumerate(lines) if l.strip()]
    picks = []
    for at in (4, 2):
        if len(body) > at:
            h = rnd.choice(others)
            lines.insert(body[at - 1] + 1, "Baca Juga: " + h)
            picks.append(h[:40])
    return "\n".join(lines), gold, [f"{len(picks)} lines"] if picks else []


def vary_typos(text, gold, rnd, rate=0.02):
    """Two neighbouring letters swapped inside 2 % of the lower-case words of seven letters or more that no label
    holds (`pelaksanaan` -> `pelaksnaaan`), as hurried reports have them."""
    protected = label_words(gold)
    n = [0]

    def rep(m):
        w = m.group(0)
        if w.lower() in protected or rnd.random() >= rate:
            return w
        i = rnd.randrange(1, len(w) - 2)
        if w[i] == w[i + 1]:
            return w
        n[0] += 1
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    text = re.sub(r"(?<![\w])[a-z]{7,}(?![\w])", rep, text)
    return text, gold, [f"{n[0]} words"] if n[0] else []


def vary_chrome(text, gold, rnd, pool):
    """Three to six lines of a news site's chrome (menus, buttons, weather; no date) before the text."""
    k = rnd.randint(3, 6)
    lines = rnd.sample(pool, k)
    return "\n".join(lines) + "\n" + text, gold, [f"{k} lines"]


def vary_wrap(text, gold, rnd):
    """Paragraphs broken into lines of about 70-90 characters at a space, as text copied from a PDF or an e-paper."""
    out = []
    width = rnd.randint(70, 90)
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(line[:cut]); line = line[cut + 1:]
        out.append(line)
    return "\n".join(out), gold, [f"width {width}"]


def vary_flat(text, gold, rnd):
    """The article's lines after the first joined into one block, as some excerpts come."""
    lines = [l for l in text.split("\n") if l.strip()]
    if len(lines) < 3:
        return text, gold, []
    return lines[0] + "\n" + " ".join(lines[1:]) + "\n", gold, [f"{len(lines) - 1} lines joined"]


def vary_punct(text, gold, rnd):
    """Typographic punctuation made plain and spacing made careless: curly quotes straight, dashes `-`, no space
    after a comma in a fifth of places, two spaces after a full stop."""
    t = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2018", "'").replace("\u2019", "'")
    t = t.replace("\u2013", "-").replace("\u2014", "-")
    t = re.sub(r", (?=\w)", lambda m: "," if rnd.random() < 0.2 else ", ", t)
    t = re.sub(r"\. (?=[A-Z])", ".  ", t)
    return t, gold, ["plain"] if t != text else []


def vary_caps(text, gold, rnd):
    """The first line (the headline, or whatever stands first) in capitals."""
    lines = text.split("\n")
    i = next((i for i, l in enumerate(lines) if l.strip()), None)
    if i is None:
        return text, gold, []
    lines[i] = lines[i].upper()
    return "\n".join(lines), gold, ["first line"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("src"); ap.add_argument("out")
    ap.add_argument("--split"); ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--pool", choices=["dev", "held"], default="dev"); ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    src, out = os.path.abspath(a.src), os.path.abspath(a.out)
    if os.path.exists(out):
        sys.exit(f"vary.py: {out} exists; it is never overwritten")
    if out == src or out.startswith(src + os.sep):
        sys.exit(f"vary.py: {out} is inside the source folder {src}")
    kinds = [k for k in a.kinds.split(",") if k and k != "none"]
    for k in kinds:
        if k not in KINDS:
            sys.exit(f"vary.py: unknown kind {k!r} ({', '.join(KINDS)})")
    keep = None
    if a.split:
        keep = set()
        with open(os.path.join(src, "split.tsv"), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                stem, sp = line.split("\t")[:2]
                if sp.strip() == a.split:
                    keep.add(stem.strip())
    regions = load_regions() if "places" in kinds else None
    pool = POOL_DEV if a.pool == "dev" else POOL_HELD
    classes = CLASSES_DEV if a.pool == "dev" else CLASSES_HELD
    firsts = {}
    if "related" in kinds:
        for name in sorted(os.listdir(src)):
            stem, ext = os.path.splitext(name)
            if ext == ".txt" and (keep is None or stem in keep):
                with open(os.path.join(src, name), encoding="utf-8", errors="replace") as f:
                    first = next((l.strip() for l in f if len(l.strip()) > 30), None)
                # a headline: one line of 30-130 characters, no dateline, no full stop at its end
                if first and len(first) <= 130 and not first.endswith(".") and not re.search(r"[\u2013\u2014-]", first[:40]):
                    firsts[stem] = first
    os.makedirs(out)
    report = ["# What vary.py changed", "", f"source {src}, kinds {','.join(kinds)}, pool {a.pool}, seed {a.seed}", ""]
    counts = {k: 0 for k in kinds}
    docs = 0
    for name in sorted(os.listdir(src)):
        stem, ext = os.path.splitext(name)
        if ext not in (".txt", ".html") or (keep is not None and stem not in keep):
            continue
        gpath = os.path.join(src, stem + ".json")
        if not os.path.exists(gpath):
            continue
        with open(os.path.join(src, name), encoding="utf-8", errors="surrogateescape") as f:
            text = f.read()
        with open(gpath, encoding="utf-8") as f:
            gold = json.load(f)
        line = []
        for k in kinds:
            rnd = rng_for(a.seed, a.pool, stem, k)
            if k == "persons":
                text, gold, ch = vary_persons(text, gold, rnd, pool)
            elif k == "places":
                text, gold, ch = vary_places(text, gold, rnd, regions, a.pool)
            elif k == "verbs":
                text, gold, ch = vary_verbs(text, gold, rnd, classes, a.pool)
            elif k == "related":
                others = [h for st, h in sorted(firsts.items()) if st != stem]
                # the two pools take alternate documents' headlines
                others = [h for i, h in enumerate(others) if (i % 2 == 0) == (a.pool == "dev")] or others
                text, gold, ch = vary_related(text, gold, rnd, others)
            elif k == "typos":
                text, gold, ch = vary_typos(text, gold, rnd)
            elif k == "wrap":
                text, gold, ch = vary_wrap(text, gold, rnd)
            elif k == "flat":
                text, gold, ch = vary_flat(text, gold, rnd)
            elif k == "punct":
                text, gold, ch = vary_punct(text, gold, rnd)
            elif k == "caps":
                text, gold, ch = vary_caps(text, gold, rnd)
            else:
                text, gold, ch = vary_chrome(text, gold, rnd, CHROME_DEV if a.pool == "dev" else CHROME_HELD)
            if ch:
                counts[k] += 1
                line.append(f"{k}: " + "; ".join(ch))
        docs += 1
        with open(os.path.join(out, name), "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(text)
        with open(os.path.join(out, stem + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
        report.append(f"- {stem}: " + (" | ".join(line) if line else "unchanged"))
    report[3:3] = [f"{docs} documents; changed by kind: " + ", ".join(f"{k} {v}" for k, v in counts.items()), ""]
    with open(os.path.join(out, "VARIED.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(report) + "\n")
    print(f"{docs} documents -> {out}; changed: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
