"""Shared runner of the event probe generators (scripts/event_probes_r16.py, scripts/event_nearmiss_probes_r17.py,
scripts/event_nearmiss_probes_r18.py): writes each probe document to a temporary folder, extracts them all in one
`warta extract` call and prints how many get the expected `is_training_event` (rows: id, expected `event`|`none`,
kind, document with `\\n` for line breaks). `main` is each generator's command line: `run BINARY [-v] [--rules DIR]`
runs the probes, no argument writes the TSV beside the generator."""
import json, os, subprocess, sys, tempfile


def run_probes(rows, binary, verbose=False, extra=()):
    with tempfile.TemporaryDirectory() as d:
        paths = []
        for pid, exp, kind, text in rows:
            p = os.path.join(d, pid + ".txt")
            with open(p, "w") as f:
                f.write(text.replace("\\n", "\n"))
            paths.append(p)
        out = subprocess.run([binary, "extract", "--output", "-", *paths, *extra], capture_output=True, text=True).stdout
    got = {}
    for line in out.splitlines():
        try:
            r = json.loads(line)
        except ValueError:
            continue
        did = (r.get("document") or {}).get("id")
        got[os.path.basename(str(did)).replace(".txt", "")] = r.get("is_training_event")
    right = 0
    for pid, exp, kind, text in rows:
        ok = got.get(pid) == (exp == "event")
        right += ok
        if verbose and not ok:
            print("MISS", pid, kind, text[:100].replace("\\n", " / "))
    print(f"{right}/{len(rows)}")
    return right


def main(rows, generator, header):
    """The command line of a generator: `run BINARY [-v] [--rules DIR]`, or no argument to write
    `<generator>.tsv` beside it, the `header` lines first (each starting with `# `)."""
    argv = sys.argv
    if len(argv) > 1 and argv[1] == "run":
        extra = ["--rules", argv[argv.index("--rules") + 1]] if "--rules" in argv else []
        run_probes(rows, argv[2], "-v" in argv, extra)
        return
    path = os.path.splitext(os.path.abspath(generator))[0] + ".tsv"
    with open(path, "w") as f:
        f.write(header)
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(len(rows), "probes")
