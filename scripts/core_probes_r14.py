#!/usr/bin/env python3
"""Round 14 venue and participant probes (CORE14, issue 11), written from lists of the world, from no document.

  scripts/core_probes_r14.py     writes scripts/venue_probes_r14.tsv (run it with scripts/place_probes_r12.py BIN FILE)
                                 and scripts/participant_probes_r14.tsv (run it with scripts/participant_probes_r13.py BIN --tsv FILE)

Venue: the place named by a noun of place (`Tempatnya di X`, `Tempatnya X`, `Lokasinya di X`, `Tempat pelatihan adalah
X`), for venues of every kind; counterexamples: a region, a word in lower case, the event's name after `tempat`.
Participants: words of address doubled as a plural (`45 mama-mama`, `30 emak-emak`), a count called the total after its
parts (`Totalnya 40 personel`), units of a government counted as bodies (`dari 42 perangkat daerah`)."""
import os
here = os.path.dirname(os.path.abspath(__file__))

venues = ["Aula Hotel Santika Premiere", "Gedung Pertemuan Desa Gamsungi", "Balai Desa Sukamaju", "Pendopo Kabupaten Klaten",
          "Wantilan Desa Pemuteran", "Aula Kantor Camat Tanjung Redeb", "Ruang Rapat Bappeda Sleman", "Gedung Serbaguna Polres Curup",
          "Baileo Negeri Soya", "Masjid Agung Al Falah", "Aula SMK Negeri 2 Kupang", "Hotel Aston Imperium Purwokerto",
          "Gedung Graha Wisata Niaga", "Lamin Adat Pemung Tawai", "Aula Puskesmas Wates", "Ballroom Hotel Grand Mercure"]
frames = ["Tempatnya di {v}.", "Tempatnya {v}.", "Lokasinya di {v}.", "Tempat pelatihan di {v}.",
          "Adapun tempat kegiatan adalah {v}.", "Lokasi kegiatannya di {v}.", "Tempat pelaksanaan: {v}."]
vrows = []
for i, v in enumerate(venues):
    for j in range(2):
        f = frames[(i + j * 3) % len(frames)]
        vrows.append((f"Dinas Sosial menggelar pelatihan kader selama dua hari. " + f.format(v=v), v, "*"))
for s in ["Tempatnya di Kabupaten Tuban.", "Tempatnya sempit dan panas, tapi peserta tetap semangat.",
          "Lokasinya belum ditentukan.", "Sekolah itu menjadi tempat Pelatihan Satuan Pendidikan Aman Bencana.",
          "Lokasinya jauh dari pusat kota.", "Tempat kegiatan di sini cukup luas."]:
    vrows.append(("Dinas Sosial menggelar pelatihan kader selama dua hari. " + s, "-", "*"))
with open(os.path.join(here, "venue_probes_r14.tsv"), "w", encoding="utf-8") as f:
    f.write("# Round 14 venue probes, written by scripts/core_probes_r14.py (see there). Columns as venue_probes_r12.tsv:\n"
            "# sentence<TAB>venue<TAB>city (* = not checked)[<TAB>miss]\n")
    for r in vrows: f.write("\t".join(r) + "\n")

# participants: sentence<TAB>total<TAB>groups<TAB>headline<TAB>MISS
prows = []
address = ["mama", "emak", "ibu", "bapak", "mace", "bunda"]
kinds = ["", " penenun", " nelayan", " PKK", " petani"]
counts = [(45, "45"), (30, "tiga puluh"), (25, "25"), (60, "enam puluh"), (18, "18")]
for i, a in enumerate(address):
    for j in range(3):
        n, w = counts[(i + j) % len(counts)]
        k = kinds[(i + j) % len(kinds)]
        prows.append((f"Pelatihan itu diikuti {w} {a}-{a}{k} dari tiga kampung.", str(n), f"{a}-{a}{k}", "", ""))
parts = [("30 Babinsa", "10 Bintara Teritorial", "40 personel", 40), ("25 kader", "15 bidan desa", "40 orang", 40),
         ("12 guru", "8 operator sekolah", "20 peserta", 20), ("50 petani", "10 penyuluh", "60 orang", 60)]
for a, b, t, n in parts:
    for cue in ["Totalnya", "Jumlah seluruhnya", "Total"]:
        # known miss: the first part is taken (a bonus for the total word cost a breakdown's groups elsewhere); since
        # round 21 (CORE21: a count after `ditambah` is a second group) only the part without `orang` is missed
        miss = ""  # round 23 (CORE23): `Bintara` is a kind of people, so `ditambah 10 Bintara Teritorial` adds; no miss left
        prows.append((f"Pesertanya {a} dari seluruh kecamatan ditambah {b}. {cue} {t}.", str(n), "*", "", miss))
for body, n in [("perangkat daerah", 42), ("satuan kerja", 15), ("satker", 8)]:
    prows.append((f"Bimtek diikuti {n * 2} peserta, terdiri dari operator dan pengelola arsip dari {n} {body}, masing-masing dua orang.",
                  str(n * 2), "*", f"Pemkot Gelar Bimtek Operator Arsip {n} {body.title()}", ""))
# counterexamples: a target total, a total of something else
prows.append(("Pelatihan diikuti 30 kader. Dinas menargetkan total 200 kader terlatih tahun ini.", "30", "*", "", ""))
prows.append(("Pelatihan diikuti 30 kader. Totalnya Rp 40 juta dari APBD.", "30", "*", "", ""))
with open(os.path.join(here, "participant_probes_r14.tsv"), "w", encoding="utf-8") as f:
    f.write("# Round 14 participant probes, written by scripts/core_probes_r14.py (see there). Columns as\n"
            "# participant_probes_r13.tsv: sentence<TAB>total<TAB>groups (* = not checked)<TAB>headline<TAB>MISS\n")
    for r in prows: f.write("\t".join(r) + "\n")
print(len(vrows), "venue probes,", len(prows), "participant probes")
