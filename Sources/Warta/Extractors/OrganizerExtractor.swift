/// Organizers: the organisations that held the event, with the rules of `extractors/organizers/`.
///
/// Matches: an organisation noun phrase (a head word of the `org_head` lexicon such as `Dinas`, `Dinsos`,
/// `BPBD`, `Balai Besar`, `Pemkab`, `TP-PKK`, `Yonif`, then its capitalized name, its abbreviation or long form in
/// parentheses and its region) in an agent relation to the event: before a verb of holding (`menggelar`,
/// `adakan`, `Taja`), after a passive one (`yang diselenggarakan oleh`, `digelar`, `diberikan`), with
/// co-organizers after `bekerjasama dengan`, `bersama`, `melalui` or `dengan fasilitasi dari`; and, as a
/// fallback when none of those names one, the subject of a `me-` verb whose clause names the event
/// (`TP PKK Kabupaten Banjar menegaskan perannya ... lewat Pelatihan`, rule kind `agent`); when nothing names
/// one, the organisation that opens the lead as the subject of a `me-` verb (rule kind `lead-agent`); last, the
/// office whose head opens the event or speaks of it, or that owns the programme (`dibuka oleh Plt Kepala Dinas
/// Koperasi ...`, `merupakan program Dinas ...`, rule kind `official-agent`), cut at its region when the
/// official's name follows without a comma. Round 13: the office of an official who speaks of the event through
/// the pronoun of his institution (`Kepala Dinas X, Budi, mengatakan pihaknya menggelar ...`, `"Kami menggelar
/// ...," ujar Kalaksa BPBD X`, rule kind `official-speaker`) is the same fallback, and also completes a shorter name
/// of it that a rule of holding found (`Dinas Kesehatan`, a headline's `Dinkes Kota Kupang`); with a partner
/// before the verb of holding (`pihaknya bersama BLK Batam mengadakan`, rule kind `official-main`) it is a main
/// organizer beside the partner.
///
/// Normalizes to: names as written, main organizers first (`role`: `main` or `co`), the main ones nearest to
/// the event mention (the `anchor`) first. A name that only repeats part of another (`Dinsos P3A PMD` beside
/// `Dinsos P3A PMD Kabupaten Tuban`) or abbreviates it (`Dinkes Halbar` beside `Dinas Kesehatan Kabupaten
/// Halmahera Barat`) is the same organizer and the longer form is kept; an acronym alone or with its region takes
/// the long form in parentheses the text gives (`BPSDMD Provinsi Jawa Tengah` -> `BPSDMD (Badan Pengembangan SDM
/// Daerah) Provinsi Jawa Tengah`); a bare generic head (`Dinas`), a name in
/// lower case with no proper name in it (`pemerintah desa`) and a name that follows an official's role
/// (`Kepala Dinas Sosial ...` is a person, not the organizer) are dropped.
public final class OrganizerExtractor: FieldExtractor {
    public static let field = "organizers"
    public static let kinds: [String: Set<String>] = [
        "main": ["org", "via", "co"],
        "co": ["org", "co"],
        "agent": ["org", "verb"],
        "lead-agent": ["org", "verb"],
        "official-agent": ["org"],
        "official-speaker": ["org"],
        "official-main": ["org", "co"],
        "release": ["org"],
    ]
    public static let requiredLexicons = ["org_head", "unit_parent", "role_before", "org_generic", "lower_common", "weekday", "month", "org_stop"]

    let rules: [Rule]
    /// Round 17 (SPEED10): the rules the first pass reads (all but the kinds `lead-agent`, `agent`, `official-agent`
    /// and `official-speaker`), in their order, and whether each is of kind `official-main`: sorted out once here,
    /// where every document compared each rule's kind as a string five times (8,200 instructions per article).
    let holdRules: [Rule]
    let holdRuleIsOfficial: [Bool]
    let otherCue: Lexicon
    /// Round 18 (FIX18): heads of parent bodies (lexicon `unit_parent`), for the appositive before `bersama`.
    let unitParent: Lexicon
    let roleBefore: Lexicon
    public let heads: Lexicon
    let generic: Lexicon
    let lowerCommon: Lexicon
    /// Region prefixes (`Kabupaten`, `Kota`, `Provinsi`) and region names: the end of an office's name that an
    /// official's name follows without a comma (`Kepala BNN Kabupaten Tabalong Ahmad Fauzan`).
    let regionPrefixes: [Lexicon]
    let regionNames: Lexicon
    /// Words that end the capitalized region after a long form's parenthesis when the region is no name of
    /// `region_name` (`(Dispora) Kota Tual Senin (4/3)`): weekdays, months and the organizer stop words.
    let tailStops: [Lexicon]
    /// Round 19 (ORG19): the lexicons of the shape every organizer value must have (`isNoOrganizer`): heads of bodies
    /// that are common nouns too (`cap_head`), titles and ranks before a person's name (`title_pre`), words that open
    /// an official or a group of people (`not_partner`), event words (`event_type`) and places of events (`venue_head`, `org_venue`). Optional where another folder holds
    /// them (a rule set of the organizers alone still loads).
    let capHeads: Lexicon?
    let titlePre: Lexicon?
    let notPartner: Lexicon?
    let eventTypes: Lexicon?
    let venueHeads: Lexicon?
    let orgVenue: Lexicon?
    /// Round 21 (ORG21): the heads of a regional government's own offices (lexicon `regional_office`: `Dinas`, `Badan`,
    /// `Bagian`, `Satpol PP`, `BPBD`, ...), through which `Pemerintah Kabupaten X melalui Dinas Y` holds an event.
    /// Optional (a rule set without it keeps the government beside its office).
    let regionalOffice: Lexicon?

    public init(rules set: RuleSet) throws(RuleLoadError) {
        rules = set.rules(for: Self.field)
        let hold = rules.filter {
            $0.kind != "lead-agent" && $0.kind != "agent" && $0.kind != "official-agent" && $0.kind != "official-speaker"
                && $0.kind != "release"
        }
        holdRules = hold
        holdRuleIsOfficial = hold.map { $0.kind == "official-main" }
        roleBefore = try set.require("role_before", for: Self.field)
        otherCue = try set.require("other_cue", for: Self.field)
        heads = try set.require("org_head", for: Self.field)
        unitParent = try set.require("unit_parent", for: Self.field)
        generic = try set.require("org_generic", for: Self.field)
        lowerCommon = try set.require("lower_common", for: Self.field)
        regionPrefixes = [
            try set.require("region_prefix_kab", for: Self.field), try set.require("region_prefix_kota", for: Self.field),
            try set.require("region_prefix_prov", for: Self.field),
        ]
        regionNames = try set.require("region_name", for: Self.field)
        tailStops = [
            try set.require("weekday", for: Self.field), try set.require("month", for: Self.field),
            try set.require("org_stop", for: Self.field),
        ]
        capHeads = set.lexicon("cap_head")
        titlePre = set.lexicon("title_pre")
        notPartner = set.lexicon("not_partner")
        eventTypes = set.lexicon("event_type")
        venueHeads = set.lexicon("venue_head")
        orgVenue = set.lexicon("org_venue")
        regionalOffice = set.lexicon("regional_office")
    }

    /// The first head of a body (`org_head`, or `cap_head` capitalized) whose name runs back from right before `end`:
    /// capitalized words, numbers, parentheses, slashes and a `dan` inside one name, on one line, at most 14 tokens; a
    /// `dan` before a head joins two bodies and ends the name (`Dinas Sosial dan Dinas Pendidikan ...`: the nearest is
    /// read). Nil when no head stands in the run. Read by ``parentsOfUnits`` (the body before `melalui`) and, since round
    /// 41, by the appositive of a parent body (`Satuan Pembinaan Masyarakat (Sat Binmas) Polres Pringsewu, Polda
    /// Lampung, menggelar`: a body's name ends at the comma; `Kamis (12/9/2024), Polda ...`: no head, no body).
    func bodyHead(before end: Int, _ text: AnalyzedText) -> Int? {
        let t = text.tokens
        var p = end - 1
        var head: Int? = nil
        while p >= 0, p >= end - 14 {
            let tok = t[p]
            let f0 = text.folded(p)
            let inName = (tok.kind == .word && (tok.capitalized || tok.allCaps || f0 == "dan")) || tok.kind == .number
                || f0 == "(" || f0 == ")" || f0 == "/"
            guard inName else { break }
            // `dan` before a body's head joins two bodies (`Dinas Sosial dan Dinas Pendidikan ... melalui Bidang
            // ...`): the nearest is the unit's (review of round 27); `dan` inside one name stays (`Kementerian
            // Pariwisata dan Ekonomi Kreatif`).
            if f0 == "dan", head == p + 1 { break }
            if heads.longest(t, at: p) != nil || (tok.capitalized && capHeads?.longest(t, at: p) != nil) { head = p }
            if tok.lineStart { break }
            p -= 1
        }
        return head
    }

    /// Round 21 (ORG21, heldout13 z001, z037, z055 and nine look reports of heldout3-12): `Pemerintah Kabupaten X
    /// melalui Dinas Y menggelar ...` names the office that runs the event; the government is its umbrella, as a
    /// headline's `Pemkab X Latih ...` is. True when `org` is a regional government in its long form (`Pemerintah
    /// Kabupaten`, `Pemerintah Kota`, `Pemerintah Provinsi`, `Pemerintah Daerah` and a name) and `via` opens with the
    /// head of one of its own offices (lexicon `regional_office`, or a `Dis-`/`Din-` short form of a dinas that `org_head`
    /// knows: `Disperindag`, `Dinsos`); not a village's government, not a partner it works through (`melalui Universitas
    /// X`, `melalui TP PKK`). Constant time: look-ups at the first words of both names.
    func governmentThroughOffice(_ org: Range<Int>, via: Range<Int>, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard let regionalOffice, org.lowerBound >= 0, org.upperBound <= t.count, via.lowerBound >= 0, via.upperBound <= t.count,
            !org.isEmpty, !via.isEmpty
        else { return false }
        // the long form only: a short `Pemkab X melalui Dinas Sosial Kabupaten X` is kept as written (round 20's probe
        // z132)
        guard org.count >= 3, Self.opensRegionalGovernmentLong(org.lowerBound, text),
            t[via.lowerBound].capitalized || t[via.lowerBound].allCaps
        else { return false }
        if regionalOffice.longest(t, at: via.lowerBound) != nil { return true }
        let v = text.folded(via.lowerBound)
        return (v.hasPrefix("dis") || v.hasPrefix("din")) && v.count >= 5 && heads.longest(t, at: via.lowerBound) != nil
    }

    /// Round 26 (ORG26, heldout15 j049): a headline's name that the body writes longer on one line (`Satgas Pamtas RI-RDTL`
    /// of the headline, `Satgas Pamtas RI-RDTL Sektor Timur Yonif 742/Satya Wira Yudha juga turun tangan` of the lead)
    /// takes the body's longer form: the capitalized words, numbers and the `/` or `-` joined without spaces that follow
    /// it, at most eight tokens, up to a lower-case word, a punctuation mark, a weekday, a month, a stop word of names,
    /// a title or rank (`Letkol`) or an event word, or the line's end; the first such occurrence. The name as it is when the body writes it no longer. Linear in the body's tokens.
    func longerInBody(_ f: Found, _ text: AnalyzedText) -> Found {
        let t = text.tokens
        let r = f.range
        let k = r.count
        guard k >= 2, r.lowerBound >= 0, r.upperBound <= t.count, text.bodyStart < t.count else { return f }
        let first = text.folded(r.lowerBound)
        var i = text.bodyStart
        while i + k < t.count {
            defer { i += 1 }
            guard text.folded(i) == first, (1..<k).allSatisfy({ text.folded(i + $0) == text.folded(r.lowerBound + $0) }) else { continue }
            var end = i + k
            var last = end
            while end < t.count, end - (i + k) < 8, !t[end].lineStart {
                let tok = t[end]
                if tok.kind == .word, tok.capitalized || tok.allCaps,
                    !tailStops.contains(where: { $0.longest(t, at: end) != nil }),
                    titlePre?.longest(t, at: end) == nil, eventTypes?.longest(t, at: end) == nil
                {
                    end += 1
                    last = end
                } else if tok.kind == .number {
                    end += 1
                    last = end
                } else if tok.kind == .punct, (text.isWord(end, "/") || text.isWord(end, "-")), !tok.spaceBefore, end + 1 < t.count, !t[end + 1].spaceBefore {
                    end += 1
                } else {
                    break
                }
            }
            guard last > i + k, let ev = text.evidence(i..<last) else { return f }
            var g = f
            g.range = i..<last
            g.organizer.name = ev.text
            g.organizer.evidence = ev
            return g
        }
        return f
    }

    /// Round 26 (ORG26): a regional government by name, short or long (`Pemkab Malang`, `Pemko Padang`, `Pemerintah
    /// Kabupaten Gianyar`, `Pemda X`), the umbrella a headline names for the office that holds the event. Constant time.
    func regionalGovernment(_ r: Range<Int>, _ text: AnalyzedText) -> Bool {
        guard !r.isEmpty, r.lowerBound >= 0, r.upperBound <= text.tokens.count else { return false }
        if Self.regionalGovernmentShort.contains(r.lowerBound, in: text) { return true }
        return r.count >= 2 && Self.opensRegionalGovernmentLong(r.lowerBound, text)
    }

    /// The short forms of a regional government (`Pemkab`, `Pemkot`, `Pemko`, `Pemprov`, `Pemda`).
    static let regionalGovernmentShort: FoldedWords = ["pemkab", "pemkot", "pemko", "pemprov", "pemda", "pemdakab"]
    /// The level after `Pemerintah` in a regional government's long form (`Pemerintah Kabupaten X`).
    static let regionalGovernmentLevels: FoldedWords = ["kabupaten", "kab", "kota", "provinsi", "prov", "daerah"]

    /// Whether `Pemerintah` and a level of region (`Kabupaten`, `Kota`, `Provinsi`, `Daerah`) open at `p`: the long
    /// form of a regional government, which ORG21's government-through-its-office and ORG26's umbrella both read.
    static func opensRegionalGovernmentLong(_ p: Int, _ text: AnalyzedText) -> Bool {
        p >= 0 && p + 1 < text.tokens.count && text.isWord(p, "pemerintah")
            && regionalGovernmentLevels.contains(p + 1, in: text)
    }

    /// Round 19 (ORG19): whether a value read as an organizer has the shape of no organisation, whichever rule read
    /// it. An organizer is a body: its value does not open with a person's title or rank (`AKP Budi Santoso`, `Dr. H.
    /// Ahmad`), with an official's role or a group of people (`Kapolsek Depok`, `Camat X`, `warga`) or with an event word
    /// (`Pelatihan Kerja Mandiri`, `Program Kotaku`), unless a head of a body opens it
    /// (`Perwakilan BKKBN`, `Pengurus Cabang NU`, `Kelompok Tani X`); it is no bare region (`Kabupaten Sleman`) and no
    /// place of an event (`Balai Desa X`, `Aula Y`, `Gedung Serbaguna Z`, `Hotel W`: a head of `org_venue`, or `Balai`
    /// that `venue_head` reads longer than a body's head). Constant time: lexicon look-ups at the value's first words.
    func isNoOrganizer(_ f: Found, in text: AnalyzedText) -> Bool {
        let t = text.tokens
        let r = f.range
        guard r.lowerBound >= 0, r.upperBound <= t.count, r.lowerBound < r.upperBound else { return false }
        let a = r.lowerBound
        let orgHead = heads.longest(t, at: a)?.length ?? 0
        let head = max(orgHead, capHeads?.longest(t, at: a)?.length ?? 0)
        if let v = orgVenue?.longest(t, at: a), v.length >= head { return true }
        if let v = venueHeads?.longest(t, at: a), v.length > head, orgHead == 1, text.isWord(a, "balai") { return true }
        guard head == 0 else { return false }
        // a person: a title with its full stop, or a rank (in capitals, three letters or more) before a name
        if r.count >= 2, let title = titlePre?.longest(t, at: a), a + title.length < r.upperBound {
            let dotted = text.isWord(a + title.length, ".")
            let rank = title.length == 1 && t[a].allCaps && text.folded(a).count >= 3 && !text.isWord(a, "mas")
            if dotted || rank { return true }
        }
        // an official or a group of people, capitalized, with no body's head in the next words (`Jajaran Polres X`
        // stays) and no number (`pengurus RW 07`, `Pengurus RT 03` name a neighbourhood's board)
        if t[a].capitalized, !r.contains(where: { t[$0].kind == .number }),
            let role = roleBefore.longest(t, at: a) ?? notPartner?.longest(t, at: a)
        {
            let lo = min(a + role.length, r.upperBound)
            let rest = lo..<max(lo, min(r.upperBound, a + role.length + 3))
            if !rest.contains(where: { heads.longest(t, at: $0) != nil || (capHeads?.longest(t, at: $0) != nil && t[$0].capitalized) }) { return true }
        }
        if eventTypes?.longest(t, at: a) != nil || text.isWord(a, "program") { return true }
        // a bare region: `Kabupaten Sleman`, `Kota Bandung`, `Jawa Tengah`
        var q = a
        if (text.isWord(q, "kabupaten") || text.isWord(q, "kab") || text.isWord(q, "kota") || text.isWord(q, "provinsi") || text.isWord(q, "prov")) {
            q += 1
            if q < r.upperBound, text.isWord(q, ".") { q += 1 }
        }
        if q < r.upperBound, let name = regionNames.longest(t, at: q), q + name.length == r.upperBound { return true }
        return false
    }

    /// Round 19 (ORG19, heldout11 w049): a name joined by `x` / `×`, the sign of a brand collaboration (`Diskominfo
    /// Manado x KodeKita Academy`, a capitals headline's `DINAS X X GOJEK`), names two organizers: the ranges before
    /// and after the sign. Not a numeral `X` right after a body's head (`Lantamal X Jayapura`, `Kodam X`). Nil when
    /// the name has no such sign.
    /// Round 19 (review): words that name a body as a giver or sponsor right before its name (`bantuan PT X`,
    /// `didukung Bank Y`): such a body sent no release as the holder (`organizers.release-credit`).
    static let giverWords: FoldedWords = ["bantuan", "dukungan", "didukung", "sponsor", "disponsori", "csr", "donasi", "hibah", "sumbangan", "disumbang"]

    func splitCollaboration(_ r: Range<Int>, _ text: AnalyzedText) -> (Range<Int>, Range<Int>)? {
        let t = text.tokens
        guard r.count >= 3, r.lowerBound >= 0, r.upperBound <= t.count else { return nil }
        var k = r.lowerBound + 1
        while k + 1 < r.upperBound {
            let f = text.folded(k)
            // a capital `X` only between two words in capitals (`DISKOMINFO MANADO X KODEKITA`): `PTPN X Kebun
            // Ajong`, `LLDIKTI Wilayah X Sumatera Barat`, `PT Mitra X Teknologi` are names with a numeral or a letter
            let capsBetween = t[k - 1].allCaps && t[k + 1].allCaps && heads.longest(t, at: k - 1) == nil
            if f == "x" || f == "×", t[k].spaceBefore, f == "×" || (!t[k].capitalized && !t[k].allCaps) || capsBetween {
                return (r.lowerBound..<k, (k + 1)..<r.upperBound)
            }
            k += 1
        }
        return nil
    }

    /// Each organizer whose name `cut` splits in two becomes two, the same rule's finding with each part's range, name
    /// and evidence (the right part cleaned of its trailing marks); the others stay as they are.
    func split(_ found: [Found], _ text: AnalyzedText, by cut: (Range<Int>) -> (Range<Int>, Range<Int>)?) -> [Found] {
        found.flatMap { f -> [Found] in
            guard let (left, right) = cut(f.range) else { return [f] }
            return [left, clean(text, right)].compactMap { part in
                guard let ev = text.evidence(part) else { return nil }
                var g = f
                g.range = part
                g.organizer.name = ev.text
                g.organizer.evidence = ev
                return g
            }
        }
    }

    /// Round 37: the words that open a region's name inside an organisation's (`Kabupaten Gunungkidul`, `Kota Palu`).
    static let regionOpeners: FoldedWords = ["kabupaten", "kab", "kota", "provinsi", "prov"]
    /// Round 37 (probes o1, e28): the two organizers of a name cut by `dan` after a region (`Dinas Kesehatan Kota Palu
    /// dan UNICEF`): a region's opener one or two words before `dan`, its name capitalized up to `dan`, and a word in
    /// capitals after it that opens no region's name, at least two words before the region. Nil when the name has no
    /// such cut. Linear in the name's length.
    func splitAfterRegion(_ r: Range<Int>, _ text: AnalyzedText) -> (Range<Int>, Range<Int>)? {
        let t = text.tokens
        guard r.count >= 5, r.lowerBound >= 0, r.upperBound <= t.count else { return nil }
        var d = r.lowerBound + 3
        while d + 1 < r.upperBound {
            // Not a second region of the same office (`OJK Provinsi Kalimantan Timur dan Kalimantan Utara`).
            if text.isWord(d, "dan"), t[d + 1].capitalized || t[d + 1].allCaps, t[d - 1].capitalized || t[d - 1].allCaps,
               regionNames.longest(t, at: d + 1) == nil, !regionPrefixes.contains(where: { $0.longest(t, at: d + 1) != nil }) {
                for k in [d - 2, d - 3] where k >= r.lowerBound + 2 && Self.regionOpeners.contains(k, in: text) {
                    if (k + 1..<d).allSatisfy({ t[$0].kind == .word && (t[$0].capitalized || t[$0].allCaps) }) {
                        return (r.lowerBound..<d, (d + 1)..<r.upperBound)
                    }
                }
            }
            d += 1
        }
        return nil
    }

    /// Round 22 (ORG22, heldout14 x031): heads of a central ministry's technical unit that holds an event in a region
    /// (`Balai Jasa Konstruksi Wilayah VI Makassar`, `Loka POM di Kabupaten Bungo`, `UPT ...`).
    static let unitHeads: FoldedWords = ["balai", "loka", "upt", "uptd", "stasiun"]

    /// Round 22 (ORG22, heldout14 x031): a ministry's unit named with its parent directorate general after it and no
    /// comma (`Balai Jasa Konstruksi Wilayah VI Makassar Direktorat Jenderal Bina Konstruksi Kementerian PUPR`) is the
    /// unit: the name ends before `Direktorat Jenderal`, `Ditjen` or `Dirjen`. Only a name that opens with a unit's
    /// head (`unitHeads`) and has three words of its own before the directorate; a directorate general that opens the
    /// name stays whole (`Ditjen Bina Pemerintahan Desa Kementerian Dalam Negeri RI`), and so does a unit named with its
    /// ministry alone (`Balai Besar ... (BBPPEI) Kementerian Perdagangan RI`). The new end, or nil. Linear in the
    /// name's length.
    func unitBeforeDirectorate(_ r: Range<Int>, _ text: AnalyzedText) -> Int? {
        let t = text.tokens
        guard r.count >= 5, r.lowerBound >= 0, r.upperBound <= t.count,
            OrganizerExtractor.unitHeads.contains(r.lowerBound, in: text)
        else { return nil }
        var p = r.lowerBound + 3
        while p < r.upperBound {
            let f = text.folded(p)
            let opens = (t[p].capitalized || t[p].allCaps)
                && ((f == "direktorat" && p + 1 < r.upperBound && text.isWord(p + 1, "jenderal")) || f == "ditjen" || f == "dirjen")
            if opens {
                var end = p
                while end > r.lowerBound + 1, (text.isWord(end - 1, ",") || text.isWord(end - 1, "-") || text.isWord(end - 1, "–")) { end -= 1 }
                return end
            }
            p += 1
        }
        return nil
    }

    /// Round 19 (ORG19, heldout11 w053): a long form cut at `dan` by a second head (`Kantor Kesyahbandaran dan
    /// Otoritas Pelabuhan (KSOP) Kelas III Tanjung Pandan`: `Otoritas` opens a partner of its own elsewhere) is one
    /// name when the acronym in parentheses after the second part begins with the first part's initial and not with
    /// the second's (two bodies each have their own: `Dinas Kesehatan dan Badan Narkotika Nasional (BNN)`). The end of
    /// the whole name: the end of the second part when a rule found it, else the parenthesis and the capitalized
    /// words after it on its line. Nil when the name after `r` is no such tail.
    func longFormAcrossDan(_ r: Range<Int>, found ends: [Int: Int], _ text: AnalyzedText) -> Int? {
        let t = text.tokens
        let d = r.upperBound
        guard r.lowerBound >= 0, d + 2 < t.count, text.isWord(d, "dan"), t[d + 1].capitalized,
            let initial = text.folded(r.lowerBound).first, text.folded(d + 1).first != initial
        else { return nil }
        var p = d + 1
        while p < t.count, p < d + 9, t[p].kind == .word, t[p].capitalized || text.isWord(p, "dan"), !t[p].lineStart { p += 1 }
        guard p + 2 < t.count, text.isWord(p, "("), text.isWord(p + 2, ")"), t[p + 1].allCaps || t[p + 1].capitalized,
            text.folded(p + 1).first == initial, text.folded(p + 1).count >= 3
        else { return nil }
        if let end = ends[d + 1], end > p + 2 { return end }
        var e = p + 3
        while e < t.count, e < p + 9, t[e].kind == .word || t[e].kind == .number, t[e].capitalized || t[e].allCaps || t[e].kind == .number,
            !t[e].lineStart, !tailStops.contains(where: { $0.longest(t, at: e) != nil })
        { e += 1 }
        return e
    }

    /// Round 27 (ORG27): the heads of a body's own units (`Bidang`, `Seksi`, `Subbagian`, `Direktorat`, `Unit`, `Divisi`
    /// and their short forms): a unit of the body it is named with, not a body of its own. Not `Bagian` (a regional
    /// government's part, read by ORG21's government-through-its-office), not `UPT`/`Balai`/`Puskesmas` (bodies with a
    /// place and a head of their own), not `Satuan` (a police or army unit is labelled by its own name).
    static let unitOfBodyHeads: FoldedWords = ["bidang", "seksi", "subbidang", "subbid", "subbagian", "subbag", "subdit", "subdirektorat",
                                               "direktorat", "unit", "divisi"]

    /// Round 27 (ORG27; heldout15 j013, heldout9 u019, heldout3 k047, heldout13 z029; probes r27 u01-u08): a body that
    /// holds an event through one of its own units (`Dinas Energi dan Sumber Daya Mineral Provinsi NTT melalui Bidang
    /// Energi Baru Terbarukan`, `Kantor Kementerian Agama Kabupaten Pidie melalui Seksi Bimbingan Masyarakat (Bimas)
    /// Islam`, `Kemenparekraf melalui Direktorat Pengembangan SDM Pariwisata`) is the organizer; the unit is the body
    /// acting, not a partner beside it. A name read by any rule that opens with a unit's head (`unitOfBodyHeads`, not a
    /// `Direktorat Jenderal`) right after `melalui`/`lewat` gives way to the body named before that word: the run of
    /// capitalized words, numbers, parentheses, slashes and a `dan` inside a name on the line back to its first head of
    /// a body (at most 14 tokens, no comma, not after an official's role; a `dan` before a head ends it). When another name found already covers that body the unit is dropped;
    /// otherwise the body takes the unit's place and role (`Satuan Reserse Kriminal (Satreskrim) Polres Sigi melalui
    /// Unit PPA bersama DP3A menggelar`: the rule of partners read `Unit PPA` as the holder); a name read inside the unit
    /// (`SMP` of `Bidang Pembinaan SMP`) goes with it. Without such a body before it the unit stays. Constant work per name found (14 tokens back at most).
    func parentsOfUnits(_ list: [Found], _ text: AnalyzedText) -> [Found] {
        let t = text.tokens
        guard list.contains(where: { f in
            let a = f.range.lowerBound
            return a >= 2 && a < t.count && Self.unitOfBodyHeads.contains(a, in: text)
        }) else { return list }
        var out: [Found] = []
        var dropped: [Range<Int>] = []
        for f in list {
            let a = f.range.lowerBound
            guard a >= 2, a + 1 < t.count, Self.unitOfBodyHeads.contains(a, in: text), t[a].capitalized || t[a].allCaps,
                !(text.isWord(a, "direktorat") && text.isWord(a + 1, "jenderal")),
                (text.isWord(a - 1, "melalui") || text.isWord(a - 1, "lewat")), t[a - 1].sentence == t[a].sentence
            else { out.append(f); continue }
            // the body before `melalui`: back over its name to its first head
            let end = a - 1
            guard let h = bodyHead(before: end, text), h < end, !officialBefore(h, text), !Self.unitOfBodyHeads.contains(h, in: text) else {
                out.append(f)
                continue
            }
            let parent = h..<end
            dropped.append(f.range)
            // another name found covers the body: the unit is dropped
            if list.contains(where: { $0.range.lowerBound <= h && $0.range.upperBound >= end - 1 && $0.range.upperBound <= end + 1 })
                || out.contains(where: { $0.range == parent })
            {
                continue
            }
            guard let ev = text.evidence(parent) else { out.append(f); continue }
            var g = f
            g.range = parent
            g.organizer.name = ev.text
            g.organizer.evidence = ev
            out.append(g)
        }
        // a piece of a unit given way that a rule read as a name of its own (`SMP` of `Bidang Pembinaan SMP`) goes with it
        guard !dropped.isEmpty else { return out }
        return out.filter { f in !dropped.contains { $0.lowerBound < f.range.lowerBound && f.range.lowerBound < $0.upperBound } }
    }

    /// Round 27 (ORG27): nouns of an activity that comes with a training but is another's to hold: the competence test
    /// and certification (`uji kompetensi`, `ujikom`, `sertifikasi`, `asesmen`), an exam, a selection, a contest.
    static let otherActivityNouns: FoldedWords = ["uji", "ujian", "ujikom", "sertifikasi", "asesmen", "seleksi", "lomba"]

    /// The verbs whose object such an activity is (`peserta mengikuti uji kompetensi`, `menjalani asesmen`), which end
    /// the noun phrase read back from the passive verb (review of round 27: a `me-`/`ber-` prefix test stopped at
    /// nouns such as `mesin` and at title words such as `Menjahit`).
    static let objectVerbs: FoldedWords = ["mengikuti", "menjalani", "menempuh", "melaksanakan", "menerima", "ikut", "diikuti",
                                          "mendapat", "mendapatkan", "memperoleh", "mengantongi", "meraih", "lulus", "melalui"]

    /// Round 27 (ORG27; heldout12 y003, probes r27 k01-k06): the agent of a passive verb of holding whose subject is
    /// another activity than the event (`peserta mengikuti uji kompetensi yang diselenggarakan Lembaga Sertifikasi
    /// Profesi (LSP)`) held that activity, not the training. True when the match opens with the passive verb (or
    /// `yang` and it) and the noun phrase right before it names such an activity (`otherActivityNouns`) and no event
    /// word (`pelatihan dan uji kompetensi yang diselenggarakan BLK X` and the title `Pelatihan Packaging dan
    /// Sertifikasi Halal yang diadakan Dinas X`, realnews r412, name the training too). The phrase runs back up to
    /// eight words, to a punctuation mark or to the verb whose object it is (`objectVerbs`: a word list, since a
    /// `me-` prefix also opens nouns, `mesin`, `metode`, and capitalized title words, `Menjahit`). Constant time.
    func agentOfOtherActivity(_ m: PatternMatch, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        var v = m.start
        guard v >= 1, v < t.count else { return false }
        if text.isWord(v, "yang"), v + 1 < t.count { v += 1 }
        guard text.folded(v).hasPrefix("di") else { return false }
        var p = m.start - 1
        if p >= 0, text.isWord(p, "yang") { p -= 1 }
        var other = false
        var n = 0
        while p >= 0, n < 8, t[p].kind == .word, t[p].sentence == t[v].sentence {
            let f = text.folded(p)
            // the verb that takes the noun phrase as its object ends it (`peserta mengikuti uji kompetensi`)
            if Self.objectVerbs.contains(f) { break }
            if eventTypes?.longest(t, at: p) != nil { return false }
            if Self.otherActivityNouns.contains(f) { other = true }
            p -= 1
            n += 1
        }
        if other { return true }
        // Round 34 (heldout18 look f051, f059): the material of a session given by an institution (`materi literasi
        // keuangan ... diberikan Bank Indonesia ...`, `teknik evakuasi korban ... diberikan oleh Kantor SAR X`): the
        // agent teaches it, it holds no training. Only for the verbs of giving, a material noun within twelve words
        // back and no event word.
        guard Self.givingPassives.contains(text.folded(v)) else { return false }
        // what is given is the event itself (`diberi pelatihan oleh X`): X holds it (review of round 34)
        if v + 1 < t.count, eventTypes?.longest(t, at: v + 1) != nil { return false }
        p = m.start - 1
        if p >= 0, text.isWord(p, "yang") { p -= 1 }
        n = 0
        // the subject's clause only: not across a comma (`Selain menerima materi di kelas, para peserta juga diberi ...`)
        while p >= 0, n < 12, t[p].sentence == t[v].sentence, !text.isWord(p, ",") {
            if t[p].kind == .word {
                let f = text.folded(p)
                if Self.objectVerbs.contains(f) { break }
                if eventTypes?.longest(t, at: p) != nil { return false }
                if Self.materialNouns.contains(f) { return true }
            }
            p -= 1
            n += 1
        }
        return false
    }

    /// Round 34: the pronouns that stand before `dari` and the speaker's own body (`Kami dari BNN melaksanakan ...`).
    static let personalPronouns: FoldedWords = ["kami", "kita", "saya", "aku", "mereka", "beliau", "ia", "dia", "anda", "kalian"]

    /// Round 34: the passives of giving whose subject may be the material of a session (`agentOfOtherActivity`).
    static let givingPassives: FoldedWords = ["diberikan", "diberi", "disampaikan", "dibawakan", "dipaparkan"]
    /// Round 34: the nouns of the material a teacher gives (`materi`, `teknik`, `paparan` ...).
    static let materialNouns: FoldedWords = ["materi", "materinya", "teknik", "paparan", "pemaparan", "pengetahuan", "ilmu",
                                            "praktik", "praktek", "simulasi", "sesi", "pembekalan", "edukasi", "tips", "kiat"]

    /// The office named after an official's role ends at its region (`BNN Kabupaten Tabalong` of `Kepala BNN
    /// Kabupaten Tabalong Ahmad Fauzan,S.Sos`): a name written after the region without a comma is the
    /// official's. Round 29 (ORG29, heldout17 q211): so is a name after a comma that follows a region written without
    /// its prefix (`Basarnas Gorontalo` of `Kepala Basarnas Gorontalo, Arifin Mohamad, Minggu, usai menutup ...`,
    /// `BPBD Sleman` of `Pelatihan dibuka Kepala BPBD Sleman, Joko Supriyanto.`): the comma item of a name (`Dinas
    /// Pemuda, Olahraga dan Pariwisata`) continues the fields of an office, never a name after its region. Linear in
    /// the name's length.
    func officeName(_ r: Range<Int>, _ text: AnalyzedText) -> Range<Int> {
        let t = text.tokens
        var p = r.lowerBound + 1
        while p < r.upperBound {
            if let pre = regionPrefixes.firstLongestLength(t, at: p) {
                var q = p + pre
                if q < r.upperBound, text.isWord(q, ".") { q += 1 }
                if q < r.upperBound, let name = regionNames.longest(t, at: q), q + name.length <= r.upperBound {
                    return r.lowerBound..<(q + name.length)
                }
            }
            if let name = regionNames.longest(t, at: p) {
                let e = p + name.length
                if e + 1 < r.upperBound, text.isWord(e, ","), t[e + 1].kind == .word, t[e + 1].capitalized {
                    return r.lowerBound..<e
                }
            }
            p += 1
        }
        return r
    }

    /// A region written in lower case right after a name (`Dinas Kesehatan kabupaten Bireuen`, `BPBD muaro
    /// jambi`) belongs to the name: the patterns read capitalized words only, and regional news often writes the
    /// region in lower case. Only a region prefix and a region name of the official list, or a region name alone,
    /// in the same sentence (round 6); round 23, a district in lower case and its capitalized name after a bare head (`TP PKK kecamatan
    /// Masbagik`).
    func withLowerRegion(_ r: Range<Int>, _ text: AnalyzedText) -> Range<Int> {
        let t = text.tokens
        var q = r.upperBound
        guard q < t.count, t[q].kind == .word, !t[q].capitalized, !t[q].allCaps, !t[q].lineStart,
            t[q].sentence == t[r.lowerBound].sentence
        else { return r }
        // Round 23 (ORG23, heldout7 q033): a district in lower case after a name that is its head alone (`TP PKK
        // kecamatan Masbagik`): `kecamatan` or `kec` and one to three capitalized words on the line that are no weekday,
        // month or stop word. A name with a place of its own keeps the district out (`Pemerintah Desa Sukamaju
        // kecamatan Cibeber`: the village's place).
        if (text.isWord(q, "kecamatan") || text.isWord(q, "kec")) {
            guard heads.longest(t, at: r.lowerBound)?.length == r.count else { return r }
            var e = q + 1
            if e < t.count, text.isWord(e, ".") { e += 1 }
            let from = e
            while e < t.count, e < from + 3, t[e].kind == .word, t[e].capitalized, !t[e].lineStart,
                !tailStops.contains(where: { $0.longest(t, at: e) != nil })
            { e += 1 }
            return e > from ? r.lowerBound..<e : r
        }
        if let pre = regionPrefixes.firstLongestLength(t, at: q) {
            q += pre
            if q < t.count, text.isWord(q, ".") { q += 1 }
        }
        guard q < t.count, !t[q].lineStart, let name = regionNames.longest(t, at: q) else { return r }
        return r.lowerBound..<(q + name.length)
    }

    public func exampleValue(_ match: PatternMatch, rule: Rule, in text: AnalyzedText, published: Day?) -> String? {
        if rule.kind == "agent" || rule.kind == "lead-agent", !OrganizerExtractor.isAgentVerb(match.capture("verb"), text) { return nil }
        if let r = match.capture("org"), OrganizerExtractor.attendsItsBimtek(match, r, text) || OrganizerExtractor.villageHeadReport(rule, r, text) {
            return nil
        }
        let names = ["org", "via", "co"].compactMap { match.capture($0) }.map { withLowerRegion(clean(text, $0), text) }.map { text.text(of: $0) }
        return names.joined(separator: "; ")
    }

    /// Words before a number that make it the number of a team's batch or group, or of a neighbourhood, part of its
    /// name (round 16: `Mahasiswa KKN ... Angkatan 112`, `... di Wonosobo kelompok 27`, `pengurus RW 07`).
    static let batchWords: FoldedWords = ["angkatan", "kelompok", "periode", "gelombang", "rt", "rw"]

    /// Trims a captured name: no trailing comma, dash, "dan" or number ("Dinas Sosial 3" of "digelar Dinas
    /// Sosial 3 hari"), except the number of a batch (`Angkatan 112`).
    /// Round 18 (CORE18, heldout10 v007): a full name, `atau` and its acronym, then the rest (`Komisi Pemilihan Umum
    /// atau KPU Kota Padang`, `Balai Penyuluhan Pertanian atau BPP Sekernan`) is written as the form with the acronym
    /// in parentheses (`Komisi Pemilihan Umum (KPU) Kota Padang`), the form the other writers give the same pair.
    /// Nil when the name has no such pair.
    func acronymPair(_ r: Range<Int>, _ text: AnalyzedText) -> String? {
        let t = text.tokens
        guard r.count >= 4, r.upperBound <= t.count else { return nil }
        var k = r.lowerBound + 2
        while k + 1 < r.upperBound {
            if text.isWord(k, "atau") { break }
            k += 1
        }
        guard k + 1 < r.upperBound, text.isWord(k, "atau"), t[k + 1].allCaps, t[k + 1].kind == .word,
              t[k - 1].capitalized || t[k - 1].allCaps, r.lowerBound < k
        else { return nil }
        var name = text.text(of: r.lowerBound..<k) + " (" + text.text(of: (k + 1)..<(k + 2)) + ")"
        if k + 2 < r.upperBound { name += " " + text.text(of: (k + 2)..<r.upperBound) }
        return name
    }

    func clean(_ text: AnalyzedText, _ r: Range<Int>) -> Range<Int> {
        var hi = r.upperBound
        while hi > r.lowerBound + 1 {
            let f = text.folded(hi - 1)
            let number = text.tokens[hi - 1].kind == .number && !text.isWord(hi - 2, "/")
                && !Self.batchWords.contains(hi - 2, in: text)
            if f == "," || f == "-" || f == "dan" || f == "&" || f == "." || number { hi -= 1 } else { break }
        }
        return r.lowerBound..<hi
    }

    /// The verb of an `agent` match is a `me-` verb (`menggelar`, `memberikan`, `menegaskan`) or, in the
    /// headline, a bare stem written in title case that the pattern lists (`Dinsos Kota Bima Tingkatkan Kapasitas
    /// Pendamping lewat Bimtek`, round 7).
    static func isAgentVerb(_ r: Range<Int>?, _ text: AnalyzedText) -> Bool {
        guard let r, let i = r.first, r.count == 1 else { return false }
        let f = text.folded(i)
        if f.hasPrefix("me") && f.count >= 5 { return true }
        let tok = text.tokens[i]
        return (tok.capitalized || tok.allCaps) && (text.inHeadline(i) || tok.sentence == text.tokens[0].sentence)
    }

    /// Whether `short` abbreviates `long`: each of its words is a word of `long` or is spelled by the
    /// beginnings of consecutive words of `long`, in order (`Dinkes Halbar` of `Dinas Kesehatan Kabupaten
    /// Halmahera Barat`, `PMI Kaltim` of `Palang Merah Indonesia (PMI) Provinsi Kalimantan Timur`).
    static func abbreviates(_ short: [String], _ long: [String]) -> Bool {
        guard !short.isEmpty, short.count < long.count || short.joined().count < long.joined().count else { return false }
        // spell(word, from): the smallest index after the words of `long` from `from` whose beginnings spell
        // `word`, consecutive, each giving at least one letter. Dynamic programming over (letters spelled, word
        // index): linear in the size of the table, whatever the words.
        func spell(_ w: String, _ from: Int) -> Int? {
            let letters = Array(w)
            guard !letters.isEmpty else { return from }
            let words = long[from...].map(Array.init)
            // reach[k][j]: the first k letters are spelled by words from..<(from + j)
            var reach = [[Bool]](repeating: [Bool](repeating: false, count: words.count + 1), count: letters.count + 1)
            reach[0][0] = true
            for j in 0..<words.count {
                for k in 0..<letters.count where reach[k][j] {
                    var n = 0
                    while n < words[j].count, k + n < letters.count, words[j][n] == letters[k + n] {
                        n += 1
                        reach[k + n][j + 1] = true
                    }
                }
                if reach[letters.count][j + 1] { return from + j + 1 }
            }
            return nil
        }
        var at = 0
        for w in short {
            var found = false
            var start = at
            // words of the long form may be skipped (`Kabupaten`, `Provinsi`)
            while start < long.count, start <= at + 3 {
                if long[start] == w { at = start + 1; found = true; break }
                if let next = spell(w, start), next > start + 1 || long[start] == w { at = next; found = true; break }
                start += 1
            }
            if !found { return false }
        }
        return true
    }

    /// Round 17 (heldout9 u001): an acronym and its region (`DPMD Bone`) names the organizer the text spells out
    /// once as `Long Name (ACRONYM)` with no region of its own (`Dinas Pemberdayaan Masyarakat dan Desa (DPMD)`; the
    /// acronym in capitals or title case, `Dispora Kota Tual`):
    /// the acronym is a word of the long form, the rest of the short one is a region (a prefix and a name of
    /// `region_name`), and the long form names no region prefix that could differ.
    /// Round 24 (ORG24, heldout16 d059): the long form writes the acronym as its short form, in parentheses or after
    /// `atau`; a unit that names its parent body in passing (`KSR PMI Unit IAKN Tarutung`) is no long form of the
    /// parent's branch its partner is (`bekerjasama dengan PMI Kab. Tapanuli Utara`).
    /// `written` is the long form's name in lower case (computed once per kept name, not per pair).
    func acronymWithRegion(_ f: Found, of long: [String], written: String, in text: AnalyzedText) -> Bool {
        let t = text.tokens
        let r = f.range
        guard r.count >= 2, r.lowerBound >= 0, r.upperBound <= t.count, t[r.lowerBound].allCaps || t[r.lowerBound].capitalized, long.count > 2, long.contains(text.folded(r.lowerBound)),
            !long.contains(where: { $0 == "kabupaten" || $0 == "kota" || $0 == "provinsi" })
        else { return false }
        let acronym = text.folded(r.lowerBound)
        // Round 24 review (MENDA24): the whole acronym (`(pmi)`, `(pmi `), not the start of a longer one (`(pmii`).
        guard OrganizerExtractor.containsWhole("(" + acronym, in: written) || OrganizerExtractor.containsWhole("atau " + acronym, in: written)
        else { return false }
        var q = r.lowerBound + 1
        if let pre = regionPrefixes.firstLongestLength(t, at: q) {
            q += pre
            if q < r.upperBound, text.isWord(q, ".") { q += 1 }
        }
        guard q < r.upperBound, let name = regionNames.longest(t, at: q) else { return false }
        return q + name.length == r.upperBound
    }

    /// Whether `needle` occurs in `hay` not followed by a letter or a digit (linear in `hay` per occurrence found).
    static func containsWhole(_ needle: String, in hay: String) -> Bool {
        var from = hay.startIndex
        while from < hay.endIndex, let r = hay.range(of: needle, range: from..<hay.endIndex) {
            if r.upperBound == hay.endIndex { return true }
            let c = hay[r.upperBound]
            if !(c.isLetter || c.isNumber) { return true }
            from = r.upperBound
        }
        return false
    }

    /// Round 17 (heldout h013): a name without a head word that starts inside another name found at the same
    /// place is a piece of it read by a second rule (`Perlindungan Anak (Dinsos P3A) Kabupaten Hulu Sungai Tengah
    /// (HST)`, the tail after `dan` of `Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak (Dinsos P3A) ...`),
    /// not a second organizer; the name that holds its head is kept.
    func fragment(_ f: Found, of k: Found, in text: AnalyzedText) -> Bool {
        f.range.lowerBound > k.range.lowerBound && f.range.lowerBound < k.range.upperBound
            && heads.longest(text.tokens, at: f.range.lowerBound) == nil
    }

    /// A role word (kepala, asisten, mewakili...) right before `i`, or at the head of the run of capitalized
    /// words before it ("Asisten Administrasi Pemerintahan dan Kesra Setda ...").
    func officialBefore(_ i: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        var p = i - 1
        while p >= 0, p >= i - 8 {
            if roleBefore.longest(t, at: p) != nil { return true }
            guard t[p].kind == .word, t[p].capitalized || t[p].allCaps || text.isWord(p, "dan") else { return false }
            p -= 1
        }
        return false
    }

    /// The most candidates of one kind that a document keeps, the first in text order. Names are compared
    /// pairwise (repeats, abbreviations), so this bounds the work on a hostile text that repeats a sentence
    /// thousands of times; a news report names a few dozen organisations at most.
    static let maxCandidates = 200

    static func bounded(_ list: [Found]) -> [Found] {
        guard list.count > maxCandidates else { return list }
        return Array(list.sorted { $0.range.lowerBound < $1.range.lowerBound }.prefix(maxCandidates))
    }

    public struct Found: Sendable {
        public var organizer: Organizer
        public var range: Range<Int>
        /// Found only by a fallback (the subject of a `me-` verb): it names the organizer of an event known
        /// otherwise, and is no evidence that the document reports one.
        public var fallback = false
    }

    /// The organizer of a fallback match (kinds `agent`, `lead-agent`): the subject of a `me-` verb, not after an
    /// official's role.
    func fallback(_ m: PatternMatch, _ text: AnalyzedText) -> Found? {
        guard OrganizerExtractor.isAgentVerb(m.capture("verb"), text), let r0 = m.capture("org") else { return nil }
        if OrganizerExtractor.attendsItsBimtek(m, r0, text) { return nil }
        let r = withLowerRegion(clean(text, r0), text)
        if officialBefore(r.lowerBound, text) { return nil }
        guard let ev = text.evidence(r) else { return nil }
        return Found(organizer: Organizer(name: ev.text, role: "main", evidence: ev), range: r, fallback: true)
    }

    /// Round 24 review (MENDA24): a headline's `X Bimtek Y` whose X the text says takes part (`40 anggota DPRD Garut
    /// mengikuti bimtek`): X, then perhaps `yang`/`juga`/`turut`, then `mengikuti`/`ikut`/`menghadiri`, elsewhere in
    /// the text. One pass over the tokens per such match (a headline has one).
    static func attendsItsBimtek(_ m: PatternMatch, _ r: Range<Int>, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard let v = m.capture("verb"), let vi = v.first, vi < t.count, text.isWord(vi, "bimtek"),
              !r.isEmpty, r.lowerBound >= 0, r.upperBound <= t.count else { return false }
        let name = r.map { text.folded($0) }
        var i = 0
        while i + name.count < t.count {
            if i != r.lowerBound, text.folded(i) == name[0], (1..<name.count).allSatisfy({ text.folded(i + $0) == name[$0] }) {
                var p = i + name.count
                while p < t.count, p < i + name.count + 2, attendJoiners.contains(p, in: text) { p += 1 }
                if p < t.count, t[p].sentence == t[i].sentence, attendVerbs.contains(p, in: text) { return true }
            }
            i += 1
        }
        return false
    }

    /// Round 24 review (MENDA24): the report of a village head (`Kepala Desa Sukamaju, Suranto, dalam laporannya`)
    /// says where the event was, not who held it: organizers.head-reports gives no `Desa X`. Round 26 (ORG26): nor does
    /// a village head quoted about the event (organizers.head-quoted: `"Pelatihan ini bermanfaat," kata Kepala Desa X`).
    /// Round 27 (ORG27): nor a village head after `menurut` (organizers.head-says-this-event).
    static let villageHeadRules: FoldedWords = ["organizers.head-reports", "organizers.head-quoted", "organizers.head-says-this-event"]
    static func villageHeadReport(_ rule: Rule, _ r: Range<Int>, _ text: AnalyzedText) -> Bool {
        villageHeadRules.contains(rule.id) && r.lowerBound >= 0 && r.lowerBound < text.tokens.count
            && villageWords.contains(r.lowerBound, in: text)
    }

    /// Round 24 review (MENDA24): the words of taking part after a name (`... yang juga mengikuti`), and the heads of a
    /// village's name.
    static let attendJoiners: FoldedWords = ["yang", "juga", "turut", "pun"]
    static let attendVerbs: FoldedWords = ["mengikuti", "ikut", "menghadiri"]
    static let villageWords: FoldedWords = ["desa", "kelurahan", "kampung", "nagari", "gampong", "dusun"]

    /// Orders candidates by their distance to THE event: `EventAnchor.rank` (same sentence as a mention of the
    /// event, then its paragraph, the lead, the body, the header, noise lines last; then the nearer to a mention,
    /// then the earlier), the one ranking every field uses. Without an anchor (no event found), by position.
    static func rank(_ r: Range<Int>, anchor: EventAnchor?, in text: AnalyzedText) -> (Int, Int, Int) {
        guard let anchor else { return (0, 0, r.lowerBound) }
        return anchor.rank(r, in: text)
    }

    /// An organizer named by its abbreviation alone (`PMD membuat terobosan berupa pelatihan`) takes the full
    /// name the text gives it elsewhere as `Long Name (ABBR)` (`Dinas Pemberdayaan Masyarakat dan Desa (PMD)`):
    /// the long form runs back from the parenthesis over capitalized words (and `dan`, `,`) to its head word.
    /// One pass over the tokens, only when some organizer is a bare abbreviation.
    /// Round 15: the abbreviation may be written in title case as writers shorten offices (`Dinas Pemuda dan
    /// Olahraga (Dispora) Kota Tual ... Dispora menggelar`), and a region written after the parenthesis
    /// (`Kota Tual`, `Kabupaten Gowa`) belongs to the long form.
    func linkAbbreviations(_ list: [Found], in text: AnalyzedText) -> [Found] {
        let t = text.tokens
        // Round 40 (probes p10, p11): a short form of two or three words as well (`Satuan Polisi Pamong Praja (Satpol
        // PP) Kabupaten Blora ... Satpol PP menggelar`, `(Diskop UKM) Kota Samarinda ... kerja sama Diskop UKM`).
        func shortKey(_ r: Range<Int>) -> String? {
            guard (1...3).contains(r.count), r.allSatisfy({ t[$0].kind == .word && (t[$0].allCaps || t[$0].capitalized) }) else { return nil }
            return r.map { text.folded($0) }.joined(separator: " ")
        }
        // An acronym with words after it in title case (`BPSDMD Provinsi Jawa Tengah`) is read by `withLongForm`.
        let bare = Set(list.compactMap { f -> String? in
            f.range.count == 1 || !t[f.range.lowerBound].allCaps || f.range.allSatisfy({ t[$0].allCaps }) ? shortKey(f.range) : nil
        })
        let acronyms = Set(list.compactMap { f -> String? in
            f.range.count > 1 && t[f.range.lowerBound].allCaps ? text.folded(f.range.lowerBound) : nil
        })
        let opens = parenthesisOpens(acronyms, in: text)
        // The gazetteer's codes of a region written over exactly `r`: an optional `Kabupaten`, `Kota` or `Provinsi`,
        // then a name or an everyday name of `region_name` (`Sumbar`, `Provinsi Sumatera Barat`); nil for anything else.
        func regionCodes(_ r: Range<Int>) -> String? {
            guard !r.isEmpty, r.upperBound <= t.count else { return nil }
            var p = r.lowerBound
            if regionPrefixes.contains(where: { $0.longest(t, at: p) != nil }) { p += 1 }
            guard p < r.upperBound, let name = regionNames.longest(t, at: p), p + name.length == r.upperBound else { return nil }
            return name.value
        }
        // Round 41 (probes s13, u14): a short form in title case and a region after it (`Disperindag Sumbar`) as well.
        let regionHeads = Set(list.compactMap { f -> String? in
            f.range.count > 1 && f.range.count <= 4 && t[f.range.lowerBound].capitalized && !t[f.range.lowerBound].allCaps
                && regionCodes((f.range.lowerBound + 1)..<f.range.upperBound) != nil ? text.folded(f.range.lowerBound) : nil
        })
        guard !bare.isEmpty || !acronyms.isEmpty || !regionHeads.isEmpty else { return list }
        // Round 41 (probe u05): an acronym and its region (`BPBD Provinsi Papua`) also takes the long form written with
        // the acronym in parentheses and the same region after it (`Badan Penanggulangan Bencana Daerah (BPBD)
        // Provinsi Papua`).
        var longForm: [String: Range<Int>] = [:]
        var closeOf: [String: Int] = [:]
        var i = 1
        while i + 2 < t.count {
            defer { i += 1 }
            guard text.isWord(i, "(") else { continue }
            var close = i + 2
            while close < t.count, close <= i + 4, !text.isWord(close, ")"), !text.isWord(close, "(") { close += 1 }
            guard close < t.count, close <= i + 4, text.isWord(close, ")"), let abbr = shortKey((i + 1)..<close) else { continue }
            guard bare.contains(abbr) || acronyms.contains(abbr) || regionHeads.contains(abbr), longForm[abbr] == nil else { continue }
            var p = i - 1
            var head: Int? = nil
            while p >= 0, p >= i - 12 {
                let f = text.folded(p)
                guard t[p].kind == .word && (t[p].capitalized || t[p].allCaps || f == "dan") || f == "," else { break }
                if heads.longest(t, at: p) != nil { head = p }
                if t[p].lineStart { break }
                p -= 1
            }
            if let h = head, h < i - 1 {
                longForm[abbr] = h..<(close + 1 + regionTail(after: close, in: text))
                closeOf[abbr] = close
            }
        }
        // The long form of an acronym and its region: the words after the parenthesis are the short form's rest.
        // Or the same region by another of its names (`Disperindag Sumbar`, `PMI Lotim` after `(Disperindag) Provinsi
        // Sumatera Barat`, `(PMI) Kabupaten Lombok Timur`): the gazetteer's codes of both are the same.
        func regionalLongForm(_ f: Found) -> Range<Int>? {
            let a = f.range.lowerBound
            guard f.range.count > 1, t[a].allCaps || t[a].capitalized, let r = longForm[text.folded(a)], let close = closeOf[text.folded(a)] else { return nil }
            if r.upperBound - close - 1 == f.range.count - 1,
                (1..<f.range.count).allSatisfy({ text.folded(close + $0) == text.folded(a + $0) })
            {
                return r
            }
            guard let mine = regionCodes((a + 1)..<f.range.upperBound), let theirs = regionCodes((close + 1)..<r.upperBound) else { return nil }
            return mine == theirs ? r : nil
        }
        var seen = Set<Range<Int>>()
        return list.compactMap { f in
            guard let r = shortKey(f.range).flatMap({ bare.contains($0) ? longForm[$0] : nil }) ?? regionalLongForm(f), let ev = text.evidence(r) else {
                return f.range.count > 1 ? withLongForm(f, opens: opens, in: text) : f
            }
            // A short form read as a long form found in its own right is that body once (`Disperindag Sumbar` after
            // `Dinas ... (Disperindag) Provinsi Sumatera Barat menggelar`).
            if list.contains(where: { $0.range == r }) || !seen.insert(r).inserted { return nil }
            var g = f
            g.organizer.name = ev.text
            g.organizer.evidence = ev
            g.range = r
            return g
        }
    }

    /// Round 15. The region written after a long form's parenthesis: `Kota`, `Kabupaten` or `Provinsi` and one to
    /// three capitalized words on the same line (`(Dispora) Kota Tual`); the number of tokens, 0 when there is none.
    /// Round 15 fix (review finding 7): a name of `region_name` is the region as the gazetteer knows it; otherwise
    /// the capitalized words stop at a weekday, a month or an organizer stop word (`Kota Tual Senin (4/3/2024)`).
    func regionTail(after close: Int, in text: AnalyzedText) -> Int {
        let t = text.tokens
        let k = close + 1
        guard k + 1 < t.count, (text.isWord(k, "kota") || text.isWord(k, "kabupaten") || text.isWord(k, "provinsi")), t[k].capitalized else { return 0 }
        if let name = regionNames.longest(t, at: k + 1), name.length <= 3, k + 1 + name.length <= t.count,
            !t[(k + 1)..<(k + 1 + name.length)].contains(where: { $0.lineStart })
        {
            return name.length + 1
        }
        var n = 0
        while n < 3, k + 1 + n < t.count, t[k + 1 + n].kind == .word, t[k + 1 + n].capitalized, !t[k + 1 + n].lineStart,
            !tailStops.contains(where: { $0.longest(t, at: k + 1 + n) != nil })
        {
            n += 1
        }
        return n == 0 ? 0 : n + 1
    }

    /// An organizer written as an acronym and its region (`BPSDMD Provinsi Jawa Tengah`) takes the form the text
    /// gives elsewhere with the long name in parentheses between them (`BPSDMD (Badan Pengembangan SDM Daerah)
    /// Provinsi Jawa Tengah`). `opens` lists, per acronym, where it stands before a parenthesis (one pass over
    /// the tokens, at most 20 places per acronym).
    func withLongForm(_ f: Found, opens: [String: [Int]], in text: AnalyzedText) -> Found {
        let t = text.tokens
        let a = f.range.lowerBound
        guard f.range.count > 1, t[a].allCaps, !text.isWord(a + 1, "("), let places = opens[text.folded(a)] else { return f }
        let rest = Array(f.range.dropFirst())
        for i in places {
            var close = i + 2
            while close < t.count, close < i + 10, !text.isWord(close, ")"), !text.isWord(close, "(") { close += 1 }
            guard close < t.count, text.isWord(close, ")"), close > i + 3 else { continue }
            let end = close + 1 + rest.count
            guard end <= t.count, rest.indices.allSatisfy({ text.folded(close + 1 + $0) == text.folded(rest[$0]) }),
                let ev = text.evidence(i..<end)
            else { continue }
            var g = f
            g.organizer.name = ev.text
            g.organizer.evidence = ev
            g.range = i..<end
            return g
        }
        return f
    }

    /// Where each acronym of `acronyms` stands right before a parenthesis.
    func parenthesisOpens(_ acronyms: Set<String>, in text: AnalyzedText) -> [String: [Int]] {
        guard !acronyms.isEmpty else { return [:] }
        let t = text.tokens
        var out: [String: [Int]] = [:]
        var i = 0
        while i + 1 < t.count {
            defer { i += 1 }
            guard t[i].allCaps, text.isWord(i + 1, "(") else { continue }
            let f = text.folded(i)
            guard acronyms.contains(f), out[f, default: []].count < 20 else { continue }
            out[f, default: []].append(i)
        }
        return out
    }

    public func extract(_ text: AnalyzedText, anchor: EventAnchor? = nil, scratch: inout MatchScratch) -> [Found] {
        var found: [Found] = []
        var agents: [Found] = []
        // Offices named by their head or as the owner of the event (kind `official-agent`): weaker than the
        // subject of a me- verb, used only when there is none.
        var offices: [Found] = []
        // Round 13: the offices of officials who speak of the event through a pronoun (kind `official-speaker`).
        var spokenOffices: [Found] = []
        let t = text.tokens
        // The first sentence of the body: the lead.
        let leadSentence = text.bodyStart < t.count ? t[text.bodyStart].sentence : -1
        // A subject set off by a comma from its verb ("Badan Narkotika Nasional Kabupaten Asahan, melaksanakan")
        // opens its clause; one that does not is the tail of an appositive ("BBPPKS Padang, unit pelaksana teknis
        // Kementerian Sosial, menggelar").
        func appositiveTail(_ m: PatternMatch) -> Bool {
            // Round 42 (probe x01): or the body's name holds `dan`, read as two holders whose second runs to the
            // comma (`..., unit pelaksana teknis Badan Penyuluhan dan Pengembangan SDM Pertanian (BPPSDMP) Kementerian
            // Pertanian, menggelar`): the comma after the partner's capture is the appositive's.
            // Only right after the class of a unit that opens such an appositive (`unit pelaksana teknis`, `di
            // bawah`, `satker`): after `bekerja sama` the body is a partner (`bekerja sama Badan Kesatuan Bangsa dan
            // Politik (Kesbangpol) Minut ,Kamis (24/7)`).
            func afterUnitClass(_ i: Int) -> Bool {
                guard i >= 1 else { return false }
                if text.isWord(i - 1, "upt") || text.isWord(i - 1, "uptd") || text.isWord(i - 1, "satker") { return true }
                if i >= 2, text.isWord(i - 1, "kerja") { return text.isWord(i - 2, "unit") || text.isWord(i - 2, "satuan") }
                if i >= 2, text.isWord(i - 1, "bawah") { return text.isWord(i - 2, "di") }
                return i >= 3 && text.isWord(i - 1, "teknis") && text.isWord(i - 2, "pelaksana") && text.isWord(i - 3, "unit")
            }
            func atComma(_ e: Int?) -> Bool { e.map { $0 < t.count && (text.isWord($0, ",") || text.isWord($0 - 1, ",")) } ?? false }
            guard let r0 = m.capture("org"), r0.lowerBound == m.start, r0.upperBound < t.count,
                atComma(r0.upperBound) || (atComma(m.capture("co")?.upperBound) && afterUnitClass(m.start))
            else { return false }
            let i = r0.lowerBound
            if i >= 2, text.isWord(i - 1, ","), t[i - 1].sentence == t[i].sentence, unitParent.longest(t, at: i) != nil,
                bodyHead(before: i - 1, text) != nil
            {
                return true
            }
            return !(i == 0 || t[i].lineStart || t[i - 1].kind == .punct || t[i - 1].sentence != t[i].sentence)
        }
        // Round 14: a subject written right after the locative `di` is the place of someone else's act (`Mahasiswa KKN
        // X yang ditempatkan di Desa Tambi Kecamatan Kejajar menggelar pelatihan`: the village does not hold it).
        func afterLocative(_ m: PatternMatch) -> Bool {
            guard let r0 = m.capture("org"), r0.lowerBound == m.start, r0.lowerBound > 0 else { return false }
            let p = r0.lowerBound - 1
            return t[p].sentence == t[r0.lowerBound].sentence && text.isWord(p, "di")
        }
        // Round 34 (heldout18 look f059): a subject right after a person and `dari` is that person's unit, whose
        // member teaches (`Letda Inf La Ode Safaruddin dari Korem 143/Haluoleo melatih peserta`): no holder.
        func unitOfAPerson(_ m: PatternMatch) -> Bool {
            guard let r0 = m.capture("org"), r0.lowerBound == m.start, r0.lowerBound >= 2 else { return false }
            let d = r0.lowerBound - 1
            guard text.isWord(d, "dari"), t[d - 1].sentence == t[d].sentence else { return false }
            let w = t[d - 1]
            return w.kind == .word && w.capitalized && !w.allCaps && heads.longest(t, at: d - 1) == nil
                && (capHeads?.longest(t, at: d - 1) == nil) && !Self.personalPronouns.contains(d - 1, in: text)
        }
        var ruleIndex = 0
        holdRules.forEachShared { rule in
            // Round 13: an office named by its official, who speaks of it with a partner (kind `official-main`).
            let official = holdRuleIsOfficial[ruleIndex]
            ruleIndex += 1
            for m in rule.pattern.matches(in: text, scratch: &scratch) {
                if appositiveTail(m) || afterLocative(m) || agentOfOtherActivity(m, text) || unitOfAPerson(m) { continue }
                // Round 21 (ORG21): `Pemerintah Kabupaten X melalui Dinas Y`: the office holds it, the government is
                // left out.
                var throughOffice = false
                if let o = m.capture("org"), let v = m.capture("via") { throughOffice = governmentThroughOffice(o, via: v, text) }
                for (name, role0) in [("org", "main"), ("via", "co"), ("co", "co")] {
                    guard let r0 = m.capture(name) else { continue }
                    if throughOffice && name == "org" { continue }
                    let role = throughOffice && name == "via" ? "main" : role0
                    let r = official && name == "org" ? clean(text, officeName(r0, text)) : withLowerRegion(clean(text, r0), text)
                    // "Kepala Dinas Sosial ...", "Asisten Pemerintahan dan Kesra Setda ..." name an official.
                    if !(official && name == "org"), officialBefore(r.lowerBound, text) { continue }
                    // The tail of a compound written with a hyphen or a slash ("Indonesia-STTD") is no name.
                    // A dateline written without spaces ("MERAUKE-Dinas Pendidikan ...") is no compound (round 6).
                    let dateline = r.lowerBound >= 2 && t[r.lowerBound - 2].lineStart && t[r.lowerBound - 2].allCaps
                    if r.lowerBound > 0, !t[r.lowerBound].spaceBefore, (text.isWord(r.lowerBound - 1, "-") || text.isWord(r.lowerBound - 1, "/")), !dateline { continue }
                    let roleHere = ((rule.kind == "co" || official) && name == "org") ? "main" : role
                    guard let ev = text.evidence(r) else { continue }
                    found.append(Found(organizer: Organizer(name: acronymPair(r, text) ?? ev.text, role: roleHere, evidence: ev), range: r))
                }
            }
        }
        // A bare generic head ("Dinas juga membekali ...") names no one; a name in lower case names someone only
        // with a proper name in it ("politeknik transportasi darat Indonesia", not "pemerintah desa").
        func named(_ f: Found) -> Bool {
            let r = f.range
            if let g = generic.longest(t, at: r.lowerBound), g.length == r.count { return false }
            let first = t[r.lowerBound]
            if !first.capitalized && !first.allCaps {
                // "desa Dengok", "tim Basarnas Banten": a place or a team, not an organisation's name
                // ... but a head that is longer than the common noun names a kind of body ("tim pengabdian Fakultas
                // Pertanian Universitas Jember", "tim KKN Universitas X": round 11), still only with a proper name.
                // Round 19 (ORG19, heldout11 w025): a committee named by its occasion (`panitia Hari Santri ...`,
                // read by the `org` macro only before such a name) is a body.
                let occasion = text.isWord(r.lowerBound, "panitia") && r.count >= 2 && (t[r.lowerBound + 1].capitalized || t[r.lowerBound + 1].allCaps)
                if !occasion, let c = lowerCommon.longest(t, at: r.lowerBound),
                    (heads.longest(t, at: r.lowerBound)?.length ?? 0) <= c.length
                { return false }
                return r.dropFirst().contains { t[$0].kind == .word && (t[$0].capitalized || t[$0].allCaps) && heads.longest(t, at: $0) == nil }
            }
            return true
        }
        found = OrganizerExtractor.bounded(found.filter(named))
        // Round 27 (ORG27): a unit of a body named after it with `melalui` (`Dinas ESDM Provinsi NTT melalui Bidang Energi
        // Baru Terbarukan`) is the body acting; the body is the organizer, read in the unit's place.
        found = parentsOfUnits(found, text)
        // Round 19 (ORG19, heldout11 w053): a long form cut at `dan` is one name (`Kantor Kesyahbandaran dan Otoritas
        // Pelabuhan (KSOP) ...`); the piece after `dan` that a rule read as a name of its own goes with it.
        if !found.isEmpty {
            let ends = Dictionary(found.map { ($0.range.lowerBound, $0.range.upperBound) }, uniquingKeysWith: { a, b in max(a, b) })
            var absorbed: [Range<Int>] = []
            for i in found.indices {
                let r = found[i].range
                guard let end = longFormAcrossDan(r, found: ends, text), end > r.upperBound, let ev = text.evidence(r.lowerBound..<end) else { continue }
                found[i].range = r.lowerBound..<end
                found[i].organizer.name = ev.text
                found[i].organizer.evidence = ev
                absorbed.append((r.upperBound + 1)..<end)
            }
            if !absorbed.isEmpty {
                found.removeAll { f in absorbed.contains { $0.lowerBound <= f.range.lowerBound && f.range.upperBound <= $0.upperBound } }
            }
        }
        // Round 18 (CORE18, heldout10 v057): a body between commas right after another name found, then `bersama`
        // or `beserta` (`Stasiun Klimatologi X, Badan Meteorologi, Klimatologi, dan Geofisika (BMKG), bersama Dinas
        // Y menggelar`) is the parent the first belongs to, an appositive, not a holder of its own.
        // Round 18 (FIX18, review o1): only a parent body (its head a word of `unit_parent`) after a name that is no
        // parent body itself: `Dinas Pertanian X, Dinas Perikanan X, bersama Balai Y menggelar` lists equals.
        if found.count > 1 {
            let starts = Dictionary(found.map { ($0.range.upperBound, $0.range.lowerBound) }, uniquingKeysWith: { a, _ in a })
            found.removeAll { f in
                let a = f.range.lowerBound, b = f.range.upperBound
                guard a >= 1, b + 1 < t.count, let s0 = starts[a - 1], s0 < t.count, text.isWord(a - 1, ","), text.isWord(b, ",") else { return false }
                guard (text.isWord(b + 1, "bersama") || text.isWord(b + 1, "beserta")) else { return false }
                return unitParent.longest(t, at: a) != nil && unitParent.longest(t, at: s0) == nil
            }
        }
        // The subject of a me- verb whose clause names the event counts only when no rule of holding names a
        // main organizer in the body, or when it writes one of the names found in full ("Satpol PP Kota Madiun
        // merancang ... Diklat" beside "digelar Satpol PP").
        // The subjects of me- verbs are looked for only when they can change the answer: no main organizer in the
        // body, or a main one named in two words or fewer that a fuller name may complete.
        // The words of each name, computed once (a document names few organisations, often many times).
        var wordCache: [String: [String]] = [:]
        func wordsOf(_ name: String) -> [String] {
            if let w = wordCache[name] { return w }
            let w = Matching.words(name)
            wordCache[name] = w
            return w
        }
        let foundWords = found.map { wordsOf($0.organizer.name) }
        let needAgents = !found.contains { $0.organizer.role == "main" && $0.range.lowerBound >= text.bodyStart }
            || found.indices.contains { found[$0].organizer.role == "main" && foundWords[$0].count <= 2 }
        if needAgents {
            rules.forEachShared { rule in
                guard rule.kind == "agent" else { return }
                for m in rule.pattern.matches(in: text, scratch: &scratch) where !appositiveTail(m) && !afterLocative(m) {
                    if let f = fallback(m, text), named(f) { agents.append(f) }
                }
            }
            // The organisation whose head opens the event ("Kepala Dinas Sosial (Dinsos) Jatim membuka secara
            // resmi Pelatihan ..."): the official is no organizer, the office he heads holds the event.
            rules.forEachShared { rule in
                guard rule.kind == "official-agent" || rule.kind == "official-speaker" else { return }
                for m in rule.pattern.matches(in: text, scratch: &scratch) {
                    guard let r0 = m.capture("org"), !OrganizerExtractor.villageHeadReport(rule, r0, text) else { continue }
                    let r = clean(text, officeName(r0, text))
                    guard let ev = text.evidence(r) else { continue }
                    let f = Found(organizer: Organizer(name: ev.text, role: "main", evidence: ev), range: r, fallback: true)
                    guard named(f) else { continue }
                    offices.append(f)
                    if rule.kind == "official-speaker" { spokenOffices.append(f) }
                }
            }
        }
        agents = OrganizerExtractor.bounded(agents)
        offices = OrganizerExtractor.bounded(offices)
        spokenOffices = OrganizerExtractor.bounded(spokenOffices)
        /// A longer name of an organizer a rule of holding already found (its words a strict superset, or it spelled out
        /// by the found one's abbreviation).
        func completes(_ f: Found) -> Bool {
            let w = wordsOf(f.organizer.name)
            let set = Set(w)
            return foundWords.contains(where: { fw in
                (Set(fw).isSubset(of: set) && fw.count < w.count) || OrganizerExtractor.abbreviates(fw, w)
            })
        }
        found.append(contentsOf: agents.filter(completes))
        // Round 13: an office named through its official (`Kepala Dinas Kesehatan Kota Kupang ... pihaknya
        // menggelar`, `"Kami dari Dinas Kesehatan melaksanakan ...," kata Kepala Dinas Kesehatan Kota Kupang`)
        // completes a shorter name of the same organizer that a rule of holding found (`Dinas Kesehatan`, the
        // headline's `Dinkes Kota Kupang`); the longer form is kept below.
        found.append(contentsOf: spokenOffices.filter(completes))
        if !found.contains(where: { $0.organizer.role == "main" && $0.range.lowerBound >= text.bodyStart }) {
            // An office named by its head is weaker than a headline that names the organizer ("BBPPKS Padang
            // Latih ..." beside "Kepala Dinas Sosial Provinsi Lampung saat membuka pelatihan": the host's head).
            let bodyAgents = agents.filter { $0.range.lowerBound >= text.bodyStart }
            let pool = bodyAgents.isEmpty ? agents : bodyAgents
            if let best = pool.min(by: { OrganizerExtractor.rank($0.range, anchor: anchor, in: text) < OrganizerExtractor.rank($1.range, anchor: anchor, in: text) }) {
                found.append(best)
                // Round 23 (ORG23, heldout15 j051): a short name of the subject (`Balai Bahasa merencanakan pelatihan`)
                // takes the full name of the same office that its head opens the event of (`Kepala Balai Bahasa
                // Provinsi Kalimantan Barat ... saat membuka kegiatan`); the longer form is kept below.
                let bestWords = Set(wordsOf(best.organizer.name))
                found.append(contentsOf: offices.filter { o in
                    let w = Set(wordsOf(o.organizer.name))
                    return bestWords.isSubset(of: w) && bestWords.count < w.count
                })
            }
        }
        // Last: the organisation that opens the lead as the subject of a me- verb, when nothing else names a main
        // organizer ("Dinas Kesehatan (Dinkes) Lombok Barat mengaku puas ..." beside its partner "Bapelkes Mataram
        // yang sudah bekerja sama dengan kami"). Tried only then, and only where the lead's organisation names
        // start (after its dateline: "Palu (19/7) –").
        if !found.contains(where: { $0.organizer.role == "main" }), leadSentence >= 0 {
            let lead = text.sentenceRange(around: text.bodyStart)
            search: for p in lead.lowerBound..<min(lead.upperBound, lead.lowerBound + 80) where heads.longest(t, at: p) != nil {
                let opens = p == text.bodyStart || t[p].lineStart || t[p - 1].kind == .punct
                guard opens else { continue }
                for rule in rules where rule.kind == "lead-agent" {
                    if let m = rule.pattern.match(in: t, at: p), let f = fallback(m, text), named(f) {
                        found.append(f)
                        break search
                    }
                }
            }
        }
        // Weaker still: the office whose head opens the event or speaks of it, or that owns the programme, when
        // nothing (not even the headline: "BBPPKS Padang Latih ..." beside "Kepala Dinas Sosial Provinsi Lampung
        // saat membuka pelatihan", the host's head) names a main organizer.
        if !found.contains(where: { $0.organizer.role == "main" }) {
            let bodyOffices = offices.filter { $0.range.lowerBound >= text.bodyStart }
            let pool = bodyOffices.isEmpty ? offices : bodyOffices
            if let best = pool.min(by: { OrganizerExtractor.rank($0.range, anchor: anchor, in: text) < OrganizerExtractor.rank($1.range, anchor: anchor, in: text) }) {
                found.append(best)
            }
        }
        // Round 19 (ORG19, heldout11 w055): last of all, the body that sent the press release, named in its closing
        // credit (`(rls: PLN UP3 Bengkulu/dn)`), when nothing at all names an organizer.
        if found.isEmpty {
            rules.forEachShared { rule in
                guard rule.kind == "release", found.isEmpty else { return }
                for m in rule.pattern.matches(in: text, scratch: &scratch) {
                    guard let r0 = m.capture("org") else { continue }
                    let r = clean(text, r0)
                    guard let ev = text.evidence(r), !r.isEmpty else { continue }
                    // not a body the text names as a giver (`bantuan PT Pupuk Indonesia ... (rilis: PT Pupuk
                    // Indonesia/red)`): the sender of the release is then its sponsor, not the holder
                    let first = t[r.lowerBound].id
                    let firstWord = text.folded(r.lowerBound)
                    let giver = t.indices.contains { j in
                        !r.contains(j) && t[j].id == first && text.folded(j) == firstWord
                            && (max(0, j - 3)..<j).contains { OrganizerExtractor.giverWords.contains($0, in: text) }
                    }
                    if giver { continue }
                    let f = Found(organizer: Organizer(name: ev.text, role: "main", evidence: ev), range: r, fallback: true)
                    if named(f) { found.append(f); break }
                }
            }
        }
        // Round 19 (ORG19, heldout11 w049; heldout3 k033): a name lies on one line. A value that runs over a line
        // break (`WEBSITE\n\nMANADO-Diskominfo Manado`: a headline's last word, the dateline and the subject read as
        // one) keeps its last line, after the dateline's word and dash. Only where the lines are parts of another
        // kind: a blank line, the headline or a dateline between them; a name hard-wrapped inside a paragraph
        // (`Dinas Tenaga Kerja dan\nTransmigrasi Kabupaten Kendal`) stays whole.
        for i in found.indices {
            let r = found[i].range
            guard r.lowerBound >= 0, r.upperBound <= t.count, let last = r.dropFirst().last(where: { t[$0].lineStart }), last >= 1 else { continue }
            var lo = last
            let dateline = lo + 2 < r.upperBound && t[lo].allCaps && (text.isWord(lo + 1, "-") || text.isWord(lo + 1, "–") || text.isWord(lo + 1, "—"))
            let blank = text.text(of: (last - 1)..<(last + 1)).filter { $0 == "\n" }.count >= 2
            guard dateline || blank || text.inHeadline(last - 1) else { continue }
            if dateline { lo += 2 }
            guard lo < r.upperBound, let ev = text.evidence(lo..<r.upperBound) else { continue }
            found[i].range = lo..<r.upperBound
            found[i].organizer.name = ev.text
            found[i].organizer.evidence = ev
        }
        // Round 22 (ORG22, heldout14 x031): a ministry's unit keeps its own name, not its directorate general's; a
        // name read inside the tail cut off (`PUPR` of `Kementerian PUPR`) goes with it.
        var cutTails: [Range<Int>] = []
        for i in found.indices {
            guard let end = unitBeforeDirectorate(found[i].range, text) else { continue }
            let r = found[i].range.lowerBound..<end
            guard let ev = text.evidence(r) else { continue }
            cutTails.append(end..<found[i].range.upperBound)
            found[i].range = r
            found[i].organizer.name = ev.text
            found[i].organizer.evidence = ev
        }
        if !cutTails.isEmpty {
            found.removeAll { f in cutTails.contains { $0.contains(f.range.lowerBound) && f.range.upperBound <= $0.upperBound } }
        }
        // Round 19 (ORG19, heldout11 w049): a name joined by the `x` of a brand collaboration is two organizers,
        // whichever rule read it.
        if found.contains(where: { f in f.range.contains { text.isWord($0, "x") || text.isWord($0, "×") } }) {
            found = split(found, text) { splitCollaboration($0, text) }
        }
        // Round 37 (probes o1, e28): a name whose first part ends with its region and goes on with `dan` and a word in
        // capitals (`Dinas Kesehatan Kota Palu dan UNICEF`, `Dinas Ketahanan Pangan Kabupaten Gunungkidul dan Tim
        // Penggerak PKK Kabupaten Gunungkidul`) names two organizers: a body's name ends with its region.
        if found.contains(where: { f in f.range.contains { text.isWord($0, "dan") } }) {
            found = split(found, text) { splitAfterRegion($0, text) }
        }
        // Round 19 (ORG19): every value goes through the shape of an organisation, whichever rule read it.
        found.removeAll { isNoOrganizer($0, in: text) }
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        // Keep the most specific of names that repeat or abbreviate each other; main before co; a name in the
        // body wins over the same name in the headline.
        var kept: [Found] = []
        var keptWords: [[String]] = []
        var keptSets: [Set<String>] = []
        var keptLower: [String] = []
        for f in found {
            let list = wordsOf(f.organizer.name)
            let words = Set(list)
            let lower = f.organizer.name.lowercased()
            // Round 39 (probe i01): a piece of a name kept, read by another rule in the same words (`Usaha Kecil
            // Menengah (Diskop UKM) Kabupaten Lombok Timur` and `Dinas Koperasi`, a partners' rule's two readings of
            // `Dinas Koperasi dan Usaha Kecil Menengah (Diskop UKM) Kabupaten Lombok Timur menggelar`), is no organizer
            // of its own and changes nothing of the name it lies in, its role neither. Before, it took the slot of the
            // headline's `Diskop UKM Lotim`, which it completes, and stayed a second organizer. Only a shorter reading
            // from the same first word (`RSUD Prof` of `menggandeng RSUD Prof. Dr. Margono Soekarjo`) still tells that
            // the name is a partner.
            if let k = kept.indices.first(where: { k in words.isSubset(of: keptSets[k]) && words != keptSets[k] && kept[k].range.overlaps(f.range) }) {
                if f.organizer.role == "co", f.range.lowerBound == kept[k].range.lowerBound { kept[k].organizer.role = "co" }
                continue
            }
            let same = keptWords.indices.first { k in
                let kl = keptWords[k]
                let kw = keptSets[k]
                return kw.isSubset(of: words) || words.isSubset(of: kw) || OrganizerExtractor.abbreviates(kl, list) || OrganizerExtractor.abbreviates(list, kl)
                    || acronymWithRegion(f, of: kl, written: keptLower[k], in: text)
                    || acronymWithRegion(kept[k], of: list, written: lower, in: text)
                    || fragment(f, of: kept[k], in: text)
            }
            if let i = same {
                let kl = keptWords[i]
                let kw = keptSets[i]
                // A co-organizer stays one even where a verb follows it ("X bekerjasama dengan Y adakan").
                let role = kept[i].organizer.role == "co" || f.organizer.role == "co" ? "co" : "main"
                let longer = (kw.isSubset(of: words) && kw != words) || OrganizerExtractor.abbreviates(kl, list)
                    || acronymWithRegion(kept[i], of: list, written: lower, in: text)
                let bodyOverTitle = kw == words && kept[i].range.lowerBound < text.bodyStart && f.range.lowerBound >= text.bodyStart
                let fallback = kept[i].fallback && f.fallback
                if longer || bodyOverTitle {
                    kept[i] = f
                    keptWords[i] = list
                    keptSets[i] = words
                    keptLower[i] = lower
                }
                kept[i].fallback = fallback
                kept[i].organizer.role = role
                // Round 38 (probe a06): the name that took slot i may also complete a name kept before it in another
                // slot (`DP3AP2KB Kabupaten Jayapura` of the headline took the slot, `Dinas ... (DP3AP2KB) Kabupaten`,
                // a rule's shorter reading of the same words, had one of its own): that shorter reading goes.
                if longer {
                    let shorter = kept.indices.filter { j in
                        j != i && keptSets[j].isSubset(of: words) && keptSets[j] != words && kept[j].range.overlaps(f.range)
                    }
                    if shorter.contains(where: { kept[$0].organizer.role == "co" }) { kept[i].organizer.role = "co" }
                    for j in shorter.reversed() {
                        kept.remove(at: j); keptWords.remove(at: j); keptSets.remove(at: j); keptLower.remove(at: j)
                    }
                }
                continue
            }
            kept.append(f)
            keptWords.append(list)
            keptSets.append(words)
            keptLower.append(lower)
        }
        // Round 33 (OCC33): a name in a sentence of another occurrence (`Sebelumnya, Dinas X juga menggelar pelatihan
        // serupa`) held that one, not the event.
        if let anchor, !anchor.other.isEmpty { kept.removeAll { anchor.isOther($0.range.lowerBound, in: text) } }
        // Headlines name the umbrella body ("Pemkot Malang Latih ..."): a title organizer counts only when the
        // body names none.
        var body = kept.filter { $0.range.lowerBound >= text.bodyStart }
        let byRank: (Found, Found) -> Bool = {
            OrganizerExtractor.rank($0.range, anchor: anchor, in: text) < OrganizerExtractor.rank($1.range, anchor: anchor, in: text)
        }
        // Main organizers of another (earlier, later, similar) event are left out once one is known.
        if let firstMain = body.filter({ $0.organizer.role == "main" }).min(by: byRank) {
            body = body.filter { f in
                // the cue stands before the name in its sentence, or right after it ("kegiatan serupa" at the
                // far end of a long sentence says nothing of it)
                let sentence = text.sentenceRange(around: f.range.lowerBound)
                let near = sentence.lowerBound..<min(sentence.upperBound, f.range.upperBound + 4)
                return f.range == firstMain.range || !text.contains(otherCue, in: near)
            }
        }
        // Round 26 (ORG26, heldout6 p009, realnews r205; probes r26 h01-h12, s01-s06): a body that names partners only
        // (`Pelatihan digelar bersama Dinas X`, `bekerja sama dengan Y`) names no holder; the headline's main organizer
        // (`Kodim X Latih Babinsa`) is then the one beside them, not dropped for them. Not a regional government
        // (`Pemkab Malang Gelar Pelatihan ...` beside its own office in the body: the umbrella, as above). Linear in
        // the names kept. Nor a headline name with the head and the last word of a partner's (`Kantor SAR Ambon` beside
        // `Kantor Pencarian dan Pertolongan Ambon`): the same body written another way.
        if !body.isEmpty, !body.contains(where: { $0.organizer.role == "main" }) {
            let partnerEnds = Set(body.compactMap { f -> String? in
                let w = wordsOf(f.organizer.name)
                guard let a = w.first, let b = w.last else { return nil }
                return a + " " + b
            })
            let titleMains = kept.filter { f in
                guard f.range.lowerBound < text.bodyStart, f.organizer.role == "main", !regionalGovernment(f.range, text) else { return false }
                let w = wordsOf(f.organizer.name)
                guard let a = w.first, let b = w.last else { return false }
                return !partnerEnds.contains(a + " " + b)
            }.map { longerInBody($0, text) }
            body = titleMains + body
        }
        let chosen = linkAbbreviations(body.isEmpty ? kept : body, in: text)
        let mains = chosen.filter { $0.organizer.role == "main" }
        let ordered = anchor == nil ? mains : mains.sorted(by: byRank)
        return ordered + chosen.filter { $0.organizer.role != "main" }
    }
}
