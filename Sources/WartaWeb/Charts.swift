/// Bar charts as SVG written on the server (no script, nothing fetched).
enum Charts {
    /// Vertical bars in order (events per month), a label under every few bars.
    static func columns(_ title: String, _ data: [(String, Int)], width: Int = 560, height: Int = 200) -> String {
        let top = data.map(\.1).max() ?? 0
        var svg = "<svg role=\"img\" aria-label=\"\(HTML.escape(title))\" width=\"\(width)\" height=\"\(height + 40)\" viewBox=\"0 0 \(width) \(height + 40)\">"
        svg += "<text x=\"4\" y=\"14\" font-size=\"13\" font-weight=\"600\">\(HTML.escape(title))</text>"
        guard top > 0, !data.isEmpty else { return svg + "<text x=\"4\" y=\"40\" font-size=\"12\" fill=\"#98a2ae\">no events</text></svg>" }
        let left = 36, plotW = width - left - 8, plotH = height - 30
        let step = Double(plotW) / Double(data.count)
        let every = max(1, Int((Double(data.count) / 8).rounded(.up)))
        svg += "<text x=\"\(left - 4)\" y=\"30\" font-size=\"10\" text-anchor=\"end\">\(top)</text>"
        svg += "<line x1=\"\(left)\" y1=\"\(24 + plotH)\" x2=\"\(width - 8)\" y2=\"\(24 + plotH)\" stroke=\"#9aa7b6\"/>"
        for (i, (label, n)) in data.enumerated() {
            let h = Double(plotH) * Double(n) / Double(top)
            let x = Double(left) + step * Double(i)
            svg += "<rect x=\"\(fmt(x + 0.5))\" y=\"\(fmt(24 + Double(plotH) - h))\" width=\"\(fmt(max(1, step - 1)))\" height=\"\(fmt(h))\" fill=\"#3b7dd8\"><title>\(HTML.escape(label)): \(n)</title></rect>"
            if i % every == 0 {
                svg += "<text x=\"\(fmt(x))\" y=\"\(24 + plotH + 14)\" font-size=\"10\">\(HTML.escape(label))</text>"
            }
        }
        return svg + "</svg>"
    }

    /// Horizontal bars, largest first (events per province, per type); the rest summed in one bar.
    static func bars(_ title: String, _ data: [(String, Int)], width: Int = 420, limit: Int = 12) -> String {
        var rows = Array(data.prefix(limit))
        if data.count > limit { rows.append(("\(data.count - limit) others", data.dropFirst(limit).reduce(0) { $0 + $1.1 })) }
        let top = rows.map(\.1).max() ?? 0
        let rowH = 18, labelW = 170
        let height = 24 + rows.count * rowH + 6
        var svg = "<svg role=\"img\" aria-label=\"\(HTML.escape(title))\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">"
        svg += "<text x=\"4\" y=\"14\" font-size=\"13\" font-weight=\"600\">\(HTML.escape(title))</text>"
        guard top > 0 else { return svg + "<text x=\"4\" y=\"36\" font-size=\"12\" fill=\"#98a2ae\">no events</text></svg>" }
        let plotW = width - labelW - 50
        for (i, (label, n)) in rows.enumerated() {
            let y = 24 + i * rowH
            let w = Double(plotW) * Double(n) / Double(top)
            let shown = label.count > 26 ? String(label.prefix(25)) + "…" : label
            svg += "<text x=\"\(labelW - 6)\" y=\"\(y + 12)\" font-size=\"11\" text-anchor=\"end\">\(HTML.escape(shown))<title>\(HTML.escape(label))</title></text>"
            svg += "<rect x=\"\(labelW)\" y=\"\(y + 2)\" width=\"\(fmt(max(1, w)))\" height=\"\(rowH - 5)\" fill=\"#4c9a6a\"/>"
            svg += "<text x=\"\(fmt(Double(labelW) + max(1, w) + 4))\" y=\"\(y + 12)\" font-size=\"11\">\(n)</text>"
        }
        return svg + "</svg>"
    }

    static func fmt(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
