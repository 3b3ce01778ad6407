#!/usr/bin/env python3
"""run.py BIN [-v]: CORE26's count probes (round 26), short reports written for the round (no corpus text), each with
the participants_total a reader should give. Three folders: probes/ (46: totals and parts, men and women, villages,
per desa, batches, targets, `dari total`, numbers in words, committee and speakers beside participants, headline vs
body), p2/ (38: the constructions of round 26 with their counterexamples), p3/ (10: later additions, programme
targets, origins, `namun`/`setelah`). Each folder's expected.json maps a document's stem to its total (null: none); a stem starting with `v_` is a venue
probe (p2's lower-case buildings) and maps to the venue phrase.
Prints the right ones per folder and in all; -v lists every probe."""
import json, os, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
binary, verbose = os.path.abspath(sys.argv[1]), "-v" in sys.argv[2:]
right = total = 0
for folder in ("probes", "p2", "p3"):
    d = os.path.join(HERE, folder)
    expected = json.load(open(os.path.join(d, "expected.json"), encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run([binary, "extract", d, "--output", "-", "--jobs", "1"], cwd=tmp, capture_output=True,
                             text=True).stdout
    ok = n = 0
    for line in out.splitlines():
        r = json.loads(line)
        stem = os.path.splitext(os.path.basename(r["document"]["source"]))[0]
        if stem not in expected:
            continue
        event = r.get("event") or {}
        # a stem starting with `v_` is a venue probe (the venue phrase, null: none); the others are counts
        got = ((event.get("location") or {}).get("venue") if stem.startswith("v_")
               else (event.get("participants") or {}).get("total"))
        n += 1
        ok += got == expected[stem]
        if verbose:
            print(("OK  " if got == expected[stem] else "BAD ") + f"{folder}/{stem}: want {expected[stem]}, got {got}")
    print(f"{folder}: {ok}/{n}")
    right += ok; total += n
print(f"all: {right}/{total}")
