import Testing
@testable import Warta

/// Round 21 (EVD21, heldout13 look z005 z039 z049): page shapes that hid a report's headline or lead -- a menu
/// written as words without bars, an institution's site masthead over an address line, and a first paragraph of
/// one short sentence under the headline.
struct Round21StructureTests {
    @Test func aMenuOfWordsIsNoHeadline() {
        let text = StructureTests.analyze("""
            GORONTALOPOST.COM  |  Senin, 16 September 2024
            Menu  Beranda  Daerah  Politik  Hukum  Lingkungan  Olahraga

            WARGA DESA TOROSIAJE TANAM 5.000 BIBIT MANGROVE

            POPAYATO, Gorontalopost.com - Ratusan warga Desa Torosiaje menanam bibit mangrove di pesisir desa, Sabtu (14/9) pagi bersama kelompok pelestari.
            """)
        #expect(text.text(of: text.headline) == "WARGA DESA TOROSIAJE TANAM 5.000 BIBIT MANGROVE")
        // Counterexample: a title-case headline with words of content is still the headline.
        let headline = StructureTests.analyze("""
            Berita Daerah Hari Ini Dinas Sosial Latih Kader
            SUKAMAJU - Dinas Sosial Kabupaten Sukamaju menggelar pelatihan bagi 40 kader di aula dinas, Senin (3/3/2025), dan menghadirkan dua narasumber.
            """)
        #expect(headline.text(of: headline.headline) == "Berita Daerah Hari Ini Dinas Sosial Latih Kader")
    }

    @Test func aSiteMastheadAndAnAddressLineAreNoHeadline() {
        let text = StructureTests.analyze("""
            Website Resmi Pemerintah Desa Kutasari
            Kec. Kutasari Kab. Purbalingga Prov. Jawa Tengah

            Pengukuhan dan Pelatihan Dasar Linmas Desa Kutasari Tahun 2025

            Sabtu, 18 Januari 2025  |  Admin Desa  |  Dibaca 214 kali

            Kutasari – Hari Sabtu (18/1/2025) Pemerintah Desa Kutasari menggelar pengukuhan anggota Satlinmas sekaligus pelatihan dasar Linmas. Acara bertempat di Pendopo Balai Desa.
            """)
        #expect(text.text(of: text.headline) == "Pengukuhan dan Pelatihan Dasar Linmas Desa Kutasari Tahun 2025")
    }

    @Test func aShortOneSentenceFirstParagraphIsTheLead() {
        let text = StructureTests.analyze("""
            RRI.co.id - Tanjungpinang

            Bea Cukai Tanjungpinang Bekali UMKM Cara Ekspor

            Rabu, 15 Mei 2024 | 14:20

            Sekitar 60 pelaku usaha mikro mengikuti sosialisasi ketentuan ekspor yang digelar Bea Cukai Tanjungpinang, Rabu pagi tadi.

            Kegiatan berlangsung di Aula Kantor Bea dan Cukai Tanjungpinang di kawasan Batu Sembilan. Bea Cukai menggandeng Dinas Koperasi untuk mengumpulkan peserta dari empat kecamatan.
            """)
        #expect(text.text(of: text.lead).hasPrefix("Sekitar 60 pelaku usaha mikro"))
        // Counterexample: a caption-like sentence above a dateline paragraph is not the body's start.
        let dated = StructureTests.analyze("""
            Bea Cukai Tanjungpinang Bekali UMKM Cara Ekspor

            Para pelaku usaha mikro mendengarkan materi ketentuan ekspor dari petugas bea cukai di aula kantor.

            TANJUNGPINANG - Sekitar 60 pelaku usaha mikro mengikuti sosialisasi ketentuan ekspor yang digelar Bea Cukai Tanjungpinang, Rabu (15/5/2024), di aula kantor.
            """)
        #expect(dated.text(of: dated.lead).hasPrefix("TANJUNGPINANG"))
    }
}
