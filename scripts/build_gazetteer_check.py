#!/usr/bin/env python3
"""Regenerate extractors/location/ambiguous.tsv and validate extractors/location/aliases.tsv.

Usage:
    python3 scripts/build_gazetteer_check.py            # rewrite ambiguous.tsv, then validate
    python3 scripts/build_gazetteer_check.py --check    # validate only; fail if ambiguous.tsv is stale
    python3 scripts/build_gazetteer_check.py --dir PATH # another gazetteer directory

Exit status 0 when everything passes, 1 otherwise. Warnings do not fail the run.

Definitions
-----------
* bare name: an official name with its status prefix removed. Level 2: "Kabupaten Administrasi ",
  "Kota Administrasi ", "Kabupaten ", "Kota ". Level 1: "Daerah Istimewa ", "Daerah Khusus Ibukota ".
* clash key: the bare name case-folded with spaces and hyphens removed, so "Pangkal Pinang",
  "Pangkalpinang" and "Pangkal-Pinang" compare equal.
* ambiguous name: a clash key shared by two or more level-1/level-2 regions (a kabupaten and a kota,
  two kabupaten, or a province and a kabupaten/kota). Written to ambiguous.tsv as `name<TAB>codes`.

Checks on aliases.tsv
---------------------
errors:   header is exactly alias/code/note; three fields per row; no stray white space; the code exists
          in regions.tsv at level 1 or 2; an alias (case-insensitive) maps to one code only and appears
          once; an alias is not an ambiguous name (by clash key); an alias does not equal the bare name of
          another region; an alias does not repeat its own official name or the name with only
          "Kabupaten "/"Kota " removed (the extractor strips those itself); an alias does not start with
          "Kabupaten"/"Kota"/"Kab."/"Provinsi".
warnings: an alias that equals a kecamatan name outside the region it is mapped to.
Spot checks: SPOT_CHECKS below must resolve (full official name, then alias, then unique bare name) to the given code, and
MUST_BE_AMBIGUOUS must be listed in ambiguous.tsv.
"""
import argparse
import csv
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DIR = os.path.normpath(os.path.join(HERE, "..", "extractors", "location"))

LEVEL2_PREFIXES = ("Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota ")
LEVEL1_PREFIXES = ("Daerah Istimewa ", "Daerah Khusus Ibukota ")
EXTRACTOR_PREFIXES = ("Kabupaten ", "Kota ")  # what the extractor strips by itself
FORBIDDEN_ALIAS_START = re.compile(r"^(kabupaten|kota|kab\.?|provinsi|prov\.?)(\s|$)", re.I)

EXPECTED_COUNTS = {"1": 38, "2": 514, "3": 7285}

# Everyday name -> code it must resolve to (through aliases.tsv or a unique bare official name).
SPOT_CHECKS = {
    # provinces
    "Aceh": "11", "NAD": "11", "Sumut": "12", "Sumbar": "13", "Riau": "14", "Sumsel": "16",
    "Lampung": "18", "Babel": "19", "Bangka Belitung": "19", "Kepri": "21", "DKI": "31",
    "DKI Jakarta": "31", "Jakarta": "31", "Jabar": "32", "Jateng": "33", "DIY": "34", "Jatim": "35",
    "Banten": "36", "Bali": "51", "NTB": "52", "NTT": "53", "Kalbar": "61", "Kalteng": "62",
    "Kalsel": "63", "Kaltim": "64", "Kaltara": "65", "Sulut": "71", "Sulteng": "72", "Sulsel": "73",
    "Sultra": "74", "Sulbar": "76", "Maluku": "81", "Malut": "82", "Papua": "91", "Papua Barat": "92",
    "Pabar": "92", "Papua Selatan": "93", "Papua Tengah": "94", "Papua Pegunungan": "95",
    "Papua Barat Daya": "96", "Nanggroe Aceh Darussalam": "11",
    "Daerah Istimewa Yogyakarta": "34", "Daerah Khusus Ibukota Jakarta": "31",
    "Kepulauan Bangka Belitung": "19",
    # kabupaten / kota
    "Solo": "33.72", "Jogja": "34.71", "Yogya": "34.71", "Jogjakarta": "34.71",
    "Bandarlampung": "18.71", "Bandar Lampung": "18.71", "Sergai": "12.18",
    "Jakut": "31.72", "Jakbar": "31.73", "Jaksel": "31.74", "Jaktim": "31.75", "Jakpus": "31.71",
    "Kepulauan Seribu": "31.01", "Palangkaraya": "62.71", "Palangka Raya": "62.71",
    "Pangkalpinang": "19.71", "Tanjungpinang": "21.72", "Bukittinggi": "13.75",
    "Padangpanjang": "13.74", "Padang Panjang": "13.74", "Pematangsiantar": "12.72", "Siantar": "12.72",
    "Tebingtinggi": "12.76", "Labuhanbatu": "12.10", "Labusel": "12.22", "Labura": "12.23",
    "Tapsel": "12.03", "Tapteng": "12.01", "Taput": "12.02", "Madina": "12.13", "Paluta": "12.20",
    "Palas": "12.21", "Humbahas": "12.16", "Tobasa": "12.12", "Toba": "12.12", "Pakpak Bharat": "12.15",
    "Inhu": "14.02", "Inhil": "14.04", "Kuansing": "14.09", "Rohul": "14.06", "Rohil": "14.07",
    "Meranti": "14.10", "Kampar": "14.01", "Muba": "16.06", "Muara Enim": "16.03", "OKU": "16.01",
    "OKI": "16.02", "OKU Timur": "16.08", "OKU Selatan": "16.09", "PALI": "16.12", "Muratara": "16.13",
    "Lubuklinggau": "16.73", "Pagaralam": "16.72", "Tanjabbar": "15.06", "Tanjabtim": "15.07",
    "Merangin": "15.02", "Sarolangun": "15.03", "Tebo": "15.09", "Bungo": "15.08", "Kerinci": "15.01",
    "Sungaipenuh": "15.72", "Lamsel": "18.01", "Lamteng": "18.02", "Lamtim": "18.07",
    "Lampura": "18.03", "Tubaba": "18.12", "Mesuji": "18.11", "Pesawaran": "18.09",
    "Pringsewu": "18.10", "Tanggamus": "18.06", "Cimahi": "32.77", "KBB": "32.17", "Depok": "32.76",
    "Tangsel": "36.74", "Tuban": "35.23",
    "Kukar": "64.02", "Kutim": "64.08", "Kubar": "64.07", "PPU": "64.09", "Kotim": "62.02",
    "Kobar": "62.01", "Barsel": "62.04", "Bartim": "62.13", "Barut": "62.05", "Katingan": "62.06",
    "HSS": "63.06", "HST": "63.07", "HSU": "63.08", "Tala": "63.01", "Tanbu": "63.10",
    "Kotabaru": "63.02", "Banjarbaru": "63.72", "Minsel": "71.05", "Minut": "71.06", "Mitra": "71.07",
    "Bolmong": "71.01", "Sangihe": "71.03", "Talaud": "71.04", "Sidrap": "73.14", "Pangkep": "73.10",
    "Luwu Utara": "73.22", "Lutra": "73.22", "Lutim": "73.24", "Toraja Utara": "73.26",
    "Torut": "73.26", "Tana Toraja": "73.18", "Tator": "73.18", "Selayar": "73.01",
    "Jeneponto": "73.04", "Gowa": "73.06", "Maros": "73.09", "Parepare": "73.72", "Palopo": "73.73",
    "Bau-Bau": "74.72", "Baubau": "74.72", "Kendari": "74.71", "Konsel": "74.05",
    "Konawe Selatan": "74.05", "Kolaka": "74.01", "Bombana": "74.06", "Wakatobi": "74.07",
    "Buton": "74.04", "Mamuju": "76.02", "Majene": "76.05", "Polman": "76.04", "Pasangkayu": "76.01",
    "Boalemo": "75.02", "Bone Bolango": "75.03", "Bonebol": "75.03", "Pohuwato": "75.04",
    "Gorut": "75.05", "Ambon": "81.71", "Tual": "81.72", "Malra": "81.02", "MBD": "81.08",
    "SBB": "81.06", "SBT": "81.05", "Ternate": "82.71", "Tidore": "82.72", "Halbar": "82.01",
    "Halteng": "82.02", "Halut": "82.03", "Halsel": "82.04", "Haltim": "82.06", "Mimika": "94.04",
    "Nabire": "94.01", "Merauke": "93.01", "Jayawijaya": "95.01", "Wamena": "95.01",
    "Manokwari": "92.02", "Raja Ampat": "96.03", "Lombok Barat": "52.01", "Lobar": "52.01",
    "Lombok Tengah": "52.02", "Loteng": "52.02", "Lombok Timur": "52.03", "Lotim": "52.03",
    "KLU": "52.08", "Mataram": "52.71", "Dompu": "52.05", "Sumbawa": "52.04", "KSB": "52.07",
    "TTS": "53.02", "TTU": "53.03", "Sikka": "53.07", "Ende": "53.08", "Manggarai": "53.10",
    "Mabar": "53.15", "Matim": "53.19", "Sumba Barat": "53.12", "Sumba Timur": "53.11",
    "Sumba Tengah": "53.17", "Sumba Barat Daya": "53.18", "SBD": "53.18", "Rote Ndao": "53.14",
    "Sabu Raijua": "53.20", "Alor": "53.05", "Lembata": "53.13", "Flotim": "53.06", "Belu": "53.04",
    "Malaka": "53.21", "Denpasar": "51.71", "Badung": "51.03", "Gianyar": "51.04",
    "Buleleng": "51.08", "Tabanan": "51.02", "Klungkung": "51.05", "Bangli": "51.06",
    "Karangasem": "51.07", "Jembrana": "51.01", "Kubu Raya": "61.12", "Singkawang": "61.72",
    "Ketapang": "61.04", "Sambas": "61.01", "Sanggau": "61.03", "Sintang": "61.05",
    "Kapuas Hulu": "61.06", "Mempawah": "61.02", "Landak": "61.08", "Bengkayang": "61.07",
    "Melawi": "61.10", "Sekadau": "61.09", "Kayong Utara": "61.11", "KKU": "61.11",
}

# Bare names that must be listed in ambiguous.tsv (from the brief and PHENOMENA.md).
MUST_BE_AMBIGUOUS = [
    "Bandung", "Malang", "Bogor", "Kediri", "Tegal", "Solok", "Serang", "Tangerang", "Bekasi",
    "Cirebon", "Probolinggo", "Jayapura", "Kupang", "Sorong", "Blitar", "Madiun", "Magelang",
    "Pekalongan", "Mojokerto", "Pasuruan", "Sukabumi", "Tasikmalaya", "Banjar", "Bima", "Semarang",
]

# Everyday short forms that point to more than one region and so must NOT be in aliases.tsv.
MUST_NOT_BE_ALIASED = ["Tasik", "Mura", "Toraja", "Sumba", "Lombok", "Halmahera", "Seram",
                       "Timor", "Flores", "Minahasa Raya", "Kota Baru", "Tanjung Jabung", "Mamberamo"]


def code_key(code):
    return tuple(int(p) for p in code.split("."))


def strip_prefix(name, prefixes):
    for p in prefixes:
        if name.startswith(p):
            return name[len(p):]
    return name


def bare_name(name, level):
    if level == "2":
        return strip_prefix(name, LEVEL2_PREFIXES)
    if level == "1":
        return strip_prefix(name, LEVEL1_PREFIXES)
    return name


def clash_key(s):
    return re.sub(r"[\s\-]+", "", s.casefold())


def norm(s):
    return re.sub(r"\s+", " ", s.strip()).casefold()


def read_tsv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def load_regions(path, errors):
    rows = read_tsv(path)
    if not rows or rows[0] != ["code", "level", "name", "parent_code"]:
        errors.append(f"{path}: header must be code, level, name, parent_code")
        return {}
    regions = {}
    counts = defaultdict(int)
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != 4:
            errors.append(f"regions.tsv line {i}: expected 4 fields, got {len(r)}")
            continue
        code, level, name, parent = r
        if code in regions:
            errors.append(f"regions.tsv line {i}: duplicate code {code}")
        regions[code] = {"level": level, "name": name, "parent": parent}
        counts[level] += 1
    for code, reg in regions.items():
        if reg["parent"] and reg["parent"] not in regions:
            errors.append(f"regions.tsv: parent {reg['parent']} of {code} missing")
    for level, n in EXPECTED_COUNTS.items():
        if counts[level] != n:
            errors.append(f"regions.tsv: level {level} has {counts[level]} rows, expected {n}")
    return regions


def compute_ambiguous(regions):
    """clash key -> (display name, sorted codes) for keys shared by two or more level-1/2 regions."""
    groups = defaultdict(list)
    for code, reg in regions.items():
        if reg["level"] in ("1", "2"):
            groups[clash_key(bare_name(reg["name"], reg["level"]))].append(code)
    out = {}
    for key, codes in groups.items():
        if len(codes) < 2:
            continue
        codes.sort(key=code_key)
        # display the level-2 spelling (the province one may carry a different prefix)
        level2 = [c for c in codes if regions[c]["level"] == "2"]
        display = bare_name(regions[level2[0]]["name"], "2")
        out[key] = (display, codes)
    return out


def ambiguous_tsv_text(ambiguous):
    lines = ["name\tcodes"]
    for display, codes in sorted(ambiguous.values(), key=lambda v: v[0].casefold()):
        lines.append(f"{display}\t{','.join(codes)}")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=DEFAULT_DIR, help="gazetteer directory (default: %(default)s)")
    ap.add_argument("--check", action="store_true", help="do not write ambiguous.tsv; fail if it is stale")
    args = ap.parse_args()

    errors, warnings = [], []
    regions = load_regions(os.path.join(args.dir, "regions.tsv"), errors)
    if not regions:
        print("\n".join("ERROR: " + e for e in errors))
        return 1

    # --- ambiguous.tsv -------------------------------------------------------------------------
    ambiguous = compute_ambiguous(regions)
    amb_path = os.path.join(args.dir, "ambiguous.tsv")
    text = ambiguous_tsv_text(ambiguous)
    if args.check:
        current = open(amb_path, encoding="utf-8").read() if os.path.exists(amb_path) else None
        if current != text:
            errors.append("ambiguous.tsv is missing or stale; run without --check to regenerate")
    else:
        with open(amb_path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
    for name in MUST_BE_AMBIGUOUS:
        if clash_key(name) not in ambiguous:
            errors.append(f"spot check: {name!r} expected in ambiguous.tsv")

    # unique bare names (clash key -> code) and kecamatan names (norm -> codes)
    bare_unique = {}
    for code, reg in regions.items():
        if reg["level"] in ("1", "2"):
            k = clash_key(bare_name(reg["name"], reg["level"]))
            if k not in ambiguous:
                bare_unique[k] = code
    kecamatan = defaultdict(list)
    for code, reg in regions.items():
        if reg["level"] == "3":
            kecamatan[norm(reg["name"])].append(code)

    # --- aliases.tsv ---------------------------------------------------------------------------
    rows = read_tsv(os.path.join(args.dir, "aliases.tsv"))
    if not rows or rows[0] != ["alias", "code", "note"]:
        errors.append("aliases.tsv: header must be alias, code, note")
        rows = [["alias", "code", "note"]] + rows
    alias_map = {}  # norm(alias) -> (alias, code, line)
    for i, r in enumerate(rows[1:], start=2):
        where = f"aliases.tsv line {i}"
        if len(r) != 3:
            errors.append(f"{where}: expected 3 fields, got {len(r)}: {r!r}")
            continue
        alias, code, note = r
        if not alias or alias != alias.strip() or "  " in alias or code != code.strip():
            errors.append(f"{where}: empty alias or stray white space: {r!r}")
        reg = regions.get(code)
        if reg is None:
            errors.append(f"{where}: code {code} ({alias}) not in regions.tsv")
            continue
        if reg["level"] not in ("1", "2"):
            errors.append(f"{where}: code {code} ({alias}) is level {reg['level']}, expected 1 or 2")
        n = norm(alias)
        if n in alias_map:
            prev = alias_map[n]
            if prev[1] != code:
                errors.append(f"{where}: alias {alias!r} maps to {code}, line {prev[2]} maps it to {prev[1]}")
            else:
                errors.append(f"{where}: alias {alias!r} repeated (line {prev[2]})")
        else:
            alias_map[n] = (alias, code, i)
        ck = clash_key(alias)
        if ck in ambiguous:
            errors.append(f"{where}: alias {alias!r} is the ambiguous name "
                          f"{ambiguous[ck][0]!r} ({','.join(ambiguous[ck][1])})")
        elif ck in bare_unique and bare_unique[ck] != code:
            other = bare_unique[ck]
            errors.append(f"{where}: alias {alias!r} -> {code} equals the bare name of {other} "
                          f"{regions[other]['name']!r}")
        if n in (norm(reg["name"]), norm(strip_prefix(reg["name"], EXTRACTOR_PREFIXES))):
            errors.append(f"{where}: alias {alias!r} only repeats the official name {reg['name']!r}")
        if FORBIDDEN_ALIAS_START.match(alias):
            errors.append(f"{where}: alias {alias!r} starts with a status word the extractor strips")
        outside = [k for k in kecamatan.get(n, []) if not (k == code or k.startswith(code + "."))]
        if outside:
            names = ", ".join(f"{k} in {regions[regions[k]['parent']]['name']}" for k in outside)
            warnings.append(f"{where}: alias {alias!r} -> {code} is also a kecamatan name: {names}")

    # --- spot checks ---------------------------------------------------------------------------
    official = {norm(reg["name"]): code for code, reg in regions.items() if reg["level"] in ("1", "2")}

    def resolve(name):
        if norm(name) in official:
            return official[norm(name)]
        hit = alias_map.get(norm(name))
        if hit:
            return hit[1]
        k = clash_key(strip_prefix(strip_prefix(name, LEVEL1_PREFIXES), LEVEL2_PREFIXES))
        if k in ambiguous:
            return "ambiguous"
        return bare_unique.get(k)

    for name, want in SPOT_CHECKS.items():
        got = resolve(name)
        if got != want:
            errors.append(f"spot check: {name!r} resolves to {got}, expected {want} "
                          f"({regions.get(want, {}).get('name', 'unknown code')})")
    for name in MUST_NOT_BE_ALIASED:
        if norm(name) in alias_map:
            errors.append(f"spot check: {name!r} is ambiguous in everyday use and must not be an alias")

    # --- report --------------------------------------------------------------------------------
    for w in warnings:
        print("WARNING: " + w)
    for e in errors:
        print("ERROR: " + e)
    lvl = defaultdict(int)
    for _, code, _ in alias_map.values():
        lvl[regions[code]["level"]] += 1
    print(f"regions: {len(regions)} rows; aliases: {len(alias_map)} "
          f"({lvl['1']} province, {lvl['2']} kabupaten/kota) covering "
          f"{len({c for _, c, _ in alias_map.values()})} regions; ambiguous names: {len(ambiguous)}; "
          f"spot checks: {len(SPOT_CHECKS)}; warnings: {len(warnings)}; errors: {len(errors)}")
    print("ambiguous.tsv " + ("checked" if args.check else "written") + f": {amb_path}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
