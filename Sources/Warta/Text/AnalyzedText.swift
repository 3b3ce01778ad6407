/// A document's clean text with its tokens, their vocabulary ids set for one rule set. Built once per
/// document; every extractor reads the same tokens.
///
/// A final class of constants: it holds a dozen arrays (the text's scalars, the tokens, their folds, the
/// vocabulary's tables, the lines, the structure, the trigger hits), and as a struct every copy of it (a closure
/// or a sort that keeps it, an extractor's helper value) retained and released each of them; a reference is
/// one count, and no extractor changes it.
public final class AnalyzedText: Sendable {
    public let text: CleanText
    public let tokens: [Token]
    /// The folded forms of the tokens, back to back (see ``folded(_:)``).
    let folds: [UInt8]
    let vocabulary: Vocabulary
    /// Index of the first token of each line.
    public let lineStarts: [Int]
    /// Where the article stands: chrome, headline (or none), captions, dateline, lead, noise lines.
    public let structure: DocumentStructure
    /// Where the rule set's patterns can start and where their required words stand.
    public let hits: TriggerHits?

    /// `firstLineIsHeadline`: the reader knows the headline and wrote it as the first line (HTML pages).
    public init(_ text: CleanText, vocabulary: Vocabulary, firstLineIsHeadline: Bool = false) {
        self.text = text
        var out = Tokenizer.tokenize(text, vocabulary: vocabulary)
        // The tokens are taken out of the tokenizer's output, so that the array is held once and changed in place.
        var tokens: [Token] = []
        swap(&tokens, &out.tokens)
        let folds = out.folds
        self.folds = folds
        self.vocabulary = vocabulary
        // Round 25: a paragraph written all in capitals reads with the case its words have elsewhere in the text.
        // (Only case flags change: the line starts stay those of the tokenizer's tokens.)
        let blockStarts = Self.lineStarts(of: tokens)
        Self.recaseShoutedParagraphs(&tokens, folds: folds, lineStarts: blockStarts)
        // The structure pass reads one flag per token (the classes of DocumentStructure.vocabularyFlags, kept
        // by vocabulary id): a token outside the vocabulary has none.
        let flags = vocabulary.structureFlags
        // Round 25: an article in one block is cut back into lines (see BlockLines); other texts are unchanged.
        let cuts = BlockLines.starts(tokens, lineStarts: blockStarts) { [tokens] i in
            guard i >= 0, i < tokens.count else { return [] }
            let id = Int(tokens[i].id)
            return id >= 0 && id < flags.count ? flags[id] : []
        } word: { [tokens] i in
            i >= 0 && i < tokens.count ? Tokenizer.folded(tokens[i], in: folds) : ""
        }
        // Round 26: without cuts the tokens are as they were, and so their line starts.
        var starts = blockStarts
        if !cuts.isEmpty {
            BlockLines.apply(cuts, to: &tokens)
            starts = Self.lineStarts(of: tokens)
        }
        let classes = DocumentStructure.lineClasses(tokens: tokens, lineStarts: starts) { [tokens] i in
            guard i >= 0, i < tokens.count else { return [] }
            let id = Int(tokens[i].id)
            return id >= 0 && id < flags.count ? flags[id] : []
        }
        var structure = DocumentStructure(tokens: tokens, lineStarts: starts, firstLineIsHeadline: firstLineIsHeadline, classes: classes) {
            [tokens] i in
            guard i >= 0, i < tokens.count else { return [] }
            let id = Int(tokens[i].id)
            return id >= 0 && id < flags.count ? flags[id] : []
        }
        // Round 25: what stands on a line of another story (`Baca Juga: ...`, the headlines under `Berita Terkait`)
        // or in a link to one inside a paragraph (`(Baca juga: ...)`) is no token of this document: no extractor
        // reads an organizer, a count, a venue or a date there, and the structure is found again without them (what
        // the document would be without the links). Their offsets into the clean text stay, so evidence is unchanged.
        let other = DocumentStructure.otherStories(kinds: structure.kinds, tokens: tokens, lineStarts: starts, flags: flags)
        // Round 26 (SPEED26): the tokens are taken out in place (``remove(_:from:)``), and the structure is found
        // again from the first classes of the lines kept whole (a line that lost a link is read again): the same
        // tokens and structure as round 25's copy (``removing(_:from:)``) and second structure pass.
        if !other.isEmpty {
            let oldStarts = starts
            let oldCount = tokens.count
            if Self.remove(other, from: &tokens) {
                let kept = DocumentStructure.lineClasses(
                    keeping: classes, oldStarts: oldStarts, oldCount: oldCount, removed: other, tokens: tokens
                ) { [tokens] i in
                    guard i >= 0, i < tokens.count else { return [] }
                    let id = Int(tokens[i].id)
                    return id >= 0 && id < flags.count ? flags[id] : []
                }
                let again: DocumentStructure.LineClasses
                if let kept {
                    (again, starts) = kept
                } else {
                    starts = Self.lineStarts(of: tokens)
                    again = DocumentStructure.lineClasses(tokens: tokens, lineStarts: starts) { [tokens] i in
                        guard i >= 0, i < tokens.count else { return [] }
                        let id = Int(tokens[i].id)
                        return id >= 0 && id < flags.count ? flags[id] : []
                    }
                }
                structure = DocumentStructure(tokens: tokens, lineStarts: starts, firstLineIsHeadline: firstLineIsHeadline, classes: again) {
                    [tokens] i in
                    guard i >= 0, i < tokens.count else { return [] }
                    let id = Int(tokens[i].id)
                    return id >= 0 && id < flags.count ? flags[id] : []
                }
            }
        }
        self.tokens = tokens
        self.lineStarts = starts
        self.structure = structure
        self.hits = vocabulary.triggers.map { [tokens] in TriggerHits(tokens: tokens, table: $0) }
    }

    /// Round 26: the index of the first token of each line (a token with `lineStart`), in one pass over the tokens.
    static func lineStarts(of tokens: [Token]) -> [Int] {
        var starts: [Int] = []
        tokens.withUnsafeBufferPointer { t in
            // A line holds a dozen tokens or more; the array grows at most a few times past this.
            starts.reserveCapacity(t.count / 8 + 4)
            var i = 0
            while i < t.count {
                if t[i].lineStart { starts.append(i) }
                i &+= 1
            }
        }
        return starts
    }

    /// The line starts and the structure of `tokens`.
    static func structure(of tokens: [Token], vocabulary: Vocabulary, firstLineIsHeadline: Bool) -> ([Int], DocumentStructure) {
        var starts: [Int] = []
        for (i, t) in tokens.enumerated() where t.lineStart { starts.append(i) }
        // The structure pass reads one flag per token (the classes of DocumentStructure.vocabularyFlags, kept
        // by vocabulary id): a token outside the vocabulary has none.
        let flags = vocabulary.structureFlags
        let structure = DocumentStructure(tokens: tokens, lineStarts: starts, firstLineIsHeadline: firstLineIsHeadline) { i in
            guard i >= 0, i < tokens.count else { return [] }
            let id = Int(tokens[i].id)
            return id >= 0 && id < flags.count ? flags[id] : []
        }
        return (starts, structure)
    }

    public convenience init(raw: String, vocabulary: Vocabulary) {
        self.init(CleanText(normalizing: raw), vocabulary: vocabulary)
    }

    // MARK: Structure (see DocumentStructure): what the extractors ask about a position.

    /// The headline's tokens; empty when the page has none.
    public var headline: Range<Int> { structure.headline }
    /// The first token of the article's body (its dateline or first paragraph); the header before it holds
    /// chrome, the headline and captions.
    public var bodyStart: Int { structure.bodyStart }
    /// The lead: the first article paragraph (and the next when the first is short).
    public var lead: Range<Int> { structure.lead }

    /// The paragraph (= line) number of token `i`.
    public func paragraph(of i: Int) -> Int { line(of: i) }

    /// The token range of the paragraph of token `i`.
    public func paragraphRange(of i: Int) -> Range<Int> { lineRange(line(of: i)) }

    /// Whether line `n` is no part of the article: chrome, a caption, a date line, `Baca Juga`, a byline
    /// (the headline is part of it).
    public func isNoise(line n: Int) -> Bool {
        guard n >= 0, n < structure.kinds.count else { return true }
        let k = structure.kinds[n]
        return k != .paragraph && k != .headline
    }

    /// Whether token `i` stands on a noise line (see ``isNoise(line:)``).
    public func isNoise(token i: Int) -> Bool { isNoise(line: line(of: i)) }

    /// Whether token `i` is in the headline.
    public func inHeadline(_ i: Int) -> Bool { structure.headline.contains(i) }

    /// Whether token `i` is in the lead.
    public func inLead(_ i: Int) -> Bool { structure.lead.contains(i) }

    /// The folded form of token `i`: lower case, diacritics removed, dashes, quotes and slashes folded to their
    /// ASCII forms; "" for a position outside the text.
    public func folded(_ i: Int) -> String {
        guard i >= 0, i < tokens.count else { return "" }
        let t = tokens[i]
        return vocabulary.word(t.id) ?? Tokenizer.folded(t, in: folds)
    }

    /// Whether the folded form of token `i` is `word`, an ASCII word: `folded(i) == word` without making a string
    /// (a comparison of the token's folded bytes, or of strings when the folded form is not ASCII, where Unicode
    /// equivalence may make a longer form equal).
    @inline(__always)
    public func isWord(_ i: Int, _ word: StaticString) -> Bool {
        word.withUTF8Buffer { w in
            guard i >= 0, i < tokens.count else { return w.isEmpty }
            let t = tokens[i]
            guard t.foldASCII, word.isASCII else { return folded(i) == word.description }
            let n = Int(t.foldEnd) &- Int(t.foldStart)
            guard n == w.count else { return false }
            return folds.withUnsafeBufferPointer { f in
                guard let a = f.baseAddress, let b = w.baseAddress, Int(t.foldStart) >= 0, Int(t.foldEnd) <= f.count else { return n == 0 }
                let from = a + Int(t.foldStart)
                var k = 0
                while k < n {
                    if from[k] != b[k] { return false }
                    k &+= 1
                }
                return true
            }
        }
    }

    /// Whether the folded form of token `i` is one of `words` (ASCII words), as ``isWord(_:_:)``.
    @inline(__always)
    public func isWord(_ i: Int, in words: (StaticString, StaticString)) -> Bool { isWord(i, words.0) || isWord(i, words.1) }

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

    /// How far (in tokens, to each side) the extractors read a candidate's sentence for cue words.
    public static let nearLimit = 80

    /// The dashes a report writes between parts of a line: hyphen-minus, en dash, em dash (a dateline's, a list
    /// item's between its person and his office; round 43: one set for every extractor).
    public static let dashes: FoldedWords = ["-", "–", "—"]

    /// The sentence of token `i`, at most `limit` tokens to each side of it: what a check of the words near a
    /// candidate reads, so that a text of one endless sentence stays linear.
    public func sentenceRange(around i: Int, limit: Int) -> Range<Int> {
        guard i >= 0, i < tokens.count else { return i..<i }
        let s = tokens[i].sentence
        var lo = i
        while lo > 0, lo > i - limit, tokens[lo - 1].sentence == s { lo -= 1 }
        var hi = i
        while hi < tokens.count, hi <= i + limit, tokens[hi].sentence == s { hi += 1 }
        return lo..<hi
    }

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
        tokens.withUnsafeBufferPointer { tokens in
            var p = range.lowerBound
            while p < range.upperBound {
                if excluding.contains(p) { p = excluding.upperBound; continue }
                if p >= 0, lexicon.startsPhrase(tokens, at: p) { return true }
                p += 1
            }
            return false
        }
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

extension AnalyzedText {
    /// The index of the first token that starts at or after the scalar `offset` (`tokens.count` when none does).
    public func tokenIndex(atScalar offset: Int) -> Int {
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The tokens that an evidence span covers (its scalar offsets mapped back to token indices), or nil when
    /// it covers none.
    public func tokenRange(covering evidence: Evidence) -> Range<Int>? {
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].end <= evidence.start { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < tokens.count, tokens[end].start < evidence.end { end += 1 }
        return end > lo ? lo..<end : nil
    }
}
