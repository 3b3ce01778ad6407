# Generator of scripts/event_nearmiss_probes_r19.tsv (issue 11, round 19, EVENT19): near misses of the kinds an
# unseen writer produced in heldout11's look half (w051 a training promised by a fraudster that never took place,
# w023 a trial over a training held more than a year before, w007 a rescue by people two weeks after their training,
# w031 people dismissed a month after their training), as story-level constructions, each with true-event
# counterexamples that share their surface words. Written from lists of the world (offices, places, trainings,
# people, acts), never from the documents' words. Kinds:
#   never-held     a training revealed never to have taken place (`ternyata tidak pernah ada`, `nyatanya tak pernah
#                  digelar`, `bimtek fiktif`: rule `event.never-held`) under a headline whose act is a fraud or an
#                  arrest (`Tipu`, `Dibekuk`, `Diringkus`: lexicon `not_event_cue`); twins: trainings against fraud,
#                  a first training `belum pernah ada sebelumnya`, participants who `tidak pernah absen`.
#   court          a trial over a training held long before (`berujung di meja hijau`, `Didakwa`, `Diadili`,
#                  `Disidangkan`; the lead's own weekday half a year or more after the training's days:
#                  `DateExtractor.reportedLater`, round 19's second date); twins: trainings for judges, prosecutors
#                  and mediators, a report whose official speaks days after, a training held again after last year's.
#   after-headline a headline whose training stands in a fronted `Usai`/`Setelah` clause and whose own clause is
#                  another act (a rescue, a fire put out, a patient helped: rule `event.after-headline`) over a lead
#                  that puts the training weeks before (`Dua pekan setelah mengikuti ...`); twins: the same headline
#                  shape over a lead that reports the training held or closed.
#   completed      people named as those who have already passed a training (`yang telah lulus pelatihan`,
#                  `lulusan pelatihan`: rule `event.completed-by`), the news a hand-over to them; twins: closings
#                  where participants are declared passed (`dinyatakan lulus`), an exam on a training's last day.
#   swept          a rescue of people swept away (`Terseret Arus`) by people trained weeks before, the training
#                  after `Usai` their past; twins: a training in that rescue, `Usai ... Siap Selamatkan` over a report.
#   past-then-now  a training named with `bulan lalu`/`tahun lalu` in a clause, then `kini`/`sekarang` and another
#                  act (dismissed, fired, promoted: rule `event.past-then-now`, `diberhentikan`/`dipecat` in
#                  `not_event_cue`); twins: a training opened last week and closed now, a report of a training held.
# Expected = GOLD-FORMAT's call. Usage: python3 scripts/event_nearmiss_probes_r19.py [write | run BIN [-v] [--rules DIR]]
import sys, os
rows = []
def add(kind, expected, text):
    rows.append((f"x{len(rows)+1:03d}", "event" if expected else "none", kind, text.replace("\n", "\\n")))

places = [("KUPANG", "Kota Kupang", "Hotel Swiss-Belinn Kristal", "Kelurahan Oebobo"),
          ("MANOKWARI", "Kabupaten Manokwari", "Hotel Aston Niu", "Distrik Manokwari Barat"),
          ("PONTIANAK", "Kota Pontianak", "Hotel Mercure Pontianak", "Kecamatan Pontianak Kota"),
          ("KENDARI", "Kota Kendari", "Hotel Claro Kendari", "Kecamatan Kadia"),
          ("MATARAM", "Kota Mataram", "Hotel Lombok Raya", "Kecamatan Cakranegara")]
offices = ["Dinas Tenaga Kerja", "Dinas Perhubungan", "Dinas Kesehatan", "Dinas Pemberdayaan Masyarakat dan Desa", "Dinas Pariwisata"]
trainings = ["pelatihan operator alat berat", "pelatihan awak kapal", "pelatihan perawat lansia", "bimtek keuangan desa",
             "pelatihan pemandu selam"]
groups = ["pencari kerja", "pemuda pesisir", "lulusan SMK", "bendahara desa", "anak muda"]
days = ["Senin (6/10/2025)", "Rabu (15/10/2025)", "Kamis (23/10/2025)", "Selasa (4/11/2025)", "Jumat (14/11/2025)"]
old_days = ["12-14 Maret 2024", "5-7 Juni 2024", "19-21 Agustus 2024", "2-4 Oktober 2023", "25-27 November 2023"]
fraud_heads = ["Janjikan {T} di {hotel}, Pria Asal Surabaya Tipu 40 {G}",
               "{T} yang Dijanjikan Tak Pernah Ada, Oknum Honorer Dibekuk Polisi",
               "Modal Brosur, Pasutri di {reg} Diringkus usai Tipu 25 {G}",
               "Bimtek Fiktif, Mantan Pegawai Dinas Diringkus di {reg}",
               "Pria Ini Menipu 18 {G} dengan Janji {T} di {hotel}"]
fraud_leads = ["{T} yang dijanjikan digelar di {hotel} pada {day} ternyata tidak pernah ada.",
               "{T} bagi {g} yang diklaim dilaksanakan di {hotel} pada {day} nyatanya tak pernah digelar.",
               "Sebanyak 25 {g} menjadi korban. {T} yang dijanjikan berlangsung di {hotel} ternyata tidak pernah diadakan.",
               "Polisi menangkap seorang mantan pegawai yang diduga menggelar bimtek fiktif bagi bendahara desa dengan biaya Rp 3 juta per orang.",
               "Para korban datang ke {hotel} pada {day}, tetapi {t} itu ternyata tidak pernah ada."]
court_heads = ["Eks Bendahara {Off} Didakwa Korupsi Dana {T}",
               "Kasus {T} di {hotel}, Mantan Kabid Diadili",
               "Mark Up Biaya {T}, Dua Pejabat Disidangkan di Pengadilan Tipikor",
               "Mantan Ketua Panitia {T} Dituntut 4 Tahun Penjara",
               "Gelembungkan Anggaran {T}, Eks Kadis Didakwa Rugikan Negara Rp 900 Juta"]
after_acts = [("Usai Ikuti Pelatihan Pemadaman Kebakaran, Relawan Desa {town} Padamkan Api di Pasar",
               "Dua pekan setelah mengikuti pelatihan pemadaman kebakaran di halaman kantor {off}, relawan desa {town} membuktikan kemampuannya. Api yang melalap tiga kios di pasar berhasil dipadamkan, {day}."),
              ("Setelah Dilatih Pertolongan Pertama, Guru SD di {town} Selamatkan Murid Tersedak",
               "Sebulan setelah dilatih pertolongan pertama oleh {off}, seorang guru SD di {town} menyelamatkan muridnya yang tersedak, {day}."),
              ("Seusai Ikuti Diklat SAR, Nelayan {town} Evakuasi Tiga Pemancing di Laut",
               "Tiga pekan usai mengikuti diklat SAR yang digelar {off}, nelayan {town} mengevakuasi tiga pemancing yang perahunya mati mesin, {day}."),
              ("Usai Dilatih Damkar, Warga {town} Jinakkan Kebakaran Rumah",
               "Dua bulan setelah dilatih petugas pemadam, warga {town} memadamkan api yang membakar sebuah rumah, {day}."),
              ("Selepas Ikuti Pelatihan Bidan Desa, Kader {town} Tolong Persalinan di Perahu",
               "Sepekan selepas mengikuti pelatihan kader kesehatan di aula {off}, seorang kader di {town} menolong persalinan di atas perahu, {day}.")]
now_acts = [("Ikut Bimtek Pendamping Desa Bulan Lalu, Dua Pendamping Kini Dipecat karena Jadi Caleg",
             "Dua pendamping desa di {reg} dipecat setelah diketahui terdaftar sebagai calon anggota legislatif. Keduanya baru mengikuti bimtek pendamping desa di aula {off} pada {day0}."),
            ("Dilatih Tahun Lalu, Tiga Operator Kini Diberhentikan karena Absen",
             "Tiga operator pompa di {reg} diberhentikan karena tidak masuk kerja selama sebulan. Ketiganya pernah dilatih di aula {off} tahun lalu."),
            ("Ikut Pelatihan Satpam Pekan Lalu, 12 Petugas Kini Diberhentikan Perusahaan",
             "Sebanyak 12 petugas keamanan sebuah perusahaan di {reg} diberhentikan. Pemberhentian itu terjadi setelah mereka mengikuti pelatihan satpam di aula {off} pada {day0}."),
            ("Ikut Diklat Bulan Lalu, Kepala Sekolah Ini Sekarang Dicopot dari Jabatannya",
             "Seorang kepala sekolah di {reg} dicopot dari jabatannya dan diberhentikan sementara. Ia baru mengikuti diklat kepala sekolah di aula {off} pada {day0}."),
            ("Ikut Pelatihan Tahun Lalu, Empat Perangkat Desa Kini Dipecat Kades",
             "Empat perangkat desa di {reg} dipecat oleh kepala desa. Pemecatan itu digugat ke PTUN. Keempatnya ikut pelatihan perangkat desa di aula {off} tahun lalu.")]

for i in range(5):
    up, reg, hotel, kec = places[i]; off = offices[i]; t = trainings[i]; T = t.title().replace("Bimtek", "Bimtek")
    g = groups[i]; G = g.title(); day = days[i]; town = kec.split()[-1]
    # --- never-held: a fraud, the promised training never took place
    add("never-held", False,
        fraud_heads[i].format(T=T, hotel=hotel, G=G, reg=reg) + "\n\n"
        f"{up} – " + fraud_leads[i].format(T=t.capitalize(), t=t, hotel=hotel, day=day, g=g)
        + f" Satreskrim Polres setempat menangkap tersangka berinisial AR (41).\n\n"
        f"Kasat Reskrim mengatakan tersangka meminta biaya Rp 4 juta per orang. Kerugian korban ditaksir Rp 160 juta.\n\n"
        f"Tersangka dijerat Pasal 378 KUHP tentang penipuan.")
    twin_heads = [f"Polres Latih 40 Pelaku UMKM Kenali Modus Penipuan Online",
                  f"{off} Gelar {T}, Pertama yang Pernah Ada di {reg}",
                  f"Cegah Korban Penipuan, Bank Latih 35 Nasabah Lansia di {reg}",
                  f"OJK Gelar Pelatihan Waspada Investasi Bodong bagi 50 Guru",
                  f"{off} Latih 30 {G}, Peserta Tak Pernah Absen"]
    twin_leads = [f"Polres {reg.split()[-1]} menggelar pelatihan literasi digital bagi 40 pelaku UMKM di aula Mapolres, {day}. Peserta diajak mengenali modus penipuan lewat telepon dan media sosial.",
                  f"{off} {reg} menggelar {t} bagi 30 {g} di {hotel}, {day}. Menurut kepala dinas, pelatihan seperti ini belum pernah ada sebelumnya di daerah itu.",
                  f"Sebuah bank daerah menggelar pelatihan keamanan transaksi bagi 35 nasabah lansia di {hotel}, {day}. Peserta belajar mengenali pesan yang menipu.",
                  f"Otoritas Jasa Keuangan menggelar pelatihan literasi keuangan bagi 50 guru di {hotel}, {day}. Peserta belajar membedakan investasi legal dan bodong.",
                  f"{off} {reg} menggelar {t} bagi 30 {g} di {hotel} selama lima hari hingga {day}. Kepala dinas memuji peserta yang tidak pernah absen."]
    add("never-held-twin", True, twin_heads[i] + "\n\n" + f"{up} – " + twin_leads[i] + "\n\n\"Kami ingin warga lebih waspada,\" kata narasumber.")
    # --- court: a trial over a training held long before; the lead's own weekday half a year or more later
    add("court", False,
        court_heads[i].format(Off=off, T=T, hotel=hotel) + "\n\n"
        f"{up} – {t.capitalize()} yang digelar {off} {reg} di {hotel} pada {old_days[i]} berujung di pengadilan. "
        f"Mantan pejabat dinas berinisial {['SH', 'AR', 'MT', 'YK', 'DL'][i]} duduk di kursi terdakwa Pengadilan Tipikor, {day}.\n\n"
        f"Jaksa menyebut biaya peserta digelembungkan dari Rp 1,5 juta menjadi Rp 4 juta per orang bagi 120 {g}.\n\n"
        f"Sidang dilanjutkan pekan depan dengan agenda eksepsi.")
    court_twins = [f"Kejaksaan Negeri Gelar Bimtek Penanganan Perkara bagi 30 Jaksa di {hotel}",
                   f"Pengadilan Agama Latih 25 Mediator di {reg}",
                   f"{off} Gelar {T} bagi 40 {G} di {hotel}",
                   f"Kembali Digelar, {T} Angkatan II Diikuti 40 {G}",
                   f"Hakim dan Panitera Ikuti Pelatihan Sertifikasi Mediator di {hotel}"]
    court_leads = [f"Kejaksaan Negeri {reg.split()[-1]} menggelar bimbingan teknis penanganan perkara bagi 30 jaksa di {hotel}, {day}. Materi meliputi penyusunan surat dakwaan.",
                   f"Pengadilan Agama {reg.split()[-1]} melatih 25 mediator di aula kantor, {day}. Pelatihan berlangsung tiga hari.",
                   f"{off} {reg} menggelar {t} bagi 40 {g} di {hotel} pada {['3-5 Maret 2025', '2-4 Juni 2025', '18-20 Agustus 2025', '6-8 Oktober 2025', '10-12 November 2025'][i]}. Kepala dinas mengatakan, {['Senin (10/3/2025)', 'Senin (9/6/2025)', 'Senin (25/8/2025)', 'Senin (13/10/2025)', 'Senin (17/11/2025)'][i]}, peserta akan dipantau.",
                   f"Setelah angkatan I pada {old_days[i]}, {off} {reg} kembali menggelar {t} angkatan II bagi 40 {g} di {hotel}, {day}.",
                   f"Sebanyak 30 hakim dan panitera mengikuti pelatihan sertifikasi mediator yang digelar Mahkamah Agung di {hotel}, {day}."]
    add("court-twin", True, court_twins[i] + "\n\n" + f"{up} – " + court_leads[i] + "\n\n\"Pelatihan ini penting,\" kata kepala kantor.")
    # --- after-headline: a fronted `Usai ... pelatihan` clause, the headline's own act another one
    h, lead = after_acts[i]
    add("after-headline", False,
        h.format(town=town) + "\n\n" + f"{up} – " + lead.format(off=f"{off} {reg}", town=town, day=day)
        + "\n\n\"Ilmu yang kami dapat langsung terpakai,\" kata salah seorang warga.\n\n"
        f"Kepala {off} mengapresiasi keberanian warga dan berharap warga lain meniru.")
    twin_h = ["Usai Ikuti Pelatihan Menjahit, 30 Ibu Rumah Tangga di {town} Terima Sertifikat",
              "Usai Dilatih, 40 Kader Posyandu {town} Praktik Langsung di Puskesmas",
              "Setelah Ikuti Diklat Tiga Hari, 25 Perangkat Desa {town} Siap Kelola Aset",
              "Usai Ikuti Pelatihan Barista, 20 Pemuda {town} Siap Buka Kedai",
              "Seusai Pelatihan Pemadaman, Relawan {town} Diberi Seragam"]
    twin_l = ["{off} menutup pelatihan menjahit bagi 30 ibu rumah tangga di aula kelurahan {town}, {day}. Peserta menerima sertifikat.",
              "Sebanyak 40 kader posyandu {town} dilatih pemantauan tumbuh kembang oleh {off} di aula puskesmas, {day}.",
              "Sebanyak 25 perangkat desa di {town} mengikuti diklat pengelolaan aset desa yang digelar {off} di aula kecamatan, {day}.",
              "{off} menggelar pelatihan barista bagi 20 pemuda {town} di aula dinas selama tiga hari hingga {day}.",
              "{off} menggelar pelatihan pemadaman kebakaran bagi 30 relawan {town} di halaman kantor, {day}. Usai pelatihan, relawan diberi seragam."]
    add("after-headline-twin", True, twin_h[i].format(town=town) + "\n\n" + f"{up} – " + twin_l[i].format(off=f"{off} {reg}", town=town, day=day)
        + "\n\n\"Peserta antusias,\" kata panitia.")
    # --- past-then-now: a training with a past time word, then `kini`/`sekarang` and another act
    h, lead = now_acts[i]
    add("past-then-now", False,
        h + "\n\n" + f"{up} – " + lead.format(reg=reg, off=f"{off} {reg}", day0=old_days[i].split('-')[0] + " " + " ".join(old_days[i].split()[1:]))
        + f" Kepala {off} membenarkan hal itu saat dikonfirmasi, {day}.\n\n\"Aturannya jelas,\" katanya.")
    now_twins = [f"Pelatihan Las yang Dibuka Pekan Lalu, Kini Ditutup Bupati",
                 f"{off} Gelar {T} bagi 30 {G}",
                 f"Tahun Lalu Hanya 20 Peserta, Kini {T} Diikuti 45 {G}",
                 f"Ikut Pelatihan Pekan Lalu, 25 Kader Kini Ikuti Bimtek Lanjutan",
                 f"Bupati Buka {T} bagi 30 {G} di {hotel}"]
    now_leads = [f"Pelatihan las bagi 24 pemuda yang dibuka pekan lalu di Aula BLK {reg} ditutup Bupati, {day}. Peserta menerima sertifikat.",
                 f"{off} {reg} menggelar {t} bagi 30 {g} di aula dinas, {day}.",
                 f"{off} {reg} menggelar {t} bagi 45 {g} di {hotel}, {day}. Pesertanya naik dibanding tahun lalu.",
                 f"Sebanyak 25 kader mengikuti bimtek lanjutan yang digelar {off} {reg} di aula kecamatan, {day}.",
                 f"Bupati membuka {t} bagi 30 {g} di {hotel}, {day}. Pelatihan berlangsung lima hari."]
    add("past-then-now-twin", True, now_twins[i] + "\n\n" + f"{up} – " + now_leads[i] + "\n\n\"Kami ingin peserta terampil,\" kata kepala dinas.")

# --- completed: people named as those who have already passed a training (`yang telah lulus pelatihan`, `lulusan
# pelatihan`), the news a hand-over to them (rule `event.completed-by`); twins: the closing of a training where the
# participants are declared passed and receive their certificates.
comp_heads = ["Penyerahan Alat Kerja bagi Pemuda {town}", "Wali Kota Serahkan Modal Usaha kepada Warga {town}",
              "Bantuan Mesin Jahit untuk Ibu-ibu {town}", "Sertifikat Kompetensi Akhirnya Dibagikan di {town}",
              "25 Lulusan Pelatihan Las Diterima Bekerja di Galangan Kapal {town}"]
comp_leads = ["{off} menyerahkan paket alat kerja kepada 20 pemuda yang telah lulus pelatihan perbengkelan, {day}, di aula kantor camat {town}.",
              "Wali kota menyerahkan modal usaha kepada 30 warga {town} yang sudah lulus pelatihan kewirausahaan, {day}, di balai kota.",
              "Sebanyak 15 mesin jahit diserahkan kepada para lulusan pelatihan menjahit di aula kelurahan {town}, {day}.",
              "Sebanyak 28 peserta yang telah lulus dari pelatihan pemandu wisata menerima sertifikat kompetensi di kantor {off}, {day}.",
              "Sebanyak 25 lulusan pelatihan las dari BLK diterima bekerja di sebuah galangan kapal di {town}, {day}."]
comp_twins = ["{off} Tutup Pelatihan Perbengkelan, 20 Pemuda Dinyatakan Lulus",
              "Pelatihan Kewirausahaan Ditutup, 30 Warga {town} Terima Sertifikat",
              "Penutupan Pelatihan Menjahit di {town}, 15 Peserta Lulus",
              "28 Peserta Pelatihan Pemandu Wisata Ikuti Uji Kompetensi di {town}",
              "BLK Gelar Pelatihan Las bagi 25 Pemuda {town}"]
comp_twin_leads = ["{off} menutup pelatihan perbengkelan bagi 20 pemuda di aula kantor camat {town}, {day}. Semua peserta dinyatakan lulus pelatihan dan menerima sertifikat.",
                   "Pelatihan kewirausahaan bagi 30 warga {town} ditutup wali kota di balai kota, {day}. Peserta yang telah lulus pelatihan menerima sertifikat saat penutupan.",
                   "Pelatihan menjahit bagi 15 ibu rumah tangga di aula kelurahan {town} resmi ditutup, {day}.",
                   "Sebanyak 28 peserta pelatihan pemandu wisata yang digelar {off} mengikuti uji kompetensi di aula kantor, {day}, pada hari terakhir pelatihan.",
                   "BLK menggelar pelatihan las bagi 25 pemuda {town} di bengkel BLK, {day}. Peserta harus lulus pelatihan dasar sebelum praktik di galangan."]
for i in range(5):
    up, reg, hotel, kec = places[i]; off = f"{offices[i]} {reg}"; town = kec.split()[-1]; day = days[i]
    add("completed", False,
        comp_heads[i].format(town=town) + "\n\n" + f"{up} – " + comp_leads[i].format(off=off, town=town, day=day)
        + f" Pelatihan itu sendiri sudah digelar {off} beberapa bulan sebelumnya.\n\n\"Semoga bermanfaat,\" kata kepala dinas.")
    add("completed-twin", True,
        comp_twins[i].format(off=offices[i], town=town) + "\n\n" + f"{up} – " + comp_twin_leads[i].format(off=off, town=town, day=day)
        + "\n\n\"Peserta sangat antusias,\" kata instruktur.")

# --- swept: a rescue of people swept away (`Terseret Arus`, lexicon `not_event_cue`) by people trained weeks before
# (the training after `Usai` is their past, so the rescue is no training's topic); twins: a training in that rescue,
# the same `Usai` headline over a lead that reports the training held.
add("swept", False,
    "Usai Ikuti Pelatihan SAR Air, Anggota Tagana Selamatkan Bocah Terseret Arus Sungai\n\n"
    "SAMARINDA – Sebulan setelah mengikuti pelatihan SAR air di tepian Sungai Mahakam, anggota Tagana Kota Samarinda "
    "membuktikan kemampuannya. Seorang bocah yang terseret arus sungai di Kelurahan Sungai Kapih berhasil diselamatkan, "
    "Sabtu (8/11/2025).\n\n\"Teknik yang kami pelajari langsung dipakai,\" kata salah seorang anggota.")
add("swept-twin", True,
    "BPBD Latih 40 Relawan Selamatkan Wisatawan Terseret Arus\n\n"
    "SAMARINDA – BPBD Kota Samarinda menggelar pelatihan water rescue bagi 40 relawan di tepian Sungai Mahakam, Sabtu "
    "(8/11/2025). Peserta dilatih menyelamatkan wisatawan yang terseret arus.")
add("swept-twin", True,
    "Usai Ikuti Pelatihan Water Rescue, 40 Relawan Siap Selamatkan Wisatawan Terseret Arus\n\n"
    "SAMARINDA – BPBD Kota Samarinda menggelar pelatihan water rescue bagi 40 relawan di tepian Sungai Mahakam, Sabtu "
    "(8/11/2025). Peserta dilatih menyelamatkan wisatawan yang terseret arus.")

# --- FIX19 (review of the merge, /tmp/rv j1, j2, f1, f2): a headline with a clause of after or of the past and a
# sign of another story (`Dipecat`, `Tenggelam`) over a lead that holds the training itself, unmarked, with its
# own date, place and organizer: the lead reports it (EventExtractor `titleOnlyPast` needs a lead whose held
# training is absent or marked past: `baru saja`, `pernah`, `sempat`). A rescue after a word of practising
# (`praktik`, `mempraktikkan`, `simulasi`: lexicon `hazard_topic`, value `practice`) is a training's drill.
# The reviewer's four inputs, two variants each (events); counterexamples: the lead holds the training only as
# the past of people dismissed, a rescue after an athlete's practice named as past (`Usai Latihan`).
lead_laid_off = "BEKASI - Sebanyak 60 buruh yang diberhentikan pabrik garmen {k}mengikuti pelatihan menjahit yang digelar Disnaker Bekasi di BLK Cikarang, Senin (3/11/2025)."
add("fix19-laid-off", True, "Usai Dipecat Pabrik, 60 Buruh Kini Ikut Pelatihan Menjahit di BLK\n\n" + lead_laid_off.format(k=""))
add("fix19-laid-off", True, "Pernah Ikut Pelatihan Tahun Lalu, Buruh yang Dipecat Kini Dilatih Lagi\n\n" + lead_laid_off.format(k="kembali "))
add("fix19-laid-off", True, "Usai Diberhentikan Perusahaan, 45 Pekerja Tambang Kini Ikut Pelatihan Las\n\n"
    "SAMARINDA – Sebanyak 45 pekerja tambang yang diberhentikan perusahaan mengikuti pelatihan las yang digelar Dinas "
    "Tenaga Kerja Kaltim di BLK Samarinda, Rabu (5/11/2025).\n\nPelatihan berlangsung sepekan.")
add("fix19-laid-off", True, "Pernah Ikut Kursus Tahun Lalu, Sopir Angkot yang Dipecat Kini Dilatih Mengemudi Bus\n\n"
    "MEDAN – Dinas Perhubungan Kota Medan menggelar pelatihan mengemudi bus bagi 30 sopir angkot yang dipecat "
    "pengusaha di Terminal Amplas, Kamis (6/11/2025).")
add("fix19-laid-off", True, "Setelah Dicopot, Lima Kepala Dusun Kini Ikut Bimtek Administrasi Desa\n\n"
    "MAROS – Lima mantan kepala dusun yang dicopot bupati mengikuti bimtek administrasi desa yang "
    "diselenggarakan Dinas PMD Maros di Aula Kantor Bupati, Selasa (4/11/2025).")
add("fix19-dismissed", False, "Baru Ikut Bimtek Bulan Lalu, Dua Kades Kini Dicopot\n\n"
    "MAKASSAR – Dua kepala desa di Kabupaten Gowa dicopot dari jabatannya karena kasus dana desa. Keduanya baru saja "
    "mengikuti bimtek pengelolaan keuangan desa di Hotel Claro Makassar pada Senin 6 Oktober 2025.\n\n"
    "Bupati menunjuk pelaksana tugas.")
add("fix19-dismissed", False, "Ikut Pelatihan Tahun Lalu, Lima Honorer Kini Dipecat\n\n"
    "KENDARI – Lima tenaga honorer di Dinas Perhubungan Kota Kendari dipecat karena jarang masuk kerja. Mereka pernah "
    "mengikuti pelatihan juru parkir di aula dinas pada 12 Maret 2024.\n\nKepala dinas membenarkan pemecatan itu.")
lead_rescue = "PANGANDARAN - BPBD Pangandaran menggelar pelatihan water rescue bagi 40 relawan di Pantai Barat Pangandaran, Sabtu (1/11/2025)."
add("fix19-practice", True, "Usai Ikuti Pelatihan, Relawan Praktik Selamatkan Wisatawan Terseret Arus\n\n" + lead_rescue
    + "\n\nPeserta juga praktik menyelamatkan wisatawan terseret arus.")
add("fix19-practice", True, "Usai Pelatihan, Relawan Praktik Selamatkan Korban Tenggelam\n\n" + lead_rescue
    + "\n\nUsai materi di kelas, peserta praktik menyelamatkan korban tenggelam di laut.")
add("fix19-practice", True, "Setelah Pelatihan, Nelayan Simulasi Tolong Penumpang Kapal Terbalik\n\n"
    "BAUBAU – Basarnas Kendari menggelar pelatihan pertolongan di laut bagi 35 nelayan di Pelabuhan Murhum, Selasa "
    "(4/11/2025).\n\nSetelah materi, peserta mempraktikkan cara menolong penumpang kapal terbalik.")
add("fix19-practice", True, "Usai Ikuti Diklat, Anggota Tagana Praktik Evakuasi Korban Hanyut\n\n"
    "SAMARINDA – Dinas Sosial Kaltim menggelar diklat Tagana bagi 50 anggota di tepian Sungai Mahakam, Kamis "
    "(6/11/2025).\n\nPeserta juga berlatih mengevakuasi korban hanyut dengan perahu karet.")
add("fix19-practice", True, "Usai Dilatih, Relawan Pantai Praktik Selamatkan Korban Terseret Ombak\n\n"
    "LOMBOK TENGAH – Dinas Pariwisata Lombok Tengah menggelar pelatihan penjaga pantai bagi 30 pemuda di Pantai Kuta "
    "Mandalika, Jumat (7/11/2025).\n\nPara peserta praktik menyelamatkan korban terseret ombak.")
add("fix19-practice", True, "Setelah Ikut Pelatihan, Pramuka Simulasi Selamatkan Korban Kapal Karam\n\n"
    "AMBON – Kwarda Maluku menggelar pelatihan SAR bagi 60 anggota Pramuka di Pantai Natsepa, Minggu (9/11/2025).\n\n"
    "Dalam simulasi, peserta menyelamatkan korban kapal karam.")
add("fix19-practice-past", False, "Usai Latihan, Atlet Dayung Selamatkan Bocah Tenggelam di Sungai Musi\n\n"
    "PALEMBANG – Dua atlet dayung menyelamatkan seorang bocah yang tenggelam di Sungai Musi, Minggu (9/11/2025). "
    "Keduanya baru selesai latihan rutin saat mendengar teriakan warga.\n\nBocah itu dibawa ke puskesmas.")

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from event_probe_runner import main  # noqa: E402

if __name__ == "__main__":
    main(rows, __file__,
         "# Round 19 event near-miss probes (EVENT19): the constructions of heldout11's false events (a training that\n"
         "# never took place, a trial over a training long before, a headline's `Usai ...` clause before another act, a\n"
         "# past training then `kini` and a dismissal) and true events that look alike. Generated by\n"
         "# scripts/event_nearmiss_probes_r19.py. Columns: id<TAB>expected (event | none)<TAB>kind<TAB>document (\\n = a line break).\n")
