import GRDB

/// Corrections applied when the database is read: the extracted rows are never rewritten. An event's field
/// takes the latest correction of that field among its reports, else its merged value; an event all of whose
/// reports are corrected to "not a training event" is left out. Hand-made corrections are few, so the
/// overlay is read whole and becomes `CASE e.id WHEN ... THEN ... ELSE e.column END` in the queries: filters,
/// sorting and counts see the corrected values, and a database without corrections reads the columns as they are.
extension EventStore {
    struct Overlay {
        /// Event column -> the corrected value per event.
        var columns: [String: [Int64: DatabaseValue]] = [:]
        /// The corrected fields (record keys) of each event.
        var fields: [Int64: Set<String>] = [:]
        var hidden: Set<Int64> = []
        /// The organizer names and legal references of events whose reports had those lists corrected.
        var organizers: [Int64: [String]] = [:]
        var laws: [Int64: [String]] = [:]

        var isEmpty: Bool { fields.isEmpty && hidden.isEmpty }

        /// The SQL for a column as corrected, and its arguments.
        func expression(_ column: String) -> (String, [DatabaseValueConvertible?]) {
            guard let values = columns[column], !values.isEmpty else { return ("e.\(column)", []) }
            var sql = "(CASE e.id"
            var args: [DatabaseValueConvertible?] = []
            for (id, v) in values.sorted(by: { $0.key < $1.key }) {
                sql += " WHEN ? THEN ?"
                args += [id, v]
            }
            return (sql + " ELSE e.\(column) END)", args)
        }
    }

    static let fieldColumns: [Evaluator.Field: String] = [
        .eventType: "type", .dateStart: "date_start", .dateEnd: "date_end", .venue: "venue", .city: "city",
        .province: "province", .participantsTotal: "participants_total",
    ]

    static func overlay(_ db: Database) throws -> Overlay {
        var o = Overlay()
        let rows = try Row.fetchAll(db, sql: """
            SELECT c.field, c.new_value, c.region_code, c.implied_province, d.event_id, d.doc, e.sources
            FROM corrections c JOIN documents d ON d.source = c.source AND d.id = c.doc_id JOIN events e ON e.id = d.event_id
            WHERE c.id IN (SELECT MAX(id) FROM corrections GROUP BY source, doc_id, field) ORDER BY c.id
            """)
        if rows.isEmpty { return o }
        var notEvents: [Int64: (count: Int, sources: Int)] = [:]
        var listEvents: Set<Int64> = []
        var explicitProvince: Set<Int64> = []
        for r in rows {
            guard let field = Evaluator.Field(rawValue: r["field"]) else { continue }
            let event: Int64 = r["event_id"]
            let value: String? = r["new_value"]
            o.fields[event, default: []].insert(field.rawValue)
            switch field {
            case .isTrainingEvent:
                if value == "false" { notEvents[event, default: (0, r["sources"])].count += 1 }
            case .organizers, .legalReferences:
                listEvents.insert(event)
            case .participantsTotal:
                o.columns["participants_total", default: [:]][event] = value.flatMap { Int($0) }.databaseValue
            case .city:
                o.columns["city", default: [:]][event] = value.databaseValue
                if let code: String = r["region_code"] { o.columns["region_code", default: [:]][event] = code.databaseValue }
                if let p: String = r["implied_province"], !explicitProvince.contains(event) { o.columns["province", default: [:]][event] = p.databaseValue }
            case .province:
                explicitProvince.insert(event)
                o.columns["province", default: [:]][event] = value.databaseValue
            default:
                if let column = fieldColumns[field] { o.columns[column, default: [:]][event] = value.databaseValue }
            }
        }
        o.hidden = Set(notEvents.filter { $0.value.count >= $0.value.sources }.map(\.key))
        for event in listEvents.sorted() {
            let docs = try Row.fetchAll(db.cachedStatement(sql: "SELECT doc, source, id FROM documents WHERE event_id = ? ORDER BY published, id"), arguments: [event])
            var organizers: [String] = []
            var laws: [String] = []
            for d in docs {
                let doc: Int64 = d["doc"]
                let latest = try Row.fetchAll(db.cachedStatement(sql: """
                    SELECT field, new_value FROM corrections WHERE source = ? AND doc_id = ? AND field IN ('organizers', 'legal_references') ORDER BY id
                    """), arguments: [d["source"], d["id"]])
                var corrected: [String: [String]] = [:]
                for c in latest { corrected[c["field"]] = ((c["new_value"] as String?) ?? "").split(separator: "\n").map(String.init) }
                organizers += try corrected["organizers"] ?? String.fetchAll(db.cachedStatement(sql: "SELECT name FROM organizers WHERE doc = ? ORDER BY id"), arguments: [doc])
                laws += try corrected["legal_references"] ?? String.fetchAll(db.cachedStatement(sql: "SELECT canonical FROM legal_references WHERE doc = ? ORDER BY id"), arguments: [doc])
            }
            o.organizers[event] = distinct(organizers)
            o.laws[event] = distinct(laws).sorted()
        }
        return o
    }

    /// Whether any correction is stored (then the queries read through the overlay).
    public func hasCorrections() throws -> Bool {
        try retrying { try pool.read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM corrections)") ?? false } }
    }

    /// The WHERE clause of a filter over the corrected columns.
    static func whereClause(_ f: Filter, _ o: Overlay) -> (String, [DatabaseValueConvertible?]) {
        var clauses: [String] = []
        var args: [DatabaseValueConvertible?] = []
        func add(_ column: String, _ op: String, _ value: DatabaseValueConvertible) {
            let (sql, a) = o.expression(column)
            clauses.append("\(sql) \(op) ?")
            args += a + [value]
        }
        if let from = f.from { add("date_end", ">=", from) }
        if let to = f.to { add("date_start", "<=", to) }
        if let p = f.province { add("province", "LIKE", "%" + p + "%") }
        if let c = f.city { add("city", "LIKE", "%" + c + "%") }
        if let t = f.type { add("type", "=", t.lowercased()) }
        if let org = f.organizer {
            let matching = o.organizers.filter { $0.value.contains { $0.lowercased().contains(org.lowercased()) } }.map(\.key)
            clauses.append("(CASE WHEN e.id IN (\(ids(o.organizers.keys))) THEN e.id IN (\(ids(matching))) ELSE e.organizer_names LIKE ? END)")
            args.append("%" + org + "%")
        }
        if let l = f.law {
            let matching = o.laws.filter { $0.value.contains { $0.lowercased() == l.lowercased() } }.map(\.key)
            let escaped = l.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
            clauses.append("(CASE WHEN e.id IN (\(ids(o.laws.keys))) THEN e.id IN (\(ids(matching))) ELSE (char(10) || e.law_names || char(10)) LIKE ? ESCAPE '\\' END)")
            args.append("%\n" + escaped + "\n%")
        }
        if !o.hidden.isEmpty { clauses.append("e.id NOT IN (\(ids(o.hidden)))") }
        return (clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND "), args)
    }

    /// Integer ids as an SQL list (never empty: `NULL` matches nothing).
    static func ids<S: Sequence>(_ xs: S) -> String where S.Element == Int64 {
        let s = xs.map(String.init).joined(separator: ", ")
        return s.isEmpty ? "NULL" : s
    }

    /// One page of the events that pass the filter, sorted, with corrections applied, and how many pass.
    /// `limit` nil lists them all (`warta db events` with corrections stored).
    ///
    /// In date order (the default) without corrected dates, the page is read along the index of start dates
    /// (dated events first, then the undated), so that a page costs what its rows cost, however deep; a period's
    /// start bounds the walk by the longest event's span. Other orders sort the ids of the events that pass,
    /// then read the page's rows.
    public func eventPage(_ f: Filter, sort: SortKey = .date, descending: Bool = false, offset: Int = 0, limit: Int? = 50) throws -> (rows: [EventRow], total: Int) {
        // Nothing corrected: the stored values are the values, and every filter and order has its index
        // (EventQueries.swift).
        if try !hasCorrections() {
            let page = Page(sort: sort, descending: descending, offset: offset, limit: limit)
            return (try events(f, page: page), try count(f))
        }
        return try retrying {
            try pool.read { db in
                let o = try EventStore.overlay(db)
                var (whereSQL, args) = EventStore.whereClause(f, o)
                // Events that overlap a period start at most the longest event's span before it.
                if let from = f.from.flatMap({ Day(iso: $0) }), o.columns["date_start"] == nil, o.columns["date_end"] == nil {
                    let span = try Int.fetchOne(db, sql: "SELECT value FROM store_meta WHERE key = 'max_event_days'") ?? 0
                    whereSQL += (whereSQL.isEmpty ? "WHERE " : " AND ") + "coalesce(e.date_start, '~') >= ?"
                    args.append(from.adding(days: -span).iso)
                }
                let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events e \(whereSQL)", arguments: StatementArguments(args)) ?? 0
                let dir = descending ? "DESC" : "ASC"
                var rows: [Row] = []
                if sort == .date, o.columns["date_start"] == nil, let limit {
                    let and = whereSQL.isEmpty ? "WHERE" : "\(whereSQL) AND"
                    rows = try Row.fetchAll(db, sql: """
                        SELECT e.* FROM events e \(and) coalesce(e.date_start, '~') < '~' ORDER BY coalesce(e.date_start, '~') \(dir), e.id \(dir) LIMIT ? OFFSET ?
                        """, arguments: StatementArguments(args + [limit, offset]))
                    if rows.count < limit {
                        let dated = rows.isEmpty
                            ? try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events e \(and) coalesce(e.date_start, '~') < '~'", arguments: StatementArguments(args)) ?? 0
                            : offset + rows.count
                        rows += try Row.fetchAll(db, sql: "SELECT e.* FROM events e \(and) coalesce(e.date_start, '~') = '~' ORDER BY e.id \(dir) LIMIT ? OFFSET ?",
                                                 arguments: StatementArguments(args + [limit - rows.count, max(0, offset - dated)]))
                    }
                } else {
                    let (sortSQL, sortArgs) = sort == .sources || sort == .id ? ("e.\(sort.column)", []) : o.expression(sort.column)
                    var sql = "SELECT e.id FROM events e \(whereSQL) ORDER BY \(sortSQL) IS NULL, \(sortSQL) \(dir), e.id \(dir)"
                    var all = args + sortArgs + sortArgs
                    if let limit {
                        sql += " LIMIT ? OFFSET ?"
                        all += [limit, offset]
                    }
                    let ids = try Int64.fetchAll(db, sql: sql, arguments: StatementArguments(all))
                    if limit == nil {
                        rows = try Row.fetchAll(db, sql: "SELECT e.* FROM events e \(whereSQL)", arguments: StatementArguments(args))
                    } else {
                        rows = try Row.fetchAll(db, sql: "SELECT e.* FROM events e WHERE e.id IN (\(EventStore.ids(ids)))")
                    }
                    let position = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
                    rows.sort { (position[$0["id"] as Int64] ?? 0) < (position[$1["id"] as Int64] ?? 0) }
                }
                return (try EventStore.eventRows(db, rows, overlay: o, whereSQL: whereSQL, args: args), total)
            }
        }
    }

    /// Event rows with their sources and warnings, corrections applied.
    static func eventRows(_ db: Database, _ rows: [Row], overlay o: Overlay, whereSQL: String, args: [DatabaseValueConvertible?]) throws -> [EventRow] {
        // Sources and warnings from the reports of each event, read from the covering index of documents by
        // event (the warnings are not stored: see EventStore.eventWarnings).
        let reports = try EventStore.eventReports(db, ids: rows.map { $0["id"] as Int64 })
        var docs: [Int64: [(String, String?)]] = [:]
        var warnings: [Int64: [String]] = [:]
        for (id, list) in reports {
            docs[id] = list.map { ($0.id, $0.url) }
            warnings[id] = EventStore.eventWarnings(list)
        }
        return rows.map { r in
            let id: Int64 = r["id"]
            func value<T: DatabaseValueConvertible>(_ column: String) -> T? {
                if let v = o.columns[column]?[id] { return T.fromDatabaseValue(v) }
                return r[column]
            }
            let sources = docs[id] ?? []
            var row = EventRow(
                id: id, type: value("type"), dateStart: value("date_start"), dateEnd: value("date_end"), venue: value("venue"), city: value("city"),
                province: value("province"), regionCode: value("region_code"), participants: value("participants_total"),
                organizers: o.organizers[id] ?? EventStore.names(r["organizer_names"]),
                laws: o.laws[id] ?? EventStore.names(r["law_names"]).sorted(),
                sources: distinct(sources.map(\.0)), urls: distinct(sources.compactMap(\.1)), warnings: distinct(warnings[id] ?? []))
            row.corrected = (o.fields[id] ?? []).sorted()
            return row
        }
    }

    /// Counts for the workbench's overview, corrections applied: events per month, province and type.
    public struct Overview: Sendable {
        public var documents = 0
        public var errors = 0
        public var trainingEventDocuments = 0
        public var events = 0
        public var corrections = 0
        public var reviewed = 0
        public var perMonth: [(String, Int)] = []
        public var perProvince: [(String, Int)] = []
        public var perType: [(String, Int)] = []
        public var runs: [Run] = []
    }

    public struct Run: Sendable {
        public var command: String
        public var inputs: String
        public var started: String
        public var finished: String
        public var documents: Int
        public var errors: Int
        public var seconds: Double
    }

    public func overview() throws -> Overview {
        try retrying {
            try pool.read { db in
                var s = Overview()
                let o = try EventStore.overlay(db)
                s.documents = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? 0
                s.errors = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents INDEXED BY documents_errors WHERE error_kind IS NOT NULL") ?? 0
                s.trainingEventDocuments = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents INDEXED BY documents_training WHERE is_training_event") ?? 0
                s.corrections = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM corrections") ?? 0
                s.reviewed = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM reviews") ?? 0
                let hidden = o.hidden.isEmpty ? "" : "WHERE e.id NOT IN (\(EventStore.ids(o.hidden)))"
                s.events = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events e \(hidden)") ?? 0
                func groups(_ column: String, _ select: (String) -> String, order: String) throws -> [(String, Int)] {
                    let (expr, args) = o.expression(column)
                    return try Row.fetchAll(db, sql: "SELECT \(select(expr)), COUNT(*) FROM events e \(hidden) GROUP BY 1 ORDER BY \(order)",
                                            arguments: StatementArguments(args)).map { (($0[0] as String?) ?? "(unknown)", $0[1] as Int) }
                }
                s.perMonth = try groups("date_start", { "substr(\($0), 1, 7)" }, order: "1").filter { $0.0 != "(unknown)" }
                s.perProvince = try groups("province", { $0 }, order: "2 DESC, 1")
                s.perType = try groups("type", { $0 }, order: "2 DESC, 1")
                s.runs = try Row.fetchAll(db, sql: "SELECT * FROM runs ORDER BY id DESC LIMIT 10").map {
                    Run(command: $0["command"], inputs: $0["inputs"], started: $0["started_at"], finished: $0["finished_at"],
                        documents: $0["documents"], errors: $0["errors"], seconds: $0["seconds"])
                }
                return s
            }
        }
    }

    /// Notes a run that wrote into the database (`warta extract --db`, `warta db import`) for the overview.
    public func recordRun(command: String, inputs: [String], started: String, documents: Int, errors: Int, seconds: Double) throws {
        try retrying {
            try pool.write { db in
                try db.execute(sql: """
                    INSERT INTO runs (command, inputs, started_at, finished_at, documents, errors, seconds) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [command, inputs.joined(separator: " "), started, EventStore.timestamp(), documents, errors, seconds])
            }
        }
    }

    public static func now() -> String { timestamp() }
}

extension EventStore {
    /// `warta db stats` with corrections applied.
    func correctedStats() throws -> Stats {
        let o = try overview()
        var s = Stats()
        s.documents = o.documents
        s.errors = o.errors
        s.trainingEventDocuments = o.trainingEventDocuments
        s.events = o.events
        var years: [String: Int] = [:]
        for (month, n) in o.perMonth { years[String(month.prefix(4)), default: 0] += n }
        s.perYear = years.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        let undated = o.events - o.perMonth.reduce(0) { $0 + $1.1 }
        if undated > 0 { s.perYear.insert(("(unknown)", undated), at: 0) }
        s.perProvince = o.perProvince
        s.perType = o.perType
        return s
    }
}
