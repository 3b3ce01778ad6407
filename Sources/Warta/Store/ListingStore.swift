#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif
import GRDB

/// Each event's row of `warta db events`, stored (schema `v5-event-listing`): the table `event_listing` holds,
/// per event, the values its row prints (the event's fields, its organizers and laws, the sources, URLs and
/// warnings of its reports) in a compact binary form, so that a listing reads one row per event instead of
/// looking up its reports in the index of documents by event (about 17 µs per event in SQLite alone at
/// 1,000,000 documents, most of the cost of a long listing).
///
/// The row is made by the same code that made the listing from the reports (``ListingRow/read(event:reports:)``)
/// and written in the same transaction as the reports: a write transaction notes each event it creates, joins
/// or recomputes, and before it commits makes each noted event's row once from the event and its reports (one
/// look-up in the covering index of documents by event, whose pages the transaction has just touched; an event
/// holds a bounded number of reports, 5.5 on average at 1,000,000 documents). A deleted event loses its row. A
/// listing that finds no row for an event (or one it cannot read) makes it from the reports, as before.
extension EventStore {
    /// The columns of an event that its listing row reads, in the order of ``ListingRow/read(event:reports:)``.
    static let listingEventColumns = """
        e.id, e.type, e.date_start, e.date_end, e.venue, e.city, e.province, e.region_code, e.participants_total,
        e.organizer_names, e.law_names
        """

    /// An event's reports as its listing row reads them (the covering index of documents by event).
    static let listingReportsSQL = """
        SELECT id, url, source, published, type, date_start, date_end, venue, district, city, province, region_code,
          participants_total FROM documents WHERE event_id = ? ORDER BY published, id, source
        """

    /// v5: the table and a row for every stored event.
    static func createListings(_ db: Database) throws {
        try db.execute(sql: "CREATE TABLE event_listing (id INTEGER PRIMARY KEY, row BLOB NOT NULL)")
        let events = try RawStatement(db, sql: "SELECT \(listingEventColumns) FROM events e ORDER BY e.id")
        let writer = try ListingRowWriter(db)
        while try events.step() { try writer.store(event: events) }
    }

    /// Writes again the listing rows of these events (those a write transaction created, joined or recomputed);
    /// an event that no longer exists loses its row.
    static func storeListings(_ db: Database, events ids: Set<Int64>) throws {
        if ids.isEmpty { return }
        let event = try RawStatement(db, sql: "SELECT \(listingEventColumns) FROM events e WHERE e.id = ?")
        let writer = try ListingRowWriter(db)
        for id in ids.sorted() {
            event.rebind(id)
            if try event.step() {
                try writer.store(event: event)
            } else {
                try writer.remove(id)
            }
        }
    }
}

/// Makes and writes listing rows, its statements prepared once.
final class ListingRowWriter {
    let reports: RawStatement
    let insert: RawStatement
    let delete: RawStatement
    var row = ListingRow()
    var bytes: [UInt8] = []

    init(_ db: Database) throws {
        reports = try RawStatement(db, sql: EventStore.listingReportsSQL)
        insert = try RawStatement(db, sql: "INSERT OR REPLACE INTO event_listing (id, row) VALUES (?, ?)")
        delete = try RawStatement(db, sql: "DELETE FROM event_listing WHERE id = ?")
    }

    /// The row of the event at the current row of `event` (its columns: ``EventStore/listingEventColumns``).
    func store(event: RawStatement) throws {
        row.read(event: event, reports: reports)
        try reports.check(row.reportError)
        bytes.removeAll(keepingCapacity: true)
        row.encode(into: &bytes)
        sqlite3_reset(insert.handle)
        sqlite3_bind_int64(insert.handle, 1, row.id)
        bytes.withUnsafeBufferPointer { b in
            _ = sqlite3_bind_blob(insert.handle, 2, b.baseAddress, Int32(b.count), RawStatement.transient)
        }
        _ = try insert.step()
    }

    func remove(_ id: Int64) throws {
        delete.rebind(id)
        _ = try delete.step()
    }
}

extension RawStatement {
    /// Resets the statement and binds one integer as its only argument.
    func rebind(_ id: Int64) {
        sqlite3_reset(handle)
        sqlite3_bind_int64(handle, 1, id)
    }

    /// The column's bytes (a blob), valid until the next step; nil when NULL.
    func blob(_ column: Int32) -> UnsafeBufferPointer<UInt8>? {
        guard sqlite3_column_type(handle, column) != SQLITE_NULL else { return nil }
        let n = Int(sqlite3_column_bytes(handle, column))
        guard n > 0, let p = sqlite3_column_blob(handle, column) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: p.assumingMemoryBound(to: UInt8.self), count: n)
    }
}

/// The stored form of a listing row: a version byte, then the eight scalars and the lists of organizers, laws,
/// sources, URLs and warnings (each list its number of items first), every item as its length plus one (0 for
/// NULL) and its bytes, numbers as unsigned LEB128. The bytes are those the row holds (already valid UTF-8).
extension ListingRow {
    static let storedVersion: UInt8 = 1

    func encode(into out: inout [UInt8]) {
        func number(_ v: Int) {
            var v = UInt(v)
            while v >= 0x80 {
                out.append(UInt8(v & 0x7F) | 0x80)
                v >>= 7
            }
            out.append(UInt8(v))
        }
        func items(_ list: ByteList, counted: Bool) {
            if counted { number(list.count) }
            for i in 0..<list.count {
                if list.isNull(i) {
                    number(0)
                } else {
                    number(list.ends[i] - list.starts[i] + 1)
                    list.withItem(i) { out.append(contentsOf: $0) }
                }
            }
        }
        out.append(ListingRow.storedVersion)
        items(scalars, counted: false)
        for list in [organizers, laws, sources, urls, warnings] { items(list, counted: true) }
    }

    /// The row of event `id` from its stored form; false (the row then undefined) when the bytes are not one.
    mutating func decode(id: Int64, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        clear()
        self.id = id
        reportError = SQLITE_OK
        guard let base = b.baseAddress, b.count > 0, b[0] == ListingRow.storedVersion else { return false }
        var r = StoredRowReader(base: base, count: b.count, at: 1)
        return r.items(&scalars, count: 8) && r.counted(&organizers) && r.counted(&laws) && r.counted(&sources) && r.counted(&urls)
            && r.counted(&warnings) && r.at == r.count
    }
}

/// Reads the stored form of a listing row (``ListingRow/decode(id:_:)``), every length checked against the end.
struct StoredRowReader {
    let base: UnsafePointer<UInt8>
    let count: Int
    var at: Int

    /// An unsigned LEB128 number; nil past the end or when longer than 9 bytes.
    @inline(__always)
    mutating func number() -> Int? {
        var v = 0
        var shift = 0
        while at < count, shift < 63 {
            let byte = base[at]
            at += 1
            v |= Int(byte & 0x7F) << shift
            if byte < 0x80 { return v }
            shift += 7
        }
        return nil
    }

    mutating func items(_ list: inout ByteList, count items: Int) -> Bool {
        for _ in 0..<items {
            guard let m = number() else { return false }
            if m == 0 {
                list.starts.append(-1)
                list.ends.append(-1)
                continue
            }
            let length = m - 1
            guard length <= count - at else { return false }
            list.starts.append(list.bytes.count)
            list.bytes.append(contentsOf: UnsafeBufferPointer(start: base + at, count: length))
            list.ends.append(list.bytes.count)
            at += length
        }
        return true
    }

    /// A list: its number of items (each at least one byte), then the items.
    mutating func counted(_ list: inout ByteList) -> Bool {
        guard let n = number(), n <= count - at else { return false }
        return items(&list, count: n)
    }
}
