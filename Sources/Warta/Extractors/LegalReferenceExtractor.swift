/// Legal references: statutes and regulations cited anywhere in the text.
///
/// Matches: a regulation type from the `lawtype` table of `extractors/legal/rules.yaml` (long names such as
/// `Undang-Undang`, `Peraturan Menteri Sosial`, `Peraturan Bupati Karawang`, and abbreviations such as `UU`,
/// `Permensos`, `Perka`, `PKPU`), an optional issuer, `Nomor`/`No.` (or nothing, `UU 36 Tahun 2014`) and a
/// number (with a decimal part: `Nomor 2.1 Tahun 2019`), and a year after `Tahun` or a slash; ministry
/// numbering with the type inside the number (`Nomor 25/PERMENTAN/OT.010/7/2017`); and the subject after
/// `tentang`. A decree (`Keputusan Bupati ...`) with a
/// composite number (`460/Kep.782-Bappeda/2024`: another number between the number and the year) is a
/// numbered letter, not a reference.
///
/// Normalizes to: `TYPE NUMBER/YEAR` (`UU 11/2009`, `Permensos 10/2019`), or `TYPE NUMBER` when no year is
/// written (`Perbup 65`). The regulation of an agency keeps the agency named between the type and the
/// number (lexicon `agency`): `Peraturan Kepala (Perka) BNPB Nomor 1 Tahun 2012` is `Perka BNPB 1/2012`,
/// `Perban BNPB 4/2020`. A reference cited twice is listed once (first evidence); a year-less citation of
/// a regulation also cited with its year is dropped.
public struct LegalReferenceExtractor: FieldExtractor {
    public static let field = "legal"
    public static let kinds: [String: Set<String>] = [
        "reference": ["type", "num", "dec", "y1", "year", "subject"]
    ]
    public static let requiredLexicons = ["lawtype", "agency"]

    let rules: [Rule]
    let types: Lexicon
    let agencies: Lexicon

    public init(rules set: RuleSet) throws(RuleLoadError) {
        rules = set.rules(for: Self.field)
        types = try set.require("lawtype", for: Self.field)
        agencies = try set.require("agency", for: Self.field)
    }

    /// The agency named from the type to the number (`Perka BNPB`, `Peraturan Kepala Badan Nasional
    /// Penanggulangan Bencana`), for the types of agencies' regulations.
    func agency(_ lo: Int, _ hi: Int, in text: AnalyzedText) -> String? {
        var p = lo
        while p < hi {
            if let m = agencies.longest(text.tokens, at: p), p + m.length <= hi { return m.value }
            p += 1
        }
        return nil
    }

    func reference(_ m: PatternMatch, in text: AnalyzedText) -> LegalReference? {
        let t = text.tokens
        guard let tr = m.capture("type"), var type = types.value(t, tr), let nr = m.capture("num"), nr.count == 1 else {
            return nil
        }
        // A decree with a composite number (460/Kep.782-Bappeda/2024) is a numbered letter.
        if type.hasPrefix("Kep") {
            // Written on after the match without a space (`Nomor 100.3.3.2/451/DPMN-2024`): a code, not a number.
            var q = nr.upperBound
            while q < min(t.count, nr.upperBound + 8), !t[q].spaceBefore {
                if t[q].kind == .number, !(t[q].digits == 4 && (1945...2100).contains(t[q].number ?? 0)) { return nil }
                q += 1
            }
            var p = nr.upperBound
            while p < m.end {
                if t[p].kind == .number {
                    if t[p].digits == 4, (1945...2100).contains(t[p].number ?? 0) { break }
                    return nil
                }
                p += 1
            }
        }
        if Self.agencyTypes.contains(type), let a = agency(tr.lowerBound, nr.lowerBound, in: text), !type.hasSuffix(a) {
            type = "\(type) \(a)"
        }
        var number = text.folded(nr.lowerBound).drop { $0 == "0" }
        guard !number.isEmpty else { return nil }
        // A number with a decimal part (`Nomor 2.1 Tahun 2019`, as some kabupaten number their regulations).
        if let dr = m.capture("dec"), dr.count == 1 { number += "." + text.folded(dr.lowerBound) }
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

    /// Types whose canonical form names the agency that issued the regulation.
    static let agencyTypes: Set<String> = ["Perka", "Perban"]

    public func exampleValue(_ match: PatternMatch, rule: Rule, in text: AnalyzedText, published: Day?) -> String? {
        reference(match, in: text)?.canonical
    }

    public func extract(_ text: AnalyzedText, scratch: inout MatchScratch) -> [LegalReference] {
        var found: [(Range<Int>, LegalReference)] = []
        rules.forEachShared { rule in
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
