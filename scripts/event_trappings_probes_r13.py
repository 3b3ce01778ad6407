# Generator of scripts/event_trappings_probes_r13.tsv (issue 11, round 13, EVENT4): near-miss stories with all the
# trappings of a report -- a weekday or relative day, a venue, a count of attendees, an official, a quote -- that
# are NOT trainings, written from a list of the kinds of Indonesian regional stories (not from any labeled
# document); some mention a past or a future training in passing. And, as examples, real trainings told with few
# trappings (no date, no venue), which must stay events. Expected = GOLD-FORMAT's call (a `sosialisasi` held for a
# group with a place is an event, as in round 12).
rows = []
def add(kind, expected, text):
    rows.append((f"t{len(rows)+1:03d}", "event" if expected else "none", kind, text.replace("\n", "\\n")))

places = [("SLEMAN", "Sleman", "Pendopo Parasamya"), ("KUPANG", "Kota Kupang", "Aula El Tari"),
          ("BANYUWANGI", "Banyuwangi", "Gedung Juang"), ("PADANG", "Kota Padang", "Balai Kota Padang"),
          ("GARUT", "Garut", "Pendopo Garut"), ("MATARAM", "Kota Mataram", "Hotel Lombok Raya"),
          ("JAMBI", "Kota Jambi", "Aula Kantor Gubernur"), ("SINJAI", "Sinjai", "Aula Kantor Bupati Sinjai")]
days = ["Senin (3/2/2025)", "Selasa (14/5/2024)", "Rabu (7/8/2024)", "Kamis (12/9/2024)", "Jumat (21/3/2025)"]
reldays = ["pada Senin", "Selasa kemarin", "Rabu lalu", "pada Kamis pagi", "Jumat siang"]

# (kind, headline, the lead's clause after "<CITY> – ", the count's people): stories that are not trainings.
stories = [
    ("rakor", "Pemkab {r} Gelar Rapat Koordinasi Penanganan Stunting",
     "Pemerintah Kabupaten {r} menggelar rapat koordinasi penanganan stunting yang diikuti {n} kepala puskesmas dan camat"),
    ("audiensi", "Forum Guru Honorer Audiensi dengan Bupati {r}",
     "Sebanyak {n} perwakilan guru honorer beraudiensi dengan Bupati {r} membahas kesejahteraan mereka"),
    ("kunker", "Komisi IV DPRD Kunjungan Kerja ke Dinas Pertanian {r}",
     "Komisi IV DPRD melakukan kunjungan kerja ke Dinas Pertanian {r} bersama {n} anggota dan staf"),
    ("pelantikan", "Bupati Lantik {n} Pejabat Administrator dan Pengawas",
     "Bupati {r} melantik {n} pejabat administrator dan pengawas di lingkungan pemerintah kabupaten"),
    ("upacara", "Upacara Hari Kesaktian Pancasila Diikuti {n} ASN",
     "Upacara peringatan Hari Kesaktian Pancasila diikuti {n} aparatur sipil negara dengan khidmat"),
    ("apel", "Apel Gelar Pasukan Operasi Ketupat Libatkan {n} Personel",
     "Polres {r} menggelar apel gelar pasukan Operasi Ketupat yang melibatkan {n} personel gabungan"),
    ("lomba", "Lomba Desa Tingkat Kabupaten, {n} Desa Bersaing",
     "Sebanyak {n} desa mengikuti lomba desa tingkat Kabupaten {r} yang dinilai tim penilai kabupaten"),
    ("festival", "Festival Kuliner Nusantara Ramaikan {r}",
     "Festival kuliner nusantara digelar dan diikuti {n} pelaku usaha makanan dari berbagai kecamatan"),
    ("baksos", "Bakti Sosial Pengobatan Gratis untuk {n} Warga",
     "Kodim {r} menggelar bakti sosial pengobatan gratis yang dihadiri {n} warga kurang mampu"),
    ("bantuan", "Pemkab {r} Salurkan Bantuan Beras kepada {n} Keluarga",
     "Pemerintah Kabupaten {r} menyalurkan bantuan beras cadangan pangan kepada {n} keluarga penerima manfaat"),
    ("pameran", "Pameran Produk Unggulan Daerah Dibuka Wakil Bupati",
     "Wakil Bupati {r} membuka pameran produk unggulan daerah yang diikuti {n} stan pelaku usaha"),
    ("musrenbang", "Musrenbang Kecamatan Tampung {n} Usulan Warga",
     "Musyawarah perencanaan pembangunan (musrenbang) tingkat kecamatan di {r} dihadiri {n} tokoh masyarakat dan kepala desa"),
    ("reses", "Anggota DPRD Serap Aspirasi Warga Saat Reses",
     "Anggota DPRD {r} menggelar reses dan menyerap aspirasi {n} warga dari tiga desa"),
    ("peresmian", "Bupati Resmikan Gedung Pelayanan Terpadu",
     "Bupati {r} meresmikan gedung mal pelayanan publik yang disaksikan {n} undangan"),
    ("sertijab", "Serah Terima Jabatan Kapolres {r}",
     "Serah terima jabatan Kapolres {r} dipimpin Kapolda dan dihadiri {n} tamu undangan"),
    ("tasyakuran", "Tasyakuran Hari Jadi Kabupaten {r} ke-250",
     "Pemerintah Kabupaten {r} menggelar tasyakuran hari jadi ke-250 bersama {n} warga dan tokoh agama"),
    ("rekrutmen", "Rekrutmen PPPK: {n} Pelamar Ikuti Seleksi Kompetensi",
     "Sebanyak {n} pelamar PPPK di {r} mengikuti seleksi kompetensi berbasis komputer"),
    ("wisuda", "Universitas Wisuda {n} Lulusan",
     "Universitas Negeri {r} mewisuda {n} lulusan program sarjana dan pascasarjana"),
    ("ujian", "{n} Siswa Ikuti Asesmen Nasional Berbasis Komputer",
     "Sebanyak {n} siswa SMP di {r} mengikuti asesmen nasional berbasis komputer"),
    ("monitoring", "Tim Kabupaten Monitoring Penyaluran Dana Desa",
     "Tim Inspektorat {r} melakukan monitoring penyaluran dana desa di {n} desa"),
    ("evaluasi", "Evaluasi Kinerja Puskesmas, {n} Puskesmas Dinilai",
     "Dinas Kesehatan {r} menggelar evaluasi kinerja {n} puskesmas semester pertama"),
    ("donor", "Donor Darah Peringati HUT Bhayangkara Kumpulkan {n} Kantong",
     "Polres {r} menggelar donor darah yang diikuti {n} personel dan warga"),
    ("jalan-sehat", "Jalan Sehat HUT RI Diikuti {n} Warga",
     "Jalan sehat memperingati HUT Kemerdekaan RI di {r} diikuti {n} warga"),
    ("pasar-murah", "Operasi Pasar Murah Diserbu {n} Warga",
     "Dinas Perdagangan {r} menggelar operasi pasar murah yang diserbu {n} warga"),
    ("halal-bihalal", "Halal Bihalal Keluarga Besar Pemkab {r}",
     "Pemerintah Kabupaten {r} menggelar halal bihalal yang dihadiri {n} aparatur sipil negara"),
    ("vaksinasi", "Vaksinasi Rabies Massal Sasar {n} Hewan Peliharaan",
     "Dinas Peternakan {r} menggelar vaksinasi rabies massal bagi {n} hewan peliharaan warga"),
    ("rdp", "DPRD Gelar Rapat Dengar Pendapat Soal Tarif Air",
     "Komisi II DPRD {r} menggelar rapat dengar pendapat dengan direksi PDAM yang dihadiri {n} perwakilan warga"),
    ("sidak", "Wali Kota Sidak Kehadiran Pegawai",
     "Wali kota melakukan inspeksi mendadak ke kantor dinas di {r} dan mendapati {n} pegawai belum hadir"),
]
officials = ["Kepala Dinas, Budi Santoso", "Sekretaris Daerah, Hendra Wijaya", "Bupati, Ahmad Fauzi",
             "Camat, Rina Marlina", "Kapolres, AKBP Dedi Kurniawan"]
counts = ["120", "45", "300", "60", "85", "250", "35", "500"]

def story(i, s, form):
    kind, head, lead = s
    city, region, venue = places[i % len(places)]
    n = counts[i % len(counts)]
    off = officials[i % len(officials)]
    h = head.format(r=region, n=n)
    l = lead.format(r=region, n=n)
    if form == "dated":       # weekday date, venue, count, official, quote
        return (f"{h}\n\n{city} – {l} di {venue}, {days[i % len(days)]}.\n\n"
                f"\"Kami berharap kegiatan ini berjalan lancar,\" kata {off}, di sela kegiatan.\n\nAcara berlangsung tertib.")
    if form == "relday":      # a relative day, the venue in its own sentence
        return (f"{h}\n\n{city} – {l} {reldays[i % len(reldays)]}. Kegiatan berlangsung di {venue} sejak pukul 08.00 WIB.\n\n"
                f"{off} mengatakan kegiatan ini rutin digelar setiap tahun.")
    if form == "past":        # a past training mentioned in passing
        return (f"{h}\n\n{city} – {l} di {venue}, {days[i % len(days)]}.\n\n"
                f"Sebagian peserta pernah mengikuti pelatihan serupa tahun lalu, kata {off}.")
    if form == "future":      # a future training mentioned in passing, no date of its own
        return (f"{h}\n\n{city} – {l} di {venue}, {days[i % len(days)]}.\n\n"
                f"{off} menyebut pemerintah juga berencana menggelar bimbingan teknis tahun depan.")
    if form == "topic":       # the lead's official speaks of training as a need, in the story's own sentence
        return (f"{h}\n\n{city} – {l} di {venue}, {days[i % len(days)]}. Dalam kesempatan itu, {off} menekankan "
                f"pentingnya pelatihan bagi {n} peserta yang hadir.\n\n\"Kita akan terus berbenah,\" ujarnya.")
    if form == "usai":        # the story follows a training that is over, told in the lead
        return (f"{h}\n\n{city} – Usai mengikuti pelatihan bulan lalu, {l[0].lower() + l[1:]} di {venue}, "
                f"{days[i % len(days)]}.\n\n{off} mengapresiasi antusiasme warga.")
    raise ValueError(form)

for form in ("dated", "relday", "past", "future", "topic", "usai"):
    for i, s in enumerate(stories):
        add(f"{s[0]}-{form}", False, story(i + len(form), s, form))

# Real trainings told with few trappings (no date, no venue, sometimes no count): must stay events.
few = [
    ("bimtek", "Perangkat Desa Ikuti Bimtek Pengelolaan Keuangan\n\nSLEMAN – Perangkat desa se-Kabupaten Sleman mengikuti bimbingan teknis pengelolaan keuangan desa yang digelar Dinas Pemberdayaan Masyarakat dan Desa. Materi meliputi penyusunan APBDes."),
    ("pelatihan", "Dinas Koperasi Latih Pelaku UMKM Pemasaran Digital\n\nKUPANG – Dinas Koperasi dan UKM Kota Kupang menggelar pelatihan pemasaran digital bagi pelaku UMKM. Peserta belajar memotret produk dan berjualan daring."),
    ("diklat", "BPSDM Gelar Diklat Pengadaan Barang dan Jasa\n\nPADANG – Badan Pengembangan Sumber Daya Manusia Provinsi menggelar diklat pengadaan barang dan jasa bagi aparatur sipil negara. Peserta wajib lulus ujian sertifikasi."),
    ("workshop", "Workshop Penulisan Berita untuk Humas Desa\n\nGARUT – Dinas Komunikasi dan Informatika Kabupaten Garut menggelar workshop penulisan berita bagi pengelola humas desa. Narasumber berasal dari media lokal."),
    ("pembinaan", "Dinas Sosial Beri Pembinaan kepada Pendamping PKH\n\nMATARAM – Dinas Sosial Kota Mataram memberikan pembinaan kepada pendamping Program Keluarga Harapan tentang validasi data penerima."),
    ("orientasi", "Orientasi Tugas bagi Kader Pembangunan Manusia\n\nJAMBI – Dinas Pemberdayaan Masyarakat Desa menggelar orientasi tugas bagi kader pembangunan manusia. Para kader dibekali cara mengukur balita."),
    ("kapasitas", "Peningkatan Kapasitas Pengelola Bank Sampah\n\nSINJAI – Dinas Lingkungan Hidup menggelar peningkatan kapasitas bagi pengelola bank sampah tentang pengolahan sampah organik."),
    ("sosialisasi", "Dinkes Gelar Sosialisasi Gizi Seimbang bagi Kader Posyandu\n\nBANYUWANGI – Dinas Kesehatan Kabupaten Banyuwangi menggelar sosialisasi gizi seimbang bagi 60 kader posyandu di Aula Puskesmas Genteng."),
    ("bintek", "35 Penyuluh Pertanian Ikuti Bintek Hama Terpadu\n\nKUPANG – Sebanyak 35 penyuluh pertanian mengikuti bintek pengendalian hama terpadu yang diselenggarakan Dinas Pertanian."),
    ("latsar", "120 CPNS Ikuti Pelatihan Dasar\n\nGARUT – Sebanyak 120 CPNS Kabupaten Garut mengikuti pelatihan dasar yang digelar Badan Kepegawaian Daerah. Mereka mempelajari nilai dasar ASN."),
    ("dilatih", "Relawan Bencana Dilatih Pertolongan Pertama\n\nPADANG – Relawan desa tangguh bencana dilatih pertolongan pertama oleh Badan Penanggulangan Bencana Daerah Kota Padang."),
    ("pelatihan-quote", "Petani Muda Ikuti Pelatihan Pertanian Organik\n\nSLEMAN – Petani muda mengikuti pelatihan pertanian organik yang digelar Dinas Pertanian Kabupaten Sleman.\n\n\"Kami ingin petani muda mandiri,\" kata kepala dinas."),
    ("pelatihan-headline", "Disnaker Gelar Pelatihan Menjahit bagi Penyandang Disabilitas\n\nJAMBI – Dinas Tenaga Kerja Kota Jambi menggelar pelatihan menjahit bagi penyandang disabilitas. Pelatihan berlangsung sebulan."),
    ("bimtek-org", "KPU Gelar Bimtek bagi Anggota PPK\n\nMATARAM – Komisi Pemilihan Umum Kota Mataram menggelar bimbingan teknis bagi anggota PPK tentang tata cara rekapitulasi suara."),
]
for kind, text in few:
    add(f"few-{kind}", True, text)

# Trainings with ALL the trappings, one for each story's form: the reader must not lose the true ones either.
for i, (name, org, who) in enumerate([("bimbingan teknis", "Dinas Pertanian", "penyuluh pertanian"),
                                      ("pelatihan", "Dinas Tenaga Kerja", "pencari kerja"),
                                      ("diklat", "Badan Kepegawaian Daerah", "pejabat pengawas"),
                                      ("workshop", "Dinas Pendidikan", "guru SD")]):
    city, region, venue = places[i]
    n = counts[i]
    add("full-event", True,
        f"{org} Gelar {name.title()} bagi {who.title()}\n\n{city} – {org} {region} menggelar {name} bagi {n} {who} "
        f"di {venue}, {days[i]}.\n\n\"Kami berharap peserta menerapkan ilmunya,\" kata {officials[i]}.")

with open("scripts/event_trappings_probes_r13.tsv", "w") as f:
    f.write("# Round 13 event-trappings probes (issue 11, EVENT4): near-miss stories with all the trappings of a report\n"
            "# (a weekday or relative day, a venue, a count, an official, a quote) that are not trainings, and trainings\n"
            "# told with few trappings. Columns: id<TAB>expected (event | none)<TAB>kind<TAB>document (\\n = a line break).\n"
            "# Generated by scripts/event_trappings_probes_r13.py, written from lists of the world, not from documents.\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print(len(rows))
