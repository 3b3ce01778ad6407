/// Participants: the total and the groups, with the rules of `extractors/participants/`.
///
/// Matches: counts of people with a unit (`diikuti oleh 27 orang`, `kurang lebih seribu peserta`) or a group
/// (`bagi 328 Pekerja Sosial Masyarakat (PSM)`, `Sebanyak 1.681 CPNS`), groups before their count (`KPM
/// sebanyak 13 orang`), and the groups named after the event type (`Bimtek bagi PSM dan TKSK`). Counts of
/// villages, institutions, districts, floors or schools never match (they have no people unit or group), and
/// annual totals (`780 peserta sepanjang tahun`) are rejected.
///
/// Normalizes to: the total as an integer (thousands dots removed, number words read) and the groups by their
/// short names (`PSM`, `TKSK`). Counts joined in one sentence are summed (`100 orang PSM, serta 32 TKSK` =
/// 132); the best sentence is the one with an attendance word (`diikuti`, `sebanyak`) and exact numbers. A
/// stated total beats a breakdown that does not add up, with the warning `participants-sum-mismatch`.
public struct ParticipantExtractor: FieldExtractor {
    public static let field = "participants"
    public static let kinds: [String: Set<String>] = [
        "count": ["cue", "approx", "n", "unit", "group"],
        "group-count": ["group", "approx", "n", "unit"],
        "target": ["groups"],
    ]
    public static let requiredLexicons = ["participant_group", "number_word", "not_annual", "total_cue"]

    let rules: [Rule]
    let groups: Lexicon
    let numbers: NumberWords
    let notAnnual: Lexicon
    let totalCue: Lexicon
    let countCue: Lexicon
    let countFiller: Lexicon
    let otherCue: Lexicon

    public init(rules set: RuleSet) throws(RuleLoadError) {
        rules = set.rules(for: Self.field)
        groups = try set.require("participant_group", for: Self.field)
        numbers = NumberWords(lexicon: try set.require("number_word", for: Self.field))
        notAnnual = try set.require("not_annual", for: Self.field)
        totalCue = try set.require("total_cue", for: Self.field)
        countCue = try set.require("count_cue", for: Self.field)
        countFiller = try set.require("count_filler", for: Self.field)
        otherCue = try set.require("other_cue", for: Self.field)
    }

    struct Count {
        var range: Range<Int>
        var perUnit = false
        var otherEvent = false
        var n: Int
        var group: String?
        var cue: String?
        var approx: Bool
        var hasUnit: Bool
        var sentence: Int
        var total: Bool
    }

    /// The integer of a `%number` capture: digits with thousands dots, or number words.
    func number(_ r: Range<Int>, _ text: AnalyzedText) -> Int? {
        let t = text.tokens
        if t[r.lowerBound].kind == .number {
            var digits = ""
            for i in r where t[i].kind == .number { digits += text.folded(i) }
            guard digits.count <= 9 else { return nil }
            return Int(digits)
        }
        return numbers.value(text, r)
    }

    func count(_ m: PatternMatch, rule: Rule, in text: AnalyzedText) -> Count? {
        let t = text.tokens
        guard let nr = m.capture("n"), let n = number(nr, text), n > 0, n < 1_000_000 else { return nil }
        // An annual total is not this event's.
        if m.end < t.count, notAnnual.longest(t, at: m.end) != nil { return nil }
        guard n >= 2, !(m.start > 0 && text.folded(m.start - 1) == "salah") else { return nil }
        let group = m.capture("group").map { groupName($0, text) }
        let cue = m.capture("cue").map { text.text(of: $0).lowercased() } ?? cueBefore(m.start, text)
        var total = false
        var p = max(0, m.start - 3)
        while p < m.start {
            if totalCue.longest(t, at: p) != nil { total = true }
            p += 1
        }
        if let c = m.capture("cue"), totalCue.value(t, c) != nil { total = true }
        var c = Count(
            range: m.start..<m.end, n: n, group: group, cue: cue, approx: m.capture("approx") != nil,
            hasUnit: m.capture("unit") != nil, sentence: t[nr.lowerBound].sentence, total: total)
        var q = max(0, m.start - 3)
        while q < m.start {
            if ["masing", "setiap", "tiap", "per", "rata"].contains(text.folded(q)) { c.perUnit = true }
            q += 1
        }
        return c
    }

    /// The attendance word right before a count, with filler words between ("diikuti oleh", "sebanyak",
    /// "Jumlah pesertanya ada"), as its folded phrase.
    func cueBefore(_ start: Int, _ text: AnalyzedText) -> String? {
        let t = text.tokens
        var p = start - 1
        var fillers = 0
        while p >= 0, p >= start - 6 {
            // the longest cue phrase that ends exactly at p + 1
            var q = max(0, p - 2)
            while q <= p {
                if let m = countCue.matches(t, at: q).first(where: { q + $0.length == p + 1 }) { return m.value.lowercased() }
                q += 1
            }
            guard fillers < 2, countFiller.longest(t, at: p).map({ p + $0.length <= start }) ?? false else { return nil }
            fillers += 1
            p -= 1
        }
        return nil
    }

    /// A group's name: the short name of a known group, else the phrase as written.
    func groupName(_ r: Range<Int>, _ text: AnalyzedText) -> String {
        let t = text.tokens
        if let m = groups.longest(t, at: r.lowerBound), m.length == r.count || m.length >= r.count - 0 {
            return m.value
        }
        if let v = groups.value(t, r) { return v }
        var hi = r.upperBound
        while hi > r.lowerBound + 1, t[hi - 1].kind == .punct, text.folded(hi - 1) != ")" { hi -= 1 }
        return text.text(of: r.lowerBound..<hi)
    }

    public func exampleValue(_ match: PatternMatch, rule: Rule, in text: AnalyzedText, published: Day?) -> String? {
        if rule.kind == "target" {
            return match.capture("groups").map { targetGroups($0, text).joined(separator: "; ") }
        }
        guard let c = count(match, rule: rule, in: text) else { return nil }
        return c.group.map { "\(c.n) \($0)" } ?? "\(c.n)"
    }

    func targetGroups(_ r: Range<Int>, _ text: AnalyzedText) -> [String] {
        var out: [String] = []
        var p = r.lowerBound
        while p < r.upperBound {
            if let m = groups.longest(text.tokens, at: p), p + m.length <= r.upperBound {
                if !out.contains(m.value) { out.append(m.value) }
                p += m.length
            } else {
                p += 1
            }
        }
        return out
    }

    public struct Findings: Sendable {
        public var participants: Participants?
        public var warnings: [RecordWarning] = []
    }

    static let strongCues: Set<String> = [
        "sebanyak", "diikuti", "diikuti oleh", "diikuti sebanyak", "berjumlah", "jumlah peserta", "jumlah pesertanya",
        "pesertanya", "total", "mencapai", "melibatkan", "ikuti", "mengikuti", "peserta", "total peserta", "dengan jumlah",
        "diikuti kurang lebih", "tercatat", "dihadiri", "dihadiri oleh",
    ]

    public func extract(_ text: AnalyzedText, scratch: inout MatchScratch) -> Findings {
        let t = text.tokens
        var counts: [Count] = []
        var targets: [String] = []
        for rule in rules {
            for m in rule.pattern.matches(in: text, scratch: &scratch) {
                if rule.kind == "target" {
                    for g in m.capture("groups").map({ targetGroups($0, text) }) ?? [] where !targets.contains(g) { targets.append(g) }
                } else if let c = count(m, rule: rule, in: text) {
                    counts.append(c)
                }
            }
        }
        // Overlaps between rules: the longer match wins.
        let kept = Overlaps.keepLongest(counts, tokenCount: t.count) { $0.range }
        var findings = Findings()
        guard !kept.isEmpty || !targets.isEmpty else { return findings }

        // Clusters: counts of one sentence.
        let titleEnd = text.lineRange(0).upperBound
        var clusters: [[Count]] = []
        for c in kept {
            if var last = clusters.last, let prev = last.last, prev.sentence == c.sentence {
                last.append(c)
                clusters[clusters.count - 1] = last
            } else {
                clusters.append([c])
            }
        }
        for i in clusters.indices {
            let other = text.contains(otherCue, in: text.sentenceRange(around: clusters[i][0].range.lowerBound))
            for j in clusters[i].indices { clusters[i][j].otherEvent = other }
        }
        func score(_ cl: [Count]) -> Double {
            var s = 0.0
            if cl.allSatisfy({ $0.perUnit }) { s -= 3 }
            if cl.contains(where: { $0.otherEvent }) { s -= 3 }
            if cl.contains(where: { $0.cue.map { ParticipantExtractor.strongCues.contains($0) } ?? false }) { s += 2 }
            else if cl.contains(where: { $0.cue != nil }) { s += 1 }
            if cl.contains(where: { $0.hasUnit || $0.group != nil }) { s += 1 }
            if cl.allSatisfy({ $0.approx }) { s -= 1.5 }
            if cl.allSatisfy({ $0.range.lowerBound < titleEnd }) { s -= 0.5 }
            if cl.count > 1, cl.allSatisfy({ isOriginBreakdown($0, text) }) { s -= 3 }
            return s
        }
        var participants = Participants(total: nil, groups: [], evidence: nil)
        if let best = clusters.enumerated().max(by: { a, b in
            let sa = score(a.element), sb = score(b.element)
            return sa != sb ? sa < sb : a.offset > b.offset
        })?.element {
            // A stated total: marked by a total word, or the first count of a sentence whose other counts are a
            // breakdown by origin ("diikuti 46 peserta, terdiri atas utusan Kecamatan Mojoroto 18 orang, ...").
            var stated = best.first { $0.total }
            if stated == nil, best.count > 1, !isOriginBreakdown(best[0], text), best.dropFirst().allSatisfy({ isOriginBreakdown($0, text) }) {
                stated = best[0]
            }
            let parts = best.filter { $0.range != stated?.range }
            let sum = parts.reduce(0) { $0 + $1.n }
            if let stated {
                participants.total = stated.n
                if !parts.isEmpty, sum != stated.n {
                    findings.warnings.append(RecordWarning(
                        code: "participants-sum-mismatch",
                        message: "the groups add up to \(sum) but the text states a total of \(stated.n); the stated total is kept",
                        evidence: text.evidence(best[0].range.lowerBound..<(best[best.count - 1].range.upperBound))))
                }
            } else {
                participants.total = sum
            }
            participants.evidence = text.evidence(best[0].range.lowerBound..<(best[best.count - 1].range.upperBound))
            for c in best where c.range == stated?.range || stated == nil {
                participants.groups.append(ParticipantGroup(name: c.group ?? "peserta", count: c.n))
            }
            // A breakdown elsewhere (by origin) that does not add up to the chosen total.
            if let total = participants.total {
                for cl in clusters where cl.count > 1 && cl.first?.range != best.first?.range {
                    let s = cl.reduce(0) { $0 + $1.n }
                    if cl.allSatisfy({ isOriginBreakdown($0, text) }), s != total {
                        findings.warnings.append(RecordWarning(
                            code: "participants-sum-mismatch",
                            message: "a breakdown adds up to \(s) but the text states \(total) participants; the stated total is kept",
                            evidence: text.evidence(cl[0].range.lowerBound..<(cl[cl.count - 1].range.upperBound))))
                    }
                }
            }
        }
        // Groups: those counted, else those named after the event type; unnamed counts take the only target.
        var named = participants.groups.filter { $0.name != "peserta" }
        if named.isEmpty, targets.count == 1, participants.groups.count == 1 {
            participants.groups[0].name = targets[0]
            named = participants.groups
        }
        var result: [ParticipantGroup] = named
        for g in targets where !result.contains(where: { $0.name == g }) { result.append(ParticipantGroup(name: g, count: nil)) }
        participants.groups = result
        if participants.total != nil || !participants.groups.isEmpty { findings.participants = participants }
        return findings
    }

    /// A count preceded by a place ("Kab. Siak 25 peserta", "dari Kota Solok 10 orang", "Lombok Barat 10 orang").
    func isOriginBreakdown(_ c: Count, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        if c.cue == nil, c.range.lowerBound > 0 {
            let before = t[c.range.lowerBound - 1]
            if before.kind == .word, before.capitalized || before.allCaps, countCue.longest(t, at: c.range.lowerBound - 1) == nil {
                return true
            }
        }
        var p = c.range.lowerBound - 1
        var seen = 0
        while p >= 0, seen < 4 {
            let f = text.folded(p)
            if ["kab", "kabupaten", "kota", "kecamatan", "kec", "desa", "kelurahan", "provinsi", "dari", "asal"].contains(f) { return true }
            if f == "," || f == "." || f == ";" { return false }
            seen += 1
            p -= 1
        }
        return false
    }
}
