import Foundation
import Testing
@testable import Warta

/// Round 16 (SPEED9): the speakers' office that ends at a place asks the lexicons `region_name`, `district_name`
/// and the derived `region_name_extra` whether some words are a place's bare name, where round 15 built a set of
/// all the gazetteer's names once per process. These tests rebuild round 15's two sets (the names and the words
/// that open many of them) from the gazetteer and hold the lookups to them, name by name.
struct Round16PlaceNameTests {
    /// Round 15's `OfficePlaces`, as it was built.
    static let old: (names: Set<String>, heads: Set<String>) = {
        let (g, _) = Gazetteer.load(dataFiles: Shared.rules.dataFiles)
        var names: Set<String> = []
        var openers: [String: Int] = [:]
        for r in g.regions.values {
            let name = Gazetteer.bareName(r.name).lowercased()
            names.insert(name)
            let words = name.split(separator: " ")
            if words.count >= 2, let first = words.first { openers[String(first), default: 0] += 1 }
        }
        var heads: Set<String> = []
        for (w, n) in openers where n >= 3 && !names.contains(w) { heads.insert(w) }
        return (names, heads)
    }()

    static let speakers: SpeakerExtractor = {
        do { return try SpeakerExtractor(rules: Shared.rules) } catch { fatalError("\(error)") }
    }()

    /// The tokens of `phrase` when it reads as one word per token, as the office's place is read.
    static func wordsText(_ phrase: String) -> AnalyzedText? {
        let text = AnalyzedText(raw: phrase, vocabulary: Shared.rules.vocabulary)
        let words = phrase.split(separator: " ")
        guard text.tokens.count == words.count, text.tokens.allSatisfy({ $0.kind == .word }) else { return nil }
        return text
    }

    static func isPlace(_ phrase: String) -> Bool? {
        guard let text = wordsText(phrase) else { return nil }
        return speakers.isPlaceName(0..<text.tokens.count, in: text)
    }

    @Test func everyNameOfOneToThreeWordsIsAPlace() {
        var checked = 0
        for name in Self.old.names where name.split(separator: " ").count <= 3 {
            guard let found = Self.isPlace(name) else { continue }
            checked += 1
            #expect(found, "\(name)")
        }
        #expect(checked > 7_000)
    }

    @Test func aliasesAndPrefixedNamesAreNoPlace() {
        let (g, _) = Gazetteer.load(dataFiles: Shared.rules.dataFiles)
        var checked = 0
        var phrases = g.aliases.map { $0.alias.lowercased() }
        phrases += g.regions.values.filter { $0.level == 3 }.map { $0.name.lowercased() }
        // two words of a longer name, and a name and the word after it
        for name in Self.old.names {
            let w = name.split(separator: " ")
            if w.count >= 3 { phrases.append(w[0...1].joined(separator: " ")); phrases.append(w[1...2].joined(separator: " ")) }
            if w.count == 1 { phrases.append(name + " nurhayati") }
        }
        for phrase in phrases where !Self.old.names.contains(phrase) {
            guard let found = Self.isPlace(phrase) else { continue }
            checked += 1
            #expect(!found, "\(phrase)")
        }
        #expect(checked > 300)
    }

    @Test func theOpenersAreRound15s() {
        let extra = Self.speakers.placeExtra
        var words: Set<String> = []
        for name in Self.old.names { for w in name.split(separator: " ") { words.insert(String(w)) } }
        var openers = 0
        for w in words {
            guard let text = Self.wordsText(w), text.tokens.count == 1 else { continue }
            let isOpener = extra.value(text.tokens, 0..<1) == "opener"
            #expect(isOpener == Self.old.heads.contains(w), "\(w)")
            if isOpener { openers += 1 }
        }
        #expect(openers == Self.old.heads.filter { Self.wordsText($0) != nil }.count)
        #expect(openers > 100)
    }
}
