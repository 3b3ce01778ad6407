import Foundation

/// Splits clean text into tokens in one pass over its scalars: it folds each word into one byte buffer (lower
/// case, diacritics removed; dashes, quotes and slashes to their ASCII forms), looks it up in the rule set's
/// vocabulary with the hash computed while folding, and marks sentence boundaries as it goes.
public enum Tokenizer {
    /// Tokens and the buffer that holds their folded forms (`folds[foldStart..<foldEnd]` of each token).
    public struct Output: Sendable {
        public var tokens: [Token]
        public var folds: [UInt8]

        /// The folded form of token `i`.
        public func folded(_ i: Int) -> String { Tokenizer.folded(tokens[i], in: folds) }
    }

    /// The folded form of `token`, read from the fold buffer of its text.
    static func folded(_ token: Token, in folds: [UInt8]) -> String {
        folds.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[Int(token.foldStart)..<Int(token.foldEnd)]), as: UTF8.self)
        }
    }

    public static func tokenize(_ text: CleanText, vocabulary: Vocabulary? = nil) -> Output {
        tokenize(scalars: text.scalars, vocabulary: vocabulary)
    }

    public static func tokenize(scalars: [Unicode.Scalar], vocabulary: Vocabulary? = nil) -> Output {
        scalars.withUnsafeBufferPointer { tokenize($0, vocabulary: vocabulary) }
    }

    /// The folded words of `text` with their kinds, tokenized like a document.
    public static func words(_ text: String) -> [(folded: String, kind: Token.Kind)] {
        let out = tokenize(scalars: Array(text.unicodeScalars))
        return out.tokens.indices.map { (out.folded($0), out.tokens[$0].kind) }
    }

    /// A growable byte buffer that keeps room for at least one byte per scalar still to read, so that
    /// ASCII folding writes without checks.
    struct FoldBuffer {
        var base: UnsafeMutablePointer<UInt8>
        var capacity: Int
        var count = 0

        init(capacity: Int) {
            self.capacity = capacity
            base = .allocate(capacity: capacity)
        }

        /// Makes room for `bytes` more bytes plus one per scalar still to read.
        mutating func reserve(_ bytes: Int, remaining: Int) {
            let need = count + bytes + remaining + 16
            guard need > capacity else { return }
            let grown = max(need, capacity * 2)
            let next = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
            next.update(from: base, count: count)
            base.deallocate()
            base = next
            capacity = grown
        }

        mutating func append<C: Collection>(contentsOf bytes: C, remaining: Int) where C.Element == UInt8 {
            reserve(bytes.count, remaining: remaining)
            for b in bytes { base[count] = b; count += 1 }
        }

        func bytes(from start: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base + start, count: count - start) }
    }

    static func tokenize(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, vocabulary: Vocabulary?) -> Output {
        guard let vocabulary else { return tokenize(scalars, lookup: nil) }
        return vocabulary.withLookup { tokenize(scalars, lookup: $0) }
    }

    static func tokenize(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, lookup: Vocabulary.Lookup?) -> Output {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5 + 1)
        let n = scalars.count
        var folds = FoldBuffer(capacity: n + 64)
        defer { folds.base.deallocate() }
        var i = 0
        var space = false
        var lineStart = true
        var sentence = 0
        var abbreviationAt = -1  // index of the last word token that is a known abbreviation
        // Round 47: the same before the token being read, which may be an abbreviation itself (`Dr. H. Ahmad`, `S.H.
        // M.H.`): its own mark must not hide the one before its full stop.
        var abbreviationBefore = -1
        var previousStop = false  // the previous token is ".", "!" or "?"
        var previousDot = false  // ... and it is "." right after the word before it
        while i < n {
            let s = scalars[i]
            let v = s.value
            if v == 0x0A { lineStart = true; space = true; i += 1; continue }
            if v == 0x20 || v == 0x09 { space = true; i += 1; continue }
            var token: Token
            var quote = false
            abbreviationBefore = abbreviationAt
            var foldASCII = true
            let foldStart = folds.count
            if isAlnum(s) {
                let start = i
                let scan = scanWord(scalars, from: i, into: folds.base + folds.count)
                i = scan.end
                let f = folds.count + scan.folded
                let ascii = scan.ascii
                let letterCount = scan.letters
                let upperCount = scan.upper
                let allDigits = letterCount == 0
                let value = scan.value
                let hash = scan.hash
                folds.count = f
                let length = i - start
                var id: Int32 = -1
                if ascii {
                    if let lookup { id = lookup.id(folds.bytes(from: foldStart), hash: hash) }
                } else {
                    folds.count = foldStart
                    let folded = foldGeneral(scalars[start..<i])
                    folds.append(contentsOf: folded.utf8, remaining: n - i)
                    foldASCII = isASCII(folds.bytes(from: foldStart))
                    if let lookup { id = lookup.id(folded) }
                }
                token = Token(
                    kind: allDigits ? .number : .word, start: start, end: i, spaceBefore: space, lineStart: lineStart,
                    capitalized: !allDigits && isUpper(scalars[start]),
                    allCaps: letterCount >= 2 && upperCount == letterCount,
                    number: allDigits && ascii && length <= 9 ? value : nil)
                token.alphabetic = letterCount == length
                token.id = id
                if i < n, scalars[i].value == 0x2E, !allDigits, length <= 5, ascii, abbreviationKeys.contains(key(folds.bytes(from: foldStart))) {
                    abbreviationAt = tokens.count
                }
            } else {
                // The FNV-1a hash of a one-byte fold is one step.
                var hash: UInt64? = nil
                if let b = foldPunctByte(s) {
                    folds.base[folds.count] = b
                    folds.count += 1
                    quote = b == UInt8(ascii: "\"")
                    hash = (Vocabulary.offsetBasis ^ UInt64(b)) &* Vocabulary.prime
                } else {
                    folds.append(contentsOf: String(s).utf8, remaining: n - i)
                    foldASCII = isASCII(folds.bytes(from: foldStart))
                }
                token = Token(
                    kind: .punct, start: i, end: i + 1, spaceBefore: space, lineStart: lineStart, capitalized: false,
                    allCaps: false, number: nil)
                if let lookup {
                    let bytes = folds.bytes(from: foldStart)
                    token.id = lookup.id(bytes, hash: hash ?? Vocabulary.hash(bytes: bytes))
                }
                i += 1
            }
            token.foldStart = Int32(foldStart)
            token.foldEnd = Int32(folds.count)
            token.foldASCII = foldASCII
            if token.alphabetic { token.classes |= Token.Classes.alphabetic }
            // Sentence boundaries: every line break, and a full stop, "!" or "?" followed by white space and
            // a capital letter, a digit or a quote, unless the word before the full stop is a known abbreviation.
            let count = tokens.count
            if count > 0 {
                if token.lineStart {
                    sentence += 1
                } else if token.spaceBefore, previousStop {
                    let opensSentence = token.capitalized || token.kind == .number || quote
                    var abbreviation = abbreviationBefore == count - 2 && previousDot
                    // Round 47 (probe av06): a degree after a name and its comma ends the sentence when a capitalized
                    // word that is no abbreviation follows (`..., dan Dr. Andi Fadli, S.Kom., M.T. Ketiganya merupakan
                    // ...`); not `S.H. M.H.` (a degree goes on), nor `Dr. H. Ahmad` (a title before a name).
                    if abbreviation, opensSentence, token.kind == .word, !(token.end < n && scalars[token.end].value == 0x2E),
                       endsDegreeAfterComma(tokens, count - 2, folds) {
                        abbreviation = false
                    }
                    if opensSentence && !abbreviation { sentence += 1 }
                }
            }
            token.sentence = sentence
            if token.kind == .punct {
                let b = folds.base[foldStart]
                previousStop = token.foldEnd - token.foldStart == 1 && (b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?"))
                previousDot = previousStop && b == UInt8(ascii: ".") && !token.spaceBefore
            } else {
                previousStop = false
                previousDot = false
            }
            tokens.append(token)
            space = false
            lineStart = false
        }
        return Output(tokens: tokens, folds: Array(folds.bytes(from: 0)))
    }

    /// What ``scanWord(_:from:into:)`` found: where the word ends, how many bytes it folded, its letters (ASCII
    /// and others), upper-case letters, the value of its digits, the FNV-1a hash of its folded bytes, and whether
    /// it is all ASCII.
    struct WordScan {
        var end: Int
        var folded: Int
        var letters: Int
        var upper: Int
        var value: Int
        var hash: UInt64
        var ascii: Bool
    }

    /// Reads the letters and digits of one word from `start` (an alphanumeric scalar): ASCII letters are folded to
    /// lower case into `out` (which has room for one byte per scalar) and hashed as they go; at the first scalar
    /// beyond ASCII the bytes are no longer needed (the caller folds such a word itself) and only the counts
    /// go on. Kept out of line, so that its loop has the registers to itself.
    @inline(never)
    static func scanWord(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, into out: UnsafeMutablePointer<UInt8>) -> WordScan {
        let n = scalars.count
        guard let base = scalars.baseAddress else { return WordScan(end: start, folded: 0, letters: 0, upper: 0, value: 0, hash: Vocabulary.offsetBasis, ascii: true) }
        var i = start
        var f = 0
        var letters = 0
        var upper = 0
        var value = 0
        var hash = Vocabulary.offsetBasis
        while i < n {
            let cv = base[i].value
            var b: UInt8
            if cv &- 0x61 < 26 {
                b = UInt8(truncatingIfNeeded: cv)
                letters &+= 1
            } else if cv &- 0x41 < 26 {
                b = UInt8(truncatingIfNeeded: cv) | 0x20
                letters &+= 1
                upper &+= 1
            } else if cv &- 0x30 < 10 {
                b = UInt8(truncatingIfNeeded: cv)
                value = value &* 10 &+ Int(cv &- 0x30)
            } else {
                break
            }
            out[f] = b
            f &+= 1
            hash = (hash ^ UInt64(b)) &* Vocabulary.prime
            i &+= 1
        }
        guard i < n, base[i].value >= 0x80, isAlnum(base[i]) else {
            return WordScan(end: i, folded: f, letters: letters, upper: upper, value: value, hash: hash, ascii: true)
        }
        // A word with letters beyond ASCII: count to its end.
        while i < n {
            let c = base[i]
            let v = c.value
            if v < 0x80 {
                if v &- 0x61 < 26 {
                    letters &+= 1
                } else if v &- 0x41 < 26 {
                    letters &+= 1
                    upper &+= 1
                } else if v &- 0x30 >= 10 {
                    break
                }
            } else {
                guard isAlnum(c) else { break }
                letters &+= 1
                if isUpper(c) { upper &+= 1 }
            }
            i &+= 1
        }
        return WordScan(end: i, folded: f, letters: letters, upper: upper, value: value, hash: hash, ascii: false)
    }

    /// Whether every byte of `bytes` is ASCII.
    @inline(__always)
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var any: UInt8 = 0
        for b in bytes { any |= b }
        return any < 0x80
    }

    /// Round 47 (probe av06): whether the abbreviation at `a` ends a degree written after a name and its comma (`Andi
    /// Fadli, S.Kom., M.T.`, `Ahmad, S.Sos.`): a chain of two short words or more, each with its full stop and no
    /// space inside the chain (`M.T.`, `S.Pd.I.`), opened right after a comma. Not a title before a name (`Dr. H.`,
    /// spaced), nor one word (`, Dr.`).
    static func endsDegreeAfterComma(_ tokens: [Token], _ a: Int, _ folds: FoldBuffer) -> Bool {
        func isMark(_ k: Int, _ b: UInt8) -> Bool {
            tokens[k].kind == .punct && tokens[k].foldEnd - tokens[k].foldStart == 1 && folds.base[Int(tokens[k].foldStart)] == b
        }
        guard a >= 0, a < tokens.count else { return false }
        var j = a
        var parts = 1
        while j >= 2, !tokens[j].spaceBefore, isMark(j - 1, UInt8(ascii: ".")), tokens[j - 2].kind == .word,
              tokens[j - 2].end - tokens[j - 2].start <= 4 {
            j -= 2
            parts += 1
        }
        return parts >= 2 && j >= 1 && isMark(j - 1, UInt8(ascii: ","))
    }

    /// Words after which a full stop does not end a sentence (titles, "Kab.", "No.").
    static let abbreviations: Set<String> = [
        "kab", "kec", "kel", "prov", "no", "nomor", "drs", "dra", "dr", "h", "hj", "hm", "ir", "prof", "jl", "jln",
        "st", "sos", "si", "pd", "ak", "se", "mm", "sh", "mh", "kom", "bpk", "pj", "plt", "plh", "ds", "adm",
        "kadis", "kasi", "kabid", "sekda", "th", "thn", "tgl", "sdr", "yth", "dkk", "dll", "dsb", "u", "a", "b", "c",
        "d", "e", "f", "g", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "v", "w", "x", "y", "z",
        "ssos", "spd", "mpd", "msi", "apt", "amd", "ners", "kh", "ust", "ny", "tn", "ka", "kabag", "kasubag", "kasubbag",
        "kasat", "kapolsek", "danramil", "sekcam",
        // Round 36: a given name's abbreviation inside a name (`Moch. Fajar Ramadhan`, `Muh. Arif`, `Abd. Rahman`): the
        // name goes on after the full stop (the review of round 35 found `adalah Moch. Fajar` cut after `Moch`).
        "moch", "moh", "muh", "mhd", "mohd", "muhd", "abd", "achm", "ahm",
    ]

    /// A short ASCII word packed into an integer (up to 7 bytes, then its length).
    static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var k: UInt64 = 0
        for b in bytes.prefix(7) { k = k << 8 | UInt64(b) }
        return k << 8 | UInt64(bytes.count)
    }

    static let abbreviationKeys: Set<UInt64> = Set(abbreviations.map { word in
        var w = word
        return w.withUTF8 { key($0) }
    })

    @inline(__always)
    static func isAlnum(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return isAlnumBeyondASCII(s)
    }

    /// Kept out of line: Unicode properties go through resilient standard-library types, which would weigh
    /// on the tokenizer's ASCII loop if inlined there.
    @inline(never)
    static func isAlnumBeyondASCII(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType == .decimal
    }

    @inline(__always)
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return isUpperBeyondASCII(s)
    }

    @inline(never)
    static func isUpperBeyondASCII(_ s: Unicode.Scalar) -> Bool { s.properties.isUppercase }

    /// Lower-cases ASCII directly; other scalars are case- and diacritic-folded by Foundation.
    static func foldGeneral(_ slice: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: slice)
        return String(view).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The folded form of a punctuation character when it is one ASCII byte (see ``foldPunct(_:)``).
    @inline(__always)
    static func foldPunctByte(_ s: Unicode.Scalar) -> UInt8? {
        let v = s.value
        if v < 0x80 { return v == 0x60 ? UInt8(ascii: "'") : UInt8(v) }
        switch v {
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return UInt8(ascii: "-")
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033, 0xFF02: return UInt8(ascii: "\"")
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x00B4: return UInt8(ascii: "'")
        case 0x2044, 0x2215, 0xFF0F: return UInt8(ascii: "/")
        case 0xFF0C: return UInt8(ascii: ",")
        case 0xFF1A: return UInt8(ascii: ":")
        default: return nil
        }
    }

    /// Folds dashes to "-", double quotes to "\"", single quotes and apostrophes to "'", fraction and
    /// full-width slashes to "/".
    public static func foldPunct(_ s: Unicode.Scalar) -> String {
        if let b = foldPunctByte(s) { return String(UnicodeScalar(b)) }
        return String(s)
    }
}
