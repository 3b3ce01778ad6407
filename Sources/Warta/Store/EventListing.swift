#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif
import Foundation
import GRDB

/// A listing of events produced row by row, at a cost per event of a few microseconds whatever its length.
///
/// `warta db events` over 1,000,000 documents lists up to 180,716 events, each with its 5.5 reports on average.
/// Reading each report into Swift values (a dictionary of arrays of strings per listing, a rank string and an
/// array of nine values per report) and formatting each row through a JSON tree cost about 45 µs per event,
/// nearly all of it allocating and freeing memory. Here the events are stepped through SQLite's C interface
/// one by one, each event's reports are read with one look-up in the covering index of documents by event
/// into one reused byte buffer, the sources, URLs and warnings are made there (a value that differs from the
/// event's is the only one turned into a Swift string, to be compared normalized), and the row is written as
/// bytes into a buffer that is handed on in blocks of 64 KB.
///
/// The rows are those of ``EventStore/events(_:page:)`` (which is built on this), byte for byte in every
/// format; a text that is not plain ASCII is compared, counted and sorted as a Swift string, as before.
extension EventStore {
    public enum ListingFormat: String, Sendable, CaseIterable { case table, csv, jsonl }

    /// Writes the events that pass the filter, in the page's order, as `warta db events` prints them, handing
    /// the bytes to `write` in blocks; returns how many events were listed. With corrections stored, the rows
    /// come from ``eventPage(_:sort:descending:offset:limit:)`` (corrected values) and are written the same way.
    /// `excel`: CSV output starts with a UTF-8 byte-order mark.
    @discardableResult
    public func writeEvents(_ f: Filter, page: Page = Page(), format: ListingFormat, excel: Bool = false,
                            to write: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Int {
        try writeEvents(f, page: page, format: format, excel: excel, fromReports: false, to: write)
    }

    /// ``writeEvents(_:page:format:excel:to:)``; `fromReports`: each row made from the event's reports instead of
    /// read from its stored listing row (for tests: both must give the same bytes).
    @discardableResult
    func writeEvents(_ f: Filter, page: Page = Page(), format: ListingFormat, excel: Bool = false, fromReports: Bool,
                     to write: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Int {
        let corrected = try hasCorrections()
        return try withoutActuallyEscaping(write) { write in
            var out = ListingWriter(format: format, excel: excel, write: write)
            if corrected {
                var row = ListingRow()
                for r in try events(f, page: page) {
                    row.load(r)
                    try out.add(row)
                }
            } else if format == .table, !fromReports {
                try forEachTableRow(f, page: page, &out)
            } else if !fromReports {
                try forEachStoredRow(f, page: page, &out)
            } else {
                try forEachListedEvent(f, page: page, fromReports: fromReports) { try out.add($0) }
            }
            return try out.finish()
        }
    }

    /// Calls `body` with each event of the listing (without corrections), in the page's order; the row is
    /// reused from one event to the next. Each row is read from the event's stored listing row (ListingStore.swift);
    /// with `fromReports`, or when an event has none, it is made from the event and its reports.
    func forEachListedEvent(_ f: Filter, page: Page, fromReports: Bool = false, _ body: (ListingRow) throws -> Void) throws {
        let stored = !fromReports
        var statements: ListingStatements? = nil
        var row = ListingRow()
        try forEachListed(f, page: page, columns: stored ? "e.id" : EventStore.listingEventColumns, setup: { statements = try ListingStatements($0) }) { events in
            guard let s = statements else { return false }
            if !stored {
                row.read(event: events, reports: s.reports)
            } else {
                let id = events.int64(0)
                s.listing.rebind(id)
                let decoded = try s.listing.step() && (s.listing.blob(0).map { row.decode(id: id, $0) } ?? false)
                if !decoded {
                    // No stored row, or one that cannot be read: made from the reports.
                    guard try s.readEvent(id, into: &row) else { return false }
                }
            }
            try s.reports.check(row.reportError)
            try body(row)
            return true
        }
    }

    /// CSV and JSON Lines of the listing (without corrections) from the stored rows: each row is formatted straight
    /// from its stored bytes (ListingOutput.swift), nothing copied into a ``ListingRow``. A whole listing in date
    /// order of every event, or of a regulation that most events cite, reads the rows in one pass over
    /// `event_rows`, which holds them in that order (``forEachRowInOrder(_:_:)``). Another whole listing in an order
    /// that an index gives other than the date reads each event's row in the listing's query (events joined to `event_rows` by the key
    /// of their row); a page, a sort that SQLite must make, or another listing in date order looks the row up by its
    /// id once the event is known to be listed (a sort or an offset that carried the rows would read or copy the rows
    /// of events that it then drops or moves; in date order the look-ups then read `event_rows` in its own order,
    /// forwards or backwards, where a join read the rows in the order of the filter's index, one page fault each).
    /// An event without a row, or with one that cannot be read, is made from its reports.
    func forEachStoredRow(_ f: Filter, page: Page, _ out: inout ListingWriter) throws {
        if page.sort == .date, !page.descending, page.limit == nil, page.offset == 0, try forEachRowInOrder(f, &out) { return }
        var statements: ListingStatements? = nil
        var row = ListingRow()
        let joined = page.limit == nil && page.offset == 0 && page.sort != .sources && page.sort != .date
        try forEachListed(f, page: page, columns: joined ? "e.id, l.row" : "e.id",
                          join: joined ? "LEFT JOIN event_rows l ON l.k = \(EventStore.listingKeySQL) AND l.id = e.id" : "",
                          setup: { statements = try ListingStatements($0) }) { events in
            guard let s = statements else { return false }
            let id = events.int64(0)
            if joined, let blob = events.blob(1), out.addStored(id: id, blob) {
                try out.flushIfFull()
                return true
            }
            return try s.add(id, &out, &row)
        }
    }

    /// ``forEachStoredRow(_:page:_:)`` of every event, or of a regulation of more than a quarter of them, in date
    /// order: the keys of every event (from the narrow index `events_order`) and the rows of `event_rows` are stepped
    /// side by side, both in the order of (start date, id) (the rows in the order of their key, ``listingKeySQL``),
    /// so that each row is read where the pass over the table's pages has come to, with no look-up. A row that the
    /// pass does not find under the event's key (missing, or stored under another date) is looked up by the event's
    /// id. A regulation is checked on the row itself (``ListingRow/storedLaws(_:cite:)``): the row's regulations
    /// are the lines of the event's `law_names`, which decide whether it is listed, so an event is listed when one
    /// of them is the name (ASCII case ignored, as `LIKE` and `event_laws` compare); a row whose regulations are not
    /// plain ASCII, one that cannot be read, and an event whose row the pass does not meet are checked as the
    /// filter checks them (``EventStore/lawCheckSQL``). False (nothing listed) for another filter.
    ///
    /// While the pass reads, the connection's page cache is kept small (``passCacheSize``): a row is read once, and
    /// a page of the file beyond SQLite's memory map (at most 2 GB of it) is otherwise copied into a new page of a
    /// cache of 512 MB, fresh memory that the kernel maps in with a page fault each (at 1,000,000 documents about
    /// 40,000 faults, a third of the listing's processor time when `event_rows` lies beyond the map).
    func forEachRowInOrder(_ f: Filter, _ out: inout ListingWriter) throws -> Bool {
        guard f.from == nil, f.to == nil, f.province == nil, f.city == nil, f.type == nil, f.organizer == nil else { return false }
        var handed = false
        return try retrying(while: { !handed }) {
            try pool.read { db in
                var law: [UInt8]? = nil
                var check: LawCheck? = nil
                if let l = f.law {
                    guard let common = try EventStore.commonLaw(l, db) else { return false }
                    law = common
                    check = try LawCheck(db, l)
                }
                /// Whether event `id` cites the regulation as the filter decides it (or there is none).
                func cites(_ id: Int64) throws -> Bool { try check?.cites(id) ?? true }
                let events = try RawStatement(db, sql: EventStore.orderKeysSQL)
                let rows = try RawStatement(db, sql: "SELECT day, id, row FROM event_rows ORDER BY k")
                let s = try ListingStatements(db)
                let cache = try EventStore.passCache(db)
                defer { EventStore.restoreCache(db, cache) }
                var row = ListingRow()
                var more = try rows.step()
                while try events.step() {
                    let day = events.text(0) ?? ListingWriter.none
                    let id = events.int64(1)
                    // Whether the event is done with: its row written, or not listed.
                    var done = false
                    while more {
                        let order = EventStore.compareKeys(rows.text(0) ?? ListingWriter.none, rows.int64(1), day, id)
                        if order < 0 {
                            more = try rows.step()
                            continue
                        }
                        if order == 0, let blob = rows.blob(2) {
                            var listed = true
                            if let law {
                                switch ListingRow.storedLaws(blob, cite: law) {
                                case .yes: listed = true
                                case .no: listed = false
                                case .unsure: listed = try cites(id)
                                }
                            }
                            if !listed {
                                done = true
                            } else if out.addStored(id: id, blob) {
                                done = true
                                handed = true
                                try out.flushIfFull()
                            }
                        }
                        break
                    }
                    if !done, try cites(id), try s.add(id, &out, &row) { handed = true }
                }
                return true
            }
        }
    }

    /// The keys of every event in the listing's order, from the narrow index of that order (of the indexes that
    /// hold them SQLite would read the wide `events_listing`, ten times as many pages).
    static let orderKeysSQL = """
        SELECT coalesce(e.date_start, '~'), e.id FROM events e INDEXED BY events_order ORDER BY \(SortKey.date.terms(descending: false))
        """

    /// The table's cells and `law_names` of every event in the listing's order (along `events_listing`).
    static let tableWithLawsSQL = """
        SELECT \(tableEventColumns), e.law_names FROM events e ORDER BY \(SortKey.date.terms(descending: false))
        """

    /// The page cache of a connection (in KiB, as `PRAGMA cache_size` takes a negative number) while a whole
    /// listing reads: a page of the file beyond SQLite's memory map is copied into the cache, and a cache of 512 MB
    /// would take a new page of memory for each one a listing reads (a page fault each); 8 MB holds the interior
    /// pages of the tables and the index of rows by id that a listing reads again and again.
    static let passCacheSize = -8192

    /// Sets the small page cache of a whole listing (``passCacheSize``); returns the connection's own.
    static func passCache(_ db: Database) throws -> Int {
        let cache = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
        try db.execute(sql: "PRAGMA cache_size = \(passCacheSize)")
        return cache
    }

    /// Gives the connection its own page cache size back (after ``passCache(_:)``).
    static func restoreCache(_ db: Database, _ cache: Int) {
        try? db.execute(sql: "PRAGMA cache_size = \(cache)")
    }

    /// The bytes of a regulation's name when more than a quarter of the events cite it (`event_laws`), and the
    /// name can be compared with the regulations of a row or the lines of `law_names` byte by byte (not empty, no
    /// LF, no NUL); nil otherwise, and the listing reads the events of the name from `event_laws`.
    static func commonLaw(_ l: String, _ db: Database) throws -> [UInt8]? {
        guard !l.isEmpty, !l.utf8.contains(0x0A), !l.utf8.contains(0) else { return nil }
        let named = try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) FROM event_laws WHERE law = ?"), arguments: [l]) ?? 0
        let all = try Int.fetchOne(db.cachedStatement(sql: "SELECT n FROM store_counts WHERE kind = 'events' AND key = ''")) ?? 0
        return named * 4 > all ? Array(l.utf8) : nil
    }

    /// The order of two keys of the listing's order (start date, id): the dates as SQLite compares texts (their
    /// bytes, then their lengths), then the ids.
    @inline(__always)
    static func compareKeys(_ a: UnsafeBufferPointer<UInt8>, _ aID: Int64, _ b: UnsafeBufferPointer<UInt8>, _ bID: Int64) -> Int {
        let n = min(a.count, b.count)
        if n > 0, let pa = a.baseAddress, let pb = b.baseAddress {
            let c = memcmp(pa, pb, n)
            if c != 0 { return c < 0 ? -1 : 1 }
        }
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        return aID < bID ? -1 : (aID == bID ? 0 : 1)
    }

    /// The columns of `events` that the table prints (`listing_sources`: its sources cell, ListingStore.swift).
    static let tableEventColumns = "e.id, e.type, e.date_start, e.date_end, e.city, e.province, e.participants_total, e.organizer_names, e.listing_sources"

    /// The table of the listing (without corrections): its cells are columns of `events`, read with the events
    /// themselves in one query (no listing row is read); an event without its sources cell is made from its reports.
    func forEachTableRow(_ f: Filter, page: Page, _ out: inout ListingWriter) throws {
        if try forEachTableRowOfLaw(f, page: page, &out) { return }
        var statements: ListingStatements? = nil
        var row = ListingRow()
        try forEachListed(f, page: page, columns: EventStore.tableEventColumns, setup: { statements = try ListingStatements($0) }) { events in
            if !events.isNull(8) {
                try out.tableRow(events)
                return true
            }
            guard let s = statements, try s.readEvent(events.int64(0), into: &row) else { return false }
            try s.reports.check(row.reportError)
            try out.add(row)
            return true
        }
    }

    /// The table of a regulation that more than a quarter of the events cite (``commonLaw(_:_:)``), whole, in
    /// date order, and no other filter: every event along the index of the listing's order, which holds the
    /// table's cells and `law_names`, each one's `law_names` checked here (``ListingRow/namedLaws(_:cite:)``) instead
    /// of probing a set of the name's events in `event_laws` and testing `LIKE` on each (0.1 s at 1,000,000
    /// documents); a line that is not plain ASCII is checked as the filter checks it (``LawCheck``). False
    /// (nothing listed) for another listing.
    func forEachTableRowOfLaw(_ f: Filter, page: Page, _ out: inout ListingWriter) throws -> Bool {
        guard let l = f.law, f.from == nil, f.to == nil, f.province == nil, f.city == nil, f.type == nil, f.organizer == nil,
              page.sort == .date, !page.descending, page.limit == nil, page.offset == 0 else { return false }
        var handed = false
        return try retrying(while: { !handed }) {
            try pool.read { db in
                guard let law = try EventStore.commonLaw(l, db) else { return false }
                let check = try LawCheck(db, l)
                let events = try RawStatement(db, sql: EventStore.tableWithLawsSQL)
                let s = try ListingStatements(db)
                let cache = try EventStore.passCache(db)
                defer { EventStore.restoreCache(db, cache) }
                var row = ListingRow()
                while try events.step() {
                    let id = events.int64(0)
                    switch ListingRow.namedLaws(events.text(9), cite: law) {
                    case .yes: break
                    case .no: continue
                    case .unsure: if try !check.cites(id) { continue }
                    }
                    if !events.isNull(8) {
                        try out.tableRow(events)
                    } else {
                        guard try s.readEvent(id, into: &row) else { continue }
                        try s.reports.check(row.reportError)
                        try out.add(row)
                    }
                    handed = true
                }
                return true
            }
        }
    }

    /// Steps through the events of the listing (without corrections), in the page's order, selecting `columns`
    /// of `events e` (and of the tables of `join`, joined to it): `setup` prepares what `take` needs once per read,
    /// `take` takes each event (false: not listed).
    func forEachListed(_ f: Filter, page: Page, columns: String, join: String = "", setup: (Database) throws -> Void,
                       _ take: (RawStatement) throws -> Bool) throws {
        // A listing is retried when another writer held the database only while it has handed on no row.
        var handed = false
        try retrying(while: { !handed }) {
            try pool.read { db in
                let (whereSQL, args) = try EventStore.whereClause(f, db, paged: page.limit != nil)
                try setup(db)
                // A whole listing reads with a small page cache (``passCacheSize``); a page keeps the connection's.
                let cache = page.limit == nil ? try EventStore.passCache(db) : nil
                defer { if let cache { EventStore.restoreCache(db, cache) } }
                var listed = 0
                /// Lists the events of one query; returns how many.
                func list(_ extra: String?, _ order: String, limit: Int?, offset: Int) throws -> Int {
                    var clause = whereSQL
                    if let extra { clause += (clause.isEmpty ? "WHERE " : " AND ") + extra }
                    var all = args
                    var limitSQL = ""
                    if limit != nil || offset > 0 {
                        limitSQL = "LIMIT ? OFFSET ?"
                        all += [limit ?? -1, max(0, offset)]
                    }
                    let events = try RawStatement(db, sql: "SELECT \(columns) FROM events e \(join) \(clause) ORDER BY \(order) \(limitSQL)", arguments: all)
                    var n = 0
                    while try events.step() {
                        if try take(events) {
                            handed = true
                            n += 1
                        }
                    }
                    return n
                }
                if page.sort == .date, page.descending {
                    // Latest first, and the undated last (as in ascending order): the dated events along the index
                    // of start dates, then as many undated ones as the page still takes.
                    listed = try list("coalesce(e.date_start, '~') < '~'", "coalesce(e.date_start, '~') DESC, e.id DESC", limit: page.limit, offset: page.offset)
                    if page.limit.map({ listed < $0 }) ?? true {
                        let dated = listed == 0 && page.offset > 0
                            ? try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events e \(whereSQL.isEmpty ? "WHERE" : whereSQL + " AND") coalesce(e.date_start, '~') < '~'",
                                               arguments: StatementArguments(args)) ?? 0
                            : page.offset + listed
                        _ = try list("coalesce(e.date_start, '~') = '~'", "e.id DESC", limit: page.limit.map { $0 - listed },
                                     offset: max(0, page.offset - dated))
                    }
                } else {
                    _ = try list(nil, page.sort.terms(descending: page.descending), limit: page.limit, offset: page.offset)
                }
            }
        }
    }
}

/// The statements a listing reads an event's stored row and its reports with.
final class ListingStatements {
    let reports: RawStatement
    /// An event's columns, for an event without a stored row.
    let event: RawStatement
    /// An event's stored row, looked up once the event is known to be listed: the events are found, sorted and
    /// skipped by their ids alone (a sort or an offset that carried the rows would read or copy the rows of
    /// events that it then drops or moves).
    let listing: RawStatement

    init(_ db: Database) throws {
        reports = try RawStatement(db, sql: EventStore.listingReportsSQL)
        event = try RawStatement(db, sql: "SELECT \(EventStore.listingEventColumns) FROM events e WHERE e.id = ?")
        listing = try RawStatement(db, sql: "SELECT row FROM event_rows WHERE id = ?")
    }

    /// Writes the row of event `id` (not a stored row that the listing's query read): its stored row looked up by
    /// its id, or, when it has none or one that cannot be read, made from its reports; false when there is no such
    /// event.
    func add(_ id: Int64, _ out: inout ListingWriter, _ row: inout ListingRow) throws -> Bool {
        listing.rebind(id)
        if try listing.step(), let blob = listing.blob(0), out.addStored(id: id, blob) {
            try out.flushIfFull()
            return true
        }
        guard try readEvent(id, into: &row) else { return false }
        try reports.check(row.reportError)
        try out.add(row)
        return true
    }

    /// The row of event `id` made from its reports; false when there is no such event.
    func readEvent(_ id: Int64, into row: inout ListingRow) throws -> Bool {
        event.rebind(id)
        guard try event.step() else { return false }
        row.read(event: event, reports: reports)
        return true
    }
}

/// Whether an event cites a regulation as ``EventStore/whereClause(_:_:paged:)`` decides it (the name in
/// `event_laws` and one line of `law_names`, ``EventStore/lawCheckSQL``), for the events whose regulations a
/// listing cannot compare byte by byte.
final class LawCheck {
    let statement: RawStatement

    init(_ db: Database, _ law: String) throws {
        statement = try RawStatement(db, sql: EventStore.lawCheckSQL, arguments: [law, EventStore.lawPattern(law)])
    }

    func cites(_ id: Int64) throws -> Bool {
        sqlite3_bind_int64(statement.handle, 3, id)
        defer { sqlite3_reset(statement.handle) }
        return try statement.step()
    }
}

/// A prepared statement stepped through SQLite's C interface: its columns are read as bytes, with no value
/// made of them unless asked.
final class RawStatement {
    let handle: OpaquePointer
    let connection: OpaquePointer

    init(_ db: Database, sql: String, arguments: [DatabaseValueConvertible?] = []) throws {
        guard let connection = db.sqliteConnection else { throw StoreError("the database is closed") }
        self.connection = connection
        var handle: OpaquePointer? = nil
        let code = sqlite3_prepare_v2(connection, sql, -1, &handle, nil)
        guard code == SQLITE_OK, let handle else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
        }
        self.handle = handle
        for (i, a) in arguments.enumerated() {
            let position = Int32(i + 1)
            switch a?.databaseValue.storage {
            case .none, .some(.null): sqlite3_bind_null(handle, position)
            case .some(.int64(let v)): sqlite3_bind_int64(handle, position, v)
            case .some(.double(let v)): sqlite3_bind_double(handle, position, v)
            case .some(.string(let v)): sqlite3_bind_text(handle, position, v, -1, RawStatement.transient)
            case .some(.blob(let v)):
                _ = v.withUnsafeBytes { sqlite3_bind_blob(handle, position, $0.baseAddress, Int32($0.count), RawStatement.transient) }
            }
        }
    }

    deinit { sqlite3_finalize(handle) }

    /// SQLite's SQLITE_TRANSIENT: it copies a bound text.
    static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// The next row; false at the end.
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        if code == SQLITE_DONE { return false }
        try check(code)
        return false
    }

    /// Throws the connection's error for a result code that is not a success.
    func check(_ code: Int32) throws {
        guard code != SQLITE_OK, code != SQLITE_ROW, code != SQLITE_DONE else { return }
        throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)))
    }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    /// The column's text (a number as SQLite writes it), valid until the next step; nil when NULL.
    func text(_ column: Int32) -> UnsafeBufferPointer<UInt8>? {
        guard let p = sqlite3_column_text(handle, column) else { return nil }
        return UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(handle, column)))
    }
}

/// Texts kept one after the other in one buffer: the items of a list, or the values of the reports of one event.
struct ByteList {
    var bytes: [UInt8] = []
    /// Each item's start and end in `bytes`; a NULL value starts at -1.
    var starts: [Int] = []
    var ends: [Int] = []

    var count: Int { starts.count }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
    }

    /// Appends a text; invalid UTF-8 is repaired as a Swift string repairs it.
    mutating func append(_ text: UnsafeBufferPointer<UInt8>?) {
        guard let text else {
            starts.append(-1)
            ends.append(-1)
            return
        }
        starts.append(bytes.count)
        if ByteList.isASCII(text) {
            bytes.append(contentsOf: text)
        } else {
            bytes.append(contentsOf: String(decoding: text, as: UTF8.self).utf8)
        }
        ends.append(bytes.count)
    }

    mutating func append(_ s: String) {
        starts.append(bytes.count)
        bytes.append(contentsOf: s.utf8)
        ends.append(bytes.count)
    }

    mutating func append(_ other: ByteList, _ i: Int) {
        guard other.starts[i] >= 0 else {
            starts.append(-1)
            ends.append(-1)
            return
        }
        starts.append(bytes.count)
        bytes.append(contentsOf: other.bytes[other.starts[i]..<other.ends[i]])
        ends.append(bytes.count)
    }

    func isNull(_ i: Int) -> Bool { starts[i] < 0 }

    /// Item `i`'s bytes (none when NULL).
    @inline(__always)
    func withItem<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try bytes.withUnsafeBufferPointer { all in
            let start = max(0, starts[i]), end = max(start, ends[i])
            return try body(UnsafeBufferPointer(rebasing: all[start..<end]))
        }
    }

    /// Appends the bytes of item `i` of `other` to the item being built (`bytes` only).
    @inline(__always)
    mutating func appendBytes(of other: ByteList, _ i: Int) {
        other.withItem(i) { bytes.append(contentsOf: $0) }
    }

    /// Whether item `i` has the same bytes as item `j` of `other`.
    @inline(__always)
    func bytesEqual(_ i: Int, _ other: ByteList, _ j: Int) -> Bool {
        let n = ends[i] - starts[i]
        guard n == other.ends[j] - other.starts[j] else { return false }
        if n == 0 { return true }
        return withItem(i) { a in other.withItem(j) { b in memcmp(a.baseAddress!, b.baseAddress!, n) == 0 } }
    }

    /// Whether item `i` is the same Swift string as item `j` of `other`: the same bytes, or (beyond ASCII)
    /// canonically equivalent.
    func same(_ i: Int, _ other: ByteList, _ j: Int) -> Bool {
        if bytesEqual(i, other, j) { return true }
        let ascii = withItem(i) { ByteList.isASCII($0) } && other.withItem(j) { ByteList.isASCII($0) }
        return !ascii && string(i) == other.string(j)
    }

    /// Whether item `i` sorts before item `j` byte by byte.
    func bytesPrecede(_ i: Int, _ j: Int) -> Bool {
        withItem(i) { a in withItem(j) { b in
            let n = min(a.count, b.count)
            let c = n == 0 ? 0 : memcmp(a.baseAddress!, b.baseAddress!, n)
            return c != 0 ? c < 0 : a.count < b.count
        } }
    }

    func slice(_ i: Int) -> ArraySlice<UInt8> { starts[i] < 0 ? [] : bytes[starts[i]..<ends[i]] }

    func string(_ i: Int) -> String? { starts[i] < 0 ? nil : String(decoding: slice(i), as: UTF8.self) }

    var strings: [String] { (0..<count).map { string($0) ?? "" } }

    static func isASCII<C: Collection<UInt8>>(_ bytes: C) -> Bool { bytes.allSatisfy { $0 < 0x80 } }

    /// Whether item `i` equals an earlier item (as Swift strings).
    func repeats(_ i: Int) -> Bool {
        for j in 0..<i where same(j, self, i) { return true }
        return false
    }

    /// Drops the items equal to an earlier one (as Swift strings), keeping the first of each.
    mutating func removeRepeats() {
        if count < 2 { return }
        var keep: [Int] = []
        for i in 0..<count where !repeats(i) { keep.append(i) }
        if keep.count == count { return }
        let old = self
        removeAll()
        for i in keep { append(old, i) }
    }

    /// Sorts the items as Swift strings sort (byte order for ASCII).
    mutating func sort() {
        if count < 2 { return }
        var order = Array(0..<count)
        if ByteList.isASCII(bytes) {
            order.sort { bytesPrecede($0, $1) }
        } else {
            let strings = self.strings
            order.sort { strings[$0] < strings[$1] }
        }
        if order == Array(0..<count) { return }
        let old = self
        removeAll()
        for i in order { append(old, i) }
    }
}

/// One row of a listing, in bytes: what ``EventStore/EventRow`` holds.
struct ListingRow {
    var id: Int64 = 0
    /// type, date_start, date_end, venue, city, province, region_code, participants_total (as text).
    var scalars = ByteList()
    var organizers = ByteList()
    var laws = ByteList()
    var sources = ByteList()
    var urls = ByteList()
    var warnings = ByteList()
    var corrected = ByteList()
    /// An error of SQLite while reading the reports.
    var reportError: Int32 = SQLITE_OK

    /// The reports of the event: per report the 13 columns of the reports statement, in its order.
    private var reports = ByteList()
    private var reportCount = 0
    private var order: [Int] = []
    private var rankBytes = ByteList()

    static let reportColumns = 13

    mutating func clear() {
        scalars.removeAll(); organizers.removeAll(); laws.removeAll(); sources.removeAll()
        urls.removeAll(); warnings.removeAll(); corrected.removeAll()
    }

    /// An event's row from the current row of the events statement, and its reports from the reports statement.
    mutating func read(event e: RawStatement, reports r: RawStatement) {
        clear()
        id = e.int64(0)
        for c in Int32(1)...8 { scalars.append(e.text(c)) }
        ListingRow.split(e.text(9), into: &organizers)
        ListingRow.split(e.text(10), into: &laws)
        laws.sort()
        readReports(r)
    }

    /// The list columns of the row, in the order of ``EventStore/EventRow/columns``: organizers, laws, sources,
    /// urls, warnings, corrected.
    func list(_ k: Int) -> ByteList {
        switch k {
        case 0: return organizers
        case 1: return laws
        case 2: return sources
        case 3: return urls
        case 4: return warnings
        default: return corrected
        }
    }

    /// Names stored one per line (``EventStore/names(_:)``).
    static func split(_ text: UnsafeBufferPointer<UInt8>?, into list: inout ByteList) {
        guard let text, !text.isEmpty else { return }
        if text.contains(0x0D) {
            // A CR LF is one character of a Swift string, which splitting at line feeds does not split.
            for name in EventStore.names(String(decoding: text, as: UTF8.self)) { list.append(name) }
            return
        }
        var start = 0
        for i in 0...text.count where i == text.count || text[i] == 0x0A {
            if i > start { list.append(UnsafeBufferPointer(rebasing: text[start..<i])) }
            start = i + 1
        }
    }

    private mutating func readReports(_ r: RawStatement) {
        reports.removeAll()
        reportCount = 0
        reportError = sqlite3_reset(r.handle)
        sqlite3_bind_int64(r.handle, 1, id)
        while true {
            let code = sqlite3_step(r.handle)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { reportError = code; return }
            for c in 0..<Int32(ListingRow.reportColumns) { reports.append(r.text(c)) }
            reportCount += 1
        }
        // Sources and URLs in the order of the index (published, id), each once.
        for i in 0..<reportCount {
            let base = i * ListingRow.reportColumns
            sources.append(reports, base)
            if !reports.isNull(base + 1) { urls.append(reports, base + 1) }
        }
        sources.removeRepeats()
        urls.removeRepeats()
        if reportCount >= 2 { makeWarnings() }
    }

    /// The column of report `i`: 0 id, 1 url, 2 source, 3 published, 4... the values of `mergedFields`.
    @inline(__always) private func at(_ i: Int, _ column: Int) -> Int { i * ListingRow.reportColumns + column }

    /// ``EventStore/eventWarnings(_:)`` over the reports in the order of their rank (earliest published first,
    /// the undated last, then by id and source).
    private mutating func makeWarnings() {
        order.removeAll(keepingCapacity: true)
        rankBytes.removeAll()
        for i in 0..<reportCount {
            // The rank as ``EventStore/Report/rank(published:id:source:)`` writes it.
            rankBytes.starts.append(rankBytes.bytes.count)
            if reports.isNull(at(i, 3)) { rankBytes.bytes.append(UInt8(ascii: "~")) } else { rankBytes.appendBytes(of: reports, at(i, 3)) }
            rankBytes.bytes.append(1)
            rankBytes.appendBytes(of: reports, at(i, 0))
            rankBytes.bytes.append(1)
            rankBytes.appendBytes(of: reports, at(i, 2))
            rankBytes.ends.append(rankBytes.bytes.count)
            order.append(i)
        }
        if ByteList.isASCII(rankBytes.bytes) {
            // Insertion sort: the index gives them nearly in order (only the undated move to the end).
            for k in 1..<order.count {
                let x = order[k]
                var j = k
                while j > 0, rankBytes.bytesPrecede(x, order[j - 1]) {
                    order[j] = order[j - 1]
                    j -= 1
                }
                order[j] = x
            }
        } else {
            let ranks = rankBytes.strings
            order.sort { ranks[$0] < ranks[$1] }
        }
        let fields = EventStore.mergedFields
        for f in 0..<fields.count {
            let column = 4 + f
            let isName = EventStore.namedFields.contains(f)
            var chosen = -1
            var chosenNormalized: String? = nil
            for i in order {
                let v = at(i, column)
                if reports.isNull(v) { continue }
                guard chosen >= 0 else { chosen = i; continue }
                let c = at(chosen, column)
                if reports.same(c, reports, v) { continue }
                if isName {
                    let normalized = chosenNormalized ?? Matching.normalized(reports.string(c) ?? "")
                    chosenNormalized = normalized
                    if Matching.normalized(reports.string(v) ?? "") == normalized { continue }
                }
                // "field: value (id) differs from value (id)"
                warnings.starts.append(warnings.bytes.count)
                warnings.bytes.append(contentsOf: fields[f].utf8)
                warnings.bytes.append(contentsOf: ": ".utf8)
                warnings.appendBytes(of: reports, v)
                warnings.bytes.append(contentsOf: " (".utf8)
                warnings.appendBytes(of: reports, at(i, 0))
                warnings.bytes.append(contentsOf: ") differs from ".utf8)
                warnings.appendBytes(of: reports, c)
                warnings.bytes.append(contentsOf: " (".utf8)
                warnings.appendBytes(of: reports, at(chosen, 0))
                warnings.bytes.append(UInt8(ascii: ")"))
                warnings.ends.append(warnings.bytes.count)
            }
        }
        warnings.removeRepeats()
    }

    /// A row of the corrected listing.
    mutating func load(_ r: EventStore.EventRow) {
        clear()
        id = r.id
        for v in [r.type, r.dateStart, r.dateEnd, r.venue, r.city, r.province, r.regionCode, r.participants.map { String($0) }] {
            if let v { scalars.append(v) } else { scalars.append(nil as UnsafeBufferPointer<UInt8>?) }
        }
        for v in r.organizers { organizers.append(v) }
        for v in r.laws { laws.append(v) }
        for v in r.sources { sources.append(v) }
        for v in r.urls { urls.append(v) }
        for v in r.warnings { warnings.append(v) }
        for v in r.corrected { corrected.append(v) }
    }

    /// The row as ``EventStore/EventRow``.
    var eventRow: EventStore.EventRow {
        var row = EventStore.EventRow(
            id: id, type: scalars.string(0), dateStart: scalars.string(1), dateEnd: scalars.string(2), venue: scalars.string(3),
            city: scalars.string(4), province: scalars.string(5), regionCode: scalars.string(6),
            participants: scalars.string(7).flatMap { Int($0) },
            organizers: organizers.strings, laws: laws.strings, sources: sources.strings, urls: urls.strings, warnings: warnings.strings)
        row.corrected = corrected.strings
        return row
    }
}

/// Writes the rows of a listing in one format, as bytes, handing them on in blocks of 64 KB: JSON Lines and
/// CSV row by row; the table keeps its cells (each cut to 40 characters) until the widths of its columns are
/// known.
struct ListingWriter {
    let format: EventStore.ListingFormat
    let write: (UnsafeBufferPointer<UInt8>) throws -> Void
    /// The bytes not yet handed on (ListingOutput.swift).
    let out = OutputBytes()
    var rows = 0
    /// The table's cells (each cut to 40 characters), row after row: their bytes, each one's end in them and its
    /// width in characters.
    var tableBytes: [UInt8] = []
    var tableEnds: [Int32] = []
    var tableWidths: [UInt8] = []
    var widths: [Int] = []
    var anyCorrected = false
    /// Reused for the organizers cell of the table.
    var scratch: [UInt8] = []

    /// The columns of the table (`corrected` only when a listed event has a corrected field).
    static let tableColumns = ["event_id", "type", "date_start", "date_end", "city", "province", "participants_total", "organizers", "sources", "corrected"]

    init(format: EventStore.ListingFormat, excel: Bool, write: @escaping (UnsafeBufferPointer<UInt8>) throws -> Void) {
        self.format = format
        self.write = write
        switch format {
        case .csv:
            if excel { out.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
            out.append(CSV.line(EventStore.EventRow.columns))
        case .table:
            widths = ListingWriter.tableColumns.map(\.count)
        case .jsonl:
            break
        }
    }

    mutating func flushIfFull() throws {
        if out.count >= 1 << 16 { try flush() }
    }

    mutating func flush() throws {
        if out.isEmpty { return }
        try write(out.bytes)
        out.removeAll()
    }

    mutating func add(_ row: ListingRow) throws {
        rows += 1
        switch format {
        case .jsonl: jsonLine(row)
        case .csv: csvLine(row)
        case .table: tableRow(row)
        }
        try flushIfFull()
    }

    /// Ends the listing; returns how many rows it has.
    mutating func finish() throws -> Int {
        if format == .table { try writeTable() }
        try flush()
        return rows
    }

    // MARK: JSON Lines (as ``EventStore/EventRow/json`` serialized); stored rows: ListingOutput.swift

    static let keys: [[UInt8]] = ["event_id", "type", "date_start", "date_end", "venue", "city", "province", "region_code",
                                  "participants_total", "organizers", "legal_references", "sources", "urls", "warnings", "corrected"]
        .map { Array("\"\($0)\":".utf8) }

    mutating func jsonLine(_ row: ListingRow) {
        out.append(UInt8(ascii: "{"))
        out.append(contentsOf: ListingWriter.keys[0])
        out.append(String(row.id))
        for i in 0..<8 {
            out.append(UInt8(ascii: ","))
            out.append(contentsOf: ListingWriter.keys[1 + i])
            if row.scalars.isNull(i) {
                out.append(contentsOf: "null".utf8)
            } else if i == 7 {
                row.scalars.withItem(i) { out.append(contentsOf: $0) }
            } else {
                row.scalars.withItem(i) { jsonString($0) }
            }
        }
        for k in 0..<6 {
            let list = row.list(k)
            out.append(UInt8(ascii: ","))
            out.append(contentsOf: ListingWriter.keys[9 + k])
            out.append(UInt8(ascii: "["))
            for i in 0..<list.count {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                list.withItem(i) { jsonString($0) }
            }
            out.append(UInt8(ascii: "]"))
        }
        out.append(UInt8(ascii: "}"))
        out.append(0x0A)
    }

    /// A JSON string as ``JSONByteWriter`` escapes it.
    func jsonString(_ s: UnsafeBufferPointer<UInt8>) {
        out.reserve(6 * s.count + 2)
        let end = RawOutput.jsonString(s.baseAddress ?? UnsafePointer(out.base), s.count, out.base + out.count)
        out.count = end - out.base
    }

    // MARK: CSV (as ``CSV/line(_:)`` of ``EventStore/EventRow/cells``)

    /// The row's cells (lists joined by `; `) into `into`.
    static func cells(_ row: ListingRow, into out: inout ByteList, columns: [Int]) {
        for c in columns {
            out.starts.append(out.bytes.count)
            switch c {
            case 0: out.bytes.append(contentsOf: String(row.id).utf8)
            case 1...8: out.appendBytes(of: row.scalars, c - 1)
            default:
                let list = row.list(c - 9)
                for i in 0..<list.count {
                    if i > 0 { out.bytes.append(contentsOf: "; ".utf8) }
                    out.appendBytes(of: list, i)
                }
            }
            out.ends.append(out.bytes.count)
        }
    }

    /// Reused for the cells of one CSV line.
    private var line = ByteList()
    static let allColumns = Array(0..<15)

    mutating func csvLine(_ row: ListingRow) {
        line.removeAll()
        ListingWriter.cells(row, into: &line, columns: ListingWriter.allColumns)
        let cells = line
        for i in 0..<cells.count {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            cells.withItem(i) { cell in csvCell(cell) }
        }
        out.append(0x0D)
        out.append(0x0A)
    }

    /// A cell quoted when it holds a comma, a quote or a line break, its quotes doubled.
    func csvCell(_ cell: UnsafeBufferPointer<UInt8>) {
        var plain = true
        for b in cell where b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") || b == 0x0A || b == 0x0D {
            plain = false
            break
        }
        if plain {
            out.append(contentsOf: cell)
        } else if cell.contains(0x0D) {
            // A CR LF is one character of a Swift string, which CSV.line does not take for a line break.
            out.append(contentsOf: CSV.line([String(decoding: cell, as: UTF8.self)]).utf8.dropLast(2))
        } else if cell.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A }) {
            out.append(UInt8(ascii: "\""))
            for b in cell {
                if b == UInt8(ascii: "\"") { out.append(b) }
                out.append(b)
            }
            out.append(UInt8(ascii: "\""))
        } else {
            out.append(contentsOf: cell)
        }
    }

    // MARK: Table

    /// The table's columns among ``EventStore/EventRow/columns``.
    static let tableIndexes = tableColumns.compactMap { EventStore.EventRow.columns.firstIndex(of: $0) }

    mutating func tableRow(_ row: ListingRow) {
        if row.corrected.count > 0 { anyCorrected = true }
        line.removeAll()
        ListingWriter.cells(row, into: &line, columns: ListingWriter.tableIndexes)
        let full = line
        for k in 0..<full.count { full.withItem(k) { tableCell(k, $0) } }
    }

    /// A row of the table from the columns of `events` (``EventStore/tableEventColumns``): the cells of
    /// ``tableRow(_:)-(ListingRow)`` without making the row (the organizers one per line joined by `; `, the
    /// sources cell as stored).
    mutating func tableRow(_ e: RawStatement) throws {
        rows += 1
        scratch.removeAll(keepingCapacity: true)
        ListingWriter.appendDecimal(e.int64(0), to: &scratch)
        scratch.withUnsafeBufferPointer { tableCell(0, $0) }
        for c in Int32(1)...6 { tableCell(Int(c), e.text(c) ?? ListingWriter.none) }
        let organizers = e.text(7) ?? ListingWriter.none
        scratch.removeAll(keepingCapacity: true)
        if organizers.contains(where: { $0 >= 0x80 || $0 == 0x0D }) {
            // Beyond ASCII (or with a CR) the names are split as the row splits them, each repaired.
            var names = ByteList()
            ListingRow.split(organizers, into: &names)
            for i in 0..<names.count {
                if i > 0 { scratch.append(contentsOf: "; ".utf8) }
                names.withItem(i) { scratch.append(contentsOf: $0) }
            }
        } else {
            var start = 0
            for i in 0...organizers.count where i == organizers.count || organizers[i] == 0x0A {
                if i > start {
                    if !scratch.isEmpty { scratch.append(contentsOf: "; ".utf8) }
                    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: organizers[start..<i]))
                }
                start = i + 1
            }
        }
        scratch.withUnsafeBufferPointer { tableCell(7, $0) }
        tableCell(8, e.text(8) ?? ListingWriter.none)
        tableCell(9, ListingWriter.none)
    }

    static var none: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: nil, count: 0) }

    /// An integer in decimal, as `String(v)` writes it.
    static func appendDecimal(_ v: Int64, to out: inout [UInt8]) {
        if v < 0 {
            out.append(contentsOf: String(v).utf8)
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        var x = UInt64(v)
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[19 - n] = UInt8(ascii: "0") + UInt8(x % 10)
                x /= 10
                n += 1
            } while x > 0
            out.append(contentsOf: d[(20 - n)...])
        }
    }

    /// Cell `k` of the current row: cut to 40 characters (bytes while its first 41 are ASCII without a CR,
    /// otherwise characters of the Swift string, whose invalid UTF-8 is repaired), and its width.
    @inline(__always)
    mutating func tableCell(_ k: Int, _ cell: UnsafeBufferPointer<UInt8>) {
        let n = cell.count
        var plain = true
        for i in 0..<min(n, 41) where cell[i] >= 0x80 || cell[i] == 0x0D {
            plain = false
            break
        }
        let width: Int
        if plain {
            let m = min(n, 40)
            if m > 0 { tableBytes.append(contentsOf: UnsafeBufferPointer(rebasing: cell[0..<m])) }
            width = m
        } else {
            let cut = String(decoding: cell, as: UTF8.self).prefix(40)
            tableBytes.append(contentsOf: cut.utf8)
            width = cut.count
        }
        tableEnds.append(Int32(tableBytes.count))
        tableWidths.append(UInt8(width))
        if width > widths[k] { widths[k] = width }
    }

    mutating func writeTable() throws {
        let columns = ListingWriter.tableColumns.count - (anyCorrected ? 0 : 1)
        let perRow = ListingWriter.tableColumns.count
        let spaces = [UInt8](repeating: 0x20, count: 64)
        let out = self.out
        func pad(_ n: Int) {
            var n = n
            while n > 0 {
                let m = min(n, 64)
                out.append(contentsOf: spaces[0..<m])
                n -= m
            }
        }
        for (k, name) in ListingWriter.tableColumns.prefix(columns).enumerated() {
            if k > 0 { out.append(contentsOf: "  ".utf8) }
            out.append(name)
            pad(widths[k] - name.count)
        }
        out.append(0x0A)
        let bytes = tableBytes, ends = tableEnds, cellWidths = tableWidths
        try bytes.withUnsafeBufferPointer { all in
            var start = 0
            for r in 0..<rows {
                let first = r * perRow
                for k in 0..<columns {
                    if k > 0 { out.append(0x20); out.append(0x20) }
                    let i = first + k
                    let end = Int(ends[i])
                    if end > start { out.append(contentsOf: UnsafeBufferPointer(rebasing: all[start..<end])) }
                    start = end
                    pad(widths[k] - Int(cellWidths[i]))
                }
                start = Int(ends[first + perRow - 1])
                out.append(0x0A)
                if out.count >= 1 << 16 { try flush() }
            }
        }
        out.append("\(rows) events\n")
    }
}
