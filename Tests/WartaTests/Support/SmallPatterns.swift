@testable import Warta

/// Small patterns compiled over one lexicon of phrases, with one vocabulary for the lexicon, the patterns and the
/// texts read with them (the small cases of the speed rounds' tests).
struct SmallPatterns {
    var vocabulary: Vocabulary
    let lexicons: [String: Lexicon]

    init(lexicon name: String, phrases: [String]) {
        var vocabulary = Vocabulary()
        var lexicon = Lexicon(name: name)
        for phrase in phrases { lexicon.add(phrase: phrase, value: phrase, vocabulary: &vocabulary) }
        self.vocabulary = vocabulary
        lexicons = [name: lexicon]
    }

    mutating func compile(_ source: String) throws -> CompiledPattern {
        try CompiledPattern(try PatternParser.parse(source), lexicons: lexicons, vocabulary: &vocabulary)
    }
}
