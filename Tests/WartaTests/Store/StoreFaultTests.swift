import Foundation
import GRDB
import Testing
@testable import Warta

/// The database cases of the fault suite (issue 10): documents keyed by (source, id), concurrent writers that
/// wait, errors in words that name the file, and files that are not Warta's left unchanged.
struct StoreFaultTests {
    static let text = EventStoreTests.reports[0].1

    static func record(id: String, source: String) -> Warta.Record {
        Shared.pipeline.process(DocumentInput(id: id, source: source, format: .text, bytes: Array(text.utf8)), withText: false)
    }

    /// `2019/berita.txt` and `2020/berita.txt` with one id are two documents, and --resume knows each.
    @Test func oneIdFromTwoSourcesIsTwoDocuments() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = try EventStore(path: dir.appendingPathComponent("e.sqlite").path)
        let a = Self.record(id: "berita", source: "2019/berita.txt")
        let b = Self.record(id: "berita", source: "2020/berita.txt")
        #expect(try s.write([a, b]) == [.inserted, .inserted])
        #expect(try s.stats().documents == 2)
        #expect(try s.write(b) == .unchanged)
        #expect(try s.contains(DocumentKey(source: "2019/berita.txt", id: "berita")))
        #expect(try !s.contains(DocumentKey(source: "2021/berita.txt", id: "berita")))
        #expect(try s.documentKeys() == [DocumentKey(source: "2019/berita.txt", id: "berita"), DocumentKey(source: "2020/berita.txt", id: "berita")])
    }

    /// Two writers on one database (two pools, as two `warta extract --db` runs have): the second waits for
    /// the first instead of failing with "database is locked", and every document of both is stored.
    @Test func twoWritersOnOneDatabaseBothFinish() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("e.sqlite").path
        _ = try EventStore(path: path)
        let base = Self.record(id: "x", source: "x")
        let errors = Errors()
        DispatchQueue.concurrentPerform(iterations: 2) { writer in
            do {
                let s = try EventStore(path: path, busyTimeout: 30)
                for chunk in 0..<20 {
                    let records = (0..<50).map { i -> Warta.Record in
                        var r = base
                        r.document.id = "w\(writer)-\(chunk)-\(i)"
                        r.document.source = "writer\(writer).jsonl"
                        return r
                    }
                    // Hold the write lock for a while, so that the other writer has to wait for it.
                    try s.pool.write { db in
                        try db.execute(sql: "UPDATE store_meta SET value = value WHERE key = 'max_event_days'")
                        usleep(20_000)
                    }
                    try s.write(records)
                }
            } catch {
                errors.add("\(error)")
            }
        }
        #expect(errors.all == [])
        let s = try EventStore(path: path)
        #expect(try s.stats().documents == 2_000)
    }

    /// A writer that cannot get the database within its busy timeout says so in words, naming the file.
    @Test func aWriterThatCannotWaitLongerSaysWhy() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("e.sqlite").path
        let holder = try EventStore(path: path)
        let waiter = try EventStore(path: path, busyTimeout: 0.05)
        try holder.pool.write { db in
            try db.execute(sql: "UPDATE store_meta SET value = value WHERE key = 'max_event_days'")
            // The waiter retries 5 times (0.2 s, 0.4 s... apart) and then gives up while the holder holds on.
            let started = Date()
            var message = ""
            do { try waiter.write(Self.record(id: "a", source: "a")) } catch { message = "\(error)" }
            #expect(message == "\(path): the database is locked: another program kept writing to it for too long")
            #expect(Date().timeIntervalSince(started) > 2)
        }
    }

    @Test func aFolderIsNotADatabase() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: StoreError("\(dir.path): is a folder, not a database file")) { try EventStore(path: dir.path) }
        let missing = dir.appendingPathComponent("no/such/folder/e.sqlite").path
        #expect(throws: StoreError("\(missing): cannot create the database: the folder \(dir.path)/no/such/folder does not exist")) {
            try EventStore(path: missing)
        }
    }

    /// A file that is not a database (error 26 in SQLite's words) is named, and left byte for byte as it was.
    @Test func aFileThatIsNotADatabaseIsNamedAndLeftAlone() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("events.sqlite").path
        let bytes = Data(String(repeating: "these are not the pages of a database\n", count: 200).utf8)
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError("\(path): not a database file")) { try EventStore(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    /// Another program's SQLite database is refused and never changed (no tables added, no WAL mode).
    @Test func anotherProgramsDatabaseIsNeverChanged() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("notes.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('keep me')")
        }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError("\(path): not a Warta database (it holds the tables notes); nothing was changed")) { try EventStore(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func errorsOfSQLiteAreSentences() {
        let path = "events.sqlite"
        #expect(EventStore.explain(DatabaseError(resultCode: .SQLITE_NOTADB), path: path).message == "events.sqlite: not a database file")
        #expect(EventStore.explain(DatabaseError(resultCode: .SQLITE_CANTOPEN), path: path).message.hasPrefix("events.sqlite: cannot be opened"))
        #expect(EventStore.explain(DatabaseError(resultCode: .SQLITE_FULL), path: path).message == "events.sqlite: the disk is full")
        #expect(!EventStore.explain(DatabaseError(resultCode: .SQLITE_CORRUPT), path: path).message.contains("error 11"))
    }
}

extension StoreError: Equatable {
    public static func == (a: StoreError, b: StoreError) -> Bool { a.message == b.message }
}

/// Messages collected from several threads.
final class Errors: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func add(_ s: String) { lock.lock(); list.append(s); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return list }
}
