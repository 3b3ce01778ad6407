import Warta

/// One event: its merged fields and the report each came from (or the correction that overrides it), the
/// disagreements between its reports, and its reports.
enum EventPage {
    static func render(_ d: EventStore.EventDetail) -> String {
        var body = "<h2>Fields</h2><table><tr><th>field</th><th>value</th><th>from</th></tr>"
        for f in d.fields {
            if let c = f.correction {
                let shown = f.field == "participants_total" ? c.newValue : c.newValue?.replacingOccurrences(of: "\n", with: "; ")
                body += "<tr class=\"corrected\"><td>\(HTML.escape(f.field))</td><td>\(HTML.value(shown)) <span class=\"mark\">✎ corrected</span>"
                body += " <span class=\"small\">(was \(HTML.value(f.value)))</span></td>"
                body += "<td>correction by \(HTML.escape(c.reviewer)), \(HTML.escape(c.time)), in <a href=\"\(HTML.escape(HTML.documentURL(source: c.key.source, id: c.key.id)))\">\(HTML.escape(c.key.id))</a></td></tr>"
            } else {
                body += "<tr><td>\(HTML.escape(f.field))</td><td>\(HTML.value(f.value))</td><td>"
                if let k = f.document { body += "<a href=\"\(HTML.escape(HTML.documentURL(source: k.source, id: k.id)))\">\(HTML.escape(k.id))</a>" }
                body += "</td></tr>"
            }
        }
        let r = d.row
        body += "<tr><td>organizers</td><td>\(HTML.value(r.organizers.joined(separator: "; ")))</td><td>all reports</td></tr>"
        body += "<tr><td>legal references</td><td>\(HTML.value(r.laws.joined(separator: "; ")))</td><td>all reports</td></tr></table>"
        body += "<h2>Disagreements between reports</h2>"
        if d.warnings.isEmpty {
            body += "<p class=\"none\">The reports agree.</p>"
        } else {
            body += "<table><tr><th>field</th><th>disagreement</th></tr>"
            for w in d.warnings { body += "<tr><td>\(HTML.escape(w.field))</td><td>\(HTML.escape(w.message))</td></tr>" }
            body += "</table>"
        }
        body += "<h2>Reports (\(d.reports.count))</h2><table><tr><th>document</th><th>title</th><th>published</th><th>source</th><th>review</th></tr>"
        for rep in d.reports {
            body += "<tr><td><a href=\"\(HTML.escape(HTML.documentURL(source: rep.key.source, id: rep.key.id)))\">\(HTML.escape(rep.key.id))</a></td>"
            body += "<td>\(HTML.value(rep.title))</td><td>\(HTML.value(rep.published))</td><td class=\"small\">\(HTML.escape(rep.key.source))"
            if let u = rep.url { body += "<br>\(HTML.escape(u))" }
            body += "</td><td>\(rep.reviewed ? "reviewed" : "")\(rep.corrections > 0 ? " \(rep.corrections) corrections" : "")</td></tr>"
        }
        body += "</table>"
        return HTML.page("Event \(r.id): \(r.type ?? "event") \(r.dateStart ?? "") \(r.city ?? r.province ?? "")", body: body)
    }
}
