/// Organizers: the organisations that held the event, with the rules of `extractors/organizers/`.
///
/// Matches: an organisation (a head word of the `org_head` lexicon such as `Dinas`, `Dinsos`, `Balai Besar`,
/// `Pemkab`, `TP-PKK`, then its capitalized name, parenthesized abbreviation and region) before a verb of
/// holding (`menggelar`, `adakan`), after a passive one (`yang diselenggarakan oleh`), with co-organizers after
/// `bekerjasama dengan` or `melalui`.
///
/// Normalizes to: names as written, main organizers first (`role`: `main` or `co`). A name that only repeats
/// part of another (`Dinsos P3A PMD` beside `Dinsos P3A PMD Kabupaten Tuban`) is dropped, and so is a name
/// that follows an official's role (`Kepala Dinas Sosial ...` is a person, not the organizer).
public struct OrganizerExtractor: FieldExtractor {
    public static let field = "organizers"
    public static let kinds: [String: Set<String>] = [
        "main": ["org", "via"],
        "co": ["org", "co"],
    ]
    public static let requiredLexicons = ["org_head", "role_before"]

    let rules: [Rule]
    let otherCue: Lexicon
    let roleBefore: Lexicon
    public let heads: Lexicon

    public init(rules set: RuleSet) throws(RuleLoadError) {
        rules = set.rules(for: Self.field)
        roleBefore = try set.require("role_before", for: Self.field)
        otherCue = try set.require("other_cue", for: Self.field)
        heads = try set.require("org_head", for: Self.field)
    }

    public func exampleValue(_ match: PatternMatch, rule: Rule, in text: AnalyzedText, published: Day?) -> String? {
        let names = ["org", "via", "co"].compactMap { match.capture($0) }.map { clean(text, $0) }.map { text.text(of: $0) }
        return names.joined(separator: "; ")
    }

    /// Trims a captured name: no trailing comma, dash or "dan".
    func clean(_ text: AnalyzedText, _ r: Range<Int>) -> Range<Int> {
        var hi = r.upperBound
        while hi > r.lowerBound + 1 {
            let f = text.folded(hi - 1)
            if f == "," || f == "-" || f == "dan" || f == "&" || f == "." { hi -= 1 } else { break }
        }
        return r.lowerBound..<hi
    }

    /// A role word (kepala, asisten, mewakili...) right before `i`, or at the head of the run of capitalized
    /// words before it ("Asisten Administrasi Pemerintahan dan Kesra Setda ...").
    func officialBefore(_ i: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        var p = i - 1
        while p >= 0, p >= i - 8 {
            if roleBefore.longest(t, at: p) != nil { return true }
            guard t[p].kind == .word, t[p].capitalized || t[p].allCaps || text.folded(p) == "dan" else { return false }
            p -= 1
        }
        return false
    }

    public struct Found: Sendable {
        public var organizer: Organizer
        public var range: Range<Int>
    }

    public func extract(_ text: AnalyzedText, scratch: inout MatchScratch) -> [Found] {
        var found: [Found] = []
        for rule in rules {
            for m in rule.pattern.matches(in: text, scratch: &scratch) {
                for (name, role) in [("org", "main"), ("via", "co"), ("co", "co")] {
                    guard let r0 = m.capture(name) else { continue }
                    let r = clean(text, r0)
                    // "Kepala Dinas Sosial ...", "Asisten Pemerintahan dan Kesra Setda ..." name an official.
                    if officialBefore(r.lowerBound, text) { continue }
                    let roleHere = (rule.kind == "co" && name == "org") ? "main" : role
                    guard let ev = text.evidence(r) else { continue }
                    found.append(Found(organizer: Organizer(name: ev.text, role: roleHere, evidence: ev), range: r))
                }
            }
        }
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        // Keep the most specific of names that repeat each other; main before co.
        var kept: [Found] = []
        var keptWords: [Set<String>] = []
        for f in found {
            let words = Set(Matching.words(f.organizer.name))
            if let i = keptWords.firstIndex(where: { kw in kw.isSubset(of: words) || words.isSubset(of: kw) }) {
                let kw = keptWords[i]
                // A co-organizer stays one even where a verb follows it ("X bekerjasama dengan Y adakan").
                let role = kept[i].organizer.role == "co" || f.organizer.role == "co" ? "co" : "main"
                if kw.isSubset(of: words) && kw != words {
                    kept[i] = f
                    keptWords[i] = words
                }
                kept[i].organizer.role = role
                continue
            }
            kept.append(f)
            keptWords.append(words)
        }
        // Headlines name the umbrella body ("Pemkot Malang Latih ..."): a title organizer counts only when the
        // body names none.
        var body = kept.filter { $0.range.lowerBound >= text.bodyStart }
        // Main organizers of another (earlier, later, similar) event are left out once one is known.
        if let firstMain = body.first(where: { $0.organizer.role == "main" }) {
            body = body.filter { f in
                f.range == firstMain.range || !text.contains(otherCue, in: text.sentenceRange(around: f.range.lowerBound))
            }
        }
        let chosen = body.isEmpty ? kept : body
        return chosen.filter { $0.organizer.role == "main" } + chosen.filter { $0.organizer.role != "main" }
    }
}
