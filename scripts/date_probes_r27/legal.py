#!/usr/bin/env python3
# legal probes: (sentence, expected legal list). With no argument writes the probes as JSON Lines to standard output; with `warta extract`'s output file, compares.
import json, sys
P = [
 ("Kegiatan ini berpedoman pada Peraturan Menteri Perhubungan Nomor PM 15 Tahun 2019 tentang Penyelenggaraan Angkutan Orang.", ["Permenhub 15/2019"]),
 ("Sertifikat wajib dimiliki awak kapal sesuai Peraturan Menteri Perhubungan Nomor PM 70 Tahun 2013 tentang Pendidikan dan Pelatihan Pelaut.", ["Permenhub 70/2013"]),
 ("Hal itu diatur dalam Permenhub Nomor PM 12 Tahun 2019 tentang pelindungan keselamatan pengguna sepeda motor.", ["Permenhub 12/2019"]),
 ("mengacu pada Permenhub No. PM 74 Tahun 2021 tentang penyelenggaraan angkutan barang", ["Permenhub 74/2021"]),
 ("sesuai Peraturan Menteri Perhubungan Nomor: PM 33 Tahun 2015 tentang pengendalian jalan", ["Permenhub 33/2015"]),
 ("berpedoman pada Peraturan Menteri Perhubungan No PM.18 Tahun 2021 tentang klasifikasi kapal", ["Permenhub 18/2021"]),
 ("Peraturan Menhub nomor PM 26 tahun 2022 menjadi dasar pelatihan juru parkir tersebut.", ["Permenhub 26/2022"]),
 ("sejalan dengan amanat Peraturan Presiden Nomor 12 Tahun 2021 tentang Perubahan atas Peraturan Presiden Nomor 16 Tahun 2018 tentang Pengadaan Barang/Jasa Pemerintah", ["Perpres 12/2021", "Perpres 16/2018"]),
 ("sesuai Permendagri Nomor 77 Tahun 2020 tentang perubahan atas Permendagri Nomor 20 Tahun 2018", ["Permendagri 77/2020", "Permendagri 20/2018"]),
 ("UU Nomor 6 Tahun 2023 tentang Penetapan Perppu Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang", ["UU 6/2023", "Perppu 2/2022"]),
 ("PP Nomor 47 Tahun 2015 tentang Perubahan Kedua atas Peraturan Pemerintah Nomor 43 Tahun 2014", ["PP 47/2015", "PP 43/2014"]),
 ("Perpres Nomor 104 Tahun 2021 tentang perubahan ketiga atas Perpres Nomor 72 Tahun 2012 menjadi acuan.", ["Perpres 104/2021", "Perpres 72/2012"]),
 ("Undang-Undang Nomor 9 Tahun 2015 tentang Perubahan Kedua Atas Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah", ["UU 9/2015", "UU 23/2014"]),
 ("materi dasar hukumnya Peraturan Menteri ATR/Kepala BPN Nomor 6 Tahun 2018 tentang PTSL.", ["Permen ATR/BPN 6/2018"]),
 ("sesuai Peraturan Menteri Agraria dan Tata Ruang/Kepala Badan Pertanahan Nasional Nomor 6 Tahun 2018 tentang Pendaftaran Tanah Sistematis Lengkap", ["Permen ATR/BPN 6/2018"]),
 ("berdasarkan Permen ATR/Kepala BPN No 16 Tahun 2021 tentang perubahan ketiga", ["Permen ATR/BPN 16/2021"]),
 ("mengacu pada Peraturan Menteri ATR/BPN Nomor 21 Tahun 2020 tentang penanganan kasus pertanahan", ["Permen ATR/BPN 21/2020"]),
 ("Peraturan Menteri Agraria dan Tata Ruang/Kepala BPN Nomor 14 Tahun 2021 tentang pedoman RDTR menjadi bahan pelatihan.", ["Permen ATR/BPN 14/2021"]),
 ("standar pondok wisata diatur dalam Peraturan Menteri Pariwisata dan Ekonomi Kreatif Nomor 4 Tahun 2021 tentang Standar Kegiatan Usaha", ["Permenparekraf 4/2021"]),
 ("sesuai Peraturan Menteri Pariwisata dan Ekonomi Kreatif/Kepala Badan Pariwisata dan Ekonomi Kreatif Nomor 9 Tahun 2021 tentang destinasi berkelanjutan", ["Permenparekraf 9/2021"]),
 ("mengacu Peraturan Menteri Pariwisata Nomor 14 Tahun 2016 tentang pedoman destinasi", ["Permenpar 14/2016"]),
 ("sesuai Peraturan Menteri Keuangan Nomor 190/PMK.05/2012 tentang tata cara pembayaran", ["PMK 190/2012"]),
 ("berdasarkan PMK Nomor 62/PMK.05/2023 tentang perencanaan anggaran", ["PMK 62/2023"]),
 ("sesuai Permendagri No. 90/2019 tentang klasifikasi dan kodefikasi", ["Permendagri 90/2019"]),
 ("sesuai Peraturan Gubernur Jawa Barat Nomor 12 Tahun 2022 tentang desa wisata", ["Pergub 12/2022"]),
 ("Pergub Kalsel Nomor 0 Tahun 2020 tidak dipakai. Dasar kegiatan adalah Pergub Nomor 33 Tahun 2020.", ["Pergub 33/2020"]),
 ("mengacu Peraturan Wali Kota Bengkulu Nomor 25 Tahun 2021 tentang posyandu", ["Perwal 25/2021"]),
 ("sesuai Perwali Nomor 8 Tahun 2023 tentang kelurahan tangguh", ["Perwal 8/2023"]),
 ("Dasar hukumnya Qanun Kabupaten Pidie Nomor 5 Tahun 2018 tentang gampong", ["Qanun 5/2018"]),
 ("sesuai Qanun Aceh Nomor 9 Tahun 2008 tentang Pembinaan Kehidupan Adat", ["Qanun 9/2008"]),
 ("sesuai Peraturan Bupati Bantul Nomor 38 Tahun 2022 tentang kalurahan", ["Perbup 38/2022"]),
 ("sesuai Peraturan Menteri Dalam Negeri Nomor : 20 Tahun 2018 tentang pengelolaan keuangan desa", ["Permendagri 20/2018"]),
 ("sesuai Peraturan Menteri Perhubungan Republik Indonesia Nomor PM 8 Tahun 2022", ["Permenhub 8/2022"]),
 ("sebagaimana diatur Keputusan Menteri Perhubungan Nomor KM 12 Tahun 2020", []),
 # counterexamples
 ("Surat Bupati Nomor 400.3/128/Dinsos tanggal 3 Maret 2025 mengundang para peserta.", []),
 ("berdasarkan SK Kepala Dinas Nomor 800/155/Kep/2024 tentang tim pelaksana", []),
 ("ditetapkan dengan Keputusan Bupati Nomor 460/Kep.782-Bappeda/2024 tentang desa wisata", []),
 ("Peserta nomor PM 15 tahun ini mendapat hadiah", []),
 ("kendaraan dinas bernomor polisi PM 15 milik dinas", []),
 ("Peraturan Menteri Perhubungan tentang angkutan sekolah sedang disusun.", []),
 ("Hadir pula Kepala Kantor Pertanahan ATR/BPN Kabupaten Bogor yang membuka acara.", []),
 ("Surat Edaran Menteri Perhubungan Nomor SE 12 Tahun 2020 dibagikan.", []),
 ("Perubahan atas Perda itu masih dibahas DPRD.", []),
 ("pembahasan Rancangan Peraturan Daerah tentang perubahan atas Perda Nomor 3 Tahun 2019", ["Perda 3/2019"]),
 ("Kementerian Pariwisata dan Ekonomi Kreatif Nomor satu di Asia", []),
]
if len(sys.argv) == 1:
    with open(sys.stdout.fileno(), "w", closefd=False) as f:
        for i, (s, _) in enumerate(P):
            txt = f"KOTA BARU - Dinas Perhubungan menggelar pelatihan keselamatan bagi 40 peserta di aula dinas, Senin (3/3/2025).\n\n{s}\n\nPelatihan berlangsung satu hari."
            f.write(json.dumps({"id": f"L{i:02d}", "text": txt, "published": "2025-03-04"}) + "\n")
else:
    got = {}
    for line in open(sys.argv[1]):
        r = json.loads(line)
        got[r["document"]["id"]] = r
    bad = 0
    for i, (s, exp) in enumerate(P):
        r = got.get(f"L{i:02d}")
        g = sorted(x.get("canonical", x) if isinstance(x, dict) else x for x in (r.get("legal_references") or [])) if r else None
        ok = g == sorted(exp)
        bad += not ok
        if not ok or "-v" in sys.argv: print(("ok  " if ok else "BAD ") + f"L{i:02d} exp={sorted(exp)} got={g} | {s[:90]}")
    print(f"{len(P)-bad}/{len(P)} right")
