/// Interns every folded word that a rule or lexicon names, so that matching compares integers.
public struct Vocabulary: Sendable {
    public private(set) var ids: [String: Int32] = [:]

    public init() {}

    public mutating func intern(_ word: String) -> Int32 {
        if let id = ids[word] { return id }
        let id = Int32(ids.count)
        ids[word] = id
        return id
    }

    public func id(_ word: String) -> Int32 { ids[word] ?? -1 }

    /// Sets each token's `id` to its word's vocabulary id (-1 for words no rule names).
    public func assign(_ tokens: inout [Token]) {
        for i in tokens.indices { tokens[i].id = ids[tokens[i].folded] ?? -1 }
    }
}
