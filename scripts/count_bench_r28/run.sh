#!/usr/bin/env bash
# run.sh BIN [-v] [--rules DIR] -- round 28 count bench (TOT28): short reports written for this bench (no corpus
# document). pos.txt holds training reports with a stated number of participants among competing numbers (groups and
# totals, words, batches, targets, villages, schools, days, JP, rupiah, ages, another event's count, regions with
# counts); neg.txt holds training reports where no count of participants is stated (vague words, villages, schools,
# speakers, annual totals, alumni, ages, a population, last year's count, a quota): participants.total must be null.
# Each header is `### ID EXPECTED description`. Prints hits/total per file and in all.
set -euo pipefail
BIN=$1; shift; V=""; RULES=()
while [ $# -gt 0 ]; do case $1 in -v) V=-v;; --rules) RULES=(--rules "$(cd "$2" && pwd)"); shift;; esac; shift; done
D=$(cd "$(dirname "$0")" && pwd); T=$(mktemp -d)
python3 - "$D" "$T" <<'PY'
import sys, os, json
d, t = sys.argv[1:3]
want = {}
for f in ("pos.txt", "neg.txt"):
    for part in open(os.path.join(d, f)).read().split("### ")[1:]:
        head, body = part.split("\n", 1)
        i, e = head.split()[:2]
        want[i] = None if e == "null" else int(e)
        open(os.path.join(t, i + ".txt"), "w").write(body.strip() + "\n")
json.dump(want, open(os.path.join(t, "want.json"), "w"))
PY
(cd "$T" && "$BIN" extract "$T" --output "$T/out.jsonl" --jobs 1 "${RULES[@]}" >/dev/null 2>&1)
python3 - "$T" "$V" <<'PY'
import sys, json, os
t = sys.argv[1]; want = json.load(open(os.path.join(t, "want.json")))
res = {"t": [0, 0], "n": [0, 0]}
for l in open(os.path.join(t, "out.jsonl")):
    r = json.loads(l); i = r["document"]["id"]
    if i not in want: continue
    got = ((r.get("event") or {}).get("participants") or {}).get("total")
    ok = got == want[i]; res[i[0]][0] += ok; res[i[0]][1] += 1
    if sys.argv[2] == "-v" and not ok: print(f"BAD {i}: want {want[i]}, got {got}")
p, n = res["t"], res["n"]
print(f"count bench: reports {p[0]}/{p[1]}, counterexamples {n[0]}/{n[1]}, all {p[0]+n[0]}/{p[1]+n[1]}")
PY
rm -rf "$T"
