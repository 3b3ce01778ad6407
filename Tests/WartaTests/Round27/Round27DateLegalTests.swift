import Testing
@testable import Warta

/// Round 27 (DATE27): legal references and event dates, from probes written for the round in the style of Indonesian
/// regional news (no corpus document's words). Legal: the transport ministry's numbers written `PM 15`, the minister of
/// ATR who heads the BPN, the tourism ministry by its long name, and a regulation that amends another (`tentang
/// Perubahan atas Peraturan Presiden Nomor 16 Tahun 2018`) gives both. Dates: the event's noun with its possessive and a
/// length (`Pelatihannya dua hari`), a report of the closing whose participants' sentence dates the start (`peserta yang
/// sejak Senin (10/11/2025) digembleng`), and a start after `sejak` with an end after `hingga` later in its sentence.
/// Counterexamples keep what the extractor gave before.
struct Round27DateLegalTests {
    static func references(_ sentence: String) -> [String] {
        Shared.record("Pelatihan keselamatan di Aula Dinas Perhubungan. \(sentence)\n").legalReferences.map(\.canonical).sorted()
    }

    static let legal: [(String, [String])] = [
        ("Kegiatan ini berpedoman pada Peraturan Menteri Perhubungan Nomor PM 15 Tahun 2019 tentang angkutan orang.", ["Permenhub 15/2019"]),
        ("mengacu pada Permenhub No. PM 74 Tahun 2021 tentang penyelenggaraan angkutan barang", ["Permenhub 74/2021"]),
        ("berpedoman pada Peraturan Menteri Perhubungan No PM.18 Tahun 2021 tentang klasifikasi kapal", ["Permenhub 18/2021"]),
        ("sesuai Peraturan Menteri Perhubungan Republik Indonesia Nomor PM 8 Tahun 2022", ["Permenhub 8/2022"]),
        ("sejalan dengan Peraturan Presiden Nomor 12 Tahun 2021 tentang Perubahan atas Peraturan Presiden Nomor 16 Tahun 2018 tentang Pengadaan Barang/Jasa",
         ["Perpres 12/2021", "Perpres 16/2018"]),
        ("PP Nomor 47 Tahun 2015 tentang Perubahan Kedua atas Peraturan Pemerintah Nomor 43 Tahun 2014", ["PP 43/2014", "PP 47/2015"]),
        ("Undang-Undang Nomor 9 Tahun 2015 tentang Perubahan Kedua Atas Undang-Undang Nomor 23 Tahun 2014", ["UU 23/2014", "UU 9/2015"]),
        ("materi dasar hukumnya Peraturan Menteri ATR/Kepala BPN Nomor 6 Tahun 2018 tentang PTSL.", ["Permen ATR/BPN 6/2018"]),
        ("sesuai Peraturan Menteri Agraria dan Tata Ruang/Kepala Badan Pertanahan Nasional Nomor 6 Tahun 2018", ["Permen ATR/BPN 6/2018"]),
        ("mengacu pada Peraturan Menteri ATR/BPN Nomor 21 Tahun 2020 tentang penanganan kasus pertanahan", ["Permen ATR/BPN 21/2020"]),
        ("diatur dalam Peraturan Menteri Pariwisata dan Ekonomi Kreatif Nomor 4 Tahun 2021 tentang standar usaha", ["Permenparekraf 4/2021"]),
        ("mengacu Peraturan Menteri Pariwisata Nomor 14 Tahun 2016 tentang pedoman destinasi", ["Permenpar 14/2016"]),
        ("sesuai Peraturan Menteri Keuangan Nomor 190/PMK.05/2012 tentang tata cara pembayaran", ["PMK 190/2012"]),
        // counterexamples: letters, decrees with composite numbers, a number that is no regulation's
        ("Surat Bupati Nomor 400.3/128/Dinsos tanggal 3 Maret 2025 mengundang para peserta.", []),
        ("ditetapkan dengan Keputusan Bupati Nomor 460/Kep.782-Bappeda/2024 tentang desa wisata", []),
        ("Peserta nomor PM 15 tahun ini mendapat hadiah dari panitia.", []),
        ("Peraturan Menteri Perhubungan tentang angkutan sekolah sedang disusun.", []),
        ("Hadir pula Kepala Kantor Pertanahan ATR/BPN Kabupaten Bogor yang membuka acara.", []),
        ("Surat Edaran Menteri Perhubungan Nomor SE 12 Tahun 2020 dibagikan.", []),
    ]

    @Test func legalReferencesAsWritten() {
        for (sentence, expected) in Self.legal {
            #expect(Self.references(sentence) == expected, "\(sentence)")
        }
    }

    static func dates(_ body: String, published: String) -> (String?, String?) {
        let parts = published.split(separator: "-").compactMap { Int($0) }
        let day = parts.count == 3 ? Day(year: parts[0], month: parts[1], day: parts[2]) : nil
        let d = Shared.record("Pelatihan Kader Digelar di Aula Dinas\n\n\(body)\n\nKegiatan ini diikuti 40 peserta.\n", published: day).event?.date
        return (d?.start.iso, d?.end.iso)
    }

    static let dateProbes: [(String, String, String, String)] = [
        // the event's noun with its possessive and a length
        ("MAGELANG - Dinas Kesehatan menggelar pelatihan kader posyandu di Aula Dinkes, Selasa (14/10/2025).\n\nKepala Dinkes mengatakan peserta berasal dari 21 kecamatan. \"Pelatihannya dua hari, sampai besok,\" katanya.",
         "2025-10-14", "2025-10-14", "2025-10-15"),
        ("SAMPANG - Diskominfo menggelar workshop jurnalistik bagi pelajar di aula kantor, Kamis (6/11/2025).\n\nKabid IKP mengatakan workshopnya dua hari dengan praktik menulis berita.",
         "2025-11-06", "2025-11-06", "2025-11-07"),
        ("KENDARI - Dinas Sosial menggelar pembinaan TKSK di Aula Dinsos, Senin (3/11/2025).\n\nMenurut Kadis, kegiatannya dua hari sebelum pelantikan pengurus baru.",
         "2025-11-03", "2025-11-03", "2025-11-03"),
        ("TEGAL - Kantor Kemenag menggelar pembinaan penyuluh agama di aula kantor, Rabu (12/11/2025).\n\nKegiatannya 30 hari kerja dan diselingi tugas lapangan.",
         "2025-11-12", "2025-11-12", "2025-11-12"),
        // a report of the closing; the participants' sentence dates the start
        ("SOLOK - \"Kami sudah siap bekerja,\" kata seorang peserta usai upacara penutupan Pelatihan Satpam di Lapangan Polres Solok, Sabtu (15/11/2025).\n\nPara peserta, yang sejak Senin (3/11/2025) ditempa di asrama polres, menerima sertifikat.",
         "2025-11-15", "2025-11-03", "2025-11-15"),
        ("JEPARA - Bupati menutup pelatihan las bagi 30 pemuda di BLK Jepara, Kamis (13/11/2025).\n\nSebanyak 30 peserta sejak Senin (27/10/2025) belajar mengelas listrik dan karbit di bengkel BLK dengan pendampingan instruktur.",
         "2025-11-13", "2025-10-27", "2025-11-13"),
        ("GARUT - Kepala Dinas menutup pelatihan barista di Balai Latihan Kerja, Jumat (14/11/2025).\n\nJalan menuju BLK ditutup sejak Senin (3/11/2025) karena longsor.",
         "2025-11-14", "2025-11-14", "2025-11-14"),
        ("BANTUL - Diklat kepemimpinan pengawas ditutup di BKPSDM, Jumat (14/11/2025).\n\nSebelumnya, angkatan pertama telah dilatih sejak Senin (1/9/2025).",
         "2025-11-14", "2025-11-14", "2025-11-14"),
        // a start after `sejak`, an end after `hari ini hingga` later in its sentence
        ("TANJUNG REDEB, Senin (4/8/2025) - Sebanyak 160 CPNS mengikuti Pelatihan Dasar CPNS di Hotel Mercure.\n\nPelatihan berlangsung dengan pola blended learning, yakni e-learning sejak 7 Juli 2025, dilanjutkan klasikal mulai hari ini hingga 15 Agustus 2025.",
         "2025-08-04", "2025-07-07", "2025-08-15"),
        // a programme's period around the training, in a sentence that names no event; a training's own long range stays
        ("DEMAK - Pelatihan penyuluh KB digelar di Aula DP2KB, Senin (3/11/2025). Program TMMD berlangsung selama 30 hari, mulai 29 Oktober hingga 27 November 2025.",
         "2025-11-04", "2025-11-03", "2025-11-03"),
        ("DEMAK - Latsar CPNS golongan III dibuka di BPSDM, Senin (3/11/2025).\n\nPeserta akan mengikuti pembelajaran mulai 3 November hingga 28 November 2025.",
         "2025-11-04", "2025-11-03", "2025-11-28"),
    ]

    @Test func eventDatesOfTheRoundsConstructions() {
        for (body, published, start, end) in Self.dateProbes {
            let (s, e) = Self.dates(body, published: published)
            #expect(s == start, "\(body)")
            #expect(e == end, "\(body)")
        }
    }
}
