import Foundation
import Testing
@testable import Warta

/// Round 22 (SPEED22): a pattern's required sets (the words of which one must stand in every match, asked before
/// an attempt) no longer take `di` or `oleh` from a split form (`di pandu`) or a branch that ends on `oleh`, and a
/// set at the first token that holds every start word is not taken as a filter. Filters only skip attempts: the
/// matches must be those of an attempt at every position.
struct Round22SpeedTests {
    /// The leftmost non-overlapping matches of an attempt at every position, no filter but the first token's.
    static func everyPosition(_ pattern: CompiledPattern, _ tokens: [Token]) -> [PatternMatch] {
        var out: [PatternMatch] = []
        var p = 0
        while p < tokens.count {
            if let m = pattern.match(in: tokens, at: p), m.end > p {
                out.append(m)
                p = m.end
            } else {
                p += 1
            }
        }
        return out
    }

    func words(_ set: IdSet?, _ vocabulary: Vocabulary) -> Set<String> {
        Set((set?.members ?? []).compactMap { vocabulary.word($0) })
    }

    @Test func splitFormsGiveTheirVerbNotDi() throws {
        var vocabulary = Vocabulary()
        let pattern = try CompiledPattern(
            try PatternParser.parse("(materi | sesi | peserta) ([<word>]){0,14}? (dipandu | di pandu | dibimbing | di bimbing) oleh <cap>"),
            lexicons: [:], vocabulary: &vocabulary)
        // The start set (offset 0) filters nothing after the start words: the verbs are the required set.
        #expect(words(pattern.required, vocabulary) == ["dipandu", "pandu", "dibimbing", "bimbing"])
        #expect(!words(pattern.second, vocabulary).contains("di"))
        #expect(!words(pattern.second, vocabulary).contains("oleh"))
        let text = AnalyzedText(raw: "Sesi praktik di pandu oleh Budi. Peserta di kelas dibimbing oleh Sari, materi di aula dipandu oleh Rina.", vocabulary: vocabulary)
        var scratch = MatchScratch()
        let found = pattern.matches(in: text.tokens, scratch: &scratch)
        #expect(found.map { text.text(of: $0.start..<$0.end) } == ["Sesi praktik di pandu oleh Budi", "Peserta di kelas dibimbing oleh Sari", "materi di aula dipandu oleh Rina"])
    }

    @Test func aBranchEndingOnAVeryCommonWordGivesItsRarerWord() throws {
        var vocabulary = Vocabulary()
        // The second branch's smallest set is {oleh}; its verbs are taken instead.
        let pattern = try CompiledPattern(
            try PatternParser.parse("((materi | sesi) ([<word>]){0,6}? disampaikan | (dilatih | dibimbing) oleh) (narasumber | pelatih) \",\" (yakni | yaitu | di antaranya) <cap>"),
            lexicons: [:], vocabulary: &vocabulary)
        let all = words(pattern.required, vocabulary).union(words(pattern.second, vocabulary))
        #expect(!all.contains("oleh") && !all.contains("di") && !all.contains(","))
        // Before, the first item gave {disampaikan, oleh} and was taken first (as small as the role's, nearer).
        #expect(words(pattern.required, vocabulary) == ["narasumber", "pelatih"])
        #expect(words(pattern.second, vocabulary) == ["disampaikan", "dilatih", "dibimbing"])
    }

    static let probes = [
        "Praktek memotret dipandu oleh fotografer profesional asal Manado Kevin Rumengan yang juga pernah menangani katalog.",
        "Peserta di kelas dilatih oleh barista senior dari Kota Kendari Andi Rahmat Hidayat selama dua hari di aula.",
        "Materi disampaikan oleh instruktur nasional (Innas) dari BPS Provinsi NTB, yakni Baiq Ratna Sari dan I Made Sudarsana.",
        "Materi pengolahan data di berikan oleh tim fasilitator dari Dinas Sosial, di antaranya Asep Saepudin dan Neneng Hasanah.",
        "Sesi tanya jawab di pandu oleh dosen asal Manado Kevin Rumengan. Pelatihan di Desa Sukamaju dibuka oleh Camat, yaitu Budi.",
        "Peserta pelatihan di Balai Desa Sukamaju dibimbing langsung oleh penyuluh dari Dinas Pertanian, yaitu Agus Salim, S.P.",
        "Sesi praktik menjahit di bimbing langsung oleh desainer muda asal Kabupaten Sikka Maria Yasinta Bunga, pemilik butik.",
        "Kegiatan ini diikuti 40 peserta dari 12 desa di Kecamatan Alok, dan materi di sampaikan oleh narasumber dari BPBD, antara lain Rudi Hartono.",
    ]

    /// Every rule of every field finds on the probes above (constructions whose filters changed), on 20 synthetic
    /// articles and on a sample of the corpus what an attempt at every position finds, with the trigger table.
    @Test func everyRuleMatchesAsAnAttemptAtEveryPosition() throws {
        var texts = Self.probes.map { AnalyzedText(raw: $0, vocabulary: Shared.rules.vocabulary) }
        let files = try Paths.corpusAndRealnewsDev(html: false)
        for file in files.enumerated().filter({ $0.offset % 8 == 0 }).map(\.element) {
            let input = try DocumentFinder.input(for: file).get()
            texts.append(AnalyzedText(raw: try TextDecoder.decode(input.bytes).text, vocabulary: Shared.rules.vocabulary))
        }
        var g = Synthetic(seed: 22)
        for _ in 0..<8 { texts.append(AnalyzedText(raw: g.textArticle(size: 3_000), vocabulary: Shared.rules.vocabulary)) }
        var scratch = MatchScratch()
        var compared = 0
        for field in Shared.rules.rules.keys.sorted() {
            for rule in Shared.rules.rules(for: field) {
                for text in texts {
                    let fast = rule.pattern.matches(in: text, scratch: &scratch)
                    let slow = Self.everyPosition(rule.pattern, text.tokens)
                    #expect(fast.map { $0.start..<$0.end } == slow.map { $0.start..<$0.end }, "\(rule.id)")
                    #expect(fast.map(\.captures) == slow.map(\.captures), "\(rule.id)")
                    compared += fast.count
                }
            }
        }
        #expect(compared > 300, "the comparison must cover real matches")
    }
}
