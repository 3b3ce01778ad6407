import Foundation
import Testing
@testable import Warta

/// Round 23 (SPEED23): cheaper work outside matching, with the same answers. The normalization copies plain runs
/// eight bytes at a time; extractors compare a token with an ASCII word on its folded bytes (`isWord`) and ask fixed
/// word sets through packed keys (`FoldedWords`). Each must agree with the path it replaces, on plain, multi-byte,
/// HTML-cleaned and hostile text.
struct Round23SpeedTests {
    /// Texts that cross every case of the eight-byte path: runs shorter and longer than eight bytes, single and double
    /// spaces at every offset, a space last in a block, tabs, CR/LF, controls, DEL, no-break and zero-width spaces,
    /// multi-byte letters and punctuation, a decomposed accent, and Greek question marks (U+037E, equal to `;` as a
    /// string).
    static let texts: [String] = {
        var out = [
            "",
            "a",
            "abcdefgh",
            "abcdefg ",
            "abcdefg h",
            "abcdefgh ijklmnop qrstuvwx",
            "abc  defgh ijk   lmnopqrstu v w x y z 12345678 (6/9/2017).",
            "Dinas Sosial Kota Pontianak menggelar Bimbingan Teknis (Bimtek) bagi 254 operator SIKS-NG di aula.\n",
            "A  b\t c\u{00A0}d\r\n\r\ne  \n f\u{200B}g h\u{7F}i 1.500 (28/8/17)\n\n\n\nakhir ",
            "  Bimtek\u{00A0}PSM\t \n",
            "Caf\u{65}\u{301} di\r\n\r\n\r\nTegal\u{200B}  kota",
            "CAFÉ “Bimtek” di Kabupaten Tegal—2023 Xyzzyplugh 1.500 Straße ÆØÅ İstanbul",
            "ujarnya\u{037E} di ; dan\u{037E}\u{037E} pelatihan;peserta \u{212A}m",
            "\u{01}\u{02}binary\u{00}text\u{1F}with\u{7F}controls        and\t\t\ttabs",
            "<p>Pelatihan &amp; Bimtek</p>\n\n<div>di   Aula</div>",
        ]
        // Generated: every mix of a short alphabet, at lengths that cross the block boundaries.
        let alphabet: [String] = ["a", "B", "7", ".", " ", "  ", "\t", "\n", "\r\n", "\u{7F}", "é", "\u{00A0}", "—", "\u{037E}", "di", "pelatihan"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for length in 1...60 {
            for _ in 0..<6 {
                var s = ""
                for _ in 0..<length {
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    s += alphabet[Int(state >> 33) % alphabet.count]
                }
                out.append(s)
            }
        }
        return out
    }()

    @Test func theEightByteNormalizationAgreesWithTheBytePath() {
        for raw in Self.texts {
            var s = raw
            let fast = s.withUTF8 { CleanText.normalize($0, composed: false) }
            let slow = s.withUTF8 { CleanText.normalize($0, composed: false, eightAtOnce: false) }
            #expect(fast == slow, "\(raw.debugDescription)")
            var composed = raw.precomposedStringWithCanonicalMapping
            let fastComposed = composed.withUTF8 { CleanText.normalize($0, composed: true) }
            let slowComposed = composed.withUTF8 { CleanText.normalize($0, composed: true, eightAtOnce: false) }
            #expect(fastComposed == slowComposed, "\(raw.debugDescription)")
        }
    }

    @Test func theEightByteNormalizationAgreesOnHTMLCleanedText() throws {
        let html = """
            <html><head><title>Dinas Sosial Gelar Bimtek &#8211; Berita</title></head><body>
            <nav>Beranda | Berita | Kontak</nav><article><h1>Dinas Sosial  Gelar Bimtek bagi&nbsp;Operator</h1>
            <p>PONTIANAK &ndash; Dinas Sosial Kota Pontianak menggelar <b>Bimbingan Teknis</b>  (Bimtek) bagi 254 operator
            SIKS-NG di aula, Jumat (6/9/2017).</p><p>“Kami berharap para peserta   dapat menerapkan ilmunya,” ujarnya.</p>
            <p>Caf\u{65}\u{301} &amp; Straße\u{200B}di\tTegal</p></article></body></html>
            """
        let page = try HTMLReader.read(Array(html.utf8), url: nil)
        var text = page.text
        let fast = text.withUTF8 { CleanText.normalize($0, composed: false) }
        let slow = text.withUTF8 { CleanText.normalize($0, composed: false, eightAtOnce: false) }
        #expect(fast == slow)
        #expect(CleanText(normalizing: page.text).count > 100)
    }

    @Test func aPlainRunIsVisibleASCIIWithSingleSpacesNotEndingOnOne() {
        func word(_ s: String) -> UInt64 {
            var w: UInt64 = 0
            for (k, b) in s.utf8.enumerated() { w |= UInt64(b) << (8 * UInt64(k)) }
            return w
        }
        #expect(CleanText.isPlainRun(word("abcdefgh")))
        #expect(CleanText.isPlainRun(word("a b c de")))
        #expect(CleanText.isPlainRun(word(" abcdefg")))
        #expect(CleanText.isPlainRun(word("~!@#$%^&")))
        #expect(!CleanText.isPlainRun(word("abcdefg ")))
        #expect(!CleanText.isPlainRun(word("ab  cdef")))
        #expect(!CleanText.isPlainRun(word("abc\tdefg")))
        #expect(!CleanText.isPlainRun(word("abc\ndefg")))
        #expect(!CleanText.isPlainRun(word("abc\u{7F}defg")))
        #expect(!CleanText.isPlainRun(word("abcdeé")))
        #expect(!CleanText.isPlainRun(word("abcdefg\u{01}")))
    }

    @Test func isWordIsTheComparisonOfFoldedForms() {
        let words: [StaticString] = [";", "di", "pada", "peserta", "pelatihan", ".", ",", "km", "k", "", "lokasi", "-"]
        for raw in Self.texts {
            let text = AnalyzedText(raw: raw, vocabulary: Shared.rules.vocabulary)
            for i in -1...text.tokens.count {
                for w in words {
                    #expect(text.isWord(i, w) == (text.folded(i) == w.description), "\(raw.debugDescription) \(i) \(w)")
                }
                #expect(text.isWord(i, in: ("di", "pada")) == ["di", "pada"].contains(text.folded(i)))
            }
        }
        // A Greek question mark is a `;` as a string: the byte comparison must not say otherwise.
        let greek = AnalyzedText(raw: "ujarnya\u{037E} di", vocabulary: Shared.rules.vocabulary)
        #expect(greek.isWord(1, ";") == (greek.folded(1) == ";"))
    }

    @Test func foldedWordsAnswerAsASetOfStrings() {
        let sets: [[String]] = [
            ["desa", "dusun", "kelurahan", "padukuhan", "jl", "/", "&"],
            ["-", "–", "—", "/"],
            [";", "pelatihan", "kabupaten", "a"],
            ["", "ab\u{0}c", "abcdefghi", "abcdefgh"],
        ]
        var asked = ["desa", "Desa", "dusun", "kelurahan", "kelurahanx", "padukuhan", "jl", "jln", "/", "&", "-", "–", "—",
            "\u{037E}", ";", "pelatihan", "pelatiha", "kabupaten", "a", "", "ab\u{0}c", "abcdefghi", "abcdefgh", "abcdefg",
            "e\u{301}", "é", "\u{212A}", "k", "K"]
        for raw in Self.texts.prefix(20) {
            let text = AnalyzedText(raw: raw, vocabulary: Shared.rules.vocabulary)
            asked += text.tokens.indices.map { text.folded($0) }
        }
        for words in sets {
            let set = Set(words)
            let folded = FoldedWords(words)
            #expect(folded.count == set.count)
            for w in asked {
                #expect(folded.contains(w) == set.contains(w), "\(words) \(w.debugDescription)")
            }
        }
    }
}
