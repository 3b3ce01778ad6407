import Foundation
import Testing
@testable import Warta

/// The JSON Lines path decodes a line once: the UTF-8 check, the parse of the bytes as they are and the text
/// decoder that takes the reader's string give what the longer way (line -> string -> bytes -> string) gave.
struct DecodeOnceTests {
    /// Byte strings that stress UTF-8: every kind of lead byte, cut sequences, overlong forms, surrogates,
    /// values above U+10FFFF, mixed with ASCII runs long enough for the eight-byte steps.
    static func samples(_ count: Int, seed: UInt64) -> [[UInt8]] {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        let pieces: [[UInt8]] = [
            Array("Pelatihan ".utf8), Array("é".utf8), Array("“".utf8), Array("😀".utf8), Array("\u{10FFFF}".utf8),
            [0x80], [0xBF], [0xC0, 0xAF], [0xC1, 0xBF], [0xC2], [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0xA0, 0x80],
            [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF], [0xE2, 0x82], [0xF0, 0x8F, 0xBF, 0xBF],
            [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
            [0xFE], [0xFF], [0xF0, 0x9F, 0x98], [0x00], [0x7F], Array("abcdefghijklmnop".utf8),
        ]
        return (0..<count).map { _ in
            var b: [UInt8] = []
            for _ in 0..<(next() % 12) { b += pieces[Int(next() % UInt64(pieces.count))] }
            return b
        }
    }

    @Test func utf8CheckAgreesWithTheStandardLibrary() {
        for bytes in DecodeOnceTests.samples(20_000, seed: 11) {
            #expect(UTF8Check.isValid(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
        #expect(UTF8Check.isValid([]))
    }

    @Test func parsingValidBytesGivesTheValueOfTheString() throws {
        var lines: [[UInt8]] = [
            Array(#"{"id": "a", "text": "x\ud83d\ude00 y \ud800 z \u00e9 \"q\" \\ \/", "n": [1, 2.5, -3e2, true, null]}"#.utf8),
            Array(#"{"id": "b", "text": "plain text of some length, more than eight bytes"}"#.utf8),
            Array(#"{"a": "\"#.utf8), Array(#"{"a": "unterminated"#.utf8), Array(#"{"a" 1}"#.utf8), Array("[1, 2] x".utf8),
        ]
        for bytes in DecodeOnceTests.samples(3_000, seed: 5) where UTF8Check.isValid(bytes) {
            lines.append(Array(#"{"id": "s", "text": ""#.utf8) + bytes.filter { $0 != 0x22 && $0 != 0x5C } + Array(#"", "k": "a\"b\\c"}"#.utf8))
        }
        for line in lines {
            let viaString = Result { try JSON.parse(String(decoding: line, as: UTF8.self)) }
            let direct = Result { try JSON.parse(validUTF8: line) }
            switch (viaString, direct) {
            case (.success(let a), .success(let b)): #expect(a == b)
            case (.failure(let a), .failure(let b)): #expect("\(a)" == "\(b)")
            default: Issue.record("one parse failed, the other did not: \(String(decoding: line, as: UTF8.self))")
            }
        }
    }

    @Test func knownTextDecodesLikeTheBytes() {
        let texts = ["Bimtek di Tuban", "\u{FEFF}Bimtek dengan tanda urutan byte", "NUL \u{0}", "\u{1}\u{2}\u{3}\u{4} ab", "", "café “x”"]
            + DecodeOnceTests.samples(500, seed: 3).compactMap { String(validating: $0, as: UTF8.self) }
        for text in texts {
            let bytes = Array(text.utf8)
            let plain = Result { () throws(TextDecoder.Failure) in try TextDecoder.decode(bytes) }
            let known = Result { () throws(TextDecoder.Failure) in try TextDecoder.decode(bytes, known: text) }
            switch (plain, known) {
            case (.success(let a), .success(let b)):
                #expect(a.text == b.text && a.encoding == b.encoding && a.warnings == b.warnings)
            case (.failure(let a), .failure(let b)): #expect(a == b)
            default: Issue.record("the decoders disagree on \(bytes)")
            }
        }
    }

    @Test func jsonLinesDocumentsCarryTheirText() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("decode-once-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("d.jsonl").path
        var data = Data(#"{"id": "a", "text": "Pelatihan \u00e9 di Tuban"}"#.utf8) + Data([0x0A])
        data += Data(#"{"id": "b", "text": "bad "#.utf8) + Data([0xE2, 0x82]) + Data(#" bytes"}"#.utf8) + Data([0x0A])
        try data.write(to: URL(fileURLWithPath: path))
        let stream = try DocumentStream(paths: [path])
        var texts: [String] = []
        var valid: [Bool] = []
        while let item = try stream.next() {
            guard case .document(let d) = item else { Issue.record("not a document: \(item.id)"); continue }
            // A valid line's text comes as bytes known to be valid UTF-8; a repaired line's as the string it made.
            if let text = d.text { #expect(Array(text.utf8) == d.bytes) }
            #expect(d.isValidUTF8 == (d.text == nil))
            texts.append(String(decoding: d.bytes, as: UTF8.self))
            valid.append(d.isValidUTF8)
        }
        #expect(texts == ["Pelatihan é di Tuban", "bad \u{FFFD} bytes"])
        #expect(valid == [true, false])
    }

    /// The `text` kept as bytes is the UTF-8 of the string the parse would have made, valid UTF-8, and the rest
    /// of the value is the same (the first top-level `text` only; a `text` that is not a string stays a value).
    @Test func parsedTextBytesAreTheStringsUTF8() throws {
        var lines: [[UInt8]] = [
            Array(#"{"id": "a", "text": "x\ud83d\ude00 y \ud800 z \u00e9 \"q\" \\ \/ \n\t\r\b\f \ud800\u0041", "n": [1, 2.5]}"#.utf8),
            Array(#"{"id": "b", "text": "plain", "text": "second"}"#.utf8),
            Array(#"{"id": "c", "x": {"text": "nested"}, "text": ["not", "a", "string"]}"#.utf8),
            Array(#"{"id": "d", "text": ""}"#.utf8), Array(#"{"text": "\"#.utf8), Array(#"["text", "a"]"#.utf8),
        ]
        for bytes in DecodeOnceTests.samples(3_000, seed: 7) where UTF8Check.isValid(bytes) {
            lines.append(Array(#"{"id": "s", "text": "\n"#.utf8) + bytes.filter { $0 != 0x22 && $0 != 0x5C } + Array(#"\u00e9"}"#.utf8))
        }
        for line in lines {
            let viaString = Result { try JSON.parse(String(decoding: line, as: UTF8.self)) }
            let direct = Result { try JSON.parseDocument(validUTF8: line) }
            switch (viaString, direct) {
            case (.success(let a), .success(let (b, text))):
                if case .object(let pairs) = a, let first = pairs.first(where: { $0.0 == "text" }), case .string(let s) = first.1 {
                    #expect(text == Array(s.utf8))
                    #expect(text.flatMap { String(validating: $0, as: UTF8.self) } == s)
                    var replaced = pairs
                    if let k = replaced.firstIndex(where: { $0.0 == "text" }) { replaced[k].1 = .string("") }
                    #expect(JSON.object(replaced) == b)
                } else {
                    #expect(text == nil)
                    #expect(a == b)
                }
            case (.failure(let a), .failure(let b)): #expect("\(a)" == "\(b)")
            default: Issue.record("one parse failed, the other did not: \(String(decoding: line, as: UTF8.self))")
            }
        }
    }

    /// Bytes known to be valid UTF-8 decode and normalize as their string does, and a document given so is
    /// extracted as the one given as a string (byte-order mark, NUL bytes, control bytes, combining marks).
    @Test func validBytesDecodeAndExtractLikeTheString() {
        let texts = [
            "Bimtek di Tuban", "\u{FEFF}Bimtek dengan tanda urutan byte", "NUL \u{0}", "\u{1}\u{2}\u{3}\u{4} ab", "",
            "cafe\u{301} “x” e\u{0300}", "Pelatihan Tagana di Kabupaten Garut, Senin (7/10/2024).\r\n\r\nDinas Sosial menggelar pelatihan.",
        ] + DecodeOnceTests.samples(300, seed: 9).compactMap { String(validating: $0, as: UTF8.self) }
        for text in texts {
            let bytes = Array(text.utf8)
            let plain = Result { () throws(TextDecoder.Failure) in try TextDecoder.decode(bytes) }
            let valid = Result { () throws(TextDecoder.Failure) in try TextDecoder.decodesAsThemselves(validUTF8: bytes) }
            switch (plain, valid) {
            case (.success(let a), .success(let same)):
                if same { #expect(a.text == text && a.encoding == "utf-8" && a.warnings.isEmpty) }
            case (.failure(let a), .failure(let b)): #expect(a == b)
            case (.failure, .success(let same)):
                // Left to ``TextDecoder/decode(_:)`` (an empty text), which fails.
                #expect(!same, "\(bytes)")
            default: Issue.record("the decoders disagree on \(bytes)")
            }
            #expect(CleanText(normalizingValidUTF8: bytes).scalars == CleanText(normalizing: text).scalars)
        }
        for text in texts.prefix(7) {
            var known = DocumentInput(id: "d", source: "d", format: .text, bytes: Array(text.utf8))
            known.text = text
            var valid = DocumentInput(id: "d", source: "d", format: .text, bytes: Array(text.utf8))
            valid.isValidUTF8 = true
            #expect(Shared.pipeline.process(valid, withText: true) == Shared.pipeline.process(known, withText: true), "\(text)")
        }
    }
}
