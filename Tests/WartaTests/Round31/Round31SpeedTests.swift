import Foundation
import Testing
@testable import Warta

/// Round 31 (SPEED31): a start whose next token cannot stand second in a match is not attempted (the second-token
/// filter, ``CompiledPattern/secondFilter(_:lexicons:)``). The filter only skips attempts: every
/// rule must find the matches and captures of an attempt at every position with no filter, and no attempt that the
/// filter skips may match.
struct Round31SpeedTests {
    /// Texts with letters beyond ASCII (token and scalar offsets differ), curly quotes, dashes, names in capitals,
    /// numbers and line breaks, in the style of regional news.
    static let probes = [
        "Kupang — Dinas Sosial Provinsi Nusa Tenggara Timur (NTT) kembali menggelar Pelatihan Tagana bagi 40 relawan dari 22 kabupaten/kota di Aula Hotel Sasando, Senin (3/6/2024). Materi disampaikan oleh Kepala Bidang Linjamsos, Drs. Yohanes Émanuel Tallo, M.Si.",
        "Materi yang diberikan meliputi kebijakan, praktik lapangan, pendataan, hingga penyusunan laporan kegiatan.\nSelama tiga tahun terakhir telah melatih 4.320 pencari kerja; seperti tahun lalu, setiap tahun membuka tiga gelombang.",
        "Ilmu menenun ditularkan Maria Lede, perajin tenun asal Watublapi. Sesi kedua diisi oleh Dr. Rina Ñoni, M.Pd., dari Universitas Nusa Cendana.",
        "“Kami berharap peserta menerapkan ilmu yang diperoleh,” ujar Kepala Dinas, Ir. Hendra Wijaya, M.T., pada Kamis (12/9/2024) di Maumere — sejak 2015 rutin menggelar pelatihan.",
        "PELATIHAN BARISTA ANGKATAN KEDUA resmi dibuka 5–7 Juni 2024 oleh BBPVP Serang bagi 32 peserta; materinya dibawakan sama Bu Ratna Sari dari Puskesmas Cibeber.",
        "Kegiatan dibuka secara resmi oleh Sekretaris Daerah Kabupaten Bone Bolango, Ishak Ntoma. Pelatihan berlangsung 3 - 5 Juli 2023, dan ditutup pada Jumat, 7 Juni 2024.",
    ]

    static func texts() -> [AnalyzedText] { Shared.analyzed(Self.probes, seed: 31, articles: 4) }

    /// Whether the filter lets the attempt at `s` run (the machine's own reading of the summary).
    static func admitted(_ pattern: CompiledPattern, _ tokens: [Token], _ s: Int) -> Bool {
        tokens.withUnsafeBufferPointer { t in
            guard let base = t.baseAddress else { return true }
            return pattern.secondAdmits(base, s, t.count)
        }
    }

    /// No rule's attempt that the second-token filter skips matches, at any position of the probes and of
    /// synthetic articles; and the filter does skip attempts.
    @Test func noSkippedAttemptMatches() throws {
        var scratch = MatchScratch()
        var skipped = 0
        var matched = 0
        for text in Self.texts() {
            for field in Shared.rules.rules.keys.sorted() {
                for rule in Shared.rules.rules(for: field) {
                    for s in text.tokens.indices {
                        let m = rule.pattern.matchWithoutFilters(in: text.tokens, at: s, scratch: &scratch)
                        if m != nil { matched += 1 }
                        if !Self.admitted(rule.pattern, text.tokens, s) {
                            skipped += 1
                            #expect(m == nil, "\(rule.id) at \(s)")
                        }
                    }
                }
            }
        }
        #expect(skipped > 1_000, "the filter must skip attempts")
        #expect(matched > 100, "the comparison must cover real matches")
    }

    /// Every rule finds through the trigger table (the extractors' path, now with the filter) what an attempt at
    /// every position with no filter finds.
    @Test func everyRuleMatchesAsAnUnfilteredAttemptAtEveryPosition() throws {
        Round27SpeedTests.expectEveryRuleMatchesUnfiltered(Self.texts())
    }

    /// The filter of small patterns: what may stand second, and what makes it admit any token (a lexicon step, a
    /// pattern of one token, an optional second element).
    @Test func theSecondTokenFilter() throws {
        var small = SmallPatterns(lexicon: "heads", phrases: ["dinas sosial", "balai"])
        func compile(_ source: String) throws -> CompiledPattern { try small.compile(source) }
        let history = try compile("(sejak (tahun)? <num:4> | [<word> !seperti] tahun lalu)")
        let text = AnalyzedText(raw: "Sejak 2015, seperti tahun lalu, tahun lalu dan sejak tahun 2019 — ēmpat tahun lalu.", vocabulary: small.vocabulary)
        let words = text.tokens.indices.map { text.folded($0) }
        // A word followed by `tahun` or by a number may start it; a word followed by another word may not.
        for s in text.tokens.indices where s + 1 < text.tokens.count {
            let next = text.tokens[s + 1]
            let may = next.kind == .number || words[s + 1] == "tahun"
            if !may { #expect(!Self.admitted(history, text.tokens, s), "\(words[s]) \(words[s + 1])") }
            if words[s + 1] == "tahun" { #expect(Self.admitted(history, text.tokens, s)) }
        }
        // The last token is always admitted (a match may end there).
        #expect(Self.admitted(history, text.tokens, text.tokens.count - 1))
        var scratch = MatchScratch()
        let found = history.matches(in: text.tokens, scratch: &scratch)
        #expect(found.map { $0.start..<$0.end } == Round27SpeedTests.everyPosition(history, text.tokens).map { $0.start..<$0.end })
        #expect(found.map { text.text(of: $0.start..<$0.end) } == ["Sejak 2015", "sejak tahun 2019", "ēmpat tahun lalu"])

        // A lexicon at the start (its phrase's second word), one token, an optional second element: any token.
        for source in ["@heads menggelar", "pelatihan", "pelatihan (teknis)?", "^ pelatihan (teknis)? $"] {
            let p = try compile(source)
            #expect(p.secondClasses == UInt8.max, "\(source)")
        }
        // A lexicon second: the first words of its phrases.
        let opened = try compile("oleh @heads")
        #expect(opened.secondClasses == 0)
        #expect(Set(opened.secondIds.members.compactMap { small.vocabulary.word($0) }) == ["dinas", "balai"])
    }

    /// The quick bits of a set (bit `id & 63` of each member) are the union of its words, for small, sparse and
    /// large sets and for every pattern's start words and second words.
    @Test func theBitsOfASetAreThoseOfItsMembers() {
        let lists: [[Int32]] = [[], [0], [63, 64, 65], [1, 130, 4_095, 70_000], (0..<200).map { Int32($0 * 37) }]
        for ids in lists {
            let set = IdSet(ids)
            #expect(set.bitsModulo64 == set.members.reduce(UInt64(0)) { $0 | 1 << UInt64($1 & 63) }, "\(ids)")
        }
        for field in Shared.rules.rules.keys.sorted() {
            for rule in Shared.rules.rules(for: field) {
                let p = rule.pattern
                #expect(p.startIdBits == p.start.ids.members.reduce(UInt64(0)) { $0 | 1 << UInt64($1 & 63) }, "\(rule.id)")
                #expect(p.secondIdBits == p.secondIds.members.reduce(UInt64(0)) { $0 | 1 << UInt64($1 & 63) }, "\(rule.id)")
            }
        }
    }
}
