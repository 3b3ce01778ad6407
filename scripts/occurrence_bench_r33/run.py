#!/usr/bin/env python3
"""run.py: round 33's bench of other occurrences (OCC33).

A report about one training often tells another one too: an earlier round, a training like it held elsewhere, one
the people took before. This bench puts such passages into the realnews **dev** reports and asks whether the event
keeps its own values.

Sets (each passage written by a helper that saw no rule, code or document of the project):
  other-a.tsv  40 passages of another occurrence (set A: the rules of round 33 were written with it in view)
  other-b.tsv  40 more, by another writer (set B: scored once before two mends, `sejak` and `kini`; see the README)
  same-a.tsv, same-b.tsv  30 + 30 passages about THE event itself that use the same words (`sebelumnya`, `tahun
               lalu`, `serupa`, `pernah`, `kembali`, `lanjutan`); KEY-a.md and KEY-b.md list the values of every passage
  recap        two passages of our own (round 33's first probe), one per dev event, in the middle of the report

`other`: each passage goes into two dev events (the events in stem order, k-th passage into events 2k and 2k+7), as
a paragraph in the middle of the report (after paragraph max(3, n/2)); the label is the source's. The bench prints
the macro-F1 over the 8 main fields of the changed reports beside that of their sources: what the passages cost.
`same`: each passage follows a short report that names the event, its organizer and its day but no venue, speaker
or count; with --base BIN, the venue, count, organizers and speakers of every such record are compared with those
of another build (the changes are listed).

usage: run.py --warta BIN [--base BIN] [--sets a,b,recap]
"""
import argparse, json, os, random, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SRC = os.path.join(ROOT, "corpus", "realnews")
LEAD = ("Dinas Sosial Gelar Pelatihan Pendamping di Kabupaten Sleman\n\nSLEMAN - Dinas Sosial Kabupaten Sleman menggelar "
        "pelatihan peningkatan kapasitas pendamping sosial, Selasa (14/5/2024). Kegiatan berlangsung selama dua hari.\n\n")
TAIL = "\n\nKepala Dinas Sosial Kabupaten Sleman berharap peserta dapat menerapkan ilmu yang diperoleh di lapangan.\n"


def dev_events():
    out = []
    for f in sorted(os.listdir(SRC)):
        m = re.fullmatch(r"r(\d{3})\.json", f)
        if not m or int(m.group(1)) % 3 == 0:
            continue  # the test split is never touched
        if json.load(open(os.path.join(SRC, f))).get("is_training_event"):
            out.append(f[:-5])
    return out


def passages(path):
    return [line.rstrip("\n").split("\t", 1) for line in open(path, encoding="utf-8") if "\t" in line]


def recap_passages(events):
    r = random.Random(7)
    orgs = ["Dinas Kesehatan Kabupaten Sukoharjo", "Badan Kepegawaian Daerah Kota Cimahi", "Dinas Perikanan Kabupaten Pati"]
    venues = ["Aula Hotel Dana", "Gedung Graha Wisata", "Pendopo Kecamatan Sumber", "Balai Desa Karanganyar"]
    people = ["Andi Wijaya", "Rudi Hartono", "Sri Wahyuni", "Yusuf Maulana"]
    groups = ["kader posyandu", "penyuluh perikanan", "guru PAUD"]
    months = ["Februari", "Maret", "Juni", "September", "November"]
    out = []
    for k, _ in enumerate(events):
        o, v, p, g, m = r.choice(orgs), r.choice(venues), r.choice(people), r.choice(groups), r.choice(months)
        d, n = r.randint(2, 27), r.choice([35, 48, 75, 120])
        forms = [f"Sebelumnya, pada {d} {m} 2019, {o} juga menggelar pelatihan serupa di {v} yang diikuti {n} {g} dengan narasumber {p}.",
                 f"Kegiatan serupa pernah digelar {o} di {v} pada {d} {m} 2019. Saat itu pelatihan diikuti {n} {g}, dan materi disampaikan oleh {p}."]
        out.append((f"x{k + 1:02d}", forms[k % 2]))
    return out


def insert(text, passage):
    blocks = text.split("\n\n")
    blocks.insert(max(3, len(blocks) // 2), passage)
    return "\n\n".join(blocks)


def macro(binary, folder):
    out = subprocess.run([binary, "eval", folder], capture_output=True, text=True).stdout
    m = re.search(r"macro F1 over the 8 main fields\s+([\d.]+)", out)
    return float(m.group(1)) if m else float("nan")


def other_set(binary, name, items, events, tmp, spread=True):
    changed, sources = os.path.join(tmp, name), os.path.join(tmp, name + "-sources")
    os.makedirs(changed), os.makedirs(sources)
    for k, (pid, passage) in enumerate(items, start=1):
        stems = (events[(2 * k) % len(events)], events[(2 * k + 7) % len(events)]) if spread else (events[k - 1],)
        for j, stem in enumerate(stems):
            doc = f"{pid}_{j}_{stem}"
            text = open(os.path.join(SRC, stem + ".txt"), encoding="utf-8").read()
            gold = json.load(open(os.path.join(SRC, stem + ".json")))
            gold["doc"] = doc
            for folder, body in ((changed, insert(text, passage)), (sources, text)):
                open(os.path.join(folder, doc + ".txt"), "w", encoding="utf-8").write(body)
                json.dump(gold, open(os.path.join(folder, doc + ".json"), "w"), ensure_ascii=False)
    return macro(binary, changed), macro(binary, sources), len(os.listdir(changed)) // 2


def same_records(binary, items, tmp):
    folder = tempfile.mkdtemp(dir=tmp)
    for pid, passage in items:
        open(os.path.join(folder, pid + ".txt"), "w", encoding="utf-8").write(LEAD + passage + TAIL)
    out = os.path.join(folder, "out.jsonl")
    subprocess.run([binary, "extract", folder, "--output", out, "--no-progress"], capture_output=True)
    recs = {}
    for line in open(out):
        d = json.loads(line)
        e = d.get("event") or {}
        loc, pa = e.get("location") or {}, e.get("participants") or {}
        recs[d["document"]["id"]] = {"venue": loc.get("venue"), "total": pa.get("total"),
                                     "organizers": [o["name"] for o in e.get("organizers") or []],
                                     "speakers": [s["name"] for s in e.get("speakers") or []]}
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--warta", required=True)
    ap.add_argument("--base")
    ap.add_argument("--sets", default="a,b,recap")
    args = ap.parse_args()
    events = dev_events()
    tmp = tempfile.mkdtemp()
    try:
        for s in args.sets.split(","):
            if s == "recap":
                got, src, n = other_set(args.warta, "recap", recap_passages(events), events, tmp, spread=False)
            else:
                got, src, n = other_set(args.warta, "other-" + s, passages(os.path.join(HERE, f"other-{s}.tsv")), events, tmp)
            print(f"other {s}: macro-F1 {got:.3f} with the passages, {src:.3f} without ({n} reports)")
            if s != "recap" and args.base:
                items = passages(os.path.join(HERE, f"same-{s}.tsv"))
                a, b = same_records(args.base, items, tmp), same_records(args.warta, items, tmp)
                diffs = [(k, f, a[k][f], b[k][f]) for k in sorted(a) for f in a[k] if b.get(k, {}).get(f) != a[k][f]]
                print(f"same {s}: {len(diffs)} values changed against the base build ({len(items)} reports)")
                for d in diffs:
                    print("   ", *d)
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
