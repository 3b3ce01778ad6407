#!/usr/bin/env python3
"""Writes scripts/speaker_probes_r15.tsv (issue 11, round 15, task SPK14): speakers stated in the constructions of
the readable sets (realnews dev, the look halves of heldout..heldout7), each construction written in the variants
other journalists use for the same fact and filled from lists of the world (names of several regions, roles and
trades, topics, verbs of the same class), never with a document's own words; counterexamples beside them.

Blocks:
- `passive-role`: the material delivered (dibawakan/disampaikan/dipaparkan/diberikan/diajarkan, with or without
  oleh) by a role written in lower case (a trade, a field officer, a creator), maybe its place (asal X, Distrik X),
  then a comma and an untitled name; counterexamples: a welcome or an opening in the same shape, a manner adverb.
- `origin-list`: the trainers' institutions (berasal dari A dan B), then di antaranya/antara lain/yakni and a list of
  persons each after a role in lower case; counterexamples: the same list of participants.
- `brought-role`: a guest brought in (menghadirkan/mendatangkan/mengundang) named after a role chain and a comma,
  untitled; counterexamples: an official brought to open, a guest of honour.
- `apposition-teaches`: a person, his role in apposition, then a verb of teaching people (melatih, mendampingi,
  membimbing, mengajari, memandu ... peserta); counterexamples: an official who opens, a participant.
- `pronoun-method`: a guest named after his office and a comma at the end of a sentence, and a pronoun that explains
  or demonstrates a method in the next; counterexamples: an opener, an MC, a participant.
- `office-place`: a role chain that ends at a one-word place after a region word, the person right after it (no
  comma), before a verb of delivering the material; counterexamples: officials who welcome, open or instruct.

    python3 scripts/speaker_probes_r15_gen.py > scripts/speaker_probes_r15.tsv
    python3 scripts/people_probes.py --probes scripts/speaker_probes_r15.tsv
"""

U = ["Rahmat Hidayat", "Ni Luh Putu Ariani", "Yulius Tamonob", "Siti Maemunah", "Arief Budiman", "Maria Goreti Seran",
     "Imanuel Rumbiak", "Dewi Lestari", "La Ode Arsyad", "Nurhayati Lubis", "Teuku Fadli", "Agnes Wulandari"]
DEG = ["", ", S.P.", ", S.Pd.", ", A.Md.", ", S.Kom.", ", S.E."]
ROLES = ["penyuluh pertanian lapangan Kecamatan Sumberjaya", "perajin anyaman asal Desa Tanjung", "pemilik usaha roti asal Kota Batu",
         "desainer grafis asal Makassar", "pelaku UMKM kopi asal Kabupaten Solok", "kreator konten asal Surabaya",
         "pendamping desa Kecamatan Wae Rii", "fotografer produk asal Bandung", "petani milenial asal Desa Sukamaju",
         "penyuluh perikanan Kecamatan Tomia", "konsultan pajak asal Medan", "instruktur menjahit asal Kota Kupang"]
TOPICS = ["pembuatan pupuk organik", "pemasaran daring", "pengemasan produk", "pembukuan sederhana", "budidaya lele",
          "teknik fotografi produk"]
PASSIVE = ["dibawakan oleh", "dibawakan", "disampaikan oleh", "dipaparkan oleh", "diberikan oleh", "disampaikan",
           "diajarkan oleh", "dipaparkan"]
rows = []


def add(block, sentence, gold):
    n = len([r for r in rows if r[0].startswith(block + "-")]) + 1
    rows.append((f"{block}-{n:03d}", sentence, "; ".join(gold)))


# passive-role: the material delivered by a role in lower case, a comma, an untitled name
for i in range(12):
    name, role, deg = U[i], ROLES[i], DEG[i % len(DEG)]
    topic, verb = TOPICS[i % len(TOPICS)], PASSIVE[i % len(PASSIVE)]
    opener = ["Materi", "Sesi", "Materi tentang", "Pemaparan materi"][i % 4]
    add("passive-role", f"{opener} {topic} {verb} {role}, {name}{deg}" + ("" if deg.endswith(".") else "."), [name])
for i in range(4):  # a second person after sedangkan/serta in the same shape
    a, b = U[i], U[i + 6]
    add("passive-role", f"Materi {TOPICS[i]} {PASSIVE[i]} {ROLES[i]}, {a}, sedangkan materi {TOPICS[i + 1]} {PASSIVE[i + 2]} {ROLES[i + 6]}, {b}.", [a, b])
# counterexamples: a welcome, an opening, a manner; a report of another kind
for i, s in enumerate(["Sambutan disampaikan oleh kepala desa setempat, Rahmat Hidayat.",
                       "Laporan panitia disampaikan oleh ketua panitia, Siti Maemunah.",
                       "Materi dibawakan dengan santai, kata peserta asal Desa Tanjung, Dewi Lestari.",
                       "Doa dibawakan oleh tokoh agama setempat, Teuku Fadli.",
                       "Pelatihan dibuka oleh camat setempat, Arief Budiman.",
                       "Materi yang disampaikan sangat bermanfaat, ujar peserta asal Kota Batu, Agnes Wulandari."]):
    add("passive-role", s, [])

# origin-list: trainers from institutions, then a list after di antaranya / antara lain / yakni
CUES = ["Instruktur", "Fasilitator", "Narasumber", "Pemateri", "Pelatih"]
LINK = ["di antaranya", "antara lain", "yakni", "yaitu"]
INST = [("BLK Kota Kupang", "LPK Cahaya Mandiri"), ("Universitas Hasanuddin", "Dinas Koperasi Kota Makassar"),
        ("RSUD Sultan Imanuddin", "Poltekkes Kemenkes Palangka Raya"), ("BPTP Sumatera Barat", "Dinas Pertanian Kabupaten Solok"),
        ("Balai Diklat Industri Padang", "Asosiasi Kopi Minang")]
PR = [("dosen ilmu gizi", "ahli gizi"), ("chef hotel", "pengusaha katering"), ("dokter spesialis anak", "bidan koordinator"),
      ("peneliti madya", "penyuluh pertanian"), ("instruktur kopi", "roaster")]
for i in range(5):
    a, b = U[(i * 2) % 12], U[(i * 2 + 5) % 12]
    ra, rb = PR[i]
    ia, ib = INST[i]
    add("origin-list", f"{CUES[i]} berasal dari {ia} dan {ib}, {LINK[i % 4]} {ra} {a}{DEG[(i + 1) % 6]}, serta {rb} {ib}, {b}.", [a, b])
    d = DEG[(i + 2) % 6]
    add("origin-list", f"{CUES[i]} pelatihan berasal dari {ia}, {LINK[(i + 1) % 4]} {ra} {ia}, {a}, dan {rb}, {b}{d}" + ("" if d.endswith(".") else "."), [a, b])
for i, s in enumerate(["Peserta berasal dari Desa Tanjung dan Desa Sukamaju, di antaranya petani milenial Rahmat Hidayat, serta kader posyandu, Siti Maemunah.",
                       "Panitia berasal dari Dinas Sosial dan Karang Taruna, antara lain staf dinas Arief Budiman dan ketua karang taruna, Dewi Lestari.",
                       "Peserta pelatihan berasal dari enam kecamatan, yakni petani Imanuel Rumbiak dan nelayan La Ode Arsyad."]):
    add("origin-list", s, [])

# brought-role: a guest brought in after a role chain and a comma, untitled
BR = ["menghadirkan", "mendatangkan", "mengundang", "juga menghadirkan"]
RC = ["Ketua Asosiasi Pemandu Wisata Indonesia (APWI) Kabupaten Sikka", "Ketua Kelompok Tani Maju Bersama",
      "Pendiri Komunitas Kopi Tepi Danau", "Ketua Perkumpulan Penenun Ikat Sumba Timur"]
for i in range(4):
    a, b = U[(i + 3) % 12], U[(i + 9) % 12]
    add("brought-role", f"Pelatihan ini {BR[i]} {RC[i]}, {a}, dan tokoh adat Desa Watublapi, {'Bapak' if i % 2 else 'Ibu'} {b}, yang bercerita tentang sejarah kampung.", [a, b])
    add("brought-role", f"Panitia {BR[(i + 1) % 4]} {RC[(i + 1) % 4]}, {a}, sebagai pemateri.", [a])
for i, s in enumerate(["Pelatihan ini menghadirkan Bupati Sikka, Rahmat Hidayat, yang membuka kegiatan secara resmi.",
                       "Panitia juga mengundang Ketua DPRD Kabupaten Solok, Arief Budiman, sebagai tamu kehormatan.",
                       "Kegiatan menghadirkan Camat Wae Rii, Teuku Fadli, untuk memberikan sambutan."]):
    add("brought-role", s, [])

# apposition-teaches: person, role in apposition, a verb of teaching people
TV = ["melatih peserta", "mendampingi peserta", "membimbing peserta", "mengajari peserta", "memandu peserta"]
for i in range(10):
    name, role = U[(i + 2) % 12], ROLES[(i + 4) % 12]
    pre = ["", "Pada hari pertama, ", "Selanjutnya, ", "Sementara itu, ", "Di sesi praktik, "][i % 5]
    rel = ["", " yang sudah dua puluh tahun menekuni usahanya,"][i % 2]
    lead = role[0].upper() + role[1:] if not pre else role
    add("apposition-teaches", f"{pre}{lead} {name} {TV[i % 5]} membuat kemasan." if not rel else f"{pre}{lead}, {name},{rel} {TV[i % 5]} membuat kemasan.", [name])
    add("apposition-teaches", f"{pre}{name}, {role},{rel} {TV[(i + 2) % 5]} mengolah hasil panen.", [name])
for i, s in enumerate(["Kepala Desa Tanjung, Rahmat Hidayat, mendampingi peserta saat pembukaan.",
                       "Salah satu peserta, Siti Maemunah, mengajak peserta lain berlatih.",
                       "Bupati Sikka, Arief Budiman, yang hadir membuka kegiatan, meminta peserta serius.",
                       "Ketua panitia, Dewi Lestari, menjelaskan peserta berasal dari enam desa."]):
    add("apposition-teaches", s, [])

# pronoun-method: a guest named at the end of a sentence after his office and a comma (or after a full stop), and
# in the next sentence a pronoun that explains, sets out or demonstrates a method
OFF = ["perwakilan Balai Karantina Pertanian Kupang", "petugas Kantor Imigrasi Kelas I Ambon", "staf Loka POM Kabupaten Mimika",
       "penyuluh Dinas Perikanan Kabupaten Bitung", "pegawai Bank Sulutgo Cabang Tondano", "anggota Satlantas Polres Sumba Barat"]
PV = ["Ia menjelaskan cara", "Dia memaparkan teknik", "Beliau mencontohkan cara", "Ia kemudian menjelaskan langkah-langkah",
      "Ia juga memperkenalkan metode", "Dia mendemonstrasikan cara"]
OBJ = ["memeriksa dokumen", "mengemas ikan asap", "membaca label pangan", "mengisi formulir kredit", "mengatur jarak aman",
       "menyimpan benih"]
for i in range(6):
    name = U[(i + 5) % 12]
    lead = ["Sesi berikutnya menghadirkan", "Panitia juga mengundang", "Hari kedua diisi", "Sesi praktik dibawakan",
            "Peserta juga menerima kunjungan", "Materi terakhir diberikan"][i]
    add("pronoun-method", f"{lead} {OFF[i]}, {name}. {PV[i]} {OBJ[i]}.", [name])
for s_ in ["Pelatihan dibuka Bupati Sikka, Arief Budiman. Ia menjelaskan pelatihan ini dibiayai APBD.",
           "Acara dipandu pembawa acara, Dewi Lestari. Ia menjelaskan susunan acara.",
           "Salah satu peserta, Siti Maemunah. Ia mengaku senang mengikuti pelatihan."]:
    add("pronoun-method", s_, [])

# office-place: a role chain that ends at a one-word place after a region word, the person right after it (no comma),
# maybe a degree, before a verb of delivering the material or explaining a method
OFFICE = ["Koordinator Penyuluh BPP Kecamatan Sumberjaya", "Kasi Kesehatan Keluarga Dinas Kesehatan Kabupaten Bima",
          "Penyuluh KB Desa Tanjung", "Pendamping Lokal Desa Distrik Asotipo", "Bidan Koordinator Puskesmas Kecamatan Tomia",
          "Kasi Pemberdayaan Masyarakat Kelurahan Oebobo"]
DV = ["menjelaskan cara menghitung dosis pupuk", "memaparkan materi gizi balita", "memberikan materi kontrasepsi",
      "menyampaikan materi penyusunan RKP desa", "menjelaskan langkah-langkah pemeriksaan ibu hamil",
      "membawakan materi pengelolaan sampah"]
for i in range(6):
    name, deg = U[(i + 7) % 12], DEG[(i + 1) % 6]
    pre = ["Selanjutnya ", "Pada hari kedua, ", "", "Sementara itu, ", "Di sesi berikutnya, ", ""][i]
    add("office-place", f"{pre}{OFFICE[i]} {name}{deg} {DV[i]}.", [name])
for s_ in ["Kepala Desa Tanjung Rahmat Hidayat memberikan sambutan.",
           "Camat Kecamatan Sumberjaya Arief Budiman membuka pelatihan.",
           "Ketua TP PKK Kecamatan Tomia Siti Maemunah, S.Pd. memberikan arahan kepada peserta."]:
    add("office-place", s_, [])

print("# Round 15 probes (issue 11, task SPK14), generated by scripts/speaker_probes_r15_gen.py from lists of the world,")
print("# variants of the constructions the readable sets state a speaker in. In a sentence `\\n` is a line break. Gold:")
print("# the trainers' names as GOLD-FORMAT writes them (titles stripped), empty: no speaker.")
print("# id (block-number)\tfield\tsentence\tgold")
for pid, s, g in rows:
    print(f"{pid}\tspeakers\t{s}\t{g}")
