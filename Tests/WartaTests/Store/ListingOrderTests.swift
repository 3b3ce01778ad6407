import Foundation
import GRDB
import Testing
@testable import Warta

/// CSV and JSON Lines formatted straight from the stored rows' bytes in one pass (ListingOutput.swift), the JSON
/// escaping eight bytes at a time, the index of the listing's order (schema `v7-listing-order`) and the rows kept
/// in that order (`v8-listing-rows`): the same bytes as before, the plans that read the whole table and a
/// regulation's events along the dates without sorting them, and rows that move with their event's start date.
struct ListingOrderTests {
    /// Rows with every kind of value the formats treat apart: NULL and empty scalars, quotes, commas, line
    /// breaks (LF, CR, CR LF), control bytes, backslashes, text beyond ASCII, empty lists and lists of one and
    /// of many items.
    static func trickyRows() -> [ListingRow] {
        let texts: [String?] = [
            nil, "", "plain", "a,b", "say \"hi\"", "line\nbreak", "cr\rhere", "crlf\r\nhere", "tab\tand\u{1}ctl",
            "back\\slash", "Gedung Sérbaguna", "Se\u{301}rbaguna \"q\", x\r\n", String(repeating: "long ", count: 20),
            "exactly8", "1234567\"", "\u{7f}\u{80}ok",
        ]
        var rows: [ListingRow] = []
        for n in texts.indices {
            var row = ListingRow()
            row.id = Int64(n * 1_000 + 7)
            for k in 0..<8 {
                let v = k == 7 ? (n % 3 == 0 ? nil : String(n * 11)) : texts[(n + k) % texts.count]
                if let v { row.scalars.append(v) } else { row.scalars.append(nil as UnsafeBufferPointer<UInt8>?) }
            }
            let lists = [\ListingRow.organizers, \ListingRow.laws, \ListingRow.sources, \ListingRow.urls, \ListingRow.warnings]
            for (k, list) in lists.enumerated() {
                for i in 0..<((n + k) % 4) {
                    if let v = texts[(n * 3 + k + i) % texts.count] { row[keyPath: list].append(v) } else { row[keyPath: list].append(nil as UnsafeBufferPointer<UInt8>?) }
                }
            }
            rows.append(row)
        }
        return rows
    }

    static func formatted(_ format: EventStore.ListingFormat, _ body: (inout ListingWriter) -> Void) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var out = ListingWriter(format: format, excel: false) { bytes += $0 }
        body(&out)
        _ = try out.finish()
        return bytes
    }

    /// Rows of random values drawn from those of ``trickyRows()`` (lists of up to 5 items).
    static func randomRows(_ n: Int) -> [ListingRow] {
        let texts = trickyRows().flatMap { row in (0..<row.scalars.count).map { row.scalars.string($0) } }
        var generator = SystemRandomNumberGenerator()
        func text() -> String? { texts.randomElement(using: &generator) ?? nil }
        var rows: [ListingRow] = []
        for i in 0..<n {
            var row = ListingRow()
            row.id = Int64(i) - 3
            for _ in 0..<8 {
                if let v = text() { row.scalars.append(v) } else { row.scalars.append(nil as UnsafeBufferPointer<UInt8>?) }
            }
            for list in [\ListingRow.organizers, \ListingRow.laws, \ListingRow.sources, \ListingRow.urls, \ListingRow.warnings] {
                for _ in 0..<Int.random(in: 0...5, using: &generator) {
                    if let v = text() { row[keyPath: list].append(v) } else { row[keyPath: list].append(nil as UnsafeBufferPointer<UInt8>?) }
                }
            }
            rows.append(row)
        }
        return rows
    }

    /// Each stored row formatted from its bytes gives what the row decoded and formatted gives.
    @Test func storedBytesFormatAsTheDecodedRow() throws {
        let rows = Self.trickyRows() + Self.randomRows(300)
        var stored: [[UInt8]] = []
        for row in rows {
            var b: [UInt8] = []
            row.encode(into: &b)
            stored.append(b)
        }
        for format in [EventStore.ListingFormat.csv, .jsonl, .table] {
            let direct = try Self.formatted(format) { out in
                for (row, b) in zip(rows, stored) {
                    let written = b.withUnsafeBufferPointer { out.addStored(id: row.id, $0) }
                    #expect(written)
                }
            }
            let decoded = try Self.formatted(format) { out in
                var row = ListingRow()
                for (r, b) in zip(rows, stored) {
                    let decoded = b.withUnsafeBufferPointer { row.decode(id: r.id, $0) }
                    #expect(decoded)
                    try? out.add(row)
                }
            }
            #expect(direct == decoded, "\(format)")
            #expect(!direct.isEmpty)
        }
    }

    /// A damaged row is refused exactly when decoding refuses it, with nothing written (it is then made from the
    /// reports).
    @Test func damagedRowsAreRefusedAsDecodingRefusesThem() throws {
        var b: [UInt8] = []
        Self.trickyRows()[5].encode(into: &b)
        var row = ListingRow()
        var cases: [[UInt8]] = [[], [0x02] + b.dropFirst(), b + [0], Array(b.dropLast()), [0x01, 0xFF], [0x01] + [UInt8](repeating: 0x80, count: 12)]
        for cut in stride(from: 1, to: b.count, by: 7) { cases.append(Array(b.prefix(cut))) }
        for i in stride(from: 1, to: b.count, by: 5) {
            var c = b
            c[i] = 0xFE
            cases.append(c)
        }
        for format in [EventStore.ListingFormat.csv, .jsonl] {
            var refused = 0
            for c in cases {
                let decoded = c.withUnsafeBufferPointer { row.decode(id: 1, $0) }
                var written = false
                let bytes = try Self.formatted(format) { out in
                    out.out.removeAll()
                    written = c.withUnsafeBufferPointer { out.addStored(id: 1, $0) }
                }
                #expect(written == decoded, "\(format) \(c)")
                if !decoded {
                    #expect(bytes.isEmpty, "\(format) \(c)")
                    refused += 1
                }
            }
            #expect(refused > 10)
            let whole = try Self.formatted(format) { out in _ = b.withUnsafeBufferPointer { out.addStored(id: 1, $0) } }
            #expect(whole.count > 20)
        }
    }

    /// The escaping that skips eight bytes at a time escapes what the byte-by-byte loop escapes.
    @Test func jsonEscapingEightBytesAtATime() {
        func reference(_ s: [UInt8]) -> [UInt8] {
            var out: [UInt8] = [0x22]
            let hex = Array("0123456789abcdef".utf8)
            for b in s {
                switch b {
                case 0x22, 0x5C: out += [0x5C, b]
                case 0x0A: out += Array("\\n".utf8)
                case 0x0D: out += Array("\\r".utf8)
                case 0x09: out += Array("\\t".utf8)
                case 0..<0x20: out += Array("\\u00".utf8) + [hex[Int(b >> 4)], hex[Int(b & 0xF)]]
                default: out.append(b)
                }
            }
            return out + [0x22]
        }
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x41, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xA0, 0xC3, 0xE9, 0xFF]
        for n in 0..<400 {
            let length = n % 40
            var s: [UInt8] = []
            for _ in 0..<length {
                // Mostly plain bytes, so that runs of eight are skipped whole.
                s.append(Int.random(in: 0..<4, using: &generator) == 0 ? alphabet.randomElement(using: &generator) ?? 0x41 : UInt8.random(in: 0x23...0x5B, using: &generator))
            }
            var out: [UInt8] = []
            s.withUnsafeBufferPointer { JSONByteWriter.appendString($0, to: &out) }
            #expect(out == reference(s), "\(s)")
            // Through a pointer (ListingOutput.swift), into room of 6 bytes per byte and 2.
            let room = UnsafeMutablePointer<UInt8>.allocate(capacity: 6 * s.count + 2)
            defer { room.deallocate() }
            let end = s.withUnsafeBufferPointer { RawOutput.jsonString($0.baseAddress ?? UnsafePointer(room), s.count, room) }
            #expect(Array(UnsafeBufferPointer(start: room, count: end - room)) == reference(s), "\(s)")
        }
    }

    /// A database at v7 reads the table of every event, and the events of a regulation most events cite, along
    /// the index of the listing's order: no temporary B-tree sorts them, no row of `events` is read.
    @Test func theTableAndACommonRegulationAreNotSorted() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = try EventStore(path: dir.appendingPathComponent("v7.sqlite").path)
        try s.write(try EventMergingScaleTests.synthetic(300, seed: 7))
        let laws = try s.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT law, COUNT(*) FROM event_laws GROUP BY law ORDER BY 2 DESC").map { ($0[0] as String, $0[1] as Int) }
        }
        let events = try s.count(EventStore.Filter())
        guard let common = laws.first else {
            Issue.record("no regulation in the synthetic archive")
            return
        }
        #expect(common.1 * 4 > events)
        func plan(_ f: EventStore.Filter, _ columns: String) throws -> String {
            try s.pool.read { db in
                let (whereSQL, args) = try EventStore.whereClause(f, db)
                let order = EventStore.SortKey.date.terms(descending: false)
                return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT \(columns) FROM events e \(whereSQL) ORDER BY \(order)",
                                        arguments: StatementArguments(args)).map { $0["detail"] as String }.joined(separator: "\n")
            }
        }
        var law = EventStore.Filter()
        law.law = common.0
        for f in [EventStore.Filter(), law] {
            let p = try plan(f, EventStore.tableEventColumns)
            #expect(!p.contains("TEMP B-TREE"), "\(p)")
            #expect(p.contains("COVERING INDEX events_listing"), "\(p)")
        }
        // CSV and JSON Lines of a whole listing read each row in the same query, along the dates.
        let p = try plan(EventStore.Filter(), "e.id")
        #expect(!p.contains("TEMP B-TREE"), "\(p)")
        // Every event, or a common regulation's, in date order: their keys along an index, the rows in one pass
        // over `event_rows` in the order of its key (no sort, no look-up).
        for f in [EventStore.Filter(), law] {
            let p = try plan(f, "coalesce(e.date_start, '~'), e.id")
            #expect(!p.contains("TEMP B-TREE") && p.contains("COVERING INDEX"), "\(p)")
        }
        let rows = try s.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT day, id, row FROM event_rows ORDER BY k").map { $0["detail"] as String }.joined(separator: "\n")
        }
        #expect(rows.contains("SCAN event_rows") && !rows.contains("TEMP B-TREE") && !rows.contains("INDEX"), "\(rows)")
        // Another whole listing reads each row by its key in the same query.
        let joined = try s.pool.read { db in
            try Row.fetchAll(db, sql: """
                EXPLAIN QUERY PLAN SELECT e.id, l.row FROM events e LEFT JOIN event_rows l ON l.k = \(EventStore.listingKeySQL) AND l.id = e.id
                WHERE e.type = 'bimtek' ORDER BY \(EventStore.SortKey.date.terms(descending: false))
                """).map { $0["detail"] as String }.joined(separator: "\n")
        }
        #expect(joined.contains("SEARCH l USING INTEGER PRIMARY KEY (rowid=?)"), "\(joined)")
        // The listing is that of the rows sorted.
        let listed = try s.events(law).map(\.id)
        #expect(listed.count == common.1)
        #expect(try EventListingTests.written(s, .table, law) == Array(EventListingTests.reference(try s.events(law), .table).utf8))
    }

    /// A regulation that more than a quarter of the events cite is checked on each stored row (CSV, JSON Lines) or
    /// on each event's `law_names` along `events_listing` (the table), not in SQL: names in either case, with a CR
    /// (alone or in a CR LF), beyond ASCII, with empty lines, with spaces or `LIKE`'s wildcards, and a name that
    /// `event_laws` holds but `law_names` does not, list exactly what the filter in SQL lists, in every format; the
    /// keys come from the narrow `events_order`, and the connection gets its page cache back.
    @Test func aCommonRegulationIsCheckedOnTheRowAsTheFilterChecksIt() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = try EventStore(path: dir.appendingPathComponent("laws.sqlite").path)
        try s.write(try EventMergingScaleTests.synthetic(300, seed: 17) + EventListingTests.trickyRecords())
        let common = try s.pool.read { db in try String.fetchOne(db, sql: "SELECT law FROM event_laws GROUP BY law ORDER BY COUNT(*) DESC") ?? "" }
        #expect(!common.isEmpty)
        let variants = [common.lowercased(), common.uppercased(), common + "\r", "\r\n" + common, common + "\r\nUU 1/2000", "x\n\n" + common,
                        "Sérbaguna\n" + common, "Sérbaguna", common + " ", " " + common, common + "\u{e9}", "", "UU 1/2000\n\n",
                        common.replacingOccurrences(of: " ", with: "_"), common.replacingOccurrences(of: "/", with: "%"), common + "\r\n" + common]
        try s.pool.write { db in
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM events ORDER BY id LIMIT ?", arguments: [variants.count * 2])
            #expect(ids.count == variants.count * 2)
            for (i, id) in ids.enumerated() {
                try db.execute(sql: "UPDATE events SET law_names = ? WHERE id = ?", arguments: [variants[i % variants.count], id])
            }
            try EventStore.storeListings(db, events: Set(ids))
            // A name that `event_laws` holds for every event but no event's law_names names.
            try db.execute(sql: "INSERT INTO event_laws (law, id) SELECT 'UU 99/2099', id FROM events")
        }
        var listedCommon = 0
        for name in [common, common.lowercased(), common.uppercased(), "UU 99/2099", common + " ", common.replacingOccurrences(of: " ", with: "_")] {
            let isCommon = try s.pool.read { db in try EventStore.commonLaw(name, db) != nil }
            var f = EventStore.Filter()
            f.law = name
            let expected = try s.pool.read { db in
                let (whereSQL, args) = try EventStore.whereClause(f, db)
                return try Int64.fetchAll(db, sql: "SELECT e.id FROM events e \(whereSQL) ORDER BY \(EventStore.SortKey.date.terms(descending: false))",
                                          arguments: StatementArguments(args))
            }
            if isCommon { listedCommon = max(listedCommon, expected.count) }
            #expect(try s.events(f).map(\.id) == expected, "\(name)")
            for (format, excel) in ListingStoreTests.formats {
                let stored = try ListingStoreTests.listing(s, f, EventStore.Page(), format, excel: excel, fromReports: false)
                #expect(try stored == ListingStoreTests.listing(s, f, EventStore.Page(), format, excel: excel, fromReports: true), "\(name) \(format)")
                if format == .jsonl {
                    let ids = String(decoding: stored, as: UTF8.self).split(separator: "\n").compactMap { line in
                        line.split(separator: ",").first.flatMap { Int64($0.dropFirst("{\"event_id\":".count)) }
                    }
                    #expect(ids == expected, "\(name)")
                }
            }
        }
        // The common names went through the checks on the rows, and listed events.
        #expect(try s.pool.read { db in try EventStore.commonLaw(common.lowercased(), db) } != nil)
        #expect(try s.pool.read { db in try EventStore.commonLaw("UU 99/2099", db) } != nil)
        #expect(listedCommon > 0)
        // The keys along the narrow index, the table along the index of the listing's order, neither sorted, and
        // no row of `events` read: SQLite names the narrow index "USING INDEX" (it holds the start date only in
        // the expression), but reads the expression from the index and never seeks the row.
        try s.pool.read { db in
            let events = try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'events'")
            for (sql, index) in [(EventStore.orderKeysSQL, "INDEX events_order"), (EventStore.tableWithLawsSQL, "COVERING INDEX events_listing")] {
                let p = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }.joined(separator: "\n")
                #expect(p.contains(index) && !p.contains("TEMP B-TREE"), "\(p)")
                let code = try Row.fetchAll(db, sql: "EXPLAIN " + sql)
                let table = code.filter { ($0["opcode"] as String) == "OpenRead" && ($0["p2"] as Int?) == events }.map { $0["p1"] as Int }
                let read = code.filter { ["Column", "Rowid", "SeekRowid", "NotExists"].contains($0["opcode"] as String) && table.contains($0["p1"] as Int) }
                #expect(read.isEmpty, "\(sql)")
            }
        }
        for _ in 0..<4 {
            #expect(try s.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA cache_size") } == -524288)
        }
    }

    /// The check of a stored row's regulations against the decoded row: `yes` exactly when a plain ASCII regulation
    /// is the name in either case, `unsure` for rows that cannot be read and regulations beyond ASCII or with a line
    /// break, `no` otherwise.
    @Test func aRowsRegulationsAreComparedAsTheFilterComparesThem() throws {
        let law = Array("UU 13/2011".utf8)
        for row in Self.trickyRows() + Self.randomRows(300) + [Self.rowWithLaws(["uu 13/2011"]), Self.rowWithLaws(["X", "UU 13/2011"]),
                                                                Self.rowWithLaws(["UU 13/2011 "]), Self.rowWithLaws(["Sérbaguna", "UU 13/2011"]),
                                                                Self.rowWithLaws(["UU 13/2011\r"]), Self.rowWithLaws(["UU 13/2O11"])] {
            var bytes: [UInt8] = []
            row.encode(into: &bytes)
            let laws = row.laws.strings.map { Array($0.utf8) }
            let plain = laws.allSatisfy { l in l.allSatisfy { $0 < 0x80 && $0 != 0x0A && $0 != 0x0D && $0 != 0 } }
            let named = laws.contains { l in
                l.count == law.count && zip(l, law).allSatisfy { a, b in a < 0x80 && String(UnicodeScalar(a)).lowercased() == String(UnicodeScalar(b)).lowercased() }
            }
            let got = bytes.withUnsafeBufferPointer { ListingRow.storedLaws($0, cite: law) }
            #expect(got == (named ? .yes : (plain ? .no : .unsure)), "\(row.laws.strings)")
            // Cut short or with a byte more, the bytes are no row.
            for cut in [bytes.dropLast(), bytes + [0]] {
                #expect(Array(cut).withUnsafeBufferPointer { ListingRow.storedLaws($0, cite: law) } == .unsure)
            }
        }
        #expect([UInt8]().withUnsafeBufferPointer { ListingRow.storedLaws($0, cite: law) } == .unsure)
    }

    static func rowWithLaws(_ laws: [String]) -> ListingRow {
        var row = ListingRow()
        row.id = 5
        for _ in 0..<8 { row.scalars.append("v") }
        for l in laws { row.laws.append(l) }
        return row
    }

    /// A database at v6 gets the index when it is opened, and lists what it listed.
    @Test func aVersion6DatabaseIsMigrated() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("v6.sqlite").path
        let records = try EventMergingScaleTests.synthetic(200, seed: 3) + EventListingTests.trickyRecords()
        do {
            let pool = try DatabasePool(path: path)
            try EventStore.migrator.migrate(pool, upTo: "v6-listing-columns")
            try pool.write { db in
                try ListingStoreTests.writeAsOlderVersion(records, db)
                try EventStore.storeListings(db, events: Set(try Int64.fetchAll(db, sql: "SELECT id FROM events")), layout: .byID)
            }
            try pool.close()
        }
        let s = try EventStore(path: path)
        let applied = try s.pool.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied.last == "v8-listing-rows")
        #expect(try s.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM sqlite_master WHERE name = 'events_listing'") } == 1)
        let fresh = try EventStore(path: dir.appendingPathComponent("v7.sqlite").path)
        try fresh.write(records)
        for (format, excel) in ListingStoreTests.formats {
            #expect(try ListingStoreTests.listing(s, EventStore.Filter(), EventStore.Page(), format, excel: excel, fromReports: false)
                == ListingStoreTests.listing(fresh, EventStore.Filter(), EventStore.Page(), format, excel: excel, fromReports: false))
            #expect(try ListingStoreTests.listing(s, EventStore.Filter(), EventStore.Page(), format, excel: excel, fromReports: false)
                == ListingStoreTests.listing(s, EventStore.Filter(), EventStore.Page(), format, excel: excel, fromReports: true))
        }
    }

    /// A database at v7 gets its rows moved into the listing's order when it is opened (a damaged row moved as it
    /// is, and made from the reports when listed), and lists what it listed.
    @Test func aVersion7DatabaseIsMigrated() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("v7.sqlite").path
        let records = try EventMergingScaleTests.synthetic(200, seed: 5) + EventListingTests.trickyRecords()
        var v7Rows = 0
        do {
            let pool = try DatabasePool(path: path)
            try EventStore.migrator.migrate(pool, upTo: "v7-listing-order")
            try pool.write { db in
                try ListingStoreTests.writeAsOlderVersion(records, db)
                try EventStore.storeListings(db, events: Set(try Int64.fetchAll(db, sql: "SELECT id FROM events")), layout: .byID)
                try db.execute(sql: "UPDATE event_listing SET row = x'01ff' WHERE id = (SELECT MAX(id) FROM event_listing)")
                v7Rows = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event_listing") ?? 0
                #expect(try !db.tableExists("event_rows"))
            }
            try pool.close()
        }
        #expect(v7Rows > 100)
        let s = try EventStore(path: path)
        let applied = try s.pool.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied.suffix(2) == ["v7-listing-order", "v8-listing-rows"])
        let (old, moved, damaged) = try s.pool.read { db in
            (try db.tableExists("event_listing"), try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event_rows"),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event_rows WHERE row = x'01ff'"))
        }
        #expect(!old)
        #expect(moved == v7Rows)
        #expect(damaged == 1)
        let fresh = try EventStore(path: dir.appendingPathComponent("v8.sqlite").path)
        try fresh.write(records)
        try ListingStoreTests.expectOneRowPerEvent(fresh)
        for f in try ListingStoreTests.filters(s) {
            for (format, excel) in ListingStoreTests.formats {
                let migrated = try ListingStoreTests.listing(s, f, EventStore.Page(), format, excel: excel, fromReports: false)
                #expect(try migrated == ListingStoreTests.listing(fresh, f, EventStore.Page(), format, excel: excel, fromReports: false))
                #expect(try migrated == ListingStoreTests.listing(s, f, EventStore.Page(), format, excel: excel, fromReports: true))
            }
        }
    }

    /// A row moves to its event's new key when the event's start date changes (to another day, to none, and back),
    /// and the listings in the order of the rows stay those made from the reports.
    @Test func aRowMovesWithItsEventsStartDate() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = try EventStore(path: dir.appendingPathComponent("e.sqlite").path)
        try s.write(try EventMergingScaleTests.synthetic(150, seed: 11) + EventListingTests.trickyRecords())
        let ids = try s.pool.read { try Int64.fetchAll($0, sql: "SELECT id FROM events WHERE date_start IS NOT NULL ORDER BY id LIMIT 6") }
        #expect(ids.count == 6)
        let common = try s.pool.read { db in try String.fetchOne(db, sql: "SELECT law FROM event_laws GROUP BY law ORDER BY COUNT(*) DESC") ?? "" }
        #expect(!common.isEmpty)
        var law = EventStore.Filter()
        law.law = common
        func expectListed(_ note: String) throws {
            try ListingStoreTests.expectOneRowPerEvent(s)
            for f in [EventStore.Filter(), law] {
                for (format, excel) in ListingStoreTests.formats {
                    #expect(try ListingStoreTests.listing(s, f, EventStore.Page(), format, excel: excel, fromReports: false)
                        == ListingStoreTests.listing(s, f, EventStore.Page(), format, excel: excel, fromReports: true), "\(note) \(format)")
                }
            }
        }
        for (step, dates) in [["2030-01-01", "2010-05-05", nil, "~", "", "2018-02-03"], [nil, "2010-05-05", "2030-01-02", "2019-09-09", "2011-01-01", nil]].enumerated() {
            try s.pool.write { db in
                for (id, date) in zip(ids, dates) {
                    try db.execute(sql: "UPDATE events SET date_start = ? WHERE id = ?", arguments: [date, id])
                }
                try EventStore.storeListings(db, events: Set(ids))
                let moved = try Row.fetchAll(db, sql: "SELECT id, day FROM event_rows WHERE id IN (\(ids.map(String.init).joined(separator: ",")))")
                #expect(moved.count == ids.count)
                for r in moved {
                    let id: Int64 = r[0]
                    let day: String = r[1]
                    let index = try #require(ids.firstIndex(of: id))
                    #expect(day == (dates[index] ?? "~"), "step \(step): event \(id)")
                }
            }
            try expectListed("step \(step)")
        }
    }

    /// The key of a row (``EventStore/listingKey(day:id:)``) is the one SQL computes (``EventStore/listingKeySQL``),
    /// and orders the dates `YYYY-MM-DD` as their texts, the undated after them.
    @Test func theKeyOfARowIsInTheListingsOrder() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = try EventStore(path: dir.appendingPathComponent("k.sqlite").path)
        let days: [String?] = [nil, "2021-03-04", "0000-00-00", "9999-12-31", "2021-3-04", "abcd-ef-gh", "", "~", "2021-03-04x",
                               "2021/03/04", "١٢٣٤-٥٦-٧٨", "2021-13-99"]
        let ids: [Int64] = [1, 7, 4_294_967_295, 4_294_967_296, 0, -5, 123_456]
        try s.pool.read { db in
            for day in days {
                for id in ids {
                    let sql = try Int64.fetchOne(db, sql: "SELECT \(EventStore.listingKeySQL) FROM (SELECT ? AS id, ? AS date_start) e", arguments: [id, day])
                    let swift: Int64
                    if let day {
                        swift = Array(day.utf8).withUnsafeBufferPointer { EventStore.listingKey(day: $0, id: id) }
                    } else {
                        swift = EventStore.listingKey(day: nil, id: id)
                    }
                    #expect(sql == swift, "\(day ?? "NULL") \(id)")
                }
            }
        }
        var generator = SystemRandomNumberGenerator()
        var keyed: [(String, Int64, Int64)] = []
        for _ in 0..<500 {
            let day = String(format: "%04d-%02d-%02d", Int.random(in: 0...9999, using: &generator), Int.random(in: 0...99, using: &generator),
                             Int.random(in: 0...99, using: &generator))
            let id = Int64.random(in: 1..<(1 << 32), using: &generator)
            keyed.append((day, id, Array(day.utf8).withUnsafeBufferPointer { EventStore.listingKey(day: $0, id: id) }))
        }
        let undated = Int64.random(in: 1..<(1 << 32), using: &generator)
        keyed.append(("~", undated, EventStore.listingKey(day: nil, id: undated)))
        let byText = keyed.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
        #expect(byText == keyed.map(\.2).sorted())
    }
}
