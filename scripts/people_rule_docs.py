#!/usr/bin/env python3
"""For each organizers and speakers rule: on how many distinct documents it finds a gold value when it runs ALONE
(issue 11, round 4: a kept rule must fire correctly on two documents or more).

For every rule id, a copy of the rule folder is made that keeps only that rule in its field's rules.yaml (the lexicons
and macros stay), `warta extract` runs on the folders given, and a document counts when one of the values the rule
finds matches a gold value (organizers: most words shared; speakers: the same words, titles stripped by the extractor;
speaker_organizations: most words shared).

    python3 scripts/people_rule_docs.py DIR... [--warta .build/release/warta] [--rules extractors] [--only ID,...]
"""
import argparse, json, os, re, shutil, subprocess, sys, tempfile


def words(s):
    return re.sub(r"[^a-z0-9 ]", " ", s.lower()).split()


def most(a, b):
    wa, wb = set(words(a)), set(words(b))
    return len(wa & wb) * 2 > max(len(wa), len(wb)) if wa and wb else False


def rule_blocks(text):
    """Splits a rules.yaml into (head, [(id, block)]) at '  - id:' lines under 'rules:'."""
    head, rest = text.split("\nrules:\n", 1)
    parts = re.split(r"(?m)^(?=  - id: )", rest)
    blocks = []
    pre = parts[0] if not parts[0].startswith("  - id: ") else ""
    for p in parts:
        m = re.match(r"  - id: (\S+)", p)
        if m:
            blocks.append((m.group(1), p))
    return head + "\nrules:\n" + pre, blocks


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--warta", default=".build/release/warta")
    ap.add_argument("--rules", default="extractors")
    ap.add_argument("--only", default=None)
    a = ap.parse_args()
    gold = {}
    docs = []
    for d in a.dirs:
        for f in sorted(os.listdir(d)):
            if f.endswith(".json"):
                stem = f[:-5]
                if os.path.exists(os.path.join(d, stem + ".txt")):
                    gold[stem] = json.load(open(os.path.join(d, f), encoding="utf-8"))
                    docs.append(os.path.join(d, stem + ".txt"))
    only = set(a.only.split(",")) if a.only else None
    with tempfile.TemporaryDirectory() as tmp:
        inputs = os.path.join(tmp, "in")
        os.mkdir(inputs)
        for p in docs:
            os.symlink(os.path.abspath(p), os.path.join(inputs, os.path.basename(p)))
        for field in ("organizers", "speakers"):
            src = open(os.path.join(a.rules, field, "rules.yaml"), encoding="utf-8").read()
            head, blocks = rule_blocks(src)
            for rid, _ in blocks:
                if only and rid not in only:
                    continue
                copy = os.path.join(tmp, "rules")
                if os.path.exists(copy):
                    shutil.rmtree(copy)
                shutil.copytree(a.rules, copy)
                keep = "".join(b for i, b in blocks if i == rid)
                open(os.path.join(copy, field, "rules.yaml"), "w", encoding="utf-8").write(head + keep)
                out = subprocess.run([a.warta, "extract", inputs, "--no-progress", "--rules", copy],
                                     capture_output=True, text=True).stdout
                hit = []
                for line in out.splitlines():
                    r = json.loads(line)
                    stem = r["document"]["id"]
                    ev = r.get("event") or {}
                    g = gold.get(stem, {})
                    ok = False
                    if field == "organizers":
                        ok = any(most(o["name"], x) for o in ev.get("organizers", []) for x in g.get("organizers") or [])
                    else:
                        for s in ev.get("speakers", []):
                            if s.get("kind") == "person":
                                ok |= any(words(s["name"]) == words(x) for x in g.get("speakers") or [])
                            else:
                                ok |= any(most(s["name"], x) for x in g.get("speaker_organizations") or [])
                    if ok:
                        hit.append(stem)
                print(f"{rid}\t{len(hit)}\t{' '.join(hit)}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
