import Warta

/// The events: the filters of `warta db events` as a form, sortable columns, pages of 50, each row a link.
enum EventsPage {
    static let pageSize = 50

    struct Query {
        var filter = EventStore.Filter()
        var sort = EventStore.SortKey.date
        var descending = false
        var page = 1
        var errors: [String] = []

        init(_ params: [String: String]) {
            func v(_ k: String) -> String? {
                guard let s = params[k]?.trimmingCharacters(in: .whitespaces), !s.isEmpty else { return nil }
                return s
            }
            for (k, label) in [("from", "From"), ("to", "To")] {
                if let d = v(k), Day(iso: d) == nil || d.utf8.count != 10 { errors.append("\(label) must be a date as YYYY-MM-DD, not '\(d)'.") }
            }
            if errors.isEmpty { filter.from = v("from"); filter.to = v("to") }
            filter.province = v("province"); filter.city = v("city"); filter.type = v("type")
            filter.organizer = v("organizer"); filter.law = v("law")
            if let s = v("sort") {
                if let sort = EventStore.SortKey(rawValue: s) { self.sort = sort } else { errors.append("Events cannot be sorted by '\(s)'.") }
            }
            descending = v("dir") == "desc"
            if let p = v("page") {
                if let n = Int(p), n >= 1, n <= 1_000_000 { page = n } else { errors.append("The page must be a number from 1, not '\(p)'.") }
            }
        }

        /// The query string of these filters with a sort and a page.
        func link(sort: EventStore.SortKey? = nil, descending: Bool? = nil, page: Int? = nil) -> String {
            let f = filter
            return "/events" + HTML.query([
                ("from", f.from), ("to", f.to), ("province", f.province), ("city", f.city), ("type", f.type), ("organizer", f.organizer),
                ("law", f.law), ("sort", (sort ?? self.sort).rawValue), ("dir", (descending ?? self.descending) ? "desc" : nil),
                ("page", (page ?? self.page) > 1 ? String(page ?? self.page) : nil),
            ])
        }
    }

    static func render(_ q: Query, rows: [EventStore.EventRow], total: Int) -> String {
        let f = q.filter
        func input(_ name: String, _ label: String, _ value: String?, placeholder: String = "") -> String {
            "<label>\(label)<input type=\"text\" name=\"\(name)\" value=\"\(HTML.escape(value ?? ""))\" placeholder=\"\(placeholder)\"></label>"
        }
        var body = "<form class=\"filters\" method=\"get\" action=\"/events\">"
        body += input("from", "From", f.from, placeholder: "YYYY-MM-DD") + input("to", "To", f.to, placeholder: "YYYY-MM-DD")
        body += input("province", "Province", f.province) + input("city", "Kabupaten/kota", f.city) + input("type", "Type", f.type, placeholder: "bimtek")
        body += input("organizer", "Organizer", f.organizer) + input("law", "Law", f.law, placeholder: "UU 11/2009")
        body += "<input type=\"hidden\" name=\"sort\" value=\"\(q.sort.rawValue)\">"
        if q.descending { body += "<input type=\"hidden\" name=\"dir\" value=\"desc\">" }
        body += "<button type=\"submit\">Filter</button> <a href=\"/events\">clear</a></form>"
        for e in q.errors { body += "<div class=\"error\">\(HTML.escape(e))</div>" }
        let pages = max(1, (total + pageSize - 1) / pageSize)
        body += "<p>\(total) events" + (total > 0 ? ", page \(min(q.page, pages)) of \(pages)" : "") + ". Values that analysts corrected are marked <span class=\"mark\">✎</span>.</p>"
        let columns: [(String, EventStore.SortKey?)] = [
            ("event", .id), ("type", .type), ("start", .date), ("end", nil), ("kabupaten/kota", .city), ("province", .province),
            ("participants", .participants), ("organizers", nil), ("reports", .sources), ("warnings", nil),
        ]
        body += "<table class=\"events\"><tr>"
        for (label, sort) in columns {
            guard let sort else { body += "<th>\(label)</th>"; continue }
            let active = sort == q.sort
            let arrow = active ? (q.descending ? " ▼" : " ▲") : ""
            body += "<th><a href=\"\(HTML.escape(q.link(sort: sort, descending: active ? !q.descending : false, page: 1)))\">\(label)\(arrow)</a></th>"
        }
        body += "</tr>"
        for r in rows {
            let c = Set(r.corrected)
            func cell(_ value: String?, _ fields: [String], nowrap: Bool = false) -> String {
                let corrected = fields.contains { c.contains($0) }
                let classes = [corrected ? "corrected" : nil, nowrap ? "nw" : nil].compactMap { $0 }.joined(separator: " ")
                return "<td\(classes.isEmpty ? "" : " class=\"\(classes)\"")>\(HTML.value(value))\(corrected ? " <span class=\"mark\" title=\"corrected\">✎</span>" : "")</td>"
            }
            body += "<tr><td><a href=\"/events/\(r.id)\">\(r.id)</a></td>"
            body += cell(r.type, ["event_type"]) + cell(r.dateStart, ["date_start"], nowrap: true) + cell(r.dateEnd, ["date_end"], nowrap: true)
            body += cell(r.city, ["city"]) + cell(r.province, ["province", "city"]) + cell(r.participants.map(String.init), ["participants_total"])
            body += cell(r.organizers.joined(separator: "; "), ["organizers"])
            body += "<td>\(r.sources.count)</td><td>\(r.warnings.isEmpty ? "" : String(r.warnings.count))</td></tr>"
        }
        body += "</table><p class=\"pager\">"
        if q.page > 1 { body += "<a href=\"\(HTML.escape(q.link(page: q.page - 1)))\">← previous</a>" }
        if q.page < pages { body += "<a href=\"\(HTML.escape(q.link(page: q.page + 1)))\">next →</a>" }
        body += "</p>"
        return HTML.page("Events", body: body)
    }
}
