/// Event detection: decides whether the document reports a concrete training event, with a confidence, and
/// the event type.
///
/// Matches: verbs of holding or attending next to an event type (`menggelar Bimtek`, `Pelatihan ... yang
/// digelar`), event-type names, signs of other stories (`pengukuhan`, `rakor`, `bansos`, `dapur umum`,
/// `seleksi`) and calls for registration, with the rules of `extractors/event/`.
///
/// Normalizes to: `is_training_event`, a confidence in 0...1, and the type as the lower-case head word of the
/// `event_type` lexicon (`bimtek`, `pelatihan`, `pembinaan`, `diklat`, `workshop`, `sosialisasi`,
/// `orientasi`, `peningkatan kapasitas`, `other`): the type of the first held event, else of the title.
public struct EventExtractor: FieldExtractor {
    public static let field = "event"
    public static let kinds: [String: Set<String>] = [
        "held": ["type"],
        "mention": ["type"],
        "not-event": ["cue"],
        "announcement": [],
        "plan": [],
    ]
    public static let requiredLexicons = ["event_type"]
    /// The score from which a document is a training event (the pipeline adds to the score of this extractor:
    /// +1 for an event date, +0.5 each for a venue, a participant count and an organizer).
    public static let threshold = 3.5

    let rules: [Rule]
    let types: Lexicon

    public init(rules set: RuleSet) throws(RuleLoadError) {
        rules = set.rules(for: Self.field)
        types = try set.require("event_type", for: Self.field)
    }

    public func exampleValue(_ match: PatternMatch, rule: Rule, in text: AnalyzedText, published: Day?) -> String? {
        if let r = match.capture("type") { return types.value(text.tokens, r) }
        return rule.kind
    }


    public struct Findings: Sendable {
        public var type: String?
        public var typeEvidence: Evidence?
        /// The raw score before the other fields are weighed in.
        public var score: Double = 0
        public var held = false
        public var notEventInTitle = false
        public var announcement = false
    }

    public func extract(_ text: AnalyzedText, scratch: inout MatchScratch) -> Findings {
        var f = Findings()
        let t = text.tokens
        let title = text.headline
        let leadSentenceLimit = t.count > text.bodyStart ? t[text.bodyStart].sentence + 1 : 0
        func inTitle(_ i: Int) -> Bool { title.contains(i) }
        func inLead(_ i: Int) -> Bool { i >= text.bodyStart && t[i].sentence <= leadSentenceLimit }
        var firstHeld: (Int, String, Range<Int>)? = nil
        var held: [(Int, String, Range<Int>)] = []
        var planSentences = Set<Int>()
        var firstTitleMention: (String, Range<Int>)? = nil
        var firstMention: (String, Range<Int>)? = nil
        var mentions = 0
        var notEventLead = 0
        for rule in rules {
            for m in rule.pattern.matches(in: text, scratch: &scratch) {
                switch rule.kind {
                case "held":
                    guard let tr = m.capture("type"), let type = types.value(t, tr) else { continue }
                    held.append((m.start, type, tr))
                case "mention":
                    guard let tr = m.capture("type"), let type = types.value(t, tr) else { continue }
                    mentions += 1
                    if inTitle(m.start), firstTitleMention == nil { firstTitleMention = (type, tr) }
                    if firstMention == nil { firstMention = (type, tr) }
                case "not-event":
                    if inTitle(m.start) { f.notEventInTitle = true }
                    else if inLead(m.start) { notEventLead += 1 }
                case "announcement":
                    f.announcement = true
                case "plan":
                    planSentences.insert(t[m.start].sentence)
                default:
                    break
                }
            }
        }
        // A training only planned ("berencana menggelar pelatihan") is not held.
        for h in held.sorted(by: { $0.0 < $1.0 }) where !planSentences.contains(t[h.0].sentence) {
            firstHeld = h
            f.held = true
            break
        }
        var score = 0.0
        let heldUpFront = firstHeld.map { inTitle($0.0) || inLead($0.0) } ?? false
        if firstHeld != nil { score += heldUpFront ? 3 : 1.5 }
        if firstTitleMention != nil { score += 1.5 }
        if mentions >= 3 { score += 0.5 }
        if f.notEventInTitle { score -= 3 }
        // A lead about something else (a selection test, a hearing) outweighs a training mentioned later.
        if notEventLead > 0, !heldUpFront { score -= 2.5 }
        if f.announcement { score -= 2 }
        f.score = score
        let chosen = firstHeld.map { ($0.1, $0.2) } ?? firstTitleMention ?? firstMention
        if let (type, range) = chosen {
            f.type = type
            f.typeEvidence = text.evidence(range)
        }
        return f
    }
}
