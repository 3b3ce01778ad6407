import Testing
@testable import Warta

/// The pattern parser reads unicode scalars when each scalar of the pattern is a character of its own, and
/// characters otherwise: both readings must give the same nodes and the same errors at the same offsets.
struct PatternReaderTests {
    /// Pieces of patterns, valid and broken, with the non-ASCII the built-in rules hold and some they do not.
    static let pieces = [
        "tanggal", "s.d", "\"(\"", "'s/d'", "@month", "@region-name", "<num>", "<num:1-2>", "<num:4>", "<num:0>",
        "<num:3-1>", "<word>", "<cap>", "<upper>", "<punct>", "<any>", "<first>", "<alpha>", "<bogus>", "<num", "!x",
        "![<cap> @a]", "[<cap> !@not_name]", "[]", "[x", "(", ")", "( a | b )", "|", "x?", "x??", "x{0,5}?", "x{2}",
        "x{3,1}", "x{0}", "x{41}", "x{1,", "x{a}", "x*", "y+", "name:x", "9name:x", "n: x", "^", "$", "~", ",", "/",
        ".", "-", ":", ";", "&", "%", "#", "=", "–", "—", "Bupati", "Pemkab", "pukul", "19.00", "Rp", "café",
        "Kecamatan Ngaglik", "'unterminated", "\"", "“kutip”", "…", "•", "ẞ", "ế", "é", "\t", "\n", " ", "  ",
        "\u{A0}", "\u{2003}", "@", "!", "?", "{", "}", "]", "*", "+", "<>", "<num:>", "x{00000000000000000000001}",
        "%m", "%n", "%nope", "%", "Ø", "ǅ", "ʼ", "˝",
    ]

    /// A deterministic generator (xorshift), so that failures repeat.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
    }

    static func readBoth(_ source: String) -> (Result<PatternNode, PatternError>, Result<PatternNode, PatternError>) {
        var scalars = PatternReader(units: Array(source.unicodeScalars))
        var characters = PatternReader(units: Array(source))
        return (Result { () throws(PatternError) in try scalars.parsePattern() },
                Result { () throws(PatternError) in try characters.parsePattern() })
    }

    @Test func scalarsAndCharactersReadAlike() {
        var generator = Generator(state: 0x9E37_79B9_7F4A_7C15)
        var compared = 0
        for _ in 0..<6_000 {
            var source = ""
            for _ in 0..<(1 + generator.next(7)) {
                source += Self.pieces[generator.next(Self.pieces.count)]
                if generator.next(3) > 0 { source += " " }
            }
            guard PatternParser.scalarsAreCharacters(source) else { continue }
            let (scalars, characters) = Self.readBoth(source)
            #expect(scalars == characters, "\(source.debugDescription)")
            let macros = ["m": "<num> @month", "n": "%m 'x%y' %m"]
            let fromScalars = Result { () throws(PatternError) in
                try PatternParser.expand(Array(source.unicodeScalars), macros: macros, depth: 0)
            }
            let fromCharacters = Result { () throws(PatternError) in
                try PatternParser.expand(Array(source), macros: macros, depth: 0)
            }
            #expect(fromScalars == fromCharacters, "\(source.debugDescription)")
            compared += 1
        }
        #expect(compared > 4_000)
    }

    @Test func scalarReadingIsOnlyForScalarsThatAreCharacters() {
        for text in ["a\r\nb", "e\u{301}", "x\u{200D}y", "🇮🇩", "각", "a\u{FE0F}", "\r"] {
            #expect(!PatternParser.scalarsAreCharacters(text), "\(text.debugDescription)")
        }
        for text in ["tanggal s.d <num>", "café – “kutip” …", "Ngaglik\tẞ\n"] {
            #expect(PatternParser.scalarsAreCharacters(text), "\(text.debugDescription)")
        }
        // Every accepted scalar stays a character of its own beside any other accepted one.
        let ranges: [ClosedRange<UInt32>] = [0x00...0x2FF, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E]
        let accepted = ranges.flatMap { $0.compactMap { Unicode.Scalar($0) } }.filter { $0 != "\r" }
        var generator = Generator(state: 0x2545_F491_4F6C_DD1D)
        for _ in 0..<20_000 {
            var view = String.UnicodeScalarView()
            for _ in 0..<3 { view.append(accepted[generator.next(accepted.count)]) }
            let text = String(view)
            #expect(PatternParser.scalarsAreCharacters(text))
            #expect(text.count == 3, "\(text.unicodeScalars.map(\.value))")
        }
    }

    /// The errors of broken patterns, with their character offsets, as the character reader gave them.
    @Test(arguments: [
        ("a ) b", "unexpected ')' (at character 3 of the pattern)"),
        ("café )", "unexpected ')' (at character 6 of the pattern)"),
        ("– x{3,1}", "repetition {3,1} has min above max (at character 4 of the pattern)"),
        ("“a” <nope>", "unknown class <nope>: use <num>, <num:N>, <num:M-N>, <word>, <alpha>, <cap>, <upper>, <punct>, <first> or <any> (at character 5 of the pattern)"),
        ("é\u{301} )", "unexpected ')' (at character 3 of the pattern)"),
    ])
    func errorsAtCharacterOffsets(_ pattern: String, _ message: String) {
        #expect(throws: PatternError.self) { try PatternParser.parse(pattern) }
        do {
            _ = try PatternParser.parse(pattern)
        } catch {
            #expect(error.description == message)
        }
    }
}

/// `literalTokens` answers a word of lowercase ASCII letters without the tokenizer: it must answer as the
/// tokenizer does.
struct LiteralTokensTests {
    @Test func lowercaseWordsAsTheTokenizerFoldsThem() {
        var generator = PatternReaderTests.Generator(state: 0xD1B5_4A32_D192_ED03)
        for length in 1...40 {
            for _ in 0..<50 {
                let word = String(decoding: (0..<length).map { _ in UInt8(0x61 + generator.next(26)) }, as: UTF8.self)
                #expect(PatternParser.literalTokens(word) == Tokenizer.words(word).map(\.folded), "\(word)")
            }
        }
        for word in ["sd", "dr", "no", "jl", "kab", "ir", "h", "st", "hj", "prof", "x"] {
            #expect(PatternParser.literalTokens(word) == Tokenizer.words(word).map(\.folded))
        }
    }
}

/// `IdSet` made from a collection at once is the set made by inserting its ids one by one.
struct IdSetTests {
    @Test func madeAtOnceAsInsertedOneByOne() {
        var generator = PatternReaderTests.Generator(state: 0x94D0_49BB_1331_11EB)
        for size in [0, 1, 2, 5, 63, 64, 65, 300, 5_000] {
            for bound in [1, 64, 65, 1_000, 100_000] {
                let ids = (0..<size).map { _ in Int32(generator.next(bound + 3)) - 3 }
                var inserted = IdSet()
                for i in ids { inserted.insert(i) }
                #expect(IdSet(ids) == inserted)
                #expect(IdSet(Set(ids)) == inserted)
                #expect(IdSet(ids).members == Array(Set(ids.filter { $0 >= 0 })).sorted())
            }
        }
    }
}
