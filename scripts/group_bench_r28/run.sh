#!/usr/bin/env bash
# run.sh BIN [-v] [--rules DIR] -- round 28 group bench (GRP28): short reports written for this bench (no corpus
# document). pos.txt: participants named through an organisation of members, a long name with its acronym or an alias
# (`anggota Kelompok Wanita Tani (KWT)`, `pengurus Gapoktan`, `Pekerja Sosial Masyarakat`); a report is a hit when
# every wanted short name (`want:`) is among the record's participant_groups as written (case and punctuation
# ignored, a member word before it -- anggota, pengurus, personel -- allowed, as the issue's
# `pengurus Karang Taruna` -> `Karang Taruna` says they name one group). neg.txt: the organisation is named as the organizer, the place, a later
# beneficiary or a speaker's body; a hit when the short name (`not:`) is not among the groups.
set -euo pipefail
BIN=$1; V=${2:-}; shift $(( $# > 1 ? 2 : 1 )) || true; EXTRA=("$@")
D=$(dirname "$0"); T=$(mktemp -d)
python3 - "$D" "$T" <<'PY'
import sys, os
d, t = sys.argv[1:3]
for f in ("pos.txt", "neg.txt"):
    for part in open(os.path.join(d, f)).read().split("### ")[1:]:
        head, body = part.split("\n", 1)
        open(os.path.join(t, head.split()[0] + ".txt"), "w").write(body.strip() + "\n")
PY
"$BIN" extract "$T" --output "$T/out.jsonl" "${EXTRA[@]}" >/dev/null 2>&1
python3 - "$D" "$T/out.jsonl" "$V" <<'PY'
import sys, json, re, os
d, out, v = sys.argv[1:4]
want = {}
for f in ("pos.txt", "neg.txt"):
    for part in open(os.path.join(d, f)).read().split("### ")[1:]:
        head = part.split("\n", 1)[0]
        m = re.match(r"(\S+)\s+(want|not):\s*(.*)", head)
        want[m.group(1)] = (m.group(2), [x.strip() for x in m.group(3).split(";")])
norm = lambda s: " ".join(re.findall(r"\w+", s.lower()))
# a member word before the body's short name names the same group (the matcher's groupKey does the same)
members = ("anggota ", "pengurus ", "personel ", "para ")
def key(s):
    s = norm(s)
    for m in members:
        if s.startswith(m) and len(s) > len(m): return s[len(m):]
    return s
hits = {"want": [0, 0], "not": [0, 0]}
for l in open(out):
    r = json.loads(l); i = r["document"]["id"]
    got = [g["name"] if isinstance(g, dict) else g for g in (((r.get("event") or {}).get("participants") or {}).get("groups") or [])]
    kind, names = want[i]
    gotn = [key(g) for g in got]
    if kind == "want":
        ok = all(key(n) in gotn for n in names)
    else:
        ok = not any(key(n) in gotn for n in names)
    hits[kind][0] += ok; hits[kind][1] += 1
    if v == "-v" and not ok: print("MISS", i, kind, names, "got", got)
print(f"group bench: {hits['want'][0]}/{hits['want'][1]} groups named, {hits['not'][0]}/{hits['not'][1]} counterexamples clean")
PY
rm -rf "$T"
