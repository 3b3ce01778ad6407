/// A named list of phrases with values (month names to month numbers, regulation names to their canonical
/// type, region names to codes), compiled into a trie over vocabulary ids. A phrase is tokenized like a
/// document, so `Kab.Tegal`, `Kab. Tegal` and `kab . tegal` are the same phrase.
public struct Lexicon: Sendable {
    public let name: String
    struct Node: Sendable {
        var children: [Int32: Int32] = [:]
        var value: String? = nil
    }
    private var nodes: [Node] = [Node()]
    public private(set) var maxLength = 0
    public private(set) var entryCount = 0
    /// Ids of one-token phrases.
    public private(set) var singleTokenIds: Set<Int32> = []
    /// Ids of the first token of every phrase.
    public private(set) var firstIds: Set<Int32> = []

    public init(name: String) { self.name = name }

    public enum AddResult: Equatable { case added, empty, duplicate(existing: String) }

    /// Adds a phrase with its value; a phrase already present keeps its first value.
    @discardableResult
    public mutating func add(phrase: String, value: String, vocabulary: inout Vocabulary) -> AddResult {
        let words = PatternParser.literalTokens(phrase)
        guard !words.isEmpty else { return .empty }
        var node: Int32 = 0
        for w in words {
            let id = vocabulary.intern(w)
            if let next = nodes[Int(node)].children[id] {
                node = next
            } else {
                nodes.append(Node())
                let next = Int32(nodes.count - 1)
                nodes[Int(node)].children[id] = next
                node = next
            }
        }
        if let existing = nodes[Int(node)].value {
            return existing == value ? .added : .duplicate(existing: existing)
        }
        nodes[Int(node)].value = value
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
        while p < tokens.count, let next = nodes[Int(node)].children[tokens[p].id] {
            node = next
            p += 1
            if let v = nodes[Int(node)].value { out.append((p - position, v)) }
        }
        return out.reversed()
    }

    /// The lengths of every phrase that starts at `position`, shortest first, appended to `out` (no allocation
    /// when `out` has capacity).
    @inline(__always)
    public func lengths(_ tokens: [Token], at position: Int, into out: inout [Int]) {
        var node: Int32 = 0
        var p = position
        while p < tokens.count, let next = nodes[Int(node)].children[tokens[p].id] {
            node = next
            p += 1
            if nodes[Int(node)].value != nil { out.append(p - position) }
        }
    }

    /// The longest phrase starting at `position`.
    public func longest(_ tokens: [Token], at position: Int) -> (length: Int, value: String)? {
        var node: Int32 = 0
        var p = position
        var best: (Int, String)? = nil
        while p < tokens.count, let next = nodes[Int(node)].children[tokens[p].id] {
            node = next
            p += 1
            if let v = nodes[Int(node)].value { best = (p - position, v) }
        }
        return best
    }

    /// The value of exactly the tokens `range`, if they form a phrase.
    public func value(_ tokens: [Token], _ range: Range<Int>) -> String? {
        var node: Int32 = 0
        for p in range {
            guard p < tokens.count, let next = nodes[Int(node)].children[tokens[p].id] else { return nil }
            node = next
        }
        return range.isEmpty ? nil : nodes[Int(node)].value
    }

    /// The value of a phrase given as text.
    public func value(of phrase: String, vocabulary: Vocabulary) -> String? {
        var node: Int32 = 0
        let words = PatternParser.literalTokens(phrase)
        for w in words {
            guard let next = nodes[Int(node)].children[vocabulary.id(w)] else { return nil }
            node = next
        }
        return words.isEmpty ? nil : nodes[Int(node)].value
    }
}
