import Foundation

/// For every vocabulary id, the patterns of a rule set that it can start (when a pattern's first token is
/// always one of a set of words) or that require it. Built once per rule set; per document, one pass over the
/// tokens turns it into ``TriggerHits``, so that a pattern visits only the positions where it can match instead
/// of scanning the whole document.
public struct TriggerTable: Sendable {
    /// Identifies the rule set whose patterns carry slots into this table.
    let id: UInt64
    let patternCount: Int
    /// Entries of vocabulary id `v` are `entries[offsets[v]..<offsets[v + 1]]`, each `slot * 3 + role`
    /// (role 0: a start word, 1: a required word, 2: a word of the second required set; round 17).
    let offsets: [Int32]
    let entries: [UInt32]

    static let counter = Counter()

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var next: UInt64 = 1
        func take() -> UInt64 {
            lock.lock()
            defer { lock.unlock() }
            next += 1
            return next
        }
    }

    /// Builds the table for `patterns` (slot = index) over a vocabulary of `vocabularySize` ids.
    init(patterns: [CompiledPattern], vocabularySize: Int) {
        id = TriggerTable.counter.take()
        patternCount = patterns.count
        var lists = [[UInt32]](repeating: [], count: vocabularySize)
        for (k, p) in patterns.enumerated() {
            if p.start.idsOnly {
                for v in p.start.ids.members where Int(v) < vocabularySize { lists[Int(v)].append(UInt32(k) * 3) }
            }
            if let required = p.required {
                for v in required.members where Int(v) < vocabularySize { lists[Int(v)].append(UInt32(k) * 3 + 1) }
            }
            if let second = p.second {
                for v in second.members where Int(v) < vocabularySize { lists[Int(v)].append(UInt32(k) * 3 + 2) }
            }
        }
        var offsets: [Int32] = [0]
        offsets.reserveCapacity(vocabularySize + 1)
        var entries: [UInt32] = []
        for list in lists {
            entries.append(contentsOf: list)
            offsets.append(Int32(entries.count))
        }
        self.offsets = offsets
        self.entries = entries
    }
}

/// Where, in one document, each pattern of a rule set can start and where its required words stand: token
/// positions in increasing order.
public struct TriggerHits: Sendable {
    let tableID: UInt64
    /// Positions of bucket `b` (`slot * 3 + role`) are `positions[offsets[b]..<offsets[b + 1]]`.
    let offsets: [Int32]
    let positions: [Int32]

    init(tokens: [Token], table: TriggerTable) {
        tableID = table.id
        let buckets = table.patternCount * 3
        var counts = [Int32](repeating: 0, count: buckets + 1)
        let vocabularySize = table.offsets.count - 1
        table.offsets.withUnsafeBufferPointer { offsets in
            table.entries.withUnsafeBufferPointer { entries in
                tokens.withUnsafeBufferPointer { tokens in
                    counts.withUnsafeMutableBufferPointer { counts in
                        // Unchecked arithmetic: ids, offsets and counts are bounded by the vocabulary, the table and
                        // the token count.
                        for t in tokens where t.id >= 0 && Int(t.id) < vocabularySize {
                            let v = Int(t.id)
                            var e = Int(offsets[v])
                            let end = Int(offsets[v &+ 1])
                            while e < end {
                                let b = Int(entries[e]) &+ 1
                                counts[b] &+= 1
                                e &+= 1
                            }
                        }
                        for b in 0..<buckets { counts[b &+ 1] &+= counts[b] }
                    }
                }
            }
        }
        var fill = counts
        let total = Int(counts[buckets])
        positions = [Int32](unsafeUninitializedCapacity: total) { out, n in
            table.offsets.withUnsafeBufferPointer { offsets in
                table.entries.withUnsafeBufferPointer { entries in
                    tokens.withUnsafeBufferPointer { tokens in
                        fill.withUnsafeMutableBufferPointer { fill in
                            for (p, t) in tokens.enumerated() where t.id >= 0 && Int(t.id) < vocabularySize {
                                let v = Int(t.id)
                                var e = Int(offsets[v])
                                let end = Int(offsets[v &+ 1])
                                while e < end {
                                    let b = Int(entries[e])
                                    out[Int(fill[b])] = Int32(truncatingIfNeeded: p)
                                    fill[b] &+= 1
                                    e &+= 1
                                }
                            }
                        }
                    }
                }
            }
            n = total
        }
        offsets = counts
    }

    /// The index range into `positions` of bucket `slot * 3 + role`.
    @inline(__always)
    func range(slot: Int, role: Int) -> Range<Int> {
        let b = slot &* 3 &+ role
        return Int(offsets[b])..<Int(offsets[b + 1])
    }
}
