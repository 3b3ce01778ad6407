import Foundation
import GRDB

/// A database problem in words, naming the file: `events.sqlite: not a database file`.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// A document's identity in the database: where it was read (the path of the file, folder entry, JSON Lines
/// file or WARC archive, `-` for standard input) and its id there. Two documents with one id from two sources
/// are two documents.
public struct DocumentKey: Sendable, Hashable {
    public var source: String
    public var id: String
    public init(source: String, id: String) {
        self.source = source
        self.id = id
    }
}

/// The training-event database (SQLite through GRDB, WAL mode so that readers query while a batch runs):
/// documents, events, organizers, speakers, participant groups, legal references and warnings in related
/// tables, with named migrations for later schema versions.
///
/// Documents are keyed by (source, id). Writes are idempotent: a record already stored unchanged changes
/// nothing; a changed record (after a rule fix) replaces the old one in place. Reports of one event become one
/// event linked to all its documents (see ``matches(_:type:code:organizers:groups:)``); each merged field keeps
/// the document its value came from and conflicting values become event warnings.
///
/// The cost of writing a document does not grow with the database: the events it could join are found
/// through the index on (province code, start date) within the longest event's span, and joining an event
/// updates it incrementally (its merged values, one warning per conflicting field, its counts); only a report
/// published before the one an event's value came from, or a document that changes or leaves an event,
/// recomputes that event from its reports.
public final class EventStore: Sendable {
    public let pool: DatabasePool
    public let path: String

    /// Opens (or creates) the database at `path`. A writer waits up to `busyTimeout` seconds for another
    /// writer (another `warta extract --db` on the same file) and then retries its transaction. A file that is
    /// not a Warta database is never changed.
    public init(path: String, busyTimeout: TimeInterval = 60) throws {
        self.path = path
        try EventStore.checkIsWarta(path, waiting: busyTimeout)
        var config = Configuration()
        // The schema declares its references; the store keeps them itself (it deletes a document's rows and an
        // event's values and warnings explicitly), so that SQLite does not check a parent row on every insert
        // of a bulk load. A test checks the references with PRAGMA foreign_key_check.
        config.foreignKeysEnabled = false
        config.busyMode = .timeout(busyTimeout)
        // In WAL mode, NORMAL keeps the database consistent after a crash or a kill; only a power loss can
        // lose the last transactions, which --resume writes again.
        // A 512 MB page cache (SQLite's default is 8 MB) keeps in memory what every write looks up or changes at
        // random: the events and their indexes, their values, and the indexes of documents by key and by event
        // (about 400 MB for 1,000,000 documents; the records themselves are only appended), so that a write
        // reads no page from the file however many documents came before, up to about that size. A checkpoint
        // every 50,000 pages of WAL (200 MB) instead of 1,000 writes each page that writes keep changing (an
        // event's row, the index of documents by event) back once per checkpoint instead of once per 4 MB.
        // The writer reads pages through a memory map of the file (up to the 2 GB that SQLite's builds allow):
        // a page that is not in the page cache costs no system call and no copy, which at a million documents
        // (3 GB) is what the writes look up beyond the cache; the pages are the system's file cache, shared, and
        // not the process's own memory. Readers map the file too: a listing of every event in CSV or JSON Lines
        // reads 136 MB of stored rows at a million documents, which copied page by page into the cache cost
        // about 0.4 s of system time, mapped about 0.1 s (a listing of 30,091 events cost the same either way).
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA mmap_size = 2147418112")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -524288")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 50000")
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        pool = try EventStore.openPool(path: path, configuration: config, waiting: busyTimeout)
        // Two processes that open a new file at once both try to migrate it; the one that loses finds the
        // migration done by the other.
        var attempt = 0
        while true {
            do {
                try retrying { try EventStore.migrator.migrate(pool) }
                break
            } catch {
                let done = (try? pool.read { try EventStore.migrator.hasCompletedMigrations($0) }) ?? false
                if done { break }
                attempt += 1
                if attempt >= 3 { throw error }
                usleep(100_000)
            }
        }
    }

    // MARK: - Errors and concurrent writers

    /// Opens the pool, waiting up to `seconds` while another process holds the new file's lock. Opening
    /// switches the file to WAL (`PRAGMA journal_mode = WAL`), which needs the file to itself; SQLite answers
    /// SQLITE_BUSY at once there, without its busy handler, when a second `warta extract --db` opens the file
    /// while the first is creating it (1 run in 20-40 of two runs started together, before this wait).
    static func openPool(path: String, configuration: Configuration, waiting seconds: TimeInterval) throws -> DatabasePool {
        let deadline = Date().addingTimeInterval(seconds)
        var pause: UInt32 = 10_000
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let e as DatabaseError where (e.resultCode.primaryResultCode == .SQLITE_BUSY || e.resultCode.primaryResultCode == .SQLITE_LOCKED) && Date() < deadline {
                usleep(pause)
                pause = min(pause * 2, 500_000)
            } catch {
                throw EventStore.explain(error, path: path)
            }
        }
    }

    /// A database error as a sentence that names the file.
    public static func explain(_ error: any Error, path: String) -> StoreError {
        if let e = error as? StoreError { return e }
        guard let e = error as? DatabaseError else { return StoreError("\(path): \(error)") }
        let words: String
        switch e.resultCode.primaryResultCode {
        case .SQLITE_CANTOPEN: words = "cannot be opened (it is a folder, or its folder does not exist or cannot be written)"
        case .SQLITE_NOTADB: words = "not a database file"
        case .SQLITE_CORRUPT: words = "the database file is corrupt"
        case .SQLITE_READONLY: words = "the database cannot be written (the file or its folder is read-only)"
        case .SQLITE_FULL: words = "the disk is full"
        case .SQLITE_BUSY, .SQLITE_LOCKED: words = "the database is locked: another program kept writing to it for too long"
        case .SQLITE_IOERR: words = "an input/output error while reading or writing the database"
        case .SQLITE_PERM, .SQLITE_AUTH: words = "permission denied"
        default: words = e.message ?? "\(e)"
        }
        return StoreError("\(path): \(words)")
    }

    /// Refuses, without changing it, a file that is not a Warta database: a folder, a file that SQLite cannot
    /// read as a database, a database with tables of another program, or one written by a newer Warta.
    static func checkIsWarta(_ path: String, waiting seconds: TimeInterval = 60) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            var folderIsDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: folder, isDirectory: &folderIsDirectory) || !folderIsDirectory.boolValue {
                throw StoreError("\(path): cannot create the database: the folder \(folder) does not exist")
            }
            return
        }
        if isDirectory.boolValue { throw StoreError("\(path): is a folder, not a database file") }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        if size == 0 { return }
        var config = Configuration()
        config.readonly = true
        // Another Warta that is creating the file holds it alone for a moment; wait as a writer would.
        config.busyMode = .timeout(seconds)
        let tables: [String]
        let applied: [String]
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            (tables, applied) = try queue.read { db in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                let applied = tables.contains("grdb_migrations") ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") : []
                return (tables, applied)
            }
            try queue.close()
        } catch {
            throw explain(error, path: path)
        }
        // Empty, or being created by another Warta that has not committed its first migration yet.
        if tables.allSatisfy({ $0 == "grdb_migrations" }) { return }
        if !tables.contains("grdb_migrations") || !tables.contains("documents") || !applied.contains("v1") {
            throw StoreError("\(path): not a Warta database (it holds the tables \(tables.sorted().joined(separator: ", "))); nothing was changed")
        }
        let known = Set(migrator.migrations)
        let unknown = applied.filter { !known.contains($0) }
        if !unknown.isEmpty {
            throw StoreError("\(path): written by a newer version of Warta (schema \(unknown.joined(separator: ", "))); nothing was changed")
        }
    }

    /// Runs `body`, and again (up to 5 more times, waiting longer each time) when another writer held the
    /// database past the busy timeout; other errors are explained with the file's name.
    func retrying<T>(_ body: () throws -> T) throws -> T {
        try retrying(while: { true }, body)
    }

    /// ``retrying(_:)`` as long as `possible` says that running `body` again is safe (a listing that has
    /// handed on rows is not started again).
    func retrying<T>(while possible: () -> Bool, _ body: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try body()
            } catch let e as DatabaseError where (e.resultCode.primaryResultCode == .SQLITE_BUSY || e.resultCode.primaryResultCode == .SQLITE_LOCKED) && attempt < 5 && possible() {
                attempt += 1
                usleep(UInt32(200_000 * attempt))
            } catch {
                throw EventStore.explain(error, path: path)
            }
        }
    }

    // MARK: - Schema

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE events (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  type TEXT, date_start TEXT, date_end TEXT, venue TEXT, district TEXT, city TEXT, province TEXT,
                  region_code TEXT, participants_total INTEGER, sources INTEGER NOT NULL DEFAULT 0);
                CREATE TABLE documents (
                  id TEXT PRIMARY KEY, source TEXT NOT NULL, format TEXT NOT NULL, title TEXT, url TEXT,
                  published TEXT, published_source TEXT, is_training_event INTEGER NOT NULL DEFAULT 0,
                  confidence REAL, error_kind TEXT, error_message TEXT, record_hash TEXT NOT NULL,
                  record TEXT NOT NULL, event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
                  updated_at TEXT NOT NULL,
                  type TEXT, date_start TEXT, date_end TEXT, venue TEXT, district TEXT, city TEXT, province TEXT,
                  region_code TEXT, participants_total INTEGER);
                CREATE TABLE event_values (
                  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE, field TEXT NOT NULL,
                  value TEXT, document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                  PRIMARY KEY (event_id, field));
                CREATE TABLE event_warnings (
                  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE, field TEXT NOT NULL,
                  message TEXT NOT NULL);
                CREATE TABLE organizers (
                  id INTEGER PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                  name TEXT NOT NULL, role TEXT NOT NULL, evidence TEXT, start INTEGER, "end" INTEGER);
                CREATE TABLE speakers (
                  id INTEGER PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                  name TEXT NOT NULL, kind TEXT NOT NULL, titles TEXT, affiliation TEXT, evidence TEXT,
                  start INTEGER, "end" INTEGER);
                CREATE TABLE legal_references (
                  id INTEGER PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                  canonical TEXT NOT NULL, type TEXT NOT NULL, number TEXT NOT NULL, year INTEGER, subject TEXT,
                  evidence TEXT, start INTEGER, "end" INTEGER);
                CREATE TABLE warnings (
                  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, code TEXT NOT NULL,
                  message TEXT NOT NULL);
                CREATE INDEX events_date ON events(date_start);
                CREATE INDEX events_region ON events(region_code);
                CREATE INDEX documents_event ON documents(event_id, published, id, url);
                CREATE INDEX organizers_document ON organizers(document_id);
                CREATE INDEX speakers_document ON speakers(document_id);
                CREATE INDEX legal_document ON legal_references(document_id);
                CREATE INDEX legal_canonical ON legal_references(canonical);
                CREATE INDEX warnings_document ON warnings(document_id);
                """)
        }
        // v2: documents keyed by (source, id) with an integer key that the other tables refer to; participant
        // groups; events carry what matching needs (province code, organizer and group names) and are found
        // through (province code, start date). The v1 tables are copied, then every event is merged again
        // under the v2 rule.
        m.registerMigration("v2-document-keys") { db in
            for t in ["event_warnings", "event_values", "organizers", "speakers", "legal_references", "warnings", "documents", "events"] {
                try db.execute(sql: "ALTER TABLE \(t) RENAME TO v1_\(t)")
            }
            for i in ["events_date", "events_region", "documents_event", "organizers_document", "speakers_document", "legal_document",
                      "legal_canonical", "warnings_document"] {
                try db.execute(sql: "DROP INDEX IF EXISTS \(i)")
            }
            try db.execute(sql: """
                CREATE TABLE events (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  type TEXT, date_start TEXT, date_end TEXT, venue TEXT, district TEXT, city TEXT, province TEXT,
                  region_code TEXT, participants_total INTEGER, sources INTEGER NOT NULL DEFAULT 0,
                  province_code TEXT, organizer_names TEXT NOT NULL DEFAULT '', group_names TEXT NOT NULL DEFAULT '',
                  law_names TEXT NOT NULL DEFAULT '');
                CREATE TABLE documents (
                  doc INTEGER PRIMARY KEY, id TEXT NOT NULL, source TEXT NOT NULL, format TEXT NOT NULL, title TEXT, url TEXT,
                  published TEXT, published_source TEXT, is_training_event INTEGER NOT NULL DEFAULT 0,
                  confidence REAL, error_kind TEXT, error_message TEXT, record_hash TEXT NOT NULL,
                  event_id INTEGER REFERENCES events(id) ON DELETE SET NULL, updated_at TEXT NOT NULL,
                  type TEXT, date_start TEXT, date_end TEXT, venue TEXT, district TEXT, city TEXT, province TEXT,
                  region_code TEXT, participants_total INTEGER,
                  -- last, so that reading the columns before it never reads the record's pages
                  record TEXT NOT NULL);
                CREATE TABLE event_values (
                  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE, field TEXT NOT NULL,
                  value TEXT, doc INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE, rank TEXT NOT NULL,
                  PRIMARY KEY (event_id, field)) WITHOUT ROWID;
                CREATE TABLE event_warnings (
                  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE, field TEXT NOT NULL,
                  message TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0, rank TEXT NOT NULL DEFAULT '');
                CREATE TABLE organizers (
                  id INTEGER PRIMARY KEY, doc INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
                  name TEXT NOT NULL, role TEXT NOT NULL, evidence TEXT, start INTEGER, "end" INTEGER);
                CREATE TABLE speakers (
                  id INTEGER PRIMARY KEY, doc INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
                  name TEXT NOT NULL, kind TEXT NOT NULL, titles TEXT, affiliation TEXT, evidence TEXT,
                  start INTEGER, "end" INTEGER);
                CREATE TABLE participant_groups (
                  doc INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE, name TEXT NOT NULL, count INTEGER);
                CREATE TABLE legal_references (
                  id INTEGER PRIMARY KEY, doc INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
                  canonical TEXT NOT NULL, type TEXT NOT NULL, number TEXT NOT NULL, year INTEGER, subject TEXT,
                  evidence TEXT, start INTEGER, "end" INTEGER);
                CREATE TABLE warnings (
                  doc INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE, code TEXT NOT NULL,
                  message TEXT NOT NULL);
                CREATE TABLE store_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
                INSERT INTO store_meta (key, value) VALUES ('max_event_days', 0);

                INSERT INTO documents (doc, id, source, format, title, url, published, published_source, is_training_event,
                  confidence, error_kind, error_message, record_hash, record, updated_at, type, date_start, date_end, venue,
                  district, city, province, region_code, participants_total)
                SELECT rowid, id, source, format, title, url, published, published_source, is_training_event,
                  confidence, error_kind, error_message, record_hash, record, updated_at, type, date_start, date_end, venue,
                  district, city, province, region_code, participants_total FROM v1_documents ORDER BY rowid;
                INSERT INTO organizers (doc, name, role, evidence, start, "end")
                  SELECT d.rowid, o.name, o.role, o.evidence, o.start, o."end" FROM v1_organizers o JOIN v1_documents d ON d.id = o.document_id ORDER BY o.id;
                INSERT INTO speakers (doc, name, kind, titles, affiliation, evidence, start, "end")
                  SELECT d.rowid, s.name, s.kind, s.titles, s.affiliation, s.evidence, s.start, s."end" FROM v1_speakers s JOIN v1_documents d ON d.id = s.document_id ORDER BY s.id;
                INSERT INTO legal_references (doc, canonical, type, number, year, subject, evidence, start, "end")
                  SELECT d.rowid, l.canonical, l.type, l.number, l.year, l.subject, l.evidence, l.start, l."end" FROM v1_legal_references l JOIN v1_documents d ON d.id = l.document_id ORDER BY l.id;
                INSERT INTO warnings (doc, code, message)
                  SELECT d.rowid, w.code, w.message FROM v1_warnings w JOIN v1_documents d ON d.id = w.document_id ORDER BY w.rowid;
                INSERT INTO participant_groups (doc, name, count)
                  SELECT d.rowid, json_extract(g.value, '$.name'), json_extract(g.value, '$.count')
                  FROM v1_documents d, json_each(d.record, '$.event.participants.groups') g
                  WHERE json_valid(d.record) AND json_extract(g.value, '$.name') IS NOT NULL ORDER BY d.rowid, g.key;
                """)
            for t in ["event_warnings", "event_values", "organizers", "speakers", "legal_references", "warnings", "documents", "events"] {
                try db.execute(sql: "DROP TABLE v1_\(t)")
            }
            try db.execute(sql: """
                CREATE UNIQUE INDEX documents_key ON documents(source, id);
                CREATE INDEX documents_event ON documents(event_id);
                CREATE INDEX documents_errors ON documents(doc) WHERE error_kind IS NOT NULL;
                CREATE INDEX documents_training ON documents(doc) WHERE is_training_event;
                CREATE INDEX events_place_date ON events(province_code, date_start);
                CREATE INDEX events_date ON events(date_start);
                CREATE INDEX organizers_doc ON organizers(doc);
                CREATE INDEX speakers_doc ON speakers(doc);
                CREATE INDEX groups_doc ON participant_groups(doc);
                CREATE INDEX legal_doc ON legal_references(doc);
                CREATE INDEX legal_canonical ON legal_references(canonical COLLATE NOCASE);
                CREATE INDEX warnings_doc ON warnings(doc);
                CREATE INDEX event_warnings_event ON event_warnings(event_id);
                """)
            // Merge the copied documents into events again, in the order they were first written.
            var state = try WriteState(db)
            let rows = try Row.fetchAll(db, sql: "SELECT doc FROM documents WHERE type IS NOT NULL ORDER BY doc")
            for row in rows {
                let doc: Int64 = row["doc"]
                guard let report = try Report(db, doc: doc) else { continue }
                if let candidate = try matchingEvent(db, report, state: &state) {
                    try db.execute(sql: "UPDATE documents SET event_id = ? WHERE doc = ?", arguments: [candidate.id, doc])
                    try join(db, event: candidate.id, report, candidate: candidate, state: &state)
                } else {
                    let eventID = try createEvent(db, report, state: &state)
                    try db.execute(sql: "UPDATE documents SET event_id = ? WHERE doc = ?", arguments: [eventID, doc])
                    try insertValues(db, event: eventID, report)
                }
            }
        }
        registerCorrections(&m)
        m.registerMigration("v3-query-indexes") { db in try EventStore.createQueryIndexes(db) }
        // What merging compares of a candidate event, in the index that finds the candidates, so that they are
        // compared without reading their rows.
        m.registerMigration("v4-candidate-index") { db in
            try db.execute(sql: """
                DROP INDEX IF EXISTS events_place_date;
                CREATE INDEX events_candidates ON events(province_code, date_start, date_end, region_code, organizer_names, group_names);
                """)
        }
        // Each event's row of `warta db events`, made from its reports when they change (ListingStore.swift).
        m.registerMigration("v5-event-listing") { db in try EventStore.createListingTable(db) }
        // What a table and a regulation's filter read, apart from the rows; and the rows (ListingStore.swift).
        m.registerMigration("v6-listing-columns") { db in try EventStore.createListingColumns(db) }
        // The table's cells in the order of the listing, read in one pass (ListingStore.swift).
        m.registerMigration("v7-listing-order") { db in try EventStore.createListingOrderIndex(db) }
        // The rows in the listing's order, read in one pass by CSV and JSON Lines (ListingStore.swift).
        m.registerMigration("v8-listing-rows") { db in try EventStore.createListingRows(db) }
        return m
    }

    public enum Outcome: Sendable, Equatable { case inserted, updated, unchanged }

    // MARK: - Resume

    /// Whether the document `id` of `source` is stored (for `--resume`: one indexed look-up per document, so
    /// that memory stays bounded whatever the size of the database).
    public func contains(_ key: DocumentKey) throws -> Bool {
        try retrying {
            try pool.read { db in
                try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM documents WHERE source = ? AND id = ?"), arguments: [key.source, key.id]) ?? false
            }
        }
    }

    /// The keys of the documents stored (for tests and small databases).
    public func documentKeys() throws -> Set<DocumentKey> {
        try retrying {
            try pool.read { db in
                Set(try Row.fetchAll(db.cachedStatement(sql: "SELECT source, id FROM documents")).map { DocumentKey(source: $0[0], id: $0[1]) })
            }
        }
    }

    // MARK: - Writing

    /// The time now as ISO 8601 in UTC (no formatter objects on the write path).
    static func timestamp() -> String {
        var t = time(nil)
        var parts = tm()
        gmtime_r(&t, &parts)
        func two(_ x: Int32) -> String { x < 10 ? "0\(x)" : "\(x)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }

    /// The FNV-1a hash of a record's JSON, in hex: an unchanged record is not written again.
    static func hash(_ s: String) -> String { String(Vocabulary.hash(s), radix: 16) }

    /// Writes one record in one transaction.
    @discardableResult
    public func write(_ record: Record) throws -> Outcome {
        try write([record])[0]
    }

    /// Writes records in one transaction (a chunk of a batch run): a run killed mid-way leaves whole chunks,
    /// and the chunk shares one commit, which writes each changed page once instead of once per document.
    /// `lines` are the records' compact JSON lines when the caller has them already (serialized on the worker
    /// threads of a batch). When another writer holds the database, the transaction waits and is retried.
    @discardableResult
    public func write(_ records: [Record], lines: [[UInt8]]? = nil) throws -> [Outcome] {
        let prepared = records.enumerated().map { i, r in
            let json = lines.flatMap { i < $0.count ? String(decoding: $0[i], as: UTF8.self) : nil } ?? String(decoding: r.jsonLine(), as: UTF8.self)
            return (r, json, EventStore.hash(json))
        }
        let now = EventStore.timestamp()
        return try retrying {
            // BEGIN IMMEDIATE takes the write lock first, waiting for another writer through the busy timeout;
            // a deferred transaction that read first would fail at once when the other writer had committed
            // since its read began.
            try pool.writeWithoutTransaction { db in
                var outcomes: [Outcome] = []
                try db.inTransaction(.immediate) {
                    var state = try WriteState(db)
                    outcomes = try prepared.map { r, json, hash in try EventStore.write(r, json: json, hash: hash, now: now, in: db, state: &state) }
                    // The listing rows of the events the chunk created or changed, each made once.
                    try EventStore.storeListings(db, events: state.listed)
                    return .commit
                }
                return outcomes
            }
        }
    }

    /// The documents of a batch written in one transaction (`warta extract --db`): 1,024 per thread. Each
    /// report that joins an event changes pages anywhere in the file (the event's row, its entry in the index
    /// of documents by event), and a transaction writes each page it changed to the WAL once, however many
    /// of its reports changed it; the more reports a transaction holds, the more of them share a page
    /// (200,000 synthetic documents: 283 against 302 µs of processor time per document with 256).
    public static func chunkSize(jobs: Int) -> Int { max(1, jobs) * 1_024 }

    /// What a write transaction knows about the database: the longest event's span in days, which bounds the
    /// window of start dates where an overlapping event can begin.
    struct WriteState {
        var maxEventDays: Int
        var names = NameWords()
        /// The events whose listing row (``storeListings(_:events:)``) the transaction must write again.
        var listed = Set<Int64>()
        /// Whether a report's names (its groups, or its organizers and type) match a candidate's stored names
        /// column, keyed by both: a province-day's candidates hold few distinct columns and many reports compare
        /// with them, so each pair is compared once per transaction. Bounded like ``NameWords``.
        var groupMatches: [Pair: Bool] = [:]
        var organizerMatches: [Pair: Bool] = [:]

        struct Pair: Hashable {
            var report: String
            var column: String
        }

        init(_ db: Database) throws {
            maxEventDays = try Int.fetchOne(db.cachedStatement(sql: "SELECT value FROM store_meta WHERE key = 'max_event_days'")) ?? 0
        }

        /// The participants test of ``matches``: true when either side names no group, or a group of the
        /// report is similar to one of the column's.
        mutating func groupsMatch(_ r: Report, _ column: String) -> Bool {
            if r.groups.isEmpty || column.isEmpty { return true }
            return Self.anySimilar(r.groups, column, names: &names, memo: &groupMatches)
        }

        /// Whether a report's organizer is similar to one of the column's (the first test of ``matches``
        /// once the place and the participants match; when it fails, the type decides if a side names none).
        mutating func organizersMatch(_ r: Report, _ column: String) -> Bool {
            if r.organizers.isEmpty || column.isEmpty { return false }
            return Self.anySimilar(r.organizers, column, names: &names, memo: &organizerMatches)
        }

        /// Whether one of a report's names is similar to one of a stored names column (one name per line),
        /// remembered per (names, column) pair in `memo`, which is emptied past 50,000 pairs.
        private static func anySimilar(_ reportNames: [String], _ column: String, names: inout NameWords, memo: inout [Pair: Bool]) -> Bool {
            let key = Pair(report: reportNames.joined(separator: "\n"), column: column)
            if key.report == column { return true }
            if let known = memo[key] { return known }
            let stored = EventStore.names(column)
            let result = reportNames.contains { n in stored.contains { names.similar(n, $0) } }
            if memo.count > 50_000 { memo.removeAll(keepingCapacity: true) }
            memo[key] = result
            return result
        }
    }

    static let mergedFields = ["type", "date_start", "date_end", "venue", "district", "city", "province", "region_code", "participants_total"]
    /// The positions in `mergedFields` of the names (venue, district, city, province), whose values are the same
    /// when they are the same normalized (``Matching/same(_:_:)``).
    static let namedFields: Set<Int> = [3, 4, 5, 6]

    /// A document's report of an event: what merging reads of it.
    struct Report {
        var doc: Int64
        var id: String
        /// The order in which reports give an event its values: earliest published first (undated last),
        /// then by id and source.
        var rank: String
        var type: String?
        var start: Day?
        var end: Day?
        var regionCode: String?
        /// The values of `mergedFields`, in that order.
        var values: [String?]
        var organizers: [String]
        var groups: [String]
        /// The canonical legal references the report cites.
        var laws: [String]

        static func rank(published: String?, id: String, source: String) -> String {
            (published ?? "~") + "\u{1}" + id + "\u{1}" + source
        }

        /// The document id that a rank holds.
        static func id(inRank rank: String) -> String {
            let parts = rank.split(separator: "\u{1}", maxSplits: 2, omittingEmptySubsequences: false)
            return parts.count > 1 ? String(parts[1]) : rank
        }

        init(_ record: Record, doc: Int64) {
            let d = record.document
            let e = record.event
            self.doc = doc
            id = d.id
            rank = Report.rank(published: d.published?.iso, id: d.id, source: d.source)
            type = e?.type
            start = e?.date?.start
            end = e?.date?.end
            regionCode = e?.location?.regionCode
            values = [e?.type, e?.date?.start.iso, e?.date?.end.iso, e?.location?.venue, e?.location?.district, e?.location?.city,
                      e?.location?.province, e?.location?.regionCode, e?.participants?.total.map { "\($0)" }]
            organizers = EventStore.distinct(e?.organizers.map(\.name) ?? [])
            groups = EventStore.distinct(e?.participants?.groups.map(\.name) ?? [])
            laws = EventStore.distinct(record.legalReferences.map(\.canonical))
        }

        /// A stored document's report (for migrations); nil when it reports no event.
        init?(_ db: Database, doc: Int64) throws {
            guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT id, source, published, type, date_start, date_end, venue, district, city, province, region_code,
                  participants_total FROM documents WHERE doc = ?
                """), arguments: [doc]) else { return nil }
            guard let type: String = row["type"] else { return nil }
            self.doc = doc
            id = row["id"]
            rank = Report.rank(published: row["published"], id: id, source: row["source"])
            self.type = type
            start = (row["date_start"] as String?).flatMap { Day(iso: $0) }
            end = (row["date_end"] as String?).flatMap { Day(iso: $0) }
            regionCode = row["region_code"]
            values = EventStore.mergedFields.map { f in f == "participants_total" ? (row[f] as Int?).map { "\($0)" } : row[f] }
            organizers = EventStore.distinct(try String.fetchAll(db.cachedStatement(sql: "SELECT name FROM organizers WHERE doc = ? ORDER BY id"), arguments: [doc]))
            groups = EventStore.distinct(try String.fetchAll(db.cachedStatement(sql: "SELECT name FROM participant_groups WHERE doc = ? ORDER BY rowid"), arguments: [doc]))
            laws = EventStore.distinct(try String.fetchAll(db.cachedStatement(sql: "SELECT canonical FROM legal_references WHERE doc = ? ORDER BY id"), arguments: [doc]))
        }
    }

    static func distinct(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// Names stored in one column, one per line.
    static func names(_ column: String?) -> [String] { (column ?? "").split(separator: "\n").map(String.init) }

    static func write(_ record: Record, json: String, hash: String, now: String, in db: Database, state: inout WriteState) throws -> Outcome {
        let d = record.document
        let existing = try Row.fetchOne(db.cachedStatement(sql: "SELECT doc, record_hash, event_id FROM documents WHERE source = ? AND id = ?"), arguments: [d.source, d.id])
        if let existing, (existing["record_hash"] as String?) == hash { return .unchanged }
        var touched = Set<Int64>()
        var report = Report(record, doc: existing?["doc"] ?? 0)
        if let existing {
            let doc: Int64 = existing["doc"]
            for table in ["organizers", "speakers", "participant_groups", "legal_references", "warnings"] {
                try db.cachedStatement(sql: "DELETE FROM \(table) WHERE doc = ?").execute(arguments: [doc])
            }
            if let old: Int64 = existing["event_id"] {
                touched.insert(old)
                // Until the old event is recomputed, this document gives it no values.
                try db.cachedStatement(sql: "UPDATE documents SET event_id = NULL WHERE doc = ?").execute(arguments: [doc])
            }
        }
        // The event this document reports: one it joins, or a new one.
        var candidate: Candidate? = nil
        var eventID: Int64? = nil
        if record.event != nil {
            candidate = try matchingEvent(db, report, state: &state)
            eventID = try candidate?.id ?? createEvent(db, report, state: &state)
        }
        let e = record.event
        let fields: [DatabaseValueConvertible?] = [
            e?.type, e?.date?.start.iso, e?.date?.end.iso, e?.location?.venue, e?.location?.district, e?.location?.city,
            e?.location?.province, e?.location?.regionCode, e?.participants?.total,
        ]
        let columns: [DatabaseValueConvertible?] = [d.source, d.format, d.title, d.url, d.published?.iso, d.publishedSource, record.isTrainingEvent,
                                                     record.confidence, record.error?.kind, record.error?.message, hash, json, eventID, now] + fields
        if existing != nil {
            try db.cachedStatement(sql: """
                UPDATE documents SET source = ?, format = ?, title = ?, url = ?, published = ?, published_source = ?,
                  is_training_event = ?, confidence = ?, error_kind = ?, error_message = ?, record_hash = ?, record = ?,
                  event_id = ?, updated_at = ?, type = ?, date_start = ?, date_end = ?, venue = ?, district = ?,
                  city = ?, province = ?, region_code = ?, participants_total = ? WHERE doc = ?
                """).execute(arguments: StatementArguments(columns + [report.doc]))
        } else {
            try db.cachedStatement(sql: """
                INSERT INTO documents (id, source, format, title, url, published, published_source, is_training_event,
                  confidence, error_kind, error_message, record_hash, record, event_id, updated_at, type, date_start, date_end, venue,
                  district, city, province, region_code, participants_total)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: StatementArguments([d.id] + columns))
            report.doc = db.lastInsertedRowID
        }
        let doc = report.doc
        for l in record.legalReferences {
            try db.cachedStatement(sql: "INSERT INTO legal_references (doc, canonical, type, number, year, subject, evidence, start, \"end\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").execute(
                arguments: [doc, l.canonical, l.type, l.number, l.year, l.subject, l.evidence.text, l.evidence.start, l.evidence.end])
        }
        for w in record.warnings {
            try db.cachedStatement(sql: "INSERT INTO warnings (doc, code, message) VALUES (?, ?, ?)").execute(arguments: [doc, w.code, w.message])
        }
        if let e {
            for o in e.organizers {
                try db.cachedStatement(sql: "INSERT INTO organizers (doc, name, role, evidence, start, \"end\") VALUES (?, ?, ?, ?, ?, ?)").execute(
                    arguments: [doc, o.name, o.role, o.evidence.text, o.evidence.start, o.evidence.end])
            }
            for s in e.speakers {
                try db.cachedStatement(sql: "INSERT INTO speakers (doc, name, kind, titles, affiliation, evidence, start, \"end\") VALUES (?, ?, ?, ?, ?, ?, ?, ?)").execute(
                    arguments: [doc, s.name, s.kind.rawValue, s.titles.joined(separator: ", "), s.affiliation, s.evidence.text, s.evidence.start, s.evidence.end])
            }
            for g in e.participants?.groups ?? [] {
                try db.cachedStatement(sql: "INSERT INTO participant_groups (doc, name, count) VALUES (?, ?, ?)").execute(arguments: [doc, g.name, g.count])
            }
        }
        if let eventID, !touched.contains(eventID) {
            if let candidate {
                try join(db, event: eventID, report, candidate: candidate, state: &state)
            } else {
                try insertValues(db, event: eventID, report)
            }
        }
        for id in touched { try recompute(db, event: id, state: &state) }
        if let eventID { state.listed.insert(eventID) }
        state.listed.formUnion(touched)
        return existing == nil ? .inserted : .updated
    }

    // MARK: - Merging reports into events

    /// A stored event that a report could join, with what matching reads of it.
    struct Candidate {
        var id: Int64
        var type: String?
        var regionCode: String?
        var organizers: [String]
        var groups: [String]
        var laws: [String]
    }

    /// The event this report describes too, if one is stored. Only events in the same province whose dates
    /// overlap the report's are read, through the index on (province code, start date): an overlapping event
    /// starts at most the longest event's span before the report. A report without a date or a place never
    /// merges.
    /// The events in a province whose dates overlap a report's (the arguments: the province code, the
    /// earliest start date, the report's end and start), in order of their id, with what matching compares:
    /// all of it in the index `events_candidates`, which SQLite reads without the events' rows.
    static let candidatesSQL = """
        SELECT id, region_code, organizer_names, group_names FROM events
        WHERE province_code = ? AND date_start >= ? AND date_start <= ? AND date_end >= ? ORDER BY id
        """

    static func matchingEvent(_ db: Database, _ r: Report, state: inout WriteState) throws -> Candidate? {
        guard let start = r.start, let end = r.end, let code = r.regionCode, code.utf8.count >= 2 else { return nil }
        let province = String(code.prefix(2))
        // The place and the names that matching compares are in the index `events_candidates`, so the
        // candidates are compared from its entries, next to each other, without reading their rows: only the
        // row of the one that matches is read (and a candidate's type, when it or the report names no organizer).
        let rows = try Row.fetchCursor(db.cachedStatement(sql: candidatesSQL), arguments: [province, start.adding(days: -state.maxEventDays).iso, end.iso, start.iso])
        while let row = try rows.next() {
            // In the order of ``matches``: the place, then the participants (a Dinas Sosial holds trainings of
            // several kinds of participants on one day), then the organizers or the type.
            let code: String? = row[1]
            guard samePlace(r.regionCode, code) else { continue }
            let groupColumn = (row[3] as String?) ?? ""
            guard state.groupsMatch(r, groupColumn) else { continue }
            let organizerColumn = (row[2] as String?) ?? ""
            let id: Int64 = row[0]
            let similarOrganizers = state.organizersMatch(r, organizerColumn)
            if !similarOrganizers, !r.organizers.isEmpty, !organizerColumn.isEmpty { continue }
            guard let event = try Row.fetchOne(db.cachedStatement(sql: "SELECT type, law_names FROM events WHERE id = ?"), arguments: [id]) else { continue }
            if !similarOrganizers, (event[0] as String?) != r.type { continue }
            return Candidate(id: id, type: event[0], regionCode: code, organizers: names(organizerColumn), groups: names(groupColumn), laws: names(event[1]))
        }
        return nil
    }

    /// Whether a report describes a stored event (whose dates overlap it): the same place (the same
    /// kabupaten/kota code, or its province); participants of the same kind when both name groups (a Dinas
    /// Sosial that trains PSM and, the same day, kader posyandu holds two events); and similar organizers (most
    /// words shared), or the same type when one side names no organizer.
    static func matches(_ r: Report, type: String?, code: String?, organizers: [String], groups: [String], names: inout NameWords) -> Bool {
        guard samePlace(r.regionCode, code) else { return false }
        if !r.groups.isEmpty, !groups.isEmpty, !r.groups.contains(where: { g in groups.contains { names.similar(g, $0) } }) {
            return false
        }
        if r.organizers.contains(where: { n in organizers.contains { names.similar(n, $0) } }) { return true }
        return type == r.type && (r.organizers.isEmpty || organizers.isEmpty)
    }

    /// ``Matching/mostWords(_:_:)`` with the words of each name computed once per transaction (a name is
    /// compared with the names of every candidate event).
    struct NameWords {
        var cache: [String: [[String]]] = [:]

        mutating func words(_ name: String) -> [[String]] {
            if let w = cache[name] { return w }
            if cache.count > 50_000 { cache.removeAll(keepingCapacity: true) }
            let w = Matching.variants(name).map(Matching.words)
            cache[name] = w
            return w
        }

        mutating func similar(_ a: String, _ b: String) -> Bool {
            if a == b { return true }
            let wa = words(a), wb = words(b)
            return wa.contains { x in wb.contains { y in NameWords.mostWordsOnce(x, y) } }
        }

        /// More than half of the words of the longer side are shared.
        static func mostWordsOnce(_ wa: [String], _ wb: [String]) -> Bool {
            Matching.mostWordsOnce(words: wa, wb)
        }
    }

    /// Two region codes name the same place when they are equal, or when one is the province of the other.
    static func samePlace(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return false }
        if a == b { return true }
        return a.count == 2 && b.hasPrefix(a + ".") || b.count == 2 && a.hasPrefix(b + ".")
    }

    /// A report joins an event (new or stored): each field takes the value of the earliest report that has
    /// one (by ``Report/rank``), so a field the event lacks, or whose value came from a later report, takes the
    /// report's value; the counts and names grow. Only the event and its values are read and written (at most
    /// nine rows), never its other reports, whatever the order in which reports arrive. The reports' values
    /// that differ from the event's are not stored: `events` lists them as warnings from the reports (see
    /// ``eventWarnings(_:)``).
    static func join(_ db: Database, event id: Int64, _ r: Report, candidate: Candidate, state: inout WriteState) throws {
        var chosen = [(value: String, rank: String)?](repeating: nil, count: mergedFields.count)
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT field, value, rank FROM event_values WHERE event_id = ?"), arguments: [id]) {
            guard let i = mergedFields.firstIndex(of: row[0]) else { continue }
            chosen[i] = ((row[1] as String?) ?? "", row[2])
        }
        // The columns of the event's row that change, with their new values: only those are written, so that
        // only the indexes of those columns are rewritten (a report that adds a law rewrites the entries of
        // `event_laws`, not those of the dates, the place, the type and the count of participants).
        var columns: [String] = []
        var arguments: [DatabaseValueConvertible?] = []
        for (i, v) in r.values.enumerated() {
            guard let v else { continue }
            if let c = chosen[i], c.rank <= r.rank { continue }
            try db.cachedStatement(sql: """
                INSERT INTO event_values (event_id, field, value, doc, rank) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (event_id, field) DO UPDATE SET value = excluded.value, doc = excluded.doc, rank = excluded.rank
                """).execute(arguments: [id, mergedFields[i], v, r.doc, r.rank])
            if chosen[i]?.value != v {
                columns.append(mergedFields[i])
                arguments.append(i == 8 ? Int(v) : v)
                if i == 7 {
                    columns.append("province_code")
                    arguments.append(String(v.prefix(2)))
                }
            }
            chosen[i] = (v, r.rank)
        }
        let names = EventNames(candidate, r)
        for (column, new, old) in [("organizer_names", names.organizers, candidate.organizers), ("group_names", names.groups, candidate.groups),
                                   ("law_names", names.laws, candidate.laws)] where new != old {
            columns.append(column)
            arguments.append(new.joined(separator: "\n"))
        }
        // One statement per set of changed columns (a handful occur), each prepared once per connection.
        let set = columns.map { "\($0) = ?, " }.joined()
        try db.cachedStatement(sql: "UPDATE events SET \(set)sources = sources + 1 WHERE id = ?").execute(arguments: StatementArguments(arguments + [id]))
        if columns.contains("date_start") || columns.contains("date_end") {
            try noteSpan(db, chosen[1]?.value, chosen[2]?.value, state: &state)
        }
    }

    /// The names an event keeps of its reports: organizers and participant groups (which merging compares)
    /// and the legal references (which `warta db events --law` looks for), each distinct, one per line.
    struct EventNames {
        var organizers: [String]
        var groups: [String]
        var laws: [String]

        init(organizers: [String], groups: [String], laws: [String]) {
            self.organizers = organizers
            self.groups = groups
            self.laws = laws
        }

        /// A stored event's names and those of a report that joins it.
        init(_ c: Candidate, _ r: Report) {
            self.init(organizers: distinct(c.organizers + r.organizers), groups: distinct(c.groups + r.groups), laws: distinct(c.laws + r.laws))
        }
    }

    /// A new event of one report, its fields the report's (its values are written by ``insertValues``, once
    /// the document has its key).
    static func createEvent(_ db: Database, _ r: Report, state: inout WriteState) throws -> Int64 {
        let v = r.values
        try db.cachedStatement(sql: """
            INSERT INTO events (type, date_start, date_end, venue, district, city, province, region_code, participants_total,
              province_code, organizer_names, group_names, law_names, sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
            """).execute(arguments: [v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8].flatMap { Int($0) }, v[7].map { String($0.prefix(2)) },
                                     r.organizers.joined(separator: "\n"), r.groups.joined(separator: "\n"), r.laws.joined(separator: "\n")])
        let id = db.lastInsertedRowID
        try noteSpan(db, v[1], v[2], state: &state)
        return id
    }

    /// The values of a new event's only report, in one statement.
    static func insertValues(_ db: Database, event id: Int64, _ r: Report) throws {
        var args: [DatabaseValueConvertible?] = []
        for (i, v) in r.values.enumerated() {
            guard let v else { continue }
            args += [id, mergedFields[i], v, r.doc, r.rank]
        }
        if args.isEmpty { return }
        let rows = Array(repeating: "(?, ?, ?, ?, ?)", count: args.count / 5).joined(separator: ", ")
        try db.cachedStatement(sql: "INSERT INTO event_values (event_id, field, value, doc, rank) VALUES \(rows)").execute(arguments: StatementArguments(args))
    }

    static func noteSpan(_ db: Database, _ start: String?, _ end: String?, state: inout WriteState) throws {
        if let s = start.flatMap({ Day(iso: $0) }), let e = end.flatMap({ Day(iso: $0) }), e.ordinal - s.ordinal > state.maxEventDays {
            state.maxEventDays = e.ordinal - s.ordinal
            try db.cachedStatement(sql: "UPDATE store_meta SET value = ? WHERE key = 'max_event_days'").execute(arguments: [state.maxEventDays])
        }
    }

    /// Writes an event's merged fields; `sources` nil adds one report.
    static func updateEvent(_ db: Database, id: Int64, values v: [String?], sources: Int?, names: EventNames, state: inout WriteState) throws {
        let province = v[7].map { String($0.prefix(2)) }
        try db.cachedStatement(sql: """
            UPDATE events SET type = ?, date_start = ?, date_end = ?, venue = ?, district = ?, city = ?, province = ?,
              region_code = ?, participants_total = ?, province_code = ?, organizer_names = ?, group_names = ?, law_names = ?,
              sources = coalesce(?, sources + 1) WHERE id = ?
            """).execute(arguments: [v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8].flatMap { Int($0) }, province,
                                     names.organizers.joined(separator: "\n"), names.groups.joined(separator: "\n"),
                                     names.laws.joined(separator: "\n"), sources, id])
        try noteSpan(db, v[1], v[2], state: &state)
    }

    /// Recomputes an event's merged fields from its documents, earliest published first (for a document that
    /// changes or leaves the event). An event left without documents is deleted.
    /// `names` are the event's organizer and group names when the caller knows them; otherwise they are read
    /// from its reports.
    static func recompute(_ db: Database, event id: Int64, names known: EventNames? = nil, state: inout WriteState) throws {
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT doc, id, source, published, type, date_start, date_end, venue, district, city, province, region_code, participants_total
            FROM documents WHERE event_id = ?
            """), arguments: [id])
        if rows.isEmpty {
            try db.cachedStatement(sql: "DELETE FROM event_values WHERE event_id = ?").execute(arguments: [id])
            try db.cachedStatement(sql: "DELETE FROM events WHERE id = ?").execute(arguments: [id])
            return
        }
        let reports = rows.map { row -> (doc: Int64, id: String, rank: String, values: [String?]) in
            let docID: String = row["id"]
            return (row["doc"], docID, Report.rank(published: row["published"], id: docID, source: row["source"]), reportValues(row))
        }.sorted { $0.rank < $1.rank }
        try db.cachedStatement(sql: "DELETE FROM event_values WHERE event_id = ?").execute(arguments: [id])
        var chosen = [(value: String, doc: Int64, rank: String)?](repeating: nil, count: mergedFields.count)
        for r in reports {
            for (i, v) in r.values.enumerated() where chosen[i] == nil {
                if let v { chosen[i] = (v, r.doc, r.rank) }
            }
        }
        for (i, c) in chosen.enumerated() {
            guard let c else { continue }
            try db.cachedStatement(sql: "INSERT INTO event_values (event_id, field, value, doc, rank) VALUES (?, ?, ?, ?, ?)").execute(
                arguments: [id, mergedFields[i], c.value, c.doc, c.rank])
        }
        let names = try known ?? EventNames(
            organizers: distinct(String.fetchAll(db.cachedStatement(sql: """
                SELECT o.name FROM organizers o JOIN documents d ON d.doc = o.doc WHERE d.event_id = ?
                ORDER BY d.published IS NULL, d.published, d.id, o.id
                """), arguments: [id])),
            groups: distinct(String.fetchAll(db.cachedStatement(sql: """
                SELECT g.name FROM participant_groups g JOIN documents d ON d.doc = g.doc WHERE d.event_id = ?
                ORDER BY d.published IS NULL, d.published, d.id, g.rowid
                """), arguments: [id])),
            laws: distinct(String.fetchAll(db.cachedStatement(sql: """
                SELECT l.canonical FROM legal_references l JOIN documents d ON d.doc = l.doc WHERE d.event_id = ? ORDER BY l.canonical
                """), arguments: [id])))
        try updateEvent(db, id: id, values: chosen.map { $0?.value }, sources: reports.count, names: names, state: &state)
    }

    /// A report's values of `mergedFields` from the columns of its `documents` row.
    static func reportValues(_ row: Row) -> [String?] {
        mergedFields.map { f in f == "participants_total" ? (row[f] as Int?).map { "\($0)" } : row[f] }
    }

    /// The values of an event's reports that differ from the event's, field by field in the order of
    /// `mergedFields` and in the order of the reports: `participants_total: 41 (b) differs from 40 (a)`. Each
    /// field's value is the earliest report's (by ``Report/rank``); a value differs when it is not the same
    /// once normalized (``Matching/same(_:_:)``).
    static func eventWarnings(_ reports: [(id: String, rank: String, values: [String?])]) -> [String] {
        let sorted = reports.sorted { $0.rank < $1.rank }
        var out: [String] = []
        for (i, field) in mergedFields.enumerated() {
            var chosen: (value: String, id: String, normalized: String?)? = nil
            // Names are compared normalized; a type, an ISO date, a region code or a count differs when its text does.
            let isName = namedFields.contains(i)
            for r in sorted {
                guard let v = r.values[i] else { continue }
                if var c = chosen {
                    guard c.value != v else { continue }
                    if !isName {
                        out.append("\(field): \(v) (\(r.id)) differs from \(c.value) (\(c.id))")
                        continue
                    }
                    // The event's value is normalized once, each differing value once.
                    let normalized = c.normalized ?? Matching.normalized(c.value)
                    if c.normalized == nil { c.normalized = normalized; chosen = c }
                    if Matching.normalized(v) != normalized { out.append("\(field): \(v) (\(r.id)) differs from \(c.value) (\(c.id))") }
                } else {
                    chosen = (v, r.id, nil)
                }
            }
        }
        return out
    }
}

// MARK: - v3: what queries need at archive scale

extension EventStore {
    /// The dimensions that `store_counts` keeps, with the expression of an `events` or `documents` row that gives
    /// each one's key (an unknown value is the empty key).
    /// `ROW` stands for `new` or `old` in a trigger.
    static let eventCountKeys: [(kind: String, key: String)] = [
        ("events", "''"),
        ("year", "coalesce(substr(ROW.date_start, 1, 4), '')"),
        ("province", "coalesce(ROW.province, '')"),
        ("type", "coalesce(ROW.type, '')"),
        ("city", "coalesce(ROW.city, '')"),
    ]

    /// v3: the counts that `warta db stats` prints, kept by triggers in the same transaction as every write
    /// (whatever writes: the store, a migration or another tool), so that no query counts rows; an index for
    /// each filter and sort order of `warta db events`; the sources of an event in a covering index.
    static func createQueryIndexes(_ db: Database) throws {
        func upsert(_ rows: [String]) -> String {
            "INSERT INTO store_counts (kind, key, n) VALUES \(rows.joined(separator: ", ")) ON CONFLICT (kind, key) DO UPDATE SET n = n + excluded.n;"
        }
        func key(_ template: String, _ row: String) -> String { template.replacingOccurrences(of: "ROW.", with: row + ".") }
        let added = eventCountKeys.map { "('\($0.kind)', \(key($0.key, "new")), 1)" }
        let removed = eventCountKeys.map { "('\($0.kind)', \(key($0.key, "old")), -1)" }
        let moved = eventCountKeys.dropFirst().flatMap { ["('\($0.kind)', \(key($0.key, "old")), -1)", "('\($0.kind)', \(key($0.key, "new")), 1)"] }
        let documentKeys = [("documents", "1"), ("errors", "(ROW.error_kind IS NOT NULL)"), ("training", "(ROW.is_training_event != 0)")]
        func documentRows(_ row: String, _ sign: String) -> [String] {
            documentKeys.map { "('\($0.0)', '', \(sign)\(key($0.1, row)))" }
        }
        try db.execute(sql: """
            CREATE TABLE store_counts (kind TEXT NOT NULL, key TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID;
            \(upsert(["('events', '', 0)", "('documents', '', 0)", "('errors', '', 0)", "('training', '', 0)"]))
            INSERT INTO store_counts (kind, key, n) SELECT 'year', coalesce(substr(date_start, 1, 4), ''), COUNT(*) FROM events GROUP BY 2;
            INSERT INTO store_counts (kind, key, n) SELECT 'province', coalesce(province, ''), COUNT(*) FROM events GROUP BY 2;
            INSERT INTO store_counts (kind, key, n) SELECT 'type', coalesce(type, ''), COUNT(*) FROM events GROUP BY 2;
            INSERT INTO store_counts (kind, key, n) SELECT 'city', coalesce(city, ''), COUNT(*) FROM events GROUP BY 2;
            UPDATE store_counts SET n = (SELECT COUNT(*) FROM events) WHERE kind = 'events';
            UPDATE store_counts SET n = (SELECT COUNT(*) FROM documents) WHERE kind = 'documents';
            UPDATE store_counts SET n = (SELECT COUNT(*) FROM documents WHERE error_kind IS NOT NULL) WHERE kind = 'errors';
            UPDATE store_counts SET n = (SELECT COUNT(*) FROM documents WHERE is_training_event) WHERE kind = 'training';

            CREATE TRIGGER events_counted AFTER INSERT ON events BEGIN
              \(upsert(added))
            END;
            CREATE TRIGGER events_uncounted AFTER DELETE ON events BEGIN
              \(upsert(removed))
            END;
            CREATE TRIGGER events_recounted AFTER UPDATE OF date_start, province, type, city ON events
            WHEN old.date_start IS NOT new.date_start OR old.province IS NOT new.province OR old.type IS NOT new.type OR old.city IS NOT new.city
            BEGIN
              \(upsert(moved))
            END;
            CREATE TRIGGER documents_counted AFTER INSERT ON documents BEGIN
              \(upsert(documentRows("new", "")))
            END;
            CREATE TRIGGER documents_uncounted AFTER DELETE ON documents BEGIN
              \(upsert(documentRows("old", "-")))
            END;
            CREATE TRIGGER documents_recounted AFTER UPDATE OF error_kind, is_training_event ON documents
            WHEN (old.error_kind IS NULL) IS NOT (new.error_kind IS NULL) OR old.is_training_event IS NOT new.is_training_event
            BEGIN
              \(upsert(documentRows("old", "-") + documentRows("new", "")))
            END;

            -- The period filter reads start dates in a window as long as the longest event: whoever changes an
            -- event's dates keeps that bound.
            CREATE TRIGGER events_span AFTER UPDATE OF date_start, date_end ON events
            WHEN julianday(new.date_end) - julianday(new.date_start) > (SELECT value FROM store_meta WHERE key = 'max_event_days')
            BEGIN
              UPDATE store_meta SET value = CAST(julianday(new.date_end) - julianday(new.date_start) AS INTEGER) WHERE key = 'max_event_days';
            END;

            -- An event's warnings are listed from its reports' values (the covering index of documents by
            -- event): a report that joins an event writes no warning, and one that arrives before the others
            -- does not rewrite them.
            DROP TABLE event_warnings;
            DROP INDEX IF EXISTS documents_event;
            CREATE INDEX documents_event ON documents(event_id, published, id, source, url, type, date_start, date_end, venue, district, city,
              province, region_code, participants_total);
            DROP INDEX IF EXISTS events_date;
            CREATE INDEX events_order ON events(coalesce(date_start, '~'), id);
            CREATE INDEX events_province ON events(province, coalesce(date_start, '~'), id);
            CREATE INDEX events_city ON events(city, coalesce(date_start, '~'), id);
            CREATE INDEX events_type ON events(type, coalesce(date_start, '~'), id);
            CREATE INDEX events_participants ON events(participants_total, id);
            CREATE INDEX events_organizers ON events(organizer_names);
            CREATE INDEX events_laws ON events(law_names);
            """)
    }
}
