#!/usr/bin/env python3
# Round 28 (DATE28) date bench: short reports written for this round (no corpus document), each with the event's
# dates a reader gives (GOLD-FORMAT: the first and last day of the event itself, year-less days anchored on the
# publication date). Group X are counterexamples: a construction near the event that must not move its dates.
# With no argument writes the reports as JSON Lines; with `warta extract`'s output file, compares.
import json, sys
P = [
 # A. relative days and year-less days anchored on the page's date
 ("A01", "Pembinaan PKK Kecamatan Digelar\n\nMAGETAN - Tim Penggerak PKK Kabupaten Magetan menggelar pembinaan kader PKK di Pendopo Kecamatan Plaosan, Senin (3/11).\n\nSebanyak 60 kader dari 15 desa hadir dalam kegiatan itu.", "2025-11-04", "2025-11-03", "2025-11-03"),
 ("A02", "Bimtek Siskeudes untuk Operator Desa\n\nMUARA TEWEH - Dinas PMD Barito Utara menggelar bimbingan teknis Siskeudes bagi operator desa di Aula Bappeda, Jumat (28/12).\n\nKadis PMD mengatakan bimtek penting menjelang tutup buku.", "2026-01-02", "2025-12-28", "2025-12-28"),
 ("A03", "Pelatihan Jurnalistik Santri\n\nPAMEKASAN - Kemenag Pamekasan menggelar pelatihan jurnalistik bagi santri di Aula PP Al-Amien pada 27 Desember lalu.\n\nPelatihan diikuti 45 santri dari 12 pondok pesantren.", "2026-01-03", "2025-12-27", "2025-12-27"),
 ("A04", "Disnaker Gelar Pelatihan Barista\n\nBATU - Disnaker Kota Batu akan menggelar pelatihan barista bagi pemuda di UPT BLK Batu, Sabtu (3/1) mendatang.\n\nPendaftaran dibuka untuk 30 peserta.", "2025-12-30", "2026-01-03", "2026-01-03"),
 ("A05", "Ratusan Guru Ikuti Workshop Kurikulum\n\nTULUNGAGUNG - Sebanyak 120 guru SD mengikuti workshop Kurikulum Merdeka di Aula Dindik Tulungagung, Selasa lalu.\n\nWorkshop menghadirkan narasumber dari BBPMP Jatim.", "2025-11-06", "2025-11-04", "2025-11-04"),
 ("A06", "Kader Posyandu Dilatih\n\nLUMAJANG - Dinkes Lumajang menggelar pelatihan kader posyandu di Puskesmas Pasirian, kemarin.\n\nPelatihan diikuti 50 kader.", "2025-11-05", "2025-11-04", "2025-11-04"),
 ("A07", "Pelatihan Damkar Relawan\n\nKEDIRI - Dinas Pemadam Kebakaran Kabupaten Kediri menggelar pelatihan bagi relawan kebakaran di Mako Damkar Pare hari ini.\n\nSebanyak 40 relawan ikut praktik memadamkan api.", "2025-11-05", "2025-11-05", "2025-11-05"),
 ("A08", "Petani Ikuti Sekolah Lapang\n\nNGAWI - Dinas Pertanian Ngawi menggelar pelatihan pengendalian hama terpadu bagi 30 petani di BPP Karangjati, Minggu kemarin.\n\nPeserta praktik membuat pestisida nabati.", "2025-11-12", "2025-11-09", "2025-11-09"),
 ("A09", "Pelatihan UMKM Digital\n\nSITUBONDO - Diskoperindag Situbondo menggelar pelatihan pemasaran digital bagi pelaku UMKM di Aula Kantor, Rabu (31/12) hingga Jumat (2/1).\n\nPelatihan diikuti 35 pelaku usaha.", "2026-01-05", "2025-12-31", "2026-01-02"),
 ("A10", "Bimtek Aparatur Desa\n\nBONDOWOSO - DPMD Bondowoso menggelar bimtek penyusunan RKPDes di Hotel Ijen View pada 29-31 Desember.\n\nBimtek diikuti 90 kepala desa.", "2026-01-02", "2025-12-29", "2025-12-31"),
 # B. ranges written many ways
 ("B01", "Pelatihan Tata Rias\n\nPROBOLINGGO - Disnaker Kota Probolinggo menggelar pelatihan tata rias pengantin bagi 20 perempuan di BLK, 3 s.d. 5/11.\n\nPeserta mendapat sertifikat.", "2025-11-06", "2025-11-03", "2025-11-05"),
 ("B02", "Bimtek Pengelolaan BUMDes\n\nJEMBER - DPMD Jember menggelar bimtek pengelolaan BUMDes di Aula PB Sudirman pada tanggal 3 hingga 5 November 2025.\n\nSebanyak 60 direktur BUMDes hadir.", "2025-11-06", "2025-11-03", "2025-11-05"),
 ("B03", "Diklat Pramuka Penegak\n\nPONOROGO - Kwarcab Ponorogo menggelar diklat bagi pembina pramuka di Bumi Perkemahan Ngembag pada tanggal 3 sampai dengan tanggal 5 November 2025.\n\nPeserta berasal dari 21 kwartir ranting.", "2025-11-06", "2025-11-03", "2025-11-05"),
 ("B04", "Pelatihan Budidaya Lele\n\nTRENGGALEK - Dinas Perikanan Trenggalek menggelar pelatihan budidaya lele bioflok selama tiga hari sejak Senin (3/11/2025) di Balai Benih Ikan.\n\nPelatihan diikuti 25 pembudidaya.", "2025-11-07", "2025-11-03", "2025-11-05"),
 ("B05", "Pelatihan Pemandu Wisata\n\nBANYUWANGI - Disbudpar Banyuwangi menggelar pelatihan pemandu wisata Ijen. Pelatihan berlangsung dua hari, 3-4 Juni 2025, di Hotel Santika.\n\nSebanyak 40 pemandu ikut serta.", "2025-06-05", "2025-06-03", "2025-06-04"),
 ("B06", "Bimtek SAKIP\n\nMADIUN - Bagian Organisasi Setda Madiun menggelar bimtek SAKIP di Ruang Rapat Bupati. Bimtek dimulai 3 November dan berakhir 5 November 2025.\n\nPesertanya para perencana perangkat daerah.", "2025-11-06", "2025-11-03", "2025-11-05"),
 ("B07", "Pelatihan Operator Dapodik\n\nNGANJUK - Dindik Nganjuk menggelar pelatihan operator Dapodik di Lab SMKN 1 Nganjuk yang berlangsung 3-5/11/2025.\n\nPelatihan diikuti 80 operator.", "2025-11-06", "2025-11-03", "2025-11-05"),
 ("B08", "Pelatihan Penyuluh Antikorupsi\n\nJOMBANG - Inspektorat Jombang menggelar pelatihan penyuluh antikorupsi di Aula Inspektorat, Senin-Rabu (3-5/11).\n\nSebanyak 30 ASN ikut.", "2025-11-06", "2025-11-03", "2025-11-05"),
 ("B09", "Workshop Konten Kreatif\n\nMOJOKERTO - Diskominfo Mojokerto menggelar workshop konten kreatif bagi admin desa dari tanggal 3 sampai 5 November 2025 di Pendopo Graha Maja Tama.\n\nWorkshop diikuti 50 admin.", "2025-11-06", "2025-11-03", "2025-11-05"),
 ("B10", "Pelatihan Kader Jumantik\n\nSIDOARJO - Dinkes Sidoarjo menggelar pelatihan kader jumantik di Pendopo Delta Wibawa 3 November s/d 5 November 2025.\n\nSebanyak 100 kader ikut.", "2025-11-06", "2025-11-03", "2025-11-05"),
 ("B11", "Pelatihan Bahasa Isyarat\n\nGRESIK - Dinsos Gresik menggelar pelatihan bahasa isyarat bagi petugas layanan publik sejak Senin hingga Rabu (3-5/11/2025) di Wahana Ekspresi Poesponegoro.\n\nPelatihan diikuti 40 petugas.", "2025-11-06", "2025-11-03", "2025-11-05"),
 ("B12", "Pelatihan Pengolahan Kopi\n\nLAMONGAN - Disperindag Lamongan menggelar pelatihan pengolahan kopi bagi 30 petani pada 30 Desember 2025 hingga 2 Januari 2026 di Aula Disperindag.\n\nPeserta diajari teknik sangrai.", "2026-01-03", "2025-12-30", "2026-01-02"),
 ("B13", "Pelatihan Menjahit\n\nTUBAN - Disnakertrans Tuban menggelar pelatihan menjahit bagi 20 ibu rumah tangga pada tanggal 3, 4, dan 5 November 2025 di BLK Tuban.\n\nPeserta membawa pulang hasil jahitan.", "2025-11-06", "2025-11-03", "2025-11-05"),
 ("B14", "Bimtek Pengawas Pemilu\n\nBOJONEGORO - Bawaslu Bojonegoro menggelar bimtek pengawas kelurahan di Hotel Aston, Kamis-Jumat, 6-7 November 2025.\n\nBimtek diikuti 430 pengawas.", "2025-11-08", "2025-11-06", "2025-11-07"),
 ("B15", "Pelatihan Kepemimpinan Pemuda\n\nPASURUAN - Dispora Pasuruan menggelar pelatihan kepemimpinan pemuda di Wisma Kartini. Kegiatan berlangsung 2 hari (6-7/11/2025).\n\nSebanyak 50 pemuda ikut.", "2025-11-08", "2025-11-06", "2025-11-07"),
 ("B16", "Pelatihan Perangkat Desa\n\nBLITAR - DPMD Blitar menggelar pelatihan perangkat desa di Aula Kecamatan Wlingi pada 3 s.d 5 Nov 2025.\n\nPesertanya 90 perangkat desa.", "2025-11-06", "2025-11-03", "2025-11-05"),
 ("B17", "Pelatihan Kader Bank Sampah\n\nMALANG - DLH Kota Malang menggelar pelatihan pengurus bank sampah di TPA Supit Urang, Kamis dan Jumat (6-7/11).\n\nSebanyak 40 pengurus ikut.", "2025-11-10", "2025-11-06", "2025-11-07"),
 ("B18", "Pelatihan Guru PAUD\n\nKLATEN - Disdik Klaten menggelar pelatihan guru PAUD di Gedung Sunan Pandanaran mulai Senin, 3 November 2025 sampai Rabu, 5 November 2025.\n\nSebanyak 100 guru PAUD ikut.", "2025-11-06", "2025-11-03", "2025-11-05"),
 # C. an end given as a duration
 ("C01", "Pelatihan Las Dibuka\n\nCILACAP - Bupati Cilacap membuka pelatihan las bagi 30 pemuda di BLK Cilacap, Senin (3/11/2025).\n\nPelatihan yang dibuka hari itu akan berlangsung selama 5 hari.", "2025-11-04", "2025-11-03", "2025-11-07"),
 ("C02", "Pelatihan Tenaga Kesehatan\n\nBANYUMAS - Dinkes Banyumas membuka pelatihan tenaga kesehatan haji di Hotel Aston Purwokerto, Senin (3/11/2025). Pelatihan digelar selama lima hari ke depan.\n\nPeserta 60 orang.", "2025-11-04", "2025-11-03", "2025-11-07"),
 ("C03", "Diklat Satpam\n\nPURBALINGGA - Polres Purbalingga menggelar Diklat Gada Pratama di aula polres. Kegiatan berlangsung tiga hari, sejak Rabu (5/11/2025).\n\nSebanyak 40 peserta ikut.", "2025-11-06", "2025-11-05", "2025-11-07"),
 ("C04", "Pelatihan Tenun\n\nJEPARA - Disperindag Jepara menggelar pelatihan tenun ikat troso selama dua pekan mulai Senin (3/11/2025) di Sentra Tenun Troso.\n\nPeserta 25 perajin muda.", "2025-11-04", "2025-11-03", "2025-11-16"),
 ("C05", "Pelatihan Pengelasan\n\nKEBUMEN - Sebanyak 24 pemuda mengikuti pelatihan pengelasan di BLK Kebumen. Pelatihan selama 5 hari dimulai 3 November 2025.\n\nPeserta mendapat sertifikat BNSP.", "2025-11-04", "2025-11-03", "2025-11-07"),
 ("C06", "Kursus Pranikah\n\nWONOGIRI - Kemenag Wonogiri menggelar bimbingan perkawinan bagi 40 calon pengantin di Aula KUA, Senin (3/11/2025). Bimbingan berlangsung dua hari.\n\nMateri meliputi kesehatan reproduksi.", "2025-11-05", "2025-11-03", "2025-11-04"),
 # D. a date in the dateline against a date in the body
 ("D01", "Pelatihan Relawan Bencana\n\nSOLO, Rabu (5/11/2025) - BPBD Kota Solo menggelar pelatihan relawan tanggap bencana di Balai Kota, Senin (3/11/2025) lalu.\n\nPelatihan diikuti 60 relawan.", None, "2025-11-03", "2025-11-03"),
 ("D02", "Pelatihan Pengurus Koperasi\n\nBANDUNG, 5 November 2025 - Dinas KUKM Jabar menggelar pelatihan pengurus koperasi di Hotel Horison, Senin (3/11).\n\nPelatihan diikuti 80 pengurus.", None, "2025-11-03", "2025-11-03"),
 ("D03", "Bimtek Penyuluh KB\n\nSEMARANG (5/11/2025) - DP3AKB Jateng menggelar bimtek penyuluh KB di Hotel Patra pada Senin (3/11).\n\nSebanyak 70 penyuluh hadir.", None, "2025-11-03", "2025-11-03"),
 ("D04", "Pelatihan Petugas Haji\n\nJAKARTA (ANTARA) - Kemenag menggelar pelatihan petugas haji daerah di Asrama Haji Pondok Gede, Selasa.\n\nPelatihan diikuti 200 petugas.", "2025-11-06", "2025-11-04", "2025-11-04"),
 ("D05", "Pelatihan Penyuluh Pertanian\n\nKamis, 6 November 2025 09:12 WIB\n\nSLEMAN - Dinas Pertanian Sleman menggelar pelatihan penyuluh pertanian di Aula Dinas, Selasa (4/11).\n\nPelatihan diikuti 45 penyuluh.", None, "2025-11-04", "2025-11-04"),
 # E. dates of another activity in the report
 ("E01", "Pelatihan Wirausaha Pemuda\n\nKUDUS - Dispora Kudus menggelar pelatihan wirausaha pemuda di Gedung JHK, Senin (3/11/2025).\n\nPeserta terbaik akan diwisuda bersama pada 20 November 2025 di Pendopo Kabupaten.", "2025-11-04", "2025-11-03", "2025-11-03"),
 ("E02", "Pelatihan Operator Alat Berat Angkatan II\n\nREMBANG - Disnaker Rembang menggelar pelatihan operator alat berat angkatan II di BLK Rembang, Selasa (4/11/2025).\n\nAngkatan I telah digelar pada 10-12 Oktober 2025 dengan 20 peserta.", "2025-11-05", "2025-11-04", "2025-11-04"),
 ("E03", "Bimtek Pelaporan Dana Desa\n\nPATI - DPMD Pati menggelar bimtek pelaporan dana desa di Aula Setda, Rabu (5/11/2025).\n\nLaporan realisasi wajib diserahkan kepada inspektorat paling lambat 30 November 2025.", "2025-11-06", "2025-11-05", "2025-11-05"),
 ("E04", "Pelatihan Kader Literasi\n\nBLORA - Dinas Arpus Blora menggelar pelatihan kader literasi desa di Perpustakaan Daerah, Kamis (6/11/2025).\n\nPendaftaran peserta dibuka 1-15 Oktober 2025 melalui laman dinas.", "2025-11-07", "2025-11-06", "2025-11-06"),
 ("E05", "Pelatihan Kader TB\n\nGROBOGAN - Dinkes Grobogan menggelar pelatihan kader TB di Aula Dinkes, Senin (3/11/2025).\n\nHasil pelatihan akan dievaluasi pada 10 Februari 2026, tiga bulan setelah pelatihan.", "2025-11-04", "2025-11-03", "2025-11-03"),
 ("E06", "Pelatihan Paskibraka\n\nSRAGEN - Kesbangpol Sragen menggelar pelatihan bagi 60 calon Paskibraka di Alun-alun Sasono Langen Putro, Sabtu (8/11/2025).\n\nMereka dipersiapkan untuk upacara HUT RI pada 17 Agustus 2026.", "2025-11-09", "2025-11-08", "2025-11-08"),
 ("E07", "Pelatihan Juru Sembelih Halal\n\nBOYOLALI - Disnakkan Boyolali menggelar pelatihan juru sembelih halal di RPH Ampel, Selasa (4/11/2025).\n\nSebelumnya, Disnakkan juga menggelar pelatihan serupa pada 14 Oktober 2025 di RPH Banyudono.", "2025-11-05", "2025-11-04", "2025-11-04"),
 ("E08", "Pelatihan Kader Siaga Bencana\n\nKARANGANYAR - BPBD Karanganyar menggelar pelatihan kader siaga bencana di Tawangmangu, Rabu (5/11/2025).\n\nSimulasi gabungan direncanakan digelar pada 12 Desember 2025.", "2025-11-06", "2025-11-05", "2025-11-05"),
 ("E09", "Pelatihan Kuliner\n\nSUKOHARJO - Disdagkop Sukoharjo menggelar pelatihan kuliner bagi 30 pelaku UMKM di Gedung PKK, Kamis (6/11/2025).\n\nPara peserta akan mengikuti pameran produk pada 22-23 November 2025 di Solo Paragon.", "2025-11-07", "2025-11-06", "2025-11-06"),
 ("E10", "Bimtek Perencanaan Desa\n\nDEMAK - Bimtek perencanaan desa digelar DPMD Demak di Hotel Amantis, Senin (3/11/2025).\n\nBimtek ini menindaklanjuti Surat Edaran Bupati tanggal 15 Oktober 2025.", "2025-11-04", "2025-11-03", "2025-11-03"),
 # F. the page's chrome
 ("F01", "Pelatihan Petugas Pemilih\n\nRabu, 5 November 2025 | 10:15 WIB\n\nKENDAL - KPU Kendal menggelar pelatihan petugas pemutakhiran data pemilih di Aula KPU, Senin (3/11).\n\nPelatihan diikuti 80 petugas.", None, "2025-11-03", "2025-11-03"),
 ("F02", "Pelatihan Ojol Aman\n\nBATANG - Dishub Batang menggelar pelatihan keselamatan bagi 50 pengemudi ojek daring di Terminal Batang, Selasa (4/11/2025).\n\nEditor: Rina | Diperbarui 6 November 2025 08:00 WIB\n\nBaca juga: Pelatihan Sopir Angkot Digelar 1 Oktober 2025", "2025-11-05", "2025-11-04", "2025-11-04"),
 ("F03", "Pelatihan Penjamah Makanan\n\nPEKALONGAN - Dinkes Kota Pekalongan menggelar pelatihan penjamah makanan bagi 40 pedagang di Aula Dinkes, Kamis (6/11).\n\nBaca Juga:\nDinkes Gelar Pelatihan Kader, Selasa 14 Oktober 2025\n\nPeserta mendapat sertifikat laik higiene.", "2025-11-07", "2025-11-06", "2025-11-06"),
 # G. the opening against the whole run
 ("G01", "Pelatihan Satpol PP Dibuka\n\nTEGAL - Bupati Tegal membuka pelatihan peningkatan kapasitas anggota Satpol PP di Aula Rakyat, Senin (3/11/2025).\n\nPelatihan berlangsung hingga Jumat (7/11/2025).", "2025-11-04", "2025-11-03", "2025-11-07"),
 ("G02", "Pelatihan Linmas\n\nBREBES - Pelatihan anggota Linmas dibuka Wakil Bupati di Pendopo Brebes, Senin (3/11/2025).\n\nPelatihan yang dibuka hari itu akan berakhir pada Rabu (5/11).", "2025-11-04", "2025-11-03", "2025-11-05"),
 ("G03", "Diklat Kepemimpinan Ditutup\n\nPEMALANG - Sekda Pemalang menutup Diklat PKA angkatan III di BKPSDM, Jumat (7/11/2025).\n\nDiklat yang berlangsung sejak 3 November itu diikuti 40 pejabat administrator.", "2025-11-08", "2025-11-03", "2025-11-07"),
 ("G04", "Pelatihan Kader Desa\n\nPURWOREJO - Pelatihan kader pembangunan desa resmi dibuka di Aula Bappeda, Senin (3/11/2025). Pelatihan dijadwalkan berlangsung sampai Rabu (5/11/2025).\n\nPesertanya 60 kader.", "2025-11-04", "2025-11-03", "2025-11-05"),
 ("G05", "Bimtek Operator SIPD Dibuka\n\nMAGELANG - Sekda Magelang membuka bimtek operator SIPD di Hotel Atria, Senin (3/11/2025). Bimtek digelar hingga 6 November 2025.\n\nPeserta berasal dari 40 perangkat daerah.", "2025-11-04", "2025-11-03", "2025-11-06"),
 ("G06", "Pelatihan Bidan Ditutup\n\nTEMANGGUNG - Kadinkes menutup pelatihan asuhan persalinan normal bagi 30 bidan di Aula Dinkes, Sabtu (8/11/2025). Pelatihan dimulai Senin (3/11/2025).", "2025-11-09", "2025-11-03", "2025-11-08"),
 # H. more ways of writing the day (added after the first baseline run, still before any rule)
 ("H01", "Pelatihan Kader KB\n\nBLITAR - DP2KB Blitar menggelar pelatihan kader KB di Aula Dinas, Selasa (4/11) pagi.\n\nPelatihan diikuti 50 kader.", "2025-11-05", "2025-11-04", "2025-11-04"),
 ("H02", "Pelatihan Petugas Parkir\n\nKEDIRI - Dishub Kota Kediri menggelar pelatihan petugas parkir di Gedung Bagawanta Bhari pada hari Senin tanggal 3 bulan November 2025.\n\nSebanyak 70 juru parkir ikut.", "2025-11-04", "2025-11-03", "2025-11-03"),
 ("H03", "Bimtek Dapodik\n\nMADIUN - Dindik Madiun menggelar bimtek Dapodik di SMPN 1 Mejayan, Senin (03/11/25).\n\nBimtek diikuti 90 operator.", "2025-11-04", "2025-11-03", "2025-11-03"),
 ("H04", "Pelatihan Wartawan\n\nPACITAN - PWI Pacitan menggelar pelatihan jurnalistik di Gedung Karya Dharma pada tgl 3 s/d 5 Nov 2025.\n\nPeserta 30 wartawan muda.", "2025-11-06", "2025-11-03", "2025-11-05"),
 ("H05", "Pelatihan Kader Kesehatan Jiwa\n\nMAGETAN - Dinkes Magetan menggelar pelatihan kader kesehatan jiwa di Aula Dinkes, 03 - 05 November 2025.\n\nPelatihan diikuti 45 kader.", "2025-11-06", "2025-11-03", "2025-11-05"),
 ("H06", "Pelatihan Pengurus Masjid\n\nNGAWI - Kemenag Ngawi menggelar pelatihan takmir masjid di Masjid Agung, Senin (3/11) hingga Rabu (5/11).\n\nSebanyak 60 takmir hadir.", "2025-11-06", "2025-11-03", "2025-11-05"),
 ("H07", "Pelatihan Kader Pemuda\n\nJOMBANG - Dispora Jombang menggelar pelatihan kepemimpinan di Bumi Perkemahan Wonosalam, Rabu-Kamis (5-6 November 2025).\n\nPeserta 40 pemuda.", "2025-11-07", "2025-11-05", "2025-11-06"),
 ("H08", "Pelatihan Petugas Sensus\n\nKEDIRI - BPS Kediri menggelar pelatihan petugas sensus ekonomi di Hotel Grand Surya pada 5 dan 6 November.\n\nSebanyak 120 petugas ikut.", "2025-11-07", "2025-11-05", "2025-11-06"),
 ("H09", "Pelatihan Penyuluh Narkoba\n\nTULUNGAGUNG - BNN Tulungagung menggelar pelatihan penyuluh antinarkoba di Aula BNN, Senin, (3/11).\n\nPeserta 30 penyuluh.", "2025-11-05", "2025-11-03", "2025-11-03"),
 ("H10", "Pelatihan Relawan PMI\n\nBLITAR - PMI Kota Blitar menggelar pelatihan pertolongan pertama di Markas PMI, Sabtu malam.\n\nSebanyak 40 relawan ikut.", "2025-11-10", "2025-11-08", "2025-11-08"),
 ("H11", "Pelatihan Kader Desa Wisata\n\nBATU - Disparta Batu menggelar pelatihan pokdarwis di Desa Wisata Bumiaji, Jumat pekan lalu.\n\nPelatihan diikuti 40 anggota pokdarwis.", "2025-11-12", "2025-11-07", "2025-11-07"),
 ("H12", "Pelatihan Kader PKK\n\nMALANG - TP PKK Kota Malang menggelar pelatihan kader di Balai Kota, Selasa (4/11/2025) hingga Kamis (6/11/2025) mendatang.\n\nPesertanya 100 kader.", "2025-11-04", "2025-11-04", "2025-11-06"),
 ("H13", "Workshop Penulisan\n\nSURABAYA - Dispusip Surabaya menggelar workshop penulisan cerpen di Perpustakaan Rungkut selama tiga hari, mulai hari ini.\n\nPeserta 30 pelajar.", "2025-11-05", "2025-11-05", "2025-11-07"),
 ("H14", "Pelatihan Koperasi Merah Putih\n\nGRESIK - Diskop Gresik menggelar pelatihan pengurus Koperasi Merah Putih pada Selasa-Rabu, 4-5 November 2025 di Aula Diskop.\n\nPeserta 80 pengurus.", "2025-11-06", "2025-11-04", "2025-11-05"),
 ("H15", "Pelatihan Kader Lingkungan\n\nSIDOARJO - DLHK Sidoarjo menggelar pelatihan kader lingkungan di Pendopo pada tanggal 3/11/2025 s.d. 5/11/2025.\n\nPesertanya 60 kader.", "2025-11-06", "2025-11-03", "2025-11-05"),
 ("H16", "Pelatihan Tata Boga\n\nPASURUAN - Disnaker Pasuruan menggelar pelatihan tata boga bagi 20 peserta di BLK Pasuruan mulai 3 hingga 14 November 2025.\n\nPelatihan berlangsung 10 hari kerja.", "2025-11-15", "2025-11-03", "2025-11-14"),
 ("H17", "Pelatihan Pengelolaan Sampah\n\nPROBOLINGGO - DLH Probolinggo menggelar pelatihan pengelolaan sampah di Aula Kecamatan Kraksaan, Senin, 3 Nov.\n\nPeserta 40 kader.", "2025-11-04", "2025-11-03", "2025-11-03"),
 ("H18", "Pelatihan Pengurus Posyandu\n\nTUBAN - Dinkes Tuban membuka pelatihan kader posyandu di Aula Dinkes, Senin (3/11/2025) kemarin. Pelatihan berlangsung hingga Rabu.\n\nPeserta 50 kader.", "2025-11-04", "2025-11-03", "2025-11-05"),
 # X. counterexamples: the event's dates stay as written
 ("X01", "Pelatihan Kader Gizi\n\nWONOSOBO - Dinkes Wonosobo menggelar pelatihan kader gizi di Aula Dinkes, Senin (3/11/2025).\n\n\"Pelatihan ini sangat bermanfaat,\" kata Kadinkes kepada wartawan, Rabu (5/11/2025).", "2025-11-05", "2025-11-03", "2025-11-03"),
 ("X02", "Pelatihan Pengelola Keuangan\n\nBATANG - BPKAD Batang menggelar pelatihan pengelola keuangan di Aula BPKAD, Selasa (4/11/2025).\n\nPelatihan selama 30 hari kerja akan dilanjutkan di kantor masing-masing.", "2025-11-05", "2025-11-04", "2025-11-04"),
 ("X03", "Pelatihan Kader Posyandu\n\nKENDAL - Dinkes Kendal menggelar pelatihan kader posyandu di Puskesmas Weleri, Rabu (5/11/2025).\n\nKegiatan posyandu digelar sebulan sekali, biasanya pada tanggal 10.", "2025-11-06", "2025-11-05", "2025-11-05"),
 ("X04", "Pelatihan Pemadam\n\nSALATIGA - Damkar Salatiga menggelar pelatihan pemadaman bagi pengelola pasar di Pasar Raya, Kamis (6/11/2025).\n\nKebakaran terakhir di pasar itu terjadi dua pekan lalu, Kamis (23/10/2025).", "2025-11-07", "2025-11-06", "2025-11-06"),
 ("X05", "Pelatihan PPK Pilkades\n\nBLORA - DPMD Blora menggelar bimtek panitia pilkades di Aula Kecamatan Cepu, Senin (3/11/2025).\n\nPemungutan suara pilkades serentak digelar 14 Desember 2025.", "2025-11-04", "2025-11-03", "2025-11-03"),
 ("X06", "Pelatihan Ekspor\n\nSEMARANG - Disperindag Jateng menggelar pelatihan ekspor bagi UMKM di Hotel Gumaya, Selasa (4/11/2025).\n\nMenurut Kadis, pelatihan serupa tahun lalu digelar pada 11-13 November 2024.", "2025-11-05", "2025-11-04", "2025-11-04"),
 ("X07", "Bimtek Bendahara\n\nCILACAP - BPKD Cilacap menggelar bimtek bendahara sekolah di Aula BPKD, Rabu (5/11/2025).\n\nBimtek dijadwalkan ulang dari rencana semula pada 20-21 Oktober 2025.", "2025-11-06", "2025-11-05", "2025-11-05"),
 ("X08", "Pelatihan Penyuluh Agama\n\nKEBUMEN - Kemenag Kebumen menggelar pelatihan penyuluh agama di aula kantor, Kamis (6/11/2025).\n\nPenyuluh yang dilantik sejak 1 Juli 2025 itu kini bertugas di 26 kecamatan.", "2025-11-07", "2025-11-06", "2025-11-06"),
 ("X09", "Pelatihan Guru Ngaji\n\nBANJARNEGARA - Kemenag Banjarnegara menggelar pelatihan metode tilawati bagi 40 guru TPQ di Aula Kemenag, Senin (3/11/2025).\n\nSelama tiga hari sebelumnya para guru mengikuti tes bacaan.", "2025-11-04", "2025-11-03", "2025-11-03"),
 ("X10", "Workshop Kearsipan\n\nPURBALINGGA - Dinarpus Purbalingga menggelar workshop kearsipan di Aula Dinarpus, Selasa (4/11/2025).\n\nArsip daerah tersimpan sejak 1 Januari 1980 hingga 31 Desember 2024.", "2025-11-05", "2025-11-04", "2025-11-04"),
 ("X11", "Pelatihan Kader Lansia\n\nKLATEN - Dinsos Klaten menggelar pelatihan pendamping lansia di Panti Wredha, Rabu (5/11/2025).\n\nDua hari setelah pelatihan, pendamping langsung bertugas di desa.", "2025-11-06", "2025-11-05", "2025-11-05"),
 ("X12", "Pelatihan Penanganan Stunting\n\nREMBANG - Dinkes Rembang menggelar pelatihan penanganan stunting di Pendopo, Kamis (6/11/2025).\n\nProgram pendampingan berjalan selama enam bulan, 1 Juli hingga 31 Desember 2025.", "2025-11-07", "2025-11-06", "2025-11-06"),
]
if len(sys.argv) == 1:
    with open(sys.stdout.fileno(), "w", closefd=False) as f:
        for (i, txt, pub, _, _) in P:
            d = {"id": i, "text": txt + "\n"}
            if pub: d["published"] = pub
            f.write(json.dumps(d) + "\n")
else:
    got = {}
    for line in open(sys.argv[1]):
        r = json.loads(line); got[r["document"]["id"]] = r
    bad = {"pos": 0, "neg": 0}; tot = {"pos": 0, "neg": 0}
    for (i, txt, pub, s, e) in P:
        k = "neg" if i.startswith("X") else "pos"; tot[k] += 1
        r = got.get(i); d = ((r or {}).get("event") or {}).get("date") or {}
        g = (d.get("start"), d.get("end")); ok = g == (s, e); bad[k] += not ok
        if not ok or "-v" in sys.argv: print(("ok  " if ok else "BAD ") + f"{i} exp={s},{e} got={g[0]},{g[1]} | {txt.split(chr(10))[2][:110]!r}")
    print(f"constructions {tot['pos']-bad['pos']}/{tot['pos']}, counterexamples {tot['neg']-bad['neg']}/{tot['neg']}")
