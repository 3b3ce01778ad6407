#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif
import Foundation
import GRDB

/// Each event's row of `warta db events`, stored (schema `v5-event-listing`): the table `event_listing` holds,
/// per event, the values its row prints (the event's fields, its organizers and laws, the sources, URLs and
/// warnings of its reports) in a compact binary form, so that a listing reads one row per event instead of
/// looking up its reports in the index of documents by event (about 17 µs per event in SQLite alone at
/// 1,000,000 documents, most of the cost of a long listing).
///
/// Since `v6-listing-columns` the two things a table and a regulation's filter read are kept where they are
/// cheapest to read: the sources cell of the table (`events.listing_sources`, the reports' sources joined by
/// `; `), so that the table, whose other cells are columns of `events`, reads no listing row at all; and each
/// event's regulations one per row in `event_laws` (law, event), so that `--law` reads one range of it instead
/// of testing every event's `law_names`.
///
/// The row is made by the same code that made the listing from the reports (``ListingRow/read(event:reports:)``)
/// and written in the same transaction as the reports: a write transaction notes each event it creates, joins
/// or recomputes, and before it commits makes each noted event's row once from the event and its reports (one
/// look-up in the covering index of documents by event, whose pages the transaction has just touched; an event
/// holds a bounded number of reports, 5.5 on average at 1,000,000 documents). A row whose bytes have not
/// changed is not written again; `listing_sources` and `event_laws` are written only when they change (a report
/// that joins an event from the same source with the same regulations writes neither). A deleted event loses
/// its row and its regulations. A listing that finds no row for an event (or one it cannot read), or no
/// `listing_sources`, makes it from the reports, as before.
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

    /// v5: the table (its rows are made by v6).
    static func createListingTable(_ db: Database) throws {
        try db.execute(sql: "CREATE TABLE event_listing (id INTEGER PRIMARY KEY, row BLOB NOT NULL)")
    }

    /// v6: the table's sources cell in `events`, the table of (law, event), and every event's row, its sources
    /// cell and its regulations (a v5 row that reads back is kept).
    static func createListingColumns(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE events ADD COLUMN listing_sources TEXT;
            CREATE TABLE event_laws (law TEXT NOT NULL COLLATE NOCASE, id INTEGER NOT NULL, PRIMARY KEY (law, id)) WITHOUT ROWID;
            DROP INDEX IF EXISTS events_laws;
            """)
        let events = try RawStatement(db, sql: "SELECT \(listingWriterColumns) FROM events e ORDER BY e.id")
        let writer = try ListingRowWriter(db, lawsStored: false)
        while try events.step() { try writer.store(event: events) }
    }

    /// v7: the index `events_listing`, in the order of the listing (start date, id), of the columns that the
    /// table prints and that `--law` checks (``tableEventColumns`` and `law_names`): the whole table, or a
    /// regulation's events along the dates, is read from its entries in one pass, no row of `events` looked up.
    static func createListingOrderIndex(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX events_listing ON events(coalesce(date_start, '~'), id, type, date_start, date_end, city, province,
              participants_total, organizer_names, listing_sources, law_names)
            """)
    }

    /// What the writer reads of an event: ``listingEventColumns`` and the stored sources cell.
    static let listingWriterColumns = listingEventColumns + ", e.listing_sources"

    /// Writes again the listing rows of these events (those a write transaction created, joined or recomputed);
    /// an event that no longer exists loses its row.
    static func storeListings(_ db: Database, events ids: Set<Int64>) throws {
        if ids.isEmpty { return }
        let event = try RawStatement(db, sql: "SELECT \(listingWriterColumns) FROM events e WHERE e.id = ?")
        let writer = try ListingRowWriter(db, lawsStored: true)
        for id in ids.sorted() {
            event.rebind(id)
            if try event.step() {
                try writer.store(event: event)
            } else {
                try writer.remove(id)
            }
        }
    }

    /// The lines of `law_names` as `--law` compares them (split at line feeds, the empty ones left out).
    static func lawLines(_ text: UnsafeBufferPointer<UInt8>?, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        guard let text, !text.isEmpty else { return }
        var start = 0
        for i in 0...text.count where i == text.count || text[i] == 0x0A {
            if i > start { try body(UnsafeBufferPointer(rebasing: text[start..<i])) }
            start = i + 1
        }
    }
}

/// Makes and writes listing rows, its statements prepared once.
final class ListingRowWriter {
    let reports: RawStatement
    let old: RawStatement
    let insert: RawStatement
    let update: RawStatement
    let delete: RawStatement
    let setSources: RawStatement
    let addLaw: RawStatement
    let removeLaws: RawStatement
    /// Whether `event_laws` holds the regulations of the stored rows (false while v6 fills it).
    let lawsStored: Bool
    var row = ListingRow()
    var previous = ListingRow()
    var bytes: [UInt8] = []
    var sourcesCell: [UInt8] = []

    init(_ db: Database, lawsStored: Bool) throws {
        self.lawsStored = lawsStored
        reports = try RawStatement(db, sql: EventStore.listingReportsSQL)
        old = try RawStatement(db, sql: "SELECT row FROM event_listing WHERE id = ?")
        insert = try RawStatement(db, sql: "INSERT INTO event_listing (id, row) VALUES (?, ?)")
        update = try RawStatement(db, sql: "UPDATE event_listing SET row = ?2 WHERE id = ?1")
        delete = try RawStatement(db, sql: "DELETE FROM event_listing WHERE id = ?")
        setSources = try RawStatement(db, sql: "UPDATE events SET listing_sources = ?2 WHERE id = ?1")
        addLaw = try RawStatement(db, sql: "INSERT OR IGNORE INTO event_laws (law, id) VALUES (?2, ?1)")
        removeLaws = try RawStatement(db, sql: "DELETE FROM event_laws WHERE law = ?2 AND id = ?1")
    }

    /// The row of the event at the current row of `event` (its columns: ``EventStore/listingWriterColumns``):
    /// written when its bytes changed, with its sources cell and its regulations when they changed.
    func store(event: RawStatement) throws {
        row.read(event: event, reports: reports)
        try reports.check(row.reportError)
        bytes.removeAll(keepingCapacity: true)
        row.encode(into: &bytes)
        let id = row.id
        // The stored row: the same bytes are not written again; its regulations are those `event_laws` holds.
        old.rebind(id)
        var exists = false
        var same = false
        var previousLaws = false
        if try old.step() {
            exists = true
            if let b = old.blob(0) {
                same = bytes.withUnsafeBufferPointer { ListingRowWriter.equal($0, b) }
                if !same, lawsStored { previousLaws = previous.decode(id: id, b) }
            }
        }
        sqlite3_reset(old.handle)
        if !same {
            let statement = exists ? update : insert
            sqlite3_reset(statement.handle)
            sqlite3_bind_int64(statement.handle, 1, id)
            bytes.withUnsafeBufferPointer { b in
                _ = sqlite3_bind_blob(statement.handle, 2, b.baseAddress, Int32(b.count), RawStatement.transient)
            }
            _ = try statement.step()
        }
        // The regulations, when the row's differ from the stored row's (or while v6 fills the table).
        if !lawsStored || (!same && !(previousLaws && ListingRowWriter.sameItems(previous.laws, row.laws))) {
            if previousLaws {
                for i in 0..<previous.laws.count { try previous.laws.withItem(i) { try bind(removeLaws, id, $0) } }
            }
            try EventStore.lawLines(event.text(10)) { try bind(addLaw, id, $0) }
        }
        // The table's sources cell.
        sourcesCell.removeAll(keepingCapacity: true)
        for i in 0..<row.sources.count {
            if i > 0 { sourcesCell.append(contentsOf: "; ".utf8) }
            row.sources.withItem(i) { sourcesCell.append(contentsOf: $0) }
        }
        let stored = event.text(11)
        let unchanged = stored.map { s in sourcesCell.withUnsafeBufferPointer { ListingRowWriter.equal($0, s) } } ?? false
        if !unchanged {
            try sourcesCell.withUnsafeBufferPointer { try bind(setSources, id, $0) }
        }
    }

    /// Runs a statement of two arguments: an id and a text.
    private func bind(_ s: RawStatement, _ id: Int64, _ text: UnsafeBufferPointer<UInt8>) throws {
        sqlite3_reset(s.handle)
        sqlite3_bind_int64(s.handle, 1, id)
        // An empty buffer may have no address; SQLite takes a NULL pointer for NULL, so an empty text is bound as "".
        if let p = text.baseAddress {
            sqlite3_bind_text(s.handle, 2, UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self), Int32(text.count), RawStatement.transient)
        } else {
            sqlite3_bind_text(s.handle, 2, "", 0, RawStatement.transient)
        }
        _ = try s.step()
    }

    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard a.count > 0, let pa = a.baseAddress, let pb = b.baseAddress else { return true }
        return memcmp(pa, pb, a.count) == 0
    }

    static func sameItems(_ a: ByteList, _ b: ByteList) -> Bool {
        guard a.count == b.count else { return false }
        for i in 0..<a.count where !a.bytesEqual(i, b, i) { return false }
        return true
    }

    /// A deleted event: its row and its regulations.
    func remove(_ id: Int64) throws {
        old.rebind(id)
        if try old.step(), let b = old.blob(0), previous.decode(id: id, b) {
            sqlite3_reset(old.handle)
            for i in 0..<previous.laws.count { try previous.laws.withItem(i) { try bind(removeLaws, id, $0) } }
        }
        sqlite3_reset(old.handle)
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

/// Where the values of a stored listing row lie in its bytes (``ListingRow/encode(into:)``), found without copying
/// them: the eight scalars, then the items of the organizers, laws, sources, URLs and warnings. It accepts exactly
/// the bytes that ``ListingRow/decode(id:_:)`` reads, and gives the same values.
struct StoredRowItems {
    /// Each item's start in the bytes and its length (-1: NULL).
    private var starts: [Int] = []
    private var lengths: [Int] = []
    /// The first item of each list, then the end of the last (6 entries).
    private var lists: [Int] = []

    /// Finds the items of row `b`; false when the bytes are not a stored row.
    mutating func parse(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        starts.removeAll(keepingCapacity: true)
        lengths.removeAll(keepingCapacity: true)
        lists.removeAll(keepingCapacity: true)
        guard let base = b.baseAddress, b.count > 0, b[0] == ListingRow.storedVersion else { return false }
        var r = StoredRowReader(base: base, count: b.count, at: 1)
        for _ in 0..<8 {
            guard item(&r) else { return false }
        }
        for _ in 0..<5 {
            lists.append(starts.count)
            guard let n = r.number(), n <= r.count - r.at else { return false }
            for _ in 0..<n {
                guard item(&r) else { return false }
            }
        }
        lists.append(starts.count)
        return r.at == r.count
    }

    private mutating func item(_ r: inout StoredRowReader) -> Bool {
        guard let m = r.number() else { return false }
        if m == 0 {
            starts.append(0)
            lengths.append(-1)
            return true
        }
        let length = m - 1
        guard length <= r.count - r.at else { return false }
        starts.append(r.at)
        lengths.append(length)
        r.at += length
        return true
    }

    func isNull(_ i: Int) -> Bool { lengths[i] < 0 }

    /// Item `i`'s bytes in `b` (none when NULL).
    @inline(__always)
    func item(_ i: Int, _ b: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard lengths[i] > 0, let base = b.baseAddress else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: base + starts[i], count: lengths[i])
    }

    /// The items of list `k` (0: organizers, 1: laws, 2: sources, 3: URLs, 4: warnings).
    func list(_ k: Int) -> Range<Int> { lists[k]..<lists[k + 1] }
}
