#!/usr/bin/env python3
"""Runs scripts/date_probes_r13.tsv through a warta binary (one `warta extract` of a folder) and prints every probe
whose dates differ from the expected ones (and from a known miss's marked value), then the counts. The document of a probe is the one
Round13DateTests builds: the page line, a headline, and the paragraph after "SLEMAN – ".

Usage: scripts/date_probes_r13.py BIN [RULES_DIR] [--tsv FILE]   (FILE: another probe file of the same columns,
e.g. scripts/date_probes_r14.tsv; default scripts/date_probes_r13.tsv)"""
import json, os, subprocess, sys, tempfile
E = "Dinas Kesehatan Kabupaten Sleman menggelar pelatihan kader posyandu"
def document(head, para):
    para = para.replace("{E}", E).replace("\\n", "\n\n")
    body = para[1:] if para.startswith("!") else "SLEMAN – " + para
    return f"{head}\n\nPelatihan Kader Posyandu di Sleman\n\n{body} Pelatihan diikuti 40 peserta.\n"
here = os.path.dirname(os.path.abspath(__file__))
args = sys.argv[1:]
tsv = os.path.join(here, "date_probes_r13.tsv")
if "--tsv" in args:
    k = args.index("--tsv"); tsv = args[k + 1]; del args[k:k + 2]
rows = [(l.rstrip("\n").split("\t") + [""])[:4] for l in open(tsv, encoding="utf-8") if l.strip() and not l.startswith("#")]
out = tempfile.mkdtemp()
for i, (head, para, want, known) in enumerate(rows):
    open(os.path.join(out, f"p{i:03d}.txt"), "w", encoding="utf-8").write(document(head, para))
cmd = [args[0], "extract", out, "--output", "-"] + (["--rules", args[1]] if len(args) > 1 else [])
recs = {}
for line in subprocess.run(cmd, capture_output=True, text=True).stdout.splitlines():
    r = json.loads(line); recs[r["document"]["id"]] = r
ok = known_ok = 0
for i, (head, para, want, known) in enumerate(rows):
    d = ((recs.get(f"p{i:03d}") or {}).get("event") or {}).get("date")
    got = f"{d['start']}/{d['end']}" if d else "MISS"
    if got == want: ok += 1
    elif known and got == known: known_ok += 1
    else: print(f"p{i:03d}\t{head[:12]}\t{para[:110]}\twant {want}\tgot {got}")
print(f"{ok} of {len(rows)} right; {known_ok} known misses as marked")
