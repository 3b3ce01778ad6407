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
