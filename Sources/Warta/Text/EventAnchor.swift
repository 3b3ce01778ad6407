/// THE event of a report, as token positions: the mention that decided it (in the headline or the lead when
/// the report has one there) and every later mention of the same event (its type word again, `kegiatan
/// tersebut`, `acara ini`). Built by ``EventExtractor`` and handed to every extractor that attaches a value to
/// the event.
///
/// **For extractors (dates, location, organizers, speakers, participants).** Collect every candidate with its
/// token range, then choose with one ranking: `anchor.rank(candidate.range, in: text)` sorts candidates that
/// share a sentence with a mention of the event first, then those in a paragraph of a mention, then the
/// lead, then the rest of the body, then the header; candidates on noise lines (`Baca Juga`, bylines, chrome)
/// come last; ties go to the one nearer (in tokens) to a mention, then the earlier. `anchor.proximity(of:in:)`
/// gives the class alone, for scores. Without an anchor (no event found), rank by position.
///
/// Round 33 (OCC33): the sentences that tell **another occurrence** of a training (`Sebelumnya, ... juga menggelar
/// pelatihan serupa di ...`, `Kegiatan serupa pernah digelar ... pada 2021`, and the sentences that go on about it,
/// `Saat itu ...`) are `other`: a position in one of them is as far from the event as a noise line
/// (`proximity` says `.noise`), and the venue, the counts with their groups, the organizers and the speakers leave
/// out what stands there (`isOther(_:in:)`). The event's own mentions there are not the event's.
public final class EventAnchor: Sendable {
    /// How close a position stands to the event's mentions; smaller is closer.
    public enum Proximity: Int, Sendable, Comparable {
        case sameSentence = 0, sameParagraph, lead, body, header, noise
        public static func < (a: Proximity, b: Proximity) -> Bool { a.rawValue < b.rawValue }
    }

    /// The mention that decided the event.
    public let primary: Range<Int>
    /// Every mention of the event, sorted by position (the primary among them).
    public let mentions: [Range<Int>]
    /// The sentence and line numbers of the mentions, sorted.
    let sentences: [Int]
    let lines: [Int]
    /// For each mention (in order), the largest end among it and the mentions before it: the distance to the
    /// nearest mention is then a binary search, not a loop over every mention.
    let maxEnd: [Int]
    /// The sentence numbers of the sentences that tell another occurrence of a training, sorted (round 33).
    public let other: [Int]

    public init(primary: Range<Int>, mentions: [Range<Int>], other: [Int] = [], in text: AnalyzedText) {
        self.primary = primary
        self.other = other
        var all = mentions
        if !all.contains(primary) { all.append(primary) }
        all.sort { $0.lowerBound < $1.lowerBound }
        self.mentions = all
        let t = text.tokens
        // Mentions are sorted by position, so their sentence and line numbers come sorted: drop repeats.
        var s: [Int] = []
        var l: [Int] = []
        s.reserveCapacity(all.count)
        l.reserveCapacity(all.count)
        for m in all where m.lowerBound < t.count {
            let sentence = t[m.lowerBound].sentence
            if s.last != sentence { s.append(sentence) }
            let line = text.line(of: m.lowerBound)
            if l.last != line { l.append(line) }
        }
        sentences = s
        lines = l
        var ends: [Int] = []
        ends.reserveCapacity(all.count)
        for m in all { ends.append(max(ends.last ?? Int.min, m.upperBound)) }
        maxEnd = ends
    }

    static func has(_ sorted: [Int], _ x: Int) -> Bool {
        var lo = 0
        var hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo < sorted.count && sorted[lo] == x
    }

    /// The proximity class of token `i`.
    public func proximity(of i: Int, in text: AnalyzedText) -> Proximity {
        guard i >= 0, i < text.tokens.count else { return .noise }
        let line = text.line(of: i)
        if text.isNoise(line: line) { return .noise }
        if !other.isEmpty, Self.has(other, text.tokens[i].sentence) { return .noise }
        if Self.has(sentences, text.tokens[i].sentence) { return .sameSentence }
        if Self.has(lines, line) { return .sameParagraph }
        if text.inLead(i) { return .lead }
        if i >= text.bodyStart { return .body }
        return .header
    }

    /// Whether token `i` stands in a sentence that tells another occurrence of a training (round 33).
    public func isOther(_ i: Int, in text: AnalyzedText) -> Bool {
        guard !other.isEmpty, i >= 0, i < text.tokens.count else { return false }
        return Self.has(other, text.tokens[i].sentence)
    }

    /// The distance in tokens from token `i` to the nearest mention (0 inside one), in O(log mentions).
    public func distance(of i: Int) -> Int {
        // The first mention that starts after i.
        var lo = 0
        var hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].lowerBound <= i { lo = mid + 1 } else { hi = mid }
        }
        var best = lo < mentions.count ? mentions[lo].lowerBound - i : Int.max
        // Those that start at or before i: the one that reaches furthest.
        if lo > 0 {
            let end = maxEnd[lo - 1]
            best = min(best, i >= end ? i - end + 1 : 0)
        }
        return best
    }

    /// How near token `i` stands to the primary mention alone, as a score: its sentence 1, its paragraph 0.5,
    /// the three sentences after it 0.25, else 0. For what describes the event right after the report announces
    /// it (the list of its participants), where a later mention of the same event is no better than any sentence.
    public func nearPrimary(_ i: Int, in text: AnalyzedText) -> Double {
        let t = text.tokens
        guard i >= 0, i < t.count, primary.lowerBound < t.count else { return 0 }
        let s = t[primary.lowerBound].sentence
        if t[i].sentence == s { return 1 }
        if text.line(of: i) == text.line(of: primary.lowerBound) { return 0.5 }
        let d = t[i].sentence - s
        return d > 0 && d <= 3 ? 0.25 : 0
    }

    /// A sort key for a candidate at tokens `range`: (proximity class, distance to the nearest mention, start);
    /// smaller is better.
    public func rank(_ range: Range<Int>, in text: AnalyzedText) -> (Int, Int, Int) {
        (proximity(of: range.lowerBound, in: text).rawValue, distance(of: range.lowerBound), range.lowerBound)
    }
}
