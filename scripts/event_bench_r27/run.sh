#!/usr/bin/env bash
# run.sh BIN [-v] -- round 27 event bench (EVT27): 120 short reports written for this bench (no corpus document):
# neg.txt (60 stories of many kinds that name a training but report none held: a profile, a programme report, a plan
# or budget, a registration, a training centre's building or another event held there, a graduation or hand-over, a
# crime or disaster, an opinion, a job fair, an exam) and pos.txt (60 trainings of the same topics that must stay
# events). A stem starting with p is a training event.
set -euo pipefail
BIN=$1; V=${2:-}
D=$(dirname "$0"); T=$(mktemp -d)
python3 - "$D" "$T" <<'PY'
import sys, os
d, t = sys.argv[1:3]
for f in ("pos.txt", "neg.txt"):
    for part in open(os.path.join(d, f)).read().split("### ")[1:]:
        head, body = part.split("\n", 1)
        open(os.path.join(t, head.split()[0] + ".txt"), "w").write(body.strip() + "\n")
PY
"$BIN" extract "$T" --output "$T/out.jsonl" >/dev/null 2>&1
python3 - "$T/out.jsonl" "$V" <<'PY'
import sys, json
ok = bad = 0; fp = fn = 0
for l in open(sys.argv[1]):
    r = json.loads(l); i = r["document"]["id"]; ev = bool(r.get("is_training_event"))
    want = i.startswith("p") or i.startswith("vp")
    if ev == want: ok += 1
    else:
        bad += 1; fp += ev and not want; fn += want and not ev
        if sys.argv[2] == "-v": print("WRONG", i, "event" if ev else "no event")
print(f"event bench: {ok}/{ok+bad} right, {fp} false events, {fn} lost")
PY
rm -rf "$T"
