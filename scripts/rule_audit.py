#!/usr/bin/env python3
"""Rule audit by ablation: on how many distinct documents is each rule decisive?

For every rule of the given rule folders, a copy of the rules without it is scored with `warta eval --report`
on the given document folders (ID.txt + ID.json each). A document counts for the rule when removing the rule adds
a mismatch to it (the rule fires correctly there and nothing else covers it); it counts against the rule when
removing it takes a mismatch away (the rule fires wrongly there). Rules decisive on at most one document are the
candidates of the audit (generalize or remove, unless they are a plain class-lexicon entry).

usage: scripts/rule_audit.py WARTA RULES_DIR FOLDER [FOLDER ...] [--only event,dates,...]
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile


def mismatches(warta, rules, folder):
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        report = f.name
    subprocess.run([warta, "eval", folder, "--rules", rules, "--report", report],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(report) as f:
        r = json.load(f)
    os.unlink(report)
    return {(folder, m["doc"], m["field"], m["expected"], m["predicted"]) for m in r["mismatches"]}


def main():
    args = sys.argv[1:]
    only = None
    if "--only" in args:
        i = args.index("--only")
        only = set(args[i + 1].split(","))
        del args[i:i + 2]
    warta, rules, folders = args[0], args[1], args[2:]
    base = set()
    for d in folders:
        base |= mismatches(warta, rules, d)
    work = tempfile.mkdtemp(prefix="rule-audit-")
    rows = []
    for sub in sorted(os.listdir(rules)):
        path = os.path.join(rules, sub, "rules.yaml")
        if not os.path.exists(path) or (only and sub not in only):
            continue
        text = open(path).read()
        starts = [m.start() for m in re.finditer(r"^  - id: ", text, re.M)]
        for k, s in enumerate(starts):
            e = starts[k + 1] if k + 1 < len(starts) else len(text)
            rid = text[s:].split("\n", 1)[0].split("id:", 1)[1].strip()
            copy = os.path.join(work, "rules")
            if os.path.exists(copy):
                shutil.rmtree(copy)
            shutil.copytree(rules, copy)
            with open(os.path.join(copy, sub, "rules.yaml"), "w") as f:
                f.write(text[:s] + text[e:])
            after = set()
            for d in folders:
                after |= mismatches(warta, copy, d)
            helped = sorted({(m[0], m[1]) for m in after - base})
            hurt = sorted({(m[0], m[1]) for m in base - after})
            rows.append((rid, len(helped), len(hurt), helped, hurt))
    shutil.rmtree(work)
    for rid, nh, nb, helped, hurt in rows:
        docs = ", ".join(os.path.basename(f.rstrip("/")) + ":" + d for f, d in helped)
        bad = ", ".join(os.path.basename(f.rstrip("/")) + ":" + d for f, d in hurt)
        print(f"{rid}\tcorrect-on {nh}\twrong-on {nb}\t{docs}\t{bad}")


if __name__ == "__main__":
    main()
