import Foundation
import Testing
@testable import Warta

/// Round 27 (EVT27): stories of other kinds that name a training without reporting one held, and the trainings of the
/// same topics that must stay events (bench: scripts/event_bench_r27). A habit (`kerap menggelar bimtek`, `rutin
/// mendapat pembinaan`) asserts no occasion; a training of an earlier year than the body's own days (`Peserta Pelatihan
/// 2023` on a day of 2024) is the past of the people the story is about; a road accident or an obituary is the
/// headline's own act; `akan` before a verb that is the training is a plan; a graduation that marks a training's end is
/// its closing. Every report here was written for this test.
struct Round27EventTests {
    static func isEvent(_ text: String) -> Bool { Shared.record(text).isTrainingEvent }

    /// Stories of another kind: no event.
    static let others: [(String, String)] = [
        ("habit in a column", "Sekolah Butuh Pendamping, Bukan Seremoni\n\nSudah dua tahun Kurikulum Merdeka dijalankan di sekolah-sekolah pesisir Kabupaten Buton. Banyak guru mengaku masih bingung menyusun asesmen.\n\nDinas pendidikan sering menggelar bimtek dua hari di hotel, lalu menganggap urusan selesai. Guru-guru butuh pendampingan di kelas mereka sendiri.\n"),
        ("habit in a profile", "Kampung Tenun Sade Makin Ramai Dikunjungi Turis Mancanegara\n\nLOMBOK TENGAH – Kunjungan wisatawan ke Dusun Sade, Kecamatan Pujut, naik hingga 30 persen sepanjang 2024. Pengelola mencatat 2.000 turis datang setiap bulan.\n\nKetua pengelola, Amaq Kurdi, mengatakan pemuda dusun rutin mengikuti pelatihan pemandu wisata dari berbagai pihak. \"Sekarang mereka bisa berbahasa Inggris,\" katanya di Berugak Sade, Jumat (8/11/2024).\n"),
        ("an earlier year's trainees", "Sertifikat Peserta Bimtek 2023 Akhirnya Diterima Perangkat Desa\n\nBOYOLALI – Sebanyak 210 perangkat desa menerima sertifikat peserta bimtek tahun 2023 di Aula Dinas PMD Boyolali, Kamis (7/11/2024). Sertifikat itu tertahan hampir setahun.\n\nSeorang sekretaris desa, Parjo, mengaku lega karena sertifikat dibutuhkan untuk kenaikan pangkat.\n"),
        ("a road accident", "Minibus Rombongan Peserta Pelatihan Terjungkal di Jalan Lintas Tarutung\n\nTAPANULI UTARA – Sebuah minibus yang mengangkut rombongan peserta pelatihan terjungkal di jalan lintas Tarutung-Sipirok, Sabtu (9/11/2024) sore. Empat penumpang luka-luka.\n\nKasat Lantas Polres Tapanuli Utara mengatakan sopir diduga mengantuk. Korban dirawat di RSUD Tarutung.\n"),
        ("an obituary", "Selamat Jalan, Bu Ratna, Penyuluh yang Melatih Ribuan Petani\n\nGARUT – Kabar duka datang dari Dinas Pertanian Garut. Ratna Komalasari (58), penyuluh pertanian yang mengabdi selama 33 tahun, meninggal dunia di RSUD dr Slamet, Senin (4/11/2024).\n\nSemasa hidup ia dikenal tekun mendampingi kelompok tani. Almarhumah dimakamkan di TPU Sukaregang.\n"),
        ("a plan by a training verb", "Disnaker Tanah Laut Akan Latih Pemuda Jadi Operator Alat Berat\n\nPELAIHARI – Dinas Tenaga Kerja Kabupaten Tanah Laut berencana menggelar pelatihan operator alat berat bagi pemuda putus sekolah. Rencana itu disampaikan Kepala Disnaker, Rahmadi, Rabu (13/11/2024).\n\nMenurutnya, pelatihan akan digelar setelah kerja sama dengan perusahaan tambang diteken.\n"),
    ]

    /// Trainings of the same topics, held and told so: an event.
    static let trainings: [(String, String)] = [
        ("a graduation that closes the training", "Wisuda 96 Peserta Pelatihan Tandai Berakhirnya Pelatihan Kerja di BLK Lombok Timur\n\nSELONG – Sebanyak 96 peserta pelatihan berbasis kompetensi di UPTD BLK Lombok Timur diwisuda, Rabu (13/11/2024), menandai berakhirnya pelatihan selama 30 hari sejak 14 Oktober 2024.\n\nPeserta mengikuti pelatihan di enam kejuruan. Kepala UPTD mengatakan peserta dilatih oleh delapan instruktur.\n"),
        ("a yearly training held this year", "Pelatihan Kader Posyandu 2024 Digelar di Aula Puskesmas Sumberpucung\n\nMALANG – Puskesmas Sumberpucung menggelar pelatihan kader posyandu tahun 2024 bagi 60 kader di Aula Puskesmas Sumberpucung, Selasa (12/11/2024).\n\nNarasumber dari Dinas Kesehatan Kabupaten Malang, dr Anita, mengajarkan pengukuran antropometri.\n"),
        ("a habit beside the news", "Dinkes Sinjai Latih 40 Bidan Desa Tangani Perdarahan Persalinan\n\nSINJAI – Dinas Kesehatan Kabupaten Sinjai menggelar pelatihan kegawatdaruratan maternal bagi 40 bidan desa di Aula Dinkes Sinjai, Kamis (14/11/2024).\n\nKepala Dinkes mengatakan bidan di pelosok sering menangani persalinan tanpa dokter. Narasumber dari RSUD Sinjai, dr Rahmat, memandu praktik.\n"),
        ("a plan dated and placed", "Dishub Bima Akan Latih 60 Sopir Angkutan di Terminal Dara, 25 November 2024\n\nBIMA – Dinas Perhubungan Kota Bima akan menggelar pelatihan keselamatan berkendara bagi 60 sopir angkutan umum di Aula Terminal Dara pada Senin, 25 November 2024.\n\nKepala Dishub mengatakan sopir akan dilatih memeriksa rem dan ban sebelum berangkat.\n"),
        ("this year's bimtek with next year's deadline", "Bimtek 2024 bagi Bendahara Desa Digelar di Aula Bappeda Kabupaten Rembang\n\nREMBANG – Dinas PMD Kabupaten Rembang menggelar bimtek 2024 bagi 90 bendahara desa di Aula Bappeda Rembang, Rabu (11/12/2024). Bimtek membahas pelaporan pajak desa.\n\nKepala Dinas PMD mengatakan laporan pajak harus masuk paling lambat 15 Januari 2025.\n"),
        ("a road-safety training", "Cegah Bus Terguling di Tanjakan, Dishub Sumbar Latih 50 Sopir\n\nPADANG – Dinas Perhubungan Sumatera Barat menggelar pelatihan mengemudi aman bagi 50 sopir bus di Aula Dishub Sumbar, Selasa (12/11/2024).\n\nPeserta dilatih memeriksa rem dan memakai gigi rendah di turunan panjang.\n"),
    ]

    @Test func storiesOfAnotherKindAreNoEvent() {
        for (name, text) in Self.others { #expect(!Self.isEvent(text), "\(name)") }
    }

    @Test func trainingsOfTheSameTopicsStayEvents() {
        for (name, text) in Self.trainings { #expect(Self.isEvent(text), "\(name)") }
    }

    /// The words of habit before a verb: `kerap`, `sering`; `rutin` only before a verb of taking part or receiving.
    @Test func theHabitWords() throws {
        func tokens(_ s: String) -> AnalyzedText { AnalyzedText(raw: s, vocabulary: Shared.rules.vocabulary) }
        let a = tokens("Pemda kerap menggelar bimtek di hotel.")
        let p = try #require(a.tokens.indices.first { a.folded($0) == "menggelar" })
        #expect(EventExtractor.unassertedBefore(p, a) == .habitual)
        let b = tokens("Warga rutin mendapat pembinaan.")
        let q = try #require(b.tokens.indices.first { b.folded($0) == "mendapat" })
        #expect(EventExtractor.unassertedBefore(q, b) == .habitual)
        let c = tokens("Pelatihan yang rutin digelar setiap tahun.")
        let r = try #require(c.tokens.indices.first { c.folded($0) == "digelar" })
        #expect(EventExtractor.unassertedBefore(r, c) == nil)
    }

    /// The year right after an event word, with `tahun` or without.
    @Test func theYearAfterAnEventWord() {
        func tokens(_ s: String) -> AnalyzedText { AnalyzedText(raw: s, vocabulary: Shared.rules.vocabulary) }
        #expect(EventExtractor.yearAfter(0..<1, tokens("Pelatihan 2023 selesai.")) == 2023)
        #expect(EventExtractor.yearAfter(0..<1, tokens("Pelatihan tahun 2022 selesai.")) == 2022)
        #expect(EventExtractor.yearAfter(0..<1, tokens("Pelatihan 40 kader.")) == nil)
    }
}
