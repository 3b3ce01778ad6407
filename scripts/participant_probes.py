#!/usr/bin/env python3
"""Runs scripts/participant_probes_r12.tsv through a warta binary: usage participant_probes.py BIN [--show] [--rules DIR].

Each probe is read as the second paragraph of a short report of a training, the frame of Round12ParticipantTests;
prints how many probes give their expected participants_total, and how many give a count where none is expected
(false counts). --show lists the probes that fail."""
import json, subprocess, sys, os

HEAD = "Dinsos Sukamaju Gelar Pelatihan Keterampilan"
OPEN = "SUKAMAJU – Dinas Sosial Kabupaten Sukamaju menggelar pelatihan keterampilan di Aula Bappeda Sukamaju, Selasa (12/3/2024)."
TAIL = "Kepala Dinas Sosial Kabupaten Sukamaju, Budi Santoso, mengatakan pelatihan ini bertujuan meningkatkan keterampilan para peserta."

def report(sentence, headline=""):
    return f"{headline or HEAD}\n\n{OPEN}\n\n{sentence}\n\n{TAIL}\n"

def main():
    binary = sys.argv[1]
    extra = sys.argv[sys.argv.index("--rules"):sys.argv.index("--rules") + 2] if "--rules" in sys.argv else []
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    probes = []
    for line in open(os.path.join(root, "scripts/participant_probes_r12.tsv"), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        probes.append((cols[0], cols[1] if len(cols) > 1 else "", cols[2] if len(cols) > 2 else ""))
    docs = "".join(json.dumps({"id": f"p{i:03d}", "text": report(s, h)}) + "\n" for i, (s, _, h) in enumerate(probes))
    out = subprocess.run([binary, "extract", "-", "--output", "-"] + extra, input=docs, capture_output=True, text=True).stdout
    got = {}
    for line in out.splitlines():
        rec = json.loads(line)
        total = ((rec.get("event") or {}).get("participants") or {}).get("total")
        got[rec["document"]["id"]] = total
    right = false = missed = 0
    for i, (s, v, h) in enumerate(probes):
        g = got.get(f"p{i:03d}")
        want = int(v) if v else None
        if g == want:
            right += 1
        else:
            if g is not None:
                false += 1
            if want is not None:
                missed += 1
            if "--show" in sys.argv:
                print(f"want {want} got {g}\t{s}\t{h}")
    print(f"{right}/{len(probes)} right; {false} false counts; {missed} expected counts not given")

main()
