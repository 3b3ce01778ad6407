/// A fixed set of folded words that extractors test tokens against (`Self.villageWords.contains(p, in: text)`):
/// the same answers as a `Set<String>` of them, without hashing the asked word in the common case.
///
/// A word of at most eight ASCII bytes is packed into one integer (its bytes from the low end, zero-padded: a
/// folded word holds no zero byte) and looked up in a sorted array; longer ASCII words in a set of their own. Two
/// ASCII strings are equal exactly when their bytes are, so this is `Set<String>.contains`. A word with bytes beyond
/// ASCII, or any question to a set that holds such a word, goes to the `Set<String>` (Unicode equivalence can make
/// strings of different bytes equal there).
public struct FoldedWords: Sendable, ExpressibleByArrayLiteral, Sequence {
    /// Every word, for the questions the packed keys cannot answer (and for iteration).
    public let all: Set<String>
    /// The packed keys of the ASCII words of at most eight bytes, sorted.
    private let short: [UInt64]
    /// The ASCII words of more than eight bytes.
    private let long: Set<String>
    /// Round 30 (SPEED30): the ASCII words of nine to sixteen bytes packed as two keys (the first eight bytes, the
    /// rest zero-padded), sorted, for ``contains(_:in:)``; and whether any ASCII word is longer than sixteen.
    private let pairs: [Pair]
    private let anyLonger: Bool
    /// Bit `n` for every length `n` (0...16) of an ASCII word: a token of another length is none of them.
    private let lengths: UInt32
    struct Pair: Comparable, Sendable {
        var head: UInt64
        var tail: UInt64
        static func < (a: Pair, b: Pair) -> Bool { a.head != b.head ? a.head < b.head : a.tail < b.tail }
    }
    /// Every word is ASCII.
    private let allASCII: Bool

    public init<S: Sequence>(_ words: S) where S.Element == String {
        let all = Set(words)
        var short: [UInt64] = []
        var long: Set<String> = []
        var allASCII = true
        var pairs: [Pair] = []
        var anyLonger = false
        var lengths: UInt32 = 0
        for w in all {
            if let k = FoldedWords.key(w) {
                short.append(k)
                lengths |= 1 << UInt32(w.utf8.count)
            } else if w.utf8.allSatisfy({ $0 < 0x80 && $0 != 0 }) {
                long.insert(w)
                if let k = Array(w.utf8).withUnsafeBufferPointer({ FoldedWords.packed($0) }) {
                    pairs.append(Pair(head: k.head, tail: k.tail))
                    lengths |= 1 << UInt32(k.length)
                } else {
                    anyLonger = true
                }
            } else {
                allASCII = false
            }
        }
        self.all = all
        self.short = short.sorted()
        self.long = long
        self.allASCII = allASCII
        self.pairs = pairs.sorted()
        self.anyLonger = anyLonger
        self.lengths = lengths
    }

    public init(arrayLiteral words: String...) { self.init(words) }

    /// The packed key of `w` when it is at most eight ASCII bytes, none of them zero.
    @inline(__always)
    static func key(_ w: String) -> UInt64? {
        let u = w.utf8
        guard u.count <= 8 else { return nil }
        var k: UInt64 = 0
        var shift: UInt64 = 0
        for b in u {
            guard b < 0x80, b != 0 else { return nil }
            k |= UInt64(b) &<< shift
            shift &+= 8
        }
        return k
    }

    /// Whether `word` is one of the words (exactly `Set<String>.contains`).
    public func contains(_ word: String) -> Bool {
        guard allASCII else { return all.contains(word) }
        var w = word
        // nil: the word has bytes beyond ASCII, and only the strings can answer.
        let answer = w.withUTF8 { b -> Bool? in
            let n = b.count
            var any: UInt8 = 0
            var zero = false
            var k: UInt64 = 0
            var i = 0
            while i < n {
                let x = b[i]
                any |= x
                zero = zero || x == 0
                if i < 8 { k |= UInt64(x) &<< (UInt64(truncatingIfNeeded: i) &* 8) }
                i &+= 1
            }
            if any >= 0x80 { return nil }
            // ASCII: equal strings are equal bytes, and no word here holds a zero byte.
            if zero { return false }
            return n <= 8 ? FoldedWords.sortedContains(short, k) : !long.isEmpty && long.contains(word)
        }
        return answer ?? all.contains(word)
    }

    /// Whether the sorted `keys` hold `k` (a binary search: the short words' keys, or the pairs of the longer ones).
    @inline(__always)
    private static func sortedContains<K: Comparable>(_ keys: [K], _ k: K) -> Bool {
        keys.withUnsafeBufferPointer { keys in
            var lo = 0
            var hi = keys.count
            while lo < hi {
                let mid = (lo &+ hi) &>> 1
                if keys[mid] < k { lo = mid &+ 1 } else { hi = mid }
            }
            return lo < keys.count && keys[lo] == k
        }
    }

    /// Round 30 (SPEED30): a token's folded form packed for ``contains(_:)-(TokenKey)``: its length and its bytes
    /// from the low end of `head` (the first eight) and `tail` (the next eight), zero-padded.
    public struct TokenKey: Sendable {
        public var length: Int
        var head: UInt64
        var tail: UInt64
    }

    /// The key of token `i` of `text` when its folded form is ASCII, of at most sixteen bytes, none of them zero
    /// (those bytes are the folded form, as ``AnalyzedText/isWord(_:_:)`` reads them); nil otherwise.
    @inline(__always)
    public static func key(of i: Int, in text: AnalyzedText) -> TokenKey? {
        guard i >= 0, i < text.tokens.count else { return nil }
        let t = text.tokens[i]
        let from = Int(t.foldStart)
        let n = Int(t.foldEnd) &- from
        guard t.foldASCII, n >= 0, n <= 16 else { return nil }
        return text.folds.withUnsafeBufferPointer { f -> TokenKey? in
            guard from >= 0, from &+ n <= f.count else { return nil }
            return packed(UnsafeBufferPointer(rebasing: f[from..<(from &+ n)]))
        }
    }

    /// The key of the bytes `b` (a word of the set, or a token's folded form): their length, the first eight bytes from
    /// the low end of `head` and the next eight of `tail`, zero-padded; nil when they are more than sixteen or one of
    /// them is zero or beyond ASCII.
    @inline(__always)
    static func packed(_ b: UnsafeBufferPointer<UInt8>) -> TokenKey? {
        let n = b.count
        guard n <= 16 else { return nil }
        var head: UInt64 = 0
        var tail: UInt64 = 0
        var j = 0
        while j < n {
            let x = b[j]
            if x >= 0x80 || x == 0 { return nil }
            if j < 8 {
                head |= UInt64(x) &<< (UInt64(truncatingIfNeeded: j) &* 8)
            } else {
                tail |= UInt64(x) &<< (UInt64(truncatingIfNeeded: j &- 8) &* 8)
            }
            j &+= 1
        }
        return TokenKey(length: n, head: head, tail: tail)
    }

    /// Whether the token of `key` is one of the words, exactly `contains(text.folded(i))`: two ASCII strings are
    /// equal exactly when their bytes are. Nil when a word is not ASCII (only the strings can answer then).
    @inline(__always)
    public func contains(_ key: TokenKey) -> Bool? {
        guard allASCII else { return nil }
        guard key.length <= 16, lengths & (1 << UInt32(truncatingIfNeeded: key.length)) != 0 else { return false }
        return key.length <= 8 ? FoldedWords.sortedContains(short, key.head) : FoldedWords.sortedContains(pairs, Pair(head: key.head, tail: key.tail))
    }

    /// ``contains(_:in:)`` for token `i` whose key (``key(of:in:)``) was made once for several sets.
    @inline(__always)
    public func contains(_ key: TokenKey?, token i: Int, in text: AnalyzedText) -> Bool {
        if let key, let answer = contains(key) { return answer }
        return contains(i, in: text)
    }

    /// Round 30 (SPEED30): whether the folded form of token `i` of `text` is one of the words, exactly
    /// `contains(text.folded(i))`, without making the string when every word is ASCII and the token's folded form
    /// has a key (``key(of:in:)``), or is ASCII and longer than every word. Anything else asks ``contains(_:)-(String)``.
    @inline(__always)
    public func contains(_ i: Int, in text: AnalyzedText) -> Bool {
        if allASCII, i >= 0, i < text.tokens.count {
            // An ASCII folded form of a length no word has is none of them: its bytes are not read.
            let t = text.tokens[i]
            let n = Int(t.foldEnd) &- Int(t.foldStart)
            if t.foldASCII, n >= 0 {
                if n > 16 { if !anyLonger { return false } } else if lengths & (1 << UInt32(truncatingIfNeeded: n)) == 0 { return false }
            }
            if let k = FoldedWords.key(of: i, in: text), let answer = contains(k) { return answer }
        }
        return contains(text.folded(i))
    }

    /// Round 38: whether one of the words stands before token `i` in its sentence, at most `window` tokens back; the
    /// walk ends at the first word of `stops` (checked after the words). One walk of at most `window` tokens.
    public func standsBefore(_ i: Int, within window: Int, in text: AnalyzedText, stoppingAt stops: FoldedWords? = nil) -> Bool {
        let t = text.tokens
        guard i >= 0, i < t.count else { return false }
        var p = i - 1
        while p >= 0, p >= i - window, t[p].sentence == t[i].sentence {
            if contains(p, in: text) { return true }
            if let stops, stops.contains(p, in: text) { return false }
            p -= 1
        }
        return false
    }

    public var isEmpty: Bool { all.isEmpty }
    public var count: Int { all.count }
    public func makeIterator() -> Set<String>.Iterator { all.makeIterator() }
}

extension Set where Element == String {
    /// `contains(text.folded(i))`, so that a call written for ``FoldedWords/contains(_:in:)`` reads a set of strings
    /// the same way.
    @inline(__always)
    func contains(_ i: Int, in text: AnalyzedText) -> Bool { contains(text.folded(i)) }
}
