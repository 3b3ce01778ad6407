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

    /// The counts come from `store_counts`, which triggers keep in the same transaction as every write: no
    /// query counts rows, so the answer takes the same time however large the database.
    public func stats() throws -> Stats {
        if try hasCorrections() { return try correctedStats() }
        return try retrying {
            try pool.read { db in
                var s = Stats()
                var groups: [String: [(String, Int)]] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT kind, key, n FROM store_counts WHERE n != 0 ORDER BY kind, key") {
                    let kind: String = row[0], key: String = row[1], n: Int = row[2]
                    switch kind {
                    case "documents": s.documents = n
                    case "errors": s.errors = n
                    case "training": s.trainingEventDocuments = n
                    case "events": s.events = n
                    default: groups[kind, default: []].append((key.isEmpty ? "(unknown)" : key, n))
                    }
                }
                // By year in order of the year (unknown first), by province and type most first.
                s.perYear = groups["year"] ?? []
                s.perProvince = (groups["province"] ?? []).sorted { $0.1 != $1.1 ? $0.1 > $1.1 : EventStore.unknownFirst($0.0, $1.0) }
                s.perType = (groups["type"] ?? []).sorted { $0.1 != $1.1 ? $0.1 > $1.1 : EventStore.unknownFirst($0.0, $1.0) }
                return s
            }
        }
    }

    static func unknownFirst(_ a: String, _ b: String) -> Bool {
        if a == "(unknown)" || b == "(unknown)" { return a == "(unknown)" && b != "(unknown)" }
        return a < b
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

    /// The order of a listing: a column, then the date and the event id, ascending or descending.
    public enum SortKey: String, Sendable, CaseIterable {
        case date, province, city, type, participants, sources, id

        /// The column of `events` it reads.
        var column: String {
            switch self {
            case .date: return "date_start"
            case .participants: return "participants_total"
            default: return rawValue
            }
        }

        /// The ORDER BY terms; each of date, province, city, type, participants and id is an index of `events`.
        func terms(descending: Bool) -> String {
            let d = descending ? " DESC" : ""
            let date = "coalesce(e.date_start, '~')\(d), e.id\(d)"
            switch self {
            case .date: return date
            case .province: return "e.province\(d), " + date
            case .city: return "e.city\(d), " + date
            case .type: return "e.type\(d), " + date
            case .participants: return "e.participants_total\(d), e.id\(d)"
            case .sources: return "e.sources\(d), e.id\(d)"
            case .id: return "e.id\(d)"
            }
        }
    }

    /// Which events of a listing, in which order: `offset` events are skipped, at most `limit` returned (all
    /// when nil).
    public struct Page: Sendable {
        public var sort: SortKey
        public var descending: Bool
        public var offset: Int
        public var limit: Int?
        public init(sort: SortKey = .date, descending: Bool = false, offset: Int = 0, limit: Int? = nil) {
            self.sort = sort
            self.descending = descending
            self.offset = offset
            self.limit = limit
        }
    }

    /// A filter as SQL over `events e`, each condition answered by an index: the period reads start dates in
    /// a window as long as the longest event (`store_meta`), a province or a city is first looked up among the
    /// distinct names that `store_counts` keeps and then read through the index by that name, the organizer
    /// and law filters scan the narrow indexes of the names each event keeps.
    ///
    /// `paged`: the query reads one page or a count. The organizer filter is then tested on each row, so that a
    /// page in date order stops at its last row (a page of 50 over 100,000 events: 15–26 ms against 109–345 ms);
    /// a whole listing instead collects the matching ids from the narrow index of the names first (at 1,000,000
    /// documents 1.7–2.1 s against 0.9–1.2 s the other way).
    static func whereClause(_ f: Filter, _ db: Database, paged: Bool = false) throws -> (sql: String, args: [DatabaseValueConvertible?]) {
        var clauses: [String] = []
        var args: [DatabaseValueConvertible?] = []
        func escaped(_ s: String) -> String {
            s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
        }
        if f.from != nil || f.to != nil {
            if let from = f.from {
                let span = try Int.fetchOne(db.cachedStatement(sql: "SELECT value FROM store_meta WHERE key = 'max_event_days'")) ?? 0
                let earliest = Day(iso: from).map { $0.adding(days: -span).iso } ?? from
                clauses.append("coalesce(e.date_start, '~') >= ?")
                args.append(earliest)
                clauses.append("e.date_end >= ?")
                args.append(from)
            }
            clauses.append("coalesce(e.date_start, '~') <= ?")
            args.append(f.to ?? "9999-12-31")
        }
        for (kind, column, value) in [("province", "province", f.province), ("city", "city", f.city)] {
            guard let value else { continue }
            clauses.append("e.\(column) IN (SELECT key FROM store_counts WHERE kind = '\(kind)' AND n > 0 AND key != '' AND key LIKE ? ESCAPE '\\')")
            args.append("%" + escaped(value) + "%")
        }
        if let t = f.type { clauses.append("e.type = ?"); args.append(t.lowercased()) }
        if let o = f.organizer {
            clauses.append(paged ? "e.organizer_names LIKE ? ESCAPE '\\'"
                : "e.id IN (SELECT id FROM events INDEXED BY events_organizers WHERE organizer_names LIKE ? ESCAPE '\\')")
            args.append("%" + escaped(o) + "%")
        }
        if let l = f.law {
            // One of the event's references, whole (case ignored): one line of law_names. The events are those of
            // the name in `event_laws` (one range of it), each checked against its law_names (which decides:
            // `event_laws` may hold a name an event lost while its stored row could not be read, never lack one).
            // A name that is empty or spans lines is only looked for in law_names.
            // A name of many events (more than a quarter of them) is tested along the order of the listing: its
            // events in `event_laws` become a set, built once, that each event is looked up in (the `+` keeps SQLite
            // from reading the events through the set and sorting them; the index `events_listing` holds what the
            // table and this filter read). The events of a rarer name are read through the set and sorted.
            if !l.isEmpty, !l.utf8.contains(0x0A) {
                let named = try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) FROM event_laws WHERE law = ?"), arguments: [l]) ?? 0
                let all = try Int.fetchOne(db.cachedStatement(sql: "SELECT n FROM store_counts WHERE kind = 'events' AND key = ''")) ?? 0
                clauses.append("\(named * 4 > all ? "+" : "")e.id IN (SELECT id FROM event_laws WHERE law = ?)")
                args.append(l)
            }
            clauses.append("(char(10) || e.law_names || char(10)) LIKE ? ESCAPE '\\'")
            args.append(lawPattern(l))
        }
        return (clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND "), args)
    }

    /// The `LIKE` pattern of a regulation's name among the lines of `law_names` (``whereClause(_:_:paged:)``).
    static func lawPattern(_ l: String) -> String {
        "%\n" + l.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + "\n%"
    }

    /// Whether event ?3 cites the regulation ?1 as ``whereClause(_:_:paged:)`` decides it (?2: its ``lawPattern(_:)``):
    /// the name in `event_laws` and one line of `law_names`; a row when it does.
    static let lawCheckSQL = """
        SELECT 1 FROM events e WHERE e.id = ?3 AND EXISTS (SELECT 1 FROM event_laws WHERE law = ?1 AND id = ?3)
          AND (char(10) || e.law_names || char(10)) LIKE ?2 ESCAPE '\\'
        """

    /// How many events pass the filter (for a listing in pages): the count that `store_counts` keeps when
    /// there is no filter, otherwise a count over the indexes of the filter.
    public func count(_ f: Filter) throws -> Int {
        try retrying {
            try pool.read { db in
                let (whereSQL, args) = try EventStore.whereClause(f, db, paged: true)
                if whereSQL.isEmpty {
                    return try Int.fetchOne(db, sql: "SELECT n FROM store_counts WHERE kind = 'events' AND key = ''") ?? 0
                }
                return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events e \(whereSQL)", arguments: StatementArguments(args)) ?? 0
            }
        }
    }

    /// A report of a listed event: its document's id and URL (a source), its rank and its values of
    /// `mergedFields` (for the event's warnings, ``eventWarnings(_:)``).
    public struct ListedReport: Sendable {
        public var id: String
        public var url: String?
        var rank: String
        var values: [String?]
    }

    /// The reports of these events, from the covering index of documents by event (no document row is read),
    /// each event's in publication order: for up to 2,000 events one look-up each, for more one query over all
    /// of them. With ``eventWarnings(_:)`` they give an event's sources and warnings (which are not stored).
    static func eventReports(_ db: Database, ids: [Int64]) throws -> [Int64: [ListedReport]] {
        var reports: [Int64: [ListedReport]] = [:]
        let columns = "event_id, id, url, source, published, " + EventStore.mergedFields.joined(separator: ", ")
        func read(_ cursor: RowCursor) throws {
            while let d = try cursor.next() {
                let docID: String = d[1]
                let values: [String?] = (5..<(4 + EventStore.mergedFields.count)).map { d[$0] as String? }
                    + [(d[4 + EventStore.mergedFields.count] as Int?).map { "\($0)" }]
                reports[d[0], default: []].append(ListedReport(id: docID, url: d[2], rank: Report.rank(published: d[4], id: docID, source: d[3]), values: values))
            }
        }
        if !ids.isEmpty, ids.count <= 2_000 {
            let statement = try db.cachedStatement(sql: "SELECT \(columns) FROM documents WHERE event_id = ? ORDER BY published, id")
            for id in ids { try read(Row.fetchCursor(statement, arguments: [id])) }
        } else if !ids.isEmpty {
            // Many events: their ids as one JSON array, each looked up in the index.
            let list = "[" + ids.map { String($0) }.joined(separator: ",") + "]"
            try read(Row.fetchCursor(db, sql: """
                SELECT \(columns) FROM documents WHERE event_id IN (SELECT value FROM json_each(?)) ORDER BY event_id, published, id
                """, arguments: [list]))
        }
        return reports
    }

    /// An event's warnings from its reports (see ``eventWarnings(_:)``).
    static func eventWarnings(_ reports: [ListedReport]) -> [String] {
        reports.count < 2 ? [] : eventWarnings(reports.map { ($0.id, $0.rank, $0.values) })
    }

    /// The events that pass every filter, in the page's order (by default the date order, all of them).
    /// Every filter and sort order reads an index; the sources and warnings of each event come from one look-up
    /// in the covering index of documents by event (no document row is read), made into the row as bytes (see
    /// EventListing.swift, which `warta db events` writes without making these values). When analysts have corrected any value, the listing reads the corrected values instead
    /// (``eventPage(_:sort:descending:offset:limit:)`` of CorrectionOverlay.swift).
    public func events(_ f: Filter, page: Page = Page()) throws -> [EventRow] {
        if try hasCorrections() {
            return try eventPage(f, sort: page.sort, descending: page.descending, offset: page.offset, limit: page.limit).rows
        }
        var rows: [EventRow] = []
        try forEachListedEvent(f, page: page) { rows.append($0.eventRow) }
        return rows
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
