import CLibXML2

/// What Warta keeps of an HTML page: the headline and article text (the page's clean-text source), and the
/// page's metadata.
public struct HTMLPage: Sendable {
    /// The title from `og:title`, `<title>` or the article's headline, in that order of trust.
    public var title: String?
    /// The headline on the first line, then the article's blocks, one per line.
    public var text: String
    public var published: Day?
    /// `article:published_time`, `json-ld`, `time`, `meta-date`, `url` (the dateline is found later in the text).
    public var publishedSource: String?
    public var canonicalURL: String?
    public var siteName: String?
    public var author: String?
    public var encoding: String
    public var warnings: [String]
    /// The first line of `text` is the headline the reader found (`h1`, a title heading, `og:title` or `<title>`).
    public var hasHeadline = false
}

/// Reads HTML with libxml2's forgiving parser (recovery on, no network, no external entities, no DTD
/// loading) and keeps the article: navigation, headers, footers, sidebars, menus, `Baca Juga` and related
/// blocks, share widgets, comments and forms, ads, cookie banners, scripts and styles are dropped. Block
/// elements and `<br>` become line breaks; entities are decoded by the parser.
public enum HTMLReader {
    /// libxml2 must initialize its global state (dictionaries, random seed, mutexes) once, before any two
    /// threads parse at the same time; lazily, two first parses race and can deadlock in `xmlDictCreate`.
    /// `static let` runs it exactly once.
    static let libraryReady: Void = xmlInitParser()

    /// Initializes libxml2 on the calling thread (the batch runner calls it before starting its workers).
    public static func prepare() { HTMLReader.libraryReady }

    public static func read(_ raw: [UInt8], url: String? = nil) throws(RecordError) -> HTMLPage {
        HTMLReader.libraryReady
        if raw.isEmpty { throw RecordError(kind: "empty", message: "the page is empty") }
        let (bytes, encoding, warnings) = Charset.utf8(raw)
        var control = 0
        for b in bytes.prefix(8192) where b == 0 || (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C) { control += 1 }
        if control * 20 > min(bytes.count, 8192) {
            throw RecordError(kind: "binary", message: "the page is not text: \(control) of its first \(min(bytes.count, 8192)) bytes are control bytes")
        }
        // HUGE lifts the 10 MB text and attribute limits (the input is already bounded by the caller) and
        // raises the nesting limit from 256 to 2048 levels; deeper pages are cut there.
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)
        guard let context = htmlNewParserCtxt() else {
            throw RecordError(kind: "parse", message: "libxml2 could not start a parser")
        }
        defer { htmlFreeParserCtxt(context) }
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buf.count) { p in
                    htmlCtxtReadMemory(context, p, Int32(clamping: buf.count), url, "UTF-8", options)
                }
            }
        }
        var reason = ""
        if let e = xmlCtxtGetLastError(context), e.pointee.level.rawValue >= XML_ERR_FATAL.rawValue, let m = e.pointee.message {
            reason = " (libxml2: " + String(cString: m).trimmingCharacters(in: .whitespacesAndNewlines) + ")"
        }
        guard let doc = parsed else { throw RecordError(kind: "parse", message: "libxml2 could not parse the page" + reason) }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else {
            throw RecordError(kind: "parse", message: "the page has no elements" + reason)
        }
        var walker = Walker()
        walker.scan(root)
        guard let page = walker.page(encoding: encoding, warnings: warnings, url: url) else {
            throw RecordError(kind: "no-article", message: "the page has no article text" + reason)
        }
        return page
    }
}

typealias Node = UnsafeMutablePointer<xmlNode>

/// One pass over the DOM for metadata, dropped subtrees and paragraph scores; a second over the chosen
/// container for its text. Both iterative, so that deep nesting cannot overflow the stack.
struct Walker {
    var removed = Set<Node>()
    var scores: [Node: Double] = [:]
    var meta: [String: String] = [:]
    var titleTag: String?
    var canonical: String?
    var jsonLD: [String] = []
    var timeValues: [String] = []
    var firstH1: Node?
    var titleHeading: Node?

    static let droppedTags: Set<String> = [
        "script", "style", "noscript", "iframe", "form", "nav", "header", "footer", "aside", "button", "select",
        "textarea", "svg", "template", "object", "embed", "canvas", "input", "menu", "dialog", "head",
    ]
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
        "dd", "tr", "td", "th", "table", "tbody", "thead", "blockquote", "pre", "figure", "figcaption", "center",
        "address", "hr", "body", "html",
    ]
    static let noiseTokens: Set<String> = [
        "share", "sharing", "social", "sosmed", "related", "baca", "comment", "comments", "respond", "sidebar",
        "widget", "menu", "breadcrumb", "breadcrumbs", "cookie", "consent", "banner", "ads", "ad", "advert",
        "advertisement", "iklan", "popular", "populer", "terpopuler", "newsletter", "subscribe", "footer", "header",
        "navbar", "nav", "navigation", "tags", "tag", "labels", "login", "search", "pagination", "hits", "counter",
        "visitor", "promo", "sponsor", "rekomendasi", "terkait", "recommended", "trending", "modal", "popup",
        "skip", "toolbar", "sharedaddy", "addthis", "jp", "rating", "author", "profile", "pengumuman", "agenda",
        "archive", "arsip", "feed", "follow", "print", "hidden", "copyright",
    ]
    static let contentTokens: Set<String> = [
        "content", "article", "entry", "post", "body", "isi", "berita", "detail", "story", "text", "main", "read",
        "news", "artikel", "konten", "articlebody",
    ]
    static let noisePrefixes = ["baca juga", "baca:", "lihat juga", "simak juga", "artikel terkait", "berita terkait", "baca selengkapnya"]

    // MARK: helpers over libxml2

    static func name(_ n: Node) -> String {
        guard let p = n.pointee.name else { return "" }
        return String(cString: p).lowercased()
    }

    static func attribute(_ n: Node, _ wanted: String) -> String? {
        var a = n.pointee.properties
        while let attr = a {
            if let nm = attr.pointee.name, String(cString: nm).lowercased() == wanted {
                var value = ""
                var c = attr.pointee.children
                while let child = c {
                    if let content = child.pointee.content { value += String(cString: content) }
                    c = child.pointee.next
                }
                return value
            }
            a = attr.pointee.next
        }
        return nil
    }

    static func classTokens(_ n: Node) -> [String] {
        guard n.pointee.properties != nil else { return [] }
        let raw = ((attribute(n, "class") ?? "") + " " + (attribute(n, "id") ?? "")).lowercased()
        return raw.split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// All text below `n`, skipping dropped subtrees, capped at `limit` characters.
    func text(of n: Node, limit: Int = Int.max) -> String {
        var out = ""
        var length = 0
        var stack: [Node] = [n]
        while let x = stack.popLast() {
            if x.pointee.type == XML_TEXT_NODE || x.pointee.type == XML_CDATA_SECTION_NODE {
                if let c = x.pointee.content {
                    let piece = String(cString: c)
                    out += piece
                    length += piece.utf8.count
                }
                if length >= limit { break }
                continue
            }
            guard x.pointee.type == XML_ELEMENT_NODE, !removed.contains(x) else { continue }
            Walker.pushChildren(of: x, onto: &stack)
        }
        return out
    }

    /// The number of UTF-8 bytes of text below `n` (dropped subtrees skipped), without building the text.
    func textLength(of n: Node) -> Int {
        var length = 0
        var stack: [Node] = [n]
        while let x = stack.popLast() {
            if x.pointee.type == XML_TEXT_NODE || x.pointee.type == XML_CDATA_SECTION_NODE {
                if let c = x.pointee.content { length += strlen(UnsafeRawPointer(c).assumingMemoryBound(to: CChar.self)) }
                continue
            }
            guard x.pointee.type == XML_ELEMENT_NODE, !removed.contains(x) else { continue }
            Walker.pushChildren(of: x, onto: &stack)
        }
        return length
    }

    /// Pushes the children of `n` so that the first child is popped first.
    @inline(__always)
    static func pushChildren(of n: Node, onto stack: inout [Node]) {
        var c = n.pointee.last
        while let child = c {
            stack.append(child)
            c = child.pointee.prev
        }
    }

    // MARK: the scan

    mutating func scan(_ root: Node) {
        var stack: [(Node, Bool)] = [(root, false)]  // (node, inside a dropped subtree)
        while let (n, dropped) = stack.popLast() {
            guard n.pointee.type == XML_ELEMENT_NODE else { continue }
            let tag = Walker.name(n)
            var drop = dropped
            switch tag {
            case "title":
                if titleTag == nil { titleTag = text(of: n) }
            case "meta":
                let key = (Walker.attribute(n, "property") ?? Walker.attribute(n, "name") ?? Walker.attribute(n, "itemprop") ?? "").lowercased()
                if !key.isEmpty, meta[key] == nil, let content = Walker.attribute(n, "content") { meta[key] = content }
            case "link":
                if (Walker.attribute(n, "rel") ?? "").lowercased() == "canonical" { canonical = Walker.attribute(n, "href") }
            case "script":
                if (Walker.attribute(n, "type") ?? "").lowercased().contains("ld+json") { jsonLD.append(text(of: n)) }
            case "time":
                if let v = Walker.attribute(n, "datetime") { timeValues.append(v) }
            case "abbr":
                if Walker.classTokens(n).contains("published"), let v = Walker.attribute(n, "title") { timeValues.append(v) }
            default:
                break
            }
            if !drop {
                if Walker.droppedTags.contains(tag) {
                    drop = true
                } else if tag != "body" && tag != "html" && tag != "article" && tag != "main" {
                    let tokens = Walker.classTokens(n)
                    if !tokens.isEmpty, tokens.contains(where: { Walker.noiseTokens.contains($0) }),
                        !tokens.contains(where: { $0 == "entry" || $0 == "articlebody" })
                    {
                        drop = true
                    } else if tag == "p" || tag == "div" || tag == "li" || tag == "ul" || tag == "section" {
                        let head = text(of: n, limit: 40).trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
                        if Walker.noisePrefixes.contains(where: { head.hasPrefix($0) }) { drop = true }
                    }
                }
                if drop { removed.insert(n) }
            }
            if !drop {
                if tag == "h1", firstH1 == nil { firstH1 = n }
                if (tag == "h2" || tag == "h3"), titleHeading == nil,
                    Walker.classTokens(n).contains(where: { $0 == "title" || $0 == "judul" || $0 == "headline" })
                {
                    titleHeading = n
                }
                if tag == "p" || tag == "pre" || tag == "blockquote" {
                    let length = Double(textLength(of: n))
                    if length > 0, let parent = n.pointee.parent {
                        scores[parent, default: 0] += length
                        if let grand = parent.pointee.parent { scores[grand, default: 0] += length / 2 }
                    }
                } else if tag == "div" || tag == "td" || tag == "section" || tag == "article" {
                    // text written directly in a block, split by <br>
                    var direct = 0
                    var c = n.pointee.children
                    while let child = c {
                        if child.pointee.type == XML_TEXT_NODE, let content = child.pointee.content {
                            direct += String(cString: content).trimmingCharacters(in: .whitespacesAndNewlines).count
                        }
                        c = child.pointee.next
                    }
                    if direct > 0 { scores[n, default: 0] += Double(direct) }
                }
            }
            var c = n.pointee.last
            while let child = c {
                stack.append((child, drop))
                c = child.pointee.prev
            }
        }
    }

    // MARK: the page

    func container() -> Node? {
        var best: Node? = nil
        var bestScore = 0.0
        for (n, s) in scores {
            var score = s
            let tag = Walker.name(n)
            if tag == "article" || tag == "main" || Walker.attribute(n, "itemprop") == "articleBody" { score *= 1.5 }
            else if Walker.classTokens(n).contains(where: { Walker.contentTokens.contains($0) }) { score *= 1.25 }
            if score > bestScore || (score == bestScore && best.map { Walker.order($0) > Walker.order(n) } ?? false) {
                best = n
                bestScore = score
            }
        }
        return best
    }

    /// Document order of a node (its line number, then its address) for ties.
    static func order(_ n: Node) -> Int { Int(n.pointee.line) }

    /// The container's text, one block per line, leaving out dropped subtrees and the headline.
    func blockText(_ root: Node, skipping headline: Node?) -> String {
        var out = ""
        var stack: [(Node, Bool)] = [(root, false)]  // (node, exiting)
        while let (n, exiting) = stack.popLast() {
            if exiting { out += "\n"; continue }
            switch n.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let c = n.pointee.content { out += String(cString: c) }
            case XML_ELEMENT_NODE:
                if removed.contains(n) || n == headline { continue }
                let tag = Walker.name(n)
                if tag == "br" { out += "\n"; continue }
                let block = Walker.blockTags.contains(tag)
                if block { out += "\n"; stack.append((n, true)) }
                var c = n.pointee.last
                while let child = c {
                    stack.append((child, false))
                    c = child.pointee.prev
                }
            default:
                continue
            }
        }
        return out
    }

    func page(encoding: String, warnings: [String], url: String?) -> HTMLPage? {
        let headlineNode = firstH1 ?? titleHeading
        var headline: String? = nil
        if let h = headlineNode {
            let t: String = text(of: h).trimmingCharacters(in: CharacterSet.whitespacesAndNewlines)
            if !t.isEmpty { headline = t }
        }
        let ogTitle = meta["og:title"] ?? meta["twitter:title"]
        let docTitle = titleTag?.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let box = container() else { return nil }
        let body = blockText(box, skipping: headlineNode)
        guard body.contains(where: { $0.isLetter }) else { return nil }
        let firstLine = headline ?? ogTitle ?? docTitle
        let text = (firstLine.map { $0 + "\n" } ?? "") + body
        var page = HTMLPage(
            title: ogTitle ?? docTitle ?? headline, text: text, published: nil, publishedSource: nil,
            canonicalURL: canonical ?? meta["og:url"] ?? url, siteName: meta["og:site_name"],
            author: meta["author"] ?? meta["article:author"], encoding: encoding, warnings: warnings)
        page.hasHeadline = firstLine.map { $0.contains(where: { $0.isLetter || $0.isNumber }) } ?? false
        (page.published, page.publishedSource) = publicationDate()
        return page
    }

    /// The publication date from the page's metadata, in order of trust.
    func publicationDate() -> (Day?, String?) {
        if let v = meta["article:published_time"], let d = Walker.isoDay(v) { return (d, "article:published_time") }
        for ld in jsonLD {
            if let d = Walker.jsonLDDate(ld) { return (d, "json-ld") }
        }
        for v in timeValues {
            if let d = Walker.isoDay(v) { return (d, "time") }
        }
        for key in ["date", "pubdate", "publishdate", "dc.date.issued", "dc.date", "datepublished", "article:published"] {
            if let v = meta[key], let d = Walker.isoDay(v) { return (d, "meta-date") }
        }
        for u in [canonical, meta["og:url"]].compactMap({ $0 }) {
            if let d = Walker.urlDay(u) { return (d, "url") }
        }
        return (nil, nil)
    }

    static func isoDay(_ s: String) -> Day? {
        let t = s.trimmingCharacters(in: .whitespaces)
        guard t.count >= 10 else { return nil }
        return Day(iso: String(t.prefix(10)))
    }

    static func jsonLDDate(_ text: String) -> Day? {
        guard let json = try? JSON.parse(text) else { return nil }
        var stack = [json]
        while let v = stack.popLast() {
            switch v {
            case .object(let pairs):
                for (k, x) in pairs {
                    if k == "datePublished", let s = x.stringValue, let d = isoDay(s) { return d }
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

import Foundation
