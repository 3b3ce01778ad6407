#!/usr/bin/env python3
# Round 28 (VEN28) venue bench: short reports written for the round (no corpus document), each with the venue a
# reader gives by GOLD-FORMAT.md (the place phrase as written; a town after a comma kept, a street address cut;
# several places at once, only an area, or only an online meeting: none). With no argument writes the reports as
# JSON Lines to standard output; with `warta extract`'s output file, compares (case and punctuation ignored).
import json, re, sys

P = [
 # A. verbs and nouns that say where the event is held, other than the known cues
 ("pos", "KUDUS - Pelatihan kader posyandu tingkat kabupaten mengambil tempat di Aula Dinas Kesehatan Kudus, Selasa (4/11/2025).\n\nSebanyak 45 kader dari sembilan kecamatan hadir.", "Aula Dinas Kesehatan Kudus"),
 ("pos", "SOLOK - Bimtek penyusunan APBDes mengambil lokasi di Gedung Kubuang Tigo Baleh, Rabu (5/11/2025).\n\nKegiatan diikuti 74 wali nagari.", "Gedung Kubuang Tigo Baleh"),
 ("pos", "PONOROGO - Pelatihan pembuatan reog mini untuk pemuda berpusat di Sanggar Seni Singo Budoyo, Kamis (6/11/2025).\n\nPelatihan diikuti 30 pemuda karang taruna.", "Sanggar Seni Singo Budoyo"),
 ("pos", "MAJENE - Dinas Perikanan menggelar pelatihan pengolahan ikan asin. Kegiatan yang berlokasi di Balai Benih Ikan Pamboang itu diikuti 25 nelayan, Senin (10/11/2025).", "Balai Benih Ikan Pamboang"),
 ("pos", "SERANG - Pelatihan barista untuk pencari kerja dipusatkan di Politeknik Negeri Media Kreatif, Senin (3/11/2025).\n\nDisnaker menyiapkan 40 kursi bagi peserta.", "Politeknik Negeri Media Kreatif"),
 ("pos", "BANYUMAS - Sebanyak 60 guru PAUD mengikuti workshop kurikulum merdeka. Workshop bertempat di Pendopo Si Panji, Sabtu (8/11/2025).", "Pendopo Si Panji"),
 ("pos", "TABALONG - Pelatihan penyuluh antikorupsi dilangsungkan di Gedung Serbaguna Tanjung, Selasa (11/11/2025). Sebanyak 35 ASN ikut serta.", "Gedung Serbaguna Tanjung"),
 ("pos", "BANGLI - Dinas Pariwisata melaksanakan pelatihan pemandu wisata bertempat di Balai Banjar Kayuambua, Kamis (13/11/2025). Pesertanya 40 pemuda desa.", "Balai Banjar Kayuambua"),
 # B. heads without a word of the known list: a brand alone, a market, a mall, a boat, a firm, a school of a kind
 ("pos", "SAMARINDA - BPSDM Kaltim menggelar pelatihan kepemimpinan bagi 40 pejabat pengawas di Novotel Samarinda, Senin (3/11/2025).\n\nPelatihan berlangsung lima hari.", "Novotel Samarinda"),
 ("pos", "BALIKPAPAN - Dinas Koperasi menggelar bimtek pemasaran digital bagi 50 pelaku UMKM di Plaza Balikpapan, Sabtu (8/11/2025).", "Plaza Balikpapan"),
 ("pos", "PADANG - Pelatihan pengolahan sampah bagi pedagang digelar di Pasar Raya Padang, Rabu (5/11/2025). Sebanyak 60 pedagang ikut.", "Pasar Raya Padang"),
 ("pos", "AMBON - Lantamal IX menggelar pelatihan pertolongan pertama bagi 40 nelayan di atas KRI Teluk Ambon, Kamis (6/11/2025).", "KRI Teluk Ambon"),
 ("pos", "LABUAN BAJO - Pelatihan keselamatan pelayaran bagi 30 awak kapal wisata digelar di Kapal Pinisi Sea Safari, Jumat (7/11/2025).", "Kapal Pinisi Sea Safari"),
 ("pos", "GRESIK - Disnaker menggelar pelatihan K3 bagi 50 pekerja di PT Semen Indonesia Pabrik Tuban, Selasa (4/11/2025).", "PT Semen Indonesia Pabrik Tuban"),
 ("pos", "MALANG - Pelatihan guru pendamping khusus digelar di SLB Negeri Kota Malang, Rabu (12/11/2025). Sebanyak 35 guru inklusi ikut serta.", "SLB Negeri Kota Malang"),
 ("pos", "JEMBER - Kemenag menggelar pelatihan guru madrasah di MAN 1 Jember, Kamis (13/11/2025). Pesertanya 60 guru.", "MAN 1 Jember"),
 ("pos", "BONDOWOSO - Dispendik menggelar pelatihan guru TK di SKB Bondowoso, Senin (10/11/2025). Sebanyak 45 guru ikut serta.", "SKB Bondowoso"),
 ("pos", "BOGOR - Pelatihan konservasi bagi 30 pemandu digelar di Kebun Raya Bogor, Sabtu (15/11/2025).", "Kebun Raya Bogor"),
 ("pos", "CIANJUR - BPBD menggelar pelatihan relawan tanggap bencana di Bumi Perkemahan Mandalawangi, Minggu (9/11/2025). Sebanyak 100 relawan ikut.", "Bumi Perkemahan Mandalawangi"),
 ("pos", "TOBA - Pelatihan pemandu wisata air bagi 30 pemuda digelar di Dermaga Ajibata, Selasa (4/11/2025).", "Dermaga Ajibata"),
 ("pos", "KARANGANYAR - Pelatihan pembuatan pupuk organik bagi 40 petani digelar di Rumah Makan Joglo Tawangmangu, Rabu (5/11/2025).", "Rumah Makan Joglo Tawangmangu"),
 ("pos", "PEKALONGAN - Pelatihan membatik bagi 25 ibu rumah tangga digelar di Museum Batik Pekalongan, Kamis (6/11/2025).", "Museum Batik Pekalongan"),
 ("pos", "SLEMAN - Pelatihan kader posyandu digelar di Balai Kalurahan Sendangadi, Senin (3/11/2025). Sebanyak 40 kader hadir.", "Balai Kalurahan Sendangadi"),
 ("pos", "TEMANGGUNG - Bimtek administrasi desa bagi 50 perangkat desa digelar di Kantor Camat Parakan, Selasa (4/11/2025).", "Kantor Camat Parakan"),
 ("pos", "MAKASSAR - Pelatihan pemandu wisata digelar di Pantai Losari, Minggu (9/11/2025). Sebanyak 30 pemuda ikut.", "Pantai Losari"),
 ("pos", "SURABAYA - Pelatihan berkebun hidroponik bagi 40 warga digelar di Taman Flora Bratang, Sabtu (8/11/2025).", "Taman Flora Bratang"),
 # C. boundaries: a town after a comma kept; a street address cut; a floor and its building kept; a region after the venue
 ("pos", "PEKANBARU - Dinas Sosial Riau menggelar bimtek pendamping PKH di Hotel Premiere, Pekanbaru, Selasa (4/11/2025). Sebanyak 80 pendamping ikut.", "Hotel Premiere, Pekanbaru"),
 ("pos", "KLATEN - Dinas Sosial menggelar pelatihan PSM di Aula Dinsos Klaten, Jalan Pemuda No 5, Senin (3/11/2025). Pelatihan diikuti 40 peserta.", "Aula Dinsos Klaten"),
 ("pos", "BREBES - Pelatihan kader KB digelar di Aula DP3KB, Jl. Yos Sudarso No 12, Brebes, Rabu (5/11/2025). Sebanyak 45 kader ikut.", "Aula DP3KB"),
 ("pos", "BLORA - Bimtek SIPD bagi 60 operator digelar di ruang rapat lantai 2 Kantor Bupati Blora, Kamis (6/11/2025).", "ruang rapat lantai 2 Kantor Bupati Blora"),
 ("pos", "JEPARA - Pelatihan ukir bagi 30 pemuda digelar di Gedung Wanita Jepara di Jalan Kartini, Jumat (7/11/2025).", "Gedung Wanita Jepara"),
 ("pos", "LUWU - Pelatihan penyuluh pertanian digelar di Aula Kantor Camat Bua yang terletak di Jalan Poros Palopo, Senin (10/11/2025). Sebanyak 35 penyuluh hadir.", "Aula Kantor Camat Bua"),
 ("pos", "BATAM - Pelatihan pemadam kebakaran bagi 40 satpam digelar di halaman Kantor Wali Kota Batam, Selasa (11/11/2025).", "halaman Kantor Wali Kota Batam"),
 ("pos", "MEDAN - Pelatihan jurnalistik bagi 40 pelajar digelar di Aula Dinas Kominfo Kota Medan yang beralamat di Jalan Kapten Maulana Lubis, Rabu (12/11/2025).", "Aula Dinas Kominfo Kota Medan"),
 # D. the place only in the dateline-like lead, in a photo caption, or in the sentence after the event
 ("pos", "Pelatihan Kader Digelar\n\nFoto: Peserta pelatihan kader posyandu mengikuti materi di Aula Puskesmas Wates, Senin (3/11/2025).\n\nWATES - Dinas Kesehatan menggelar pelatihan kader posyandu bagi 40 kader. Materi meliputi gizi balita dan penimbangan.", "Aula Puskesmas Wates"),
 ("pos", "PURWOREJO - Dinas Pertanian menggelar pelatihan petani milenial, Senin (3/11/2025). Sebanyak 40 petani muda ikut serta.\n\nPelatihan dipusatkan di BPP Kecamatan Kutoarjo selama tiga hari.", "BPP Kecamatan Kutoarjo"),
 ("pos", "WONOGIRI - Sebanyak 30 perajin mengikuti pelatihan desain kemasan yang digelar Disperindag, Rabu (5/11/2025).\n\nBertempat di Ruang Sidang Bappeda Wonogiri, pelatihan menghadirkan dua narasumber.", "Ruang Sidang Bappeda Wonogiri"),
 # E. several places: opening and sessions, class and practice, hybrid, two halls at once
 ("pos", "SUMBAWA - Pelatihan budidaya rumput laut dibuka di Aula Bupati Sumbawa, Senin (3/11/2025). Selanjutnya seluruh materi pelatihan dilaksanakan di BBI Labuhan Badas selama tiga hari. Peserta 40 pembudidaya.", "BBI Labuhan Badas"),
 ("pos", "KENDAL - Pelatihan las bagi 20 pemuda digelar di Aula BLK Kendal, Senin (3/11/2025). Peserta juga praktik langsung di bengkel las Kaliwungu.", "Aula BLK Kendal"),
 ("pos", "PALU - Pelatihan fasilitator desa digelar secara hybrid, luring di Aula Bappeda Sulteng dan daring melalui Zoom Meeting, Selasa (4/11/2025). Sebanyak 120 peserta ikut.", "Aula Bappeda Sulteng"),
 ("pos", "KUPANG - Pelatihan kader posyandu diikuti 40 kader secara tatap muka di Aula Dinkes Kota Kupang, Rabu (5/11/2025), sementara 80 kader lain mengikuti secara daring.", "Aula Dinkes Kota Kupang"),
 # F. the known cues and lower-case heads still right (controls)
 ("pos", "BANTUL - Pelatihan kader posyandu bertempat di aula Puskesmas Sewon I, Senin (3/11/2025). Pelatihan diikuti 35 kader.", "aula Puskesmas Sewon I"),
 ("pos", "SRAGEN - Bimtek pengelolaan BUMDes digelar di Gedung Sasana Manggala Sukowati, Selasa (4/11/2025). Peserta 80 pengurus BUMDes.", "Gedung Sasana Manggala Sukowati"),
 ("pos", "BOYOLALI - Dinas Koperasi menggelar pelatihan pengemasan produk di Balai Desa Cepogo, Rabu (5/11/2025). Sebanyak 40 pelaku UMKM ikut serta.", "Balai Desa Cepogo"),
 ("pos", "TANGERANG - Pelatihan komputer bagi 30 penyandang disabilitas digelar di Gedung Cisadane, Kecamatan Tangerang, Kamis (6/11/2025).", "Gedung Cisadane, Kecamatan Tangerang"),
 ("pos", "GARUT - Pelatihan pengolahan kopi digelar di Kampus Universitas Garut, Jumat (7/11/2025). Sebanyak 45 petani kopi ikut.", "Kampus Universitas Garut"),
 ("pos", "DEPOK - Pelatihan bahasa isyarat bagi 30 guru digelar di SMK Negeri 2 Depok, Sabtu (8/11/2025).", "SMK Negeri 2 Depok"),
 ("pos", "PURBALINGGA - Pelatihan pembuatan pakan bagi 40 peternak digelar di Lapangan Desa Karangreja, Senin (10/11/2025).", "Lapangan Desa Karangreja"),
 # G. counterexamples: no venue
 ("neg", "BANDUNG - Dinas Pendidikan menggelar pelatihan guru secara daring melalui Zoom Meeting, Senin (3/11/2025). Sebanyak 300 guru mengikuti dari sekolah masing-masing.", None),
 ("neg", "GARUT - Pelatihan kader posyandu digelar di Desa Sukamaju, Kecamatan Cilawu, Selasa (4/11/2025). Sebanyak 40 kader ikut.", None),
 ("neg", "CIAMIS - Pelatihan kader digelar serentak di 27 kecamatan, Rabu (5/11/2025). Sebanyak 540 kader ikut serta.", None),
 ("neg", "TASIKMALAYA - Pelatihan kader posyandu digelar di dua tempat, yakni Aula Puskesmas Cibeureum dan Aula Puskesmas Tamansari, Kamis (6/11/2025).", None),
 ("neg", "KUDUS - Dinas Kesehatan menggelar pelatihan kader posyandu, Senin (3/11/2025). Sebanyak 45 kader ikut.\n\nSebelumnya, Bupati meresmikan Gedung Serbaguna Desa Jati.", None),
 ("neg", "KUDUS - Dinas Kesehatan menggelar pelatihan kader posyandu, Senin (3/11/2025). Sebanyak 45 kader ikut. Para kader berasal dari Pasar Kliwon dan Pasar Baru.", None),
 ("neg", "KUDUS - Dinas Kesehatan menggelar pelatihan kader posyandu, Senin (3/11/2025). Sebanyak 45 kader ikut. Tahun lalu, pelatihan serupa digelar di Aula Bappeda Kudus.", None),
 ("neg", "SEMARANG - Pelatihan UMKM digelar secara virtual, Selasa (4/11/2025). Kepala Dinas memberi sambutan dari ruang kerjanya di Kantor Gubernur Jawa Tengah.", None),
 ("neg", "DEMAK - Dinas Pertanian menggelar pelatihan petani, Rabu (5/11/2025). Sebanyak 40 petani ikut. Mereka diminta menjual hasil panen di Pasar Bintoro.", None),
 ("neg", "SOLO - Pelatihan barista digelar Disnaker, Kamis (6/11/2025). Sebanyak 30 pemuda ikut. Lulusan bisa bekerja di Hotel Alila Solo atau kafe sekitar.", None),
 ("neg", "REMBANG - Pelatihan nelayan digelar DKP, Jumat (7/11/2025). Peserta 40 nelayan. Mereka biasa melaut di Perairan Laut Jawa.", None),
 ("neg", "BATANG - Pelatihan membatik bagi 30 ibu digelar di Kabupaten Batang, Sabtu (8/11/2025).", None),
 ("neg", "PATI - Pelatihan kader digelar Dinkes di tengah musim hujan, Senin (10/11/2025). Sebanyak 40 kader ikut.", None),
 ("neg", "BLITAR - Pelatihan menjahit digelar di rumah masing-masing peserta secara bergiliran, Selasa (11/11/2025). Sebanyak 20 ibu ikut.", None),
 # H. harder shapes: no verb of holding before the place, a sentence opened by the place, heads of other spellings
 ("pos", "SINJAI - Sebanyak 40 kader posyandu mengikuti pelatihan gizi di Pasar Sentral Sinjai, Senin (3/11/2025). Pelatihan dibuka Kepala Dinkes.", "Pasar Sentral Sinjai"),
 ("pos", "BULUKUMBA - Puluhan nelayan mengikuti pelatihan navigasi di atas KM Sinar Bahari milik DKP, Selasa (4/11/2025).", ("KM Sinar Bahari", "KM Sinar Bahari milik DKP")),
 ("pos", "ENDE - Di Aula Kantor Camat Ende Selatan, sebanyak 35 kader mengikuti pelatihan pencegahan stunting, Rabu (5/11/2025).", "Aula Kantor Camat Ende Selatan"),
 ("pos", "NUNUKAN - Sebanyak 30 ASN mengikuti bimtek kearsipan di Mes Pemda Nunukan, Kamis (6/11/2025).", "Mes Pemda Nunukan"),
 ("pos", "SIAK - Pelatihan tenun songket bagi 25 perajin digelar di kediaman Datuk Bandar Siak, Jumat (7/11/2025).", "kediaman Datuk Bandar Siak"),
 ("pos", "LOMBOK TENGAH - Pelatihan pemandu selancar bagi 20 pemuda digelar di kawasan Pantai Kuta Mandalika, Sabtu (8/11/2025).", ("kawasan Pantai Kuta Mandalika", "Pantai Kuta Mandalika")),
 ("pos", "BERAU - Pelatihan pengolahan sampah plastik bagi 40 warga digelar di TPST Sambaliung, Senin (10/11/2025).", "TPST Sambaliung"),
 ("pos", "SIDOARJO - Pelatihan pengolahan limbah bagi 30 pekerja digelar di Gudang Bulog Sidoarjo, Selasa (11/11/2025).", "Gudang Bulog Sidoarjo"),
 ("pos", "BANJARNEGARA - Pelatihan budidaya ikan bagi 40 pembudidaya digelar di Waduk Mrica, Rabu (12/11/2025).", "Waduk Mrica"),
 ("pos", "KENDARI - Pelatihan ekowisata bagi 30 pemuda digelar di Hutan Mangrove Tahura Nipa-Nipa, Kamis (13/11/2025).", "Hutan Mangrove Tahura Nipa-Nipa"),
 ("pos", "SLEMAN - Sebanyak 40 petani mengikuti sekolah lapang di Agrowisata Bhumi Merapi, Jumat (14/11/2025).", "Agrowisata Bhumi Merapi"),
 ("pos", "BANDUNG - Pelatihan kewirausahaan bagi 50 pemuda digelar di Mall Paris Van Java, Sabtu (15/11/2025).", "Mall Paris Van Java"),
 ("pos", "JAMBI - Pelatihan kader digelar di Aula Dinas Kesehatan Provinsi Jambi, Jalan RM Nur Atmadibrata, Telanaipura, Senin (3/11/2025). Sebanyak 40 kader ikut.", "Aula Dinas Kesehatan Provinsi Jambi"),
 ("pos", "MATARAM - Pelatihan manajemen homestay bagi 40 pemilik digelar di Hotel Lombok Raya Mataram Jl. Panca Usaha No. 11, Selasa (4/11/2025).", "Hotel Lombok Raya Mataram"),
 ("pos", "CILACAP - Pelatihan kader digelar di Aula Kecamatan Kroya Kabupaten Cilacap, Rabu (5/11/2025). Peserta 40 kader.", "Aula Kecamatan Kroya Kabupaten Cilacap"),
 ("pos", "TERNATE - Pelatihan operator SIPD bagi 50 ASN digelar di Ballroom Lantai 3 Hotel Bela Ternate, Kamis (6/11/2025).", "Ballroom Lantai 3 Hotel Bela Ternate"),
 ("pos", "SURAKARTA - Pelatihan pemasaran daring bagi 40 UMKM digelar di The Sunan Hotel Solo, Jumat (7/11/2025).", "The Sunan Hotel Solo"),
 ("pos", "BEKASI - Pelatihan kader digelar di Aula Kantor Kelurahan Jatiasih, Bekasi, Sabtu (8/11/2025). Sebanyak 40 kader ikut.", "Aula Kantor Kelurahan Jatiasih, Bekasi"),
 ("pos", "PALEMBANG - Pelatihan pengelola perpustakaan digelar di Ruang Rapat Dinas Perpustakaan setempat, Senin (10/11/2025). Peserta 40 orang.", "Ruang Rapat Dinas Perpustakaan"),
 ("pos", "KUBU RAYA - Sebanyak 45 kader mengikuti pelatihan di aula kantor desa setempat, Selasa (11/11/2025).", "aula kantor desa"),
 ("pos", "Dinkes Gelar Pelatihan Kader di Aula Puskesmas Cangkringan\n\nSLEMAN - Dinas Kesehatan menggelar pelatihan kader posyandu bagi 40 kader, Rabu (12/11/2025). Materi meliputi gizi dan penimbangan.", "Aula Puskesmas Cangkringan"),
 ("pos", "BOGOR - Pelatihan relawan digelar di Gedung Graha Pemuda (Jalan Pajajaran), Kamis (13/11/2025). Sebanyak 40 relawan ikut.", "Gedung Graha Pemuda"),
 ("pos", "MANOKWARI - Pelatihan kader digelar di Aula Kantor Distrik Manokwari Barat pada Jumat (14/11/2025). Sebanyak 30 kader ikut.", "Aula Kantor Distrik Manokwari Barat"),
 ("pos", "GORONTALO - Pelatihan guru digelar di Aula Lt. II Kantor Dinas Pendidikan Kota Gorontalo, Sabtu (15/11/2025). Sebanyak 40 guru ikut.", "Aula Lt. II Kantor Dinas Pendidikan Kota Gorontalo"),
 ("pos", "PATI - Pelatihan kader posyandu yang dihelat Dinkes Pati di Gedung Pemuda Pati, Senin (3/11/2025), diikuti 40 kader.", "Gedung Pemuda Pati"),
 ("pos", "KEBUMEN - Pelatihan petani kopi digelar di Kebun Kopi Kelompok Tani Sido Makmur, Desa Kalijering, Selasa (4/11/2025). Peserta 30 petani.", "Kebun Kopi Kelompok Tani Sido Makmur, Desa Kalijering"),
 ("pos", "WAKATOBI - Pelatihan selam bagi 20 pemandu digelar di Pulau Hoga, Rabu (5/11/2025).", "Pulau Hoga"),
 ("pos", "MAGELANG - Pelatihan pemandu wisata bagi 30 pemuda digelar di kompleks Candi Borobudur, Kamis (6/11/2025).", "kompleks Candi Borobudur"),
 ("pos", "BLITAR - Pelatihan pembuatan pupuk bagi 40 petani digelar di Gapoktan Sumber Rejeki, Desa Sidorejo, Jumat (7/11/2025).", "Gapoktan Sumber Rejeki, Desa Sidorejo"),
 ("pos", "PASURUAN - Pelatihan kader digelar di Hall Kantor Bupati Pasuruan, Sabtu (8/11/2025). Sebanyak 40 kader ikut.", "Hall Kantor Bupati Pasuruan"),
 ("neg", "LAMONGAN - Pelatihan kader digelar di salah satu hotel di Lamongan, Senin (10/11/2025). Sebanyak 40 kader ikut.", None),
 ("neg", "GRESIK - Pelatihan kader digelar Dinkes, Selasa (11/11/2025). Sebanyak 40 kader ikut. Kader diminta aktif di Posyandu masing-masing.", None),
 ("neg", "SIDOARJO - Pelatihan UMKM digelar Disperindag, Rabu (12/11/2025). Produk peserta akan dipasarkan di Mall Sidoarjo Town Square.", None),
 ("neg", "TUBAN - Pelatihan nelayan digelar DKP, Kamis (13/11/2025). Peserta 40 nelayan dari Pelabuhan Tuban dan Pantai Boom.", None),
 # I. added after the first rules (variants of the constructions of A-H that the first count found missed, so that
 #    no rule rests on one report; their baseline is counted apart in the report)
 ("pos", "MERAK - Pelatihan evakuasi penumpang bagi 50 awak kapal digelar di KMP Legundi, Senin (3/11/2025).", "KMP Legundi"),
 ("pos", "SURABAYA - Pelatihan pemadaman kebakaran kapal bagi 30 ABK digelar di atas KRI dr. Soeharso yang bersandar di Dermaga Ujung, Rabu (5/11/2025).", "KRI dr. Soeharso"),
 ("pos", "KUPANG - Sebanyak 25 anak buah kapal mengikuti pelatihan keselamatan di atas KM Sabuk Nusantara 48, Kamis (6/11/2025).", "KM Sabuk Nusantara 48"),
 ("pos", "PADANG - Pelatihan guru digelar di MIN 2 Kota Padang, Rabu (5/11/2025). Sebanyak 40 guru ikut.", "MIN 2 Kota Padang"),
 ("pos", "GORONTALO - Workshop penulisan soal bagi 50 guru digelar di MAN Insan Cendekia Gorontalo, Jumat (7/11/2025).", "MAN Insan Cendekia Gorontalo"),
 ("pos", "WONOSARI - Pelatihan guru PAUD digelar di TK Pertiwi 1 Wonosari, Sabtu (8/11/2025). Peserta 30 guru.", "TK Pertiwi 1 Wonosari"),
 ("pos", "SUMENEP - Pelatihan membatik bagi 20 ibu rumah tangga digelar di kediaman Kepala Desa Pakandangan, Senin (10/11/2025).", "kediaman Kepala Desa Pakandangan"),
 ("pos", "SEMARANG - Simulasi penanganan kebakaran bagi 40 satpam digelar di dalam Gedung Gradhika Bhakti Praja, Selasa (11/11/2025).", "Gedung Gradhika Bhakti Praja"),
 ("pos", "SURABAYA - Pelatihan ekowisata bagi 30 pemuda digelar di kawasan Ekowisata Mangrove Wonorejo, Rabu (12/11/2025).", ("kawasan Ekowisata Mangrove Wonorejo", "Ekowisata Mangrove Wonorejo")),
 ("pos", "MEDAN - Pelatihan senam bagi 100 kader digelar di area Lapangan Merdeka Medan, Minggu (9/11/2025).", ("area Lapangan Merdeka Medan", "Lapangan Merdeka Medan")),
 ("pos", "Foto: Peserta bimtek perangkat desa menyimak paparan di Aula Kecamatan Wonosari.\n\nWONOSARI - Sebanyak 60 perangkat desa mengikuti bimtek pengelolaan keuangan desa, Kamis (13/11/2025). Materi disampaikan oleh inspektorat.", "Aula Kecamatan Wonosari"),
 ("pos", "KLATEN - Pelatihan posyandu bagi 40 kader digelar di ruang rapat lantai 2 kantor bupati, Senin (3/11/2025).", "ruang rapat lantai 2 kantor bupati"),
 ("pos", "KLATEN - Sebanyak 40 kader mengikuti pelatihan posyandu di pendopo kecamatan setempat, Senin (3/11/2025).", "pendopo kecamatan"),
 ("neg", "KLATEN - Pelatihan posyandu bagi 40 kader digelar di lapangan 2 kali seminggu, mulai Senin (3/11/2025).", None),
 ("neg", "KLATEN - Sebanyak 40 kader mengikuti pelatihan posyandu di balai desa masing-masing, Senin (3/11/2025).", None),
 ("neg", "PATI - Pelatihan kader digelar Dinkes, Senin (10/11/2025). Sebanyak 40 kader ikut. Materi diteruskan di Balai Desa masing-masing.", None),
 ("neg", "Foto: Bupati saat meninjau Pasar Baru Wates, Senin (3/11/2025).\n\nWATES - Dinas Kesehatan menggelar pelatihan kader posyandu bagi 40 kader. Materi meliputi gizi balita dan penimbangan.", None),
 ("neg", "BATANG - Pelatihan pengemudi bagi 40 sopir digelar Dishub, Senin (3/11/2025). Bus peserta sempat mogok di atas km 12 jalan tol.", None),
 ("neg", "BALI - Pelatihan pramusaji digelar Disnaker, Selasa (4/11/2025). Sebanyak 40 lulusan kini bekerja di kapal pesiar Amerika.", None),
 ("neg", "SLEMAN - Pelatihan kader digelar Dinkes, Rabu (5/11/2025). Peserta 40 kader. Mereka bertugas di MIN dan MAN se-Kabupaten Sleman.", None),
]

def norm(s):
    return " ".join(re.findall(r"[a-z0-9]+", (s or "").lower()))

if len(sys.argv) == 1:
    with open(sys.stdout.fileno(), "w", closefd=False) as f:
        for i, (_, txt, _) in enumerate(P):
            d = {"id": f"V{i:02d}", "text": "Pelatihan Digelar\n\n" + txt + "\n", "published": "2025-11-15"}
            f.write(json.dumps(d) + "\n")
else:
    got = {}
    for line in open(sys.argv[1]):
        r = json.loads(line); got[r["document"]["id"]] = r
    hit = {"pos": 0, "neg": 0}; tot = {"pos": 0, "neg": 0}
    for i, (k, txt, exp) in enumerate(P):
        r = got.get(f"V{i:02d}") or {}
        g = (((r.get("event") or {}).get("location") or {}).get("venue"))
        # a tuple lists the readings a reader may give (a site's area word in or out)
        ok = norm(g) in {norm(e) for e in (exp if isinstance(exp, tuple) else (exp,))}; tot[k] += 1; hit[k] += ok
        if not ok or "-v" in sys.argv:
            print(("ok  " if ok else "BAD ") + f"V{i:02d} {k} exp={exp!r} got={g!r} | {txt[:90]!r}")
    print(f"venues {hit['pos']}/{tot['pos']}, no venue {hit['neg']}/{tot['neg']}, all {hit['pos']+hit['neg']}/{tot['pos']+tot['neg']}")
