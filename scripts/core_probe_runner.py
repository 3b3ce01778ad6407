"""Shared parts of the core probe generators (scripts/core_probes_r17.py, _r18.py, _r19.py).

Each generator writes its probe TSVs from lists of the world (`write`) and runs them through a warta binary
(`run BINARY`): every probe becomes a short report of its own, the reports go to `warta extract -` as JSON Lines, and
each record is compared with the probe's expected value. The report frames, the TSV reading and writing, the
venue comparison and the score lines are the same in every round and live here.
"""
import json
import subprocess
import sys

PARTICIPANT_HEAD = "Dinsos Sukamaju Gelar Pelatihan Keterampilan"
PARTICIPANT_OPENING = ("SUKAMAJU – Dinas Sosial Kabupaten Sukamaju menggelar pelatihan keterampilan di Aula Bappeda "
                       "Sukamaju, Selasa (12/3/2024).")
PARTICIPANT_TAIL = ("Kepala Dinas Sosial Kabupaten Sukamaju, Budi Santoso, mengatakan pelatihan ini bertujuan "
                    "meningkatkan keterampilan para peserta.")


def write(here, headers, tables):
    """Writes each (file name, rows) of `tables` beside the script, under its header."""
    for name, rows in tables:
        with open(here / name, "w", encoding="utf-8") as f:
            f.write(headers[name])
            for r in rows:
                f.write("\t".join(r) + "\n")


def read(here, name):
    """The rows of a probe TSV (tab-separated; `#` lines are comments)."""
    return [l.split("\t") for l in (here / name).read_text(encoding="utf-8").split("\n") if l and not l.startswith("#")]


def participant_report(r):
    """A report around a participant probe (row: sentence, total, groups, headline or empty)."""
    head = r[3] if len(r) > 3 and r[3] else PARTICIPANT_HEAD
    return f"{head}\n\n{PARTICIPANT_OPENING}\n\n{r[0]}\n\n{PARTICIPANT_TAIL}\n"


def venue_report(r):
    """A report around a venue probe (row: lead sentence, venue or `-`)."""
    return f"Pelatihan Kader Digelar\n\n{r[0]} Kegiatan tersebut diikuti 40 peserta.\n"


def extract(binary, docs, extra=()):
    """The records of `docs` ((kind, index, row, text) each) in order, from one `warta extract -` run."""
    inp = "".join(json.dumps({"id": f"{k}{i}", "text": text}) + "\n" for k, i, _, text in docs)
    out = subprocess.run([binary, "extract", "-"] + list(extra), input=inp, capture_output=True, text=True).stdout
    return [json.loads(l) for l in out.splitlines() if l.strip()]


def total(ev):
    """The participants' total of an event as the probes write it ('' when none)."""
    p = ev.get("participants") or {}
    return "" if p.get("total") is None else str(p.get("total"))


def venue(ev, want):
    """The venue of an event, or `want` itself when the two share most of their words (`-` when none)."""
    got = (ev.get("location") or {}).get("venue") or "-"
    if want != "-" and got != "-":
        ww, gw = set(want.lower().split()), set(got.lower().split())
        if len(ww & gw) * 2 > max(len(ww), len(gw)):
            return want
    return got


def score(docs, recs, judge, names, round_name, shown=lambda k, r: r[0]):
    """Compares every record with its probe through `judge(kind, row, event) -> (ok, want, got)`, prints each
    miss and one score line per kind of `names` ((kind, name), ...)."""
    counts = {k: [0, 0] for k, _ in names}
    for (k, i, r, _), rec in zip(docs, recs):
        ok, want, got = judge(k, r, rec.get("event") or {})
        counts[k][0] += ok
        counts[k][1] += 1
        if not ok:
            print(f"  {k}{i}: want {want!r} got {got!r}: {shown(k, r)}"[:220])
    for k, name in names:
        print(f"{name} {round_name}: {counts[k][0]}/{counts[k][1]}")


def main(doc, write_fn, run_fn):
    """The command line of a generator: `write`, or `run BINARY [extract options]`."""
    if sys.argv[1:2] == ["write"]:
        write_fn()
    elif sys.argv[1:2] == ["run"] and len(sys.argv) > 2:
        run_fn(sys.argv[2])
    else:
        print(doc)
