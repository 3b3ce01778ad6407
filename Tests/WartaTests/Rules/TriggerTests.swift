import Foundation
import Testing
@testable import Warta

/// Triggered matching (only the positions that a rule's start and required words allow) must find exactly
/// what a scan of every position finds.
struct TriggerTests {
    static func texts() throws -> [AnalyzedText] {
        let files = try Paths.corpusAndRealnewsDev(html: false)
        var out: [AnalyzedText] = []
        for file in files {
            let input = try DocumentFinder.input(for: file).get()
            let decoded = try TextDecoder.decode(input.bytes)
            out.append(AnalyzedText(raw: decoded.text, vocabulary: Shared.rules.vocabulary))
        }
        var g = Synthetic(seed: 7)
        for _ in 0..<20 { out.append(AnalyzedText(raw: g.textArticle(size: 3_000), vocabulary: Shared.rules.vocabulary)) }
        return out
    }

    @Test func everyRuleFindsTheSameMatchesAsAFullScan() throws {
        let texts = try Self.texts()
        #expect(texts.count >= 100)
        var scratch = MatchScratch()
        var compared = 0
        for field in Shared.rules.rules.keys.sorted() {
            for rule in Shared.rules.rules(for: field) {
                #expect(rule.pattern.slot >= 0, "\(rule.id) has no trigger slot")
                for text in texts {
                    let fast = rule.pattern.matches(in: text, scratch: &scratch)
                    let scan = rule.pattern.matches(in: text.tokens, scratch: &scratch)
                    #expect(fast.map { $0.start..<$0.end } == scan.map { $0.start..<$0.end }, "\(rule.id)")
                    #expect(fast.map(\.captures) == scan.map(\.captures), "\(rule.id)")
                    compared += fast.count
                }
            }
        }
        #expect(compared > 1_000, "the comparison must cover real matches")
    }

    @Test func aPatternFromAnotherRuleSetFallsBackToTheScan() throws {
        var vocabulary = Shared.rules.vocabulary
        let pattern = try CompiledPattern(try PatternParser.parse("'dinas' 'sosial'"), lexicons: [:], vocabulary: &vocabulary)
        #expect(pattern.slot == -1)
        let text = AnalyzedText(raw: "Dinas Sosial Kabupaten Tegal", vocabulary: Shared.rules.vocabulary)
        var scratch = MatchScratch()
        #expect(pattern.matches(in: text, scratch: &scratch).map { $0.start..<$0.end } == [0..<2])
    }
}
