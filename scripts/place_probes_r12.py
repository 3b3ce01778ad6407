#!/usr/bin/env python3
"""Round 12 place probes: run scripts/venue_probes_r12.tsv and scripts/city_probes_r12.tsv through a warta binary.

usage: place_probes_r12.py BIN [TSV...] [-v]
Each row: sentence<TAB>venue<TAB>city ("-" = no value, "*" = not checked), and a fourth column `miss` on a
known miss (Round12PlaceTests asserts that it still misses, so that a change there is seen). The sentence is wrapped as the body of a
one-paragraph report under a headline; the venue is compared as the scoring does (most of its words), the city
exactly (case and punctuation ignored). Prints right/total per file and the misses with -v."""
import json, re, subprocess, sys

HEAD = "Pelatihan Kader Digelar\n\n"
TAIL = " Kegiatan tersebut diikuti 40 peserta.\n"

def norm(s):
    if s is None: return "-"
    s = re.sub(r"\bkab\b\.?", "kabupaten", s.lower())
    return " ".join(re.findall(r"[0-9a-z]+", s))

def most_words(a, b):
    """The scoring's venue match (Matching.mostWords): more than half of the longer side's words shared; none = none."""
    if a is None or b is None: return a is None and b is None
    wa, wb = norm(a).split(), norm(b).split()
    pool = {}
    for w in wb: pool[w] = pool.get(w, 0) + 1
    common = 0
    for w in wa:
        if pool.get(w, 0) > 0: common += 1; pool[w] -= 1
    return common > 0.5 * max(len(wa), len(wb))

def rows(path):
    out = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"): continue
        cols = line.split("\t")
        assert len(cols) in (3, 4), line
        out.append((cols[0], cols[1], cols[2], len(cols) == 4 and cols[3] == "miss"))
    return out

def run(binary, files, verbose):
    allrows = []
    for f in files:
        for r in rows(f): allrows.append((f, r))
    docs = "".join(json.dumps({"id": f"p{i}", "text": HEAD + r[0] + TAIL}) + "\n" for i, (f, r) in enumerate(allrows))
    out = subprocess.run([binary, "extract", "-", "--jobs", "1"], input=docs, capture_output=True, text=True).stdout
    recs = {}
    for line in out.splitlines():
        j = json.loads(line); recs[j["document"]["id"]] = j
    stats = {}
    for i, (f, (text, venue, city, known)) in enumerate(allrows):
        loc = ((recs[f"p{i}"].get("event") or {}).get("location") or {})
        got_v, got_c = loc.get("venue"), loc.get("city")
        ok_v = venue == "*" or most_words(got_v, None if venue == "-" else venue)
        ok_c = city == "*" or norm(got_c) == norm(None if city == "-" else city)
        s = stats.setdefault(f, [0, 0, 0])
        s[1] += 1
        if known: s[2] += 1
        if ok_v and ok_c: s[0] += 1
        elif verbose:
            print(f"MISS {f.split('/')[-1]}: {text}\n     venue want={venue!r} got={got_v!r} | city want={city!r} got={got_c!r}")
    for f, (ok, n, known) in stats.items():
        print(f"{f}: {ok}/{n} right ({known} marked as known misses)")

if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    files = args[1:] or ["scripts/venue_probes_r12.tsv", "scripts/city_probes_r12.tsv"]
    run(args[0], files, "-v" in sys.argv)
