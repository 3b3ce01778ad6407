import Foundation

/// The metadata of a page read from `PageTree`'s attributes: the publication date in order of trust, and
/// the JSON-LD article body.
extension PageTree {
    /// The publication date from the page's metadata, in order of trust.
    func publicationDate() -> (Day?, String?) {
        if let v = meta["article:published_time"], let d = PageTree.isoDay(v) { return (d, "article:published_time") }
        for ld in jsonLD {
            if let d = PageTree.jsonLDString(ld, key: "datePublished").flatMap(PageTree.isoDay) { return (d, "json-ld") }
        }
        for v in timeValues {
            if let d = PageTree.isoDay(v) { return (d, "time") }
        }
        for key in ["date", "pubdate", "publishdate", "dc.date.issued", "dc.date", "datepublished", "article:published"] {
            if let v = meta[key], let d = PageTree.isoDay(v) { return (d, "meta-date") }
        }
        for u in [canonical, meta["og:url"]].compactMap({ $0 }) {
            if let d = PageTree.urlDay(u) { return (d, "url") }
        }
        return (nil, nil)
    }

    /// JSON-LD `articleBody`, when the page has one.
    func articleBody() -> String? {
        for ld in jsonLD {
            if let body = PageTree.jsonLDString(ld, key: "articleBody"), !body.isEmpty { return body }
        }
        return nil
    }

    /// Whether `text` holds `word` (bytes compared; no parsing).
    static func mentions(_ text: String, _ word: String) -> Bool {
        let w = Array(word.utf8)
        guard let first = w.first else { return true }
        let t = Array(text.utf8)
        guard t.count >= w.count else { return false }
        for i in 0...(t.count - w.count) where t[i] == first {
            if t[i..<(i + w.count)].elementsEqual(w) { return true }
        }
        return false
    }

    static func isoDay(_ s: String) -> Day? {
        let t = s.trimmingCharacters(in: .whitespaces)
        guard t.count >= 10 else { return nil }
        return Day(iso: String(t.prefix(10)))
    }

    /// The first string value of `key` anywhere in a JSON-LD text.
    static func jsonLDString(_ text: String, key: String) -> String? {
        guard let json = try? JSON.parse(text) else { return nil }
        var stack = [json]
        while let v = stack.popLast() {
            switch v {
            case .object(let pairs):
                for (k, x) in pairs {
                    if k == key, let s = x.stringValue { return s }
                    stack.append(x)
                }
            case .array(let items): stack.append(contentsOf: items)
            default: break
            }
        }
        return nil
    }

    /// A date in a URL path: /2023/09/19/, /2023-09-19, /20230919.
    static func urlDay(_ url: String) -> Day? {
        let parts = url.split(whereSeparator: { $0 == "/" || $0 == "?" || $0 == "&" || $0 == "=" })
        for (i, p) in parts.enumerated() {
            if p.count == 4, let y = Int(p), (1990...2100).contains(y), i + 2 < parts.count,
                let m = Int(parts[i + 1]), let d = Int(parts[i + 2].prefix(2)), parts[i + 1].count <= 2
            {
                if let day = Day(year: y, month: m, day: d) { return day }
            }
            if p.count >= 10, let day = Day(iso: String(p.prefix(10))) { return day }
            if p.count == 8, let v = Int(p), let day = Day(year: v / 10000, month: (v / 100) % 100, day: v % 100) { return day }
        }
        return nil
    }
}
