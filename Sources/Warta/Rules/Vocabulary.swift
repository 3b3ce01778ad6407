/// Interns every folded word that a rule or lexicon names, so that matching compares integers. Lookups of
/// document tokens go through an open-addressing table with an FNV-1a hash of the UTF-8 bytes, which is
/// several times faster than `Dictionary<String, _>` on short words.
public struct Vocabulary: Sendable {
    public private(set) var ids: [String: Int32] = [:]
    private var table: [Slot] = []
    private var mask = 0

    struct Slot: Sendable {
        var hash: UInt64
        var id: Int32
        var word: String
    }

    public init() {}

    public mutating func intern(_ word: String) -> Int32 {
        if let id = ids[word] { return id }
        let id = Int32(ids.count)
        ids[word] = id
        insert(word, id)
        return id
    }

    public func id(_ word: String) -> Int32 { lookup(word) }

    @inline(__always)
    static func hash(_ word: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in word.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h | 1  // never 0: 0 marks an empty slot
    }

    private mutating func insert(_ word: String, _ id: Int32) {
        if (ids.count + 1) * 2 > table.count {
            let old = table
            let capacity = max(64, (table.count * 2))
            table = Array(repeating: Slot(hash: 0, id: -1, word: ""), count: capacity)
            mask = capacity - 1
            for s in old where s.hash != 0 { place(s) }
        }
        place(Slot(hash: Vocabulary.hash(word), id: id, word: word))
    }

    private mutating func place(_ s: Slot) {
        var i = Int(truncatingIfNeeded: s.hash) & mask
        while table[i].hash != 0 { i = (i + 1) & mask }
        table[i] = s
    }

    @inline(__always)
    func lookup(_ word: String) -> Int32 {
        guard !table.isEmpty else { return -1 }
        let h = Vocabulary.hash(word)
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let slot = table[i]
            if slot.hash == 0 { return -1 }
            if slot.hash == h, slot.word == word { return slot.id }
            i = (i + 1) & mask
        }
    }

    /// Sets each token's `id` to its word's vocabulary id (-1 for words no rule names).
    public func assign(_ tokens: inout [Token]) {
        for i in tokens.indices { tokens[i].id = lookup(tokens[i].folded) }
    }
}
