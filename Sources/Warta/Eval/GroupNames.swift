/// Round 28 (GRP28): participant groups compared by their short names, as `GOLD-FORMAT.md` and the issue write them
/// (`Pekerja Sosial Masyarakat` -> `PSM`, `pengurus Karang Taruna` -> `Karang Taruna`). The labels of the readable
/// sets were written by several writers, and they write one group in several forms: the long name with its
/// acronym (`Masyarakat Peduli Api (MPA)`, `anggota Badan Permusyawaratan Desa (BPD)`), the acronym alone, or the
/// group with the member word before it (`anggota MPA`, `pengurus Karang Taruna`). Two names are the same group
/// when they are equal after ``Matching/normalized(_:)`` or when their keys are equal:
///
/// 1. each phrase of the alias lexicon `participant_group` (the extractor's own) is read as its short name
///    (`tenaga kesejahteraan sosial kecamatan` -> `tksk`, `tp pkk` -> `pkk`);
/// 2. a long name followed by its acronym in brackets is the acronym (`Kelompok Tani Hutan (KTH) Sumber Rejeki`
///    -> `kth sumber rejeki`): the long name starts at the farthest word with the acronym's first letter among
///    the run of capitalized words before the bracket (the whole run when none has it), or, written in lower
///    case, among the six words before it (`pelaku usaha mikro, kecil dan menengah (UMKM)` -> `pelaku umkm`); an
///    acronym the name already ends with is dropped (`kwt (KWT)` -> `kwt`);
/// 3. member words before the group's name are dropped (`anggota`, `pengurus`, `personel`, `para`, `seluruh`,
///    `perwakilan`, `utusan`), never the last word;
/// 4. a word doubled is read once (`ibu ibu majelis taklim`, `ibu-ibu majelis taklim` = `ibu majelis taklim`:
///    one writer writes the plural, another the word).
///
/// A role inside the body stays (`ketua BPD` is not `BPD`), as do the words after the name (`pengurus UPZ desa`
/// is not `UPZ`). Without a rule set (``init()``) step 1 is skipped.
public struct GroupNames: Sendable {
    let vocabulary: Vocabulary?
    let aliases: Lexicon?

    /// Words of membership before a group's name (step 3).
    static let memberWords: Set<String> = ["anggota", "pengurus", "personel", "para", "seluruh", "perwakilan", "utusan"]
    /// At most this many words before a bracket are read as a lower-case long name (step 2).
    static let longNameWords = 6

    /// Steps 2 and 3 only.
    public init() {
        vocabulary = nil
        aliases = nil
    }

    /// All three steps, with the lexicon `participant_group` of `rules`.
    public init(rules: RuleSet) {
        vocabulary = rules.vocabulary
        aliases = rules.lexicon("participant_group")
    }

    /// The same group: equal after normalization, or equal keys.
    public func same(_ a: String, _ b: String) -> Bool {
        if Matching.same(a, b) { return true }
        let ka = key(a)
        return !ka.isEmpty && ka == key(b)
    }

    /// The group's short name, lower-cased, its words joined by spaces.
    public func key(_ name: String) -> String {
        let out = Tokenizer.tokenize(CleanText(normalizing: name), vocabulary: vocabulary)
        let t = out.tokens
        // Words so far, each with whether it was written with a capital.
        var words: [(word: String, capital: Bool)] = []
        var i = 0
        while i < t.count {
            if let aliases, t[i].kind != .punct, let a = aliases.longest(t, at: i), a.length > 0 {
                for w in a.value.lowercased().split(separator: " ") where words.last?.word != String(w) { words.append((String(w), true)) }
                i += a.length
                continue
            }
            if t[i].kind == .punct, out.folded(i) == "(", i + 2 < t.count, t[i + 1].kind == .word, t[i + 2].kind == .punct,
                out.folded(i + 2) == ")"
            {
                var abbr = out.folded(i + 1)
                if let aliases, let a = aliases.longest(t, at: i + 1), a.length == 1 { abbr = a.value.lowercased() }
                Self.shorten(&words, to: abbr)
                i += 3
                continue
            }
            // A word doubled is the plural and is read once (`ibu-ibu`, `ibu ibu majelis taklim` = `ibu majelis taklim`).
            if t[i].kind != .punct, words.last?.word != out.folded(i) { words.append((out.folded(i), t[i].capitalized)) }
            i += 1
        }
        var start = 0
        while start + 1 < words.count, Self.memberWords.contains(words[start].word) { start += 1 }
        return words[start...].map(\.word).joined(separator: " ")
    }

    /// Step 2: the long name at the end of `words` replaced by `abbr`.
    static func shorten(_ words: inout [(word: String, capital: Bool)], to abbr: String) {
        guard let last = words.last else {
            words.append((abbr, true))
            return
        }
        if last.word == abbr { return }
        // The words the long name may take: the capitalized run before the bracket, or the last few.
        var lowest = words.count - 1
        if last.capital {
            while lowest > 0, words[lowest - 1].capital { lowest -= 1 }
        } else {
            lowest = max(0, words.count - longNameWords)
        }
        // It starts at the farthest of them with the acronym's first letter (`Ketua Badan Permusyawaratan Desa
        // (BPD)` -> `ketua bpd`); a capitalized run with none is the long name whole (`Kelompok Sadar Wisata
        // (Pokdarwis)`).
        var from = last.capital ? lowest : words.count
        if let initial = abbr.first {
            for j in stride(from: words.count - 1, through: lowest, by: -1) where words[j].word.first == initial { from = j }
        }
        // No long name found: the acronym stands beside the words (`kader (PKK)`).
        words.removeSubrange(from...)
        words.append((abbr, true))
    }
}
