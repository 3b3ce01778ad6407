import Foundation
import GRDB
import Testing
@testable import Warta

/// Merging at archive scale: the synthetic archive keeps a realistic number of reports per event, the
/// incremental update of an event gives what a recomputation over its reports gives, whatever the order of the
/// reports, and a v1 database is migrated.
struct EventMergingScaleTests {
    static func synthetic(_ count: Int, seed: UInt64 = 5) throws -> [Warta.Record] {
        var g = Synthetic(seed: seed)
        var i = 0
        let stream = DocumentStream(count: count) {
            guard i < count else { return nil }
            defer { i += 1 }
            return .document(DocumentInput(id: "doc\(i)", source: "synthetic", format: .text, bytes: Array(g.textArticle().utf8)))
        }
        var out: [Warta.Record] = []
        _ = try Batch(pipeline: Shared.pipeline).run(stream, jobs: 2) { out += $0 }
        return out
    }

    static func summary(_ s: EventStore) throws -> [String] {
        try s.events(EventStore.Filter()).map { e in
            "\(e.sources.sorted()) \(e.type ?? "") \(e.dateStart ?? "") \(e.dateEnd ?? "") \(e.venue ?? "") \(e.regionCode ?? "") \(e.participants.map(String.init) ?? "") \(e.warnings.sorted())"
        }.sorted()
    }

    /// The synthetic archive puts its events in 10 places over 9 years, one organizer per place: only reports
    /// of the same day, place, organizer and participants are one event, so a few thousand reports give events
    /// of one or a few reports each, never one event that swallows the archive.
    @Test func theSyntheticArchiveKeepsARealisticNumberOfReportsPerEvent() throws {
        let records = try Self.synthetic(3_000)
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = try EventStore(path: dir.appendingPathComponent("e.sqlite").path)
        try s.write(records)
        let stats = try s.stats()
        let (most, mean) = try s.reportsPerEvent()
        #expect(stats.documents == 3_000)
        #expect(stats.trainingEventDocuments > 2_500)
        // 3,000 reports over 10 places x 3,024 days x 6 kinds of participants: nearly every report is its own event.
        #expect(mean >= 1 && mean < 1.2, "mean reports per event \(mean)")
        #expect(most <= 4, "an event has \(most) reports")
        // Every event's reports agree on the place, the day and the participants.
        let mixed = try s.pool.read { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM (SELECT event_id FROM documents WHERE event_id IS NOT NULL GROUP BY event_id
                HAVING COUNT(DISTINCT region_code) > 1 OR COUNT(DISTINCT date_start) > 1)
                """) ?? -1
        }
        #expect(mixed == 0)
    }

    /// Reports that join an event in any order give the same events, values and warnings: the incremental
    /// update equals a recomputation over the event's reports.
    @Test func theOrderOfReportsDoesNotChangeTheEvents() throws {
        var records = try Self.synthetic(400, seed: 9)
        // Many reports of few events: the same articles again under other ids, with other participant counts
        // and publication dates, so that values disagree and an earlier report can come late.
        let copies = records.prefix(60).enumerated().map { i, r -> Warta.Record in
            var c = r
            c.document.id = "copy\(i)"
            c.event?.participants?.total = (r.event?.participants?.total ?? 0) + i % 3
            c.document.published = r.document.published?.adding(days: i % 2 == 0 ? -1 : 1)
            return c
        }
        records += copies
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let forward = try EventStore(path: dir.appendingPathComponent("f.sqlite").path)
        let backward = try EventStore(path: dir.appendingPathComponent("b.sqlite").path)
        let oneByOne = try EventStore(path: dir.appendingPathComponent("o.sqlite").path)
        try forward.write(records)
        try backward.write(records.reversed())
        var rng = SystemRandomNumberGenerator()
        for r in records.shuffled(using: &rng) { try oneByOne.write(r) }
        let f = try Self.summary(forward)
        #expect(f == (try Self.summary(backward)))
        #expect(f == (try Self.summary(oneByOne)))
        #expect(try forward.reportsPerEvent().max >= 2)
        #expect(f.contains { $0.contains("participants_total:") })
        // The counts of reports are those of the documents.
        let counts = try forward.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events e WHERE sources != (SELECT COUNT(*) FROM documents d WHERE d.event_id = e.id)") ?? -1
        }
        #expect(counts == 0)
        #expect(try Self.brokenReferences(forward) == 0)
        #expect(try Self.brokenReferences(oneByOne) == 0)
    }

    /// A record that changes moves its document between events: the old event is recomputed (or deleted when
    /// it has no report left), the new one gains it.
    @Test func aChangedRecordLeavesItsEvent() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = try EventStore(path: dir.appendingPathComponent("e.sqlite").path)
        let reports = EventStoreTests.reports.map { Shared.record($0.1, id: $0.0) }
        try s.write(reports)
        #expect(try s.events(EventStore.Filter()).map(\.sources.count).sorted() == [1, 3])
        var moved = reports[1]
        let day = try #require(Day(iso: "2023-10-10"))
        moved.event?.date?.start = day
        moved.event?.date?.end = day
        moved.event?.participants?.groups = [ParticipantGroup(name: "TKSK", count: nil)]
        #expect(try s.write(moved) == .updated)
        let events = try s.events(EventStore.Filter())
        #expect(events.map { $0.sources.sorted() }.sorted { $0.joined() < $1.joined() } == [["tegal-a", "tegal-c"], ["tegal-b", "tegal-other"]])
        #expect(events.allSatisfy { e in e.sources.count == (try? s.pool.read { db in try Int.fetchOne(db, sql: "SELECT sources FROM events WHERE id = ?", arguments: [e.id]) }) ?? -1 })
        // The store keeps the references the schema declares (SQLite does not enforce them on the write path).
        #expect(try Self.brokenReferences(s) == 0)
        #expect(try s.write(reports[0]) == .unchanged)
        var gone = reports[3]
        gone.event = nil
        gone.isTrainingEvent = false
        #expect(try s.write(gone) == .updated)
        #expect(try s.events(EventStore.Filter()).map { $0.sources.sorted() }.sorted { $0.joined() < $1.joined() } == [["tegal-a", "tegal-c"], ["tegal-b"]])
        #expect(try Self.brokenReferences(s) == 0)
    }

    /// Rows whose declared reference points nowhere, and values or documents of events that do not exist.
    static func brokenReferences(_ s: EventStore) throws -> Int {
        try s.pool.read { db in
            let keys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count
            let values = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event_values WHERE event_id NOT IN (SELECT id FROM events)") ?? 0
            let documents = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents WHERE event_id NOT IN (SELECT id FROM events)") ?? 0
            return keys + values + documents
        }
    }

    /// A database written by the first schema (documents keyed by id alone) is migrated: its documents,
    /// organizers, legal references and participant groups are kept and its events merged again.
    @Test func aVersionOneDatabaseIsMigrated() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("v1.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try EventStore.migrator.migrate(queue, upTo: "v1")
        let records = EventStoreTests.reports.map { Shared.record($0.1, id: $0.0) }
        try queue.write { db in
            for r in records {
                let d = r.document
                let e = r.event
                try db.execute(sql: """
                    INSERT INTO documents (id, source, format, title, url, published, published_source, is_training_event,
                      confidence, record_hash, record, updated_at, type, date_start, date_end, venue, city, province, region_code,
                      participants_total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [d.id, d.source, d.format, d.title, d.url, d.published?.iso, d.publishedSource, r.isTrainingEvent,
                                     r.confidence, "0", String(decoding: r.jsonLine(), as: UTF8.self), "2025-01-01T00:00:00Z", e?.type,
                                     e?.date?.start.iso, e?.date?.end.iso, e?.location?.venue, e?.location?.city, e?.location?.province,
                                     e?.location?.regionCode, e?.participants?.total])
                for o in e?.organizers ?? [] {
                    try db.execute(sql: "INSERT INTO organizers (document_id, name, role) VALUES (?, ?, ?)", arguments: [d.id, o.name, o.role])
                }
                for l in r.legalReferences {
                    try db.execute(sql: "INSERT INTO legal_references (document_id, canonical, type, number) VALUES (?, ?, ?, ?)",
                                   arguments: [d.id, l.canonical, l.type, l.number])
                }
            }
        }
        try queue.close()
        let s = try EventStore(path: path)
        #expect(try s.stats().documents == 4)
        let events = try s.events(EventStore.Filter())
        #expect(events.map { $0.sources.sorted() }.sorted { $0.count < $1.count } == [["tegal-other"], ["tegal-a", "tegal-b", "tegal-c"]])
        #expect(events.first { $0.sources.count == 3 }?.laws == ["UU 11/2009"])
        let groups = try s.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM participant_groups") ?? 0 }
        #expect(groups == records.reduce(0) { $0 + ($1.event?.participants?.groups.count ?? 0) })
        // Writing the same records again changes nothing but their hashes (the v1 rows carried a dummy one).
        #expect(try s.write(records).allSatisfy { $0 == .updated })
        #expect(try s.write(records).allSatisfy { $0 == .unchanged })
        #expect(try s.events(EventStore.Filter()).count == 2)
    }

    /// The candidates a report could join are compared from the entries of the index `events_candidates` (the
    /// place and the names, without reading the events' rows): the event found is the first, in order of id,
    /// that ``EventStore/matches(_:type:code:organizers:groups:names:)`` accepts among all stored events whose
    /// dates overlap the report's, for reports with and without organizers and participants, on days crowded
    /// with events of every kind of participants.
    @Test func theCandidateFromTheIndexIsTheRulesFirstMatch() throws {
        let days = try ["2021-03-01", "2021-03-02", "2021-03-03", "2021-03-04"].map { try #require(Day(iso: $0)) }
        let records = try Self.synthetic(800, seed: 13).enumerated().map { i, r -> Warta.Record in
            var c = r
            c.event?.date?.start = days[i % 3]
            c.event?.date?.end = days[i % 3 + (i % 7 == 0 ? 1 : 0)]
            if i % 4 == 1 { c.event?.organizers = [] }
            if i % 8 == 3 { c.event?.participants?.groups = [] }
            return c
        }
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = try EventStore(path: dir.appendingPathComponent("e.sqlite").path)
        try s.write(records)
        try s.pool.read { db in
            let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + EventStore.candidatesSQL, arguments: ["33", "2021-03-01", "2021-03-01", "2021-03-01"])
                .map { ($0["detail"] as String?) ?? "" }
            #expect(plan.contains { $0.contains("COVERING INDEX events_candidates") }, "\(plan)")
            var state = try EventStore.WriteState(db)
            let events = try Row.fetchAll(db, sql: """
                SELECT id, type, region_code, province_code, date_start, date_end, organizer_names, group_names FROM events ORDER BY id
                """)
            #expect(events.count > 50 && events.count < 700, "\(events.count) events")
            var found = 0
            for record in records {
                let r = EventStore.Report(record, doc: 0)
                var names = EventStore.NameWords()
                let expected = events.first { e in
                    guard let start = r.start?.iso, let end = r.end?.iso, let code = r.regionCode, code.utf8.count >= 2,
                          (e["province_code"] as String?) == String(code.prefix(2)),
                          let eventStart: String = e["date_start"], let eventEnd: String = e["date_end"], eventStart <= end, eventEnd >= start
                    else { return false }
                    return EventStore.matches(r, type: e["type"], code: e["region_code"], organizers: EventStore.names(e["organizer_names"]),
                                              groups: EventStore.names(e["group_names"]), names: &names)
                }
                let candidate = try EventStore.matchingEvent(db, r, state: &state)
                #expect(candidate?.id == expected.map { $0["id"] as Int64 }, "\(record.document.id)")
                if let candidate, let e = expected {
                    found += 1
                    #expect(candidate.type == e["type"])
                    #expect(candidate.organizers == EventStore.names(e["organizer_names"]))
                    #expect(candidate.groups == EventStore.names(e["group_names"]))
                }
            }
            // Most stored reports find an event again (not all: a report without organizers joined an event
            // of its type, whose type an earlier report may have changed since).
            #expect(found > records.count / 2, "\(found) of \(records.count)")
        }
    }
}
