import Foundation
import Testing
@testable import Warta

/// Every input with which a fuzzing campaign crashed Warta (kept in `Tests/Fuzz/regressions/`, named
/// TARGET-WHAT-N), run through the reader that crashed: each must now give items and end.
struct FuzzRegressionTests {
    static let dir = Paths.root.appendingPathComponent("Tests/Fuzz/regressions")

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test("A crash found by fuzzing no longer crashes", arguments: inputs)
    func regression(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.dir.appendingPathComponent(name)))
        var items = 0
        switch name.split(separator: "-").first ?? "" {
        case "warc":
            var w = WARCReader(ArraySource(bytes), origin: name)
            while (try w.next()) != nil { items += 1 }
        case "gzip":
            var w = WARCReader(GzipByteSource(ArraySource(bytes)), origin: name)
            while (try w.next()) != nil { items += 1 }
        case "jsonl":
            var r = ByteReader(ArraySource(bytes))
            var line = 0
            while (try DocumentStream.jsonItem(&r, &line, name, maxLine: 4096)) != nil { items += 1 }
        case "pattern":
            if let node = try? PatternParser.parse(String(decoding: bytes, as: UTF8.self)) {
                var v = Vocabulary()
                _ = try? CompiledPattern(node, lexicons: try RuleSet.builtIn.get().lexicons, vocabulary: &v)
            }
        case "html":
            _ = try? HTMLReader.read(bytes)
        case "date":
            // As the `date` target runs it: the date extractor alone, without an event anchor.
            let rules = try RuleSet.builtIn.get()
            let text = AnalyzedText(raw: String(decoding: bytes, as: UTF8.self), vocabulary: rules.vocabulary)
            var scratch = MatchScratch()
            let found = try DateExtractor(rules: rules).extract(text, knownPublished: Day(year: 2020, month: 1, day: 1), scratch: &scratch)
            if let e = found.eventDate?.evidence { #expect(e.start <= e.end && e.end <= text.text.count) }
            _ = Shared.pipeline.process(DocumentInput(id: name, source: name, format: .text, bytes: bytes))
        default:
            _ = Shared.pipeline.process(DocumentInput(id: name, source: name, format: .text, bytes: bytes))
        }
        #expect(items <= bytes.count + 1)
    }

    @Test("A JSON number beyond Int's range is not an integer (it trapped as a document id)")
    func hugeNumbers() throws {
        #expect(try JSON.parse("1e300").intValue == nil)
        #expect(try JSON.parse("-1e19").intValue == nil)
        #expect(try JSON.parse("42.0").intValue == 42)
        var r = ByteReader(ArraySource(Array("{\"id\": 1e300, \"text\": \"Bimtek\"}".utf8)))
        var line = 0
        guard case .document(let d)? = try DocumentStream.jsonItem(&r, &line, "d.jsonl") else {
            Issue.record("the line is a document")
            return
        }
        #expect(d.id == "d.jsonl:1")
    }

    @Test("A high surrogate followed by an escape that is not a low surrogate (it overflowed the JSON parser)")
    func loneSurrogate() throws {
        #expect(try JSON.parse("\"\\uDaaa\\uDaaa\"").stringValue == "\u{FFFD}\u{FFFD}")
        #expect(try JSON.parse("\"\\uD83D\\u0041\"").stringValue == "\u{FFFD}A")
        #expect(try JSON.parse("\"\\uD83D\\uDE00\"").stringValue == "😀")
    }

    @Test("A date that opens its line after a comma ending the line before is no body dateline (it trapped on an empty range)")
    func datelineAfterLineBreak() throws {
        let rules = try RuleSet.builtIn.get()
        let dates = try DateExtractor(rules: rules)
        let broken = AnalyzedText(raw: "Pelatihan kader digelar di Bantul,\n7 Maret 2025 - Peserta datang pagi.", vocabulary: rules.vocabulary)
        let broken2 = AnalyzedText(raw: ",\n7 Maret 2025 - Bimtek.", vocabulary: rules.vocabulary)
        for text in [broken, broken2] {
            var scratch = MatchScratch()
            let date = dates.mentions(in: text, scratch: &scratch).first { $0.kind == .single }?.tokens ?? 0..<0
            #expect(text.folded(date.lowerBound) == "7")
            #expect(!dates.bodyDateline(date, text))
            _ = dates.extract(text, knownPublished: Day(year: 2025, month: 3, day: 9), scratch: &scratch)
        }
        let line = AnalyzedText(raw: "Bantul, 7 Maret 2025 - Pelatihan kader digelar.", vocabulary: rules.vocabulary)
        var scratch = MatchScratch()
        let r = dates.mentions(in: line, scratch: &scratch).first?.tokens ?? 0..<0
        #expect(dates.bodyDateline(r, line))
    }

    @Test("A chunked body whose last size line has no data, or a size larger than the body, is cut where it ends")
    func dechunk() {
        #expect(WARCReader<ArraySource>.dechunk(Array("5\r\nhello\r\n3".utf8)) == Array("hello".utf8))
        #expect(WARCReader<ArraySource>.dechunk(Array("7fffffffffffffff\r\nabc".utf8)) == Array("abc".utf8))
        #expect(WARCReader<ArraySource>.dechunk(Array("4\r\nWiki\r\n0\r\n\r\n".utf8)) == Array("Wiki".utf8))
    }
}
