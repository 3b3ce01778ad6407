import Warta

/// The overview: counts, events per month, province and type as charts, the latest runs.
enum OverviewPage {
    static func render(_ o: EventStore.Overview, database: String) -> String {
        func card(_ label: String, _ n: Int, _ link: String? = nil) -> String {
            let number = link.map { "<a href=\"\($0)\">\(n)</a>" } ?? "\(n)"
            return "<div class=\"card\"><b>\(number)</b>\(HTML.escape(label))</div>"
        }
        var body = "<p class=\"small\">Database: \(HTML.escape(database))</p><div class=\"cards\">"
        body += card("documents", o.documents) + card("reporting training events", o.trainingEventDocuments)
        body += card("errors", o.errors) + card("events", o.events, "/events") + card("corrections", o.corrections) + card("documents reviewed", o.reviewed)
        body += "</div><h2>Events</h2><div class=\"charts\">"
        body += "<div class=\"chart\">" + Charts.columns("Events per month (by start date)", o.perMonth) + "</div>"
        body += "<div class=\"chart\">" + Charts.bars("Events per province", o.perProvince) + "</div>"
        body += "<div class=\"chart\">" + Charts.bars("Events per type", o.perType) + "</div>"
        body += "</div><h2>Latest runs</h2>"
        if o.runs.isEmpty {
            body += "<p class=\"none\">No run recorded (runs are recorded by warta extract --db and warta db import).</p>"
        } else {
            body += "<table><tr><th>command</th><th>inputs</th><th>started</th><th>finished</th><th>documents</th><th>errors</th><th>seconds</th></tr>"
            for r in o.runs {
                let inputs = r.inputs.count > 120 ? String(r.inputs.prefix(119)) + "…" : r.inputs
                body += "<tr><td>\(HTML.escape(r.command))</td><td>\(HTML.escape(inputs))</td><td>\(HTML.escape(r.started))</td><td>\(HTML.escape(r.finished))</td>"
                body += "<td>\(r.documents)</td><td>\(r.errors)</td><td>\(Charts.fmt(r.seconds))</td></tr>"
            }
            body += "</table>"
        }
        return HTML.page("Overview", body: body)
    }
}
