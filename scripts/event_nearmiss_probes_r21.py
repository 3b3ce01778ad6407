# Generator of scripts/event_nearmiss_probes_r21.tsv (round 21, EVD21): near misses of the kinds two new writers
# produced in heldout13's look half (z005 a planting named the follow-up of a training weeks before, z009 certificates
# handed out three months after a field school, z059 a vaccination by people who took a training the week before)
# and a combined ceremony-and-training the pipeline missed (z049), as story-level constructions, each with
# true-event twins that share their surface words. Written from lists of the world (offices, places, trainings,
# acts), never from the documents' words. Kinds:
#   follow-up      the report's own act (a planting, a clean-up, a patrol, a bank sampah) named the follow-up of a
#                  training (`Kegiatan ini merupakan tindak lanjut dari pelatihan ...`: rule `event.follow-up-of`);
#                  twins: a training that is the follow-up of an MoU or a socialization, `Sebagai tindak lanjut dari
#                  sosialisasi, Dinas menggelar pelatihan ...`.
#   months-later   a training told as the start of a story that reaches the news months later (`... dua bulan
#                  kemudian ...`: rule `event.months-later`); twins: `tiga hari kemudian ditutup`, a long training
#                  under way.
#   past-clause    people named by the training they took before (`yang sebelumnya mengikuti pelatihan ... kini
#                  mulai ...`: rule `event.past-clause-then-now`); twins: closings (`yang sudah mengikuti pelatihan
#                  sejak Senin kini menerima sertifikat`), a second training after a first.
#   span-headline  a headline opened by a span of months and `Usai`/`Setelah` a training, its own clause another act
#                  (rule `event.months-after-headline`); twins: `Tiga Hari Usai Dibuka, ...`, a second clause that
#                  holds a new training.
#   combined       a ceremony held together with a training (`menggelar pengukuhan ... sekaligus pelatihan ...`:
#                  rule `event.combined-held`); twins (none): a ceremony with a training only planned.
# Expected = GOLD-FORMAT's call. Usage: python3 scripts/event_nearmiss_probes_r21.py [write | run BIN [-v] [--rules DIR]]
import sys, os
rows = []
def add(kind, expected, text):
    rows.append((f"q{len(rows)+1:03d}", "event" if expected else "none", kind, text.replace("\n", "\\n")))

# --- follow-up: near misses
add("follow-up", False, "Warga Pesisir Tanjung Bunga Tanam 3.000 Bibit Mangrove\n\n"
    "LARANTUKA – Sekitar 150 warga Desa Waibao menanam 3.000 bibit mangrove di pantai desa, Minggu (12/10/2025). "
    "Kegiatan ini merupakan tindak lanjut dari pelatihan rehabilitasi pesisir yang digelar Dinas Lingkungan Hidup "
    "Flores Timur di Aula Kantor Camat Tanjung Bunga pada awal September lalu.\n\n"
    "Kepala desa mengatakan penanaman akan dilanjutkan bulan depan.")
add("follow-up", False, "KWT Melati Resmikan Bank Sampah di Kelurahan Kayu Putih\n\n"
    "KUPANG – Kelompok Wanita Tani Melati meresmikan bank sampah di Kelurahan Kayu Putih, Sabtu (8/11/2025). "
    "Pembentukan bank sampah itu menjadi tindak lanjut bimtek pengelolaan sampah yang diikuti 30 anggota KWT di Hotel "
    "Neo Kupang, Oktober lalu.\n\nSetiap anggota menyetor sampah plastik dua kali sepekan.")
add("follow-up", False, "Satgas Karhutla Desa Pulau Layang Mulai Patroli Rutin\n\n"
    "KAYUAGUNG - Sebanyak 20 anggota Masyarakat Peduli Api Desa Pulau Layang mulai berpatroli di lahan gambut, Senin "
    "(3/3/2025). Patroli tersebut sebagai tindak lanjut dari pelatihan pengendalian karhutla yang digelar Manggala "
    "Agni di balai desa pada Januari lalu.\n\nPatroli digelar dua kali sepekan.")
add("follow-up", False, "Poktan Sumber Rejeki Panen Perdana Cabai Organik\n\n"
    "MAGETAN – Kelompok Tani Sumber Rejeki memanen cabai organik di lahan seluas dua hektare, Kamis (6/11/2025). "
    "Sebagai tindak lanjut dari sekolah lapang pertanian organik yang digelar Dinas Pertanian tahun lalu, kelompok ini "
    "menanam tanpa pupuk kimia.\n\nHasil panen dijual ke pasar Maospati.")
# --- follow-up: true-event twins
add("follow-up-twin", True, "Dinas Koperasi Gelar Pelatihan Pemasaran Digital bagi 40 Pelaku UMKM\n\n"
    "LARANTUKA – Dinas Koperasi Flores Timur menggelar pelatihan pemasaran digital bagi 40 pelaku UMKM di Aula "
    "Kantor Bupati, Senin (13/10/2025). Pelatihan ini merupakan tindak lanjut dari nota kesepahaman dengan Politeknik "
    "Negeri Kupang.\n\nPeserta belajar memotret produk.")
add("follow-up-twin", True, "DLH Latih 30 Pengelola Bank Sampah\n\n"
    "KUPANG – Sebagai tindak lanjut dari sosialisasi bulan lalu, Dinas Lingkungan Hidup Kota Kupang menggelar "
    "pelatihan pengelolaan bank sampah bagi 30 pengurus di Aula Kantor Lurah Oebobo, Rabu (5/11/2025).\n\n"
    "Peserta belajar memilah sampah.")
add("follow-up-twin", True, "Manggala Agni Gelar Pelatihan Lanjutan untuk MPA\n\n"
    "KAYUAGUNG - Daops Manggala Agni OKI menggelar pelatihan lanjutan pengendalian karhutla bagi 45 anggota MPA di "
    "Balai Desa Jungkal, Selasa (4/3/2025). Kegiatan ini merupakan tindak lanjut dari sosialisasi yang digelar "
    "bulan lalu.\n\nPeserta praktik memadamkan api.")

# --- months-later: near misses
add("months-later", False, "Dari Kelas Barista ke Kedai Kopi Desa\n\n"
    "RUTENG – Pelatihan barista yang digelar Dinas Pariwisata Manggarai di Aula Hotel Sindha pada 2-4 Juni 2025 "
    "berbuah manis empat bulan kemudian. Selasa (14/10/2025), tiga peserta membuka kedai kopi di Desa Cancar.\n\n"
    "Kedai itu melayani 50 pembeli sehari.")
add("months-later", False, "Petani Kakao Pesawaran Terima Sertifikat Sekolah Lapang\n\n"
    "PESAWARAN – Para petani kakao mengikuti sekolah lapang yang digelar Dinas Perkebunan di Balai Desa Sukajaya pada "
    "Maret 2025, dan dua bulan kemudian baru menerima sertifikat. Kamis (22/5/2025), sertifikat diserahkan kepada 35 "
    "petani di kantor desa.\n\nKepala dinas berharap produksi naik.")
# --- months-later: twins
add("months-later-twin", True, "Pelatihan Tata Boga di BLK Ende Ditutup\n\n"
    "ENDE – Pelatihan tata boga bagi 25 perempuan kepala keluarga dibuka di Aula BLK Ende, Senin (3/11/2025), dan tiga "
    "hari kemudian ditutup Bupati Ende.\n\nPeserta menerima sertifikat.")
add("months-later-twin", True, "Diklat Kepemimpinan Pengawas Ditutup\n\n"
    "SAMARINDA – Diklat kepemimpinan pengawas angkatan II yang digelar BPSDM Kaltim selama empat bulan ditutup di "
    "Aula BPSDM, Jumat (7/11/2025). Sebanyak 40 peserta dinyatakan lulus.")

# --- past-clause: near misses
add("past-clause", False, "Kader Posyandu Dampingi Imunisasi Campak di 12 Desa\n\n"
    "SOE – Sebanyak 24 kader posyandu yang sebelumnya mengikuti pelatihan imunisasi di Aula Puskesmas Kuanfatu pada "
    "Rabu (14/5/2025) kini mulai mendampingi petugas di 12 desa. Senin (19/5/2025), sebanyak 400 balita diimunisasi.\n\n"
    "Camat Kuanfatu mengapresiasi kader.")
add("past-clause", False, "Relawan Literasi Buka Pojok Baca di Lima Dusun\n\n"
    "WAINGAPU – Lima belas relawan yang sudah dilatih Perpustakaan Daerah Sumba Timur di Aula Dinas pada pekan lalu "
    "sekarang membuka pojok baca di lima dusun, Sabtu (8/11/2025).\n\nSetiap pojok baca memiliki 200 buku.")
add("past-clause", False, "Pendamping Desa Mulai Verifikasi Data Stunting\n\n"
    "LABUAN BAJO – Sebanyak 30 pendamping desa yang telah mendapat bimtek pendataan dari Dinas Kesehatan di Hotel "
    "Bintang Flores, Selasa (4/11/2025), kini memverifikasi data balita di 40 desa.\n\nVerifikasi ditargetkan selesai "
    "akhir bulan.")
# --- past-clause: twins
add("past-clause-twin", True, "Pelatihan Menjahit di BLK Atambua Ditutup\n\n"
    "ATAMBUA – Sebanyak 20 peserta yang sudah mengikuti pelatihan menjahit sejak Senin (3/11/2025) kini menerima "
    "sertifikat di Aula BLK Atambua, Jumat (7/11/2025).\n\nPelatihan digelar Dinas Tenaga Kerja Belu.")
add("past-clause-twin", True, "Kader yang Pernah Ikut Sosialisasi Kini Ikut Pelatihan Lanjutan\n\n"
    "MAUMERE – Sebanyak 40 kader yang sebelumnya mengikuti sosialisasi gizi kini mengikuti pelatihan pemantauan "
    "tumbuh kembang yang digelar Dinas Kesehatan Sikka di Aula Puskesmas Beru, Rabu (5/11/2025).")

# --- span-headline: near misses
add("span-headline", False, "Dua Bulan Usai Pelatihan Tenun, Mama-mama Desa Nita Pasarkan Kain ke Bali\n\n"
    "MAUMERE – Kain tenun karya kelompok Mama-mama Desa Nita mulai dipasarkan ke Bali, Sabtu (8/11/2025). Sebanyak "
    "25 penenun mengikuti pelatihan pewarnaan alam di Aula Desa Nita pada 8-10 September 2025.\n\nSetiap lembar dijual "
    "Rp 1,5 juta.")
add("span-headline", False, "Setahun Setelah Dilatih, Pemuda Lembata Kelola Homestay Sendiri\n\n"
    "LEWOLEBA – Sebanyak 12 pemuda Desa Lamalera kini mengelola homestay, Jumat (7/11/2025). Mereka mengikuti "
    "pelatihan pengelolaan homestay di Hotel Palm Indah Lewoleba pada 3-5 Oktober 2024.\n\nTamu datang dari Eropa.")
# --- span-headline: twins
add("span-headline-twin", True, "Tiga Hari Usai Dibuka, Pelatihan Menjahit di Ende Diikuti 40 Peserta\n\n"
    "ENDE – Pelatihan menjahit yang digelar Dinas Tenaga Kerja Ende di Aula BLK Ende sejak Senin (3/11/2025) diikuti 40 "
    "peserta. Pelatihan berlangsung hingga Jumat (7/11/2025).")
add("span-headline-twin", True, "Sebulan Usai Bimtek, Kader Kembali Ikuti Pelatihan Lanjutan\n\n"
    "MAUMERE – Sebanyak 35 kader posyandu mengikuti pelatihan lanjutan yang digelar Dinas Kesehatan Sikka di Aula "
    "Puskesmas Beru, Rabu (5/11/2025).\n\nPelatihan berlangsung dua hari.")

# --- combined: events
add("combined", True, "Pengukuhan dan Pelatihan Dasar Linmas Desa Kutasari\n\n"
    "PURBALINGGA – Pemerintah Desa Kutasari menggelar pengukuhan anggota Satlinmas sekaligus pelatihan dasar Linmas di "
    "Pendopo Balai Desa, Sabtu (18/10/2025). Sebanyak 28 anggota dikukuhkan kepala desa.\n\nMateri disampaikan "
    "petugas Satpol PP.")
add("combined", True, "Karang Taruna Kecamatan Alok Dilantik, Pengurus Ikuti Bimtek\n\n"
    "MAUMERE – Dinas Sosial Sikka melaksanakan pelantikan pengurus Karang Taruna Kecamatan Alok dan bimtek administrasi "
    "organisasi di Aula Kantor Camat Alok, Selasa (4/11/2025). Sebanyak 30 pengurus dilantik.")
add("combined", True, "Kwarcab Gelar Pelantikan Pembina dan Kursus Mahir Dasar\n\n"
    "BAJAWA – Kwartir Cabang Ngada menggelar upacara pelantikan pembina serta kursus mahir dasar bagi 45 guru di "
    "Bumi Perkemahan Watujaji, Senin (10/11/2025).")
add("combined-plan", False, "Pengurus Koperasi Nelayan Dikukuhkan\n\n"
    "LARANTUKA – Dinas Koperasi Flores Timur menggelar pengukuhan pengurus Koperasi Nelayan Lamaholot dan rencana "
    "pelatihan pembukuan tahun depan di Aula Kantor Camat, Selasa (4/11/2025). Sebanyak 15 pengurus dikukuhkan.")

# --- other near-miss kinds of the brief, in new shapes (a budget, a contest, recruitment, a handover, a year's list)
add("budget", False, "DPRD Setujui Anggaran Pelatihan Kerja Rp 2,1 Miliar\n\n"
    "MAUMERE – Badan Anggaran DPRD Sikka menyetujui anggaran pelatihan kerja bagi 400 pencari kerja senilai Rp 2,1 "
    "miliar dalam rapat di Ruang Sidang DPRD, Senin (10/11/2025). Pelatihan akan digelar BLK Maumere tahun depan.\n\n"
    "Ketua Banggar meminta pelatihan tepat sasaran.")
add("contest", False, "Lomba Masak Serba Ikan Meriahkan HUT Kabupaten Ende\n\n"
    "ENDE – Sebanyak 24 kelompok PKK mengikuti lomba masak serba ikan di Lapangan Pancasila, Sabtu (8/11/2025). "
    "Para peserta sebelumnya mendapat pelatihan olahan ikan dari Dinas Perikanan.\n\nJuara pertama diraih PKK "
    "Kelurahan Onekore.")
add("recruit", False, "Disnaker Buka Pendaftaran Pelatihan Las Gratis\n\n"
    "BEKASI – Dinas Tenaga Kerja Kabupaten Bekasi membuka pendaftaran pelatihan las gratis bagi 60 pencari kerja, "
    "Senin (10/11/2025). Pendaftaran dibuka hingga 20 November di Kantor Disnaker.\n\nSyarat peserta berusia 18-35 tahun.")
add("handover", False, "Bupati Serahkan 20 Mesin Jahit kepada Penjahit Binaan\n\n"
    "ATAMBUA – Bupati Belu menyerahkan 20 mesin jahit kepada kelompok penjahit di Aula Kantor Bupati, Rabu (5/11/2025). "
    "Para penerima merupakan peserta pelatihan menjahit yang digelar Disnaker pada 2-6 Juni 2025.\n\n"
    "Bantuan bersumber dari APBD.")
add("year-list", False, "Sepanjang 2025, Dinas Perikanan Latih 600 Nelayan\n\n"
    "KUPANG – Dinas Kelautan dan Perikanan NTT mencatat 600 nelayan telah mengikuti pelatihan sepanjang 2025. Kepala "
    "dinas menyampaikan hal itu dalam rapat evaluasi di Aula Dinas, Jumat (12/12/2025).\n\nTahun depan target 800 nelayan.")
add("inauguration", False, "Gedung Workshop BLK Lembata Diresmikan\n\n"
    "LEWOLEBA – Bupati Lembata meresmikan gedung workshop baru BLK Lembata, Senin (10/11/2025). Gedung itu akan "
    "dipakai untuk pelatihan otomotif dan las mulai Januari.\n\nPembangunan menelan biaya Rp 3 miliar.")
# twins of the kinds above: a report of the training itself
add("contest-twin", True, "Jelang Lomba, 24 Kelompok PKK Ikuti Pelatihan Olahan Ikan\n\n"
    "ENDE – Dinas Perikanan Ende menggelar pelatihan olahan ikan bagi 24 kelompok PKK di Aula Dinas, Senin (3/11/2025). "
    "Pelatihan ini menjadi bekal lomba masak serba ikan pekan depan.")
add("handover-twin", True, "Usai Pelatihan, 20 Penjahit Terima Mesin Jahit\n\n"
    "ATAMBUA – Dinas Tenaga Kerja Belu menutup pelatihan menjahit bagi 20 peserta di Aula BLK Atambua, Jumat "
    "(7/11/2025). Peserta menerima sertifikat dan mesin jahit.")
add("certificate-late", False, "Setelah Menunggu Lima Bulan, Sertifikat Pelatihan Operator Akhirnya Dibagikan\n\n"
    "BALIKPAPAN – Sebanyak 32 peserta pelatihan operator alat berat yang digelar Disnaker Balikpapan pada 3-14 Juni 2025 "
    "akhirnya menerima sertifikat di Kantor Disnaker, Senin (10/11/2025).\n\nKeterlambatan terjadi karena proses uji "
    "kompetensi di lembaga sertifikasi.")
add("festival", False, "Festival Kopi Flores Hadirkan 40 Barista Lokal\n\n"
    "BAJAWA – Festival Kopi Flores digelar di Lapangan Kartini Bajawa, Sabtu (8/11/2025). Sebanyak 40 barista lokal yang "
    "pernah mengikuti pelatihan barista dari Dinas Pariwisata ikut meramaikan festival.\n\nPengunjung mencapai 3.000 orang.")
add("apel", False, "Apel Siaga Bencana, Bupati Cek Kesiapan 200 Relawan\n\n"
    "SIGI – Bupati Sigi memimpin apel siaga bencana di Lapangan Kantor Bupati, Senin (10/11/2025). Sebanyak 200 relawan "
    "yang sudah dilatih BPBD pada Oktober lalu mengikuti apel tersebut.\n\nBupati mengecek perahu karet dan tenda.")
add("apel-twin", True, "BPBD Sigi Gelar Apel dan Pelatihan Relawan\n\n"
    "SIGI – BPBD Sigi menggelar apel siaga dan pelatihan penanganan banjir bagi 200 relawan di Lapangan Kantor Bupati, "
    "Senin (10/11/2025). Peserta berlatih evakuasi dengan perahu karet.")

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from event_probe_runner import main  # noqa: E402

if __name__ == "__main__":
    main(rows, __file__,
         "# Round 21 event near-miss probes (EVD21): the constructions of heldout13's false events (a training named\n"
         "# the follow-up of another act, a span of months after a training, people named by the training they took\n"
         "# before, a headline opened by a span of months after a training) and of its missed combined event, with\n"
         "# true events that look alike. Generated by scripts/event_nearmiss_probes_r21.py.\n"
         "# Columns: id<TAB>expected (event | none)<TAB>kind<TAB>document (\\n = a line break).\n")
