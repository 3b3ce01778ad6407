import Foundation

/// HTML escaping and the page frame. Every text that reaches a page goes through ``HTML/escape(_:)``: news text
/// may hold `<script>`.
public enum HTML {
    /// Escapes `&`, `<`, `>`, `"` and `'`, so that a text is safe in element content and in quoted attributes.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// An optional text escaped, or a dash.
    static func value(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "<span class=\"none\">–</span>" }
        return escape(text)
    }

    /// A query string from pairs (empty values left out), percent-encoded.
    static func query(_ pairs: [(String, String?)]) -> String {
        let parts = pairs.compactMap { k, v -> String? in
            guard let v, !v.isEmpty else { return nil }
            return k + "=" + percent(v)
        }
        return parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
    }

    static func percent(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// The link to a document's page.
    static func documentURL(source: String, id: String) -> String {
        "/document" + query([("source", source), ("id", id)])
    }

    /// A whole page: the navigation, the title, the body. No script or style comes from elsewhere.
    static func page(_ title: String, body: String, script: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title)) · Warta workbench</title><style>\(css)</style></head>
        <body><nav><a class="brand" href="/">Warta workbench</a> <a href="/">Overview</a> <a href="/events">Events</a></nav>
        <main><h1>\(escape(title))</h1>
        \(body)
        </main>\(script.isEmpty ? "" : "<script>\(script)</script>")</body></html>
        """
    }

    static let css = """
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2733;background:#f6f7f9}
        nav{background:#1f3a5f;padding:8px 16px}nav a{color:#dfe8f5;margin-right:16px;text-decoration:none}nav a.brand{font-weight:700;color:#fff}
        main{padding:8px 20px 40px}h1{font-size:20px;margin:10px 0 14px}h2{font-size:16px;margin:18px 0 8px}
        table{border-collapse:collapse;background:#fff}th,td{border:1px solid #d8dde4;padding:4px 7px;text-align:left;vertical-align:top}
        th{background:#eef1f5;font-weight:600}th a{color:inherit}a{color:#1b5fb3}
        .none{color:#98a2ae}.corrected{background:#fff4cc}.mark{color:#a66300;font-weight:700}
        .cards{display:flex;gap:12px;flex-wrap:wrap}.card{background:#fff;border:1px solid #d8dde4;border-radius:6px;padding:10px 14px;min-width:120px}
        .card b{display:block;font-size:22px}.charts{display:flex;gap:18px;flex-wrap:wrap}.chart{background:#fff;border:1px solid #d8dde4;border-radius:6px;padding:8px}
        form.filters{display:flex;gap:8px;flex-wrap:wrap;align-items:flex-end;margin-bottom:12px}form.filters label{display:flex;flex-direction:column;font-size:12px}
        input,select,button{font:inherit;padding:3px 6px}.error{background:#fde2e1;border:1px solid #e0a3a0;padding:8px 12px;border-radius:6px;margin:8px 0}
        .notice{background:#e3f4e1;border:1px solid #a6d3a0;padding:8px 12px;border-radius:6px;margin:8px 0}
        .doc{display:grid;grid-template-columns:minmax(0,1.15fr) minmax(0,1fr);gap:18px}
        #text{background:#fff;border:1px solid #d8dde4;border-radius:6px;padding:12px 14px;white-space:pre-wrap;line-height:1.7}
        #text mark{border-radius:3px;padding:1px 0}#text sup{font-size:10px;border-radius:3px;padding:0 3px;margin:0 2px;color:#fff;user-select:none;white-space:nowrap}
        .legend span{display:inline-block;margin:0 10px 4px 0}.legend i{display:inline-block;width:12px;height:12px;border-radius:2px;vertical-align:middle;margin:0 5px 0 3px}
        .fields td form{display:flex;gap:4px;flex-wrap:wrap}.fields input[type=text]{width:13em}.small{font-size:12px;color:#5b6673}
        #selection{background:#fff;border:1px dashed #9aa7b6;padding:4px 8px;border-radius:4px;margin:6px 0;min-height:1.4em}
        .pager a,.pager span{margin-right:10px}td.nw{white-space:nowrap}
        """
}
