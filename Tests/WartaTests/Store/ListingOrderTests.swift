import Foundation
import GRDB
import Testing
@testable import Warta

/// CSV and JSON Lines formatted straight from the stored rows' bytes (``StoredRowItems``), the JSON escaping eight
/// bytes at a time, and the index of the listing's order (schema `v7-listing-order`): the same bytes as before,
/// and the plans that read the whole table and a regulation's events along the dates without sorting them.
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

    /// Each stored row formatted from its bytes gives what the row decoded and formatted gives.
    @Test func storedBytesFormatAsTheDecodedRow() throws {
        let rows = Self.trickyRows()
        var stored: [[UInt8]] = []
        for row in rows {
            var b: [UInt8] = []
            row.encode(into: &b)
            stored.append(b)
        }
        for format in [EventStore.ListingFormat.csv, .jsonl, .table] {
            let direct = try Self.formatted(format) { out in
                var items = StoredRowItems()
                for (row, b) in zip(rows, stored) {
                    b.withUnsafeBufferPointer { b in
                        let parsed = items.parse(b)
                        #expect(parsed)
                        out.addStored(id: row.id, items, b)
                    }
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

    /// A damaged row is refused exactly when decoding refuses it (it is then made from the reports).
    @Test func damagedRowsAreRefusedAsDecodingRefusesThem() {
        var b: [UInt8] = []
        Self.trickyRows()[5].encode(into: &b)
        var items = StoredRowItems()
        var row = ListingRow()
        var cases: [[UInt8]] = [[], [0x02] + b.dropFirst(), b + [0], Array(b.dropLast()), [0x01, 0xFF], [0x01] + [UInt8](repeating: 0x80, count: 12)]
        for cut in stride(from: 1, to: b.count, by: 7) { cases.append(Array(b.prefix(cut))) }
        for i in stride(from: 1, to: b.count, by: 5) {
            var c = b
            c[i] = 0xFE
            cases.append(c)
        }
        for c in cases {
            let parsed = c.withUnsafeBufferPointer { items.parse($0) }
            let decoded = c.withUnsafeBufferPointer { row.decode(id: 1, $0) }
            #expect(parsed == decoded, "\(c)")
        }
        let whole = b.withUnsafeBufferPointer { items.parse($0) }
        #expect(whole)
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
        // The listing is that of the rows sorted.
        let listed = try s.events(law).map(\.id)
        #expect(listed.count == common.1)
        #expect(try EventListingTests.written(s, .table, law) == Array(EventListingTests.reference(try s.events(law), .table).utf8))
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
                try EventStore.storeListings(db, events: Set(try Int64.fetchAll(db, sql: "SELECT id FROM events")))
            }
            try pool.close()
        }
        let s = try EventStore(path: path)
        let applied = try s.pool.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied.last == "v7-listing-order")
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
}
