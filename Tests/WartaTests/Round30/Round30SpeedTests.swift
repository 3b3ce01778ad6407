import Foundation
import Testing
@testable import Warta

/// Round 30 (SPEED30): extractors ask a fixed word set about a token (`FoldedWords.contains(_:in:)`) on the token's
/// folded bytes, packed in one key up to eight bytes and in two up to sixteen, where they made the token's string and
/// asked `contains(text.folded(i))`; the breadcrumb separators and a few hot comparisons read bytes the same way. Each
/// must answer as the string question it replaces, on plain, long, multi-byte and hostile tokens.
struct Round30SpeedTests {
    /// Round 23's texts, and words of every length around eight and sixteen bytes, long words beyond sixteen, words
    /// that differ only in their last byte, decomposed accents and the characters equal to ASCII as strings.
    static let texts: [String] = Round23SpeedTests.texts + [
        "diwajibkan mewajibkan seharusnya semestinya sebaiknya hendaknya idealnya perlunya kerapkali seringkali acapkali",
        "pelatihan pelatihanx pelatiha kabupaten kabupatenx kelurahan padukuhanku pemberdayaan pemberdayaannya",
        "abcdefgh abcdefghi abcdefghij abcdefghijklmnop abcdefghijklmnopq abcdefghijklmnopqr abcdefghijklmnoq",
        "keseluruhannya KESELURUHANNYA Keseluruhannya diselenggarakan dilaksanakan berlangsung dihelat",
        "Materi disampaikan oleh Dr. Ahmad, salah satu peserta | Berita » Daerah › Kota / Jawa > Barat",
        "\u{212A}elurahan caf\u{65}\u{301}caf\u{65}\u{301}caf\u{65}\u{301} \u{037E}\u{037E} ujarnya\u{037E} Straße STRASSE",
        "belum tidak tak tdk blm rutin mengikuti wajib harus kapan apakah selalu sering tidak hanya",
    ]

    /// Sets as the extractors hold them, and sets that cross every case of the packed keys: words of nine to sixteen
    /// bytes, longer ones, an empty word, a zero byte, and words beyond ASCII (which send every question to the strings).
    static let sets: [[String]] = [
        Array(EventExtractor.owingWords), Array(EventExtractor.habitWords), Array(EventExtractor.denyingWords),
        Array(EventExtractor.askingWords), Array(EventExtractor.notDenialWords), Array(EventExtractor.habitualTakePart),
        ["desa", "dusun", "kelurahan", "padukuhan", "jl", "/", "&"],
        ["pelatihan", "kabupaten", "abcdefghijklmnop", "abcdefghi", "keseluruhannya", "diselenggarakan"],
        ["abcdefghijklmnopq", "abcdefgh", "seharusnya"],
        ["", "ab\u{0}c", "abcdefghi", "abcdefgh", "abcdefghijklmno\u{0}"],
        ["-", "–", "—", "/"],
        ["k", ";", "cafe", "café", "pelatihan"],
    ]

    @Test func aSetAskedAboutATokenAnswersAsAboutItsFoldedString() {
        for raw in Self.texts {
            let text = AnalyzedText(raw: raw, vocabulary: Shared.rules.vocabulary)
            for words in Self.sets {
                let set = Set(words)
                let folded = FoldedWords(words)
                for i in -1...text.tokens.count {
                    #expect(folded.contains(i, in: text) == set.contains(text.folded(i)),
                            "\(words) \(raw.debugDescription) \(i) \(text.folded(i).debugDescription)")
                    // The key made once for several sets answers the same (or defers to the strings).
                    let key = FoldedWords.key(of: i, in: text)
                    #expect(folded.contains(key, token: i, in: text) == set.contains(text.folded(i)))
                    if let key, let answer = folded.contains(key) { #expect(answer == set.contains(text.folded(i))) }
                }
            }
        }
    }

    /// Every word of a set is found in a text that holds it, and a word one byte longer or shorter is not.
    @Test func everyWordOfASetIsFoundAsAToken() {
        for words in Self.sets {
            let folded = FoldedWords(words)
            let set = Set(words)
            for w in words where !w.isEmpty && !w.utf8.contains(0) {
                for candidate in [w, w + "x", String(w.dropLast()), "x" + w] where !candidate.isEmpty {
                    let text = AnalyzedText(raw: "kata \(candidate) kata", vocabulary: Shared.rules.vocabulary)
                    for i in text.tokens.indices {
                        #expect(folded.contains(i, in: text) == set.contains(text.folded(i)), "\(words) \(candidate)")
                    }
                }
            }
        }
    }

    @Test func theBreadcrumbSeparatorIsTheSetsAnswer() {
        for raw in Self.texts + ["a | b » c › d / e > f < g \u{00BB} h \u{203A} i ||"] {
            let text = AnalyzedText(raw: raw, vocabulary: Shared.rules.vocabulary)
            for i in -1...text.tokens.count {
                #expect(EventExtractor.isBreadcrumbSeparator(i, text) == EventExtractor.breadcrumbSeparators.contains(text.folded(i)),
                        "\(raw.debugDescription) \(i)")
            }
        }
    }
}
