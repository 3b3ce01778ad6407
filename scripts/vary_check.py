#!/usr/bin/env python3
"""vary_check.py: the varied copies (scripts/vary.py) as a test, with floors.

For each kind of variation (and `none`, the sets as they are) it varies, with the `dev` pool, the readable labeled
sets: realnews dev (`--split dev`), the corpus' originals, the seeds (../shared/seeds, when beside the project) and
the look half of every held-out set (`corpus/heldout*/`, `--split look`). It never reads the realnews test split nor
a blind half. The copies of one kind go into one temporary folder (each document's stem prefixed by its set's name),
scored by one `warta eval`; so the true positives, false positives and false negatives of each field are summed over
the sets, and each field's F1 is the F1 of the sums; macro8 is the mean of the 8 main fields' F1.

Floors (scripts/vary_floors.json): per kind, macro8 and the 8 main fields. The check fails (exit 1) when one falls
below its floor, with a line naming the kind, the field, the value and the floor. `--pin` measures and writes the
floors, 0.01 below the measured F1 (as the corpus floors are pinned), and the measured values beside them.

Usage: vary_check.py --warta BIN [--pin] [--kinds K1,K2] [--floors FILE] [--seeds DIR] [--jobs N] [--keep DIR]
It takes about three minutes with the debug binary on two cores (`--jobs 2`, the default).
"""
import argparse, concurrent.futures, glob, json, math, os, shutil, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KINDS = ("none", "persons", "places", "verbs", "related", "typos", "chrome", "wrap", "flat", "punct", "caps", "datefmt",
         "titles", "footer", "html")
MAIN = ("is_training_event", "date_start", "city", "venue", "participants_total", "organizers", "speakers",
        "legal_references")
MARGIN = 0.01


def readable_sets(seeds):
    """(name, folder, split) of every set this check may read: never a test split nor a blind half."""
    sets = [("realnews-dev", os.path.join(ROOT, "corpus", "realnews"), "dev"), ("corpus", os.path.join(ROOT, "corpus"), None)]
    if seeds and os.path.isdir(seeds):
        sets.append(("seeds", seeds, None))
    held = [d for d in glob.glob(os.path.join(ROOT, "corpus", "heldout*")) if os.path.exists(os.path.join(d, "split.tsv"))]
    for d in sorted(held, key=lambda p: (len(os.path.basename(p)), os.path.basename(p))):
        sets.append((os.path.basename(d) + "-look", d, "look"))
    for _, _, split in sets:
        assert split in (None, "dev", "look"), split
    return sets


def default_seeds():
    for d in (os.path.join(ROOT, "..", "shared", "seeds"), "/work/shared/seeds"):
        if os.path.isdir(d):
            return os.path.abspath(d)
    return os.path.join(ROOT, "..", "shared", "seeds")


def vary_set(kind, name, src, split, out):
    args = [sys.executable, os.path.join(HERE, "vary.py"), src, out, "--kinds", kind, "--pool", "dev", "--quiet"]
    if split:
        args += ["--split", split]
    r = subprocess.run(args, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"vary.py {kind} {name}: {(r.stderr or r.stdout).strip()}")
    return r.stdout.strip()


def measure_kind(kind, sets, warta, tmp):
    """The summed counts of one kind: {field: (tp, fp, fn)}, and vary.py's summary per set."""
    merged = os.path.join(tmp, kind)
    os.makedirs(merged)
    notes = []
    for name, src, split in sets:
        one = os.path.join(tmp, f"{kind}.{name}")
        notes.append(f"{name}: {vary_set(kind, name, src, split, one)}")
        for f in sorted(os.listdir(one)):
            stem, ext = os.path.splitext(f)
            if ext in (".txt", ".html", ".json"):
                os.rename(os.path.join(one, f), os.path.join(merged, f"{name}__{stem}{ext}"))
        shutil.rmtree(one)
    report = os.path.join(tmp, f"{kind}.report.json")
    r = subprocess.run([warta, "eval", merged, "--report", report], cwd=tmp, capture_output=True, text=True)
    if not os.path.exists(report):
        raise RuntimeError(f"warta eval {kind}: exit {r.returncode}: {(r.stderr or r.stdout).strip()[:400]}")
    with open(report, encoding="utf-8") as f:
        rep = json.load(f)
    if rep.get("errors"):
        raise RuntimeError(f"warta eval {kind}: errors {rep['errors'][:3]}")
    counts = {k: (v["tp"], v["fp"], v["fn"]) for k, v in rep["fields"].items()}
    shutil.rmtree(merged)
    return counts, notes


def f1(tp, fp, fn):
    return 1.0 if tp + fp + fn == 0 else 2 * tp / (2 * tp + fp + fn)


def scores(counts):
    s = {k: f1(*counts[k]) for k in MAIN}
    s["macro8"] = sum(s[k] for k in MAIN) / len(MAIN)
    return s


def floor_of(value):
    return math.floor((value - MARGIN) * 1000 + 1e-9) / 1000


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--warta", required=True, help="the warta binary to score with")
    ap.add_argument("--pin", action="store_true", help="measure and write the floors")
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--floors", default=os.path.join(HERE, "vary_floors.json"))
    ap.add_argument("--seeds", default=default_seeds(),
                    help="the seeds' folder (default ../shared/seeds beside the project, else /work/shared/seeds)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--keep", help="keep the eval reports in this folder (must not exist)")
    a = ap.parse_args(argv)
    warta = os.path.abspath(a.warta)
    if not os.access(warta, os.X_OK):
        sys.exit(f"vary_check: {a.warta} is not an executable")
    kinds = [k for k in a.kinds.split(",") if k]
    for k in kinds:
        if k not in KINDS:
            sys.exit(f"vary_check: unknown kind {k!r} ({', '.join(KINDS)})")
    floors = None
    if not a.pin:
        if not os.path.exists(a.floors):
            sys.exit(f"vary_check: no floors at {a.floors}; measure them with --pin")
        with open(a.floors, encoding="utf-8") as f:
            floors = json.load(f)
    if a.keep and os.path.exists(a.keep):
        sys.exit(f"vary_check: {a.keep} exists; it is never overwritten")
    sets = readable_sets(os.path.abspath(a.seeds))
    names = [n for n, _, _ in sets]
    if floors is not None and floors.get("sets") and floors["sets"] != names:
        missing = [n for n in floors["sets"] if n not in names]
        extra = [n for n in names if n not in floors["sets"]]
        print(f"vary_check: warning: the sets differ from those the floors were pinned on (missing {missing}, new {extra})",
              file=sys.stderr)
    start = time.time()
    tmp = tempfile.mkdtemp(prefix="vary_check.")
    results = {}
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.jobs)) as pool:
            futures = {k: pool.submit(measure_kind, k, sets, warta, tmp) for k in kinds}
            for k in kinds:
                results[k] = futures[k].result()
        if a.keep:
            os.makedirs(a.keep)
            for k in kinds:
                shutil.copy(os.path.join(tmp, f"{k}.report.json"), a.keep)
    except RuntimeError as e:
        sys.exit(f"vary_check: {e}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    measured = {k: scores(results[k][0]) for k in kinds}
    cols = ["macro8"] + list(MAIN)
    short = {"macro8": "macro8", "is_training_event": "ev", "date_start": "ds", "city": "ci", "venue": "ve",
             "participants_total": "to", "organizers": "or", "speakers": "sp", "legal_references": "le"}
    print(f"{len(sets)} sets ({', '.join(names)}); F1 of the counts summed over the sets; {time.time() - start:.0f} s")
    print("kind     " + " ".join(f"{short[c]:>6}" for c in cols) + "   loss")
    base = measured.get("none")
    for k in kinds:
        loss = f"{base['macro8'] - measured[k]['macro8']:+.4f}" if base and k != "none" else ""
        print(f"{k:<8} " + " ".join(f"{measured[k][c]:6.3f}" for c in cols) + f"  {loss}")
    if a.pin:
        out = {"_comment": "Floors of scripts/vary_check.py: per kind of scripts/vary.py (dev pool, seed 1), macro8 and "
                           "the 8 main fields' F1 of the counts summed over the readable sets, pinned 0.01 below the "
                           "measured F1 (`measured`); CI fails when one falls below its floor.",
               "pinned_with": a.warta, "sets": names,
               "floors": {k: {c: floor_of(measured[k][c]) for c in cols} for k in kinds},
               "measured": {k: {c: round(measured[k][c], 4) for c in cols} for k in kinds}}
        if os.path.exists(a.floors):
            with open(a.floors, encoding="utf-8") as f:
                old = json.load(f)
            for key in ("floors", "measured"):
                for k, v in old.get(key, {}).items():
                    out[key].setdefault(k, v)
        with open(a.floors, "w", encoding="utf-8") as f:
            json.dump(out, f, indent=2)
            f.write("\n")
        print(f"floors written to {a.floors}")
        return 0
    fails = []
    for k in kinds:
        fl = floors.get("floors", {}).get(k)
        if fl is None:
            fails.append(f"vary_check: kind {k} has no floors in {a.floors}; pin them with --pin")
            continue
        for c in cols:
            if c in fl and measured[k][c] < fl[c]:
                fails.append(f"vary_check: kind {k}, {c}: F1 {measured[k][c]:.4f} below its floor {fl[c]:.3f}")
    for m in fails:
        print(m, file=sys.stderr)
    if fails:
        return 1
    print(f"vary_check: every kind at or above its floors ({len(kinds)} kinds)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
