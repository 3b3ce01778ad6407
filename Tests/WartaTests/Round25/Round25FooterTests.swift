import Foundation
import Testing
@testable import Warta

/// Round 25 (FOOT25): a page's footer after the article (PageFooter.swift) -- a list of other stories under a head,
/// tags, a copyright line -- is no part of the article: its lines are marked, whatever the head, the number of items
/// and their sentences; a paragraph of the article after a list, or a line of the article that looks like tags, stays.
/// The probes are written for these tests, in the style of regional news pages.
struct Round25FooterTests {
    static func analyze(_ s: String) -> AnalyzedText {
        AnalyzedText(CleanText(normalizing: s), vocabulary: Shared.rules.vocabulary, firstLineIsHeadline: false)
    }

    static let article = """
        Dinas Koperasi Latih 45 Pelaku UMKM Kemasan Produk
        WONOSOBO – Dinas Koperasi dan UKM Kabupaten Wonosobo menggelar pelatihan desain kemasan produk bagi 45 pelaku UMKM di Aula Kantor Bupati Wonosobo, Selasa (11/11/2025).
        Kepala Dinas Koperasi dan UKM Wonosobo, Sri Handayani, mengatakan kemasan yang menarik membuat produk lokal mampu bersaing di pasar modern.
        Pelatihan menghadirkan narasumber dari Politeknik Negeri Semarang dan berlangsung selama dua hari.
        """

    /// The kinds of the lines after the article's four lines, as the structure marks them (before REL25 removes the
    /// lines of other stories from what the extractors read; see ``Shared/markedKinds(_:firstLineIsHeadline:)``).
    static func footerKinds(_ footer: String) -> [DocumentStructure.LineKind] {
        Array(Shared.markedKinds(article + "\n" + footer).dropFirst(4))
    }

    @Test func aListOfOtherStoriesUnderAnyHeadIsMarked() {
        let heads = ["Berita Terkait", "Artikel Lainnya", "BERITA LAINNYA", "Terpopuler", "Rekomendasi untuk Anda", "Baca Juga:",
                     "Berita Pilihan", "Artikel Terkait:", "Artikel Lainnya Dari Kami", "Baca Juga Berita Lainnya"]
        let items = [
            "Disnakertrans Klaten Gelar Pelatihan Las Bagi 20 Pencari Kerja",
            "Pj. Bupati Temanggung Buka Bimtek Pengelolaan Keuangan Desa",
            "Dinas Pariwisata Magelang Latih Pemandu Wisata Candi, Ini Harapannya...",
            "BPBD Banjarnegara Bekali 60 Relawan Desa Tangguh Bencana",
        ]
        for head in heads {
            for count in 1...items.count {
                let footer = ([head] + items.prefix(count)).joined(separator: "\n")
                let kinds = Self.footerKinds(footer)
                #expect(kinds.count == count + 1, "\(head) \(count)")
                #expect(kinds.dropFirst().allSatisfy { $0 == .related }, "\(head) \(count): \(kinds)")
                #expect(kinds.first != .paragraph, "\(head) \(count): \(kinds)")
            }
        }
    }

    @Test func tagsAndCopyrightAfterTheListAreMarked() {
        let footers = [
            "Berita Terkait\nDisnakertrans Klaten Gelar Pelatihan Las Bagi 20 Pencari Kerja\nBPBD Banjarnegara Bekali 60 Relawan Desa Tangguh Bencana\nTags: pelatihan, umkm, kemasan produk\nCopyright © 2025 Warta Kedu. All rights reserved.",
            "Tag: UMKM | Wonosobo | Pelatihan\n© 2025 Suara Wonosobo",
            "Kata Kunci: pelatihan kemasan, Dinas Koperasi Wonosobo, UMKM\nTerpopuler\nDua Ratus Guru Ikuti Bimtek Kurikulum Merdeka di Purworejo\nHak Cipta © 2024 Kabar Kedu Online",
            "Label: Bimtek, Pemerintahan\nCopyright 2025 Radar Wonosobo",
        ]
        for footer in footers {
            let kinds = Self.footerKinds(footer)
            #expect(!kinds.contains(.paragraph), "\(footer): \(kinds)")
        }
    }

    @Test func theMarkedFooterLeavesTheArticlesValues() {
        let footer = """
            Artikel Lainnya
            Dinas Sosial Magelang Gelar Pelatihan, Bekali 80 Pendamping PKH Dengan Keterampilan Baru
            Pemkab Purworejo Latih 150 Kader Posyandu. Begini Suasananya
            Disperindag Kebumen Bekali 35 Perajin Batik Lewat Bimtek Pewarnaan Alam
            Tags: pelatihan, umkm
            Copyright © 2025 Warta Kedu. All rights reserved.
            """
        let kinds = Self.footerKinds(footer)
        #expect(kinds == [.related, .related, .related, .related, .related, .chrome], "\(kinds)")
        // What the extractors read has none of the footer's stories: the article's organizer and count stand alone.
        let text = Self.analyze(Self.article + "\n" + footer)
        #expect(!text.tokens.indices.contains { text.folded($0) == "magelang" })
        let record = Shared.record(Self.article + "\n" + footer)
        #expect(record.event?.participants?.total == 45)
        #expect(record.event?.organizers.map(\.name).contains { $0.contains("Magelang") || $0.contains("Purworejo") } == false)
    }

    /// (Round 12's loop, kept as it is, still takes a short paragraph of one sentence right after a list's item for an
    /// item; the probe's paragraph is of 25 tokens or more.)
    @Test func aParagraphAfterAListStaysTheArticles() {
        let footer = """
            Baca Juga:
            Disnakertrans Klaten Gelar Pelatihan Las Bagi 20 Pencari Kerja
            Sementara itu, para peserta mengaku senang karena mendapat ilmu baru untuk mengemas produk mereka agar lebih menarik dan mampu bersaing di pasar modern.
            """
        let kinds = Self.footerKinds(footer)
        #expect(kinds == [.related, .related, .paragraph], "\(kinds)")
    }

    @Test func linesOfTheArticleThatLookLikeAFooterStay() {
        // A tag-like line inside the article (a paragraph follows it), a short closing line with a full stop, and a
        // list of the article's own under a head that names no list of stories.
        let tail = """
            Topik: kemasan ramah lingkungan, label halal, dan pemasaran digital
            Pelatihan ditutup dengan praktik membuat kemasan oleh setiap peserta, dilanjutkan penyerahan sertifikat.
            Materi Pelatihan
            Desain Kemasan Ramah Lingkungan Untuk Produk Pangan
            Pelatihan ini gratis.
            """
        let kinds = Self.footerKinds(tail)
        #expect(kinds == [.paragraph, .paragraph, .paragraph, .paragraph, .paragraph], "\(kinds)")
        // A copyright mark inside the article's text is no copyright line when a paragraph follows it.
        let ip = Self.footerKinds("Peserta juga dikenalkan pada pendaftaran merek dan hak cipta © produk mereka\nKegiatan ditutup Sekda Wonosobo pada Rabu sore.")
        #expect(ip == [.paragraph, .paragraph], "\(ip)")
    }
}
