#!/usr/bin/env python3
"""Writes scripts/organizer_probes_r13.tsv (issue 11, round 13, task ORG11) from lists of the world, not from
documents: Indonesian positions and the institutions they head, the pronouns and stand-ins that refer to the
speaker's institution, the verbs of saying before and after a quote, the title-case stems of headlines, and
counterexamples (an official who only opens, a participant's pronoun, a quoted participant, an official of another
institution, a headline about another story). Expected values as ../shared/GOLD-FORMAT.md writes them.

    python3 scripts/organizer_probes_r13_gen.py > scripts/organizer_probes_r13.tsv
"""
import itertools

# (the position phrase of the official, the institution as written, its short form for "kami dari X")
POSITIONS = [
    ("Kepala Dinas Sosial Kabupaten Sambas", "Dinas Sosial Kabupaten Sambas", "Dinas Sosial"),
    ("Plt. Kepala Dinas Kesehatan Kota Kupang", "Dinas Kesehatan Kota Kupang", "Dinas Kesehatan"),
    ("Plh. Kepala Dinas Pertanian Kabupaten Bone", "Dinas Pertanian Kabupaten Bone", "Dinas Pertanian"),
    ("Kepala Pelaksana BPBD Kabupaten Cianjur", "BPBD Kabupaten Cianjur", "BPBD"),
    ("Kalaksa BPBD Kabupaten Sleman", "BPBD Kabupaten Sleman", "BPBD"),
    ("Kaban BKPSDM Kabupaten Sintang", "BKPSDM Kabupaten Sintang", "BKPSDM"),
    ("Kepala Badan Narkotika Nasional Kabupaten Asahan", "Badan Narkotika Nasional Kabupaten Asahan", "BNN"),
    ("Ketua TP PKK Kabupaten Banjar", "TP PKK Kabupaten Banjar", "PKK"),
    ("Direktur Politeknik Negeri Kupang", "Politeknik Negeri Kupang", "Politeknik"),
    ("Rektor Universitas Tadulako", "Universitas Tadulako", "Untad"),
    ("Dekan Fakultas Pertanian Universitas Jember", "Fakultas Pertanian Universitas Jember", "fakultas"),
    ("Kepala Balai Latihan Kerja Kabupaten Cilacap", "Balai Latihan Kerja Kabupaten Cilacap", "BLK"),
    ("Kabid Rehabilitasi Sosial Dinas Sosial Kota Kendari", "Dinas Sosial Kota Kendari", "Dinas Sosial"),
    ("Kepala Bidang Penyuluhan Dinas Perikanan Kabupaten Kepulauan Selayar", "Dinas Perikanan Kabupaten Kepulauan Selayar", "Dinas Perikanan"),
    ("Kasi Pemberdayaan Masyarakat Dinas PMD Kabupaten Sumbawa", "Dinas PMD Kabupaten Sumbawa", "Dinas PMD"),
    ("Sekretaris Dinas Koperasi dan UKM Provinsi Riau", "Dinas Koperasi dan UKM Provinsi Riau", "Dinas Koperasi"),
    ("Ketua Baznas Kabupaten Sragen", "Baznas Kabupaten Sragen", "Baznas"),
    ("Kepala Kantor SAR Kendari", "Kantor SAR Kendari", "Basarnas"),
    ("Kepala Puskesmas Sukajadi", "Puskesmas Sukajadi", "puskesmas"),
    ("Ketua Karang Taruna Desa Sukamaju", "Karang Taruna Desa Sukamaju", "Karang Taruna"),
    ("Direktur RSUD Kota Bogor", "RSUD Kota Bogor", "RSUD"),
    ("Kepala Disnaker Kota Batam", "Disnaker Kota Batam", "Disnaker"),
]
NAMES = ["Budi Santoso", "Siti Rahmawati", "Agus Salim", "Dewi Lestari", "Hendra Gunawan", "Yusuf Maulana",
         "Ratna Sari", "Made Suarta", "Yohanes Lake", "Andi Baso"]
PRONOUNS = ["pihaknya", "jajarannya", "instansinya", "lembaganya", "institusinya", "pihak kami", "organisasinya", "dinasnya"]
SAY_AFTER_SUBJECT = ["mengatakan", "menjelaskan", "menuturkan", "mengungkapkan", "menyebutkan", "menambahkan"]
SAY_AFTER_QUOTE = ["ujar", "kata", "terang", "sebut", "tambah", "ungkap", "jelas", "tutur"]
HOLD = ["menggelar", "mengadakan", "menyelenggarakan", "melaksanakan", "memfasilitasi"]
EVENTS = [("pelatihan", "pendamping lansia"), ("bimbingan teknis", "operator desa"), ("pelatihan", "kader posyandu"),
          ("bimtek", "pengelola keuangan desa"), ("pelatihan", "relawan tanggap bencana"),
          ("pelatihan", "pencari kerja"), ("workshop", "guru"), ("diklat", "petugas lapangan")]
PASSIVE = ["digelar", "diselenggarakan", "dilaksanakan", "diadakan"]

rows = []


def add(block, sentence, gold):
    rows.append((block, sentence, gold))


def cyc(lst, i):
    return lst[i % len(lst)]


# Block a: the official, a verb of saying, a pronoun of the institution as the subject of a verb of holding.
for i, (pos, org, _) in enumerate(POSITIONS):
    ev, grp = cyc(EVENTS, i)
    add("a", f"{pos}, {cyc(NAMES, i)}, {cyc(SAY_AFTER_SUBJECT, i)} {cyc(PRONOUNS, i)} {cyc(HOLD, i)} {ev} bagi {grp}.", org)
# Block b: the same with a comma after the verb of saying, an adverb, and the name before the position.
for i, (pos, org, _) in enumerate(POSITIONS):
    ev, grp = cyc(EVENTS, i + 3)
    p = cyc(PRONOUNS, i + 2)
    if i % 3 == 0:
        s = f"{pos} {cyc(NAMES, i + 1)} {cyc(SAY_AFTER_SUBJECT, i + 1)}, {p} {cyc(HOLD, i + 1)} {ev} bagi {grp}."
    elif i % 3 == 1:
        s = f"{cyc(NAMES, i + 1)}, {pos}, {cyc(SAY_AFTER_SUBJECT, i + 1)} bahwa {p} kembali {cyc(HOLD, i + 1)} {ev} bagi {grp}."
    else:
        s = f"{pos}, {cyc(NAMES, i + 1)}, {cyc(SAY_AFTER_SUBJECT, i + 1)} {p} sengaja {cyc(HOLD, i + 1)} {ev} ini agar {grp} makin terampil."
    add("b", s, org)
# Block c: a quote in the first person, the official named after it by a verb of saying.
QUOTE_SUBJ = ["Kami", "Kami dari {short}", "Kita", "Pihak kami", "Kami di {short}"]
for i, (pos, org, short) in enumerate(POSITIONS):
    ev, grp = cyc(EVENTS, i + 5)
    subj = cyc(QUOTE_SUBJ, i).format(short=short)
    add("c", f"\"{subj} {cyc(HOLD, i + 2)} {ev} ini agar {grp} makin terampil,\" {cyc(SAY_AFTER_QUOTE, i)} {pos}, {cyc(NAMES, i + 2)}.", org)
# Block d: the quote's verb of holding in the passive with kami as its agent (kami gelar), the official after it,
# or the official first and the quote after a colon.
for i, (pos, org, _) in enumerate(POSITIONS[::2]):
    ev, grp = cyc(EVENTS, i + 1)
    stem = cyc(["gelar", "adakan", "selenggarakan", "laksanakan"], i)
    if i % 2 == 0:
        add("d", f"\"{ev.capitalize()} ini kami {stem} untuk {grp},\" {cyc(SAY_AFTER_QUOTE, i + 3)} {pos}, {cyc(NAMES, i + 3)}.", org)
    else:
        add("d", f"{pos}, {cyc(NAMES, i + 3)}, {cyc(SAY_AFTER_SUBJECT, i + 2)}: \"Kami {cyc(HOLD, i)} {ev} ini untuk {grp}.\"", org)
# Block e: the pronoun as the agent of a passive, after menurut or after the official.
for i, (pos, org, _) in enumerate(POSITIONS[1::2]):
    ev, grp = cyc(EVENTS, i + 2)
    p = cyc(["pihaknya", "instansinya", "lembaganya", "jajarannya"], i)
    if i % 2 == 0:
        add("e", f"Menurut {pos}, {cyc(NAMES, i + 4)}, {ev} yang {cyc(PASSIVE, i)} {p} ini diikuti 40 {grp}.", org)
    else:
        add("e", f"{pos}, {cyc(NAMES, i + 4)}, {cyc(SAY_AFTER_SUBJECT, i)} {ev} yang {cyc(PASSIVE, i)} {p} itu diikuti 40 {grp}.", org)
# Block f: the official in one sentence, the pronoun in the next.
NEXT = ["Ia mengatakan, pihaknya {v} {ev} bagi {grp}.", "Menurutnya, pihaknya {v} {ev} bagi {grp}.",
        "Dia menjelaskan, jajarannya {v} {ev} bagi {grp}.", "Pihaknya, lanjut dia, {v} {ev} bagi {grp}.",
        "Ia menuturkan, melalui bidangnya, pihaknya {v} {ev} bagi {grp}."]
for i, (pos, org, _) in enumerate(POSITIONS[::2]):
    ev, grp = cyc(EVENTS, i + 4)
    add("f", f"{pos}, {cyc(NAMES, i + 5)}, ditemui di kantornya, Senin (3/3/2025). " + cyc(NEXT, i).format(v=cyc(HOLD, i), ev=ev, grp=grp), org)

# Block g: headlines, an organisation and a bare title-case verb, then a lead that names no organizer.
HEAD_ORGS = ["Dinsos Kalbar", "BPBD Sleman", "Kodim 0810/Nganjuk", "Disnaker Kota Bekasi", "Pemkab Banyumas",
             "Polres Garut", "BLK Kendari", "Diskominfo Kota Malang", "Dinkes Bantul", "Basarnas Gorontalo",
             "PMI Kota Bogor", "Baznas Sragen", "BNNK Bantul", "Kemnaker", "Bawaslu Kota Surakarta",
             "Dispertan Bone", "DPMD Sambas", "Lanal Bengkulu", "Disdukcapil Kota Medan", "BKPSDM Sleman",
             "Dekranasda Kubu Raya", "TP PKK Banjar", "Universitas Tadulako", "Dinas Perikanan Selayar"]
HEAD_VERBS = ["Gelar Bimtek Pendamping PKH", "Adakan Pelatihan Menjahit bagi Ibu Rumah Tangga",
              "Taja Pelatihan Kewirausahaan", "Helat Pelatihan Pemandu Wisata", "Latih 50 Pemuda Jadi Barista",
              "Bekali Pencari Kerja dengan Pelatihan Las", "Beri Pelatihan Relawan Desa",
              "Berikan Pelatihan Pengolahan Sampah", "Selenggarakan Diklat Bela Negara",
              "Laksanakan Bimtek Penyusunan APBDes", "Fasilitasi Pelatihan Digital Marketing bagi UMKM",
              "Dorong UMKM Naik Kelas lewat Pelatihan", "Sukses Gelar Pelatihan Kader",
              "Kembali Gelar Pelatihan Pertolongan Pertama", "Gelar Pelatihan Operator Desa, Ini Tujuannya",
              "Gelar Bimtek untuk Tingkatkan Kapasitas Aparatur", "Gembleng Relawan lewat Pelatihan SAR",
              "Tempa Kader Posyandu lewat Pelatihan", "Latih Petani Buat Pupuk Organik",
              "Bekali Kader Pelatihan Deteksi Dini Stunting", "Adakan Workshop Jurnalistik bagi Pelajar",
              "Beri Pembekalan dan Pelatihan bagi Calon Pekerja Migran", "Gelar Pelatihan, Ini Harapan Kepala Dinas",
              "Helat Bimtek Pengelolaan Arsip"]
LEADS = ["Sebanyak 40 peserta mengikuti kegiatan tersebut selama tiga hari.",
         "Kegiatan itu diikuti puluhan warga dari sejumlah desa.",
         "Para peserta antusias mengikuti materi yang disampaikan."]
for i, (o, v) in enumerate(zip(HEAD_ORGS, HEAD_VERBS)):
    add("g", f"{o} {v} || {cyc(LEADS, i)}", o)
# Block h: a headline in capitals; a headline whose lead names the official only through a pronoun.
for i, o in enumerate(HEAD_ORGS[:8]):
    v = cyc(["GELAR PELATIHAN KADER", "ADAKAN BIMTEK OPERATOR DESA", "LATIH RELAWAN BENCANA", "BEKALI PEMUDA PELATIHAN KERJA"], i)
    add("h", f"{o.upper()} {v} || {cyc(LEADS, i)}", o.upper())
for i, (o, (pos, org, _)) in enumerate(zip(["Dinsos Sambas", "Dinkes Kota Kupang", "Dispertan Bone", "BPBD Cianjur"], POSITIONS[:4])):
    add("h", f"{o} Gelar Pelatihan bagi Warga || {pos}, {cyc(NAMES, i)}, mengatakan pihaknya menggelar pelatihan itu bagi 40 warga.", org)

# Block x: counterexamples.
X = [
    ("Bupati Sambas, Budi Santoso, membuka pelatihan itu. Ia berharap pihaknya terus mendukung kegiatan seperti ini.", ""),
    ("Wakil Bupati Bone, Agus Salim, membuka pelatihan tersebut dan mengatakan pihaknya siap membantu peserta.", ""),
    ("Ketua Kelompok Tani Sido Makmur, Hendra Gunawan, mengatakan pihaknya senang dapat mengikuti pelatihan itu.", ""),
    ("Ketua Kelompok Wanita Tani Mawar, Ratna Sari, mengatakan pihaknya sudah tiga kali mengikuti pelatihan serupa.", ""),
    ("\"Kami sangat terbantu dengan pelatihan ini,\" kata Siti Rahmawati, salah satu peserta.", ""),
    ("\"Kami mendapat banyak ilmu dari pelatihan ini,\" ujar Dewi Lestari, peserta asal Desa Sukamaju.", ""),
    ("Salah satu peserta, Yusuf Maulana, mengatakan pihaknya akan menerapkan ilmu dari pelatihan itu di desanya.", ""),
    ("Kepala Dinas Pendidikan Kota Padang, Budi Santoso, mengatakan pihaknya mengirim 20 guru mengikuti pelatihan yang digelar Balai Guru Penggerak Sumatera Barat.", "Balai Guru Penggerak Sumatera Barat"),
    ("Kepala Desa Sukamaju, Agus Salim, berterima kasih kepada Dinas Sosial Kabupaten Sambas yang menggelar pelatihan itu.", "Dinas Sosial Kabupaten Sambas"),
    ("Pimpinan Bank NTT Cabang Ende, Yohanes Lake, mengatakan pihaknya mendukung pelatihan yang digelar Dinas Koperasi Kabupaten Ende.", "Dinas Koperasi Kabupaten Ende"),
    ("Kepala Dinas Pariwisata Kabupaten Toba, Made Suarta, mengatakan pihaknya akan mengikuti pelatihan yang diadakan Kementerian Pariwisata.", "Kementerian Pariwisata"),
    ("Ketua Forum Anak Kota Kupang, Andi Baso, mengatakan pihaknya mendapat banyak ilmu dari pelatihan itu.", ""),
    ("Camat Sukajadi, Hendra Gunawan, mengatakan pihaknya mendukung pelatihan yang digelar Dinas Tenaga Kerja Kota Bandung.", "Dinas Tenaga Kerja Kota Bandung"),
    ("Kepala Sekolah SMA Negeri 1 Garut, Dewi Lestari, mengatakan pihaknya mengutus lima guru mengikuti pelatihan.", ""),
    ("\"Pelatihan ini sangat bermanfaat bagi kami,\" kata Ketua Kelompok Nelayan Mina Bahari, Yusuf Maulana.", ""),
    ("Kepala Dinas Sosial Kabupaten Sambas, Budi Santoso, menghadiri pelatihan yang diselenggarakan Kementerian Sosial.", "Kementerian Sosial"),
    ("Kapolres Garut, AKBP Agus Salim, mengatakan pihaknya menjaga keamanan selama pelatihan yang digelar Dinas Sosial Kabupaten Garut.", "Dinas Sosial Kabupaten Garut"),
    ("Ketua DPRD Kabupaten Bone, Andi Baso, mengatakan pihaknya mendukung anggaran pelatihan yang digelar Dinas Pertanian Kabupaten Bone.", "Dinas Pertanian Kabupaten Bone"),
]
for s, g in X:
    add("x", s, g)
XH = [
    ("Dinsos Kalbar Salurkan Bantuan Sembako || Sebanyak 40 peserta mengikuti kegiatan tersebut selama tiga hari.", ""),
    ("Bupati Sleman Buka Pelatihan Relawan Bencana || Kegiatan itu diikuti puluhan warga dari sejumlah desa.", ""),
    ("Kapolres Garut Hadiri Pelatihan Kader || Para peserta antusias mengikuti materi yang disampaikan.", ""),
    ("Pemkab Banyumas Kirim 20 Pemuda Ikuti Pelatihan Kerja || Sebanyak 40 peserta mengikuti kegiatan tersebut selama tiga hari.", ""),
    ("Disnaker Kota Bekasi Catat 3.000 Pencari Kerja || Kegiatan itu diikuti puluhan warga dari sejumlah desa.", ""),
    ("Ketua DPRD Bone Apresiasi Pelatihan Petani || Para peserta antusias mengikuti materi yang disampaikan.", ""),
]
for s, g in XH:
    add("x", s, g)

# Block i (a second block, written after the first commit and before its changes): the official's words framed
# by an occasion (dalam sambutannya, saat membuka), a partner between the pronoun and its verb (bersama,
# bekerja sama dengan), kegiatan as the event of a passive, a quote opening the sentence after the official's.
I = [
    ("Kepala Dinas Sosial Kabupaten Sambas, Budi Santoso, dalam sambutannya mengatakan pihaknya menggelar pelatihan ini bagi 40 pendamping.", "Dinas Sosial Kabupaten Sambas"),
    ("Kepala Dinas Kesehatan Kota Kupang saat membuka kegiatan mengatakan pihaknya menyelenggarakan pelatihan bagi kader posyandu.", "Dinas Kesehatan Kota Kupang"),
    ("Kalaksa BPBD Kabupaten Sleman, Hendra Gunawan, di sela kegiatan menjelaskan, jajarannya mengadakan pelatihan bagi relawan.", "BPBD Kabupaten Sleman"),
    ("Ketua TP PKK Kabupaten Banjar dalam arahannya menyampaikan bahwa pihaknya menggelar pelatihan bagi kader.", "TP PKK Kabupaten Banjar"),
    ("Kepala Dinas Koperasi dan UKM Provinsi Riau, Made Suarta, mengatakan pihaknya bekerja sama dengan Bank Riau Kepri menggelar pelatihan bagi pelaku usaha.", "Dinas Koperasi dan UKM Provinsi Riau; Bank Riau Kepri"),
    ("Kepala Disnaker Kota Batam, Andi Baso, menjelaskan pihaknya bersama BLK Batam mengadakan pelatihan bagi pencari kerja.", "Disnaker Kota Batam; BLK Batam"),
    ("Rektor Universitas Tadulako, Yohanes Lake, mengatakan lembaganya berkolaborasi dengan Pemkab Sigi menyelenggarakan pelatihan bagi guru.", "Universitas Tadulako; Pemkab Sigi"),
    ("Kepala Dinas Pertanian Kabupaten Bone, Agus Salim, mengatakan kegiatan yang digelar pihaknya ini diikuti 40 petani.", "Dinas Pertanian Kabupaten Bone"),
    ("Menurut Kepala Balai Latihan Kerja Kabupaten Cilacap, Dewi Lestari, acara yang diadakan instansinya itu diikuti 30 pemuda.", "Balai Latihan Kerja Kabupaten Cilacap"),
    ("Kepala Dinas Perikanan Kabupaten Kepulauan Selayar, Yusuf Maulana, menjelaskan hal itu kepada wartawan. \"Kami menggelar pelatihan ini bagi nelayan muda,\" katanya.", "Dinas Perikanan Kabupaten Kepulauan Selayar"),
    ("Direktur RSUD Kota Bogor, Ratna Sari, hadir dalam acara itu. \"Pelatihan ini kami adakan untuk perawat baru,\" ujarnya.", "RSUD Kota Bogor"),
    ("Kepala Dinas PMD Kabupaten Sumbawa, Siti Rahmawati, mengatakan pihaknya tahun ini kembali menggelar bimtek bagi operator desa.", "Dinas PMD Kabupaten Sumbawa"),
    ("Sekretaris Dinas Sosial Kota Kendari, Budi Santoso, mengatakan pihaknya secara rutin menggelar pelatihan bagi pendamping.", "Dinas Sosial Kota Kendari"),
    # counterexamples of the second block
    ("Kepala Dinas Pendidikan Kota Padang, Budi Santoso, dalam sambutannya mengatakan pihaknya mendukung pelatihan yang digelar Balai Guru Penggerak Sumatera Barat.", "Balai Guru Penggerak Sumatera Barat"),
    ("Kepala Dinas Sosial Kabupaten Sambas, Budi Santoso, hadir dalam acara itu. \"Kami mengikuti pelatihan ini dengan senang,\" kata Siti, salah satu peserta.", ""),
    ("Bupati Sleman, Hendra Gunawan, saat membuka kegiatan mengatakan pihaknya mendukung pelatihan bagi relawan.", ""),
    ("Ketua Kelompok Tani Sido Makmur, Agus Salim, mengatakan pihaknya bersama anggota mengikuti pelatihan itu.", ""),
]
for s_, g in I:
    add("i", s_, g)

print("# Round 13 probes (issue 11, task ORG11): organizers named through a pronoun, a quoted official or a headline,")
print("# generated by scripts/organizer_probes_r13_gen.py from lists of the world (positions and the institutions they head,")
print("# the pronouns and stand-ins of the speaker's institution, verbs of saying, title-case headline stems), written")
print("# before any change of this task. Blocks: a official + verb of saying + pronoun + verb of holding; b the same with")
print("# a comma, bahwa, an adverb, the name first; c a first-person quote and its speaker after it; d kami as the agent of")
print("# a passive stem, a quote after a colon; e the pronoun as a passive agent; f the official in one sentence, the")
print("# pronoun in the next; g/h headlines (title case, capitals, a lead that names the official only); x counterexamples")
print("# (an official who only opens, a participant's pronoun, a quoted participant, an official of another body, a")
print("# headline about another story); i a second block, written after the first commit (an occasion, a partner, kegiatan,")
print("# a quote after the official's sentence). Expected values per ../shared/GOLD-FORMAT.md.")
print("# id\tfield\tsentence\tgold (names separated by \"; \", empty: none)")
count = {}
for b, s, g in rows:
    count[b] = count.get(b, 0) + 1
    print(f"{b}{count[b]:02d}\torganizers\t{s}\t{g}")
