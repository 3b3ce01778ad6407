/// Runs the inline examples of every rule: each example must be matched by its rule (and give its `value`,
/// when one is stated, through the field's extractor); each counterexample must not be matched by its rule, or
/// its matches must give no value through the extractor (a cue whose list names no group, a decree number that
/// the extractor rejects).
public struct RuleChecker: Sendable {
    public let rules: RuleSet
    let extractors: [String: any FieldExtractor]

    public init(rules: RuleSet) throws(RuleLoadError) {
        self.rules = rules
        var ex: [String: any FieldExtractor] = [:]
        for type in ExtractorRegistry.all { ex[type.field] = try type.init(rules: rules) }
        extractors = ex
    }

    /// One example's outcome.
    public struct Outcome: Sendable, CustomStringConvertible {
        public var rule: Rule
        public var example: String
        public var expected: String?
        public var actual: String?
        public var positive: Bool
        public var problem: String?

        public var passed: Bool { problem == nil }
        public var description: String {
            let head = "\(rule.file): rule \(rule.id): "
            return head + (problem ?? "ok: \(example)")
        }
    }

    /// Every example of every rule, in file order.
    public var examples: [(rule: Rule, text: String, value: String?, published: String?, positive: Bool)] {
        var out: [(Rule, String, String?, String?, Bool)] = []
        for field in rules.rules.keys.sorted() {
            for rule in rules.rules(for: field) {
                for e in rule.examples { out.append((rule, e.text, e.value, e.published, true)) }
                for c in rule.counterexamples { out.append((rule, c, nil, nil, false)) }
            }
        }
        return out
    }

    public func check(rule: Rule, text: String, value: String?, published: String?, positive: Bool) -> Outcome {
        let analyzed = AnalyzedText(raw: text, vocabulary: rules.vocabulary)
        var scratch = MatchScratch()
        let matches = rule.pattern.matches(in: analyzed, scratch: &scratch)
        var outcome = Outcome(rule: rule, example: text, expected: value, actual: nil, positive: positive, problem: nil)
        if !positive {
            let extractor = extractors[rule.field]
            let yielding = matches.filter { m in
                guard let extractor else { return true }
                let v = extractor.exampleValue(m, rule: rule, in: analyzed, published: nil)
                return !(v?.isEmpty ?? true)
            }
            if let m = yielding.first {
                outcome.problem = "counterexample \"\(text)\" is matched (\"\(analyzed.text(of: m.start..<m.end))\")"
            }
            return outcome
        }
        guard !matches.isEmpty else {
            outcome.problem = "example \"\(text)\" is not matched"
            return outcome
        }
        guard let value else { return outcome }
        var reference: Day? = nil
        if let published {
            guard let d = Day(iso: published) else {
                outcome.problem = "example \"\(text)\": 'published' must be YYYY-MM-DD, not '\(published)'"
                return outcome
            }
            reference = d
        }
        guard let extractor = extractors[rule.field] else { return outcome }
        let values = matches.map { extractor.exampleValue($0, rule: rule, in: analyzed, published: reference) }
        outcome.actual = values.compactMap { $0 }.first
        if !values.contains(where: { $0 == value }) {
            let got = values.map { $0 ?? "nothing" }.joined(separator: ", ")
            outcome.problem = "example \"\(text)\" should give \(value) but gives \(got)"
        }
        return outcome
    }

    /// Every failing example.
    public func failures() -> [Outcome] {
        examples.map { check(rule: $0.rule, text: $0.text, value: $0.value, published: $0.published, positive: $0.positive) }
            .filter { !$0.passed }
    }
}
