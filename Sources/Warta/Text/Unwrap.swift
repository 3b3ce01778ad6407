import Foundation

/// Unwrapping of hard-wrapped paragraphs (round 25): text copied from a PDF, an e-paper, a mail or some scrapers
/// comes with its paragraphs broken into lines of 50-120 characters at a space, and the rules read one paragraph per
/// line. The pass decides from the document's own lines whether it is hard-wrapped and joins the wrapped lines of a
/// paragraph by turning their line breaks into spaces (one scalar for one scalar: the text keeps its length, so no
/// offset moves). It reads shapes only, never words: line lengths, the punctuation a line ends with, the letter the
/// next line starts with, capitals.
///
/// - Evidence: a line that ends without sentence punctuation and is followed directly (no blank line) by a line
///   starting with a lower-case letter breaks a sentence. A document with fewer than two such breaks is left as it
///   is (a text with one paragraph per line has none).
/// - Width: a line was broken because the next word did not fit. The evidence's fits (the line's length, a space
///   and the next line's first word) give the width: a line is *full* when its fit reaches nine tenths of the tenth
///   percentile of the fits (a ragged edge breaks earlier) and it is shorter than their ninetieth percentile and a
///   tenth (a longer line was never wrapped).
/// - A full line is joined to the next unless: a blank line, a list item, a line starting with a symbol, or a
///   menu line (`|`, `»`, `›`, `>` separators) stands on either side; it ends a sentence and the next line does not
///   start in lower case (a sentence may end a paragraph; an abbreviation such as `Dr.` or `M.Si.` does not), unless
///   the document separates its paragraphs by blank lines; the next line starts with a label (`Baca Juga: `,
///   `Editor: `), or the line does and reads as a headline while the next does not; before the first join (the header), a `key : value` line
///   stands on either side, or the line is a headline (in capitals but for short words, no dateline mark; none
///   stood alone above it) and the next line is not its continuation (mostly in capitals too, no date or time).
///
/// Cost: a byte search for the line ends that stops at the second evidence break (round 26: a text with one paragraph
/// per line costs its line breaks), then, for a text with two, one pass over the scalars to find the lines and a few
/// passes over the lines.
enum Unwrap {
    /// The text with the line breaks of its wrapped paragraphs turned into spaces (the text itself when it is not
    /// hard-wrapped).
    static func apply(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let joins = joinedBreaks(scalars)
        if joins.isEmpty { return scalars }
        var out = scalars
        for at in joins where at >= 0 && at < out.count && out[at] == "\n" { out[at] = " " }
        return out
    }

    /// A line: scalars `start..<end` (no line break).
    struct Line {
        var start: Int
        var end: Int
        var count: Int { end - start }
        var isEmpty: Bool { end == start }
    }

    /// The offsets of the line breaks (`\n`) to turn into spaces.
    ///
    /// Round 26 (SPEED26): most texts hold one paragraph per line and no two evidence breaks; a byte search for the
    /// line ends (``evidenceBreaks(_:upTo:)``) tells them and stops at the second evidence break, before the lines are
    /// collected. Same answers as ``joinedBreaks(readingLines:)`` alone: it returns no join without two evidence breaks.
    static func joinedBreaks(_ s: [Unicode.Scalar]) -> [Int] {
        guard evidenceBreaks(s, upTo: 2) >= 2 else { return [] }
        return joinedBreaks(readingLines: s)
    }

    /// Round 26: the evidence breaks of `s` (a non-empty line that ends without sentence punctuation or a closer,
    /// directly followed by a line starting with a lower-case letter), counted up to `limit`. The line ends are found
    /// by `memchr` over the scalars' bytes (a byte 0x0A at a scalar's first byte that is the scalar `\n`: little
    /// endian, four bytes a scalar; else a loop over the scalars), so a text costs its few lines, not its scalars.
    static func evidenceBreaks(_ s: [Unicode.Scalar], upTo limit: Int) -> Int {
        s.withUnsafeBufferPointer { buf -> Int in
            guard let base = buf.baseAddress, buf.count > 2 else { return 0 }
            let n = buf.count
            var found = 0
            var lineStart = 0
            // Whether the line break at `i` (the line `lineStart..<i` above it) is evidence.
            func evidence(_ i: Int) -> Bool {
                guard i > lineStart, i + 1 < n else { return false }
                let next = base[i + 1]
                let lower: Bool
                if next.value < 0x80 {
                    lower = next.value >= 0x61 && next.value <= 0x7A
                } else {
                    lower = next.properties.isLowercase
                }
                guard lower, !isCloser(base[i - 1]) else { return false }
                return !endsSentence(s, Line(start: lineStart, end: i))
            }
            #if _endian(little)
            if MemoryLayout<Unicode.Scalar>.stride == 4 {
                let raw = UnsafeRawPointer(base)
                let bytes = n &* 4
                var from = 0
                while from < bytes, let hit = memchr(raw + from, 0x0A, bytes &- from) {
                    let offset = raw.distance(to: UnsafeRawPointer(hit))
                    from = offset &+ 1
                    guard offset & 3 == 0 else { continue }
                    let i = offset &>> 2
                    guard i < n, base[i].value == 0x0A else { continue }
                    if evidence(i) {
                        found &+= 1
                        if found >= limit { return found }
                    }
                    lineStart = i &+ 1
                }
                return found
            }
            #endif
            var i = 0
            while i < n {
                if base[i].value == 0x0A {
                    if evidence(i) {
                        found &+= 1
                        if found >= limit { return found }
                    }
                    lineStart = i &+ 1
                }
                i &+= 1
            }
            return found
        }
    }

    /// The offsets of the line breaks to turn into spaces, read from all the lines (round 25's pass; ``joinedBreaks(_:)``
    /// calls it on a text with two evidence breaks).
    static func joinedBreaks(readingLines s: [Unicode.Scalar]) -> [Int] {
        var lines: [Line] = []
        var start = 0
        for (i, c) in s.enumerated() where c == "\n" {
            lines.append(Line(start: start, end: i))
            start = i + 1
        }
        lines.append(Line(start: start, end: s.count))
        if lines.count < 3 { return [] }

        // Evidence: a sentence broken at a line end.
        var fits: [Int] = []
        for i in 0..<(lines.count - 1) {
            let l = lines[i], n = lines[i + 1]
            if l.isEmpty || n.isEmpty { continue }
            if endsSentence(s, l) || isCloser(s[l.end - 1]) { continue }
            if s[n.start].properties.isLowercase { fits.append(l.count + 1 + firstWordLength(s, n)) }
        }
        if fits.count < 2 { return [] }
        fits.sort()  // one per evidence break: at most the number of lines
        let low = max(40, fits[fits.count / 10] * 9 / 10)
        let high = fits[fits.count * 9 / 10] * 11 / 10

        func full(_ i: Int) -> Bool {
            let l = lines[i], n = lines[i + 1]
            if l.isEmpty || n.isEmpty || l.count >= high { return false }
            return l.count + 1 + firstWordLength(s, n) >= low
        }
        // Whether paragraphs are separated by blank lines: the lines that end a sentence before the width do not
        // stand directly above another line.
        var single = 0, blank = 0
        for i in 0..<(lines.count - 1) {
            let l = lines[i]
            // A list and the line that introduces it stand on lines of their own in either style.
            if l.count >= 30, endsSentence(s, l), !full(i), s[l.end - 1] != ":", !isListStart(s, l), !isListStart(s, lines[i + 1]) {
                if lines[i + 1].isEmpty { blank += 1 } else { single += 1 }
            }
        }
        let blankStyle = single == 0 && blank >= 2

        var joins: [Int] = []
        var inHeader = true
        var sawHeadline = false
        for i in 0..<(lines.count - 1) {
            // A headline standing alone above: the full lines after it are no headline.
            if i > 0, !full(i - 1) {
                let p = lines[i - 1]
                if p.count >= 25, !endsSentence(s, p), capitalized(s, p, percent: 85), !hasDatelineMark(s, p), !isMenu(s, p) {
                    sawHeadline = true
                }
            }
            guard full(i) else { continue }
            let l = lines[i], n = lines[i + 1]
            if isListStart(s, n) || !startsText(s[n.start]) || isMenu(s, l) || isMenu(s, n) { continue }
            if inHeader, hasKeyValue(s, l) || hasKeyValue(s, n) { continue }
            if s[n.start].properties.isLowercase {
                joins.append(l.end)
                inHeader = false
                continue
            }
            if endsSentence(s, l), !blankStyle, !endsAbbreviation(s, l) { continue }
            // A labelled line (`Baca Juga: ...`, `Editor: ...`) starts a line of its own, and a labelled headline is
            // not continued by a line of text.
            if s[n.start].properties.isUppercase, startsWithLabel(s, n) { continue }
            if startsWithLabel(s, l), capitalized(s, l, percent: 85), !capitalized(s, n, percent: 70) { continue }
            if inHeader, !sawHeadline, capitalized(s, l, percent: 85), !hasDatelineMark(s, l),
                !(capitalized(s, n, percent: 60) && !hasDatelineMark(s, n) && !hasDateOrTime(s, n)) {
                continue
            }
            joins.append(l.end)
            inHeader = false
        }
        return joins
    }

    // MARK: Shapes of a line

    static func isCloser(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "'", "\u{201D}", "\u{2019}", ")", "\u{BB}": return true
        default: return false
        }
    }

    /// Whether the line ends with sentence punctuation (`.`, `!`, `?`, `:`, `;`), closing quotes or brackets after it.
    static func endsSentence(_ s: [Unicode.Scalar], _ l: Line) -> Bool {
        var i = l.end - 1
        while i >= l.start, isCloser(s[i]) { i -= 1 }
        guard i >= l.start else { return false }
        switch s[i] {
        case ".", "!", "?", ":", ";": return true
        default: return false
        }
    }

    /// Whether the line's last word is an abbreviation by its shape: a dot inside it (`M.Si.`, `S.Pd.`), or at most
    /// three letters after a capital (`Dr.`, `Drs.`, `H.`).
    static func endsAbbreviation(_ s: [Unicode.Scalar], _ l: Line) -> Bool {
        guard l.count >= 2, s[l.end - 1] == "." else { return false }
        var b = l.end - 1
        while b > l.start, s[b - 1] != " " { b -= 1 }
        let coreEnd = l.end - 1
        guard coreEnd > b else { return false }
        for j in b..<coreEnd where s[j] == "." { return true }
        return coreEnd - b <= 3 && s[b].properties.isUppercase
    }

    static func firstWordLength(_ s: [Unicode.Scalar], _ l: Line) -> Int {
        var i = l.start
        while i < l.end, s[i] != " " { i += 1 }
        return i - l.start
    }

    /// Whether a line can continue a sentence by its first character: a letter, a digit, an opening bracket or quote.
    static func startsText(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "(", "\"", "\u{201C}", "'", "\u{2018}": return true
        default: return c.properties.isAlphabetic || c.properties.numericType != nil
        }
    }

    /// A list item: a bullet or dash, one or two digits, or one lower-case letter with `.` or `)`, then a space.
    static func isListStart(_ s: [Unicode.Scalar], _ l: Line) -> Bool {
        let a = l.start
        guard l.count >= 2 else { return false }
        switch s[a] {
        case "-", "\u{2022}", "*", "\u{B7}", "\u{25AA}", "\u{2013}", "\u{2014}": return s[a + 1] == " "
        default: break
        }
        var i = a
        while i < l.end, i - a < 2, isASCIIDigit(s[i]) { i += 1 }
        if i == a, s[a].value >= 0x61, s[a].value <= 0x7A { i = a + 1 }
        guard i > a, i + 1 < l.end else { return false }
        return (s[i] == "." || s[i] == ")") && s[i + 1] == " "
    }

    /// A menu or breadcrumb line: two ` | ` separators, or `»`, `›`, ` > `.
    static func isMenu(_ s: [Unicode.Scalar], _ l: Line) -> Bool {
        var bars = 0
        var i = l.start
        while i < l.end {
            let c = s[i]
            if c == "\u{BB}" || c == "\u{203A}" { return true }
            if (c == "|" || c == ">"), i > l.start, i + 1 < l.end, s[i - 1] == " ", s[i + 1] == " " {
                if c == ">" { return true }
                bars += 1
                if bars >= 2 { return true }
            }
            i += 1
        }
        return false
    }

    /// One or two words and a colon at the start of the line (`Baca Juga: `, `Foto : `).
    static func startsWithLabel(_ s: [Unicode.Scalar], _ l: Line) -> Bool {
        var i = l.start
        for word in 0..<2 {
            let b = i
            while i < l.end, isWordCharacter(s[i]) { i += 1 }
            guard i > b, i < l.end else { return false }
            if s[i] == " ", i + 1 < l.end, s[i + 1] == ":" { i += 1 }
            if s[i] == ":" { return i + 1 < l.end && s[i + 1] == " " }
            guard word == 0, s[i] == " " else { return false }
            i += 1
        }
        return false
    }

    static func isWordCharacter(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c.properties.isAlphabetic || c.properties.numericType != nil
    }

    /// ` : ` (a key and its value, as a page's header writes them: `Diunggah pada : ...`).
    static func hasKeyValue(_ s: [Unicode.Scalar], _ l: Line) -> Bool {
        var i = l.start + 1
        while i + 1 < l.end {
            if s[i] == ":", s[i - 1] == " ", s[i + 1] == " " { return true }
            i += 1
        }
        return false
    }

    /// Whether most words of four letters or more start with a capital (`percent` of them), as headlines write.
    static func capitalized(_ s: [Unicode.Scalar], _ l: Line, percent: Int) -> Bool {
        var words = 0, upper = 0
        var i = l.start
        while i < l.end {
            while i < l.end, s[i] == " " { i += 1 }
            var b = i
            while b < l.end, s[b] == "(" || s[b] == "\"" || s[b] == "\u{201C}" || s[b] == "'" { b += 1 }
            var e = i
            while e < l.end, s[e] != " " { e += 1 }
            if e - b >= 4, b < e, s[b].properties.isAlphabetic {
                words += 1
                if s[b].properties.isUppercase { upper += 1 }
            }
            i = e
        }
        return words == 0 || upper * 100 >= words * percent
    }

    /// A dateline's mark in the first 45 characters (a dash, `--`, `: `, `|`), or a sentence ending inside the line.
    static func hasDatelineMark(_ s: [Unicode.Scalar], _ l: Line) -> Bool {
        let head = min(l.end, l.start + 45)
        var i = l.start
        while i < head {
            let c = s[i]
            if c == "\u{2013}" || c == "\u{2014}" || c == "|" { return true }
            if i + 1 < head {
                let d = s[i + 1]
                if (c == " " && d == "-") || (c == "-" && d == " ") || (c == "-" && d == "-") || (c == ":" && d == " ") { return true }
            }
            i += 1
        }
        i = l.start
        while i + 2 < l.end {
            if s[i] == "." || s[i] == "!" || s[i] == "?", s[i + 1] == " ", isASCIIUpper(s[i + 2]) { return true }
            i += 1
        }
        return false
    }

    /// A date or a time in the line, or `:` or `|`: `14:20`, `12/3`, `20 Agustus 2025` (a day, a word, a year).
    static func hasDateOrTime(_ s: [Unicode.Scalar], _ l: Line) -> Bool {
        var i = l.start
        while i < l.end {
            let c = s[i]
            if c == ":" || c == "|" { return true }
            if c == "/", i > l.start, i + 1 < l.end, isASCIIDigit(s[i - 1]), isASCIIDigit(s[i + 1]) { return true }
            i += 1
        }
        // Day, word, year: words split at spaces.
        var words: [Line] = []
        i = l.start
        while i < l.end {
            while i < l.end, s[i] == " " { i += 1 }
            let b = i
            while i < l.end, s[i] != " " { i += 1 }
            if i > b { words.append(Line(start: b, end: i)) }
        }
        if words.count < 3 { return false }
        for w in 0..<(words.count - 2) {
            let d = words[w], m = words[w + 1], y = words[w + 2]
            guard d.count <= 2, (d.start..<d.end).allSatisfy({ isASCIIDigit(s[$0]) }) else { continue }
            guard (m.start..<m.end).allSatisfy({ isASCIILetter(s[$0]) }) else { continue }
            guard y.count >= 4, (y.start..<(y.start + 4)).allSatisfy({ isASCIIDigit(s[$0]) }) else { continue }
            if y.count == 4 || !(isASCIIDigit(s[y.start + 4]) || isASCIILetter(s[y.start + 4])) { return true }
        }
        return false
    }

    static func isASCIIDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
    static func isASCIIUpper(_ c: Unicode.Scalar) -> Bool { c.value >= 0x41 && c.value <= 0x5A }
    static func isASCIILetter(_ c: Unicode.Scalar) -> Bool { isASCIIUpper(c) || (c.value >= 0x61 && c.value <= 0x7A) }
}
