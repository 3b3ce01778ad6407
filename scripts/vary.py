#!/usr/bin/env python3
"""vary.py: label-preserving variations of a labeled set, to measure how much the rules lean on its exact words.

Real news the rules never saw differs from the documents they were written against first of all in its names:
other people, other towns, other verbs for the same act. This script writes a copy of a labeled folder (text and
gold) in which those are changed consistently in the text and in the labels, so that `warta eval` on the copy
against `warta eval` on the original measures what a rule set loses on new names alone (the invariance tests of
CheckList, Ribeiro et al. 2020). A rule that captures a construction keeps its value; a rule that lists the words of
one report does not.

Kinds of variation (--kinds, comma-separated; default all but html (which writes pages instead of texts); `none` copies the set as it is):
  persons  every name word of a labelled speaker becomes another Indonesian name word, wherever it is written with a
           capital (in capitals too), in the text and in the speakers' labels; particles and titles of a name (La,
           Wa Ode, Andi, I Made), initials and abbreviations (`Muh.`, `Abd.`, `M.`) stay, and so does a name word
           that another label holds (an organizer's, a place's)
  places   the labelled kabupaten/kota becomes another of the same kind in the same province (regions.tsv),
           everywhere in the text and in every label; its kecamatan, its capital and its abbreviations (aliases.tsv)
           become the new town's; the names of other regions that contain it (the province `Kepulauan Bangka
           Belitung` for `Belitung`) stay. A document is left unchanged for this kind when its city is not written
           by its base name, when that name is ambiguous (ambiguous.tsv: `Jambi` is a province and a kota), or when
           a kecamatan of the old town would stay written
  verbs    verbs and nouns of one class become another member of the class (menggelar/mengadakan/...,
           narasumber/pemateri, bekerja sama/berkolaborasi ...), which no label holds
The mess of pages (no label changes):
  related  `Baca Juga:` lines with the headline of another document of the set, after the 2nd and 4th lines (a
           headline: a line of the document's first eight with a predicate, no date, no breadcrumb, no full stop)
  typos    two neighbouring letters swapped in 2 % of the long lower-case words no label holds
  chrome   three to six lines of a news site's menus and buttons (no date) before the text
  wrap     paragraphs hard-wrapped at 70-90 characters (text copied from a PDF, an e-paper or a mail)
  flat     every line after the first joined into one block
  punct    curly quotes and dashes made plain, a fifth of the spaces after commas dropped (never inside a label)
  caps     the first line in capitals
  datefmt  dates written another way, one way per document (`6 Nov 2023`, `6/11/2023`, `06-11-2023`, `6 Nopember
           2023`; `(6-11-2023)`; ranges `17 s.d. 18 Juli`, `17 sampai 18 Juli`); the labels hold ISO dates
  titles   academic titles and honorifics around a speaker's first full mention (`Dr. Budi Santoso, M.Si`)
  footer   a page's footer: `Berita Terkait` with three other documents' headlines, tags and a copyright line
  html     the text written as a news site's page, NAME.html instead of NAME.txt (applied after the other kinds),
           in a page shape chosen per document: dev pool `wordpress` (entry-content, `<time datetime>`,
           `article:published_time`, JSON-LD NewsArticle, the headline in the theme's <header>, comments and
           widgets), `portal` (a portal's div soup: `detail__body-text` with a photo <figure><figcaption>,
           `<strong>Baca Juga:</strong> <a>` paragraphs and an `ADVERTISEMENT` / `SCROLL TO CONTINUE WITH CONTENT`
           block inside the body), `pemda` (a regional government's site: breadcrumb, the headline in a panel's
           <h3>, `Diposting oleh admin | date | Dibaca N kali`, paragraphs between `<br><br>`, share counts,
           visitor statistics); held pool `amp`, `kanal`, `blogspot` (other markup, never tuned on). The headline
           is the one among the first lines (headline_of), else the first line when it reads as one (else the
           page has none and its <title> is the site's name); lines above it stay on the page above the article;
           other documents' headlines make its sidebars and inline `Baca Juga` links; its publication date is the
           first date the text writes on a short line (a byline) of its first six, else one to three days after
           the labelled start (never the start itself). The label check reads the text the page carries (markup,
           scripts and styles left out)

Every varied document is checked (all kinds): each label that was written in the original (words compared, case
and punctuation ignored) is written in the varied copy at least as often, with its new value where the kind changed
it; for persons and places no old name (speaker's name word; town, capital, abbreviation, kecamatan) stays written.
A document that fails is reported (on stderr and in VARIED.md) and left as it was for that kind; a document a kind
cannot vary (places: an ambiguous town) is listed in VARIED.md only.

Two disjoint pools (--pool dev|held): engineers measure with `dev`; `held` (other names, another choice of towns
and of synonyms) is run only at the end, so that a rule that learns the dev pool's names shows it.

Usage: vary.py SRC OUT [--split NAME] [--kinds persons,places,verbs] [--pool dev|held] [--seed N]
OUT must not exist (nothing is overwritten) nor lie inside SRC; SRC is only read. HTML documents are varied by
persons, places, verbs and punct only (the other kinds would change their markup). A SRC with a split.tsv needs
--split (only the documents of that split are read). Documents without gold are not copied (listed in VARIED.md).
OUT/VARIED.md lists what changed per document.
"""
import argparse, hashlib, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Name words, as Indonesian reports write them (given names and family names of several regions). The two pools
# are disjoint; a name word of the source document is never chosen, nor a particle (PARTICLES).
POOL_DEV = """Ahmad Arief Bambang Cahyono Darmawan Dewi Endang Fadli Gunawan Hadi Haryanto Indra Iskandar Juwita Kartini
Lukman Marlina Mulyadi Nurhayati Purnomo Ratna Rudi Samsul Sulastri Taufik Utami Wulandari Yanti Zulkifli Sitorus
Pardede Sembiring Tarigan Manalu Pasaribu Daeng Wibisono Susanto Rosmini Anwar Syahrul Rahmawati Irawan Suryani
Mappiare Tenriola Lamandasa Ondi Herlina Sugeng Parjo Murni Suprapti Mardiana Asri""".split()
POOL_HELD = """Bayu Citra Dimas Erlangga Fitri Galih Hana Ilham Jamal Kurnia Lia Meiliana Nanang Oktaviani Prasetyo Rini
Sutrisno Tri Umar Vina Wiryawan Yogi Zainal Situmorang Panjaitan Ginting Sinaga Nainggolan Hutapea Daulay Pattiasina
Latuconsina Rumbiak Wambrauw Mandacan Kambu Saragih Purba Tanjung Lubis Nurdin Salmah Rosdiana Baharuddin Amiruddin
Hasanuddin Sumiati Putri Rusdi Sukmawati Endah Wartini Sapto Wiwik Yuliani""".split()

# Particles, titles of nobility and abbreviations are part of how a name is built (La Ode, Andi, Lalu, Muh.), not
# name words: they stay, and none is ever chosen as a new name word.
PARTICLES = {"la", "ode", "laode", "wa", "andi", "lalu", "baiq", "daeng", "teuku", "cut", "raden", "mas", "ida",
             "bagus", "ayu", "ni", "gusti", "anak", "agung", "tengku", "tuan", "sitti", "siti", "haji", "hajjah",
             "muh", "moh", "mohd", "mhd", "muhd", "abd", "st", "hj", "hi", "br", "boru", "nyoman", "putu", "made",
             "kadek", "ketut", "wayan", "gede", "komang", "datuk", "datu", "opu", "karaeng", "puang", "tgk", "nyi"}

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

SKIP_FIELDS = ("doc", "notes")


class VaryError(Exception):
    """A problem with an input; the message names the document and the problem."""


def rng_for(seed, pool, stem, kind):
    h = hashlib.sha256(f"{seed}/{pool}/{stem}/{kind}".encode()).hexdigest()
    return random.Random(int(h[:16], 16))


def case_like(word, model):
    """`word` written as `model` is: in capitals, capitalized (the word's own capitals kept), or lower case."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word if word[:1].isupper() else word[:1].upper() + word[1:]
    return word.lower()


def written(name):
    """A name's pattern, whole words, any case; callers keep only the occurrences written with a capital."""
    return r"(?<![\w])" + re.escape(name) + r"(?![\w])"


def capital_matches(pattern, text, anycase=False):
    return [m for m in re.finditer(pattern, text, re.IGNORECASE) if anycase or m.group(0)[:1].isupper()]


# Name words that are common words too (`putri` a daughter, `budi` good character, `batu` a stone): written in
# lower case they are the common word and stay. Any other name word is changed in lower case too (`kata suharno`).
COMMON_NAME_WORDS = {"putri", "putra", "sari", "indah", "jaya", "budi", "bakti", "setia", "mulia", "hikmah", "rahmat",
                     "iman", "amal", "karya", "bintang", "murni", "asri", "bunga", "intan", "mawar", "melati", "kasih",
                     "cahaya", "harapan", "bayu", "surya", "tri", "eka", "dwi", "agung", "ayu", "bagus", "baik", "adil",
                     "dewi", "sri", "kurnia", "berkah", "lestari", "wahyu", "ilham", "rizki", "rezeki", "fajar", "embun",
                     "pelangi", "tanjung", "permata", "mutiara", "suci", "salam", "damai", "yakin", "nur", "cinta",
                     "ratu", "raja", "pertiwi", "jati", "tirta", "abadi", "sejati", "utama", "prima", "mega", "awan",
                     "gunung", "laut", "batu", "tengah", "baru", "lama", "kota", "besar", "kecil", "selatan", "utara",
                     "timur", "barat", "raya", "hulu", "hilir", "ulu", "ilir", "muara", "sungai", "pulau", "teluk"}


def any_case(name):
    """Whether a name is changed wherever it is written, in lower case too: a name of two words or more, or one
    word that is not a common word (COMMON_NAME_WORDS) and has five letters or more."""
    return len(name.split()) > 1 or (len(name) >= 5 and name.lower() not in COMMON_NAME_WORDS)


def sub_names(text, pairs, protect=()):
    """Replace each (old, new, lead, anycase) of `pairs` where `old` is written with a capital (or in capitals;
    in lower case too when `anycase`), longest first and never inside a replacement already made nor inside a
    phrase of `protect` (any case). Returns the text and the number of replacements."""
    kept, made = [], []

    def hide(m):
        kept.append(m.group(0))
        return f"\x02{len(kept) - 1}\x03"
    for p in sorted(set(protect), key=len, reverse=True):
        text = re.sub(written(p), hide, text, flags=re.IGNORECASE)
    for old, new, lead, anycase in sorted(pairs, key=lambda p: len(p[0]), reverse=True):
        def rep(m, new=new, anycase=anycase):
            w = m.group(0)
            if not anycase and not w[:1].isupper():
                return w
            made.append(case_like(new, w))
            return f"\x00{len(made) - 1}\x01"
        text = re.sub(lead + re.escape(old) + r"(?![\w])", rep, text, flags=re.IGNORECASE)
    text = re.sub("\x00(\\d+)\x01", lambda m: made[int(m.group(1))], text)
    text = re.sub("\x02(\\d+)\x03", lambda m: kept[int(m.group(1))], text)
    return text, len(made)


def label_strings(gold):
    """(field, index, value) of every string label (index None for a single value)."""
    out = []
    for k, v in gold.items():
        if k in SKIP_FIELDS:
            continue
        if isinstance(v, str):
            out.append((k, None, v))
        elif isinstance(v, list):
            out.extend((k, i, x) for i, x in enumerate(v) if isinstance(x, str))
    return out


def map_labels(gold, fn, fields=None, skip=()):
    """The gold with fn applied to every string label (of `fields` when given, but those of `skip`)."""
    g = dict(gold)
    for k, v in gold.items():
        if k in SKIP_FIELDS or k in skip or (fields is not None and k not in fields):
            continue
        if isinstance(v, str):
            g[k] = fn(v)
        elif isinstance(v, list):
            g[k] = [fn(x) if isinstance(x, str) else x for x in v]
    return g


def label_words(gold, skip=()):
    vals = [v for k, _, v in label_strings(gold) if k not in skip]
    return set(w.lower() for w in re.findall(r"\w+", " ".join(vals)))


# The self-check: labels compared by their words (lower case, punctuation and line breaks ignored), as
# `warta eval` compares them.
MASK = "xqvaryqx"


def norm_words(s):
    return " ".join(re.findall(r"\w+", s.lower()))


def count_label(normed_text, value):
    v = norm_words(value)
    if not v:
        return 0
    return len(re.findall(r"(?<![\w])" + re.escape(v) + r"(?![\w])", normed_text))


def mask_names(text, names):
    """`names`: (name, anycase) pairs, each masked where it is written (as sub_names would replace it)."""
    out, _ = sub_names(text, [(n, MASK, r"(?<![\w])", anycase) for n, anycase in names])
    return out


def check_labels(t0, g0, t1, g1, old=(), new=(), still=()):
    """The problems of a varied document (t1, g1) against its original (t0, g0): a label written in the original
    and not (as often) in the copy, and an old name that is still written (`still`: (name, pattern, anycase))."""
    problems = []
    s0, s1 = label_strings(g0), label_strings(g1)
    if [(k, i) for k, i, _ in s0] != [(k, i) for k, i, _ in s1]:
        return ["the labels' shape changed"]
    n0, n1 = norm_words(t0), norm_words(t1)
    m0, m1 = None, None
    for (k, i, a), (_, _, b) in zip(s0, s1):
        if norm_words(a) != norm_words(b):
            c0, c1 = count_label(n0, a), count_label(n1, b)
        else:
            # Unchanged labels are counted outside the old and new names (a province written inside a town's
            # name, `Aceh` in `Aceh Utara`, is not the province written).
            if m0 is None:
                m0, m1 = norm_words(mask_names(t0, old)), norm_words(mask_names(t1, new))
            c0, c1 = count_label(m0, a), count_label(m1, b)
        if c1 < c0:
            where = k if i is None else f"{k}[{i}]"
            what = f"{a!r} -> {b!r}" if a != b else repr(a)
            problems.append(f"label {where} {what} written {c1} times in the copy, {c0} in the original")
    # An old name inside a new one (`Kapuas` in the new town `Kapuas Hulu`) is not the old name written.
    t1_new = mask_names(t1, new) if still and new else t1
    for name, pattern, anycase in still:
        if capital_matches(pattern, t1_new, anycase):
            problems.append(f"{name!r} is still written")
    return problems


def load_regions():
    base_dir = os.path.join(HERE, "..", "extractors", "location")
    path = os.path.join(base_dir, "regions.tsv")
    if not os.path.exists(path):
        path = os.path.join(HERE, "..", "..", "shared", "regions", "regions.tsv")
    if not os.path.exists(path):
        raise VaryError(f"places: no regions.tsv (looked in {base_dir} and ../shared/regions)")
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
    apath = os.path.join(base_dir, "aliases.tsv")
    if os.path.exists(apath):
        with open(apath, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 3 and parts[0] != "alias" and not parts[0].startswith("#"):
                    aliases.setdefault(parts[1], []).append((parts[0], alias_sort(parts[2])))
    ambiguous = set()
    bpath = os.path.join(base_dir, "ambiguous.tsv")
    if os.path.exists(bpath):
        with open(bpath, encoding="utf-8") as f:
            ambiguous = {clash_key(l.split("\t")[0]) for l in f if l.strip() and not l.startswith("name\t")}
    # A base that is also a province's name (or an alias of one) is ambiguous too, whatever ambiguous.tsv says.
    for code, name in provinces.items():
        ambiguous.add(clash_key(province_base(name)))
        ambiguous.update(clash_key(a) for a, _ in aliases.get(code, []))
    return {"provinces": provinces, "cities": cities, "base_count": base_count, "districts": districts,
            "aliases": aliases, "ambiguous": ambiguous}


def alias_sort(note):
    if note.startswith("capital"):
        return "capital"
    if note.startswith("abbreviation"):
        return "abbreviation"
    return "other"


def clash_key(name):
    return re.sub(r"[\s-]", "", name.lower())


def province_base(name):
    for prefix in ("Daerah Istimewa ", "Daerah Khusus Ibukota ", "Daerah Khusus "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def split_city(name):
    for prefix in ("Kota Administrasi ", "Kabupaten Administrasi ", "Kabupaten ", "Kota "):
        if name.startswith(prefix):
            return prefix.strip(), name[len(prefix):]
    return "", name


def vary_persons(text, gold, rnd, pool):
    """Each name word of the speakers becomes a name word of the pool, wherever it is written with a capital."""
    speakers = gold.get("speakers") or []
    if not isinstance(speakers, list) or not speakers:
        return text, gold, [], {}
    # A word another label holds (an organizer's, a place's, a group's) is never changed.
    protected_words = label_words(gold, skip=("speakers",))
    doc_words = set(w.lower() for w in re.findall(r"\w+", text))
    choices = [n for n in pool if n.lower() not in doc_words and n.lower() not in PARTICLES]
    rnd.shuffle(choices)
    mapping = {}
    for name in speakers:
        if not isinstance(name, str):
            continue
        words = re.findall(r"[^\W\d_][\w'’]*", name)
        for j, w in enumerate(words):
            if len(w) < 3 or not w[:1].isupper() or w.lower() in protected_words or w in mapping:
                continue
            if w.lower() in PARTICLES or is_abbreviation(w, words[j + 1] if j + 1 < len(words) else None, name, text):
                continue
            if not choices:
                break
            mapping[w] = choices.pop()
    if not mapping:
        return text, gold, [], {}
    pairs = [(old, new, r"(?<![\w])", old.lower() not in COMMON_NAME_WORDS) for old, new in mapping.items()]
    # A whole name is changed in any case (`awan juniarto`: `awan` alone would be a cloud).
    whole = []
    for name in speakers:
        if isinstance(name, str) and len(name.split()) > 1:
            new_name, k = sub_names(name, pairs)
            if k and new_name != name and all(name.lower() != o.lower() for o, _, _, _ in whole):
                whole.append((name, new_name, r"(?<![\w])", True))
    text, n = sub_names(text, pairs + whole)
    gold = map_labels(gold, lambda v: sub_names(v, pairs)[0], fields=("speakers",))
    changes = [", ".join(f"{o} -> {w}" for o, w in mapping.items()) + f" ({n})"]
    info = {"old": [(o, c) for o, _, _, c in pairs], "new": [(w, c) for _, w, _, c in pairs],
            "still": [(o, written(o), c) for o, _, _, c in pairs]}
    return text, gold, changes, info


def is_abbreviation(word, following, name, text):
    """`Muh.` in `Andi Muh. Fajrin`: a word the label or the text writes with a full stop before the name's next
    word, or a word of three letters written with a full stop (a name at a sentence's end, `kata Arman.`, is not)."""
    if re.search(written(word) + r"\.", name):
        return True
    if len(word) <= 3 and re.search(written(word) + r"\.", text):
        return True
    return following is not None and re.search(written(word) + r"\.\s*" + re.escape(following), text) is not None


def vary_places(text, gold, rnd, regions, pool):
    """The labelled town becomes another of its kind in its province, in the text and in every label."""
    cities, districts, aliases = regions["cities"], regions["districts"], regions["aliases"]
    city = gold.get("city")
    if not isinstance(city, str) or not city:
        return text, gold, [], {}
    kind, base = split_city(city)
    if not kind:
        return text, gold, [], {}
    if clash_key(base) in regions["ambiguous"] or regions["base_count"].get(base.lower(), 0) != 1:
        return text, gold, [], {"skip": f"{base} is an ambiguous name"}
    if not capital_matches(written(base), text, any_case(base)):
        return text, gold, [], {"skip": f"{base} is not written"}
    code, parent = next(((c, p) for c, n, p in cities if n == city), (None, None))
    if parent is None:
        return text, gold, [], {"skip": f"{city} is not in regions.tsv"}
    doc_lower = text.lower()
    cands = []
    for _, name, p in cities:
        k, b = split_city(name)
        if p != parent or k != kind or b == base or regions["base_count"].get(b.lower(), 0) != 1:
            continue
        if clash_key(b) in regions["ambiguous"] or b.lower() in doc_lower or base.lower() in b.lower() or b.lower() in base.lower():
            continue
        cands.append(b)
    if not cands:
        return text, gold, [], {"skip": f"no other {kind.lower()} of its province to take"}
    cands.sort()
    # The two pools take alternate towns of the province, so that they do not meet.
    half = [c for i, c in enumerate(cands) if (i % 2 == 0) == (pool == "dev")] or cands
    new = rnd.choice(half)
    new_code = next(c for c, n, p in cities if n == kind + " " + new)
    bare_lead = r"(?<![\w])"
    pairs = [(base, new, bare_lead, any_case(base))]
    used = {new.lower()}
    # The old town's other names (capital, abbreviation, spellings) become the new town's of the same sort, or
    # its base name.
    new_alias = {}
    for a, sort in sorted(aliases.get(new_code, [])):
        new_alias.setdefault(sort, a)
    for a, sort in aliases.get(code, []):
        if capital_matches(written(a), text, any_case(a)):
            nw = new_alias.get(sort, new) if sort != "other" else new
            pairs.append((a, nw, bare_lead, any_case(a)))
            used.add(nw.lower())
    # The old town's kecamatan named in the text become kecamatan of the new one (the gazetteer would otherwise
    # tell the old town from them, rightly). A short one-word name may be a common word (`Ibu`): it is a
    # kecamatan only after its title then.
    olds = [re.compile(written(o), re.IGNORECASE) for o, _, _, _ in pairs]
    spare = sorted(d for d in districts.get(new_code, []) if d.lower() not in doc_lower and d.lower() not in used
                   and not any(o.search(d) for o in olds))
    rnd.shuffle(spare)
    still = [(o, written(o), c) for o, _, _, c in pairs]
    titled = r"(?:(?<=Kecamatan )|(?<=Kec\. )|(?<=Kec )|(?<=Distrik )|(?<=Camat ))"
    for d in sorted(districts.get(code, []), key=len, reverse=True):
        if d.lower() == base.lower() or any(d.lower() == o.lower() for o, _, _, _ in pairs):
            continue
        bare = len(d.split()) > 1 or len(d) >= 6
        lead = bare_lead if bare else titled
        pattern = lead + re.escape(d) + r"(?![\w])"
        if capital_matches(pattern, text):
            if not spare:
                return text, gold, [], {"skip": f"no kecamatan of {new} left for {d}"}
            pairs.append((d, spare.pop(), lead, False))
        still.append((d, pattern, False))
    # Other regions whose names hold the old town's (the province `Kepulauan Bangka Belitung`, the kabupaten
    # `Belitung Timur` for `Belitung`) stay as they are.
    protect = []
    inside = re.compile(written(base), re.IGNORECASE)
    names = list(regions["provinces"].values()) + [split_city(n)[1] for _, n, _ in cities]
    names += [a for lst in aliases.values() for a, _ in lst]
    for nm in names:
        if nm.lower() != base.lower() and inside.search(nm):
            protect.append(nm)
    text, n = sub_names(text, pairs, protect)
    gold = map_labels(gold, lambda v: sub_names(v, pairs, protect)[0], skip=("province",))
    info = {"old": [(o, c) for o, _, _, c in pairs], "new": [(w, c) for _, w, _, c in pairs], "protect": protect,
            "still": still}
    return text, gold, [", ".join(f"{o} -> {w}" for o, w, _, _ in pairs) + f" ({n})"], info


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


KINDS = ("persons", "places", "verbs", "related", "typos", "chrome", "wrap", "flat", "punct", "caps", "datefmt",
         "titles", "footer", "html")
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
MONTH_SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
MONTH_OLD = {"Februari": "Pebruari", "November": "Nopember"}
CHROME_DEV = ["Beranda", "Berita Terkini", "Nasional", "Daerah", "Olahraga", "Indeks", "close\u00d7", "Cari Berita",
              "Login", "Iklan", "Follow Us", "Home \u203a Daerah \u203a Pemerintahan", "Cuaca hari ini: 31\u00b0C Cerah Berawan",
              "Bagikan:", "Ikuti kami di Google News", "Advertisement", "Scroll untuk lanjut membaca"]
CHROME_HELD = ["Home", "Terpopuler", "Regional", "Ekonomi", "Hukum", "Opini", "Menu", "\u2630", "Masuk", "Daftar",
               "Kanal", "Warta Daerah | Pemerintahan", "Gabung di WhatsApp Channel", "Loading...", "Tutup Iklan",
               "Share:", "Pilihan Redaksi"]

# A headline's predicate: a verb with an affix (`dirikan`, `diresmikan`, `menyusun`, `berlatih`, `dibuka`) or one of
# the bare verbs headlines use (`Gelar`, `Latih`, `Bekali`).
HEADLINE_VERBS = {"gelar", "latih", "buka", "bekali", "ikut", "ikuti", "bina", "gembleng", "dorong", "perkuat", "ringkus",
                  "sabet", "gandeng", "minta", "olah", "bikin", "rendam", "raih", "beri", "tutup", "kirim", "jadi", "ajak",
                  "bantu", "tinjau", "sambut", "terima", "tanam", "resmikan", "asah", "genjot", "pacu", "cetak", "bahas",
                  "bentuk", "tingkatkan", "siapkan", "hadiri", "dampingi", "belajar", "ingin", "mengadu", "divonis"}
DATE_WORDS = r"(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|januari|februari|maret|april|mei|juni|juli|" \
             r"agustus|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|agu|agt|sep|okt|nov|des)"


def is_verb(w):
    w = w.lower()
    if w in HEADLINE_VERBS:
        return True
    if len(w) >= 6 and w.endswith("kan") and not w.startswith(("pe", "ke")):
        return True
    if re.fullmatch(r"(?:mem|men|meng|meny)[a-z]{3,}", w) and w not in ("menteri", "mentari"):
        return True
    if re.fullmatch(r"ber[a-z]{3,}", w) and w not in ("berita", "bersama", "beranda", "bersih"):
        return True
    if re.fullmatch(r"di[bcdghjlmptvwys][aeiou][a-z]{2,}", w):
        return True
    return re.fullmatch(r"di[a-z]{3,}i", w) is not None and not w.startswith(("dinas", "dins", "disk", "disp", "dit"))


def headline_of(text):
    """The document's headline, or None: among its first eight lines, one of 30-130 characters and five words or
    more, with a predicate, without a date or a time, a breadcrumb or a site's separators, and not ending as a
    sentence or a caption does."""
    lines = [l.strip() for l in text.split("\n") if l.strip()][:8]
    for l in lines:
        if not 30 <= len(l) <= 130 or len(l.split()) < 5:
            continue
        if re.search(r"[|>\u00bb\u203a\u2022]|::| / |\.\.\.|\u2026|^Baca [Jj]uga|[Ff]oto\b|Mohon Tunggu|Penulis", l):
            continue
        if l[-1] in ".:;,)\"'\u201d" or l[:1] in "\"'\u201c(" or not l[:1].isupper() and not l[:1].isdigit():
            continue
        if re.match(r"(?:Beranda|Home|Berita|Menu|Cuaca)\b", l) or "\u00b0" in l:
            continue  # a site's chrome, the weather
        low = l.lower()
        if re.search(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}/\d{1,2}\b|\bwib\b|\bwita\b|\bwit\b", low):
            continue
        if re.search(r"\b" + DATE_WORDS + r"\b\s*,?\s*\d|\d\s*" + DATE_WORDS + r"\b|\b(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu)\s*,", low):
            continue
        if re.search(r"[\u2013\u2014-]", l[:40]) and re.match(r"^[A-Z .]{3,}[,\u2013\u2014-]", l):
            continue  # a dateline (`BANJARBARU, wartabanua.co -`)
        if any(is_verb(w) for w in re.findall(r"[A-Za-z]+", l)):
            return l
    return None


def vary_related(text, gold, rnd, others):
    """`Baca Juga:` lines with another document's headline (of another story) after the second and fourth
    lines, as news pages put them."""
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
    after a comma in a fifth of places (never inside a label as written), two spaces after a full stop."""
    t = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2018", "'").replace("\u2019", "'")
    t = t.replace("\u2013", "-").replace("\u2014", "-")
    spans = []
    for _, _, v in label_strings(gold):
        if ", " in v:
            plain = v.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
            spans.extend((m.start(), m.end()) for m in re.finditer(re.escape(plain), t))

    def comma(m):
        if any(a <= m.start() < b for a, b in spans):
            return m.group(0)
        return "," if rnd.random() < 0.2 else ", "
    t = re.sub(r", (?=\w)", comma, t)
    t = re.sub(r"\. (?=[A-Z])", ".  ", t)
    g = map_labels(gold, lambda v: v.replace("\u201c", '"').replace("\u201d", '"').replace("\u2018", "'")
                   .replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-"))
    return t, g, ["plain"] if t != text else []


def vary_caps(text, gold, rnd):
    """The first line (the headline, or whatever stands first) in capitals."""
    lines = text.split("\n")
    i = next((i for i, l in enumerate(lines) if l.strip()), None)
    if i is None:
        return text, gold, []
    lines[i] = lines[i].upper()
    return "\n".join(lines), gold, ["first line"]


def vary_datefmt(text, gold, rnd, pool):
    """Dates written another way Indonesian reports write them, one way per document: `6 November 2023` as
    `6 Nov 2023`, `6/11/2023`, `06-11-2023` or the old spelling `6 Nopember 2023`; `(6/11/2023)` as `(6-11-2023)`
    or `(6.11.2023)`; a range `17-18 Juli` as `17 s.d. 18 Juli`, `17 sampai 18 Juli` or `17 hingga 18 Juli`."""
    styles = ["short", "slash", "dash", "old"] if pool == "dev" else ["short", "dot", "iso-ish", "old"]
    style = rnd.choice(styles)
    n = [0]
    month_re = "|".join(MONTHS)

    def full(m):
        d, mon, y = m.group(1), m.group(2), m.group(3)
        mi = next(i for i, x in enumerate(MONTHS) if x.lower() == mon.lower())
        n[0] += 1
        if style == "short":
            return f"{d} {MONTH_SHORT[mi]} {y}"
        if style == "slash":
            return f"{d}/{mi + 1}/{y}"
        if style == "dash":
            return f"{int(d):02d}-{mi + 1:02d}-{y}"
        if style == "dot":
            return f"{int(d):02d}.{mi + 1:02d}.{y}"
        if style == "iso-ish":
            return f"{d} {MONTHS[mi]}, {y}"
        return f"{d} {MONTH_OLD.get(MONTHS[mi], MONTHS[mi])} {y}"
    # a lone date only: a range's end keeps its month words (`17-18 Juli 2025` stays a range)
    text = re.sub(r"(?<![\w\u2013\u2014/-])(\d{1,2}) (" + month_re + r") (\d{4})(?![\w])", full, text, flags=re.IGNORECASE)
    sep = "-" if pool == "dev" else "."
    text, k = re.subn(r"\((\d{1,2})/(\d{1,2})/(\d{4})\)", lambda m: f"({m.group(1)}{sep}{m.group(2)}{sep}{m.group(3)})", text)
    n[0] += k
    word = rnd.choice(["s.d.", "sampai", "hingga"] if pool == "dev" else ["s/d", "sampai dengan", "hingga"])
    text, k = re.subn(r"(?<![\w])(\d{1,2}) ?[\u2013\u2014-] ?(\d{1,2}) (" + month_re + r")(?![\w])",
                      lambda m: f"{m.group(1)} {word} {m.group(2)} {m.group(3)}", text, flags=re.IGNORECASE)
    n[0] += k
    return text, gold, [f"{style}, {n[0]} dates"] if n[0] else []


TITLES_BEFORE = {"dev": ["Dr. ", "Drs. ", "H. ", "Ir. ", "Prof. Dr. "], "held": ["Dra. ", "Hj. ", "dr. ", "Dr. Ir. ", "Ns. "]}
TITLES_AFTER = {"dev": [", M.Si", ", S.Sos", ", M.Pd", ", S.H., M.H.", ", S.Kom"],
                "held": [", S.E., M.M.", ", M.Kes", ", S.Pd.I", ", M.A.P.", ", S.T., M.T."]}


def vary_titles(text, gold, rnd, pool):
    """Academic titles and honorifics around each labelled speaker's first full mention that has none (`Budi
    Santoso` -> `Dr. Budi Santoso, M.Si`); the labels hold names without titles."""
    n = 0
    for name in gold.get("speakers") or []:
        m = re.search(r"(?<![\w.])" + re.escape(name) + r"(?![\w])", text)
        if not m:
            continue
        before = text[max(0, m.start() - 6):m.start()]
        after = text[m.end():m.end() + 3]
        if re.search(r"\.\s*$", before) or after.startswith(","):
            continue
        text = text[:m.start()] + rnd.choice(TITLES_BEFORE[pool]) + name + rnd.choice(TITLES_AFTER[pool]) + text[m.end():]
        n += 1
    return text, gold, [f"{n} names"] if n else []


def vary_footer(text, gold, rnd, others, pool):
    """A page's footer after the article: a list of other stories under `Berita Terkait` (headlines of other
    documents of the set, without `Baca Juga`), tags and a copyright line."""
    if not others:
        return text, gold, []
    k = min(3, len(others))
    heads = rnd.sample(others, k)
    head = "Berita Terkait" if pool == "dev" else "Artikel Lainnya"
    tags = "Tags: pelatihan, bimtek, pemerintah daerah" if pool == "dev" else "Topik: peningkatan kapasitas, diklat, desa"
    foot = [head] + heads + [tags, "Copyright \u00a9 Media Daerah. All rights reserved."]
    return text.rstrip("\n") + "\n" + "\n".join(foot) + "\n", gold, [f"{k} stories"]


# Page shapes of the `html` kind: a labelled text written as a news site's page. Each pool has its own shapes
# (dev: wordpress, portal, pemda; held: amp, kanal, blogspot), chosen per document (seeded).
PAGE_SHAPES = {"dev": ["wordpress", "portal", "pemda"], "held": ["amp", "kanal", "blogspot"]}
PAGE_SITES = {"dev": ["Warta Daerah", "Suara Nusantara Online", "Kabar Kabupaten"],
              "held": ["Lintas Kabar", "Berita Pelosok", "Media Wilayah"]}
PAGE_COMMENTS = ["Mantap, semoga ilmunya bermanfaat bagi masyarakat.", "Terima kasih infonya, min.",
                 "Kapan ada lagi? Kami juga ingin ikut."]
PAGE_CAPTIONS = ["Suasana kegiatan di lokasi. (Foto: Dok. Humas)", "Foto bersama usai acara. (Foto: Istimewa)"]
DAYS_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def page_lines(text):
    """The lines above the headline (a masthead, a menu copied with the text), the headline and the paragraphs.
    The headline is the one `headline_of` finds among the first lines, else the first line when it reads as one
    (short, not a sentence), else there is none."""
    lines = [l.strip() for l in text.split("\n") if l.strip()]
    if not lines:
        return [], None, []
    found = headline_of(text)
    if found is not None and found in lines:
        k = lines.index(found)
        return lines[:k], found, lines[k + 1:]
    first = lines[0]
    if len(first) <= 160 and first[-1:] not in ".:;\"\u201d" and len(first.split()) >= 3:
        return [], first, lines[1:]
    return [], None, lines


def page_date(text, gold, rnd):
    """The page's publication date and time: the first date its text writes on a short line (80 characters at
    most: a byline's, a posting date's, not a lead's) of its first six,
    else one to three days after the labelled start (never the start itself, so that no reading of the metadata
    can win the label), else None."""
    import datetime
    # A date the text writes in its first lines (a byline's, a posting date's) is the page's own
    for line in [l for l in text.split("\n") if l.strip()][:6]:
        if len(line) > 80:
            continue  # a lead's date is the event's, not the page's
        m = re.search(r"(?<!\d)(\d{1,2}) (" + "|".join(MONTHS + ["Nopember", "Pebruari", "Sept", "Agt", "Nop", "Peb"] + MONTH_SHORT)
                      + r")\.? (\d{4})(?!\d)", line, re.IGNORECASE) \
            or re.search(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])", line)
        if m:
            mon = m.group(2)
            short = {"nopember": 11, "pebruari": 2, "sept": 9, "agt": 8, "nop": 11, "peb": 2}
            mi = int(mon) if mon.isdigit() else short.get(mon.lower()) or next(
                i + 1 for i, x in enumerate(MONTHS) if x.lower() == mon.lower() or MONTH_SHORT[i].lower() == mon.lower())
            try:
                return datetime.datetime(int(m.group(3)), mi, int(m.group(1)), rnd.randint(7, 20), rnd.choice([0, 5, 12, 30, 41, 48]))
            except ValueError:
                break
    d = gold.get("date_start")
    if not isinstance(d, str):
        return None
    try:
        day = datetime.date.fromisoformat(d[:10]) + datetime.timedelta(days=rnd.randint(1, 3))
    except ValueError:
        return None
    return datetime.datetime(day.year, day.month, day.day, rnd.randint(7, 20), rnd.choice([0, 5, 12, 30, 41, 48]))


def page_text(page):
    """The text an HTML page carries (scripts, styles and markup left out, entities decoded), for the label check."""
    from html.parser import HTMLParser

    class P(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.out, self.skip = [], 0

        def handle_starttag(self, tag, attrs):
            if tag in ("script", "style", "head"):
                self.skip += 1
            self.out.append("\n")

        def handle_endtag(self, tag):
            if tag in ("script", "style", "head"):
                self.skip = max(0, self.skip - 1)
            self.out.append("\n")

        def handle_data(self, data):
            if not self.skip:
                self.out.append(data)
    p = P()
    p.feed(page)
    p.close()
    return "".join(p.out)


def vary_html(text, gold, rnd, others, pool):
    """The text as a news site's page (NAME.html instead of NAME.txt), in one of the pool's page shapes: the
    headline (the first line, when it reads as one) in the page's heading, `<title>` and metadata, every further
    line a paragraph of the article body (`<p>`, or pieces between `<br><br>`), with the mess real Indonesian
    news CMSs put inside and around the body: ads, `Baca Juga` links to other stories (headlines of other
    documents of the set), photo captions, the byline and posting date, share counts; menus, breadcrumbs,
    sidebars of other stories, tags, comments and footers around it."""
    import html as h
    above, head, paras = page_lines(text)
    if not paras:
        return text, gold, []
    # what the text carried above its headline stays on the page, above the article
    top = "<div class=\"top-info\">" + "".join(f"<div>{h.escape(x)}</div>" for x in above) + "</div>" if above else ""
    shape = rnd.choice(PAGE_SHAPES[pool])
    site = rnd.choice(PAGE_SITES[pool])
    when = page_date(text, gold, rnd)
    side = rnd.sample(others, min(5, len(others))) if others else []
    inner = rnd.sample(others, min(2, len(others))) if others else []
    e = h.escape
    title = (e(head) + " - " if head else "") + e(site)
    slug = "-".join(re.findall(r"[a-z0-9]+", (head or paras[0][:60]).lower()))[:70] or "berita"
    iso = when.strftime("%Y-%m-%dT%H:%M:%S+07:00") if when else None
    human = (f"{DAYS_ID[when.weekday()]}, {when.day} {MONTHS[when.month - 1]} {when.year} {when.hour:02d}:{when.minute:02d} WIB"
             if when else "")
    path = (when.strftime("/%Y/%m/%d/") if when else "/berita/") + slug
    url = "https://" + re.sub(r"[^a-z]", "", site.lower()) + ".co.id" + path
    lines = ["<!DOCTYPE html>"]
    desc = e(paras[0][:150])
    meta = [f"<meta charset=\"utf-8\">", f"<title>{title}</title>", f"<meta name=\"description\" content=\"{desc}\">",
            f"<link rel=\"canonical\" href=\"{url}\">", f"<meta property=\"og:site_name\" content=\"{e(site)}\">"]
    if head:
        meta.append(f"<meta property=\"og:title\" content=\"{e(head)}\">")
    cap = rnd.choice(PAGE_CAPTIONS)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": head or site, "url": url,
          "publisher": {"@type": "Organization", "name": site}, "author": {"@type": "Person", "name": "Redaksi"}}
    if iso:
        ld["datePublished"] = iso
        ld["dateModified"] = iso
    ldtag = "<script type=\"application/ld+json\">" + json.dumps(ld, ensure_ascii=False).replace("</", "<\\/") + "</script>"
    side_html = "".join(f"<li><a href=\"/berita/{i + 101}\">{e(x)}</a></li>" for i, x in enumerate(side))
    comments = rnd.sample(PAGE_COMMENTS, 2)

    def baca(x, i):
        return f"<a href=\"/berita/{i + 201}\">{e(x)}</a>"

    if shape == "wordpress":
        if iso:
            meta += [f"<meta property=\"article:published_time\" content=\"{iso}\">", ldtag]
        body = []
        for i, p in enumerate(paras):
            body.append(f"<p>{e(p)}</p>")
            if i == 1 and inner:
                body.append(f"<p><strong>Baca Juga:</strong> {baca(inner[0], 0)}</p>")
        lines += ["<html lang=\"id-ID\"><head>"] + meta + ["</head>",
                  "<body class=\"post-template-default single single-post\"><div id=\"page\" class=\"site\">", top,
                  "<header id=\"masthead\" class=\"site-header\"><div class=\"site-branding\"><p class=\"site-title\">"
                  f"<a href=\"/\">{e(site)}</a></p></div><nav id=\"site-navigation\" class=\"main-navigation\"><ul id=\"primary-menu\" class=\"menu\">"
                  + "".join(f"<li><a href=\"/{m.lower()}\">{m}</a></li>" for m in ["Beranda", "Daerah", "Pemerintahan", "Pendidikan", "Ekonomi"])
                  + "</ul></nav></header>",
                  "<div id=\"content\" class=\"site-content\"><div id=\"primary\" class=\"content-area\"><main id=\"main\" class=\"site-main\">",
                  "<article id=\"post-4821\" class=\"post-4821 post type-post status-publish format-standard has-post-thumbnail hentry category-daerah\">",
                  "<header class=\"entry-header\">" + (f"<h1 class=\"entry-title\">{e(head)}</h1>" if head else "")
                  + "<div class=\"entry-meta\"><span class=\"posted-on\">Diposting pada <a href=\"" + url + "\" rel=\"bookmark\">"
                  + (f"<time class=\"entry-date published\" datetime=\"{iso}\">{when.day} {MONTHS[when.month - 1]} {when.year}</time>" if when else "")
                  + "</a></span><span class=\"byline\"> oleh <span class=\"author vcard\"><a href=\"/author/redaksi\">Redaksi</a></span></span></div></header>",
                  "<div class=\"post-thumbnail\"><img src=\"/wp-content/uploads/foto-kegiatan.jpg\" alt=\"\"></div>",
                  "<div class=\"entry-content\">"] + body + [
                  "<div class=\"sharedaddy sd-sharing-enabled\"><h3 class=\"sd-title\">Bagikan ini:</h3><ul><li><a href=\"#\">Facebook</a></li><li><a href=\"#\">WhatsApp</a></li></ul></div>",
                  "</div>",
                  "<footer class=\"entry-footer\"><span class=\"cat-links\">Posted in <a href=\"/daerah\">Daerah</a></span> <span class=\"tags-links\">Tagged <a href=\"/tag/pelatihan\">pelatihan</a>, <a href=\"/tag/pemda\">pemda</a></span></footer>",
                  "</article>",
                  "<div id=\"comments\" class=\"comments-area\"><h2 class=\"comments-title\">2 tanggapan</h2><ol class=\"comment-list\">"
                  + "".join(f"<li class=\"comment\"><article class=\"comment-body\"><footer class=\"comment-meta\"><b class=\"fn\">Pembaca {k + 1}</b> berkata:</footer><div class=\"comment-content\"><p>{c}</p></div></article></li>" for k, c in enumerate(comments))
                  + "</ol><div id=\"respond\" class=\"comment-respond\"><h3 id=\"reply-title\" class=\"comment-reply-title\">Tinggalkan Balasan</h3><form action=\"/wp-comments-post.php\" method=\"post\"><p class=\"comment-form-comment\"><label for=\"comment\">Komentar</label><textarea id=\"comment\"></textarea></p><p class=\"form-submit\"><input type=\"submit\" value=\"Kirim Komentar\"></p></form></div></div>",
                  "</main></div>",
                  "<aside id=\"secondary\" class=\"widget-area\"><section class=\"widget widget_recent_entries\"><h2 class=\"widget-title\">Berita Terbaru</h2><ul>" + side_html + "</ul></section></aside>",
                  f"</div><footer id=\"colophon\" class=\"site-footer\"><div class=\"site-info\">Copyright \u00a9 {when.year if when else 2025} {e(site)}. Proudly powered by WordPress</div></footer></div>",
                  "</body></html>"]
    elif shape == "portal":
        if iso:
            meta.append(f"<meta name=\"publishdate\" content=\"{when.strftime('%Y/%m/%d %H:%M:%S')}\">")
            meta.append(ldtag)
        body = []
        for i, p in enumerate(paras):
            body.append(f"<p>{e(p)}</p>")
            if i == 0 and len(paras) > 2:
                body.append(f"<figure class=\"detail__body-image\"><img src=\"/foto/2.jpg\" alt=\"\"><figcaption>{e(cap)}</figcaption></figure>")
            if i == 1 and inner:
                body.append(f"<p><strong>Baca Juga:</strong> {baca(inner[0], 0)}</p>")
            if i == 2:
                body.append("<div class=\"parallaxindetail scrollpage\"><div class=\"ads-scrollpage-container\"><div class=\"ads-scrollpage-top\"><span class=\"ads-scrollpage-height\">ADVERTISEMENT</span></div>"
                            "<div class=\"ads-scrollpage-box\"><div id=\"div-gpt-ad-parallax\"></div></div>"
                            "<div class=\"ads-scrollpage-bottom\"><span class=\"ads-scrollpage-height\">SCROLL TO CONTINUE WITH CONTENT</span></div></div></div>")
            if i == 3 and len(inner) > 1:
                body.append(f"<table class=\"linksisip\"><tr><td><div class=\"lihatjg\"><strong>Baca Juga:</strong> {baca(inner[1], 1)}</div></td></tr></table>")
        lines += ["<html lang=\"id\"><head>"] + meta + ["</head><body>", top,
                  "<div class=\"container\"><div class=\"topbar\"><a href=\"/\" class=\"logo\">" + e(site) + "</a>"
                  "<ul class=\"nav\">" + "".join(f"<li><a href=\"/{m.lower()}\">{m}</a></li>" for m in ["News", "Regional", "Edukasi", "Hukum", "Indeks"]) + "</ul></div>",
                  "<div class=\"grid-row content__bg\"><div class=\"column-8\"><article class=\"detail\" id=\"detail\">",
                  "<div class=\"detail__header\">" + (f"<h1 class=\"detail__title\">{e(head)}</h1>" if head else "")
                  + f"<div class=\"detail__author\">Tim Redaksi - {e(site)}</div>"
                  + (f"<div class=\"detail__date\">{human}</div>" if when else "") + "</div>",
                  f"<div class=\"detail__media\"><figure class=\"detail__media-image\"><img src=\"/foto/1.jpg\" alt=\"\"><figcaption class=\"detail__media-caption\">{e(rnd.choice(PAGE_CAPTIONS))}</figcaption></figure></div>",
                  "<div class=\"detail__body itp_bodycontent_wrapper\"><div class=\"detail__body-text itp_bodycontent\">"] + body + [
                  "</div>",
                  "<div class=\"detail__body-tag\"><div class=\"nav\">" + "".join(f"<a href=\"/tag/{t}\" class=\"nav__item\">{t}</a>" for t in ["pelatihan", "pemerintah daerah", "sdm"]) + "</div></div>",
                  "<div class=\"detail__share\"><span>Bagikan</span> <a href=\"#\">Facebook</a> <a href=\"#\">X</a> <a href=\"#\">WhatsApp</a> <a href=\"#\">Salin Link</a></div>",
                  "</div></article>",
                  "<div class=\"detail__komentar\"><h4>Komentar</h4>" + "".join(f"<div class=\"komentar__item\"><b>Pembaca{k + 1}</b><p>{c}</p></div>" for k, c in enumerate(comments)) + "</div>",
                  "</div><div class=\"column-4\"><div class=\"box cb-mostpop\"><h2 class=\"title\">Berita Terpopuler</h2><ul class=\"list-content\">" + side_html + "</ul></div></div></div>",
                  f"<div class=\"footer\"><p>Redaksi | Pedoman Media Siber | Kontak</p><p>Copyright \u00a9 {when.year if when else 2025} {e(site)}. All rights reserved.</p></div>",
                  "</div></body></html>"]
    elif shape == "pemda":
        opd = rnd.choice(["Dinas Komunikasi dan Informatika", "Bagian Protokol dan Komunikasi Pimpinan"])
        body = []
        for i, p in enumerate(paras):
            body.append(e(p))
            if i == 1 and inner:
                body.append(f"<strong>Baca Juga:</strong> {baca(inner[0], 0)}")
        views = rnd.randint(40, 2400)
        lines += ["<html><head>"] + meta + ["</head><body>", top,
                  f"<div id=\"wrapper\"><div class=\"top-header\"><img src=\"/logo.png\" alt=\"logo\"> <span class=\"site-name\">{opd}</span></div>",
                  "<div class=\"main-menu\"><ul>" + "".join(f"<li><a href=\"/{m.lower().replace(' ', '-')}\">{m}</a></li>" for m in ["Beranda", "Profil", "Berita", "Pengumuman", "Galeri", "Kontak"]) + "</ul></div>",
                  "<div class=\"container\"><div class=\"row\"><div class=\"col-md-8\">",
                  "<ol class=\"breadcrumb\"><li><a href=\"/\">Beranda</a></li><li><a href=\"/berita\">Berita</a></li><li class=\"active\">Berita Daerah</li></ol>",
                  "<div class=\"panel panel-default\"><div class=\"panel-heading\">" + (f"<h3 class=\"panel-title\">{e(head)}</h3>" if head else "") + "</div>",
                  "<div class=\"panel-body\"><div class=\"post-info\">Diposting oleh admin"
                  + (f" | {DAYS_ID[when.weekday()]}, {when.day:02d} {MONTHS[when.month - 1]} {when.year}" if when else "")
                  + f" | Dibaca {views} kali</div>",
                  "<div class=\"isi\"><img src=\"/upload/berita/foto.jpg\" width=\"100%\"><br>" + "<br><br>\n".join(body) + "<br></div>",
                  f"<div class=\"share-count\">Bagikan: <a href=\"#\">Facebook <span>{rnd.randint(0, 40)}</span></a> <a href=\"#\">WhatsApp <span>{rnd.randint(0, 40)}</span></a> <a href=\"#\">Twitter <span>{rnd.randint(0, 9)}</span></a></div>",
                  "</div></div></div>",
                  "<div class=\"col-md-4\"><div class=\"panel\"><div class=\"panel-heading\">Berita Lainnya</div><ul class=\"list-group\">" + side_html + "</ul></div>",
                  f"<div class=\"panel\"><div class=\"panel-heading\">Statistik Pengunjung</div><div class=\"panel-body\">Hari ini: {rnd.randint(50, 500)}<br>Bulan ini: {rnd.randint(2000, 9000)}<br>Total: {rnd.randint(20000, 90000)}</div></div></div>",
                  "</div></div>",
                  f"<div class=\"footer\">{opd}<br>Jl. Jenderal Sudirman No. 1<br>Email: kominfo@daerah.go.id<br>Copyright \u00a9 {when.year if when else 2025} All Rights Reserved</div>",
                  "</div></body></html>"]
    elif shape == "amp":
        body = []
        for i, p in enumerate(paras):
            body.append(f"<p>{e(p)}</p>")
            if i == 1:
                body.append("<div class=\"amp-ad-wrapper\"><span>Advertisement</span><amp-ad width=\"300\" height=\"250\" type=\"doubleclick\" data-slot=\"/1/amp\"></amp-ad></div>")
            if i == 2 and inner:
                body.append(f"<p><b>Baca Juga: </b>{baca(inner[0], 0)}</p>")
        lines += ["<html amp lang=\"id\"><head>"] + meta + [ldtag, "</head><body>", top,
                  "<header class=\"amp-wp-header\"><div><a href=\"/\">" + e(site) + "</a></div></header>",
                  "<amp-sidebar id=\"sidebar\" layout=\"nodisplay\"><ul>" + "".join(f"<li><a href=\"/{m.lower()}\">{m}</a></li>" for m in ["Home", "Regional", "Birokrasi", "Opini"]) + "</ul></amp-sidebar>",
                  "<article class=\"amp-wp-article\"><header class=\"amp-wp-article-header\">" + (f"<h1 class=\"amp-wp-title\">{e(head)}</h1>" if head else "")
                  + (f"<div class=\"amp-wp-meta amp-wp-posted-on\"><time datetime=\"{iso}\">{human}</time></div>" if when else "") + "</header>",
                  "<figure class=\"amp-wp-article-featured-image wp-caption\"><amp-img src=\"/f.jpg\" width=\"800\" height=\"450\"></amp-img>"
                  f"<figcaption class=\"wp-caption-text\">{e(cap)}</figcaption></figure>",
                  "<div class=\"amp-wp-article-content\">"] + body + ["</div>",
                  "<footer class=\"amp-wp-article-footer\"><div class=\"amp-wp-meta amp-wp-tax-tag\">Tags: <a href=\"/tag/diklat\">diklat</a></div></footer></article>",
                  "<div class=\"amp-related\"><h3>Berita Lainnya</h3><ul>" + side_html + "</ul></div>",
                  f"<footer class=\"amp-wp-footer\"><p>\u00a9 {e(site)}</p></footer></body></html>"]
    elif shape == "kanal":
        body = []
        for i, p in enumerate(paras):
            body.append(f"<p>{e(p)}</p>")
            if i == 0 and inner:
                body.append(f"<p><strong>Baca juga: </strong><a class=\"inner-link-baca-juga\" href=\"/b/1\">{e(inner[0])}</a></p>")
            if i == 2:
                body.append("<div class=\"ads-on-body\"><div class=\"ads-partner-wrap\">Iklan</div></div>")
        lines += ["<html lang=\"id\"><head>"] + meta + [ldtag, "</head><body>", top,
                  "<div class=\"wrap\"><div class=\"nav-wrap\"><ul class=\"nav__list\">" + "".join(f"<li><a href=\"/{m.lower()}\">{m}</a></li>" for m in ["Terkini", "Regional", "Nasional", "Tren"]) + "</ul></div>",
                  "<div class=\"row\"><div class=\"col-bs12-8\"><div class=\"read__header\">" + (f"<h1 class=\"read__title\">{e(head)}</h1>" if head else "")
                  + (f"<div class=\"read__time\">{e(site)} - {when.strftime('%d/%m/%Y, %H:%M')} WIB</div>" if when else "") + "</div>",
                  f"<div class=\"photo\"><img src=\"/p.jpg\"><div class=\"photo__caption\">{e(cap)}</div></div>",
                  "<div class=\"read__content\"><div class=\"clearfix\">"] + body + ["</div></div>",
                  "<div class=\"read__tagging\"><ul><li><a href=\"/tag/1\">pelatihan</a></li></ul></div>",
                  "</div><div class=\"col-bs12-4\"><div class=\"most__wrap\"><h3>Terpopuler</h3>" + side_html.replace("<li>", "<div class=\"most__item\">").replace("</li>", "</div>") + "</div></div></div>",
                  f"<div class=\"footer__copyright\">Copyright {when.year if when else 2025} {e(site)}. All Rights Reserved.</div></div></body></html>"]
    else:  # blogspot
        body = "<br /><br />\n".join(e(p) for p in paras)
        lines += ["<html><head>"] + meta + ["</head><body>", top,
                  "<div class=\"header-outer\"><h1 class=\"title\"><a href=\"/\">" + e(site) + "</a></h1></div>",
                  "<div class=\"main-outer\"><div class=\"date-outer\">" + (f"<h2 class=\"date-header\"><span>{human}</span></h2>" if when else "")
                  + "<div class=\"post hentry\">" + (f"<h3 class=\"post-title entry-title\">{e(head)}</h3>" if head else "")
                  + "<div class=\"post-body entry-content\" id=\"post-body-71\"><div style=\"text-align: justify;\">" + body + "</div></div>",
                  "<div class=\"post-footer\">Diposting oleh Admin di " + (f"{when.hour:02d}.{when.minute:02d}" if when else "") + " <span class=\"post-labels\">Label: <a href=\"/label/daerah\">Daerah</a></span></div>",
                  "</div></div></div><div class=\"sidebar-outer\"><div class=\"widget PopularPosts\"><h2>Postingan Populer</h2><ul>" + side_html + "</ul></div></div>",
                  "<div class=\"footer-outer\">Tema Sederhana. Diberdayakan oleh Blogger.</div></body></html>"]
    return "\n".join(lines) + "\n", gold, [shape + (", no headline" if head is None else "")]


def read_split(src, split):
    path = os.path.join(src, "split.tsv")
    if not os.path.exists(path):
        raise VaryError(f"--split {split}: {path} does not exist")
    keep = set()
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2:
                raise VaryError(f"{path} line {n}: not stem<TAB>split")
            if parts[1].strip() == split:
                keep.add(parts[0].strip())
    return keep


def read_gold(path):
    try:
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
    except json.JSONDecodeError as e:
        raise VaryError(f"{path}: not valid JSON (line {e.lineno}: {e.msg})")
    except UnicodeDecodeError as e:
        raise VaryError(f"{path}: not UTF-8 ({e.reason})")
    if not isinstance(gold, dict):
        raise VaryError(f"{path}: the gold is not a JSON object")
    for k in ("speakers", "organizers", "speaker_organizations", "participant_groups", "legal_references"):
        if k in gold and gold[k] is not None and not isinstance(gold[k], list):
            raise VaryError(f"{path}: {k} is not a list")
    return gold


# The kinds that change a page's lines: of an HTML document they would change its markup, not its text.
TEXT_ONLY = ("related", "typos", "chrome", "wrap", "flat", "caps", "footer", "html")


def vary_document(stem, text, gold, kinds, a, regions, firsts, log, html=False):
    """The varied text and gold of one document and its line of VARIED.md; each kind is checked and undone when
    its check fails (logged). An HTML document is varied by names, verbs and punctuation only."""
    pool = POOL_DEV if a.pool == "dev" else POOL_HELD
    # the page is written last: every other kind varies the text it carries
    kinds = [k for k in kinds if k != "html"] + [k for k in kinds if k == "html"]
    classes = CLASSES_DEV if a.pool == "dev" else CLASSES_HELD
    line = []
    skipped = []
    for k in kinds:
        rnd = rng_for(a.seed, a.pool, stem, k)
        info = {}
        if html and k in TEXT_ONLY:
            line.append(f"{k}: not for HTML")
            continue
        if k == "persons":
            t1, g1, ch, info = vary_persons(text, gold, rnd, pool)
        elif k == "places":
            t1, g1, ch, info = vary_places(text, gold, rnd, regions, a.pool)
        elif k == "verbs":
            t1, g1, ch = vary_verbs(text, gold, rnd, classes, a.pool)
        elif k == "related":
            others = [h for st, h in sorted(firsts.items()) if st != stem]
            # the two pools take alternate documents' headlines
            others = [h for i, h in enumerate(others) if (i % 2 == 0) == (a.pool == "dev")] or others
            t1, g1, ch = vary_related(text, gold, rnd, others)
        elif k == "typos":
            t1, g1, ch = vary_typos(text, gold, rnd)
        elif k == "wrap":
            t1, g1, ch = vary_wrap(text, gold, rnd)
        elif k == "flat":
            t1, g1, ch = vary_flat(text, gold, rnd)
        elif k == "punct":
            t1, g1, ch = vary_punct(text, gold, rnd)
        elif k == "caps":
            t1, g1, ch = vary_caps(text, gold, rnd)
        elif k == "datefmt":
            t1, g1, ch = vary_datefmt(text, gold, rnd, a.pool)
        elif k == "titles":
            t1, g1, ch = vary_titles(text, gold, rnd, a.pool)
        elif k == "html":
            others = [h for st, h in sorted(firsts.items()) if st != stem]
            others = [h for i, h in enumerate(others) if (i % 2 == 0) == (a.pool == "dev")] or others
            t1, g1, ch = vary_html(text, gold, rnd, others, a.pool)
        elif k == "footer":
            others = [h for st, h in sorted(firsts.items()) if st != stem]
            others = [h for i, h in enumerate(others) if (i % 2 == 0) == (a.pool == "dev")] or others
            t1, g1, ch = vary_footer(text, gold, rnd, others, a.pool)
        else:
            t1, g1, ch = vary_chrome(text, gold, rnd, CHROME_DEV if a.pool == "dev" else CHROME_HELD)
        if "skip" in info:
            # A document this kind cannot vary (an ambiguous town): VARIED.md says so, stderr stays quiet.
            skipped.append(k)
            line.append(f"{k}: skipped ({info['skip']})")
            continue
        problems = []
        if ch:
            old, new = info.get("old", ()), info.get("new", ())
            p0 = info.get("protect", ())
            t0m = mask_names(text, [(p, True) for p in p0]) if p0 else text
            t1m = mask_names(t1, [(p, True) for p in p0]) if p0 else t1
            if k == "html":
                # the label check reads the text the page carries
                t1m = page_text(t1)
            problems = check_labels(t0m, gold, t1m, g1, old, new, info.get("still", ()))
        if problems:
            skipped.append(k)
            line.append(f"{k}: skipped ({'; '.join(problems)})")
            log(f"vary.py: {stem}: {k} skipped: {'; '.join(problems)}")
            continue
        text, gold = t1, g1
        if ch:
            line.append(f"{k}: " + "; ".join(ch))
    return text, gold, line, skipped


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("src"); ap.add_argument("out")
    ap.add_argument("--split"); ap.add_argument("--kinds", default=",".join(k for k in KINDS if k != "html"))
    ap.add_argument("--pool", choices=["dev", "held"], default="dev"); ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--quiet", action="store_true", help="no line per skipped document on stderr")
    a = ap.parse_args(argv)
    try:
        return run(a)
    except VaryError as e:
        sys.exit(f"vary.py: {e}")


def run(a):
    src, out = os.path.realpath(a.src), os.path.realpath(a.out)
    if not os.path.isdir(src):
        raise VaryError(f"{a.src} is not a folder")
    if os.path.lexists(a.out) or os.path.exists(out):
        raise VaryError(f"{out} exists; it is never overwritten")
    if out == src or out.startswith(src + os.sep):
        raise VaryError(f"{out} is inside the source folder {src}")
    kinds = [k for k in a.kinds.split(",") if k and k != "none"]
    for k in kinds:
        if k not in KINDS:
            raise VaryError(f"unknown kind {k!r} ({', '.join(KINDS + ('none',))})")
    if len(set(kinds)) != len(kinds):
        raise VaryError(f"a kind is named twice in {a.kinds!r}")
    keep = None
    if a.split:
        keep = read_split(src, a.split)
    elif os.path.exists(os.path.join(src, "split.tsv")):
        raise VaryError(f"{src} has a split.tsv: name the split to read with --split (dev, look)")
    regions = load_regions() if "places" in kinds else None
    names = sorted(os.listdir(src))
    firsts = {}
    if "related" in kinds or "footer" in kinds or "html" in kinds:
        for name in names:
            stem, ext = os.path.splitext(name)
            if ext == ".txt" and (keep is None or stem in keep) and os.path.exists(os.path.join(src, stem + ".json")):
                with open(os.path.join(src, name), encoding="utf-8", errors="replace") as f:
                    h = headline_of(f.read())
                if h:
                    firsts[stem] = h
    messages = []
    log = (lambda m: None) if a.quiet else messages.append
    report_lines, written_docs = [], []
    counts = {k: 0 for k in kinds}
    skips = {k: 0 for k in kinds}
    seen = set()
    for name in names:
        stem, ext = os.path.splitext(name)
        if ext not in (".txt", ".html") or (keep is not None and stem not in keep):
            continue
        if stem in seen:
            raise VaryError(f"{stem}: two documents of one stem ({stem}.txt and {stem}.html)")
        seen.add(stem)
        gpath = os.path.join(src, stem + ".json")
        if not os.path.exists(gpath):
            report_lines.append(f"- {stem}: no gold ({stem}.json): not copied")
            log(f"vary.py: {stem}: no gold ({stem}.json): not copied")
            continue
        with open(os.path.join(src, name), encoding="utf-8", errors="surrogateescape") as f:
            text = f.read()
        gold = read_gold(gpath)
        try:
            text, gold, line, skipped = vary_document(stem, text, gold, kinds, a, regions, firsts, log, html=ext == ".html")
        except (TypeError, AttributeError, ValueError) as e:
            raise VaryError(f"{stem}: cannot vary ({type(e).__name__}: {e})")
        for entry in line:
            k = entry.split(":", 1)[0]
            if k in skips and k in skipped:
                skips[k] += 1
            elif k in counts and not entry.endswith(": not for HTML"):
                counts[k] += 1
        if ext == ".txt" and any(entry.startswith("html: ") and not entry.startswith("html: skipped") for entry in line):
            name = stem + ".html"
        written_docs.append((name, stem, text, gold))
        report_lines.append(f"- {stem}: " + (" | ".join(line) if line else "unchanged"))
    # Everything is read and varied before anything is written: an error leaves no OUT behind.
    os.makedirs(out)
    for name, stem, text, gold in written_docs:
        with open(os.path.join(out, name), "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(text)
        with open(os.path.join(out, stem + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
    summary = ", ".join(f"{k} {v}" + (f" (skipped {skips[k]})" if skips[k] else "") for k, v in counts.items())
    report = ["# What vary.py changed", "", f"source {src}, kinds {','.join(kinds) or 'none'}, pool {a.pool}, seed {a.seed}", "",
              f"{len(written_docs)} documents; changed by kind: {summary}", ""] + report_lines
    with open(os.path.join(out, "VARIED.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(report) + "\n")
    for m in messages:
        print(m, file=sys.stderr)
    print(f"{len(written_docs)} documents -> {out}; changed: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
