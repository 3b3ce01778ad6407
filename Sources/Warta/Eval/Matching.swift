import Foundation

/// The forgiving comparisons of `GOLD-FORMAT.md`: case and punctuation ignored, common abbreviations
/// expanded (`Kab.` = `Kabupaten`, `Dinsos` = `Dinas Sosial`), organizers and venues matching when most of
/// their words match, persons matching with titles stripped. Dates, counts and legal references are exact.
public enum Matching {
    static let expansions: [String: [String]] = [
        "kab": ["kabupaten"], "prov": ["provinsi"], "kec": ["kecamatan"], "kel": ["kelurahan"],
        "dinsos": ["dinas", "sosial"], "pemkab": ["pemerintah", "kabupaten"], "pemkot": ["pemerintah", "kota"],
        "pemprov": ["pemerintah", "provinsi"], "kemensos": ["kementerian", "sosial"], "adm": ["administrasi"],
        "sudinsos": ["suku", "dinas", "sosial"], "dki": ["daerah", "khusus", "ibukota"], "diy": ["daerah", "istimewa"],
        "kemendagri": ["kementerian", "dalam", "negeri"], "setda": ["sekretariat", "daerah"],
    ]

    /// Lower-cased words, punctuation removed, abbreviations expanded.
    public static func words(_ s: String) -> [String] {
        if let ascii = asciiWords(s) { return ascii }
        var out: [String] = []
        for t in Tokenizer.words(s) where t.kind != .punct {
            if let e = expansions[t.folded] { out.append(contentsOf: e) } else { out.append(t.folded) }
        }
        return out
    }

    /// The keys of ``expansions`` of up to eight bytes, packed (``pack(_:)``): a word is looked up there only
    /// when it packs to one of them (or is longer), not hashed as a string at every word of every name.
    static let shortExpansionKeys: [UInt64] = expansions.keys.compactMap { $0.utf8.count <= 8 ? pack(Array($0.utf8)) : nil }
    /// The length in bytes of the longest key of ``expansions``.
    static let longestExpansion = expansions.keys.map(\.utf8.count).max() ?? 0

    /// Up to eight bytes, none of them zero, as one integer (one value per byte string).
    @inline(__always)
    static func pack(_ bytes: [UInt8]) -> UInt64 {
        var k: UInt64 = 0
        for b in bytes { k = k << 8 | UInt64(b) }
        return k
    }

    /// ``words(_:)`` of an ASCII string without tokenizing it (the tokenizer's words of ASCII text are its
    /// runs of letters and digits, lower-cased); nil when `s` has other characters.
    static func asciiWords(_ s: String) -> [String]? {
        var s = s
        return s.withUTF8 { bytes -> [String]? in
            // Round 19 (SPEED13): the words are counted first (and a byte beyond ASCII found), so that the list is
            // allocated once, and each word is written lower-cased straight into its string (no buffer of its own:
            // a word of up to 15 bytes allocates nothing).
            var count = 0
            var inWord = false
            for b in bytes {
                guard b < 0x80 else { return nil }
                let w = isWordByte(b)
                if w && !inWord { count &+= 1 }
                inWord = w
            }
            var out: [String] = []
            out.reserveCapacity(count)
            let shortKeys = shortExpansionKeys
            let longest = longestExpansion
            let n = bytes.count
            var i = 0
            while i < n {
                guard isWordByte(bytes[i]) else {
                    i &+= 1
                    continue
                }
                var j = i
                // ``pack(_:)`` of the word's first eight bytes (of the whole word when it has at most eight).
                var key: UInt64 = 0
                while j < n, isWordByte(bytes[j]) {
                    if j &- i < 8 { key = key << 8 | UInt64(lowered(bytes[j])) }
                    j &+= 1
                }
                let length = j - i
                let start = i
                let w = String(unsafeUninitializedCapacity: length) { buffer in
                    for q in 0..<length { buffer[q] = lowered(bytes[start &+ q]) }
                    return length
                }
                // The dictionary is asked only for a word that may be one of its keys: one of up to eight bytes
                // that packs to a short key's value, or a longer one of a long key's length at most.
                let mayExpand = length <= 8 ? shortKeys.contains(key) : length <= longest
                if mayExpand, let e = expansions[w] { out.append(contentsOf: e) } else { out.append(w) }
                i = j
            }
            return out
        }
    }

    /// An ASCII letter or digit: a byte of a word for ``asciiWords(_:)``.
    @inline(__always)
    static func isWordByte(_ b: UInt8) -> Bool { b &- 0x30 < 10 || b &- 0x61 < 26 || b &- 0x41 < 26 }

    /// An ASCII byte in lower case.
    @inline(__always)
    static func lowered(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }

    public static func normalized(_ s: String) -> String { words(s).joined(separator: " ") }

    /// `s.split(separator: " ")`: by bytes when `s` is ASCII (the same pieces, since no ASCII character
    /// joins a space into a larger one), by characters otherwise.
    static func spaceSeparated(_ s: String) -> [Substring] {
        guard s.utf8.allSatisfy({ $0 < 0x80 }) else { return s.split(separator: " ") }
        return s.utf8.split(separator: 0x20).map { Substring($0) }
    }

    /// Equal after normalization.
    public static func same(_ a: String, _ b: String) -> Bool { normalized(a) == normalized(b) }

    /// The forms a name is written in: as given, and `Long Name (ABBR) Rest` shortened to `ABBR Rest`.
    public static func variants(_ s: String) -> [String] {
        guard let open = s.firstIndex(of: "("), let close = s[open...].firstIndex(of: ")"), open > s.startIndex else { return [s] }
        let abbr = s[s.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
        let rest = s[s.index(after: close)...].trimmingCharacters(in: .whitespaces)
        guard !abbr.isEmpty, abbr.split(separator: " ").count <= 2 else { return [s] }
        return [s, rest.isEmpty ? abbr : abbr + " " + rest]
    }

    /// More than half of the words of the longer side are shared, in any of the forms of ``variants(_:)``.
    public static func mostWords(_ a: String, _ b: String) -> Bool {
        for x in variants(a) {
            for y in variants(b) where mostWordsOnce(x, y) { return true }
        }
        return false
    }

    static func mostWordsOnce(_ a: String, _ b: String) -> Bool {
        mostWordsOnce(words: words(a), words(b))
    }

    /// More than half of the words of the longer side are shared, each word counted once.
    static func mostWordsOnce(words wa: [String], _ wb: [String]) -> Bool {
        guard !wa.isEmpty, !wb.isEmpty else { return wa.isEmpty && wb.isEmpty }
        var pool: [String: Int] = [:]
        for w in wb { pool[w, default: 0] += 1 }
        var common = 0
        for w in wa where (pool[w] ?? 0) > 0 {
            common += 1
            pool[w, default: 0] -= 1
        }
        return Double(common) > 0.5 * Double(max(wa.count, wb.count))
    }

    /// Titles, honorifics and ranks that a person's name is compared without.
    public static let titles: Set<String> = [
        "drs", "dra", "dr", "h", "hj", "hm", "ir", "prof", "r", "s", "sos", "st", "si", "pd", "se", "mm", "ak", "ca",
        "sh", "mh", "kom", "m", "ssos", "spd", "mpd", "msi", "ners", "apt", "amd", "skm", "mkes", "sked", "skep",
        "sp", "mt", "ma", "ba", "bsc", "msc", "phd", "akbp", "kompol", "letkol", "kombes", "kolonel", "mayor",
        "kapten", "iptu", "ipda", "aiptu", "bripka", "brigadir", "ajun", "komisaris", "bapak", "ibu", "pak", "bu",
        "sdr", "kh", "ust", "ustadz", "mba", "mbak", "mas", "tgh", "hc", "mag", "ag", "stp", "sstp", "mp", "li",
        "psi", "ssi", "sip", "map", "sth", "sik", "mkm",
    ]

    public static func personKey(_ s: String) -> String {
        words(s).filter { !titles.contains($0) }.joined(separator: " ")
    }

    public static func samePerson(_ a: String, _ b: String) -> Bool {
        let ka = personKey(a)
        return !ka.isEmpty && ka == personKey(b)
    }

    public static func sameLegal(_ a: String, _ b: String) -> Bool {
        a.lowercased().split(separator: " ").joined(separator: " ") == b.lowercased().split(separator: " ").joined(separator: " ")
    }
}
