import Foundation
import Testing
@testable import Warta

/// Round 33 (SPEED33): the matching machine reads an instruction through a pointer, each field where it is used,
/// and a split reads its targets from its instruction (``CompiledPattern/attempt(_:at:_:)``). Nothing it decides
/// changed: every rule, at every position of the probes (letters beyond ASCII, curly quotes, dashes, line breaks)
/// and of synthetic articles, must find what a plain backtracking run of the same program finds (the same end and
/// captures, or no match), and through the trigger table what an unfiltered attempt finds.
struct Round33SpeedTests {
    static let probes = [
        "Pelatihan “Bimtek Kewirausahaan” dibuka oleh Kepala Dinas Koperasi, Dr. Émile Ñoni, M.Si., di Aula Kantor Bupati — Kab. Sikka, Senin (12/8/2024).",
        "Sebanyak 25 peserta dari 12 desa mengikuti pelatihan menjahit yang digelar Balai Latihan Kerja (BLK) Maumere selama lima hari.\nMateri disampaikan oleh instruktur BLK, Ratna Sari.",
        "Materi yang diberikan meliputi kebijakan, praktik lapangan, lalu materi kedua di sampaikan oleh Kepala Bidang, Drs. Yohanes Tallo.",
        "KEGIATAN SOSIALISASI DIGELAR DI GEDUNG SERBAGUNA, 3–5 JULI 2024; NARASUMBER: IR. HENDRA WIJAYA, M.T.",
        "",
        "—",
    ]

    static func texts() -> [AnalyzedText] {
        Shared.analyzed(Self.probes + Round32SpeedTests.probes, seed: 33, articles: 3)
    }

    /// A plain run of `pattern`'s program from `start`: splits try `a` then `b`, a lexicon step its phrases
    /// longest first, a capture mark is undone when what follows it fails; a (instruction, position) that failed
    /// once fails again (nothing after it reads the captures). No summaries, no gap reach, no visited marks.
    static func reference(_ pattern: CompiledPattern, _ tokens: [Token], at start: Int) -> (end: Int, captures: [String: Range<Int>])? {
        let ops = pattern.ops
        let n = tokens.count
        var slots = [Int32](repeating: -1, count: pattern.slotNames.count * 2)
        var failed = Set<Int>()
        func passes(_ k: Int32, _ pos: Int) -> Bool {
            tokens.withUnsafeBufferPointer { t in
                pattern.tests.tests.withUnsafeBufferPointer { tests in
                    pattern.tests.lists.withUnsafeBufferPointer { lists in
                        pattern.tests.words.withUnsafeBufferPointer { words in
                            guard let base = t.baseAddress else { return false }
                            return FlatTests.matches(k, base + pos, tests, lists, words)
                        }
                    }
                }
            }
        }
        func run(_ from: Int, _ at: Int) -> Int? {
            var pc = from
            var pos = at
            while true {
                let key = pc * (n + 2) + pos
                if failed.contains(key) { return nil }
                let op = ops[pc]
                var result: Int?? = nil  // set when this step decides the run
                switch op.code {
                case .test:
                    if pos < n, passes(op.a, pos) { pc += 1; pos += 1 } else { result = .some(nil) }
                case .lexicon:
                    let phrases = pattern.lexicons[Int(op.a)].matches(tokens, at: pos).map(\.length).sorted(by: >)
                    var found: Int?
                    for length in phrases where found == nil { found = run(pc + 1, pos + length) }
                    result = .some(found)
                case .split:
                    result = .some(run(Int(op.a), pos) ?? run(Int(op.b), pos))
                case .jump:
                    pc = Int(op.a)
                case .save:
                    let k = Int(op.a)
                    let old = slots[k]
                    slots[k] = Int32(pos)
                    let found = run(pc + 1, pos)
                    if found == nil { slots[k] = old }
                    result = .some(found)
                case .lineStart:
                    if pos < n, tokens[pos].lineStart { pc += 1 } else { result = .some(nil) }
                case .lineEnd:
                    if pos > 0, pos == n || tokens[pos].lineStart { pc += 1 } else { result = .some(nil) }
                case .adjacent:
                    if pos < n, pos > 0, !tokens[pos].spaceBefore { pc += 1 } else { result = .some(nil) }
                case .match:
                    return pos
                }
                if let decided = result {
                    if decided == nil { failed.insert(key) }
                    return decided
                }
            }
        }
        guard let end = run(0, start) else { return nil }
        var captures: [String: Range<Int>] = [:]
        for (k, name) in pattern.slotNames.enumerated() {
            let a = Int(slots[2 * k]), b = Int(slots[2 * k + 1])
            if a >= 0 && b >= a { captures[name] = a..<b }
        }
        return (end, captures)
    }

    /// At every position of `text`, the machine's match of `pattern` ends and captures as the plain run; returns how
    /// many positions matched.
    static func expectPlainRunAtEveryPosition(_ pattern: CompiledPattern, _ text: AnalyzedText, label: String, scratch: inout MatchScratch) -> Int {
        var matched = 0
        for s in text.tokens.indices {
            let fast = pattern.matchWithoutFilters(in: text.tokens, at: s, scratch: &scratch)
            let slow = Self.reference(pattern, text.tokens, at: s)
            #expect(fast?.end == slow?.end, "\(label) at \(s)")
            #expect(fast?.captures == slow?.captures, "\(label) at \(s)")
            if fast != nil { matched += 1 }
        }
        return matched
    }

    /// Every rule, at every position of the probes and synthetic articles, ends and captures as the plain run.
    @Test func everyRuleMatchesAsAPlainRun() throws {
        var scratch = MatchScratch()
        var matched = 0
        var compared = 0
        let texts = Self.texts()
        for field in Shared.rules.rules.keys.sorted() {
            for rule in Shared.rules.rules(for: field) {
                let pattern = rule.pattern
                for text in texts {
                    matched += Self.expectPlainRunAtEveryPosition(pattern, text, label: rule.id, scratch: &scratch)
                    compared += text.tokens.count
                }
            }
        }
        #expect(matched > 100, "the comparison must cover real matches")
        #expect(compared > 10_000)
    }

    /// Through the trigger table (the extractors' path), every rule finds what an attempt at every position
    /// with no filter finds.
    @Test func everyRuleMatchesAsAnUnfilteredAttemptAtEveryPosition() throws {
        Round27SpeedTests.expectEveryRuleMatchesUnfiltered(Self.texts())
    }

    /// Small patterns through every kind of instruction: alternation chains (splits run one after another on one
    /// token), lazy and greedy gaps, captures undone on failure, a lexicon of phrases of several lengths, `^`, `$`
    /// and `~`, on text with letters beyond ASCII.
    @Test func smallPatternsMatchAsAPlainRun() throws {
        var small = SmallPatterns(lexicon: "verbs", phrases: ["di sampaikan", "disampaikan", "di sampaikan oleh"])
        let sources = [
            "(materi | modul | sesi | paparan | ilmu) (<word>){0,4}? @verbs who:(<cap>){1,3}",
            "(materi | modul | sesi) x:((<word>){0,4}) (disampaikan | diberikan)",
            "^ who:(<cap>){1,3} \",\" (<word>)?",
            "(<word>){1,3}? \".\" $",
            "<cap> ~ \".\" (<cap>)?",
            "a:((<cap>){1,3}) (\",\" b:(<cap> (<cap>)?))?",
        ]
        let raw = [
            "Materi pelatihan kali ini di sampaikan oleh Émile Ñoni dan modul lain disampaikan Sari Lede.",
            "Sesi itu di sampaikan\nRatna Sari, Dr. Ñoni, M.Si. ilmu menenun diberikan.",
            "Paparan “dasar” diberikan oleh Ratna, modul lanjutan di sampaikan oleh Lina — materi",
        ]
        var scratch = MatchScratch()
        var matched = 0
        for source in sources {
            let pattern = try small.compile(source)
            for text in raw.map({ AnalyzedText(raw: $0, vocabulary: small.vocabulary) }) {
                matched += Self.expectPlainRunAtEveryPosition(pattern, text, label: source, scratch: &scratch)
            }
        }
        #expect(matched > 10)
    }
}
