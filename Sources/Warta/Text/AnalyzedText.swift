/// A document's clean text with its tokens, their vocabulary ids set for one rule set. Built once per
/// document; every extractor reads the same tokens.
public struct AnalyzedText: Sendable {
    public let text: CleanText
    public private(set) var tokens: [Token]
    /// The folded forms of the tokens, back to back (see ``folded(_:)``).
    let folds: [UInt8]
    let vocabulary: Vocabulary
    /// Index of the first token of each line.
    public let lineStarts: [Int]
    /// Index of the first token of the body: the header zone before it holds the headline, bylines,
    /// breadcrumbs and page dates. The body starts at the first line of 25 tokens or more, or with a
    /// sentence inside it, within the first 8 lines (else at line 1); when the first line is such a paragraph,
    /// there is no header zone.
    public let bodyStart: Int
    /// Where the rule set's patterns can start and where their required words stand.
    public let hits: TriggerHits?

    public init(_ text: CleanText, vocabulary: Vocabulary) {
        self.text = text
        let out = Tokenizer.tokenize(text, vocabulary: vocabulary)
        let tokens = out.tokens
        self.tokens = tokens
        self.folds = out.folds
        self.vocabulary = vocabulary
        self.hits = vocabulary.triggers.map { TriggerHits(tokens: tokens, table: $0) }
        var starts: [Int] = []
        for (i, t) in tokens.enumerated() where t.lineStart { starts.append(i) }
        self.lineStarts = starts
        var body = starts.count > 1 ? starts[1] : tokens.count
        for n in 0..<min(8, starts.count) {
            let lo = starts[n]
            let hi = n + 1 < starts.count ? starts[n + 1] : tokens.count
            let sentenceInside = lo < hi && tokens[hi - 1].sentence != tokens[lo].sentence
            if hi - lo >= 25 || sentenceInside {
                body = lo  // a first line that is already a paragraph: the page has no headline
                break
            }
        }
        self.bodyStart = body
    }

    public init(raw: String, vocabulary: Vocabulary) {
        self.init(CleanText(normalizing: raw), vocabulary: vocabulary)
    }

    /// The headline: the first line of the header zone with two words or more that does not start with a
    /// number or a weekday-like date; empty when the page has none (the first line when there is no header zone).
    public var headline: Range<Int> {
        var n = 0
        while n < lineStarts.count, lineStarts[n] < bodyStart {
            let r = lineRange(n)
            let words = tokens[r].filter { $0.kind == .word }.count
            let numbers = tokens[r].filter { $0.kind == .number }.count
            if words >= 2, numbers * 3 < words + numbers { return r }
            n += 1
        }
        return 0..<0
    }

    /// The folded form of token `i`: lower case, diacritics removed, dashes, quotes and slashes folded to their
    /// ASCII forms; "" for a position outside the text.
    public func folded(_ i: Int) -> String {
        guard i >= 0, i < tokens.count else { return "" }
        let t = tokens[i]
        return vocabulary.word(t.id) ?? Tokenizer.folded(t, in: folds)
    }

    /// The clean text of tokens `range` (from the first token's start to the last token's end).
    public func text(of range: Range<Int>) -> String {
        guard let span = span(of: range) else { return "" }
        return text.slice(span.start, span.end)
    }

    /// Scalar offsets of tokens `range`.
    public func span(of range: Range<Int>) -> (start: Int, end: Int)? {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= tokens.count else { return nil }
        return (tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
    }

    /// Evidence for tokens `range`.
    public func evidence(_ range: Range<Int>) -> Evidence? {
        guard let span = span(of: range) else { return nil }
        return Evidence(text: text.slice(span.start, span.end), start: span.start, end: span.end)
    }

    /// The token range of the sentence of token `i`.
    public func sentenceRange(around i: Int) -> Range<Int> {
        guard i >= 0, i < tokens.count else { return i..<i }
        let s = tokens[i].sentence
        var lo = i
        while lo > 0, tokens[lo - 1].sentence == s { lo -= 1 }
        var hi = i
        while hi < tokens.count, tokens[hi].sentence == s { hi += 1 }
        return lo..<hi
    }

    /// Whether a phrase of `lexicon` starts in `range`, outside `excluding`.
    public func contains(_ lexicon: Lexicon, in range: Range<Int>, excluding: Range<Int> = 0..<0) -> Bool {
        var p = range.lowerBound
        while p < range.upperBound {
            if excluding.contains(p) { p = excluding.upperBound; continue }
            if lexicon.longest(tokens, at: p) != nil { return true }
            p += 1
        }
        return false
    }

    /// The line number (0-based) of token `index`.
    public func line(of index: Int) -> Int {
        var lo = 0
        var hi = lineStarts.count - 1
        var ans = 0
        while lo <= hi {
            let mid = (lo + hi) / 2
            if lineStarts[mid] <= index { ans = mid; lo = mid + 1 } else { hi = mid - 1 }
        }
        return ans
    }

    /// Token range of line `n`.
    public func lineRange(_ n: Int) -> Range<Int> {
        guard n >= 0, n < lineStarts.count else { return 0..<0 }
        let end = n + 1 < lineStarts.count ? lineStarts[n + 1] : tokens.count
        return lineStarts[n]..<end
    }
}
