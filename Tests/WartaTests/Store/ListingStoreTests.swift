import Foundation
import GRDB
import Testing
@testable import Warta

/// The stored listing rows (schemas `v5-event-listing`, `v6-listing-columns` and `v8-listing-rows`, ListingStore.swift): `warta db events` read from them must
/// give the bytes of the listing made from the events' reports, in every format, filter and page, after any
/// writes (new events, joins, changed records that leave an event or delete it), and after the migration of a
/// database written before them.
struct ListingStoreTests {
    /// The corpus's text documents and the dev split of the real news, the synthetic archive (many merges) and
    /// the reports that disagree in every way a listing shows.
    /// Writes `records` with the store's own write of each, into a database migrated only up to an older version
    /// (what that version wrote of them; the caller adds the rest of that version's writes).
    static func writeAsOlderVersion(_ records: [Warta.Record], _ db: Database) throws {
        var state = try EventStore.WriteState(db)
        for r in records {
            let json = String(decoding: r.jsonLine(), as: UTF8.self)
            _ = try EventStore.write(r, json: json, hash: EventStore.hash(json), now: "2026-01-01T00:00:00Z", in: db, state: &state)
        }
    }

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

    /// Every event has exactly one stored row, with its start date (`~` when it has none) and under the key of its
    /// place in the listing's order, which reads back.
    static func expectOneRowPerEvent(_ s: EventStore) throws {
        try s.pool.read { db in
            let events = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events") ?? -1
            let rows = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event_rows") ?? -2
            let orphans = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event_rows WHERE id NOT IN (SELECT id FROM events)") ?? -1
            #expect(events == rows && orphans == 0, "\(events) events, \(rows) listing rows, \(orphans) without an event")
            let keyed = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM event_rows l JOIN events e ON e.id = l.id AND l.day = coalesce(e.date_start, '~') AND l.k = \(EventStore.listingKeySQL)
                """) ?? -3
            #expect(keyed == events, "\(keyed) of \(events) rows under their event's start date")
            var row = ListingRow()
            for r in try Row.fetchAll(db, sql: "SELECT l.id, l.row, e.listing_sources FROM event_rows l JOIN events e ON e.id = l.id") {
                let data: Data = r[1]
                #expect(data.withUnsafeBytes { row.decode(id: r[0], $0.bindMemory(to: UInt8.self)) })
                // The table's sources cell is the row's sources joined.
                #expect((r[2] as String?) == row.sources.strings.joined(separator: "; "))
            }
            // `event_laws` holds each line of every event's law_names, and no other.
            var lines = Set<[String]>()
            for r in try Row.fetchAll(db, sql: "SELECT id, law_names FROM events") {
                let id: Int64 = r[0]
                for line in ((r[1] as String?) ?? "").split(separator: "\n", omittingEmptySubsequences: true) {
                    lines.insert([String(id), String(line).lowercased()])
                }
            }
            let stored = try Row.fetchAll(db, sql: "SELECT id, law FROM event_laws").map { [String($0[0] as Int64), ($0[1] as String).lowercased()] }
            #expect(stored.count == Set(stored).count)
            #expect(Set(stored) == lines)
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
        let common = try s.pool.read { db in try String.fetchOne(db, sql: "SELECT law FROM event_laws GROUP BY law ORDER BY COUNT(*) DESC") ?? "" }
        #expect(!common.isEmpty)
        var commonLaw = EventStore.Filter()
        commonLaw.law = common
        var listings: [[UInt8]] = []
        for f in [EventStore.Filter(), commonLaw] {
            for format in [EventStore.ListingFormat.csv, .jsonl] {
                listings.append(try Self.listing(s, f, EventStore.Page(), format, excel: false, fromReports: true))
            }
        }
        try s.pool.write { db in
            try db.execute(sql: "DELETE FROM event_rows WHERE id IN (SELECT id FROM event_rows ORDER BY id LIMIT 5)")
            try db.execute(sql: "UPDATE event_rows SET row = x'01ff' WHERE id IN (SELECT id FROM event_rows ORDER BY id DESC LIMIT 5)")
            try db.execute(sql: "UPDATE event_rows SET row = x'' WHERE id IN (SELECT id FROM event_rows ORDER BY id DESC LIMIT 1 OFFSET 6)")
            // Rows under another date than their event's (found by their id), and a row of no event.
            try db.execute(sql: "UPDATE event_rows SET day = '2000-01-01' WHERE id IN (SELECT id FROM event_rows ORDER BY id LIMIT 3 OFFSET 20)")
            try db.execute(sql: "UPDATE event_rows SET day = '~~' WHERE id IN (SELECT id FROM event_rows ORDER BY id LIMIT 2 OFFSET 40)")
            try db.execute(sql: "INSERT INTO event_rows (k, day, id, row) SELECT 3 << 60, day, 999999, row FROM event_rows ORDER BY id LIMIT 1 OFFSET 50")
            // Rows out of the order of the keys.
            try db.execute(sql: "UPDATE event_rows SET k = -id WHERE id IN (SELECT id FROM event_rows ORDER BY id LIMIT 2 OFFSET 60)")
            try db.execute(sql: "UPDATE event_rows SET k = (1 << 62) + id WHERE id IN (SELECT id FROM event_rows ORDER BY id LIMIT 2 OFFSET 70)")
        }
        #expect(try Self.listing(s, EventStore.Filter(), EventStore.Page(), .jsonl, excel: false, fromReports: false) == before)
        var again: [[UInt8]] = []
        for f in [EventStore.Filter(), commonLaw] {
            for format in [EventStore.ListingFormat.csv, .jsonl] {
                again.append(try Self.listing(s, f, EventStore.Page(), format, excel: false, fromReports: false))
            }
        }
        #expect(again == listings)
        try Self.expectSameListings(s, "damaged")
        // A table whose sources cell is missing makes it from the reports; a name that `event_laws` holds but the
        // event's law_names does not lists nothing.
        let table = try Self.listing(s, EventStore.Filter(), EventStore.Page(), .table, excel: false, fromReports: true)
        try s.pool.write { db in
            try db.execute(sql: "UPDATE events SET listing_sources = NULL WHERE id IN (SELECT id FROM events ORDER BY id LIMIT 7)")
            try db.execute(sql: "INSERT INTO event_laws (law, id) SELECT 'UU 99/2099', id FROM events")
        }
        #expect(try Self.listing(s, EventStore.Filter(), EventStore.Page(), .table, excel: false, fromReports: false) == table)
        var law = EventStore.Filter()
        law.law = "UU 99/2099"
        #expect(try s.events(law).isEmpty)
        for (format, excel) in Self.formats {
            #expect(try Self.listing(s, law, EventStore.Page(), format, excel: excel, fromReports: false)
                == Self.listing(s, law, EventStore.Page(), format, excel: excel, fromReports: true))
        }
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
                try Self.writeAsOlderVersion(records, db)
                #expect(try !db.tableExists("event_listing"))
            }
            try pool.close()
        }
        let s = try EventStore(path: path)
        let applied = try s.pool.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied.suffix(4) == ["v5-event-listing", "v6-listing-columns", "v7-listing-order", "v8-listing-rows"])
        try Self.expectOneRowPerEvent(s)
        #expect(try Self.expectSameListings(s, "migrated") == 520)
        // And the same as a database written by this version.
        let fresh = try EventStore(path: dir.appendingPathComponent("v6.sqlite").path)
        try fresh.write(records)
        for (format, excel) in Self.formats {
            #expect(try Self.listing(s, EventStore.Filter(), EventStore.Page(), format, excel: excel, fromReports: false)
                == Self.listing(fresh, EventStore.Filter(), EventStore.Page(), format, excel: excel, fromReports: false))
        }
    }

    /// A database written with stored rows but without the table's sources cell and `event_laws` (schema v5)
    /// gets them when it is opened (its rows kept, a missing or damaged one made again), and lists what it listed
    /// before and what a database written by this version lists.
    @Test func aVersion5DatabaseIsMigrated() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("v5.sqlite").path
        let records = try Self.records()
        var v5Rows: [Int64: [UInt8]] = [:]
        do {
            // The v5 schema and its writes: each record, then every event's row as v5 wrote it.
            let pool = try DatabasePool(path: path)
            try EventStore.migrator.migrate(pool, upTo: "v5-event-listing")
            try pool.write { db in
                try Self.writeAsOlderVersion(records, db)
                let events = try RawStatement(db, sql: "SELECT \(EventStore.listingEventColumns) FROM events e ORDER BY e.id")
                let reports = try RawStatement(db, sql: EventStore.listingReportsSQL)
                var row = ListingRow()
                while try events.step() {
                    row.read(event: events, reports: reports)
                    var bytes: [UInt8] = []
                    row.encode(into: &bytes)
                    v5Rows[row.id] = bytes
                    try db.execute(sql: "INSERT INTO event_listing (id, row) VALUES (?, ?)", arguments: [row.id, Data(bytes)])
                }
                #expect(try db.tableExists("event_listing") && !db.tableExists("event_laws"))
                #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE name = 'events_laws'") == 1)
                // One row missing, one damaged.
                try db.execute(sql: "DELETE FROM event_listing WHERE id = (SELECT MIN(id) FROM event_listing)")
                try db.execute(sql: "UPDATE event_listing SET row = x'01ff' WHERE id = (SELECT MAX(id) FROM event_listing)")
            }
            try pool.close()
        }
        #expect(v5Rows.count > 150)
        let s = try EventStore(path: path)
        let applied = try s.pool.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied.last == "v8-listing-rows")
        try s.pool.read { db in
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE name = 'events_laws'") == 0)
            // Every row as v5 made it (the missing and the damaged one made again).
            for r in try Row.fetchAll(db, sql: "SELECT id, row FROM event_rows") {
                let data: Data = r[1]
                #expect(v5Rows[r[0]] == [UInt8](data))
            }
        }
        try Self.expectOneRowPerEvent(s)
        #expect(try Self.expectSameListings(s, "migrated from v5") == 520)
        let fresh = try EventStore(path: dir.appendingPathComponent("v6.sqlite").path)
        try fresh.write(records)
        for f in try Self.filters(s) {
            for (format, excel) in Self.formats {
                #expect(try Self.listing(s, f, EventStore.Page(), format, excel: excel, fromReports: false)
                    == Self.listing(fresh, f, EventStore.Page(), format, excel: excel, fromReports: false))
            }
        }
    }
}
