/// A named list of phrases with values (month names to month numbers, regulation names to their canonical
/// type, region names to codes), compiled into a trie over vocabulary ids. A phrase is tokenized like a
/// document, so `Kab.Tegal`, `Kab. Tegal` and `kab . tegal` are the same phrase.
public struct Lexicon: Sendable {
    public let name: String
    /// The value of each trie node (node 0 is the root); nil when no phrase ends there.
    private var values: [String?] = [nil]
    /// The trie's edges in one open-addressing table keyed by (node, token id): no per-node dictionaries, and a
    /// step costs one multiply and usually one probe.
    private var edgeKeys: [UInt64] = Array(repeating: Lexicon.emptyKey, count: 16)
    private var edgeTargets: [Int32] = Array(repeating: 0, count: 16)
    private var edgeCount = 0
    public private(set) var maxLength = 0
    public private(set) var entryCount = 0
    /// Ids of one-token phrases.
    public private(set) var singleTokenIds: Set<Int32> = []
    /// Ids of the first token of every phrase.
    public private(set) var firstIds: Set<Int32> = []

    public init(name: String) { self.name = name }

    private static let emptyKey = UInt64.max

    @inline(__always)
    private static func key(_ node: Int32, _ id: Int32) -> UInt64 { UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id)) }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask }

    /// The child of `node` along token id `id`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ id: Int32) -> Int32 {
        if id < 0 { return -1 }
        let k = Lexicon.key(node, id)
        let mask = edgeKeys.count - 1
        var i = Lexicon.slot(k, mask)
        while true {
            let e = edgeKeys[i]
            if e == k { return edgeTargets[i] }
            if e == Lexicon.emptyKey { return -1 }
            i = (i + 1) & mask
        }
    }

    private mutating func addEdge(_ node: Int32, _ id: Int32, _ target: Int32) {
        if (edgeCount + 1) * 2 > edgeKeys.count {
            let oldKeys = edgeKeys, oldTargets = edgeTargets
            edgeKeys = Array(repeating: Lexicon.emptyKey, count: oldKeys.count * 2)
            edgeTargets = Array(repeating: 0, count: oldKeys.count * 2)
            for (i, k) in oldKeys.enumerated() where k != Lexicon.emptyKey { place(k, oldTargets[i]) }
        }
        place(Lexicon.key(node, id), target)
        edgeCount += 1
    }

    private mutating func place(_ k: UInt64, _ target: Int32) {
        let mask = edgeKeys.count - 1
        var i = Lexicon.slot(k, mask)
        while edgeKeys[i] != Lexicon.emptyKey { i = (i + 1) & mask }
        edgeKeys[i] = k
        edgeTargets[i] = target
    }

    public enum AddResult: Equatable { case added, empty, duplicate(existing: String) }

    /// Adds a phrase with its value; a phrase already present keeps its first value.
    @discardableResult
    public mutating func add(phrase: String, value: String, vocabulary: inout Vocabulary) -> AddResult {
        let words = PatternParser.literalTokens(phrase)
        guard !words.isEmpty else { return .empty }
        var node: Int32 = 0
        for w in words {
            let id = vocabulary.intern(w)
            let next = child(node, id)
            if next >= 0 {
                node = next
            } else {
                values.append(nil)
                let created = Int32(values.count - 1)
                addEdge(node, id, created)
                node = created
            }
        }
        if let existing = values[Int(node)] {
            return existing == value ? .added : .duplicate(existing: existing)
        }
        values[Int(node)] = value
        entryCount += 1
        maxLength = max(maxLength, words.count)
        if words.count == 1 { singleTokenIds.insert(vocabulary.id(words[0])) }
        firstIds.insert(vocabulary.id(words[0]))
        return .added
    }

    /// Every phrase that starts at token `position`, longest first, as (length in tokens, value).
    public func matches(_ tokens: [Token], at position: Int) -> [(length: Int, value: String)] {
        var out: [(Int, String)] = []
        var node: Int32 = 0
        var p = position
        while p < tokens.count {
            let next = child(node, tokens[p].id)
            if next < 0 { break }
            node = next
            p += 1
            if let v = values[Int(node)] { out.append((p - position, v)) }
        }
        return out.reversed()
    }

    /// The lengths of every phrase that starts at `position`, shortest first, appended to `out` (no allocation
    /// when `out` has capacity).
    @inline(__always)
    public func lengths(_ tokens: [Token], at position: Int, into out: inout [Int]) {
        var node: Int32 = 0
        var p = position
        while p < tokens.count {
            let next = child(node, tokens[p].id)
            if next < 0 { break }
            node = next
            p += 1
            if values[Int(node)] != nil { out.append(p - position) }
        }
    }

    /// ``lengths(_:at:into:)`` over an unsafe view of the tokens (the matching machine's).
    @inline(__always)
    func lengths(_ tokens: UnsafeBufferPointer<Token>, at position: Int, into out: inout [Int]) {
        var node: Int32 = 0
        var p = position
        while p < tokens.count {
            let next = child(node, tokens[p].id)
            if next < 0 { break }
            node = next
            p += 1
            if values[Int(node)] != nil { out.append(p - position) }
        }
    }

    /// The longest phrase starting at `position`.
    public func longest(_ tokens: [Token], at position: Int) -> (length: Int, value: String)? {
        var node: Int32 = 0
        var p = position
        var best: (Int, String)? = nil
        while p < tokens.count {
            let next = child(node, tokens[p].id)
            if next < 0 { break }
            node = next
            p += 1
            if let v = values[Int(node)] { best = (p - position, v) }
        }
        return best
    }

    /// The value of exactly the tokens `range`, if they form a phrase.
    public func value(_ tokens: [Token], _ range: Range<Int>) -> String? {
        var node: Int32 = 0
        for p in range {
            guard p < tokens.count else { return nil }
            let next = child(node, tokens[p].id)
            if next < 0 { return nil }
            node = next
        }
        return range.isEmpty ? nil : values[Int(node)]
    }

    /// The value of a phrase given as text.
    public func value(of phrase: String, vocabulary: Vocabulary) -> String? {
        var node: Int32 = 0
        let words = PatternParser.literalTokens(phrase)
        for w in words {
            let next = child(node, vocabulary.id(w))
            if next < 0 { return nil }
            node = next
        }
        return words.isEmpty ? nil : values[Int(node)]
    }
}
