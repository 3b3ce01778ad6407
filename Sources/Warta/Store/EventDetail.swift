import GRDB

/// What the workbench shows of one event and of one document.
extension EventStore {
    /// A merged field of an event: its value, the report it came from, and the correction that overrides it.
    public struct FieldSource: Sendable {
        public var field: String
        public var value: String?
        public var document: DocumentKey?
        public var correction: Correction?
    }

    public struct EventReport: Sendable {
        public var key: DocumentKey
        public var title: String?
        public var published: String?
        public var url: String?
        public var corrections: Int
        public var reviewed: Bool
    }

    public struct EventDetail: Sendable {
        public var row: EventRow
        public var fields: [FieldSource]
        public var warnings: [(field: String, message: String)]
        public var reports: [EventReport]
    }

    /// An event with corrections applied; nil when there is none of that id (or it is corrected away).
    public func eventDetail(_ id: Int64) throws -> EventDetail? {
        let filterless = try retrying {
            try pool.read { db -> (EventRow, [FieldSource], [(String, String)], [EventReport])? in
                let o = try EventStore.overlay(db)
                guard !o.hidden.contains(id), let row = try Row.fetchOne(db, sql: "SELECT * FROM events WHERE id = ?", arguments: [id]) else { return nil }
                let eventRow = try EventStore.eventRows(db, [row], overlay: o, whereSQL: "", args: [])[0]
                let reports = try Row.fetchAll(db, sql: """
                    SELECT d.source, d.id, d.title, d.published, d.url,
                      (SELECT COUNT(*) FROM corrections c WHERE c.source = d.source AND c.doc_id = d.id) AS corrections,
                      EXISTS (SELECT 1 FROM reviews r WHERE r.source = d.source AND r.doc_id = d.id) AS reviewed
                    FROM documents d WHERE d.event_id = ? ORDER BY d.published, d.id
                    """, arguments: [id]).map {
                    EventReport(key: DocumentKey(source: $0["source"], id: $0["id"]), title: $0["title"], published: $0["published"], url: $0["url"],
                           corrections: $0["corrections"], reviewed: $0["reviewed"])
                }
                var fields: [FieldSource] = []
                let values = try Row.fetchAll(db, sql: """
                    SELECT v.field, v.value, d.source, d.id FROM event_values v JOIN documents d ON d.doc = v.doc WHERE v.event_id = ?
                    """, arguments: [id])
                for f in EventStore.mergedFields {
                    let v = values.first { ($0["field"] as String) == f }
                    fields.append(FieldSource(field: f, value: v?["value"], document: v.map { DocumentKey(source: $0["source"], id: $0["id"]) }, correction: nil))
                }
                // The latest correction of each field among the reports.
                for r in reports {
                    for c in try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM corrections WHERE source = ? AND doc_id = ? ORDER BY id"),
                                              arguments: [r.key.source, r.key.id]).compactMap(EventStore.correction) {
                        guard let column = EventStore.fieldColumns[c.field], let i = fields.firstIndex(where: { $0.field == column }) else { continue }
                        if fields[i].correction.map({ $0.id < c.id }) ?? true { fields[i].correction = c }
                        if c.field == .city, let code = c.regionCode, let j = fields.firstIndex(where: { $0.field == "region_code" }) {
                            fields[j].value = code
                        }
                    }
                }
                // The disagreements between the reports, worked out from their values (they are not stored).
                let warnings = EventStore.eventWarnings(try EventStore.eventReports(db, ids: [id])[id] ?? []).map { w -> (String, String) in
                    guard let colon = w.firstIndex(of: ":") else { return ("", w) }
                    return (String(w[..<colon]), String(w[w.index(after: colon)...]).trimmingCharacters(in: .whitespaces))
                }
                return (eventRow, fields, warnings, reports)
            }
        }
        guard let (row, fields, warnings, reports) = filterless else { return nil }
        return EventDetail(row: row, fields: fields, warnings: warnings.map { (field: $0.0, message: $0.1) }, reports: reports)
    }

    /// The event a document reports, if any.
    public func eventID(of key: DocumentKey) throws -> Int64? {
        try retrying {
            try pool.read { db in
                try Int64.fetchOne(db.cachedStatement(sql: "SELECT event_id FROM documents WHERE source = ? AND id = ?"), arguments: [key.source, key.id])
            }
        }
    }
}
