/// A field extractor: reads the rules of its folder in `extractors/` and turns matches into record values.
public protocol FieldExtractor: Sendable {
    /// The folder of `extractors/` that holds this field's rules.
    static var field: String { get }
    /// Rule kinds this extractor interprets, with the capture names each kind may use.
    static var kinds: [String: Set<String>] { get }
    /// Lexicons this extractor reads by name (checked at load).
    static var requiredLexicons: [String] { get }

    init(rules: RuleSet) throws(RuleLoadError)

    /// The normalized value of one match, as a rule example states it (`value:`).
    func exampleValue(_ match: PatternMatch, rule: Rule, in text: AnalyzedText, published: Day?) -> String?

    /// Lexicons this extractor builds from the data files of its folder (TSV gazetteers), as
    /// name -> [(phrase, value)], with the problems found in the files. Called once, while rules load.
    static func derivedLexicons(dataFiles: [String: String]) -> (lexicons: [String: [(String, String)]], problems: [RuleProblem])
}

extension FieldExtractor {
    public static func derivedLexicons(dataFiles: [String: String]) -> (lexicons: [String: [(String, String)]], problems: [RuleProblem]) {
        ([:], [])
    }
}

/// Every field extractor, in the order the pipeline runs them. A test keeps this list and the folders of
/// `extractors/` in step.
public enum ExtractorRegistry {
    public static let all: [any FieldExtractor.Type] = [
        DateExtractor.self,
        LegalReferenceExtractor.self,
        EventExtractor.self,
        OrganizerExtractor.self,
        LocationExtractor.self,
        ParticipantExtractor.self,
        SpeakerExtractor.self,
    ]

    /// Folders of `extractors/` that hold shared data rather than one field's rules.
    public static let dataFolders: Set<String> = ["common"]

    public static func extractor(for field: String) -> (any FieldExtractor.Type)? {
        all.first { $0.field == field }
    }
}

extension RuleSet {
    /// Looks up a lexicon an extractor needs, or reports it missing.
    func require(_ name: String, for field: String) throws(RuleLoadError) -> Lexicon {
        guard let lex = lexicon(name) else {
            throw RuleLoadError(problems: [RuleProblem(file: field + "/", rule: nil, message: "the lexicon '\(name)' that the \(field) extractor needs is missing")])
        }
        return lex
    }
}
