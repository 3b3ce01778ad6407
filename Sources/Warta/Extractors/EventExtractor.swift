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
public final class EventExtractor: FieldExtractor {
    public static let field = "event"
    public static let kinds: [String: Set<String>] = [
        "held": ["type"],
        "mention": ["type"],
        "not-event": ["cue"],
        "announcement": [],
        "plan": [],
        "cancelled": ["cue"],
        "history": [],
        "anaphor": [],
        // Round 46: the statements before named as said at an occasion (`Pernyataan itu disampaikan bupati saat
        // membuka Pelatihan ...`): a training held after it in its sentence is the report's own, as one up front.
        "occasion": [],
        // Round 17: a headline's opening that is a genre's rubric (`Kisah Bidan ...`): counts as a rubric line.
        "rubric": ["cue"],
    ]
    public static let requiredLexicons = ["event_type", "train_verb", "month", "genre_rubric", "hazard_topic", "case_word", "drill_compound", "guise_word", "join_verb", "registration_word"]
    /// The score from which a document is a training event (the pipeline adds to the score of this extractor:
    /// +1 for an event date, +0.5 each for a venue, a participant count and an organizer).
    public static let threshold = 3.5
    /// What an event noun in the lead adds when the headline names none and nothing signals another story.
    static let leadMentionWeight = 1.0

    let rules: [Rule]
    let types: Lexicon
    let trainVerbs: Lexicon
    let months: Lexicon
    let rubrics: Lexicon
    let hazardTopic: Lexicon
    let caseWords: Lexicon
    let drillCompound: Lexicon
    let guiseWords: Lexicon
    /// Round 29 (EVT29): the verbs that join a training to another act of the same occasion (lexicon `join_verb`).
    let joinVerbs: Lexicon
    /// Round 40: the signs of another story that a call for registration uses itself (lexicon `registration_word`).
    let registrationWords: Lexicon
    /// Round 33 (OCC33): bit `id` for the vocabulary's id of each of ``markerWords`` (words of the rules), so that the
    /// scan for them reads one bit a token; a marker with no id is asked of the tokens with none.
    let markerBits: [UInt64]
    let markerWithoutId: Bool

    public init(rules set: RuleSet) throws(RuleLoadError) {
        rules = set.rules(for: Self.field)
        types = try set.require("event_type", for: Self.field)
        trainVerbs = try set.require("train_verb", for: Self.field)
        months = try set.require("month", for: Self.field)
        rubrics = try set.require("genre_rubric", for: Self.field)
        hazardTopic = try set.require("hazard_topic", for: Self.field)
        caseWords = try set.require("case_word", for: Self.field)
        drillCompound = try set.require("drill_compound", for: Self.field)
        guiseWords = try set.require("guise_word", for: Self.field)
        joinVerbs = try set.require("join_verb", for: Self.field)
        registrationWords = try set.require("registration_word", for: Self.field)
        let ids = Self.markerWords.map { set.vocabulary.id($0) }
        var bits = [UInt64](repeating: 0, count: Int(ids.max() ?? 0) / 64 + 1)
        for id in ids where id >= 0 { bits[Int(id) / 64] |= 1 << UInt64(Int(id) % 64) }
        markerBits = bits
        markerWithoutId = ids.contains { $0 < 0 }
    }

    /// A line before the body that is only the rubric of a genre that reports no event (lexicon `genre_rubric`:
    /// `OPINI`, `Kolom`, `Sosok`, `Tajuk Rencana`): the page is a column or a portrait, whatever training it
    /// talks about. Reads the lines before the body, at most the first eight.
    func rubricBeforeBody(_ text: AnalyzedText) -> Bool {
        var n = 0
        while n < min(8, text.lineStarts.count) {
            let r = text.lineRange(n)
            if r.lowerBound >= text.bodyStart { break }
            if !r.isEmpty, let m = rubrics.longest(text.tokens, at: r.lowerBound) {
                let after = r.lowerBound + m.length
                if after == r.upperBound { return true }
                // Round 23 (EVD23, heldout15 j047): the rubric as the first cell of the page's date line (`SOSOK | 12
                // Agustus 2025 | oleh: ...`): a bar, then a day's number or a weekday. Not a menu (`Profil | Berita |
                // Galeri`: a word after the bar).
                if after + 1 < r.upperBound, text.isWord(after, "|"),
                   text.tokens[after + 1].kind == .number || Self.weekdayNames.contains(after + 1, in: text) { return true }
            }
            if breadcrumbLeafIsRubric(r, text) { return true }
            n += 1
        }
        return false
    }

    /// Round 24 (EVD24, heldout16 d009; heldout7 q021, heldout11 w043): a breadcrumb line whose last cell is the rubric
    /// of a genre that reports no event (`Sorotan | Profil`, `Beranda » Berita » Sosok`, `PADANGKINI.COM | Opini`): at
    /// most three cells, a word before the first separator, the rubric filling the last cell to the line's end. A
    /// site's menu has more cells (`Home | Ternate | Tidore | Halmahera | Ekonomi | Opini` above a training held,
    /// heldout13 z017): not a breadcrumb. One pass over the line's tokens.
    func breadcrumbLeafIsRubric(_ r: Range<Int>, _ text: AnalyzedText) -> Bool {
        guard r.lowerBound >= 0, r.upperBound <= text.tokens.count, r.count >= 3 else { return false }
        var separators = 0
        var last = -1
        for p in r where Self.isBreadcrumbSeparator(p, text) {
            separators += 1
            last = p
            if separators > 2 { return false }
        }
        guard separators > 0, last > r.lowerBound, last + 1 < r.upperBound,
              let m = rubrics.longest(text.tokens, at: last + 1) else { return false }
        return last + 1 + m.length == r.upperBound
    }
    /// The marks that separate a breadcrumb's cells.
    static let breadcrumbSeparators: FoldedWords = ["|", "»", ">", "›", "/"]
    /// Round 30 (SPEED30): `breadcrumbSeparators.contains(p, in: text)`, read on the fold buffer's bytes when the
    /// token's folded form is ASCII: such a form equals an ASCII mark of the set or none (`»` and `›` equal no ASCII
    /// string).
    @inline(__always)
    static func isBreadcrumbSeparator(_ p: Int, _ text: AnalyzedText) -> Bool {
        guard p >= 0, p < text.tokens.count, text.tokens[p].foldASCII else { return breadcrumbSeparators.contains(p, in: text) }
        return text.isWord(p, "|") || text.isWord(p, ">") || text.isWord(p, "/")
    }

    /// Round 23: the weekday names a date line may open with after a rubric's bar.
    static let weekdayNames: FoldedWords = ["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad"]

    public func exampleValue(_ match: PatternMatch, rule: Rule, in text: AnalyzedText, published: Day?) -> String? {
        if let r = match.capture("type") { return types.value(text.tokens, r) ?? verbType(text.tokens, r) }
        return rule.kind
    }


    /// English heads after an event word that make it a place (training center, training camp).
    static let placeHeads: FoldedWords = ["center", "centre", "camp", "centers", "centres"]

    /// Words before an event word that make it part of an institution's name.
    static let institutionWords: FoldedWords = ["balai", "besar", "badan", "pusat", "lembaga", "upt", "uptd", "unit", "sekolah", "akademi", "politeknik", "pusdiklat"]

    /// Words before an event word that make it a room or a building (`gedung workshop baru`, `ruang pelatihan`), or
    /// its people the alumni of a past one (`48 Alumni Pelatihan Kerja`, `dua alumni pelatihan keterampilan`), or
    /// what came of a past one (round 14: `Hasil Pelatihan Tata Boga Dipasarkan`, `Berkat Pelatihan Barista`).
    static let placeOrPastWords: FoldedWords = ["gedung", "ruang", "ruangan", "aula", "alumni", "lulusan", "eks", "hasil", "berkat"]

    /// Words before a verb or noun of taking part that make its people candidates, not participants (`calon
    /// peserta pelatihan`, `bakal peserta`).
    static let candidateWords: FoldedWords = ["calon", "bakal"]
    /// Round 41: whether a word opens with a verb's prefix (me-, di-, ber-): `bakal` before it is the future tense.
    static func opensLikeVerb(_ w: String) -> Bool {
        w.count >= 5 && (w.hasPrefix("me") || w.hasPrefix("di") || w.hasPrefix("ber"))
    }

    /// Words right before a verb of taking part that make it the past of a person (`Rina dulu mengikuti
    /// pelatihan`), and the words before them that make them `first of all` instead (`terlebih dulu`).
    static let formerlyWords: FoldedWords = ["dulu", "dahulu"]
    /// Round 19 (heldout11 w007): conjunctions of after and the verbs of taking part that may stand between one and
    /// an event type (`Usai Ikuti Pelatihan ...`): a training so named is the past of the sentence's people.
    static let afterWords: FoldedWords = ["usai", "setelah", "seusai", "sesudah", "pasca", "selepas"]
    static let takePartWords: FoldedWords = ["ikuti", "mengikuti", "ikut", "jalani", "menjalani"]
    /// Fix 19 (review j1, j2, f1): words that mark a held training as the past of its people (`ketiganya baru saja
    /// mengikuti diklat ...`, `pernah mengikuti`, `sempat mengikuti`), right before the verb or the event word.
    static let pastMarkers: FoldedWords = ["pernah", "sempat",
                                           // Round 21: `sebelumnya` between the people and their verb (`Para peserta
                                           // sebelumnya mendapat pelatihan ...`, `yang sebelumnya mengikuti ...`)
                                           "sebelumnya"]

    /// The walk both past checks share: the words at most three before the held mention starting at `start` (event
    /// word range `r`), in its sentence, no punctuation between, nearest first; the first verdict `judge` gives
    /// (nil: read on) is the answer, false when none.
    static func judgeWordsBefore(_ start: Int, _ r: Range<Int>, _ text: AnalyzedText, _ judge: (Int) -> Bool?) -> Bool {
        let t = text.tokens
        let first = min(start, r.lowerBound)
        guard first > 0, first < t.count else { return false }
        var p = first - 1
        while p >= 0, p >= first - 3, t[p].sentence == t[first].sentence, t[p].kind != .punct {
            if let verdict = judge(p) { return verdict }
            p -= 1
        }
        return false
    }

    /// Whether `sebelumnya` at `p` follows a word of the same event's days (`Sehari sebelumnya peserta mengikuti
    /// pelatihan teori`, `pada hari sebelumnya`, `sesi sebelumnya`): a day of this event, not the people's past
    /// (round 22's review, A1).
    static func dayOfTheSameEvent(_ p: Int, _ text: AnalyzedText) -> Bool {
        p > 0 && text.tokens[p - 1].sentence == text.tokens[p].sentence && sameEventDayWords.contains(p - 1, in: text)
    }

    /// Whether the held mention starting at `start` (event word range `r`) is marked past: a word of `pastMarkers`
    /// or `baru saja` at most three words before it, in its sentence, no punctuation between; `baru` alone only
    /// right before a verb of taking part; `sebelumnya` not after a day of the same event.
    static func heldMarkedPast(_ start: Int, _ r: Range<Int>, _ text: AnalyzedText) -> Bool {
        let first = min(start, r.lowerBound)
        return judgeWordsBefore(start, r, text) { p in
            let w = text.folded(p)
            if w == "sebelumnya" { return !dayOfTheSameEvent(p, text) }
            if pastMarkers.contains(w) { return true }
            if w == "saja", p > 0, text.isWord(p - 1, "baru") { return true }
            // `baru` alone only right before the verb (`keduanya baru mengikuti bimtek`), not a noun's `kader baru`
            if w == "baru", p == first - 1, takePartWords.contains(first, in: text) { return true }
            return nil
        }
    }
    /// Round 22 (EVD22): whether the held mention starting at `start` (event word range `r`) has `sebelumnya` at most
    /// three words before it, in its sentence, no punctuation between (`yang sebelumnya sudah dilatih`), not after a
    /// day of the same event. Not a fronted `Sebelumnya,` (the comma stops the search: round 16's
    /// `event.earlier-sentence` reads that one).
    static func markedPreviously(_ start: Int, _ r: Range<Int>, _ text: AnalyzedText) -> Bool {
        judgeWordsBefore(start, r, text) { p in
            text.isWord(p, "sebelumnya") ? !dayOfTheSameEvent(p, text) : nil
        }
    }
    /// Round 47 (probe bf06): whether the held mention at `start` stands in a clause of time (`ketika`, `saat`,
    /// `sewaktu`, `kala`) after a month with a four-digit year before the year of the body's first day, in its
    /// sentence, at most ``pastClauseReach`` tokens back (`Perjalanan itu bermula pada Oktober 2022, ketika ibu dua
    /// anak ini mengikuti pelatihan tata rias ...` on a page of May 2025): a person's past, dated, as with `telah`.
    /// Not a clause of the body's year (`Pada Juli 2024, saat Dinas menggelar pelatihan ...` in a report of 2024).
    func pastTimeClause(_ start: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        let s = t[start].sentence
        // The year first (a number of four digits: few tokens are), then the clause's word between it and the mention.
        var q = start - 1
        while q > 0, q >= start - Self.pastClauseReach, t[q].sentence == s {
            if t[q].kind == .number, t[q].end - t[q].start == 4, let y = t[q].number, months.longest(t, at: q - 1)?.length == 1 {
                guard ((q + 1)..<start).contains(where: { text.isWord($0, in: ("ketika", "saat")) || text.isWord($0, in: ("sewaktu", "kala")) })
                else { return false }
                return y < firstBodyYear(text)
            }
            q -= 1
        }
        return false
    }
    static let pastClauseReach = 16

    /// Round 46 (probe av10): whether the held mention starting at `start` (event word range `r`) has `sudah` or
    /// `telah` at most three tokens before it in its sentence, and after its event word, in the sentence and at most
    /// thirty tokens on, a month (lexicon `month`), `bulan` or `tahun` right before `lalu` (`Sebagian besar kader yang
    /// diperiksa hari ini sudah mengikuti pelatihan 25 keterampilan dasar kader posyandu pada Juli lalu`, `telah
    /// mengikuti bimtek yang digelar dinas pada Oktober tahun lalu`): the people's past, dated, not an event held. Not a
    /// weekday's or a week's `lalu` (`telah mengikuti pelatihan Senin lalu`), which a report of its own training writes.
    /// Also a month with a four-digit year before the year of the body's first day (`pada Desember 2023`).
    /// Round 47: without the perfect, the mention in a clause of time after such a month (``pastTimeClause(_:_:)``).
    func pastDated(_ start: Int, _ r: Range<Int>, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard start < t.count else { return false }
        let s = t[start].sentence
        guard (max(0, start - 3)..<start).contains(where: { t[$0].sentence == s && text.isWord($0, in: ("telah", "sudah")) }) else {
            return pastTimeClause(start, text)
        }
        var q = r.upperBound
        var bodyYear: Int? = nil
        while q + 1 < t.count, q < r.upperBound + 30, t[q + 1].sentence == s {
            if text.isWord(q + 1, "lalu"), months.longest(t, at: q)?.length == 1 || text.isWord(q, "bulan") || text.isWord(q, "tahun") {
                return true
            }
            // A month with a year before the year of the body's first day (`telah mengikuti rangkaian pelatihan
            // kebencanaan ... pada Desember 2023` on a page of February 2024; probe bb12).
            if months.longest(t, at: q)?.length == 1, t[q + 1].kind == .number, t[q + 1].end - t[q + 1].start == 4,
               let y = t[q + 1].number {
                if bodyYear == nil { bodyYear = firstBodyYear(text) }
                if let by = bodyYear, y < by { return true }
            }
            q += 1
        }
        return false
    }

    /// Round 23 (EVD23, probe e010 of round 22): whether the held mention starting at `start` (event word range `r`)
    /// names its people by a relative clause of the perfect, `yang telah`/`yang sudah` right before a verb of taking
    /// part or of being trained (`meminta personel yang telah mengikuti pelatihan SAR disiagakan`, `nelayan yang
    /// sudah mengikuti pelatihan`, `kader yang telah dilatih konseling`): the training is what the people did
    /// before, an attribute of those the story's own act (an apel, a hand-over, a service) is about, not an event
    /// held. Within the three words before the mention, in its sentence, no punctuation between.
    static func namedByTrainingTaken(_ start: Int, _ r: Range<Int>, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        return judgeWordsBefore(start, r, text) { p in
            // Round 30 (SPEED30): `perfectWords` and `yang` read on the fold buffer's bytes.
            guard text.isWord(p, in: ("telah", "sudah")) else { return nil }
            guard p > 0, t[p - 1].sentence == t[p].sentence, p + 1 < t.count else { return false }
            let verb = text.folded(p + 1)
            guard takePartWords.contains(verb) || trainedWords.contains(verb) else { return false }
            if text.isWord(p - 1, "yang") { return true }
            // Round 37 (probe a32): one or two words between `yang` and the perfect, the people's noun with its
            // possessive `-nya` (`kelompok nelayan binaan yang anggotanya telah mengikuti pelatihan keselamatan melaut`,
            // `yang para anggotanya sudah dilatih`); `yang datang telah mengikuti` is a relative clause of its own,
            // then the main clause's predicate.
            guard t[p - 1].kind == .word, text.folded(p - 1).hasSuffix("nya") else { return false }
            for q in [p - 2, p - 3] where q >= 0 && t[q].sentence == t[p].sentence {
                if text.isWord(q, "yang"), !(q + 1..<p).contains(where: { t[$0].kind != .word }) { return true }
            }
            return false
        }
    }
    /// Round 37: the words of purpose before a verb that is the training (`untuk membekali`, `guna melatih`).
    static let purposeWords: FoldedWords = ["untuk", "guna"]
    /// The perfect's auxiliaries of `namedByTrainingTaken`, and the verbs of being trained or given a training after them.
    static let perfectWords: FoldedWords = ["telah", "sudah"]
    static let trainedWords: FoldedWords = ["dilatih", "dibekali", "digembleng", "mendapat", "mendapatkan", "memperoleh"]
    /// Round 23 (EVD23): words that introduce an event's own title after its type word (`Pelatihan bertajuk '...'`), and
    /// the punctuation that ends a clause instead of opening a quote.
    static let titlingWords: FoldedWords = ["bertajuk", "berjudul", "bertitel"]
    static let titleStops: FoldedWords = [".", ",", ";", ":", "!", "?"]
    /// Round 26 (EVT26): words that deny the predicate of a clause (`belum dilaksanakan`, `tidak pernah mengikuti`, `tak
    /// ikut`), and words that make it a duty or a norm instead of a fact (`wajib mengikuti`, `harus sesuai`,
    /// `mewajibkan perusahaan memberikan`, `perlu adanya`): a clause of either asserts no training held.
    static let denyingWords: FoldedWords = ["belum", "tidak", "tak", "tdk", "blm"]
    static let owingWords: FoldedWords = ["wajib", "harus", "perlu", "mesti", "diwajibkan", "mewajibkan", "wajibkan",
                                          "seharusnya", "semestinya", "sebaiknya", "hendaknya", "idealnya", "perlunya"]
    /// Words that make the clause a question (`Warga Tanyakan Kapan Pelatihan Menjahit Dibuka Lagi`, `apakah pelatihan
    /// itu digelar`): asked, not asserted; read as an owed clause (the mention goes, its sentence stays).
    /// Not `mengapa`/`kenapa`: `alasan mengapa pelatihan serupa kini diperluas` tells a reason (corpus p007).
    static let askingWords: FoldedWords = ["kapan", "apakah", "bilamana"]
    /// Round 46: words of a request or a wish before `agar`/`supaya` (see ``unasserting(_:_:)``).
    static let requestWords: FoldedWords = ["usulan", "usul", "mengusulkan", "diusulkan", "meminta", "minta", "diminta",
                                            "mendesak", "berharap", "harapan", "mengharapkan", "aspirasi", "permintaan",
                                            "memohon", "permohonan", "menyarankan", "saran"]
    /// Round 47 (probe bg10): the words of a request among ``requestWords`` that make what follows them a thing asked
    /// for: right before an event word (`Minta Bimtek`, `mengusulkan pelatihan`), or heading a list with a colon or
    /// `yakni` (`menyampaikan tiga aspirasi: kenaikan insentif, penyediaan seragam, dan penyelenggaraan bimbingan
    /// teknis`). Not the words of a wish (`berharap`, `harapan`: `Keluarga Harapan`, `berharap peserta mengikuti
    /// pelatihan dengan serius` at a training held) nor `diminta` (`peserta diminta mengikuti pelatihan dengan
    /// serius`).
    static let askedWords: FoldedWords = ["usulan", "usul", "usulkan", "mengusulkan", "diusulkan", "meminta", "minta",
                                          "mendesak", "aspirasi", "permintaan", "memohon", "permohonan", "menyarankan",
                                          "saran", "tuntutan", "menuntut"]
    static let listHeads: FoldedWords = ["yakni", "yaitu", "berupa"]
    /// How far before the event word the head of a list of requests may stand, in its sentence.
    static let askedListReach = 24
    /// Round 47 (probe bg10): whether the event word or holding at `start` is asked for (see ``askedWords``): a word of
    /// a request right before it, or the head of a list of requests (a word of ``askedWords`` at most two words before
    /// a colon or `yakni`) earlier in its sentence, no full stop between.
    static func asked(_ start: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard start > 0, start < t.count else { return false }
        let s = t[start].sentence
        if t[start - 1].sentence == s, askedWords.contains(start - 1, in: text) { return true }
        var p = start - 1
        while p > 0, p >= start - askedListReach, t[p].sentence == s {
            // The kind and the length first: most tokens are neither `:` nor a word of five or six letters.
            let n = t[p].end - t[p].start
            let head = t[p].kind == .punct ? text.isWord(p, ":") : (n == 5 || n == 6) && listHeads.contains(p, in: text)
            if head {
                for q in [p - 1, p - 2] where q >= 0 && t[q].sentence == s && askedWords.contains(q, in: text) { return true }
            }
            p -= 1
        }
        return false
    }

    /// Words that end the clause of an event word before a denying or owing word further on (`bisa ikut orientasi meski
    /// harus berangkat subuh`, heldout k015: the duty is the journey's).
    static let clauseEnds: FoldedWords = ["meski", "meskipun", "walau", "walaupun", "tetapi", "tapi", "namun", "karena",
                                          "sehingga", "agar", "supaya", "dan", "serta", "untuk", "sebab", "jika", "kalau",
                                          "bila", "ketika", "saat", "sedangkan", "padahal", "hingga", "sampai"]
    /// Words after a denying word that make it no denial of the predicate (`tidak hanya`, `tak lupa`, `tidak kalah
    /// penting`, `tak henti`, `tidak sedikit`, `tak heran`), and the phrases of time built on one: `belum lama ini` (=
    /// recently), `tak lama kemudian`, `tidak berapa lama` (review of the round-26 merge: `Dinas X belum lama ini
    /// menggelar pelatihan` had lost its event).
    static let notDenialWords: FoldedWords = ["hanya", "hanyalah", "sekadar", "sekedar", "cuma", "semata", "lupa", "kalah",
                                              "henti", "hentinya", "jarang", "sedikit", "heran", "kecuali", "terkecuali",
                                              "ketinggalan", "luput", "terasa", "pelak", "mau", "ingin", "segan", "ragu",
                                              "main", "tanggung", "asing", "lama", "berapa"]
    /// Round 27 (EVT27): words that make the predicate after them a habit, said of no occasion (`Pemerintah daerah kerap
    /// menggelar bimtek satu-dua hari di hotel`, `guru sering mengikuti pelatihan daring`, `selalu mendapat
    /// pembinaan`): a column's or a profile's generalization, not a training held. Not `rutin` before a verb of holding
    /// (`Pelatihan yang rutin digelar Puskesmas ... kali ini berlangsung di aula`, heldout6 p003: the yearly training
    /// whose edition the report tells); `rutin` only before a verb of taking part or receiving (`warga rutin mendapat
    /// pembinaan`: the people's habit). Not `biasa` (`luar biasa`).
    static let habitWords: FoldedWords = ["kerap", "kerapkali", "sering", "seringkali", "acap", "acapkali", "selalu",
                                         "biasanya", "terbiasa", "lazimnya"]
    static let habitualTakePart: FoldedWords = ["mendapat", "mendapatkan", "menerima", "memperoleh", "mengikuti", "ikut",
                                               "menjalani"]
    /// Round 29 (EVT29, heldout17 q112): besides the verbs of joining after another act (lexicon `join_verb`:
    /// `pengukuhan dirangkai dengan pelatihan`), the words of besides before it that join a training to it (`Di samping
    /// pengukuhan, hari itu juga digelar pelatihan`, `Selain pelantikan, ...`). See `joined` in `extract`.
    static let besidesWords: FoldedWords = ["selain", "samping"]
    /// How far before the event word a joining word may stand, and how far from the joining word the other act's sign.
    static let joinReach = 12
    static let partnerReach = 4

    /// How a clause does not assert a training held: it denies it (`belum digelar`), owes it (`wajib mengikuti`) or
    /// tells a habit (`kerap menggelar`, round 27).
    enum Unasserted { case denied, owed, habitual }
    /// What the word at `p` makes of the predicate after it: a denying word not opening `tidak hanya`, an owing word,
    /// or a word of habit.
    static func unasserting(_ p: Int, _ text: AnalyzedText) -> Unasserted? {
        // Round 30 (SPEED30): the token's key made once and each set asked with it (no string made; a token without
        // a key asks with its string), `rutin` compared on bytes.
        let key = FoldedWords.key(of: p, in: text)
        if owingWords.contains(key, token: p, in: text) || askingWords.contains(key, token: p, in: text) { return .owed }
        if habitWords.contains(key, token: p, in: text) { return .habitual }
        // Round 37 (probe c19): `selama ini`, so far and as a rule (`LPK yang selama ini menyelenggarakan pelatihan`):
        // a habit, said of no occasion.
        if text.isWord(p, "ini"), p > 0, text.isWord(p - 1, "selama"), text.tokens[p - 1].sentence == text.tokens[p].sentence { return .habitual }
        if text.isWord(p, "rutin") { return p + 1 < text.tokens.count && habitualTakePart.contains(p + 1, in: text) ? .habitual : nil }
        // Round 46 (probe bb10): `agar`/`supaya` after a word of asking or wishing at most two words before it
        // (`usulan agar pemerintah kota menggelar pelatihan`, `meminta supaya dinas melatih`): a request, not a holding.
        if text.isWord(p, "agar") || text.isWord(p, "supaya") {
            let t = text.tokens
            for q in [p - 1, p - 2] where q >= 0 && t[q].sentence == t[p].sentence {
                if requestWords.contains(q, in: text) { return .owed }
            }
            return nil
        }
        guard denyingWords.contains(key, token: p, in: text) else { return nil }
        return p + 1 >= text.tokens.count || !notDenialWords.contains(p + 1, in: text) ? .denied : nil
    }
    /// Round 26 (EVT26): a word of `unasserting` at most three words before `start` (the first word of a holding or
    /// of an event word), in its sentence, no punctuation between (`belum pernah mengikuti pelatihan`, `wajib ikut
    /// bimtek`, `mewajibkan perusahaan memberikan pelatihan`), the nearest first. Three reads at most.
    static func unassertedBefore(_ start: Int, _ text: AnalyzedText) -> Unasserted? {
        let t = text.tokens
        guard start > 0, start < t.count else { return nil }
        var p = start - 1
        while p >= 0, p >= start - 3, t[p].sentence == t[start].sentence, t[p].kind != .punct {
            if let u = unasserting(p, text) { return u }
            p -= 1
        }
        return nil
    }
    /// Round 26 (EVT26): the existence of what starts at `start` denied right before it (`belum ada pelatihan`, `tidak
    /// ada bimtek`, `tak ada`). Two reads.
    static func deniedExistence(_ start: Int, _ text: AnalyzedText) -> Unasserted? {
        guard start > 1, start < text.tokens.count, text.isWord(start - 1, "ada"),
              text.tokens[start - 2].sentence == text.tokens[start].sentence,
              unasserting(start - 2, text) == .denied else { return nil }
        return .denied
    }
    /// Round 26 (EVT26): a word of `unasserting` among the two words before the verb of holding that ends `r`, the
    /// words after an event word (`Pelatihan menjahit belum dilaksanakan`, `Bimtek itu tidak jadi digelar`, `belum
    /// juga digelar`). Not a denial further from the verb (`Pelatihan yang tidak dipungut biaya itu digelar`: the
    /// denial is of the relative clause). Two reads.
    static func unassertedWithin(_ r: Range<Int>, _ text: AnalyzedText) -> Unasserted? {
        guard r.lowerBound >= 0, r.upperBound <= text.tokens.count, r.count >= 2 else { return nil }
        for p in max(r.lowerBound, r.upperBound - 3)..<(r.upperBound - 1) { if let u = unasserting(p, text) { return u } }
        return nil
    }
    /// Round 26 (EVT26): the event word at `r` as the subject of a denied or owed predicate: a word of `unasserting`
    /// among the three words after it, in its sentence, no punctuation between (`Pelatihan Belum Jalan`,
    /// `pelatihan vokasi harus disesuaikan`). Not across a relative `yang` (`pelatihan yang wajib diikuti` names the
    /// event held) nor a deictic (`pelatihan ini tidak ...` is said of the event told).
    static func unassertedAfter(_ r: Range<Int>, _ text: AnalyzedText) -> Unasserted? {
        let t = text.tokens
        guard r.lowerBound >= 0, r.upperBound <= t.count, !r.isEmpty else { return nil }
        let s = t[r.lowerBound].sentence
        var p = r.upperBound
        while p < t.count, p < r.upperBound + 3, t[p].sentence == s, t[p].kind != .punct {
            let w = text.folded(p)
            if w == "yang" || w == "ini" || deictics.contains(w) || clauseEnds.contains(w) { return nil }
            if let u = unasserting(p, text) { return u }
            p += 1
        }
        return nil
    }
    /// Round 27 (EVT27, bench n36; corpus 044, heldout14 j021): the year written right after an event word, with
    /// `tahun` or without (`Peserta Pelatihan 2023`, `kegiatan pelatihan tahun 2024`, `alumni pelatihan 2024`): the
    /// position of the year's number, or nil. Two reads.
    static func yearAfter(_ r: Range<Int>, _ text: AnalyzedText) -> Int? {
        let t = text.tokens
        guard r.upperBound < t.count else { return nil }
        var p = r.upperBound
        if text.isWord(p, "tahun") { p += 1 }
        guard p < t.count, t[p].sentence == t[r.lowerBound].sentence, t[p].kind == .number,
              let y = Int(text.folded(p)), (1990...2100).contains(y) else { return nil }
        return y
    }
    /// The year of the body's first full date, outside noise lines (`Rabu (16/10/2024)`, `16 Oktober 2024`,
    /// `30-12-2024`): the year of the report's own day (a later date of the body may be a deadline or a next step:
    /// `paling lambat 15 Januari 2025` after a bimtek of December 2024). A year's number after a slash or a dash that
    /// follows a number, or after a month's name that follows a number. One pass over the body's tokens up to that
    /// date; 0 when the body dates no day.
    func firstBodyYear(_ text: AnalyzedText) -> Int {
        let t = text.tokens
        var p = max(2, text.bodyStart)
        while p < t.count {
            defer { p += 1 }
            guard t[p].kind == .number, let y = Int(text.folded(p)), (1990...2100).contains(y) else { continue }
            let cut = text.folded(p - 1)
            let dated = ((cut == "/" || cut == "-") && t[p - 2].kind == .number)
                || (t[p - 1].kind == .word && t[p - 2].kind == .number && months.longest(t, at: p - 1) != nil)
            if dated, !text.isNoise(token: p) { return y }
        }
        return 0
    }

    /// Time words before `sebelumnya` that name a day or session of the same event (`sehari sebelumnya`).
    static let sameEventDayWords: FoldedWords = ["sehari", "hari", "sesi", "malam", "pagi", "siang", "sore"]
    /// Words right after an event word that point back to a training named before (`Pelatihan itu`, `pelatihan tersebut`).
    static let deictics: FoldedWords = ["itu", "tersebut"]
    /// Units of a span counted from now before `ke depan`, after `selama` (`selama tiga hari ke depan`): the span of a
    /// training under way. Without `selama` it is a time to come (`dalam beberapa hari ke depan BPBD menggelar`).
    static let spanUnits: FoldedWords = ["hari", "pekan", "minggu"]
    /// Round 42: the spans that put a disaster in the report's background (`Tiga tahun setelah gempa`).
    static let yearOrMonth: FoldedWords = ["tahun", "bulan"]
    static let yearOrMonthOnce: FoldedWords = ["setahun", "sebulan"]

    /// How many words before an event word a sign of another story may head its noun phrase (`Pameran Produk
    /// Hasil Pelatihan`: three).
    static let phraseReach = 4
    static let firstOfAllWords: FoldedWords = ["terlebih", "lebih"]

    /// Words before a cue of calling off that make it a past delay of a training held after all (`sempat
    /// ditunda`, `setelah dua kali diundur`, `pernah batal`).
    static let resumedWords: FoldedWords = ["sempat", "setelah", "pernah", "usai", "sesudah"]

    /// Words between `alumni` (or another word of `placeOrPastWords`) and the event word that keep it the past
    /// event of those people (`35 Alumni Program Pelatihan UMKM`, `alumni kegiatan pelatihan`).
    static let programWords: FoldedWords = ["program", "kegiatan"]

    /// Whether the word before the event word at `r` makes it a room or the alumni of a past event, also across
    /// one word of a program (`Alumni Program Pelatihan`).
    func placeOrPast(_ r: Range<Int>, _ text: AnalyzedText) -> Bool {
        guard r.lowerBound > 0 else { return false }
        if Self.placeOrPastWords.contains(r.lowerBound - 1, in: text) { return true }
        guard r.lowerBound > 1, Self.programWords.contains(r.lowerBound - 1, in: text) else { return false }
        return Self.placeOrPastWords.contains(r.lowerBound - 2, in: text)
    }

    /// A bare `latih` that modifies a noun instead of heading a clause (lexicon `drill_compound`): a thing before it
    /// (`Kolam Latih`, `pesawat latih`: value `thing`) or `tanding` after it (`latih tanding`: value `after`). A
    /// facility, a vehicle or a sports friendly, not a training held. Only the bare root: `melatih`, `dilatih` are verbs.
    func drillCompound(_ r: Range<Int>, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard r.count == 1, text.isWord(r.lowerBound, "latih") else { return false }
        if r.lowerBound > 0, t[r.lowerBound - 1].sentence == t[r.lowerBound].sentence,
           drillCompound.value(t, (r.lowerBound - 1)..<r.lowerBound) == "thing" { return true }
        if r.upperBound < t.count, t[r.upperBound].sentence == t[r.lowerBound].sentence,
           drillCompound.value(t, r.upperBound..<(r.upperBound + 1)) == "after" { return true }
        return false
    }

    /// A training named as the guise of a scam or a crime (lexicon `guise_word`: `penipuan berkedok pelatihan kerja`,
    /// `dengan modus bimtek`): a guise word at most three words before the event word, in its sentence, no
    /// punctuation between.
    func guise(_ r: Range<Int>, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        var p = r.lowerBound - 1
        while p >= max(0, r.lowerBound - 3), t[p].sentence == t[r.lowerBound].sentence, t[p].kind != .punct {
            if guiseWords.value(t, p..<(p + 1)) != nil { return true }
            p -= 1
        }
        return false
    }

    /// Whether the event word at `r` names an institution, a room or the alumni of a past event, not an event.
    func notAnEvent(_ r: Range<Int>, _ text: AnalyzedText) -> Bool {
        guard r.lowerBound > 0 else { return false }
        return Self.institutionWords.contains(r.lowerBound - 1, in: text) || placeOrPast(r, text)
    }

    /// A hazard that a training prepares for, not a disaster reported: a hazard word (lexicon `hazard_topic`,
    /// value `hazard`: `banjir`, `longsor`) with a word of facing or preparing (value `topic`: `hadapi`,
    /// `antisipasi`, `mitigasi`, `rawan`) in the three words before it, in its sentence (`Latih Relawan Gampong
    /// Hadapi Banjir dan Longsor`). Not `banjir merendam`, `korban longsor`.
    ///
    /// Fix 18 (review e1, f1, f2, e11): an accident (value `accident`: `tenggelam`, `terbalik`) or a disaster after a
    /// word of rescuing (value `rescue`: `selamatkan`, `menolong`) or of handling and drilling (value `drill`:
    /// `penanganan`, `simulasi`; for a disaster only `rescue`) is what a training teaches when its sentence names a
    /// training (an event type or a training verb: `Basarnas Latih Nelayan Selamatkan Korban Tenggelam`,
    /// `Pelatihan Penanganan Korban Tenggelam`), not an accident reported (`Tim SAR Selamatkan Korban Kapal
    /// Tenggelam` names no training). A harvest ceremony (value `harvest`: `panen raya`) in a sentence that closes a
    /// training (value `closing` right before or after an event type: `Sekolah Lapang Ditutup dengan Panen Raya`)
    /// is how the training ends, not another story.
    func hazardIsTopic(_ i: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        guard i >= 0, i < t.count, let kind = hazardTopic.longest(t, at: i)?.value else { return false }
        // Round 27 (EVT27, bench p54): a graduation (value `ceremony`: `wisuda`, `diwisuda`) that marks a training's end
        // (`Wisuda 128 Peserta Pelatihan ... Tandai Berakhirnya Pelatihan`) is the training's closing, as a harvest is.
        if kind == "harvest" || kind == "ceremony" { return closesATraining(around: i, text) }
        guard kind == "hazard" || kind == "unrest" || kind == "accident" else { return false }
        // Round 42 (probe v09): a disaster a span of months or years back, after a conjunction of after, is the time
        // the report counts from (`Tiga tahun setelah gempa bermagnitudo 5,6 yang mengguncang Cianjur`, `Setahun
        // pasca banjir bandang`): the background of the report, not a disaster reported. Not days or weeks (`dua
        // hari setelah banjir` is the disaster's own news).
        if kind == "hazard", i >= 2, Self.afterWords.contains(i - 1, in: text), t[i - 2].sentence == t[i].sentence {
            let u = i - 2
            if Self.yearOrMonthOnce.contains(u, in: text) { return true }
            if Self.yearOrMonth.contains(u, in: text), u >= 1, t[u - 1].sentence == t[i].sentence,
               t[u - 1].kind == .number || Self.fewWords.contains(u - 1, in: text) {
                return true
            }
        }
        var rescued = false
        let direct = (max(0, i - 3)..<i).contains { p in
            guard t[p].sentence == t[i].sentence, let v = hazardTopic.longest(t, at: p)?.value else { return false }
            if v == "rescue" || (kind == "accident" && v == "drill") { rescued = true }
            return v == "topic" || (kind == "unrest" && v == "drill")
        }
        if direct { return true }
        guard rescued else { return false }
        let s = text.sentenceRange(around: i, limit: AnalyzedText.nearLimit)
        // Fix 19 (review f1, f2): a rescue after a word of practising (lexicon `hazard_topic`, value `practice`:
        // `praktik`, `mempraktikkan`; or `simulasi`) at most six words before the accident, in its sentence, is
        // the drill of a training (`Relawan Praktik Selamatkan Korban Tenggelam`, `peserta praktik menyelamatkan
        // wisatawan terseret arus`), not a rescue reported. Not a practice named as past (`Usai Latihan, ...`).
        if s.lowerBound <= i {
            let practised = (max(s.lowerBound, i - 6)..<i).contains { p in
                guard hazardTopic.longest(t, at: p)?.value == "practice" || text.isWord(p, "simulasi") else { return false }
                return !(p > s.lowerBound && Self.afterWords.contains(p - 1, in: text))
            }
            if practised { return true }
        }
        return s.contains { p in
            guard types.longest(t, at: p) != nil || trainVerbs.longest(t, at: p) != nil else { return false }
            return !Self.namedAsPast(p, in: s, text)
        }
    }

    /// Round 19 (heldout11 w007): an event word right after a conjunction of after, with a verb of taking part or
    /// none between (`Usai Ikuti Pelatihan Water Rescue ..., Personel ... Selamatkan Dua Wisatawan Terseret Arus`):
    /// the training is the past of the people who now rescue, so it makes no rescue in that sentence a training's
    /// topic. Only inside the sentence `s`.
    static func namedAsPast(_ p: Int, in s: Range<Int>, _ text: AnalyzedText) -> Bool {
        guard p - 1 >= s.lowerBound, p <= s.upperBound else { return false }
        if afterWords.contains(p - 1, in: text) { return true }
        guard p - 2 >= s.lowerBound, takePartWords.contains(p - 1, in: text) else { return false }
        return afterWords.contains(p - 2, in: text)
    }

    /// Whether the sentence of `i` closes a training: a word of closing (lexicon `hazard_topic`, value `closing`)
    /// right before an event type or right after one (two words at most between, no punctuation).
    func closesATraining(around i: Int, _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        let s = text.sentenceRange(around: i, limit: AnalyzedText.nearLimit)
        for p in s where hazardTopic.longest(t, at: p)?.value == "closing" {
            // after the closing word (`menutup sekolah lapang`, `Tutup Sekolah Lapang`)
            if p + 1 < s.upperBound, types.longest(t, at: p + 1) != nil { return true }
            // before it (`Sekolah Lapang Ditutup`, `pelatihan itu resmi ditutup`)
            let lo = max(s.lowerBound, p - 4)
            guard lo < p else { continue }
            for q in lo..<p {
                guard let m = types.longest(t, at: q) else { continue }
                let end = q + m.length
                guard end <= p, end >= p - 2 else { continue }
                if !(end..<p).contains(where: { t[$0].kind == .punct }) { return true }
            }
        }
        return false
    }

    /// Fix 17 (review x1): the acts of inaugurating (`resmikan`, `meresmikan`, `peresmian`) are another story only
    /// when their object is not the training itself: right before an event type (`Wali Kota Resmikan Pelatihan
    /// Digital Marketing`) the act is the training's opening.
    static let openingActs: FoldedWords = ["resmikan", "meresmikan", "peresmian"]
    func opensTheTraining(_ start: Int, end: Int, _ text: AnalyzedText) -> Bool {
        guard Self.openingActs.contains(start, in: text), end < text.tokens.count,
              let m = types.longest(text.tokens, at: end) else { return false }
        return !notAnEvent(end..<(end + m.length), text)
    }

    /// A headline opened by the rubric of a genre that reports no event and a colon or dash (`SOSOK : DARI
    /// PELATIHAN MENJAHIT, ...`, `Opini: ...`).
    func rubricInHeadline(_ text: AnalyzedText) -> Bool {
        let h = text.headline
        guard !h.isEmpty, let m = rubrics.longest(text.tokens, at: h.lowerBound), h.lowerBound + m.length < h.upperBound else { return false }
        return (text.isWord(h.lowerBound + m.length, ":") || text.isWord(h.lowerBound + m.length, "-") || text.isWord(h.lowerBound + m.length, "|") || text.isWord(h.lowerBound + m.length, "–") || text.isWord(h.lowerBound + m.length, "—"))
    }

    /// Whether `range` names a day of a month: a month's name after a day (`18 hingga 27 September`), or a month's number after a day and a
    /// slash (`(14/11/2022)`). Not a count (`bagi 10 kader`, `10.000 pemuda`): the month lexicon holds the numbers 1
    /// to 12 for the numeric dates, and a plan with a count is no plan with a date.
    func namesAMonth(_ range: Range<Int>, _ text: AnalyzedText) -> Bool {
        let lo = max(0, range.lowerBound)
        let hi = min(range.upperBound, text.tokens.count)
        guard lo < hi else { return false }
        return text.tokens.withUnsafeBufferPointer { t in
            for p in lo..<hi where months.startsPhrase(t, at: p) {
                // A month's name dates a plan only with a day before it (`tanggal 18 hingga 27 September`, `8-10
                // Oktober 2025`), not alone (`pertengahan Oktober mendatang`, `mulai April`): a month is no date.
                if t[p].kind != .number {
                    // the day right before the month, or the end of a range of days (`8-10 Oktober`, `18 hingga 27
                    // September`, `3 s.d. 5 Mei`); not a count three words before (`bagi 30 guru pada Oktober`)
                    if p > lo, t[p - 1].kind == .number { return true }
                    continue
                }
                if p >= 2, t[p - 2].kind == .number {
                    let cut = text.folded(p - 1)
                    if cut == "/" || cut == "-" { return true }
                }
            }
            return false
        }
    }

    /// The type a training verb implies: latih and gembleng are `pelatihan`, bekali is `other` (pembekalan).
    func verbType(_ t: [Token], _ r: Range<Int>) -> String? {
        guard let root = trainVerbs.value(t, r) else { return nil }
        return root == "bekali" ? "other" : "pelatihan"
    }

    /// The type the report names its event by, when it is not the chosen mention's: (1) a type word in
    /// parentheses within six words after the chosen mention, in its sentence (`Pelatihan Bimbingan dan Teknis
    /// (Bimtek)` -> bimtek); (2) a type the body names three times or more and at least twice as often as the
    /// chosen one plus one (`menggelar pelatihan P2K2 ... Diklat P2K2 ... diklat ... Diklat yang diselenggarakan`
    /// -> diklat). `other` never wins by count (pembekalan, kursus are parts of many events).
    func namedType(chosen: String, range: Range<Int>, mentions: [(String, Range<Int>)], planned: Set<Int>, _ text: AnalyzedText) -> (String, Range<Int>)? {
        let t = text.tokens
        guard range.upperBound < t.count else { return nil }
        let sentence = t[range.lowerBound].sentence
        for m in mentions where m.1.lowerBound > range.upperBound && m.1.lowerBound <= range.upperBound + 7 {
            guard t[m.1.lowerBound].sentence == sentence, m.0 != chosen, m.1.lowerBound > 0,
                  text.isWord(m.1.lowerBound - 1, "("), m.1.upperBound < t.count, text.isWord(m.1.upperBound, ")") else { continue }
            return m
        }
        // Round 23 (EVD23, heldout15 j045): the event's own title after a word of titling (`Pelatihan bertajuk
        // 'Peningkatan Kapasitas Tim Tanggap Insiden Siber ...' itu dibuka ...`): the title's first words name the type.
        // A mention of the chosen type, then `bertajuk`/`berjudul` (`dengan tajuk`) and an optional quote right before
        // a mention of another type (not `other`), outside planned sentences.
        // One pass: the mentions by where they start, built only when a word of titling follows one (linear).
        var byStart: [Int: (String, Range<Int>)]?
        for m in mentions where m.0 == chosen && !planned.contains(t[m.1.lowerBound].sentence) {
            var q = m.1.upperBound
            guard q < t.count, Self.titlingWords.contains(q, in: text) || (text.isWord(q, "dengan") && q + 1 < t.count && text.isWord(q + 1, "tajuk")) else { continue }
            q += text.isWord(q, "dengan") ? 2 : 1
            while q < t.count, q <= m.1.upperBound + 4, t[q].kind == .punct, !Self.titleStops.contains(q, in: text) { q += 1 }
            if byStart == nil { byStart = Dictionary(mentions.map { ($0.1.lowerBound, $0) }, uniquingKeysWith: { a, _ in a }) }
            if let named = byStart?[q], named.0 != chosen, named.0 != "other" { return named }
        }
        var counts: [String: Int] = [:]
        var first: [String: Range<Int>] = [:]
        for m in mentions where !planned.contains(t[m.1.lowerBound].sentence) && !text.inHeadline(m.1.lowerBound) {
            counts[m.0, default: 0] += 1
            if first[m.0] == nil { first[m.0] = m.1 }
        }
        let own = counts[chosen] ?? 0
        guard let best = counts.filter({ $0.key != chosen && $0.key != "other" }).max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
              best.value >= 3, best.value >= 2 * own + 1, let r = first[best.key] else { return nil }
        return (best.key, r)
    }

    /// Round 33 (OCC33): the sentences that tell **another occurrence** of a training than THE event at `primary`,
    /// sorted (with no `primary`, any sentence but the headline's and the body's first): a training like it
    /// (`pelatihan serupa`, `kegiatan sejenis`; not `pelatihan yang sama`, THE same one), a training that
    /// once was (`pernah digelar`, `pernah mengikuti`), or one of an earlier round (`tahun lalu`, `angkatan
    /// sebelumnya`, `beberapa bulan lalu`) in a sentence that names a training or an occasion (`kegiatan`, `acara`);
    /// and the sentences of the same paragraph that go on about it (`Saat itu`, `Ketika itu`, `Kala itu`). Never the
    /// sentence of `primary` or of the headline, nor a sentence that names THE event by a demonstrative (`pelatihan
    /// ini`, `kegiatan tersebut`, `Kegiatan yang digelar ... pada 9-11 Oktober 2024 ini`), holds it again or now
    /// (`kembali menggelar pelatihan serupa`, `kini mengikuti pelatihan`) or holds another training beside the one
    /// marked `serupa` (`menggelar pelatihan ..., melanjutkan program serupa`). One pass over the tokens to find
    /// the sentences with a marker word; only those are read again.
    func otherOccurrences(primary: Range<Int>?, eventWords: [Range<Int>], held heldWords: [Range<Int>] = [], anaphors: [Range<Int>],
                          _ text: AnalyzedText) -> [Int] {
        let t = text.tokens
        guard !t.isEmpty else { return [] }
        var eventEnds: [Int] = []  // where the event words end: a few
        for r in eventWords where r.lowerBound < t.count { eventEnds.append(r.upperBound) }
        // The marker words that qualify, by what stands right beside them, each with its kind (a `lalu` of `Senin
        // lalu` is passed on the word before it).
        enum Kind { case similar, strong, earlier }
        var found: [(p: Int, kind: Kind)] = []
        // The positions of the marker words: by one bit of the token's vocabulary id; a marker the vocabulary lacks
        // (none now) is asked of the tokens with no id.
        var markers: [Int] = []
        markerBits.withUnsafeBufferPointer { bits in
            t.withUnsafeBufferPointer { tb in
                for p in tb.indices {
                    let id = Int(tb[p].id)
                    if id >= 0 {
                        if id >> 6 < bits.count, bits[id >> 6] & (1 << UInt64(id & 63)) != 0 { markers.append(p) }
                    } else if markerWithoutId, tb[p].kind == .word, Self.markerWords.contains(p, in: text) {
                        markers.append(p)
                    }
                }
            }
        }
        guard !markers.isEmpty else { return [] }
        var lastSentence = -1
        for p in markers where t[p].kind == .word {
            guard t[p].sentence != lastSentence || found.last.map({ $0.kind != .strong }) == true else { continue }
            let s = t[p].sentence
            // Round 34 (heldout19 look e011): the other occasion as what this one is measured against (`Total ada 66 orang
            // yang hadir, naik dari 54 orang pada kegiatan serupa tahun lalu`, `dibanding pelatihan serupa`): the
            // sentence tells this event. A word of change or comparison within ten words before the marker.
            if (max(0, p - 10)..<p).contains(where: { t[$0].sentence == s && Self.comparedWords.contains($0, in: text) }) { continue }
            if Self.similarWords.contains(p, in: text) {
                if eventEnds.contains(p) || (p > 0 && Self.occasionNouns.contains(p - 1, in: text)) { found.append((p, .similar)) }
            } else if text.isWord(p, "pernah") {
                var q = p + 1
                while q < min(t.count, p + 4), t[q].sentence == s {
                    if Self.occasionVerbs.contains(q, in: text) { found.append((p, .strong)); break }
                    q += 1
                }
            } else if p > 0, t[p - 1].sentence == s {
                // A time gone by: `tahun lalu`, `angkatan sebelumnya`, months ago with a count (`Beberapa bulan
                // lalu`, `dua bulan silam`; not `bulan lalu` alone, which may be when the event itself was held);
                // not a comparison (`Seperti tahun lalu`, `sama seperti tahun sebelumnya`).
                let round = Self.roundWords.contains(p - 1, in: text)
                let months = text.isWord(p - 1, "bulan") && p > 1 && (t[p - 2].kind == .number || Self.fewWords.contains(p - 2, in: text))
                // And near what it dates: an event word, an occasion or a verb of holding within ``earlierReach``
                // words (not `peserta terbaik tahun lalu` at the far end of a sentence on the event's speakers).
                if round || months,
                   !(max(0, p - 3)..<(p - 1)).contains(where: { t[$0].sentence == s && Self.likeWords.contains($0, in: text) }),
                   datesAnOccasion(p, eventEnds: eventEnds, text) {
                    found.append((p, .earlier))
                }
            }
            if found.last?.p == p { lastSentence = s }
        }
        guard !found.isEmpty else { return [] }
        let primarySentence = primary.map { t[min($0.lowerBound, t.count - 1)].sentence } ?? -1
        let named = eventWords.compactMap { $0.lowerBound < t.count ? t[$0.lowerBound].sentence : nil }
        let demonstrative = anaphors.compactMap { $0.lowerBound < t.count ? t[$0.lowerBound].sentence : nil }
        var other = Set<Int>()
        var k = 0
        while k < found.count {
            // The qualified markers of one sentence.
            let s = t[found[k].p].sentence
            var kinds: [(p: Int, kind: Kind)] = []
            while k < found.count, t[found[k].p].sentence == s {
                kinds.append(found[k])
                k += 1
            }
            guard s != primarySentence, !demonstrative.contains(s) else { continue }
            let span = text.sentenceRange(around: found[k - 1].p)
            let reading = read(span, eventEnds: eventEnds, findingTypes: false, text)
            guard !reading.tellsTheEvent else { continue }
            var similar = kinds.contains { $0.kind == .similar }
            // A sentence that holds a training of its own beside the one marked (`menggelar pelatihan ..., melanjutkan
            // program serupa`) tells the event.
            if similar {
                let marked = kinds.filter { $0.kind == .similar }.map(\.p)
                if heldWords.contains(where: { span.contains($0.lowerBound) && !marked.contains($0.upperBound) }) { similar = false }
            }
            let strong = kinds.contains { $0.kind == .strong }
            let earlier = kinds.contains { $0.kind == .earlier } && (named.contains(s) || reading.occasion)
            if strong || similar || earlier { other.insert(s) }
        }
        return finishOthers(other, primarySentence: primarySentence, text)
    }

    /// Round 33 (OCC33): what one sentence (`span`) of a possible other occurrence says, read left to right up to the
    /// first sign that it tells THE event itself: a word of doing it again or now (`kembali`, `kini`, `tahun ini`) or a
    /// demonstrative closing an event word (``closesEventWord(_:in:_:_:)``). `eventEnds` are where the document's
    /// event words end; with `findingTypes` the sentence's own event words are looked up (`named`). An occasion noun
    /// (`kegiatan`, `acara`; not `program`, whose `ini` names the programme) ends an event word too.
    struct SentenceReading {
        var named = false, occasion = false, holding = false, tellsTheEvent = false
    }
    func read(_ span: Range<Int>, eventEnds: [Int], findingTypes: Bool, _ text: AnalyzedText) -> SentenceReading {
        let t = text.tokens
        var r = SentenceReading()
        var ends = eventEnds
        for p in span where t[p].kind == .word {
            let key = FoldedWords.key(of: p, in: text)
            if findingTypes, let l = types.longest(t, at: p), l.length > 0 {
                r.named = true
                ends.append(p + l.length)
            } else if Self.occasionNouns.contains(key, token: p, in: text) {
                r.occasion = true
                if !text.isWord(p, "program") { ends.append(p + 1) }
            }
            if Self.occasionVerbs.contains(key, token: p, in: text) { r.holding = true }
            if Self.againWords.contains(key, token: p, in: text) || nowPhrase(p, text)
                || (Self.demonstratives.contains(key, token: p, in: text) && closesEventWord(p, in: span, ends, text)) {
                r.tellsTheEvent = true
                break
            }
        }
        return r
    }

    /// Round 33 (OCC33): a phrase of the present at `p` (`tahun ini`, `kali ini`, `saat ini`): the sentence tells THE
    /// event, whatever it sets against it (`Tahun lalu pelatihan diikuti 30 orang, tahun ini pesertanya 50 orang`).
    func nowPhrase(_ p: Int, _ text: AnalyzedText) -> Bool {
        p > 0 && text.isWord(p, "ini") && Self.nowHeads.contains(p - 1, in: text) && text.tokens[p - 1].sentence == text.tokens[p].sentence
    }

    /// Round 33 (OCC33): whether the time gone by ending at `p` (`tahun lalu`) stands within ``earlierReach`` words of
    /// an event word, an occasion noun or a verb of holding of its sentence.
    func datesAnOccasion(_ p: Int, eventEnds: [Int], _ text: AnalyzedText) -> Bool {
        let t = text.tokens
        let s = t[p].sentence
        let lo = max(0, p - Self.earlierReach), hi = min(t.count, p + Self.earlierReach + 1)
        for q in lo..<hi where t[q].sentence == s && t[q].kind == .word {
            if eventEnds.contains(q + 1) || Self.occasionNouns.contains(q, in: text) || Self.occasionVerbs.contains(q, in: text)
                || types.longest(t, at: q) != nil { return true }
        }
        return false
    }
    static let earlierReach = 8
    static let nowHeads: FoldedWords = ["tahun", "kali", "saat", "hari", "pekan", "bulan", "angkatan", "gelombang", "periode", "tahap", "edisi"]

    /// Whether the demonstrative at `p` closes an event word of its clause (`pelatihan ini`, `pelatihan yang
    /// difasilitasi Kantor Kesbangpol itu`): within ``demonstrativeReach`` words before it, no punctuation of a
    /// clause between.
    func closesEventWord(_ p: Int, in span: Range<Int>, _ eventEnds: [Int], _ text: AnalyzedText) -> Bool {
        if eventEnds.contains(p) { return true }
        var q = p
        while q > max(span.lowerBound, p - Self.demonstrativeReach), !Self.clauseStops.contains(q - 1, in: text) {
            if eventEnds.contains(q) { return true }
            q -= 1
        }
        return false
    }

    /// The sentences of another occurrence less the headline's and the body's first, plus the sentences of the same
    /// paragraph that go on about one (`Saat itu ...`, `Pada waktu itu ...`), sorted.
    func finishOthers(_ found: Set<Int>, primarySentence: Int, _ text: AnalyzedText) -> [Int] {
        let t = text.tokens
        var other = found
        guard !other.isEmpty else { return [] }
        for i in text.headline where i < t.count { other.remove(t[i].sentence) }
        if text.bodyStart < t.count { other.remove(t[text.bodyStart].sentence) }
        var next: [Int] = []
        for s in other { next.append(s) }
        next.sort()
        var k = 0
        while k < next.count {
            let s = next[k]
            k += 1
            // The first token of sentence s + 1: after the last token of s.
            guard let last = lastToken(of: s, text), last + 1 < t.count else { continue }
            let p = last + 1
            guard t[p].sentence == s + 1, s + 1 != primarySentence, !other.contains(s + 1), text.line(of: p) == text.line(of: last) else { continue }
            var q = p
            if text.isWord(q, "pada") { q += 1 }
            if q + 1 < t.count, Self.thenWords.contains(q, in: text), text.isWord(q + 1, "itu") {
                other.insert(s + 1)
                next.append(s + 1)
            }
        }
        return other.sorted()
    }

    /// Round 47: the first token of sentence `s`, of which `p` is a token.
    func firstToken(of s: Int, before p: Int, _ text: AnalyzedText) -> Int? {
        let t = text.tokens
        guard p < t.count, t[p].sentence == s else { return nil }
        if s == 0 { return 0 }
        // After the last token of the sentence before (a binary search).
        guard let last = lastToken(of: s - 1, text) else { return nil }
        return last + 1 <= p ? last + 1 : nil
    }

    /// The last token of sentence `s` (sentences are numbered in token order): a binary search.
    func lastToken(of s: Int, _ text: AnalyzedText) -> Int? {
        let t = text.tokens
        var lo = 0
        var hi = t.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if t[mid].sentence <= s { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 && t[lo - 1].sentence == s ? lo - 1 : nil
    }

    /// Round 33 (OCC33): the anchor with the sentences that tell a training **dated before the event** added to its
    /// other occurrences (`Pada 2021 silam, pelatihan menjahit ... digelar di Balai Desa Sumberejo`, `Di Kabupaten
    /// Sleman, pelatihan ... digelar ... pada 12 Agustus 2023`): a sentence that names a training, or an occasion
    /// (`kegiatan`, `acara`, `program`) with a verb of holding or taking part, with a date of the date extractor
    /// more than ``earlierMargin`` days before the event's first day, or a year before the event's (`pada 2019`,
    /// `2021 silam`, `tahun 2020`; not after a slash, `UU 11/2009`, nor in a legal reference, `Nomor 8 Tahun 2021`).
    /// Never the sentence of the event's mention, the headline's or the body's first, one that names THE event by a
    /// demonstrative or holds it again or now; the sentences of the same paragraph that go on about it (`Saat
    /// itu ...`) are added too. Only the past: a date after the event is a next step or a plan more often than a
    /// training told with its own place and people. The dated sentences are found first (the date mentions, the
    /// numbers of four digits); only they are read again. `anchor` itself when nothing is added.
    public func withEarlierOccurrences(_ anchor: EventAnchor, eventStart: Day, dates: [DateExtractor.Mention], legal: [LegalReference] = [],
                                       _ text: AnalyzedText) -> EventAnchor {
        let t = text.tokens
        guard !t.isEmpty, anchor.primary.lowerBound < t.count else { return anchor }
        var dated = Set<Int>()
        // A year of a date or of a law (`Perpol Nomor 8 Tahun 2021`) tells no time.
        var covered: [Range<Int>] = []
        for m in dates where m.kind == .single || m.kind == .range {
            guard !m.header, !m.pageOnly, m.tokens.lowerBound < t.count, let d = m.resolvedStart else { continue }
            covered.append(m.tokens)
            if d.ordinal < eventStart.ordinal - Self.earlierMargin { dated.insert(t[m.tokens.lowerBound].sentence) }
        }
        var legalRanges: [Range<Int>]?
        for p in 1..<max(1, t.count) where t[p].kind == .number && t[p].end - t[p].start == 4 {
            guard let y = Int(text.folded(p)), (1990...2100).contains(y), y < eventStart.year, !text.isWord(p - 1, "/"), !text.isWord(p - 1, "-"),
                  Self.yearBefore.contains(p - 1, in: text) || (p + 1 < t.count && Self.pastWords.contains(p + 1, in: text)),
                  !covered.contains(where: { $0.contains(p) }) else { continue }
            if legalRanges == nil { legalRanges = legal.compactMap { text.tokenRange(covering: $0.evidence) } }
            if legalRanges?.contains(where: { $0.contains(p) }) == true { continue }
            dated.insert(t[p].sentence)
        }
        let primarySentence = t[anchor.primary.lowerBound].sentence
        dated.remove(primarySentence)
        guard !dated.isEmpty else { return anchor }
        var add = Set<Int>()
        var done = Set<Int>()
        for m in dated.sorted() {
            guard let last = lastToken(of: m, text), !done.contains(m) else { continue }
            done.insert(m)
            let r = read(text.sentenceRange(around: last), eventEnds: [], findingTypes: true, text)
            // A sentence that names a training, or an occasion held (`Kegiatan yang sama digelar ... pada 2022`; not a
            // programme's year, `dibangun pada tahun 2021 melalui program Sanimas`).
            if !r.tellsTheEvent, r.named || (r.occasion && r.holding) { add.insert(m) }
        }
        guard !add.isEmpty else { return anchor }
        let other = finishOthers(Set(anchor.other).union(add), primarySentence: primarySentence, text)
        let others = Set(other)
        let mentions = anchor.mentions.filter { !others.contains(t[$0.lowerBound].sentence) || $0 == anchor.primary }
        return EventAnchor(primary: anchor.primary, mentions: mentions, other: other, in: text)
    }
    /// Round 33 (OCC33): how many days before the event's first day a date tells another occurrence.
    static let earlierMargin = 45
    /// Words before a year alone that make it a time (`pada 2019`, `tahun 2020`, `sepanjang 2023`). Not `sejak`:
    /// `program ... yang dimulai sejak 2020` tells how long, not another occurrence.
    static let yearBefore: FoldedWords = ["pada", "tahun", "sepanjang", "awal", "akhir", "pertengahan"]
    /// Round 33 (OCC33): words of another occurrence after an event word, and what they are said of.
    static let similarWords: FoldedWords = ["serupa", "sejenis"]
    /// The words without which a sentence tells no other occurrence (``otherOccurrences``): `serupa`, `sejenis`,
    /// `pernah` and the words of a time gone by.
    static let markerWords: FoldedWords = ["serupa", "sejenis", "pernah", "lalu", "sebelumnya", "silam", "kemarin"]
    static let occasionNouns: FoldedWords = ["kegiatan", "acara", "program"]
    static let occasionVerbs: FoldedWords = ["digelar", "diadakan", "dilaksanakan", "diselenggarakan", "dilangsungkan", "menggelar",
                                             "mengadakan", "melaksanakan", "menyelenggarakan", "mengikuti", "diikuti", "dilatih", "mendapat",
                                             "mendapatkan", "menjalani"]
    static let roundWords: FoldedWords = ["tahun", "angkatan", "gelombang", "periode", "tahap", "edisi"]
    static let pastWords: FoldedWords = ["lalu", "sebelumnya", "silam", "kemarin"]
    static let thenWords: FoldedWords = ["saat", "ketika", "waktu", "kala"]
    static let fewWords: FoldedWords = ["beberapa", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"]
    static let demonstratives: FoldedWords = ["ini", "tersebut", "itu"]
    /// How far before a demonstrative the event word it closes may stand (`Kegiatan yang digelar PMI Kabupaten Sikka
    /// di Aula Hotel Pelita Maumere pada 9-11 Oktober 2024 ini`), within its clause.
    static let demonstrativeReach = 16
    static let clauseStops: FoldedWords = [",", ".", ";", ":", "!", "?", "\"", "“", "”"]
    /// Words that hold THE event again or now (`kembali menggelar pelatihan serupa`, `kini mengikuti pelatihan`).
    static let againWords: FoldedWords = ["kembali", "kini", "sekarang"]
    static let likeWords: FoldedWords = ["seperti", "sebagaimana", "layaknya"]
    /// Round 34: words of a change or a comparison that make another occasion the measure of this one (`naik dari`,
    /// `dibanding`). Not `turun`, which also opens `turun langsung` (a teacher who steps in).
    static let comparedWords: FoldedWords = ["naik", "meningkat", "menurun", "bertambah", "berkurang", "dibanding",
                                             "dibandingkan", "ketimbang", "daripada"]

    public struct Findings: Sendable {
        public var type: String?
        public var typeEvidence: Evidence?
        /// THE event of the report: where it is named (see ``EventAnchor``); nil when no event word was found.
        public var anchor: EventAnchor?
        /// The raw score before the other fields are weighed in.
        public var score: Double = 0
        public var held = false
        /// THE event's primary mention stands in a sentence of a plan, a record or a call-off (round 14): a place
        /// named there is where something may happen, not where an event was held.
        public var anchorPlanned = false
        /// Round 40 (probe p15): the sentences that an event word opens, the training held or only scheduled
        /// (`Workshop dijadwalkan berlangsung selama tiga hari, 14-16 Oktober 2024 mendatang, di Aula ...`), not of a
        /// plan with no date, a record or another occurrence, in a report that calls no training off.
        public var scheduledSentences: Set<Int> = []
        public var notEventInTitle = false
        public var announcement = false
        /// What the score is made of, when `WARTA_EXPLAIN` is set in the environment (for rule authors).
        public var reasons: [String] = []
    }

    /// Whether to record the reasons of each score (`WARTA_EXPLAIN=1`): read once per process.
    static let explain: Bool = ProcessInfo.processInfo.environment["WARTA_EXPLAIN"] != nil

    public func extract(_ text: AnalyzedText, scratch: inout MatchScratch) -> Findings {
        var f = Findings()
        let t = text.tokens
        func inTitle(_ i: Int) -> Bool { text.inHeadline(i) }
        // The lead, for detection: the first two paragraphs of the article (a real report often puts one
        // sentence per paragraph), and at least the lead of the structure.
        var leadEnd = text.lead.upperBound
        do {
            var n = text.line(of: min(text.bodyStart, max(0, t.count - 1)))
            var taken = 0
            while n < text.lineStarts.count, taken < 2 {
                if !text.isNoise(line: n) {
                    leadEnd = max(leadEnd, text.lineRange(n).upperBound)
                    taken += 1
                }
                n += 1
            }
        }
        func inLead(_ i: Int) -> Bool { i >= text.bodyStart && i < leadEnd }
        // "training center", "training camp": a place or a sports camp, not a training event.
        func isPlace(_ r: Range<Int>) -> Bool { Self.placeHeads.contains(r.upperBound, in: text) }
        func upFront(_ i: Int) -> Bool { inTitle(i) || inLead(i) }
        var held: [(Int, String, Range<Int>)] = []
        var verbHeld = Set<Int>()
        var byParticipants = Set<Int>()
        var planSentences = Set<Int>()
        // Round 22: sentences whose training was marked the people's past (`yang sebelumnya mengikuti pelatihan`).
        var pastSentences = Set<Int>()
        // Round 47: the sentences of a training held in an earlier year (`pelatihan ... yang digelar DLH pada Maret
        // 2024` on a page of 2025).
        var earlierSentences = Set<Int>()
        // Sentences of a plan that gives a date (`Pelatihan itu rencananya dibuka Senin (14/11/2022)`): a
        // scheduled event, unless the report calls a training off (see `cancelled`).
        var datedPlans = Set<Int>()
        // Round 43 (probe z10): sentences of a plan that give no month, read once the whole text is (below).
        var undatedPlans = Set<Int>()
        var calledOff = false
        var mentionList: [(String, Range<Int>)] = []
        var anaphors: [Range<Int>] = []
        // Round 46: where a statement's occasion clause (rule kind `occasion`) ends.
        var occasions: [Int] = []
        var notEventLead = 0
        var notEventFirst = 0
        // Round 17 (heldout9 u009): a headline opened as a profile (`Kisah Bidan ...`, rule kind `rubric`).
        var rubricOpener = false
        // Where a sign of another story starts (outside noise lines), to find the noun a verb of holding belongs to.
        var cueStarts: [Int] = []
        let bodyLine = text.line(of: min(text.bodyStart, max(0, t.count - 1)))
        var registrationCues: [Int] = []
        // Round 40: the sentences that a training's event word opens, whatever the clause says of it.
        var namingSentences = Set<Int>()
        // Round 46: where each sign of another story starts, for `WARTA_EXPLAIN` (three tokens of it).
        var cueTexts: [String] = []
        func notEventCue(_ start: Int) {
            cueStarts.append(start)
            if Self.explain { cueTexts.append(text.text(of: start..<min(t.count, start + 3))) }
            if inTitle(start) { f.notEventInTitle = true }
            else if inLead(start) {
                notEventLead += 1
                if text.line(of: start) == bodyLine { notEventFirst += 1 }
            }
        }
        // Round 27 (EVT27): an event word with a year before the year of the body's first day (`Ratusan Sertifikat
        // Kompetensi Peserta Pelatihan 2023 Baru Dibagikan` on 16/10/2024) names a training of an earlier year: the
        // past of the people the story is about, not an event held. The body's year is read once, only when an event
        // word carries a year, and a year more than six before the body's is read as a count (review of round 27).
        var bodyYear: Int?
        func ofAnEarlierYear(_ r: Range<Int>) -> Bool {
            guard let y = Self.yearAfter(r, text) else { return false }
            if bodyYear == nil { bodyYear = firstBodyYear(text) }
            // At most six years back: a count written after the event word (`pelatihan 2000 petani`) is no year.
            let by = bodyYear ?? 0
            return y < by && y >= by - 6
        }
        rules.forEachShared { rule in
            for m in rule.pattern.matches(in: text, scratch: &scratch) {
                switch rule.kind {
                case "held":
                    guard let tr = m.capture("type"), !text.isNoise(token: m.start), !isPlace(tr) else { continue }
                    if placeOrPast(tr, text) || drillCompound(tr, text) || guise(tr, text) { continue }
                    if ofAnEarlierYear(tr) {
                        earlierSentences.insert(t[tr.lowerBound].sentence)
                        continue
                    }
                    // Experience, not an event: `yang pernah saya latih`, `kader tidak pernah dilatih`, `belum
                    // pernah mengikuti pelatihan` (`pernah` up to three words before the verb).
                    if (max(0, m.start - 3)..<m.start).contains(where: { text.isWord($0, "pernah") && t[$0].sentence == t[m.start].sentence }) {
                        continue
                    }
                    // Round 26 (EVT26): a holding negated or owed (`Sejumlah program pelatihan belum dilaksanakan`,
                    // `mewajibkan perusahaan memberikan pelatihan K3`, `harus mengikuti pelatihan`): the clause
                    // asserts no training held, it tells its absence or a duty.
                    // A denied one is not held in its sentence at all, as one called off (`Pelatihan Kerja ... Belum
                    // Digelar`): its other mentions there name no event either.
                    // A holding told after its event word in a relative clause (`diklat yang digelar Satpol PP`) is
                    // asserted by its own verb, whatever governs the event word (`setiap anggota diwajibkan menjalani
                    // diklat yang digelar ...`, realnews r205): only a denial between them, or one of the event word's
                    // existence right before it (`belum ada pelatihan yang digelar`), takes it back. Without `yang` the
                    // event word is the subject of the holding, and what stands before it governs both (`Kapan
                    // Pelatihan Menjahit Dibuka Lagi`).
                    let typeFirst = tr.lowerBound == m.start
                    let relative = typeFirst && (tr.upperBound..<m.end).contains { text.isWord($0, "yang") }
                    if let u = typeFirst
                        ? Self.unassertedWithin(tr.upperBound..<m.end, text) ?? Self.deniedExistence(m.start, text)
                            ?? (relative ? nil : Self.unassertedBefore(m.start, text))
                        : Self.unassertedBefore(m.start, text) {
                        if u == .denied { planSentences.insert(t[m.start].sentence) }
                        continue
                    }
                    // Round 47 (probe bg10): a training asked for (`aspirasi: ..., dan penyelenggaraan bimbingan
                    // teknis`), not held.
                    if Self.asked(m.start, text) { continue }
                    // Round 22 (EVD22): the same with `sebelumnya` between the people and their verb (`100 operator desa
                    // yang sebelumnya sudah dilatih`, `Para kader sebelumnya mengikuti pelatihan ...`): the people's past,
                    // told in a story of another act (a launch, an apel, a hand-over), not a training held. Only this
                    // marker (`heldMarkedPast`'s `baru saja` and `sempat` are also said of a training just held).
                    if Self.markedPreviously(m.start, tr, text) {
                        pastSentences.insert(t[m.start].sentence)
                        continue
                    }
                    // Round 46 (probe av10): the same with the perfect before the verb and the month or the year of
                    // the past after the event word (`kader ... sudah mengikuti pelatihan ... pada Juli lalu`).
                    if pastDated(m.start, tr, text) {
                        pastSentences.insert(t[m.start].sentence)
                        continue
                    }
                    // Round 23 (EVD23): people named by the training they took (`personel yang telah mengikuti pelatihan
                    // SAR`): their past, not an event held (not added to `pastSentences`: a closing's `peserta yang telah
                    // mengikuti pelatihan` may be followed by the training itself, `Pelatihan tersebut ...`).
                    if Self.namedByTrainingTaken(m.start, tr, text) { continue }
                    // Also `dulu`/`dahulu` before the verb (`Rina dulu mengikuti pelatihan tata boga`): a past of the
                    // person, as a profile tells it. Not `terlebih dulu` (first of all, of an event held). Round 37
                    // (probe a08): up to three words before it, the people between (`Dulu kami dilatih dari nol`).
                    if Self.judgeWordsBefore(m.start, tr, text, { p in
                        Self.formerlyWords.contains(p, in: text) ? (p < 1 || !Self.firstOfAllWords.contains(p - 1, in: text)) : nil
                    }) { continue }
                    // Round 37 (probe a18): a verb that is the training right after a word of purpose (`Program ini
                    // dirancang untuk membekali warga lanjut usia`, `guna membekali`): what the act is for, not a
                    // training held. A held noun of the same sentence (`menggelar pelatihan untuk membekali ...`) is
                    // read by its own rule.
                    if m.start == tr.lowerBound, m.start > 0, types.value(t, tr) == nil,
                       Self.purposeWords.contains(m.start - 1, in: text), t[m.start - 1].sentence == t[m.start].sentence { continue }
                    // The matter of a case, not an event held: a word of a crime right before it (lexicon
                    // `case_word`: `dugaan tindak pidana korupsi penyelenggaraan bimbingan teknis`). Not across a
                    // comma (`Dalam rangka pencegahan korupsi, Inspektorat menggelar bimtek`).
                    if m.start > 0, caseWords.value(t, (m.start - 1)..<m.start) != nil { continue }
                    // Candidates, not participants: `seleksi calon peserta pelatihan kerja`, `calon peserta diklat`.
                    // Round 41 (probe u15): `bakal` before a verb is the future (`Diskominfo SP bakal menggelar
                    // Workshop ... pada 8-10 Oktober 2025`, as `akan menggelar`, which event.plan weighs), not a candidate.
                    if m.start > 0, Self.candidateWords.contains(m.start - 1, in: text),
                       text.isWord(m.start - 1, "calon") || !Self.opensLikeVerb(text.folded(m.start)) { continue }
                    // The same with the event word right after `calon peserta` (`Seleksi Calon Peserta Pelatihan
                    // Pilot Digelar`: what is held is the selection).
                    if tr.lowerBound > 1, text.isWord(tr.lowerBound - 1, "peserta"),
                       Self.candidateWords.contains(tr.lowerBound - 2, in: text) { continue }
                    if let type = types.value(t, tr) {
                        held.append((m.start, type, tr))
                        if text.isWord(m.start, "peserta") { byParticipants.insert(m.start) }
                    } else if let type = verbType(t, tr) {
                        held.append((m.start, type, tr))
                        verbHeld.insert(m.start)
                    }
                case "mention":
                    guard let tr = m.capture("type"), let type = types.value(t, tr), !text.isNoise(token: m.start), !isPlace(tr) else { continue }
                    // The name of an institution (Balai Besar Pendidikan dan Pelatihan, Badan Diklat) is no event.
                    if notAnEvent(tr, text) || guise(tr, text) || ofAnEarlierYear(tr) { continue }
                    // Round 40: the sentence it opens as its subject (`Workshop dijadwalkan berlangsung ...`), not a
                    // quotation's or a remark's that names trainings (`"Tahun ini anggaran pelatihan kami tambah," kata
                    // Budi di Aula ..., Selasa (17/12/2024)`).
                    if tr.lowerBound == 0 || t[tr.lowerBound - 1].sentence != t[tr.lowerBound].sentence {
                        namingSentences.insert(t[tr.lowerBound].sentence)
                    }
                    // Round 26 (EVT26): nor a training whose clause denies or prescribes it (`Mayoritas Pekerja Muda
                    // Belum Pernah Ikut Pelatihan Kerja`, `Pelatihan Vokasi Harus Sesuai Kebutuhan Industri`,
                    // `Pelatihan Belum Jalan`): a statement about trainings, not the name of one held.
                    // Only the mention goes: what is denied may be something else than the holding (`Pelatihan tidak
                    // dipungut biaya`), so its sentence stays free to hold the training.
                    if Self.unassertedBefore(tr.lowerBound, text) != nil || Self.unassertedAfter(tr, text) != nil { continue }
                    // Round 47 (probe bg10): nor one asked for (`FK-PSM Audiensi ke Bupati, Minta Bimtek`).
                    if Self.asked(tr.lowerBound, text) { continue }
                    // Round 22 (EVD22): nor the name of the people's past training (`12 kader yang sebelumnya mengikuti
                    // pelatihan konseling`), as for a held mention above.
                    if Self.markedPreviously(tr.lowerBound, tr, text) {
                        pastSentences.insert(t[tr.lowerBound].sentence)
                        continue
                    }
                    if Self.namedByTrainingTaken(tr.lowerBound, tr, text) { continue }
                    // Round 37 (probe a21): nor a training someone has ever taken (`Baru 28 Persen Angkatan Kerja ...
                    // Pernah Ikut Pelatihan`), as for a held mention above: an experience, not an event's name.
                    if Self.judgeWordsBefore(tr.lowerBound, tr, text, { p in text.isWord(p, "pernah") ? true : nil }) { continue }
                    mentionList.append((type, tr))
                case "anaphor":
                    if !text.isNoise(token: m.start) { anaphors.append(m.start..<m.end) }
                case "occasion":
                    if !text.isNoise(token: m.start), m.end > 0, t[m.end - 1].sentence == t[m.start].sentence { occasions.append(m.end) }
                case "not-event":
                    if text.isNoise(token: m.start) || hazardIsTopic(m.start, text) || opensTheTraining(m.start, end: m.end, text) { continue }
                    // Round 40: a word of a call for registration (`pendaftaran`) is read once the whole text is (below).
                    if registrationWords.longest(t, at: m.start).map({ m.start + $0.length == m.end }) ?? false {
                        registrationCues.append(m.start)
                        continue
                    }
                    notEventCue(m.start)
                case "announcement":
                    f.announcement = true
                case "rubric":
                    if inTitle(m.start) { rubricOpener = true }
                case "history":
                    // A span of years or a yearly round (`selama tiga tahun terakhir telah melatih 4.320 pencari
                    // kerja`, `Setiap tahun BLK membuka tiga gelombang pelatihan`): a record, not an event held.
                    planSentences.insert(t[m.start].sentence)
                case "cancelled":
                    // A training called off or put back (`Pelatihan ... yang sedianya digelar ... ditunda`, `Bimtek
                    // ... batal dilaksanakan`): the held mentions of its sentence were not held, whatever date they
                    // carry. Not a past delay of a training now held (`sempat ditunda`, `setelah dua kali diundur`).
                    if text.isNoise(token: m.start) { continue }
                    let resumed = (max(0, m.start - 3)..<m.start).contains {
                        Self.resumedWords.contains($0, in: text) && t[$0].sentence == t[m.start].sentence
                    }
                    if resumed { continue }
                    planSentences.insert(t[m.start].sentence)
                    calledOff = true
                    if inTitle(m.start) { f.notEventInTitle = true }
                case "plan":
                    // Round 14: `ke depan` after a span of days or weeks counts from now (`mulai Senin ini, selama tiga
                    // hari ke depan`, `dua pekan ke depan`): a training under way, not a plan. (`tahun ke depan` stays one.)
                    if text.isWord(m.start, "ke"), m.start > 0, Self.spanUnits.contains(m.start - 1, in: text),
                       (max(0, m.start - 4)..<(m.start - 1)).contains(where: { text.isWord($0, "selama") }) { continue }
                    // A plan with a date ("rencananya tanggal 18 hingga 27 September") is a scheduled event.
                    if !namesAMonth(text.sentenceRange(around: m.start, limit: AnalyzedText.nearLimit), text) {
                        undatedPlans.insert(t[m.start].sentence)
                    } else {
                        datedPlans.insert(t[m.start].sentence)
                    }
                default:
                    break
                }
            }
        }
        // Round 40 (probes k15, m13): in a call for registration (rule kind `announcement`: `Pendaftaran dibuka`,
        // `Syarat pendaftaran:`) a word of lexicon `registration_word` is the call's own word, weighed by that kind (and a call with no date
        // or no place is no event, `Pipeline`), not a sign of another story: `Disnakertrans ... Buka Pelatihan
        // Barista untuk 32 Pemuda, Pendaftaran Hingga 9 Oktober`, with the training's days and place in the lead.
        // Elsewhere it tells another story (`biaya pendaftaran` of a scam, `Pendaftaran Tanah Sistematis Lengkap`).
        if !f.announcement { registrationCues.forEach(notEventCue) }
        // A report that calls a training off (`Pelatihan ... batal digelar pekan ini`) and gives the date it was
        // planned for in another sentence (`Pelatihan itu rencananya dibuka Senin (14/11/2022)`): that date is
        // the plan that was called off, not a scheduled event.
        // Round 43 (probe z10): in a call for registration of a training yet to come (`Disparekraf Mabar Buka
        // Pendaftaran Pelatihan ...`, `akan menggelar ... pada 14-16 Oktober 2025 mendatang`) the whole event is a
        // plan: a sentence of its plan (`Pelatihan rencananya dipusatkan di Aula Kantor Disparekraf ...`) tells the
        // event itself, its place, and names it. Elsewhere a plan with no month is another story's or the future's
        // (`Pelatihan serupa rencananya digelar lagi`).
        if !f.announcement || calledOff { planSentences.formUnion(undatedPlans) }
        if calledOff { planSentences.formUnion(datedPlans) }
        else { f.scheduledSentences = namingSentences.subtracting(planSentences).subtracting(pastSentences) }
        // The event word inside the noun phrase of another story, a few words after its head (`Pameran Produk
        // Hasil Pelatihan UMKM Digelar`, `melepas 30 peserta magang`): what is held or sent off is the exhibition or
        // the people, not a training. Only when the event word opens the match (a noun then its verb, or the
        // participants' `peserta`), and only across words of the same sentence, no punctuation between.
        if !cueStarts.isEmpty {
            held.removeAll { h in
                // Not a verb that is the training (`korban banjir dilatih membuat kerajinan`): its subject stands before it.
                let head = h.0 == h.2.lowerBound || text.isWord(h.0, "peserta") ? h.0 : -1
                guard head > 0, !verbHeld.contains(h.0) else { return false }
                return cueStarts.contains { c in
                    c < head && c >= head - Self.phraseReach && t[c].sentence == t[head].sentence
                        && !(c..<head).contains { t[$0].kind == .punct }
                }
            }
        }
        // Round 22 (EVD22): the training marked the people's past, then named again by a deictic in its sentence or the
        // next (`Mereka sebelumnya mengikuti pelatihan ... pada 2-6 Juni 2025 ... . Pelatihan itu diikuti 40 orang.`):
        // the same past training, not the report's own.
        if !pastSentences.isEmpty {
            func pastAgain(_ r: Range<Int>) -> Bool {
                guard r.upperBound < t.count, Self.deictics.contains(r.upperBound, in: text) else { return false }
                let s = t[r.lowerBound].sentence
                return pastSentences.contains(s) || pastSentences.contains(s - 1)
            }
            held.removeAll { pastAgain($0.2) }
            mentionList.removeAll { pastAgain($0.1) }
        }
        // Round 47 (probe bd11): a sentence opened by `Saat itu` (`Ketika itu`, `Kala itu`, `Pada waktu itu`) right
        // after a sentence of the past or of an earlier year's training, on its line, goes on about that training
        // (`... hasil pelatihan ... yang digelar DLH pada Maret 2024 ... . Saat itu, 48 pengelola ... dilatih ...`).
        // The sentence before may also date its training by a month of an earlier year than the body's first day
        // (`pada Maret 2024`).
        held.removeAll { h in
            let p = h.0
            guard p < t.count, let first = firstToken(of: t[p].sentence, before: p, text), first > 0, !t[first].lineStart
            else { return false }
            var q = first
            if text.isWord(q, "pada") { q += 1 }
            guard q + 1 < t.count, Self.thenWords.contains(q, in: text), text.isWord(q + 1, "itu") else { return false }
            let before = t[first - 1].sentence
            if pastSentences.contains(before) || earlierSentences.contains(before) { return true }
            var r = first - 1
            while r > 0, r > first - 80, t[r].sentence == before {
                if t[r].kind == .number, t[r].end - t[r].start == 4, let y = t[r].number, months.longest(t, at: r - 1)?.length == 1 {
                    if bodyYear == nil { bodyYear = firstBodyYear(text) }
                    if let by = bodyYear, y < by { return true }
                }
                r -= 1
            }
            return false
        }
        // Round 29 (EVT29, heldout17 q112): a training joined to another act of the same occasion (`Pada hari yang
        // sama, pengukuhan dirangkai dengan pelatihan ... di Kampoeng Kopi Banaran`, `Di samping pengukuhan, hari itu
        // juga digelar pelatihan ...`, `Kegiatan tersebut dilanjutkan dengan pelatihan ...`) is held with that act:
        // when the headline or the lead tells such an act (a sign of another story there), the training joined to it
        // further down is held up front with it, not a background named later. The other act is named next to the
        // joining word by its sign (`pengukuhan`, `pelantikan`, `rakor`) or by an anaphor (`kegiatan tersebut`).
        var joined = Set<Int>()
        if f.notEventInTitle || notEventLead > 0 {
            // Not a sosialisasi: a hand-over or a distribution `dirangkai sosialisasi` tells its rules, not a training.
            for h in held where !upFront(h.0) && h.1 != "sosialisasi" {
                let s = t[h.2.lowerBound].sentence
                let lo = max(0, h.2.lowerBound - Self.joinReach)
                for p in lo..<h.2.lowerBound where t[p].sentence == s
                    && (joinVerbs.longest(t, at: p) != nil || Self.besidesWords.contains(p, in: text)) {
                    let near = max(0, p - Self.partnerReach)...(p + Self.partnerReach)
                    let partner = cueStarts.contains { near.contains($0) && $0 < h.2.lowerBound && t[$0].sentence == s }
                        || anaphors.contains { near.contains($0.lowerBound) && $0.lowerBound < h.2.lowerBound && t[$0.lowerBound].sentence == s }
                    if partner { joined.insert(h.0); break }
                }
            }
        }
        // Round 46 (probe bc03): a training held in the sentence that names the occasion of the statements before
        // it (`"Sampah jan dibuang ka batang aia lai," kata Bupati ... . Pernyataan itu disampaikan bupati saat membuka
        // Pelatihan Pengelolaan Bank Sampah Nagari yang digelar DLH ... di aula Kantor DLH, Rabu (7/8/2024).`): the
        // report's quotes were said there, so the training is the report's own, held up front as one joined to the
        // lead's act is, whatever the lead's first sentences tell (the problem the statement is about).
        for o in occasions {
            let s = t[max(0, o - 1)].sentence
            for h in held where h.0 >= o && t[h.0].sentence == s { joined.insert(h.0) }
        }
        // Round 33 (OCC33): a training held or named in a sentence of another occurrence (`Kegiatan serupa pernah
        // digelar ... . Saat itu pelatihan diikuti 35 kader`) is not the event of the report.
        let otherEarly = Set(otherOccurrences(primary: nil, eventWords: mentionList.map(\.1) + held.map(\.2), held: held.map(\.2), anaphors: anaphors, text))
        if !otherEarly.isEmpty {
            held.removeAll { otherEarly.contains(t[$0.0].sentence) }
            mentionList.removeAll { otherEarly.contains(t[$0.1.lowerBound].sentence) }
            f.scheduledSentences.subtract(otherEarly)
        }
        held.sort { $0.0 < $1.0 }
        mentionList.sort { $0.1.lowerBound < $1.1.lowerBound }
        // A training only planned ("berencana menggelar pelatihan") is not held.
        let realHeld = held.filter { !planSentences.contains(t[$0.0].sentence) }
        let firstHeld = realHeld.first
        f.held = firstHeld != nil
        // A headline and a first paragraph about another story (`Bupati Serahkan Sertifikat ... kepada 48 Alumni
        // Pelatihan Kerja`, then `menyerahkan sertifikat ... kepada 48 alumni`) make a training held only in the
        // next paragraph its background (`peserta pelatihan ... yang diselenggarakan ... pada 13-15 Agustus 2024
        // lalu`), not a training held up front.
        // Round 19 (heldout11 w031): the same when the headline tells another story's act and names the training
        // only in a clause of its past or of a plan (`Ikut Diklat ... Bulan Lalu, Tiga Pendamping Kini
        // Diberhentikan ...`: rules of kind `history`), and the lead too carries a sign of another story
        // (`diberhentikan`, `pemberhentian`): the lead's training held is that story's past (`ketiganya baru saja
        // mengikuti diklat ...`), not the news.
        // Fix 19 (review j1, j2, f1, f2): only when the lead holds no training of its own, or holds it only as the
        // people's past (`baru saja mengikuti`, `pernah`, `sempat`): a lead that holds the training unmarked
        // (`60 buruh yang diberhentikan pabrik garmen mengikuti pelatihan menjahit yang digelar Disnaker ...,
        // Senin (3/11/2025)`) reports it, whatever the headline's clause of after or past tells.
        let leadHoldsNews = realHeld.contains { inLead($0.0) && !Self.heldMarkedPast($0.0, $0.2, text) }
        let titleOnlyPast = f.notEventInTitle && notEventLead > 0 && !leadHoldsNews
            && mentionList.contains { inTitle($0.1.lowerBound) }
            && !mentionList.contains { inTitle($0.1.lowerBound) && !planSentences.contains(t[$0.1.lowerBound].sentence) }
        // Round 29 (EVT29): not when the training is joined to that other story's act (`Serah terima ... Kegiatan
        // tersebut dilanjutkan dengan bimtek ...`): the report says the act and the training were one occasion.
        let joinedHeld = realHeld.contains { joined.contains($0.0) }
        let background = !joinedHeld && (titleOnlyPast || (f.notEventInTitle && notEventFirst > 0
            && !realHeld.contains { inTitle($0.0) || ($0.0 >= text.bodyStart && text.line(of: $0.0) == bodyLine) }))
        // A training named only by its participants (`Wisuda Peserta Pelatihan BLK`, then `120 peserta pelatihan
        // ... diwisuda`) under a headline and a lead that both carry a sign of another story: the story is what
        // happens to the trainees, not a training held.
        let aboutTrainees = f.notEventInTitle && notEventLead > 0
        // Round 17: under a profile's headline (`Kisah Bidan ...`, rule kind `rubric`) the lead tells the person's
        // story; a training held there is the person's past, counted as held further down (1.5).
        // Round 21 (probe q026): under a headline of another story (`Lomba Masak ... Meriahkan HUT ...`), a training the
        // lead holds only as its people's past (`Para peserta sebelumnya mendapat pelatihan ...`, `pernah`, `sempat`,
        // `baru saja`: `heldMarkedPast`) is that story's background, not a training held up front.
        let heldUpFront = background || rubricOpener ? nil : realHeld.first {
            (upFront($0.0) || joined.contains($0.0)) && !(aboutTrainees && byParticipants.contains($0.0))
                && !(f.notEventInTitle && Self.heldMarkedPast($0.0, $0.2, text))
        }
        let firstTitleMention = mentionList.first { inTitle($0.1.lowerBound) }
        let firstLeadMention = mentionList.first { inLead($0.1.lowerBound) }
        var score = 0.0
        if firstHeld != nil { score += heldUpFront != nil ? 3 : 1.5 }
        // Not when the headline names it only in a record, a plan or a call-off (`Sepanjang 2024, BPSDM Gelar 85
        // Angkatan Diklat`): the headline does not report an event.
        if let tm = firstTitleMention { if !planSentences.contains(t[tm.1.lowerBound].sentence) { score += 1.5 } }
        // No headline names it (a page that opens with chrome or a dateline), but the lead does, in a report with
        // no sign of another story: the lead is where a report names its event.
        // Not when the lead names it only in a sentence of a record, a plan or a call-off (`mencatat 410 pencari
        // kerja mengikuti pelatihan ... sepanjang tahun 2024`): the lead does not report an event.
        else if let lm = firstLeadMention, !f.notEventInTitle, notEventLead == 0,
                !planSentences.contains(t[lm.1.lowerBound].sentence) { score += Self.leadMentionWeight }
        if mentionList.count >= 3 { score += 0.5 }
        // A headline about another story (a pengukuhan) lowers the score; a training held up front outweighs it.
        // Only when the lead too is about another story (two of its signs or more: `majelis hakim`, `vonis`,
        // `terdakwa`) does the training held up front not soften it: it is the subject of that story.
        if f.notEventInTitle { score -= heldUpFront != nil && notEventLead < 2 ? 1.5 : 3 }
        // A lead about something else (a selection test, a hearing) outweighs a training mentioned later.
        if notEventLead > 0, heldUpFront == nil { score -= 2.5 }
        if f.announcement { score -= 2 }
        let rubric = rubricOpener || rubricBeforeBody(text) || rubricInHeadline(text)
        if rubric { score -= 3 }
        f.score = score
        if Self.explain {
            f.reasons = [
                "held: \(realHeld.map { text.text(of: $0.2) }) upfront: \(heldUpFront.map { text.text(of: $0.2) } ?? "-")",
                "title mention: \(firstTitleMention.map { text.text(of: $0.1) } ?? "-"), lead mention: \(firstLeadMention.map { text.text(of: $0.1) } ?? "-"), mentions: \(mentionList.count)",
                "not-event in title: \(f.notEventInTitle), in lead: \(notEventLead), announcement: \(f.announcement), rubric: \(rubric), signs: \(cueTexts)",
                "headline: \(text.text(of: text.headline)) | lead: \(text.text(of: text.lead).prefix(80))",
                "lines: " + text.lineStarts.indices.prefix(DocumentStructure.headerLines + 2).map { n in
                    let end = n + 1 < text.lineStarts.count ? text.lineStarts[n + 1] : text.tokens.count
                    return "\(text.structure.kinds[n])[\(text.text(of: text.lineStarts[n]..<end).prefix(24))]"
                }.joined(separator: " "),
            ]
        }
        // THE event: held up front, else named in the headline, else in the lead, else held, else named.
        // A verb that is the training ("dilatih", "membekali") yields to the event noun of the headline or lead,
        // and further down to an event noun held anywhere.
        let nounHeldUpFront = realHeld.first { upFront($0.0) && !verbHeld.contains($0.0) }
        let nounUpFront = firstTitleMention ?? firstLeadMention
        let heldChoice = heldUpFront.flatMap { h in verbHeld.contains(h.0) ? (nounHeldUpFront ?? (nounUpFront != nil ? nil : h)) : h }
        let chosen: (String, Range<Int>, Int)? =
            heldChoice.map { ($0.1, $0.2, $0.0) }
            ?? (heldUpFront != nil ? nil : (realHeld.first { !verbHeld.contains($0.0) } ?? firstHeld).map { ($0.1, $0.2, $0.0) })
            ?? firstTitleMention.map { ($0.0, $0.1, $0.1.lowerBound) } ?? firstLeadMention.map { ($0.0, $0.1, $0.1.lowerBound) }
            ?? mentionList.first.map { ($0.0, $0.1, $0.1.lowerBound) }
        if var (type, range, _) = chosen {
            // Which type word names THE event: the report's own name for it. A general word used once for the
            // event (`menggelar pelatihan P2K2`) yields to the type the report then names it by, again and again
            // (`Diklat P2K2` four times), and to an abbreviation in parentheses right after it (`Pelatihan
            // Bimbingan dan Teknis (Bimtek)`).
            if let named = namedType(chosen: type, range: range, mentions: mentionList, planned: planSentences, text) {
                type = named.0
                range = named.1
            }
            // Round 33 (OCC33): the sentences of another occurrence (their mentions are gone from the lists above),
            // never the one that names the event.
            var others = otherEarly
            if range.lowerBound < t.count { others.remove(t[range.lowerBound].sentence) }
            f.type = type
            f.typeEvidence = text.evidence(range)
            f.anchorPlanned = planSentences.contains(t[range.lowerBound].sentence)
            // Every mention of the same type outside planned sentences, and `kegiatan tersebut`, names the event.
            var same = mentionList.filter { $0.0 == type && !planSentences.contains(t[$0.1.lowerBound].sentence) }.map(\.1)
            same.append(contentsOf: realHeld.filter { $0.1 == type }.map(\.2))
            same.append(contentsOf: anaphors)
            // What the sentences of another occurrence say attaches to no field.
            if !others.isEmpty { same.removeAll { others.contains(t[$0.lowerBound].sentence) && !$0.overlaps(range) } }
            f.anchor = EventAnchor(primary: range, mentions: same, other: others.sorted(), in: text)
        }
        return f
    }
}

import Foundation
