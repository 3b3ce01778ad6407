import Foundation
import Testing
@testable import Warta

/// Round 32 (SPEED32): a gap (a repetition of one token test) does not read on when no token within its reach can
/// begin what follows it (``CompiledPattern/gapSplits(_:_:_:lexicons:)``, ``CompiledPattern/gapReaches(_:_:_:_:)``).
/// It only cuts threads that must fail: every rule must find, at every position, the match and captures of the
/// same pattern with no gap marked, and through the trigger table what an unfiltered attempt finds.
struct Round32SpeedTests {
    /// Texts with the speakers' `teach_open` openings (a verb of delivering that the tail rejects, then none, or
    /// another further on), letters beyond ASCII, curly quotes, dashes and line breaks.
    static let probes = [
        "Materi yang diberikan meliputi kebijakan, praktik lapangan, pendataan, hingga penyusunan laporan kegiatan.",
        "Materi yang diberikan meliputi kebijakan, praktik lapangan, lalu materi kedua disampaikan oleh Kepala Bidang Linjamsos, Drs. Yohanes Émanuel Tallo, M.Si.",
        "Sesi kedua di isi dengan praktik, kemudian modul ketiga di sampaikan oleh instruktur BLK, Ñoni Lede, S.Pd.",
        "Ilmu menenun ditularkan turun-temurun di Watublapi — kini ilmunya ditularkan Maria Lede, perajin tenun asal Watublapi, kepada 20 peserta.",
        "Paparan “kebijakan daerah” dipaparkan secara daring oleh narasumber dari Bappeda (Badan Perencanaan), Ir. Hendra Wijaya, M.T., dan tim.",
        "Topik pelatihan kali ini sangat menarik bagi peserta dari 12 desa, 3 kelurahan dan 40 warga",
        "Pembekalan diberikan langsung oleh Kepala Dinas Sosial, Dr. Rina Ñoni, M.Pd., yang juga mantan pelatih.\nAgenda hari kedua diisi",
        "Materinya dibawakan sama Bu Ratna Sari dari Puskesmas Cibeber; keterampilan menjahit dibagikan oleh 2 orang instruktur: Sari dan Lina.",
    ]

    static func texts() -> [AnalyzedText] { Shared.analyzed(Self.probes + Round31SpeedTests.probes, seed: 32, articles: 4) }

    /// Every rule, at every position of the probes and of synthetic articles, matches as the same pattern with no
    /// gap marked (the same end and captures, or no match); some rules have marked gaps.
    @Test func everyRuleMatchesAsWithNoGapMarked() throws {
        var scratch = MatchScratch()
        var marked = 0
        var matched = 0
        let texts = Self.texts()
        for field in Shared.rules.rules.keys.sorted() {
            for rule in Shared.rules.rules(for: field) {
                let pattern = rule.pattern
                let plain = CompiledPattern(pattern, slot: pattern.slot, tableID: pattern.tableID, gaps: false)
                if pattern.ops.contains(where: { $0.gap != 0 }) { marked += 1 }
                for text in texts {
                    for s in text.tokens.indices {
                        let fast = pattern.matchWithoutFilters(in: text.tokens, at: s, scratch: &scratch)
                        let slow = plain.matchWithoutFilters(in: text.tokens, at: s, scratch: &scratch)
                        #expect(fast?.end == slow?.end, "\(rule.id) at \(s)")
                        #expect(fast?.captures == slow?.captures, "\(rule.id) at \(s)")
                        if fast != nil { matched += 1 }
                    }
                }
            }
        }
        #expect(marked > 10, "rules must have marked gaps")
        #expect(matched > 100, "the comparison must cover real matches")
    }

    /// Every rule finds through the trigger table (the extractors' path) what an attempt at every position with
    /// no filter finds.
    @Test func everyRuleMatchesAsAnUnfilteredAttemptAtEveryPosition() throws {
        Round27SpeedTests.expectEveryRuleMatchesUnfiltered(Self.texts())
    }

    /// Small patterns: a lazy and a greedy gap, a verb of two words after the gap, a gap whose end may finish
    /// the match (not marked), the gap's reach counted from each split, and multi-byte text.
    @Test func gapsOfSmallPatterns() throws {
        var small = SmallPatterns(lexicon: "verbs", phrases: ["di sampaikan", "diberikan"])
        func compile(_ source: String) throws -> CompiledPattern { try small.compile(source) }
        let sources = [
            "materi ([<word> !<first>] | \",\"){0,5}? (disampaikan | di sampaikan) oleh who:(<cap>){1,3}",
            "materi ([<word> !<first>] | \",\"){0,5} (disampaikan | di sampaikan) oleh who:(<cap>){1,3}",
            "materi ([<word> !<first>]){0,4}? @verbs oleh who:<cap>",
            "materi ([<word> !<first>]){0,4}? (oleh)?",
            "materi (<word>){0,3}? $ ",
            "(<word>){1,3}? \",\" <cap>",
            "materi (pelatihan (kali)?)? disampaikan",
            "materi (<word> (<cap>){0,4})? disampaikan",
            "materi ([<word> !<first>] ([<cap>])?)? (disampaikan | diberikan)",
            "materi (<word>){0,5}? (disampaikan | di sampaikan | oleh | oleh dia) <cap>",
        ]
        let raw = [
            "Materi pelatihan kali ini di sampaikan oleh Émile Ñoni dan materi lain, yang diberikan oleh Sari.",
            "materi a b c d disampaikan oleh X. materi a b c d e disampaikan oleh Y. materi , , di sampaikan oleh Z",
            "materi itu disampaikan kemarin, lalu disampaikan oleh Ana Lede — materi baru di sampaikan",
            "Materi “dasar” diberikan oleh Ratna, materi lanjutan diberikan oleh Lina\nmateri",
            "materi pelatihan kali disampaikan, materi pelatihan disampaikan, materi kali disampaikan, materi baru Kali diberikan",
            "materi di kantor di Bone di sampaikan Sari, materi di sana oleh dia Rina, materi a di",
        ]
        var marked = 0
        for source in sources {
            let p = try compile(source)
            marked += p.ops.filter { $0.gap != 0 }.count
            let plain = CompiledPattern(p, slot: -1, tableID: 0, gaps: false)
            var scratch = MatchScratch()
            for r in raw {
                let text = AnalyzedText(raw: r, vocabulary: small.vocabulary)
                for s in text.tokens.indices {
                    let fast = p.matchWithoutFilters(in: text.tokens, at: s, scratch: &scratch)
                    let slow = plain.matchWithoutFilters(in: text.tokens, at: s, scratch: &scratch)
                    #expect(fast?.end == slow?.end, "\(source) in \(r) at \(s)")
                    #expect(fast?.captures == slow?.captures, "\(source) in \(r) at \(s)")
                }
            }
        }
        #expect(marked > 0)
        // The reach of each split of a lazy gap {0,5}: 5 at the first split, 1 at the last.
        let lazy = try compile("materi (<word>){0,5}? disampaikan")
        let lazyGaps = lazy.ops.filter { $0.gap != 0 }
        #expect(lazyGaps.map { $0.gap } == [5, 4, 3, 2, 1])
        #expect(lazyGaps.allSatisfy { $0.bodyIsB })
        let greedy = try compile("materi (<word>){2,7} disampaikan")
        let greedyGaps = greedy.ops.filter { $0.gap != 0 }
        #expect(greedyGaps.map { $0.gap } == [5, 4, 3, 2, 1])
        #expect(greedyGaps.allSatisfy { !$0.bodyIsB })
        // An optional word before a gap of another test is no longer gap: only the inner one is marked.
        let nested = try compile("materi (<word> (<cap>){0,4})? disampaikan")
        let nestedGaps = nested.ops.filter { $0.gap != 0 }
        #expect(nestedGaps.map { $0.gap } == [4, 3, 2, 1])
        // A gap shorter than `minimumGap` (4, the merge's choice: the start-up pays for every marked gap) is not marked.
        #expect(CompiledPattern.minimumGap == 4)
        let short = try compile("materi (<word>){0,3}? disampaikan")
        #expect(!short.ops.contains { $0.gap != 0 })
        // A gap after which the match may end, or any token may follow, is not marked.
        for source in ["materi ([<word> !<first>]){0,4}? (oleh)?", "materi (<word>){0,3}? $", "materi (<word>){0,3} (<any>)"] {
            let p = try compile(source)
            let marked = p.ops.contains { $0.gap != 0 }
            #expect(!marked, "\(source)")
        }
        // `di` of `di sampaikan` must be followed by `sampaikan`; `disampaikan` needs no second word; `oleh`,
        // read after the gap both alone and before `dia`, needs none either.
        let two = try compile("materi (<word>){0,5}? (disampaikan | di sampaikan | oleh | oleh dia) <cap>")
        let split = two.ops.first { $0.gap != 0 }
        let reach = Int(split?.reach ?? -1)
        #expect(reach >= 0)
        func words(_ k: Int) -> Set<String> {
            let test = two.tests.tests[k]
            var out = Set<String>()
            for w in 0..<Int(test.b) {
                let word: UInt64 = two.tests.words[Int(test.a) + w]
                for j in 0..<64 where word & (UInt64(1) << UInt64(j)) != 0 {
                    if let name = small.vocabulary.word(Int32(w * 64 + j)) { out.insert(name) }
                }
            }
            return out
        }
        if reach >= 0 {
            #expect(words(reach) == ["disampaikan", "di", "oleh"])
            #expect(words(reach + 1) == ["di"])
            #expect(words(reach + 2) == ["sampaikan", "dia"])
        }
        // On the text: the lazy gap stops where no `disampaikan` is left within reach, and still finds each match.
        let text = AnalyzedText(raw: "materi a b c d disampaikan. materi a b c d e f disampaikan. materi é disampaikan", vocabulary: small.vocabulary)
        var scratch = MatchScratch()
        let found = lazy.matches(in: text.tokens, scratch: &scratch)
        #expect(found.map { text.text(of: $0.start..<$0.end) } == ["materi a b c d disampaikan", "materi é disampaikan"])
    }
}
