#!/usr/bin/env python3
"""Times the queries analysts run on a training-event database: `warta db stats` and `warta db events` with
each filter, combinations of them, and pages of sorted listings (what a web page of events asks).

Each query runs as the command an analyst types (a new process, the output written to a file), REPEAT times;
the script prints the fastest, the median and the slowest wall time, the median processor time of the process
(user and system: on a shared machine the wall time says more about the other programs) and how many events
the query gives.

    python3 scripts/db_query_bench.py big.sqlite [--warta .build/release/warta] [--repeat 5] [--markdown] [--format jsonl]

--format adds `--format FORMAT` to every `events` query (table, csv or jsonl; the default is the table).

The filters fit the synthetic archive of `warta bench --kind db` (10 places in 10 provinces, 2017-2025); pass
--query 'NAME=ARGS' (repeatable) to time others.
"""
import argparse
import csv
import io
import os
import resource
import shlex
import statistics
import subprocess
import sys
import tempfile
import time

QUERIES = [
    ("stats", "stats"),
    ("events, all (date order)", "events"),
    ("one month (--from --to)", "events --from 2021-03-01 --to 2021-03-31"),
    ("one year (--from --to)", "events --from 2021-01-01 --to 2021-12-31"),
    ("--province \"Jawa Tengah\"", "events --province 'Jawa Tengah'"),
    ("--province Jawa (three provinces)", "events --province Jawa"),
    ("--city Tegal", "events --city Tegal"),
    ("--type workshop", "events --type workshop"),
    ("--organizer \"Sosial Kota Kupang\"", "events --organizer 'Sosial Kota Kupang'"),
    ("--law \"UU 13/2011\"", "events --law 'UU 13/2011'"),
    ("province + type + one year", "events --province 'Jawa Timur' --type bimtek --from 2022-01-01 --to 2022-12-31"),
    ("city + organizer + law + period", "events --city Sleman --organizer 'Dinas Sosial' --law 'UU 11/2009' --from 2019-01-01 --to 2020-12-31"),
    ("page 1 of 50, date order", "events --limit 50"),
    ("page 2,000 of 50, date order", "events --offset 99950 --limit 50"),
    ("page 1,000 of 50, by participants, descending", "events --sort participants --descending --offset 49950 --limit 50"),
    ("page 1,000 of 50, by province", "events --sort province --offset 49950 --limit 50"),
    ("page 100 of 50, by sources, descending", "events --sort sources --descending --offset 4950 --limit 50"),
    ("page 10 of 50, --province Jawa by city", "events --province Jawa --sort city --offset 450 --limit 50"),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("--warta", default=".build/release/warta")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--format", choices=["table", "csv", "jsonl"], help="the output format of the events queries")
    ap.add_argument("--only", action="append", default=[], help="time only the queries whose name contains this (repeatable)")
    ap.add_argument("--query", action="append", default=[], help="NAME=ARGS, e.g. 'tuban=events --city Tuban'")
    a = ap.parse_args()
    queries = QUERIES + [tuple(q.split("=", 1)) for q in a.query]
    if a.only:
        queries = [q for q in queries if any(o in q[0] for o in a.only)]
    out = tempfile.NamedTemporaryFile(delete=False, suffix=".txt")
    out.close()
    rows = []
    for name, args in queries:
        cmd = [a.warta, "db"] + shlex.split(args) + ["--db", a.db]
        if a.format and args.startswith("events"):
            cmd += ["--format", a.format]
        times = []
        cpus = []
        count = ""
        for _ in range(a.repeat):
            with open(out.name, "wb") as f:
                r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
                t0 = time.perf_counter()
                p = subprocess.run(cmd, stdout=f, stderr=subprocess.PIPE)
                times.append(time.perf_counter() - t0)
                r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpus.append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
            if p.returncode != 0:
                sys.exit(f"{' '.join(cmd)}: exit {p.returncode}: {p.stderr.decode()}")
        with open(out.name, "rb") as f:
            text = f.read().decode("utf-8-sig")
            lines = text.splitlines()
        if args.startswith("events") and a.format == "csv":
            count = str(sum(1 for _ in csv.reader(io.StringIO(text, newline=""))) - 1)
        elif args.startswith("events") and a.format == "jsonl":
            count = str(len(lines))
        elif args.startswith("events"):
            count = lines[-1].split()[0] if lines else "0"
        else:
            count = lines[1].split()[1] if len(lines) > 1 else ""
        rows.append((name, args, min(times), statistics.median(times), max(times), statistics.median(cpus), count))
    os.unlink(out.name)
    if a.markdown:
        print("| query | `warta db ...` | wall time, fastest–slowest (median) | processor time (median) | events |")
        print("|---|---|---|---|---|")
        for name, args, lo, med, hi, cpu, count in rows:
            print(f"| {name} | `{args}` | {lo * 1000:.0f}–{hi * 1000:.0f} ms ({med * 1000:.0f}) | {cpu * 1000:.0f} ms | {int(count):,} |")
    else:
        for name, args, lo, med, hi, cpu, count in rows:
            print(f"{name:48} {lo * 1000:8.0f} {med * 1000:8.0f} {hi * 1000:8.0f} ms  cpu {cpu * 1000:6.0f} ms  {count:>8} events")


if __name__ == "__main__":
    main()
