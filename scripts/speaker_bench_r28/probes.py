#!/usr/bin/env python3
"""probes.py BIN [PROBES] [--rules DIR]: SPK28 speaker probes; prints each probe (OK/BAD) and the count right."""
import json, os, subprocess, sys, tempfile
B = sys.argv[1]; F = sys.argv[2] if len(sys.argv) > 2 and not sys.argv[2].startswith("--") else os.path.join(os.path.dirname(os.path.abspath(__file__)), "probes.tsv"); R = [a for a in sys.argv[2:] if a != F]
HEAD = "Pelatihan Warga\n\nGARUT - Dinas Sosial Kabupaten Garut menggelar pelatihan keterampilan bagi 30 warga di Aula Dinsos Garut, Selasa (14/10/2025).\n\n"
items = [l.rstrip("\n").split("\t", 1) for l in open(F) if l.strip() and not l.startswith("#")]
with tempfile.TemporaryDirectory() as d:
    for i, (e, s) in enumerate(items):
        open(f"{d}/p{i:03d}.txt", "w").write(HEAD + s + "\n")
    out = subprocess.run([B, "extract", d, "--output", "-", "--jobs", "1"] + R, capture_output=True, text=True).stdout
got = {}
for l in out.splitlines():
    r = json.loads(l); got[r["document"]["id"]] = "; ".join(s["name"] for s in (r.get("event") or {}).get("speakers", [])) or "-"
ok = 0
for i, (e, s) in enumerate(items):
    g = got.get(f"p{i:03d}", "?"); ok += g == e
    print(("OK  " if g == e else "BAD ") + f"{e} | got {g} :: {s[:120]}")
print(f"{ok}/{len(items)}")
