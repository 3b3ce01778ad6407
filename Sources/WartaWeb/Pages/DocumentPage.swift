import Warta

/// One document: its clean text with every evidence span highlighted by field (a colour per field, a legend,
/// the value beside each span), the record's fields with their correction forms, its warnings, its URL and its
/// review.
enum DocumentPage {
    struct Model {
        var key: DocumentKey
        var record: Record
        var text: String?
        var textProblem: String?
        var corrections: [Correction]
        var review: (reviewer: String, time: String)?
        var eventID: Int64?
        var token: String
        var reviewer: String
        var error: String?
        var notice: String?
    }

    /// The colour groups of the legend, each with the record fields it covers.
    static let groups: [(name: String, colour: String, fields: [Evaluator.Field])] = [
        ("event type", "#7b5cd6", [.isTrainingEvent, .eventType]),
        ("dates", "#d9822b", [.dateStart, .dateEnd]),
        ("place", "#1f9e89", [.venue, .city, .province]),
        ("participants", "#e0524f", [.participantsTotal, .participantGroups]),
        ("organizers", "#2f6fdf", [.organizers]),
        ("speakers", "#b5179e", [.speakers, .speakerOrganizations]),
        ("legal references", "#6b8e23", [.legalReferences]),
    ]

    static func group(of field: Evaluator.Field) -> Int { groups.firstIndex { $0.fields.contains(field) } ?? 0 }

    struct Span { var start: Int; var end: Int; var group: Int; var label: String; var corrected: Bool }

    /// The evidence spans of a record and of the corrections that carry one.
    static func spans(_ r: Record, _ corrections: [Correction], length: Int) -> [Span] {
        var out: [Span] = []
        func add(_ ev: Evidence?, _ field: Evaluator.Field, _ label: String, corrected: Bool = false) {
            guard let ev, ev.start >= 0, ev.end > ev.start, ev.end <= length else { return }
            out.append(Span(start: ev.start, end: ev.end, group: group(of: field), label: label, corrected: corrected))
        }
        if let e = r.event {
            add(e.evidence, .eventType, e.type)
            if let d = e.date { add(d.evidence, .dateStart, d.start == d.end ? d.start.iso : "\(d.start.iso) – \(d.end.iso)") }
            if let l = e.location { add(l.evidence, .venue, [l.venue, l.city, l.province].compactMap { $0 }.joined(separator: ", ")) }
            if let p = e.participants {
                add(p.evidence, .participantsTotal, ([p.total.map { "\($0) participants" }] + p.groups.map { Optional($0.name) }).compactMap { $0 }.joined(separator: ", "))
            }
            for o in e.organizers { add(o.evidence, .organizers, o.name) }
            for s in e.speakers { add(s.evidence, s.kind == .person ? .speakers : .speakerOrganizations, s.name) }
        }
        for l in r.legalReferences { add(l.evidence, .legalReferences, l.canonical) }
        for c in corrections {
            add(c.evidence, c.field, "✎ \(c.field.label): \((c.newValue ?? "none").replacingOccurrences(of: "\n", with: "; "))", corrected: true)
        }
        return out.sorted { ($0.start, $1.end) < ($1.start, $0.end) }
    }

    /// The text cut at every span's start and end; each piece carries its offset (in Unicode scalars) for the
    /// selection script, and each span's value follows its last piece.
    static func highlighted(_ text: String, _ spans: [Span]) -> String {
        let scalars = Array(text.unicodeScalars)
        var cuts = Set([0, scalars.count])
        for s in spans { cuts.insert(s.start); cuts.insert(s.end) }
        let points = cuts.sorted()
        var ends: [Int: [Span]] = [:]
        for s in spans { ends[s.end, default: []].append(s) }
        var out = ""
        var open = spans.startIndex
        var active: [Span] = []
        for (a, b) in zip(points, points.dropFirst()) {
            while open < spans.count, spans[open].start <= a { active.append(spans[open]); open += 1 }
            active.removeAll { $0.end <= a }
            let piece = HTML.escape(String(String.UnicodeScalarView(scalars[a..<b])))
            if let s = active.min(by: { ($0.end - $0.start) < ($1.end - $1.start) }) {
                let g = groups[s.group]
                let style = s.corrected ? "background:\(g.colour)33;outline:2px dashed \(g.colour)" : "background:\(g.colour)30;border-bottom:2px solid \(g.colour)"
                out += "<mark data-s=\"\(a)\" style=\"\(style)\" title=\"\(HTML.escape(active.map { groups[$0.group].name + ": " + $0.label }.joined(separator: "\n")))\">\(piece)</mark>"
            } else {
                out += "<span data-s=\"\(a)\">\(piece)</span>"
            }
            for s in ends[b] ?? [] {
                out += "<sup style=\"background:\(groups[s.group].colour)\">\(HTML.escape(s.label))</sup>"
            }
        }
        return out
    }

    static func render(_ m: Model) -> String {
        let r = m.record
        let current = Dictionary(m.corrections.map { ($0.field, $0) }, uniquingKeysWith: { $1 })
        var body = ""
        if let e = m.error { body += "<div class=\"error\" role=\"alert\">\(HTML.escape(e))</div>" }
        if let n = m.notice { body += "<div class=\"notice\">\(HTML.escape(n))</div>" }
        body += "<p class=\"small\">id \(HTML.escape(m.key.id)) · source \(HTML.escape(m.key.source))"
        if let u = r.document.url { body += " · URL <a href=\"\(HTML.escape(u))\" rel=\"noreferrer noopener\">\(HTML.escape(u))</a>" }
        if let p = r.document.published { body += " · published \(p.iso)" }
        if let id = m.eventID { body += " · <a href=\"/events/\(id)\">event \(id)</a>" }
        body += "</p><div class=\"doc\"><section><div class=\"legend\">"
        for g in groups { body += "<span><i style=\"background:\(g.colour)\"></i>\(HTML.escape(g.name))</span>" }
        body += "<span><i style=\"outline:2px dashed #555\"></i>evidence of a correction</span></div>"
        if let text = m.text {
            body += "<div id=\"text\">" + highlighted(text, spans(r, m.corrections, length: text.unicodeScalars.count)) + "</div>"
        } else {
            body += "<div class=\"error\">\(HTML.escape(m.textProblem ?? "The clean text is not available."))</div>"
        }
        body += "</section><section>"
        if let e = r.error { body += "<div class=\"error\">Error \(HTML.escape(e.kind)): \(HTML.escape(e.message))</div>" }
        body += reviewForm(m)
        body += "<h2>Fields</h2><p class=\"small\">Select text on the left, then <b>use selection</b> to make it the evidence of a value (the selected text is the value when none is typed). Lists: one item per line or separated by “;”.</p>"
        body += "<div id=\"selection\" class=\"small\">No text selected.</div>"
        body += "<table class=\"fields\"><tr><th>field</th><th>value</th><th>correct it</th></tr>"
        for f in Evaluator.Field.allCases {
            let extracted = r.goldValue(f)
            body += "<tr\(current[f] != nil ? " class=\"corrected\"" : "")><td><i style=\"display:inline-block;width:10px;height:10px;background:\(groups[group(of: f)].colour)\"></i> \(HTML.escape(f.label))</td><td>"
            if let c = current[f] {
                body += "\(HTML.value(c.newValue?.replacingOccurrences(of: "\n", with: "; "))) <span class=\"mark\">✎</span><br><span class=\"small\">extracted: \(HTML.value(extracted?.replacingOccurrences(of: "\n", with: "; "))); by \(HTML.escape(c.reviewer))</span>"
            } else {
                body += HTML.value(extracted?.replacingOccurrences(of: "\n", with: "; "))
            }
            body += "</td><td>" + correctionForm(m, f) + "</td></tr>"
        }
        body += "</table>"
        body += "<h2>Warnings</h2>"
        if r.warnings.isEmpty { body += "<p class=\"none\">None.</p>" } else {
            body += "<ul>" + r.warnings.map { "<li><b>\(HTML.escape($0.code))</b>: \(HTML.escape($0.message))</li>" }.joined() + "</ul>"
        }
        if !m.corrections.isEmpty {
            body += "<h2>Corrections (oldest first)</h2><table><tr><th>time</th><th>reviewer</th><th>field</th><th>old</th><th>new</th><th>evidence</th></tr>"
            for c in m.corrections {
                body += "<tr><td>\(HTML.escape(c.time))</td><td>\(HTML.escape(c.reviewer))</td><td>\(HTML.escape(c.field.rawValue))</td><td>\(HTML.value(c.oldValue))</td><td>\(HTML.value(c.newValue))</td>"
                body += "<td>\(c.evidence.map { HTML.escape("\($0.text) @\($0.start)") } ?? "")</td></tr>"
            }
            body += "</table>"
        }
        body += "</section></div>"
        let title = r.document.title ?? m.key.id
        return HTML.page(title.count > 90 ? String(title.prefix(89)) + "…" : title, body: body, script: script)
    }

    static func hidden(_ m: Model) -> String {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(HTML.escape(m.token))\"><input type=\"hidden\" name=\"source\" value=\"\(HTML.escape(m.key.source))\"><input type=\"hidden\" name=\"id\" value=\"\(HTML.escape(m.key.id))\">"
    }

    static func correctionForm(_ m: Model, _ f: Evaluator.Field) -> String {
        var s = "<form method=\"post\" action=\"/document/correct\">" + hidden(m)
        s += "<input type=\"hidden\" name=\"field\" value=\"\(f.rawValue)\"><input type=\"hidden\" name=\"start\" value=\"\"><input type=\"hidden\" name=\"end\" value=\"\">"
        let placeholder: String
        switch f {
        case .isTrainingEvent: placeholder = "true or false"
        case .dateStart, .dateEnd: placeholder = "YYYY-MM-DD"
        case .participantsTotal: placeholder = "a number"
        case .city: placeholder = "Kabupaten … / Kota …"
        case .legalReferences: placeholder = "UU 11/2009; …"
        default: placeholder = f.isList ? "one; another" : "right value"
        }
        s += "<input type=\"text\" name=\"value\" aria-label=\"right value of \(f.label)\" placeholder=\"\(HTML.escape(placeholder))\">"
        s += "<button type=\"submit\" name=\"action\" value=\"set\">save</button>"
        s += "<button type=\"submit\" name=\"action\" value=\"wrong\" title=\"the extracted value is wrong and the text states none\">mark wrong</button>"
        s += "<button type=\"submit\" name=\"action\" value=\"evidence\" class=\"use-selection\">use selection</button></form>"
        return s
    }

    static func reviewForm(_ m: Model) -> String {
        var s = "<form method=\"post\" action=\"/document/review\" class=\"review\">" + hidden(m)
        if let r = m.review {
            s += "<span class=\"notice\" style=\"display:inline-block\">Reviewed by \(HTML.escape(r.reviewer)), \(HTML.escape(r.time))</span> "
            s += "<input type=\"hidden\" name=\"reviewed\" value=\"0\"><button type=\"submit\">mark not reviewed</button>"
        } else {
            s += "<input type=\"hidden\" name=\"reviewed\" value=\"1\"><button type=\"submit\">mark reviewed</button> <span class=\"small\">as \(HTML.escape(m.reviewer))</span>"
        }
        return s + "</form>"
    }

    /// Turns the selection in the text into offsets in Unicode scalars (the record's offsets) and puts them in
    /// the form whose "use selection" button is pressed.
    static let script = """
        (function(){
        var sel=null,box=document.getElementById('selection'),text=document.getElementById('text');
        function off(node,o){var el=node.nodeType===3?node.parentNode:node;if(el&&el.tagName==='SUP')return null;
          while(el&&el!==text&&!el.hasAttribute('data-s'))el=el.parentNode;if(!el||el===text)return null;
          var base=parseInt(el.getAttribute('data-s'),10);if(node.nodeType!==3)return base;return base+Array.from(node.data.slice(0,o)).length;}
        document.addEventListener('selectionchange',function(){var s=window.getSelection();if(!text||!s||s.rangeCount===0||s.isCollapsed)return;
          var r=s.getRangeAt(0);if(!text.contains(r.startContainer)||!text.contains(r.endContainer))return;
          var a=off(r.startContainer,r.startOffset),b=off(r.endContainer,r.endOffset);if(a===null||b===null||b<=a)return;
          sel={start:a,end:b};box.textContent='Selected ('+a+'–'+b+'): '+s.toString();});
        document.querySelectorAll('button.use-selection').forEach(function(btn){btn.addEventListener('click',function(){
          if(!sel)return;var f=btn.form;f.elements.start.value=sel.start;f.elements.end.value=sel.end;});});
        })();
        """
}
