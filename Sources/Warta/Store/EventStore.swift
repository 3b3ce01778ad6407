import Foundation
import GRDB

/// The training-event database (SQLite through GRDB, WAL mode so that readers query while a batch runs):
/// documents, events, organizers, speakers, legal references and warnings in related tables, with
/// migrations for later schema versions.
///
/// Each document is written in one transaction and the writes are idempotent: a record already stored
/// unchanged changes nothing; a changed record (after a rule fix) replaces the old one in place. Reports of one
/// event (overlapping dates, the same kabupaten/kota or province, and the same type or similar organizers)
/// become one event linked to all its documents; each merged field keeps the document its value came from and
/// conflicting values become event warnings.
public final class EventStore: Sendable {
    public let pool: DatabasePool

    public init(path: String) throws {
        var config = Configuration()
        config.foreignKeysEnabled = true
        // In WAL mode, NORMAL keeps the database consistent after a crash or a kill; only a power loss can
        // lose the last transactions, which --resume writes again.
        // A 64 MB page cache (SQLite's default is 8 MB) keeps the indexes that every write looks up in memory
        // once an archive has tens of thousands of documents.
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        pool = try DatabasePool(path: path, configuration: config)
        try EventStore.migrator.migrate(pool)
    }

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
                CREATE INDEX documents_event ON documents(event_id);
                CREATE INDEX organizers_document ON organizers(document_id);
                CREATE INDEX speakers_document ON speakers(document_id);
                CREATE INDEX legal_document ON legal_references(document_id);
                CREATE INDEX legal_canonical ON legal_references(canonical);
                CREATE INDEX warnings_document ON warnings(document_id);
                """)
        }
        return m
    }

    public enum Outcome: Sendable, Equatable { case inserted, updated, unchanged }

    /// The ids of the documents already stored (for `--resume`).
    public func documentIDs() throws -> Set<String> {
        try pool.read { db in Set(try String.fetchAll(db.cachedStatement(sql: "SELECT id FROM documents"))) }
    }

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
    @discardableResult
    public func write(_ records: [Record]) throws -> [Outcome] {
        let prepared = records.map { r in
            let json = String(decoding: r.jsonLine(), as: UTF8.self)
            return (r, json, EventStore.hash(json))
        }
        return try pool.write { db in
            try prepared.map { r, json, hash in try EventStore.write(r, json: json, hash: hash, in: db) }
        }
    }

    static func write(_ record: Record, json: String, hash: String, in db: Database) throws -> Outcome {
        let existing = try Row.fetchOne(db.cachedStatement(sql: "SELECT record_hash, event_id FROM documents WHERE id = ?"), arguments: [record.document.id])
        if let existing, (existing["record_hash"] as String?) == hash { return .unchanged }
        let oldEvent: Int64? = existing?["event_id"]
        let d = record.document
        let now = EventStore.timestamp()
        let e = record.event
        let fields: [DatabaseValueConvertible?] = [
            e?.type, e?.date?.start.iso, e?.date?.end.iso, e?.location?.venue, e?.location?.district, e?.location?.city,
            e?.location?.province, e?.location?.regionCode, e?.participants?.total,
        ]
        if existing != nil {
            for table in ["organizers", "speakers", "legal_references", "warnings"] {
                try db.cachedStatement(sql: "DELETE FROM \(table) WHERE document_id = ?").execute(arguments: [d.id])
            }
            try db.cachedStatement(sql: "DELETE FROM event_values WHERE document_id = ?").execute(arguments: [d.id])
            try db.cachedStatement(sql: """
                UPDATE documents SET source = ?, format = ?, title = ?, url = ?, published = ?, published_source = ?,
                  is_training_event = ?, confidence = ?, error_kind = ?, error_message = ?, record_hash = ?, record = ?,
                  event_id = NULL, updated_at = ?, type = ?, date_start = ?, date_end = ?, venue = ?, district = ?,
                  city = ?, province = ?, region_code = ?, participants_total = ? WHERE id = ?
                """).execute(arguments: StatementArguments([d.source, d.format, d.title, d.url, d.published?.iso, d.publishedSource, record.isTrainingEvent,
                                 record.confidence, record.error?.kind, record.error?.message, hash, json, now] + fields + [d.id]))
        } else {
            try db.cachedStatement(sql: """
                INSERT INTO documents (id, source, format, title, url, published, published_source, is_training_event,
                  confidence, error_kind, error_message, record_hash, record, updated_at, type, date_start, date_end, venue,
                  district, city, province, region_code, participants_total)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: StatementArguments([d.id, d.source, d.format, d.title, d.url, d.published?.iso, d.publishedSource, record.isTrainingEvent,
                                 record.confidence, record.error?.kind, record.error?.message, hash, json, now] + fields))
        }
        for l in record.legalReferences {
            try db.cachedStatement(sql: "INSERT INTO legal_references (document_id, canonical, type, number, year, subject, evidence, start, \"end\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").execute(
                           arguments: [d.id, l.canonical, l.type, l.number, l.year, l.subject, l.evidence.text, l.evidence.start, l.evidence.end])
        }
        for w in record.warnings {
            try db.cachedStatement(sql: "INSERT INTO warnings (document_id, code, message) VALUES (?, ?, ?)").execute(arguments: [d.id, w.code, w.message])
        }
        var touched = Set<Int64>()
        if let oldEvent { touched.insert(oldEvent) }
        if let e = record.event {
            for o in e.organizers {
                try db.cachedStatement(sql: "INSERT INTO organizers (document_id, name, role, evidence, start, \"end\") VALUES (?, ?, ?, ?, ?, ?)").execute(
                               arguments: [d.id, o.name, o.role, o.evidence.text, o.evidence.start, o.evidence.end])
            }
            for s in e.speakers {
                try db.cachedStatement(sql: "INSERT INTO speakers (document_id, name, kind, titles, affiliation, evidence, start, \"end\") VALUES (?, ?, ?, ?, ?, ?, ?, ?)").execute(
                               arguments: [d.id, s.name, s.kind.rawValue, s.titles.joined(separator: ", "), s.affiliation, s.evidence.text, s.evidence.start, s.evidence.end])
            }
            let eventID = try matchingEvent(db, record) ?? {
                try db.cachedStatement(sql: "INSERT INTO events (sources) VALUES (0)").execute()
                return db.lastInsertedRowID
            }()
            try db.cachedStatement(sql: "UPDATE documents SET event_id = ? WHERE id = ?").execute(arguments: [eventID, d.id])
            touched.insert(eventID)
        }
        for id in touched { try EventStore.recompute(db, event: id) }
        return existing == nil ? .inserted : .updated
    }

    /// An event this record reports too: overlapping dates, the same place (kabupaten/kota, or its province),
    /// and similar organizers (or the same type when one side names no organizer). A record without a date
    /// never merges.
    static func matchingEvent(_ db: Database, _ record: Record) throws -> Int64? {
        guard let e = record.event, let date = e.date, let code = e.location?.regionCode else { return nil }
        // Events last at most a year: the date index bounds the scan. Only events at the same place can match
        // (see samePlace): the same code, the province of a kabupaten/kota, or the kabupaten/kota of a province;
        // the query checks the place itself, so that only those rows come back.
        let earliest = date.start.adding(days: -367).iso
        let chars = Array(code)
        let province = chars.count > 2 && chars[2] == "." ? String(chars[0..<2]) : code
        let (childrenFrom, childrenTo) = chars.count == 2 ? (code + ".", code + "/") : ("", "")
        let candidates = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, type, region_code FROM events
            WHERE (region_code = ? OR region_code = ? OR (region_code >= ? AND region_code < ?))
              AND date_start >= ? AND date_start <= ? AND date_end >= ? ORDER BY id
            """), arguments: [code, province, childrenFrom, childrenTo, earliest, date.end.iso, date.start.iso])
        let names = e.organizers.map(\.name)
        for c in candidates {
            let id: Int64 = c["id"]
            let otherCode: String? = c["region_code"]
            guard EventStore.samePlace(code, otherCode) else { continue }
            let otherType: String? = c["type"]
            let otherNames = try String.fetchAll(db.cachedStatement(sql: """
                SELECT o.name FROM organizers o JOIN documents d ON d.id = o.document_id WHERE d.event_id = ?
                """), arguments: [id])
            let similarOrganizers = names.contains { n in otherNames.contains { Matching.mostWords(n, $0) } }
            // Similar organizers decide; without organizers on one side, the same type does.
            if similarOrganizers { return id }
            if otherType == e.type, names.isEmpty || otherNames.isEmpty { return id }
        }
        return nil
    }

    /// Two region codes name the same place when they are equal, or when one is the province of the other.
    static func samePlace(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return false }
        if a == b { return true }
        return a.count == 2 && b.hasPrefix(a + ".") || b.count == 2 && a.hasPrefix(b + ".")
    }

    static let mergedFields = ["type", "date_start", "date_end", "venue", "district", "city", "province", "region_code", "participants_total"]

    /// Recomputes an event's merged fields from its documents, earliest published first; conflicts become
    /// warnings. An event left without documents is deleted.
    static func recompute(_ db: Database, event id: Int64) throws {
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, type, date_start, date_end, venue, district, city, province, region_code, participants_total
            FROM documents WHERE event_id = ? ORDER BY published IS NULL, published, id
            """), arguments: [id])
        if rows.isEmpty {
            try db.cachedStatement(sql: "DELETE FROM events WHERE id = ?").execute(arguments: [id])
            return
        }
        try db.cachedStatement(sql: "DELETE FROM event_values WHERE event_id = ?").execute(arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM event_warnings WHERE event_id = ?").execute(arguments: [id])
        var chosen: [String: (String, String)] = [:]
        var conflicts: [String: [String]] = [:]
        for row in rows {
            let doc: String = row["id"]
            for field in mergedFields {
                let v: String? = field == "participants_total" ? (row[field] as Int?).map { "\($0)" } : row[field]
                guard let v else { continue }
                if let (have, from) = chosen[field] {
                    if !Matching.same(have, v) { conflicts[field, default: []].append("\(v) (\(doc)) differs from \(have) (\(from))") }
                } else {
                    chosen[field] = (v, doc)
                }
            }
        }
        // In the order of mergedFields, so that a rebuilt database lists values and warnings the same way.
        for field in mergedFields {
            guard let (value, doc) = chosen[field] else { continue }
            try db.cachedStatement(sql: "INSERT INTO event_values (event_id, field, value, document_id) VALUES (?, ?, ?, ?)").execute(arguments: [id, field, value, doc])
        }
        for field in mergedFields {
            for m in conflicts[field] ?? [] {
                try db.cachedStatement(sql: "INSERT INTO event_warnings (event_id, field, message) VALUES (?, ?, ?)").execute(arguments: [id, field, m])
            }
        }
        func v(_ f: String) -> String? { chosen[f]?.0 }
        try db.cachedStatement(sql: """
            UPDATE events SET type = ?, date_start = ?, date_end = ?, venue = ?, district = ?, city = ?, province = ?,
              region_code = ?, participants_total = ?, sources = ? WHERE id = ?
            """).execute(arguments: [v("type"), v("date_start"), v("date_end"), v("venue"), v("district"), v("city"), v("province"),
                             v("region_code"), v("participants_total").flatMap { Int($0) }, rows.count, id])
    }
}
