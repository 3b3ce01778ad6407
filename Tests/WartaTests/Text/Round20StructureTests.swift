import Testing
@testable import Warta

/// Round 20 (issue 11, heldout12 y019): a site's masthead stands above its menu, so a headline chosen above a line
/// of menu items cut by bars gives way to the first plain line below it. A breadcrumb (`>`), a byline or a date line
/// cut by bars does not move the headline.
struct Round20StructureTests {
    static func headline(_ s: String) -> String {
        let text = StructureTests.analyze(s)
        return text.text(of: text.headline)
    }

    @Test func theMastheadAboveAMenuIsNoHeadline() {
        #expect(Self.headline("""
            Website Resmi Desa Sumber Rejo
            Kecamatan Pagak – Kabupaten Malang
            Beranda | Profil Desa | Pemerintahan | Berita Desa | Kontak

            Kader Posyandu Desa Sumber Rejo Dilatih Ukur Balita

            Senin kemarin (3/8), balai desa ramai. Kader posyandu ikut pelatihan pengukuran antropometri dari Puskesmas Pagak bersama bidan desa.
            """) == "Kader Posyandu Desa Sumber Rejo Dilatih Ukur Balita")
        #expect(Self.headline("""
            Portal Berita Kabupaten Sigi
            Home | Pemerintahan | Daerah | Olahraga
            Dinas Sosial Sigi Gelar Bimtek Pendamping PKH
            SIGI – Dinas Sosial Kabupaten Sigi menggelar bimbingan teknis bagi pendamping PKH di aula kantor bupati, Selasa (4/8/2026).
            """) == "Dinas Sosial Sigi Gelar Bimtek Pendamping PKH")
    }

    @Test func aBreadcrumbABylineOrADateLineUnderTheHeadlineKeepsIt() {
        // A breadcrumb printed under the headline (heldout10 v005's shape).
        #expect(Self.headline("""
            Dari Pelatihan Menjahit ke Butik Sendiri, Kisah Seorang Ibu di Klungkung
            Beranda > Bali > Klungkung
            Laporan Wartawan Warta Bali, Made Sudarsana
            KLUNGKUNG - Setahun lalu ia masih duduk di bangku pelatihan menjahit di balai latihan kerja. Kini ia punya butik sendiri di pinggir jalan.
            """) == "Dari Pelatihan Menjahit ke Butik Sendiri, Kisah Seorang Ibu di Klungkung")
        // A byline and a date line cut by bars.
        #expect(Self.headline("""
            Disperindag Latih Juru Timbang Pasar Angso Duo
            Penulis: Andika Saputra | Editor: Fitri | Foto: Istimewa
            Rabu, 14 Oktober 2026 | 15:40 WIB | Dibaca 120 kali
            Catatan Redaksi Hari Ini Untuk Pembaca Setia
            JAMBI - Dinas Perindustrian dan Perdagangan Kota Jambi melatih 30 juru timbang di aula kantornya, Selasa (13/10/2026).
            """) == "Disperindag Latih Juru Timbang Pasar Angso Duo")
    }

    @Test func aMenuItemOfFourWordsOrANumberIsNoMenu() {
        let t = StructureTests.analyze("Beranda | Profil Desa Sumber Rejo Kidul | Kontak | Arsip\nBerita | 2026 | Arsip | Galeri\nSatu | Dua | Tiga | Empat\nBeranda > Daerah > Bali > Klungkung\nDaerah | Garut | Sosial")
        #expect(t.lineStarts.count == 5)
        let flags = t.vocabulary.structureFlags
        func isMenu(_ n: Int) -> Bool {
            DocumentStructure.isMenuLine(t.lineRange(n), t.tokens) { i in
                let id = i >= 0 && i < t.tokens.count ? Int(t.tokens[i].id) : -1
                return id >= 0 && id < flags.count ? flags[id] : []
            }
        }
        #expect(!isMenu(0))
        #expect(!isMenu(1))
        #expect(isMenu(2))
        #expect(!isMenu(3))
        #expect(!isMenu(4))  // a story's tags under its headline (review of round 20)
    }

    /// A text has no metadata: its record's title is the headline found, not the masthead on its first line; a text
    /// with no headline (it opens at a dateline) keeps its first line.
    @Test func aTextsTitleIsItsHeadline() {
        let r = Shared.record("""
            Website Resmi Desa Sepucuk
            Beranda | Profil Desa | Pemerintahan | Berita Desa | Kontak
            MPA Desa Sepucuk Dilatih Padamkan Api Gambut
            Selasa kemarin (4/8), Balai Desa Sepucuk ramai dari pagi. Anggota Masyarakat Peduli Api ikut pelatihan pengendalian kebakaran lahan gambut dari Dinas Pemadam Kebakaran Kabupaten Ogan Komering Ilir.
            """)
        #expect(r.document.title == "MPA Desa Sepucuk Dilatih Padamkan Api Gambut")
        let lead = Shared.record("KUNINGAN – Dinas Sosial menggelar bimtek bagi PSM di aula, Senin (2/1/2023). Acara dibuka bupati.\nPeserta 40 orang.")
        #expect(lead.document.title?.hasPrefix("KUNINGAN – Dinas Sosial menggelar bimtek") == true)
    }
}
