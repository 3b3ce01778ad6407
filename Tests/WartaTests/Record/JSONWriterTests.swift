import Foundation
import Testing
@testable import Warta

/// The record's JSON is described once and written two ways: as a tree (`record.json`) and straight into bytes
/// (`record.jsonLine`, what `warta extract` writes). Both must give the same text.
struct JSONWriterTests {
    @Test func theBytesAreTheTreeSerialized() throws {
        let files = try Paths.corpusAndRealnewsDev()
        #expect(files.count >= 400)
        for file in files {
            let record = try Shared.pipeline.process(DocumentFinder.input(for: file).get(), withText: true)
            for pretty in [false, true] {
                let line = String(decoding: record.jsonLine(pretty: pretty), as: UTF8.self)
                #expect(line == record.json.serialized(pretty: pretty), "\(file.lastPathComponent)")
            }
            let line = String(decoding: record.jsonLine(), as: UTF8.self)
            #expect(try JSON.parse(line).serialized() == line, "the line parses back to itself")
        }
    }

    /// Numbers and dates are written from their digits, without making a string first: the same text as
    /// `String(i)` and the interpolated `YYYY-MM-DD`.
    @Test func digitsAndDatesAsTheStringsWriteThem() throws {
        for i in [0, 1, 9, 10, 11, 99, 100, 101, 999, 1_000, 12_345, 2_026, Int(Int32.max), Int.max] {
            var out: [UInt8] = []
            JSONByteWriter.appendDigits(i, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == String(i))
        }
        var writer = JSONByteWriter()
        writer.beginArray()
        for i in [-12, 0, 7, 10, 250, 1_000_000, Int.max, Int.min] { writer.int(i) }
        writer.endArray()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "[-12,0,7,10,250,1000000,\(Int.max),\(Int.min)]")
        for (year, month, day) in [(1900, 1, 1), (2019, 9, 30), (2026, 12, 3), (2199, 12, 31), (2024, 2, 29)] {
            let d = try #require(Day(year: year, month: month, day: day))
            let m = month < 10 ? "0\(month)" : "\(month)"
            let dd = day < 10 ? "0\(day)" : "\(day)"
            #expect(d.iso == "\(year)-\(m)-\(dd)")
        }
    }

    @Test func escapesControlCharactersQuotesAndBackslashes() throws {
        let value = JSON.object([
            ("s", .string("a\"b\\c\nd\re\tf\u{1}g\u{1F}h é 😀")), ("empty", .array([])), ("o", .object([])),
            ("n", .array([.int(-12), .double(2), .double(0.1234), .null, .bool(false)])),
        ])
        #expect(value.serialized() == #"{"s":"a\"b\\c\nd\re\tf\u0001g\u001fh é 😀","empty":[],"o":{},"n":[-12,2.0,0.123,null,false]}"#)
        #expect(try JSON.parse(value.serialized())["s"] == .string("a\"b\\c\nd\re\tf\u{1}g\u{1F}h é 😀"))
        #expect(try JSON.parse(value.serialized()).serialized() == value.serialized())
        #expect(value.serialized(pretty: true).hasPrefix("{\n  \"s\": "))
        #expect(JSON.array([.array([.int(1)])]).serialized(pretty: true) == "[\n  [\n    1\n  ]\n]")
    }
}
