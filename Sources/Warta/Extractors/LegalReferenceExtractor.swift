/// Legal references: statutes and regulations cited anywhere in the text.
///
/// Matches: a regulation type from the `lawtype` table of `extractors/legal/rules.yaml` (long names such as
/// `Undang-Undang`, `Peraturan Menteri Sosial`, `Peraturan Bupati Karawang`, and abbreviations such as `UU`,
/// `Permensos`, `Perka`), an optional issuer, `Nomor`/`No.` and a number, and a year after `Tahun` or a slash;
/// ministry numbering with the type inside the number (`Nomor 25/PERMENTAN/OT.010/7/2017`); and the subject
/// after `tentang`.
///
/// Normalizes to: `TYPE NUMBER/YEAR` (`UU 11/2009`, `Permensos 10/2019`), or `TYPE NUMBER` when no year is
/// written (`Perbup 65`). A reference cited twice is listed once (first evidence); a year-less citation of
/// a regulation also cited with its year is dropped.
public struct LegalReferenceExtractor: FieldExtractor {
    public static let field = "legal"
    public static let kinds: [String: Set<String>] = [
        "reference": ["type", "num", "y1", "year", "subject"]
    ]
    public static let requiredLexicons = ["lawtype"]

    let rules: [Rule]
    let types: Lexicon

    public init(rules set: RuleSet) throws(RuleLoadError) {
        rules = set.rules(for: Self.field)
        types = try set.require("lawtype", for: Self.field)
    }

    func reference(_ m: PatternMatch, in text: AnalyzedText) -> LegalReference? {
        let t = text.tokens
        guard let tr = m.capture("type"), let type = types.value(t, tr), let nr = m.capture("num"), nr.count == 1 else {
            return nil
        }
        let number = text.folded(nr.lowerBound).drop { $0 == "0" }
        guard !number.isEmpty else { return nil }
        var year: Int? = nil
        for name in ["y1", "year"] {
            if let yr = m.capture(name), yr.count == 1, let y = t[yr.lowerBound].number, (1945...2100).contains(y) {
                year = y
                break
            }
        }
        let canonical = year.map { "\(type) \(number)/\($0)" } ?? "\(type) \(number)"
        let subject = m.capture("subject").map { text.text(of: $0) }
        guard let ev = text.evidence(m.start..<m.end) else { return nil }
        return LegalReference(canonical: canonical, type: type, number: String(number), year: year, subject: subject, evidence: ev)
    }

    public func exampleValue(_ match: PatternMatch, rule: Rule, in text: AnalyzedText, published: Day?) -> String? {
        reference(match, in: text)?.canonical
    }

    public func extract(_ text: AnalyzedText, scratch: inout MatchScratch) -> [LegalReference] {
        var found: [(Range<Int>, LegalReference)] = []
        for rule in rules {
            for m in rule.pattern.matches(in: text, scratch: &scratch) {
                if let r = reference(m, in: text) { found.append((m.start..<m.end, r)) }
            }
        }
        // Overlaps: the longer match wins.
        let kept = Overlaps.keepLongest(found, tokenCount: text.tokens.count) { $0.0 }
        var out: [LegalReference] = []
        var seen = Set<String>()
        let withYear = Set(kept.compactMap { $0.1.year != nil ? "\($0.1.type) \($0.1.number)" : nil })
        for (_, r) in kept {
            if r.year == nil, withYear.contains(r.canonical) { continue }
            if seen.insert(r.canonical).inserted { out.append(r) }
        }
        return out
    }
}
