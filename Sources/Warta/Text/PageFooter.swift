/// Round 25 (FOOT25): the page's footer after the article -- a list of other stories under a head (`Berita Terkait`,
/// `Artikel Lainnya`, `Terpopuler`, `Rekomendasi untuk Anda`, `BACA JUGA:`), the story's tags (`Tags: pelatihan,
/// bimtek`, `Kata Kunci: ...`) and the site's copyright line (`Copyright © 2025 Media Daerah. All rights reserved.`).
/// Other trainings of the same desk stand in such lists (`Dispar Karangasem Gelar Pelatihan, Genjot Kapasitas SDM
/// Pengelola Desa Wisata`), with their office, count and groups: no extractor must read them.
///
/// The first pass already ends the list of a head it knows at the first line that reads as a paragraph (25 tokens or
/// more, or two sentences). This pass, run once after it, reads the list by the shape of its items instead: a line of
/// a headline's length with no full stop at its end (a cut headline's `...` is none) and no dateline opening a
/// sentence is an item, whatever its sentences (`Pj. Bupati Sambas Hadiri ...`, `Dwi Cahyono Mohon Tunggu...`), and
/// lines the first pass marked on the way (chrome, bylines, a date under an item) do not end the list; a line that
/// ends with a full stop, or is long, does (a paragraph of the article after the list). Heads are also read by
/// their shape: a short line (one to five words, no number, its first word capitalized) with a word of a list's
/// head (`listHeads`, or a word of `relatedStarts` before one of `relatedSeconds`), a colon at most at its end.
/// Then, from the document's end back to the article's last paragraph, tag lines and copyright lines are marked.
/// Every line is read at most twice, a bounded number of tokens each time beyond the count of its tokens.
extension DocumentStructure.Flags {
    /// Round 25 (FOOT25): a word of a tag line's label (``DocumentStructure/tagLabels``).
    static let tagLabel = DocumentStructure.Flags(rawValue: 1 << 40)
    /// Round 25 (FOOT25): a mark of a copyright line (``DocumentStructure/copyrightMarks``).
    static let copyrightMark = DocumentStructure.Flags(rawValue: 1 << 41)
}

extension DocumentStructure {
    /// Words of a tag line's label (`Tags:`, `Tag:`, `Label:`, `Kata Kunci:`, `Keywords:`, `Tagar:`). Not `Topik`, the
    /// held pool's label in scripts/vary.py (a tag line under a list's items is one of its items anyway).
    static let tagLabels: Set<String> = ["tags", "tag", "label", "labels", "kata", "kunci", "keywords", "keyword", "tagar", "hashtag"]
    /// The marks of a copyright line (`©`, `Copyright`).
    static let copyrightMarks: Set<String> = ["©", "copyright"]

    /// The longest line, in tokens, that an item of a list of other stories can be (a headline of 130 characters).
    static let footerItemTokens = 32
    /// The longest head of a list, in tokens (`Rekomendasi untuk Anda:`, `BACA JUGA BERITA LAINNYA`).
    static let footerHeadTokens = 6

    /// Marks the footer in `kinds` (see the type's comment): items of lists `.related`, tag lines `.related`,
    /// copyright lines `.chrome`. `opensList` holds the heads the first pass found; `bodyLine` is the body's first line.
    static func markFooter(
        _ kinds: inout [LineKind], opensList: [Bool], bodyLine: Int, range: (Int) -> Range<Int>, _ t: [Token],
        _ flags: (Int) -> Flags
    ) {
        let lines = kinds.count
        guard bodyLine + 1 < lines, opensList.count == lines else { return }
        // The lists: a head, then its items up to a paragraph.
        var n = bodyLine + 1
        // A footer follows the article: a head counts only after a paragraph of it (a line of 25 tokens or more, or
        // one that ends with a full stop), not among the lines of a page's header that the body's start left below
        // it (`Pendidikan Pilihan Editor` above the headline).
        var afterArticle = kinds[bodyLine] == .paragraph && (range(bodyLine).count >= 25 || endsWithFullStop(range(bodyLine), flags))
        while n < lines {
            let r = range(n)
            // A head the first pass left unopened (a paragraph, or a related line of four words or more: `Artikel
            // Lainnya Dari Kami`) is read by its shape.
            let head = afterArticle && (opensList[n] || ((kinds[n] == .paragraph || kinds[n] == .related) && isFooterHead(r, t, flags)))
            guard head else {
                if kinds[n] == .paragraph, r.count >= 25 || endsWithFullStop(r, flags) { afterArticle = true }
                n += 1
                continue
            }
            var k = n + 1
            var items = 0
            while k < lines {
                let q = range(k)
                if q.isEmpty || kinds[k] == .chrome || kinds[k] == .byline || kinds[k] == .related || kinds[k] == .date {
                    k += 1
                    continue
                }
                // A new head opens its own list (`Berita Terkait` ... `Terpopuler` ...).
                if kinds[k] == .paragraph, isFooterHead(q, t, flags) { break }
                guard kinds[k] == .paragraph, isFooterItem(q, t, flags) else { break }
                kinds[k] = .related
                items += 1
                k += 1
            }
            if items > 0, kinds[n] == .paragraph { kinds[n] = .related }
            n = max(k, n + 1)
        }
        // The tail: tag and copyright lines from the end back to the article's last paragraph.
        var k = lines - 1
        while k > bodyLine {
            let r = range(k)
            defer { k -= 1 }
            if r.isEmpty || kinds[k] != .paragraph { continue }
            if isCopyrightLine(r, flags) {
                kinds[k] = .chrome
            } else if isTagLine(r, t, flags) {
                kinds[k] = .related
            } else if !isFooterItem(r, t, flags) {
                break
            }
        }
    }

    /// Whether line `r` ends a sentence with a full stop: its last token is `.` (not the last of `...`, a cut
    /// headline), or `.` before a closing quote or bracket.
    static func endsWithFullStop(_ r: Range<Int>, _ flags: (Int) -> Flags) -> Bool {
        guard r.lowerBound >= 0, !r.isEmpty else { return false }
        var last = r.upperBound - 1
        if last > r.lowerBound, flags(last).contains(.close) { last -= 1 }
        guard flags(last).contains(.dot) else { return false }
        return !(last > r.lowerBound && flags(last - 1).contains(.dot))
    }

    /// An item of a list of other stories: a headline's length (at most ``footerItemTokens`` tokens, two words or
    /// more), no full stop at its end, and not a sentence opened by a dateline (`SLEMAN – Dinas Sosial menggelar
    /// ...`: four words in lower case or more after a dateline's dash).
    static func isFooterItem(_ r: Range<Int>, _ t: [Token], _ flags: (Int) -> Flags) -> Bool {
        guard r.lowerBound >= 0, r.upperBound <= t.count, !r.isEmpty, r.count <= footerItemTokens else { return false }
        var words = 0
        for i in r where t[i].kind == .word { words += 1 }
        guard words >= 2, !endsWithFullStop(r, flags) else { return false }
        if let dash = datelineDash(r, t, flags) {
            var lower = 0
            for i in dash..<r.upperBound where t[i].kind == .word && !t[i].capitalized && !t[i].allCaps { lower += 1 }
            if lower >= 4 { return false }
        }
        return true
    }

    /// The head of a list of other stories by its shape: one to five words in at most ``footerHeadTokens`` tokens,
    /// no number, the first word capitalized, a colon only at the end, and a word of a list's head (`Terkait`,
    /// `Lainnya`, `Terpopuler`, `Rekomendasi`, `Pilihan`) or a link's pair (`Baca Juga`, `Berita Lain`).
    static func isFooterHead(_ r: Range<Int>, _ t: [Token], _ flags: (Int) -> Flags) -> Bool {
        guard r.lowerBound >= 0, r.upperBound <= t.count, !r.isEmpty, r.count <= footerHeadTokens else { return false }
        guard t[r.lowerBound].kind == .word, t[r.lowerBound].capitalized || t[r.lowerBound].allCaps else { return false }
        var words = 0
        var headWord = false
        for i in r {
            switch t[i].kind {
            case .number: return false
            case .punct: if !(i == r.upperBound - 1 && flags(i).contains(.colon)) { return false }
            case .word:
                words += 1
                let f = flags(i)
                if f.contains(.listHead) || (f.contains(.relatedStart) && i + 1 < r.upperBound && flags(i + 1).contains(.relatedSecond)) {
                    headWord = true
                }
            }
        }
        return headWord && words <= 5
    }

    /// A copyright line: at most 24 tokens with `©` or `Copyright` (`Copyright © 2025 Media Daerah. All rights
    /// reserved.`, `© 2024 Diskominfo Sikka`).
    static func isCopyrightLine(_ r: Range<Int>, _ flags: (Int) -> Flags) -> Bool {
        guard r.lowerBound >= 0, !r.isEmpty, r.count <= 24 else { return false }
        for i in r where flags(i).contains(.copyrightMark) { return true }
        return false
    }

    /// A tag line: a label of one or two words of `tagLabels` and a colon (`Tags:`, `Kata Kunci :`), then two items
    /// or more of at most four words each, cut by commas, bars, bullets or `#`, and no full stop at the end; at most
    /// ``footerItemTokens`` tokens and no number after the label.
    static func isTagLine(_ r: Range<Int>, _ t: [Token], _ flags: (Int) -> Flags) -> Bool {
        guard r.lowerBound >= 0, r.upperBound <= t.count, r.count >= 4, r.count <= footerItemTokens else { return false }
        var i = r.lowerBound
        guard flags(i).contains(.tagLabel) else { return false }
        i += 1
        if i < r.upperBound, flags(i).contains(.tagLabel) { i += 1 }
        guard i < r.upperBound, flags(i).contains(.colon) else { return false }
        i += 1
        guard !endsWithFullStop(r, flags) else { return false }
        var items = 0
        var run = 0
        while i < r.upperBound {
            switch t[i].kind {
            case .number: return false
            case .word:
                if run == 0 { items += 1 }
                run += 1
                if run > 4 { return false }
            case .punct: run = 0
            }
            i += 1
        }
        return items >= 2
    }
}
