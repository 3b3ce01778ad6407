import Foundation
import GRDB
import Testing
@testable import Warta

/// The commands of issue 14 as a user runs them: `warta db import`, `warta db export-gold` then `warta eval` on
/// what it wrote, and `warta serve`'s refusals; a database that is not Warta's is refused and left unchanged.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: ArchiveTests.binary.path), "the warta binary is not built"))
struct WorkbenchCommandTests {
    static func run(_ arguments: [String], input: Data? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        let p = Process()
        p.executableURL = ArchiveTests.binary
        p.arguments = arguments
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        let inPipe = Pipe()
        p.standardInput = input == nil ? FileHandle.nullDevice : inPipe
        try p.run()
        if let input {
            inPipe.fileHandleForWriting.write(input)
            try inPipe.fileHandleForWriting.close()
        }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    /// Records of a few corpus documents as JSON Lines, with their text.
    static func records(_ dir: URL) throws -> URL {
        let docs = try EvalRun.documents(in: Paths.corpus).filter { $0.pathExtension == "txt" }.prefix(6)
        let out = dir.appendingPathComponent("records.jsonl")
        let r = try run(["extract"] + docs.map(\.path) + ["--with-text", "--output", out.path, "--no-progress"])
        #expect(r.status == 0, "\(r.stderr)")
        return out
    }

    @Test func importLoadsRecordsIdempotentlyAndReportsBadLines() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let records = try Self.records(dir)
        let db = dir.appendingPathComponent("events.sqlite").path
        var bad = try String(contentsOf: records, encoding: .utf8)
        bad += "this is not json\n{\"document\": {\"id\": \"x\"}}\n"
        let badFile = dir.appendingPathComponent("bad.jsonl")
        try bad.write(to: badFile, atomically: true, encoding: .utf8)
        var r = try Self.run(["db", "import", badFile.path, "--db", db])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(badFile.path):7: not a Warta record") && r.stderr.contains("\(badFile.path):8: not a Warta record"), "\(r.stderr)")
        #expect(r.stderr.contains("6 records: 6 new"), "\(r.stderr)")
        // Again, and from standard input: nothing changes.
        r = try Self.run(["db", "import", "-", "--db", db], input: try Data(contentsOf: records))
        #expect(r.status == 0 && r.stderr.contains("6 unchanged"), "\(r.stderr)")
        let store = try EventStore(path: db)
        #expect(try store.stats().documents == 6)
        #expect(try store.overview().runs.count == 2)
        // The same as extract --db.
        let direct = dir.appendingPathComponent("direct.sqlite").path
        let docs = try EvalRun.documents(in: Paths.corpus).filter { $0.pathExtension == "txt" }.prefix(6)
        #expect(try Self.run(["extract"] + docs.map(\.path) + ["--with-text", "--db", direct, "--no-progress"]).status == 0)
        let a = try Self.run(["db", "events", "--db", db, "--format", "jsonl"]).stdout
        let b = try Self.run(["db", "events", "--db", direct, "--format", "jsonl"]).stdout
        #expect(a == b && !a.isEmpty)
        // The database is never one of the inputs.
        r = try Self.run(["db", "import", db, "--db", db])
        #expect(r.status == 2 && r.stderr.contains("is one of the inputs"))
    }

    @Test func reviewedDocumentsExportAsGoldThatEvalScores() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let records = try Self.records(dir)
        let db = dir.appendingPathComponent("events.sqlite").path
        #expect(try Self.run(["db", "import", records.path, "--db", db]).status == 0)
        let store = try EventStore(path: db)
        let keys = try Array(store.documentKeys()).sorted { $0.id < $1.id }
        let validator = CorrectionValidator(pipeline: Shared.pipeline)
        try store.correct(keys[0], field: .participantsTotal, value: "12345", reviewer: "ana", validator: validator)
        for k in keys.prefix(3) { try store.setReviewed(k, true, reviewer: "ana") }
        // The corrected value shows in db events, marked.
        let table = try Self.run(["db", "events", "--db", db]).stdout
        #expect(table.contains("12345") && table.contains("corrected"), "\(table)")
        let gold = dir.appendingPathComponent("gold")
        var r = try Self.run(["db", "export-gold", gold.path, "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: gold.path).sorted()
        #expect(files.count == 6)
        let label = try GoldLabel(json: String(contentsOf: gold.appendingPathComponent("\(keys[0].id).json"), encoding: .utf8), file: "x")
        #expect(label.participantsTotal == 12345)
        r = try Self.run(["eval", gold.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("participants_total"))
        // The corrected count is the only miss: the extractor disagrees with the analyst there.
        #expect(r.stdout.range(of: #"participants_total\s+\d+\s+1\s+1"#, options: .regularExpression) != nil, "\(r.stdout)")
        // Again: its own files are replaced; a label it did not write is never overwritten.
        #expect(try Self.run(["db", "export-gold", gold.path, "--db", db]).status == 0)
        let hand = dir.appendingPathComponent("hand")
        try FileManager.default.createDirectory(at: hand, withIntermediateDirectories: true)
        let mine = hand.appendingPathComponent("\(keys[1].id).json")
        try "{\"hand\": true}".write(to: mine, atomically: true, encoding: .utf8)
        r = try Self.run(["db", "export-gold", hand.path, "--db", db])
        #expect(r.status == 2 && r.stderr.contains("was not written by export-gold"))
        #expect(try String(contentsOf: mine, encoding: .utf8) == "{\"hand\": true}")
        #expect(try FileManager.default.contentsOfDirectory(atPath: hand.path).count == 1)
    }

    @Test func aDatabaseThatIsNotWartasIsRefusedAndUnchanged() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("notes.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('keep')") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let records = try Self.records(dir)
        for args in [["serve", "--db", path, "--port", "0"], ["db", "import", records.path, "--db", path], ["db", "export-gold", dir.appendingPathComponent("g").path, "--db", path]] {
            let r = try Self.run(args)
            #expect(r.status == 2, "\(args)")
            #expect(r.stderr.contains("not a Warta database"), "\(args): \(r.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("g").path))
        // A host other than loopback needs a token.
        let r = try Self.run(["serve", "--db", path, "--host", "0.0.0.0"])
        #expect(r.status != 0 && r.stderr.contains("is not a loopback address"), "\(r.stderr)")
    }
}
