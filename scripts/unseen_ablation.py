#!/usr/bin/env python3
"""unseen_ablation.py: what each rule does on text it was not written from, in aggregate counts only.

Round 30. `rule_audit.py` and round 24's `prune24_*` scripts ablate rules on the readable documents and name the
documents a rule changes. This script asks the same question of the sets nobody may read (the blind halves of
`corpus/heldout*`) beside realnews dev, the corpus and the seeds, and prints **only summed tp/fp/fn counts per
field**, never a document: it is the lead's instrument, as the blind gate of round 24 was.

Modes:
  each     remove every rule in turn (a copy of the rules folder less one rule, read with `--rules`) and print, per
           rule, the change of the summed counts on each pool (blind, dev, corpus, seeds) and of the blind and dev
           macro-F1 over the 8 main fields; then the rules whose removal changes nothing anywhere.
  greedy   remove the rules of --ids one by one, cumulatively, keeping a rule whenever its removal changes any line
           of `warta eval -v` on any pool; prints the ids removed and kept (JSON with --out).

usage: unseen_ablation.py each   --warta BIN [--rules DIR] [--only speakers,organizers] [--out FILE.json]
       unseen_ablation.py greedy --warta BIN --ids FILE [--rules DIR] [--out FILE.json]

Each rule costs one `warta eval` per set (about 4 s for the 17 blind halves, dev, corpus and seeds with a release
build); `each` over all 235 rules of round 30 took 16 minutes on one core.
"""
import argparse, collections, glob, json, os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from prune24_rules_yaml import blocks, drop, rule_files  # noqa: E402 (round 24's rule blocks)
MAIN = ("is_training_event", "date_start", "city", "venue", "participants_total", "organizers", "speakers",
        "legal_references")
ROW = re.compile(r"^(\w+)\s+(\d+)\s+(\d+)\s+(\d+)\s+[\d.]+\s+[\d.]+\s+[\d.]+$")


def pools():
    """(pool, folder, split): the blind half of every held-out set, realnews dev, the corpus and the seeds."""
    out = [("blind", d, "blind") for d in sorted(glob.glob(os.path.join(ROOT, "corpus", "heldout*")))
           if os.path.exists(os.path.join(d, "split.tsv"))]
    out += [("dev", os.path.join(ROOT, "corpus", "realnews"), "dev"), ("corpus", os.path.join(ROOT, "corpus"), None)]
    seeds = os.path.join(os.path.dirname(ROOT), "shared", "seeds")
    if os.path.isdir(seeds):
        out.append(("seeds", seeds, None))
    for _, _, split in out:
        assert split in (None, "dev", "blind"), split  # never the realnews test split
    return out


def evaluate(warta, rules, verbose=False):
    """Summed counts per pool and field; with verbose, also every line of `warta eval -v` (for identity checks)."""
    sums = collections.defaultdict(lambda: collections.defaultdict(lambda: [0, 0, 0]))
    lines = []
    for pool, folder, split in pools():
        args = [warta, "eval", folder] + (["--split", split] if split else []) + (["--rules", rules] if rules else [])
        if verbose:
            args.append("-v")
        out = subprocess.run(args, capture_output=True, text=True, cwd=ROOT).stdout
        if verbose:
            lines.append(out)
        for line in out.splitlines():
            m = ROW.match(line.strip())
            if m:
                t = sums[pool][m.group(1)]
                for i in range(3):
                    t[i] += int(m.group(i + 2))
    return {p: {f: list(v) for f, v in d.items()} for p, d in sums.items()}, lines


def rule_ids(rules):
    """(folder, id) of every rule of every rules.yaml under `rules` (the blocks of prune24_rules_yaml.py)."""
    return [(os.path.basename(os.path.dirname(p)), rid) for p in rule_files(rules)
            for rid, _, _ in blocks(open(p).readlines())]


def f1(t):
    tp, fp, fn = t
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def macro(d):
    return sum(f1(d.get(f, [0, 0, 0])) for f in MAIN) / len(MAIN)


def each(a):
    base, _ = evaluate(a.warta, a.rules)
    work = tempfile.mkdtemp(prefix="unseen-ablation-")
    rows = {}
    only = set(a.only.split(",")) if a.only else None
    for folder, rid in rule_ids(a.rules):
        if only and folder not in only:
            continue
        copy = os.path.join(work, "rules")
        drop(a.rules, copy, {rid})
        r, _ = evaluate(a.warta, copy)
        delta = {}
        for pool in base:
            d = {f: [r[pool].get(f, [0, 0, 0])[i] - t[i] for i in range(3)] for f, t in base[pool].items()}
            delta[pool] = {f: v for f, v in d.items() if any(v)}
        rows[rid] = {"delta": delta, "blind_macro": macro(r["blind"]) - macro(base["blind"]),
                     "dev_macro": macro(r["dev"]) - macro(base["dev"])}
        print(f"{rid}\tblind {rows[rid]['blind_macro']:+.4f}\tdev {rows[rid]['dev_macro']:+.4f}\t"
              + "  ".join(f"{p}: " + " ".join(f"{f} {v[0]:+d}/{v[1]:+d}/{v[2]:+d}" for f, v in d.items())
                          for p, d in delta.items() if d), flush=True)
    shutil.rmtree(work)
    dead = sorted(rid for rid, row in rows.items() if not any(row["delta"].values()))
    print(f"no change anywhere without it: {len(dead)} of {len(rows)}")
    print(" ".join(dead))
    if a.out:
        json.dump({"base": base, "rules": rows, "dead": dead}, open(a.out, "w"), indent=1)


def greedy(a):
    ids = open(a.ids).read().split()
    _, base = evaluate(a.warta, a.rules, verbose=True)
    work = tempfile.mkdtemp(prefix="unseen-ablation-")
    removed, kept = [], []
    for rid in ids:
        copy = os.path.join(work, "rules")
        drop(a.rules, copy, set(removed + [rid]))
        _, out = evaluate(a.warta, copy, verbose=True)
        (removed if out == base else kept).append(rid)
        print(rid, "removed" if removed and removed[-1] == rid else "kept", flush=True)
    shutil.rmtree(work)
    print(f"removed {len(removed)}, kept {len(kept)}: {' '.join(kept)}")
    if a.out:
        json.dump({"removed": removed, "kept": kept}, open(a.out, "w"), indent=1)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("mode", choices=("each", "greedy"))
    p.add_argument("--warta", required=True)
    p.add_argument("--rules", default=os.path.join(ROOT, "extractors"))
    p.add_argument("--only")
    p.add_argument("--ids")
    p.add_argument("--out")
    a = p.parse_args()
    if a.mode == "greedy" and not a.ids:
        p.error("greedy needs --ids FILE")
    each(a) if a.mode == "each" else greedy(a)


if __name__ == "__main__":
    main()
