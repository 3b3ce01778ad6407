import GRDB

/// What analysts ask of the event database: counts, and events filtered by date, place, type, organizer and law.
extension EventStore {
    public struct Stats: Sendable {
        public var documents = 0
        public var errors = 0
        public var trainingEventDocuments = 0
        public var events = 0
        public var perYear: [(String, Int)] = []
        public var perProvince: [(String, Int)] = []
        public var perType: [(String, Int)] = []
    }

    /// The counts read the partial indexes of errors and training-event documents, and the events table: no
    /// scan of the documents themselves.
    public func stats() throws -> Stats {
        if try hasCorrections() { return try correctedStats() }
        return try retrying {
            try pool.read { db in
                var s = Stats()
                s.documents = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? 0
                s.errors = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents INDEXED BY documents_errors WHERE error_kind IS NOT NULL") ?? 0
                s.trainingEventDocuments = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents INDEXED BY documents_training WHERE is_training_event") ?? 0
                s.events = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events") ?? 0
                func groups(_ sql: String) throws -> [(String, Int)] {
                    try Row.fetchAll(db, sql: sql).map { (($0[0] as String?) ?? "(unknown)", $0[1] as Int) }
                }
                s.perYear = try groups("SELECT substr(date_start, 1, 4), COUNT(*) FROM events GROUP BY 1 ORDER BY 1")
                s.perProvince = try groups("SELECT province, COUNT(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1")
                s.perType = try groups("SELECT type, COUNT(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1")
                return s
            }
        }
    }

    /// The largest and the mean number of reports per event.
    public func reportsPerEvent() throws -> (max: Int, mean: Double) {
        try retrying {
            try pool.read { db in
                let row = try Row.fetchOne(db, sql: "SELECT MAX(sources), AVG(sources) FROM events")
                return ((row?[0] as Int?) ?? 0, (row?[1] as Double?) ?? 0)
            }
        }
    }

    public struct Filter: Sendable {
        public var from: String?
        public var to: String?
        public var province: String?
        public var city: String?
        public var type: String?
        public var organizer: String?
        public var law: String?
        public init() {}
    }

    public struct EventRow: Sendable {
        public var id: Int64
        public var type: String?
        public var dateStart: String?
        public var dateEnd: String?
        public var venue: String?
        public var city: String?
        public var province: String?
        public var regionCode: String?
        public var participants: Int?
        public var organizers: [String]
        public var laws: [String]
        public var sources: [String]
        public var urls: [String]
        public var warnings: [String]
        /// The fields that analysts corrected (see Corrections.swift).
        public var corrected: [String] = []

        public static let columns = ["event_id", "type", "date_start", "date_end", "venue", "city", "province", "region_code",
                                     "participants_total", "organizers", "legal_references", "sources", "urls", "warnings", "corrected"]

        public var cells: [String] {
            [String(id), type ?? "", dateStart ?? "", dateEnd ?? "", venue ?? "", city ?? "", province ?? "", regionCode ?? "",
             participants.map(String.init) ?? "", organizers.joined(separator: "; "), laws.joined(separator: "; "),
             sources.joined(separator: "; "), urls.joined(separator: "; "), warnings.joined(separator: "; "), corrected.joined(separator: "; ")]
        }

        public var json: JSON {
            func s(_ x: String?) -> JSON { x.map { .string($0) } ?? .null }
            return .object([
                ("event_id", .int(Int(id))), ("type", s(type)), ("date_start", s(dateStart)), ("date_end", s(dateEnd)),
                ("venue", s(venue)), ("city", s(city)), ("province", s(province)), ("region_code", s(regionCode)),
                ("participants_total", participants.map { .int($0) } ?? .null),
                ("organizers", .array(organizers.map { .string($0) })), ("legal_references", .array(laws.map { .string($0) })),
                ("sources", .array(sources.map { .string($0) })), ("urls", .array(urls.map { .string($0) })),
                ("warnings", .array(warnings.map { .string($0) })), ("corrected", .array(corrected.map { .string($0) })),
            ])
        }
    }

    /// The events that pass every filter, in date order. The organizer and law filters read the names each
    /// event keeps; the sources of all the events come in one pass over the covering index of documents by
    /// event, and their warnings in one query: no document row is read, and the cost does not grow with a
    /// query per event.
    public func events(_ f: Filter) throws -> [EventRow] {
        if try hasCorrections() { return try eventPage(f, limit: nil).rows }
        var clauses: [String] = []
        var args: [DatabaseValueConvertible?] = []
        if let from = f.from { clauses.append("e.date_end >= ?"); args.append(from) }
        if let to = f.to { clauses.append("e.date_start <= ?"); args.append(to) }
        if let p = f.province { clauses.append("e.province LIKE ?"); args.append("%" + p + "%") }
        if let c = f.city { clauses.append("e.city LIKE ?"); args.append("%" + c + "%") }
        if let t = f.type { clauses.append("e.type = ?"); args.append(t.lowercased()) }
        if let o = f.organizer { clauses.append("e.organizer_names LIKE ?"); args.append("%" + o + "%") }
        if let l = f.law {
            // One of the event's references, whole (case ignored): one line of law_names.
            clauses.append("(char(10) || e.law_names || char(10)) LIKE ? ESCAPE '\\'")
            let escaped = l.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
            args.append("%\n" + escaped + "\n%")
        }
        let whereSQL = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        return try retrying {
            try pool.read { db in
                let rows = try Row.fetchAll(db, sql: """
                    SELECT e.* FROM events e \(whereSQL) ORDER BY e.date_start IS NULL, e.date_start, e.id
                    """, arguments: StatementArguments(args))
                // The sources and warnings of all these events in two queries, each event's in a row of the index.
                var docs: [Int64: [(String, String?)]] = [:]
                var warnings: [Int64: [String]] = [:]
                if !rows.isEmpty, rows.count <= 2_000 {
                    // A few events: each one's sources and warnings through the indexes by event.
                    for r in rows {
                        let id: Int64 = r["id"]
                        docs[id] = try Row.fetchAll(db.cachedStatement(sql: "SELECT id, url FROM documents WHERE event_id = ? ORDER BY published, id"),
                                                    arguments: [id]).map { ($0[0], $0[1]) }
                        warnings[id] = try String.fetchAll(db.cachedStatement(sql: """
                            SELECT field || ': ' || message FROM event_warnings WHERE event_id = ? ORDER BY position, rank, rowid
                            """), arguments: [id])
                    }
                } else if !rows.isEmpty {
                    let selected = "SELECT e.id FROM events e \(whereSQL)"
                    for r in try Row.fetchAll(db, sql: """
                        SELECT event_id, id, url FROM documents WHERE event_id IN (\(selected)) ORDER BY event_id, published, id
                        """, arguments: StatementArguments(args)) {
                        docs[r[0], default: []].append((r[1], r[2]))
                    }
                    for r in try Row.fetchAll(db, sql: """
                        SELECT event_id, field || ': ' || message FROM event_warnings WHERE event_id IN (\(selected))
                        ORDER BY event_id, position, rank, rowid
                        """, arguments: StatementArguments(args)) {
                        warnings[r[0], default: []].append(r[1])
                    }
                }
                func distinct(_ values: [String]) -> [String] {
                    var seen = Set<String>()
                    return values.filter { seen.insert($0).inserted }
                }
                return rows.map { r in
                    let id: Int64 = r["id"]
                    let sources = docs[id] ?? []
                    return EventRow(
                        id: id, type: r["type"], dateStart: r["date_start"], dateEnd: r["date_end"], venue: r["venue"], city: r["city"],
                        province: r["province"], regionCode: r["region_code"], participants: r["participants_total"],
                        organizers: EventStore.names(r["organizer_names"]),
                        laws: EventStore.names(r["law_names"]).sorted(),
                        sources: distinct(sources.map(\.0)),
                        urls: distinct(sources.compactMap(\.1)),
                        warnings: distinct(warnings[id] ?? []))
                }
            }
        }
    }
}

/// RFC 4180 CSV: fields with a comma, a quote or a line break are quoted, quotes doubled, lines end in CRLF.
public enum CSV {
    public static func line(_ cells: [String]) -> String {
        cells.map { c in
            c.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + c.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : c
        }.joined(separator: ",") + "\r\n"
    }
}
