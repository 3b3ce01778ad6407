import Foundation

/// Splits clean text into tokens in one pass over its scalars, and marks sentence boundaries.
public enum Tokenizer {
    public static func tokenize(_ text: CleanText) -> [Token] {
        tokenize(scalars: text.scalars)
    }

    public static func tokenize(scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        let n = scalars.count
        var space = false
        var lineStart = true
        while i < n {
            let s = scalars[i]
            let v = s.value
            if v == 0x0A { lineStart = true; space = true; i += 1; continue }
            if v == 0x20 || v == 0x09 { space = true; i += 1; continue }
            if isAlnum(s) {
                let start = i
                var allDigits = true
                var upperCount = 0
                var letterCount = 0
                while i < n, isAlnum(scalars[i]) {
                    let c = scalars[i]
                    if !(c.value >= 0x30 && c.value <= 0x39) {
                        allDigits = false
                        letterCount += 1
                        if isUpper(c) { upperCount += 1 }
                    }
                    i += 1
                }
                var token = Token(
                    kind: allDigits ? .number : .word, start: start, end: i,
                    folded: fold(scalars[start..<i]), spaceBefore: space, lineStart: lineStart,
                    capitalized: !allDigits && isUpper(scalars[start]),
                    allCaps: letterCount >= 2 && upperCount == letterCount, number: nil)
                if allDigits, i - start <= 9 { token.number = Int(token.folded) }
                token.alphabetic = letterCount == i - start
                tokens.append(token)
            } else {
                let token = Token(
                    kind: .punct, start: i, end: i + 1, folded: foldPunct(s), spaceBefore: space,
                    lineStart: lineStart, capitalized: false, allCaps: false, number: nil)
                tokens.append(token)
                i += 1
            }
            space = false
            lineStart = false
        }
        markSentences(&tokens)
        return tokens
    }

    /// Words after which a full stop does not end a sentence (titles, "Kab.", "No.").
    static let abbreviations: Set<String> = [
        "kab", "kec", "kel", "prov", "no", "nomor", "drs", "dra", "dr", "h", "hj", "hm", "ir", "prof", "jl", "jln",
        "st", "sos", "si", "pd", "ak", "se", "mm", "sh", "mh", "kom", "bpk", "pj", "plt", "plh", "ds", "adm",
        "kadis", "kasi", "kabid", "sekda", "th", "thn", "tgl", "sdr", "yth", "dkk", "dll", "dsb", "u", "a", "b", "c",
        "d", "e", "f", "g", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "v", "w", "x", "y", "z",
        "ssos", "spd", "mpd", "msi", "apt", "amd", "ners", "kh", "ust", "ny", "tn",
    ]

    /// Sentence boundaries: every line break, and a full stop, "!" or "?" followed by white space and a capital
    /// letter, a digit or a quote, unless the word before the full stop is a known abbreviation.
    static func markSentences(_ tokens: inout [Token]) {
        var sentence = 0
        var i = 0
        while i < tokens.count {
            if i > 0 {
                if tokens[i].lineStart {
                    sentence += 1
                } else if tokens[i].spaceBefore {
                    let prev = tokens[i - 1]
                    if prev.kind == .punct, prev.folded == "." || prev.folded == "!" || prev.folded == "?" {
                        let next = tokens[i]
                        let opensSentence = next.capitalized || next.kind == .number || next.folded == "\""
                        let abbreviation = i >= 2 && tokens[i - 2].kind == .word && prev.folded == "."
                            && !tokens[i - 1].spaceBefore && abbreviations.contains(tokens[i - 2].folded)
                        if opensSentence && !abbreviation { sentence += 1 }
                    }
                }
            }
            tokens[i].sentence = sentence
            i += 1
        }
    }

    @inline(__always)
    static func isAlnum(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return s.properties.isAlphabetic || s.properties.numericType == .decimal
    }

    @inline(__always)
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase
    }

    /// Lower-cases ASCII directly; other scalars are case- and diacritic-folded by Foundation.
    static func fold(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        var ascii = true
        for s in slice where s.value >= 0x80 { ascii = false; break }
        if ascii {
            return String(unsafeUninitializedCapacity: slice.count) { buf in
                var i = 0
                for s in slice {
                    let v = UInt8(truncatingIfNeeded: s.value)
                    buf[i] = v >= 0x41 && v <= 0x5A ? v + 32 : v
                    i += 1
                }
                return i
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: slice)
        return String(view).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Folds dashes to "-", double quotes to "\"", single quotes and apostrophes to "'", fraction and
    /// full-width slashes to "/".
    public static func foldPunct(_ s: Unicode.Scalar) -> String {
        switch s.value {
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return "-"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033, 0xFF02: return "\""
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x0060, 0x00B4: return "'"
        case 0x2044, 0x2215, 0xFF0F: return "/"
        case 0xFF0C: return ","
        case 0xFF1A: return ":"
        default: return String(s)
        }
    }
}
