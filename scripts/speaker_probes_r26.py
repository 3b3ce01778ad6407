#!/usr/bin/env python3
"""speaker_probes_r26.py BIN [PROBES] [-v]: SPK26's speaker probes (round 26). Each line of PROBES (default
scripts/speaker_probes_r26.tsv) is `expected<TAB>sentence(s)`: the speakers a reader should give, joined by `; `
(`-` for none), and the sentences (` || ` a paragraph break, ` |n ` a line break). Each probe is wrapped in the same
short training report (a village's skills training, no speaker of its own) and extracted; a probe is right when the
record's speakers are exactly the expected ones, in order. Prints the right ones; -v lists every probe."""
import json, os, subprocess, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
args = [a for a in sys.argv[1:] if a != "-v"]
binary = os.path.abspath(args[0])
probes = args[1] if len(args) > 1 else os.path.join(HERE, "speaker_probes_r26.tsv")
HEAD = ("Pelatihan Keterampilan bagi Warga Desa Sukamaju\n\nGARUT - Pemerintah Desa Sukamaju menggelar pelatihan "
        "keterampilan bagi 30 warga di aula kantor desa, Selasa (14/10/2025).\n\n")
TAIL = "\n\nPelatihan berlangsung selama tiga hari.\n"
items = []
with tempfile.TemporaryDirectory() as d:
    for i, line in enumerate(open(probes, encoding="utf-8")):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        expected, sentence = line.split("\t", 1)
        items.append((i, expected, sentence))
        with open(os.path.join(d, f"p{i:03d}.txt"), "w", encoding="utf-8") as f:
            f.write(HEAD + sentence.replace(" || ", "\n\n").replace(" |n ", "\n") + TAIL)
    out = subprocess.run([binary, "extract", d, "--output", "-", "--jobs", "1"], capture_output=True, text=True,
                         cwd=d).stdout
got = {}
for line in out.splitlines():
    r = json.loads(line)
    got[r["document"]["id"]] = "; ".join(s.get("name", "") for s in (r.get("event") or {}).get("speakers", [])) or "-"
ok = 0
for i, expected, sentence in items:
    g = got.get(f"p{i:03d}", "?")
    ok += g == expected
    if g != expected or "-v" in sys.argv:
        print(("OK  " if g == expected else "BAD ") + f"line {i + 1}: expected {expected} | got {g} :: {sentence[:110]}")
print(f"{ok}/{len(items)} probes right")
