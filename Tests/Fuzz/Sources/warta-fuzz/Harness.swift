import Foundation
@testable import Warta

// One libFuzzer harness per reader; the environment variable WARTA_FUZZ_TARGET chooses which runs:
//   text     TextDecoder.decode + CleanText (normalization) + tokenizing
//   html     HTMLReader.read (libxml2, main text, metadata)
//   warc     WARCReader over plain bytes
//   gzip     GzipByteSource + WARCReader over gzip (the .warc.gz path)
//   jsonl    the JSON Lines reader of DocumentStream
//   pattern  PatternParser.parse + the compiler, over the built-in lexicons
//   date     the date extractor over the text (and Day(iso:))
//   pipeline the whole pipeline over the text: every extractor, as `warta extract` runs a text file (round 18)
// Every input must come back without a crash, a sanitizer report or a broken invariant (checked with
// precondition, which libFuzzer reports as a crash).

enum Target: String {
    case text, html, warc, gzip, jsonl, pattern, date, pipeline
}

let target: Target = {
    let name = ProcessInfo.processInfo.environment["WARTA_FUZZ_TARGET"] ?? ""
    guard let t = Target(rawValue: name) else {
        FileHandle.standardError.write(Data("set WARTA_FUZZ_TARGET to text, html, warc, gzip, jsonl, pattern, date or pipeline\n".utf8))
        exit(2)
    }
    return t
}()

let rules: RuleSet = {
    switch RuleSet.builtIn {
    case .success(let r): return r
    case .failure(let e): fatalError("the built-in rules do not load: \(e)")
    }
}()

let dates: DateExtractor = {
    do { return try DateExtractor(rules: rules) } catch { fatalError("\(error)") }
}()

/// Round 18: the whole pipeline, for the `pipeline` target (no other target reaches the participants', speakers',
/// organizers', place and event extractors).
let pipeline: Pipeline = {
    do { return try Pipeline(rules: rules) } catch { fatalError("\(error)") }
}()

nonisolated(unsafe) var scratch = MatchScratch()

/// Reads every item of a WARC reader; the reader must always make progress and end.
func drain<S: ByteSource>(_ w: inout WARCReader<S>, bound: Int) {
    var n = 0
    while let item = try? w.next() {
        n += 1
        precondition(n <= bound, "the WARC reader yields more items than the input has bytes")
        if case .document(let d) = item { precondition(d.bytes.count <= Pipeline.maxHTMLBytes + (1 << 20)) }
    }
}

/// libFuzzer's driver (from libclang_rt.fuzzer_no_main): parses libFuzzer's flags and runs the callback.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

@main
enum FuzzMain {
    static func main() {
        _ = target
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzz))
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    switch target {
    case .text:
        if let d = try? TextDecoder.decode(bytes) {
            let clean = CleanText(normalizing: d.text)
            let text = AnalyzedText(clean, vocabulary: rules.vocabulary)
            for t in text.tokens { precondition(t.start <= t.end && t.end <= clean.count) }
        }
    case .html:
        if let page = try? HTMLReader.read(bytes) {
            _ = CleanText(normalizing: page.text)
        }
    case .warc:
        var w = WARCReader(ArraySource(bytes), origin: "fuzz.warc")
        drain(&w, bound: bytes.count + 1)
    case .gzip:
        var w = WARCReader(GzipByteSource(ArraySource(bytes)), origin: "fuzz.warc.gz")
        drain(&w, bound: 64 * bytes.count + 16)
    case .jsonl:
        var r = ByteReader(ArraySource(bytes))
        var line = 0
        var n = 0
        while let _ = try? DocumentStream.jsonItem(&r, &line, "fuzz.jsonl", maxLine: 4096) {
            n += 1
            precondition(n <= bytes.count + 1)
        }
    case .pattern:
        let source = String(decoding: bytes, as: UTF8.self)
        let macros = ["m": "<num> @month", "n": "%m %m"]
        let parsed = Result { () throws(PatternError) in try PatternParser.parse(source, macros: macros) }
        // Round 18: the macros parsed once (MacroCache) must read every pattern as their text expansion does.
        let cached = Result { () throws(PatternError) in try PatternParser.parse(source, cache: MacroCache(macros: macros)) }
        precondition(parsed == cached)
        if case .success(let node) = parsed {
            var vocabulary = rules.vocabulary
            if let compiled = try? CompiledPattern(node, lexicons: rules.lexicons, vocabulary: &vocabulary) {
                let text = AnalyzedText(raw: "Senin (4/3/2019) Dinas Sosial menggelar bimtek 46 PSM di aula, 12 Maret 2019.", vocabulary: vocabulary)
                _ = compiled.matches(in: text.tokens, scratch: &scratch)
            }
        }
    case .date:
        let s = String(decoding: bytes, as: UTF8.self)
        _ = Day(iso: s)
        let text = AnalyzedText(raw: s, vocabulary: rules.vocabulary)
        let found = dates.extract(text, knownPublished: Day(year: 2020, month: 1, day: 1), scratch: &scratch)
        if let e = found.eventDate?.evidence { precondition(e.start <= e.end && e.end <= text.text.count) }
    case .pipeline:
        // As `warta extract` reads a text file; the record must name the document, or say why it failed.
        let input = DocumentInput(id: "fuzz", source: "fuzz.txt", format: .text, bytes: bytes, published: Day(year: 2020, month: 1, day: 1))
        let record = pipeline.process(input, withText: false, scratch: &scratch)
        precondition(record.document.id == "fuzz")
    }
    return 0
}
