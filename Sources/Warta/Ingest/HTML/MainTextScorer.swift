import CLibXML2

/// Finds the article of a page in the spirit of Mozilla Readability, over the flat `PageTree`:
///
/// - blocks are measured bottom-up in one pass (visible text, link text, commas, paragraphs, list items,
///   images, inputs, heading text, list text, whether a block element sits below);
/// - a paragraph is a `<p>`, `<pre>`, a `<div>`, `<td>` or `<section>` whose children are only text and inline
///   elements, a run of text and inline elements between the blocks of a container, or a piece of text
///   between `<br>`s; each of 25 characters or more scores 1 + its commas + one per 100 characters (at most
///   3), added to its container, half to the next one up and a third, a sixth... to three more;
/// - containers start from their tag and their class weight (`article`, `content`, `post-body`, `isi-berita`
///   +25; `comment`, `share`, `sidebar`, `related` -25) and are scaled by 1 minus their link density;
/// - the best container may give way to an ancestor that holds most of the other good ones, or that scores
///   higher, and climbs out of wrappers with one child;
/// - its siblings join it when they score close to it (a fifth of its score; same class earns a bonus) or read
///   as paragraphs of prose, so that an article split over sibling blocks stays whole;
/// - inside, lists, tables and divisions that read as link lists, forms or image strips are dropped
///   (Readability's conditional cleaning); headings, lists and tables of text stay.
///
/// Each pass is a loop over the node arrays, forwards or backwards, so the work is linear in the page
/// whatever its nesting; a page is tried again with fewer drops when the article comes out under 500
/// characters, as Readability does, and when none reaches it the result of the first attempt is kept unless a
/// later one holds at least half as much text again.
struct MainTextScorer {
    struct Options {
        /// Drop elements whose class or id names chrome (`share`, `related`, `baca-juga`, `sidebar`...) and `<header>`.
        var stripChrome = true
        var stripUnlikely: Bool
        var weightClasses: Bool
        var cleanConditionally: Bool
    }

    /// What is measured of each node (elements: their subtree without dropped parts).
    struct Measure {
        var text: Int32 = 0, link: Int32 = 0, commas: Int32 = 0, heading: Int32 = 0, list: Int32 = 0
        var firstText: Int32 = -1
        /// Counts of paragraphs, list items, images and inputs, saturating (36 bytes a node in all).
        var p: UInt16 = 0, li: UInt16 = 0, img: UInt16 = 0, input: UInt16 = 0
        var flags: UInt8 = 0
    }
    static let dropped: UInt8 = 1, hasBlock: UInt8 = 2, hasBr: UInt8 = 4, dead: UInt8 = 8

    static let noisePrefixes = ["baca juga", "baca:", "lihat juga", "simak juga", "artikel terkait", "berita terkait", "baca selengkapnya"]

    var tree: PageTree
    var measure: [Measure] = []
    var score: [Float] = []
    var scored: [Bool] = []
    var options = Options(stripUnlikely: true, weightClasses: true, cleanConditionally: true)
    /// Memo of the noise-prefix test per text node (0 unknown, 1 no, 2 yes).
    var prefixMemo: [UInt8]

    init(tree: PageTree) {
        self.tree = tree
        prefixMemo = [UInt8](repeating: 0, count: tree.count)
    }

    struct Result {
        var text: String
        /// No container won: the text is the page's readable text, or its description.
        var uncertain: Bool
        /// The first text node of the article with visible text (the headline left out), when there is one.
        var firstText: Int? = nil
    }

    /// The article text, one block per line, leaving out the headline node; nil when the page has no
    /// readable text at all.
    mutating func run(headline: Int?) -> Result? {
        let attempts = [
            Options(stripUnlikely: true, weightClasses: true, cleanConditionally: true),
            Options(stripUnlikely: false, weightClasses: true, cleanConditionally: true),
            Options(stripChrome: false, stripUnlikely: false, weightClasses: true, cleanConditionally: true),
            Options(stripChrome: false, stripUnlikely: false, weightClasses: false, cleanConditionally: true),
            Options(stripChrome: false, stripUnlikely: false, weightClasses: false, cleanConditionally: false),
        ]
        var best: (text: String, length: Int, first: Int?)? = nil
        for o in attempts {
            options = o
            analyze()
            guard let roots = article() else { continue }
            let text = render(roots, headline: headline, clean: o.cleanConditionally, captionsLast: true)
            let length = MainTextScorer.letters(text)
            if length >= 500 { return Result(text: text, uncertain: false, firstText: firstText(roots, headline: headline)) }
            // a later attempt (fewer drops) must find much more text to win: a few widget words do not count
            if length > 0, best.map({ length * 2 >= $0.length * 3 }) ?? true { best = (text, length, firstText(roots, headline: headline)) }
        }
        if let best { return Result(text: best.text, uncertain: false, firstText: best.first) }
        // No container won: the readable text of the page, if any.
        options = attempts[0]
        analyze()
        let all = render([0..<tree.count], headline: headline, clean: false, captionsLast: true)
        if MainTextScorer.letters(all) > 0 { return Result(text: all, uncertain: true, firstText: firstText([0..<tree.count], headline: headline)) }
        return nil
    }

    /// The first text node with visible text in the ranges, outside dropped subtrees, captions and the headline:
    /// where the article's text starts (one pass over the ranges at most).
    mutating func firstText(_ roots: [Range<Int>], headline: Int?) -> Int? {
        for r in roots {
            var j = r.lowerBound
            while j < r.upperBound {
                tree.visits += 1
                if tree.tag[j] == .text {
                    if tree.ownLength[j] > 1 || (tree.ownLength[j] == 1 && !tree.text(j).allSatisfy(\.isWhitespace)) { return j }
                    j += 1
                } else if isDropped(j) || j == headline || isCaption(j) {
                    j = Int(tree.end[j])
                } else {
                    j += 1
                }
            }
        }
        return nil
    }

    /// Letters and digits, roughly and fast: ASCII letters and digits, and every non-ASCII character.
    static func letters(_ s: String) -> Int {
        var n = 0
        for b in s.utf8 where (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39) || b >= 0xC0 { n += 1 }
        return n
    }

    // MARK: measuring

    func isDropped(_ i: Int) -> Bool { measure[i].flags & MainTextScorer.dropped != 0 }

    /// A `figcaption`, or a node whose class or id names a caption while its text stays short: a wrapper classed
    /// `caption` that holds the article's paragraphs (two `p` or more, or more text than a caption) is no photo
    /// caption (round 27). At most 400 nodes of the subtree are looked at, so the test is bounded however the
    /// page nests.
    func isCaption(_ j: Int) -> Bool {
        if tree.tag[j] == .figcaption { return true }
        guard tree.traits[j] & PageTree.caption != 0 else { return false }
        let e = Int(tree.end[j])
        var k = j + 1, total: Int32 = 0, paragraphs = 0
        while k < e {
            total += tree.ownLength[k]
            if tree.tag[k] == .p { paragraphs += 1 }
            if total > MainTextScorer.captionLength || paragraphs > 1 || k - j > 400 { return false }
            k += 1
        }
        return true
    }

    /// The most text a caption holds (Indonesian photo captions with their credit run to about 300 characters).
    static let captionLength: Int32 = 600
    func isDead(_ i: Int) -> Bool { measure[i].flags & MainTextScorer.dead != 0 }

    /// One pass bottom-up (children before parents) for the measures and the elements dropped, then one
    /// top-down for the nodes inside dropped subtrees; then the paragraph scores.
    mutating func analyze() {
        let n = tree.count
        // reset in place: one array of measures lives through all attempts
        if measure.count == n {
            for i in 0..<n { measure[i] = Measure() }
        } else {
            measure = [Measure](repeating: Measure(), count: n)
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            tree.visits += 1
            let t = tree.tag[i]
            var m = measure[i]
            if t == .text {
                m.text = tree.ownLength[i]
                m.commas = tree.ownCommas[i]
                m.firstText = m.text > 0 ? Int32(i) : -1
            } else {
                let traits = tree.traits[i]
                var drop = t.isDropped || traits & PageTree.hidden != 0
                if options.stripChrome, traits & PageTree.chrome != 0 || (traits & PageTree.share != 0 && m.text < 500) { drop = true }
                if options.stripUnlikely, traits & PageTree.unlikely != 0 { drop = true }
                if !drop, m.firstText >= 0, t == .p || t == .div || t == .li || t == .ul || t == .section {
                    drop = startsWithNoise(Int(m.firstText))
                }
                switch t {
                case .a: m.link = m.text
                case .p: m.p = m.p.addingSaturated(1)
                case .li: m.li = m.li.addingSaturated(1)
                case .img: m.img = m.img.addingSaturated(1)
                case .input: m.input = m.input.addingSaturated(1)
                case .ul, .ol: m.list = m.text
                default: if t.isHeading { m.heading = m.text }
                }
                if drop { m.flags |= MainTextScorer.dropped }
            }
            measure[i] = m
            let up = Int(tree.parent[i])
            guard up >= 0, m.flags & MainTextScorer.dropped == 0 else { continue }
            var u = measure[up]
            u.text += m.text; u.link += m.link; u.commas += m.commas
            u.p = u.p.addingSaturated(m.p); u.li = u.li.addingSaturated(m.li)
            u.img = u.img.addingSaturated(m.img); u.input = u.input.addingSaturated(m.input)
            u.heading += m.heading; u.list += m.list
            if m.firstText >= 0 { u.firstText = m.firstText }
            if t.isBlockContent || m.flags & MainTextScorer.hasBlock != 0 { u.flags |= MainTextScorer.hasBlock }
            if t == .br { u.flags |= MainTextScorer.hasBr }
            measure[up] = u
        }
        for i in 0..<n {
            tree.visits += 1
            let up = Int(tree.parent[i])
            if measure[i].flags & MainTextScorer.dropped != 0 || (up >= 0 && measure[up].flags & MainTextScorer.dead != 0) {
                measure[i].flags |= MainTextScorer.dead
            }
        }
        scoreParagraphs()
    }

    static let noisePrefixBytes: [[UInt8]] = noisePrefixes.map { Array($0.utf8) }

    /// Whether the text starting at text node `i` (with the next text nodes, for a label split over
    /// elements) opens with `Baca juga`, `Berita terkait`...; reads at most 32 bytes, memoized per text node,
    /// so that nested blocks that start with the same text cost one test.
    mutating func startsWithNoise(_ i: Int) -> Bool {
        if prefixMemo[i] != 0 { return prefixMemo[i] == 2 }
        var head: [UInt8] = []
        head.reserveCapacity(32)
        var j = i
        while j < min(i + 8, tree.count), head.count < 24 {
            if tree.tag[j] == .text, var p = tree.node[j].pointee.content {
                while p.pointee != 0, head.count < 32 {
                    let b = p.pointee
                    if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C || b == 0xA0 {
                        if let last = head.last, last != 0x20 { head.append(0x20) }
                    } else {
                        head.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
                    }
                    p += 1
                }
            }
            j += 1
        }
        let noise = MainTextScorer.noisePrefixBytes.contains(where: { head.starts(with: $0) })
        prefixMemo[i] = noise ? 2 : 1
        return noise
    }

    // MARK: scoring

    static func paragraphScore(_ length: Int32, _ commas: Int32) -> Float? {
        guard length >= 25 else { return nil }
        return 1 + Float(commas) + Float(min(length / 100, 3))
    }

    mutating func initialize(_ i: Int) {
        scored[i] = true
        var s: Float
        switch tree.tag[i] {
        case .div: s = 5
        case .pre, .td, .blockquote: s = 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: s = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: s = -5
        default: s = 0
        }
        if options.weightClasses { s += Float(tree.weight[i]) }
        score[i] = s
    }

    /// Adds a paragraph's score to its container `start` and four more ancestors (1, 1/2, 1/6, 1/9, 1/12).
    mutating func credit(_ s: Float, from start: Int) {
        var a = start
        var level = 0
        while a >= 0, level < 5, tree.parent[a] >= 0 {
            if !scored[a] { initialize(a) }
            score[a] += level == 0 ? s : level == 1 ? s / 2 : s / Float(level * 3)
            a = Int(tree.parent[a])
            level += 1
        }
    }

    func isInline(_ j: Int) -> Bool {
        let t = tree.tag[j]
        return t == .text || (!t.isBlockContent && t != .br && measure[j].flags & MainTextScorer.hasBlock == 0)
    }

    /// The runs of text and inline elements among the children of `i`, split at blocks (and at `<br>` when
    /// `breaks`), as index ranges with their length and commas.
    func runs(of i: Int, breaks: Bool) -> [(range: Range<Int>, length: Int32, commas: Int32, link: Int32)] {
        var out: [(Range<Int>, Int32, Int32, Int32)] = []
        var start = -1, length: Int32 = 0, commas: Int32 = 0, link: Int32 = 0, last = -1
        var j = i + 1
        let stop = Int(tree.end[i])
        func close() {
            if start >= 0, length > 0 { out.append((start..<last, length, commas, link)) }
            start = -1; length = 0; commas = 0; link = 0
        }
        while j < stop {
            let next = Int(tree.end[j])
            if isDropped(j) { j = next; continue }
            if isInline(j) {
                if start < 0 { start = j }
                length += measure[j].text; commas += measure[j].commas; link += measure[j].link
                last = next
            } else if tree.tag[j] != .br || breaks {
                close()
            }
            j = next
        }
        close()
        return out
    }

    mutating func scoreParagraphs() {
        let n = tree.count
        if score.count == n {
            for i in 0..<n { score[i] = 0; scored[i] = false }
        } else {
            score = [Float](repeating: 0, count: n)
            scored = [Bool](repeating: false, count: n)
        }
        for i in 0..<n {
            let t = tree.tag[i]
            guard t != .text, !isDead(i) else { continue }
            tree.visits += 1
            let m = measure[i]
            if m.flags & MainTextScorer.hasBlock == 0 {
                switch t {
                case .p, .pre:
                    if let s = MainTextScorer.paragraphScore(m.text, m.commas) { credit(s, from: Int(tree.parent[i])) }
                case .div, .td, .section, .article, .main, .blockquote, .center, .dd:
                    if m.flags & MainTextScorer.hasBr != 0 {
                        for r in runs(of: i, breaks: true) {
                            if let s = MainTextScorer.paragraphScore(r.length, r.commas) { credit(s, from: i) }
                        }
                    } else if let s = MainTextScorer.paragraphScore(m.text, m.commas) {
                        credit(s, from: Int(tree.parent[i]))
                    }
                default: break
                }
            } else if t == .div || t == .td || t == .section || t == .article || t == .main || t == .body
                || t == .blockquote || t == .center || t == .dd || t == .li
            {
                for r in runs(of: i, breaks: true) {
                    if let s = MainTextScorer.paragraphScore(r.length, r.commas) { credit(s, from: i) }
                }
            }
        }
        for i in 0..<n where scored[i] {
            let m = measure[i]
            if m.text > 0 { score[i] *= 1 - Float(m.link) / Float(m.text) }
        }
    }

    // MARK: choosing

    func linkDensity(_ i: Int) -> Float {
        let m = measure[i]
        return m.text > 0 ? Float(m.link) / Float(m.text) : 0
    }

    /// The article as ranges of nodes in document order: the best container and the siblings that join it.
    mutating func article() -> [Range<Int>]? {
        var top5: [Int] = []
        for i in 0..<tree.count where scored[i] && !isDead(i) {
            tree.visits += 1
            if top5.count < 5 || score[i] > score[top5[top5.count - 1]] {
                var k = top5.count
                while k > 0, score[top5[k - 1]] < score[i] { k -= 1 }
                top5.insert(i, at: k)
                if top5.count > 5 { top5.removeLast() }
            }
        }
        guard var top = top5.first else { return nil }
        if tree.tag[top] == .body { return [top..<Int(tree.end[top])] }
        // An ancestor that holds three of the other good candidates is the article.
        let alternatives = top5.dropFirst().filter { score[$0] >= 0.75 * score[top] }
        if alternatives.count >= 3 {
            var a = Int(tree.parent[top])
            while a >= 0, tree.tag[a] != .body {
                tree.visits += 1
                let end = Int(tree.end[a])
                if alternatives.filter({ a < $0 && $0 < end }).count >= 3 {
                    top = a
                    if !scored[a] { initialize(a) }
                    break
                }
                a = Int(tree.parent[a])
            }
        }
        // Climb to an ancestor that scores higher before the scores fall to a third.
        var lastScore = score[top]
        let threshold = lastScore / 3
        var up = Int(tree.parent[top])
        while up >= 0, tree.tag[up] != .body {
            tree.visits += 1
            if !scored[up] { up = Int(tree.parent[up]); continue }
            if score[up] < threshold { break }
            if score[up] > lastScore { top = up; break }
            lastScore = score[up]
            up = Int(tree.parent[up])
        }
        // Out of wrappers with one child.
        up = Int(tree.parent[top])
        while up >= 0, tree.tag[up] != .body, elementChildren(of: up, atMost: 2) == 1 {
            top = up
            up = Int(tree.parent[up])
        }
        if !scored[top] { initialize(top) }
        return siblings(of: top)
    }

    mutating func elementChildren(of i: Int, atMost limit: Int) -> Int {
        var count = 0
        var j = i + 1
        let stop = Int(tree.end[i])
        while j < stop, count < limit {
            tree.visits += 1
            if tree.tag[j] != .text, !isDropped(j) { count += 1 }
            j = Int(tree.end[j])
        }
        return count
    }

    /// The best container with the siblings that score close to it or read as prose.
    mutating func siblings(of top: Int) -> [Range<Int>] {
        let up = Int(tree.parent[top])
        guard up >= 0, tree.tag[top] != .body else { return [top..<Int(tree.end[top])] }
        let threshold = max(10, score[top] * 0.2)
        let topClass = tree.classOf[Int32(top)] ?? ""
        var out: [Range<Int>] = []
        var j = up + 1
        let stop = Int(tree.end[up])
        while j < stop {
            tree.visits += 1
            let next = Int(tree.end[j])
            if isDropped(j) { j = next; continue }
            if j == top {
                out.append(j..<next)
                j = next
                continue
            }
            if isInline(j) {
                // a run of text between the blocks of the parent reads as a paragraph
                var k = j, length: Int32 = 0, link: Int32 = 0
                while k < stop, k != top, isDropped(k) || isInline(k) {
                    if !isDropped(k) { length += measure[k].text; link += measure[k].link }
                    k = Int(tree.end[k])
                }
                if prose(j..<k, length: length, link: link) { out.append(j..<k) }
                j = k
                continue
            }
            var bonus: Float = 0
            if !topClass.isEmpty, tree.classOf[Int32(j)] == topClass { bonus = score[top] * 0.2 }
            if scored[j], score[j] + bonus >= threshold {
                out.append(j..<next)
            } else if tree.tag[j] == .p || (measure[j].flags & MainTextScorer.hasBlock == 0 && (tree.tag[j] == .div || tree.tag[j] == .section)) {
                if prose(j..<next, length: measure[j].text, link: measure[j].link) { out.append(j..<next) }
            }
            j = next
        }
        return out
    }

    /// Readability's test for a sibling paragraph: long with few links, or a short link-free sentence.
    mutating func prose(_ r: Range<Int>, length: Int32, link: Int32) -> Bool {
        guard length > 0 else { return false }
        let density = Float(link) / Float(length)
        if length > 80 { return density < 0.25 }
        guard link == 0 else { return false }
        let s = render([r], headline: nil, clean: false).trimmingCharacters(in: .whitespacesAndNewlines)
        return s.hasSuffix(".") || s.contains(". ")
    }

    // MARK: cleaning and text

    /// Readability's conditional cleaning of a list, table or division inside the article.
    func shouldClean(_ j: Int) -> Bool {
        let t = tree.tag[j]
        guard t == .ul || t == .table || t == .div || t == .section else { return false }
        let m = measure[j]
        if t == .div || t == .section {
            // a division that is one paragraph stays a paragraph
            if m.flags & MainTextScorer.hasBlock == 0 { return false }
        }
        let weight: Float = options.weightClasses ? Float(tree.weight[j]) : 0
        let own: Float = scored[j] ? score[j] : 0
        if weight + own < 0 { return true }
        if m.commas >= 10 { return false }
        let isList = t == .ul || (m.text > 0 && Float(m.list) / Float(m.text) > 0.9)
        let p = Float(m.p), img = Float(m.img)
        if m.img > 1 && p / img < 0.5 { return true }
        if !isList && Int(m.li) - 100 > Int(m.p) { return true }
        if Float(m.input) > (p / 3).rounded(.down) { return true }
        let headingDensity = m.text > 0 ? Float(m.heading) / Float(m.text) : 0
        if !isList && headingDensity < 0.9 && m.text < 25 && (m.img == 0 || m.img > 2) { return true }
        let density = linkDensity(j)
        if !isList && weight < 25 && density > 0.2 { return true }
        if weight >= 25 && density > 0.5 { return true }
        return false
    }

    /// The text of the ranges: blocks and `<br>` become line breaks; dropped subtrees, the headline and (with
    /// `clean`) the lists, tables and divisions that fail `shouldClean` are left out. With `captionsLast`, photo
    /// captions (`<figcaption>`, an element whose class says `caption`) before the article's second paragraph
    /// come after the article's text (round 26: a caption between the headline and the lead, or between the lead
    /// and the next paragraph, where pages put their photo, reads to the text's structure as the lead or breaks
    /// it); captions further down stay in place. Each node is still visited once.
    mutating func render(_ roots: [Range<Int>], headline: Int?, clean: Bool, captionsLast: Bool = false) -> String {
        var out: [UInt8] = []
        var captions: [Range<Int>] = []
        var ranges = roots
        var paragraphs = 0, textSinceBlock = false
        for pass in 0..<2 {
            if pass == 1 {
                if captions.isEmpty { break }
                ranges = captions
            }
            for r in ranges {
                if pass == 1 { out.append(0x0A) }
                var closers: [Int] = []
                var j = r.lowerBound
                while j < r.upperBound {
                    tree.visits += 1
                    while let c = closers.last, c <= j { out.append(0x0A); closers.removeLast() }
                    let t = tree.tag[j]
                    if t == .text {
                        if tree.ownLength[j] > 0 { textSinceBlock = true }
                        if let c = tree.node[j].pointee.content {
                            var p = c
                            while p.pointee != 0 { out.append(p.pointee); p += 1 }
                        }
                        j += 1
                        continue
                    }
                    let skip = isDropped(j) || j == headline
                        || (clean && j != r.lowerBound && (t.isHeading ? (options.weightClasses && tree.weight[j] < 0 && (t == .h1 || t == .h2)) : shouldClean(j)))
                    if skip { j = Int(tree.end[j]); continue }
                    if captionsLast, pass == 0, paragraphs < 2, isCaption(j) {
                        captions.append(j..<Int(tree.end[j]))
                        j = Int(tree.end[j])
                        continue
                    }
                    if t == .br || t.isBlock, textSinceBlock { paragraphs += 1; textSinceBlock = false }
                    if t == .br { out.append(0x0A) }
                    if t.isBlock { out.append(0x0A); closers.append(Int(tree.end[j])) }
                    j += 1
                }
                for _ in closers { out.append(0x0A) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

import Foundation

extension UInt16 {
    func addingSaturated(_ x: UInt16) -> UInt16 {
        let (sum, overflow) = addingReportingOverflow(x)
        return overflow ? .max : sum
    }
}
