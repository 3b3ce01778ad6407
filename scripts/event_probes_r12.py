# Generator of scripts/event_probes_r12.tsv: short documents written from lists of the world (names Indonesian
# institutions give to trainings; kinds of stories that use training words without reporting one), not from
# any labeled document. Expected = the call GOLD-FORMAT.md makes.
import itertools
rows = []
def add(kind, expected, text):
    rows.append((f"e{len(rows)+1:03d}", "event" if expected else "none", kind, text.replace("\n", "\\n")))

places = [("SLEMAN", "Kabupaten Sleman", "Aula Dinas"), ("KUPANG", "Kota Kupang", "Hotel Sasando"),
          ("BANYUWANGI", "Kabupaten Banyuwangi", "Gedung Juang"), ("PADANG", "Kota Padang", "Balai Kota"),
          ("GARUT", "Kabupaten Garut", "Pendopo"), ("MATARAM", "Kota Mataram", "Hotel Lombok Raya"),
          ("JAMBI", "Kota Jambi", "Aula Kantor Gubernur"), ("SINJAI", "Kabupaten Sinjai", "Aula Kantor Bupati")]
dates = ["Selasa (14/5/2024)", "Rabu (7/8/2024)", "Kamis (12/9/2024)", "Senin (3/2/2025)", "Jumat (21/3/2025)",
         "Selasa (6/5/2025)", "Rabu (18/6/2025)", "Kamis (10/7/2025)"]

# (name as written, who holds it, who takes part, topic): the names institutions give to trainings.
names = [
    ("Bimbingan Teknis (Bimtek)", "Dinas Pemberdayaan Masyarakat dan Desa", "perangkat desa", "pengelolaan keuangan desa"),
    ("Bintek", "Dinas Pertanian", "penyuluh pertanian", "pengendalian hama terpadu"),
    ("Diklat", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "aparatur sipil negara", "pengadaan barang dan jasa"),
    ("Diklatpim Tingkat IV", "Badan Pengembangan Sumber Daya Manusia", "pejabat eselon IV", "kepemimpinan"),
    ("Pelatihan Dasar (Latsar) CPNS", "Badan Kepegawaian Daerah", "CPNS", "nilai dasar ASN"),
    ("Latsar CPNS Golongan III", "BKPSDM", "CPNS", "aktualisasi nilai dasar"),
    ("Pelatihan Kepemimpinan Administrator (PKA)", "BPSDM Provinsi", "pejabat administrator", "kepemimpinan kinerja"),
    ("Pelatihan Kepemimpinan Pengawas (PKP)", "BKPSDM", "pejabat pengawas", "kepemimpinan pelayanan"),
    ("Pelatihan Kepemimpinan Nasional (PKN) Tingkat II", "Lembaga Administrasi Negara", "pejabat pimpinan tinggi pratama", "kepemimpinan strategis"),
    ("pelatihan dasar", "Badan Penanggulangan Bencana Daerah", "relawan desa tangguh bencana", "pertolongan pertama"),
    ("pelatihan lanjutan", "Dinas Koperasi dan UKM", "pelaku UMKM", "pemasaran digital"),
    ("Training of Trainers (ToT)", "Dinas Kesehatan", "tenaga promosi kesehatan", "konseling menyusui"),
    ("TOT", "Dinas Pendidikan", "guru penggerak", "kurikulum merdeka"),
    ("training", "Dinas Pariwisata", "pemandu wisata", "pelayanan prima"),
    ("workshop", "Dinas Perpustakaan dan Kearsipan", "pengelola perpustakaan sekolah", "literasi digital"),
    ("lokakarya", "Badan Perencanaan Pembangunan Daerah", "perencana kecamatan", "perencanaan berbasis data"),
    ("kursus", "Kantor Urusan Agama", "calon pengantin", "ketahanan keluarga"),
    ("kursus singkat", "Dinas Tenaga Kerja", "pencari kerja", "tata boga"),
    ("Sekolah Lapang Pengelolaan Tanaman Terpadu (SL-PTT)", "Dinas Pertanian", "kelompok tani", "budidaya padi"),
    ("Sekolah Lapang Pengendalian Hama Terpadu (SLPHT)", "Dinas Tanaman Pangan dan Hortikultura", "petani cabai", "hama dan penyakit"),
    ("SL-PTT", "Balai Penyuluhan Pertanian", "kelompok tani", "jajar legowo"),
    ("SLPHT", "Dinas Perkebunan", "petani kakao", "penggerek buah"),
    ("Sekolah Lapang Iklim", "Badan Meteorologi Klimatologi dan Geofisika", "penyuluh dan petani", "informasi iklim"),
    ("magang", "Dinas Tenaga Kerja", "lulusan SMK", "perhotelan"),
    ("program pemagangan", "Dinas Tenaga Kerja dan Transmigrasi", "pencari kerja muda", "otomotif"),
    ("in-house training", "RSUD", "perawat", "pengendalian infeksi"),
    ("coaching clinic", "Kantor Pelayanan Pajak Pratama", "bendahara desa", "pelaporan pajak"),
    ("upgrading", "Dewan Pimpinan Cabang", "pengurus ranting", "manajemen organisasi"),
    ("refreshing", "Dinas Kesehatan", "kader posyandu", "pengukuran balita"),
    ("penyegaran", "Dinas Kesehatan", "kader posyandu", "pencatatan gizi"),
    ("penataran", "Pengurus Provinsi PSSI", "wasit sepak bola", "peraturan permainan"),
    ("pembekalan", "Komisi Pemilihan Umum", "anggota PPK", "tata cara rekapitulasi"),
    ("orientasi", "Dinas Sosial", "pendamping PKH", "tugas pendamping"),
    ("induksi", "Rumah Sakit Umum Daerah", "dokter baru", "standar pelayanan"),
    ("peningkatan kapasitas", "Dinas Lingkungan Hidup", "pengelola bank sampah", "pengolahan sampah"),
    ("penguatan kapasitas", "Badan Narkotika Nasional", "relawan antinarkoba", "deteksi dini"),
    ("capacity building", "Badan Pusat Statistik", "petugas sensus", "pendataan digital"),
    ("pendidikan dan pelatihan", "Pusat Pendidikan dan Pelatihan", "penyidik", "penyidikan siber"),
    ("Pelatihan Berbasis Kompetensi (PBK)", "UPTD Balai Latihan Kerja", "pencari kerja", "las listrik"),
    ("pelatihan vokasi", "Dinas Tenaga Kerja", "penyandang disabilitas", "menjahit"),
    ("Latihan Dasar Kepemimpinan (LDK)", "OSIS SMA Negeri 2", "pengurus OSIS", "kepemimpinan"),
    ("temu teknis", "Dinas Perikanan", "penyuluh perikanan", "budidaya lele"),
    ("bootcamp", "Dinas Komunikasi dan Informatika", "pemuda", "pemrograman"),
    ("diklat prajabatan", "Badan Kepegawaian Daerah", "calon pegawai", "wawasan kebangsaan"),
    ("bimbingan manasik haji", "Kantor Kementerian Agama", "calon jemaah haji", "tata cara ibadah haji"),
    ("pelatihan kerja", "Balai Latihan Kerja", "warga putus sekolah", "servis sepeda motor"),
    ("pembinaan", "Dinas Sosial", "pengurus Karang Taruna", "kewirausahaan sosial"),
    ("sosialisasi", "Dinas Kesehatan", "kader posyandu", "pencegahan stunting"),
]
counts = ["40", "35", "60", "25", "120", "50", "30", "45"]
for i, (name, org, who, topic) in enumerate(names):
    dl, city, venue = places[i % len(places)]
    date = dates[i % len(dates)]
    n = counts[i % len(counts)]
    short = name.split(" (")[0]
    form = i % 4
    if form == 0:  # headline + active lead
        add("name", True, f"{org} Gelar {name} bagi {who.title()}\n\n{dl} – {org} {city} menggelar {name} bagi {n} {who} di {venue}, {date}. Materi yang diberikan meliputi {topic}.\n\nKepala dinas berharap peserta menerapkan ilmunya.")
    elif form == 1:  # participants take part, headline names it
        add("name", True, f"{n} {who.title()} Ikuti {name}\n\n{dl} – Sebanyak {n} {who} di {city} mengikuti {name} tentang {topic} yang diselenggarakan {org} di {venue}, {date}.\n\nKegiatan berlangsung dua hari.")
    elif form == 2:  # passive, told late: the headline and first sentence name no event
        add("form-late", True, f"{who.title()} {city} Belajar {topic.title()}\n\n{dl} – Suasana {venue} ramai sejak pagi, {date}. Sebanyak {n} {who} duduk berkelompok. Mereka adalah peserta {short} tentang {topic} yang digelar {org}.\n\nPara peserta tampak antusias.")
    else:  # passive up front
        add("form-passive", True, f"{short.title()} {topic.title()} Digelar di {venue}\n\n{dl} – {name} {topic} bagi {n} {who} dilaksanakan oleh {org} {city} di {venue}, {date}.\n\nPeserta mendapat materi dan praktik langsung.")

# a second form for every other name (another place, date and form), so that no name passes by one template only
for i, (name, org, who, topic) in enumerate(names):
    if i % 2 == 0: continue
    dl, city, venue = places[(i + 3) % len(places)]
    date = dates[(i + 5) % len(dates)]
    n = counts[(i + 2) % len(counts)]
    short = name.split(" (")[0]
    if (i // 2) % 2 == 0:  # told late after the people and the place, `yang dilaksanakan`
        add("form-late", True, f"{n} {who.title()} di {city} Tambah Ilmu\n\n{dl} – Ruang pertemuan {venue} penuh, {date}. Di sana {n} {who} menyimak materi {topic}. Kegiatan itu merupakan {short} yang dilaksanakan {org}.")
    else:  # headline with a verb of taking part, the lead with `peserta`
        add("name", True, f"{org} Buka {name} {topic.title()}\n\n{dl} – {org} {city} membuka {name} {topic} di {venue}, {date}. Peserta berjumlah {n} {who}.\n\nKegiatan dijadwalkan berlangsung tiga hari.")

# forms: headline only, caption only, told in the passive with `oleh`, closing of a training, training under way
add("form-headline", True, "Dinsos Sleman Gelar Bimtek Pendamping Lansia\n\nSLEMAN – Sebanyak 40 pendamping lansia berkumpul di Aula Dinas Sosial Kabupaten Sleman, Selasa (14/5/2024). Mereka belajar cara merawat lansia di rumah bersama tim dari puskesmas.\n\nKepala dinas membuka acara.")
add("form-headline", True, "Pelatihan Barista untuk Pemuda Desa di Garut\n\nGARUT – Dua puluh pemuda Desa Sukamulya belajar meracik kopi di Balai Desa, Jumat (21/3/2025). Mereka dibimbing dua barista dari kafe setempat.")
add("form-headline", True, "BPBD Kupang Taja Diklat Relawan Tanggap Bencana\n\nKUPANG – Relawan dari 12 kelurahan berlatih evakuasi di Halaman Kantor BPBD Kota Kupang, Rabu (7/8/2024). Materi disampaikan instruktur dari Basarnas.")
add("form-caption", True, "Foto: Peserta pelatihan pengolahan ikan praktik membuat abon di Aula Kantor Camat, Kamis (12/9/2024). (foto/ist)\n\nIbu-Ibu Nelayan Sinjai Kini Bisa Buat Abon Ikan\n\nSINJAI – Sebanyak 30 ibu rumah tangga nelayan di Kabupaten Sinjai belajar mengolah ikan tuna menjadi abon di Aula Kantor Camat Sinjai Utara, Kamis (12/9/2024). Dinas Perikanan mendatangkan instruktur dari politeknik.")
add("form-caption", True, "Tampak peserta bimtek operator desa menyimak materi di Hotel Sasando, Senin (3/2/2025).\n\nOperator Desa Se-Kota Kupang Belajar Aplikasi Baru\n\nKUPANG – Sebanyak 51 operator kelurahan di Kota Kupang belajar menggunakan aplikasi data kependudukan di Hotel Sasando, Senin (3/2/2025). Dinas Kependudukan dan Pencatatan Sipil menghadirkan narasumber dari kementerian.")
add("form-passive", True, "Kader Posyandu Dilatih Ukur Tinggi Badan Balita\n\nBANYUWANGI – Sebanyak 80 kader posyandu di Kabupaten Banyuwangi dilatih mengukur tinggi badan balita oleh tim Dinas Kesehatan di Gedung Juang, Rabu (18/6/2025).\n\nAlat ukur baru dibagikan kepada setiap posyandu.")
add("form-passive", True, "Petugas Damkar Dibekali Teknik Penyelamatan di Air\n\nPADANG – Sebanyak 35 petugas pemadam kebakaran Kota Padang dibekali teknik penyelamatan di air di Kolam Renang GOR Haji Agus Salim, Kamis (10/7/2025). Instruktur berasal dari Basarnas.")
add("form-passive", True, "Guru PAUD Digembleng Metode Bermain Sambil Belajar\n\nJAMBI – Sebanyak 60 guru PAUD se-Kota Jambi digembleng metode bermain sambil belajar di Aula Kantor Gubernur, Selasa (6/5/2025). Kegiatan diselenggarakan Himpaudi.")
add("form-closing", True, "Pelatihan Menjahit bagi 20 Perempuan Kepala Keluarga Resmi Ditutup\n\nMATARAM – Pelatihan menjahit bagi 20 perempuan kepala keluarga yang digelar Dinas Sosial Kota Mataram di Hotel Lombok Raya sejak 1 Juli resmi ditutup, Kamis (10/7/2025). Setiap peserta menerima mesin jahit.")
add("form-underway", True, "Hari Kedua Diklat Operator Alat Berat, Peserta Mulai Praktik\n\nSINJAI – Memasuki hari kedua, Rabu (7/8/2024), peserta diklat operator alat berat di Lapangan Dinas PUPR Kabupaten Sinjai mulai praktik mengemudikan ekskavator. Diklat diikuti 24 pemuda.")
add("form-scheduled", True, "Dinkes Garut Akan Gelar Pelatihan Kader Jiwa 8-10 Oktober 2025\n\nGARUT – Dinas Kesehatan Kabupaten Garut akan menggelar pelatihan kader kesehatan jiwa pada 8-10 Oktober 2025 di Aula Dinas Kesehatan. Sebanyak 60 kader dari 42 kecamatan akan ikut.")
add("form-english", True, "Disnaker Kupang Gelar Training Digital Marketing untuk 50 Pemuda\n\nKUPANG – Dinas Tenaga Kerja Kota Kupang menggelar training digital marketing bagi 50 pemuda di Hotel Sasando, Senin (3/2/2025). Peserta belajar membuat iklan di media sosial.")
add("form-sosialisasi", True, "150 Kader Ikuti Sosialisasi Pencegahan Stunting\n\nSINJAI – Sebanyak 150 kader posyandu mengikuti sosialisasi pencegahan stunting yang digelar Dinas Kesehatan Kabupaten Sinjai di Aula Kantor Bupati, Selasa (14/5/2024).")
add("form-headline-verb", True, "Disdik Padang Latih 100 Guru Membuat Soal HOTS\n\nPADANG – Dinas Pendidikan Kota Padang menghadirkan dua widyaiswara di Balai Kota, Kamis (12/9/2024). Sebanyak 100 guru SMP mengikuti kegiatan itu selama dua hari.")
add("form-nounless", True, "Bapelitbangda Sleman Helat Workshop Penyusunan Renja\n\nSLEMAN – Sebanyak 70 perencana perangkat daerah mengikuti workshop penyusunan rencana kerja di Aula Bappeda Kabupaten Sleman, Rabu (7/8/2024). Narasumber berasal dari Kementerian Dalam Negeri.")

# near misses: stories that use training words without reporting a training held, dated and placed
nm = [
 ("plan", "Disnaker Garut Rencanakan Pelatihan Kerja Tahun Depan\n\nGARUT – Dinas Tenaga Kerja Kabupaten Garut berencana menggelar pelatihan kerja bagi 300 pencari kerja tahun depan. Jadwal dan tempatnya belum ditentukan."),
 ("plan", "Pemkot Kupang Bakal Gelar Diklat untuk Lurah\n\nKUPANG – Pemerintah Kota Kupang bakal menggelar diklat bagi para lurah. Kepala BKPSDM mengatakan anggaran sedang diusulkan."),
 ("plan", "Bupati Sinjai Minta Dinas Siapkan Bimtek untuk Kades Baru\n\nSINJAI – Bupati Sinjai meminta Dinas PMD menyiapkan bimbingan teknis bagi kepala desa yang baru dilantik. Waktunya akan dibahas pekan depan."),
 ("plan", "Petani Sleman Diusulkan Ikut Sekolah Lapang\n\nSLEMAN – Kelompok tani di Sleman diusulkan mengikuti sekolah lapang pada musim tanam berikutnya. Usulan itu disampaikan dalam musyawarah desa."),
 ("registration", "Pendaftaran Pelatihan Kerja Gratis di BLK Padang Dibuka\n\nPADANG – UPTD Balai Latihan Kerja Kota Padang membuka pendaftaran pelatihan berbasis kompetensi untuk 10 kejuruan. Pendaftaran dibuka hingga 30 Januari 2025. Jadwal pelatihan akan diumumkan kemudian."),
 ("registration", "Kemenaker Buka Kuota Program Pemagangan ke Jepang\n\nJAKARTA – Kementerian Ketenagakerjaan membuka kuota program pemagangan ke Jepang bagi 500 pemuda. Peminat dapat mendaftar secara daring hingga akhir bulan."),
 ("registration", "Ayo Daftar! Kursus Menjahit Gratis untuk Warga Mataram\n\nMATARAM – Warga Kota Mataram yang ingin ikut kursus menjahit gratis dapat mendaftar di kantor kelurahan. Syarat: KTP Kota Mataram dan usia 18-45 tahun. Kuota 40 orang."),
 ("graduation", "312 Wisudawan Politeknik Kupang Diwisuda\n\nKUPANG – Sebanyak 312 wisudawan Politeknik Negeri Kupang diwisuda di Auditorium kampus, Sabtu (12/10/2024). Direktur mengingatkan bahwa pelatihan dan sertifikasi selama kuliah menjadi bekal kerja."),
 ("graduation", "Bupati Serahkan Sertifikat kepada Alumni Pelatihan BLK\n\nGARUT – Bupati Garut menyerahkan sertifikat dan paket alat kerja kepada 48 alumni pelatihan BLK di Pendopo, Senin (3/2/2025). Pelatihannya sendiri berlangsung Oktober tahun lalu."),
 ("result", "300 CPNS Dinyatakan Lulus Latsar\n\nJAMBI – Badan Kepegawaian Daerah Provinsi Jambi mengumumkan 300 CPNS dinyatakan lulus pelatihan dasar. Nilai rata-rata mereka naik dibanding tahun lalu, kata kepala BKD, Rabu (18/6/2025)."),
 ("result", "Sinjai Raih Penghargaan Daerah Terbaik Pelatihan Vokasi\n\nSINJAI – Pemerintah Kabupaten Sinjai meraih penghargaan daerah terbaik penyelenggara pelatihan vokasi dari Kementerian Ketenagakerjaan di Jakarta, Kamis (12/9/2024). Selama tiga tahun terakhir sebanyak 2.100 pencari kerja dilatih."),
 ("budget", "Anggaran Bimtek DPRD Mataram Dipangkas\n\nMATARAM – Anggaran bimbingan teknis anggota DPRD Kota Mataram dipangkas Rp2 miliar dalam APBD Perubahan. Ketua DPRD menyebut efisiensi anggaran perlu dilakukan."),
 ("budget", "Pemkab Banyuwangi Alokasikan Rp5 Miliar untuk Pelatihan Kerja\n\nBANYUWANGI – Pemerintah Kabupaten Banyuwangi mengalokasikan Rp5 miliar untuk pelatihan kerja dalam APBD 2026. Anggaran itu disetujui DPRD dalam rapat paripurna, Selasa (6/5/2025)."),
 ("audit", "BPK Temukan Kelebihan Bayar Bimtek Kepala Desa\n\nGARUT – Badan Pemeriksa Keuangan menemukan kelebihan pembayaran pada kegiatan bimtek kepala desa tahun 2023. Temuan BPK itu harus dikembalikan dalam 60 hari."),
 ("audit", "Inspektorat Periksa Dana Pelatihan Aparatur Desa\n\nSINJAI – Inspektorat Kabupaten Sinjai memeriksa penggunaan dana pelatihan aparatur desa yang dilaporkan warga. Pemeriksaan dimulai Senin (3/2/2025) di kantor inspektorat."),
 ("court", "Jaksa Tuntut Mantan Kades dalam Kasus Bimtek Fiktif\n\nMATARAM – Jaksa penuntut umum menuntut mantan kepala desa tiga tahun penjara dalam kasus bimtek fiktif di Pengadilan Tipikor Mataram, Kamis (10/7/2025). Terdakwa dinilai merugikan negara Rp400 juta."),
 ("opinion", "OPINI\n\nPelatihan Guru Jangan Sekadar Formalitas\n\nOleh: Guru SMP di Sleman\n\nSetiap tahun guru diundang mengikuti pelatihan, tetapi materi yang sama diulang. Pelatihan guru seharusnya menjawab masalah di kelas."),
 ("opinion", "Kolom: Mengapa Bimtek di Hotel Harus Dihentikan\n\nBimtek di hotel mewah menghabiskan anggaran daerah. Menurut saya, pelatihan aparatur lebih baik digelar di kantor sendiri dengan pelatih dari dalam."),
 ("profile", "Sosok: Pak Darto, 30 Tahun Melatih Tukang Las\n\nBANYUWANGI – Darto sudah 30 tahun menjadi instruktur las di BLK. Ribuan orang pernah ia latih. Kini ia bersiap pensiun tahun depan."),
 ("profile", "Kisah Rina, dari Peserta Pelatihan Jadi Pengusaha Kue\n\nPADANG – Rina dulu mengikuti pelatihan tata boga di BLK. Kini usaha kuenya mempekerjakan lima orang. Setiap hari ia menerima puluhan pesanan."),
 ("contest", "Lomba Cerdas Cermat Kader Posyandu Tingkat Kabupaten Digelar\n\nSINJAI – Lomba cerdas cermat kader posyandu tingkat Kabupaten Sinjai digelar di Aula Kantor Bupati, Selasa (14/5/2024). Sebanyak 18 tim dari 9 kecamatan bertanding."),
 ("contest", "Festival Kuliner UMKM Meriahkan HUT Kota Kupang\n\nKUPANG – Festival kuliner UMKM digelar di Taman Kota, Sabtu (12/10/2024), memperingati HUT Kota Kupang. Para pelaku usaha binaan dinas yang pernah dilatih ikut membuka stan."),
 ("sosialisasi-routine", "Polres Rutin Sosialisasi Bahaya Narkoba\n\nGARUT – Polres Garut rutin menggelar sosialisasi bahaya narkoba di sekolah-sekolah. Kapolres mengatakan hal itu sebagai upaya pencegahan."),
 ("rakor", "Rakor Penanganan Stunting Digelar di Aula Bupati\n\nSINJAI – Rapat koordinasi penanganan stunting digelar di Aula Kantor Bupati Sinjai, Rabu (7/8/2024). Rapat membahas hasil pelatihan kader yang telah berjalan."),
 ("rakor", "Pemprov Jambi Gelar Rapat Kerja dengan Kepala Desa\n\nJAMBI – Pemerintah Provinsi Jambi menggelar rapat kerja dengan 430 kepala desa di Aula Kantor Gubernur, Kamis (10/7/2025), membahas penyaluran dana desa."),
 ("pelantikan", "Bupati Lantik 120 Anggota BPD\n\nGARUT – Bupati Garut melantik 120 anggota Badan Permusyawaratan Desa di Pendopo, Jumat (21/3/2025). Bupati meminta mereka mengikuti bimtek yang akan digelar tahun depan."),
 ("pengukuhan", "Pengukuhan 150 Relawan Tagana Sleman\n\nSLEMAN – Sebanyak 150 relawan Tagana dikukuhkan di Aula Dinas Sosial Kabupaten Sleman, Selasa (14/5/2024). Mereka sudah mengikuti pelatihan dasar bulan lalu."),
 ("audiensi", "Audiensi Forum Guru Honorer dengan Bupati Banyuwangi\n\nBANYUWANGI – Forum guru honorer beraudiensi dengan Bupati Banyuwangi di Pendopo, Senin (3/2/2025). Mereka meminta pelatihan dan sertifikasi bagi guru honorer."),
 ("monev", "Tim Monev Kunjungi Lokasi Program Padat Karya\n\nKUPANG – Tim monitoring dan evaluasi Pemerintah Kota Kupang mengunjungi lokasi program padat karya di tiga kelurahan, Rabu (18/6/2025). Tim mencatat pekerja belum pernah dilatih keselamatan kerja."),
 ("monev", "Dinkes Garut Monev Posyandu di Lima Kecamatan\n\nGARUT – Dinas Kesehatan Kabupaten Garut melakukan monitoring dan evaluasi posyandu di lima kecamatan, Kamis (12/9/2024). Hasilnya, sebagian kader masih perlu pembinaan."),
 ("past", "Banjir Rendam Ratusan Rumah di Padang\n\nPADANG – Banjir merendam ratusan rumah di Kota Padang, Selasa (6/5/2025). Relawan Tagana yang tahun lalu dilatih BPBD membuka dapur umum."),
 ("past", "Bupati Sinjai Resmikan Gedung Baru BLK\n\nSINJAI – Bupati Sinjai meresmikan gedung baru UPTD Balai Latihan Kerja, Senin (3/2/2025). Sepanjang 2024, BLK itu melatih 640 pencari kerja dalam 40 paket pelatihan."),
 ("past", "Penyaluran Bansos Sembako di Jambi Lancar\n\nJAMBI – Penyaluran bansos sembako kepada 3.215 keluarga di Kota Jambi berjalan lancar, Rabu (7/8/2024). Pendamping PKH yang mengikuti bimtek pada 2023 ikut membantu."),
 ("cancel", "Pelatihan Kader di Mataram Ditunda\n\nMATARAM – Pelatihan kader posyandu yang sedianya digelar di Hotel Lombok Raya, Selasa (6/5/2025), ditunda hingga waktu yang belum ditentukan karena anggaran belum cair."),
 ("selection", "Seleksi Calon Peserta Pelatihan Pilot Digelar\n\nJAMBI – Seleksi calon peserta pelatihan pilot beasiswa Pemprov Jambi digelar di Aula Kantor Gubernur, Kamis (10/7/2025). Sebanyak 200 pelamar mengikuti tes tertulis."),
 ("sports", "Tim Sepak Bola Garut Gelar Pemusatan Latihan\n\nGARUT – Tim sepak bola Garut menggelar pemusatan latihan di Stadion Jayaraga, Senin (3/2/2025), jelang Porprov. Pelatih kepala memanggil 28 pemain."),
 ("sports", "Atlet Panahan Sleman Berlatih Jelang Kejurnas\n\nSLEMAN – Sebanyak 12 atlet panahan Sleman berlatih intensif di Lapangan Denggung, Rabu (18/6/2025), jelang kejuaraan nasional. Pelatih menargetkan dua medali emas."),
 ("job-fair", "Bursa Kerja Digelar di Taman Kota Banyuwangi\n\nBANYUWANGI – Bursa kerja digelar di Taman Blambangan, Kamis (12/9/2024). Sebanyak 27 perusahaan membuka 1.300 lowongan. Pencari kerja yang belum siap diarahkan mengikuti pelatihan di BLK."),
 ("recruitment", "Rekrutmen Instruktur BLK Padang Dibuka\n\nPADANG – UPTD BLK Kota Padang membuka rekrutmen instruktur kontrak untuk lima kejuruan pelatihan. Lamaran diterima hingga 15 Maret 2025."),
 ("crime", "Polisi Tangkap Pengedar Sabu di Kupang\n\nKUPANG – Polres Kupang Kota menangkap seorang pengedar sabu, Jumat (21/3/2025). Tersangka diketahui pernah mengikuti pelatihan satpam."),
 ("launch", "Pemkot Jambi Luncurkan Aplikasi Layanan Perizinan\n\nJAMBI – Pemerintah Kota Jambi meluncurkan aplikasi layanan perizinan di Balai Kota, Senin (3/2/2025). Petugas sudah dilatih menggunakan aplikasi itu sebelumnya."),
 ("study-visit", "DPRD Sinjai Kunjungan Kerja ke Sleman\n\nSINJAI – Komisi I DPRD Sinjai melakukan kunjungan kerja ke Kabupaten Sleman, Rabu (7/8/2024), mempelajari tata kelola pelatihan aparatur desa."),
 ("exam", "Ratusan Peserta Ikuti Uji Kompetensi Tukang Bangunan\n\nMATARAM – Sebanyak 300 tukang bangunan mengikuti uji kompetensi di Lapangan Dinas PUPR Kota Mataram, Kamis (10/7/2025). Yang lulus mendapat sertifikat kompetensi."),
 ("exam", "Ujian Dinas Kenaikan Pangkat Digelar BKD Jambi\n\nJAMBI – Ujian dinas kenaikan pangkat bagi 150 ASN digelar BKD Provinsi Jambi di Aula Kantor Gubernur, Selasa (14/5/2024). Peserta ujian sebelumnya telah mengikuti diklat."),
 ("ceremony", "Upacara HUT Korpri di Halaman Kantor Bupati Garut\n\nGARUT – Upacara peringatan HUT Korpri digelar di halaman Kantor Bupati Garut, Jumat (29/11/2024). Bupati mengingatkan ASN untuk terus mengikuti pelatihan."),
 ("aid", "Pelaku UMKM Terima Bantuan Alat Usaha\n\nPADANG – Sebanyak 60 pelaku UMKM menerima bantuan alat usaha dari Dinas Koperasi Kota Padang di Balai Kota, Rabu (18/6/2025). Bantuan diberikan kepada yang sudah mengikuti pelatihan tahun lalu."),
 ("hearing", "DPRD Kupang Soroti Minimnya Pelatihan Nakes\n\nKUPANG – Komisi IV DPRD Kota Kupang menyoroti minimnya pelatihan tenaga kesehatan dalam rapat dengar pendapat dengan Dinas Kesehatan, Senin (3/2/2025)."),
 ("plan-next", "Usai Pelantikan, Kades Baru Diminta Ikuti Orientasi\n\nBANYUWANGI – Sebanyak 20 kepala desa hasil pilkades dilantik di Gedung Juang, Selasa (6/5/2025). Mereka diminta mengikuti orientasi yang akan digelar Dinas PMD."),
 ("feature", "Mengapa Pelatihan Kerja Belum Menurunkan Pengangguran\n\nJumlah pencari kerja yang ikut pelatihan naik setiap tahun, tetapi angka pengangguran tidak turun. Ekonom menilai pelatihan belum sesuai kebutuhan industri."),
 ("interview", "Kepala BLK Garut: Kami Butuh Instruktur Las\n\nGARUT – Kepala UPTD BLK Garut mengatakan pihaknya kekurangan instruktur las. Ia berharap pemerintah provinsi mengirim tenaga pelatih."),
 ("tips", "Lima Tips Memilih Kursus Bahasa Inggris\n\nMemilih kursus bahasa Inggris tidak boleh asal. Perhatikan metode, pengajar dan biaya. Jangan lupa membaca ulasan peserta sebelumnya."),
 ("announce-nodate", "Disdik Sleman Siapkan Pelatihan Guru Coding\n\nSLEMAN – Dinas Pendidikan Kabupaten Sleman menyiapkan pelatihan coding bagi guru SD. Jadwal dan lokasi pelatihan akan diinformasikan lebih lanjut."),
 ("quota", "Kuota Latsar CPNS Banyuwangi Tahun Ini 400 Orang\n\nBANYUWANGI – BKPSDM Banyuwangi menyebut kuota latsar CPNS tahun ini 400 orang. Pelaksanaannya menunggu jadwal dari BPSDM provinsi."),
 ("award-rakor", "Penghargaan Pilar Sosial Diserahkan di Peringatan HKSN\n\nMATARAM – Gubernur menyerahkan penghargaan kepada pilar sosial berprestasi pada puncak peringatan HKSN di Mataram, Jumat (20/12/2024). Para penerima pernah mengikuti bimtek."),
 ("plan-year", "Tahun 2026, Disnaker Mataram Targetkan 500 Peserta Magang\n\nMATARAM – Dinas Tenaga Kerja Kota Mataram menargetkan 500 peserta magang pada 2026. Kepala dinas menyebut program itu akan dimulai setelah anggaran disahkan."),
 ("report-year", "Sepanjang 2024, BPSDM Jambi Gelar 85 Angkatan Diklat\n\nJAMBI – Sepanjang 2024, BPSDM Provinsi Jambi menggelar 85 angkatan diklat dengan 3.400 peserta. Capaian itu disampaikan dalam laporan akhir tahun, Jumat (20/12/2024)."),
 ("opinion-letter", "Surat Pembaca\n\nBimtek Kades Perlu Dievaluasi\n\nSaya warga Sinjai. Kepala desa kami sering ikut bimtek di luar kota, tetapi pelayanan di kantor desa tidak membaik."),
 ("budget-meeting", "Banggar DPRD Sleman Bahas Anggaran Diklat ASN\n\nSLEMAN – Badan Anggaran DPRD Sleman membahas anggaran diklat kepemimpinan dan latsar CPNS bersama TAPD di ruang rapat DPRD, Selasa (14/5/2024)."),
 ("certificate", "Sertifikat Pelatihan Kerja Kini Bisa Diunduh Daring\n\nPADANG – Peserta pelatihan BLK Kota Padang kini dapat mengunduh sertifikat secara daring. Layanan itu diluncurkan Senin (3/2/2025)."),
 ("trainer-profile", "Instruktur BLK Kupang Raih Predikat Pelatih Terbaik Nasional\n\nKUPANG – Seorang instruktur menjahit UPTD BLK Kota Kupang meraih predikat pelatih terbaik nasional dari Kementerian Ketenagakerjaan di Jakarta, Kamis (12/9/2024). Ia sudah melatih ribuan orang."),
 ("evaluation", "Evaluasi Kinerja Pendamping Desa Digelar di Garut\n\nGARUT – Evaluasi kinerja pendamping desa digelar di Pendopo Garut, Rabu (7/8/2024). Pendamping yang nilainya rendah akan dibina."),
 ("serah-terima", "Serah Terima Jabatan Kepala BKPSDM Banyuwangi\n\nBANYUWANGI – Serah terima jabatan Kepala BKPSDM Banyuwangi digelar di Aula Kantor Bupati, Senin (3/2/2025). Pejabat lama kini bertugas di BPSDM provinsi yang mengurus diklat."),
 ("musrenbang", "Musrenbang Kecamatan Usulkan Pelatihan Menjahit\n\nSINJAI – Musrenbang Kecamatan Sinjai Utara di Aula Kantor Camat, Kamis (10/7/2025), mengusulkan pelatihan menjahit dan pelatihan las untuk tahun depan."),
 ("press-conf", "BNN Kupang Paparkan Capaian Akhir Tahun\n\nKUPANG – BNN Kota Kupang memaparkan capaian akhir tahun dalam jumpa pers di kantornya, Kamis (19/12/2024). Sepanjang tahun, BNN menggelar 24 kali penyuluhan dan pelatihan relawan."),
 ("donor", "Donor Darah Meriahkan HUT PMI Jambi\n\nJAMBI – Donor darah digelar di Markas PMI Kota Jambi, Selasa (17/9/2024). Relawan PMI yang baru dilatih ikut melayani pendonor."),
 ("seminar-plan", "Kampus di Padang Siapkan Magang Mahasiswa ke Jepang\n\nPADANG – Politeknik di Padang menyiapkan program magang mahasiswa ke Jepang. Kerja sama itu baru ditandatangani dan pemberangkatan direncanakan tahun depan."),
 ("disaster", "Gempa Guncang Sinjai, Warga Mengungsi\n\nSINJAI – Gempa berkekuatan 5,2 mengguncang Sinjai, Senin (3/2/2025). Relawan yang telah dilatih BPBD membantu evakuasi warga."),
]
for kind, text in nm:
    add(kind, False, text)

# second batch, written after main was measured on the first: trainings held in the frame of another occasion (a
# commemoration, an anniversary, a programme), and more kinds of regional stories that only name trainings
framed = [
 ("frame-hut", "Semarak HUT Korpri, BKPSDM Sleman Gelar Pelatihan Public Speaking\n\nSLEMAN – Dalam rangka HUT Korpri, BKPSDM Kabupaten Sleman menggelar pelatihan public speaking bagi 50 ASN di Aula Dinas, Rabu (27/11/2024)."),
 ("frame-day", "Peringati Hari Gizi Nasional, Dinkes Latih 80 Kader Posyandu\n\nKUPANG – Memperingati Hari Gizi Nasional, Dinas Kesehatan Kota Kupang melatih 80 kader posyandu membuat makanan pendamping ASI di Aula Puskesmas Oebobo, Selasa (28/1/2025)."),
 ("frame-festival", "Di Sela Festival Kopi, Petani Ikuti Pelatihan Pascapanen\n\nGARUT – Di sela Festival Kopi Garut, 60 petani mengikuti pelatihan pascapanen kopi di Gedung Pendopo, Sabtu (12/10/2024). Pelatihan digelar Dinas Perkebunan."),
 ("frame-disaster", "Jelang Musim Hujan, BPBD Padang Latih Relawan Hadapi Banjir\n\nPADANG – Menjelang musim hujan, BPBD Kota Padang melatih 45 relawan menghadapi banjir dan longsor di Aula BPBD, Kamis (10/10/2024)."),
 ("frame-crime", "Cegah Korupsi Dana Desa, Inspektorat Gelar Bimtek untuk Kades\n\nSINJAI – Untuk mencegah korupsi dana desa, Inspektorat Kabupaten Sinjai menggelar bimtek pengelolaan keuangan bagi 67 kepala desa di Aula Kantor Bupati, Senin (3/2/2025)."),
 ("frame-launch", "Usai Peluncuran Aplikasi, Operator Kelurahan Dilatih\n\nJAMBI – Sehari setelah aplikasi layanan diluncurkan, 62 operator kelurahan di Kota Jambi mengikuti pelatihan penggunaannya di Aula Kantor Wali Kota, Selasa (4/2/2025)."),
 ("frame-lomba", "Sebelum Lomba, Kader Posyandu Dibekali Materi Gizi\n\nBANYUWANGI – Sebanyak 36 kader posyandu dibekali materi gizi seimbang di Gedung Juang, Senin (5/5/2025), sebelum mengikuti lomba posyandu tingkat provinsi. Pembekalan digelar Dinas Kesehatan."),
 ("frame-quote", "\"Jangan Takut Teknologi,\" Pesan Kadis kepada Peserta Bimtek\n\nMATARAM – \"Jangan takut teknologi,\" kata Kepala Diskominfo Kota Mataram saat membuka bimtek aplikasi surat elektronik bagi 70 operator OPD di Hotel Lombok Raya, Rabu (14/5/2025)."),
 ("frame-question", "Bagaimana Cara Petani Membuat Pupuk Organik? Ini Jawabannya di Sekolah Lapang\n\nSLEMAN – Sebanyak 25 petani Desa Wukirsari mengikuti sekolah lapang pembuatan pupuk organik di Balai Desa, Jumat (14/3/2025). Sekolah lapang digelar Dinas Pertanian."),
 ("frame-day2", "Hari Terakhir Diklat Bela Negara, Peserta Ikuti Long March\n\nJAMBI – Pada hari terakhir diklat bela negara di Rindam II/Sriwijaya, Kamis (22/5/2025), sebanyak 120 CPNS Pemprov Jambi mengikuti long march sejauh 10 kilometer."),
]
for kind, text in framed:
    add(kind, True, text)
more_nm = [
 ("mou", "Pemkab Garut dan Universitas Teken MoU Pelatihan Guru\n\nGARUT – Pemerintah Kabupaten Garut dan sebuah universitas menandatangani nota kesepahaman tentang pelatihan guru di Pendopo, Senin (3/2/2025). Pelatihannya akan dimulai setelah anggaran tersedia."),
 ("exhibition", "Pameran Produk Hasil Pelatihan UMKM Digelar di Mal\n\nPADANG – Pameran produk hasil pelatihan UMKM digelar di Mal Basko, Sabtu (12/10/2024). Sebanyak 40 pelaku usaha memamerkan kerajinan dan makanan olahan."),
 ("send-off", "Bupati Lepas 30 Peserta Magang ke Jepang\n\nBANYUWANGI – Bupati Banyuwangi melepas 30 peserta magang yang akan berangkat ke Jepang di Pendopo, Senin (3/2/2025). Mereka akan bekerja di pabrik selama tiga tahun."),
 ("scholarship", "Pemprov Jambi Buka Beasiswa Pelatihan Pilot\n\nJAMBI – Pemerintah Provinsi Jambi membuka beasiswa pelatihan pilot untuk 20 pemuda. Berkas lamaran diterima hingga akhir bulan di kantor BKPSDM."),
 ("cpns", "Pengumuman Kelulusan CPNS Sinjai, 240 Dinyatakan Lulus\n\nSINJAI – BKPSDM Sinjai mengumumkan 240 peserta dinyatakan lulus seleksi CPNS, Kamis (9/1/2025). Mereka wajib mengikuti latsar tahun ini."),
 ("reses", "Reses, Anggota DPRD Dengar Aspirasi Pelatihan Kerja\n\nMATARAM – Anggota DPRD Kota Mataram menggelar reses di Kelurahan Ampenan, Sabtu (8/2/2025). Warga meminta pelatihan kerja bagi pemuda."),
 ("tender", "Tender Pengadaan Alat Pelatihan BLK Digugat\n\nKUPANG – Tender pengadaan alat pelatihan UPTD BLK Kota Kupang digugat peserta lelang ke PTUN. Gugatan didaftarkan Rabu (7/5/2025)."),
 ("vaccination", "Vaksinasi Massal Digelar di GOR Sleman\n\nSLEMAN – Vaksinasi massal bagi 1.200 warga digelar di GOR Sleman, Sabtu (12/10/2024). Petugas vaksinator telah mendapat pelatihan dari Dinas Kesehatan sebelumnya."),
 ("sidak", "Wali Kota Sidak BLK, Temukan Mesin Jahit Rusak\n\nPADANG – Wali Kota Padang melakukan inspeksi mendadak ke UPTD BLK, Rabu (7/5/2025). Ia menemukan mesin jahit untuk pelatihan rusak dan meminta segera diperbaiki."),
 ("kampanye", "Calon Bupati Janjikan Pelatihan Kerja Gratis\n\nGARUT – Seorang calon bupati berjanji menggelar pelatihan kerja gratis bagi 10.000 pemuda jika terpilih. Janji itu disampaikan saat kampanye di Lapangan Kerkhof, Minggu (10/11/2024)."),
 ("kerja-bakti", "Warga dan TNI Kerja Bakti Bersihkan Saluran\n\nSINJAI – Warga bersama anggota Koramil kerja bakti membersihkan saluran air di Kelurahan Biringere, Jumat (21/3/2025). Kegiatan itu rutin digelar sebulan sekali."),
 ("health-service", "Pengobatan Gratis untuk Warga Pesisir Kupang\n\nKUPANG – Pengobatan gratis bagi 400 warga pesisir digelar di Puskesmas Pasir Panjang, Sabtu (15/3/2025). Tenaga kesehatan yang bertugas sebagian alumni pelatihan kegawatdaruratan."),
 ("research", "Survei: Separuh Guru Belum Pernah Ikut Pelatihan Digital\n\nJAMBI – Survei sebuah lembaga menemukan separuh guru di Provinsi Jambi belum pernah mengikuti pelatihan digital. Hasil survei dipaparkan Rabu (7/5/2025)."),
 ("obituary", "Instruktur Senior BLK Banyuwangi Tutup Usia\n\nBANYUWANGI – Instruktur senior UPTD BLK Banyuwangi meninggal dunia, Minggu (9/3/2025). Selama 25 tahun ia melatih ribuan pencari kerja."),
 ("accident", "Bus Rombongan Peserta Bimtek Kecelakaan di Tol\n\nMATARAM – Bus yang membawa rombongan peserta bimtek dari Lombok Tengah mengalami kecelakaan di jalan tol, Senin (3/2/2025). Tiga penumpang luka ringan."),
]
for kind, text in more_nm:
    add(kind, False, text)

# third batch, written after the end scores: true events whose training is ABOUT a word that a new cue took as a sign
# of another story (the topic, not the story); they decided which cues were kept
ctr = [
 ("topic-imunisasi", "Dinkes Sleman Latih 60 Bidan soal Imunisasi\\n\\nSLEMAN – Dinas Kesehatan Kabupaten Sleman melatih 60 bidan desa tentang imunisasi dasar lengkap di Aula Dinas, Selasa (14/5/2024). Materi imunisasi disampaikan dokter anak. Bidan juga belajar pencatatan imunisasi."),
 ("topic-vaksinasi", "Pelatihan Vaksinator Digelar di Kupang\\n\\nKUPANG – Pelatihan vaksinasi bagi 45 vaksinator puskesmas digelar Dinas Kesehatan Kota Kupang di Hotel Sasando, Rabu (7/8/2024). Peserta berlatih teknik vaksinasi yang aman."),
 ("topic-kecelakaan", "Disnaker Gelar Pelatihan K3 Cegah Kecelakaan Kerja\\n\\nGARUT – Dinas Tenaga Kerja Kabupaten Garut menggelar pelatihan keselamatan dan kesehatan kerja bagi 50 pekerja konstruksi di Pendopo, Kamis (12/9/2024), untuk mencegah kecelakaan kerja."),
 ("topic-kampanye", "KPU Bimtek PPK tentang Aturan Kampanye\\n\\nMATARAM – KPU Kota Mataram menggelar bimtek tentang aturan kampanye bagi 30 anggota PPK di Hotel Lombok Raya, Senin (3/2/2025). Materi kampanye dan dana kampanye disampaikan komisioner."),
 ("topic-pameran", "Pelatihan Kerajinan Ditutup dengan Pameran Karya Peserta\\n\\nPADANG – Pelatihan kerajinan rotan bagi 25 perajin yang digelar Dinas Perindustrian Kota Padang di Balai Kota, Jumat (21/3/2025), ditutup dengan pameran karya peserta."),
 ("topic-lulus", "Pelatihan Operator Alat Berat Ditutup, 24 Peserta Dinyatakan Lulus\\n\\nSINJAI – Pelatihan operator alat berat di Lapangan Dinas PUPR Kabupaten Sinjai ditutup, Selasa (6/5/2025). Sebanyak 24 peserta dinyatakan lulus dan menerima sertifikat."),
 ("topic-rutin", "Disnaker Jambi Rutin Gelar Pelatihan Kerja, Kali Ini 40 Pemuda Ikut\\n\\nJAMBI – Dinas Tenaga Kerja Kota Jambi rutin menggelar pelatihan kerja. Kali ini 40 pemuda mengikuti pelatihan las di Aula Kantor Gubernur, Rabu (18/6/2025)."),
 ("topic-rutin2", "Pelatihan Kader Posyandu Digelar Rutin Tiap Triwulan\\n\\nBANYUWANGI – Pelatihan kader posyandu yang rutin digelar Dinas Kesehatan Kabupaten Banyuwangi berlangsung di Gedung Juang, Kamis (10/7/2025). Sebanyak 60 kader hadir."),
 ("topic-target", "Bimtek Operator Desa Targetkan Data Rampung Juni\\n\\nGARUT – Bimtek bagi 80 operator desa yang digelar Dinas PMD Kabupaten Garut di Pendopo, Senin (3/2/2025), menargetkan pendataan rampung Juni."),
 ("topic-target2", "Pelatihan Digital UMKM Menargetkan 100 Peserta\\n\\nSLEMAN – Pelatihan pemasaran digital yang menargetkan 100 pelaku UMKM digelar Dinas Koperasi Kabupaten Sleman di Aula Dinas, Rabu (7/8/2024)."),
 ("topic-diharapkan", "Peserta Bimtek Diharapkan Ikuti Materi dengan Serius\\n\\nKUPANG – Sebanyak 70 bendahara desa mengikuti bimtek pengelolaan keuangan di Hotel Sasando, Selasa (14/5/2024). Peserta diharapkan mengikuti materi dengan serius, kata kepala dinas."),
 ("topic-melepas", "Bupati Buka Pelatihan Pemandu Wisata\\n\\nBANYUWANGI – Bupati Banyuwangi membuka pelatihan pemandu wisata bagi 40 pemuda di Gedung Juang, Senin (3/2/2025), dan melepas peserta untuk praktik lapangan ke Kawah Ijen."),
 ("topic-peluncuran", "Dinas Pendidikan Luncurkan Program dan Latih 100 Guru\\n\\nPADANG – Dinas Pendidikan Kota Padang meluncurkan program sekolah digital sekaligus melatih 100 guru di Balai Kota, Kamis (10/7/2025). Pelatihan berlangsung dua hari."),
 ("topic-beasiswa", "Penerima Beasiswa Ikuti Pelatihan Kepemimpinan\\n\\nJAMBI – Sebanyak 50 mahasiswa penerima beasiswa Pemprov Jambi mengikuti pelatihan kepemimpinan di Aula Kantor Gubernur, Jumat (21/3/2025)."),
 ("topic-mutasi", "Bimtek Administrasi Kependudukan: Petugas Belajar Mencatat Mutasi Penduduk\\n\\nSINJAI – Sebanyak 67 operator desa mengikuti bimtek administrasi kependudukan di Aula Kantor Bupati, Rabu (18/6/2025). Mereka belajar mencatat mutasi penduduk."),
 ("topic-dulu", "Peserta Pelatihan Menjahit Dulu Belajar Pola\\n\\nGARUT – Sebanyak 20 ibu rumah tangga mengikuti pelatihan menjahit di Balai Desa Sukamulya, Selasa (6/5/2025). Pada hari pertama mereka terlebih dulu mengikuti materi pola."),
 ("topic-lepas", "Lepas Jenuh, ASN Ikuti Pelatihan Manajemen Stres\\n\\nMATARAM – Sebanyak 60 ASN Pemkot Mataram mengikuti pelatihan manajemen stres di Hotel Lombok Raya, Kamis (12/9/2024)."),
 ("topic-anugerah", "Jelang Anugerah Desa Wisata, Pokdarwis Dilatih\\n\\nSLEMAN – Jelang Anugerah Desa Wisata, 40 anggota pokdarwis Kabupaten Sleman dilatih pengelolaan homestay di Aula Dinas, Selasa (14/5/2024)."),
]
for kind, text in ctr:
    add(kind, True, text)

with open(__import__("os").path.join(__import__("os").path.dirname(__file__), "event_probes_r12.tsv"), "w") as f:
    f.write("# Round 12 event probes (issue 11, EVENT3): short documents written from lists of the world -- the names\n")
    f.write("# Indonesian institutions give to trainings, and the kinds of stories that use training words without reporting\n")
    f.write("# one -- not from any labeled document. Columns: id<TAB>expected (event | none, GOLD-FORMAT's call)<TAB>kind<TAB>\n")
    f.write("# document (\\n = a line break). Generated by scripts/event_probes_r12.py.\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print(len(rows), sum(1 for r in rows if r[1]=="event"))
