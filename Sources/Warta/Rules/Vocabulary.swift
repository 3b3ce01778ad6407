/// Interns every folded word that a rule or lexicon names, so that matching compares integers. Lookups of
/// document tokens go through an open-addressing table keyed by an FNV-1a hash of the folded UTF-8 bytes, which
/// the tokenizer computes while it folds a word; a word found there reuses the interned string.
public struct Vocabulary: Sendable {
    public private(set) var ids: [String: Int32] = [:]
    private var table: [Slot] = []
    private var mask = 0
    /// The UTF-8 bytes of every interned word, back to back.
    private var pool: [UInt8] = []
    private var words: [String] = []
    /// The trigger words of the rule set's patterns (set once every pattern is compiled).
    public internal(set) var triggers: TriggerTable?

    struct Slot: Sendable {
        var hash: UInt64
        var id: Int32
        var offset: Int32
        var length: Int32
    }

    /// The classes of each word for the structure pass (``DocumentStructure/Flags``), by id.
    public private(set) var structureFlags: [DocumentStructure.Flags] = []

    public init() {}

    /// Interns the words the structure pass looks for and keeps their classes by id.
    mutating func addStructureFlags(_ table: [String: DocumentStructure.Flags]) {
        for word in table.keys.sorted() { _ = intern(word) }
        var flags = [DocumentStructure.Flags](repeating: [], count: ids.count)
        for (word, f) in table { if let id = ids[word] { flags[Int(id)] = f } }
        structureFlags = flags
    }

    public mutating func intern(_ word: String) -> Int32 {
        if let id = ids[word] { return id }
        let id = Int32(ids.count)
        ids[word] = id
        words.append(word)
        insert(word, id)
        return id
    }

    public func id(_ word: String) -> Int32 { lookup(word) }

    /// The interned word of `id`.
    public func word(_ id: Int32) -> String? { id >= 0 && Int(id) < words.count ? words[Int(id)] : nil }

    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// FNV-1a of UTF-8 bytes: the tokenizer computes the same value byte by byte while it folds a word.
    @inline(__always)
    static func hash(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = offsetBasis
        for b in bytes { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    static func hash(_ word: String) -> UInt64 {
        var w = word
        return w.withUTF8 { hash(bytes: $0) }
    }

    private mutating func insert(_ word: String, _ id: Int32) {
        if (ids.count + 1) * 2 > table.count {
            let old = table
            let capacity = max(64, (table.count * 2))
            table = Array(repeating: Slot(hash: 0, id: -1, offset: 0, length: 0), count: capacity)
            mask = capacity - 1
            for s in old where s.id >= 0 { place(s) }
        }
        let offset = Int32(pool.count)
        pool.append(contentsOf: word.utf8)
        place(Slot(hash: Vocabulary.hash(word), id: id, offset: offset, length: Int32(pool.count) - offset))
    }

    private mutating func place(_ s: Slot) {
        var i = Int(truncatingIfNeeded: s.hash) & mask
        while table[i].id >= 0 { i = (i + 1) & mask }
        table[i] = s
    }

    func lookup(_ word: String) -> Int32 { withLookup { $0.id(word) } }

    /// Lookups without any reference counting, for the length of `body` (one document's tokenization).
    func withLookup<R>(_ body: (Lookup) -> R) -> R {
        table.withUnsafeBufferPointer { slots in
            pool.withUnsafeBufferPointer { pool in
                body(Lookup(slots: slots, pool: pool, mask: mask))
            }
        }
    }

    struct Lookup {
        let slots: UnsafeBufferPointer<Slot>
        let pool: UnsafeBufferPointer<UInt8>
        let mask: Int

        /// The id of the word whose folded UTF-8 bytes are `bytes` (with their FNV-1a `hash`), or -1.
        @inline(__always)
        func id(_ bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Int32 {
            guard !slots.isEmpty else { return -1 }
            var i = Int(truncatingIfNeeded: h) & mask
            while true {
                let slot = slots[i]
                if slot.id < 0 { return -1 }
                if slot.hash == h, Int(slot.length) == bytes.count, Lookup.same(pool, Int(slot.offset), bytes) { return slot.id }
                i = (i + 1) & mask
            }
        }

        /// Whether the `bytes.count` bytes of `pool` from `offset` are `bytes`: eight bytes at a time, then four,
        /// then one (the caller checked that they fit in the pool).
        @inline(__always)
        static func same(_ pool: UnsafeBufferPointer<UInt8>, _ offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let p = pool.baseAddress, let q = bytes.baseAddress else { return bytes.isEmpty }
            let a = UnsafeRawPointer(p + offset)
            let b = UnsafeRawPointer(q)
            let n = bytes.count
            var k = 0
            while k &+ 8 <= n {
                if a.loadUnaligned(fromByteOffset: k, as: UInt64.self) != b.loadUnaligned(fromByteOffset: k, as: UInt64.self) { return false }
                k &+= 8
            }
            if k &+ 4 <= n {
                if a.loadUnaligned(fromByteOffset: k, as: UInt32.self) != b.loadUnaligned(fromByteOffset: k, as: UInt32.self) { return false }
                k &+= 4
            }
            while k < n {
                if a.load(fromByteOffset: k, as: UInt8.self) != b.load(fromByteOffset: k, as: UInt8.self) { return false }
                k &+= 1
            }
            return true
        }

        func id(_ word: String) -> Int32 {
            var w = word
            return w.withUTF8 { id($0, hash: Vocabulary.hash(bytes: $0)) }
        }
    }

}
