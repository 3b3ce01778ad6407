import CLibXML2

typealias Node = UnsafeMutablePointer<xmlNode>

/// The tags the main-text code tells apart; every other element is `.other` (inline).
enum Tag: UInt8 {
    case other, text, a, p, div, section, article, main, td, th, tr, table, tbody, thead, tfoot, caption, pre, blockquote,
        ul, ol, li, dl, dt, dd, h1, h2, h3, h4, h5, h6, br, img, input, body, html, center, address, figure, figcaption,
        hr, title, meta, link, script, time, abbr, code, picture, video
    // dropped with their subtrees, whatever they hold
    case style, noscript, iframe, form, nav, header, footer, aside, button, select, textarea, svg, template, object,
        embed, canvas, menu, dialog, head, fieldset, label

    static let byName: [String: Tag] = {
        var map: [String: Tag] = [:]
        var raw: UInt8 = 2
        while let t = Tag(rawValue: raw) {
            map[String(describing: t)] = t
            raw += 1
        }
        return map
    }()

    /// Elements dropped with their subtrees (scripts are read for JSON-LD first); `header` is chrome instead,
    /// dropped unless no article is found without it.
    var isDropped: Bool { (rawValue >= Tag.style.rawValue && self != .header) || self == .script }
    /// Elements that start a new line in the clean text.
    var isBlock: Bool {
        switch self {
        case .p, .div, .section, .article, .main, .td, .th, .tr, .table, .tbody, .thead, .tfoot, .caption, .pre,
            .blockquote, .ul, .ol, .li, .dl, .dt, .dd, .h1, .h2, .h3, .h4, .h5, .h6, .body, .html, .center, .address,
            .figure, .figcaption, .hr:
            return true
        default: return false
        }
    }
    /// Elements that keep a `<div>` from counting as a paragraph (Readability's list, images left out).
    var isBlockContent: Bool {
        switch self {
        case .p, .div, .section, .article, .main, .table, .tr, .td, .th, .pre, .blockquote, .ul, .ol, .li, .dl, .h1,
            .h2, .h3, .h4, .h5, .h6, .figure, .address, .center, .hr:
            return true
        default: return false
        }
    }
    var isHeading: Bool { rawValue >= Tag.h1.rawValue && rawValue <= Tag.h6.rawValue }
}

/// The parsed page flattened into arrays in document order (pre-order), built in one iterative walk over
/// libxml2's tree: every later pass is a loop over these arrays, bottom-up (backwards) or top-down (forwards),
/// so that the main-text work is linear in the number of nodes whatever the nesting.
struct PageTree {
    var node: [Node] = []
    var parent: [Int32] = []
    /// One past the last node of each subtree: the subtree of `i` is `i..<end[i]`.
    var end: [Int32] = []
    var tag: [Tag] = []
    /// Own traits of an element: `chrome` (class or id names navigation, share, related...), `unlikely`
    /// (Readability's unlikely-candidate pattern), `hidden` (hidden, aria-hidden, display:none).
    var traits: [UInt8] = []
    /// Readability's class weight (-50...50) from the class and id.
    var weight: [Int8] = []
    /// For text nodes: visible length in characters (white space runs count one) and commas.
    var ownLength: [Int32] = []
    var ownCommas: [Int32] = []
    /// Nodes visited by all passes over this tree (a test bounds it by a multiple of the node count).
    var visits = 0

    /// `buried`: inside (or being) an element dropped whatever the attempt (by tag, chrome class or hidden).
    /// `share`: the class or id names only a share widget (dropped when it holds under 500 characters, as
    /// Readability does: some pages wrap the whole article in their share plugin's container).
    /// `headerClass`: chrome only because its class or id says `header` (`detail__header`, `entry-header`).
    /// `caption`: the class or id names a photo caption (`wp-caption-text`, `detail__media-caption`, `caption`).
    static let chrome: UInt8 = 1, unlikely: UInt8 = 2, hidden: UInt8 = 4, buried: UInt8 = 8, share: UInt8 = 16, headerClass: UInt8 = 32,
        caption: UInt8 = 64
    static let shareTokens: Set<[UInt8]> = Set(["share", "sharing", "social", "sosmed", "sharedaddy", "addthis"].map { Array($0.utf8) })

    /// The first `h1` outside dropped parts, and the first `h2`/`h3` whose class says title.
    var firstH1: Int?
    var titleHeading: Int?
    /// The first `h1` of an `<article>`'s own `<header>` (a WordPress theme's `entry-header`): the header is
    /// dropped as chrome, its headline is the article's (round 26).
    var articleHeaderH1: Int?

    var meta: [String: String] = [:]
    var titleTag: String?
    var canonical: String?
    var jsonLD: [String] = []
    var timeValues: [String] = []
    /// The class attribute of elements (kept only for those that have one), for Readability's sibling bonus.
    var classOf: [Int32: String] = [:]

    var count: Int { node.count }

    static let noiseTokens: Set<String> = [
        "share", "sharing", "social", "sosmed", "related", "baca", "comment", "comments", "respond", "sidebar",
        "widget", "menu", "breadcrumb", "breadcrumbs", "cookie", "consent", "banner", "ads", "ad", "advert",
        "advertisement", "iklan", "popular", "populer", "terpopuler", "newsletter", "subscribe", "footer", "header",
        "navbar", "nav", "navigation", "tags", "tag", "labels", "login", "search", "pagination", "hits", "counter",
        "visitor", "promo", "sponsor", "rekomendasi", "terkait", "recommended", "trending", "modal", "popup",
        "skip", "toolbar", "sharedaddy", "addthis", "jp", "rating", "author", "profile", "pengumuman", "agenda",
        "archive", "arsip", "feed", "follow", "print", "hidden", "copyright", "komentar",
    ]
    static let unlikelyParts = [
        "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus", "extra",
        "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
        "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
        "yom-remote",
    ]
    static let maybeParts = ["and", "article", "body", "column", "content", "main", "mathjax", "shadow"]
    static let positiveParts = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text",
        "blog", "story", "isi", "berita", "artikel", "konten", "detail",
    ]
    static let negativeParts = [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media",
        "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
        "shopping", "tags", "widget", "iklan", "terkait", "populer", "komentar",
    ]

    init(root: Node) {
        var stack: [(Node, Int32)] = [(root, -1)]
        while let (n, up) = stack.popLast() {
            visits += 1
            let type = n.pointee.type
            let index = Int32(node.count)
            if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
                append(n, up, .text)
                if let c = n.pointee.content { measure(c) } else { ownLength.append(0); ownCommas.append(0) }
                continue
            }
            guard type == XML_ELEMENT_NODE else { continue }
            let t = tagOf(n)
            append(n, up, t)
            ownLength.append(0)
            ownCommas.append(0)
            if n.pointee.properties != nil { readAttributes(n, index, t) }
            let i = Int(index)
            if t == .header { traits[i] |= PageTree.chrome }
            if t.isDropped || traits[i] & (PageTree.hidden | PageTree.chrome) != 0 { traits[i] |= PageTree.buried }
            if t == .title, titleTag == nil { titleTag = PageTree.directText(n) }
            if t == .h1, firstH1 == nil, articleHeaderH1 == nil, traits[i] & PageTree.buried != 0, inArticleHeader(i) { articleHeaderH1 = i }
            if traits[i] & PageTree.buried == 0 {
                if t == .h1, firstH1 == nil { firstH1 = i }
                if t == .h2 || t == .h3, titleHeading == nil, let cls = classOf[index]?.lowercased(),
                    cls.split(whereSeparator: { !$0.isLetter }).contains(where: { $0 == "title" || $0 == "judul" || $0 == "headline" })
                {
                    titleHeading = i
                }
            }
            var c = n.pointee.last
            while let child = c {
                stack.append((child, index))
                c = child.pointee.prev
            }
        }
        end = [Int32](repeating: 0, count: node.count)
        for i in 0..<node.count { end[i] = Int32(i + 1) }
        for i in stride(from: node.count - 1, to: 0, by: -1) {
            visits += 1
            let p = Int(parent[i])
            if p >= 0, end[i] > end[p] { end[p] = end[i] }
        }
    }

    /// Whether element `i` lies inside a header inside an `<article>`: a `<header>` or an element whose class
    /// says only `header` (`detail__header`), with nothing else hidden, dropped or named chrome between them.
    /// Walks at most 16 ancestors (called until one h1 is found, and only for h1s buried by an element above them).
    private func inArticleHeader(_ i: Int) -> Bool {
        if traits[i] & (PageTree.hidden | PageTree.chrome) != 0 { return false }
        var a = Int(parent[i])
        var header = false
        var steps = 0
        while a >= 0, steps < 16 {
            let t = tag[a]
            if t == .article { return header }
            if t == .header || (traits[a] & PageTree.headerClass != 0 && traits[a] & PageTree.hidden == 0 && !t.isDropped) {
                header = true
            } else if t.isDropped || traits[a] & (PageTree.hidden | PageTree.chrome) != 0 {
                return false
            }
            a = Int(parent[a])
            steps += 1
        }
        return false
    }

    private mutating func append(_ n: Node, _ up: Int32, _ t: Tag) {
        node.append(n)
        parent.append(up)
        tag.append(t)
        traits.append(up >= 0 ? traits[Int(up)] & PageTree.buried : 0)
        weight.append(0)
    }

    /// Visible length (characters, white space runs as one) and commas of a text node.
    private mutating func measure(_ c: UnsafePointer<xmlChar>) {
        var length: Int32 = 0, commas: Int32 = 0
        var p = c
        var space = true
        while p.pointee != 0 {
            let b = p.pointee
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
                if !space { length += 1; space = true }
            } else {
                space = false
                if b & 0xC0 != 0x80 { length += 1 }
                if b == 0x2C { commas += 1 }
                // U+FF0C fullwidth comma, U+060C Arabic comma, U+3001 ideographic comma
                else if b == 0xEF, p[1] == 0xBC, p[2] == 0x8C { commas += 1 }
                else if b == 0xD8, p[1] == 0x8C { commas += 1 }
                else if b == 0xE3, p[1] == 0x80, p[2] == 0x81 { commas += 1 }
            }
            p += 1
        }
        ownLength.append(length)
        ownCommas.append(commas)
    }

    /// The attributes read; libxml2 interns names per document, so each name is looked up once per page.
    enum Attribute { case cls, id, style, hidden, ariaHidden, property, name, itemprop, content, rel, href, type, datetime, title }
    static let attributeNames: [String: Attribute] = [
        "class": .cls, "id": .id, "style": .style, "hidden": .hidden, "aria-hidden": .ariaHidden, "property": .property,
        "name": .name, "itemprop": .itemprop, "content": .content, "rel": .rel, "href": .href, "type": .type,
        "datetime": .datetime, "title": .title,
    ]
    private var attributeCache: [UnsafePointer<xmlChar>: Attribute?] = [:]
    private var classCache: [String: (UInt8, Int8)] = [:]

    /// Tag names of up to 8 bytes packed into an integer, sorted, for a binary search without hashing.
    static let packedTags: [(UInt64, Tag)] = Tag.byName.compactMap { name, tag in
        name.utf8.count <= 8 ? (PageTree.pack(Array(name.utf8)), tag) : nil
    }.sorted { $0.0 < $1.0 }

    static func pack(_ bytes: [UInt8]) -> UInt64 {
        var v: UInt64 = 0
        for b in bytes { v = v << 8 | UInt64(b) }
        return v
    }

    private func tagOf(_ n: Node) -> Tag {
        guard let name = n.pointee.name else { return .other }
        var p = name
        var v: UInt64 = 0
        var length = 0
        while p.pointee != 0 {
            if length == 8 { return Tag.byName[String(cString: name).lowercased()] ?? .other }
            let b = p.pointee
            v = v << 8 | UInt64(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
            length += 1
            p += 1
        }
        var lo = 0, hi = PageTree.packedTags.count
        while lo < hi {
            let mid = (lo + hi) / 2
            let (key, tag) = PageTree.packedTags[mid]
            if key == v { return tag }
            if key < v { lo = mid + 1 } else { hi = mid }
        }
        return .other
    }

    private mutating func attributeOf(_ p: UnsafePointer<xmlChar>) -> Attribute? {
        if let a = attributeCache[p] { return a }
        let a = PageTree.attributeNames[String(cString: p).lowercased()]
        attributeCache[p] = a
        return a
    }

    /// Reads the attributes of an element once: class and id (chrome, unlikely, weight), visibility, and the
    /// metadata of `meta`, `link`, `script`, `time`, `abbr`.
    private mutating func readAttributes(_ n: Node, _ index: Int32, _ t: Tag) {
        var cls = "", id = "", style = ""
        var hidden = false
        var key: String? = nil, content: String? = nil, rel = "", href: String? = nil, type = "", datetime: String? = nil, title: String? = nil
        var a = n.pointee.properties
        while let attr = a {
            a = attr.pointee.next
            guard let nm = attr.pointee.name, let which = attributeOf(nm) else { continue }
            var value = ""
            var c = attr.pointee.children
            while let child = c {
                if let text = child.pointee.content { value += String(cString: text) }
                c = child.pointee.next
            }
            switch which {
            case .cls: cls = value
            case .id: id = value
            case .style: style = value
            case .hidden: hidden = true
            case .ariaHidden: hidden = hidden || value.lowercased() == "true"
            case .property: key = value
            case .name: if key == nil { key = value }
            case .itemprop: if key == nil { key = value }
            case .content: content = value
            case .rel: rel = value
            case .href: href = value
            case .type: type = value
            case .datetime: datetime = value
            case .title: title = value
            }
        }
        if !style.isEmpty {
            let s = style.lowercased().filter { $0 != " " }
            if s.contains("display:none") || s.contains("visibility:hidden") { hidden = true }
        }
        if hidden, !cls.contains("fallback-image") { traits[Int(index)] |= PageTree.hidden }
        if !cls.isEmpty { classOf[index] = cls }
        if !cls.isEmpty || !id.isEmpty {
            let cacheKey = cls + "\u{1}" + id + "\u{1}" + String(t.rawValue)
            let traitsAndWeight: (UInt8, Int8)
            if let cached = classCache[cacheKey] {
                traitsAndWeight = cached
            } else {
                traitsAndWeight = PageTree.classify(t, cls, id)
                classCache[cacheKey] = traitsAndWeight
            }
            traits[Int(index)] |= traitsAndWeight.0
            weight[Int(index)] = traitsAndWeight.1
        }
        switch t {
        case .meta:
            let k = (key ?? "").lowercased()
            if !k.isEmpty, meta[k] == nil, let content { meta[k] = content }
        case .link:
            if rel.lowercased() == "canonical", canonical == nil { canonical = href }
        case .script:
            if type.lowercased().contains("ld+json") { jsonLD.append(PageTree.directText(n)) }
        case .time:
            if let datetime { timeValues.append(datetime) }
        case .abbr:
            if cls.lowercased().split(separator: " ").contains("published"), let title { timeValues.append(title) }
        default:
            break
        }
    }

    /// The substring patterns of Readability (and a few Indonesian ones), by first byte: each pattern with
    /// the list it belongs to (1 unlikely, 2 maybe a candidate, 4 positive, 8 negative).
    static let patternsByFirstByte: [[([UInt8], UInt8)]] = {
        var table = [[([UInt8], UInt8)]](repeating: [], count: 256)
        for (list, bit) in [(unlikelyParts, UInt8(1)), (maybeParts, 2), (positiveParts, 4), (negativeParts, 8)] {
            for p in list {
                let bytes = Array(p.utf8)
                table[Int(bytes[0])].append((bytes, bit))
            }
        }
        return table
    }()

    /// Which pattern lists match somewhere in `s` (lower-cased bytes).
    static func patternLists(_ s: [UInt8]) -> UInt8 {
        var found: UInt8 = 0
        for i in s.indices {
            for (p, bit) in patternsByFirstByte[Int(s[i])] where found & bit == 0 && i + p.count <= s.count {
                var k = 1
                while k < p.count, s[i + k] == p[k] { k += 1 }
                if k == p.count { found |= bit }
            }
        }
        return found
    }

    static let noiseTokenBytes: Set<[UInt8]> = Set(noiseTokens.map { Array($0.utf8) })

    /// The traits (`chrome`, `unlikely`) and class weight of a class and id.
    static func classify(_ t: Tag, _ cls: String, _ id: String) -> (UInt8, Int8) {
        var traits: UInt8 = 0
        let c = cls.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        let d = id.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        if t != .body && t != .html && t != .article && t != .main {
            var noise = false, share = false, exempt = false, otherNoise = false
            for part in [c, d] {
                for token in part.split(whereSeparator: { !($0 >= 0x61 && $0 <= 0x7A) && !($0 >= 0x30 && $0 <= 0x39) && $0 < 0x80 }) {
                    let bytes = Array(token)
                    if shareTokens.contains(bytes) {
                        share = true
                    } else if noiseTokenBytes.contains(bytes) {
                        noise = true
                        if !token.elementsEqual("header".utf8) { otherNoise = true }
                    }
                    if token.elementsEqual("entry".utf8) || token.elementsEqual("articlebody".utf8) { exempt = true }
                    if token.elementsEqual("caption".utf8) || token.elementsEqual("figcaption".utf8) { traits |= PageTree.caption }
                }
            }
            if !exempt { traits |= noise ? PageTree.chrome : share ? PageTree.share : 0 }
            if noise, !otherNoise, !share { traits |= PageTree.headerClass }
        }
        let lc = patternLists(c), ld = patternLists(d)
        if t != .body && t != .a, (lc | ld) & 1 != 0, (lc | ld) & 2 == 0 { traits |= PageTree.unlikely }
        var w = 0
        for l in [lc, ld] {
            if l & 8 != 0 { w -= 25 }
            if l & 4 != 0 { w += 25 }
        }
        return (traits, Int8(w))
    }

    /// The text children of a node, concatenated (for `<title>` and JSON-LD scripts).
    static func directText(_ n: Node) -> String {
        var out = ""
        var c = n.pointee.children
        while let child = c {
            if child.pointee.type == XML_TEXT_NODE || child.pointee.type == XML_CDATA_SECTION_NODE, let content = child.pointee.content {
                out += String(cString: content)
            }
            c = child.pointee.next
        }
        return out
    }

    /// The text of the subtree of `i`, text nodes concatenated (for the headline).
    func plainText(_ i: Int) -> String {
        var out: [UInt8] = []
        for j in i..<Int(end[i]) where tag[j] == .text {
            if var p = node[j].pointee.content {
                while p.pointee != 0 { out.append(p.pointee); p += 1 }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    func text(_ i: Int) -> String {
        node[i].pointee.content.map { String(cString: $0) } ?? ""
    }
}
