import Foundation
import GRDB
import Testing
@testable import Warta

/// The training-event database: idempotent writes, one event from many reports, queries and CSV.
struct EventStoreTests {
    func store() throws -> (EventStore, URL) {
        let dir = try Paths.temporaryDirectory()
        return (try EventStore(path: dir.appendingPathComponent("events.sqlite").path), dir)
    }

    static let reports = [
        ("tegal-a", "Dinsos Tegal Gelar Bimtek PSM\nTEGAL – Dinas Sosial Kabupaten Tegal menggelar Bimbingan Teknis bagi 40 Pekerja Sosial Masyarakat (PSM) di aula Dinas Sosial Kab.Tegal, Selasa (19/9/2023). Kegiatan ini amanat Undang-Undang Nomor 11 Tahun 2009."),
        ("tegal-b", "Empat Puluh PSM Ikuti Bimtek\nSlawi – Sebanyak 40 Pekerja Sosial Masyarakat mengikuti Bimtek yang diselenggarakan oleh Dinas Sosial Kabupaten Tegal di aula Dinsos, 19 September 2023."),
        ("tegal-c", "Bimtek PSM Kabupaten Tegal\nDinsos Kabupaten Tegal menggelar bimtek PSM pada 19-20 September 2023 di aula Dinas Sosial Kabupaten Tegal, diikuti 45 peserta."),
        ("tegal-other", "Dinsos Tegal Latih TKSK\nDinas Sosial Kabupaten Tegal menggelar Bimbingan Teknis bagi 30 TKSK di aula Dinas Sosial Kab.Tegal, Selasa (10/10/2023)."),
    ]

    @Test func threeReportsOfOneEventAndALookalikeOnAnotherDay() throws {
        let (s, dir) = try store()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (id, text) in Self.reports { try s.write(Shared.record(text, id: id)) }
        let events = try s.events(EventStore.Filter())
        #expect(events.count == 2)
        let merged = try #require(events.first { $0.sources.count == 3 })
        #expect(Set(merged.sources) == ["tegal-a", "tegal-b", "tegal-c"])
        #expect(merged.city == "Kabupaten Tegal")
        #expect(merged.dateStart == "2023-09-19")
        #expect(merged.warnings.contains { $0.hasPrefix("participants_total") })
        #expect(merged.laws == ["UU 11/2009"])
        let other = try #require(events.first { $0.sources == ["tegal-other"] })
        #expect(other.dateStart == "2023-10-10")
        // Each merged field keeps the document its value came from.
        let origin = try s.pool.read { db in
            try String.fetchOne(db, sql: "SELECT d.id FROM event_values v JOIN documents d ON d.doc = v.doc WHERE v.event_id = ? AND v.field = 'participants_total'", arguments: [merged.id])
        }
        #expect(origin != nil && merged.sources.contains(origin ?? ""))
    }

    /// A chunk written in one transaction gives the same database as its documents written one by one.
    @Test func aChunkInOneTransactionEqualsOneByOne() throws {
        let (one, dirOne) = try store()
        let (chunk, dirChunk) = try store()
        defer {
            try? FileManager.default.removeItem(at: dirOne)
            try? FileManager.default.removeItem(at: dirChunk)
        }
        let records = Self.reports.map { Shared.record($0.1, id: $0.0) }
        for r in records { try one.write(r) }
        #expect(try chunk.write(records) == [.inserted, .inserted, .inserted, .inserted])
        #expect(try chunk.write(records) == [.unchanged, .unchanged, .unchanged, .unchanged])
        func summary(_ s: EventStore) throws -> [String] {
            try s.events(EventStore.Filter()).map { "\($0.sources.sorted()) \($0.type ?? "") \($0.dateStart ?? "") \($0.warnings)" }
        }
        #expect(try summary(one) == summary(chunk))
        #expect(try summary(one).count == 2)
    }

    /// Conflicting values of merged reports are listed field by field in a fixed order, whatever the run.
    @Test func eventWarningsComeInTheOrderOfTheMergedFields() throws {
        let (s, dir) = try store()
        defer { try? FileManager.default.removeItem(at: dir) }
        var a = Shared.record(Self.reports[0].1, id: "a")
        var b = Shared.record(Self.reports[1].1, id: "b")
        a.event?.participants?.total = 40
        b.event?.participants?.total = 41
        b.event?.type = "pelatihan"
        try s.write(a)
        try s.write(b)
        let merged = try #require(try s.events(EventStore.Filter()).first { $0.sources.count == 2 })
        let fields = merged.warnings.compactMap { $0.split(separator: ":").first.map(String.init) }
        #expect(fields == ["type", "venue", "participants_total"])
    }

    @Test func writesAreIdempotentAndUpdatesHappenInPlace() throws {
        let (s, dir) = try store()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = Shared.record(Self.reports[0].1, id: "doc")
        #expect(try s.write(a) == .inserted)
        #expect(try s.write(a) == .unchanged)
        let before = try s.stats()
        var changed = a
        changed.event?.type = "pelatihan"
        #expect(try s.write(changed) == .updated)
        let after = try s.stats()
        #expect(before.documents == 1 && after.documents == 1 && after.events == 1)
        #expect(try s.events(EventStore.Filter()).first?.type == "pelatihan")
        let error = Record.failure(DocumentInfo(id: "broken", source: "broken.txt", format: "text"), RecordError(kind: "empty", message: "broken.txt: the document is empty"))
        #expect(try s.write(error) == .inserted)
        #expect(try s.stats().errors == 1)
    }

    @Test func filtersAndCSV() throws {
        let (s, dir) = try store()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (id, text) in Self.reports { try s.write(Shared.record(text, id: id)) }
        var f = EventStore.Filter()
        f.from = "2023-10-01"
        #expect(try s.events(f).map(\.sources) == [["tegal-other"]])
        f = EventStore.Filter()
        f.law = "uu 11/2009"
        #expect(try s.events(f).count == 1)
        // A whole reference, not a part of one, and LIKE's wildcards are plain characters.
        for partial in ["UU 11/200", "11/2009", "UU 11/2009%", "UU_11/2009"] {
            f.law = partial
            #expect(try s.events(f).isEmpty, "\(partial)")
        }
        f = EventStore.Filter()
        f.organizer = "Dinas Sosial Kabupaten"
        f.province = "jawa tengah"
        #expect(try s.events(f).count == 2)
        #expect(CSV.line(["a", "b,c", "say \"hi\"", "x\ny"]) == "a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\"\r\n")
        let stats = try s.stats()
        #expect(stats.perYear.map(\.0) == ["2023"])
        #expect(stats.perType.first?.0 == "bimtek")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: ArchiveTests.binary.path), "the warta binary is not built"))
    func aKilledRunLeavesAConsistentDatabaseThatResumeCompletes() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in.jsonl")
        var g = Synthetic(seed: 11)
        var text = ""
        // Several transactions of `EventStore.chunkSize` documents, so that the run is killed between two.
        let count = 3 * EventStore.chunkSize(jobs: ProcessInfo.processInfo.activeProcessorCount) - 100
        for i in 0..<count { text += JSON.object([("id", .string("d\(i)")), ("text", .string(g.textArticle(size: 1_500)))]).serialized() + "\n" }
        try text.write(to: input, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("events.sqlite")
        func start(_ extra: [String]) throws -> Process {
            let p = Process()
            p.executableURL = ArchiveTests.binary
            p.arguments = ["extract", input.path, "--db", db.path, "--no-progress"] + extra
            p.standardError = FileHandle.nullDevice
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            return p
        }
        let first = try start([])
        let deadline = Date().addingTimeInterval(120)
        var stored = 0
        while Date() < deadline, stored < 50 {
            usleep(50_000)
            stored = (try? EventStore(path: db.path).stats().documents) ?? 0
        }
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        let partial = try EventStore(path: db.path).stats()
        #expect(partial.documents < count)
        let second = try start(["--resume"])
        second.waitUntilExit()
        #expect(second.terminationStatus == 0)
        let s = try EventStore(path: db.path)
        #expect(try s.stats().documents == count)
        let orphans = try s.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents WHERE is_training_event AND event_id IS NULL") ?? -1
        }
        #expect(orphans == 0)
    }
}
