#!/usr/bin/env python3
"""Runs a participant probe file through a warta binary: usage participant_probes_r13.py BIN [--show] [--rules DIR]
[--tsv scripts/participant_probes_r14.tsv] (default: scripts/participant_probes_r13.tsv; round 14's file has the same columns).

Each probe is read as the second paragraph of a short report of a training (the frame of Round12ParticipantTests and
Round13ParticipantTests, Round14CoreTests); prints how many probes give their expected participants_total and, where the third column
is not `*`, exactly their expected participant_groups (compared as GOLD scoring does: case and punctuation ignored).
--show lists the probes that fail."""
import json, subprocess, sys, os, re

HEAD = "Dinsos Sukamaju Gelar Pelatihan Keterampilan"
OPEN = "SUKAMAJU – Dinas Sosial Kabupaten Sukamaju menggelar pelatihan keterampilan di Aula Bappeda Sukamaju, Selasa (12/3/2024)."
TAIL = "Kepala Dinas Sosial Kabupaten Sukamaju, Budi Santoso, mengatakan pelatihan ini bertujuan meningkatkan keterampilan para peserta."

def report(sentence, headline=""):
    return f"{headline or HEAD}\n\n{OPEN}\n\n{sentence}\n\n{TAIL}\n"

def fold(g):
    return re.sub(r"[^\w]+", " ", g.casefold()).strip()

def main():
    binary = sys.argv[1]
    extra = sys.argv[sys.argv.index("--rules"):sys.argv.index("--rules") + 2] if "--rules" in sys.argv else []
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    probes = []
    tsv = sys.argv[sys.argv.index("--tsv") + 1] if "--tsv" in sys.argv else "scripts/participant_probes_r13.tsv"
    for line in open(os.path.join(root, tsv), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t") + ["", "", "", ""]
        probes.append((cols[0], cols[1], cols[2], cols[3], cols[4] == "MISS"))
    docs = "".join(json.dumps({"id": f"p{i:03d}", "text": report(s, h)}) + "\n" for i, (s, _, _, h, _) in enumerate(probes))
    out = subprocess.run([binary, "extract", "-", "--output", "-"] + extra, input=docs, capture_output=True, text=True).stdout
    got = {}
    for line in out.splitlines():
        rec = json.loads(line)
        p = (rec.get("event") or {}).get("participants") or {}
        got[rec["document"]["id"]] = (p.get("total"), [x["name"] if isinstance(x, dict) else x for x in p.get("groups") or []])
    right = totals = groups_right = groups_checked = false = 0
    for i, (s, v, g, h, miss) in enumerate(probes):
        total, groups = got.get(f"p{i:03d}", (None, []))
        want = int(v) if v else None
        ok_total = total == want
        totals += ok_total
        if total is not None and want != total:
            false += 1
        ok_groups = True
        if g != "*":
            groups_checked += 1
            want_g = sorted({fold(x) for x in g.split(";") if x.strip()})
            ok_groups = sorted({fold(x) for x in groups}) == want_g
            groups_right += ok_groups
        ok = ok_total and ok_groups
        right += ok
        if not ok and "--show" in sys.argv:
            print(f"{'MISS ' if miss else ''}want {want} [{g}] got {total} {groups}\t{s}\t{h}")
    print(f"{right}/{len(probes)} right; totals {totals}/{len(probes)} ({false} false counts); groups {groups_right}/{groups_checked}")

main()
