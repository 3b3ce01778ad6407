import Foundation
import Testing
@testable import Warta

/// Decoding, normalization and the offsets that evidence points at.
struct TextTests {
    @Test func utf8WithAndWithoutBOM() throws {
        #expect(try TextDecoder.decode(Array("Bimtek".utf8)).text == "Bimtek")
        let bom = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Bimtek".utf8))
        #expect(bom.text == "Bimtek")
        #expect(bom.encoding == "utf-8 (bom)")
    }

    @Test func utf16WithBOM() throws {
        let le: [UInt8] = [0xFF, 0xFE] + Array("Rabu é".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let be: [UInt8] = [0xFE, 0xFF] + Array("Rabu é".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        #expect(try TextDecoder.decode(le).text == "Rabu é")
        #expect(try TextDecoder.decode(be).text == "Rabu é")
    }

    @Test func invalidUTF8DecodesAsWindows1252WithAWarning() throws {
        // "Café – 28/8" in Windows-1252: é = 0xE9, en dash = 0x96.
        let bytes: [UInt8] = Array("Caf".utf8) + [0xE9, 0x20, 0x96, 0x20] + Array("28/8".utf8)
        let d = try TextDecoder.decode(bytes)
        #expect(d.text == "Café – 28/8")
        #expect(d.encoding == "windows-1252")
        #expect(!d.warnings.isEmpty)
    }

    @Test func emptyAndBinaryInputAreRejected() {
        #expect(throws: TextDecoder.Failure.empty) { try TextDecoder.decode([]) }
        #expect(throws: TextDecoder.Failure.self) { try TextDecoder.decode([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02]) }
        let controls = [UInt8](repeating: 0x01, count: 200) + Array("abc".utf8)
        #expect(throws: TextDecoder.Failure.self) { try TextDecoder.decode(controls) }
    }

    @Test func normalizationOfLineBreaksSpacesAndZeroWidthCharacters() {
        let clean = CleanText(normalizing: "Judul\r\nBaris\u{00A0}dua\u{200B}\rBaris   tiga  \n\n\n\nAkhir")
        #expect(clean.string == "Judul\nBaris dua\nBaris tiga\n\nAkhir")
    }

    @Test func decomposedTextIsComposed() {
        let clean = CleanText(normalizing: "Cafe\u{0301}")
        #expect(clean.string == "Café")
        #expect(clean.count == 4)
    }

    @Test func offsetsAreUnicodeScalarsIntoTheCleanText() throws {
        // Multi-byte text before the evidence: an emoji (one scalar, four UTF-8 bytes), accented letters and
        // CJK, with CRLF and a non-breaking space that normalization changes.
        let raw = "Judul 🎉 Pelatihan\r\nKafé 東京\u{00A0}— Dinas Sosial Kabupaten Tegal menggelar Bimbingan Teknis bagi 40 PSM di aula Dinas Sosial Kab.Tegal, Senin (18/9/2023). Sesuai Undang-Undang Nomor 13 Tahun 2011."
        let record = Shared.record(raw)
        let text = try #require(record.text)
        let scalars = Array(text.unicodeScalars)
        var checked = 0
        func check(_ e: Evidence?) {
            guard let e else { return }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[e.start..<e.end])
            #expect(String(view) == e.text)
            checked += 1
        }
        check(record.event?.date?.evidence)
        check(record.event?.location?.evidence)
        check(record.event?.participants?.evidence)
        record.event?.organizers.forEach { check($0.evidence) }
        record.legalReferences.forEach { check($0.evidence) }
        #expect(checked >= 5)
        #expect(record.legalReferences.first?.canonical == "UU 13/2011")
        // The scalar offset differs from the UTF-8 and UTF-16 offsets here.
        let ev = try #require(record.legalReferences.first?.evidence)
        let utf8Offset = text.utf8.distance(from: text.startIndex, to: try #require(text.range(of: ev.text)).lowerBound)
        #expect(utf8Offset != ev.start)
    }

    @Test func tokensKnowTheirLinesAndSentences() {
        let out = Tokenizer.tokenize(CleanText(normalizing: "Dr. Budi hadir. Kab. Tegal juga.\nBaris baru"))
        func token(_ word: String) -> Token? { out.tokens.indices.first { out.folded($0) == word }.map { out.tokens[$0] } }
        #expect(token("budi")?.sentence == 0)
        #expect(token("tegal")?.sentence == 1)
        #expect(token("baris")?.lineStart == true)
        #expect(token("baris")?.sentence == 2)
    }

    @Test func foldedFormsComeFromTheTextWhetherTheRulesNameTheWordOrNot() {
        let text = AnalyzedText(raw: "CAFÉ “Bimtek” di Kabupaten Tegal—2023 Xyzzyplugh 1.500", vocabulary: Shared.rules.vocabulary)
        let folded = text.tokens.indices.map { text.folded($0) }
        #expect(folded == ["cafe", "\"", "bimtek", "\"", "di", "kabupaten", "tegal", "-", "2023", "xyzzyplugh", "1", ".", "500"])
        #expect(text.tokens[5].id >= 0, "a rule word has its vocabulary id")
        #expect(text.tokens[9].id == -1, "an unknown word has none")
        #expect(text.tokens[0].allCaps && text.tokens[0].capitalized)
        #expect(text.tokens[8].number == 2023 && text.tokens[8].kind == .number)
        #expect(text.folded(-1) == "" && text.folded(99) == "")
    }

    @Test func foldsThatGrowBeyondTheirScalarsKeepEveryToken() {
        // "ß" and ligatures fold to more bytes than they take; the fold buffer grows and no token is lost.
        let word = "Straße ﬁnanzielle Maßnahme"
        let raw = Array(repeating: word, count: 400).joined(separator: " ")
        let text = AnalyzedText(raw: raw, vocabulary: Shared.rules.vocabulary)
        #expect(text.tokens.count == 1_200)
        #expect(text.folded(0) == "strasse" || text.folded(0) == "straße")
        #expect(text.folded(1_199) == text.folded(2))
        #expect(text.text(of: 1_197..<1_200) == word)
    }

    @Test func theASCIIFastPathAgreesWithTheGeneralPath() {
        // Runs of visible ASCII and single spaces are copied at once; every other character takes the general
        // path. Mixed text must come out as if each character were taken one by one.
        let raw = "A  b\t c\u{00A0}d\r\n\r\ne  \n f\u{200B}g h\u{7F}i 1.500 (28/8/17)\n\n\n\nakhir "
        #expect(CleanText(normalizing: raw).string == "A b c d\n\ne\nfg hi 1.500 (28/8/17)\n\nakhir")
    }

    @Test func tokensArePlainValues() {
        // Matching copies and scans tokens in its inner loops: a token must hold no reference.
        #expect(_isPOD(Token.self))
    }

    @Test func theOnePassNormalizationComposesOnlyWhenItMust() {
        // A decomposed é (e + U+0301) forces the NFC pass; offsets then count the composed scalar once.
        let decomposed = CleanText(normalizing: "Caf\u{65}\u{301} di\r\n\r\n\r\nTegal\u{200B}  kota")
        #expect(decomposed.string == "Café di\n\nTegal kota")
        #expect(decomposed.count == 19)
        let plain = CleanText(normalizing: "  Bimtek\u{00A0}PSM\t \n")
        #expect(plain.string == "Bimtek PSM")
    }
}
