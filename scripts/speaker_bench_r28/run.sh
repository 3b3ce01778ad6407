#!/usr/bin/env bash
# run.sh BIN [-v] [--rules DIR] -- round 28 speaker bench (SPK28): short reports written for this bench (no corpus
# document). pos.txt: 44 trainings whose teacher is named in a construction other writers use (a later paragraph by what
# the person does in the session, role nouns beyond narasumber, long title chains, a material given by, lists with
# institutions, dari/asal, a quote after the speaker sentence); neg.txt: 14 reports whose openers, officials quoted,
# participants, MCs and moderators are no speakers. The header is `### id expected` with the expected speaker names
# joined by `; ` (`-` for none). pos2.txt (7 reports, 2 counterexamples) was written after the first rules, before the
# rules of the nominal delivery (`penyampaian materi oleh X`, `di bawah bimbingan X`, `paparan dari X`); a report is right when the record's person speakers are exactly those (as a set).
set -euo pipefail
BIN=$1; shift; V=""; R=()
while [ $# -gt 0 ]; do case $1 in -v) V=-v;; --rules) R=(--rules "$2"); shift;; esac; shift; done
D=$(cd "$(dirname "$0")" && pwd); T=$(mktemp -d)
python3 - "$D" "$T" <<'PY'
import sys, os
d, t = sys.argv[1:3]
with open(os.path.join(t, "expected.tsv"), "w") as e:
    for f in ("pos.txt", "pos2.txt", "neg.txt"):
        for part in open(os.path.join(d, f)).read().split("### ")[1:]:
            head, body = part.split("\n", 1)
            i, exp = head.split(" ", 1)
            open(os.path.join(t, i + ".txt"), "w").write(body.strip() + "\n")
            e.write(f"{i}\t{exp.strip()}\n")
PY
"$BIN" extract "$T" --output "$T/out.jsonl" --jobs 1 "${R[@]}" >/dev/null 2>&1
python3 - "$T" "$V" <<'PY'
import sys, json, os
t, v = sys.argv[1:3]
exp = dict(l.rstrip("\n").split("\t") for l in open(os.path.join(t, "expected.tsv")))
got = {}
for l in open(os.path.join(t, "out.jsonl")):
    r = json.loads(l)
    sp = [s.get("name", "") for s in (r.get("event") or {}).get("speakers", []) if s.get("kind", "person") == "person"]
    got[r["document"]["id"]] = sp
hits = {"pos": [0, 0], "neg": [0, 0]}
for i in sorted(exp):
    want = set() if exp[i] == "-" else set(x.strip() for x in exp[i].split(";"))
    g = got.get(i, ["?"])
    ok = set(g) == want
    k = "neg" if i.startswith("n") else "pos"
    hits[k][0] += ok; hits[k][1] += 1
    if not ok or v == "-v":
        print(("OK  " if ok else "BAD ") + f"{i}: want {'; '.join(sorted(want)) or '-'} | got {'; '.join(g) or '-'}")
p, n = hits["pos"], hits["neg"]
print(f"speaker bench: {p[0]}/{p[1]} reports right, counterexamples {n[0]}/{n[1]} right, total {p[0]+n[0]}/{p[1]+n[1]}")
PY
rm -rf "$T"
