#!/usr/bin/env python3
"""Writes scripts/speaker_probes_r17.tsv (issue 11, round 17, task SPK17): speakers in the constructions an unseen
writer used (heldout9's look half), each written in the variants other journalists use for the same fact (another cue
word, another order, another sentence shape) and filled from lists of the world (names of several regions, roles,
agencies, ranks, cooperatives, topics), never with the document's own words; counterexamples beside them.

Blocks:
- `learner` (u033): a role, its unit, a comma, the person, a comma, then a verb of teaching people whose object is
  the learners (kader, petani, nelayan, ibu-ibu); counterexamples: an official who accompanies, asks or invites.
- `consists-of` (u039): a speaker word, terdiri dari/atas or (berasal) dari, then a role in lower case and its unit,
  a comma and the person; counterexamples: participants, an official with no name.
- `topic-cap` (u023): the material received `dari` a role, its unit, a comma and a titled person, with a proper
  noun or an acronym in the topic; counterexamples: no material noun, no person.
- `team-member` (u057, heldout4 m021): a member of the training team, a comma or none, a titled person or one with
  degrees, a verb of explaining and the topic; counterexamples: the event itself, thanks.
- `method-flow` (u021): a role, its unit, a comma, the person, a comma and a verb of explaining the flow or the
  stages of a procedure; counterexamples: an opener, a participant.
- `honorific-role` (u005): the material delivered by an honorific, a role and the person (Bu Guru X); counterexamples:
  a welcome speech, a role with no name.
- `continued` (u029): the session continued (dilanjutkan, diteruskan, disusul) by a titled person, his institution
  and a verb of teaching; counterexamples: an official's speech, aid handed over.
- `rank-unit` (u003): an office, a Polri unit and a rank before the name (Kasat Intelkam AKP X); counterexamples:
  the officer opens or attends.
- `day-shares` (u023, u049, heldout7 q007): a day of the programme, a role and its place, the person, and berbagi
  pengalaman/kiat/ilmu or, after an expert's role, mengajak peserta; counterexamples: a participant, officials.
- `assisted` (u041, heldout4 m041): the teacher assisted (dibantu, didampingi) by a colleague, an assistant or a
  child who teaches in a relative clause; counterexamples: an official's companion who hands over aid or guides the
  programme.
- `topic-source` (heldout7 q011): after a first speaker named by another rule, what the material makes something from (`dari daun sirsak`, `dari minyak jelantah`)
  inside its topic, before the passive verb and the role, its unit, a comma and the person; counterexamples: the
  institution the material comes from, a reaction.
- `cooperative` (u047): the material delivered by a role of a cooperative (CU, KSP, KUD, BMT), its name, a comma and
  the person; the cooperative's name is no person.

    python3 scripts/speaker_probes_r17_gen.py > scripts/speaker_probes_r17.tsv
"""

rows = []


def add(block, sentence, gold=""):
    rows.append((block, sentence, gold))


# learner (u033)
add("learner", "Pada sesi kedua, penyuluh perikanan DKP Kabupaten Sikka, La Ode Arsyad, S.Pi., membimbing nelayan mengolah ikan asap.", "La Ode Arsyad")
add("learner", "Dosen Politeknik Pertanian Negeri Kupang, Ir. Yulius Tamonob, M.P., mengajari petani membuat pupuk bokashi.", "Yulius Tamonob")
add("learner", "Instruktur menjahit Maria Goreti Seran mengajarkan ibu-ibu membuat pola baju.", "Maria Goreti Seran")
add("learner", "Siti Maemunah, Amd.Keb., bidan Puskesmas Alok, melatih kader mengukur lingkar lengan atas.", "Siti Maemunah")
add("learner", "Camat Alok, Drs. Yohanes Bosco, mendampingi kader saat pembukaan.")
add("learner", "Kepala Desa Sukamaju, Arief Budiman, mengajak warga menjaga kebersihan.")
add("learner", "Bupati Sikka, Drs. Fransiskus Roberto Diogo, meminta kader serius mengikuti pelatihan.")

# consists-of (u039)
add("consists-of", "Tim pelatih terdiri dari instruktur BLK Kupang, Yance Pattiasina, dan penyuluh perindustrian Disperindag NTT, Maria Goreti Seran.", "Yance Pattiasina; Maria Goreti Seran")
add("consists-of", "Fasilitator pelatihan terdiri atas pendamping desa Kecamatan Alok, Arief Budiman, serta tenaga ahli P3MD, Dewi Lestari.", "Arief Budiman; Dewi Lestari")
add("consists-of", "Narasumber berasal dari dosen Fakultas Kesehatan Masyarakat Universitas Nusa Cendana, Dr. Yulius Tamonob.", "Yulius Tamonob")
add("consists-of", "Pemateri terdiri dari: widyaiswara BPSDM Provinsi NTT, Dra. Ni Luh Putu Ariani, M.Si.", "Ni Luh Putu Ariani")
add("consists-of", "Peserta terdiri dari kepala sekolah SD Inpres Waioti, Arief Budiman, dan guru.")
add("consists-of", "Narasumber terdiri dari Kepala Dinas Sosial yang membuka acara dan staf.")

# topic-cap (u023)
add("topic-cap", "Peserta mendapat materi aplikasi SIPD dari analis keuangan BPKAD Sikka, Yohanes Bria, S.E.", "Yohanes Bria")
add("topic-cap", "Hari kedua, peserta memperoleh pembekalan budidaya lele Sangkuriang dari penyuluh perikanan DKP Kupang, Ir. La Ode Arsyad.", "La Ode Arsyad")
add("topic-cap", "Kader juga diberi edukasi pemantauan KMS Balita dari bidan koordinator Puskesmas Alok, Maria Goreti Seran, Amd.Keb.", "Maria Goreti Seran")
add("topic-cap", "Peserta menerima penjelasan tentang aplikasi Srikandi oleh arsiparis ahli muda Dinas Kearsipan, Dewi Lestari, S.Sos.", "Dewi Lestari")
add("topic-cap", "Peserta menerima materi dari Dinas Sosial Provinsi NTT.")
add("topic-cap", "Materi pelatihan Bupati Sikka dari tahun lalu masih dipakai, kata Arief Budiman.")

# team-member (u057)
add("team-member", "Anggota tim pengabdian, Dr. Yulius Tamonob, M.Si., menjelaskan teknik pengasapan ikan.", "Yulius Tamonob")
add("team-member", "Salah satu anggota tim, Ir. Maria Goreti Seran, M.P., mengajarkan pembuatan pupuk cair.", "Maria Goreti Seran")
add("team-member", "Sementara itu, anggota tim dosen Universitas Nusa Cendana, Dr. Dewi Lestari, memaparkan hasil uji tanah.", "Dewi Lestari")
add("team-member", "Anggota tim, Dr. Arief Budiman, menjelaskan pelatihan ini didanai hibah kementerian.")
add("team-member", "Anggota tim penilai, Drs. Yohanes Bria, mengatakan bahwa kegiatan ini berjalan lancar.")
add("team-member", "Anggota tim, Ir. Budi Santoso, menyampaikan terima kasih kepada pemerintah desa.")

add("team-member", "Pada hari kedua, anggota tim Dewi Lestari, S.Pi., M.Si. menjelaskan teknik pengeringan ikan.", "Dewi Lestari")
add("team-member", "Anggota tim Arief Budiman, S.E. menyampaikan terima kasih kepada pemerintah desa.")

# method-flow (u021)
add("method-flow", "Sementara itu, operator Dinas Dukcapil Kabupaten Sikka, Yohanes Bria, menjelaskan alur perekaman data.", "Yohanes Bria")
add("method-flow", "Penyuluh KB Kecamatan Alok, Maria Goreti Seran, S.Sos., memaparkan tahapan konseling keluarga.", "Maria Goreti Seran")
add("method-flow", "Dewi Lestari, SKM, petugas surveilans Dinkes Kota Kupang, menerangkan alur pencatatan kasus.", "Dewi Lestari")
add("method-flow", "Pelatihan dibuka Bupati Sikka, Arief Budiman, yang menjelaskan alur pencairan dana hibah.")
add("method-flow", "Salah satu peserta, Rina Marlina, menjelaskan alur kerja di kelompoknya.")

# honorific-role (u005)
add("honorific-role", "Materi pola asuh dibawakan Bu Guru Ratna Sari, S.Pd., lalu dilanjutkan diskusi.", "Ratna Sari")
add("honorific-role", "Materi pupuk organik disampaikan oleh Pak Penyuluh Suparjo dari BPP Kecamatan Alok.", "Suparjo")
add("honorific-role", "Materi gizi seimbang diberikan Ibu Perawat desa Ni Wayan Sutami, Amd.Kep.", "Ni Wayan Sutami")
add("honorific-role", "Sambutan disampaikan Pak Kades Suparno.")
add("honorific-role", "Materi disampaikan Bu Kepala Dinas kepada peserta.")

# continued (u029)
add("continued", "Materi kedua dilanjutkan oleh Dr. Maria Goreti Seran dari Universitas Nusa Nipa yang menjelaskan teknik budidaya rumput laut.", "Maria Goreti Seran")
add("continued", "Setelah istirahat, sesi diteruskan Pak Yohanes Bria asal Desa Watublapi mengajari peserta menenun.", "Yohanes Bria")
add("continued", "Lalu disusul Ibu Dewi Lestari dari Dinkes Kab. Sikka memaparkan materi gizi seimbang.", "Dewi Lestari")
add("continued", "Acara dilanjutkan oleh Bupati Sikka, Drs. Arief Budiman, yang menyerahkan bantuan.")
add("continued", "Kemudian dilanjutkan Ibu Ketua TP PKK Ny. Maria Goreti menyampaikan sambutan.")

# rank-unit (u003)
add("rank-unit", "Kasat Lantas AKP Arief Budiman selaku narasumber menjelaskan tertib berlalu lintas.", "Arief Budiman")
add("rank-unit", "Pemateri hari pertama adalah Kasi Humas Iptu Dewi Lestari, S.H.", "Dewi Lestari")
add("rank-unit", "Kasat Intelkam AKP Yulius Tamonob, S.I.K., bertindak sebagai pemateri.", "Yulius Tamonob")
add("rank-unit", "Kanit Reskrim Bripka Markus Wenda didapuk sebagai instruktur.", "Markus Wenda")
add("rank-unit", "Kasat Pamobvit AKP Yohanes Bria bertindak sebagai narasumber.", "Yohanes Bria")
add("rank-unit", "Pemateri pelatihan, Muhammad Habib Hidayat, menjelaskan cara merakit panel surya.", "Muhammad Habib Hidayat")
add("rank-unit", "Kasat Binmas AKP Yohanes Bria membuka pelatihan.")
add("rank-unit", "Kasat Lantas AKP Arief Budiman hadir dalam pembukaan.")

# day-shares (u023, u049, heldout7 q007)
add("day-shares", "Hari ketiga, pengusaha keripik pisang asal Kupang, Yohanes Bria, berbagi kiat mengemas produk.", "Yohanes Bria")
add("day-shares", "Pada sesi terakhir, dosen Politeknik Negeri Kupang, Dr. Dewi Lestari, berbagi ilmu memotret produk.", "Dewi Lestari")
add("day-shares", "Hari kedua, penyuluh kehutanan Arief Budiman mengajak peserta menanam bibit mangrove.", "Arief Budiman")
add("day-shares", "Hari kedua, salah satu peserta asal Desa Sukamaju, Rina Marlina, berbagi pengalaman mengikuti pelatihan.")
add("day-shares", "Hari terakhir, Bupati Sikka, Arief Budiman, mengajak peserta menjaga kebersihan.")
add("day-shares", "Hari terakhir, Kepala Dinas Sosial, Yohanes Bria, mengajak peserta menerapkan ilmu.")

# assisted (u041, heldout4 m041)
add("assisted", "Pelatih tari dibantu putrinya, Ni Luh Ayu Lestari, yang memperagakan gerakan dasar.", "Ni Luh Ayu Lestari")
add("assisted", "Chef Arnold didampingi asistennya Yohanes Bria yang mempraktikkan resep sambal ikan.", "Yohanes Bria")
add("assisted", "Ia dibantu oleh stafnya, Maria Goreti Seran, yg ngajarin pola jahitan.", "Maria Goreti Seran")
add("assisted", "Bupati didampingi Ketua DPRD Sikka, Arief Budiman, yang menyerahkan bantuan.")
add("assisted", "Bupati didampingi istrinya, Ny. Maria Goreti, yang memandu acara.")

# topic-source (heldout7 q011)
add("topic-source", "Narasumber pertama adalah Dr. Arief Budiman. Materi pembuatan sabun dari minyak jelantah disampaikan penyuluh lingkungan DLH Kota Kupang, Maria Goreti Seran.", "Arief Budiman; Maria Goreti Seran")
add("topic-source", "Pelatihan menghadirkan Dr. Siti Maemunah, M.Si. Materi pengolahan pakan ternak dari limbah jagung dibawakan penyuluh peternakan Distan Sikka, Yohanes Bria, S.Pt.", "Siti Maemunah; Yohanes Bria")
add("topic-source", "Narasumber pertama adalah Ir. La Ode Arsyad. Sesi membuat pupuk organik cair dari sisa sayuran diisi dosen Politani Kupang, Dr. Dewi Lestari.", "La Ode Arsyad; Dewi Lestari")
add("topic-source", "Narasumber pertama adalah Dr. Arief Budiman. Materi dari Dinas Sosial disampaikan kepada peserta oleh panitia.", "Arief Budiman")
add("topic-source", "Materi dari narasumber disambut antusias peserta, kata Arief Budiman.")

# cooperative (u047)
add("cooperative", "Materi dibawakan oleh fasilitator KSP Sejahtera Bersama, Maria Goreti Seran.", "Maria Goreti Seran")
add("cooperative", "Materi disampaikan oleh pengurus BMT Amanah Ummah, Ahmad Fauzi, S.E.", "Ahmad Fauzi")
add("cooperative", "Materi pembukuan diberikan instruktur KUD Sumber Makmur, Yohanes Bria, yang membawakan praktik.", "Yohanes Bria")
add("cooperative", "Materi disampaikan oleh CU Pancur Kasih.")

print("# Round 17 probes (issue 11, task SPK17), generated by scripts/speaker_probes_r17_gen.py from lists of the world,")
print("# variants of the constructions heldout9's look half states a speaker in. Gold: the trainers' names, titles")
print("# stripped; empty: no speaker.")
print("# id (block-number)\tfield\tsentence\tgold")
count = {}
for block, sentence, gold in rows:
    count[block] = count.get(block, 0) + 1
    print(f"{block}-{count[block]:03d}\tspeakers\t{sentence}\t{gold}")
