#!/usr/bin/env python3
"""Scores organizers and speakers on the probe sentences of people_probes.tsv (issue 11, round 3).

Each sentence was written for that round in a form regional news takes (after ../shared/PHENOMENA.md), not taken
from corpus/realnews. Every sentence becomes a short report of its own (a headline, a dateline, the sentence), is
extracted by `warta extract`, and counts as found when the organizers (every gold name matched by most of its words,
no more names than the gold) or the persons among the speakers (the same set, titles stripped) equal the gold.

    python3 scripts/people_probes.py [--warta .build/release/warta] [--rules extractors] [--probes FILE]

scripts/people_probes_r4.tsv holds a second set, written for round 4 before its rule changes; people_probes_r5.tsv and
people_probes_r7.tsv the sets of rounds 5 and 7, people_probes_r8.tsv and people_probes_r9.tsv the sets of rounds 8 and 9. In a sentence, `\n` is a line break and ` || ` ends a headline of its
own (the lead follows).
"""
import argparse, json, os, re, subprocess, sys, tempfile

ORG = "Pelatihan bagi warga digelar\n\nKOTA, 5 Maret 2024 - {} Kegiatan pelatihan berlangsung di aula dan diikuti 30 peserta.\n"
SPK = ("Dinas Sosial Gelar Pelatihan Kader\n\nKOTA, 5 Maret 2024 - Dinas Sosial Kabupaten Sukamaju menggelar pelatihan "
       "bagi 30 kader di aula kantor dinas. {} Pelatihan berlangsung selama tiga hari.\n")


def words(s):
    return re.sub(r"[^a-z0-9 ]", "", s.lower()).split()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--warta", default=".build/release/warta")
    ap.add_argument("--rules", default=None)
    ap.add_argument("--probes", default=None, help="a probe file (default: people_probes.tsv beside this script)")
    ap.add_argument("--exact", action="store_true", help="round 12: organizers right only when every name is the gold name word for word")
    a = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    path = a.probes or os.path.join(here, "people_probes.tsv")
    rows = [l.rstrip("\n").split("\t") for l in open(path, encoding="utf-8") if not l.startswith("#") and l.strip()]
    with tempfile.TemporaryDirectory() as d:
        for pid, field, sentence, _ in rows:
            with open(os.path.join(d, pid + ".txt"), "w", encoding="utf-8") as f:
                sentence = sentence.replace("\\n", "\n")
                if " || " in sentence:  # round 7: a headline of its own, then the lead
                    head, lead = sentence.split(" || ", 1)
                    f.write(f"{head}\n\nKOTA, 5 Maret 2024 - {lead} Kegiatan pelatihan berlangsung di aula dan diikuti 30 peserta.\n")
                    continue
                f.write((ORG if field == "organizers" else SPK).format(sentence))
        cmd = [a.warta, "extract", d, "--no-progress"] + (["--rules", a.rules] if a.rules else [])
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    records = {json.loads(l)["document"]["id"]: json.loads(l) for l in out.splitlines() if l.strip()}
    found = {"organizers": 0, "speakers": 0}
    total = {"organizers": 0, "speakers": 0}
    for pid, field, sentence, gold in rows:
        gold = [g for g in gold.split("; ") if g]
        event = records[pid].get("event") or {}
        if field == "organizers":
            got = [o["name"] for o in event.get("organizers", [])]
            if a.exact:
                ok = {" ".join(words(g)) for g in gold} == {" ".join(words(p)) for p in got}
            else:
                ok = len(got) <= len(gold) and all(any(len(set(words(g)) & set(words(p))) * 2 > max(len(words(g)), len(words(p))) for p in got) for g in gold)
        else:
            got = [s["name"] for s in event.get("speakers", []) if s.get("kind") == "person"]
            ok = {" ".join(words(g)) for g in gold} == {" ".join(words(p)) for p in got}
        total[field] += 1
        found[field] += ok
        if not ok:
            print(f"{pid} {field}: expected {gold or '-'}, got {got or '-'}")
    for field in ("organizers", "speakers"):
        print(f"{field}: {found[field]} of {total[field]} probe reports right")


if __name__ == "__main__":
    sys.exit(main())
