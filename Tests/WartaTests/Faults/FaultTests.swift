import Foundation
import Testing
@testable import Warta

/// The fault suite of issue 10: each numbered case of "Nothing lost, nothing destroyed, nothing hangs" that
/// this code owns, as a test that failed on the code before and passes now. Bounded work is checked by
/// counts (sizes, bytes), never by time.
struct FaultTests {
    // MARK: helpers

    static func page(_ i: Int) -> String {
        "<html><head><title>Bimtek \(i)</title></head><body><article><h1>Dinas Sosial Kota Kediri menggelar Bimtek PSM \(i)</h1><p>Dinas Sosial Kota Kediri menggelar bimbingan teknis bagi 46 PSM di aula, Senin (4/3/2019).</p></article></body></html>"
    }

    static func record(_ i: Int, body: [UInt8]? = nil, httpHeaders: String = "", length: Int? = nil) -> [UInt8] {
        let http = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\(httpHeaders)\r\n".utf8) + (body ?? Array(page(i).utf8))
        let head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:rec-\(i)>\r\nWARC-Target-URI: http://x.example/\(i)\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: \(length ?? http.count)\r\n\r\n"
        return Array(head.utf8) + http + Array("\r\n\r\n".utf8)
    }

    static func gz(_ records: [[UInt8]]) -> [UInt8] { records.flatMap { Gzip.member($0) } }

    func records(_ paths: [String]) throws -> [Record] {
        var out: [Record] = []
        _ = try Batch(pipeline: Shared.pipeline).run(try DocumentStream(paths: paths), jobs: 2) { out += $0 }
        return out
    }

    func write(_ bytes: [UInt8], _ name: String, in dir: URL) throws -> String {
        let url = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    static let text = Array("Bimtek PSM\nDinas Sosial Kota Solok menggelar Bimtek di aula, Senin (28/8/17).\n".utf8)

    func run(_ args: [String]) throws -> (status: Int32, stderr: String) {
        let p = Process()
        p.executableURL = ArchiveTests.binary
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        let err = Pipe()
        p.standardError = err
        try p.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    // MARK: 1. ids never collide

    @Test("1: files with one stem get their path below the input root as id; unique stems stay")
    func duplicateStems() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try write(Self.text, "2019/berita.txt", in: dir)
        _ = try write(Self.text, "2020/berita.txt", in: dir)
        _ = try write(Self.text, "2020/lain.txt", in: dir)
        _ = try write(Array("<p>Bimtek</p>".utf8), "2020/lain.html", in: dir)
        let ids = try records([dir.path]).map(\.document.id)
        #expect(ids == ["2019/berita", "2020/berita", "2020/lain.html", "2020/lain.txt"])
        // The same every run.
        #expect(try records([dir.path]).map(\.document.id) == ids)
    }

    @Test("1: the corpus, its HTML twins and the real news give one distinct id per document; eval still matches gold labels")
    func corpusIDs() throws {
        let documents = (FileManager.default.enumerator(at: Paths.corpus, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? [])
            .filter { ["txt", "html", "htm"].contains($0.pathExtension) && !$0.lastPathComponent.hasPrefix(".") }
        let ids = try records([Paths.corpus.path]).map(\.document.id)
        #expect(documents.count >= 450)
        #expect(ids.count == documents.count)
        #expect(Set(ids).count == documents.count)
        #expect(ids.contains("html/pemda/001_bimtek-psm-tksk-kabupaten-bandung"))
        let run = try EvalRun.run(Paths.corpus.appendingPathComponent("html/pemda"), pipeline: Shared.pipeline)
        #expect(run.evaluator.documents == 90)
    }

    @Test("1: a JSON Lines id that repeats gets an error record naming both lines")
    func repeatedJSONLinesID() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let doc = "{\"id\": \"a\", \"text\": \"Bimtek PSM\\nDinas Sosial Kota Solok menggelar Bimtek di aula, Senin (28/8/17).\"}"
        let path = try write(Array([doc, "{\"id\": \"b\", \"text\": \"lain\"}", doc].joined(separator: "\n").utf8), "d.jsonl", in: dir)
        let out = try records([path])
        #expect(out.count == 3)
        #expect(out[0].document.id == "a" && out[0].error == nil)
        #expect(out[2].error?.kind == "duplicate-id")
        #expect(out[2].document.id == "\(path):3")
        #expect(out[2].error?.message.contains("line 3") == true)
        #expect(out[2].error?.message.contains("line 1") == true)
    }

    @Test("1: --resume after a cut never skips a document that was not written", .enabled(if: FileManager.default.isExecutableFile(atPath: ArchiveTests.binary.path)))
    func resumeWithSameStems() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in")
        for y in 2019...2022 { _ = try write(Self.text, "\(y)/index.txt", in: input) }
        let out = dir.appendingPathComponent("o.jsonl").path
        #expect(try run(["extract", input.path, "--output", out]).status == 0)
        // Keep the first record only, as if the run had been killed there.
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        try (lines[0] + "\n").write(toFile: out, atomically: false, encoding: .utf8)
        #expect(try run(["extract", input.path, "--output", out, "--resume"]).status == 0)
        let ids = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").compactMap { Resume.documentID(Array($0.utf8)) }
        #expect(ids.sorted() == ["2019/index", "2020/index", "2021/index", "2022/index"])
    }

    // MARK: 2 and 3. every reader recovers; nothing is silent

    @Test("2: a corrupt .warc.gz does not stop the batch; its error names the file and the byte")
    func garbageArchive() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = try write(Self.gz((1...3).map { Self.record($0) }), "good.warc.gz", in: dir)
        var g = Synthetic(seed: 3)
        let garbage = try write([0x1F, 0x8B] + (0..<4000).map { _ in UInt8(truncatingIfNeeded: g.next()) }, "garbage.warc.gz", in: dir)
        let text = try write(Self.text, "good.txt", in: dir)
        let out = try records([good, garbage, text])
        #expect(out.filter { $0.error == nil }.count == 4)
        let errors = out.filter { $0.error != nil }
        #expect(!errors.isEmpty)
        #expect(errors.allSatisfy { $0.document.source == garbage && $0.error?.message.contains("byte") == true })
    }

    @Test("2: zero padding after the last member is ignored; garbage after it is reported")
    func padding() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let members = Self.gz((1...3).map { Self.record($0) })
        let padded = try write(members + [UInt8](repeating: 0, count: 1024), "p.warc.gz", in: dir)
        let out = try records([padded])
        #expect(out.count == 3 && out.allSatisfy { $0.error == nil })
        let junk = try write(members + Array("not gzip at all".utf8), "j.warc.gz", in: dir)
        let out2 = try records([junk])
        #expect(out2.count == 4)
        #expect(out2[3].error?.message.contains("byte \(members.count)") == true)
    }

    @Test("2: a corrupt member in the middle: the records after it are read")
    func corruptMiddleMember() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var members = (1...5).map { Gzip.member(Self.record($0)) }
        for k in 20..<40 { members[2][k] = 0xFF }
        let path = try write(members.flatMap { $0 }, "m.warc.gz", in: dir)
        let out = try records([path])
        let ids = out.filter { $0.error == nil }.map(\.document.id)
        #expect(ids == ["rec-1", "rec-2", "rec-4", "rec-5"])
        let offset = members[0].count + members[1].count
        #expect(out.contains { $0.error?.kind == "corrupt" && $0.error?.message.contains("byte \(offset)") == true })
    }

    @Test("2: a WARC record with a wrong Content-Length is reported and the records around it are read")
    func wrongContentLength() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let short = Self.record(2, length: 100)
        let long = Self.record(4, length: Self.record(4).count + 200)
        let path = try write(Self.record(1) + short + Self.record(3) + long + Self.record(5) + Self.record(6), "l.warc", in: dir)
        let out = try records([path])
        #expect(out.filter { $0.error == nil }.map(\.document.id) == ["rec-1", "rec-3", "rec-5", "rec-6"])
        let errors = out.filter { $0.error != nil }
        #expect(errors.map(\.document.id) == ["rec-2", "rec-4"])
        #expect(errors.allSatisfy { $0.error?.message.contains("Content-Length") == true && $0.error?.message.contains("byte") == true })
    }

    @Test("3: a truncated .warc.gz is never silent, and --strict exits 1", .enabled(if: FileManager.default.isExecutableFile(atPath: ArchiveTests.binary.path)))
    func truncatedArchive() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let whole = Self.gz((1...50).map { Self.record($0) })
        let path = try write(Array(whole.prefix(whole.count * 3 / 5 + 7)), "t.warc.gz", in: dir)
        let out = try records([path])
        #expect(out.filter { $0.error == nil }.count < 50)
        #expect(out.contains { $0.error?.message.contains("truncated") == true })
        let o = dir.appendingPathComponent("o.jsonl").path
        #expect(try run(["extract", path, "--output", o]).status == 0)
        #expect(try run(["extract", path, "--output", o, "--strict"]).status == 1)
    }

    // MARK: 4. outputs never destroy inputs

    @Test("4: an --output that is an input is refused and the input is left whole", .enabled(if: FileManager.default.isExecutableFile(atPath: ArchiveTests.binary.path)))
    func outputIsInput() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let doc = "{\"id\": \"a\", \"text\": \"Bimtek PSM di aula, Senin (28/8/17).\"}\n"
        let path = try write(Array(doc.utf8), "s.jsonl", in: dir)
        for args in [["--output", path, "--resume"], ["--output", path], ["--output", dir.path + "/./s.jsonl"]] {
            let r = try run(["extract", path] + args)
            #expect(r.status == 2)
            #expect(r.stderr.contains("is one of the inputs"))
            #expect(try String(contentsOfFile: path, encoding: .utf8) == doc)
        }
        // A file found inside a folder given as input counts too.
        let txt = try write(Self.text, "in/a.txt", in: dir)
        #expect(try run(["extract", dir.appendingPathComponent("in").path, "--output", txt]).status == 2)
        #expect(try Data(contentsOf: URL(fileURLWithPath: txt)) == Data(Self.text))
    }

    @Test("4: an --output that is a device or a symbolic link is written through, never replaced", .enabled(if: FileManager.default.isExecutableFile(atPath: ArchiveTests.binary.path)))
    func outputWrittenInPlace() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = try write(Self.text, "a.txt", in: dir)
        // /dev/null stays the character device it is (an atomic write used to rename a plain file over it).
        #expect(try run(["extract", input, "--output", "/dev/null", "--no-progress"]).status == 0)
        var st = stat()
        #expect(stat("/dev/null", &st) == 0 && (st.st_mode & S_IFMT) == S_IFCHR)
        // A symbolic link stays a link; the records land in the file it points to.
        let target = dir.appendingPathComponent("records.jsonl").path
        let link = dir.appendingPathComponent("out.jsonl").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(try run(["extract", input, "--output", link, "--no-progress"]).status == 0)
        #expect(lstat(link, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK)
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("\"document\""))
    }

    @Test("4: --resume refuses a file whose lines are not Warta records and changes nothing")
    func resumeOntoOtherFile() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let notes = "my notes\nline two\nline three"
        let path = try write(Array(notes.utf8), "notes.txt", in: dir)
        #expect(throws: RecordError.self) { try Resume.completedIDs(in: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == notes)
        // A record followed by a foreign line is refused too; a cut record at the end is removed.
        let rec = "{\"document\": {\"id\": \"a\"}}"
        let mixed = try write(Array((rec + "\nhello\n").utf8), "mixed.jsonl", in: dir)
        #expect(throws: RecordError.self) { try Resume.completedIDs(in: mixed) }
        let cut = try write(Array((rec + "\n{\"document\": {\"id\": \"b").utf8), "cut.jsonl", in: dir)
        #expect(try Resume.completedIDs(in: cut) == ["a"])
        #expect(try String(contentsOfFile: cut, encoding: .utf8) == rec + "\n")
    }

    // MARK: 5. bounded decompression

    @Test("5: a gzip-encoded body is inflated only up to the page limit and the record says truncated")
    func gzipBomb() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // 40 MiB of one byte, compressed to about 40 KB, inside a record's HTTP body.
        let inflated = 40 << 20
        var html = Array("<html><body><article><p>".utf8)
        html += [UInt8](repeating: UInt8(ascii: "a"), count: inflated - html.count)
        let body = Gzip.member(html)
        #expect(body.count < 100_000)
        let path = try write(Self.record(1, body: body, httpHeaders: "Content-Encoding: gzip\r\n"), "bomb.warc", in: dir)
        let stream = try DocumentStream(paths: [path])
        guard case .document(let d)? = try stream.next() else {
            Issue.record("no document")
            return
        }
        #expect(d.bytes.count == Pipeline.maxHTMLBytes)
        #expect(d.cutFrom != nil)
        let r = Shared.pipeline.process(d)
        #expect(r.warnings.contains { $0.code == "truncated" })
    }

    @Test("5: a 50 MB text file is read only up to its limit")
    func boundedFileRead() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let size = 70 << 20  // above the old refusal limit of 64 MiB
        let url = dir.appendingPathComponent("big.txt")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let h = try FileHandle(forWritingTo: url)
        let line = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
        for _ in 0..<(size >> 20) { try h.write(contentsOf: line) }
        try h.close()
        let input = try DocumentFinder.input(for: url).get()
        #expect(input.bytes.count <= Pipeline.maxTextBytes + 4)
        #expect(input.cutFrom == size)
        let r = Shared.pipeline.process(input)
        #expect(r.error == nil)
        #expect(r.warnings.contains { $0.code == "truncated" && $0.message.contains("\(size)") })
        #expect((r.document.title?.count ?? 0) <= Pipeline.maxTitleCharacters + 1)
    }

    // MARK: 7. the rule compiler refuses before expanding

    @Test("7: nested {0,40} five and eight deep are refused by size, before any expansion", arguments: [5, 8])
    func nestedRepetitions(_ depth: Int) throws {
        var pattern = "<any>?"
        for _ in 0..<depth { pattern = "(\(pattern)){0,40}" }
        let node = try PatternParser.parse(pattern)
        let size = CompiledPattern.predictedSize(node)
        #expect(size > CompiledPattern.programLimit)
        var v = Vocabulary()
        #expect(throws: CompiledPattern.CompileError.tooLarge(size)) {
            try CompiledPattern(node, lexicons: [:], vocabulary: &v)
        }
        // Zero-width items multiply the program too, without any span.
        var zero = "^"
        for _ in 0..<depth { zero = "(\(zero)){1,40}" }
        #expect(throws: CompiledPattern.CompileError.self) {
            try CompiledPattern(try PatternParser.parse("a " + zero), lexicons: [:], vocabulary: &v)
        }
    }

    @Test("7: the size the compiler predicts is at least what it emits", arguments: [
        "a", "tanggal <num> @month", "(a | b c | d){1,3}", "x:(<num:1-2> ~ '/' <num>){1,2}?", "^ [<cap> !@month]{1,4} $",
        "((a b?){2,5} | c){0,3} d",
    ])
    func predictedSizes(_ pattern: String) throws {
        let node = try PatternParser.parse(pattern)
        var v = Vocabulary()
        var month = Lexicon(name: "month")
        _ = month.add(phrase: "maret", value: "3", vocabulary: &v)
        let compiled = try CompiledPattern(node, lexicons: ["month": month], vocabulary: &v)
        #expect(CompiledPattern.predictedSize(node) + 1 >= compiled.program.count)
    }

    @Test("7: groups nested thousands deep and macros that multiply are refused, not a stack overflow")
    func deepPatterns() throws {
        let deep = String(repeating: "(", count: 5000) + "a" + String(repeating: ")", count: 5000)
        #expect(throws: PatternError.self) { try PatternParser.parse(deep) }
        let nots = String(repeating: "!", count: 5000) + "a"
        #expect(throws: PatternError.self) { try PatternParser.parse(nots) }
        var macros: [String: String] = ["m0": "a"]
        for i in 1...8 { macros["m\(i)"] = String(repeating: "%m\(i - 1) ", count: 20) }
        #expect(throws: PatternError.self) { try PatternParser.parse("%m8", macros: macros) }
    }

    // MARK: 9. eval without gold labels

    @Test("9: warta eval over a folder without gold labels is an error, not F1 1.000")
    func evalWithoutGold() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try write(Self.text, "a.txt", in: dir)
        #expect(throws: RecordError.self) { try EvalRun.run(dir, pipeline: Shared.pipeline) }
    }

    // MARK: 10. messages that leave no one guessing

    @Test("10: a folder named like a document is named as a folder")
    func folderLikeDocument() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("x/y.txt"), withIntermediateDirectories: true)
        let out = try records([dir.path])
        #expect(out.count == 1)
        #expect(out[0].error?.message.contains("is a folder") == true)
        #expect(out[0].error?.message.contains("NSCocoaErrorDomain") == false)
    }

    @Test("10: JSON Lines: text that is an array, an over-long line with its id, a bad published")
    func jsonLinesMessages() throws {
        let long = "{\"id\": \"big\", \"url\": \"u\", \"text\": \"" + String(repeating: "a", count: 5000) + "\"}"
        let lines = [
            "{\"id\": \"arr\", \"text\": [\"a\", \"b\"]}",
            long,
            "{\"id\": \"p\", \"published\": \"kemarin\", \"text\": \"Bimtek PSM di aula, Senin (28/8/17).\"}",
        ]
        var r = ByteReader(ArraySource(Array(lines.joined(separator: "\n").utf8)))
        var line = 0
        var items: [SourceItem] = []
        while let item = try DocumentStream.jsonItem(&r, &line, "d.jsonl", maxLine: 4096) { items.append(item) }
        #expect(items.count == 3)
        guard items.count == 3 else { return }
        if case .failure(let info, let e) = items[0] {
            #expect(info.id == "arr")
            #expect(e.message.contains("\"text\" of document arr is an array"))
        } else { Issue.record("an array text must fail") }
        if case .failure(let info, let e) = items[1] {
            #expect(info.id == "big")
            #expect(e.message.contains("line 2") && e.message.contains("big"))
        } else { Issue.record("an over-long line must fail") }
        if case .document(let d) = items[2] {
            #expect(d.published == nil)
            let rec = Shared.pipeline.process(d)
            #expect(rec.warnings.contains { $0.code == "published" && $0.message.contains("kemarin") })
        } else { Issue.record("a bad published is a warning") }
    }

    @Test("10: the title of a text without line breaks is capped")
    func titleCap() {
        let text = String(repeating: "kata ", count: 100_000)
        let r = Shared.pipeline.process(DocumentInput(id: "t", source: "t.txt", format: .text, bytes: Array(text.utf8)))
        #expect((r.document.title?.count ?? 0) <= Pipeline.maxTitleCharacters + 1)
    }
}

extension FaultTests {
    @Test("10: a page that declares charset=gbk is decoded as GBK, not Windows-1252")
    func gbkPage() throws {
        // "中文新闻" in GBK, and a Latin headline around it.
        let gbk: [UInt8] = [0xD6, 0xD0, 0xCE, 0xC4, 0xD0, 0xC2, 0xCE, 0xC5]
        let html = Array("<html><head><meta charset=\"gbk\"><title>Berita</title></head><body><article><h1>Bimtek ".utf8) + gbk
            + Array("</h1><p>Dinas Sosial menggelar Bimtek ".utf8) + gbk + Array(" di aula.</p></article></body></html>".utf8)
        let r = Shared.pipeline.process(DocumentInput(id: "g", source: "g.html", format: .html, bytes: html), withText: true)
        #expect(r.document.encoding == "gbk")
        #expect(r.text?.contains("中文新闻") == true)
        #expect(!r.warnings.contains { $0.code == "encoding" })
        // A charset nobody knows is named in the warning.
        let odd = Array("<html><head><meta charset=\"x-nonesuch\"></head><body><article><p>Dinas Sosial menggelar Bimtek \u{00e9}.</p></article></body></html>".utf8)
        let r2 = Shared.pipeline.process(DocumentInput(id: "o", source: "o.html", format: .html, bytes: odd))
        #expect(r2.warnings.contains { $0.message.contains("x-nonesuch") })
    }
}
