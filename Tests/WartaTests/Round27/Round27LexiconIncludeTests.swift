import Foundation
import Testing
@testable import Warta

/// Round 27: a list lexicon may include another list lexicon by writing `@name` as one of its items, so that a
/// list is written once (the ranks of the TNI and the Polri in `rank`, included by `title_pre`). Includes are
/// resolved after every rule file is read; an unknown name, a mapping lexicon or a cycle is a problem that names
/// the file and the lexicon.
struct Round27LexiconIncludeTests {
    /// Copies the rule folder, adds `lines` under the `lexicons:` key of two files, and loads it.
    func load(legal: [String], dates: [String] = []) throws -> Result<RuleSet, RuleLoadError> {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = dir.appendingPathComponent("extractors")
        try FileManager.default.copyItem(at: Paths.extractors, to: copy)
        for (file, lines) in [("legal/rules.yaml", legal), ("dates/rules.yaml", dates)] where !lines.isEmpty {
            let target = copy.appendingPathComponent(file)
            let text = try String(contentsOf: target, encoding: .utf8)
            let added = lines.map { "  " + $0 }.joined(separator: "\n")
            try text.replacingOccurrences(of: "\nlexicons:\n", with: "\nlexicons:\n\(added)\n").write(to: target, atomically: true, encoding: .utf8)
        }
        do { return .success(try RuleSet.load(from: .directory(copy))) } catch { return .failure(error) }
    }

    @Test func anIncludedListsPhrasesJoinTheIncludingLexiconAcrossFiles() throws {
        // The including lexicon is read before the included one (another file, a name sorted earlier).
        let set = try load(legal: ["aa_probe_titles: [kak, mbak, \"@zz_probe_ranks\"]"],
                           dates: ["zz_probe_ranks: [kompol, bripka, kepala satuan]"]).get()
        let titles = try #require(set.lexicon("aa_probe_titles"))
        for phrase in ["kak", "mbak", "kompol", "bripka", "kepala satuan"] {
            #expect(titles.value(of: phrase, vocabulary: set.vocabulary) == phrase, "\(phrase)")
        }
        // The included lexicon keeps only its own phrases.
        let ranks = try #require(set.lexicon("zz_probe_ranks"))
        #expect(ranks.value(of: "kak", vocabulary: set.vocabulary) == nil)
        #expect(ranks.entryCount == 3)
    }

    @Test func includesChainAndAPhraseWrittenTwiceIsOneEntry() throws {
        let set = try load(legal: ["probe_a: [satu, \"@probe_b\"]", "probe_b: [dua, satu, \"@probe_c\"]", "probe_c: [tiga]"]).get()
        let a = try #require(set.lexicon("probe_a"))
        #expect(a.entryCount == 3)
        #expect(a.value(of: "tiga", vocabulary: set.vocabulary) == "tiga")
    }

    @Test func anIncludedPhraseIsMatchedByAPatternOfTheIncludingLexicon() throws {
        let set = try load(legal: ["probe_inc_titles: [kak, \"@probe_inc_ranks\"]", "probe_inc_ranks: [iptu]"]).get()
        let lexicon = try #require(set.lexicon("probe_inc_titles"))
        let text = AnalyzedText(raw: "materi dibawakan Iptu Sulastri dari Polres", vocabulary: set.vocabulary)
        #expect(lexicon.longest(text.tokens, at: 2)?.value == "iptu")
    }

    @Test func anUnknownIncludeIsReportedWithFileAndLexicon() throws {
        guard case .failure(let error) = try load(legal: ["probe_a: [satu, \"@probe_missing\"]"]) else {
            Issue.record("an include of an unknown lexicon loaded"); return
        }
        #expect(error.problems.contains { $0.file == "legal/rules.yaml" && $0.message.contains("lexicon 'probe_a' includes '@probe_missing', which is not a lexicon") })
    }

    @Test func aMappingLexiconCannotBeIncluded() throws {
        guard case .failure(let error) = try load(legal: ["probe_a: [satu, \"@probe_map\"]", "probe_map: {dua: [two]}"]) else {
            Issue.record("an include of a mapping lexicon loaded"); return
        }
        #expect(error.problems.contains { $0.message.contains("'@probe_map', which maps values to phrases") })
    }

    @Test func aCycleAndASelfIncludeAreReported() throws {
        guard case .failure(let cycle) = try load(legal: ["probe_a: [satu, \"@probe_b\"]", "probe_b: [dua, \"@probe_a\"]"]) else {
            Issue.record("a cycle of includes loaded"); return
        }
        #expect(cycle.problems.contains { $0.message.contains("the includes form a cycle") })
        guard case .failure(let own) = try load(legal: ["probe_a: [satu, \"@probe_a\"]"]) else {
            Issue.record("a lexicon including itself loaded"); return
        }
        #expect(own.problems.contains { $0.message.contains("lexicon 'probe_a' includes itself") })
        guard case .failure(let bad) = try load(legal: ["probe_a: [satu, \"@\"]"]) else {
            Issue.record("a bare @ loaded"); return
        }
        #expect(bad.problems.contains { $0.message.contains("is no lexicon name to include") })
    }
}
