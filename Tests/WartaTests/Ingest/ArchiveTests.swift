import Foundation
import Testing
@testable import Warta

/// Batch inputs: JSON Lines, WARC and .warc.gz, parallel runs in input order, and a run killed mid-way then
/// resumed.
struct ArchiveTests {
    static func html(_ i: Int) -> String {
        var g = Synthetic(seed: UInt64(i))
        return g.htmlPage(size: 8_000)
    }

    static func warcRecord(type: String, uri: String, contentType: String, payload: [UInt8], id: Int) -> [UInt8] {
        let head = "WARC/1.0\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-\(String(format: "%012d", id))>\r\nWARC-Target-URI: \(uri)\r\nContent-Type: \(contentType)\r\nContent-Length: \(payload.count)\r\n\r\n"
        return Array(head.utf8) + payload + Array("\r\n\r\n".utf8)
    }

    static func warc(_ count: Int) -> [[UInt8]] {
        var records: [[UInt8]] = [warcRecord(type: "warcinfo", uri: "", contentType: "application/warc-fields", payload: Array("software: test\r\n".utf8), id: 0)]
        for i in 1...count {
            let body = Array(html(i).utf8)
            let http = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: \(body.count)\r\n\r\n".utf8) + body
            records.append(warcRecord(type: "request", uri: "https://x.example/\(i)", contentType: "application/http; msgtype=request", payload: Array("GET /\(i) HTTP/1.1\r\n\r\n".utf8), id: 10_000 + i))
            records.append(warcRecord(type: "response", uri: "https://x.example/\(i)", contentType: "application/http; msgtype=response", payload: http, id: i))
        }
        records.append(warcRecord(type: "resource", uri: "https://x.example/logo.png", contentType: "image/png", payload: [0x89, 0x50, 0x4E, 0x47], id: 99_999))
        return records
    }

    /// Gzip, one member per record, with the system's gzip.
    static func gzipMembers(_ records: [[UInt8]], in dir: URL) throws -> [UInt8] {
        var out: [UInt8] = []
        for (i, r) in records.enumerated() {
            let file = dir.appendingPathComponent("r\(i)")
            try Data(r).write(to: file)
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/gzip")
            p.arguments = ["-n", "-f", file.path]
            try p.run()
            p.waitUntilExit()
            out += [UInt8](try Data(contentsOf: URL(fileURLWithPath: file.path + ".gz")))
        }
        return out
    }

    func records(_ path: String, jobs: Int = 2, format: InputFormat = .auto) throws -> ([Record], Batch.Summary) {
        var out: [Record] = []
        let summary = try Batch(pipeline: Shared.pipeline).run(try DocumentStream(paths: [path], format: format), jobs: jobs) { out += $0 }
        return (out, summary)
    }

    @Test func warcAndWarcGzYieldTheSameDocuments() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let recs = Self.warc(12)
        let plain = dir.appendingPathComponent("a.warc")
        try Data(recs.flatMap { $0 }).write(to: plain)
        let gz = dir.appendingPathComponent("a.warc.gz")
        try Data(try Self.gzipMembers(recs, in: dir)).write(to: gz)
        let (a, sa) = try records(plain.path)
        let (b, sb) = try records(gz.path)
        #expect(a.count == 12)
        #expect(sa.skippedRecords == 14)  // warcinfo, 12 requests, 1 image
        #expect(sb.skippedRecords == 14)
        #expect(a.map(\.document.id) == b.map(\.document.id))
        #expect(a.map { $0.json.serialized() }.map { $0.replacingOccurrences(of: "a.warc.gz", with: "a.warc") } == b.map { $0.json.serialized() }.map { $0.replacingOccurrences(of: "a.warc.gz", with: "a.warc") })
        #expect(a.first?.document.id == "00000000-0000-0000-0000-000000000001")
        #expect(a.first?.document.url == "https://x.example/1")
        #expect(a.allSatisfy { $0.isTrainingEvent && $0.error == nil })
    }

    @Test func jsonLinesWithBrokenLines() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("docs.jsonl")
        var lines: [String] = []
        lines.append(JSON.object([("id", .string("p1")), ("url", .string("https://x/1")), ("html", .string(Self.html(1))), ("published", .string("2023-05-01"))]).serialized())
        lines.append("{broken")
        lines.append(JSON.object([("id", .string("t1")), ("text", .string("Bimtek PSM\nDinas Sosial Kota Solok menggelar Bimtek di aula, Senin (28/8/17)."))]).serialized())
        lines.append("")
        lines.append(JSON.object([("id", .string("empty"))]).serialized())
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let (r, s) = try records(file.path)
        #expect(r.map(\.document.id) == ["p1", "\(file.path):2", "t1", "empty"])
        #expect(s.errors == 2)
        #expect(r[0].document.format == "html" && r[0].document.published?.iso == "2023-05-01")
        #expect(r[1].error?.message.contains("line 2") == true)
        #expect(r[2].event?.date?.start.iso == "2017-08-28")
    }

    @Test func parallelRunsKeepInputOrderAndGiveTheSameRecords() throws {
        let one = try records(Paths.corpus.path, jobs: 1).0.map { $0.json.serialized() }
        let two = try records(Paths.corpus.path, jobs: 2).0.map { $0.json.serialized() }
        let four = try records(Paths.corpus.path, jobs: 4).0.map { $0.json.serialized() }
        #expect(one.count >= 90)
        #expect(one == two)
        #expect(one == four)
    }

    @Test func resumeSkipsWhatIsDoneAndRepairsACutLine() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out.jsonl")
        let whole = JSON.object([("document", .object([("id", .string("a"))]))]).serialized()
        try (whole + "\n" + "{\"document\":{\"id\":\"b\"},\"is_tr").write(to: out, atomically: true, encoding: .utf8)
        let ids = try Resume.completedIDs(in: out.path)
        #expect(ids == ["a"])
        #expect(try String(contentsOf: out, encoding: .utf8) == whole + "\n")
    }

    /// The binary built beside the tests.
    static var binary: URL {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [here, here.deletingLastPathComponent(), Paths.root.appendingPathComponent(".build/debug")] {
            let url = candidate.appendingPathComponent("warta")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return Paths.root.appendingPathComponent(".build/debug/warta")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: ArchiveTests.binary.path), "the warta binary is not built"))
    func standardInToStandardOutIsAFilter() throws {
        let p = Process()
        p.executableURL = Self.binary
        p.arguments = ["extract", "-", "--output", "-", "--no-progress"]
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        p.standardError = FileHandle.nullDevice
        try p.run()
        var docs = ""
        for i in 0..<5 {
            docs += JSON.object([("id", .string("s\(i)")), ("html", .string(Self.html(i)))]).serialized() + "\n"
        }
        docs += JSON.object([("id", .string("plain")), ("text", .string("Bimtek\nDinas Sosial Kota Solok menggelar Bimtek di aula, Senin (28/8/17)."))]).serialized() + "\n"
        input.fileHandleForWriting.write(Data(docs.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 6)
        let ids = try lines.map { try JSON.parse(String($0))["document"]?["id"]?.stringValue ?? "" }
        #expect(ids == ["s0", "s1", "s2", "s3", "s4", "plain"])
    }

    /// libxml2 initializes its global state lazily unless told to; two threads parsing their first pages at
    /// once could deadlock in `xmlDictCreate`. Fresh processes, several threads, HTML from the first document.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: ArchiveTests.binary.path), "the warta binary is not built"))
    func freshProcessesParsePagesInParallelWithoutDeadlock() throws {
        let pages = Paths.corpus.appendingPathComponent("html").path
        for _ in 0..<6 {
            let p = Process()
            p.executableURL = Self.binary
            p.arguments = ["extract", pages, "--output", "/dev/null", "--jobs", "4", "--no-progress"]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            let deadline = Date().addingTimeInterval(60)
            while p.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            if p.isRunning { p.terminate() }
            p.waitUntilExit()
            #expect(p.terminationReason == .exit && p.terminationStatus == 0, "a parallel run over pages hung or failed")
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: ArchiveTests.binary.path), "the warta binary is not built"))
    func exitStatuses() throws {
        func run(_ args: [String]) throws -> Int32 {
            let p = Process()
            p.executableURL = Self.binary
            p.arguments = args
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
            return p.terminationStatus
        }
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        try Data("Bimtek\nDinas Sosial menggelar Bimtek di aula, Senin (28/8/17).".utf8).write(to: dir.appendingPathComponent("good.txt"))
        let out = dir.appendingPathComponent("o.jsonl").path
        #expect(try run(["extract", dir.path, "--output", out]) == 0)  // a failed document is not fatal
        #expect(try run(["extract", dir.path, "--output", out, "--strict"]) == 1)
        #expect(try run(["extract", dir.appendingPathComponent("missing").path]) == 2)
        #expect(try run(["extract", dir.path, "--output", "/nonexistent/dir/o.jsonl"]) == 2)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: ArchiveTests.binary.path), "the warta binary is not built"))
    func aRunKilledMidwayAndResumedHasEveryDocumentOnce() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in.jsonl")
        let count = 1_200
        var text = ""
        var g = Synthetic(seed: 7)
        for i in 0..<count {
            text += JSON.object([("id", .string("d\(i)")), ("text", .string(g.textArticle(size: 1_500)))]).serialized() + "\n"
        }
        try text.write(to: input, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out.jsonl")
        func start(_ extra: [String]) throws -> Process {
            let p = Process()
            p.executableURL = Self.binary
            p.arguments = ["extract", input.path, "--output", out.path, "--jobs", "2", "--no-progress"] + extra
            p.standardError = FileHandle.nullDevice
            try p.run()
            return p
        }
        let first = try start([])
        // Kill it once some records are out, but before the end.
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            let size = (try? FileManager.default.attributesOfItem(atPath: out.path)[.size] as? NSNumber)?.intValue ?? 0
            if size > 50_000 { break }
            usleep(20_000)
        }
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        let partial = try String(contentsOf: out, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(partial.count < count, "the run was killed before its end")
        // Every line but a last cut one is a whole record.
        for line in partial.dropLast() { #expect((try? JSON.parse(String(line))) != nil) }
        let second = try start(["--resume"])
        second.waitUntilExit()
        #expect(second.terminationStatus == 0)
        let lines = try String(contentsOf: out, encoding: .utf8).split(separator: "\n")
        var seen: [String: Int] = [:]
        for line in lines {
            let json = try JSON.parse(String(line))
            seen[json["document"]?["id"]?.stringValue ?? "", default: 0] += 1
        }
        #expect(seen.count == count)
        #expect(seen.values.allSatisfy { $0 == 1 })
    }
}
