#!/usr/bin/env python3
# date probes: (text, published, expected start, expected end). With no argument writes the probes as JSON Lines to standard output; with `warta extract`'s output file, compares.
import json, sys
H = "Pelatihan Kader Posyandu Digelar di Aula Dinkes\n\n"
P = [
 # A. the event's noun with its possessive and a length
 ("MAGELANG - Dinas Kesehatan Kabupaten Magelang menggelar pelatihan kader posyandu di Aula Dinkes, Selasa (14/10/2025).\n\nKepala Dinkes mengatakan peserta berasal dari 21 kecamatan. \"Pelatihannya dua hari, sampai besok,\" katanya.", "2025-10-14", "2025-10-14", "2025-10-15"),
 ("BLITAR - Sebanyak 60 perangkat desa mengikuti bimtek pengelolaan keuangan desa di Hotel Puri Perdana, Rabu (5/11/2025).\n\n\"Bimteknya tiga hari, materi dari BPKP dan inspektorat,\" ujar Camat.", "2025-11-05", "2025-11-05", "2025-11-07"),
 ("SAMPANG - Diskominfo menggelar workshop jurnalistik bagi pelajar di aula kantor, Kamis (6/11/2025).\n\nKabid IKP mengatakan workshopnya dua hari dengan praktik menulis berita.", "2025-11-06", "2025-11-06", "2025-11-07"),
 ("PALU - BPBD Sulteng menggelar pelatihan relawan di Gedung Juang, Senin (3/11/2025).\n\nKegiatannya berlangsung empat hari dengan simulasi evakuasi.", "2025-11-03", "2025-11-03", "2025-11-06"),
 ("KENDARI - Dinas Sosial menggelar pembinaan TKSK di Aula Dinsos, Senin (3/11/2025).\n\nMenurut Kadis, kegiatannya dua hari sebelum pelantikan pengurus baru, yang jatuh pada pekan depan.", "2025-11-03", "2025-11-03", "2025-11-03"),
 ("BIMA - Dinas Koperasi menggelar pelatihan pengurus koperasi di aula dinas, Selasa (4/11/2025).\n\n\"Pelatihannya tiga hari lalu sudah kami umumkan,\" kata Kabid.", "2025-11-04", "2025-11-04", "2025-11-04"),
 ("SUMENEP - Disnaker menggelar pelatihan menjahit bagi 40 ibu rumah tangga di BLK Sumenep, Senin (10/11/2025).\n\nPelatihannya 2 (dua) minggu, ditutup dengan uji kompetensi.", "2025-11-10", "2025-11-10", "2025-11-23"),
 ("TEGAL - Kantor Kemenag menggelar pembinaan penyuluh agama di aula kantor, Rabu (12/11/2025).\n\nKegiatannya 30 hari kerja dan diselingi tugas lapangan.", "2025-11-12", "2025-11-12", "2025-11-12"),
 # B. a report of the closing, the start written after sejak in a later sentence
 ("PASAMAN BARAT - Wakapolres menutup Diklat Gada Pratama Angkatan V di Mapolres, Jumat (21/11/2025) sore.\n\nSebanyak 50 peserta yang sejak Senin (10/11/2025) digembleng di aula Mapolres dinyatakan lulus seluruhnya.", "2025-11-21", "2025-11-10", "2025-11-21"),
 ("SOLOK - \"Kami sudah siap bekerja,\" kata seorang peserta usai upacara penutupan Pelatihan Satpam di Lapangan Polres Solok, Sabtu (15/11/2025).\n\nPara peserta, yang sejak Senin (3/11/2025) ditempa di asrama polres, menerima sertifikat.", "2025-11-15", "2025-11-03", "2025-11-15"),
 ("JEPARA - Bupati menutup pelatihan las bagi 30 pemuda di BLK Jepara, Kamis (13/11/2025).\n\nSebanyak 30 peserta sejak Senin (27/10/2025) belajar mengelas listrik dan karbit di bengkel BLK dengan pendampingan instruktur.", "2025-11-13", "2025-10-27", "2025-11-13"),
 ("GARUT - Kepala Dinas menutup pelatihan barista di Balai Latihan Kerja, Jumat (14/11/2025).\n\nJalan menuju BLK ditutup sejak Senin (3/11/2025) karena longsor.", "2025-11-14", "2025-11-14", "2025-11-14"),
 ("BONE - Pelatihan kader posyandu resmi ditutup di Aula Dinkes, Rabu (12/11/2025).\n\nPara kader sejak Senin (10/11/2025) mengikuti materi gizi dan praktik penimbangan.", "2025-11-12", "2025-11-10", "2025-11-12"),
 ("BANTUL - Diklat kepemimpinan pengawas ditutup di BKPSDM, Jumat (14/11/2025).\n\nSebelumnya, angkatan pertama telah dilatih sejak Senin (1/9/2025).", "2025-11-14", "2025-11-14", "2025-11-14"),
 ("LIMAPULUH KOTA - Kapolres menutup Diklat Gada Pratama di Aula Polres, Sabtu (15/11/2025).\n\nRudi, pemuda yang sebelumnya bekerja di kebun, adalah satu dari 40 peserta yang sejak Senin (3/11/2025) dilatih di aula dan lapangan polres.", "2025-11-15", "2025-11-03", "2025-11-15"),
 ("LIMAPULUH KOTA - Kapolres menutup Diklat Gada Pratama di Aula Polres, Sabtu (15/11/2025).\n\nSebelumnya, angkatan pertama telah dilatih sejak Senin (3/11/2025) di aula yang sama dengan pelatih dari Polda.", "2025-11-15", "2025-11-15", "2025-11-15"),
 ("LIMAPULUH KOTA - Kapolres menutup Diklat Gada Pratama di Aula Polres, Sabtu (15/11/2025).\n\nPendaftaran peserta angkatan berikutnya dibuka sejak Senin (10/11/2025) di kantor Satbinmas.", "2025-11-15", "2025-11-15", "2025-11-15"),
 ("LIMAPULUH KOTA - Kapolres membuka Diklat Gada Pratama di Aula Polres, Sabtu (15/11/2025).\n\nPara peserta sejak Senin (10/11/2025) sudah menjalani tes kesehatan di RS Bhayangkara sebagai syarat masuk.", "2025-11-15", "2025-11-15", "2025-11-15"),
 # C. from a start after sejak, on to a day after `hari ini hingga`
 ("TANJUNG REDEB, Senin (4/8/2025) - Sebanyak 160 CPNS mengikuti Pelatihan Dasar CPNS di Hotel Mercure.\n\nPelatihan berlangsung dengan pola blended learning, yakni e-learning sejak 7 Juli 2025, dilanjutkan klasikal mulai hari ini hingga 15 Agustus 2025.", "2025-08-04", "2025-07-07", "2025-08-15"),
 ("Pelatihan Dasar CPNS Dibuka\n\nSAMARINDA - BPSDM Kaltim membuka Latsar CPNS di Gedung Diklat, Senin (6/10/2025). Latsar berlangsung sejak 15 September 2025 secara daring, dan tatap muka mulai hari ini sampai 24 Oktober 2025.", "2025-10-06", "2025-09-15", "2025-10-24"),
 ("SINJAI - Dinas Pertanian menggelar pelatihan petani milenial mulai hari ini hingga 8 November 2025 di BPP Sinjai Utara.", "2025-11-05", "2025-11-05", "2025-11-08"),
 # D. decisions that must hold: publication, deadlines, earlier batches, relative days, ranges, durations
 ("KLATEN - Dinas Sosial menggelar pelatihan PSM di Aula Dinsos pada 28 Oktober hingga 2 November 2025.", "2025-11-03", "2025-10-28", "2025-11-02"),
 ("KLATEN - Dinas Sosial menggelar pelatihan PSM di Aula Dinsos pada 28 Oktober - 2 November 2025.", "2025-11-03", "2025-10-28", "2025-11-02"),
 ("KLATEN - Dinas Sosial menggelar pelatihan PSM di Aula Dinsos, Selasa (28/10/2025) hingga Minggu (2/11/2025).", "2025-11-03", "2025-10-28", "2025-11-02"),
 ("PATI - Dinas Perikanan menggelar pelatihan pengolahan ikan selama tiga hari mulai Senin (3/11/2025) di Aula Dinas.", "2025-11-04", "2025-11-03", "2025-11-05"),
 ("PATI - Dinas Perikanan menggelar pelatihan pengolahan ikan di Aula Dinas, Senin (3/11/2025). Pelatihan berlangsung selama tiga hari.", "2025-11-04", "2025-11-03", "2025-11-05"),
 ("PATI - Dinas Perikanan menggelar pelatihan pengolahan ikan di Aula Dinas, kemarin.", "2025-11-04", "2025-11-03", "2025-11-03"),
 ("PATI - Dinas Perikanan menggelar pelatihan pengolahan ikan di Aula Dinas, Senin lalu.", "2025-11-06", "2025-11-03", "2025-11-03"),
 ("PATI - Dinas Perikanan menggelar pelatihan pengolahan ikan di Aula Dinas pekan lalu, Rabu (29/10/2025).", "2025-11-04", "2025-10-29", "2025-10-29"),
 ("PATI - Dinas Perikanan menggelar pelatihan pengolahan ikan di Aula Dinas hari ini.", "2025-11-04", "2025-11-04", "2025-11-04"),
 ("REMBANG - Disnaker menggelar pelatihan operator alat berat di BLK Rembang, Selasa (4/11/2025). Pendaftaran pelatihan ditutup paling lambat 25 Oktober 2025.", "2025-11-05", "2025-11-04", "2025-11-04"),
 ("REMBANG - Disnaker menggelar pelatihan operator alat berat angkatan II di BLK Rembang, Selasa (4/11/2025). Angkatan sebelumnya digelar pada 10 September 2025.", "2025-11-05", "2025-11-04", "2025-11-04"),
 ("REMBANG - Disnaker menggelar pelatihan operator alat berat di BLK Rembang, Selasa (4/11/2025). Pelatihan serupa tahun lalu digelar pada 12 Oktober 2024.", "2025-11-05", "2025-11-04", "2025-11-04"),
 ("REMBANG - Disnaker menggelar pelatihan operator alat berat di BLK Rembang, Selasa (4/11/2025). Pelatihan dibuka Bupati dan akan ditutup pada Jumat (7/11/2025).", "2025-11-05", "2025-11-04", "2025-11-07"),
 ("BATANG - Pelatihan kewirausahaan bagi 50 pemuda digelar Dispermades pada 7-8 November 2025 di Aula Kecamatan Subah.", "2025-11-09", "2025-11-07", "2025-11-08"),
 ("BATANG - Pelatihan kewirausahaan bagi 50 pemuda digelar Dispermades pada 7 sampai 8 November 2025 di Aula Kecamatan Subah.", "2025-11-09", "2025-11-07", "2025-11-08"),
 ("Jumat, 7 November 2025 10:15 WIB\n\nBATANG - Pelatihan kewirausahaan bagi 50 pemuda digelar Dispermades, Kamis (6/11/2025), di Aula Kecamatan Subah.", None, "2025-11-06", "2025-11-06"),
 ("Jumat, 7 November 2025 10:15 WIB\n\nBATANG - Dispermades menggelar pelatihan kewirausahaan bagi 50 pemuda di Aula Kecamatan Subah, kemarin.", None, "2025-11-06", "2025-11-06"),
 ("WONOSOBO - Dinas Pariwisata menggelar pelatihan pemandu wisata di Dieng, Sabtu (8/11/2025). Kegiatan ini dalam rangka HUT Kabupaten Wonosobo pada 24 Juli.", "2025-11-09", "2025-11-08", "2025-11-08"),
 ("WONOSOBO - Dinas Pariwisata menggelar pelatihan pemandu wisata di Dieng, Sabtu (8/11/2025), sesuai surat nomor 556/120/Disparbud tanggal 20 Oktober 2025.", "2025-11-09", "2025-11-08", "2025-11-08"),
 ("KUDUS - Disdikpora menggelar pelatihan guru penggerak sejak Senin (3/11/2025) hingga hari ini di Hotel Griptha.", "2025-11-05", "2025-11-03", "2025-11-05"),
 ("KUDUS - Disdikpora menggelar pelatihan guru penggerak mulai Senin (3/11/2025) hingga Kamis di Hotel Griptha.", "2025-11-04", "2025-11-03", "2025-11-06"),
 ("KUDUS - Disdikpora menggelar pelatihan guru di Hotel Griptha. Pelatihan dibuka pada Senin, 3 November 2025 dan ditutup pada Rabu, 5 November 2025.", "2025-11-06", "2025-11-03", "2025-11-05"),
 ("DEMAK - Diklat PKP angkatan I digelar 3-6 November 2025, angkatan II 10-13 November 2025 di BKPSDM Demak.", "2025-11-14", "2025-11-03", "2025-11-13"),
 ("DEMAK - Pelatihan penyuluh KB digelar di Aula DP2KB, Senin (3/11/2025). Program TMMD berlangsung selama 30 hari, mulai 29 Oktober hingga 27 November 2025.", "2025-11-04", "2025-11-03", "2025-11-03"),
 ("DEMAK - Latsar CPNS golongan III dibuka di BPSDM, Senin (3/11/2025).\n\nPeserta akan mengikuti pembelajaran mulai 3 November hingga 28 November 2025.", "2025-11-04", "2025-11-03", "2025-11-28"),
 ("DEMAK - Pelatihan pemandu wisata dibuka di Aula Disparbud, Senin (3/11/2025).\n\nProgram desa wisata berjalan sejak 1 Oktober hingga 31 Desember 2025.", "2025-11-04", "2025-11-03", "2025-11-03"),
 ("MAROS - Sebanyak 30 pemuda mengikuti magang kerja yang digelar Disnaker mulai 3 November hingga 28 November 2025 di kawasan industri.", "2025-11-04", "2025-11-03", "2025-11-28"),
 ("SRAGEN - Pelatihan kader digelar Dinkes di Puskesmas Gemolong, Senin (3/11/2025), dan berakhir hari ini.", "2025-11-05", "2025-11-03", "2025-11-05"),
 ("SRAGEN - Pelatihan kader digelar Dinkes di Puskesmas Gemolong dua hari yang lalu.", "2025-11-05", "2025-11-03", "2025-11-03"),
 ("SRAGEN - Dinkes akan menggelar pelatihan kader di Puskesmas Gemolong besok.", "2025-11-05", "2025-11-06", "2025-11-06"),
]
if len(sys.argv) == 1:
    with open(sys.stdout.fileno(), "w", closefd=False) as f:
        for i, (txt, pub, _, _) in enumerate(P):
            d = {"id": f"D{i:02d}", "text": H + txt + "\n\nKegiatan ini diikuti 40 peserta.\n"}
            if pub: d["published"] = pub
            f.write(json.dumps(d) + "\n")
else:
    got = {}
    for line in open(sys.argv[1]):
        r = json.loads(line); got[r["document"]["id"]] = r
    bad = 0
    for i, (txt, pub, s, e) in enumerate(P):
        r = got.get(f"D{i:02d}"); d = ((r or {}).get("event") or {}).get("date") or {}
        g = (d.get("start"), d.get("end")); ok = g == (s, e); bad += not ok
        if not ok or "-v" in sys.argv: print(("ok  " if ok else "BAD ") + f"D{i:02d} exp={s},{e} got={g[0]},{g[1]} | {txt[:100]!r}")
    print(f"{len(P)-bad}/{len(P)} right")
