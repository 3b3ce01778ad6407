/// Speakers: the narasumber, pemateri and fasilitator of the event, with the rules of `extractors/speakers/`.
///
/// Matches: a speaker word followed by persons (`dengan narasumber Sudrajat. S.Sos`), persons followed by
/// `selaku narasumber`, `Bertindak sebagai narasumber ..., Dr. X`, and institutions after `narasumber dari`.
///
/// Normalizes to: person names without titles (`Drs.`, `H.`, `S.Sos`, `M.Si`, ranks), the titles in
/// `titles`, the affiliation that follows the name when one is stated; institutions as `kind:
/// "organization"`, in the short form the text gives in parentheses (`Politeknik Kesejahteraan Sosial
/// (Poltekesos) Bandung` becomes `Poltekesos Bandung`). Officials who only open the event are not matched:
/// every rule needs a speaker word.
public struct SpeakerExtractor: FieldExtractor {
    public static let field = "speakers"
    public static let kinds: [String: Set<String>] = [
        "person": ["persons"],
        "person-before": ["cue"],
        "organization": ["orgs"],
    ]
    public static let requiredLexicons = ["title_pre", "title_post", "org_head"]

    let rules: [Rule]
    let titlePre: Lexicon
    let titlePost: Lexicon
    let orgHeads: Lexicon
    let notName: Lexicon
    /// Lexicons whose one-word phrases are never part of a person's name (regulation types, participant
    /// groups, region names).
    let notNameWords: Set<Int32>

    public init(rules set: RuleSet) throws(RuleLoadError) {
        rules = set.rules(for: Self.field)
        titlePre = try set.require("title_pre", for: Self.field)
        titlePost = try set.require("title_post", for: Self.field)
        orgHeads = try set.require("org_head", for: Self.field)
        notName = try set.require("not_name", for: Self.field)
        var words = Set<Int32>()
        for name in ["not_name", "lawtype", "participant_group", "region_name", "org_head"] {
            words.formUnion(try set.require(name, for: Self.field).singleTokenIds)
        }
        notNameWords = words
    }

    public func exampleValue(_ match: PatternMatch, rule: Rule, in text: AnalyzedText, published: Day?) -> String? {
        speakers(match, rule: rule, in: text).map(\.name).joined(separator: "; ")
    }

    /// Reads one person at `start`: optional titles, capitalized name words (not roles, not institutions),
    /// optional titles after a comma or a full stop. Returns the speaker and the index after it.
    func person(at start: Int, end: Int, in text: AnalyzedText) -> (Speaker, Int)? {
        let t = text.tokens
        var p = start
        var titles: [String] = []
        while p < end, let m = titlePre.longest(t, at: p) {
            var q = p + m.length
            if q < end, text.folded(q) == "." { q += 1 }
            guard q < end, t[q].capitalized || t[q].allCaps else { break }
            titles.append(text.text(of: p..<q))
            p = q
        }
        var name: [Int] = []
        while p < end {
            let tok = t[p]
            // Names are letters only ("P2K2" is a module, not a person).
            let isWord = tok.kind == .word && tok.alphabetic && (tok.capitalized || tok.allCaps)
            if isWord, !notNameWords.contains(tok.id), orgHeads.longest(t, at: p) == nil,
                name.isEmpty || titlePost.longest(t, at: p) == nil
            {
                name.append(p)
                p += 1
            } else if text.folded(p) == ".", !tok.spaceBefore, let previous = name.last, t[previous].end - t[previous].start <= 3,
                p + 1 < end, t[p + 1].spaceBefore, t[p + 1].capitalized, titlePost.longest(t, at: p + 1) == nil,
                !notNameWords.contains(t[p + 1].id)
            {
                // an abbreviated name part: "Muh. Ilham"
                name.append(p)
                p += 1
            } else if text.folded(p) == "'", !tok.spaceBefore, !name.isEmpty, p + 1 < end, !t[p + 1].spaceBefore {
                name.append(contentsOf: [p, p + 1])
                p += 2
            } else {
                break
            }
        }
        guard let first = name.first, let last = name.last else { return nil }
        var after = last + 1
        while after < end {
            var q = after
            if text.folded(q) == "," || text.folded(q) == "." { q += 1 }
            guard q < end else { break }
            var r: Int
            if let m = titlePost.longest(t, at: q) {
                r = q + m.length
            } else if SpeakerExtractor.looksLikeDegree(text, q, end) {
                // A degree written without spaces that the lexicon lacks: "M.Kesos", "S.Tr.Sos".
                r = q
                while r + 1 < end, t[r].kind == .word, text.folded(r + 1) == ".", !t[r + 1].spaceBefore { r += 2 }
                if r < end, t[r].kind == .word, !t[r].spaceBefore { r += 1 }
            } else {
                break
            }
            if r < end, text.folded(r) == ".", !t[r].spaceBefore { r += 1 }
            titles.append(text.text(of: q..<r))
            after = r
        }
        guard let ev = text.evidence(first..<(last + 1)) else { return nil }
        return (Speaker(name: ev.text, kind: .person, titles: titles, affiliation: nil, evidence: ev), after)
    }

    /// One to three letters, a full stop and a capitalized word, all without spaces ("M.Kesos").
    static func looksLikeDegree(_ text: AnalyzedText, _ q: Int, _ end: Int) -> Bool {
        let t = text.tokens
        guard q + 2 < end, t[q].kind == .word, t[q].capitalized, t[q].end - t[q].start <= 3,
            text.folded(q + 1) == ".", !t[q + 1].spaceBefore, t[q + 2].kind == .word, t[q + 2].capitalized, !t[q + 2].spaceBefore
        else { return false }
        return true
    }

    static let listSeparators: Set<String> = [",", "dan", "serta", "sedangkan", ";", "&"]
    /// Separators that rarely stand inside an institution's name.
    static let strongSeparators: Set<String> = ["serta", "sedangkan", ";"]

    /// Where a list that starts at `start` can end: a full stop before a capitalized word that is not a
    /// title, a line break, or 60 tokens.
    func listEnd(from start: Int, in text: AnalyzedText) -> Int {
        let t = text.tokens
        var p = start + 1
        while p < t.count, p < start + 60 {
            if t[p].lineStart { break }
            if text.folded(p) == ".", p + 1 < t.count, t[p + 1].spaceBefore, t[p + 1].capitalized || t[p + 1].lineStart,
                titlePost.longest(t, at: p + 1) == nil, titlePre.longest(t, at: p - 1) == nil, t[p - 1].end - t[p - 1].start > 3
            {
                break
            }
            p += 1
        }
        return p
    }

    /// Reads the persons of a list that starts at `range.lowerBound`. After each person the list goes on at
    /// the next separator: right after the person (`Budi, Ani dan Cici`), after "serta" or "sedangkan" and up
    /// to four lower-case descriptors (`serta chef Andi Saputra`), or anywhere before a person with a title
    /// (`..., Letkol Inf Dwi Haryanto`).
    func persons(_ range: Range<Int>, in text: AnalyzedText) -> [Speaker] {
        let t = text.tokens
        let end = range.upperBound
        var out: [Speaker] = []
        var p = range.lowerBound
        var first = true
        var direct = true
        var strong = false
        while p < end {
            var q = p
            var skipped = 0
            while !first, q < end, skipped < 4, t[q].kind == .word, !t[q].capitalized, !t[q].allCaps,
                titlePre.longest(t, at: q) == nil, !SpeakerExtractor.listSeparators.contains(text.folded(q))
            {
                q += 1
                skipped += 1
            }
            if let (speaker, next) = person(at: q, end: end, in: text) {
                let allowed = first || !speaker.titles.isEmpty || (direct && skipped == 0) || (strong && skipped <= 2)
                if allowed {
                    out.append(speaker)
                    p = next
                } else {
                    p = q + 1
                }
            } else if first {
                break
            }
            first = false
            var s = p
            while s < end, !SpeakerExtractor.listSeparators.contains(text.folded(s)) { s += 1 }
            guard s < end else { break }
            direct = s == p
            strong = false
            p = s
            while p < end, SpeakerExtractor.listSeparators.contains(text.folded(p)) {
                if SpeakerExtractor.strongSeparators.contains(text.folded(p)) { strong = true }
                p += 1
            }
        }
        return out
    }

    /// Words that end an institution's name when it is written in lower case.
    static let orgStop: Set<String> = [
        "yang", "untuk", "tujuannya", "supaya", "guna", "agar", "dalam", "pada", "serta", "dan", "sebagai", "selaku",
        "akan", "telah", "untuk", "bagi", "kepada", "dengan", "tentang", "terkait", "memberikan", "menyampaikan",
    ]

    /// Splits a list of institutions at commas, and at "dan"/"serta" before a new institution; stops at the
    /// first item that does not look like one.
    func organizations(_ range: Range<Int>, in text: AnalyzedText) -> [Speaker] {
        let t = text.tokens
        let upper = range.upperBound
        func opensOrg(_ i: Int) -> Bool {
            guard i < upper else { return false }
            let j = text.folded(i) == "dari" ? i + 1 : i
            return j < upper && (text.folded(j) == "dari" || orgHeads.longest(t, at: j) != nil || t[j].allCaps || t[j].capitalized)
        }
        var items: [Range<Int>] = []
        var start = range.lowerBound
        var p = range.lowerBound
        while p < upper {
            let f = text.folded(p)
            let split = f == "," || f == "serta" || f == "dan" && opensOrg(p + 1) && (text.folded(p + 1) == "dari" || orgHeads.longest(t, at: p + 1) != nil)
            if split {
                if p > start { items.append(start..<p) }
                start = p + 1
                while start < upper, text.folded(start) == "serta" || text.folded(start) == "dan" { start += 1 }
                p = start
                continue
            }
            p += 1
        }
        if upper > start { items.append(start..<upper) }
        var out: [Speaker] = []
        for var item in items {
            while !item.isEmpty, ["dari", "juga", "para", "yakni", "yaitu", "antara", "lain"].contains(text.folded(item.lowerBound)) {
                item = (item.lowerBound + 1)..<item.upperBound
            }
            guard !item.isEmpty else { continue }
            if titlePre.longest(t, at: item.lowerBound) != nil {
                if let (p, _) = person(at: item.lowerBound, end: item.upperBound, in: text), !p.titles.isEmpty { out.append(p) }
                continue
            }
            // Two to four capitalized words that name no institution, region or group are a person
            // ("Pelatih dari BLK Garut, Iis Rohaeti").
            let words = t[item].filter { $0.kind == .word }
            if item.count == words.count, (2...4).contains(words.count),
                words.allSatisfy({ $0.capitalized && !$0.allCaps && $0.alphabetic && !notNameWords.contains($0.id) }),
                let (p, _) = person(at: item.lowerBound, end: item.upperBound, in: text)
            {
                out.append(p)
                continue
            }
            let first = t[item.lowerBound]
            let lowerStart = !first.capitalized && !first.allCaps
            guard !lowerStart || orgHeads.longest(t, at: item.lowerBound) != nil else { break }
            var hi = item.lowerBound + 1
            while hi < item.upperBound {
                let tok = t[hi]
                if tok.kind == .punct {
                    if ["(", ")", "-", "\"", "'", "&", "/"].contains(text.folded(hi)) { hi += 1; continue }
                    break
                }
                if tok.capitalized || tok.allCaps || tok.kind == .number { hi += 1; continue }
                if text.folded(hi) == "dan" || text.folded(hi) == "di", hi + 1 < item.upperBound, t[hi + 1].capitalized || t[hi + 1].allCaps {
                    hi += 1
                    continue
                }
                if lowerStart, !SpeakerExtractor.orgStop.contains(text.folded(hi)) { hi += 1; continue }
                break
            }
            var r = item.lowerBound..<hi
            while r.count > 1, [",", "dan", "di", "-", "("].contains(text.folded(r.upperBound - 1)) { r = r.lowerBound..<(r.upperBound - 1) }
            guard let ev = text.evidence(r) else { continue }
            out.append(Speaker(name: shortForm(r, in: text), kind: .organization, titles: [], affiliation: nil, evidence: ev))
            if hi < item.upperBound { break }
        }
        return out
    }

    /// `Long Name (ABBR) Rest` becomes `ABBR Rest`.
    func shortForm(_ r: Range<Int>, in text: AnalyzedText) -> String {
        let t = text.tokens
        for open in r where open > r.lowerBound && text.folded(open) == "(" {
            // one or two words in parentheses
            for width in 1...2 {
                let close = open + width + 1
                guard close < r.upperBound, text.folded(close) == ")", (open + 1..<close).allSatisfy({ t[$0].kind == .word }) else { continue }
                let rest = close + 1 < r.upperBound ? " " + text.text(of: (close + 1)..<r.upperBound) : ""
                return text.text(of: (open + 1)..<close) + rest
            }
        }
        return text.text(of: r)
    }

    /// The person that ends right before `end` (the connector before a speaker word): the person may end at
    /// `end` itself or at a comma before it when an appositive stands between ("X, S.Sos, pekerja sosial,
    /// sebagai narasumber"). Read from the leftmost start that gives a whole person ending exactly there.
    func person(before end: Int, in text: AnalyzedText) -> Speaker? {
        let t = text.tokens
        guard end > 0, end <= t.count else { return nil }
        // Within the line and 24 tokens: a full stop inside "Sudrajat. S.Sos" is no boundary.
        var lineStart = end - 1
        while lineStart > 0, lineStart > end - 24, !t[lineStart].lineStart { lineStart -= 1 }
        var ends = [end]
        var c = end - 1
        while c >= lineStart {
            if text.folded(c) == "," { ends.append(c) }
            c -= 1
        }
        for e in ends where e > lineStart {
            for s in lineStart..<e {
                // The whole name: no capitalized word (other than a title) right before it.
                if s > lineStart, t[s - 1].kind == .word, t[s - 1].capitalized || t[s - 1].allCaps,
                    titlePre.longest(t, at: s - 1) == nil
                {
                    continue
                }
                // Nor inside a word written with full stops ("S.Sos", "Kab.Tegal").
                if s > lineStart, !t[s].spaceBefore, text.folded(s - 1) == "." { continue }
                if let (speaker, next) = person(at: s, end: e, in: text), next == e { return speaker }
            }
        }
        return nil
    }

    func speakers(_ m: PatternMatch, rule: Rule, in text: AnalyzedText) -> [Speaker] {
        if rule.kind == "person-before" {
            return person(before: m.start, in: text).map { [$0] } ?? []
        }
        if rule.kind == "organization" {
            return m.capture("orgs").map { organizations($0, in: text) } ?? []
        }
        // The rule finds the first person; the list goes on to the end of the sentence (60 tokens at most).
        guard let first = m.capture("persons") else { return [] }
        return persons(first.lowerBound..<max(first.upperBound, listEnd(from: first.lowerBound, in: text)), in: text)
    }

    public func extract(_ text: AnalyzedText, scratch: inout MatchScratch) -> [Speaker] {
        var all: [Speaker] = []
        for rule in rules {
            for m in rule.pattern.matches(in: text, scratch: &scratch) {
                all.append(contentsOf: speakers(m, rule: rule, in: text))
            }
        }
        all.sort { $0.evidence.start < $1.evidence.start }
        // An institution named right after a person is the person's affiliation, not a speaker of its own.
        let t = text.tokens
        func tokenIndex(atScalar offset: Int) -> Int {
            var lo = 0
            var hi = t.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if t[mid].start < offset { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        var lastPerson: Int? = nil
        for i in all.indices {
            if all[i].kind == .person {
                if lastPerson.map({ all[$0].evidence.end <= all[i].evidence.end }) ?? true { lastPerson = i }
                continue
            }
            let start = tokenIndex(atScalar: all[i].evidence.start)
            if let j = lastPerson, all[j].evidence.end <= all[i].evidence.start {
                let personEnd = tokenIndex(atScalar: all[j].evidence.end)
                if start - personEnd <= 15, start < t.count, personEnd < t.count, t[start].sentence == t[personEnd].sentence {
                    if all[j].affiliation == nil { all[j].affiliation = all[i].name }
                    all[i].name = ""
                }
            }
        }
        // An institution followed by a person ("Pemateri dari BNNK Cianjur, Kompol Dede Supriatna") is that
        // person's affiliation too.
        for i in all.indices where all[i].kind == .organization && !all[i].name.isEmpty {
            let end = tokenIndex(atScalar: all[i].evidence.end)
            if let j = all.indices.first(where: { all[$0].kind == .person && all[$0].evidence.start >= all[i].evidence.end }) {
                let start = tokenIndex(atScalar: all[j].evidence.start)
                // Only punctuation and titles stand between ("BNNK Cianjur, Kompol Dede Supriatna").
                if end <= start, start - end <= 4, start < t.count,
                    (end..<start).allSatisfy({ t[$0].kind == .punct || titlePre.longest(t, at: $0) != nil || text.folded($0) == "." }),
                    t[min(end, t.count - 1)].sentence == t[start].sentence
                {
                    if all[j].affiliation == nil { all[j].affiliation = all[i].name }
                    all[i].name = ""
                }
            }
        }
        all.removeAll { $0.name.isEmpty }
        var out: [Speaker] = []
        var seen = Set<String>()
        for s in all {
            let key = s.kind == .person ? Matching.personKey(s.name) : Matching.normalized(s.name)
            if key.isEmpty || !seen.insert(key).inserted { continue }
            out.append(s)
        }
        return out
    }
}
