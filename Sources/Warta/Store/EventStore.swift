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
                  updated_at TEXT NOT NULL);
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
        try pool.read { db in Set(try String.fetchAll(db, sql: "SELECT id FROM documents")) }
    }

    static func hash(_ s: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return String(h, radix: 16)
    }

    /// Writes one record in one transaction.
    @discardableResult
    public func write(_ record: Record) throws -> Outcome {
        let json = record.json.serialized()
        let hash = EventStore.hash(json)
        return try pool.write { db in
            let existing = try Row.fetchOne(db, sql: "SELECT record_hash, event_id FROM documents WHERE id = ?", arguments: [record.document.id])
            if let existing, (existing["record_hash"] as String?) == hash { return .unchanged }
            let oldEvent: Int64? = existing?["event_id"]
            let d = record.document
            let now = ISO8601DateFormatter().string(from: Date())
            if existing != nil {
                for table in ["organizers", "speakers", "legal_references", "warnings"] {
                    try db.execute(sql: "DELETE FROM \(table) WHERE document_id = ?", arguments: [d.id])
                }
                try db.execute(sql: "DELETE FROM event_values WHERE document_id = ?", arguments: [d.id])
                try db.execute(sql: """
                    UPDATE documents SET source = ?, format = ?, title = ?, url = ?, published = ?, published_source = ?,
                      is_training_event = ?, confidence = ?, error_kind = ?, error_message = ?, record_hash = ?, record = ?,
                      event_id = NULL, updated_at = ? WHERE id = ?
                    """, arguments: [d.source, d.format, d.title, d.url, d.published?.iso, d.publishedSource, record.isTrainingEvent,
                                     record.confidence, record.error?.kind, record.error?.message, hash, json, now, d.id])
            } else {
                try db.execute(sql: """
                    INSERT INTO documents (id, source, format, title, url, published, published_source, is_training_event,
                      confidence, error_kind, error_message, record_hash, record, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [d.id, d.source, d.format, d.title, d.url, d.published?.iso, d.publishedSource, record.isTrainingEvent,
                                     record.confidence, record.error?.kind, record.error?.message, hash, json, now])
            }
            for l in record.legalReferences {
                try db.execute(sql: "INSERT INTO legal_references (document_id, canonical, type, number, year, subject, evidence, start, \"end\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               arguments: [d.id, l.canonical, l.type, l.number, l.year, l.subject, l.evidence.text, l.evidence.start, l.evidence.end])
            }
            for w in record.warnings {
                try db.execute(sql: "INSERT INTO warnings (document_id, code, message) VALUES (?, ?, ?)", arguments: [d.id, w.code, w.message])
            }
            var touched = Set<Int64>()
            if let oldEvent { touched.insert(oldEvent) }
            if let e = record.event {
                for o in e.organizers {
                    try db.execute(sql: "INSERT INTO organizers (document_id, name, role, evidence, start, \"end\") VALUES (?, ?, ?, ?, ?, ?)",
                                   arguments: [d.id, o.name, o.role, o.evidence.text, o.evidence.start, o.evidence.end])
                }
                for s in e.speakers {
                    try db.execute(sql: "INSERT INTO speakers (document_id, name, kind, titles, affiliation, evidence, start, \"end\") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                   arguments: [d.id, s.name, s.kind.rawValue, s.titles.joined(separator: ", "), s.affiliation, s.evidence.text, s.evidence.start, s.evidence.end])
                }
                let eventID = try matchingEvent(db, record) ?? {
                    try db.execute(sql: "INSERT INTO events (sources) VALUES (0)")
                    return db.lastInsertedRowID
                }()
                try db.execute(sql: "UPDATE documents SET event_id = ? WHERE id = ?", arguments: [eventID, d.id])
                touched.insert(eventID)
            }
            for id in touched { try EventStore.recompute(db, event: id) }
            return existing == nil ? .inserted : .updated
        }
    }

    /// An event this record reports too: overlapping dates, the same place (kabupaten/kota, or its province),
    /// and similar organizers (or the same type when one side names no organizer). A record without a date
    /// never merges.
    func matchingEvent(_ db: Database, _ record: Record) throws -> Int64? {
        guard let e = record.event, let date = e.date else { return nil }
        let candidates = try Row.fetchAll(db, sql: """
            SELECT id, type, region_code FROM events WHERE date_start IS NOT NULL AND date_start <= ? AND date_end >= ?
            ORDER BY id
            """, arguments: [date.end.iso, date.start.iso])
        let code = e.location?.regionCode
        let names = e.organizers.map(\.name)
        for c in candidates {
            let id: Int64 = c["id"]
            let otherCode: String? = c["region_code"]
            guard EventStore.samePlace(code, otherCode) else { continue }
            let otherType: String? = c["type"]
            let otherNames = try String.fetchAll(db, sql: """
                SELECT o.name FROM organizers o JOIN documents d ON d.id = o.document_id WHERE d.event_id = ?
                """, arguments: [id])
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
        let rows = try Row.fetchAll(db, sql: "SELECT id, record FROM documents WHERE event_id = ? ORDER BY published IS NULL, published, id", arguments: [id])
        if rows.isEmpty {
            try db.execute(sql: "DELETE FROM events WHERE id = ?", arguments: [id])
            return
        }
        try db.execute(sql: "DELETE FROM event_values WHERE event_id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM event_warnings WHERE event_id = ?", arguments: [id])
        var chosen: [String: (String, String)] = [:]
        var conflicts: [String: [String]] = [:]
        for row in rows {
            let doc: String = row["id"]
            guard let json = try? JSON.parse(row["record"] as String), let e = json["event"], !e.isNull else { continue }
            let values: [String: String?] = [
                "type": e["type"]?.stringValue,
                "date_start": e["date"]?["start"]?.stringValue, "date_end": e["date"]?["end"]?.stringValue,
                "venue": e["location"]?["venue"]?.stringValue, "district": e["location"]?["district"]?.stringValue,
                "city": e["location"]?["city"]?.stringValue, "province": e["location"]?["province"]?.stringValue,
                "region_code": e["location"]?["region_code"]?.stringValue,
                "participants_total": e["participants"]?["total"]?.intValue.map { "\($0)" },
            ]
            for field in mergedFields {
                guard let v = values[field] ?? nil else { continue }
                if let (have, from) = chosen[field] {
                    if !Matching.same(have, v) { conflicts[field, default: []].append("\(v) (\(doc)) differs from \(have) (\(from))") }
                } else {
                    chosen[field] = (v, doc)
                }
            }
        }
        for (field, (value, doc)) in chosen {
            try db.execute(sql: "INSERT INTO event_values (event_id, field, value, document_id) VALUES (?, ?, ?, ?)", arguments: [id, field, value, doc])
        }
        for (field, messages) in conflicts {
            for m in messages {
                try db.execute(sql: "INSERT INTO event_warnings (event_id, field, message) VALUES (?, ?, ?)", arguments: [id, field, m])
            }
        }
        func v(_ f: String) -> String? { chosen[f]?.0 }
        try db.execute(sql: """
            UPDATE events SET type = ?, date_start = ?, date_end = ?, venue = ?, district = ?, city = ?, province = ?,
              region_code = ?, participants_total = ?, sources = ? WHERE id = ?
            """, arguments: [v("type"), v("date_start"), v("date_end"), v("venue"), v("district"), v("city"), v("province"),
                             v("region_code"), v("participants_total").flatMap { Int($0) }, rows.count, id])
    }
}
