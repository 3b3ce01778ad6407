import Testing
@testable import Warta

/// Issue 11, round 11 (EVENT2): which reports are training events, judged across writers. A site's masthead (a line
/// that is only an institution's name) and a breadcrumb cut by spaced slashes stand before the headline, not in its
/// place; a story about the budget is a sign of another story. Each with an invented example (not copied from any
/// labeled report) and a counterexample.
struct Round11EventTests {
    static func record(_ text: String) -> Record { Shared.record(text) }
    static func analyzed(_ text: String) -> AnalyzedText {
        AnalyzedText(CleanText(normalizing: text), vocabulary: Shared.rules.vocabulary, firstLineIsHeadline: false)
    }

    static let body = "SUKAMAJU – Dinas Pengendalian Penduduk Kabupaten Sukamaju bekerja sama dengan Perwakilan BKKBN, Selasa (17/10/2023), di Aula Kantor Bupati. Sebanyak 150 kader hadir. Materi disampaikan oleh tim dari provinsi.\n\nKepala dinas berharap kader bekerja lebih baik."

    @Test func aMastheadIsNoHeadline() {
        let page = "Dinas Komunikasi, Informatika dan Persandian Kabupaten Sukamaju\nSelasa, 17 Oktober 2023 | Kategori: Kesehatan\n\n150 Kader Ikuti Sosialisasi Pendampingan Keluarga Berisiko Stunting\n\n" + Self.body
        let text = Self.analyzed(page)
        #expect(text.text(of: text.headline) == "150 Kader Ikuti Sosialisasi Pendampingan Keluarga Berisiko Stunting")
        // Read under its own headline, the page reports the sosialisasi it holds (on main: the masthead, no event).
        #expect(Self.record(page).isTrainingEvent)
        let caps = Self.analyzed("PEMERINTAH KABUPATEN SUKAMAJU UTARA\nDinas Komunikasi dan Informatika\n\nDinsos Sukamaju Gelar Pembinaan Karang Taruna\n\n" + Self.body)
        #expect(caps.text(of: caps.headline) == "Dinsos Sukamaju Gelar Pembinaan Karang Taruna")
        // Counterexample: a headline that opens with an institution and names an act (`bagi`, a number) stays the headline.
        let act = Self.analyzed("Dinas Sosial Gelar Pelatihan bagi Kader Posyandu\nKader Posyandu Sukamaju Belajar Gizi Balita\n\n" + Self.body)
        #expect(act.text(of: act.headline) == "Dinas Sosial Gelar Pelatihan bagi Kader Posyandu")
        // Counterexample: a masthead with no plain line after it stays the headline.
        let alone = Self.analyzed("Balai Latihan Kerja Kabupaten Sukamaju\n\n" + Self.body)
        #expect(alone.text(of: alone.headline) == "Balai Latihan Kerja Kabupaten Sukamaju")
    }

    @Test func aMastheadAboveAnotherStoryLetsItsHeadlineSpeak() {
        // The headline under the masthead is a recruitment: a sign of another story that the masthead hid.
        let page = "UPTD Balai Latihan Kerja Kabupaten Sukamaju\nPengumuman | 29 Februari 2024\n\nBLK Sukamaju Buka Rekrutmen Instruktur Kontrak untuk Lima Kejuruan\n\nSUKAMAJU – UPTD Balai Latihan Kerja Kabupaten Sukamaju membuka rekrutmen instruktur kontrak untuk lima kejuruan pelatihan. Lamaran diterima hingga 15 Maret 2024 di kantor balai."
        let text = Self.analyzed(page)
        #expect(text.text(of: text.headline) == "BLK Sukamaju Buka Rekrutmen Instruktur Kontrak untuk Lima Kejuruan")
        #expect(!Self.record(page).isTrainingEvent)
    }

    @Test func aBreadcrumbCutBySlashesIsNoHeadline() {
        let page = "Beranda / Daerah / Kota Sukamaju\n\nSeribu Pelaku UMKM Kota Sukamaju Ikuti Sosialisasi Perizinan Berusaha\n\nSUKAMAJU – Dinas Koperasi Kota Sukamaju bekerja sama dengan Kementerian Investasi, Selasa (12/3/2024), di GOR Sukamaju. Seribu pelaku usaha hadir.\n\nKepala dinas berharap semua usaha punya izin."
        let text = Self.analyzed(page)
        #expect(text.text(of: text.headline) == "Seribu Pelaku UMKM Kota Sukamaju Ikuti Sosialisasi Perizinan Berusaha")
        #expect(Self.record(page).isTrainingEvent)
        // Counterexample: a slash inside a phrase (`Kabupaten/Kota`, no space around it) is no breadcrumb.
        let phrase = Self.analyzed("Dinsos Latih 40 Operator SIKS-NG Kabupaten/Kota Se-Sukamaju\nOperator Belajar Memutakhirkan Data\n\n" + Self.body)
        #expect(phrase.text(of: phrase.headline) == "Dinsos Latih 40 Operator SIKS-NG Kabupaten/Kota Se-Sukamaju")
    }

    @Test func aStoryAboutTheBudgetIsNoEvent() {
        let budget = "Sukamaju Pangkas Bimtek dan Perjalanan Dinas, Hemat Rp47 Miliar\n\nSUKAMAJU – Pemerintah Kabupaten Sukamaju mengambil langkah penghematan dengan memotong pos bimbingan teknis (bimtek) serta perjalanan dinas, kata Bupati Sukamaju di Aula Kantor Bupati, Senin (21/4/2025). Sebanyak 40 pejabat hadir.\n\n\"Bimtek tetap boleh digelar, asal masuk akal,\" ujarnya."
        #expect(!Self.record(budget).isTrainingEvent)
        // Counterexample: pruning (`pemangkasan`) is what farmers are trained in, not a cut of the budget.
        let pruning = "Petani Sukamaju Dilatih Pemangkasan Kopi\n\nSUKAMAJU – Dinas Pertanian Kabupaten Sukamaju menggelar pelatihan pemangkasan tanaman kopi bagi 40 petani di Balai Desa Sukamaju, Senin (21/4/2025).\n\nPara petani mempraktikkan teknik itu di kebun."
        #expect(Self.record(pruning).isTrainingEvent)
    }
}
