/// Round 25 (REL25): what a page's mess puts into an article, taken out before the extractors read it: the links to
/// other stories (``DocumentStructure/otherStories(kinds:tokens:lineStarts:flags:)`` finds them; their tokens are
/// removed) and a paragraph written all in capitals (its words take the case they have elsewhere in the text). Both
/// cost nothing on a document without them: one look at the structure's line kinds, one count per long line.
extension AnalyzedText {
    /// Round 25: `tokens` without the sorted, disjoint `ranges`, their sentences numbered again in order (a sentence
    /// cut by a link keeps one number; a sentence of the link leaves no gap). When a link opens a line
    /// (`(Baca juga: ...) Dinas Sosial ...`), the token after it opens the line instead. Nil when nothing is left.
    static func removing(_ ranges: [Range<Int>], from tokens: [Token]) -> [Token]? {
        var kept: [Token] = []
        kept.reserveCapacity(tokens.count)
        var next = 0
        var lastOld = Int.min
        var sentence = -1
        var opensLine = false
        func keep(_ r: Range<Int>) {
            for i in r {
                var t = tokens[i]
                if opensLine, !t.lineStart {
                    t.lineStart = true
                    t.classes |= Token.Classes.lineStart
                }
                opensLine = false
                if t.sentence != lastOld { sentence += 1; lastOld = t.sentence }
                t.sentence = sentence
                kept.append(t)
            }
        }
        for r in ranges {
            let lo = max(r.lowerBound, next)
            let hi = min(r.upperBound, tokens.count)
            guard lo < hi else { continue }
            keep(next..<lo)
            if tokens[lo].lineStart { opensLine = true }
            next = hi
        }
        keep(next..<tokens.count)
        return kept.isEmpty ? nil : kept
    }

    /// Round 26 (SPEED26): ``removing(_:from:)`` done in place: `tokens` becomes what it returns, and the answer is true;
    /// false (and `tokens` untouched) where it returns nil. The tokens before the first range are rewritten only where
    /// their sentence number changes (never, for the tokenizer's numbers, which count from 0 without gaps), so a link
    /// near the end of a text costs the tokens after it, not a copy of the text's tokens.
    static func remove(_ ranges: [Range<Int>], from tokens: inout [Token]) -> Bool {
        let count = tokens.count
        // What `removing` would keep: nothing kept, nothing changes.
        var gone = 0
        var end = 0
        for r in ranges {
            let lo = max(r.lowerBound, end)
            let hi = min(r.upperBound, count)
            guard lo < hi else { continue }
            gone += hi - lo
            end = hi
        }
        guard gone < count else { return false }
        var kept = 0
        tokens.withUnsafeMutableBufferPointer { t in
            var next = 0
            var lastOld = Int.min
            var sentence = -1
            var opensLine = false
            // Moves the tokens `from..<to` down to `kept`, numbering their sentences again as `removing` does.
            func keep(_ from: Int, _ to: Int) {
                var i = from
                while i < to {
                    let old = t[i].sentence
                    if old != lastOld {
                        sentence &+= 1
                        lastOld = old
                    }
                    if opensLine || kept != i || old != sentence {
                        var token = t[i]
                        if opensLine, !token.lineStart {
                            token.lineStart = true
                            token.classes |= Token.Classes.lineStart
                        }
                        opensLine = false
                        token.sentence = sentence
                        t[kept] = token
                    }
                    kept &+= 1
                    i &+= 1
                }
            }
            // The tokens before the first range stay where they are: passed over while their numbers stay too.
            var first = count
            for r in ranges where max(r.lowerBound, 0) < min(r.upperBound, count) {
                first = max(r.lowerBound, 0)
                break
            }
            // (In local variables: `keep` captures the others, which then live in memory.)
            var k = 0
            var number = -1
            var last = Int.min
            while k < first {
                let old = t[k].sentence
                let n = old != last ? number &+ 1 : number
                guard old == n else { break }
                number = n
                last = old
                k &+= 1
            }
            kept = k
            sentence = number
            lastOld = last
            next = kept
            for r in ranges {
                let lo = max(r.lowerBound, next)
                let hi = min(r.upperBound, count)
                guard lo < hi else { continue }
                keep(next, lo)
                if t[lo].lineStart { opensLine = true }
                next = hi
            }
            keep(next, count)
        }
        tokens.removeLast(count - kept)
        return true
    }

    /// Round 25: the words of grammar a report's sentence is built with (prepositions, conjunctions, adverbs, pronouns,
    /// determiners): lower case inside a sentence, never part of a name in capitals. A fixed list of folded words
    /// (round 26: ``FoldedWords``, as round 23 set for such lists: no hashing of the asked word).
    static let grammarWords: FoldedWords = [
        "di", "ke", "dari", "dan", "yang", "untuk", "bagi", "pada", "dengan", "oleh", "serta", "atau", "agar", "bisa",
        "dapat", "lewat", "melalui", "kembali", "itu", "ini", "akan", "telah", "sudah", "juga", "secara",
        "sebagai", "para", "kepada", "tersebut", "karena", "sejak", "hingga", "sampai", "tentang", "ada",
        "adalah", "merupakan", "tidak", "belum", "masih", "lebih", "sangat", "saat", "ketika", "usai", "setelah",
        "sebelum", "selama", "tiap", "setiap", "seluruh", "semua", "sejumlah", "sebanyak", "berbagai",
        "beberapa", "demi", "namun", "tetapi", "sehingga", "bahwa", "pun", "mereka", "kami", "kita",
        "ia", "dia", "nya", "se", "per", "tak", "tanpa", "hanya", "masing", "sekitar", "kurang",
    ]

    /// A paragraph written all in capitals (`PALU (19/7) – DINAS SOSIAL PROVINSI SULAWESI TENGAH KEMBALI MENGUATKAN
    /// ...`): a line of 25 tokens or more with eight words or more, nine in ten of them in capitals. A page that shouts
    /// its lead hides where names end, and the extractors read names by their capitals (a venue would run on to
    /// `... PUTUSSIBAU ITU DIARAHKAN KHUSUS AGAR`, a weekday `SABTU` reads as a group's acronym). The paragraph is read
    /// as a headline in title case is, which the rules read: its words of grammar (`di`, `yang`, `itu`, `agar`) in
    /// lower case, an acronym (a word the text writes in capitals elsewhere, or a word of four letters or fewer it
    /// writes nowhere else) in capitals, every other word with a capital alone (not lower case: a word of a name is
    /// often a common word elsewhere, `penanggulangan` of `Badan Penanggulangan Bencana Daerah`). The dateline before
    /// the first dash (`PALU (19/7) –`) keeps its capitals, as datelines are written. Headlines (shorter lines) are not
    /// touched: pages write them in capitals often, and the rules read them so. Only the case flags change; the text,
    /// and so every value and evidence, stay.
    static func recaseShoutedParagraphs(_ tokens: inout [Token], folds: [UInt8]) {
        var shouted: [Range<Int>] = []
        var start = 0
        for i in 0...tokens.count where i == tokens.count || (i > start && tokens[i].lineStart) {
            let r = start..<i
            start = i
            guard r.count >= 25 else { continue }
            var words = 0
            var caps = 0
            for k in r where tokens[k].kind == .word && tokens[k].alphabetic && tokens[k].end - tokens[k].start >= 2 {
                words += 1
                if tokens[k].allCaps { caps += 1 }
            }
            if words >= 8, caps * 10 >= words * 9 { shouted.append(r) }
        }
        recase(&tokens, folds: folds, shouted: shouted)
    }

    /// Round 26 (SPEED26): the same, with the tokens' line starts given (the index of each token with `lineStart`, as
    /// ``lineStarts(of:)`` finds them), and a line's count of words stopped as soon as the words not in capitals are
    /// more than a tenth of its tokens (so more than a tenth of its words, whatever follows): a paragraph in lower case
    /// costs its first words, not a pass over every token.
    static func recaseShoutedParagraphs(_ tokens: inout [Token], folds: [UInt8], lineStarts: [Int]) {
        var shouted: [Range<Int>] = []
        // The lines are the tokens from one start to the next (the tokens before the first start, if any, a line too).
        var bounds: [Int] = lineStarts.first == 0 ? [] : [0]
        bounds.append(contentsOf: lineStarts)
        for (n, start) in bounds.enumerated() {
            let end = n + 1 < bounds.count ? bounds[n + 1] : tokens.count
            guard start >= 0, start <= end, end <= tokens.count else { continue }
            let r = start..<end
            guard r.count >= 25 else { continue }
            var words = 0
            var caps = 0
            for k in r where tokens[k].kind == .word && tokens[k].alphabetic && tokens[k].end - tokens[k].start >= 2 {
                words += 1
                if tokens[k].allCaps { caps += 1 } else if (words - caps) * 10 > r.count { break }
            }
            if words >= 8, caps * 10 >= words * 9 { shouted.append(r) }
        }
        recase(&tokens, folds: folds, shouted: shouted)
    }

    /// The recasing of the `shouted` lines (see ``recaseShoutedParagraphs(_:folds:)``).
    static func recase(_ tokens: inout [Token], folds: [UInt8], shouted: [Range<Int>]) {
        guard !shouted.isEmpty else { return }
        // How each word is written outside the shouted lines: in capitals, with a capital inside a sentence, in lower case.
        var seen: [String: (upper: Int, title: Int, lower: Int)] = [:]
        var next = 0
        for i in tokens.indices {
            while next < shouted.count, shouted[next].upperBound <= i { next += 1 }
            if next < shouted.count, shouted[next].contains(i) { continue }
            let t = tokens[i]
            guard t.kind == .word, t.alphabetic else { continue }
            let opens = i == 0 || tokens[i - 1].sentence != t.sentence
            let w = Tokenizer.folded(t, in: folds)
            if t.allCaps {
                seen[w, default: (0, 0, 0)].upper += 1
            } else if t.capitalized {
                if !opens { seen[w, default: (0, 0, 0)].title += 1 }
            } else {
                seen[w, default: (0, 0, 0)].lower += 1
            }
        }
        for r in shouted {
            var from = r.lowerBound
            for i in r.lowerBound..<min(r.upperBound, r.lowerBound + 12) where tokens[i].kind == .punct {
                let f = Tokenizer.folded(tokens[i], in: folds)
                if f == "-" || f == "–" || f == "—" {
                    from = i + 1
                    break
                }
            }
            for i in from..<r.upperBound where tokens[i].kind == .word && tokens[i].allCaps && tokens[i].alphabetic {
                let word = Tokenizer.folded(tokens[i], in: folds)
                let s = seen[word] ?? (0, 0, 0)
                let opens = i == from || tokens[i - 1].sentence != tokens[i].sentence
                let grammar = Self.grammarWords.contains(word)
                // An acronym (written so elsewhere, or a short word written nowhere else: `DAD`, `HST`): as it is.
                let seenAs = s.upper + s.title + s.lower
                let acronym = seenAs > 0 ? (s.upper > 0 && s.upper >= s.title + s.lower) : tokens[i].end - tokens[i].start <= 4
                if !grammar, acronym { continue }
                let capital = opens || !grammar
                var t = tokens[i]
                t.allCaps = false
                t.capitalized = capital
                t.classes &= ~(Token.Classes.capitalized | Token.Classes.upper)
                if capital { t.classes |= Token.Classes.capitalized }
                tokens[i] = t
            }
        }
    }
}
