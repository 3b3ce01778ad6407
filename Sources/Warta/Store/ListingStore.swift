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
        let writer = try ListingRowWriter(db, lawsStored: false, layout: .byID)
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

    /// v8: the rows in the listing's order. `event_rows` holds each event's row, its start date (`day`:
    /// `coalesce(date_start, '~')`) and its id under a key `k` that orders the rows as the listing orders the events
    /// (by `day`, then by id; ``listingKeySQL``), so that CSV and JSON Lines of a whole listing read the rows in one
    /// pass over the table's pages, no row looked up. The table is keyed by that integer (a table with a rowid)
    /// rather than by (day, id) in a table without one: SQLite keeps at most about a quarter of a page of an entry
    /// keyed otherwise in the page itself, and a third of the rows (750 bytes on average, up to 2.5 KB) then spilled
    /// into overflow pages read one by one. The unique index `event_rows_id` finds an event's row by its id (a
    /// page, a sort by sources, the writer). The rows of `event_listing` are moved there as they are (a row of no
    /// event is dropped) and `event_listing` is dropped.
    static func createListingRows(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE event_rows (k INTEGER PRIMARY KEY, day TEXT NOT NULL, id INTEGER NOT NULL, row BLOB NOT NULL);
            INSERT OR REPLACE INTO event_rows (k, day, id, row)
              SELECT \(listingKeySQL), coalesce(e.date_start, '~'), l.id, l.row FROM event_listing l JOIN events e ON e.id = l.id ORDER BY 1;
            CREATE UNIQUE INDEX event_rows_id ON event_rows(id);
            DROP TABLE event_listing;
            """)
    }

    /// The key of event `e`'s row in `event_rows` (``listingKey(day:id:)`` in SQL): for an id from 1 to 2^32 - 1, a
    /// start date `YYYY-MM-DD` gives YYYYMMDD * 2^32 + id, which orders the dates as their texts;
    /// an undated event 2^61 + id, after them, as `~` is after digits; any other start date 2^62 + id; another id -id.
    /// A row whose key is not in the listing's order (another start date, another id) is still listed: the listing
    /// looks it up by its id when the pass does not meet it.
    static let listingKeySQL = """
        CASE WHEN e.id BETWEEN 1 AND 4294967295 THEN CASE
          WHEN e.date_start IS NULL THEN 2305843009213693952 + e.id
          WHEN e.date_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
            THEN ((substr(e.date_start, 1, 4) * 10000 + substr(e.date_start, 6, 2) * 100 + substr(e.date_start, 9, 2)) << 32) + e.id
          ELSE 4611686018427387904 + e.id END
        ELSE -e.id END
        """

    /// ``listingKeySQL`` of an event whose start date is `day` (nil: none).
    static func listingKey(day: UnsafeBufferPointer<UInt8>?, id: Int64) -> Int64 {
        guard id >= 1, id < 1 << 32 else { return id == Int64.min ? Int64.min : -id }
        guard let d = day else { return 1 << 61 + id }
        func digit(_ i: Int) -> Int64? { d[i] >= 0x30 && d[i] <= 0x39 ? Int64(d[i] - 0x30) : nil }
        guard d.count == 10, d[4] == UInt8(ascii: "-"), d[7] == UInt8(ascii: "-"),
              let y0 = digit(0), let y1 = digit(1), let y2 = digit(2), let y3 = digit(3),
              let m0 = digit(5), let m1 = digit(6), let d0 = digit(8), let d1 = digit(9) else { return 1 << 62 + id }
        let ordinal = (y0 * 1000 + y1 * 100 + y2 * 10 + y3) * 10_000 + (m0 * 10 + m1) * 100 + d0 * 10 + d1
        return ordinal << 32 + id
    }

    /// Where the listing rows are: `event_listing` keyed by id (schemas v5 to v7; for the migrations that fill
    /// it) or `event_rows` in the listing's order (v8).
    enum RowLayout { case byID, ordered }

    /// What the writer reads of an event: ``listingEventColumns`` and the stored sources cell.
    static let listingWriterColumns = listingEventColumns + ", e.listing_sources"

    /// Writes again the listing rows of these events (those a write transaction created, joined or recomputed);
    /// an event that no longer exists loses its row.
    static func storeListings(_ db: Database, events ids: Set<Int64>, layout: RowLayout = .ordered) throws {
        if ids.isEmpty { return }
        let event = try RawStatement(db, sql: "SELECT \(listingWriterColumns) FROM events e WHERE e.id = ?")
        let writer = try ListingRowWriter(db, lawsStored: true, layout: layout)
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
    /// A row moved to another key (``EventStore/RowLayout/ordered``): deleted under its old key.
    let deleteAt: RawStatement?
    let setSources: RawStatement
    let addLaw: RawStatement
    let removeLaws: RawStatement
    /// Whether `event_laws` holds the regulations of the stored rows (false while v6 fills it).
    let lawsStored: Bool
    let layout: EventStore.RowLayout
    var row = ListingRow()
    var previous = ListingRow()
    var bytes: [UInt8] = []
    var sourcesCell: [UInt8] = []

    init(_ db: Database, lawsStored: Bool, layout: EventStore.RowLayout) throws {
        self.lawsStored = lawsStored
        self.layout = layout
        reports = try RawStatement(db, sql: EventStore.listingReportsSQL)
        switch layout {
        case .byID:
            old = try RawStatement(db, sql: "SELECT row, NULL FROM event_listing WHERE id = ?")
            insert = try RawStatement(db, sql: "INSERT INTO event_listing (id, row) VALUES (?1, ?2)")
            update = try RawStatement(db, sql: "UPDATE event_listing SET row = ?2 WHERE id = ?1")
            delete = try RawStatement(db, sql: "DELETE FROM event_listing WHERE id = ?")
            deleteAt = nil
        case .ordered:
            old = try RawStatement(db, sql: "SELECT row, k FROM event_rows WHERE id = ?")
            // A key that another event's row holds (only of an id beyond 2^32, never written by Warta) replaces it:
            // that event's row is then made from its reports when listed.
            insert = try RawStatement(db, sql: "INSERT OR REPLACE INTO event_rows (id, row, day, k) VALUES (?1, ?2, ?3, ?4)")
            update = try RawStatement(db, sql: "UPDATE event_rows SET row = ?2, day = ?3 WHERE k = ?4")
            delete = try RawStatement(db, sql: "DELETE FROM event_rows WHERE id = ?")
            deleteAt = try RawStatement(db, sql: "DELETE FROM event_rows WHERE k = ?")
        }
        setSources = try RawStatement(db, sql: "UPDATE events SET listing_sources = ?2 WHERE id = ?1")
        addLaw = try RawStatement(db, sql: "INSERT OR IGNORE INTO event_laws (law, id) VALUES (?2, ?1)")
        removeLaws = try RawStatement(db, sql: "DELETE FROM event_laws WHERE law = ?2 AND id = ?1")
    }

    /// The row of the event at the current row of `event` (its columns: ``EventStore/listingWriterColumns``):
    /// written when its bytes changed, with its sources cell and its regulations when they changed. In the
    /// listing's order (``EventStore/RowLayout/ordered``) a row whose event's start date changed moves to its
    /// new key (``EventStore/listingKey(day:id:)``).
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
        var moved = false
        let key = EventStore.listingKey(day: event.text(2), id: id)
        var oldKey: Int64 = 0
        if try old.step() {
            exists = true
            if let b = old.blob(0) {
                same = bytes.withUnsafeBufferPointer { ListingRowWriter.equal($0, b) }
                if !same, lawsStored { previousLaws = previous.decode(id: id, b) }
            }
            if !same, layout == .ordered {
                oldKey = old.int64(1)
                moved = oldKey != key
            }
        }
        sqlite3_reset(old.handle)
        if !same {
            if moved, let deleteAt {
                deleteAt.rebind(oldKey)
                _ = try deleteAt.step()
            }
            let statement = exists && !moved ? update : insert
            sqlite3_reset(statement.handle)
            sqlite3_bind_int64(statement.handle, 1, id)
            bytes.withUnsafeBufferPointer { b in
                _ = sqlite3_bind_blob(statement.handle, 2, b.baseAddress, Int32(b.count), RawStatement.transient)
            }
            if layout == .ordered {
                if let day = event.text(2) {
                    ListingRowWriter.bindText(statement, 3, day)
                } else {
                    sqlite3_bind_text(statement.handle, 3, "~", 1, RawStatement.transient)
                }
                sqlite3_bind_int64(statement.handle, 4, key)
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

    /// Binds a text at `position` (an empty one as "", not NULL).
    static func bindText(_ s: RawStatement, _ position: Int32, _ text: UnsafeBufferPointer<UInt8>) {
        // An empty buffer may have no address; SQLite takes a NULL pointer for NULL, so an empty text is bound as "".
        if let p = text.baseAddress {
            sqlite3_bind_text(s.handle, position, UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self), Int32(text.count), RawStatement.transient)
        } else {
            sqlite3_bind_text(s.handle, position, "", 0, RawStatement.transient)
        }
    }

    /// Runs a statement of two arguments: an id and a text.
    private func bind(_ s: RawStatement, _ id: Int64, _ text: UnsafeBufferPointer<UInt8>) throws {
        sqlite3_reset(s.handle)
        sqlite3_bind_int64(s.handle, 1, id)
        ListingRowWriter.bindText(s, 2, text)
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

extension ListingRow {
    /// Whether a stored row's regulations hold a name: `yes`, `no`, or `unsure` when the row cannot be read or one
    /// of its regulations is not plain ASCII (bytes beyond ASCII, a CR, an LF or a NUL), which the filter decides
    /// from `law_names`.
    enum Cites { case yes, no, unsure }

    /// Whether the regulations of the row stored as `b` hold `law`, compared as `--law` compares the lines of
    /// `law_names` (``EventStore/whereClause(_:_:paged:)``: whole, ASCII letters in either case). A row's
    /// regulations are those lines (``read(event:reports:)``); a plain ASCII one is that line byte for byte, so it
    /// decides alone. The whole row is walked: bytes that are not a stored row are `unsure`.
    static func storedLaws(_ b: UnsafeBufferPointer<UInt8>, cite law: [UInt8]) -> Cites {
        guard let p = b.baseAddress, b.count > 0, b[0] == storedVersion else { return .unsure }
        let n = b.count
        var at = 1
        var found = false
        var unsure = false
        for list in 0..<6 {
            // The eight scalars, then the five lists (organizers, laws, sources, URLs, warnings) with their counts.
            var c = 8
            if list > 0 {
                c = RawOutput.number(p, n, &at)
                if c < 0 || c > n - at { return .unsure }
            }
            for _ in 0..<c {
                let m = RawOutput.number(p, n, &at)
                if m < 0 { return .unsure }
                let length = max(0, m - 1)
                if length > n - at { return .unsure }
                if list == 2, !found {
                    switch ListingRow.sameLaw(p + at, length, law) {
                    case .yes: found = true
                    case .no: break
                    case .unsure: unsure = true
                    }
                }
                at += length
            }
        }
        if at != n { return .unsure }
        return found ? .yes : (unsure ? .unsure : .no)
    }

    /// Whether the lines of an event's `law_names` hold `law`, as ``storedLaws(_:cite:)`` compares a row's
    /// regulations (`unsure` when a line that is not `law` is not plain ASCII). A text with a CR anywhere is
    /// `unsure`: its row splits it as a Swift string (a CR LF is one character), so its lines may not be the
    /// regulations that `event_laws` holds.
    static func namedLaws(_ text: UnsafeBufferPointer<UInt8>?, cite law: [UInt8]) -> Cites {
        guard let text, let p = text.baseAddress else { return .no }
        if memchr(p, 0x0D, text.count) != nil { return .unsure }
        var unsure = false
        var start = 0
        for i in 0...text.count where i == text.count || text[i] == 0x0A {
            switch sameLaw(p + start, i - start, law) {
            case .yes: return .yes
            case .no: break
            case .unsure: unsure = true
            }
            start = i + 1
        }
        return unsure ? .unsure : .no
    }

    /// Whether a regulation of a row is `law`, ASCII letters compared in either case; `unsure` when it is not
    /// plain ASCII.
    @inline(__always)
    static func sameLaw(_ s: UnsafePointer<UInt8>, _ n: Int, _ law: [UInt8]) -> Cites {
        var same = n == law.count
        for i in 0..<n {
            let a = s[i]
            if a >= 0x80 || a == 0x0D || a == 0x0A || a == 0 { return .unsure }
            if same {
                let b = law[i]
                same = a == b || (a | 0x20 == b | 0x20 && (a | 0x20) >= UInt8(ascii: "a") && (a | 0x20) <= UInt8(ascii: "z"))
            }
        }
        return same ? .yes : .no
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
        let v = RawOutput.number(base, count, &at)
        return v < 0 ? nil : v
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
