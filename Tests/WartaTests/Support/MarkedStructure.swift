@testable import Warta

extension Shared {
    /// The kinds of a text's lines as the structure marks them before round 25 (REL25) removes the lines of other
    /// stories from the tokens the extractors read: every line of the text is there, and a list of other stories shows
    /// as `.related` lines. (`AnalyzedText.structure` is what the extractors read: those lines are gone from it.)
    static func markedKinds(_ s: String, firstLineIsHeadline: Bool = false) -> [DocumentStructure.LineKind] {
        let vocabulary = rules.vocabulary
        let out = Tokenizer.tokenize(CleanText(normalizing: s), vocabulary: vocabulary)
        return AnalyzedText.structure(of: out.tokens, vocabulary: vocabulary, firstLineIsHeadline: firstLineIsHeadline).1.kinds
    }
}
