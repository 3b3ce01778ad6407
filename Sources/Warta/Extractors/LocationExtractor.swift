/// Location: the venue as written, the kecamatan, and the kabupaten/kota and province with their Kemendagri
/// codes, with the rules of `extractors/location/` and the gazetteer of `regions.tsv` and `aliases.tsv`.
///
/// Matches: venue phrases after verbs of holding or `di` (`bertempat di aula SMK Negeri 1 Solok`, `di ruang
/// rapat lantai 3 Setda Tuban`); region names with a prefix that tells kabupaten from kota (`Kabupaten`,
/// `Kab.`, `Pemkab`, `Bupati`; `Kota`, `Pemkot`, `Wali Kota`; `Provinsi`, `Pemprov`), kecamatan after
/// `Kecamatan`/`Kec.`, and bare names and everyday aliases (`Tuban`, `Solo`, `Jakut`, `Jatim`).
///
/// Normalizes to: the official names of `regions.tsv` (`Kabupaten Tegal`, `Kota Administrasi Jakarta Utara`)
/// and codes (`33.28`). The city is where the event was held: a kabupaten/kota named inside the venue decides;
/// otherwise mentions inside the venue weigh most, then the organizer's name, the dateline, `di ...`, the
/// title, then any mention. A bare name shared by a kabupaten and
/// a kota that nothing decides leaves the city null with the warning `ambiguous-city`; the province is still
/// given when both share it.
public final class LocationExtractor: FieldExtractor {
    public static let field = "location"
    public static let kinds: [String: Set<String>] = [
        "venue": ["venue"],
        "venue-clause": ["venue"],
        "city": ["prefix", "name"],
        "province": ["prefix", "name"],
        "district": ["prefix", "name"],
        "region-bare": ["name"],
        "other-occasion": ["cue", "time"],
    ]
    public static let requiredLexicons = ["region_name", "district_name", "region_prefix_kab", "region_prefix_kota", "region_prefix_prov",
                                          "district_prefix", "venue_cue", "event_type", "venue_head"]

    let rules: [Rule]
    let regionNames: Lexicon
    let districtNames: Lexicon
    let prefixKab: Lexicon
    let prefixKota: Lexicon
    let prefixProvince: Lexicon
    let prefixDistrict: Lexicon
    let venueCue: Lexicon
    let eventTypes: Lexicon
    let venueHeads: Lexicon
    public let gazetteer: Gazetteer
    /// The regions of each value of the name lexicons ("33.28,33.76"), split and looked up once.
    let regionsOfValue: [String: [Gazetteer.Region]]

    public init(rules set: RuleSet) throws(RuleLoadError) {
        rules = set.rules(for: Self.field)
        regionNames = try set.require("region_name", for: Self.field)
        districtNames = try set.require("district_name", for: Self.field)
        prefixKab = try set.require("region_prefix_kab", for: Self.field)
        prefixKota = try set.require("region_prefix_kota", for: Self.field)
        prefixProvince = try set.require("region_prefix_prov", for: Self.field)
        prefixDistrict = try set.require("district_prefix", for: Self.field)
        venueCue = try set.require("venue_cue", for: Self.field)
        eventTypes = try set.require("event_type", for: Self.field)
        venueHeads = try set.require("venue_head", for: Self.field)
        let (g, problems) = Gazetteer.load(dataFiles: set.dataFiles)
        if !problems.isEmpty { throw RuleLoadError(problems: problems) }
        gazetteer = g
        var parsed: [String: [Gazetteer.Region]] = [:]
        for value in regionNames.allValues + districtNames.allValues where parsed[value] == nil {
            parsed[value] = value.split(separator: ",").compactMap { g.region(String($0)) }
        }
        regionsOfValue = parsed
    }

    static let bothJoiners: FoldedWords = ["maupun", "dan", "atau", "/", "&", "serta"]
    static let kabupatenWords: FoldedWords = ["kabupaten", "kab"]
    static let streetWords: FoldedWords = ["jalan", "jl", "jln", "raya", "gang", "gg", "lorong"]
    /// Words for a village or a hamlet: a region name after one names that village, not the region.
    static let villageWords: FoldedWords = ["desa", "dusun", "dukuh", "padukuhan", "pedukuhan", "kelurahan", "kampung",
                                            "gampong", "nagari", "pekon", "jorong", "banjar", "lingkungan", "perumahan"]
    /// Verbs of working or living before `di` (`bertugas di Puskesmas Depok I`, `tinggal di Rusunawa Jongke`): the
    /// place is where the participants work or live, not where the event was held.
    static let dwellVerbs: FoldedWords = ["bertugas", "bekerja", "tinggal", "berdomisili", "bermukim", "menetap", "mengajar",
                                          "bersekolah", "sekolah", "kuliah", "berkantor", "berdinas", "ditempatkan", "mengabdi",
                                          "dirawat", "berjualan", "berusaha", "beternak", "bertani", "melayani"]

    public static func derivedLexicons(dataFiles: [String: String]) -> (lexicons: [String: [(String, String)]], problems: [RuleProblem]) {
        derived.value(for: [dataFiles[Gazetteer.regionsFile], dataFiles[Gazetteer.aliasesFile]]) {
            deriveLexicons(dataFiles: dataFiles)
        }
    }

    /// The derived lexicons of the last few gazetteers, kept for the life of the process.
    private static let derived = DataFileMemo<(lexicons: [String: [(String, String)]], problems: [RuleProblem])>()

    static func deriveLexicons(dataFiles: [String: String]) -> (lexicons: [String: [(String, String)]], problems: [RuleProblem]) {
        let (g, problems) = Gazetteer.load(dataFiles: dataFiles)
        var names: [String: Set<String>] = [:]
        var districts: [String: Set<String>] = [:]
        // Districts written with a prefix (`Kota Agung`, a kecamatan): their bare names and their keys as written.
        var districtBare: [String: Set<String>] = [:]
        var prefixedDistricts: Set<String> = []
        // the first word of each region's bare name of two words or more, counted per region
        var openers: [Substring: Int] = [:]
        openers.reserveCapacity(2_048)
        func count(_ name: String) {
            guard let space = name.utf8.firstIndex(of: UInt8(ascii: " ")) else { return }
            openers[name[..<space], default: 0] += 1
        }
        for r in g.regions.values {
            switch r.level {
            case 1, 2:
                let bare = Gazetteer.bareName(r.name).lowercased()
                names[bare, default: []].insert(r.code)
                count(bare)
            default:
                let key = r.name.lowercased()
                districts[key, default: []].insert(r.code)
                if r.name.utf8.first == UInt8(ascii: "K"), case let bare = Gazetteer.bareName(r.name), bare.utf8.count != r.name.utf8.count {
                    let bareKey = bare.lowercased()
                    districtBare[bareKey, default: []].insert(r.code)
                    prefixedDistricts.insert(key)
                    count(bareKey)
                } else {
                    count(key)
                }
            }
        }
        let regionKeys = Set(names.keys)
        for a in g.aliases { names[a.alias.lowercased(), default: []].insert(a.code) }
        // In the order of their keys; a key of one code (most) takes it as it is, without sorting and joining.
        func entries(_ m: [String: Set<String>]) -> [(String, String)] {
            m.sorted { $0.key < $1.key }.map { key, codes in
                if codes.count == 1, let only = codes.first { return (key, only) }
                return (key, codes.sorted().joined(separator: ","))
            }
        }
        let extra = placeNameExtra(regions: regionKeys, districts: districts, prefixed: prefixedDistricts, districtBare: districtBare, openers: openers)
        return (["region_name": entries(names), "district_name": entries(districts), Self.regionNameExtraLexicon: extra], problems)
    }

    /// Round 16: the name of the derived lexicon `region_name_extra`, read by the speakers' office that ends at a
    /// place (`SpeakerExtractor.officeEndsAtPlace`). Together with `region_name` and `district_name` it says which
    /// words are the bare name of a place of the gazetteer, any level (`Kabupaten Aceh Selatan` as `aceh
    /// selatan`), without a second copy of the 7,838 names: its entries are the bare names of the districts
    /// written with a prefix (`Kota Agung` as `agung`, value `name`), which `district_name` holds as written, and
    /// the words that open the names of three places or more without being a place's name of their own (`sungai`,
    /// `lubuk`, `tanjung`, value `opener`). Its name sorts after `region_name`, so its words, all of them words of
    /// the other two, are interned after theirs: the vocabulary's ids stay as they were.
    public static let regionNameExtraLexicon = "region_name_extra"

    /// The entries of `region_name_extra`. The places' bare names are the keys of levels 1 and 2 (`regions`, not
    /// the aliases), the districts' keys but those written with a prefix, and those districts' bare names;
    /// `openers` counts the first words of the regions' bare names of two words or more, once per region (as
    /// round 15 counted them: `tellu` opens `Tellu Limpoe` of three kabupaten).
    static func placeNameExtra(
        regions: Set<String>, districts: [String: Set<String>], prefixed: Set<String>, districtBare: [String: Set<String>],
        openers: [Substring: Int]
    ) -> [(String, String)] {
        // a key written with a prefix starts with `k` (`kota `, `kabupaten `): others are not looked up
        func isPrefixed(_ key: String) -> Bool { key.utf8.first == UInt8(ascii: "k") && prefixed.contains(key) }
        func isPlace(_ key: String) -> Bool {
            regions.contains(key) || (districts[key] != nil && !isPrefixed(key)) || districtBare[key] != nil
        }
        var out: [(String, String)] = districtBare.keys.map { ($0, "name") }
        for (word, n) in openers where n >= 3 {
            let w = String(word)
            if !isPlace(w) { out.append((w, "opener")) }
        }
        return out.sorted { $0.0 < $1.0 }
    }

    /// A kecamatan named bare at the end of the venue (`Aula Masjid Agung Al Karomah Martapura`) that lies in
    /// exactly one of the kabupaten/kota the text names (`BDK Banjarmasin` organizes, the participants come from
    /// `Kabupaten Banjar`): the venue's kecamatan says which of them the event was held in. Reads only the last
    /// three tokens of the venue, capitalized.
    func kecamatanParent(in venue: Range<Int>, among candidates: Set<String>, _ text: AnalyzedText) -> String? {
        guard candidates.count > 1 else { return nil }
        let t = text.tokens
        var p = max(venue.lowerBound + 1, venue.upperBound - 3)
        while p < venue.upperBound {
            if t[p].capitalized, let m = districtNames.longest(t, at: p), p + m.length == venue.upperBound {
                // Round 19 (heldout11 w009): a kecamatan named as the kabupaten and the kota are (`BPVP Serang`, by
                // Kabupaten and Kota Serang) is the name they share, and decides nothing.
                if let r = regionNames.longest(t, at: p), r.length == m.length { return nil }
                let parents = Set((regionsOfValue[m.value] ?? []).compactMap(\.parent)).intersection(candidates)
                return parents.count == 1 ? parents.first : nil
            }
            p += 1
        }
        return nil
    }

    enum Prefix { case kabupaten, kota, province, district, none }

    struct Mention {
        var range: Range<Int>
        var codes: [String]
        var prefix: Prefix
        /// The kabupaten/kota and the provinces among `codes` (read from the regions once, not looked up again).
        var level2: [String] = []
        var level1: [String] = []
        /// The name as written, lower-cased (`padang`), to tell a kecamatan from a region of the same name.
        var name: String = ""
    }

    func mention(_ m: PatternMatch, rule: Rule, in text: AnalyzedText) -> Mention? {
        let t = text.tokens
        guard let nr = m.capture("name") else { return nil }
        // Each lexicon read in place (a copy of one counts references on storage that every thread shares).
        guard let value = rule.kind == "district" ? districtNames.value(t, nr) : regionNames.value(t, nr) else { return nil }
        var regions = regionsOfValue[value] ?? []
        var prefix = Prefix.none
        switch rule.kind {
        case "city":
            let pr = m.capture("prefix") ?? m.start..<m.start
            // "kabupaten maupun kota Probolinggo", "Kabupaten/Kota Blitar": both are named.
            let both = pr.lowerBound >= 2 && LocationExtractor.bothJoiners.contains(pr.lowerBound - 1, in: text)
                && LocationExtractor.kabupatenWords.contains(pr.lowerBound - 2, in: text)
            if both {
                prefix = .none
                regions = regions.filter { $0.level == 2 }
            } else if prefixKota.value(t, pr) != nil {
                prefix = .kota
                regions = regions.filter { $0.isKota }
            } else {
                prefix = .kabupaten
                regions = regions.filter { $0.isKabupaten }
            }
        case "province":
            prefix = .province
            regions = regions.filter { $0.level == 1 }
        case "district":
            prefix = .district
        default:
            // A bare name must be capitalized: "batu" is a stone, "Batu" a city.
            guard t[nr.lowerBound].capitalized else { return nil }
            // A street named after a place (Jalan Raya Puncak, Jl. Bogor) names no region.
            var p = nr.lowerBound - 1
            if p >= 0, text.isWord(p, ".") { p -= 1 }
            if p >= 0, LocationExtractor.streetWords.contains(p, in: text) { return nil }
            // Round 21 (CORE21, heldout13 z041): nor the far end of a road named by the two places it joins (`Jalan
            // Banda Aceh–Medan`, `Jalan Raya Bogor-Sukabumi`): a dash, then back over at most four capitalized words
            // to a street word.
            if roadEnd(before: nr.lowerBound, text) { return nil }
            // Nor a village or hamlet named after one (Dusun Karangasem, Desa Bogor, Kampung Bali).
            if nr.lowerBound > 0, LocationExtractor.villageWords.contains(nr.lowerBound - 1, in: text) { return nil }
            // Round 22 (CORE22, heldout14 x037): nor the second word of a village named by a feature of the land or
            // water (`Desa Sungai Batang`, `Desa Tanjung Pati`): a river's, a cape's or a hill's name, whose region
            // would have been matched whole (`Sungai Penuh`, `Tanjung Balai`).
            // Round 22's review (l11-l13): only after a village word (`Desa Sungai Batang`): a feature is often named
            // after its region (`Pantai Pangandaran`, `Teluk Kendari`), and an island names the kabupaten on it
            // (`Pulau Belitung`; `pulau` is no feature word here).
            if nr.lowerBound > 1, t[nr.lowerBound - 1].capitalized,
               LocationExtractor.featureWords.contains(nr.lowerBound - 1, in: text),
               LocationExtractor.villageWords.contains(nr.lowerBound - 2, in: text) { return nil }
            // Round 22 (CORE22, heldout13 z015): nor a name that an address places in a kecamatan of another
            // kabupaten/kota (`Balkondes Karanganyar, Kecamatan Borobudur, Kabupaten Magelang`): a village's name.
            if villageBeforeKecamatan(nr, regions, text) { return nil }
        }
        guard !regions.isEmpty else { return nil }
        var x = Mention(range: m.start..<m.end, codes: regions.map(\.code), prefix: prefix)
        x.name = text.text(of: nr).lowercased()
        for r in regions {
            if r.level == 2 { x.level2.append(r.code) } else if r.level == 1 { x.level1.append(r.code) }
        }
        return x
    }

    static let dashes: FoldedWords = ["-", "–", "—", "/"]
    /// Round 39: the words of a kecamatan in an address (`Kecamatan Salahutu, Kabupaten Maluku Tengah`).
    static let kecamatanWords: FoldedWords = ["kecamatan", "kec", "distrik"]
    static let commas: FoldedWords = [","]

    /// Round 29 (CORE29, heldout17 q214): the short names the text defines in brackets after a long name that is no
    /// region's (`Kampung Siaga Bencana (KSB)`, `Kelompok Usaha Bersama (KUBE)`): one word of two to six letters in
    /// capitals, whose letters are the initials of the capitalized words right before the bracket, none of them a
    /// word of a region's prefix (`Kabupaten Sumbawa Barat (KSB)` defines the region), with the long name's range.
    /// One pass over the tokens.
    func acronymsDefinedElse(_ text: AnalyzedText) -> [(short: String, long: Range<Int>)] {
        let t = text.tokens
        var out: [(short: String, long: Range<Int>)] = []
        var i = 1
        while i + 2 < t.count {
            defer { i += 1 }
            guard text.isWord(i, "("), text.isWord(i + 2, ")"), t[i + 1].kind == .word, t[i + 1].allCaps else { continue }
            let short = Array(text.folded(i + 1).unicodeScalars)
            guard short.count >= 2, short.count <= 6, i >= short.count else { continue }
            var ok = true
            for (k, p) in ((i - short.count)..<i).enumerated() {
                let w = text.folded(p)
                guard t[p].kind == .word, t[p].capitalized || t[p].allCaps, let first = w.unicodeScalars.first, first == short[k],
                      !opensRegionName(at: p, t) else { ok = false; break }
            }
            if ok { out.append((text.folded(i + 1), (i - short.count)..<i)) }
        }
        return out
    }

    /// Round 29 (CORE29): whether the words of `r` stand again, in the same order, in the body after `r`'s line (case
    /// and diacritics ignored). A scan of the body that compares the first word before the rest.
    func namedAgainInBody(_ r: Range<Int>, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard !r.isEmpty, r.upperBound <= t.count else { return false }
        let first = text.folded(r.lowerBound)
        var p = max(text.bodyStart, r.upperBound)
        while p + r.count <= t.count {
            if text.folded(p) == first, (1..<r.count).allSatisfy({ text.folded(p + $0) == text.folded(r.lowerBound + $0) }) {
                return true
            }
            p += 1
        }
        return false
    }

    /// Whether a word of the prefix lexicons opens a region's name at `p` (`Kabupaten`, `Kota`, `Provinsi`, `Kecamatan`,
    /// `Pemkab`): a long name with one names a region.
    func opensRegionName(at p: Int, _ t: [Token]) -> Bool {
        prefixKab.longest(t, at: p) != nil || prefixKota.longest(t, at: p) != nil || prefixProvince.longest(t, at: p) != nil
            || prefixDistrict.longest(t, at: p) != nil
    }

    /// Words of a feature of the land or water that open the names of villages, rivers and capes (`Sungai Batang`,
    /// `Lubuk Sikaping`, `Muara Bungo`): a region name after one, after a village word, is part of the village's name.
    static let featureWords: FoldedWords = ["sungai", "tanjung", "lubuk", "muara", "teluk", "kuala", "bukit", "gunung",
                                            "danau", "ujung", "rawa", "talang", "pematang", "tebing", "pantai"]

    /// Round 22 (CORE22, heldout13 z015): whether the bare name at `name` (naming `regions`) is followed by a comma and
    /// a kecamatan (`, Kecamatan Borobudur`, `, Kec. Borobudur`) that lies in none of the kabupaten/kota of that name:
    /// an address written village, kecamatan, kabupaten names a village there, not the region. Reads at most five
    /// tokens after the name.
    func villageBeforeKecamatan(_ name: Range<Int>, _ regions: [Gazetteer.Region], _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        var p = name.upperBound
        guard p + 2 < t.count, text.isWord(p, ",") else { return false }
        p += 1
        guard let prefix = prefixDistrict.longest(t, at: p) else { return false }
        p += prefix.length
        if p < t.count, text.isWord(p, ".") { p += 1 }
        guard p < t.count, let district = districtNames.longest(t, at: p) else { return false }
        let codes = Set(regions.filter { $0.level == 2 }.map(\.code))
        let parents = (regionsOfValue[district.value] ?? []).compactMap(\.parent)
        return !codes.isEmpty && !parents.isEmpty && !parents.contains(where: { codes.contains($0) })
    }

    /// Round 21 (CORE21, heldout13 z041): whether the name at `start` is the second end of a road named by the places
    /// it joins: a dash or a slash right before it, then at most four capitalized words back to a street word (`Jalan
    /// Banda Aceh–Medan`, `Jl. Lintas Sumbawa-Bima`).
    func roadEnd(before start: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard start >= 2, start <= t.count, Self.dashes.contains(start - 1, in: text) else { return false }
        var p = start - 2
        var words = 0
        while p >= 0, words <= 4 {
            let f = text.folded(p)
            if LocationExtractor.streetWords.contains(f) { return words > 0 }
            if f == ".", p > 0, (text.isWord(p - 1, "jl") || text.isWord(p - 1, "jln")) { return words > 0 }
            guard t[p].kind == .word, t[p].capitalized || t[p].allCaps else { return false }
            words += 1
            p -= 1
        }
        return false
    }

    public func exampleValue(_ match: PatternMatch, rule: Rule, in text: AnalyzedText, published: Day?) -> String? {
        if rule.kind == "venue" { return match.capture("venue").map { text.text(of: $0) } }
        if rule.kind == "venue-clause" {
            return match.capture("venue").flatMap { clauseHeld(before: match.start, text) ? text.text(of: $0) : nil }
        }
        return mention(match, rule: rule, in: text)?.codes.joined(separator: ",")
    }

    public struct Findings: Sendable {
        public var location: EventLocation?
        public var warnings: [RecordWarning] = []
        public var venueRange: Range<Int>?
    }

    /// `anchor`: THE event of the report (see ``EventAnchor``); the venue and the kecamatan near its mentions
    /// are preferred.
    public func extract(_ text: AnalyzedText, organizerRanges: [Range<Int>], anchor: EventAnchor? = nil, scratch: inout MatchScratch) -> Findings {
        let t = text.tokens
        // Closures below capture this local, not a copy of the whole extractor.
        let gazetteer = self.gazetteer
        var venues: [(priority: Int, range: Range<Int>)] = []
        var mentions: [Mention] = []
        // Acts that are not the event and times of another occasion (rule kind `other-occasion`), and the venues
        // with the span of their match, checked against them once every rule has run.
        var acts: [Int] = []
        var times: [Int] = []
        var spans: [Range<Int>] = []
        var villageValues: Set<String> = []
        rules.forEachShared { rule in
            for m in rule.pattern.matches(in: text, scratch: &scratch) {
                if rule.kind == "other-occasion" {
                    if m.capture("time") != nil { times.append(m.start) } else { acts.append(m.start) }
                    continue
                }
                if (rule.kind == "venue" || rule.kind == "venue-clause"), m.start > 0, text.isWord(m.start, "di"),
                   LocationExtractor.dwellVerbs.contains(m.start - 1, in: text) { continue }
                let before = venues.count
                defer { if venues.count > before { spans.append(m.start..<m.end) } }
                if rule.kind == "venue" {
                    guard var v = m.capture("venue") else { continue }
                    v = frontedCut(v, text)
                    // A venue after "di" whose clause a verb of holding governs from further back ("berlangsung
                    // tiga hari dua malam, 26-28 Juni 2019, di hotel Permata") is as strong as one right after it.
                    let held = rule.priority < LocationExtractor.clausePriority && text.isWord(m.start, "di")
                        && clauseHeld(before: m.start, text, orEvent: false)
                    venues.append((held ? LocationExtractor.clausePriority : rule.priority, v))
                } else if rule.kind == "venue-clause" {
                    if let v = m.capture("venue"), clauseHeld(before: m.start, text) { venues.append((rule.priority, v)) }
                } else if let x = mention(m, rule: rule, in: text) {
                    mentions.append(x)
                } else if rule.kind == "region-bare", m.start > 0, LocationExtractor.villageWords.contains(m.start - 1, in: text),
                          let nr = m.capture("name"), let value = regionNames.value(t, nr) {
                    // Round 22 (CORE22, heldout13 z015): the names the text gives a village (`Desa Karanganyar`).
                    villageValues.insert(value)
                }
            }
        }
        if !acts.isEmpty || !times.isEmpty {
            let keep = spans.map { !otherOccasion(before: $0.lowerBound, after: $0.upperBound, acts: acts, times: times, text) }
            venues = venues.indices.filter { keep[$0] }.map { venues[$0] }
        }
        // Round 29 (CORE29, heldout17 q214): a bare alias written in capitals that the text spells out as something
        // else (`Kampung Siaga Bencana (KSB)`, so `KSB` is no Kabupaten Sumbawa Barat anywhere in it).
        // The long name must itself be no region (`Ogan Komering Ulu (OKU)`, `Nusa Tenggara Barat (NTB)` define the
        // region): no mention of a region overlaps it.
        // Only read when a bare alias in capitals is among the mentions (most reports have none).
        let defined = mentions.contains { $0.prefix == .none && $0.range.count == 1 && t[$0.range.lowerBound].allCaps }
            ? acronymsDefinedElse(text) : []
        var definedElse: Set<String> = []
        if !defined.isEmpty {
            var covered = [Bool](repeating: false, count: t.count)
            for x in mentions { for p in x.range where p < t.count { covered[p] = true } }
            for d in defined where !d.long.contains(where: { covered[$0] }) { definedElse.insert(d.short) }
        }
        if !definedElse.isEmpty {
            mentions.removeAll { x in
                x.prefix == .none && x.range.count == 1 && t[x.range.lowerBound].allCaps
                    && definedElse.contains(text.folded(x.range.lowerBound))
            }
        }
        // Overlapping mentions: the longer (prefixed) one wins.
        var kept = Overlaps.keepLongest(mentions, tokenCount: t.count) { $0.range }

        // A venue of the body beats one of the headline; a lone lower-case word ("di lapangan") is no venue, nor
        // a venue word before `se` (`di Puskesmas se Kabupaten Halmahera Barat`: every one of a kind, the
        // participants' workplaces).
        // A venue on a noise line (`Baca Juga: ... di Sekolah Terpencil`, a byline, chrome) is another story's.
        // A venue ends with its line (`... di Sleman` closing a headline, `SLEMAN –` opening the body).
        for i in venues.indices {
            if let cut = venues[i].range.dropFirst().first(where: { t[$0].lineStart }) { venues[i].range = venues[i].range.lowerBound..<cut }
        }
        // Round 15: a lower-case place (`di kebun percontohan milik kelompok`) is no venue, but it is a second place
        // when a word of contrast sets it against the venue (`teori di pendopo ..., sedangkan hari kedua ... di
        // kebun`; see ``twoPlaces(after:candidates:lowerPlaces:_:)``).
        var lowerPlaces: [Range<Int>] = []
        var lowerBuildings: [(priority: Int, range: Range<Int>)] = []
        var captionVenues: [(priority: Int, range: Range<Int>)] = []
        venues.removeAll { v in
            if v.range.dropFirst().contains(where: { text.isWord($0, "se") }) { return true }
            // Round 33 (OCC33): the place of another occurrence (`pelatihan serupa di Aula X`) is not the venue.
            if anchor?.isOther(v.range.lowerBound, in: text) == true { return true }
            // Round 38 (probe c10): the place of a plan in a sentence that names no mention of the event (`Forum Karang
            // Taruna berencana ... membuka lapak ... di kawasan Alun-alun Cepu`) is where something else is to happen.
            if let anchor, Self.planWords.standsBefore(v.range.lowerBound, within: 30, in: text), anchor.proximity(of: v.range.lowerBound, in: text) != .sameSentence {
                return true
            }
            if let anchor, Self.futureWords.standsBefore(v.range.lowerBound, within: 30, in: text),
                Self.againWords.standsBefore(v.range.lowerBound, within: 30, in: text),
                anchor.proximity(of: v.range.lowerBound, in: text) != .sameSentence
            {
                return true
            }
            // Round 28 (VEN28): a place word before `masing-masing` is each one's own place (`aktif di Posyandu
            // masing-masing`, `di Balai Desa masing-masing`), many places, not one venue.
            if v.range.dropFirst().contains(where: { LocationExtractor.eachOwn.contains($0, in: text) })
                || LocationExtractor.eachOwn.contains(v.range.upperBound, in: text) { return true }
            if text.isNoise(token: v.range.lowerBound), !frontedHeadline(v.range, text) {
                // Round 29 (CORE29, heldout17 q208): a named place in a photo's caption is kept aside (see below).
                let line = text.line(of: v.range.lowerBound)
                if line >= 0, line < text.structure.kinds.count, text.structure.kinds[line] == .caption, v.range.count >= 2,
                   t[v.range].contains(where: { $0.capitalized || $0.allCaps }) {
                    captionVenues.append(v)
                }
                return true
            }
            // Round 22 (CORE22, heldout14 x021): a place word doubled is a plural, many places (`di sekolah sekolah
            // tingkat SMA`, `di desa-desa`), not one venue. Only in lower case: a capitalised name written doubled
            // is one place (`di Alun-alun Kabupaten Wonosobo`; round 22's full test run).
            let a = v.range.lowerBound
            if v.range.count >= 2, t[a].kind == .word, !t[a].capitalized, !t[a].allCaps {
                let b = text.isWord(a + 1, "-") && v.range.count >= 3 ? a + 2 : a + 1
                if text.folded(b) == text.folded(a) { return true }
            }
            if !t[v.range].contains(where: { $0.capitalized || $0.allCaps || $0.kind == .number }) {
                // Round 26 (CORE26): a building written in lower case is the venue when no place with a name is one
                // (see `lowerBuilding`).
                if lowerBuilding(v.range, text) { lowerBuildings.append(v) }
                if v.range.count >= 2 { lowerPlaces.append(v.range) }
                return true
            }
            return false
        }
        if venues.isEmpty, let b = lowerBuildings.first {
            venues = [b]
            lowerPlaces.removeAll { $0 == b.range }
        }
        // Round 29 (CORE29, heldout17 q208): with no place in the body, a named place of a photo's caption (`Peserta
        // menyimak materi pada hari kedua pelatihan di Gedung PMI Provinsi Kaltim. (Foto: ...)`) is the venue when the
        // body names it again in the same words (`Utusan yang dikirim ke Gedung PMI Provinsi Kaltim ...`): a caption
        // alone may show a file photo of another occasion. The first three captions' places only, so that a page of
        // many captions stays linear.
        if venues.isEmpty, let c = captionVenues.prefix(3).first(where: { namedAgainInBody($0.range, text) }) {
            venues = [c]
        }
        // A venue of the body beats one of the headline (a headline shortens it); then the strongest
        // construction (a verb of holding in the clause, then a venue word after "di"...), then the one nearest
        // THE event's mentions (``EventAnchor/rank(_:in:)``); without an event, the first.
        func best(_ list: [(priority: Int, range: Range<Int>)]) -> (priority: Int, range: Range<Int>)? {
            var inBody = list.filter { $0.range.lowerBound >= text.bodyStart }
            // Round 21 (CORE21, heldout13 z011): body places that are all only a part's (a closing session's, a
            // ceremony's) yield to a place the headline names (`Pemandu Wisata Danau Toba Dilatih di Hotel Labersa
            // Balige`; `Pelatihan akan ditutup besok sore dengan simulasi memandu di kompleks Museum`).
            if !inBody.isEmpty, inBody.allSatisfy({ $0.priority == Int.min }),
               list.contains(where: { $0.range.lowerBound < text.bodyStart && $0.priority != Int.min }) {
                inBody = []
            }
            if let anchor {
                return (inBody.isEmpty ? list : inBody).min { a, b in
                    a.priority != b.priority ? a.priority > b.priority : anchor.rank(a.range, in: text) < anchor.rank(b.range, in: text)
                }
            }
            return (inBody.isEmpty ? list : inBody).min { a, b in a.priority != b.priority ? a.priority > b.priority : a.range.lowerBound < b.range.lowerBound }
        }
        // The place phrase (a venue or only an area) weighs the city; only an administrative area (Desa
        // Pombewe, Kecamatan Sigi Biromaru; Lembang, Bandung) is no venue.
        let place = best(venues)
        // Round 22 (CORE22, heldout13 z015): a bare name inside the place that the text also gives a village (`di
        // Balai Ekonomi Desa (Balkondes) Karanganyar` and `homestay percontohan di Desa Karanganyar`) is that
        // village's: it weighs no kabupaten/kota.
        if !villageValues.isEmpty, let p = place?.range {
            kept.removeAll { m in
                m.prefix == .none && m.range.overlaps(p) && regionNames.value(t, m.range).map { villageValues.contains($0) } == true
            }
        }
        // Round 38 (probe c02): a bare name that the text also writes as a kecamatan (`Kecamatan Padang`) of a kabupaten
        // it names too (`LUMAJANG –`) is that kecamatan wherever it stands bare (`Koramil 0821/13 Padang`, `Camat
        // Padang`, `halaman Kantor Kecamatan Padang`), not the kota of the same name on another island: it weighs no
        // kabupaten/kota. Not when the bare name is also that kabupaten's own (`Kecamatan Sumedang Utara`, `Sumedang`).
        // Linear in the mentions.
        if kept.contains(where: { $0.prefix == .district }) {
            let named = Set(kept.flatMap(\.level2))
            var homonyms: [String: Set<String>] = [:]
            for m in kept where m.prefix == .district {
                for c in m.codes {
                    guard let parent = gazetteer.region(c)?.parent, named.contains(parent) else { continue }
                    homonyms[m.name, default: []].insert(parent)
                }
            }
            if !homonyms.isEmpty {
                kept.removeAll { m in
                    guard m.prefix == .none, let parents = homonyms[m.name] else { return false }
                    return !m.level2.contains(where: parents.contains)
                }
            }
        }
        var areaOnly: [Bool] = []
        areaOnly.reserveCapacity(venues.count)
        for v in venues { areaOnly.append(isAreaOnly(v.range, text)) }
        // Round 20 (CORE20, heldout12 y047): the other places held by the event's clause that name only an area
        // (`menggelar pelatihan ... di Kalurahan Banaran, Kapanewon Galur, Kabupaten Kulon Progo`, while a hall is
        // the venue) also say where it was: their regions weigh the city as the place's do (more than an organizer's
        // name: `Tim Universitas ... Yogyakarta menggelar pelatihan di ..., Kabupaten Kulon Progo`).
        let areaPlaces = venues.indices.filter { areaOnly[$0] }.map { venues[$0].range }
        venues = venues.indices.filter { !areaOnly[$0] }.map { venues[$0] }
        // Round 16: a place followed by a later day or a session of the event (`melatih teknik borgol di lapangan apel
        // Polres pada hari kedua`, `di Kolam Renang Tirta pada sesi kedua`) is that part's place: it yields to every
        // other venue (not `pada hari Senin`).
        // Round 35 (heldout20 look b035): so does a room with a floor's number in a building that points back to one
        // named before (`di ballroom lantai 2 hotel tersebut`): see `roomPointingBack`.
        for i in venues.indices where partPlace(after: venues[i].range, text) || laterDayOpens(venues[i].range, text)
            || roomPointingBack(venues[i].range, text)
        {
            venues[i].priority = Int.min
        }
        // Round 21 (CORE21, heldout13 z007): a place named in a sentence about a ceremony held with the training (`Apel
        // dipimpin langsung oleh Kapolres ..., bertempat di lapangan apel Mapolres`, `Upacara pembukaan digelar di
        // Lapangan X`) is the ceremony's: it yields to every other venue (`kegiatan dilanjutkan dengan pelatihan di
        // Aula Wira Pratama`).
        // Round 27 (VEN27): a place only of the practice (`Siangnya semua peserta praktik langsung di lahan gambut
        // belakang Dusun III`, `Setelah itu peserta melakukan praktik di lapangan Mapolres`) yields to every other
        // venue too (see `practicePlace`).
        for i in venues.indices where ceremonySentence(venues[i].range, text) || closingPlace(venues[i].range, text)
            || originPlace(venues[i].range, text) || practicePlace(venues[i].range, text)
        {
            venues[i].priority = Int.min
        }
        // Round 23 (CORE23): the place from which someone joins an event held online (`Gubernur memberikan sambutan
        // dari ruang kerjanya di Kantor Gubernur Jambi`, `membuka pelatihan secara virtual dari Pendopo Kabupaten`)
        // is that person's, not the event's.
        venues.removeAll { remotePlace($0.range, text) }
        // Round 20 (CORE20, heldout10 v029): a place only of the opening (`Pelatihan dibuka di Ruang Rapat Utama Kantor
        // Bupati, sedangkan seluruh sesi ... berlangsung di Hotel X`) yields to the place of the sessions set against it.
        // Candidates are read by sentence, so that many openings stay linear.
        let opening = venues.map { openingPlace($0.range, text) }
        var bySentence: [Int: [Int]] = [:]
        for i in venues.indices where !opening[i] && venues[i].range.lowerBound < t.count {
            bySentence[t[venues[i].range.lowerBound].sentence, default: []].append(i)
        }
        // Round 24 (CORE24, heldout16 d057; heldout10 v029 in one sentence): an opening's place yields to a place the
        // whole of the sessions is said to be held at in another sentence (`Pembukaan berlangsung di Pendopo X. Setelah
        // pembukaan, seluruh rangkaian materi ... dilaksanakan di Aula Y`).
        let wholeSessionsElsewhere = opening.contains(true) && venues.indices.contains { o in
            !opening[o] && venues[o].range.lowerBound >= text.bodyStart && wholeSessionsPlace(venues[o].range, text)
        }
        for i in venues.indices where opening[i] && venues[i].range.lowerBound < t.count {
            if wholeSessionsElsewhere {
                venues[i].priority = Int.min
                continue
            }
            let others = bySentence[t[venues[i].range.lowerBound].sentence] ?? []
            if others.prefix(8).contains(where: { o in
                contrasted(venues[i].range, venues[o].range, text) && !practiceBetween(venues[i].range, venues[o].range, text)
            }) {
                venues[i].priority = Int.min
            }
        }
        let openingRanges = Set(venues.indices.filter { opening[$0] }.map { venues[$0].range })
        var venue = best(venues)
        // An event held at several places at once (`dipusatkan di lima lokasi berbeda, yaitu ...`) has no venue.
        if let v = venue, severalPlaces(inSentenceOf: v.range.lowerBound, text) { venue = nil }
        // Round 19 (heldout11 w023, w051): a venue only the headline names, while the body writes the place without
        // its name (`di sebuah hotel di Jember`, `di salah satu hotel`): the headline shortened an unnamed place.
        if let v = venue, v.range.lowerBound < text.bodyStart, unnamedPlaceInBody(text) { venue = nil }
        // An event held at two places (`di Aula Bappeda dan Balai Desa Sardonoharjo`, `teori di Aula Bappeda,
        // sedangkan praktik di Posyandu Melati`) has no one venue.
        if let v = venue, twoPlaces(after: v.range, candidates: venues.map(\.range).filter { c in
            openingRanges.contains(c) ? openingRanges.contains(v.range) : true
        }, lowerPlaces: lowerPlaces, text) { venue = nil }
        var findings = Findings()
        if var v = venue {
            v.range = trimVenue(v.range, text)
            venue = v
        }
        findings.venueRange = venue?.range

        // Weigh each kabupaten/kota and province.
        let titleEnd = text.lineRange(0).upperBound
        var decided: [String: Double] = [:]
        var ambiguous: [String: Double] = [:]
        var provinces: [String: Double] = [:]
        var districtCodes: [([String], Range<Int>)] = []
        var strongest: [String: Range<Int>] = [:]
        let tail = place.map { addressTail(after: $0.range, text) } ?? 0..<0
        for m in kept {
            // Round 20 (CORE20, heldout7 q057): a region on a line of links to other stories (`Baca juga: Jalan Lintas
            // Timur di Mesuji Rusak Parah`) is theirs.
            let line = text.line(of: m.range.lowerBound)
            if line >= 0, line < text.structure.kinds.count, text.structure.kinds[line] == .related { continue }
            var w = 1.0
            if let v = place?.range, v.overlaps(m.range) { w += 8 }
            else if areaPlaces.contains(where: { $0.overlaps(m.range) }) { w += 8 }
            // Round 22 (CORE22, heldout14 x017): the end of the place's street address (`di Auditorium ..., Kampus
            // Terpadu UII, Jalan Kaliurang km 14,5, Sleman`) names where it is, as the place does.
            else if tail.contains(m.range.lowerBound) { w += 8 }
            // An organizer's name weighs its region, unless the region is a bare name of a province and a kota
            // alike (`BSIP Bengkulu`, a provincial office, says nothing of Kota Bengkulu).
            if organizerRanges.contains(where: { $0.overlaps(m.range) }), !(m.prefix == .none && !m.level1.isEmpty) { w += 4 }
            if isDateline(m.range, text) { w += 3 }
            if m.range.lowerBound > 0, text.isWord(m.range.lowerBound - 1, "di") { w += 2 }
            // Round 39 (probe l04): a kabupaten or kota with its prefix closing an address after a comma in a sentence
            // of THE event (`yang ditempatkan di Negeri Liang, Kecamatan Salahutu, Kabupaten Maluku Tengah, Provinsi
            // Maluku, menggelar pelatihan`) says where it was held, as a place's own address does: more than bare names
            // elsewhere (`pesisir Pulau Ambon`, `jual ke Ambon`). Only right after a kecamatan's name (an address, not a
            // list of regions: `berasal dari Kabupaten Kupang, Kota Kupang, Malaka`), and not where people come from
            // (`peserta dari Desa X, Kecamatan Y, Kabupaten Z`).
            else if m.prefix == .kabupaten || m.prefix == .kota, m.range.lowerBound > 0, text.isWord(m.range.lowerBound - 1, ","),
                let anchor, anchor.proximity(of: m.range.lowerBound, in: text) == .sameSentence,
                Self.kecamatanWords.standsBefore(m.range.lowerBound - 1, within: 5, in: text, stoppingAt: Self.commas),
                !Self.originWords.standsBefore(m.range.lowerBound - 1, within: 14, in: text)
            {
                w += 2
            }
            if m.range.lowerBound < titleEnd { w += 1 }
            if m.prefix == .district {
                districtCodes.append((m.codes, m.range))
                continue
            }
            let level2 = m.level2
            let level1 = m.level1
            if level2.count == 1 {
                decided[level2[0], default: 0] += w
                if strongest[level2[0]] == nil { strongest[level2[0]] = m.range }
            } else if level2.count > 1 {
                for c in level2 {
                    ambiguous[c, default: 0] += w
                    if strongest[c] == nil { strongest[c] = m.range }
                }
            }
            if level2.isEmpty, level1.count == 1 {
                provinces[level1[0], default: 0] += w
                if strongest[level1[0]] == nil { strongest[level1[0]] = m.range }
            }
        }
        var location = EventLocation()
        if let v = venue?.range {
            location.venue = text.text(of: v)
            location.evidence = text.evidence(v)
        }
        let candidates = Set(decided.keys).union(ambiguous.keys)
        let ranked = candidates.sorted { a, b in
            let sa = (decided[a] ?? 0) + (ambiguous[a] ?? 0)
            let sb = (decided[b] ?? 0) + (ambiguous[b] ?? 0)
            return sa != sb ? sa > sb : a < b
        }
        var cityCode: String? = nil
        var provinceCode: String? = nil
        // A kabupaten/kota named inside the venue decides: the city is where the event was held.
        // A bare name that is part of a venue's name (`Jogja Expo Center, Kabupaten Bantul`, `Hotel Santika
        // Pekalongan`) yields to a kabupaten/kota the phrase names with its prefix.
        // Round 34 (heldout18 look f027): a bare name followed by more capitalized words of the venue's own name
        // (`Hotel Kapuas Palace`) is a brand, not where the venue stands, and decides nothing; a bare name that ends
        // the venue's name (`Hotel Santika Pekalongan`) still does.
        let inPlace = kept.filter { m in place.map { $0.range.overlaps(m.range) } ?? false }.filter { $0.level2.count == 1 }
            .filter { m in
                guard m.prefix != .kabupaten, m.prefix != .kota, let v = place?.range else { return true }
                let next = m.range.upperBound
                return !(next < v.upperBound && next < t.count && t[next].kind == .word && (t[next].capitalized || t[next].allCaps))
            }
        let prefixedInPlace = inPlace.filter { $0.prefix == .kabupaten || $0.prefix == .kota }
        let inVenue = (prefixedInPlace.isEmpty ? inPlace : prefixedInPlace).map { $0.level2[0] }
        if let decisive = inVenue.first, Set(inVenue).count == 1 {
            cityCode = decisive
        } else if inVenue.isEmpty, let v = place?.range, let parent = kecamatanParent(in: v, among: candidates, text) {
            cityCode = parent
        } else if let best = ranked.first {
            let score = (decided[best] ?? 0) + (ambiguous[best] ?? 0)
            let rivals = ranked.dropFirst().filter { (decided[$0] ?? 0) + (ambiguous[$0] ?? 0) == score }
            if rivals.isEmpty {
                cityCode = best
            } else {
                let names = ([best] + rivals).compactMap { gazetteer.region($0)?.name }
                let ev = strongest[best].flatMap { text.evidence($0) }
                findings.warnings.append(RecordWarning(
                    code: "ambiguous-city",
                    message: "the text does not decide between \(names.joined(separator: " and ")); the city is left empty",
                    evidence: ev))
                let parents = Set(([best] + rivals).compactMap { gazetteer.province(of: $0)?.code })
                if parents.count == 1 { provinceCode = parents.first }
            }
        }
        if let c = cityCode, let r = gazetteer.region(c) {
            location.city = r.name
            location.regionCode = c
            provinceCode = gazetteer.province(of: c)?.code
            if location.evidence == nil, let range = strongest[c] { location.evidence = text.evidence(range) }
        }
        if provinceCode == nil, let p = provinces.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key })?.key {
            provinceCode = p
            if location.evidence == nil, let range = strongest[p] { location.evidence = text.evidence(range) }
        }
        if let p = provinceCode, let r = gazetteer.region(p) {
            location.province = r.name
            if location.regionCode == nil { location.regionCode = p }
        }
        // The kecamatan only when it is named at the event: inside the venue, in a sentence of the venue, or
        // in a sentence that names the event; a kecamatan named anywhere else is another place.
        let venueSentences = place.map { v in Set(v.range.map { t[$0].sentence }) } ?? []
        for (codes, range) in districtCodes {
            let before = range.lowerBound > 0 ? text.folded(range.lowerBound - 1) : ""
            let before2 = range.lowerBound > 1 ? text.folded(range.lowerBound - 2) : ""
            // Participants' origin ("peserta dari Kecamatan Teramang Jaya") is not where the event was.
            let origin = (before == "dari" || before == "asal" || before == "se" || before == "berasal") || (before2 == "dari" || before2 == "asal" || before2 == "berasal")
            let atEvent = anchor.map { $0.proximity(of: range.lowerBound, in: text) == .sameSentence } ?? false
            let near = (place.map { $0.range.overlaps(range) } ?? false) || venueSentences.contains(t[range.lowerBound].sentence) || atEvent
            guard near, !origin else { continue }
            let inCity = codes.filter { c in cityCode.map { gazetteer.region(c)?.parent == $0 } ?? (codes.count == 1) }
            if let d = inCity.first, let r = gazetteer.region(d) {
                location.district = r.name
                // No kabupaten/kota named: the kecamatan's decides (Kecamatan Pamulang is in Kota Tangerang Selatan).
                if cityCode == nil, let parent = r.parent, let pr = gazetteer.region(parent), provinceCode == nil || gazetteer.province(of: parent)?.code == provinceCode {
                    location.city = pr.name
                    location.regionCode = parent
                    if let p = gazetteer.province(of: parent) { location.province = p.name }
                }
                break
            }
        }
        if location.venue != nil || location.city != nil || location.province != nil {
            findings.location = location
        }
        return findings
    }

    /// The priority of a venue governed by a verb of holding (`location.venue-cue-head`).
    static let clausePriority = 3

    /// A verb of holding or opening (lexicon `venue_cue`) or the name of the event itself (lexicon `event_type`:
    /// `mengikuti pelatihan di Kampoeng Kopi Banaran`) in the clause before the `di` at `di`: at most 16 tokens
    /// back, not past a full stop, a semicolon or another `di` (`digelar pelatihan Peningkatan Kapasitas Relawan
    /// Penyuluh Sosial, Selasa (11/8/2020) di`).
    /// `orEvent: false` reads only the verbs (a venue word's priority is raised by a verb alone).
    func clauseHeld(before di: Int, _ text: AnalyzedText, orEvent: Bool = true) -> Bool {
        let t = text.tokens
        var p = di - 1
        while p >= 0, p >= di - 16, t[p].sentence == t[di].sentence {
            let f = text.folded(p)
            // Round 22 (CORE22, heldout14 x021): a passive of holding written in two words, as informal portals write
            // it (`Kegiatan yang di pusatkan di Aula Kantor Camat Lolayan`), is the verb, not another place's `di`.
            if f == "di", p + 1 < di, LocationExtractor.splitHeldStems.contains(p + 1, in: text) { return true }
            if f == "." || f == ";" || f == "di" { return false }
            if venueCue.longest(t, at: p) != nil || (orEvent && eventTypes.longest(t, at: p) != nil) { return true }
            p -= 1
        }
        return false
    }

    /// The stems of the passive verbs of holding (lexicon `venue_cue`) that informal writers part from their `di`.
    static let splitHeldStems: FoldedWords = ["gelar", "laksanakan", "selenggarakan", "adakan", "pusatkan", "helat", "langsungkan"]

    /// An act that is not the event (lexicon `other_occasion`: `meninjau`, `meresmikan`, `ditemui`) in the clause
    /// before the cue at `start`, or a time of another occasion (lexicon `past_occasion`: `tahun lalu`) anywhere
    /// before it in its sentence or in the four tokens after it:
    /// the place is that act's or that occasion's (`Bupati meninjau jembatan di Desa X dan meresmikan gedung di
    /// Balai Desa Y`, `Kepala Dinas yang ditemui di ruang kerjanya di Kantor Dinas Sosial`, `Tahun lalu, pelatihan
    /// serupa digelar di Aula Bappeda`). The clause: at most 10 tokens back, not past a comma, a full stop or a
    /// semicolon, nor past a verb of holding (`menggelar pelatihan usai meninjau posyandu, di Aula X`); the time: at
    /// most 16 tokens back (`serupa digelar di Aula Bappeda tahun lalu` too).
    func otherOccasion(before start: Int, after end: Int, acts: [Int], times: [Int], _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard start < t.count else { return false }
        let s = t[start].sentence
        if times.contains(where: { $0 < end + 4 && $0 >= start - 16 && t[$0].sentence == s }) { return true }
        // The act's clause: nothing between it and the cue ends it (a comma, a full stop, a semicolon, a verb of holding).
        for a in acts where a < start && a >= start - 10 && t[a].sentence == s {
            var p = a + 1
            var open = true
            while p < start {
                let f = text.folded(p)
                if f == "," || f == ";" || f == "." || venueCue.longest(t, at: p) != nil { open = false; break }
                p += 1
            }
            if open { return true }
        }
        return false
    }

    /// Words between two places of one sentence that set them side by side (`teori di Aula A, sedangkan praktik
    /// di Gedung B`, `di Aula A, kemudian di Balai B`).
    static let contrastWords: FoldedWords = ["sedangkan", "sementara", "kemudian", "lalu", "dilanjutkan", "berlanjut"]
    static let strictContrastWords: FoldedWords = ["sedangkan", "sementara"]
    /// Words naming a part of the event (`praktik`, `materi`, `hari kedua`): a lower-case place after a word of
    /// contrast is another venue of the event only with one of them between (`sedangkan praktik di kebun`), not
    /// `sementara sebagian peserta menginap di rumah warga`.
    static let eventPartWords: FoldedWords = ["praktik", "praktek", "praktiknya", "prakteknya", "teori", "teorinya", "materi",
                                              "sesi", "hari", "pelatihan", "pelatihannya", "kegiatan", "pembukaan",
                                              "penutupan", "simulasi", "demonstrasi", "demo", "kunjungan", "tahap", "tahapan"]

    /// Words for a ceremony held beside a training (an assembly, a flag ceremony).
    static let ceremonyWords: FoldedWords = ["apel", "upacara"]

    /// Round 21 (CORE21, heldout13 z007): whether the sentence of a place opens with a word of ceremony (`Apel dipimpin
    /// langsung oleh Kapolres ..., bertempat di lapangan apel Mapolres`); at most 30 tokens back.
    func ceremonySentence(_ v: Range<Int>, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard v.lowerBound > 0, v.lowerBound < t.count else { return false }
        let s = t[v.lowerBound].sentence
        var p = v.lowerBound - 1
        while p > 0, p >= v.lowerBound - 30, t[p - 1].sentence == s { p -= 1 }
        guard p == 0 || t[p - 1].sentence != s else { return false }
        return t[p].sentence == s && LocationExtractor.ceremonyWords.contains(p, in: text)
    }

    /// Round 21 (CORE21, heldout13 z011): whether a place is where participants come from or work: its sentence opens
    /// with `peserta`/`pesertanya` (at most 25 tokens back), a word of origin or of listing follows (`dari`, `berasal`,
    /// `asal`, `terdiri`, `yakni`, `yaitu`) and no verb of holding stands between it and the place (`Pesertanya mulai
    /// dari pemandu di Pantai Lumban Bulbul, pengemudi perahu ...`; not `Peserta dari 12 desa berkumpul ... dan pelatihan
    /// digelar di Aula X`).
    func originPlace(_ r: Range<Int>, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard r.lowerBound >= 3, r.lowerBound < t.count, text.isWord(r.lowerBound - 1, "di") else { return false }
        let s = t[r.lowerBound].sentence
        var p = r.lowerBound - 2
        var origin = false
        while p >= 0, p >= r.lowerBound - 25, t[p].sentence == s {
            let f = text.folded(p)
            if venueCue.longest(t, at: p) != nil || eventTypes.longest(t, at: p) != nil { return false }
            // Round 21 (the merge's review): a passive of the event's own act between them (`Peserta yang berasal dari
            // 10 desa itu dilatih di Aula Puskesmas`): the place is where they were trained.
            if LocationExtractor.isPassiveVerb(f, text.tokens[p]) { return false }
            if LocationExtractor.originWords.contains(f) { origin = true }
            if p == 0 || t[p - 1].sentence != s {
                return origin && (f == "peserta" || f == "pesertanya")
            }
            p -= 1
        }
        return false
    }

    static let originWords: FoldedWords = ["dari", "berasal", "asal", "terdiri", "yakni", "yaitu"]

    /// Round 23 (CORE23): words of taking part from afar (`secara virtual`, `daring`, `melalui Zoom`).
    static let remoteWords: FoldedWords = ["virtual", "virtually", "daring", "online", "zoom", "streaming", "video",
                                           "telekonferensi", "konferensi"]

    /// Review of round 23: words of time that end in `-nya` (`sore harinya`, `malamnya`), no place of one's own.
    static let timeNyaWords: FoldedWords = ["harinya", "malamnya", "paginya", "siangnya", "sorenya", "esoknya", "besoknya",
                                            "lusanya", "minggunya", "pekannya", "bulannya", "tahunnya", "waktunya",
                                            "akhirnya", "selanjutnya", "berikutnya", "sebelumnya", "sesudahnya",
                                            "setelahnya", "jamnya", "subuhnya", "petangnya"]

    /// Round 23 (CORE23): whether a place is where someone joins from: `dari` and at most three lower-case words
    /// with one that ends in `-nya` before its `di` (`dari ruang kerjanya di Kantor Gubernur`, `dari kantornya di`),
    /// or `dari` right before it (`dari Pendopo Kabupaten`, `dari ruang kerjanya di`) with a word of taking part from
    /// afar at most ten tokens before, in its sentence (`membuka pelatihan secara virtual dari Pendopo Kabupaten`).
    func remotePlace(_ r: Range<Int>, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard r.lowerBound >= 2, r.lowerBound < t.count else { return false }
        let s = t[r.lowerBound].sentence
        var from = r.lowerBound - 1
        if text.isWord(from, "di") {
            var p = from - 1
            var own = false
            while p >= 0, p >= from - 4, t[p].sentence == s, t[p].kind == .word, !t[p].capitalized, !t[p].allCaps {
                let f = text.folded(p)
                if f == "dari" { break }
                // Review of round 23: a time (`dari pagi hingga sore harinya di Aula X`) is no place of one's own.
                if f.hasSuffix("nya"), f.count > 4, !LocationExtractor.timeNyaWords.contains(f) { own = true }
                p -= 1
            }
            guard p >= 0, p < from - 1, text.isWord(p, "dari") else { return false }
            if own { return true }
            from = p
        }
        guard text.isWord(from, "dari") else { return false }
        var q = from - 1
        while q >= 0, q >= from - 10, t[q].sentence == s {
            if LocationExtractor.remoteWords.contains(q, in: text) { return true }
            q -= 1
        }
        return false
    }

    /// A verb in the passive `di-` written in lower case (`dilatih`, `dibekali`, `digelar`): at least six letters, and
    /// not a word that only starts like one (`dinas`, `diri`, `dirinya`, `disini`).
    static func isPassiveVerb(_ folded: String, _ token: Token) -> Bool {
        guard token.kind == .word, folded.count >= 6, folded.hasPrefix("di"), !token.capitalized else { return false }
        return !(folded == "dirinya" || folded == "disini" || folded == "disana" || folded == "dimana" || folded == "diantara" || folded == "diantaranya")
    }

    /// Round 21 (CORE21, heldout13 z011): whether a place is the closing's: a word of closing (`ditutup`, `penutupan`)
    /// at most ten tokens before its `di`, in its clause (`Pelatihan akan ditutup besok sore dengan simulasi memandu di
    /// kompleks Museum`).
    func closingPlace(_ r: Range<Int>, _ text: AnalyzedText) -> Bool {
        // Round 21 (the merge's review): the event's own verb after the closing's (`Pelatihan yang dibuka Senin dan
        // ditutup Rabu itu berlangsung di Aula Hotel X`): the place is the event's.
        wordBeforeItsDi(r, within: 11, LocationExtractor.closingWords, stopAtTheEventsVerb: true, text)
    }

    /// Whether a word of `words` stands at most `within` tokens before the `di` that opens the place `r`, in its
    /// clause: a comma, a semicolon, a colon, another `di`, `sedangkan` or `sementara` ends the clause first. With
    /// `stopAtTheEventsVerb`, a verb of holding (lexicon venue_cue) or a passive `di-` verb that is not one of `words`
    /// ends it too (the place is then the event's). Reads at most `within` tokens.
    func wordBeforeItsDi(_ r: Range<Int>, within: Int, _ words: FoldedWords, stopAtTheEventsVerb: Bool, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard r.lowerBound >= 2, r.lowerBound < t.count, text.isWord(r.lowerBound - 1, "di") else { return false }
        var p = r.lowerBound - 2
        while p >= max(0, r.lowerBound - within), t[p].sentence == t[r.lowerBound].sentence {
            // Round 30 (SPEED30): the token's key made once and both sets asked with it; the string is made only for
            // the passive verb's test.
            let key = FoldedWords.key(of: p, in: text)
            if Self.wordBeforeItsDiStops.contains(key, token: p, in: text) { return false }
            let isOneOfWords = words.contains(key, token: p, in: text)
            if stopAtTheEventsVerb,
               venueCue.longest(t, at: p) != nil || (LocationExtractor.isPassiveVerb(text.folded(p), t[p]) && !isOneOfWords) {
                return false
            }
            if isOneOfWords { return true }
            p -= 1
        }
        return false
    }

    /// Where ``wordBeforeItsDi(_:within:_:stopAtTheEventsVerb:_:)`` stops looking back (kept once, not built per call).
    static let wordBeforeItsDiStops: FoldedWords = [",", ";", ":", "di", "sedangkan", "sementara"]

    static let closingWords: FoldedWords = ["ditutup", "penutupan", "penutupannya"]

    /// Round 27 (VEN27): whether a place is only the practice's: a word of practice (`praktik`, `simulasi`) at most
    /// nine tokens before its `di`, in its clause (a comma, a colon, another `di`, `sedangkan` end it), and no word
    /// there of the class or of the whole training (`teori dan praktik di BLK X`, `pelatihan praktik menjahit di
    /// Aula Y` stay the event's place). Reads at most nine tokens per venue candidate.
    func practicePlace(_ r: Range<Int>, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard r.lowerBound >= 2, r.lowerBound < t.count, text.isWord(r.lowerBound - 1, "di") else { return false }
        var practice = false
        var p = r.lowerBound - 2
        while p >= max(0, r.lowerBound - 10), t[p].sentence == t[r.lowerBound].sentence {
            // Round 30 (SPEED30): the token's key made once and the three sets asked with it (no string made).
            let key = FoldedWords.key(of: p, in: text)
            if Self.wordBeforeItsDiStops.contains(key, token: p, in: text) { break }
            if Self.classWords.contains(key, token: p, in: text) || eventTypes.longest(t, at: p) != nil { return false }
            if Self.practiceOnlyWords.contains(key, token: p, in: text) { practice = true }
            p -= 1
        }
        return practice
    }

    /// Round 27 (VEN27): words of a practice session.
    static let practiceOnlyWords: FoldedWords = ["praktik", "praktek", "praktiknya", "prakteknya", "simulasi"]

    /// Round 27 (VEN27): words of the class or the whole event beside a practice word (`teori dan praktik`).
    static let classWords: FoldedWords = ["teori", "teorinya", "materi", "kelas", "pembelajaran", "rangkaian"]

    /// A later part of the event right after a place (`pada hari kedua`, `di hari terakhir`, `pada sesi kedua`,
    /// `saat praktik hari ketiga`): `pada`/`di`/`saat`, `hari` or `sesi`, and an ordinal past the first.
    func partPlace(after v: Range<Int>, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        var p = v.upperBound
        guard p + 2 < t.count, (text.isWord(p, "pada") || text.isWord(p, "di") || text.isWord(p, "saat") || text.isWord(p, "ketika")) else { return false }
        p += 1
        guard (text.isWord(p, "hari") || text.isWord(p, "sesi")) else { return false }
        guard LocationExtractor.laterOrdinals.contains(p + 1, in: text) else { return false }
        // Round 16 (review): the ordinal ends the phrase (a mark, the sentence's end, a word of the clause) or is
        // followed by the training's own words (`pada hari kedua pelatihan`); not the day of another event
        // (`pada hari kedua Pekan Pangan Lokal`, `pada hari ketiga festival`).
        let q = p + 2
        guard q < t.count, t[q].sentence == t[p].sentence, t[q].kind == .word else { return true }
        let f = text.folded(q)
        return LocationExtractor.eventPartWords.contains(f) || LocationExtractor.partFollowers.contains(f)
    }

    /// Round 23 (CORE23, heldout15 j015): whether the sentence of a place opens with a later day or session of the
    /// event (`Pada hari ketiga, peserta diajak praktik ... di dermaga milik KSOP`, `Hari kedua diisi praktik di ...`,
    /// `Di sesi terakhir, ...`): `pada`, `di`, `saat` or `memasuki` may stand first, then `hari` or `sesi` and an ordinal
    /// past the first. Reads at most 30 tokens back.
    func laterDayOpens(_ v: Range<Int>, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard v.lowerBound > 0, v.lowerBound < t.count else { return false }
        let s = t[v.lowerBound].sentence
        var p = v.lowerBound
        while p > 0, p > v.lowerBound - 30, t[p - 1].sentence == s { p -= 1 }
        guard p == 0 || t[p - 1].sentence != s else { return false }
        if Self.laterDayOpeners.contains(p, in: text) { p += 1 }
        guard p + 1 < v.lowerBound, text.isWord(p, in: ("hari", "sesi")) else { return false }
        return LocationExtractor.laterOrdinals.contains(p + 1, in: text) && !text.isWord(p + 1, "penutupan")
    }

    /// Round 16 (review): words that may follow `pada hari kedua` in a clause about the training's own part.
    static let laterDayOpeners: FoldedWords = ["pada", "di", "saat", "memasuki"]

    static let partFollowers: FoldedWords = ["dan", "serta", "di", "ke", "bersama", "yang", "dengan", "untuk", "ini", "itu", "tersebut", "pun", "juga",
                                             "lalu", "kemudian", "sedangkan", "sementara", "peserta", "para", "bimtek",
                                             "workshop", "pelatihan", "acara", "senin", "selasa", "rabu", "kamis", "jumat",
                                             "sabtu", "minggu", "tanggal", "pukul", "mulai", "sejak", "hingga", "sampai"]

    static let laterOrdinals: FoldedWords = ["kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "terakhir", "berikutnya",
                                             "selanjutnya", "penutupan"]

    /// Whether the event's place is one of two: the venue is followed by `dan`/`serta`/`maupun`/`atau` and another
    /// capitalized venue head (`di Aula Bappeda Sleman dan Balai Desa Sardonoharjo`), or another venue of its
    /// sentence stands before or after it with a word of contrast or sequence between them (`sedangkan`,
    /// `kemudian`), at most 24 tokens apart.
    ///
    /// Round 15: a lower-case place (`lowerPlaces`: `di kebun percontohan milik kelompok`) counts only after a word
    /// of contrast (`sedangkan`, `sementara`; not `sedang`, the ordinary `currently`) followed by a word naming a part of
    /// the event (`eventPartWords`: `sedangkan praktik di kebun`), not of sequence: `Materi diberikan di aula SMPN 1, lalu dilanjutkan
    /// praktik di lapangan upacara sekolah` is one venue and its grounds.
    func twoPlaces(after v: Range<Int>, candidates: [Range<Int>], lowerPlaces: [Range<Int>] = [], _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        let p = v.upperBound
        guard p < t.count else { return false }
        if LocationExtractor.bothJoiners.contains(p, in: text), !text.isWord(p, "/") {
            var q = p + 1
            if q < t.count, text.isWord(q, "di") { q += 1 }
            if q < t.count, t[q].capitalized || t[q].allCaps, venueHeads.longest(t, at: q) != nil { return true }
        }
        // Another venue of the sentence, before or after it, with a word of contrast or sequence between them (at
        // most 24 tokens apart).
        let s = t[v.lowerBound].sentence
        for c in candidates where !c.overlaps(v) && c.lowerBound < t.count && t[c.lowerBound].sentence == s {
            let (a, b) = c.lowerBound < v.lowerBound ? (c, v) : (v, c)
            // Round 18: the gap between them is a range only when the two do not overlap (candidates are never
            // empty, which `overlaps` needs to tell): said here, not left to the callers.
            guard a.upperBound <= b.lowerBound, b.lowerBound - a.upperBound <= 24 else { continue }
            let between = a.upperBound..<b.lowerBound
            guard between.contains(where: { LocationExtractor.contrastWords.contains($0, in: text) }) else { continue }
            // Round 16: a word of sequence only (`dipusatkan di Balai X dan dilanjutkan praktik ... di demplot milik
            // Gapoktan Y`, `lalu berlanjut dengan praktik di kolam milik Pokdakan Z`) sends a later part of the event
            // elsewhere: the venue, named first, stays. A word of contrast (`sedangkan`, `sementara`) sets two places.
            // Round 16 (review): not when the event moves from place to place (`digelar bergilir di A, kemudian di B
            // dan terakhir di C`, `serentak di A, lalu di B, dan di C`): a word of rotation in the sentence, or a
            // third place, keeps several places.
            // Round 23 (CORE23, heldout15 j039): the place of a practice set against the venue after it (`Sesi kelas
            // dilaksanakan di Balai Pertemuan Desa X, sedangkan praktik pengolahan berlangsung di rumah produksi milik
            // KWT Y`): a word of practice after the word of contrast, and none of the whole of the sessions; the
            // venue, named first, stays.
            // Review of round 23: not an opening's place (`Pelatihan dibuka di Pendopo X, sedangkan praktik ...
            // berlangsung di Rumah Produksi Y`): an opening is no class.
            if a == v, let k = between.last(where: { LocationExtractor.strictContrastWords.contains($0, in: text) }),
               practiceBetween(k..<(k + 1), c, text), !openingPlace(v, text) {
                continue
            }
            if a == v, !between.contains(where: { LocationExtractor.strictContrastWords.contains($0, in: text) }),
                !rotates(inSentence: s, around: v, text),
                !candidates.contains(where: { $0.lowerBound >= c.upperBound && $0.lowerBound - c.upperBound <= 24
                    && $0.lowerBound < t.count && t[$0.lowerBound].sentence == s })
            {
                continue
            }
            return true
        }
        for c in lowerPlaces where c.lowerBound >= v.upperBound && c.lowerBound - v.upperBound <= 24 && t[c.lowerBound].sentence == s {
            // Round 15 fix: a word naming a part of the event between the contrast and the place.
            guard let k = (v.upperBound..<c.lowerBound).last(where: { LocationExtractor.strictContrastWords.contains($0, in: text) })
            else { continue }
            if (k + 1..<c.lowerBound).contains(where: { LocationExtractor.eventPartWords.contains($0, in: text) }) { return true }
        }
        return false
    }

    /// Round 20 (CORE20): whether a place is named as the opening's only: `di` at most four tokens after a word of
    /// opening in its clause (`dibuka di`, `dibuka secara resmi di`, `Pembukaan pelatihan berlangsung di`, `upacara
    /// pembukaan digelar di`).
    /// Review of round 20: words of a practice or a field session (`sedangkan praktik membatik berlangsung di Rumah
    /// Produksi ...`): the place set against the opening is then a second place of the event, not its sessions'.
    static let practiceWords: FoldedWords = ["praktik", "praktek", "praktiknya", "prakteknya", "simulasi", "kunjungan", "lapangan"]

    /// Whether a word of practice, and none of the whole of the sessions, stands between two venues of one sentence (at
    /// most 40 tokens are read).
    func practiceBetween(_ a: Range<Int>, _ b: Range<Int>, _ text: AnalyzedText) -> Bool {
        let lo = min(a.upperBound, b.upperBound), hi = max(a.lowerBound, b.lowerBound)
        guard lo < hi, hi <= text.tokens.count else { return false }
        var practice = false
        for i in lo..<min(hi, lo + 40) {
            let f = text.folded(i)
            // `seluruh sesi materi dan praktik berlangsung di Hotel X` (heldout10 v029): the sessions' place.
            if Self.sessionWords.contains(f) { return false }
            if Self.practiceWords.contains(f) { practice = true }
        }
        return practice
    }

    /// Words that name the whole of an event's sessions (`seluruh sesi`, `semua materi`).
    static let sessionWords: FoldedWords = ["sesi", "materi", "seluruh", "semua"]

    /// Whether a place is only the opening's: a word of opening (`dibuka`, `pembukaan`) at most six tokens before its
    /// `di`, in its clause.
    func openingPlace(_ r: Range<Int>, _ text: AnalyzedText) -> Bool {
        wordBeforeItsDi(r, within: 6, LocationExtractor.openingWords, stopAtTheEventsVerb: false, text)
    }

    static let openingWords: FoldedWords = ["dibuka", "pembukaan", "pembukaannya"]

    /// Round 24 (CORE24): whether a place is said to hold the whole of the sessions: a word of the whole (`seluruh`,
    /// `semua`, `rangkaian`) and a word of the sessions (`sesi`, `materi`, `kegiatan` ...) in the clause before its
    /// `di`, at most twelve tokens back (`seluruh rangkaian materi ... dilaksanakan di Aula Y`, `semua sesi kelas
    /// berlangsung di Hotel X`; not `seluruh peserta menginap di Hotel X`).
    /// Round 24 review (MENDA24): and a verb of holding in that clause (`dilaksanakan`, `berlangsung`, `digelar`), so
    /// that where the participants stay or eat is no place of the sessions (`Seluruh peserta pelatihan kemudian
    /// menginap di Hotel X`, `semua peserta kegiatan diajak makan siang di Rumah Makan Y`).
    func wholeSessionsPlace(_ r: Range<Int>, _ text: AnalyzedText) -> Bool {
        wordBeforeItsDi(r, within: 12, LocationExtractor.wholeWords, stopAtTheEventsVerb: false, text)
            && wordBeforeItsDi(r, within: 12, LocationExtractor.sessionNouns, stopAtTheEventsVerb: false, text)
            && wordBeforeItsDi(r, within: 12, LocationExtractor.holdingVerbs, stopAtTheEventsVerb: false, text)
    }

    /// Round 24 review (MENDA24): the verbs by which the sessions take place at a place.
    static let holdingVerbs: FoldedWords = ["dilaksanakan", "berlangsung", "digelar", "diadakan", "diselenggarakan",
                                            "dilangsungkan", "dihelat", "dipusatkan", "bertempat", "berlokasi",
                                            "terlaksana", "terselenggara", "dilakukan", "dijalankan", "dilanjutkan"]

    static let wholeWords: FoldedWords = ["seluruh", "semua", "keseluruhan", "rangkaian"]
    static let sessionNouns: FoldedWords = ["sesi", "materi", "kegiatan", "pelatihan", "acara", "pembelajaran",
                                            "kelas", "pelajaran", "bimtek", "klinik"]

    /// Round 20 (CORE20): whether two places of one sentence, at most 24 tokens apart, are set against each other by a
    /// word of contrast between them (`sedangkan`, `sementara`).
    func contrasted(_ a0: Range<Int>, _ b0: Range<Int>, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard !a0.overlaps(b0), a0.lowerBound < t.count, b0.lowerBound < t.count,
              t[a0.lowerBound].sentence == t[b0.lowerBound].sentence else { return false }
        let (a, b) = a0.lowerBound < b0.lowerBound ? (a0, b0) : (b0, a0)
        guard a.upperBound <= b.lowerBound, b.lowerBound - a.upperBound <= 24 else { return false }
        return (a.upperBound..<b.lowerBound).contains { LocationExtractor.strictContrastWords.contains($0, in: text) }
    }

    static let rotationWords: FoldedWords = ["bergilir", "serentak", "bergantian", "berpindah", "berkeliling", "terakhir"]

    /// Round 16 (review): a word of rotation (`bergilir`, `serentak`, `bergantian`, `terakhir di`) in sentence `s`, at
    /// most 30 tokens around the venue.
    func rotates(inSentence s: Int, around v: Range<Int>, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        var p = max(0, v.lowerBound - 30)
        let end = min(t.count, v.upperBound + 30)
        while p < end {
            let f = text.folded(p)
            if t[p].sentence == s, LocationExtractor.rotationWords.contains(f),
                f != "terakhir" || (p + 1 < t.count && text.isWord(p + 1, "di"))
            {
                return true
            }
            p += 1
        }
        return false
    }

    static let areaHeads: FoldedWords = ["desa", "kelurahan", "kecamatan", "kec", "kabupaten", "kab", "kota", "provinsi", "dusun",
                                         "kampung", "pekon", "nagari", "gampong", "distrik", "wilayah", "daerah", "kawasan",
                                         // Round 20 (CORE20, heldout12 y047): the village, sub-village and district words
                                         // of Yogyakarta and of Minangkabau (Kalurahan, Padukuhan, Kapanewon, Kemantren;
                                         // Jorong, Korong)
                                         "kalurahan", "padukuhan", "kapanewon", "kemantren", "jorong", "korong"]

    static let severalWords: FoldedWords = ["dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
                                            "beberapa", "sejumlah", "berbagai", "banyak"]

    /// `di`/`pada` and a count of places (`di lima lokasi`, `di 5 tempat`, `di beberapa lokasi`) in the sentence
    /// of token `i` (read at most 60 tokens either way): the event is held at several venues.
    /// Round 19: whether the body writes a place without its name: `di`, `sebuah` or `salah satu`, and a venue word
    /// (`di sebuah hotel di Muntok`, `di salah satu gedung serbaguna`), not on a noise line. Read only when the
    /// chosen venue stands in the headline.
    func unnamedPlaceInBody(_ text: AnalyzedText) -> Bool {
        let t = text.tokens
        var i = max(0, text.bodyStart)
        while i + 2 < t.count {
            if text.isWord(i, "di") {
                var q = i + 1
                if text.isWord(q, "sebuah") {
                    q += 1
                } else if text.isWord(q, "salah"), text.isWord(q + 1, "satu") {
                    q += 2
                } else {
                    i += 1
                    continue
                }
                if q < t.count, venueHeads.longest(t, at: q) != nil, !text.isNoise(token: i) { return true }
            }
            i += 1
        }
        return false
    }

    func severalPlaces(inSentenceOf i: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        let s = t[i].sentence
        var p = max(0, i - 60)
        let end = min(t.count - 2, i + 60)
        while p < end {
            if t[p].sentence == s, text.isWord(p, in: ("di", "pada")),
                text.isWord(p + 2, in: ("lokasi", "tempat")),
                t[p + 1].kind == .number || LocationExtractor.severalWords.contains(p + 1, in: text)
            {
                return true
            }
            p += 1
        }
        return false
    }

    /// A venue fronted before its clause (`Bertempat di Aula Kantor Kecamatan Depok, Dinas Sosial Kabupaten
    /// Sleman menggelar ...`): the phrase after its last comma, followed by a lower-case word (the verb), is the
    /// clause's subject, not part of the venue. Fronted: the cue (`bertempat`, `di`) opens its sentence or its line,
    /// or follows the dateline's dash.
    func frontedCut(_ v: Range<Int>, _ text: AnalyzedText) -> Range<Int> {
        let t = text.tokens
        guard v.lowerBound >= 1, v.upperBound < t.count else { return v }
        var q = v.lowerBound - 1
        if q > 0, (text.isWord(q, "di") || text.isWord(q, "pada")), venueCue.longest(t, at: q - 1) != nil { q -= 1 }
        let opens = t[q].lineStart || q == 0 || t[q - 1].sentence != t[q].sentence
            || (text.isWord(q - 1, "-") || text.isWord(q - 1, "–") || text.isWord(q - 1, "—") || text.isWord(q - 1, "|"))
        guard opens, let comma = v.last(where: { text.isWord($0, ",") }), comma > v.lowerBound else { return v }
        // Round 21 (CORE21, heldout13 z057): a headline that fronts its venue (`Di Balai Desa Bukit Sari, Petani Kopi
        // Kepahiang Belajar Olah Kopi`) writes its clause in title case, with no lower-case verb to find: the venue ends
        // at its first comma.
        if let first = v.first(where: { text.isWord($0, ",") }), first > v.lowerBound,
           v.lowerBound < text.bodyStart || titleCaseLine(after: first, text)
        {
            return v.lowerBound..<first
        }
        var end = v.upperBound
        while end > comma + 1, t[end - 1].kind == .word, !t[end - 1].capitalized, !t[end - 1].allCaps { end -= 1 }
        let next = t[end]
        guard end < v.upperBound || (next.kind == .word && !next.capitalized && !next.allCaps) else { return v }
        return v.lowerBound..<comma
    }

    /// Words of a street address besides names and numbers (`km 14,5`, `No. 12`, `RT 03/RW 05`).
    static let addressWords: FoldedWords = ["km", "no", "nomor", "rt", "rw", "blok", "kav", "kavling"]

    /// Round 22 (CORE22, heldout14 x017): the tokens that carry on a place's street address after the place phrase
    /// ends (`..., Jalan Kaliurang km 14` then `,5, Sleman`): only when a street word stands in the place's last eight
    /// tokens; commas, numbers, capitalized words, address words and the dots of abbreviations, at most twelve tokens,
    /// not past its line or a full stop that ends a sentence. Empty when there is no address.
    func addressTail(after place: Range<Int>, _ text: AnalyzedText) -> Range<Int> {
        let t = text.tokens
        let end = place.upperBound
        guard end < t.count,
              (max(place.lowerBound, end - 8)..<end).contains(where: { LocationExtractor.streetWords.contains($0, in: text) })
        else { return end..<end }
        var p = end
        while p < min(t.count, end + 12), !t[p].lineStart {
            let f = text.folded(p)
            let tok = t[p]
            if f == "," || f == "/" || f == "-" || tok.kind == .number || tok.capitalized || tok.allCaps
                || LocationExtractor.addressWords.contains(f) {
                p += 1
                continue
            }
            if f == ".", p > end, LocationExtractor.addressWords.contains(p - 1, in: text) || LocationExtractor.streetWords.contains(p - 1, in: text) {
                p += 1
                continue
            }
            break
        }
        return end..<p
    }

    /// Round 22 (CORE22, heldout14 x019): whether a place is fronted by a headline in title case that the page's structure
    /// did not take for its title (`Diskominfops Inhil - Berita Daerah` above `Di Gedung Bappeda Inhil, BBPPEI Kemendag
    /// Latih IKM ...`): `di` opens the line, a comma ends the place and the rest of the line is in title case, and no
    /// paragraph of the article stands above it.
    func frontedHeadline(_ v: Range<Int>, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard v.lowerBound >= 1, v.upperBound < t.count, t[v.lowerBound - 1].lineStart, text.isWord(v.lowerBound - 1, "di"),
              text.isWord(v.upperBound, ","), titleCaseLine(after: v.upperBound, text) else { return false }
        let line = text.line(of: v.lowerBound)
        let kinds = text.structure.kinds
        guard line >= 0, line <= kinds.count else { return false }
        return !kinds[..<line].contains(.paragraph)
    }

    /// Lower-case words a headline in title case keeps (`Pelatihan Ekspor bagi Pelaku IKM di Inhil`).
    static let titleCaseJoiners: FoldedWords = ["di", "dan", "ke", "dari", "untuk", "bagi", "yang", "dengan", "pada", "atau", "serta", "se"]

    /// Round 22 (CORE22, heldout14 x019): whether the rest of a line after `comma` is a headline in title case: at least
    /// three words, every word capitalized or in capitals but the joiners of titles, and no full stop (`Di Gedung Bappeda
    /// Inhil, BBPPEI Kemendag Latih IKM Olahan Kelapa Tembus Pasar Ekspor` where the page's first line was taken for its
    /// title). Reads at most 40 tokens.
    func titleCaseLine(after comma: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        var p = comma + 1
        var words = 0
        while p < min(t.count, comma + 41), !t[p].lineStart {
            let tok = t[p]
            if tok.kind == .word {
                if !tok.capitalized && !tok.allCaps && !LocationExtractor.titleCaseJoiners.contains(p, in: text) { return false }
                words += 1
            } else if tok.kind == .punct, (text.isWord(p, ".") || text.isWord(p, "!") || text.isWord(p, "?")) {
                return false
            }
            p += 1
        }
        return words >= 3 && (p >= t.count || t[p].lineStart)
    }

    /// A venue phrase that names only an area: it starts with an area word (`Desa`, `Kelurahan`, `Kecamatan`),
    /// or its first segment is a region or kecamatan name.
    func isAreaOnly(_ r: Range<Int>, _ text: AnalyzedText) -> Bool {
        guard !r.isEmpty else { return true }
        if LocationExtractor.areaHeads.contains(r.lowerBound, in: text) { return true }
        var segmentEnd = r.lowerBound
        while segmentEnd < r.upperBound, !text.isWord(segmentEnd, ",") { segmentEnd += 1 }
        // The two lexicons read in place, not copied into an array.
        if let m = regionNames.longest(text.tokens, at: r.lowerBound), r.lowerBound + m.length == segmentEnd { return true }
        if let m = districtNames.longest(text.tokens, at: r.lowerBound), r.lowerBound + m.length == segmentEnd { return true }
        return false
    }

    /// The venue without the lower-case words after its last name (`Balai Desa Darek beberapa waktu` ->
    /// `Balai Desa Darek`) and without its address: the segments from the first one after a comma that is a
    /// street (`Jalan`, `Jl.`), a kabupaten, kota or province with its prefix (`Hotel Bentani, Kota Cirebon`), or
    /// a kecamatan or bare region name (`Kampoeng Kopi Banaran, Bawen, Kabupaten Semarang`); the last only when
    /// the name left has three words or more (`Rumah Difabel, Kecamatan Jebres` stays whole: two words alone are
    /// too little to find the place by).
    func trimVenue(_ r: Range<Int>, _ text: AnalyzedText) -> Range<Int> {
        let t = text.tokens
        var end = r.upperBound
        // Round 26 (CORE26): a building in lower case (`lowerBuilding`) loses only the words that point back to it and
        // its punctuation (`aula puskesmas tersebut` -> `aula puskesmas`); its other words are its name.
        if !t[r].contains(where: { $0.capitalized || $0.allCaps || $0.kind == .number }) {
            while end > r.lowerBound + 1, t[end - 1].kind == .punct || LocationExtractor.pointers.contains(end - 1, in: text) { end -= 1 }
            return r.lowerBound..<end
        }
        // Round 23 (CORE23): `dan` and a name right before an active verb is that verb's subject, not the end of an
        // office's name (`di Aula Dinkes dan Slamet membuka kegiatan itu`, `di Gedung Juang dan Bupati Andi
        // langsung membuka`): the venue ends before `dan`.
        if let d = subjectAfterAnd(r, text) { end = d }
        // Round 20 (CORE20, heldout12 y021, heldout3 k009): an address written on without a comma, after the name, by
        // a street word in lower case (`Hotel Rattan Inn Banjarmasin jalan A.Yani km 5`). Not a capitalized `Jalan` or
        // `Jl.` (realnews labels keep such an address: cutting it cost a venue of realnews test), nor a name
        // (`Balai Pelaksanaan Jalan Nasional`).
        var a = r.lowerBound + 2
        while a < end {
            let f = text.folded(a)
            if f == "jalan" || f == "jl" || f == "jln", !t[a].capitalized, !t[a].allCaps {
                end = a
                break
            }
            a += 1
        }
        var p = r.lowerBound + 1
        while p < end {
            guard text.isWord(p, ","), p + 1 < end else { p += 1; continue }
            let s = p + 1
            var segmentEnd = s
            while segmentEnd < end, !text.isWord(segmentEnd, ",") { segmentEnd += 1 }
            let street = LocationExtractor.streetWords.contains(s, in: text) && !text.isWord(s, "raya")
            let prefixed = prefixKab.longest(t, at: s) != nil || prefixKota.longest(t, at: s) != nil
                || prefixProvince.longest(t, at: s) != nil
            let district = prefixDistrict.longest(t, at: s) != nil
                || [regionNames, districtNames].contains { $0.longest(t, at: s).map { s + $0.length == segmentEnd } ?? false }
            if street || prefixed || district {
                let kept = t[r.lowerBound..<p].filter { $0.kind == .word || $0.kind == .number }.count
                if street || prefixed || kept >= 3 { end = p }
                break
            }
            p = segmentEnd
        }
        let named = end
        while end > r.lowerBound + 1 {
            let last = t[end - 1]
            // Round 21 (CORE21, heldout13 z059): a `)` that closes an abbreviation of the name (`Aula Dinas Peternakan
            // Kabupaten Timor Tengah Selatan (TTS)`) stays: cutting it left `(TTS`. Reads back at most six tokens.
            if text.isWord(end - 1, ")"), (max(r.lowerBound, end - 7)..<(end - 1)).contains(where: { text.isWord($0, "(") }) { break }
            if last.kind == .punct || (last.kind == .word && !last.capitalized && !last.allCaps) { end -= 1 } else { break }
        }
        // Round 28 (VEN28): a place written in lower case but for a floor's number (`ruang rapat lantai 2 kantor
        // bupati`) keeps the building its lower-case words name after the number, as a building in lower case does
        // (`lowerBuilding`): a venue head right after the number, then nouns only, at most four words, without the
        // words that point back (`tersebut`, `setempat`).
        if end < named, !t[r.lowerBound..<end].contains(where: { $0.capitalized || $0.allCaps }), venueHeads.longest(t, at: end) != nil {
            var e = end
            while e < min(named, end + 4), t[e].kind == .word, !LocationExtractor.pointers.contains(e, in: text) {
                let f = text.folded(e)
                if ParticipantExtractor.isVerbByPrefix(t[e], f) || (f.hasPrefix("di") && f.count >= 7) || LocationExtractor.notPlaceWords.contains(f)
                    || LocationExtractor.manyPlaces.contains(f) { break }
                e += 1
            }
            if e > end + 1 { end = e }
        }
        return r.lowerBound..<end
    }

    /// Round 35 (heldout20 look b035): whether the place at `r` is written in lower case but for a number (`ballroom
    /// lantai 2`) and is followed, within three tokens and no punctuation, by a building's head and `tersebut` or `itu`
    /// (`hotel tersebut`, `gedung itu`; not `pagi itu`: the review of round 35): the room of a building named before,
    /// whose name is the venue. Alone, it stays the venue (it yields, it is not dropped). Reads at most four tokens.
    func roomPointingBack(_ r: Range<Int>, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard r.lowerBound < t.count, r.upperBound <= t.count, !t[r].contains(where: { $0.capitalized || $0.allCaps }) else { return false }
        var q = r.lowerBound + 1
        while q < min(t.count, r.upperBound + 3) {
            if t[q].kind == .punct { return false }
            if text.isWord(q, "tersebut") || text.isWord(q, "itu") { return venueHeads.longest(t, at: q - 1) != nil }
            q += 1
        }
        return false
    }

    /// Round 26 (CORE26): words that end a place in lower case with something that is no name (`rumah kerabat sebelum`).
    static let notPlaceWords: FoldedWords = ["bisa", "dapat", "sebelum", "sesudah", "setelah", "masih", "sedang", "agar",
                                             "biar", "kalau", "jika", "sambil", "lagi", "saja", "sekali", "juga", "pun",
                                             // Round 27 (VEN27): a plot's size is no name (`di lahan seluas dua hektare`)
                                             "seluas", "luas", "luasnya", "berukuran", "sekitar", "kurang", "lebih"]

    /// Round 28 (VEN28): the word of `masing-masing` (`masing2`): each one's own place.
    static let eachOwn: FoldedWords = ["masing", "masing2"]
    /// Round 38 (probe c10): words of a plan (`berencana`, `rencananya`, `merencanakan`, `direncanakan`), looked for
    /// at most 30 tokens back in the sentence of a place.
    static let planWords: FoldedWords = ["berencana", "rencananya", "merencanakan", "direncanakan"]
    /// Round 45 (probe al09): words of another time of the same kind (`kembali`, `lagi`, `berikutnya`, `selanjutnya`,
    /// `lanjutan`), which with the future's `akan` make a sentence that names no mention of the event tell the next
    /// occurrence (`pihaknya akan menggelar latihan gabungan kembali pada bulan Juni di Pantai Koka`); `akan` alone
    /// may schedule the event itself (`Tahap klasikal akan berlangsung di Gedung Serbaguna ...`).
    static let againWords: FoldedWords = ["kembali", "lagi", "berikutnya", "selanjutnya", "lanjutan"]
    static let futureWords: FoldedWords = ["akan"]


    /// Round 26 (CORE26): words after a place that point back to one named before (`tersebut`, `setempat`).
    static let pointers: FoldedWords = ["tersebut", "setempat", "itu", "ini", "tadi", "sana"]

    /// Round 26 (CORE26): words that make a place in lower case many places or nobody's in particular (`di rumah
    /// masing-masing`, `di balai desa tiap desa`, `di rumah warga`, `di sebuah aula`, `di salah satu hotel`).
    static let manyPlaces: FoldedWords = ["masing", "masing2", "setiap", "tiap", "para", "warga", "sejumlah", "beberapa",
                                          "berbagai", "salah", "sebuah", "suatu", "seluruh", "semua", "penduduk", "peserta", "milik"]

    /// Round 26 (CORE26): a building written all in lower case, which reports of several writers name as the venue
    /// (`digelar di ruang pertemuan puskesmas tersebut`, `di laksanakan di aula puskesmas tersebut`, `berlangsung ...
    /// di balai desa puding`, `berlangsung di rumah produksi kelompok tersebut`): a venue head at its start, then,
    /// without the words that point back (`tersebut`, `setempat`), a second venue head (`aula puskesmas`) or three
    /// words in all (`balai desa puding`), at most five, nouns only; no word of many places in it or right after it
    /// (`manyPlaces`: `di rumah masing-masing`); a verb of holding in the clause before its `di` (`clauseHeld`). It is
    /// the venue only when no place with a name is a candidate (the lower-case words often point back to a named place:
    /// `aula sekolah`, `kolam renang hotel`). Not a lone head (`di lapangan`, `di ruang rapat`: any room, no
    /// building), as before. Reads at most the range and one token after it.
    func lowerBuilding(_ r: Range<Int>, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard r.lowerBound < t.count, r.upperBound <= t.count, let h = venueHeads.longest(t, at: r.lowerBound) else { return false }
        var end = r.upperBound
        while end > r.lowerBound + 1, t[end - 1].kind == .punct || LocationExtractor.pointers.contains(end - 1, in: text) { end -= 1 }
        let words = (r.lowerBound..<end).filter { t[$0].kind == .word }
        guard words.count == end - r.lowerBound, words.count <= 5 else { return false }
        if words.contains(where: { LocationExtractor.manyPlaces.contains($0, in: text) }) { return false }
        // Held there: a verb of holding in the clause before its `di` (`digelar di`, `di laksanakan di`).
        // Round 28 (VEN28): or the event's own noun a few words before it (`mengikuti pelatihan posyandu di pendopo
        // kecamatan setempat`: `eventJustBefore`).
        guard r.lowerBound > 0, text.isWord(r.lowerBound - 1, "di"),
              clauseHeld(before: r.lowerBound - 1, text, orEvent: false) || eventJustBefore(r.lowerBound - 1, text) else { return false }
        // Nouns only: no verb (`balai desa dikasih`, `lapangan bisa dijalankan`) nor a word of time or manner.
        if words.dropFirst().contains(where: { w in
            let f = text.folded(w)
            return ParticipantExtractor.isVerbByPrefix(t[w], f) || (f.hasPrefix("di") && f.count >= 7) || LocationExtractor.notPlaceWords.contains(f)
        }) { return false }
        if r.upperBound < t.count, LocationExtractor.manyPlaces.contains(r.upperBound, in: text) { return false }
        let headEnd = r.lowerBound + h.length
        let secondHead = headEnd < end && venueHeads.longest(t, at: headEnd).map { headEnd + $0.length <= end } ?? false
        return secondHead || words.count >= 3
    }

    /// Round 28 (VEN28): a word of the event (lexicon `event_type`) at most four tokens before the `di` at `di`, with
    /// only words between (`mengikuti pelatihan posyandu di`, `pelatihan kader di`): the event is held there.
    func eventJustBefore(_ di: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        var p = di - 1
        while p >= 0, p >= di - 4, t[p].kind == .word, t[p].sentence == t[di].sentence {
            if eventTypes.longest(t, at: p) != nil { return true }
            p -= 1
        }
        return false
    }

    /// Words between a subject and its active verb (`Bupati Andi langsung membuka`).
    static let beforeVerbWords: FoldedWords = ["juga", "langsung", "pun", "secara", "resmi", "turut", "kemudian", "lalu",
                                               "sekaligus", "yang"]

    /// Round 23 (CORE23): the `dan` of a venue whose words after it are only capitalized (a name of at most four
    /// words) and which an active verb in lower case follows (`me-`, five letters or more; at most two words of
    /// `beforeVerbWords` between): the name is the verb's subject. Nil otherwise.
    func subjectAfterAnd(_ r: Range<Int>, _ text: AnalyzedText) -> Int? {
        let t = text.tokens
        guard r.count >= 3, r.upperBound < t.count else { return nil }
        var d = r.upperBound - 1
        while d > r.lowerBound + 1, d >= r.upperBound - 5, !text.isWord(d, "dan") {
            guard t[d].kind == .word, t[d].capitalized || t[d].allCaps else { return nil }
            d -= 1
        }
        guard text.isWord(d, "dan"), d > r.lowerBound + 1, d < r.upperBound - 1 else { return nil }
        var v = r.upperBound
        while v < min(t.count, r.upperBound + 2), LocationExtractor.beforeVerbWords.contains(v, in: text) { v += 1 }
        guard v < t.count, t[v].kind == .word, !t[v].capitalized, !t[v].allCaps, t[v].sentence == t[d].sentence else { return nil }
        let f = text.folded(v)
        guard f.hasPrefix("me"), f.count >= 5 else { return nil }
        // Review of round 23: an office's own name goes on after `dan` (`di Gedung Dinas Komunikasi dan Informatika
        // menghadirkan dua wartawan`, `di Balai Pelatihan Koperasi dan UMKM menghadirkan`): the verb must be one of
        // opening, speaking or welcoming, and the words after `dan` a person's: a title or a role (`Bupati Andi`,
        // `Kepala Dinas ...`), or a bare name of one or two capitalized words, no acronym and no venue head.
        guard LocationExtractor.subjectVerbs.contains(f) else { return nil }
        let first = text.folded(d + 1)
        if !LocationExtractor.personRoleWords.contains(first) {
            guard r.upperBound - (d + 1) <= 2 else { return nil }
            for i in (d + 1)..<r.upperBound {
                guard t[i].kind == .word, t[i].capitalized, !t[i].allCaps, venueHeads.longest(t, at: i) == nil else { return nil }
            }
        }
        return d
    }

    /// Review of round 23: verbs of opening, speaking or welcoming whose subject may follow a venue's `dan`.
    static let subjectVerbs: FoldedWords = ["membuka", "menutup", "meresmikan", "memberikan", "menyampaikan", "mengatakan",
                                            "menyambut", "memimpin", "mengapresiasi", "menjelaskan", "mengungkapkan",
                                            "menegaskan", "mengajak", "meminta", "mengingatkan", "membacakan"]

    /// Review of round 23: titles and roles that start a person's name after a venue's `dan`.
    static let personRoleWords: FoldedWords = ["bupati", "wakil", "wali", "walikota", "wabup", "wawali", "gubernur", "wagub",
                                               "camat", "lurah", "kades", "kepala", "kadis", "sekda", "ketua",
                                               "direktur", "menteri", "kapolres", "kapolsek", "dandim", "danramil",
                                               "pak", "bu", "bapak", "ibu", "dr", "drs", "ir", "h", "hj", "prof"]

    /// A region name at the start of one of the first body lines, before a dash: the dateline
    /// (`Kuningan –`, `PALANGKA RAYA –`, `Solok, (MC KotaSolok) –`).
    func isDateline(_ range: Range<Int>, _ text: AnalyzedText) -> Bool {
        let line = text.line(of: range.lowerBound)
        // Round 20 (CORE20, heldout7 q057): or the first paragraph below lines of chrome (a reporter's line, the date).
        let kinds = text.structure.kinds
        let firstParagraph = line > 6 && line <= 16 && line < kinds.count && kinds[line] == .paragraph
            && !(1..<line).contains { kinds[$0] == .paragraph }
        guard line >= 1, line <= 6 || firstParagraph else { return false }
        let lr = text.lineRange(line)
        // Round 20 (CORE20, heldout7 q057, heldout4 m011): also after an outlet's or a station's name and a comma
        // (`TRIBUNLAMPUNG.CO.ID, BANDAR LAMPUNG -`, `KBRN, Muaro Jambi:`), and ended by a colon as radio writes it.
        let afterOutlet = range.lowerBound >= lr.lowerBound + 2 && range.lowerBound <= lr.lowerBound + 10
            && text.isWord(range.lowerBound - 1, ",")
            && !(lr.lowerBound..<(range.lowerBound - 1)).contains { text.isWord($0, ",") || text.tokens[$0].kind == .number }
        guard range.lowerBound <= lr.lowerBound + 2 || afterOutlet else { return false }
        var p = range.upperBound
        let limit = min(lr.upperBound, range.upperBound + 8)
        while p < limit {
            let f = text.folded(p)
            // Round 20: a bar ends a dateline only in the body, not in a station's or a site's menu (`Pro 1 Jambi |
            // Daerah`).
            if f == "-" || (f == "|" && line < kinds.count && kinds[line] == .paragraph) || (f == ":" && p == range.upperBound) { return true }
            p += 1
        }
        return false
    }
}
