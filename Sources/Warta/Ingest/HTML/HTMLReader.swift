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
    /// Set when no container won and the text is the page's readable text (or its description): the
    /// pipeline turns it into the warning `main-text-uncertain`.
    public var uncertain: String?
    /// The first line of `text` is the headline the reader found (`h1`, a title heading, `og:title` or `<title>`).
    public var hasHeadline = false
}

/// The work of one page, for tests that bound it: nodes of the tree and node visits of all passes.
struct HTMLWork {
    var nodes = 0
    var visits = 0
}

/// Reads HTML with libxml2's forgiving parser (recovery on, no network, no external entities, no DTD
/// loading) and keeps the article (`MainTextScorer`): navigation, headers, footers, sidebars, menus,
/// `Baca Juga` and related blocks, share widgets, comments and forms, ads, cookie banners, scripts and styles
/// are dropped. Block elements and `<br>` become line breaks; entities are decoded by the parser. The tree is
/// flattened once (`PageTree`) and every later pass is linear in its nodes.
public enum HTMLReader {
    /// libxml2 must initialize its global state (dictionaries, random seed, mutexes) once, before any two
    /// threads parse at the same time; lazily, two first parses race and can deadlock in `xmlDictCreate`.
    /// `static let` runs it exactly once.
    static let libraryReady: Void = xmlInitParser()

    /// Initializes libxml2 on the calling thread (the batch runner calls it before starting its workers).
    public static func prepare() { HTMLReader.libraryReady }

    public static func read(_ raw: [UInt8], url: String? = nil) throws(RecordError) -> HTMLPage {
        var work = HTMLWork()
        return try read(raw, url: url, work: &work)
    }

    /// All the text of a page or fragment, blocks on their own lines, scripts and styles left out, nothing
    /// else dropped (the benchmark test reads expected articles with it).
    static func allText(_ raw: [UInt8]) -> String {
        HTMLReader.libraryReady
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)
        let parsed: htmlDocPtr? = raw.withUnsafeBufferPointer { buf in
            buf.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buf.count) { p in
                    htmlReadMemory(p, Int32(clamping: buf.count), nil, "UTF-8", options)
                }
            }
        }
        guard let doc = parsed else { return "" }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return "" }
        var scorer = MainTextScorer(tree: PageTree(root: root))
        scorer.measure = [MainTextScorer.Measure](repeating: .init(), count: scorer.tree.count)
        for i in 0..<scorer.tree.count where scorer.tree.tag[i].isDropped { scorer.measure[i].flags = MainTextScorer.dropped }
        return scorer.render([0..<scorer.tree.count], headline: nil, clean: false)  // (tests only)
    }

    /// A `<title>` as the page's headline: without the site's name after a separator (`Judul - Kabar Daerah`,
    /// `Judul | Kabar Daerah`), and nil when it is only the site's name (a CMS that titles every page with its
    /// name: the page has no headline then). Round 26.
    static func withoutSiteName(_ title: String, site: String?) -> String? {
        guard let site = site?.trimmingCharacters(in: .whitespacesAndNewlines), !site.isEmpty else { return title }
        if title.caseInsensitiveCompare(site) == .orderedSame { return nil }
        for sep in [" - ", " | ", " – ", " — ", " :: ", " » "] {
            let suffix = sep + site
            if title.count > suffix.count, title.lowercased().hasSuffix(suffix.lowercased()) {
                return String(title.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
            }
        }
        return title
    }

    static func read(_ raw: [UInt8], url: String? = nil, work: inout HTMLWork) throws(RecordError) -> HTMLPage {
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
        // The context holds a copy of the input and the parser's stacks (megabytes on a deep page): the tree
        // does not need them.
        htmlFreeParserCtxt(context)
        guard let doc = parsed else { throw RecordError(kind: "parse", message: "libxml2 could not parse the page" + reason) }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else {
            throw RecordError(kind: "parse", message: "the page has no elements" + reason)
        }
        let tree = PageTree(root: root)
        let headline = tree.firstH1 ?? tree.articleHeaderH1 ?? tree.titleHeading
        var scorer = MainTextScorer(tree: tree)
        let found = scorer.run(headline: headline)
        work.nodes = tree.count
        work.visits = scorer.tree.visits
        var body = found?.text ?? ""
        var uncertain = found?.uncertain == true ? "no container of the page reads as its article; the text is all its readable text" : nil
        // JSON-LD articleBody stands in when the article found is much shorter than it.
        if tree.jsonLD.contains(where: { $0.utf8.count >= 200 && PageTree.mentions($0, "articleBody") }),
            let ld = tree.articleBody(), MainTextScorer.letters(ld) >= 200,
            MainTextScorer.letters(body) * 2 < MainTextScorer.letters(ld)
        {
            body = ld
            uncertain = nil
        }
        if found == nil || !body.contains(where: { $0.isLetter }) {
            guard let description = tree.meta["og:description"] ?? tree.meta["description"],
                description.contains(where: { $0.isLetter })
            else {
                throw RecordError(kind: "no-article", message: "the page has no article text" + reason)
            }
            body = description
            uncertain = "the page has no readable text; the text is its description"
        }
        var headlineText: String? = nil
        // A heading picked by its class alone (`title`: a widget's `Berita Terpopuler`, a share box's `Bagikan
        // ini:`) that comes after the article's text has started is not the article's headline (round 26).
        var headingAfterText = false
        if let h = headline, h == tree.titleHeading, tree.firstH1 == nil, tree.articleHeaderH1 == nil, let f = found?.firstText, h > f {
            headingAfterText = true
        }
        if let h = headline, !headingAfterText {
            let t = tree.plainText(h).trimmingCharacters(in: .whitespacesAndNewlines)
            if !t.isEmpty { headlineText = t.split(whereSeparator: \.isNewline).joined(separator: " ") }
        }
        // A ` - Site` / ` | Site` suffix equal to og:site_name is cut from og:title as from `<title>` (round 27), and
        // either one that is only the site's name is no title.
        // Each source is cleaned on its own, and an empty one gives way to the next (review of round 27).
        let site = tree.meta["og:site_name"]
        func cleaned(_ title: String?) -> String? {
            guard let t = title?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
            return HTMLReader.withoutSiteName(t, site: site).flatMap { $0.isEmpty ? nil : $0 }
        }
        let ogTitle = cleaned(tree.meta["og:title"]) ?? cleaned(tree.meta["twitter:title"])
        let docTitle = cleaned(tree.titleTag)
        let firstLine = headlineText ?? ogTitle ?? docTitle
        var page = HTMLPage(
            title: ogTitle ?? docTitle ?? headlineText, text: (firstLine.map { $0 + "\n" } ?? "") + body, published: nil,
            publishedSource: nil, canonicalURL: tree.canonical ?? tree.meta["og:url"] ?? url, siteName: tree.meta["og:site_name"],
            author: tree.meta["author"] ?? tree.meta["article:author"], encoding: encoding, warnings: warnings, uncertain: uncertain)
        page.hasHeadline = firstLine.map { $0.contains(where: { $0.isLetter || $0.isNumber }) } ?? false
        (page.published, page.publishedSource) = tree.publicationDate()
        return page
    }
}

import Foundation

