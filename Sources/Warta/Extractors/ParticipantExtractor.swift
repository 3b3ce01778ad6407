/// Participants: the total and the groups, with the rules of `extractors/participants/`.
///
/// Matches: counts of people with a unit (`diikuti oleh 27 orang`, `kurang lebih seribu peserta`) or a group
/// (`bagi 328 Pekerja Sosial Masyarakat (PSM)`, `Sebanyak 1.681 CPNS`), groups before their count (`KPM
/// sebanyak 13 orang`), and the groups named after the event type (`Bimtek bagi PSM dan TKSK`). Counts of
/// villages, institutions, districts, floors or schools never match (they have no people unit or group), and
/// annual totals (`780 peserta sepanjang tahun`) are rejected.
///
/// Groups are also read from lists after participant cues (kind `list`: `peserta terdiri dari kader kesehatan
/// dan dukuh`, `Unsur peserta mencakup Ketua BPD, kepala desa, perangkat desa`, `diikuti para keuchik,
/// keurani serta kepala urusan`, `Bimtek bagi kader PPKBD serta Sub PPKBD`): each item starts with a known
/// group, a noun for people (lexicon `people_noun`) or, after a strong cue, an abbreviation, and ends at a stop
/// word, a count, a place name or a separator.
///
/// Normalizes to: the total as an integer (thousands dots removed, number words read) and the groups by their
/// short names. A group name is read in this order: a phrase of the alias lexicon `participant_group` gives its
/// key (`Pekerja Sosial Masyarakat` -> `PSM`); a modifier (`anggota`, `pengurus`, `para`, `perwakilan`...)
/// before a known group is dropped (`anggota Tagana` -> `Tagana`) but kept before other words (`anggota
/// BPD`); a long name followed by its abbreviation in parentheses is written with the abbreviation (`Tim
/// Pelaksana Kegiatan (TPK) desa` -> `TPK desa`, `pengurus Lembaga Kesejahteraan Sosial (LKS)` -> `pengurus
/// LKS`); other phrases are kept as written. Counts joined in one sentence are summed (`100 orang PSM, serta 32
/// TKSK` = 132). Counts are ranked by their construction (an attendance word such as `diikuti`, `sebanyak`,
/// `jumlah peserta`, a people unit or group, exact numbers) and by their distance to THE event
/// (``EventAnchor/proximity(of:in:)``); a count of a history (`Semenjak 2009, ... 152 orang TKSK`) is none. A stated total beats a breakdown that does not add
/// up, with the warning `participants-sum-mismatch`; a count followed by `yakni`, `terdiri dari`, `meliputi`
/// and counts is a stated total with its breakdown (`58 orang, yakni 51 anggota Tagana dan 7 anggota
/// Pordam`), whose groups are listed with their counts.
public final class ParticipantExtractor: FieldExtractor {
    /// Whether `s` holds a space (U+0020). Round 19 (SPEED13): `String.contains(" ")` went through Foundation's
    /// `range(of:)`, a literal search of UTF-16 units by CFString (about 700 instructions a call), for the same answer.
    @inline(__always)
    static func hasSpace<S: StringProtocol>(_ s: S) -> Bool { s.utf8.contains(0x20) }

    public static let field = "participants"
    public static let kinds: [String: Set<String>] = [
        "count": ["cue", "approx", "n", "unit", "group"],
        "group-count": ["group", "approx", "n", "unit"],
        "target": ["groups"],
        "list": ["cue", "strong", "weak", "items"],
        "list-after": ["strong"],
        "past-occasion": ["cue"],
    ]
    public static let requiredLexicons = [
        "participant_group", "number_word", "not_annual", "total_cue", "people_noun", "group_modifier", "group_stop",
        "breakdown_cue", "place_word", "count_unit", "list_noun", "vague_group", "replace_cue", "month", "participant_word",
        "history_cue", "group_role", "target_cue", "staff_word", "pool_word", "besides_cue", "not_people", "population_cue",
        "ceremony_verb", "award_verb", "applicant_word", "applicant_verb", "batch_word", "observer_word", "helper_verb",
        "helped_object", "this_occasion",
    ]

    let rules: [Rule]
    let groups: Lexicon
    let numbers: NumberWords
    let notAnnual: Lexicon
    let totalCue: Lexicon
    let countCue: Lexicon
    let countFiller: Lexicon
    let otherCue: Lexicon
    let peopleNoun: Lexicon
    let modifier: Lexicon
    let stop: Lexicon
    let breakdownCue: Lexicon
    let placeWord: Lexicon
    let unit: Lexicon
    let listNoun: Lexicon
    let vagueNames: Set<String>
    /// The bodies among the known groups (`BUMDes`, `rumah sakit`: words of `not_people`), whose people a modifier
    /// names (`pengurus BUMDes`).
    let bodyNames: Set<String>
    /// Round 28 (GRP28): the short names of the known groups (values of `participant_group`), lower-cased.
    let knownNames: Set<String>
    /// Round 29 (GRP29): the words of `people_noun`, lower-cased (`pelaku`, `kader`).
    let peopleWords: Set<String>
    let replaceCue: Lexicon
    let months: Lexicon
    let participantWord: Lexicon
    let historyCue: Lexicon
    let staffWord: Lexicon
    let poolWord: Lexicon
    let role: Lexicon
    let targetCue: Lexicon
    /// Round 40, a lexicon since round 41 (`capacity_raise`): the words of raising or strengthening before `kapasitas`
    /// that make it the name of a training, not a room's capacity. Optional: a rule set without it reads every
    /// `kapasitas` as a target's word.
    let capacityRaise: Lexicon?
    let besidesCue: Lexicon
    let notPeople: Lexicon
    let populationCue: Lexicon
    let ceremonyVerb: Lexicon
    let awardVerb: Lexicon
    let applicant: Lexicon
    let applicantVerb: Lexicon
    let batchWord: Lexicon
    let observerWord: Lexicon
    let helperVerb: Lexicon
    let helpedObject: Lexicon
    /// Round 26 (CORE26): words of this occasion (`tahun ini`, `kali ini`, `angkatan ini`), which a sentence sets
    /// against another occasion's (`Tahun lalu ... 30 orang, tahun ini pesertanya 50 orang`).
    let thisOccasion: Lexicon
    /// Round 17: the vocabulary ids of `sebagai`, `,` and `;` (-1 for a word the rules never name).
    let sebagaiId: Int32
    let commaId: Int32
    let semicolonId: Int32

    public init(rules set: RuleSet) throws(RuleLoadError) {
        rules = set.rules(for: Self.field)
        groups = try set.require("participant_group", for: Self.field)
        numbers = NumberWords(lexicon: try set.require("number_word", for: Self.field))
        notAnnual = try set.require("not_annual", for: Self.field)
        totalCue = try set.require("total_cue", for: Self.field)
        countCue = try set.require("count_cue", for: Self.field)
        countFiller = try set.require("count_filler", for: Self.field)
        otherCue = try set.require("other_cue", for: Self.field)
        peopleNoun = try set.require("people_noun", for: Self.field)
        modifier = try set.require("group_modifier", for: Self.field)
        stop = try set.require("group_stop", for: Self.field)
        breakdownCue = try set.require("breakdown_cue", for: Self.field)
        placeWord = try set.require("place_word", for: Self.field)
        unit = try set.require("count_unit", for: Self.field)
        listNoun = try set.require("list_noun", for: Self.field)
        vagueNames = Set(try set.require("vague_group", for: Self.field).allValues.map { $0.lowercased() })
        replaceCue = try set.require("replace_cue", for: Self.field)
        months = try set.require("month", for: Self.field)
        participantWord = try set.require("participant_word", for: Self.field)
        historyCue = try set.require("history_cue", for: Self.field)
        staffWord = try set.require("staff_word", for: Self.field)
        poolWord = try set.require("pool_word", for: Self.field)
        role = try set.require("group_role", for: Self.field)
        targetCue = try set.require("target_cue", for: Self.field)
        capacityRaise = set.lexicon("capacity_raise")
        besidesCue = try set.require("besides_cue", for: Self.field)
        notPeople = try set.require("not_people", for: Self.field)
        bodyNames = Set(notPeople.allValues.map { $0.lowercased() })
        knownNames = Set(groups.allValues.map { $0.lowercased() })
        peopleWords = Set(peopleNoun.allValues.map { $0.lowercased() })
        populationCue = try set.require("population_cue", for: Self.field)
        ceremonyVerb = try set.require("ceremony_verb", for: Self.field)
        awardVerb = try set.require("award_verb", for: Self.field)
        applicant = try set.require("applicant_word", for: Self.field)
        applicantVerb = try set.require("applicant_verb", for: Self.field)
        batchWord = try set.require("batch_word", for: Self.field)
        observerWord = try set.require("observer_word", for: Self.field)
        helperVerb = try set.require("helper_verb", for: Self.field)
        helpedObject = try set.require("helped_object", for: Self.field)
        thisOccasion = try set.require("this_occasion", for: Self.field)
        sebagaiId = set.vocabulary.id("sebagai")
        commaId = set.vocabulary.id(",")
        semicolonId = set.vocabulary.id(";")
    }

    /// A count of a history, not of one event: its sentence, before it, dates it from a year (`Semenjak 2009,
    /// Kemensos ... sudah merekrut 152 orang TKSK`, `sejak tahun 2015`) or to now (lexicon `history_cue`:
    /// `hingga kini`, `selama ini`). `pelatihan berlangsung sejak Senin, diikuti 40 peserta` is no history.
    /// Round 28 (TOT28): or over a whole year (`Sepanjang tahun 2025, BLK Kudus sudah melatih 780 peserta`, `Selama
    /// 2024, ...`): `sepanjang`/`selama`, perhaps `tahun`, and a year not followed by `ini` (`sepanjang tahun 2025 ini`
    /// may be the event's own run).
    /// Reads at most 30 tokens back, so that a text of one endless sentence stays linear.
    func historyCount(_ start: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard start < t.count else { return false }
        var p = max(start - 30, 0)
        while p < start, t[p].sentence != t[start].sentence { p += 1 }
        while p < start {
            let f = text.folded(p)
            if f == "sejak" || f == "semenjak" {
                var q = p + 1
                if q < start, text.isWord(q, "tahun") { q += 1 }
                if q < start, t[q].digits == 4 { return true }
            }
            if f == "sepanjang" || f == "selama" {
                var q = p + 1
                if q < start, text.isWord(q, "tahun") { q += 1 }
                if q < start, t[q].digits == 4, !(q + 1 < t.count && text.isWord(q + 1, "ini")) { return true }
            }
            if let m = historyCue.longest(t, at: p), p + m.length <= start { return true }
            p += 1
        }
        return false
    }

    /// Round 26 (CORE26): per sentence of another occasion (the starts of its `past_occasion` phrases), the tokens of
    /// this occasion's clause when the sentence sets them apart: a phrase of `this_occasion` in the sentence, and a
    /// comma or a semicolon between it and every other occasion's phrase; the side is from the last such mark before
    /// this occasion's phrase to the first after it (`Tahun lalu ... 30 orang, tahun ini pesertanya 50 orang` -> the
    /// clause of `tahun ini`). No entry when the sentence has no such phrase or no mark between (`Sebanyak 65 kader
    /// mengikuti pelatihan tahun lalu`, `tahun ini lebih banyak dari tahun lalu`): the sentence is the other
    /// occasion's, as before. Reads each sentence once, at most `AnalyzedText.nearLimit` tokens either side.
    func thisOccasionSides(_ pastAt: [Int], _ text: AnalyzedText) -> [Int: Range<Int>] {
        let t = text.tokens
        var out: [Int: Range<Int>] = [:]
        var seen = Set<Int>()
        // The phrases in order, so that each sentence takes its own by two binary searches: linear in the phrases, not
        // phrases times sentences (a text that repeats `tahun lalu` in every sentence).
        let sortedPast = pastAt.sorted()
        func firstAtLeast(_ x: Int) -> Int {
            var lo = 0, hi = sortedPast.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if sortedPast[mid] < x { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        for start in sortedPast where start < t.count {
            let s = t[start].sentence
            guard seen.insert(s).inserted else { continue }
            let r = text.sentenceRange(around: start, limit: AnalyzedText.nearLimit)
            let pasts = sortedPast[firstAtLeast(r.lowerBound)..<max(firstAtLeast(r.lowerBound), firstAtLeast(r.upperBound))]
            var here: Int? = nil
            var hereEnd = r.lowerBound
            var p = r.lowerBound
            while p < r.upperBound {
                if let m = thisOccasion.longest(t, at: p) {
                    here = p
                    hereEnd = p + m.length
                    break
                }
                p += 1
            }
            func mark(_ q: Int) -> Bool { (text.isWord(q, ",") || text.isWord(q, ";")) }
            // Round 34 (heldout19 look e011): no phrase of this occasion, but a comma and a word of change or
            // comparison before every other occasion's phrase (`Total ada 66 orang yang hadir, naik dari 54 orang pada
            // kegiatan serupa tahun lalu`): the clause before the comma is this occasion's.
            if here == nil, let first = pasts.first {
                var q = r.lowerBound + 1
                var side: Range<Int>? = nil
                while q < first {
                    if mark(q - 1), ParticipantExtractor.comparedWords.contains(q, in: text) { side = r.lowerBound..<(q - 1); break }
                    q += 1
                }
                // a year in the clause makes it another occasion's too (`Pada 2022 pesertanya 40 orang, naik dari 25
                // orang ...`; review of round 34)
                if let side, !side.isEmpty, !side.contains(where: { t[$0].kind == .number && text.folded($0).count == 4 && (text.folded($0).hasPrefix("19") || text.folded($0).hasPrefix("20")) }) {
                    out[s] = side
                }
                continue
            }
            guard let h = here else { continue }
            // A mark between this occasion's phrase and every other occasion's.
            guard pasts.allSatisfy({ q in
                q < h ? (q..<h).contains(where: mark) : (h..<q).contains(where: mark)
            }) else { continue }
            var lo = h
            while lo > r.lowerBound, !mark(lo - 1) { lo -= 1 }
            // A phrase that opens its clause with a mark of its own (`Tahun ini, pesertanya 50 orang, naik dari ...`)
            // runs on to the next mark.
            var hi = min(hereEnd, r.upperBound)
            if hi < r.upperBound, mark(hi) { hi += 1 }
            while hi < r.upperBound, !mark(hi) { hi += 1 }
            out[s] = lo..<hi
        }
        return out
    }

    /// Round 34: words of a change or a comparison that open the clause of another occasion's count (`, naik dari`).
    static let comparedWords: FoldedWords = ["naik", "turun", "meningkat", "menurun", "bertambah", "berkurang", "dibanding",
                                             "dibandingkan", "ketimbang", "lebih"]

    /// Round 26 (CORE26): words that open a clause set against the one before (`, namun`, `, setelah`).
    static let turnWords: FoldedWords = ["namun", "tetapi", "tapi", "setelah", "sesudah", "padahal"]

    /// Round 26 (CORE26): a comma or a semicolon between `a` and `b`, with a word of `turnWords` right after it (or one
    /// word later: `, dan setelah`). Reads the tokens between the two counts, at most 40.
    func turnBetween(_ a: Int, _ b: Int, _ text: AnalyzedText) -> Bool {
        guard a < b, b <= text.tokens.count else { return false }
        var p = a
        while p < min(b, a + 40) {
            if (text.isWord(p, ",") || text.isWord(p, ";")) {
                if p + 1 < b, Self.turnWords.contains(p + 1, in: text) { return true }
                if p + 2 < b, (text.isWord(p + 1, "dan") || text.isWord(p + 1, "serta")), Self.turnWords.contains(p + 2, in: text) { return true }
            }
            p += 1
        }
        return false
    }

    /// Round 26 (CORE26): words that set who came against a pool (`namun yang hadir hanya 42`).
    static let contrastWords: FoldedWords = ["namun", "tetapi", "tapi", "hanya", "cuma", "sayangnya"]

    /// Round 26 (CORE26): whether `c` counts a pool (a word of `pool_word` at most three tokens before its start, in
    /// its clause, in its words, or at most three after its end) that the next count `next` is set against by a word of contrast
    /// between them. Reads at most the tokens between the two counts and six around `c`.
    func contrastPool(_ c: Count, before next: Count, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        let a = c.range.lowerBound, b = c.range.upperBound
        guard b <= next.range.lowerBound, next.range.lowerBound <= t.count else { return false }
        var pooled = false
        var p = a - 1
        while p >= max(0, a - 3), t[p].sentence == t[a].sentence, !(text.isWord(p, ",") || text.isWord(p, ";") || text.isWord(p, ":")) {
            if let m = poolWord.longest(t, at: p), p + m.length <= a { pooled = true }
            p -= 1
        }
        // In the count's own words too (`60 kader diundang`: the match takes a verb after its group).
        var q = a
        while !pooled, q < min(next.range.lowerBound, b + 3), q == a || !(text.isWord(q, ",") || text.isWord(q, ";") || text.isWord(q, ":")) {
            if poolWord.longest(t, at: q) != nil { pooled = true }
            q += 1
        }
        guard pooled else { return false }
        return (b..<next.range.lowerBound).contains { Self.contrastWords.contains($0, in: text) }
    }

    /// A word of `lexicon` ending at or before `i`, starting at most `window` tokens before it, in its sentence.
    func wordBefore(_ lexicon: Lexicon, _ i: Int, within window: Int, _ text: AnalyzedText) -> Bool {
        reachBefore(lexicon, i, within: window, text, stopAtNumber: false)
    }

    /// A verb of a ceremony (lexicon `ceremony_verb`) right after a count, past `yang`, `akan`, `telah`: `sebanyak 25
    /// anggota Tagana akan dikukuhkan`.
    func ceremonyAfter(_ end: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        var p = end
        while p < min(t.count, end + 3), Self.auxiliaries.contains(p, in: text) || Self.meritWords.contains(p, in: text) { p += 1 }
        return p < t.count && ceremonyVerb.longest(t, at: p) != nil
    }

    /// Round 15: words of merit between a count and a verb of an award (`Lima peserta terbaik menerima hadiah`).
    static let meritWords: FoldedWords = ["terbaik", "berprestasi", "teladan", "terfavorit", "favorit"]
    /// Round 15 fix: words of merit that make a gift (lexicon `award_verb`) an award to some, not to all.
    static let awardMeritWords: Set<String> = meritWords.all.union(["juara", "pemenang"])

    /// Round 15 fix: a gift or an honour (lexicon `award_verb`) right before the count (at most five tokens) or right
    /// after it (past `yang`, `akan`, words of merit), with a word of merit in the count, next to it (four tokens
    /// either side) or after the verb (six tokens), in its sentence: `hadiah kepada tiga peserta terbaik`, `Lima
    /// peserta terbaik menerima hadiah`. Not `sertifikat dan penghargaan diberikan kepada 40 peserta`, `Sebanyak 30
    /// peserta menerima hadiah berupa mesin jahit`: a gift to all.
    func awardToMerit(_ start: Int, _ end: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard start < t.count else { return false }
        let s = t[start].sentence
        func merit(_ r: Range<Int>) -> Bool {
            r.contains { $0 >= 0 && $0 < t.count && t[$0].sentence == s && Self.awardMeritWords.contains(text.folded($0)) }
        }
        if reachBefore(awardVerb, start, within: 5, text) { return merit(max(0, start - 4)..<min(t.count, end + 4)) }
        var p = end
        while p < min(t.count, end + 3), Self.auxiliaries.contains(p, in: text) || Self.meritWords.contains(p, in: text) { p += 1 }
        guard p < t.count, let a = awardVerb.longest(t, at: p) else { return false }
        return merit(max(0, start - 4)..<min(t.count, p + a.length + 6))
    }

    /// A word of a population or a statistic (lexicon `population_cue`) at most six tokens before `start`, in its
    /// sentence. Round 15 fix: not `kini menjadi`/`kini berjumlah` after `peserta` (eight tokens back): `Jumlah peserta
    /// pelatihan tahun ini kini menjadi 45 orang` is the event's own count.
    func populationBefore(_ start: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard start < t.count else { return false }
        var p = start - 1
        while p >= max(0, start - 6), t[p].sentence == t[start].sentence {
            if let m = populationCue.longest(t, at: p), p + m.length <= start {
                let ofParticipants = text.isWord(p, "kini")
                    && (max(0, p - 8)..<p).contains { t[$0].sentence == t[p].sentence && (text.isWord($0, "peserta") || text.isWord($0, "pesertanya")) }
                // Round 24 (CORE24): what a region has now or still has (`saat ini terdapat 3.400 pramuwisata`, `masih ada
                // 300 operator`) is a population, but not a count that names the participants (`Saat ini terdapat 35
                // peserta yang mengikuti pelatihan`): `peserta` in the four tokens from the count's start.
                // Round 24 review (MENDA24): or a count whose clause says its people take part (`Saat ini terdapat 30
                // kader posyandu yang mengikuti pelatihan`): `yang` (`sedang`, `telah`) `mengikuti`/`ikut` in the
                // seven tokens from the count's start (not `yang belum mengikuti`).
                let nowOfParticipants = Self.nowWords.contains(p, in: text)
                    && ((start..<min(t.count, start + 4)).contains { Self.participantWords.contains($0, in: text) }
                        || takePartAfter(start, text))
                // Round 28 (TOT28): what an event has is its participants (`Pelatihan ini memiliki peserta sebanyak 55
                // orang`, `Kegiatan ini memiliki 55 peserta`): a word of the event right before the word of having, and
                // `peserta` right after it or in the four tokens from the count's start (not `Desa ini memiliki ...`).
                let cueEnd = p + m.length
                let hasParticipants = Self.havingWords.contains(p, in: text) && eventWordBefore(p, text)
                    && ((cueEnd < start && Self.participantWords.contains(cueEnd, in: text))
                        || (start..<min(t.count, start + 4)).contains { Self.participantWords.contains($0, in: text) })
                if !ofParticipants, !nowOfParticipants, !hasParticipants { return true }
            }
            if t[p].kind == .number { return false }
            p -= 1
        }
        return false
    }

    /// Round 45 (probes al09, ao12): a count that `mencapai` reaches (a word of approximation may stand between) in a
    /// sentence that names neither the participants nor an event nor taking part, before the count or in its words
    /// (`Ia menyebut kunjungan wisatawan ke Sikka tahun 2024 mencapai 78 ribu orang`, `jumlah pencari kerja yang
    /// terdaftar di Disnaker hingga Mei 2024 mencapai 7.460 orang`): a statistic of the region or the office, not
    /// who took part (`Jumlah peserta mencapai 120 orang`, `Pelatihan ini diikuti ... mencapai`, `mencapai 120
    /// peserta` stay counts). At most 30 tokens back, in the sentence.
    func statisticReached(_ m: PatternMatch, number nr: Range<Int>, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        var c = nr.lowerBound - 1
        while c >= max(0, nr.lowerBound - 4), !text.isWord(c, "mencapai") { c -= 1 }
        guard c >= 0, c >= nr.lowerBound - 4, text.isWord(c, "mencapai") else { return false }
        let s = t[c].sentence
        func namesTheEvent(_ i: Int) -> Bool {
            let f = text.folded(i)
            if f == "ini" || f == "tersebut" || f == "itu" { return false }
            return Self.participantWords.contains(f) || Self.eventSelfWords.contains(f) || Self.takePartVerbs.contains(f)
                || Self.statisticOfTheEvent.contains(f)
        }
        if (nr.upperBound..<min(t.count, m.end + 1)).contains(where: { t[$0].sentence == s && namesTheEvent($0) }) { return false }
        var i = c - 1
        while i >= 0, i >= c - 30, t[i].sentence == s {
            if namesTheEvent(i) { return false }
            i -= 1
        }
        return true
    }

    /// Round 45: words of an event or its people besides `eventSelfWords`, which make a reached count the event's.
    static let statisticOfTheEvent: FoldedWords = ["diikuti", "dihadiri", "hadir", "dilatih", "terlatih", "mereka", "pesertanya",
                                                   "angkatan", "gelombang", "kelas", "bimbingan", "orientasi", "diklat", "seminar",
                                                   "pendidikan", "penyuluhan", "latihan", "magang", "peserta"]

    /// Round 45 (probes ao12, au11, au15): the participants divided into N batches (`Pelatihan dibagi ke dalam tiga
    /// gelombang`, `Peserta dibagi dalam tiga angkatan`; a number of 2-10 and a word of lexicon `batch_word` at most
    /// four tokens after `dibagi`) and counted batch by batch in the eight sentences after it, each count in a sentence
    /// where that batch word and an ordinal (`pertama`, `kedua`, `II`, `3` ...) stand before it (`Gelombang pertama ...
    /// diikuti 50 peserta. Gelombang kedua ... dengan 45 peserta. Adapun gelombang ketiga ... 55 peserta`). With
    /// exactly N such counts, distinct ordinals, and the chosen total among them: their sum and the span from the
    /// first to the last. One pass over the tokens for `dibagi`, then over the clusters.
    func batchSum(_ clusters: [[Count]], chosen: Int, _ text: AnalyzedText) -> (Int, Range<Int>)? {
        let t = text.tokens
        guard clusters.count >= 2 else { return nil }
        var announced: (n: Int, word: String, sentence: Int)? = nil
        var p = 0
        while p < t.count, announced == nil {
            if text.isWord(p, "dibagi") {
                var q = p + 1
                while q < min(t.count, p + 5) {
                    let n = t[q].kind == .number ? t[q].number : numbers.read(text, at: q).map { $0.0 }
                    let length = t[q].kind == .number ? 1 : (numbers.read(text, at: q)?.1 ?? 0)
                    if let n, (2...10).contains(n), length > 0, q + length < t.count, batchWord.longest(t, at: q + length) != nil {
                        announced = (n, text.folded(q + length), t[p].sentence)
                        break
                    }
                    q += 1
                }
            }
            p += 1
        }
        guard let a = announced else { return nil }
        var ordinals = Set<String>()
        var batches: [(n: Int, range: Range<Int>)] = []
        for cl in clusters {
            guard let first = cl.first, let last = cl.last, first.sentence >= a.sentence, first.sentence <= a.sentence + 8 else { continue }
            // the batch word and its ordinal before the count, in its sentence
            var q = first.range.lowerBound - 1
            var ordinal: String? = nil
            while q >= 0, t[q].sentence == first.sentence, q > first.range.lowerBound - 30 {
                if text.folded(q) == a.word, q + 1 < first.range.lowerBound,
                   t[q + 1].kind == .number || DateExtractor.batchOrdinals.contains(q + 1, in: text) {
                    ordinal = text.folded(q + 1)
                    break
                }
                q -= 1
            }
            guard let o = ordinal, !ordinals.contains(o) else { continue }
            ordinals.insert(o)
            batches.append((cl.reduce(0) { $0 + $1.n }, first.range.lowerBound..<last.range.upperBound))
        }
        guard batches.count == a.n, batches.contains(where: { $0.n == chosen }), let f = batches.first, let l = batches.last else { return nil }
        return (batches.reduce(0) { $0 + $1.n }, f.range.lowerBound..<l.range.upperBound)
    }

    /// Round 46 (probe az12): a breakdown of a count of everyone into the participants and the event's staff: at most
    /// four tokens after the count, in its sentence, `terdiri atas`/`terdiri dari` (a comma may stand before), then
    /// in the rest of the sentence (at most forty tokens) counts each followed by its noun: exactly one followed by
    /// `peserta`, and at least one by a word of lexicon `staff_word` or `observer_word` (`panitia`, `narasumber`,
    /// `tamu undangan`). Returns the participants' count and its range.
    func staffBreakdown(after c: Count, _ text: AnalyzedText) -> (Int, Range<Int>)? {
        let t = text.tokens
        var p = c.range.upperBound
        let s = c.sentence
        var opened = false
        while p + 1 < min(t.count, c.range.upperBound + 5), t[p].sentence == s {
            if text.isWord(p, "terdiri"), text.isWord(p + 1, "atas") || text.isWord(p + 1, "dari") { opened = true; p += 2; break }
            p += 1
        }
        guard opened else { return nil }
        var participants: (Int, Range<Int>)? = nil
        var staff = 0
        let end = min(t.count, p + 40)
        while p < end, t[p].sentence == s {
            let n: Int?
            let length: Int
            if t[p].kind == .number, let v = t[p].number { n = v; length = 1 }
            else if t[p].kind == .word, let (v, l) = numbers.read(text, at: p) { n = v; length = l }
            else { n = nil; length = 1 }
            if let n, p + length < t.count, t[p + length].sentence == s {
                var q = p + length
                if text.isWord(q, "orang") { q += 1 }
                if q < t.count, text.isWord(q, "peserta") {
                    if participants != nil { return nil }
                    participants = (n, p..<(q + 1))
                } else if q < t.count, staffWord.longest(t, at: q) != nil || observerWord.longest(t, at: q) != nil {
                    staff += 1
                }
            }
            p += length
        }
        guard let found = participants, staff >= 1 else { return nil }
        return found
    }

    /// Round 45 (probes an02, as01, as08): the count of people right after the chosen count's group and `dan`,
    /// `serta` or `ditambah` (a comma may stand before), in its sentence, at most twelve tokens on: a number (digits or
    /// number words, at most 9,999), then one to three words of a group (the second count's range runs from its
    /// number to the group's end) that are no thing counted (`not_people`), unit of time, month, the event's staff
    /// (`staff_word`) or batch; not a count any rule read (it would be in a cluster already). Returns the number and
    /// the group's words.
    func addedPart(after c: Count, _ clusters: [[Count]], _ text: AnalyzedText) -> (Int, group: Range<Int>)? {
        let t = text.tokens
        var p = c.range.upperBound
        let end = min(t.count, p + 12)
        while p < end, t[p].sentence == c.sentence, t[p].kind == .word || text.isWord(p, "(") || text.isWord(p, ")") || text.isWord(p, "/") {
            if text.isWord(p, "dan") || text.isWord(p, "serta") || text.isWord(p, "ditambah") { break }
            if t[p].kind == .word, !t[p].capitalized, !t[p].allCaps, Self.addedStops.contains(p, in: text) { return nil }
            p += 1
        }
        if p < end, text.isWord(p, ","), p + 1 < end { p += 1 }
        guard p < end, t[p].sentence == c.sentence, text.isWord(p, "dan") || text.isWord(p, "serta") || text.isWord(p, "ditambah") else { return nil }
        let q = p + 1
        guard q < t.count, t[q].sentence == c.sentence else { return nil }
        let n: Int
        let length: Int
        if t[q].kind == .number, let v = t[q].number, q + 1 < t.count, !text.isWord(q + 1, ".") && !text.isWord(q + 1, ",") {
            n = v
            length = 1
        } else if t[q].kind == .word, let (v, l) = numbers.read(text, at: q) {
            n = v
            length = l
        } else {
            return nil
        }
        guard (2...9_999).contains(n) else { return nil }
        let g = q + length
        guard g < t.count, t[g].sentence == c.sentence, t[g].kind == .word, t[g].alphabetic,
              notPeople.longest(t, at: g) == nil, staffWord.longest(t, at: g) == nil, batchWord.longest(t, at: g) == nil,
              months.longest(t, at: g) == nil, !Self.addedStops.contains(g, in: text)
        else { return nil }
        if clusters.contains(where: { cl in cl.contains { $0.range.contains(q) } }) { return nil }
        var e = g + 1
        while e < min(t.count, g + 3), t[e].sentence == c.sentence, t[e].kind == .word, t[e].alphabetic,
              !Self.addedStops.contains(e, in: text), !text.isWord(e, "dari"), !text.isWord(e, "yang") { e += 1 }
        return (n, g..<e)
    }

    /// Round 45: words that end the search for an added part or stand for no people (`kali`, `persen`, `tahun` are in
    /// `not_people`): a verb or a preposition of the clause.
    static let addedStops: FoldedWords = ["yang", "untuk", "dengan", "di", "ke", "pada", "mengikuti", "ikut", "orang",
                                          "persen", "hari", "jam", "menit", "kali", "tahun", "bulan", "pekan", "minggu",
                                          "rupiah", "juta", "ribu", "miliar", "lebih", "sekitar"]

    /// Round 24 review (MENDA24): `yang`, perhaps `sedang`/`telah`/`sudah`, then `mengikuti`/`ikut`, in the
    /// sentence, at most seven tokens from `start`.
    func takePartAfter(_ start: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard start >= 0, start < t.count else { return false }
        let s = t[start].sentence
        for y in start..<min(t.count, start + 7) where t[y].sentence == s && text.isWord(y, "yang") {
            var v = y + 1
            if v < t.count, Self.takePartAdverbs.contains(v, in: text) { v += 1 }
            return v < t.count && t[v].sentence == s && Self.takePartVerbs.contains(v, in: text)
        }
        return false
    }

    /// Round 24 (CORE24): the first words of the cues of what a region has now or still has (`saat ini terdapat`).
    static let nowWords: FoldedWords = ["saat", "masih", "kini", "sekarang"]
    /// Round 28 (TOT28): the words of having among `population_cue`, which an event may say of its participants.
    static let havingWords: FoldedWords = ["memiliki", "mempunyai"]
    /// Round 28 (TOT28): the words of the event itself that may have participants (`Pelatihan ini memiliki ...`).
    static let eventSelfWords: FoldedWords = ["pelatihan", "kegiatan", "bimtek", "diklat", "acara", "workshop", "pembinaan",
                                              "sosialisasi", "lokakarya", "kursus", "ini", "tersebut", "itu"]
    /// Round 28 (TOT28): a word of the event, perhaps with `ini`/`tersebut`/`itu` after it, in the three tokens
    /// before `p`, in its sentence (`Pelatihan ini memiliki`, `Kegiatan tersebut mempunyai`).
    func eventWordBefore(_ p: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        var q = p - 1
        while q >= max(0, p - 3), t[q].sentence == t[p].sentence {
            let f = text.folded(q)
            guard Self.eventSelfWords.contains(f) else { return false }
            if !(f == "ini" || f == "tersebut" || f == "itu") { return true }
            q -= 1
        }
        return false
    }
    /// Round 28 (TOT28): verbs that deploy a force (`Polres menyiagakan 50 personel`).
    static let deployVerbs: FoldedWords = ["menyiagakan", "disiagakan", "menerjunkan", "diterjunkan", "mengerahkan", "dikerahkan",
                                           "menurunkan", "diturunkan", "menempatkan", "ditempatkan", "menyiapkan", "disiapkan"]
    /// Round 28 (TOT28): words of guarding an event.
    static let securityWords: FoldedWords = ["pengamanan", "mengamankan", "pengawalan", "mengawal", "menjaga", "berjaga",
                                             "penjagaan", "pengaturan"]
    /// Round 28 (TOT28): a force deployed to guard the event, not its participants (`Polres Subang menyiagakan 50
    /// personel untuk pengamanan kegiatan`, `sebanyak 30 personel disiagakan untuk mengamankan jalannya pelatihan`): a
    /// verb of deploying right before the number (past a word of approximation) or after it (in the count's words or the
    /// two tokens after them), and a word of guarding in the six tokens after the count, in its sentence. Without the verb of deploying it is no force
    /// (`Pelatihan diikuti 40 satpam guna menjaga keamanan lingkungan`).
    func securityDeployed(_ nr: Range<Int>, _ end: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        let s = t[nr.lowerBound].sentence
        var b = nr.lowerBound - 1
        while b >= 0, b >= nr.lowerBound - 3, Self.approxWords.contains(b, in: text) { b -= 1 }
        let before = b >= 0 && t[b].sentence == s && Self.deployVerbs.contains(b, in: text)
        // After the number, inside the count's group (`30 personel gabungan disiagakan`) or in the two tokens after it.
        let after = (nr.upperBound..<min(t.count, end + 2)).contains { t[$0].sentence == s && Self.deployVerbs.contains($0, in: text) }
        guard before || after else { return false }
        return (end..<min(t.count, end + 6)).contains { t[$0].sentence == s && Self.securityWords.contains($0, in: text) }
    }
    static let approxWords: FoldedWords = ["sekitar", "sebanyak", "kurang", "lebih", "setidaknya", "sedikitnya"]
    /// Round 28 (TOT28): a limit, not a count (`minimal 20 peserta per kelas`, `maksimal 30 orang`): a target.
    static let limitWords: FoldedWords = ["minimal", "maksimal", "minimum", "maksimum", "maks"]
    static let participantWords: FoldedWords = ["peserta", "pesertanya"]
    static let takePartAdverbs: FoldedWords = ["sedang", "telah", "sudah", "turut"]
    static let takePartVerbs: FoldedWords = ["mengikuti", "ikut"]

    static let auxiliaries: FoldedWords = ["yang", "akan", "telah", "sudah", "resmi", "segera"]
    /// Words of address for grown people, kept doubled in a group's name (`ibu-ibu`, `mama-mama`).
    static let addressWords: FoldedWords = ["ibu", "bapak", "mama", "mace", "emak", "bunda"]

    /// A word of a target, a quota or a capacity (lexicon `target_cue`: `menargetkan`, `kuota`, `berkapasitas`) at
    /// most twelve tokens before `start`, in its sentence. A number between the cue and the count ends its reach
    /// (`Dari target 50 peserta, hanya 35 orang yang hadir`: 35 is who came).
    /// Round 40 (probe q13): not `kapasitas` after a word of raising or strengthening (`Peningkatan kapasitas ini diikuti
    /// 153 penyuluh ...`, `penguatan kapasitas`, `meningkatkan kapasitas`): the name of a capacity-building event, not
    /// the capacity of a room.
    func targetBefore(_ start: Int, _ text: AnalyzedText) -> Bool {
        reachBefore(targetCue, start, within: 12, text, skipping: { p in
            p > 0 && text.isWord(p, "kapasitas") && (self.capacityRaise?.longest(text.tokens, at: p - 1).map { $0.length == 1 } ?? false)
        })
    }

    /// A word of `lexicon` ending at or before `start`, starting at most `window` tokens before it, in its sentence;
    /// with `stopAtNumber`, no number between.
    func reachBefore(_ lexicon: Lexicon, _ start: Int, within window: Int, _ text: AnalyzedText, stopAtNumber: Bool = true,
                     stopAtComma: Bool = false, skipping skip: ((Int) -> Bool)? = nil) -> Bool {
        let t = text.tokens
        guard start < t.count else { return false }
        var p = start - 1
        while p >= max(0, start - window), t[p].sentence == t[start].sentence {
            if let m = lexicon.longest(t, at: p), p + m.length <= start, !(skip?(p) ?? false) { return true }
            if stopAtNumber, t[p].kind == .number { return false }
            if stopAtComma, text.isWord(p, ",") { return false }
            p -= 1
        }
        return false
    }

    /// Round 29 (GRP29): a list whose only subject is `mereka`, right after a sentence that tells a history (`terhitung
    /// sejak 2009 sudah ada 152 orang TKSK yang direkrut Kemensos. Mereka berasal dari kalangan Pekerja Sosial
    /// Masyarakat serta Karang Taruna`, heldout17 q104): they are that history's people, not the event's.
    func theyOfAHistory(_ i: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard i < t.count else { return false }
        var p = i
        while p > 0, p > i - 16, t[p - 1].sentence == t[i].sentence { p -= 1 }
        guard p > 0, t[p - 1].sentence != t[i].sentence else { return false }
        var they = false
        for q in p..<i {
            let f = text.folded(q)
            if f == "mereka" {
                they = true
            } else if f == "peserta" || f == "pesertanya" || t[q].kind == .number {
                return false
            }
        }
        return they && historyCount(p - 1, text)
    }

    /// A word for the participants (`peserta`, `36 orang`) at most sixteen tokens before `i`, in its sentence (`36 orang
    /// peserta, masing-masing 12 orang dari Desa A, Desa B dan Kelurahan C, terdiri atas ...`).
    func participantsNamedBefore(_ i: Int, _ text: AnalyzedText) -> Bool {
        wordBefore(participantWord, i, within: 16, text)
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
        /// A target, a quota or a capacity (`OJK menargetkan setiap guru ... mengedukasi minimal 30 siswa`, `kuota
        /// kami hanya 352`), not who took part.
        var target = false
        /// Named beside the participants (`Selain peserta, ... 6 orang panitia`; lexicon `besides_cue`).
        var besides = false
        /// Round 16: the number of batches a count per unit counts (`dibagi dua angkatan masing-masing 24 orang`).
        var batches: Int? = nil
        /// Round 21: a number the participants were raised to (`peserta ditambah menjadi 120 orang`).
        var revised = false
        /// Round 47: a count of people no lexicon knows, read beside a count of people joined to it
        /// (``siblingsAdded(_:_:)``).
        var sibling = false
    }

    /// Round 47 (probes bi09, bi13): the counts kept, with the counts of people no lexicon knows that stand right
    /// before one of them: two groups counted side by side are people alike. A number, one to three words in lower
    /// case of no lexicon's (no group, no people's noun for the first; no thing counted, unit, month, number word or
    /// stop word for any), then `dan`, `serta` or a comma and a kept count with its group (`Sebanyak 48 proktor dan 48
    /// teknisi`, `35 nazir wakaf dan 8 Kepala KUA Kecamatan`); a chain of them is read back from the last. Read from
    /// the few counts kept, not by a rule over every number: such a rule cost 1.1 % of an article's instructions.
    /// `counts` are in text order, and so is the result.
    func siblingsAdded(_ counts: [Count], _ text: AnalyzedText) -> [Count] {
        let t = text.tokens
        func sibling(before c: Count) -> Count? {
            let lo = c.range.lowerBound
            guard c.group != nil, lo >= 3, lo < t.count, t[lo - 1].sentence == c.sentence,
                  text.isWord(lo - 1, "dan") || text.isWord(lo - 1, "serta") || text.isWord(lo - 1, ",") else { return nil }
            var j = lo - 2
            while j > 0, j > lo - 5, t[j].kind == .word, t[j].alphabetic, !t[j].capitalized, !t[j].allCaps,
                  t[j].sentence == c.sentence, notPeople.longest(t, at: j) == nil, unit.longest(t, at: j) == nil,
                  months.longest(t, at: j) == nil, stop.longest(t, at: j) == nil, numbers.lexicon.longest(t, at: j) == nil,
                  !text.isWord(j, "dan"), !text.isWord(j, "serta") {
                j -= 1
            }
            let first = j + 1
            guard first < lo - 1, t[j].kind == .number, t[j].spaceBefore || j == 0, t[j].sentence == c.sentence,
                  let n = t[j].number, n >= 2, n < 1_000_000, !(t[j].end - t[j].start == 4 && n >= 1900),
                  groups.longest(t, at: first) == nil, peopleNoun.longest(t, at: first) == nil else { return nil }
            // `Sebanyak` before the number is the count's cue and part of its evidence, as a rule's match reads it.
            let cued = j > 0 && text.isWord(j - 1, "sebanyak") && t[j - 1].sentence == c.sentence
            var s = Count(range: (cued ? j - 1 : j)..<(lo - 1), n: n, group: groupName(first..<(lo - 1), text),
                          cue: cued ? "sebanyak" : nil, approx: false, hasUnit: false, sentence: c.sentence, total: false)
            s.sibling = true
            return s
        }
        guard counts.contains(where: { $0.group != nil }) else { return counts }
        var out: [Count] = []
        for c in counts {
            var chain: [Count] = []
            var right = c
            while let s = sibling(before: right), s.range.lowerBound >= (out.last?.range.upperBound ?? 0) {
                chain.insert(s, at: 0)
                right = s
            }
            out += chain
            out.append(c)
        }
        return out
    }

    /// Round 47 (probe bi09): the counts kept, without a count right after `dari` or `asal` that follows another count
    /// (`48 guru dan 48 teknisi dari 48 SMP hadir sebagai peserta`): where the people come from, not people.
    /// `counts` are in text order.
    static func originsDropped(_ counts: [Count], _ text: AnalyzedText) -> [Count] {
        guard counts.count >= 2 else { return counts }
        var out: [Count] = [counts[0]]
        for c in counts.dropFirst() {
            let lo = c.range.lowerBound
            if lo > 0, let prev = out.last, prev.range.upperBound == lo - 1, prev.sentence == c.sentence,
               text.isWord(lo - 1, "dari") || text.isWord(lo - 1, "asal") {
                continue
            }
            out.append(c)
        }
        return out
    }

    /// The integer of a `%number` capture: digits with thousands dots, or number words.
    func number(_ r: Range<Int>, _ text: AnalyzedText) -> Int? {
        let t = text.tokens
        if t[r.lowerBound].kind == .number {
            var digits = ""
            for i in r where t[i].kind == .number { digits += text.folded(i) }
            guard digits.count <= 9, let n = Int(digits) else { return nil }
            // `2 ribu peserta`: digits and a word of thousands.
            switch text.folded(r.upperBound - 1) {
            case "ribu": return n * 1000
            case "juta": return n * 1_000_000
            default: return n
            }
        }
        return numbers.value(text, r)
    }

    func count(_ m: PatternMatch, rule: Rule, in text: AnalyzedText) -> Count? {
        let t = text.tokens
        guard let nr = m.capture("n"), let n = number(nr, text), n > 0, n < 1_000_000 else { return nil }
        // A year after a month or "tahun" ("18 hingga 27 September 2017 perangkat desa") counts no one.
        if t[nr.lowerBound].digits == 4, nr.lowerBound > 0,
            text.isWord(nr.lowerBound - 1, "tahun") || months.longest(t, at: nr.lowerBound - 1)?.length == 1
        {
            return nil
        }
        // Round 12. The part after a decimal comma (`1,2 juta jiwa`), and either end of a range (`20-25 orang`, `20
        // hingga 25 peserta`), are no count: the text states no number of people.
        let lo = nr.lowerBound
        if lo >= 2, text.isWord(lo - 1, ","), !t[lo].spaceBefore, !t[lo - 1].spaceBefore, t[lo - 2].kind == .number { return nil }
        if lo >= 2, Self.rangeWords.contains(lo - 1, in: text), t[lo - 2].kind == .number { return nil }
        // Round 45 (probe ao11): so is a range in number words (`antara lima hingga sembilan orang`).
        if lo >= 2, Self.rangeWords.contains(lo - 1, in: text), t[lo - 2].kind == .word, t[lo].kind == .word,
            numbers.value(text, (lo - 2)..<(lo - 1)) != nil
        {
            return nil
        }
        // Round 20 (CORE20, heldout12 y009): the minutes of a clock time (`Senin, 21 Sep 2026 15:40`, `pukul 10:30`)
        // are no count: a number glued to a colon or a dot glued to another number.
        if lo >= 2, (text.isWord(lo - 1, ":") || text.isWord(lo - 1, ".")), !t[lo].spaceBefore, !t[lo - 1].spaceBefore, t[lo - 2].kind == .number {
            return nil
        }
        // Round 20 (CORE20, heldout12 y009): a group in another sentence than its number (a dateline's time above a
        // headline, `15:40` then `Operator Desa Dibekali ...`) is no group of that number.
        // Review of round 20: only above the body; a hard-wrapped body line (`diikuti 35\nkader dari enam desa`)
        // breaks no count from its group.
        if let g = m.capture("group"), g.lowerBound < t.count, t[g.lowerBound].sentence != t[lo].sentence, lo < text.bodyStart {
            return nil
        }
        if let g = m.capture("group"), notPeople.longest(t, at: g.lowerBound) != nil { return nil }
        // Round 19 (heldout11 w015): a count whose units each send people (`perwakilan 25 pokdarwis, masing-masing
        // mengirim dua orang`) counts the units, not people: the count sent is the one (`sendingUnits`).
        if sendsPeople(after: m.end, text) { return nil }
        // A population or a statistic (`Kecamatan ini memiliki 120 kader posyandu aktif`, `Angka pengangguran
        // mencapai 5.000 orang`): how many there are, not who took part.
        if populationBefore(m.start, text) { return nil }
        if statisticReached(m, number: nr, text) { return nil }
        if reachBefore(ceremonyVerb, m.start, within: 5, text) || ceremonyAfter(m.end, text) { return nil }
        if awardToMerit(m.start, m.end, text) { return nil }
        // An annual total is not this event's.
        if m.end < t.count, notAnnual.longest(t, at: m.end) != nil { return nil }
        guard n >= 2, !(m.start > 0 && text.isWord(m.start - 1, "salah")) else { return nil }
        // A bound, not a count: `perahu di bawah 5 GT`, `usia di atas 17 tahun`.
        // (Round 12: `terdiri atas 20 kader` is dropped here too; reading it named the breakdown's groups where two
        // writers name none, and cost participant_groups on their sets. A known miss of the probes.)
        // Round 20 (CORE20, heldout12 y015): but `terdiri atas` followed by counts joined by `dan` (`Peserta bimtek
        // terdiri atas sembilan orang anggota Bapemperda dan empat orang tenaga ahli` = 13) is a breakdown whose
        // first part dropped alone left the second as the total.
        // Round 37 (probe f06): nor `terdiri atas` with a count of people and no group, said of the participants
        // (`Peserta pelatihan terdiri atas 16 orang`): the total, as `terdiri dari 16 orang` is; no group is named.
        if m.start > 0, Self.boundWords.contains(m.start - 1, in: text),
            !(m.start > 1 && text.isWord(m.start - 1, "atas") && text.isWord(m.start - 2, "terdiri")
                && participantsSubject(before: m.start - 2, text)
                && (laterPartJoined(after: m.end, text) || m.capture("group") == nil))
        {
            return nil
        }
        if historyCount(m.start, text) { return nil }
        if securityDeployed(nr, m.end, text) { return nil }
        if countsBodiesJoined(m.start, text) { return nil }
        // Review of round 20: a count among those counted before (`40 kader, 12 orang di antaranya baru bertugas`,
        // `15 di antaranya perempuan`) is a subset, neither the total nor a part to add.
        var after = m.end
        while after < min(t.count, m.end + 3), t[after].sentence == t[lo].sentence, t[after].kind == .word {
            if Self.subsetWords.contains(after, in: text) {
                // Not those of a larger number who then took part (`200 pelamar ..., dan 30 orang di antaranya
                // mengikuti pelatihan`): they are the participants.
                var q = after + 1
                var tookPart = false
                while q < min(t.count, after + 4), t[q].sentence == t[lo].sentence {
                    if Self.tookPartWords.contains(q, in: text) { tookPart = true }
                    q += 1
                }
                if !tookPart { return nil }
                break
            }
            after += 1
        }
        var group = m.capture("group").map { groupName($0, text) }
        // Round 24 (GRP24): `personel` counted before the capitalized name of a unit that is no known group stays in the
        // name (`25 personel Satgas TMMD`, `6 personel Sat Binmas`): the readable labels keep it 12 times to 4 there
        // (heldout5 n043, heldout6 p019, heldout9 u003, heldout11 w057, heldout15 j007, heldout16 d007 d019); before a
        // known group it gives way as before (`40 personel Tagana` -> `Tagana`).
        if let u = m.capture("unit"), let g = m.capture("group"), let name = group, u.upperBound == g.lowerBound,
            g.lowerBound < t.count, text.isWord(u.lowerBound, "personel"), t[g.lowerBound].capitalized,
            groups.longest(t, at: g.lowerBound) == nil, !name.lowercased().hasPrefix("personel"),
            name.split(separator: " ").first.map({ text.folded(g.lowerBound) == $0.lowercased() }) ?? false
        {
            group = "personel " + name
        }
        let cue = m.capture("cue").map { text.text(of: $0).lowercased() } ?? cueBefore(m.start, text)
        var total = false
        var p = max(0, m.start - 3)
        while p < m.start {
            if totalCue.longest(t, at: p) != nil { total = true }
            p += 1
        }
        if let c = m.capture("cue"), totalCue.value(t, c) != nil { total = true }
        // Round 29 (CORE29, heldout17 q212): a word of the whole right after the count (`atau 58 orang seluruhnya`,
        // `60 peserta secara keseluruhan`): the count is the total of the parts before it.
        if m.end < t.count, t[m.end].sentence == t[nr.lowerBound].sentence, Self.wholeAfterWords.contains(m.end, in: text)
            || (m.end + 1 < t.count && text.isWord(m.end, "secara") && text.isWord(m.end + 1, "keseluruhan"))
        {
            total = true
        }
        var c = Count(
            range: m.start..<m.end, n: n, group: group, cue: cue, approx: m.capture("approx") != nil,
            hasUnit: m.capture("unit") != nil, sentence: t[nr.lowerBound].sentence, total: total)
        var q = max(0, m.start - 3)
        while q < m.start {
            if (text.isWord(q, "masing") || text.isWord(q, "masing2") || text.isWord(q, "setiap") || text.isWord(q, "tiap") || text.isWord(q, "per") || text.isWord(q, "rata")) { c.perUnit = true }
            q += 1
        }
        c.target = targetBefore(m.start, text)
            || (m.start > 0 && Self.limitWords.contains(m.start - 1, in: text))
        c.revised = revisedCount(m.start, text)
        // Round 13: applicants, a pool of which only some take part, like a target: a noun of applicants right before
        // the count or right after its number (`Jumlah pendaftar mencapai 300 orang`, `200 pelamar mengikuti seleksi`;
        // lexicon `applicant_word`), or a verb of applying right after it (`300 orang mendaftar, namun hanya 40 orang
        // yang lolos`; lexicon `applicant_verb`; not before it: `40 pelamar mendaftar, dan 25 orang lolos` = 25).
        // Round 24 (CORE24): not past a comma (`Dari 120 pendaftar, hanya 60 orang yang lolos`: the applicants are the
        // pool's, the 60 took part).
        if (m.end < t.count && applicantVerb.longest(t, at: m.end) != nil) || reachBefore(applicant, m.start, within: 3, text, stopAtComma: true)
            || (nr.upperBound < t.count && applicant.longest(t, at: nr.upperBound) != nil)
        {
            c.target = true
        }
        // `Selain peserta, kegiatan ini melibatkan 6 orang panitia`: people beside the participants.
        c.besides = wordBefore(besidesCue, m.start, within: 16, text)
        // `masing-masing kecamatan diwakili oleh tujuh sampai delapan orang`: a count per unit named further back in
        // its clause (a per word, then a word for the unit, not a number: `masing-masing 17 direktur` is
        // `respectively`, read above).
        if !c.perUnit, perUnitInClause(m.start, text) { c.perUnit = true }
        // `16 orang per kejuruan`, `30 orang setiap angkatan`: a count per unit, written after it.
        if m.end < t.count, Self.perUnitWords.contains(m.end, in: text) { c.perUnit = true }
        // `3 orang dari tiap kecamatan`, `dua orang dari masing-masing desa`: a count per unit, after `dari`.
        if m.end + 1 < t.count, text.isWord(m.end, "dari"), Self.perUnitWords.contains(m.end + 1, in: text) { c.perUnit = true }
        if c.perUnit, namesBatch(m.start, m.end, text), !isStaff(c, text) {
            c.batches = batchesBefore(m.start, text) ?? groupsListedBefore(m.start, text)
        }
        // Round 17 (heldout9 u005): a count per unit that sends people, after the number of those units in its
        // sentence (`Peserta kader dari 7 posyandu ..., tiap posyandu mengirim 5 kader` = 35).
        if c.perUnit, c.batches == nil, !isStaff(c, text) { c.batches = sendingUnits(before: m.start, text) }
        // Round 21 (CORE21, heldout13 z037): `dua orang perwakilan dari masing-masing 40 desa sasaran`: a count per unit
        // after `dari`, a per word and the number of the units: each of them sends the count.
        // A count per unit is smaller than the number of units (`45 orang dari masing-masing 15 desa` is 45 in all).
        if c.batches == nil, let units = unitsAfterPerWord(m.end, text), c.n < units, !isStaff(c, text) {
            c.perUnit = true
            c.batches = units
        }
        return c
    }

    /// Round 20 (CORE20, heldout12 y015; realnews r112): whether the participants themselves are what is made of
    /// the parts: `peserta`/`pesertanya` at most six tokens before `terdiri`, in its sentence (`Peserta bimtek terdiri
    /// atas`), not `Mereka terdiri atas` after a count of people sworn in.
    func participantsSubject(before k: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard k > 0, k < t.count else { return false }
        var p = k - 1
        while p >= max(0, k - 6), t[p].sentence == t[k].sentence {
            if (text.isWord(p, "peserta") || text.isWord(p, "pesertanya")) { return true }
            p -= 1
        }
        return false
    }

    /// Round 20 (CORE20, heldout12 y015): whether another count follows a count in its sentence after `dan`, `serta`
    /// or a comma, within eight tokens (`terdiri atas sembilan orang anggota Bapemperda dan empat orang tenaga ahli`).
    /// Review of round 20: the words that make a count a subset of the one before (`di antaranya`).
    static let subsetWords: FoldedWords = ["antaranya", "diantaranya"]
    /// Round 38 (probe h20): whether only `dan`, `serta` or a comma stand between two counts, and one of the words.
    func joinedDirectly(_ a: Count, _ b: Count, _ text: AnalyzedText) -> Bool {
        let gap = a.range.upperBound..<b.range.lowerBound
        guard !gap.isEmpty, gap.count <= 3 else { return false }
        return gap.allSatisfy { text.isWord($0, ",") || text.isWord($0, "dan") || text.isWord($0, "serta") }
            && gap.contains { text.isWord($0, "dan") || text.isWord($0, "serta") }
    }

    /// Round 38: words of belonging to a body (`tergabung dalam`, `bernaung di bawah`); not `bergabung`, the verb of
    /// people who join the event (`Turut bergabung 15 anggota Tagana`).
    static let memberOfWords: FoldedWords = ["tergabung", "terhimpun", "bernaung"]
    /// Round 38: words that end the look back of ``countsBodiesJoined(_:_:)``: the participants' own count or verb.
    static let joinedLookStops: FoldedWords = ["mengikuti", "ikut", "diikuti", "peserta", "sebanyak", "orang", "yang"]

    /// Round 38 (probes h06, h19): a count of the bodies the people belong to (`30 ibu rumah tangga yang tergabung
    /// dalam enam Poklahsar`; `60 pekebun yang tergabung dalam tiga KUD dan dua gapoktan`) counts bodies, not people:
    /// a word of belonging at most twelve tokens back in the sentence, with none of the participants' own words
    /// (their count, `yang`, `mengikuti`, `diikuti`) between.
    func countsBodiesJoined(_ start: Int, _ text: AnalyzedText) -> Bool {
        Self.memberOfWords.standsBefore(start, within: 12, in: text, stoppingAt: Self.joinedLookStops)
    }
    /// Review of round 20: verbs after `di antaranya` that make the subset the ones who took part.
    static let tookPartWords: FoldedWords = ["mengikuti", "ikut", "dilatih", "menjadi", "lolos", "terpilih", "diterima", "berhak"]

    func laterPartJoined(after end: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard end < t.count else { return false }
        let s = t[max(0, end - 1)].sentence
        var joined = false
        var p = end
        while p < min(t.count, end + 8), t[p].sentence == s {
            let f = text.folded(p)
            if f == "dan" || f == "serta" || f == "," { joined = true }
            else if joined, t[p].kind == .number || numbers.read(text, at: p) != nil { return true }
            p += 1
        }
        return false
    }

    /// Round 16 (review): whether the per-unit word of a count names the batch itself: `masing-masing` with no unit
    /// of its own after it (`masing-masing 30 orang`, `masing-masing berisi 20 orang`) or with a batch word
    /// (`masing-masing angkatan`), `setiap`/`tiap`/`per` and a batch word (`30 orang setiap gelombang`). Not a unit
    /// that sends people (`setiap desa mengirimkan 5 orang`, `3 orang dari setiap desa`), nor people who accompany a
    /// batch (`tiga kelompok, masing-masing didampingi 2 orang`).
    func namesBatch(_ start: Int, _ end: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        // Round 18: `start` is a count's first token (its clause is read through `t[start]` below).
        guard start >= 0, start < t.count else { return false }
        func batchAt(_ w: Int) -> Bool {
            guard w < t.count else { return false }
            let f = text.folded(w)
            if f == "masing" || f == "masing2" {
                var q = w + 1
                if q + 1 < t.count, text.isWord(q, "-"), text.isWord(q + 1, "masing") { q += 2 }
                if q < t.count, text.isWord(q, "masing") { q += 1 }
                guard q < t.count else { return true }
                if batchWord.longest(t, at: q) != nil { return true }
                if Self.accompanyVerbs.contains(q, in: text) { return false }
                return notPeople.longest(t, at: q) == nil
            }
            return w + 1 < t.count && batchWord.longest(t, at: w + 1) != nil
        }
        // After the count: `30 orang setiap angkatan`, `20 orang dari tiap desa`.
        var a = end
        if a < t.count, text.isWord(a, "dari") { a += 1 }
        if a < t.count, Self.perUnitWords.contains(a, in: text) { return batchAt(a) }
        // People who accompany, anywhere before it in its clause (`didampingi masing-masing 2 orang kader`).
        var v = start - 1
        while v >= max(0, start - 10), t[v].sentence == t[start].sentence, !(text.isWord(v, ",") || text.isWord(v, ";") || text.isWord(v, ":")) {
            if Self.accompanyVerbs.contains(v, in: text) { return false }
            v -= 1
        }
        // Before it, in its clause: the nearest per-unit word.
        var p = start - 1
        while p >= max(0, start - 10), t[p].sentence == t[start].sentence {
            let f = text.folded(p)
            if (f == "," || f == ";" || f == ":") { return false }
            if Self.accompanyVerbs.contains(f) { return false }
            if f == "masing2" { return batchAt(p) }
            if f == "masing" {
                // the first half of `masing-masing`
                var r = p
                while r - 2 >= 0, text.isWord(r - 1, "-"), text.isWord(r - 2, "masing") { r -= 2 }
                return batchAt(r)
            }
            if (f == "setiap" || f == "tiap" || f == "per") { return batchAt(p) }
            p -= 1
        }
        return false
    }

    /// Round 17 (heldout9 u005): the number of units a count per unit counts, when the unit names people it sends:
    /// `tiap`/`setiap`/`masing-masing`, a unit noun (a word of `not_people`: `desa`, `posyandu`, `sekolah`), a verb of
    /// sending or being represented (`mengirim(kan)`, `mengutus`, `diwakili (oleh)`) right before the count, and the
    /// same unit noun counted earlier in the sentence (a number of two to two hundred right before it, at most 25
    /// tokens back): `Peserta berasal dari 12 desa, masing-masing desa mengirimkan 3 orang` = 36. Not a unit named
    /// alone (`setiap desa mengirimkan 5 orang`), nor another unit (`dari 12 desa, setiap kecamatan mengirim 3 orang`).
    func sendingUnits(before start: Int, _ text: AnalyzedText) -> Int? {
        let t = text.tokens
        guard start >= 3, start < t.count else { return nil }
        let s = t[start].sentence
        // The verb right before the count (past `oleh`).
        var v = start - 1
        if text.isWord(v, "oleh") { v -= 1 }
        let u: Int
        if v >= 2, Self.sendVerbs.contains(v, in: text) {
            u = v - 1
            // Round 19 (heldout11 w015): `masing-masing` alone before the verb (`perwakilan 25 pokdarwis, masing-masing
            // mengirim dua orang`): each of the units counted last before it in the sentence sends the count.
            if text.isWord(u, "masing") || text.isWord(u, "masing2") { return unitsCounted(before: u, text) }
        } else {
            // Round 27 (VEN27): `masing-masing` alone right before the count, after a comma that ends a count of units
            // (`diikuti perwakilan 34 desa, masing-masing dua orang` = 68; `dari 5 kelompok, masing-masing 6 orang`):
            // each unit sends the count. Not a unit of time (`selama 3 hari, masing-masing 30 orang` are the same 30).
            var e = start - 1
            if text.isWord(e, "masing") || text.isWord(e, "masing2") {
                if text.isWord(e, "masing"), e >= 2, text.isWord(e - 1, "-"), text.isWord(e - 2, "masing") { e -= 2 }
                let unit = e - 2
                guard unit >= 1, text.isWord(e - 1, ","), t[unit].sentence == s else { return nil }
                if t[unit].kind == .word, !Self.timeUnits.contains(unit, in: text), notPeople.longest(t, at: unit)?.length == 1,
                   t[unit - 1].kind == .number, let n = Int(text.folded(unit - 1)), n >= 2, n <= 200 {
                    return n
                }
                // Round 42 (probe y01): the units counted further back in the clause, their place between (`diikuti
                // perwakilan dari 12 desa pesisir di Kecamatan Moramo, Moramo Utara dan Laonti, masing-masing 3
                // orang` = 36): the first count of units after `dari` or `perwakilan`, at most sixteen tokens back,
                // with only words and commas between (a count that is no count of units ends the reading).
                var q = e - 2
                var first: Int? = nil
                while q >= 1, q >= e - 17, t[q].sentence == s {
                    if text.isWord(q, "dari") || text.isWord(q, "perwakilan") { break }
                    if t[q].kind == .number {
                        guard t[q + 1].kind == .word, !Self.timeUnits.contains(q + 1, in: text),
                              notPeople.longest(t, at: q + 1)?.length == 1, let n = Int(text.folded(q)), n >= 2, n <= 200 else { return nil }
                        first = n
                    } else if t[q].kind != .word && !text.isWord(q, ",") {
                        return nil
                    }
                    q -= 1
                }
                guard q >= 1, text.isWord(q, "dari") || text.isWord(q, "perwakilan") else { return nil }
                return first
            }
            // Round 22 (CORE22): no verb, the unit right before the count (`kader dari 12 desa, masing-masing desa tiga
            // kader`; `setiap sekolah sebanyak dua guru`).
            var w = start - 1
            if (text.isWord(w, "sebanyak") || text.isWord(w, "berjumlah") || text.isWord(w, "sejumlah")) { w -= 1 }
            // Not a unit of time or of sequence (`selama tiga hari, setiap hari 30 orang` are the same 30).
            guard !Self.timeUnits.contains(w, in: text) else { return nil }
            u = w
        }
        guard u >= 1, t[u].kind == .word, notPeople.longest(t, at: u)?.length == 1 else { return nil }
        let pw = text.folded(u - 1)
        guard pw == "tiap" || pw == "setiap" || pw == "masing" || pw == "masing2" else { return nil }
        let unitWord = text.folded(u)
        // Round 20 (CORE20, heldout12 y009): a sentence that opens with the per-unit word (`Peserta datang dari 68 desa
        // di tujuh kecamatan. Masing-masing desa mengirim dua orang`) reads the units of the sentence before it too.
        var first = u - 1
        if pw == "masing", first >= 2, text.isWord(first - 1, "-"), text.isWord(first - 2, "masing") { first -= 2 }
        let opens = first == 0 || t[first - 1].sentence != s
        // Round 23 (CORE23, heldout15 j045): a sentence that opens with the per-unit word reads the units of the three
        // sentences before it, in its paragraph or the one before (`Sebanyak 42 organisasi perangkat daerah (OPD) ...
        // mengirim perwakilannya. ... Setiap OPD diwakili dua orang` = 84); at most 80 tokens back.
        let lowest = opens ? s - 3 : s
        let back = opens ? 80 : 25
        let lowestLine = opens ? text.line(of: u) - 1 : Int.min
        func unitsAt(_ p: Int) -> Int? {
            if t[p - 1].kind == .number, let n = Int(text.folded(p - 1)), n >= 2, n <= 200 { return n }
            // Round 23 (CORE23, heldout15 j045): the unit as the short form of the name counted before it (`42
            // organisasi perangkat daerah (OPD)`): a number, at most five words, `(` and the unit.
            if p >= 3, text.isWord(p - 1, "(") {
                var q = p - 2
                while q > max(0, p - 8), t[q].kind == .word, !t[q].lineStart { q -= 1 }
                if q < p - 2, t[q].kind == .number, let n = Int(text.folded(q)), n >= 2, n <= 200 { return n }
            }
            if let (n, len) = numbers.read(text, at: max(0, p - 2), limit: p), max(0, p - 2) + len == p, n >= 2, n <= 200 { return n }
            if let (n, len) = numbers.read(text, at: p - 1, limit: p), p - 1 + len == p, n >= 2, n <= 200 { return n }
            return nil
        }
        var p = u - 2
        while p >= max(1, u - back), t[p].sentence >= lowest, text.line(of: p) >= lowestLine {
            if text.folded(p) == unitWord {
                if let n = unitsAt(p) { return n }
                break
            }
            p -= 1
        }
        // Round 22 (CORE22): units counted after the per-unit clause, in its sentence (`Setiap puskesmas mengirimkan lima
        // kader, dari 12 puskesmas`) or, when the sentence opens with the per-unit word, in the sentence after it
        // (`Setiap desa mengirimkan dua pengelola perpustakaan. Pelatihan diikuti perwakilan dari 25 desa` = 50); at most
        // 30 tokens on.
        var q = start + 1
        while q < min(t.count, start + 30), t[q].sentence == s || (opens && t[q].sentence == s + 1) {
            if text.folded(q) == unitWord {
                guard let n = unitsAt(q) else { return nil }
                // Round 22's review (n09, n02): the sentence after must count this event's units, not a past one's
                // (`Tahun lalu pelatihan serupa diikuti 26 puskesmas`), nor all there are against some of them (`Dari 30
                // desa di Kecamatan Cepu, baru 12 desa yang ...`: the unit counted twice).
                if t[q].sentence != s {
                    if otherTime(q, text) { return nil }
                    var r = q + 1
                    while r < min(t.count, q + 30), t[r].sentence == t[q].sentence {
                        if text.folded(r) == unitWord, unitsAt(r) != nil { return nil }
                        r += 1
                    }
                }
                return n
            }
            q += 1
        }
        return nil
    }

    /// Round 22's review: whether the sentence of token `p` speaks of another time than the event's: a word of
    /// `otherTimeWords` (`sejak 2019`, `sebelumnya`, `pelatihan serupa`) or a past span (`tahun lalu`, `bulan lalu`).
    /// Reads at most 40 tokens each way.
    func otherTime(_ p: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard p >= 0, p < t.count else { return false }
        let s = t[p].sentence
        var q = p
        while q > max(0, p - 40), t[q - 1].sentence == s { q -= 1 }
        while q < min(t.count, p + 40), t[q].sentence == s {
            let f = text.folded(q)
            if Self.otherTimeWords.contains(f) { return true }
            if f == "lalu" || f == "silam", q >= 1, (text.isWord(q - 1, "tahun") || text.isWord(q - 1, "bulan") || text.isWord(q - 1, "pekan") || text.isWord(q - 1, "minggu")) { return true }
            q += 1
        }
        return false
    }

    static let otherTimeWords: FoldedWords = ["sejak", "sebelumnya", "serupa"]

    /// Round 19 (heldout11 w015): whether a count is followed, in its clause, by `masing-masing` (after a comma or
    /// `yang`), a verb of sending and a number: its units each send people (`25 pokdarwis, masing-masing mengirim dua
    /// orang`; `15 KWT yang masing-masing mengirimkan 2 anggota`). Reads at most six tokens.
    func sendsPeople(after end: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        var q = end
        if q < t.count, (text.isWord(q, ",") || text.isWord(q, "yang")) { q += 1 }
        guard q < t.count, text.isWord(q, "masing") || text.isWord(q, "masing2") else { return false }
        q += 1
        if q + 1 < t.count, text.isWord(q, "-"), text.isWord(q + 1, "masing") { q += 2 }
        if q < t.count, text.isWord(q, "masing") { q += 1 }
        guard q + 1 < t.count, Self.sendVerbs.contains(q, in: text) else { return false }
        q += 1
        if q < t.count, text.isWord(q, "oleh") { q += 1 }
        guard q < t.count else { return false }
        // a number of people, not of things (`masing-masing mengirim dua karya`)
        var n = q + 1
        if t[q].kind != .number {
            guard let (_, len) = numbers.read(text, at: q) else { return false }
            n = q + len
        }
        return n < t.count && notPeople.longest(t, at: n) == nil
    }

    /// Round 19 (heldout11 w015): the number of units counted nearest before `end` in its sentence (at most 25 tokens
    /// back, not past another count): a number of two to two hundred right before a word of `not_people` (a body,
    /// `desa`, `pokdarwis`, `sekolah`), as `sendingUnits` reads it. A count of people nearer (`40 kader, masing-masing
    /// mengirim ...`) gives none.
    func unitsCounted(before end: Int, _ text: AnalyzedText) -> Int? {
        let t = text.tokens
        guard end >= 2, end < t.count else { return nil }
        let s = t[end].sentence
        var p = end - 1
        while p >= max(1, end - 25), t[p].sentence == s {
            // a count of something else, nearer: no units
            if t[p].kind == .number { return nil }
            if t[p].kind == .word, notPeople.longest(t, at: p) != nil || sendsPeople(after: p + 1, text) {
                if t[p - 1].kind == .number, let n = Int(text.folded(p - 1)), n >= 2, n <= 200 { return n }
                if let (n, len) = numbers.read(text, at: max(0, p - 2), limit: p), max(0, p - 2) + len == p, n >= 2, n <= 200 { return n }
                if let (n, len) = numbers.read(text, at: p - 1, limit: p), p - 1 + len == p, n >= 2, n <= 200 { return n }
            }
            p -= 1
        }
        return nil
    }

    /// Verbs of raising a number, before `menjadi` and a count (`peserta ditambah menjadi 120 orang`).
    static let raiseVerbs: FoldedWords = ["ditambah", "bertambah", "naik", "meningkat", "membengkak", "membeludak", "membludak",
                                          "ditingkatkan", "dinaikkan"]

    /// Round 21 (CORE21, heldout4 m003): whether a count is the number something was raised to: `menjadi` (or `jadi`)
    /// right before it and a verb of raising at most three tokens before that, in its sentence (`Namun pendaftar
    /// membludak sehingga peserta ditambah menjadi 120 orang`; `jumlah peserta bertambah menjadi 45 orang`).
    func revisedCount(_ start: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard start >= 2, start < t.count, (text.isWord(start - 1, "menjadi") || text.isWord(start - 1, "jadi")) else { return false }
        // Not a plan (`Tahun depan jumlahnya akan ditambah menjadi 100 orang`): a word of the future at most ten tokens back.
        var q = start - 2
        while q >= max(0, start - 12), t[q].sentence == t[start].sentence {
            if Self.futureWords.contains(q, in: text) { return false }
            q -= 1
        }
        var p = start - 2
        while p >= max(0, start - 5), t[p].sentence == t[start].sentence {
            if Self.raiseVerbs.contains(p, in: text) { return raisesParticipants(before: p, text) }
            p -= 1
        }
        return false
    }

    /// Round 21 (the merge's review): what is raised is the participants or their quota (`peserta ditambah menjadi 110
    /// orang`, `kuotanya naik menjadi 60 orang`), named at most eight tokens before the verb in its sentence; not stunted
    /// toddlers, a cooperative's members or a town's pupils (`jumlah balita stunting naik menjadi 120 orang`).
    func raisesParticipants(before verb: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        var q = verb - 1
        while q >= max(0, verb - 8), q < t.count, t[q].sentence == t[verb].sentence {
            if Self.raisedWords.contains(q, in: text) { return true }
            q -= 1
        }
        return false
    }

    static let raisedWords: FoldedWords = ["peserta", "pesertanya", "kuota", "kuotanya", "pendaftar", "pendaftarnya"]

    static let futureWords: FoldedWords = ["akan", "depan", "mendatang", "rencananya", "direncanakan", "ditargetkan", "target", "diharapkan"]

    /// Words that join a count to the one before it as a second group (`30 kader dan 10 bidan`, `30 Babinsa ditambah 10
    /// orang Bintara`).
    static let addWords: FoldedWords = ["dan", "serta", "ditambah", "plus"]

    /// Words for the people a unit sends, between a count and `dari` (`dua orang perwakilan dari masing-masing 40 desa`).
    static let envoyWords: FoldedWords = ["perwakilan", "utusan", "wakil", "delegasi"]

    /// Round 21 (CORE21, heldout13 z037): the number of units after a count per unit: right after the count (past at
    /// most one word of `envoyWords`), `dari`, a per word (`masing-masing`, `setiap`, `tiap`), a number of two to five
    /// hundred and a unit (a word of `not_people`: `desa`, `sekolah`, `kecamatan`): `dua orang perwakilan dari
    /// masing-masing 40 desa` = 40 units, `tiga orang dari setiap 12 sekolah`. Not `dari masing-masing desa` (no number
    /// of units), nor a number of people (`dari masing-masing 40 peserta`). Reads at most eight tokens.
    func unitsAfterPerWord(_ end: Int, _ text: AnalyzedText) -> Int? {
        let t = text.tokens
        guard end >= 1, end < t.count else { return nil }
        let s = t[end - 1].sentence
        var q = end
        if Self.envoyWords.contains(q, in: text) { q += 1 }
        guard q + 2 < t.count, t[q].sentence == s, text.isWord(q, "dari") else { return nil }
        q += 1
        let f = text.folded(q)
        guard f == "masing" || f == "masing2" || f == "setiap" || f == "tiap" else { return nil }
        q += 1
        if f == "masing" {
            if q + 1 < t.count, text.isWord(q, "-"), text.isWord(q + 1, "masing") { q += 2 } else if q < t.count, text.isWord(q, "masing") { q += 1 }
        }
        guard q < t.count, t[q].sentence == s else { return nil }
        var n: Int? = nil
        var unit = q
        if t[q].kind == .number {
            n = Int(text.folded(q))
            unit = q + 1
        } else if let (v, len) = numbers.read(text, at: q, limit: min(t.count, q + 4)) {
            n = v
            unit = q + len
        }
        guard let n, n >= 2, n <= 500, unit < t.count, t[unit].sentence == s, t[unit].kind == .word,
              notPeople.longest(t, at: unit) != nil, participantWord.longest(t, at: unit) == nil else { return nil }
        return n
    }

    /// Round 22 (CORE22): units of time and of sequence, which a count per unit without a verb of sending does not multiply.
    static let timeUnits: FoldedWords = ["hari", "jam", "menit", "pekan", "minggu", "bulan", "tahun", "sesi", "kali", "tahap",
                                         "tahapan", "angkatan", "gelombang", "kelas", "batch", "putaran", "hari-hari"]

    static let sendVerbs: FoldedWords = ["mengirim", "mengirimkan", "mengutus", "mendelegasikan", "diwakili", "mewakilkan",
                                         "menyertakan", "mengikutsertakan", "menugaskan"]

    /// Round 17 (heldout9 u049): a breakdown of a named total by sex only (`30 pemuda, terdiri dari 20 laki-laki dan 10
    /// perempuan`; `40 nelayan, yakni 25 pria dan 15 wanita`) names no groups: the total's group is the group. Not a
    /// total of `peserta`/`orang`, nor parts of another noun (`20 kader laki-laki dan 20 kader perempuan`).
    func sexBreakdown(_ stated: Count?, _ parts: [Count]) -> Bool {
        // One part may be left: the part after `terdiri atas` is no count (`terdiri atas 25 pria dan 15 wanita`).
        guard let g = stated?.group?.lowercased(), !Self.sameWords.contains(g), !parts.isEmpty else { return false }
        return parts.allSatisfy { p in
            guard let h = p.group?.lowercased().split(separator: " ").first.map(String.init) else { return false }
            return Self.sexWords.contains(h) || Self.sexWords.contains(h.split(separator: "-").first.map(String.init) ?? h)
        }
    }

    static let sexWords: FoldedWords = ["laki", "lelaki", "perempuan", "pria", "wanita", "putra", "putri", "cowok", "cewek"]

    /// Verbs of people who accompany a batch rather than form it (`masing-masing didampingi 2 orang instruktur`).
    static let accompanyVerbs: FoldedWords = ["didampingi", "dipandu", "dibimbing", "dibina", "diawasi", "dilatih", "diajar",
                                              "difasilitasi", "mendampingi", "memandu", "membimbing"]

    /// Round 26 (CORE26): words that open a list of the participants' groups before `masing-masing` and a count.
    static let listOpeners: FoldedWords = ["terdiri", "dari", "atas", "yakni", "yaitu", "meliputi", "bagi", "diikuti", "oleh",
                                           "untuk", "kepada", "melibatkan", "mencakup", "antara", "lain"]

    /// Round 26 (CORE26): the number of groups listed right before `masing-masing` and a count (`Peserta terdiri dari
    /// kader posyandu dan kader PKK masing-masing 20 orang` = 2 groups of 20; `diikuti petani, nelayan serta pembudidaya
    /// ikan, masing-masing 15 orang` = 3): back from `masing-masing` (past a comma) over at most 14 tokens of its
    /// sentence to a word that opens the list (`listOpeners`), with no number, colon or parenthesis between; the items
    /// are joined by commas, `dan`, `serta` (one `dan` or `serta` at least), none starts with a unit that is no people
    /// (lexicon `not_people`: `desa dan kelurahan masing-masing 2 orang` counts per unit, not per group). Two to six
    /// groups, else nil.
    func groupsListedBefore(_ start: Int, _ text: AnalyzedText) -> Int? {
        let t = text.tokens
        guard start > 0, start < t.count else { return nil }
        let s = t[start].sentence
        // The per-unit word, right before the count (past its cue): `masing-masing 20 orang`, `masing masing sebanyak 20`.
        var w = start - 1
        while w >= max(0, start - 4), t[w].sentence == s, !(text.isWord(w, "masing") || text.isWord(w, "masing2")) { w -= 1 }
        guard w >= 0, t[w].sentence == s, (text.isWord(w, "masing") || text.isWord(w, "masing2")) else { return nil }
        while w >= 2, text.isWord(w - 1, "-") || (text.isWord(w - 1, "masing")), t[w - 1].sentence == s {
            w -= text.isWord(w - 1, "-") ? 2 : 1
        }
        var p = w - 1
        if p >= 0, text.isWord(p, ",") { p -= 1 }
        var joins = 0, and = 0
        var itemStarts: [Int] = []
        var last = p + 1
        while p >= max(0, w - 15), t[p].sentence == s {
            let f = text.folded(p)
            if Self.listOpeners.contains(f) {
                itemStarts.append(last)
                guard and >= 1, joins + 1 >= 2, joins + 1 <= 6, p + 1 < w else { return nil }
                return itemStarts.allSatisfy({ $0 < t.count && notPeople.longest(t, at: $0) == nil }) ? joins + 1 : nil
            }
            if t[p].kind == .number || (f == ":" || f == "(" || f == ")" || f == ";" || f == ".") { return nil }
            if f == "dan" || f == "serta" || f == "," {
                if f != "," { and += 1 }
                // `, dan` is one join
                if !(f == "," && p + 1 < t.count && (text.isWord(p + 1, "dan") || text.isWord(p + 1, "serta"))) { joins += 1 }
                itemStarts.append(last)
            }
            last = p
            p -= 1
        }
        return nil
    }

    /// Round 16: the number of batches before a count per batch, in its sentence, at most ten tokens back (a number
    /// of two to twenty and a word of lexicon `batch_word`): `Peserta dibagi dua angkatan masing masing 24 orang`,
    /// `dalam tiga gelombang, 30 orang setiap gelombang`. Not units of time (`tiga sesi, masing-masing dua jam`).
    func batchesBefore(_ start: Int, _ text: AnalyzedText) -> Int? {
        let t = text.tokens
        guard start > 0, start < t.count else { return nil }
        let s = t[start].sentence
        func batchesAt(_ p: Int) -> Int? {
            if t[p - 1].kind == .number { return Int(text.folded(p - 1)) }
            for q in [p - 1, p - 2] where q >= 0 {
                if let (v, len) = numbers.read(text, at: q, limit: p), q + len == p { return v }
            }
            return nil
        }
        var p = start - 1
        var perBatch = false
        while p >= max(1, start - 10), t[p].sentence == s {
            if let b = batchWord.longest(t, at: p), p + b.length <= start {
                let n = batchesAt(p)
                if let n, n >= 2, n <= 20 { return n }
                // Round 21 (CORE21): the batch word of the per-unit phrase itself (`dibagi tiga angkatan, tiap angkatan
                // 25 orang`): the number of batches is further back.
                if p >= 2, n == nil, Self.perUnitWords.contains(p - 1, in: text) || (text.isWord(p - 1, "masing") && text.isWord(p - 2, "-")) {
                    perBatch = true
                    p -= 1
                    continue
                }
                return nil
            }
            p -= 1
        }
        // Round 22 (CORE22, heldout6 p021): a per-batch phrase whose sentence counts no batches reads them in the six
        // sentences (or list lines, one per batch) before it, at most 60 tokens back (`... terlaksana dalam dua angkatan: Angkatan I ..., Angkatan II
        // .... Peserta : masing-masing angkatan 30 orang` = 60).
        guard perBatch else { return nil }
        while p >= max(1, start - 60), t[p].sentence >= s - 6 {
            if let b = batchWord.longest(t, at: p), p + b.length <= start, let n = batchesAt(p), n >= 2, n <= 20 {
                // Round 22's review (n03): not the batches run so far (`Hingga kini sudah 12 angkatan yang dilatih
                // sejak 2019. Tahun ini, masing-masing angkatan 30 orang`).
                if t[p].sentence != s, otherTime(p, text) || (p >= 2 && (text.isWord(p - 2, "sudah") || text.isWord(p - 2, "telah"))) { return nil }
                return n
            }
            p -= 1
        }
        return nil
    }

    /// A word of a count per unit (`masing-masing`, `setiap`, `tiap`) four to ten tokens before `start`, in its clause
    /// (no comma, no other number between), followed by a word for the unit: `masing-masing kecamatan diwakili oleh
    /// tujuh sampai delapan orang`, `setiap desa mengirimkan 5 orang`. Not `diikuti 40 peserta` after `setiap
    /// tahun ,`: the comma ends the clause.
    func perUnitInClause(_ start: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard start < t.count else { return false }
        var p = start - 1
        while p >= max(0, start - 10), t[p].sentence == t[start].sentence {
            let f = text.folded(p)
            if (f == "," || f == ";" || f == ":" || f == "(" || f == ")") { return false }
            if t[p].kind == .number, p < start - 3 { return false }
            // `setiap desa mengirimkan dua orang`: three tokens back suffice after `setiap`/`tiap` (`masing-masing`
            // is three tokens itself).
            if p <= start - 4 && f == "masing" || p <= start - 3 && (f == "setiap" || f == "tiap" || f == "masing2") {
                var q = p + 1
                // `masing-masing`: the second half of the reduplication.
                if q + 1 < start, text.isWord(q, "-"), text.isWord(q + 1, "masing") { q += 2 }
                return q < start && t[q].kind == .word && numbers.read(text, at: q, limit: start) == nil
            }
            p -= 1
        }
        return false
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

    /// A group's name: the short name of a known group, else the phrase as written (see ``item(at:limit:loose:)``).
    func groupName(_ r: Range<Int>, _ text: AnalyzedText) -> String {
        // The capture of a count marks where the name starts; the name itself ends where
        // ``item(at:limit:loose:_:)`` ends it (`150 guru Pendidikan Anak Usia Dini (PAUD)` -> `guru PAUD`, past
        // the pattern's three words).
        let limit = min(text.tokens.count, r.upperBound + 12)
        if let it = item(at: r.lowerBound, limit: limit, loose: true, text) { return it.name }
        var hi = r.upperBound
        while hi > r.lowerBound + 1, text.tokens[hi - 1].kind == .punct, !text.isWord(hi - 1, ")") { hi -= 1 }
        return text.text(of: r.lowerBound..<hi)
    }

    /// One group of a list at token `p0`, before `limit`: its name and the token after it, or nil when no group
    /// starts there. `loose` also takes an abbreviation (`PPS`, `BPD`) or a capitalized long name with its
    /// abbreviation in parentheses as a group.
    func item(at p0: Int, limit: Int, loose: Bool, _ text: AnalyzedText) -> (name: String, next: Int)? {
        let t = text.tokens
        guard p0 < limit, p0 < t.count else { return nil }
        var p = p0
        // Words for people before a known group name its members: the group is the name (`personel Tagana`,
        // `pemuda perwakilan Karang Taruna`, `ibu-ibu Tim Penggerak PKK`, `relawan Korps Sukarela (KSR)`), unless
        // one of them is a role inside it (lexicon `group_role`: `pengelola BUMDes`, `operator SIKS-NG`).
        if groups.longest(t, at: p) == nil, let g = knownGroupAfterMembers(p, limit: limit, text) { return g }
        // A known group, or a modifier before a known group ("anggota Tagana", "para pendamping PKH").
        var lead: Range<Int>? = nil
        if groups.longest(t, at: p) == nil, let m = modifier.longest(t, at: p), p + m.length < limit {
            lead = p..<(p + m.length)
            p += m.length
        }
        if let g = groups.longest(t, at: p), p + g.length <= limit {
            // Round 13: a modifier before a body (`pengurus BUMDes`, not_people) names its people: it stays.
            if let lead, bodyNames.contains(g.value.lowercased()), !Self.quantifiers.contains(lead.lowerBound, in: text) {
                return (text.text(of: lead) + " " + g.value, skipAbbreviation(p + g.length, text))
            }
            return (g.value, skipAbbreviation(p + g.length, text))
        }
        var words: [String] = []
        if let lead, !Self.quantifiers.contains(lead.lowerBound, in: text) { words.append(text.text(of: lead)) }
        // "Tim Pelaksana Kegiatan (TPK)", "anggota Satuan Perlindungan Masyarakat (Satlinmas)": the abbreviation.
        // "Fasilitator Sistem Layanan dan Rujukan Terpadu (SLRT)": the noun for people and the abbreviation.
        let nounLength = peopleNoun.longest(t, at: p)?.length ?? 0
        if loose || lead != nil, t[p].capitalized, p + nounLength < t.count, nounLength == 0 || t[p + nounLength].capitalized,
            let (abbr, after) = longNameAbbreviation(from: p + nounLength, limit: limit, text)
        {
            if nounLength == 0, let g = groups.longest(t, at: abbr), g.length == 1 { return (g.value, after) }
            // Round 13: an abbreviation whose letters begin with the noun's (`Tenaga Pendamping Profesional (TPP)`,
            // `Penyuluh Lapangan Keluarga Berencana (PLKB)`) names the noun too: it alone is the name.
            if nounLength > 0, case let letters = initials(p..<(abbr - 1), text), !letters.isEmpty, letters == text.folded(abbr) {
                return (text.text(of: abbr..<(abbr + 1)), after)
            }
            if nounLength > 0 { words.append(text.text(of: p..<(p + nounLength))) }
            words.append(text.text(of: abbr..<(abbr + 1)))
            // "Tim Pelaksana Kegiatan (TPK) desa": a lower-case place word after the abbreviation belongs to it.
            // Round 23 (GRP23): not `se-` (`Ketua BPD se-Kabupaten Kampar`: where they come from).
            if after < min(limit, t.count), !t[after].capitalized, t[after].kind == .word, placeWord.longest(t, at: after) != nil,
                !text.isWord(after, "se")
            {
                words.append(text.text(of: after..<(after + 1)))
                return (words.joined(separator: " "), after + 1)
            }
            return (words.joined(separator: " "), after)
        }
        // A noun for people or (loose) an abbreviation heads the phrase; the words after it up to a stop.
        var head: Int
        if let n = peopleNoun.longest(t, at: p) ?? listNoun.longest(t, at: p), p + n.length <= limit {
            head = n.length
        } else if loose, t[p].kind == .word, t[p].allCaps || isMixedAbbreviation(t[p], text), placeWord.longest(t, at: p) == nil,
            !(t[p].allCaps && text.headline.contains(p) && max(text.headline.upperBound, text.bodyStart) < t.count
                && !bodyWritesInCapitals(p, text))
        {
            head = 1
        } else if let lead, let n = peopleNoun.longest(t, at: lead.lowerBound) {
            // "perwakilan desa", "pengurus posyandu": the modifier itself names the people. Alone (`perwakilan dari 20
            // desa`) it names no kind (Round 13).
            guard lead.upperBound < min(limit, t.count), stop.longest(t, at: lead.upperBound) == nil,
                t[lead.upperBound].kind == .word
            else { return nil }
            p = lead.lowerBound
            words.removeAll()
            head = n.length
        } else {
            return nil
        }
        // Round 23 (GRP23): in the headline capitals say nothing (`Latih 48 Pencari Kerja Digembleng Tiga Kejuruan`,
        // `Latih Tiga Puluh Lima Istri Nelayan Olah Jelantah`): the body bounds the name.
        // Only a headline in capitals (the head and the word after it capitalized) with a body after it: a headline in
        // sentence case ends its names as the body does, and a text of one line has no body to ask.
        if text.headline.contains(p), head >= 1, t[p].capitalized, p + head < min(limit, t.count), t[p + head].kind == .word,
            t[p + head].capitalized, max(text.headline.upperBound, text.bodyStart) < t.count
        {
            let h = headlineName(from: p, head: head, limit: limit, text)
            words.append(h.name)
            return (words.joined(separator: " "), h.next)
        }
        let leadCount = words.count
        var q = p
        for _ in 0..<head {
            words.append(text.text(of: q..<(q + 1)))
            q += 1
        }
        var longStart = -1  // where a capitalized long name before "(ABBR)" starts in `words`
        var taken = 0
        // A capitalized long name may run to eight words before its abbreviation in parentheses ("operator
        // Sistem Informasi Kesejahteraan Sosial Next Generation (SIKS-NG)"); other phrases end after five.
        while q < limit, q < t.count, taken < (longStart >= 0 ? 8 : 5), t[q].sentence == t[p].sentence {
            let f = text.folded(q)
            if f == "(" {
                // "pendamping Program Keluarga Harapan (PKH)": the abbreviation replaces the long name; a hyphened
                // abbreviation after a long name ("(SIKS-NG)") is one word.
                let hyphened = longStart >= 0 && q + 4 < t.count && text.isWord(q + 4, ")") && text.isWord(q + 2, "-")
                    && t[q + 3].kind == .word && !t[q + 2].spaceBefore && !t[q + 3].spaceBefore
                let close = hyphened ? q + 4 : q + 2
                guard close < t.count, text.isWord(close, ")"), t[q + 1].kind == .word else { break }
                if longStart >= 0 {
                    words.removeSubrange(longStart...)
                } else {
                    // "kepala urusan (kaur)": the abbreviation names the whole phrase.
                    words.removeSubrange(leadCount...)
                }
                words.append(text.text(of: (q + 1)..<close))
                longStart = -1
                q = close + 1
                taken += 1
                continue
            }
            if t[q].kind == .punct {
                // joined words: "kabupaten/kota", "non-TPG", "tokoh agama/pemuda"
                if q + 1 < t.count, t[q + 1].kind == .word, t[q + 1].sentence == t[q].sentence,
                    f == "/" || (f == "-" && !t[q].spaceBefore && !t[q + 1].spaceBefore)
                {
                    // A reduplicated plural is the word once: `guru-guru` -> `guru`. Round 14: not a word of address,
                    // whose doubling is how a group of grown people is named (`ibu-ibu PKK`, `mama-mama penenun`).
                    if f == "-", text.folded(q + 1) == text.folded(q - 1), !Self.addressWords.contains(q - 1, in: text) {
                        q += 2
                        continue
                    }
                    words[words.count - 1] += f == "/" ? "/" + text.text(of: (q + 1)..<(q + 2)) : text.text(of: q..<(q + 2))
                    q += 2
                    continue
                }
                break
            }
            if t[q].kind == .number { break }
            // A word written twice by mistake (`relawan relawan`) is read once.
            if f == text.folded(q - 1), q > p0 {
                q += 1
                continue
            }
            // A verb or a state by its prefix ends the name (`pramuwisata berlisensi`, `pengurus pondok
            // menjalani`, `nelayan terdampak`): lower-case, `ber-`, `ter-`, `mem-`/`men-`/`meng-`/`meny-`.
            if Self.isVerbByPrefix(t[q], f) { break }
            if stop.longest(t, at: q) != nil || unit.longest(t, at: q) != nil || modifier.longest(t, at: q) != nil { break }
            if Self.joiners.contains(f) { break }
            // Round 23 (GRP23): `others` ends a name (`guru lainnya` -> `guru`). Not a stop word: `35 lainnya
            // mengikuti` stays a count of the rules.
            if f == "lainnya" { break }
            if let g = groups.longest(t, at: q) {
                // "pengelola BUMDes", "ketua Pokdarwis": a noun for people before a known group names it.
                if taken == 0, q + g.length <= limit {
                    words.append(g.value)
                    q = skipAbbreviation(q + g.length, text)
                }
                break
            }
            // A place name: "Kabupaten Bandung", "Desa Dengok", "Kabupaten 9 orang", "se-Kaltim"; a place word
            // before a lower-case word or a slash stays ("Koordinator Kabupaten sampai", "PMI Kabupaten/Kota").
            if placeWord.longest(t, at: q) != nil {
                if f == "se" { break }
                let next = q + 1 < t.count ? t[q + 1] : nil
                if t[q].capitalized, next == nil || next?.kind == .number || next?.capitalized == true,
                    !(next?.capitalized == true && longNameAbbreviation(from: q, limit: limit, text) != nil)
                {
                    break
                }
            }
            // Round 13: inside a capitalized long name with its abbreviation ahead (`kader Tim Pendamping Keluarga
            // (TPK)`, `relawan Desa Tangguh Bencana (Destana)`) a noun for people or a place word is part of the name.
            if peopleNoun.longest(t, at: q) != nil, t[q].capitalized || taken > 0,
                !(t[q].capitalized && longStart >= 0 && longNameAbbreviation(from: q, limit: limit, text) != nil)
            {
                break
            }
            // "Ketua TP PKK desa": a lower-case place word after an abbreviation is where they serve.
            if !t[q].capitalized, t[q - 1].allCaps, placeWord.longest(t, at: q) != nil { break }
            if t[q].capitalized { if longStart < 0 { longStart = words.count } } else { longStart = -1 }
            words.append(text.text(of: q..<(q + 1)))
            q += 1
            taken += 1
        }
        return (words.joined(separator: " "), q)
    }

    /// Round 23 (GRP23): a group read in the headline, where every word is capitalized (title case) or shouted, so
    /// that capitals mark neither a name's end nor its inner words. The name is the longest run of the headline's
    /// words from the head (up to five more, not past a joiner, a number or a mark) that the body writes too, as the
    /// body writes it: `48 Pencari Kerja Digembleng Tiga Kejuruan` -> `pencari kerja`, `126 Personel Bhabinkamtibmas
    /// dan Polisi RW Tangani Konflik` -> `Polisi RW`, `Latih Tiga Puluh Lima Istri Nelayan Olah Jelantah` -> `istri
    /// nelayan`; the head alone when the body writes no longer run (`Latih Warga Hative Kecil Siaga Tsunami` ->
    /// `Warga`). Reads the body once per group, comparing lengths before words.
    func headlineName(from p: Int, head: Int, limit: Int, _ text: AnalyzedText) -> (name: String, next: Int) {
        let t = text.tokens
        let hiLimit = min(limit, t.count, text.headline.upperBound)
        var end = min(p + head, t.count)
        // A stop word, a unit or a modifier ends the run as it ends a name in the body (`30 IBU IBU ANTUSIAS`), and so
        // does a word written twice (the doubling of a plural).
        while end < hiLimit, end - p - head < 5, t[end].kind == .word, t[end].sentence == t[p].sentence,
            !Self.joiners.contains(end, in: text), stop.longest(t, at: end) == nil, unit.longest(t, at: end) == nil,
            modifier.longest(t, at: end) == nil, text.folded(end) != text.folded(end - 1)
        {
            end += 1
        }
        func same(_ i: Int, _ j: Int) -> Bool {
            let a = t[i], b = t[j]
            guard a.kind == .word, b.kind == .word, a.end - a.start == b.end - b.start else { return false }
            if a.id >= 0 || b.id >= 0 { return a.id == b.id }
            return text.folded(i) == text.folded(j)
        }
        // The body repeats the headline (`dengan judul 40 Pemuda Jaksel Ikuti Pelatihan ...` at the foot): six tokens
        // or more in a row shared with it, marks and numbers included, are its repeat, not the body's writing.
        func sameToken(_ i: Int, _ j: Int) -> Bool {
            t[i].kind == t[j].kind && t[i].end - t[i].start == t[j].end - t[j].start && text.folded(i) == text.folded(j)
        }
        func repeatsHeadline(_ i: Int, _ k: Int) -> Bool {
            var n = k
            var b = 1
            while p - b >= text.headline.lowerBound, i - b >= 0, n < 6, sameToken(i - b, p - b) {
                n += 1
                b += 1
            }
            var f = 0
            while p + k + f < text.headline.upperBound, i + k + f < t.count, n < 6, sameToken(i + k + f, p + k + f) {
                n += 1
                f += 1
            }
            return n >= 6
        }
        var best = 0
        var bestAt = -1
        var i = max(text.headline.upperBound, text.bodyStart)
        while i < t.count {
            if same(i, p) {
                var k = 1
                while p + k < end, i + k < t.count, same(i + k, p + k) { k += 1 }
                if k >= head, k > best, !repeatsHeadline(i, k) {
                    best = k
                    bestAt = i
                }
            }
            i += 1
        }
        if bestAt >= 0 { return (text.text(of: bestAt..<(bestAt + best)), p + best) }
        return (text.text(of: p..<min(p + head, t.count)), min(p + head, t.count))
    }

    /// Round 23 (GRP23): whether the body writes the headline's word at `p` in capitals too (`HKBP`): in a shouted
    /// headline (`BIMAS KRISTEN GANDENG HKBP`) every word is in capitals, so only the body tells an abbreviation.
    func bodyWritesInCapitals(_ p: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        let f = text.folded(p)
        var i = max(text.headline.upperBound, text.bodyStart)
        while i < t.count {
            if t[i].allCaps, t[i].end - t[i].start == t[p].end - t[p].start, text.folded(i) == f { return true }
            i += 1
        }
        return false
    }

    /// A known group after one to four words for its members (`personel Tagana`, `pemuda perwakilan Karang
    /// Taruna`, `ibu-ibu` ...): the group's short name and the token after it; nil when a word before it is no
    /// word for people, or is a role inside the group (lexicon `group_role`: `pengelola BUMDes` stays as written).
    func knownGroupAfterMembers(_ p: Int, limit: Int, _ text: AnalyzedText) -> (name: String, next: Int)? {
        let t = text.tokens
        var q = p
        var words = 0
        while q < min(limit, t.count), words < 4 {
            if q > p, let g = groups.longest(t, at: q), q + g.length <= limit {
                // Round 13: the people of a body (`pengurus BUMDes`) are named with it, below.
                if bodyNames.contains(g.value.lowercased()) { return nil }
                return (g.value, skipAbbreviation(q + g.length, text))
            }
            // `ibu-ibu`: the second half of a reduplication.
            if q > p, text.isWord(q, "-"), q + 1 < t.count, !t[q].spaceBefore, text.folded(q + 1) == text.folded(q - 1) {
                q += 2
                continue
            }
            guard t[q].kind == .word, role.longest(t, at: q) == nil else { return nil }
            let n = max(peopleNoun.longest(t, at: q)?.length ?? 0, modifier.longest(t, at: q)?.length ?? 0)
            guard n > 0 else { return nil }
            q += n
            words += 1
        }
        return nil
    }

    /// A lower-case word that is a verb or a state by its prefix (`berlisensi`, `terdampak`, `mengikuti`,
    /// `menjalani`): it ends a group's name. Words of six letters or more; a few nouns and adjectives that look
    /// like such verbs (`menengah`, `terpadu`) are not.
    /// Round 29 (GRP29): the passive `di-` too, in words of seven letters or more (`45 tenaga teknis digembleng Dinas
    /// PUPR`, `relawan dilatih`, `nelayan diajak`), less the nouns and adjectives that begin so (`disabilitas`,
    /// `digital`, `diniyah`, `distrik`, `dinas`).
    static func isVerbByPrefix(_ tok: Token, _ folded: String) -> Bool {
        guard tok.kind == .word, !tok.capitalized, folded.count >= 6, !prefixLookalikes.contains(folded) else { return false }
        if folded.hasPrefix("di") { return folded.count >= 7 && !diLookalikes.contains(folded) }
        return folded.hasPrefix("ber") || folded.hasPrefix("ter") || folded.hasPrefix("mem") || folded.hasPrefix("men")
            || folded.hasPrefix("meng") || folded.hasPrefix("meny")
    }
    static let prefixLookalikes: FoldedWords = ["menengah", "mental", "terpadu", "tertinggal", "terpencil", "terluar", "berkebutuhan", "berisiko", "menteri"]
    static let diLookalikes: FoldedWords = [
        "disabilitas", "difabel", "digital", "diploma", "diaspora", "distrik", "direktur", "direksi", "direktorat", "dinamis",
        "disiplin", "diniyah", "diniah", "dirgantara", "diakonia", "dietisien", "diabetes", "diabetesi", "dialisis", "diklatsar",
        "dinasnya", "diskusi", "diorama", "diplomat", "dinkes", "dinsos", "disdik", "disnaker", "disdukcapil", "diskominfo",
        "disperindag", "disparbud", "disporapar", "dispora", "dispar", "diskop", "diskopukm", "disbud", "dishub", "distan",
        "dispertan", "disperkim", "dishut", "dislutkan", "diskes", "dinperkim", "dikdasmen",
    ]

    /// Words before a group that say how many or which of its people came, not what they are: dropped from the name.
    /// Round 23 (GRP23): `perwakilan` and `utusan` (the ones sent) too: the readable labels write `perwakilan warga
    /// pengguna IPAL`, `utusan PMI kabupaten/kota` as `warga pengguna IPAL`, `PMI kabupaten/kota` (7 of 7 writers'
    /// labels); alone before a place word the modifier itself names the people (`perwakilan desa`).
    static let quantifiers: FoldedWords = ["para", "seluruh", "semua", "segenap", "sejumlah", "beberapa", "unsur", "peserta",
                                           "perwakilan", "utusan"]
    /// Round 24 (GRP24): words before a kind of people that alone name none (`Anggota`, `Calon`, `perwakilan`): no
    /// readable label of any writer is one of them alone (0 of 738 groups), and the extractor wrote one as a group five
    /// times (corpus 088, heldout8 t021 and t025, heldout11 w033, heldout14 x017), always a false group.
    static let loneModifiers: FoldedWords = [
        "anggota", "pengurus", "calon", "mantan", "personel", "perwakilan", "utusan", "para", "seluruh", "semua", "segenap",
        "sejumlah", "beberapa", "unsur", "peserta",
    ]
    static let joiners: FoldedWords = ["dan", "serta", "atau", "maupun", "hingga", "sampai", "beserta", "&"]
    /// Words before a count that make it a bound (`di bawah 5 GT`) and after it a count per unit (`16 orang per
    /// kejuruan`).
    static let boundWords: FoldedWords = ["bawah", "atas"]
    /// Round 20 (CORE20, heldout12 y041): `masing2`, the reduplication written with a 2 as informal writers do, is
    /// `masing-masing`.
    static let perUnitWords: FoldedWords = ["per", "setiap", "tiap", "masing", "masing2"]

    /// A run of capitalized words (and `dan`) from `p` ended by a one-word abbreviation in parentheses: the
    /// abbreviation's position and the token after the `)`.
    func longNameAbbreviation(from p: Int, limit: Int, _ text: AnalyzedText) -> (Int, Int)? {
        let t = text.tokens
        var q = p
        while q < min(limit, p + 9), q < t.count, t[q].kind == .word, t[q].capitalized || (text.isWord(q, "dan") || text.isWord(q, "&")) { q += 1 }
        guard q > p, q + 2 < t.count, q + 2 <= limit, text.isWord(q, "("), text.isWord(q + 2, ")"), t[q + 1].kind == .word else {
            return nil
        }
        return (q + 1, q + 3)
    }

    /// The first letters of the words of `r` (not `dan`), folded: `Tenaga Pendamping Profesional` -> `tpp`. Empty when
    /// a token is not a word.
    func initials(_ r: Range<Int>, _ text: AnalyzedText) -> String {
        var s = ""
        for i in r where !text.isWord(i, "dan") {
            guard text.tokens[i].kind == .word, let c = text.folded(i).first else { return "" }
            s.append(c)
        }
        return s
    }

    /// A word such as `BUMDes` or `LKS/Yayasan`: capitals inside a word.
    func isMixedAbbreviation(_ tok: Token, _ text: AnalyzedText) -> Bool {
        guard tok.kind == .word, tok.capitalized, tok.end - tok.start >= 3 else { return false }
        let s = text.text.slice(tok.start, tok.end)
        return s.dropFirst().contains { $0.isUppercase }
    }

    /// The token after a "(ABBR)" that repeats a group just read, else `p`.
    func skipAbbreviation(_ p: Int, _ text: AnalyzedText) -> Int {
        guard p < text.tokens.count, text.isWord(p, "(") else { return p }
        var q = p + 1
        while q < min(text.tokens.count, p + 10), text.tokens[q].sentence == text.tokens[p].sentence {
            if text.isWord(q, ")") { return q + 1 }
            q += 1
        }
        return p
    }

    /// The words between the items of a list (``listGroups(from:loose:_:)``), and the separators it skips to after
    /// a miss: kept once, not built per call.
    static let listJoiners: FoldedWords = [
        ",", "dan", "serta", "&", "juga", "maupun", "hingga", "sampai", "beserta", "mulai", "dari", "unsur", "kalangan",
        "yakni", "yaitu", "adalah", "ialah", ":",
        // Round 29 (GRP29): a group added after the list's commas (`organisasi masyarakat, organisasi pemuda, dan
        // organisasi keagamaan, ditambah tokoh agama/pemuda`; `guru, termasuk kepala sekolah`): one more item.
        "ditambah", "termasuk", "plus",
    ]
    static let heldAfterYang: FoldedWords = [
        "digelar", "diselenggarakan", "dilaksanakan", "diadakan", "dihelat", "difasilitasi", "dibuka", "diinisiasi",
        "menggelar", "menyelenggarakan", "melaksanakan", "mengadakan",
    ]
    static let listSeparators: FoldedWords = [",", "dan", "serta", "&", ".", ";"]

    /// The groups of a list that starts at `start`, up to the end of its sentence (at most 40 tokens); `loose`
    /// also takes abbreviations. Two items in a row that are no group end the list.
    func listGroups(from start: Int, loose: Bool, _ text: AnalyzedText) -> [String] {
        let t = text.tokens
        guard start < t.count else { return [] }
        let s = t[start].sentence
        let end = min(t.count, start + 40)
        var p = start
        var out: [String] = []
        var misses = 0
        // The noun of the last item when it was `noun ABBR` (`guru SD`): a bare abbreviation after it shares
        // the noun (`guru-guru SD dan SMP` -> `guru SD`, `guru SMP`).
        var sharedNoun: String? = nil
        while p < end, t[p].sentence == s {
            let f = text.folded(p)
            if let noun = sharedNoun, t[p].kind == .word, t[p].allCaps, t[p].end - t[p].start <= 5,
                groups.longest(t, at: p) == nil, p + 1 >= end || t[p + 1].sentence != s || t[p + 1].kind == .punct
                    || stop.longest(t, at: p + 1) != nil || Self.joiners.contains(p + 1, in: text)
            {
                let name = noun + " " + text.text(of: p..<(p + 1))
                if !out.contains(where: { $0.lowercased() == name.lowercased() }) { out.append(name) }
                p += 1
                misses = 0
                continue
            }
            if Self.listJoiners.contains(f) {
                p += 1
                continue
            }
            // Round 29 (GRP29): a relative clause of holding after an item (`bagi Pelaku UMKM yang digelar Dinas Koperasi
            // dan UKM`) names the organizer: the list ends.
            if f == "yang", !out.isEmpty, p + 1 < end, Self.heldAfterYang.contains(p + 1, in: text) { break }
            // A full stop ends the list only where it ends the sentence: `Ka. UPT Kecamatan` goes on.
            if f == "." && (p + 1 >= t.count || t[p + 1].sentence != s) || f == ";" || f == "(" && out.isEmpty { break }
            if f == "." {
                p += 1
                continue
            }
            if let it = item(at: p, limit: end, loose: loose, text), it.next > p {
                if !out.contains(where: { $0.lowercased() == it.name.lowercased() }) { out.append(it.name) }
                let parts = Matching.spaceSeparated(it.name)
                sharedNoun = nil
                if groups.longest(t, at: p) == nil, parts.count == 2, it.next > 0, t[it.next - 1].allCaps,
                    peopleNoun.longest(t, at: p) != nil
                {
                    sharedNoun = String(parts[0])
                }
                p = it.next
                misses = 0
                continue
            }
            misses += 1
            sharedNoun = nil
            if misses >= 2 { break }
            // skip to the next separator
            // Round 24 (GRP24): a capitalized word passed over after a lower-case one is a name no item reads (`24
            // pelaku UMKM binaan Dinas Koperasi, UKM dan Perdagangan`); a capitalized word after its comma that is
            // no known group nor noun for people goes on that name (`UKM`), not on the list: the list ends there.
            // A list of lower-case kinds goes on (`30 kader posyandu Desa Sukamaju, bidan desa dan ...`).
            let skipStart = p
            var passedName = false
            while p < end, t[p].sentence == s, !Self.listSeparators.contains(p, in: text) {
                if p > skipStart, t[p].kind == .word, t[p].capitalized, !t[p - 1].capitalized, t[p - 1].kind == .word,
                    peopleNoun.longest(t, at: p - 1) == nil
                {
                    passedName = true
                }
                p += 1
            }
            if passedName, p + 1 < end, text.isWord(p, ","), t[p + 1].sentence == s, t[p + 1].capitalized,
                groups.longest(t, at: p + 1) == nil, peopleNoun.longest(t, at: p + 1) == nil
            {
                break
            }
        }
        return out
    }

    public func exampleValue(_ match: PatternMatch, rule: Rule, in text: AnalyzedText, published: Day?) -> String? {
        if rule.kind == "target" {
            return match.capture("groups").map { targetGroups($0, text).joined(separator: "; ") }
        }
        if rule.kind == "list" || rule.kind == "list-after" {
            if rule.kind == "list-after", !participantsNamedBefore(match.start, text) { return nil }
            return listGroups(from: match.capture("items")?.lowerBound ?? match.end, loose: match.capture("strong") != nil, text).joined(separator: "; ")
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

    static let strongCues: FoldedWords = [
        "sebanyak", "diikuti", "diikuti oleh", "diikuti sebanyak", "berjumlah", "jumlah peserta", "jumlah pesertanya",
        "pesertanya", "total", "mencapai", "melibatkan", "ikuti", "mengikuti", "peserta", "total peserta", "dengan jumlah",
        "diikuti kurang lebih", "tercatat", "dihadiri", "dihadiri oleh",
    ]

    /// A list of groups found after a participant cue (or named after the event type), at token `at`.
    /// A list is read only when it is needed (`groups` nil until then): most lists of a document are not.
    struct GroupList {
        var at: Int
        var groups: [String]?
        /// Where its items start, and whether an abbreviation may head one.
        var from = 0
        var loose = false
        /// Known groups named right after the event type (`Bimtek bagi PSM`): every such list counts.
        var target = false
        /// A list after the participants are named (`peserta datang dari beragam unsur, antara lain ...`).
        var named = false
        /// A group named right after the event type without a preposition (`Pelatihan Kader Posyandu`): used
        /// only when no other list names the participants, and only in the sentence of the event mention.
        var weak = false
    }

    /// Participants of THE event (`anchor`, see ``EventAnchor``; nil: no event found, the construction alone
    /// decides).
    public func extract(_ text: AnalyzedText, anchor: EventAnchor? = nil, scratch: inout MatchScratch) -> Findings {
        let t = text.tokens
        var counts: [Count] = []
        var lists: [GroupList] = []
        var pastSentences = Set<Int>()
        var pastAt: [Int] = []
        rules.forEachShared { rule in
            for m in rule.pattern.matches(in: text, scratch: &scratch) {
                if rule.kind == "past-occasion" {
                    pastSentences.insert(t[m.start].sentence)
                    pastAt.append(m.start)
                } else if rule.kind == "target" {
                    if trainersOfLaterEvent(before: m.start, text) { continue }
                    let gs = m.capture("groups").map { targetGroups($0, text) } ?? []
                    if !gs.isEmpty { lists.append(GroupList(at: m.start, groups: gs, target: true)) }
                } else if rule.kind == "list" || rule.kind == "list-after" {
                    if rule.kind == "list-after", !participantsNamedBefore(m.start, text) || theyOfAHistory(m.start, text) { continue }
                    if m.capture("weak") != nil, trainersOfLaterEvent(before: m.start, text) { continue }
                    lists.append(GroupList(
                        at: m.start, groups: nil, from: m.capture("items")?.lowerBound ?? m.end, loose: m.capture("strong") != nil, named: rule.kind == "list-after",
                        weak: m.capture("weak") != nil))
                } else if let c = count(m, rule: rule, in: text) {
                    counts.append(c)
                }
            }
        }
        // Overlaps between rules: the longer match wins.
        let kept = siblingsAdded(Self.originsDropped(Overlaps.keepLongest(counts, tokenCount: t.count) { $0.range }, text), text)
        var findings = Findings()
        guard !kept.isEmpty || !lists.isEmpty else { return findings }

        // Clusters: counts of one sentence.
        let titleEnd = text.lineRange(0).upperBound
        var clusters: [[Count]] = []
        for c in kept {
            // Appended in place: a copy of the last cluster per count made a text of one endless sentence of
            // counts quadratic.
            if let prev = clusters.last?.last, prev.sentence == c.sentence {
                clusters[clusters.count - 1].append(c)
            } else {
                clusters.append([c])
            }
        }
        // "pendaftar berjumlah 52 orang, lalu diseleksi hingga tersisa 20 orang": the last count replaces the others.
        for i in clusters.indices {
            if let last = clusters[i].lastIndex(where: { c in
                (max(0, c.range.lowerBound - 3)..<c.range.lowerBound).contains { replaceCue.longest(t, at: $0) != nil }
            }), last > 0 {
                clusters[i].removeSubrange(0..<last)
            }
        }
        // A count of a sentence that names a time of another occasion (`Sebanyak 65 kader mengikuti pelatihan yang
        // sama tahun lalu`) is that occasion's: no candidate.
        // Round 26 (CORE26): unless the sentence sets this occasion against the other in a clause of its own, cut from
        // it by a comma or a semicolon (`Tahun lalu pelatihan serupa diikuti 30 orang, tahun ini pesertanya 50 orang`,
        // `Pelatihan kali ini diikuti 35 peserta, lebih banyak dari tahun lalu yang 30 peserta`): the counts of this
        // occasion's side stay (see `thisOccasionSide`).
        if !pastSentences.isEmpty {
            let sides = thisOccasionSides(pastAt, text)
            for i in clusters.indices where pastSentences.contains(clusters[i][0].sentence) {
                if let side = sides[clusters[i][0].sentence] {
                    clusters[i].removeAll { !side.contains($0.range.lowerBound) }
                } else {
                    clusters[i].removeAll()
                }
            }
            clusters.removeAll { $0.isEmpty }
        }
        // Round 12: counts that state no one who took part are no candidates, even alone: a target or a quota (`Kuota
        // pelatihan sebanyak 40 orang`), the people who run the event (`Kegiatan ini melibatkan 10 orang panitia`).
        // Before, such a count alone was still taken. A count per unit alone stays a candidate (scored down): dropping
        // it cost a right count of a writer's blind half.
        for i in clusters.indices where clusters[i].contains(where: { !$0.target }) {
            clusters[i].removeAll { $0.target }
        }
        clusters.removeAll { cl in
            cl.allSatisfy { $0.target }
                || cl.allSatisfy { isStaff($0, text) && !ParticipantExtractor.trainingCues.contains($0.cue ?? "") }
        }
        // A pool and a part of it, never a sum: a count after `dari` that opens its sentence or clause, with a count
        // after it. When it names a pool that only some of took part (lexicon `pool_word`: the invited, the
        // applicants) before the next count, the later count is who took part (`Dari 120 kader yang diundang, hanya
        // 85 orang yang hadir` = 85); otherwise it is the participants and the later counts are some of them (`Dari
        // 40 peserta, 25 di antaranya perempuan` = 40).
        // Round 26 (CORE26): a pool named by a word of `pool_word` at most three tokens before or after its count, and
        // a word of contrast (`namun`, `tetapi`, `hanya`) before the next count of its sentence: the later count is who
        // took part (`Panitia mengundang 50 orang, namun yang hadir hanya 42 peserta` = 42; `Sebanyak 60 kader
        // diundang, tetapi 48 orang yang datang` = 48). Not without the contrast (`mengundang 40 kader dan 10 bidan`).
        for i in clusters.indices {
            guard let pool = clusters[i].indices.last(where: { j in
                j + 1 < clusters[i].count && contrastPool(clusters[i][j], before: clusters[i][j + 1], text)
            }) else { continue }
            clusters[i].removeSubrange(0...pool)
        }
        for i in clusters.indices {
            guard let pool = clusters[i].indices.last(where: { j in
                let p = clusters[i][j].range.lowerBound
                return j + 1 < clusters[i].count && p > 0 && text.isWord(p - 1, "dari")
                    && (p == 1 || t[p - 1].lineStart || t[p - 2].sentence != t[p - 1].sentence || (text.isWord(p - 2, ",") || text.isWord(p - 2, ";") || text.isWord(p - 2, ":")))
            }) else { continue }
            let p = clusters[i][pool].range.lowerBound
            let next = clusters[i][pool + 1].range.lowerBound
            if (p..<min(next, p + 10)).contains(where: { poolWord.longest(t, at: $0) != nil }) {
                clusters[i].removeSubrange(0...pool)
            } else {
                clusters[i].removeSubrange((pool + 1)...)
            }
        }
        // Round 26 (CORE26): a clause that a comma and a word of contrast or of sequence open (`namun`, `tetapi`,
        // `setelah`) sets its counts against those before it, never adds them: `Pelatihan diikuti 40 peserta, namun
        // hanya 10 peserta yang membawa laptop` = 40; `angkatan kedua ini diikuti 35 peserta, setelah angkatan pertama
        // yang diikuti 30 peserta` = 35. A pool set against who came is read above (`contrastPool`), so the counts
        // left before such a clause are who took part.
        for i in clusters.indices where clusters[i].count > 1 {
            if let j = clusters[i].indices.dropFirst().first(where: { j in
                turnBetween(clusters[i][j - 1].range.upperBound, clusters[i][j].range.lowerBound, text)
            }) {
                clusters[i].removeSubrange(j...)
            }
        }
        // Round 16: a sentence that counts only per batch, after the number of batches (`Peserta dibagi dua angkatan
        // masing masing 24 orang`), counts every batch: 48. Beside a count that is not per unit (`diikuti 40 peserta
        // yang dibagi dalam dua kelompok, masing-masing 20 orang`) the count per batch stays aside, as before.
        for i in clusters.indices where clusters[i].allSatisfy({ $0.perUnit }) {
            for j in clusters[i].indices {
                if let b = clusters[i][j].batches {
                    clusters[i][j].n *= b
                    clusters[i][j].perUnit = false
                }
            }
        }
        for i in clusters.indices {
            let other = text.contains(otherCue, in: text.sentenceRange(around: clusters[i][0].range.lowerBound, limit: AnalyzedText.nearLimit))
            for j in clusters[i].indices { clusters[i][j].otherEvent = other }
        }
        // Round 33 (OCC33): the counts of another occurrence (`Saat itu pelatihan diikuti 75 peserta`) count nothing.
        if let anchor, !anchor.other.isEmpty { clusters.removeAll { anchor.isOther($0[0].range.lowerBound, in: text) } }
        func nearPrimary(_ i: Int) -> Double { anchor?.nearPrimary(i, in: text) ?? 0 }
        /// Nearness to the event's mentions, by the one ranking of ``EventAnchor``: a sentence of a mention,
        /// its paragraph, the lead; a count on a noise line (`Baca Juga`, a byline) is another story's.
        func nearness(_ i: Int) -> Double {
            guard let anchor else { return 0 }
            switch anchor.proximity(of: i, in: text) {
            case .sameSentence: return 1
            case .sameParagraph: return 0.5
            case .lead: return 0.25
            case .body, .header: return 0
            case .noise: return -1
            }
        }
        // Sums of breakdowns (three counts or more in one sentence): a total that one of them corroborates wins.
        // Two counts are a breakdown only after a breakdown word (`Personel yang dilatih terdiri dari 100 personel
        // Dalmas Awal dan 50 personel Dalmas Lanjut` corroborates `menggembleng 150 personel`; not `20 kader dan 20
        // bidan`).
        func breakdownOpens(_ cl: [Count]) -> Bool {
            guard cl.count == 2 else { return false }
            let p = cl[0].range.lowerBound
            return (max(0, p - 3)..<p).contains { q in breakdownCue.longest(t, at: q).map { q + $0.length <= p } ?? false }
        }
        let breakdownSums = Set(clusters.filter { $0.count >= 3 || breakdownOpens($0) }.map { $0.reduce(0) { $0 + $1.n } })
        func score(_ cl: [Count]) -> Double {
            var s = 0.0
            if cl.count == 1, breakdownSums.contains(cl[0].n) { s += 3 }
            if cl.allSatisfy({ $0.perUnit }) { s -= 3 }
            // Round 21 (CORE21, heldout4 m003): the number the participants were raised to beats the quota and the
            // headline's first number.
            if cl.contains(where: { $0.revised && !$0.target }) { s += 3 }
            if cl.contains(where: { $0.otherEvent }) { s -= 3 }
            if cl.allSatisfy({ $0.target }) { s -= 3 }
            if cl.allSatisfy({ $0.besides }) { s -= 3 }
            if cl.contains(where: { $0.cue.map { ParticipantExtractor.strongCues.contains($0) } ?? false }) { s += 2 }
            else if cl.contains(where: { $0.cue != nil }) { s += 1 }
            if cl.contains(where: { $0.hasUnit || $0.group != nil }) { s += 1 }
            if cl.allSatisfy({ $0.approx }) { s -= 1.5 }
            if cl.allSatisfy({ $0.range.lowerBound < titleEnd }) { s -= 0.5 }
            if cl.count > 1, cl.allSatisfy({ isOriginBreakdown($0, text) }) { s -= 3 }
            s += nearness(cl[0].range.lowerBound)
            return s
        }
        var participants = Participants(total: nil, groups: [], evidence: nil)
        var bestSentence: Int? = nil
        // Round 23 (CORE23): a group added in a later sentence (`Selain itu, panitia juga mengundang 10 takmir masjid
        // sebagai peserta tambahan`) is no rival of the count before it but more of its people: such a count does not
        // compete while a count stands in a sentence at most four before it, and is added to the total chosen.
        let addedKinds: [Int: Bool] = {
            var out: [Int: Bool] = [:]
            for i in clusters.indices.dropFirst() where clusters[i].count == 1 {
                guard let strong = addedKind(clusters[i][0], text) else { continue }
                let s = clusters[i][0].sentence
                // Walked back only over the sentences the addition allows (one cluster a sentence at most): linear
                // in the counts, not a scan of every earlier count per count.
                var j = i - 1
                while j >= 0, clusters[j][0].sentence >= s - 4 {
                    if clusters[j][0].sentence < s, out[clusters[j][0].sentence] == nil {
                        out[s] = strong
                        break
                    }
                    j -= 1
                }
            }
            return out
        }()
        let rivals = clusters.indices.filter { addedKinds[clusters[$0][0].sentence] == nil || clusters[$0].count != 1 }
        if let best = rivals.map({ (offset: $0, element: clusters[$0]) }).max(by: { a, b in
            let sa = score(a.element), sb = score(b.element)
            return sa != sb ? sa < sb : a.offset > b.offset
        })?.element {
            bestSentence = best[0].sentence
            // A stated total: marked by a total word; the first count of a sentence whose other counts are a
            // breakdown by origin ("diikuti 46 peserta, terdiri atas utusan Kecamatan Mojoroto 18 orang, ...");
            // or a count followed by a breakdown word ("58 orang, yakni 51 anggota Tagana dan 7 anggota Pordam").
            var stated = best.first { $0.total }
            // Round 38 (probe h20): a word of the whole before counts of named groups joined by `dan` or `serta`
            // (`Total peserta sebanyak 205 operator desa/kelurahan dan 19 TKSK`) totals them all: the first is a part,
            // not the total, unless the others add up to it.
            if let s = stated, s.range == best[0].range, best.count > 1, s.group != nil, best[1].group != nil,
               joinedDirectly(best[0], best[1], text), s.n != best.dropFirst().reduce(0, { $0 + $1.n })
            {
                stated = nil
            }
            // A count that the counts after it in its sentence add up to (two of them or more) is their total:
            // `diikuti 34 direktur dan bendahara BUMDes, masing masing 17 direktur dan 17 bendahara`, `Peserta
            // berjumlah 30 orang,20 anggota MPA dan 10 orang perangkat desa`. `masing-masing` there is
            // `respectively`, not a count per unit.
            var summed = false
            // The total names its people generally (`30 orang`, `peserta`) or names the groups that follow
            // (`direktur dan bendahara`): `20 kader posyandu, 10 bidan dan 10 petugas gizi` lists three groups.
            func umbrella(_ i: Int) -> Bool {
                guard let g = best[i].group?.lowercased(), !vagueNames.contains(g) else { return true }
                // The words from the count to the next count (`34 direktur dan bendahara BUMDes, masing masing`).
                let words = Set((best[i].range.lowerBound..<best[i + 1].range.lowerBound).map { text.folded($0) })
                return best[(i + 1)...].allSatisfy { c in
                    guard let h = c.group?.split(separator: " ").first?.lowercased() else { return true }
                    return words.contains(h)
                }
            }
            // A breakdown word anywhere between a count and the next (`Sebanyak 60 siswa dari kelas X dan XI dipilih
            // ... untuk mengikuti pelatihan, terdiri dari 35 siswa pengurus OSIS dan 25 anggota PMR`) makes the
            // count whose parts add up to it their total, whatever the parts are named.
            func breakdownBetween(_ i: Int) -> Bool {
                (best[i].range.upperBound..<best[i + 1].range.lowerBound).contains { breakdownCue.longest(t, at: $0) != nil }
            }
            // Round 28 (TOT28): counts that each follow the name of their group, in parallel (`Peserta terdiri atas PSM
            // 30 orang, TKSK 20 orang dan Tagana 10 orang` = 60), are a list of parts even when the first equals the
            // sum of the others.
            func groupLedList(_ i: Int) -> Bool { best[i...].allSatisfy { groupRightBefore($0, text) } }
            // Round 29 (CORE29, heldout17 q212): the parts first and then their sum, restated after `atau`, `sehingga`,
            // `jadi` (`51 anggota Tagana dan tujuh anggota Pordam, atau 58 orang`, `20 kader dan 15 bidan, sehingga 35
            // orang`): the last count that the counts before it (two or more) add up to is their total, not a third part.
            if stated == nil, best.count > 2, let last = best.last, last.range.lowerBound > 0,
               Self.restateWords.contains(last.range.lowerBound - 1, in: text),
               last.n == best.dropLast().reduce(0, { $0 + $1.n })
            {
                stated = last
                summed = true
            }
            if stated == nil, best.count > 2, let i = (0..<(best.count - 2)).first(where: { i in
                best[i].n == best[(i + 1)...].reduce(0) { $0 + $1.n } && (umbrella(i) || breakdownBetween(i))
                    && !groupLedList(i)
            }) {
                stated = best[i]
                summed = true
            }
            // Counts that each name where they come from, in parallel (`12 orang dari Desa A dan 13 orang dari Desa
            // B`), are parts, not a total and its breakdown (round 12).
            let parallelOrigins = best.count > 1 && best.allSatisfy { originAfter($0, text) }
            // Round 18 (FIX18, review p4): the first count after its origin's name is a part of a list of origins
            // only when another count of the list names its origin before it too, and no breakdown cue stands
            // between the first two (`diikuti ASN Pemkab Sikka sebanyak 45 orang, di antaranya 12 orang dari Dinas
            // Kesehatan` = 45).
            let originList = best.count > 1 && originBeforeCue(best[0], text) && !breakdownBetween(0)
                && best.dropFirst().contains { originBeforeCue($0, text) || originRightBefore($0, text) }
            if stated == nil, best.count > 1, !parallelOrigins, !isOriginBreakdown(best[0], text), !originList,
                best.dropFirst().allSatisfy({ isOriginBreakdown($0, text) }) || breakdownFollows(best[0], best[1], text)
            {
                stated = best[0]
            }
            // A count per unit beside counts that are not (`32 peserta, masing-masing 16 orang per kejuruan`) is
            // no part of the total.
            let perUnitAside = !summed && best.contains { !$0.perUnit } && best.contains { $0.perUnit }
            var parts = best.filter { $0.range != stated?.range && !(perUnitAside && $0.perUnit) }
            // A count that repeats an earlier count of its sentence for the same people (`diikuti 40 peserta, dan 40
            // peserta itu akan melatih kader lain`) is that count again, not more people; two groups of the same
            // size are added (`20 kader laki-laki dan 20 kader perempuan`).
            if stated == nil, parts.count > 1 {
                parts = parts.enumerated().filter { j, c in !parts[..<j].contains { repeatsCount(c, $0, text) } }.map(\.element)
            }
            // The people who run the event beside those it trains (`30 kader, didampingi 5 orang fasilitator dan 3
            // narasumber`) are no part of the sum.
            // Round 16: so are people present in another role, said after their count (`25 operator ..., ditambah 5
            // orang perwakilan Bawaslu yang hadir sebagai pengamat` = 25).
            var otherRole: [Range<Int>] = []
            if stated == nil, parts.contains(where: { !isStaff($0, text) && !inOtherRole($0, text) }) {
                otherRole = parts.filter { inOtherRole($0, text) }.map(\.range)
                parts.removeAll { isStaff($0, text) || inOtherRole($0, text) }
            }
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
            // A breakdown by status of the stated total's own noun (`40 penyuluh agama Islam, yakni 8 penyuluh
            // PNS dan 32 penyuluh non-PNS`): every part repeats the head word of the total's group, so the parts
            // are kinds of the same people and the total's name is the group.
            let statusBreakdown: Bool = {
                guard let stated, let head = stated.group?.split(separator: " ").first?.lowercased(), parts.count >= 2,
                      stated.group.map(ParticipantExtractor.hasSpace) ?? false else { return false }
                return parts.allSatisfy { p in
                    (p.range.lowerBound..<min(t.count, p.range.upperBound + 1)).contains { text.folded($0) == head }
                }
            }() || sexBreakdown(stated, parts)
            // The groups counted: the stated total's own group, and the groups of its breakdown.
            for c in best where !(perUnitAside && c.perUnit) && !otherRole.contains(c.range) {
                if statusBreakdown, c.range != stated?.range { continue }
                // The stated total's own name is the umbrella of a breakdown that names its groups (`75 relawan,
                // terdiri dari 50 anggota KSR dan 25 TSR`): the breakdown names them.
                if let stated, !statusBreakdown, c.range == stated.range, parts.contains(where: { $0.group != nil }) { continue }
                participants.groups.append(ParticipantGroup(name: c.group ?? "peserta", count: c.n))
            }
            participants.groups = Self.mergingCounted(participants.groups)
            // Round 23 (CORE23): the groups added in the sentences after the chosen one (see `addedKinds`). A count
            // after `tambahan`, `menambah` adds whatever it names; one after `juga`, `turut`, `selain` only a kind of
            // people of its own, not the participants or the chosen count's group again.
            if let total = participants.total {
                var added = 0
                let chosen = Set(participants.groups.map { $0.name.lowercased() })
                for cl in clusters where cl.count == 1 {
                    let c = cl[0]
                    guard let strong = addedKinds[c.sentence], c.sentence > best[0].sentence, c.sentence <= best[0].sentence + 4,
                          c.n != total else { continue }
                    let g = c.group?.lowercased()
                    if !strong {
                        guard let g, !chosen.contains(g), !isVague(g), !Self.sameWords.contains(g) else { continue }
                    }
                    added += c.n
                    participants.groups.append(ParticipantGroup(name: c.group ?? "peserta", count: c.n))
                }
                if added > 0 { participants.total = total + added }
            }
            // Round 45 (probes an02, as01, as08): a single count after a strong cue that goes on with `dan`/`serta`/
            // `ditambah` and a count of people no rule read (`diikuti 68 personel Bhabinkamtibmas serta 21 Kanit
            // Binmas`, `Pesertanya 40 pemandu gunung dan 20 porter`): the second count is a part of the sum (`addedPart`).
            if stated == nil, best.count == 1, let total = participants.total, total == best[0].n,
               best[0].cue.map({ ParticipantExtractor.strongCues.contains($0) }) ?? false,
               let (m, group) = addedPart(after: best[0], clusters, text)
            {
                participants.total = total + m
                participants.evidence = text.evidence(best[0].range.lowerBound..<group.upperBound)
                participants.groups.append(ParticipantGroup(name: text.text(of: group), count: m))
            }
            // Round 45 (probes ao12, au11, au15): participants divided into batches and counted batch by batch (see
            // `batchSum`): the total is the sum of the batches when the chosen count is one of them.
            if let total = participants.total, let (sum, range) = batchSum(clusters, chosen: total, text) {
                participants.total = sum
                participants.evidence = text.evidence(range)
                if participants.groups.count == 1, participants.groups[0].count == total { participants.groups[0].count = sum }
            }
            // Round 46 (probe az12): the chosen count is everyone the event involved, broken down right after it into
            // the participants and the event's staff (`melibatkan 90 orang, terdiri atas 65 peserta, 15 panitia, 6
            // narasumber dan 4 tamu undangan`): the participants are the part counted as `peserta` (`staffBreakdown`).
            if best.count == 1, let total = participants.total, total == best[0].n,
               let (n, range) = staffBreakdown(after: best[0], text), n < total
            {
                participants.total = n
                participants.evidence = text.evidence(range)
                if participants.groups.count == 1, participants.groups[0].count == total { participants.groups[0].count = n }
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
        // Groups: those counted, and one list: the one in the sentence of the count, else (when the counted
        // groups are vague or unnamed) the one nearest the event mention (else the first). An unnamed count
        // takes the only group of that list; a list in the sentence of a single count names its parts ("54
        // personel peserta pelatihan berasal dari unsur TNI/Polri, mahasiswa serta relawan").
        // Round 24 (GRP24): a name that is only a word before a kind (`150 Anggota, Diminta ...`, `70 Calon Pendamping
        // ... Ikuti`, read in a headline in capitals) names no kind: it is unnamed, and a list may name it.
        var named = participants.groups.filter { $0.name != "peserta" && !Self.loneModifiers.contains($0.name.lowercased()) }
        // Round 29 (GRP29): a count named by a vague noun alone (`Sebanyak 29 pendamping dari 23 kecamatan`) whose kind
        // the report names elsewhere by the one known group that begins with that noun (`Pendamping PKH di Kapuas Hulu
        // ...`): that group. Two such groups (`kader posyandu`, `kader PKK`) leave the noun as it is.
        if named.contains(where: { $0.count != nil && isVague($0.name) && !ParticipantExtractor.hasSpace($0.name) }) {
            let kinds = knownGroupsOfReport(text)
            for i in named.indices where named[i].count != nil && isVague(named[i].name) && !ParticipantExtractor.hasSpace(named[i].name) {
                let prefix = named[i].name.lowercased() + " "
                let fitting = kinds.filter { $0.lowercased().hasPrefix(prefix) }
                if fitting.count == 1, !named.contains(where: { $0.name.lowercased() == fitting[0].lowercased() }) { named[i].name = fitting[0] }
            }
        }
        func parsed(_ i: Int) -> [String] {
            if let g = lists[i].groups { return g }
            let g = listGroups(from: lists[i].from, loose: lists[i].loose, text)
            lists[i].groups = g
            return g
        }
        var sameSentence: Int? = nil
        if let bestSentence {
            for i in lists.indices where !lists[i].target && !lists[i].weak && t[lists[i].at].sentence == bestSentence {
                if !parsed(i).isEmpty {
                    sameSentence = i
                    break
                }
            }
        }
        let specific = named.contains { !isVague($0.name) }
        var chosen = sameSentence
        if chosen == nil, specific {
            // The counted groups are precise, but a list near the event names them again with more (`48 Kader
            // PPKBD` and `Orientasi bagi kader PPKBD ... serta Sub PPKBD`) or more precisely (`132 guru` and
            // `bagi guru-guru SD dan SMP` -> `guru SD`, `guru SMP`): that list describes the same people.
            let counted = named.map { $0.name.lowercased() }
            let near = lists.indices.filter { !lists[$0].weak && !lists[$0].target && nearPrimary(lists[$0].at) > 0 }
            for i in near {
                let items = parsed(i)
                guard items.count >= 2 else { continue }
                let refines = items.contains { item in
                    let l = item.lowercased()
                    return counted.contains { l == $0 || (!ParticipantExtractor.hasSpace($0) && l.hasPrefix($0 + " ")) }
                }
                if refines {
                    // An item that is only the head of a counted group (`Guru` beside `guru TPG`) or a counted group
                    // with a word before it (`Calon PSM` beside `PSM`) adds nothing.
                    lists[i].groups = items.filter { item in
                        let l = item.lowercased()
                        return !counted.contains { $0.hasPrefix(l + " ") || l.hasSuffix(" " + $0) }
                    }
                    chosen = i
                    named.removeAll { g in
                        let n = g.name.lowercased()
                        return !ParticipantExtractor.hasSpace(n) && items.contains { $0.lowercased().hasPrefix(n + " ") }
                    }
                    break
                }
            }
        }
        // Round 29 (GRP29): the participants as the subject of a list of two kinds or more near the event (`Para peserta
        // adalah anggota karang taruna dan pengelola media sosial`; `Para peserta berasal dari unsur TNI/Polri,
        // mahasiswa, dan relawan`), in another sentence than their one counted group (`melatih seratus pemuda`; `54
        // personel potensi SAR ... digembleng`): the list names them too. A list of where they are drawn from (`berasal
        // dari`, `unsur`, `kalangan`) names the kinds instead of the counted name, as when it stands in the count's
        // sentence (`54 personel peserta pelatihan berasal dari unsur ...`, below); the labels keep the counted name
        // beside a list of what they are (heldout11 w045) and drop it beside one of where they come from (heldout17 q211).
        var kindsOfCounted = false
        if chosen == nil, specific, participants.groups.count == 1,
            let i = lists.indices.first(where: { j in
                lists[j].named && !lists[j].weak && !lists[j].target && nearPrimary(lists[j].at) > 0
                    && participantsAsSubject(before: lists[j].at, text) && parsed(j).count >= 2
            })
        {
            chosen = i
            kindsOfCounted = (lists[i].at..<lists[i].from).contains { Self.originCueWords.contains($0, in: text) }
        }
        if chosen == nil, !specific {
            // The list nearest the event's mentions (``EventAnchor/rank(_:in:)``), else the first.
            let order = lists.indices.filter { !lists[$0].weak }.sorted { a, b in
                let na = nearPrimary(lists[a].at), nb = nearPrimary(lists[b].at)
                return na != nb ? na > nb : a < b
            }
            // An enumeration after the participants are named (two groups or more: `peserta datang dari beragam
            // unsur, antara lain PMI Kabupaten/Kota, BPBD ...`) describes them on purpose: it goes before a list
            // after the event's `bagi`; one group there (`Para peserta merupakan petani muda`) does not.
            chosen = order.first { lists[$0].named && parsed($0).count >= 2 } ?? order.first { !parsed($0).isEmpty }
            if chosen == nil {
                chosen = lists.indices.first { lists[$0].weak && nearPrimary(lists[$0].at) >= 1 && !parsed($0).isEmpty }
            }
            // Round 29 (GRP29): the known groups after an event word (`target`) end at the first phrase the lexicon does
            // not know (`bagi Kader Pemberdayaan Masyarakat Desa (KPMD) dan Pengelola BUMDes` -> `KPMD`); the list read
            // item by item after the same words names them all (a list that holds every one of them and more).
            if let c = chosen, lists[c].target, case let known = (lists[c].groups ?? []).map({ $0.lowercased() }),
                let fuller = lists.indices.first(where: { j in
                    guard j != c, !lists[j].target, !lists[j].weak, lists[j].at <= lists[c].at else { return false }
                    let items = parsed(j).map { $0.lowercased() }
                    return items.count > known.count && known.allSatisfy { items.contains($0) }
                })
            {
                chosen = fuller
            }
        }
        if let sameSentence, (lists[sameSentence].groups ?? []).count > 1, participants.groups.count == 1 {
            named.removeAll()
        }
        if kindsOfCounted { named.removeAll() }
        // Round 17 (heldout9 u057): a counted group shortened at its count (`diikuti dua puluh delapan kader Posbindu dari
        // empat dusun`) whose full name a list near the event gives with one abbreviation more (`bagi kader Posbindu
        // PTM`): the full name.
        for i in named.indices where named[i].count != nil && ParticipantExtractor.hasSpace(named[i].name) {
            let n = named[i].name.lowercased()
            for l in lists.indices where !lists[l].weak && nearPrimary(lists[l].at) > 0 {
                if let full = parsed(l).first(where: { g in
                    guard g.count > n.count + 2, g.lowercased().hasPrefix(n + " ") else { return false }
                    let rest = g.dropFirst(n.count + 1)
                    return !ParticipantExtractor.hasSpace(rest) && rest.allSatisfy { $0.isUppercase || $0.isNumber }
                }) {
                    named[i].name = full
                    break
                }
            }
        }
        // Round 23 (GRP23): a count named by a bare common noun for people (`diikuti oleh 60 orang guru`, `60 pelajar`)
        // whose people a list near the event, or another count of the same number, names with the noun and an
        // abbreviation (`bagi guru SMA`; `60 PELAJAR SMK` in the headline): the fuller name, when only one is given.
        for i in named.indices where named[i].count != nil && !ParticipantExtractor.hasSpace(named[i].name)
            && named[i].name.allSatisfy({ $0.isLowercase })
        {
            let n = named[i].name
            var fuller = Set<String>()
            var first: String? = nil
            func consider(_ g: String) {
                let l = g.lowercased()
                guard l.count > n.count + 1, l.hasPrefix(n + " ") else { return }
                // only an abbreviation more (`guru SMA`, `guru SMA/SMK`, `pelajar SMK`), as for the counted names above:
                // an adjective, a crop or an app after the noun (`nelayan kecil`, `petani jagung`) was not written in
                // the labels of the look halves (3 of 3 before this check).
                let rest = g.dropFirst(n.count + 1)
                guard !ParticipantExtractor.hasSpace(rest), rest.contains(where: { $0.isUppercase }),
                    rest.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "/" || $0 == "-" })
                else { return }
                guard fuller.insert(l).inserted, first == nil else { return }
                first = g
            }
            for l in lists.indices where !lists[l].weak && nearPrimary(lists[l].at) > 0 { parsed(l).forEach(consider) }
            for c in kept where c.n == named[i].count { if let g = c.group { consider(g) } }
            if fuller.count == 1, let first { named[i].name = first }
        }
        if let chosen {
            let groups = lists[chosen].groups ?? []
            if named.isEmpty, groups.count == 1, participants.groups.count == 1 {
                participants.groups[0].name = groups[0]
                named = participants.groups
            }
            // Round 24 (GRP24): nor again without the `personel` a count kept (`personel Satgas TMMD`, `Satgas TMMD`).
            for g in groups where !named.contains(where: { $0.name.lowercased() == g.lowercased() || $0.name.lowercased() == "personel " + g.lowercased() }) {
                named.append(ParticipantGroup(name: g, count: nil))
            }
        }
        for l in lists where l.target {
            for g in l.groups ?? [] where !named.contains(where: { $0.name.lowercased() == g.lowercased() }) {
                named.append(ParticipantGroup(name: g, count: nil))
            }
        }
        // A vague name (`pendamping`, `aparatur`) gives way to the precise ones.
        if named.contains(where: { !isVague($0.name) }) { named.removeAll { isVague($0.name) } }
        named = Self.withoutTails(named, known: knownNames, people: peopleWords)
        participants.groups = named
        if participants.total != nil || !participants.groups.isEmpty { findings.participants = participants }
        return findings
    }

    /// Round 32 (GRP32): counted groups that came out under one name are one group, their counts summed (`SMK A 60
    /// siswa, SMK B 50 siswa dan SMK C 40 siswa` -> `siswa` 150; `40 guru mengikuti diklat secara luring, sementara 80
    /// guru lainnya` -> `guru` 120; `41 santri putra dan 19 santri putri` -> `santri` 60), not the same name listed
    /// twice; the first spelling of the name is kept. A count that is unknown makes the sum unknown. (Keeping the
    /// word after the name that tells them apart, `santri putra`, was tried: it matched two more groups on the
    /// readable documents and two fewer on the blind halves.)
    static func mergingCounted(_ groups: [ParticipantGroup]) -> [ParticipantGroup] {
        guard groups.count >= 2 else { return groups }
        var out: [ParticipantGroup] = []
        for g in groups {
            let name = g.name.lowercased()
            if let j = out.firstIndex(where: { $0.name.lowercased() == name }) {
                if let a = out[j].count, let b = g.count { out[j].count = a + b } else { out[j].count = nil }
            } else {
                out.append(g)
            }
        }
        return out
    }

    /// Round 29 (GRP29): words of people trained to teach a later training (`Training of Trainer (TOT) Fasilitator
    /// Bimbingan Teknis KPPS`, `Latih 1.041 PPS Jadi Fasilitator Bimtek KPPS`): a group after that event word is the
    /// audience of the later training, not who takes part in this one. The trainer word right before the event word,
    /// and before it a word of becoming or of a ToT (`jadi`, `menjadi`, `sebagai`, `calon`, `TOT`, `(TOT)`,
    /// `trainer`). Not a trainer of the event itself (`fasilitator pelatihan kader posyandu, dr. Ani, menjelaskan`).
    func trainersOfLaterEvent(before start: Int, _ text: AnalyzedText) -> Bool {
        guard start >= 2, Self.trainerWords.contains(start - 1, in: text) else { return false }
        var q = start - 2
        if text.isWord(q, ")"), q >= 1 { q -= 1 }
        return Self.becomingWords.contains(q, in: text)
    }
    /// Round 29 (GRP29): words of a list cue that say where the participants are drawn from (`berasal dari unsur`).
    static let originCueWords: FoldedWords = ["berasal", "unsur", "kalangan"]
    static let trainerWords: FoldedWords = ["fasilitator", "pelatih", "instruktur", "trainer", "tutor", "mentor"]
    static let becomingWords: FoldedWords = ["jadi", "menjadi", "sebagai", "calon", "tot", "trainer", "trainers"]

    /// Round 29 (GRP29): whether a word for the participants (`peserta`, `para peserta`, `pesertanya`) stands at most
    /// four tokens before `i` in its sentence: the list after `i` says what they are.
    func participantsAsSubject(before i: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard i > 0, i < t.count else { return false }
        for q in stride(from: i - 1, through: max(0, i - 4), by: -1) where t[q].sentence == t[i].sentence {
            if (text.isWord(q, "peserta") || text.isWord(q, "pesertanya")) { return true }
        }
        return false
    }

    /// Round 29 (GRP29): the known groups (values of `participant_group`) the report names outside its noise lines,
    /// in the order of their first mention; one pass over the tokens.
    func knownGroupsOfReport(_ text: AnalyzedText) -> [String] {
        let t = text.tokens
        var out: [String] = []
        var p = 0
        while p < t.count {
            if t[p].kind == .word, let g = groups.longest(t, at: p), g.length > 0 {
                if !text.isNoise(token: p), !out.contains(g.value) { out.append(g.value) }
                p += g.length
            } else {
                p += 1
            }
        }
        return out
    }

    /// Round 28 (GRP28): a known group (a short name of `known`) without a count whose whole name ends another
    /// group's name after a space (`BPD` named by the event's title `Peningkatan Kapasitas Badan Permusyawaratan
    /// Desa (BPD)`, `ketua BPD` by the list of participants; `BUMDes` beside `bendahara BUMDes`; `Satpam` beside
    /// `calon Satpam`) gives way to it: the longer name says which of the body's people took part. Case is ignored;
    /// a group with a count of its own stays, and so does a plain noun (`tukang` beside `kepala tukang`).
    static func withoutTails(_ named: [ParticipantGroup], known: Set<String>, people: Set<String> = []) -> [ParticipantGroup] {
        guard named.count > 1 else { return named }
        let lower = named.map { $0.name.lowercased() }
        var out: [ParticipantGroup] = []
        out.reserveCapacity(named.count)
        for (i, g) in named.enumerated() {
            let tail = " " + lower[i]
            // Round 29 (GRP29): not when the longer name is a known group of its own whose first word names no people
            // (`Sub PPKBD` beside `PPKBD`: two bodies, each with its short name), as a list read in full may now give
            // both; `pelaku UMKM` still takes the place of `UMKM`.
            let ends = g.count == nil && known.contains(lower[i]) && lower.indices.contains { j in
                guard j != i, lower[j].count > tail.count, lower[j].hasSuffix(tail) else { return false }
                let first = lower[j].prefix { $0 != " " }
                return !known.contains(lower[j]) || people.contains(String(first))
            }
            if !ends { out.append(g) }
        }
        return out
    }

    /// Round 23 (CORE23): words that add people to those counted before (`peserta tambahan`, `panitia menambah 15
    /// peserta`): such a count adds whatever it counts.
    static let addingWords: FoldedWords = ["tambahan", "menambah", "menambahkan", "ditambah", "ditambahkan"]
    /// Round 23 (CORE23): words that add a kind of people beside those counted before (`Selain kader, 20 bidan desa
    /// turut mengikuti`, `Pelatihan juga diikuti 12 guru`).
    static let alsoWords: FoldedWords = ["juga", "turut", "pula", "selain"]
    /// Round 23 (CORE23): words that name those who take part or send them (`juga mengirim enam pejabat`), one of
    /// which the sentence of an added count holds.
    static let partakingWords: FoldedWords = ["mengikuti", "ikut", "diikuti", "peserta", "dilatih", "diikutkan",
                                              "diikutsertakan", "dilibatkan", "mengirim", "mengirimkan", "mengutus"]
    /// Round 23 (CORE23): words of another occasion or of a part of the people counted, which make a count of their
    /// sentence no addition (`Pelatihan serupa juga diikuti 30 kader`, `20 di antaranya juga ...`, `tiga istri nelayan
    /// ikut sebagai peserta pendengar dan tidak dihitung`).
    static let notAddedWords: FoldedWords = ["serupa", "sebelumnya", "lanjutan", "berikutnya", "antaranya", "diantaranya",
                                             "terdiri", "meliputi", "yakni", "yaitu", "masing-masing", "nanti", "akan",
                                             "mendatang", "gelombang", "angkatan", "tahap", "total", "seluruhnya",
                                             "sehingga", "jumlah",
                                             // Round 23's review: a running total or another occasion (`menambah
                                             // deretan 200 petani yang telah dilatih ... sejak 2021`)
                                             "deretan", "kumulatif", "sejak",
                                             // heldout13 z035: people said not to be counted (`ikut sebagai peserta
                                             // pendengar dan tidak dihitung dalam daftar peserta`)
                                             "tidak", "bukan", "pendengar"]
    /// Round 24 (CORE24): roles after `sebagai` that are taking part (`sebagai peserta tambahan`, `sebagai perwakilan
    /// sekolah`, `sebagai utusan desa`); any other role (`sebagai pendamping kader`) makes the count no addition.
    static let partakingRoles: FoldedWords = ["peserta", "tambahan", "perwakilan", "wakil", "utusan", "delegasi"]
    /// Round 23's review: words of a time gone by before `lalu` (`pekan lalu`, `tahun lalu`).
    static let lastPeriodWords: FoldedWords = ["tahun", "pekan", "bulan", "minggu", "hari"]
    /// Round 23's review: words of having been trained or taken part after `telah`/`sudah` (`yang telah dilatih`).
    static let doneWords: FoldedWords = ["dilatih", "mengikuti", "diikutkan", "diikutsertakan", "dibina", "dibekali",
                                         "mendapat", "mendapatkan", "menerima", "ikut", "lulus"]

    /// Round 23 (CORE23): whether a count adds people to a count before it: its sentence (read at most 40 tokens to
    /// each side) holds a word that adds (`addingWords`: true) or that adds a kind beside (`alsoWords`: false) and a
    /// word of taking part, and none of `notAddedWords`; the count is no target, per unit, staff, people in another
    /// role or part of a pool (`dari` right before). Nil when it adds nothing.
    func addedKind(_ c: Count, _ text: AnalyzedText) -> Bool? {
        guard !c.target, !c.perUnit, !c.besides, !c.otherEvent, !c.revised, !c.total else { return nil }
        let lo = c.range.lowerBound
        if lo > 0, (text.isWord(lo - 1, "dari") || text.isWord(lo - 1, "antara")) { return nil }
        var adding = false, also = false, partaking = false
        let t = text.tokens
        for p in text.sentenceRange(around: lo, limit: 40) {
            let f = text.folded(p)
            if Self.notAddedWords.contains(f) { return nil }
            // Round 23's review: a count of another occasion or a running total (`Pada tahun 2023, sebanyak 25 pemuda
            // tani juga mengikuti`, `yang digelar pekan lalu`, `menambah deretan 200 petani yang telah dilatih ...
            // sejak 2021`), or of people in another role (`5 bidan desa sebagai pendamping kader`).
            if t[p].kind == .number, f.count == 4, let y = Int(f), (1900...2100).contains(y) { return nil }
            if f == "lalu", p > 0, Self.lastPeriodWords.contains(p - 1, in: text) { return nil }
            if f == "telah" || f == "sudah", p + 1 < t.count, Self.doneWords.contains(p + 1, in: text) { return nil }
            // Round 24 (CORE24): people sent as someone's representatives take part (`10 siswa juga ikut sebagai
            // perwakilan sekolah`, `sebagai utusan desa`): only another role stops the addition.
            if f == "sebagai", p > lo, p + 1 < t.count, !Self.partakingRoles.contains(p + 1, in: text) { return nil }
            if Self.addingWords.contains(f) { adding = true }
            if Self.alsoWords.contains(f) { also = true }
            if Self.partakingWords.contains(f) { partaking = true }
        }
        guard partaking, adding || also, !isStaff(c, text), !inOtherRole(c, text) else { return nil }
        return adding
    }

    /// Whether `later` counts again the people `earlier` counted: the same number, its group unnamed, only
    /// `peserta`/`orang` or the earlier one's, and a demonstrative that points back (`40 peserta itu`, `40 kader
    /// tersebut`). Two groups of one size are two groups (`20 kader laki-laki dan 20 kader perempuan`, `20 orang
    /// dari Desa A dan 20 orang dari Desa B`).
    func repeatsCount(_ later: Count, _ earlier: Count, _ text: AnalyzedText) -> Bool {
        guard later.n == earlier.n, !later.perUnit else { return false }
        if let g = later.group?.lowercased(), !Self.sameWords.contains(g), earlier.group?.lowercased() != g { return false }
        let end = min(text.tokens.count, later.range.upperBound + 2)
        return (later.range.upperBound..<end).contains { Self.demonstratives.contains($0, in: text) }
    }

    /// A count of the people who run the event (lexicon `staff_word`: `5 orang fasilitator`, `3 narasumber`,
    /// `10 panitia`): the word after the number, or after its unit.
    func isStaff(_ c: Count, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        let end = min(t.count, c.range.upperBound + 1)
        // The number: the first number token or number word of the match (after its cue: `sebanyak 5 orang`).
        guard var p = c.range.first(where: { t[$0].kind == .number || numbers.read(text, at: $0, limit: end) != nil }) else { return false }
        let n0 = p
        if let (_, n) = numbers.read(text, at: p, limit: end) { p += max(1, n) }
        while p < end, t[p].kind == .number || text.isWord(p, ".") { p += 1 }
        if p < end, let u = unit.longest(t, at: p) { p += u.length }
        // Round 23 (CORE23, heldout15 j049): teachers an event brings in (`Pelatihan menghadirkan dua tutor dari Dinas
        // Pendidikan`, `menghadirkan tiga instruktur`); not `Sebanyak 40 pelatih mengikuti` nor `bagi 30 tutor`.
        if p < t.count, c.cue == "menghadirkan", Self.teacherWords.contains(p, in: text) { return true }
        // Round 26 (CORE26): teachers after a passive verb of guiding, past `oleh` (`Pelatihan dipandu lima orang
        // instruktur dan diikuti 40 peserta`, `peserta dibimbing oleh tiga mentor`, `dilatih dua pelatih dari BLK`).
        if p < t.count, Self.teacherWords.contains(p, in: text), n0 > 0 {
            var v = n0 - 1
            if v > 0, text.isWord(v, "oleh") { v -= 1 }
            if Self.guideVerbs.contains(v, in: text) { return true }
        }
        return (p < t.count && staffWord.longest(t, at: p) != nil) || staffBefore(c, text) || helps(c, text)
    }

    /// Round 29 (CORE29): words of the whole right after a count (`58 orang seluruhnya`).
    static let wholeAfterWords: FoldedWords = ["seluruhnya", "semuanya", "keseluruhannya", "totalnya"]

    /// Round 29 (CORE29): words that restate the parts before a count as their sum (`..., atau 58 orang`).
    static let restateWords: FoldedWords = ["atau", "sehingga", "jadi"]

    /// Round 26 (CORE26): verbs that bring teachers to a batch, before the teachers (`dipandu tiga instruktur`,
    /// `mendatangkan dua mentor`): the passive verbs of guiding of `accompanyVerbs` and the active verbs of bringing in.
    static let guideVerbs: FoldedWords = ["dipandu", "dibimbing", "didampingi", "dilatih", "diajar", "mendatangkan",
                                          "menghadirkan", "menggandeng"]

    /// Round 23 (CORE23): people who teach, staff when an event brings them in (`menghadirkan`).
    static let teacherWords: FoldedWords = ["tutor", "instruktur", "pelatih", "pengajar", "dosen", "trainer", "mentor", "ahli",
                                            "pakar", "praktisi"]

    /// Round 22 (CORE22, heldout6 p021): a count written after the staff it counts, in parentheses or after a word of
    /// counting (`dan panitia (8 orang)`, `panitia sebanyak 6 orang`; a word of `runnerWords` right before, past `(` or
    /// the word of counting).
    func staffBefore(_ c: Count, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard let n = c.range.first(where: { t[$0].kind == .number || numbers.read(text, at: $0, limit: c.range.upperBound) != nil }) else { return false }
        var p = n - 1
        if p >= 0, (text.isWord(p, "(") || text.isWord(p, "sebanyak") || text.isWord(p, "berjumlah") || text.isWord(p, "sejumlah")) { p -= 1 }
        guard p >= 0, Self.runnerWords.contains(p, in: text) else { return false }
        // Round 22's review (n15, n04): judges or invitees who are themselves trained or take part (`Pelatihan juri
        // sebanyak 30 orang`, `Peserta undangan sebanyak 60 orang`): the word before them names the event or its
        // participants.
        if p >= 1, (text.isWord(p, "juri") || text.isWord(p, "undangan")), Self.traineeHeads.contains(p - 1, in: text) { return false }
        return true
    }

    /// Round 22's review: words before `juri` or `undangan` that make them the ones trained or taking part.
    static let traineeHeads: FoldedWords = ["peserta", "pelatihan", "pelatihannya", "bimtek", "diklat", "penataran", "kursus",
                                            "workshop", "lokakarya", "pembinaan", "sertifikasi", "pendidikan"]

    /// Those who run an event or judge it, not those trained (not `fasilitator`, `narasumber`: a training of
    /// facilitators counts them, `Pelatihan fasilitator sebanyak 30 orang`).
    static let runnerWords: FoldedWords = ["panitia", "panitianya", "juri", "moderator", "undangan"]

    /// Round 18 (CORE18, heldout10 v037): a count whose own predicate is a verb of helping run the event (lexicon
    /// `helper_verb`: `Lima mahasiswa ... turut membantu praktik`, `3 penyuluh mendampingi peserta`), at most eight
    /// tokens after it in its clause. Not a relative clause or a purpose (`yang`, `untuk`, `agar`: `40 kader yang
    /// selama ini membantu bidan mengikuti pelatihan`, `30 petani dilatih agar mampu membantu`), nor a role to come.
    func helps(_ c: Count, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        // Round 20 (CORE20, heldout12 y049): a count right after the passive of helping (`Ia dibantu dua personel
        // Kodim`, `dibantu oleh 3 mahasiswa`) is of those who help, whoever is helped.
        var b = c.range.lowerBound - 1
        if b >= 1, text.isWord(b, "oleh") { b -= 1 }
        // Round 45 (probe al05): so is one right after the passive of accompanying (`150 kader posyandu ... hadir,
        // didampingi 14 bidan koordinator puskesmas`).
        if b >= 0, b < t.count, t[b].sentence == c.sentence, text.isWord(b, "dibantu") || text.isWord(b, "didampingi") { return true }
        // From the word after the count's first token: a group's name may run on into the verb (`Tiga dosen
        // pendamping turut membantu`).
        let start = min(c.range.lowerBound + 1, c.range.upperBound)
        let end = min(t.count, c.range.upperBound + 8)
        // The verb first, by the lexicon's trie (no word read as a string): most counts have none, and then nothing
        // else is read.
        var verb = -1
        var verbLength = 0
        var q = start
        while q < end, t[q].sentence == c.sentence {
            if let m = helperVerb.longest(t, at: q) {
                verb = q
                verbLength = m.length
                break
            }
            q += 1
        }
        guard verb >= start else { return false }
        // Round 18 (FIX18, review q3): a bare verb of helping also tells the participants' own job (`Sebanyak 45
        // pendamping PKH itu mendampingi 12.000 keluarga`): it makes helpers only after `turut`/`ikut`/`bertugas`
        // (a longer entry of `helper_verb`) or with an object of lexicon `helped_object` (`mendampingi peserta`,
        // `membimbing para peserta`, `membantu praktik`).
        if verbLength < 2 {
            let o = verb + max(1, verbLength)
            guard o < t.count, t[o].sentence == c.sentence, helpedObject.longest(t, at: o) != nil else { return false }
        }
        for p in start..<verb {
            let f = text.folded(p)
            if (t[p].kind == .number && p >= c.range.upperBound) || Self.helperStops.contains(f) || Self.futureRoleWords.contains(f) { return false }
        }
        return true
    }

    /// Words that end the search for a count's verb of helping: a clause of another subject, a relative clause, a
    /// purpose, a training verb (the count is then trained, not helping).
    static let helperStops: FoldedWords = [",", ";", ":", "yang", "untuk", "agar", "supaya", "guna", "demi", "mampu", "dilatih",
                                           "mengikuti", "diikuti", "dibekali", "diberi", "menerima", "dan", "serta"]

    /// Round 16: a count whose people are present in another role, said after it in its clause (`5 orang perwakilan
    /// Bawaslu yang hadir sebagai pengamat`, `4 pengawas sekolah sebagai peninjau`): `sebagai` and a word of lexicon
    /// `observer_word` or `staff_word`, at most eight tokens after the count, no comma or number between. Not
    /// `5 penyuluh yang hadir sebagai peserta`.
    ///
    /// Round 16 (review): a role present now only, not one the people are prepared for (`yang nantinya bertugas
    /// sebagai fasilitator`, `disiapkan sebagai`, `kelak`, `akan`, `calon`; lexicon-free word list `futureRoleWords`),
    /// and inside the list of `diikuti` only with a verb of being present (`hadir`, `turut`, `bertindak`): not
    /// `diikuti 30 guru dan 10 kepala sekolah yang bertugas sebagai ...`.
    ///
    /// Round 17 (SPEED10): `sebagai` is looked for first, by vocabulary id, before any word is read as a string:
    /// without it before the clause's first comma or number nothing else can say yes (33,500 instructions per
    /// article went to reading every count's next eight words and the twelve before it, most with no `sebagai`).
    /// The list of `diikuti` is read only when `sebagai` is there and no verb of being present stood before it.
    func inOtherRole(_ c: Count, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        var p = c.range.upperBound
        let end = min(t.count - 1, p + 8)
        var found = false
        while p < end, t[p].sentence == c.sentence {
            if t[p].kind == .number || isWord(p, commaId, ",", text) || isWord(p, semicolonId, ";", text) { return false }
            if isWord(p, sebagaiId, "sebagai", text) {
                found = true
                break
            }
            p += 1
        }
        guard found else { return false }
        var present = false
        var trained = false
        p = c.range.upperBound
        while p < end, t[p].sentence == c.sentence {
            let f = text.folded(p)
            if f == "," || f == ";" || t[p].kind == .number { return false }
            if Self.futureRoleWords.contains(f) { return false }
            if Self.presentRoleVerbs.contains(f) { present = true }
            if Self.trainedRoleWords.contains(f) { trained = true }
            // Inside the list of `diikuti`, only with a verb of being present (`yang bertindak sebagai observer`).
            if f == "sebagai", !present, insideAttendedList(c, text) { return false }
            if f == "sebagai" {
                // Round 36 (review of round 35): people brought in as teachers (`melibatkan tiga ahli K3 sebagai
                // instruktur`), unless they are trained for the role (`20 pemuda dilatih sebagai instruktur senam`).
                if !trained, p + 1 < t.count, Self.teacherWords.contains(p + 1, in: text) { return true }
                return observerWord.longest(t, at: p + 1) != nil || staffWord.longest(t, at: p + 1) != nil
            }
            p += 1
        }
        return false
    }

    /// Whether token `i` is `word`, by its vocabulary `id` (a string comparison when the word is not in it).
    @inline(__always)
    func isWord(_ i: Int, _ id: Int32, _ word: String, _ text: AnalyzedText) -> Bool {
        id >= 0 ? text.tokens[i].id == id : text.folded(i) == word
    }

    /// Round 16 (review): words of a role to come, before `sebagai` (`yang nantinya bertugas sebagai fasilitator`).
    static let futureRoleWords: FoldedWords = ["akan", "nantinya", "nanti", "kelak", "disiapkan", "dipersiapkan", "disiapkannya",
                                               "calon", "dicetak", "diproyeksikan", "diharapkan", "dapat", "bisa", "siap"]

    /// Round 36: verbs that bring people other than the participants into an event, which end the list of `diikuti`.
    static let bringInVerbs: FoldedWords = ["melibatkan", "menghadirkan", "mendatangkan", "menggandeng", "mengundang", "dibantu",
                                            "didampingi", "dipandu"]

    static let presentRoleVerbs: FoldedWords = ["hadir", "turut", "bertindak", "datang", "menghadiri", "ikut"]

    /// Round 36: words of people trained for the role they are named in after `sebagai` (`dilatih sebagai instruktur`):
    /// they are the participants.
    static let trainedRoleWords: FoldedWords = ["dilatih", "dibekali", "dididik", "digembleng", "ditempa", "dibina", "mengikuti",
                                                "belajar", "berlatih", "diikutkan", "dilatihkan", "disertifikasi"]

    /// Round 16 (review): a count in the list that follows `diikuti` (`diikuti 30 guru dan 10 kepala sekolah`): `diikuti`
    /// at most twelve tokens before it in its sentence, with no comma, `ditambah` or `selain` between.
    func insideAttendedList(_ c: Count, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        var p = c.range.lowerBound - 1
        while p >= max(0, c.range.lowerBound - 12), t[p].sentence == c.sentence {
            let f = text.folded(p)
            if (f == "," || f == ";" || f == ":" || f == "ditambah" || f == "selain" || f == "sedangkan" || f == "sementara") { return false }
            // Round 36: a verb that brings other people in ends the list (`diikuti 40 kader dan melibatkan tiga ahli
            // gizi sebagai instruktur`).
            if Self.bringInVerbs.contains(f) { return false }
            if f == "diikuti" { return true }
            p -= 1
        }
        return false
    }

    static let demonstratives: FoldedWords = ["tersebut", "itu", "ini", "tadi"]

    /// Cues of the people an event trains: a count of trainers after them is the participants (`bagi 25 fasilitator
    /// desa`).
    static let trainingCues: FoldedWords = ["bagi", "untuk", "kepada", "terhadap", "diikuti", "diikuti oleh", "diikuti sebanyak",
                                            "melatih", "membekali", "menggembleng", "menempa", "mengikuti", "ikuti"]

    /// Words between the two ends of a range of numbers (`20-25`, `20 hingga 25`, `20 s/d 25`).
    static let rangeWords: FoldedWords = ["-", "–", "—", "hingga", "sampai", "sd", "s/d", "ke"]

    /// The names of a count that count the participants again, not a group of their own.
    static let sameWords: FoldedWords = ["peserta", "orang", "peserta pelatihan"]

    /// A group name that is only a general noun for people (lexicon `vague_group`: `pendamping`, `aparatur`).
    func isVague(_ name: String) -> Bool {
        vagueNames.contains(name.lowercased())
    }

    /// A breakdown word (`yakni`, `terdiri dari`, `meliputi`) between a count and the next count of its sentence.
    func breakdownFollows(_ c: Count, _ next: Count, _ text: AnalyzedText) -> Bool {
        var p = c.range.upperBound
        while p < next.range.lowerBound, p < c.range.upperBound + 10 {
            if breakdownCue.longest(text.tokens, at: p) != nil { return true }
            p += 1
        }
        return false
    }

    /// A count followed by where its people come from: `dari`/`asal`, a word of a place and a name (`12 orang dari
    /// Desa Sukamaju`).
    func originAfter(_ c: Count, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        let p = c.range.upperBound
        guard p + 2 < t.count, (text.isWord(p, "dari") || text.isWord(p, "asal")), placeWord.longest(t, at: p + 1) != nil else { return false }
        return t[p + 2].capitalized || t[p + 2].allCaps
    }

    /// Round 18 (CORE18, heldout10 v047): the first count of a list of origins, each with its count, written with
    /// `sebanyak`/`sejumlah` after its origin's name (`Peserta berasal dari SMK Negeri 2 Pekanbaru sebanyak 60 siswa,
    /// SMK X 50 siswa, dan SMK Y 40 siswa` = 150): a part like the others, not their total. The name is a capitalized
    /// word or a number after one, right before the cue, in the count's sentence; not a word for the participants
    /// (`Peserta sebanyak 40 orang, ...`) and not a cue.
    func originBeforeCue(_ c: Count, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        let p = c.range.lowerBound - 1
        guard p >= 2, (text.isWord(p, "sebanyak") || text.isWord(p, "sejumlah")), t[p - 1].sentence == c.sentence else { return false }
        var q = p - 1
        if t[q].kind == .number, t[q - 1].sentence == c.sentence { q -= 1 }
        let w = t[q]
        guard w.kind == .word, w.capitalized || w.allCaps, !w.lineStart, q > 0, t[q - 1].sentence == c.sentence else { return false }
        return participantWord.longest(t, at: q) == nil && countCue.longest(t, at: q) == nil && peopleNoun.longest(t, at: q) == nil
    }

    /// Round 18 (FIX18): a count written right after its origin's name, without a cue (`SMK Negeri 5 Pekanbaru 50
    /// siswa`, `Puskesmas Sentolo 10 bidan`): a capitalized word or an acronym, not a cue, in the count's sentence.
    /// Round 28 (TOT28): a known group (lexicon `participant_group`) or a noun for people (lexicon `people_noun`, with
    /// at most one word after it) ending right before the count's number, perhaps past `sebanyak`/`berjumlah`
    /// (`PSM 30 orang`, `kader posyandu sebanyak 25 orang`), in its sentence, and no group after its number; or a count
    /// that starts at its known group (`TKSK berjumlah 45 orang`).
    func groupRightBefore(_ c: Count, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard c.range.lowerBound < t.count else { return false }
        // The rule `group-count` starts at the group (`TKSK berjumlah 45 orang`).
        if t[c.range.lowerBound].kind == .word, groups.longest(t, at: c.range.lowerBound) != nil { return true }
        guard c.group == nil else { return false }
        var n0 = c.range.lowerBound
        if (text.isWord(n0, "sebanyak") || text.isWord(n0, "berjumlah") || text.isWord(n0, "sejumlah")) { n0 += 1 }
        guard n0 < t.count, t[n0].kind == .number || numbers.read(text, at: n0, limit: min(t.count, n0 + 6)) != nil else { return false }
        var p = n0 - 1
        if p >= 0, (text.isWord(p, "sebanyak") || text.isWord(p, "berjumlah") || text.isWord(p, "sejumlah")) { p -= 1 }
        let end = p + 1
        var q = p
        while q >= 0, q >= end - 4, t[q].sentence == c.sentence, t[q].kind == .word {
            if let m = groups.longest(t, at: q), q + m.length == end { return true }
            if let m = peopleNoun.longest(t, at: q), q + m.length == end || q + m.length + 1 == end { return true }
            q -= 1
        }
        return false
    }

    func originRightBefore(_ c: Count, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        let p = c.range.lowerBound - 1
        guard c.cue == nil, p >= 0, p < t.count, t[p].sentence == c.sentence else { return false }
        let w = t[p]
        guard w.kind == .word, w.capitalized || w.allCaps, !w.lineStart else { return false }
        return countCue.longest(t, at: p) == nil && participantWord.longest(t, at: p) == nil
    }

    /// A count preceded by a place ("Kab. Siak 25 peserta", "dari Kota Solok 10 orang", "Lombok Barat 10 orang").
    func isOriginBreakdown(_ c: Count, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        // Round 17 (heldout9 u021): a count right after `dan`/`serta` opens a group of its own; a place before the
        // conjunction is the origin of the count before it (`diikuti 25 kader TBC dari 15 kelurahan dan 15 petugas
        // puskesmas` = 40).
        // Round 21 (CORE21, heldout6 p009): so does a count added with `ditambah`/`plus` (`Pesertanya 30 Babinsa dari
        // seluruh Koramil ditambah 10 orang Bintara Teritorial` = 40).
        if c.cue == nil, c.range.lowerBound > 0, Self.addWords.contains(c.range.lowerBound - 1, in: text) { return false }
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
            // Round 13: a lower-case place word after a noun for people names a group (`20 orang pendamping desa dan
            // 10 orang kader desa`), not an origin.
            if !t[p].capitalized, p > 0, (f == "desa" || f == "kota" || f == "kecamatan" || f == "kelurahan"),
                peopleNoun.longest(t, at: p - 1) != nil
            {
                seen += 1
                p -= 1
                continue
            }
            if (f == "kab" || f == "kabupaten" || f == "kota" || f == "kecamatan" || f == "kec" || f == "desa" || f == "kelurahan" || f == "provinsi" || f == "dari" || f == "asal") { return true }
            if f == "," || f == "." || f == ";" { return false }
            seen += 1
            p -= 1
        }
        return false
    }
}
