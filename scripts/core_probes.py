#!/usr/bin/env python3
"""Round 7 fragility probes for the core fields (issue 11): small invented variations of constructions the rules
handle (venue heads after the cues, counts in words and lists, date ranges across months and years, near-miss
stories, short datelined paragraphs), written with gold labels to a folder that `warta eval DIR --verbose` scores.

Usage: scripts/core_probes.py /tmp/probes && warta eval /tmp/probes --verbose

Only the core fields are labeled with care (is_training_event, event_type, dates, city, venue, participants_total).
Known open or arguable probes: c25 (a count of aid receivers in a sentence that names the training), c44 (`hanya 40
orang yang hadir` of 60 invited), e01 (families as a count), e03 (a contest whose winners will get a training), e16
(a pelantikan with a short briefing: realnews labels a pengukuhan with a training held as a training), s02 (one-
sentence paragraphs without a dateline: they cannot be told from a teaser line), s04 (a date in the dateline's
parentheses), v14 (a hotel named after the kota: the labels take that kota), v36 (another event's venue when the
event has none)."""
import json, os, re, sys
if len(sys.argv) != 2: sys.exit("usage: core_probes.py OUTDIR")
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
for f in os.listdir(out):
    if re.fullmatch(r"[a-z]\d\d\.(txt|json)", f): os.remove(os.path.join(out, f))
P = []
def add(name, text, **g):
    base = dict(is_training_event=True, event_type="pelatihan", date_start="2024-03-12", date_end="2024-03-12",
                city="Kabupaten Sleman", province="Daerah Istimewa Yogyakarta", venue=None, participants_total=None,
                participant_groups=[], organizers=[], speakers=[], speaker_organizations=[], legal_references=[], notes="probe")
    base.update(g)
    if not base["is_training_event"]:
        for k in ["event_type","date_start","date_end","city","province","venue","participants_total"]: base[k] = None
    base["doc"] = name
    open(os.path.join(out, name + ".txt"), "w").write(text)
    json.dump(base, open(os.path.join(out, name + ".json"), "w"), ensure_ascii=False, indent=1)

H = "Dinsos Sleman Gelar Pelatihan Kader Posyandu\n\n"
TAIL = "Kepala Dinas Sosial Kabupaten Sleman, Budi Santoso, mengatakan pelatihan ini bertujuan meningkatkan keterampilan para kader dalam melayani masyarakat. \"Kami berharap ilmu yang didapat bisa diterapkan,\" ujarnya.\n"
NEUTRAL = "Kepala Dinas Sosial Kabupaten Sleman, Budi Santoso, menyampaikan hal itu kepada wartawan. \"Kami terus berupaya melayani masyarakat,\" ujarnya.\n"
FILL = " Langkah ini sejalan dengan program prioritas daerah."
def art(sent1, rest="", head=H, tail=TAIL, fill=True):
    return head + "SLEMAN – " + sent1 + (FILL if fill else "") + "\n\n" + (rest + "\n\n" if rest else "") + tail

# --- venues: other head words after the cues
V = [
 ("v01", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu, Selasa (12/3/2024), bertempat di Ruang Serbaguna Setda Sleman.", "Ruang Serbaguna Setda Sleman"),
 ("v02", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu di Gedung Dharma Wanita Sleman, Selasa (12/3/2024).", "Gedung Dharma Wanita Sleman"),
 ("v03", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu di Ballroom Hotel Sahid Raya, Selasa (12/3/2024).", "Ballroom Hotel Sahid Raya"),
 ("v04", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu di Aula Bappeda Sleman, Selasa (12/3/2024).", "Aula Bappeda Sleman"),
 ("v05", "Pelatihan bagi kader posyandu digelar Dinas Sosial Kabupaten Sleman di Pendopo Parasamya, Selasa (12/3/2024).", "Pendopo Parasamya"),
 ("v06", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu selama satu hari, Selasa (12/3/2024), di Grha Sarina Vidi.", "Grha Sarina Vidi"),
 ("v07", "Bertempat di Aula Kantor Kecamatan Depok, Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu, Selasa (12/3/2024).", "Aula Kantor Kecamatan Depok"),
 ("v08", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu, Selasa (12/3/2024). Kegiatan dipusatkan di Balai Pertemuan Dusun Karangasem.", "Balai Pertemuan Dusun Karangasem"),
 ("v09", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu di Ruang Rapat Bupati Sleman, Selasa (12/3/2024).", "Ruang Rapat Bupati Sleman"),
 ("v10", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu di Auditorium Universitas Gadjah Mada, Selasa (12/3/2024).", "Auditorium Universitas Gadjah Mada"),
 ("v11", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu, Selasa (12/3/2024) bertempat di Gedung PKK Kabupaten Sleman.", "Gedung PKK Kabupaten Sleman"),
 ("v12", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu di Aula Lantai 3 Kantor Bupati Sleman, Selasa (12/3/2024).", "Aula Lantai 3 Kantor Bupati Sleman"),
 ("v13", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu di The Alana Hotel, Selasa (12/3/2024).", "The Alana Hotel"),
 ("v14", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu di Hotel Tentrem Yogyakarta, Jalan AM Sangaji, Selasa (12/3/2024).", "Hotel Tentrem Yogyakarta"),
 ("v15", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu, Selasa (12/3/2024).", "Aula Dinas Sosial", "Pelatihan yang berlangsung di Aula Dinas Sosial itu diikuti para kader dari berbagai desa."),
 ("v16", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu, Selasa (12/3/2024).", "Wisma Kagama", "Kegiatan tersebut diselenggarakan di Wisma Kagama dan dibuka oleh Wakil Bupati."),
 ("v17", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu di Sekretariat TP PKK Sleman, Selasa (12/3/2024).", "Sekretariat TP PKK Sleman"),
 ("v18", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu di Gedung Serba Guna Desa Caturtunggal, Selasa (12/3/2024).", "Gedung Serba Guna Desa Caturtunggal"),
 ("v19", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu di Meeting Room Hotel Hyatt Regency, Selasa (12/3/2024).", "Meeting Room Hotel Hyatt Regency"),
 ("v20", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu di Balai Desa Sardonoharjo, Selasa (12/3/2024).", "Balai Desa Sardonoharjo"),
 ("v21", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu di Kantor Dinas Sosial Sleman, Selasa (12/3/2024).", "Kantor Dinas Sosial Sleman"),
 ("v22", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu, Selasa (12/3/2024) di Omah Dhuwur Resto.", "Omah Dhuwur Resto"),
 ("v23", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu, Selasa (12/3/2024). Acara berlangsung di Pusat Pelatihan Kesehatan Daerah Sleman.", "Pusat Pelatihan Kesehatan Daerah Sleman"),
 ("v24", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu di Gedung Olahraga Sleman, Selasa (12/3/2024).", "Gedung Olahraga Sleman"),
 ("v25", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu di Convention Hall UNY, Selasa (12/3/2024).", "Convention Hall UNY"),
 ("v26", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu, Selasa (12/3/2024) bertempat di Joglo Kantor Desa Wedomartani.", "Joglo Kantor Desa Wedomartani"),
 ("v27", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu di Hotel Grand Quality, Jl. Laksda Adisucipto, Selasa (12/3/2024).", "Hotel Grand Quality"),
 ("v28", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu di Desa Sardonoharjo, Selasa (12/3/2024).", None),
 ("v29", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu di Kecamatan Ngaglik, Selasa (12/3/2024).", None),
 ("v30", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu, Selasa (12/3/2024). Para kader yang bertugas di Puskesmas Depok I itu dilatih cara menimbang balita.", None),
 ("v31", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu di Rumah Makan Jejamuran, Selasa (12/3/2024).", "Rumah Makan Jejamuran"),
 ("v32", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu di Aula Puskesmas Mlati II, Selasa (12/3/2024).", "Aula Puskesmas Mlati II"),
 ("v33", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu di ruang rapat Dinas Sosial, Selasa (12/3/2024).", "ruang rapat Dinas Sosial"),
 ("v34", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu, Selasa (12/3/2024). Kegiatan yang digelar di Lantai 2 Gedung Setda Sleman ini berlangsung sehari.", "Lantai 2 Gedung Setda Sleman"),
 ("v35", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu di Graha Wana Bhakti Yasa, Selasa (12/3/2024).", "Graha Wana Bhakti Yasa"),
 ("v36", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu, Selasa (12/3/2024). Sementara itu, pekan lalu Dinas Kesehatan juga menggelar rapat di Aula Dinas Kesehatan.", None),
]
for v in V:
    name, s1, venue = v[0], v[1], v[2]
    rest = v[3] if len(v) > 3 else ""
    add(name, art(s1, rest), venue=venue)

# --- counts
C = [
 ("c01", "Pelatihan diikuti empat puluh kader posyandu dari 17 kecamatan.", 40),
 ("c02", "Sebanyak 40 orang kader posyandu mengikuti pelatihan tersebut.", 40),
 ("c03", "Pelatihan diikuti 40 peserta dari 17 kecamatan.", 40),
 ("c04", "Pelatihan diikuti puluhan kader posyandu dari berbagai desa.", None),
 ("c05", "Pelatihan diikuti oleh 35 warga Desa Sardonoharjo.", 35),
 ("c06", "Peserta pelatihan berjumlah 25 orang.", 25),
 ("c07", "Sebanyak 30 pelaku UMKM turut mengikuti pelatihan tersebut.", 30),
 ("c08", "Pelatihan diikuti tiga puluh orang perwakilan desa.", 30),
 ("c09", "Pelatihan diikuti 40 orang yang terdiri dari 25 kader posyandu dan 15 bidan desa.", 40),
 ("c10", "Pelatihan diikuti 25 kader posyandu dan 15 bidan desa.", 40),
 ("c11", "Pelatihan diberikan kepada 120 peserta yang berasal dari seluruh kecamatan.", 120),
 ("c12", "Sedikitnya 60 relawan mengikuti pelatihan itu.", 60),
 ("c13", "Pelatihan diikuti oleh perwakilan dari 15 desa.", None),
 ("c14", "Adapun jumlah peserta sebanyak 45 orang.", 45),
 ("c15", "Pelatihan diikuti sekitar 50 kader.", 50),
 ("c16", "Sebanyak dua puluh lima kader mengikuti pelatihan tersebut.", 25),
 ("c17", "Kegiatan ini melibatkan 32 kader posyandu.", 32),
 ("c18", "Tercatat 28 kader hadir dalam pelatihan tersebut.", 28),
 ("c19", "Pelatihan diikuti 40 kader. Tahun lalu, pelatihan serupa diikuti 120 kader.", 40),
 ("c20", "Pelatihan menghadirkan 3 narasumber dan diikuti 40 kader.", 40),
 ("c21", "Ke-40 peserta itu berasal dari 17 kecamatan.", 40),
 ("c22", "Pelatihan diikuti oleh 50 orang peserta, masing-masing dua orang dari 25 desa.", 50),
 ("c23", "Jumlah kader posyandu di Sleman mencapai 5.000 orang. Pelatihan ini diikuti 40 kader.", 40),
 ("c24", "Pelatihan diikuti 40 kader posyandu. Ia berharap seluruh 1.200 kader di Sleman bisa dilatih bertahap.", 40),
 ("c25", "Sebanyak 150 warga menerima bantuan sembako usai pelatihan. Pelatihan sendiri diikuti 40 kader.", 40),
 ("c26", "Pelatihan diikuti seratus kader posyandu.", 100),
 ("c27", "Pelatihan dibuka Bupati dan diikuti 60-an kader.", None),
 ("c28", "Peserta sebanyak 40 kader posyandu.", 40),
 ("c29", "Pelatihan yang diikuti 40 kader itu berlangsung di Aula Desa.", 40),
 ("c30", "Para peserta, sebanyak 42 orang, mendapat materi gizi balita.", 42),
]
for name, s, n in C:
    add(name, art("Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu, Selasa (12/3/2024).", s), participants_total=n,
        venue=("Aula Desa" if name=="c29" else None))

# --- dates
D = [
 ("d01", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu pada 28 Februari hingga 2 Maret 2024.", "2024-02-28", "2024-03-02"),
 ("d02", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu pada 28 Februari - 2 Maret 2024.", "2024-02-28", "2024-03-02"),
 ("d03", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu selama tiga hari, mulai 12 hingga 14 Maret 2024.", "2024-03-12", "2024-03-14"),
 ("d04", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu, Selasa-Kamis (12-14/3/2024).", "2024-03-12", "2024-03-14"),
 ("d05", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu pada tanggal 30 Desember 2023 sampai 2 Januari 2024.", "2023-12-30", "2024-01-02"),
 ("d06", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu pada 12-14 Maret 2024.", "2024-03-12", "2024-03-14"),
 ("d07", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu selama dua hari, Selasa (12/3/2024) dan Rabu (13/3/2024).", "2024-03-12", "2024-03-13"),
 ("d08", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu pada 29 Februari s.d. 1 Maret 2024.", "2024-02-29", "2024-03-01"),
 ("d09", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu yang berlangsung sejak 11 Maret hingga 15 Maret 2024.", "2024-03-11", "2024-03-15"),
 ("d10", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu selama tiga hari sejak Selasa (12/3/2024).", "2024-03-12", "2024-03-14"),
 ("d11", "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu pada Selasa, 12 Maret 2024. Sebelumnya, pada 5 Februari 2024, dinas menggelar rapat persiapan.", "2024-03-12", "2024-03-12"),
 ("d12", "Sebanyak 40 kader posyandu telah mengikuti pelatihan yang digelar Dinas Sosial Kabupaten Sleman pada Selasa (12/3/2024) lalu.", "2024-03-12", "2024-03-12"),
]
for name, s, a, b in D:
    add(name, art(s), date_start=a, date_end=b, participants_total=(40 if name=="d12" else None))

# --- events and near misses
E = [
 ("e01", "Dinsos Sleman Gelar Sosialisasi Program Bantuan Pangan\n\n", "Dinas Sosial Kabupaten Sleman menggelar sosialisasi program bantuan pangan kepada 200 keluarga penerima manfaat, Selasa (12/3/2024).", dict(is_training_event=True, event_type="sosialisasi", participants_total=200)),
 ("e02", "Dinsos Sleman Gelar Rapat Koordinasi Penanganan Stunting\n\n", "Dinas Sosial Kabupaten Sleman menggelar rapat koordinasi penanganan stunting, Selasa (12/3/2024). Rapat juga membahas rencana pelatihan kader posyandu tahun depan.", dict(is_training_event=False)),
 ("e03", "Kader Posyandu Sleman Ikuti Lomba Cerdas Cermat\n\n", "Sebanyak 40 kader posyandu mengikuti lomba cerdas cermat kesehatan yang digelar Dinas Kesehatan Kabupaten Sleman, Selasa (12/3/2024). Para juara akan mendapat pelatihan lanjutan.", dict(is_training_event=False)),
 ("e04", "Ratusan Pemuda Ikuti Seleksi Peserta Pelatihan Kerja\n\n", "Ratusan pemuda mengikuti seleksi calon peserta pelatihan kerja di Balai Latihan Kerja Sleman, Selasa (12/3/2024). Hanya 40 orang yang akan lolos.", dict(is_training_event=False)),
 ("e05", "Pendaftaran Pelatihan Menjahit Gratis Dibuka\n\n", "Dinas Tenaga Kerja Kabupaten Sleman membuka pendaftaran pelatihan menjahit gratis bagi warga. Pendaftaran dibuka hingga akhir bulan.", dict(is_training_event=False)),
 ("e06", "Bupati Salurkan Bantuan Alat Jahit kepada Alumni Pelatihan\n\n", "Bupati Sleman menyalurkan bantuan alat jahit kepada 30 alumni pelatihan menjahit, Selasa (12/3/2024), di Pendopo Parasamya.", dict(is_training_event=False)),
 ("e07", "Dinsos Sleman Akan Gelar Pelatihan Kader Posyandu\n\n", "Dinas Sosial Kabupaten Sleman akan menggelar pelatihan bagi 40 kader posyandu pada Selasa (12/3/2024) di Aula Dinas Sosial.", dict(participants_total=40, venue="Aula Dinas Sosial")),
 ("e08", "Kader Posyandu Sleman Dibekali Keterampilan Gizi\n\n", "Sebanyak 40 kader posyandu dibekali keterampilan pengolahan makanan bergizi oleh Dinas Sosial Kabupaten Sleman, Selasa (12/3/2024).", dict(event_type="other", participants_total=40)),
 ("e09", "Dinsos Sleman Gelar Lomba Kreasi Menu Balita\n\n", "Dinas Sosial Kabupaten Sleman menggelar lomba kreasi menu balita bagi kader posyandu, Selasa (12/3/2024). Lomba ini merupakan rangkaian dari pelatihan gizi yang digelar bulan lalu.", dict(is_training_event=False)),
 ("e10", "Wisuda Peserta Pelatihan BLK Sleman\n\n", "Sebanyak 120 peserta pelatihan di Balai Latihan Kerja Sleman diwisuda, Selasa (12/3/2024).", dict(is_training_event=False)),
 ("e11", "Dinsos Sleman Salurkan Bansos untuk Korban Banjir\n\n", "Dinas Sosial Kabupaten Sleman menyalurkan bantuan sosial untuk korban banjir, Selasa (12/3/2024). Petugas yang menyalurkan sudah mendapat pelatihan penanganan bencana.", dict(is_training_event=False)),
 ("e12", "Puluhan Kader Posyandu Sleman Ikuti Pelatihan\n\n", "Puluhan kader posyandu mengikuti pelatihan peningkatan kapasitas yang diselenggarakan Dinas Sosial Kabupaten Sleman, Selasa (12/3/2024).", dict()),
 ("e13", "", "Dinas Sosial Kabupaten Sleman menggelar rapat evaluasi program bantuan, Selasa (12/3/2024). Dalam rapat itu disampaikan bahwa pelatihan kader posyandu akan dilanjutkan tahun depan.", dict(is_training_event=False)),
 ("e14", "Dinsos Sleman Gelar Pembekalan bagi Relawan\n\n", "Dinas Sosial Kabupaten Sleman menggelar pembekalan bagi relawan bencana, Selasa (12/3/2024).", dict(event_type="other")),
 ("e15", "Anggaran Pelatihan Kader Dipangkas\n\n", "DPRD Kabupaten Sleman memangkas anggaran pelatihan kader posyandu dalam pembahasan APBD perubahan, Selasa (12/3/2024).", dict(is_training_event=False)),
 ("e16", "Dinsos Sleman Lantik Pengurus Karang Taruna\n\n", "Dinas Sosial Kabupaten Sleman melantik pengurus Karang Taruna, Selasa (12/3/2024). Usai dilantik, pengurus langsung mengikuti pembekalan singkat.", dict(is_training_event=False)),
]
for name, head, s, g in E:
    add(name, art(s, head=head, tail=NEUTRAL), **g)

# --- structure: short paragraphs (one sentence under 25 tokens)
S = [
 ("s01", H + "SLEMAN – Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu di Aula Bappeda, Selasa (12/3/2024).\n\nPelatihan diikuti 40 kader dari 17 kecamatan.\n\n" + TAIL, dict(venue="Aula Bappeda", participants_total=40)),
 ("s02", H + "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu di Aula Bappeda, Selasa (12/3/2024).\n\nPelatihan diikuti 40 kader dari 17 kecamatan.\n\n" + TAIL, dict(venue="Aula Bappeda", participants_total=40)),
 ("s03", "SLEMAN – Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu di Aula Bappeda, Selasa (12/3/2024).\n\nPelatihan diikuti 40 kader dari 17 kecamatan.\n\n" + TAIL, dict(venue="Aula Bappeda", participants_total=40)),
 ("s04", H + "Sleman (12/3/2024) – Dinas Sosial Kabupaten Sleman menggelar pelatihan kader posyandu di Aula Bappeda.\n\nSebanyak 40 kader mengikuti kegiatan ini.\n\n" + TAIL, dict(venue="Aula Bappeda", participants_total=40)),
 ("s05", H + "Kepala Dinas Sosial saat membuka pelatihan kader posyandu (foto/ist)\n\nSLEMAN – Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu di Aula Bappeda, Selasa (12/3/2024).\n\nPelatihan diikuti 40 kader dari 17 kecamatan.\n\n" + TAIL, dict(venue="Aula Bappeda", participants_total=40)),
 ("s06", H + "SLEMAN – Pelatihan kader posyandu digelar di Aula Bappeda, Selasa (12/3/2024).\n\nSebanyak 40 kader hadir.\n\n" + TAIL, dict(venue="Aula Bappeda", participants_total=40)),
]
for name, text, g in S:
    add(name, text, **g)

C2 = [
 ("c31", "Sebanyak 40 (empat puluh) orang kader mengikuti pelatihan itu.", 40),
 ("c32", "Pelatihan diikuti kurang lebih 40 peserta.", 40),
 ("c33", "Total peserta pelatihan 40 orang.", 40),
 ("c34", "Pelatihan ini diikuti dengan jumlah peserta 40 orang.", 40),
 ("c35", "Pelatihan diikuti 40 orang, terdiri dari 22 laki-laki dan 18 perempuan.", 40),
 ("c36", "Sebanyak 40 peserta yang terbagi dalam dua angkatan mengikuti pelatihan.", 40),
 ("c37", "Pelatihan diikuti 40 orang kader dari 20 posyandu.", 40),
 ("c38", "Tak kurang dari 40 kader ambil bagian dalam pelatihan itu.", 40),
 ("c39", "Para peserta yang berjumlah 40 orang itu mendapat materi gizi balita.", 40),
 ("c40", "Pelatihan diikuti 20 kader posyandu, 10 bidan desa, dan 10 petugas gizi.", 40),
 ("c41", "Pelatihan yang menelan anggaran Rp 45 juta ini diikuti 40 kader.", 40),
 ("c42", "Setiap desa mengirimkan 2 kader, sehingga total peserta 40 orang.", 40),
 ("c43", "Pelatihan diikuti 40 kader. Setiap peserta mendapat uang transport Rp 100 ribu.", 40),
 ("c44", "Dari 60 kader yang diundang, hanya 40 orang yang hadir.", 40),
]
for name, s, n in C2:
    add(name, art("Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu, Selasa (12/3/2024).", s), participants_total=n)
add("c45", art("Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu, Selasa (12/3/2024).", head="40 Kader Posyandu Sleman Ikuti Pelatihan Gizi\n\n"), participants_total=40)

# --- round 10 (CORE8): a room inside a building, an address without a comma, a second place that is not the venue,
# the object count of a training verb, parts, people beside the participants, counts per unit, a start after
# `sejak`, another act planned in the report, a page date after a bar
OPEN = "Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu"
X = [
 ("x01", OPEN + " di Ruang Rapat Melati, lantai 3 Gedung Setda Sleman, Selasa (12/3/2024).", "Ruang Rapat Melati, lantai 3 Gedung Setda Sleman"),
 ("x02", OPEN + ", Selasa (12/3/2024), bertempat di Ruang Sidang Utama, Lt. 2 Kantor Bupati Sleman.", "Ruang Sidang Utama, Lt. 2 Kantor Bupati Sleman"),
 ("x03", "Bertempat di Ruang Rapat Melati, lantai 3 Gedung Setda Sleman, Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu, Selasa (12/3/2024).", "Ruang Rapat Melati, lantai 3 Gedung Setda Sleman"),
 ("x04", OPEN + " di Ruang Rapat Melati, lantai dua Gedung Setda Sleman, Selasa (12/3/2024).", "Ruang Rapat Melati, lantai dua Gedung Setda Sleman"),
 ("x05", OPEN + ", Selasa (12/3/2024). Kegiatan yang berlangsung di Ruang Rapat Melati, lantai 2 Kantor Dinas Sosial itu dibuka Wakil Bupati.", "Ruang Rapat Melati, lantai 2 Kantor Dinas Sosial"),
 ("x06", OPEN + " di Aula Dinas Sosial Sleman Jalan Magelang Km 10, Selasa (12/3/2024).", "Aula Dinas Sosial Sleman"),
 ("x07", OPEN + " di Gedung Serbaguna Sleman jalan Parasamya Beran, Selasa (12/3/2024).", "Gedung Serbaguna Sleman"),
 ("x08", OPEN + " di Aula Balai Besar Pelaksanaan Jalan Nasional Yogyakarta, Selasa (12/3/2024).", "Aula Balai Besar Pelaksanaan Jalan Nasional Yogyakarta"),
 ("x09", OPEN + " di Hotel Tentrem Jl. AM Sangaji No 72, Selasa (12/3/2024).", "Hotel Tentrem"),
 ("x10", OPEN + " di Aula Bappeda Sleman, Selasa (12/3/2024). Usai pelatihan, Bupati meninjau posyandu di Balai Desa Sardonoharjo.", "Aula Bappeda Sleman"),
 ("x11", OPEN + ", Selasa (12/3/2024), di Aula Bappeda Sleman. Para kader yang bertugas di Puskesmas Depok I juga hadir.", "Aula Bappeda Sleman"),
]
for name, s1, venue in X:
    add(name, art(s1), venue=venue)
Y = [
 ("y01", "Dinas Sosial Kabupaten Sleman menggembleng 50 relawan bencana, Selasa (12/3/2024).", "Sebanyak 12 relawan lain berperan sebagai korban dalam simulasi evakuasi.", 50),
 ("y02", "Dinas Sosial Kabupaten Sleman melatih 40 kader posyandu, Selasa (12/3/2024).", "Kader yang dilatih terdiri dari 25 kader posyandu dan 15 bidan desa. Sebanyak 10 orang bertindak sebagai pasien simulasi.", 40),
 ("y03", OPEN + ", Selasa (12/3/2024).", "Pelatihan diikuti 40 kader. Selain peserta, kegiatan ini melibatkan 5 orang panitia dan 3 orang instruktur.", 40),
 ("y04", OPEN + ", Selasa (12/3/2024).", "Peserta berjumlah 40 kader posyandu, masing-masing desa diwakili oleh dua sampai tiga orang.", 40),
 ("y05", OPEN + ", Selasa (12/3/2024).", "Setiap tahun, pelatihan diikuti 40 kader dari seluruh kecamatan.", 40),
 ("y06", OPEN + ", Selasa (12/3/2024).", "Setiap kecamatan mengirimkan 4 orang kader, sehingga total peserta 68 orang.", 68),
 ("y07", OPEN + ", Selasa (12/3/2024).", "Pelatihan diikuti 40 peserta, terdiri dari 30 kader dan 10 bidan. Kegiatan ini juga melibatkan 6 orang fasilitator.", 40),
 ("y08", "Dinas Sosial Kabupaten Sleman membekali 30 kader posyandu dengan keterampilan gizi, Selasa (12/3/2024).", "Ke-30 kader itu berasal dari 17 kecamatan.", 30),
]
for name, s1, rest, n in Y:
    add(name, art(s1, rest), participants_total=n)
PAGE = "Selasa, 12 Maret 2024 10:00 WIB\n\n"
Z = [
 ("z01", art("Dinas Sosial Kabupaten Sleman menutup pelatihan bagi kader posyandu, Jumat (15/3/2024).", "Pelatihan berlangsung sejak Selasa (12/3/2024) di Aula Bappeda Sleman."), "2024-03-12", "2024-03-15", "Aula Bappeda Sleman", None),
 ("z02", art("Pelatihan bagi kader posyandu yang digelar Dinas Sosial Kabupaten Sleman resmi ditutup, Kamis (14/3/2024).", "Pelatihan tersebut dimulai sejak Selasa (12/3/2024)."), "2024-03-12", "2024-03-14", None, None),
 ("z03", art("Banjir melanda sejak Jumat (8/3/2024) di sejumlah desa.", "Dinas Sosial Kabupaten Sleman kemudian menggelar pelatihan bagi kader posyandu, Selasa (12/3/2024)."), "2024-03-12", "2024-03-12", None, None),
 ("z04", H + PAGE + art("Sebanyak 40 kader posyandu mengikuti pelatihan yang digelar Dinas Sosial Kabupaten Sleman hari ini.", "Dinas Sosial juga akan menggelar pelatihan lanjutan bagi 30 kader pada Selasa (19/3/2024) di Aula Bappeda.", head=""), "2024-03-12", "2024-03-12", None, 40),
 ("z05", H + "Berita Daerah | Selasa, 12 Maret 2024 10:00\n\n" + art("Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu hari ini di Aula Bappeda Sleman.", head=""), "2024-03-12", "2024-03-12", "Aula Bappeda Sleman", None),
 ("z06", art(OPEN + ", Selasa (12/3/2024).", "Pelatihan akan kembali digelar pada Selasa (14/5/2024) bagi 30 kader lain. Pelatihan kali ini diikuti 40 kader."), "2024-03-12", "2024-03-12", None, 40),
]
for name, text, a, b, venue, n in Z:
    add(name, text, date_start=a, date_end=b, venue=venue, participants_total=n)
Y2 = [
 ("y09", OPEN + ", Selasa (12/3/2024).", "Peserta: 51 orang (3 orang dari tiap kecamatan).", 51),
 ("y10", OPEN + ", Selasa (12/3/2024).", "Pesertanya 30 kader dari seluruh desa ditambah 10 bidan desa.\n\nTotalnya 40 orang.", 40),
 ("y11", OPEN + ", Selasa (12/3/2024).", "Pelatihan diikuti 40 kader. Jumlah kader di Sleman seluruhnya 1.200 orang.", 40),
]
for name, s1, rest, n in Y2:
    add(name, art(s1, rest), participants_total=n)
