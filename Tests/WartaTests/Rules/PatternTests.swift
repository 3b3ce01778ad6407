import Testing
@testable import Warta

/// The token pattern language: parsing, its errors, and what it matches.
struct PatternTests {
    func matches(_ pattern: String, _ text: String, lexicons: [String: [String: [String]]] = [:]) throws -> [String] {
        try Self.matches(pattern, text, lexicons: lexicons)
    }

    /// The texts of the matches of `pattern` in `text`, with `lexicons` (name -> value -> phrases) compiled fresh.
    static func matches(_ pattern: String, _ text: String, lexicons: [String: [String: [String]]] = [:]) throws -> [String] {
        var vocabulary = Vocabulary()
        var lex: [String: Lexicon] = [:]
        for (name, entries) in lexicons {
            var l = Lexicon(name: name)
            for (value, phrases) in entries { for p in phrases { l.add(phrase: p, value: value, vocabulary: &vocabulary) } }
            lex[name] = l
        }
        let compiled = try CompiledPattern(try PatternParser.parse(pattern), lexicons: lex, vocabulary: &vocabulary)
        let analyzed = AnalyzedText(raw: text, vocabulary: vocabulary)
        return compiled.matches(in: analyzed.tokens).map { analyzed.text(of: $0.start..<$0.end) }
    }

    @Test(arguments: [
        ("a+", "unbounded repetition"),
        ("a*", "unbounded repetition"),
        ("a{0,99}", "above 40"),
        ("(a", "missing ')'"),
        ("<nume>", "unknown class"),
        ("a{3,1}", "min above max"),
        ("'open", "unterminated"),
    ])
    func parseErrors(_ pattern: String, _ message: String) {
        do {
            _ = try PatternParser.parse(pattern)
            Issue.record("'\(pattern)' should not parse")
        } catch {
            #expect(error.description.contains(message), "\(error.description)")
        }
    }

    @Test func literalsIgnoreCaseAndDiacritics() throws {
        #expect(try matches("bimtek", "BIMTEK dan Bimtek dan bîmtek") == ["BIMTEK", "Bimtek", "bîmtek"])
    }

    @Test func quotedLiteralsAreTokenSequences() throws {
        #expect(try matches("'s.d'", "5 s.d 9 dan 5 s . d 9") == ["s.d", "s . d"])
    }

    @Test func optionalAlternationAndCaptures() throws {
        let out = try matches("(hari | tanggal)? <num:1-2> bulan", "tanggal 12 bulan, 3 bulan, 123 bulan")
        #expect(out == ["tanggal 12 bulan", "3 bulan"])
    }

    @Test func lexiconsMatchTheLongestPhraseFirst() throws {
        let out = try matches("@m <num:4>", "28 Nopember 2024 dan 1 Nov 2023", lexicons: ["m": ["11": ["nopember", "nov"]]])
        #expect(out == ["Nopember 2024", "Nov 2023"])
    }

    /// A split does not start a branch whose first-token summary rules out the next token: the matches are those
    /// of trying every branch (multi-word alternatives, an optional part, a branch at the end of the text).
    @Test func firstTokenSummariesKeepEveryMatch() throws {
        let pattern = "(yang bertindak sebagai | selaku | \",\" (salah satu)?) cue:(narasumber | pemateri)"
        let text = "Budi, salah satu narasumber, dan Ani selaku pemateri serta Cici yang bertindak sebagai narasumber, lalu Dedi sebagai pemateri"
        #expect(try matches(pattern, text) == [", salah satu narasumber", "selaku pemateri", "yang bertindak sebagai narasumber"])
        #expect(try matches("bimtek (teknis | dasar)? <num>?", "bimtek teknis 2, bimtek 3 dan bimtek") == ["bimtek teknis 2", "bimtek 3", "bimtek"])
    }

    @Test func firstTokenSummaries() throws {
        var vocabulary = Vocabulary()
        let words = try CompiledPattern(try PatternParser.parse("(bimtek | pelatihan teknis) x"), lexicons: [:], vocabulary: &vocabulary)
        let bimtek = vocabulary.id("bimtek"), pelatihan = vocabulary.id("pelatihan"), teknis = vocabulary.id("teknis")
        let first = words.firstMasks[0]
        #expect(first & (1 << UInt64(bimtek & 63)) != 0 && first & (1 << UInt64(pelatihan & 63)) != 0)
        #expect(first != UInt64.max)
        if (teknis & 63) != (bimtek & 63) && (teknis & 63) != (pelatihan & 63) { #expect(first & (1 << UInt64(teknis & 63)) == 0) }
        #expect(words.firstClasses[0] == 0)
        // A class test reads tokens by their class: its summary holds the class, not word bits.
        let classes = try CompiledPattern(try PatternParser.parse("(<cap> | bimtek) x"), lexicons: [:], vocabulary: &vocabulary)
        #expect(classes.firstMasks[0] == 1 << UInt64(bimtek & 63))
        #expect(classes.firstClasses[0] == Token.Classes.capitalized)
        // Any token, a negation or the end of a pattern: everything.
        let any = try CompiledPattern(try PatternParser.parse("x (<any>)? y?"), lexicons: [:], vocabulary: &vocabulary)
        #expect(any.firstMasks[2] == UInt64.max && any.firstClasses[2] & Token.Classes.any == Token.Classes.any)
    }

    /// A repetition of capitalized words stops at a lower-case word, a number or a mark without trying each
    /// alternative, and still finds every match that trying them finds.
    @Test func classSummariesKeepEveryMatch() throws {
        let org = "dinas ([<cap> !dinas] | [<upper>] | \"(\" <word> \")\" | <num:1-2> | dan [<cap>]){0,6} (menggelar | adakan)"
        let text = "Dinas Sosial Kabupaten Tegal menggelar bimtek, dinas PMD (Pemdes) dan Desa adakan rapat, dinas kota 3 menggelar, dinas Kota 3 menggelar"
        #expect(try matches(org, text) == ["Dinas Sosial Kabupaten Tegal menggelar", "dinas PMD (Pemdes) dan Desa adakan", "dinas Kota 3 menggelar"])
        #expect(try matches("<num:1-2> (<cap>)? ([<word> !dan]){0,2} \".\"", "12 Maret rapat. 3 4 dan.") == ["12 Maret rapat."])
    }

    @Test func conjunctionAndNegation() throws {
        let out = try matches("[<cap> !dinas] <cap>", "Dinas Sosial dan Budi Santoso")
        #expect(out == ["Budi Santoso"])
    }

    @Test func adjacencyAndLineAnchors() throws {
        #expect(try matches("<num> ~ '.' ~ <num:3>", "1.681 dan 1 . 681") == ["1.681"])
        #expect(try matches("^ judul", "judul satu\nbukan judul\njudul dua") == ["judul", "judul"])
    }

    @Test func lazyRepetitionStopsEarly() throws {
        #expect(try matches("a (<any>){0,5}? b", "a x b y b") == ["a x b"])
        #expect(try matches("a (<any>){0,5} b", "a x b y b") == ["a x b y b"])
    }

    @Test func aPatternThatCanMatchNothingIsRejected() throws {
        var v = Vocabulary()
        #expect(throws: CompiledPattern.CompileError.emptyMatch) {
            _ = try CompiledPattern(try PatternParser.parse("a?"), lexicons: [:], vocabulary: &v)
        }
    }

    @Test func aPatternNamesAtMostEightCaptures() throws {
        var v = Vocabulary()
        let nine = "a:x b:x c:x d:x e:x f:x g:x h:x i:x"
        #expect(throws: CompiledPattern.CompileError.tooManyCaptures(9)) {
            _ = try CompiledPattern(try PatternParser.parse(nine), lexicons: [:], vocabulary: &v)
        }
        // Eight captures: every bound is kept in the match, the last one too.
        let eight = try CompiledPattern(try PatternParser.parse("a:x b:x c:x d:x e:x f:x g:x h:(x x)"), lexicons: [:], vocabulary: &v)
        let text = AnalyzedText(raw: "y x x x x x x x x x", vocabulary: v)
        let found = eight.matches(in: text.tokens)
        #expect(found.count == 1)
        #expect(found.first?.capture("a") == 1..<2)
        #expect(found.first?.capture("g") == 7..<8)
        #expect(found.first?.capture("h") == 8..<10)
        #expect(found.first?.captures.count == 8)
        #expect(found.first?.capture("i") == nil)
    }

    @Test func matchingAdversarialTextFinishes() throws {
        // Nested optional groups over a long run of the same token: bounded work per start position.
        let text = String(repeating: "a ", count: 20_000)
        let out = try matches("(a (a (a)?)?){1,8} b", text)
        #expect(out.isEmpty)
    }
}
