import Foundation
import Testing
@testable import Warta

/// Round 27: a node is a photo caption by its class (`wp-caption-text`, `caption`) only while its text is short;
/// a theme's wrapper whose class happens to carry the token `caption` and that holds the article's paragraphs is
/// the article, not a caption to move after the text. Our own page, in the style of regional news.
struct Round27CaptionWrapperTests {
    static let paragraphs = [
        "BAUBAU – Badan Penanggulangan Bencana Daerah Kota Baubau menggelar pelatihan relawan tanggap bencana bagi 60 warga pesisir di aula kantor kelurahan Wale, Kamis (16/10/2025).",
        "Kepala Pelaksana BPBD Kota Baubau mengatakan pelatihan digelar karena kawasan pesisir rawan gelombang pasang dan angin kencang setiap pergantian musim.",
        "Peserta dilatih membuat jalur evakuasi, memberikan pertolongan pertama, dan mendirikan tenda darurat bersama personel Tagana.",
        "Pelatihan ditutup dengan simulasi evakuasi warga lanjut usia menuju titik kumpul di halaman masjid.",
    ]

    func lines(_ html: String) throws -> [String] {
        try HTMLReader.read(Array(html.utf8)).text.split(separator: "\n").map(String.init)
    }

    @Test func aWrapperClassedCaptionThatHoldsTheArticleStaysInPlace() throws {
        let inside = Self.paragraphs.prefix(3).map { "<p>\($0)</p>" }.joined()
        let html = """
        <html><head><title>BPBD Baubau Latih 60 Relawan</title></head><body><div class="isi">
        <h1>BPBD Baubau Latih 60 Relawan</h1>
        <div class="konten caption-area">\(inside)</div>
        <p>\(Self.paragraphs[3])</p>
        </div></body></html>
        """
        let got = try lines(html)
        let first = try #require(got.firstIndex(of: Self.paragraphs[0]))
        let last = try #require(got.firstIndex(of: Self.paragraphs[3]))
        #expect(first < last)
        #expect(got.first == "BPBD Baubau Latih 60 Relawan")
        #expect(got.dropFirst().first == Self.paragraphs[0])
    }

    @Test func aShortCaptionBeforeTheSecondParagraphStillComesAfterTheText() throws {
        // counterexample: a real caption (short, classed `caption`) between the headline and the lead moves after
        let body = Self.paragraphs.map { "<p>\($0)</p>" }.joined()
        let html = """
        <html><head><title>BPBD Baubau Latih 60 Relawan</title></head><body><div class="isi">
        <h1>BPBD Baubau Latih 60 Relawan</h1>
        <div class="foto"><img src="a.jpg"><div class="caption">Relawan berlatih mendirikan tenda darurat. (Foto: Humas BPBD)</div></div>
        \(body)
        </div></body></html>
        """
        let got = try lines(html)
        #expect(got.dropFirst().first == Self.paragraphs[0])
        let caption = try #require(got.firstIndex { $0.hasPrefix("Relawan berlatih") })
        let lastParagraph = try #require(got.firstIndex(of: Self.paragraphs[3]))
        #expect(caption > lastParagraph)
    }
}
