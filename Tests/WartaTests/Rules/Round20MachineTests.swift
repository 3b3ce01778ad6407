import Testing
@testable import Warta

/// Round 20 (SPEED14): the matching machine runs a chain of splits on one token without going back through its
/// loop, and a lexicon's look-ups skip a token whose bit is not among its first words'. Neither may change a match:
/// these patterns and texts lean on both (long alternations, alternations inside repetitions and options, lexicons
/// at the start, inside and at the end of a pattern, unknown words before and inside phrases, the end of the text).
struct Round20MachineTests {
    func matches(_ pattern: String, _ text: String, lexicons: [String: [String: [String]]] = [:]) throws -> [String] {
        try PatternTests.matches(pattern, text, lexicons: lexicons)
    }

    @Test func longAlternationsKeepEveryBranch() throws {
        let pattern = "(pelatihan | bimtek | sosialisasi | workshop | lokakarya | seminar | \"(\" <upper> \")\" | <num:4> | [<cap> !dinas]) peserta"
        let text = "Workshop peserta, lalu 2024 peserta, (PKH) peserta, Dinas peserta, Sukamaju peserta dan seminar peserta."
        #expect(try matches(pattern, text) == ["Workshop peserta", "2024 peserta", "(PKH) peserta", "Sukamaju peserta", "seminar peserta"])
    }

    @Test func alternationsInsideRepetitionsAndOptions() throws {
        let pattern = "dinas ([<cap> !kabupaten] | kab \".\" | \"&\" | dan [<cap>]){0,4} (kabupaten | kota)? <cap>"
        let text = "Dinas Sosial dan Pemberdayaan Kabupaten Bandung. Dinas Kab. Sleman. dinas & Kota Batu. Dinas kota"
        #expect(try matches(pattern, text) == ["Dinas Sosial dan Pemberdayaan Kabupaten Bandung", "Dinas Kab. Sleman", "dinas & Kota Batu"])
    }

    @Test func nestedAlternationsAtTheEndOfTheText() throws {
        let pattern = "oleh ((ketua | kepala) (dinas | badan)? | camat | lurah)?"
        #expect(try matches(pattern, "dibuka oleh kepala dinas, lalu oleh camat dan oleh") == ["oleh kepala dinas", "oleh camat", "oleh"])
    }

    @Test func lexiconStepsSkipTokensOutsideTheirFirstWords() throws {
        let lexicons = ["unit": ["dinsos": ["dinas sosial", "dinsos"], "bpbd": ["badan penanggulangan bencana daerah", "bpbd"]]]
        let text = "Oleh Dinas Sosial dan oleh Badan Penanggulangan Bencana Daerah, oleh xyzzy, oleh BPBD, oleh Dinas Pendidikan, oleh dinsos"
        #expect(try matches("oleh @unit", text, lexicons: lexicons) == ["Oleh Dinas Sosial", "oleh Badan Penanggulangan Bencana Daerah", "oleh BPBD", "oleh dinsos"])
        #expect(try matches("@unit <cap>?", "xyzzy Dinas Sosial Sleman dan bpbd", lexicons: lexicons) == ["Dinas Sosial Sleman", "bpbd"])
        #expect(try matches("(@unit | qwerty) dan", "qwerty dan dinsos dan zzz dan dinas dan", lexicons: lexicons) == ["qwerty dan", "dinsos dan"])
        #expect(try matches("oleh @unit", "oleh", lexicons: lexicons) == [])
    }

    /// `Lexicon.longest`, `startsPhrase` and `matches(_:at:)` answer as a brute-force reading of the phrases does, for
    /// every position of a text that holds unknown words, words whose id shares its low six bits with a first word's
    /// (130 words interned, so ids meet modulo 64), phrases that are prefixes of others and a phrase at the very end.
    @Test func lexiconLookupsSkipOnlyTokensThatStartNoPhrase() {
        var vocabulary = Vocabulary()
        let words = (0..<130).map { "kata\($0)" }
        for w in words { _ = vocabulary.intern(w) }
        let phrases: [[String]] = [["kata3"], ["kata3", "kata70"], ["kata67", "kata5", "kata9"], ["kata129"], ["kata64", "kata64"]]
        var lexicon = Lexicon(name: "uji")
        for (k, p) in phrases.enumerated() { lexicon.add(phrase: p.joined(separator: " "), value: "v\(k)", vocabulary: &vocabulary) }
        var text: [String] = []
        var seed: UInt64 = 20
        for _ in 0..<400 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let r = Int(seed >> 33)
            text.append(r % 9 == 0 ? "asing\(r % 5)" : words[[3, 70, 67, 5, 9, 129, 64, 131 % 130, 6, 66, r % 130][r % 11]])
        }
        text += ["kata67", "kata5", "kata9"]
        let analyzed = AnalyzedText(raw: text.joined(separator: " "), vocabulary: vocabulary)
        let tokens = analyzed.tokens
        #expect(tokens.count == text.count)
        func brute(_ p: Int) -> (length: Int, value: String)? {
            var best: (Int, String)? = nil
            for (k, phrase) in phrases.enumerated() where p + phrase.count <= text.count && Array(text[p..<(p + phrase.count)]) == phrase {
                if best.map({ phrase.count > $0.0 }) ?? true { best = (phrase.count, "v\(k)") }
            }
            return best
        }
        var found = 0
        for p in -1...tokens.count {
            let expected = p >= 0 && p < tokens.count ? brute(p) : nil
            let got = lexicon.longest(tokens, at: p)
            #expect(got?.length == expected?.length && got?.value == expected?.value, "position \(p)")
            if p >= 0 {
                #expect(lexicon.matches(tokens, at: p).first?.length == expected?.length, "position \(p)")
                let starts = tokens.withUnsafeBufferPointer { lexicon.startsPhrase($0, at: p) }
                #expect(starts == (expected != nil), "position \(p)")
            }
            if expected != nil { found += 1 }
        }
        #expect(found > 20)
    }
}
