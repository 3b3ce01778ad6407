#!/usr/bin/env bash
# run.sh BIN [RULES_DIR] [-v] -- round 28 organizer bench (ORG28): short reports written for this bench (no corpus
# document). pos.txt: events whose holder is said by a construction Warta missed on the unseen sets (headline verbs
# outside the known list, me- verbs of training whose object is the participants, passives without `oleh`,
# cooperation, an owner after the event noun, `Pemkab X melalui`, UPT/Balai/Loka/Lembaga names, a ministry's programme,
# a `panitia` of an institution). neg.txt: counterexamples (a host of the venue, participants' institutions, a sponsor
# only quoted, another event's organizer, an official who opens, a budget source) where the holder is someone else or
# no one. Each report starts `### id` and an `organizers: A; B` line (empty: none). A report is right when every gold
# name is matched by most of its words by one extracted name, and no extracted name is left over.
# Batch 1 (pos.txt 49, neg.txt 14) was written before any rule of the round (main 52/63). Batches 2 (pos2.txt 18,
# neg2.txt 8: variants of the same families and counterexamples, y05-y08 aimed at the new rules; main 19/26) and 3 (pos3.txt 16: typing mess and other
# slots, `s*`; main 10/16) were written after the first rules, to see whether the rules hold beyond the reports they
# were made on. Round28OrganizerTests reads all five files.
set -euo pipefail
BIN=$1; RULES=${2:-}; V=${3:-}
if [ "$RULES" = "-v" ]; then RULES=""; V=-v; fi
D=$(dirname "$0"); T=$(mktemp -d)
python3 - "$D" "$T" <<'PY'
import sys, os, json
d, t = sys.argv[1:3]
gold = {}
for f in ("pos.txt", "neg.txt", "pos2.txt", "neg2.txt", "pos3.txt"):
    for part in open(os.path.join(d, f), encoding="utf-8").read().split("### ")[1:]:
        head, body = part.split("\n", 1)
        org, body = body.split("\n", 1)
        assert org.startswith("organizers:"), head
        gold[head.split()[0]] = [g.strip() for g in org[len("organizers:"):].split(";") if g.strip()]
        open(os.path.join(t, head.split()[0] + ".txt"), "w", encoding="utf-8").write(body.strip() + "\n")
json.dump(gold, open(os.path.join(t, "gold.json"), "w"))
PY
"$BIN" extract "$T" --output "$T/out.jsonl" ${RULES:+--rules "$RULES"} >/dev/null 2>&1
python3 - "$T" "$V" <<'PY'
import sys, json, re, os
t, v = sys.argv[1:3]
gold = json.load(open(os.path.join(t, "gold.json")))
def words(s): return re.sub(r"[^a-z0-9 ]", " ", s.lower().replace("kab.", "kabupaten")).split()
def match(g, p):
    a, b = words(g), words(p)
    return len(set(a) & set(b)) * 2 > max(len(a), len(b))
hits = {"pos": [0, 0], "neg": [0, 0]}
per = {}
for l in open(os.path.join(t, "out.jsonl")):
    r = json.loads(l); i = r["document"]["id"]
    got = [o["name"] for o in (r.get("event") or {}).get("organizers", [])]
    g = gold[i]
    ok = all(any(match(x, p) for p in got) for x in g) and all(any(match(x, p) for x in g) for p in got)
    k = "neg" if i[0] in "xy" else "pos"
    hits[k][0] += ok; hits[k][1] += 1; per[i] = ok
    if not ok and v == "-v":
        print(f"MISS {i}: gold {g or '-'}, got {got or '-'}")
p, n = hits["pos"], hits["neg"]
for name, pre in (("batch 1 (pos, neg)", "hmpcovagnex"), ("batch 2 (pos2, neg2)", "by"), ("batch 3 (pos3)", "s")):
    b = [ok for i, ok in per.items() if i[0] in pre]
    print(f"  {name}: {sum(b)}/{len(b)}")
print(f"organizer bench: {p[0]+n[0]}/{p[1]+n[1]} right (constructions {p[0]}/{p[1]}, counterexamples {n[0]}/{n[1]})")
PY
rm -rf "$T"
