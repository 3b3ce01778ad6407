import Testing
@testable import Warta

/// The ASCII fast path of `Matching.words` gives the words the tokenizer gives.
struct MatchingTests {
    static func slowWords(_ s: String) -> [String] {
        var out: [String] = []
        for t in Tokenizer.words(s) where t.kind != .punct {
            if let e = Matching.expansions[t.folded] { out.append(contentsOf: e) } else { out.append(t.folded) }
        }
        return out
    }

    @Test(arguments: [
        "Drs. Siti Aminah, M.Si", "Dinsos Kab. Tegal", "Kemendagri (Setda) DKI Jakarta", "  S2/S3 -- 2024 ",
        "Letkol Inf Dwi Haryanto", "a_b!c@d#e", "", "PMI-Kaltim & BPBD", "ABC123def",
    ])
    func asciiWordsAreTheTokenizersWords(_ s: String) {
        #expect(Matching.asciiWords(s) == MatchingTests.slowWords(s))
        #expect(Matching.words(s) == MatchingTests.slowWords(s))
    }

    @Test func otherTextGoesThroughTheTokenizer() {
        #expect(Matching.asciiWords("Café Sejahtera") == nil)
        #expect(Matching.words("Café Sejahtera") == ["cafe", "sejahtera"])
        #expect(Matching.personKey("Dr. Hj. Siti Aminah, M.Si") == "siti aminah")
    }
}
