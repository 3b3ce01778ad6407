#!/usr/bin/env python3
"""Round 15 venue and participant probes (CORE15, issue 11), written from lists of the world, from no document.

  scripts/core_probes_r15.py     writes scripts/venue_probes_r15.tsv (run it with scripts/place_probes_r12.py BIN FILE)
                                 and scripts/participant_probes_r15.tsv (run it with scripts/participant_probes_r13.py BIN --tsv FILE)

Venue: (known misses, see below) a venue followed by its address with no comma between (`di Aula Dinas X Jalan Y No 5 Kota`, `Jl.`, `Jln`,
lower-case `jalan`), in the frames other writers use (digelar di, bertempat di, fronted, passive); counterexamples:
an office whose name holds the word `Jalan` (`Balai Besar Pelaksanaan Jalan Nasional`), a place with its address
after a comma (kept as before). Participants: counts of people who receive an award at the event (`penghargaan
kepada tiga kader terbaik`), a cumulative count of a region (`jumlah relawan di provinsi itu kini menjadi 81 orang`,
`sebelumnya telah ada 45 relawan`) next to a count of the event or with none."""
import os, re
here = os.path.dirname(os.path.abspath(__file__))

venues = ["Aula Dinas Pendidikan Kotim", "Aula Kantor Bappeda Sleman", "Gedung Serbaguna Polres Curup", "Hotel Grand Zuri",
          "Balai Desa Sukamaju", "Aula Kantor Camat Tanjung Redeb", "Ruang Rapat Setda Tuban", "Aula BLK Cilacap",
          "Gedung Wanita Candra Kencana", "Aula Puskesmas Wates", "Aula SMK Negeri 2 Kupang", "Pendopo Kabupaten Klaten"]
streets = ["Jalan Jenderal Sudirman Sampit", "jalan Prof M Yamin Selong", "Jl. Ahmad Yani No. 12", "Jln. Diponegoro Nomor 4",
           "Jl Gatot Subroto KM 5", "Jalan Raya Puncak Km 7", "Jalan Pemuda No 3 Kota Baru", "JL. MERDEKA NO. 1",
           "Jalan Soekarno-Hatta", "Jl. Trans Sulawesi", "Jalan Lintas Timur Desa Sungai Lala", "jln. Cut Nyak Dien"]
frames = ["Dinas Sosial menggelar pelatihan kader selama dua hari di {v} {s}.",
          "Pelatihan kader bertempat di {v} {s}, Selasa (12/3/2024).",
          "Bertempat di {v} {s}, Dinas Sosial menggelar pelatihan kader.",
          "Pelatihan kader itu digelar oleh Dinas Sosial di {v} {s} dan diikuti 40 peserta."]
vrows = []
for i, v in enumerate(venues):
    for j in range(2):
        s = streets[(i + j * 5) % len(streets)]
        f = frames[(i + j) % len(frames)]
        # known miss: the address is kept (cutting it lost venue on a scored split: realnews labels keep addresses,
        # `Hotel Tugu Sari, Jalan Ijen, Kota Malang`, while two look halves end the venue before the street)
        # (a short address leaves most words the venue's, and the scoring's match still holds; the scoring reads
        # `Setda` as `Sekretariat Daerah`, two words)
        nw = lambda x: len(re.findall(r"[0-9a-z]+", x.lower())) + x.count("Setda")
        # (round 20, CORE20: an address written on after the name without a comma is cut at a lower-case `jalan`,
        # `jl`, `jln`; a capitalized one is still kept)
        cut = s[0].islower() and s.split()[0].rstrip(".") in ("jalan", "jl", "jln")
        vrows.append((f.format(v=v, s=s), v, "*") + (("miss",) if nw(v) <= nw(s) and not cut else ()))
# counterexamples: `Jalan` inside an office's name; the address after a comma (trimmed as before)
for v in ["Aula Balai Besar Pelaksanaan Jalan Nasional Sumatera Barat", "Aula Balai Pelaksanaan Jalan Nasional Jambi"]:
    vrows.append((f"Dinas Sosial menggelar pelatihan kader selama dua hari di {v}.", v, "*"))
for v, s in [("Hotel Tugu Sari", "Jalan Ijen"), ("Aula Bappeda Sleman", "Jl. Parasamya No. 1")]:
    vrows.append((f"Dinas Sosial menggelar pelatihan kader selama dua hari di {v}, {s}.", v, "*"))
# two places of one sentence set side by side by a word of contrast, the second in lower case (a field session):
# several venues, so none; counterexamples: the lower-case place in another sentence, a place of the participants' work
firsts = ["Aula Kantor Desa Sukamaju", "Pendopo Kabupaten Klaten", "Gedung Pertemuan Desa Gamsungi", "Aula BPP Kecamatan Wates",
          "Balai Desa Puding", "Ruang Rapat Dinas Pertanian"]
seconds = ["kebun percontohan milik kelompok", "lahan demplot kelompok tani", "sawah milik warga", "tambak percontohan desa",
           "kandang kelompok ternak", "pantai desa setempat"]
cuts = ["Hari pertama diisi teori di {a}, sedangkan hari kedua peserta praktik di {b}.",
        "Materi teori disampaikan di {a}, sementara praktik lapangan dilakukan di {b}.",
        "Peserta menerima materi di {a}, kemudian praktik langsung di {b}."]
for i, a in enumerate(firsts):
    b = seconds[i % len(seconds)]
    # a word of sequence (kemudian, lalu dilanjutkan) leads to the grounds of the same place: the venue stays
    want = a if cuts[i % len(cuts)].count("kemudian") else "-"
    row = ("Dinas Pertanian menggelar pelatihan kader tani selama dua hari. " + cuts[i % len(cuts)].format(a=a, b=b), want, "*")
    # known miss: `lahan` is no venue word (adding it lost a venue on a scored split)
    vrows.append(row + (("miss",) if b.startswith("lahan") else ()))
vrows.append(("Dinas Pendidikan menggelar pelatihan siaga bencana. Materi diberikan di Aula SMP Negeri 2 Wates, lalu dilanjutkan praktik di lapangan upacara sekolah.",
              "Aula SMP Negeri 2 Wates", "*"))
for a, b in [("Aula Kantor Desa Sukamaju", "kebun milik warga"), ("Balai Desa Puding", "sawah mereka")]:
    vrows.append((f"Dinas Pertanian menggelar pelatihan kader tani di {a}. Sehari-hari para peserta bekerja di {b}.", a, "*"))
    vrows.append((f"Pelatihan digelar di {a} bagi petani yang sehari-hari bekerja di {b}.", a, "*"))
# the venue named by a verb of filling with no `di` (memadati ballroom Hotel X), and a venue made the place of the
# event (X menjadi tempat / dijadikan lokasi / dipilih sebagai tempat pelatihan); counterexamples: filling a road,
# meeting a requirement, a place made the place of another use
fills = ["memadati", "memenuhi", "menyesaki"]
crowds = ["Ratusan pelaku usaha mikro", "Sebanyak 80 kader posyandu", "Puluhan petani milenial"]
for i, v in enumerate(["Ballroom Hotel Santika Premiere", "Aula Kantor Bupati Klaten", "Gedung Serbaguna Polres Curup",
                       "Pendopo Kabupaten Klaten", "Aula BPP Kecamatan Wates", "Hall Hotel Aston Kupang"]):
    vrows.append((f"{crowds[i % 3]} {fills[i % 3]} {v} untuk mengikuti pelatihan kewirausahaan, Selasa (15/10/2024).", v, "*"))
mades = ["menjadi tempat pelatihan", "dijadikan lokasi pelatihan", "dipilih sebagai tempat pelaksanaan bimtek",
         "menjadi tempat 25 peserta ditempa", "dipilih menjadi lokasi kegiatan"]
for i, v in enumerate(["UPTD Balai Latihan Kerja (BLK) Cilacap", "Aula Kantor Desa Sukamaju", "Gedung Wanita Candra Kencana",
                       "Balai Pertemuan Kampung Harapan", "SMK Negeri 2 Kupang"]):
    vrows.append((f"Selama lima hari, {v} {mades[i]} menjahit bagi warga.", v, "*"))
for s_ in ["Ratusan warga memadati jalan menuju lokasi pelatihan.", "Peserta pelatihan memenuhi syarat administrasi.",
           "Gedung Juang menjadi tempat wisata sejarah di kota itu.", "Balai Desa Sukamaju menjadi tempat warga berkumpul setiap sore."]:
    vrows.append(("Dinas Sosial menggelar pelatihan kader selama dua hari. " + s_, "-", "*"))
with open(os.path.join(here, "venue_probes_r15.tsv"), "w", encoding="utf-8") as f:
    f.write("# Round 15 venue probes, written by scripts/core_probes_r15.py (see there). Columns as venue_probes_r12.tsv:\n"
            "# sentence<TAB>venue<TAB>city (* = not checked)[<TAB>miss]\n")
    for r in vrows: f.write("\t".join(r) + "\n")

# participants: sentence<TAB>total<TAB>groups<TAB>headline<TAB>MISS
prows = []
E = "Pelatihan itu diikuti {n} {g}."
groups = [("kader posyandu", "35", 35), ("anggota Tagana", "empat puluh", 40), ("pelaku UMKM", "28", 28),
          ("guru PAUD", "50", 50), ("petani", "dua puluh lima", 25), ("penyuluh sosial", "30", 30)]
awards = ["Di akhir kegiatan, panitia menyerahkan piagam penghargaan kepada {k} {w} berprestasi.",
          "Pada penutupan, Bupati memberikan penghargaan kepada {k} {w} terbaik.",
          "Hadiah diserahkan kepada {k} {w} teladan.",
          "Piala dan trofi diberikan kepada {k} {w} juara lomba.",
          "Sebanyak {k} {w} menerima penghargaan dari Gubernur."]
winners = [("tiga", "Karang Taruna"), ("lima", "kader"), ("3", "peserta"), ("empat", "kelompok tani"), ("dua", "desa")]
for i, a in enumerate(awards):
    for j in range(2):
        gname, w, n = groups[(i + j) % len(groups)]
        k, win = winners[(i + 2 * j) % len(winners)]
        prows.append((E.format(n=w, g=gname) + " " + a.format(k=k, w=win), str(n), "*", "", ""))
        if j == 0:  # no count of the event: the award gives none
            prows.append(("Pelatihan itu diikuti ratusan kader. " + a.format(k=k, w=win), "", "*", "", ""))
cumul = ["Dengan tambahan ini, jumlah {w} di provinsi itu kini menjadi {c} orang.",
         "Jumlah {w} di kabupaten ini kini mencapai {c} orang, karena sebelumnya telah ada {p} {w}.",
         "Saat ini jumlah {w} terlatih kini berjumlah {c} orang.",
         "Sebelumnya sudah ada {p} {w} yang dilatih."]
for i, c in enumerate(cumul):
    gname, w, n = groups[i % len(groups)]
    prows.append((E.format(n=w, g=gname) + " " + c.format(w=gname, c=n * 3, p=n * 2), str(n), "*", "", ""))
    # `kini mencapai` alone (a running event may say it of its own participants) was a known miss until round 45,
    # whose reading of a statistic reached (`ParticipantExtractor.statisticReached`: no participant, event or taking
    # part named in its sentence) gives no count
    prows.append(("Dinas Sosial mengukuhkan relawan penyuluh sosial. " + c.format(w="relawan", c=81, p=45), "", "*", "", ""))
# a word of merit between the count and the award's verb; with no other count, the award gives none
for k, w, v in [("Lima", "peserta terbaik", "menerima hadiah dari panitia"), ("Tiga", "kader berprestasi", "menerima penghargaan dari Bupati"),
                ("Dua", "kelompok teladan", "meraih penghargaan tingkat provinsi")]:
    prows.append((f"Pelatihan itu diikuti 30 pelaku UMKM. {k} {w} {v}.", "30", "*", "", ""))
    prows.append((f"Pelatihan itu diikuti ratusan pelaku UMKM. {k} {w} {v}.", "", "*", "", ""))
# near misses that must still count: the award given to all participants, a total that grows for this event
prows.append(("Pelatihan itu diikuti 40 peserta. Sertifikat diserahkan kepada 40 peserta pada hari terakhir.", "40", "*", "", ""))
prows.append(("Pelatihan ini diberikan kepada 30 peserta dari lima desa.", "30", "*", "", ""))
prows.append(("Sebanyak 45 kader berprestasi mengikuti pelatihan itu.", "45", "*", "", ""))
with open(os.path.join(here, "participant_probes_r15.tsv"), "w", encoding="utf-8") as f:
    f.write("# Round 15 participant probes, written by scripts/core_probes_r15.py (see there). Columns as\n"
            "# participant_probes_r13.tsv: sentence<TAB>total<TAB>groups (* = not checked)<TAB>headline<TAB>MISS\n")
    for r in prows: f.write("\t".join(r) + "\n")
print(len(vrows), "venue probes,", len(prows), "participant probes")
