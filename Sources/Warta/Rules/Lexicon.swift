/// A named list of phrases with values (month names to month numbers, regulation names to their canonical
/// type, region names to codes), compiled into a trie over vocabulary ids. A phrase is tokenized like a
/// document, so `Kab.Tegal`, `Kab. Tegal` and `kab . tegal` are the same phrase.
public struct Lexicon: Sendable {
    public let name: String
    /// The value of each trie node (node 0 is the root); nil when no phrase ends there.
    private var values: [String?] = [nil]
    /// The trie's edges and end marks in manually managed memory (copied on write), so that the matching
    /// machine reads them through plain pointers, with no reference counting per step.
    private var trie = Trie()
    public private(set) var maxLength = 0
    public private(set) var entryCount = 0
    /// Ids of one-token phrases.
    public private(set) var singleTokenIds: Set<Int32> = []
    /// Round 16: `singleTokenIds` as a bitset, kept as the lexicon grows: a pattern's test of the lexicon as one
    /// token (`@name`) made it anew from the set, 25,471 times and about 82 million instructions per start.
    public private(set) var singleTokenIdSet = IdSet()
    /// Ids of the first token of every phrase.
    public private(set) var firstIds: Set<Int32> = []
    /// Round 20: `firstIds` as 64 bits (id modulo 64), kept as the lexicon grows: a token whose bit is not set
    /// starts no phrase, and the look-ups below answer without asking the trie.
    private(set) var firstMask: UInt64 = 0

    public init(name: String) { self.name = name }

    /// The trie's edges in one open-addressing table keyed by (node, token id): no per-node dictionaries, and
    /// a step costs one multiply and usually one probe. Mutated only while the lexicon is built.
    final class Trie: @unchecked Sendable {
        static let emptyKey = UInt64.max
        private(set) var keys: UnsafeMutablePointer<UInt64>
        private(set) var targets: UnsafeMutablePointer<Int32>
        private(set) var capacity: Int
        private(set) var edges = 0
        /// Whether a phrase ends at each node.
        private(set) var ends: UnsafeMutablePointer<Bool>
        private(set) var endCapacity: Int
        private(set) var nodes = 1

        init(capacity: Int = 16, endCapacity: Int = 16) {
            self.capacity = capacity
            keys = .allocate(capacity: capacity)
            keys.initialize(repeating: Trie.emptyKey, count: capacity)
            targets = .allocate(capacity: capacity)
            targets.initialize(repeating: 0, count: capacity)
            self.endCapacity = endCapacity
            ends = .allocate(capacity: endCapacity)
            ends.initialize(repeating: false, count: endCapacity)
        }

        deinit {
            keys.deallocate()
            targets.deallocate()
            ends.deallocate()
        }

        func copy() -> Trie {
            let t = Trie(capacity: capacity, endCapacity: endCapacity)
            t.keys.update(from: keys, count: capacity)
            t.targets.update(from: targets, count: capacity)
            t.ends.update(from: ends, count: endCapacity)
            t.edges = edges
            t.nodes = nodes
            return t
        }

        var view: TrieView { TrieView(keys: keys, targets: targets, ends: ends, mask: capacity - 1) }

        /// Adds a node and returns its number.
        func addNode() -> Int32 {
            if nodes == endCapacity {
                let grown = UnsafeMutablePointer<Bool>.allocate(capacity: endCapacity * 2)
                grown.initialize(repeating: false, count: endCapacity * 2)
                grown.update(from: ends, count: endCapacity)
                ends.deallocate()
                ends = grown
                endCapacity *= 2
            }
            nodes += 1
            return Int32(nodes - 1)
        }

        func markEnd(_ node: Int32) { ends[Int(node)] = true }

        func addEdge(_ node: Int32, _ id: Int32, _ target: Int32) {
            if (edges + 1) * 2 > capacity {
                let oldKeys = keys, oldTargets = targets, oldCapacity = capacity
                capacity *= 2
                keys = .allocate(capacity: capacity)
                keys.initialize(repeating: Trie.emptyKey, count: capacity)
                targets = .allocate(capacity: capacity)
                targets.initialize(repeating: 0, count: capacity)
                for i in 0..<oldCapacity where oldKeys[i] != Trie.emptyKey { place(oldKeys[i], oldTargets[i]) }
                oldKeys.deallocate()
                oldTargets.deallocate()
            }
            place(TrieView.key(node, id), target)
            edges += 1
        }

        private func place(_ k: UInt64, _ target: Int32) {
            let mask = capacity - 1
            var i = TrieView.slot(k, mask)
            while keys[i] != Trie.emptyKey { i = (i + 1) & mask }
            keys[i] = k
            targets[i] = target
        }
    }

    /// A read-only view of a trie through plain pointers; valid while its lexicon lives.
    struct TrieView: @unchecked Sendable {
        let keys: UnsafePointer<UInt64>
        let targets: UnsafePointer<Int32>
        let ends: UnsafePointer<Bool>
        let mask: Int

        @inline(__always)
        static func key(_ node: Int32, _ id: Int32) -> UInt64 { UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id)) }

        @inline(__always)
        static func slot(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask }

        /// The child of `node` along token id `id`, or -1.
        @inline(__always)
        func child(_ node: Int32, _ id: Int32) -> Int32 {
            if id < 0 { return -1 }
            let k = TrieView.key(node, id)
            var i = TrieView.slot(k, mask)
            while true {
                let e = keys[i]
                if e == k { return targets[i] }
                if e == Trie.emptyKey { return -1 }
                i = (i + 1) & mask
            }
        }

        /// The lengths of every phrase that starts at `position`, shortest first, written to `out` (room for the
        /// lexicon's longest phrase); returns how many.
        @inline(__always)
        func lengths(_ tokens: UnsafeBufferPointer<Token>, at position: Int, into out: UnsafeMutableBufferPointer<Int32>) -> Int {
            var node: Int32 = 0
            var p = position
            var count = 0
            while p < tokens.count {
                let next = child(node, tokens[p].id)
                if next < 0 { break }
                node = next
                p += 1
                if ends[Int(node)] {
                    out[count] = Int32(p - position)
                    count += 1
                }
            }
            return count
        }
    }

    /// Every value of the lexicon (each once per phrase that has it).
    public var allValues: [String] { values.compactMap { $0 } }

    /// The view the matching machine reads (valid while this lexicon, or a copy of it, lives).
    var view: TrieView { trie.view }

    @inline(__always)
    func child(_ node: Int32, _ id: Int32) -> Int32 { trie.view.child(node, id) }

    private func addEdgeAndCheck(_ node: Int32, _ id: Int32, _ target: Int32) {
        precondition(Int(target) == values.count - 1, "trie nodes and values stay in step")
        trie.addEdge(node, id, target)
    }

    public enum AddResult: Equatable { case added, empty, duplicate(existing: String) }

    /// Adds a phrase with its value; a phrase already present keeps its first value.
    @discardableResult
    public mutating func add(phrase: String, value: String, vocabulary: inout Vocabulary) -> AddResult {
        let words = PatternParser.literalTokens(phrase)
        guard !words.isEmpty else { return .empty }
        if !isKnownUniquelyReferenced(&trie) { trie = trie.copy() }
        var node: Int32 = 0
        for w in words {
            let id = vocabulary.intern(w)
            let next = child(node, id)
            if next >= 0 {
                node = next
            } else {
                values.append(nil)
                let created = trie.addNode()
                addEdgeAndCheck(node, id, created)
                node = created
            }
        }
        if let existing = values[Int(node)] {
            return existing == value ? .added : .duplicate(existing: existing)
        }
        values[Int(node)] = value
        trie.markEnd(node)
        entryCount += 1
        maxLength = max(maxLength, words.count)
        if words.count == 1 {
            let id = vocabulary.id(words[0])
            singleTokenIds.insert(id)
            singleTokenIdSet.insert(id)
        }
        let first = vocabulary.id(words[0])
        firstIds.insert(first)
        if first >= 0 { firstMask |= 1 << UInt64(first & 63) }
        return .added
    }

    /// Every phrase that starts at token `position`, longest first, as (length in tokens, value).
    public func matches(_ tokens: [Token], at position: Int) -> [(length: Int, value: String)] {
        guard mayStart(tokens, at: position) else { return [] }
        let trie = self.trie.view
        var out: [(Int, String)] = []
        var node: Int32 = 0
        var p = position
        while p < tokens.count {
            let next = trie.child(node, tokens[p].id)
            if next < 0 { break }
            node = next
            p += 1
            if let v = values[Int(node)] { out.append((p - position, v)) }
        }
        return out.reversed()
    }

    /// Whether a phrase may start at `position` (false only when none does: the token there is unknown or its
    /// bit is not among the first words'; at the end of the tokens, or before them, true, and the callers' loops
    /// decide as before).
    @inline(__always)
    func mayStart(_ tokens: [Token], at position: Int) -> Bool {
        guard position >= 0, position < tokens.count else { return true }
        let id = tokens[position].id
        return id >= 0 && firstMask & (1 << UInt64(id & 63)) != 0
    }

    /// The longest phrase starting at `position`.
    public func longest(_ tokens: [Token], at position: Int) -> (length: Int, value: String)? {
        // Round 18: a position before the text (`i - 1` at its first token) has no phrase; it read `tokens[-1]`.
        guard position >= 0, mayStart(tokens, at: position) else { return nil }
        let trie = self.trie.view
        var node: Int32 = 0
        var p = position
        var best: (Int, String)? = nil
        while p < tokens.count {
            let next = trie.child(node, tokens[p].id)
            if next < 0 { break }
            node = next
            p += 1
            if let v = values[Int(node)] { best = (p - position, v) }
        }
        return best
    }

    /// Whether a phrase starts at `position`: ``longest(_:at:)`` is not nil (a phrase ends at a node exactly
    /// when it has a value), without reading a value.
    func startsPhrase(_ tokens: UnsafeBufferPointer<Token>, at position: Int) -> Bool {
        if position >= 0, position < tokens.count {
            let id = tokens[position].id
            guard id >= 0, firstMask & (1 << UInt64(id & 63)) != 0 else { return false }
        }
        let trie = self.trie.view
        var node: Int32 = 0
        var p = position
        while p < tokens.count {
            let next = trie.child(node, tokens[p].id)
            if next < 0 { return false }
            node = next
            p += 1
            if trie.ends[Int(node)] { return true }
        }
        return false
    }

    /// The value of exactly the tokens `range`, if they form a phrase.
    public func value(_ tokens: [Token], _ range: Range<Int>) -> String? {
        let trie = self.trie.view
        var node: Int32 = 0
        for p in range {
            guard p >= 0, p < tokens.count else { return nil }
            let next = trie.child(node, tokens[p].id)
            if next < 0 { return nil }
            node = next
        }
        return range.isEmpty ? nil : values[Int(node)]
    }

    /// The value of a phrase given as text.
    public func value(of phrase: String, vocabulary: Vocabulary) -> String? {
        let trie = self.trie.view
        var node: Int32 = 0
        let words = PatternParser.literalTokens(phrase)
        for w in words {
            let next = trie.child(node, vocabulary.id(w))
            if next < 0 { return nil }
            node = next
        }
        return words.isEmpty ? nil : values[Int(node)]
    }
}

extension Array where Element == Lexicon {
    /// The length of the longest phrase of the first lexicon (in the array's order) that has one starting at `p`.
    /// Each lexicon is read in place: a lazy map over the array copies each one, reference counts on storage that
    /// every worker thread shares.
    func firstLongestLength(_ tokens: [Token], at p: Int) -> Int? {
        for i in indices {
            if let m = self[i].longest(tokens, at: p) { return m.length }
        }
        return nil
    }
}
