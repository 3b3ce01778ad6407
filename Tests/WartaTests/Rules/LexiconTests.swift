import Testing
@testable import Warta

/// Lexicon tries live in manually managed memory: copies must stay independent, growth must keep every
/// phrase, and the view the matcher reads must agree with the lexicon.
struct LexiconTests {
    @Test func aCopyIsIndependentOfTheOriginal() {
        var vocabulary = Vocabulary()
        var original = Lexicon(name: "l")
        original.add(phrase: "dinas sosial", value: "A", vocabulary: &vocabulary)
        var copy = original
        copy.add(phrase: "dinas kesehatan", value: "B", vocabulary: &vocabulary)
        #expect(original.value(of: "dinas kesehatan", vocabulary: vocabulary) == nil)
        #expect(copy.value(of: "dinas kesehatan", vocabulary: vocabulary) == "B")
        #expect(copy.value(of: "dinas sosial", vocabulary: vocabulary) == "A")
        #expect(original.value(of: "dinas sosial", vocabulary: vocabulary) == "A")
    }

    @Test func thousandsOfPhrasesSurviveGrowthAndTheMatcherViewAgrees() {
        var vocabulary = Vocabulary()
        var lexicon = Lexicon(name: "l")
        for i in 0..<5_000 { lexicon.add(phrase: "kecamatan nomor \(i) barat", value: "v\(i)", vocabulary: &vocabulary) }
        lexicon.add(phrase: "kecamatan", value: "short", vocabulary: &vocabulary)
        for i in stride(from: 0, to: 5_000, by: 97) {
            #expect(lexicon.value(of: "kecamatan nomor \(i) barat", vocabulary: vocabulary) == "v\(i)")
        }
        #expect(lexicon.value(of: "kecamatan nomor 5000 barat", vocabulary: vocabulary) == nil)
        let text = AnalyzedText(raw: "di Kecamatan Nomor 4321 Barat hari ini", vocabulary: vocabulary)
        #expect(lexicon.longest(text.tokens, at: 1)?.value == "v4321")
        // The matcher's view lists every phrase that starts there, shortest first.
        var out = [Int32](repeating: 0, count: lexicon.maxLength + 1)
        let count = text.tokens.withUnsafeBufferPointer { tokens in
            out.withUnsafeMutableBufferPointer { lexicon.view.lengths(tokens, at: 1, into: $0) }
        }
        #expect(Array(out[0..<count]) == [1, 4])
    }
}
