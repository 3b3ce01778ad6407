import Foundation
import GRDB
import Testing
@testable import Warta

/// The stored listing rows (schema `v5-event-listing`, ListingStore.swift): `warta db events` read from them must
/// give the bytes of the listing made from the events' reports, in every format, filter and page, after any
/// writes (new events, joins, changed records that leave an event or delete it), and after the migration of a
/// database written before them.
struct ListingStoreTests {
    /// The corpus's text documents and the dev split of the real news, the synthetic archive (many merges) and
    /// the reports that disagree in every way a listing shows.
    static func records() throws -> [Warta.Record] {
        var records: [Warta.Record] = []
        for url in try Paths.corpusAndRealnewsDev(html: false) {
            let text = try String(contentsOf: url, encoding: .utf8)
            records.append(Shared.record(text, id: url.deletingPathExtension().lastPathComponent))
        }
        return records + (try EventMergingScaleTests.synthetic(400, seed: 41)) + EventListingTests.trickyRecords()
    }

    static let formats: [(EventStore.ListingFormat, Bool)] = [(.table, false), (.csv, false), (.csv, true), (.jsonl, false)]

    /// Every filter of `warta db events`, alone and combined.
    static func filters(_ s: EventStore) throws -> [EventStore.Filter] {
        let all = try s.events(EventStore.Filter())
        func filter(_ set: (inout EventStore.Filter) -> Void) -> EventStore.Filter {
            var f = EventStore.Filter()
            set(&f)
            return f
        }
        let law = all.lazy.flatMap(\.laws).first ?? "UU 11/2009"
        let organizer = all.lazy.flatMap(\.organizers).first ?? "Dinas Sosial"
        let type = all.lazy.compactMap(\.type).first ?? "bimtek"
        return [
            EventStore.Filter(),
            filter { $0.from = "2019-01-01"; $0.to = "2020-12-31" },
            filter { $0.from = "2023-09-01" },
            filter { $0.to = "2018-06-30" },
            filter { $0.province = "Jawa" },
            filter { $0.city = "Tegal" },
            filter { $0.type = type },
            filter { $0.organizer = organizer },
            filter { $0.organizer = "Dinas Sosial" },
            filter { $0.law = law },
            filter { $0.law = law.lowercased() },
            filter { $0.province = "Jawa"; $0.type = type; $0.from = "2019-01-01"; $0.to = "2024-12-31" },
            filter { $0.city = "Kab"; $0.organizer = "Sosial"; $0.law = law },
        ]
    }

    static let pages: [EventStore.Page] = [
        EventStore.Page(), EventStore.Page(sort: .date, descending: true), EventStore.Page(sort: .date, descending: true, offset: 3, limit: 20),
        EventStore.Page(sort: .province), EventStore.Page(sort: .city, descending: true, offset: 2, limit: 9),
        EventStore.Page(sort: .type), EventStore.Page(sort: .participants, descending: true), EventStore.Page(sort: .sources, offset: 5, limit: 7),
        EventStore.Page(sort: .id, descending: true, limit: 50), EventStore.Page(offset: 10_000, limit: 5),
    ]

    static func listing(_ s: EventStore, _ f: EventStore.Filter, _ page: EventStore.Page, _ format: EventStore.ListingFormat, excel: Bool,
                        fromReports: Bool) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try s.writeEvents(f, page: page, format: format, excel: excel, fromReports: fromReports) { bytes += $0 }
        return bytes
    }

    /// Checks every filter, page and format: the stored rows give the bytes of the rows made from the reports;
    /// returns how many listings were compared.
    @discardableResult
    static func expectSameListings(_ s: EventStore, _ note: String) throws -> Int {
        var compared = 0
        for f in try filters(s) {
            for page in pages {
                for (format, excel) in formats {
                    let stored = try listing(s, f, page, format, excel: excel, fromReports: false)
                    let made = try listing(s, f, page, format, excel: excel, fromReports: true)
                    #expect(stored == made, "\(note): \(f) \(page) \(format)")
                    compared += 1
                }
            }
        }
        return compared
    }

    /// Every event has exactly one stored row, which reads back.
    static func expectOneRowPerEvent(_ s: EventStore) throws {
        try s.pool.read { db in
            let events = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events") ?? -1
            let rows = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event_listing") ?? -2
            let orphans = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event_listing WHERE id NOT IN (SELECT id FROM events)") ?? -1
            #expect(events == rows && orphans == 0, "\(events) events, \(rows) listing rows, \(orphans) without an event")
            var row = ListingRow()
            for r in try Row.fetchAll(db, sql: "SELECT id, row FROM event_listing") {
                let data: Data = r[1]
                #expect(data.withUnsafeBytes { row.decode(id: r[0], $0.bindMemory(to: UInt8.self)) })
            }
        }
    }

    @Test func storedRowsGiveTheListingOfTheReports() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = try EventStore(path: dir.appendingPathComponent("e.sqlite").path)
        let records = try Self.records()
        // In several transactions: chunks, then one record at a time (reports that join events of earlier chunks).
        let half = records.count / 2
        try s.write(Array(records[0..<(half / 2)]))
        try s.write(Array(records[(half / 2)..<half]))
        for r in records[half...].reversed() { try s.write(r) }
        let all = try s.events(EventStore.Filter())
        #expect(all.count > 150)
        #expect(all.contains { $0.sources.count >= 5 && $0.warnings.count >= 3 })
        #expect(all.contains { !$0.laws.isEmpty })
        try Self.expectOneRowPerEvent(s)
        #expect(try Self.expectSameListings(s, "written") == 520)

        // Changed records: an earlier date moves a report out of its event (which is recomputed, or deleted when it
        // was its only report), another count and URL change the event's values and warnings.
        let merged = try #require(all.first { $0.sources.count >= 3 })
        var changed: [Warta.Record] = []
        for (i, id) in merged.sources.prefix(2).enumerated() {
            guard var r = records.first(where: { $0.document.id == id }) else { continue }
            if i == 0 {
                r.event?.date?.start = try #require(Day(iso: "2016-01-05"))
                r.event?.date?.end = try #require(Day(iso: "2016-01-06"))
            } else {
                r.event?.participants?.total = 999
                r.document.url = "https://example.org/changed,\"quoted\""
            }
            changed.append(r)
        }
        let single = try #require(all.first { $0.sources.count == 1 && $0.dateStart != nil })
        if var r = records.first(where: { $0.document.id == single.sources[0] }) {
            r.event?.date?.start = try #require(Day(iso: "2016-02-01"))
            r.event?.date?.end = try #require(Day(iso: "2016-02-01"))
            changed.append(r)
        }
        #expect(changed.count == 3)
        #expect(try s.write(changed) == [.updated, .updated, .updated])
        try Self.expectOneRowPerEvent(s)
        try Self.expectSameListings(s, "changed")
        #expect(try s.events(EventStore.Filter()).contains { $0.participants == 999 || $0.warnings.contains { $0.contains("999") } })

        // With corrections the listing is the corrected one, whichever way the rows are made.
        try s.correct(DocumentKey(source: "tegal-a", id: "tegal-a"), field: .participantsTotal, value: "25", reviewer: "ana",
                      validator: CorrectionTests.validator)
        for (format, excel) in Self.formats {
            #expect(try Self.listing(s, EventStore.Filter(), EventStore.Page(), format, excel: excel, fromReports: false)
                == Self.listing(s, EventStore.Filter(), EventStore.Page(), format, excel: excel, fromReports: true))
        }
    }

    /// A listing row that is missing or cannot be read is made from the reports.
    @Test func aMissingOrDamagedRowIsMadeFromTheReports() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = try EventStore(path: dir.appendingPathComponent("e.sqlite").path)
        try s.write(try EventMergingScaleTests.synthetic(120, seed: 43) + EventListingTests.trickyRecords())
        let before = try Self.listing(s, EventStore.Filter(), EventStore.Page(), .jsonl, excel: false, fromReports: true)
        try s.pool.write { db in
            try db.execute(sql: "DELETE FROM event_listing WHERE id IN (SELECT id FROM event_listing ORDER BY id LIMIT 5)")
            try db.execute(sql: "UPDATE event_listing SET row = x'01ff' WHERE id IN (SELECT id FROM event_listing ORDER BY id DESC LIMIT 5)")
            try db.execute(sql: "UPDATE event_listing SET row = x'' WHERE id IN (SELECT id FROM event_listing ORDER BY id DESC LIMIT 1 OFFSET 6)")
        }
        #expect(try Self.listing(s, EventStore.Filter(), EventStore.Page(), .jsonl, excel: false, fromReports: false) == before)
    }

    /// A database written before the stored rows (schema v4) gets a row for every event when it is opened, and
    /// lists what it listed before.
    @Test func aVersion4DatabaseIsMigrated() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("v4.sqlite").path
        let records = try Self.records()
        do {
            // The v4 schema and its writes: the store's write of each record, no listing rows.
            let pool = try DatabasePool(path: path)
            try EventStore.migrator.migrate(pool, upTo: "v4-candidate-index")
            try pool.write { db in
                var state = try EventStore.WriteState(db)
                for r in records {
                    let json = String(decoding: r.jsonLine(), as: UTF8.self)
                    _ = try EventStore.write(r, json: json, hash: EventStore.hash(json), now: "2026-01-01T00:00:00Z", in: db, state: &state)
                }
                #expect(try !db.tableExists("event_listing"))
            }
            try pool.close()
        }
        let s = try EventStore(path: path)
        let applied = try s.pool.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied.last == "v5-event-listing")
        try Self.expectOneRowPerEvent(s)
        #expect(try Self.expectSameListings(s, "migrated") == 520)
        // And the same as a database written by this version.
        let fresh = try EventStore(path: dir.appendingPathComponent("v5.sqlite").path)
        try fresh.write(records)
        for (format, excel) in Self.formats {
            #expect(try Self.listing(s, EventStore.Filter(), EventStore.Page(), format, excel: excel, fromReports: false)
                == Self.listing(fresh, EventStore.Filter(), EventStore.Page(), format, excel: excel, fromReports: false))
        }
    }
}
