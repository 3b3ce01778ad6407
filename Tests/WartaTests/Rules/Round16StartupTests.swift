import Foundation
import Testing
@testable import Warta

/// Round 16 (SPEED9): two shortcuts of the start-up, each held to what it replaces.
struct Round16StartupTests {
    /// A lexicon keeps its one-token ids as a bitset while it grows: the same set as the bitset made from them.
    @Test func eachLexiconsBitsetIsItsOneTokenIds() {
        #expect(Shared.rules.lexicons.count > 100)
        for (name, lex) in Shared.rules.lexicons {
            #expect(lex.singleTokenIdSet == IdSet(lex.singleTokenIds), "\(name)")
        }
        var v = Vocabulary()
        var lex = Lexicon(name: "t")
        #expect(lex.singleTokenIdSet == IdSet(lex.singleTokenIds))
        for phrase in ["a", "b c", "zz", "a", "Kab. Tegal", "x"] { lex.add(phrase: phrase, value: "1", vocabulary: &v) }
        #expect(lex.singleTokenIdSet == IdSet(lex.singleTokenIds))
        #expect(lex.singleTokenIdSet.count == 3)
    }

    /// The gazetteer's columns, made from the line's bytes, are the columns of a split at each tab.
    @Test func theColumnsAreTheSplitsColumns() {
        let lines = [
            "", "\t", "\t\t", "11\t1\tAceh\t", "11.01\t2\tKabupaten Aceh Selatan\t11", "a\tb", "tab\tat end\t",
            "\tleading", "Kota Bau-Bau\t2\tSa'dan\tÀçé ñ\t\u{1F600}", "crlf\t1\tx\r", "one column", "a\t\tb\t\t",
        ]
        for line in lines {
            for sub in [Substring(line), ("#" + line + "#").dropFirst().dropLast()] {
                let expected = sub.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                #expect(Gazetteer.columns(sub) == expected, "\(line.debugDescription)")
            }
        }
        let (g, problems) = Gazetteer.load(dataFiles: Shared.rules.dataFiles)
        #expect(problems.isEmpty)
        #expect(g.regions.count == 7_837)
    }

    /// A phrase of lowercase ASCII words with one space between them is split at its spaces, as the tokenizer
    /// splits it; any other phrase goes to the tokenizer.
    @Test func lowercasePhrasesAreTheTokenizersWords() {
        let (g, _) = Gazetteer.load(dataFiles: Shared.rules.dataFiles)
        var phrases = g.regions.values.map { Gazetteer.bareName($0.name).lowercased() } + g.aliases.map { $0.alias.lowercased() }
        phrases += ["a b", "ab cd ef", "x", "", " ", "a  b", " a", "a ", "a\tb", "a-b c", "kab. tegal", "a1 b", "À b", "abc Def"]
        var fast = 0
        for p in phrases {
            let words = PatternParser.lowercaseWords(p)
            let tokenizer = Tokenizer.words(p).map(\.folded)
            if let words {
                fast += 1
                #expect(words == tokenizer, "\(p.debugDescription)")
            }
            #expect(PatternParser.literalTokens(p) == tokenizer || (tokenizer.isEmpty && p.isEmpty), "\(p.debugDescription)")
        }
        #expect(fast > 5_000)
        #expect(PatternParser.lowercaseWords("a  b") == nil && PatternParser.lowercaseWords(" a") == nil)
        #expect(PatternParser.lowercaseWords("a ") == nil && PatternParser.lowercaseWords("") == nil)
        #expect(PatternParser.lowercaseWords("ab cd") == ["ab", "cd"])
    }
}
