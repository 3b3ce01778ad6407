#!/usr/bin/env python3
"""Writes scripts/speaker_probes_r14.tsv (issue 11, round 14, task SPK13): speakers by the constructions group B's
look halves miss, every frame filled from lists of the world (names of several regions, titles and degrees, topics
of trainings, bullets, jabatan fungsional, village offices, trades), not copied from a document.

Blocks:
- `topic-line`: a line of a list of materials: bullet or number, the topic, a dash, (oleh) the person, his role in
  parentheses or after a comma; counterexamples: the lines of the ceremony (Pembukaan, Sambutan, Doa, Moderator,
  Penutupan, Laporan panitia) and a dateline with a dash.
- `bullet-list`: a speaker word and a colon, then one person a line after a bullet, with a role after a comma.
- `role-word`: a role written before a titled name is no name (jabatan fungsional + Ahli Madya, a village office
  after Bapak/Ibu); the speaker is the titled person.
- `kiai`: the title K.H. written with full stops; `boru`: the Batak particle br/boru inside a name.
- `trade`: a trade of the creative economy or a craft before a name in a cleft.

    python3 scripts/speaker_probes_r14_gen.py > scripts/speaker_probes_r14.tsv
    python3 scripts/people_probes.py --probes scripts/speaker_probes_r14.tsv
"""

P = [("Dr. Siti Rahmawati, M.Pd.", "Siti Rahmawati"), ("Ir. Yohanes Bria, M.Si.", "Yohanes Bria"),
     ("Drs. La Ode Kamaluddin, M.Si.", "La Ode Kamaluddin"), ("Ns. Nurul Hidayah, S.Kep.", "Nurul Hidayah"),
     ("I Made Suarta, S.P.", "I Made Suarta"), ("dr. Andi Baso Mappanyukki, Sp.A", "Andi Baso Mappanyukki"),
     ("Prof. Dr. Fransiskus Nua, M.Hum.", "Fransiskus Nua"), ("Kompol Dedi Kurniawan, S.H.", "Dedi Kurniawan")]
U = [("Bayu Pratama", "Bayu Pratama"), ("Ni Luh Putu Ariani", "Ni Luh Putu Ariani"), ("Yulius Tamonob", "Yulius Tamonob"),
     ("Rahmat Hidayat", "Rahmat Hidayat")]
TOPICS = ["Perawatan traktor roda empat", "Struktur artikel ilmiah dan etika publikasi", "Teknik pertolongan pertama",
          "Foto produk dengan HP", "Penyusunan laporan keuangan desa", "Pengolahan pupuk organik cair",
          "Kewajiban badan publik dan standar layanan", "Pemasaran digital bagi UMKM"]
ROLES = ["widyaiswara ahli madya", "instruktur alsintan", "Guru Besar Fakultas Pertanian", "Kepala UPT Perpustakaan",
         "fotografer produk", "penyuluh pertanian"]
BULLETS = ["•", "▪️", "✅", "➢"]
DASHES = ["—", "–", "-"]

rows = []
def add(block, sentence, gold):
    rows.append((f"{block}-{len([r for r in rows if r[0].startswith(block)]) + 1:03d}", sentence, "; ".join(gold)))

# topic-line: bullet/number, topic, dash, person
for i, topic in enumerate(TOPICS):
    (w, g), role, dash = P[i % len(P)], ROLES[i % len(ROLES)], DASHES[i % 3]
    (w2, g2) = P[(i + 3) % len(P)]
    bullet = BULLETS[i % len(BULLETS)]
    head = ["Materi dan pengajar:", "Susunan materi pelatihan:", "Materi:", "Materi yang disampaikan:"][i % 4]
    add("topic-line", f"{head}\\n{bullet} {topic} {dash} {w} ({role});\\n{bullet} {TOPICS[(i + 1) % 8]} {dash} {w2}\\n", [g, g2])
    add("topic-line", f"{head}\\n1. {topic} {dash} {w} ({role});\\n2. {TOPICS[(i + 2) % 8]} {dash} {w2} ({ROLES[(i + 1) % 6]}).\\n", [g, g2])
    (u, ug) = U[i % len(U)]
    add("topic-line", f"{head}\\n{bullet} {topic} {dash} oleh {u} ({role})\\n", [ug])
    add("topic-line", f"{head}\\n{i % 3 + 1}. {topic} {dash} Kabid Penyuluhan Dinas Pertanian, {w}\\n", [g])
# counterexamples: the ceremony, a dateline
for i, (what, who) in enumerate([("Pembukaan", "Bupati Sukamaju, Drs. Bambang Sutrisno"),
        ("Sambutan", "Kepala Dinas Sosial, H. Ahmad Syarifuddin, S.Sos."), ("Doa", "Ustaz Ahmad Fauzi"),
        ("Moderator", "Dewi Kartikasari, S.Sos."), ("Penutupan", "Sekretaris Daerah, Ir. Herman Suryadi, M.M."),
        ("Laporan panitia", "Ketua Panitia, Drs. Agus Salim")]):
    add("topic-line", f"Susunan acara:\\n{BULLETS[i % 4]} {what} {DASHES[i % 3]} {who}\\n", [])
    add("topic-line", f"Susunan acara:\\n{i + 1}. {what} {DASHES[(i + 1) % 3]} {who}\\n", [])
for city in ["Padang", "Kupang", "Ambon"]:
    add("topic-line", f"{city} — Dr. Andi Wijaya, M.Si., membuka pelatihan kader.", [])

# bullet-list: speaker word, colon, one person a line
for i, cue in enumerate(["Narasumber:", "Instruktur:", "Fasilitator:", "Pemateri:"]):
    b = BULLETS[i % len(BULLETS)]
    (w1, g1), (w2, g2), (w3, g3) = P[i], P[i + 1], P[(i + 4) % len(P)]
    add("bullet-list", f"{cue}\\n{b} {w1} (Ketua IDI Cabang Sukamaju)\\n{b} {w2}\\n{b} {w3}\\n", [g1, g2, g3])
    add("bullet-list", f"{cue}\\n- {w1}, {ROLES[i % 6]};\\n- {w2}, {ROLES[(i + 1) % 6]};\\n- {w3}, analis data Pusdatin Kementerian Sosial (daring).\\n", [g1, g2, g3])
    add("bullet-list", f"{cue}\\n– Ibu {U[i][0]}, pelaku usaha keripik Gedong Tataan\\n– Mas Dimas Prayoga, pendamping lokal desa (PLD)\\n", [U[i][1], "Dimas Prayoga"])
# a list of participants or of the committee is no list of speakers
for i, head in enumerate(["Panitia:", "Peserta terbaik:", "Susunan panitia:"]):
    add("bullet-list", f"{head}\\n{BULLETS[i]} {P[i][0]}\\n{BULLETS[i]} {P[i + 1][0]}\\n", [])

# role-word: jabatan fungsional or a village office before the titled person
for i, role in enumerate(["Arsiparis Ahli Madya", "Pustakawan Ahli Muda", "Perencana Ahli Madya", "Widyaprada Ahli Muda",
                          "Asesor Ahli Pertama", "Penguji Ahli Madya"]):
    org = ["ANRI", "Perpustakaan Nasional", "Bappeda Provinsi Jambi", "BPMP Jawa Tengah", "LSP Pertanian", "BKN"][i]
    (w, g) = P[i]
    add("role-word", f"Materi disampaikan narasumber dari {org}, {role} {w}, yang memaparkan alur kerja.", [g])
for i, office in enumerate(["Panewu Playen", "Camat Sukamaju", "Carik Kalurahan Bleberan", "Lurah Kemiri",
                            "Dukuh Ngampel", "Wedana Wonosari"]):
    (w, g) = P[(i + 2) % len(P)]
    add("role-word", f"Materi disampaikan oleh Ibu Sri Handayani, S.H. dari Bagian Hukum Setda. Sesi kedua diisi Bapak {office}, {w}, tentang evaluasi.", ["Sri Handayani", g])
for i, role in enumerate(["barista", "perajin", "penenun", "fotografer", "pengusaha", "konsultan"]):
    add("role-word", f"Pelatih utama, Muhammad Faizal dari {role.capitalize()} Blambangan, mengatakan peserta diajari dari hulu ke hilir.", ["Muhammad Faizal"])

# kiai: K.H. with full stops
for i, (k, name) in enumerate([("K.H.", "Ahmad Syatibi Hasan"), ("K. H.", "Abdul Ghofur"), ("KH.", "Ma'ruf Hidayat"),
                               ("K.H.", "Muhammad Zainul Arifin"), ("Dr. K.H.", "Abdul Wahid"), ("K.H.", "Hasyim Asy'ari")]):
    frame = ["Hadir sebagai narasumber antara lain {} dari MUI Kabupaten Sukamaju.", "Materi disampaikan oleh {}.",
             "Narasumber kegiatan ini adalah {}, M.Ag."][i % 3]
    add("kiai", frame.format(f"{k} {name}"), [name])
# an initial K. is a name, not a title
add("kiai", "Narasumber kegiatan ini adalah K. Nugroho dari BPBD.", ["K. Nugroho"])
add("kiai", "Narasumber kegiatan ini adalah Budi K. Santoso dari BPBD.", ["Budi K. Santoso"])
# boru: the Batak particle inside a woman's name
for i, name in enumerate(["Rosmawati br Simanjuntak", "Lasma br Sitorus", "Dewi boru Nainggolan", "Tiurma br Hutapea"]):
    frame = ["Materi moderasi beragama dibawakan Penyuluh Agama Kristen Ahli Muda Kemenag Toba, {}, S.Th, kemudian materi lain.",
             "Narasumber kegiatan ini adalah {}, S.Pd.", "Materi disampaikan oleh Dra. {}, M.Si."][i % 3]
    add("boru", frame.format(name), [name])

# trade: a trade before the name in a cleft or a passive
for i, trade in enumerate(["perajin ecoprint", "penenun senior", "barista", "kreator konten", "seniman batik", "pengrajin anyaman"]):
    (u, ug) = U[i % len(U)]
    add("trade", f"Yang mengajar peserta adalah {trade} asal Kota Pontianak, {u}, yang sudah sepuluh tahun menekuni usaha ini.", [ug])

# brought-in: a role with its abbreviation in parentheses before the titled person
for i, (role, abbr) in enumerate([("Dosen Pembimbing Lapangan", "DPL"), ("Penyuluh Pertanian Lapangan", "PPL"),
                                  ("Pendamping Lokal Desa", "PLD"), ("Petugas Lapangan Keluarga Berencana", "PLKB")]):
    (w, g) = P[i]
    add("brought-in", f"Dalam pelatihan itu panitia menghadirkan {role} ({abbr}) {w} dari Universitas Sukamaju, yang menjelaskan cara fermentasi.", [g])

print("# Round 14 probes (issue 11, task SPK13), generated by scripts/speaker_probes_r14_gen.py from lists of the world,")
print("# for the constructions group B's look halves miss. In a sentence `\\n` is a line break. Gold: the trainers'")
print("# names as GOLD-FORMAT writes them (titles stripped), empty: no speaker.")
print("# id (block-number)\tfield\tsentence\tgold")
for pid, s, g in rows:
    print(f"{pid}\tspeakers\t{s}\t{g}")
