#!/usr/bin/env python3
"""Round 14 date probes (issue 11): a training held in batches, each with its own date (the event runs from the first
batch's first day to the last batch's last day), and periods counted from the page's day (`selama tiga hari ke depan`,
`sejak kemarin hingga hari ini`, `Mulai Selasa kemarin, selesai hari ini`). Written from lists of the language and the
world (batch words, ordinals, date forms, verbs, weekdays), not from any document.

  scripts/date_probes_r14.py write        writes scripts/date_probes_r14.tsv
  scripts/date_probes_r14.py run BIN      runs it through a binary (the document Round13DateTests and
                                          Round14DateTests build) and prints every probe that differs"""
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
TSV = os.path.join(here, "date_probes_r14.tsv")
E = "Dinas Kesehatan Kabupaten Sleman menggelar pelatihan kader posyandu"
PAGE = "Kamis, 6 Maret 2025 | 10:15 WIB"   # a Thursday

def rows():
    out = []
    # 1. Batches: batch word x ordinals x date forms x verbs.
    batch = ["Angkatan", "Gelombang", "Kloter", "Tahap", "Batch"]
    ords = [("I", "II", "III"), ("pertama", "kedua", "ketiga"), ("1", "2", "3")]
    forms = [  # (first, second, third, want for two, want for three)
        ("3-4 Maret 2025", "10-11 Maret 2025", "17-18 Maret 2025", "2025-03-03/2025-03-11", "2025-03-03/2025-03-18"),
        ("Senin-Selasa (3-4/3/2025)", "Rabu-Kamis (5-6/3/2025)", "Jumat-Sabtu (7-8/3/2025)", "2025-03-03/2025-03-06", "2025-03-03/2025-03-08"),
        ("Sabtu, 1 Maret 2025", "Sabtu, 8 Maret 2025", "Sabtu, 15 Maret 2025", "2025-03-01/2025-03-08", "2025-03-01/2025-03-15"),
        ("24–26 Februari 2025", "3–5 Maret 2025", "10–12 Maret 2025", "2025-02-24/2025-03-05", "2025-02-24/2025-03-12"),
    ]
    verbs = ["berlatih", "digelar", "dilaksanakan", "mengikuti pelatihan"]
    k = 0
    for b in batch:
        for o in ords:
            f = forms[k % len(forms)]
            v = verbs[k % len(verbs)]
            k += 1
            # two batches in one sentence, and in two sentences
            out.append(("", f"{E}. {b} {o[0]} {v} {f[0]}, {b.lower()} {o[1]} {v} {f[1]}.", f[3]))
            out.append(("", f"{E} dalam dua {b.lower()}.\\n{b} {o[0]} {v} {f[0]}. {b} {o[1]} menyusul {f[1]}.", f[3]))
            # three batches as a list
            out.append(("", f"{E}. Jadwalnya:\\n{b} {o[0]} : {f[0]}\\n{b} {o[1]} : {f[1]}\\n{b} {o[2]} : {f[2]}", f[4]))
    # counterexamples: no ordinal (an earlier class), another programme's batch, batches months apart
    for b in batch:
        out.append(("", f"{E} pada 10-11 Maret 2025. {b} sebelumnya digelar 3-4 Februari 2025.", "2025-03-10/2025-03-11"))
        out.append(("", f"{E} pada 10-11 Maret 2025. Tahun lalu, {b.lower()} II pelatihan serupa digelar 3-4 Maret 2024.", "2025-03-10/2025-03-11"))
        out.append(("", f"{E}. {b} I berlatih 10-11 Maret 2025, {b.lower()} II berlatih 20-21 Agustus 2025.", "2025-03-10/2025-03-11"))
        out.append(("", f"{E} {b.lower()} kedua pada 10-11 Maret 2025. {b} pertama telah digelar pada 3-4 Maret 2025.", "2025-03-10/2025-03-11"))
    # 2. A span counted from now: `ke depan` after days or weeks is no plan.
    spans = [("tiga hari", 3), ("dua hari", 2), ("5 hari", 5), ("empat hari", 4), ("dua pekan", 14), ("satu minggu", 7)]
    starts = [("mulai Senin ini", "2025-03-03"), ("mulai hari ini", "2025-03-06"), ("sejak Selasa kemarin", "2025-03-04"),
              ("mulai Rabu ini", "2025-03-05")]
    import datetime
    for s in spans:
        for st, day in starts:
            d0 = datetime.date.fromisoformat(day)
            end = d0 + datetime.timedelta(days=s[1] - 1)
            out.append(("PAGE", f"{E} di Aula Dinkes Sleman, {st}, selama {s[0]} ke depan.", f"{d0}/{end}"))
    # counterexamples: a horizon of years stays a plan; a span ago is no span ahead
    out.append(("PAGE", f"Dinkes Sleman berencana menggelar pelatihan kader posyandu lima tahun ke depan.", "MISS"))
    out.append(("PAGE", f"Dinkes Sleman akan menggelar pelatihan kader posyandu pekan depan.", "MISS"))
    # 3. A relative start and a relative end.
    ends = [("hingga hari ini", 0), ("sampai hari ini", 0), ("sampai dengan hari ini", 0), ("hingga besok", 1), ("sampai besok", 1),
            (", selesai hari ini", 0), (", berakhir besok", 1)]
    for e, add in ends:
        end = datetime.date(2025, 3, 6) + datetime.timedelta(days=add)
        sep = "" if e.startswith(",") else " "
        out.append(("PAGE", f"{E} di Aula Dinkes Sleman sejak kemarin{sep}{e}.", f"2025-03-05/{end}"))
        out.append(("PAGE", f"{E} di Aula Dinkes Sleman mulai kemarin{sep}{e}.", f"2025-03-05/{end}"))
        for wd, day in [("Senin", "2025-03-03"), ("Selasa", "2025-03-04")]:
            out.append(("PAGE", f"{E} di Aula Dinkes Sleman mulai {wd} kemarin{sep}{e}.", f"{day}/{end}"))
    # the start in the next sentence of the event's paragraph, after mulai/sejak
    for wd, day in [("Senin", "2025-03-03"), ("Selasa", "2025-03-04"), ("Rabu", "2025-03-05")]:
        for lead in ["Mulai", "Sejak"]:
            out.append(("PAGE", f"{E} dua hari. {lead} {wd} kemarin, selesai hari ini.", f"{day}/2025-03-06"))
    # counterexamples: a weekday in the next sentence without mulai/sejak is another act's; `hari ini` as a span's end
    out.append(("PAGE", f"{E} di Aula Dinkes Sleman. Bupati meninjau posyandu Senin kemarin.", "MISS"))
    out.append(("PAGE", f"{E} di Aula Dinkes Sleman pada Selasa (4/3/2025). Sejak kemarin hingga hari ini hujan turun.", "2025-03-04/2025-03-04"))
    return [(PAGE if h == "PAGE" else h, p, w) for h, p, w in out]

if sys.argv[1] == "write":
    with open(TSV, "w", encoding="utf-8") as f:
        f.write("# Round 14 date probes, written by scripts/date_probes_r14.py write (see there). Columns: page line<TAB>first\n"
                "# paragraph ({E} = the event's clause, \\n = new paragraph, a leading ! = its own dateline)<TAB>start/end or MISS\n"
                "# <TAB>a known miss's value (optional)\n")
        for r in rows():
            f.write("\t".join(r) + "\n")
    sys.exit(0)
os.execv(sys.executable, [sys.executable, os.path.join(here, "date_probes_r13.py"), *sys.argv[2:], "--tsv", TSV])
