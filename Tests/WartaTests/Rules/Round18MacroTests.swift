import Testing
@testable import Warta

/// Round 18 (SPEED12): each macro of a rule file is parsed once (``MacroCache``) and a repetition is compiled
/// once and copied. Both must give what the text expansion and compiling every copy gave: the same nodes, the
/// same errors, the same programs.
struct Round18MacroTests {
    static func both(_ source: String, _ macros: [String: String], cache: MacroCache? = nil)
        -> (Result<PatternNode, PatternError>, Result<PatternNode, PatternError>)
    {
        let shared = cache ?? MacroCache(macros: macros)
        return (Result { () throws(PatternError) in try PatternParser.parse(source, cache: shared) },
                Result { () throws(PatternError) in try PatternParser.parse(source, macros: macros) })
    }

    /// Macros that parse, that do not parse on their own but do inside a pattern's text, that use themselves,
    /// that nest deeply, that hold a `%` in quotes or as a literal.
    static let macros: [String: String] = [
        "m": "<num> @month",
        "n": "%m 'x%y' %m",
        "w": "[<cap> !@not_name] | dan | \"(\" <word> \")\"",
        "r": "(%w){0,3} %m?",
        "open": "a ) ( b",
        "half": "a | (",
        "self": "x %self",
        "ping": "%pong y",
        "pong": "%ping",
        "pct": "'%' x % y",
        "cap": "name:<cap>",
        "colon": "x name:",
        "colon2": "x name: ",
        "c1": "%c2", "c2": "%c3", "c3": "%c4", "c4": "%c5", "c5": "%c6", "c6": "%c7", "c7": "%c8", "c8": "%c9",
        "c9": "%c10", "c10": "z",
        "d1": "%d2", "d2": "%d3", "d3": "%d4", "d4": "%d5", "d5": "%d6", "d6": "%d7", "d7": "%d8", "d8": "z",
        "deep": "((((((((((((((((((((((((((((((x))))))))))))))))))))))))))))))",
        "big": String(repeating: "abcdefgh ", count: 2_000),
        "café": "x",
        "uni": "“kutip” e\u{301}",
    ]

    static let pieces = PatternReaderTests.pieces + [
        "%m", "%n", "%w", "%r", "%open", "%half", "%self", "%ping", "%pct", "%cap", "%c1", "%c2", "%d1", "%d2",
        "%deep", "%big", "%uni", "%café", "abc%m", "<num%m>", "<num:1-2%m>", "@region%m", "'%m'", "\"%w\"", "x:%w",
        "!%w", "[%w]", "[<cap> %m]", "(%w){0,10}", "%w{2,5}?", "%m%n", "((%deep))", "(((((%deep)))))",
        "x{1,%m}", "%", "% m", "%9", "%_a", "%colon", "%colon2", "y:%colon",
    ]

    @Test func theCacheParsesAsTheTextExpansion() {
        var generator = PatternReaderTests.Generator(state: 0x5DEE_CE66_D1CE_4E5B)
        let shared = MacroCache(macros: Self.macros)
        var parsed = 0
        for _ in 0..<8_000 {
            var source = ""
            for _ in 0..<(1 + generator.next(6)) {
                source += Self.pieces[generator.next(Self.pieces.count)]
                if generator.next(3) > 0 { source += " " }
            }
            let (fresh, text) = Self.both(source, Self.macros)
            #expect(fresh == text, "\(source.debugDescription)")
            let (cached, _) = Self.both(source, Self.macros, cache: shared)
            #expect(cached == text, "\(source.debugDescription)")
            if case .success = text { parsed += 1 }
        }
        #expect(parsed > 1_000)
    }

    @Test(arguments: [
        "abc%m", "<num%m>", "<num:1-2%m>", "%open", "x %half )", "%self", "%ping", "%c1", "%d1", "x %d1 %c2",
        "(%deep)", "((((((((((((((((((((((((((((((((%deep))))))))))))))))))))))))))))))))", "%big %big %big %big %big %big",
        "%big %big %big %big %big %big x", "%pct %cap", "%colon", "%colon2 x", "%nope", "%uni %m", "%café", "x:%w{0,10} y:%r",
    ])
    func edgesAsTheTextExpansion(_ source: String) {
        let (cached, text) = Self.both(source, Self.macros)
        #expect(cached == text)
    }

    /// Every pattern of every built-in rule file, parsed with its file's cache, is the node of the text expansion.
    @Test func builtInPatternsAsTheTextExpansion() throws {
        var count = 0
        for file in try RuleSet.builtIn.get().ruleFileSources {
            let cache = MacroCache(macros: file.macros)
            for pattern in file.patterns {
                let (cached, text) = Self.both(pattern, file.macros, cache: cache)
                #expect(cached == text, "\(file.file): \(pattern)")
                count += 1
            }
        }
        #expect(count >= 139)
    }

    /// A repetition's copies are the instructions that compiling each copy gave: `P{n}` as `P P ... P`, and
    /// `P{m,n}` as `P ... P` followed by nested optionals, whose splits all end where the repetition's do.
    @Test(arguments: [
        ("(a | b c){3}", "(a | b c) (a | b c) (a | b c)"),
        ("(a | b c){0,3} z", "((a | b c) ((a | b c) (a | b c)?)?)? z"),
        ("(a | b (c | d)? e){2,4}", "(a | b (c | d)? e) (a | b (c | d)? e) ((a | b (c | d)? e) (a | b (c | d)? e)?)?"),
        ("x:(a [<cap> !b] (c){1,2}){1,3} z", "x:((a [<cap> !b] (c) (c)?) ((a [<cap> !b] (c) (c)?) (a [<cap> !b] (c) (c)?)?)?) z"),
        ("(a | b c){0,3}? z", "((a | b c) ((a | b c) (a | b c)??)??)?? z"),
    ])
    func copiesAreThePrograms(_ repeated: String, _ written: String) throws {
        var vocabulary = Vocabulary()
        let a = try CompiledPattern(try PatternParser.parse(repeated), lexicons: [:], vocabulary: &vocabulary)
        let b = try CompiledPattern(try PatternParser.parse(written), lexicons: [:], vocabulary: &vocabulary)
        #expect(String(describing: a.program) == String(describing: b.program))
        #expect(a.ops.map { "\($0.code) \($0.code == .test ? 0 : $0.a) \($0.b) \($0.join)" }
            == b.ops.map { "\($0.code) \($0.code == .test ? 0 : $0.a) \($0.b) \($0.join)" })
        #expect(a.firstMasks == b.firstMasks)
        #expect(a.firstClasses == b.firstClasses)
        // The copies share their tests: fewer flat tests, the same matches.
        #expect(a.tests.tests.count <= b.tests.tests.count)
        let texts = ["a a a", "b c a b c", "a b c d e a", "A a", "z a Cx c c a z", "b d e b c e a b e", "x"]
        for text in texts {
            let tokens = AnalyzedText(raw: text, vocabulary: vocabulary).tokens
            #expect(a.matches(in: tokens).map { "\($0.start)-\($0.end)" } == b.matches(in: tokens).map { "\($0.start)-\($0.end)" }, "\(text)")
        }
    }
}
