/// Round 25 (FLAT25): an article that comes as one block -- the headline (or the page's header) and the whole
/// article run into one paragraph, as excerpts, AMP pages and the text fields of feeds give it -- is cut back into
/// lines before anything reads its structure: the lead, the dateline, the body's start and the distances of "the
/// same paragraph" all lean on the paragraphs a page normally has.
///
/// A line is a block when it is far longer than a paragraph: ``minTokens`` tokens and ``minSentences`` sentences
/// (the paragraphs of the readable sets hold 41 tokens and two sentences at the median, nine in ten under 63
/// tokens). In a block:
/// - a dateline among its first tokens (`... Ikuti Peningkatan Kapasitas KALIANDA – Dinas ...`, `... Resmi Ditutup
///   Makassar – Balai ...`, `... Senin (6/11/2023). PALU – ...`) starts a line: what stands before it is the
///   page's header (breadcrumbs, headline, date, byline, caption), what follows is the body;
/// - the body is cut at sentence ends into paragraphs of ``paragraphTokens`` tokens or more.
/// The cuts are made on the tokens (a cut is a line start and, inside a sentence, a new sentence), never on the
/// text: evidence keeps the page's own offsets. Lines of a normal page are never blocks, so their tokens are
/// unchanged. One pass over the tokens, a bounded look back at each dash of a block's first tokens.
enum BlockLines {
    /// The tokens of a line that is a block (the longest paragraphs of the readable sets hold 150 tokens or
    /// fewer, but for two of 320 and 300 tokens).
    static let minTokens = 150
    /// ... and its sentences.
    static let minSentences = 6
    /// Where a block's dateline is looked for: among its first tokens.
    static let headerWindow = 80
    /// A virtual paragraph ends at the first sentence end after this many tokens.
    static let paragraphTokens = 30
    /// The most words of a place in capitals before a dateline's dash (`WARTAKOTARAYA.COM, PASAR MINGGU -`); a
    /// longer run of capitals is a headline in capitals, and only its last word is the place.
    static let capitalPlaceWords = 4

    typealias Flags = DocumentStructure.Flags

    /// The positions where a block's virtual lines start (ascending), for the lines `lineStarts` of `t`.
    static func starts(_ t: [Token], lineStarts: [Int], flags: (Int) -> Flags, word: (Int) -> String) -> [Int] {
        var out: [Int] = []
        for (n, a) in lineStarts.enumerated() {
            let b = n + 1 < lineStarts.count ? lineStarts[n + 1] : t.count
            guard a >= 0, b <= t.count, b - a >= minTokens, t[b - 1].sentence - t[a].sentence + 1 >= minSentences else { continue }
            var from = a
            if let p = datelineStart(t, a..<b, flags: flags, word: word) {
                headerCuts(t, a..<p, word: word, into: &out)
                out.append(p)
                from = p
            }
            var chunk = from
            var i = from + 1
            while i < b {
                if t[i].sentence != t[i - 1].sentence, i - chunk >= paragraphTokens, !afterShortCapital(t, i, from) {
                    out.append(i)
                    chunk = i
                }
                i += 1
            }
        }
        return out
    }

    /// Days of the week, which open a page's date (`Rabu, 14 Mei 2025 - 15:20 WIT`).
    static let weekdays: Set<String> = ["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad"]
    /// The zones that end a page's time (`10:41 WIB`).
    static let timeZones: Set<String> = ["wib", "wita", "wit"]

    /// Cuts in a block's header (before its dateline) around the page's date, so that the date stands on a line of
    /// its own as on the page: before a day of the week followed by a comma or a number (`... Bom Ikan Rabu, 14 Mei
    /// 2025 - 15:20 WIT Penulis: ...`), and after the zone of a time.
    static func headerCuts(_ t: [Token], _ r: Range<Int>, word: (Int) -> String, into out: inout [Int]) {
        guard r.count > 2 else { return }
        var i = r.lowerBound + 1
        while i < r.upperBound {
            let last = out.last ?? -1
            if t[i].kind == .word, t[i].capitalized || t[i].allCaps, i + 1 < r.upperBound,
                t[i + 1].kind == .number || word(i + 1) == ",", weekdays.contains(word(i)), last < i
            {
                out.append(i)
            } else if i - 2 >= r.lowerBound, t[i - 1].kind == .word, t[i - 2].kind == .number, timeZones.contains(word(i - 1)), last < i {
                out.append(i)
            }
            i += 1
        }
    }

    /// Whether the sentence end before `i` is a full stop after a short capitalized word, which may be a title or
    /// an abbreviated name the tokenizer does not know (`Capt. Markus`, `Andi Muh. Ilham`, `Mr. ...`): no cut
    /// there, a name is not parted from its title.
    static func afterShortCapital(_ t: [Token], _ i: Int, _ from: Int) -> Bool {
        guard i - 2 >= from, t[i - 1].kind == .punct, t[i - 1].end - t[i - 1].start == 1 else { return false }
        let w = t[i - 2]
        return w.kind == .word && (w.capitalized || w.allCaps) && w.end - w.start <= 4
    }

    /// The first token of a dateline among the first tokens of block `r` (not at its start: a block that opens
    /// with its dateline has its body there already), or nil.
    static func datelineStart(_ t: [Token], _ r: Range<Int>, flags: (Int) -> Flags, word: (Int) -> String) -> Int? {
        guard r.count > 3, r.lowerBound >= 0, r.upperBound <= t.count else { return nil }
        let a = r.lowerBound
        // A block that opens with its dateline (`BANJARBARU, wartabanua.co –`, `Pekanbaru, Rabu, 16 Oktober 2024
        // –`) has its body there already; a headline of capitalized words and numbers before a place in capitals
        // reads as a dateline to the structure (`Disbudpar Belitung Latih 35 Calon Pramuwisata TANJUNGPANDAN –`):
        // the place is looked for back from that dash.
        if let d0 = DocumentStructure.datelineDash(r, t, flags), d0 > a, let p = placeStart(t, a, d0, flags: flags) {
            return p > a + 2 ? p : nil
        }
        let limit = min(r.upperBound - 1, a + headerWindow)
        var d = a + 2
        while d < limit {
            defer { d += 1 }
            let f = flags(d)
            let next = t[d + 1]
            let before = t[d - 1]
            if f.contains(.colon) {
                // A radio's dateline (`KBRN, Merauke: Tiga puluh mama ...`): a capitalized place before the colon and a
                // capitalized word after it; not a label (`Penulis:`, `Editor:`, `Dok:`, `Kategori:`) nor a page's
                // date (`Diunggah: Jumat, ...`).
                let label: Flags = [.bylineStart, .chrome, .captionMark, .captionCue]
                guard before.kind == .word, before.capitalized || before.allCaps, flags(d - 1).isDisjoint(with: label),
                      next.kind == .word, next.capitalized || next.allCaps, !weekdays.contains(word(d + 1)) else { continue }
            } else {
                guard f.contains(.dash), !f.contains(.bar) else { continue }
                // The body's first word after the dash (`– Dinas`, `- Sebanyak`, `– 40 ...`), and a place, an outlet's
                // name or a parenthesis before it: not a date's range or a time (`2023 - 15:02`), not a word's hyphen.
                guard !flags(d + 1).contains(.dash), next.kind == .number || (next.kind == .word && (next.capitalized || next.allCaps)) else { continue }
                let domain = before.kind == .word && !before.spaceBefore && flags(d - 2).contains(.dot)  // `tarutungpos.com-Sebanyak`
                guard (before.kind == .word && (before.capitalized || before.allCaps)) || domain || flags(d - 1).contains(.close)
                    || flags(d - 1).contains(.dot) else { continue }
            }
            // An outlet's name and its date (`Kompas.com - 02/05/2025, 14:20 WIB`) has no place: the next dash.
            guard let p = placeStart(t, a, d, flags: flags) else { continue }
            return p > a + 2 ? p : nil
        }
        return nil
    }

    /// The first token of the dateline that ends at dash `d` (block from `a`): the place (with its outlet or date),
    /// read back from the dash.
    static func placeStart(_ t: [Token], _ a: Int, _ d: Int, flags: (Int) -> Flags) -> Int? {
        // The run of the dateline's tokens back from the dash: capitalized words, numbers, commas, parentheses,
        // dots and slashes, an outlet's domain; it stops at a word in lower case, another mark or a sentence's end.
        var r0 = d
        var j = d - 1
        while j >= a, d - j <= 12 {
            let tk = t[j]
            if j + 1 < d, tk.sentence != t[j + 1].sentence { break }
            let f = flags(j)
            // An outlet's domain: a word after a dot (`.com`) or before one (`tarutungpos.com`), no space between.
            let domainWord = tk.kind == .word && ((j > a && flags(j - 1).contains(.dot) && !tk.spaceBefore)
                || (j + 2 < t.count && flags(j + 1).contains(.dot) && !t[j + 1].spaceBefore && !t[j + 2].spaceBefore))
            let fits = (tk.kind == .word && (tk.capitalized || tk.allCaps || domainWord)) || tk.kind == .number
                || f.contains(.open) || f.contains(.close) || f.contains(.dot) || f.contains(.slash) || (f.contains(.connective) && tk.kind == .punct)
            guard fits else { break }
            r0 = j
            j -= 1
        }
        guard r0 < d else { return nil }
        // A dateline that opens a sentence (`... Senin (6/11/2023). PALU – ...`) starts there.
        if r0 > a, t[r0].sentence != t[r0 - 1].sentence, t[r0].kind == .word { return r0 }
        // The place's last word: before a parenthesis (`Sigli (Humas) —`) and an outlet's dot (`Timorkini.-`).
        var k = d - 1
        if k > r0, flags(k).contains(.dot) { k -= 1 }
        if k > r0, flags(k).contains(.close) {
            while k > r0, !flags(k).contains(.open) { k -= 1 }
            k -= 1
        }
        guard k >= r0 else { return nil }
        if t[k].kind == .word, t[k].allCaps {
            // A place in capitals (`KALIANDA –`, `WARTAKOTARAYA.COM, PASAR MINGGU -`) after a headline that is not.
            var s = k
            var words = 1
            while s - 1 >= r0 {
                let u = t[s - 1]
                if u.kind == .word, u.allCaps { words += 1; s -= 1 }
                else if u.kind == .punct, flags(s - 1).contains(.dot) || flags(s - 1).contains(.connective) { s -= 1 }
                else { break }
            }
            while s < k, t[s].kind != .word { s += 1 }
            return words <= capitalPlaceWords ? s : k
        }
        if t[k].kind == .word, t[k].capitalized { return k }
        // A date after the place (`Pekanbaru, Rabu, 16 Oktober 2024 –`, `Sanggau, 22 November 2024 –`): the word
        // before the first comma of the dash's last tokens.
        var c = max(r0, d - 9)
        while c < d {
            if t[c].kind == .punct, flags(c).contains(.connective), c > r0, t[c - 1].kind == .word, t[c - 1].capitalized || t[c - 1].allCaps {
                return c - 1
            }
            c += 1
        }
        return nil
    }

    /// `t` with a line start at every position of `cuts` (ascending); a cut inside a sentence opens a new one, and
    /// the sentences after it are numbered on.
    static func apply(_ cuts: [Int], to t: inout [Token]) {
        guard !cuts.isEmpty else { return }
        var c = 0
        var shift = 0
        var previousOriginal = -1
        for i in t.indices {
            let original = t[i].sentence
            if c < cuts.count, cuts[c] == i {
                c += 1
                if i > 0, original == previousOriginal { shift += 1 }
                t[i].lineStart = true
                t[i].classes |= Token.Classes.lineStart
            }
            previousOriginal = original
            t[i].sentence = original + shift
        }
    }
}
