import Foundation
import Testing
@testable import Warta

/// Round 27 (SPEED27): where a pattern is tried. A conjunction at a pattern's first token (`[<cap> @cap_head]`)
/// gives the start filter its words, not its class (every capitalized token). Filters only skip attempts: every
/// rule must find the matches and captures of an attempt at every position with no filter at all.
struct Round27SpeedTests {
    /// The leftmost non-overlapping matches of an attempt at every position, with no filter before the attempt.
    static func everyPosition(_ pattern: CompiledPattern, _ tokens: [Token]) -> [PatternMatch] {
        var out: [PatternMatch] = []
        var scratch = MatchScratch()
        var p = 0
        while p < tokens.count {
            if let m = pattern.matchWithoutFilters(in: tokens, at: p, scratch: &scratch), m.end > p {
                out.append(m)
                p = m.end
            } else {
                p += 1
            }
        }
        return out
    }

    /// Every rule of every field finds on `texts`, through the trigger table and every filter (the path the
    /// extractors take), the matches and captures of ``everyPosition(_:_:)``; the comparison covers more than
    /// 100 matches (rounds 27 and 31).
    static func expectEveryRuleMatchesUnfiltered(_ texts: [AnalyzedText]) {
        var scratch = MatchScratch()
        var compared = 0
        for field in Shared.rules.rules.keys.sorted() {
            for rule in Shared.rules.rules(for: field) {
                for text in texts {
                    let fast = rule.pattern.matches(in: text, scratch: &scratch)
                    let slow = everyPosition(rule.pattern, text.tokens)
                    #expect(fast.map { $0.start..<$0.end } == slow.map { $0.start..<$0.end }, "\(rule.id)")
                    #expect(fast.map(\.captures) == slow.map(\.captures), "\(rule.id)")
                    compared += fast.count
                }
            }
        }
        #expect(compared > 100, "the comparison must cover real matches")
    }

    @Test func aConjunctionAtTheFirstTokenGivesItsWords() throws {
        var vocabulary = Vocabulary()
        var heads = Lexicon(name: "heads")
        for w in ["dinas", "balai", "badan"] { heads.add(phrase: w, value: w, vocabulary: &vocabulary) }
        let pattern = try CompiledPattern(
            try PatternParser.parse("org:([<cap> @heads] ([<cap> !<first>]){0,4}) (menggelar | membuka)"),
            lexicons: ["heads": heads], vocabulary: &vocabulary)
        // The heads start it, not every capitalized word.
        #expect(pattern.start.idsOnly)
        #expect(Set(pattern.start.ids.members.compactMap { vocabulary.word($0) }) == ["dinas", "balai", "badan"])
        let text = AnalyzedText(
            raw: "Kota Bandung — Dinas Sosial Kota Bandung menggelar pelatihan. Warga Desa Sukamaju ikut. Balai Latihan Kerja membuka kelas baru.",
            vocabulary: vocabulary)
        var scratch = MatchScratch()
        let found = pattern.matches(in: text.tokens, scratch: &scratch)
        #expect(found.map { text.text(of: $0.start..<$0.end) } == ["Dinas Sosial Kota Bandung menggelar", "Balai Latihan Kerja membuka"])
        #expect(found.map { $0.start..<$0.end } == Self.everyPosition(pattern, text.tokens).map { $0.start..<$0.end })
    }

    @Test func aConjunctionInAnOptionalOpeningGivesItsWordsBesideTheOthers() throws {
        var vocabulary = Vocabulary()
        var heads = Lexicon(name: "heads")
        for w in ["dinas", "balai"] { heads.add(phrase: w, value: w, vocabulary: &vocabulary) }
        // The opening is optional: the start words are the heads and `resmi`; a word in capitals (the second
        // branch's class) still starts it, and so does `resmi` alone.
        let pattern = try CompiledPattern(
            try PatternParser.parse("(([<cap> @heads] | [<upper> !<first>]) ([<cap> !<first>]){1,3} \",\"?)? resmi (membuka | menutup | dibuka)"),
            lexicons: ["heads": heads], vocabulary: &vocabulary)
        #expect(!pattern.start.idsOnly)
        #expect(Set(pattern.start.ids.members.compactMap { vocabulary.word($0) }) == ["dinas", "balai", "resmi"])
        let text = AnalyzedText(
            raw: "Pelatihan Juru Masak oleh Dinas Pariwisata Kabupaten Éndé resmi dibuka; BPSDM Jawa Tengah, resmi menutup. Kegiatan itu resmi dibuka Wakil Bupati Ñusa.",
            vocabulary: vocabulary)
        var scratch = MatchScratch()
        let found = pattern.matches(in: text.tokens, scratch: &scratch)
        let slow = Self.everyPosition(pattern, text.tokens)
        #expect(found.map { text.text(of: $0.start..<$0.end) } == ["Dinas Pariwisata Kabupaten Éndé resmi dibuka", "BPSDM Jawa Tengah, resmi menutup", "resmi dibuka"])
        #expect(found.map { $0.start..<$0.end } == slow.map { $0.start..<$0.end })
        #expect(found.map(\.captures) == slow.map(\.captures))
    }

    /// Reports in the style of regional news, with letters beyond ASCII (so that token offsets and scalar offsets
    /// differ), names in capitals, lists of bodies, time adjuncts and speakers.
    static let probes = [
        "Kupang — Dinas Sosial Provinsi Nusa Tenggara Timur (NTT) kembali menggelar Pelatihan Tagana bagi 40 relawan dari 22 kabupaten/kota di Aula Hotel Sasando, Senin (3/6/2024). Materi disampaikan oleh Kepala Bidang Linjamsos, Drs. Yohanes Émanuel Tallo, M.Si.",
        "BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS (BBPVP) SERANG resmi membuka pelatihan barista angkatan kedua. Sebanyak 32 peserta dari Kabupaten Pandeglang mengikuti kegiatan yang berlangsung selama sepuluh hari itu.",
        "Pemerintah Kabupaten Sikka melalui Dinas Koperasi, UKM, Perindustrian dan Perdagangan menggelar bimbingan teknis (bimtek) pengemasan produk bagi 25 pelaku usaha di Maumere, Kamis (12/9). Narasumber kegiatan ini antara lain Maria Goreti Nona Ñoni dan Yoséph Lédo.",
        "Bimtek digelar pada Selasa (4/3) oleh BPBD Kabupaten Lumajang bersama Palang Merah Indonesia (PMI) Kab. Lumajang; pemateri, yaitu dr. Siti Rahmawati, Sp.KK, menyampaikan materi pertolongan pertama kepada 50 peserta.",
        "Kegiatan dibuka secara resmi oleh Sekretaris Daerah Kabupaten Bone Bolango, Ishak Ntoma. Ia berharap para kader PKK dari 18 kecamatan dapat menerapkan ilmu yang didapat. Pelatihan ditutup pada Jumat, 7 Juni 2024.",
    ]

    /// Every rule of every field finds on the probes and on synthetic articles what an attempt at every position
    /// with no filter finds, through the trigger table (the path the extractors take).
    @Test func everyRuleMatchesAsAnUnfilteredAttemptAtEveryPosition() throws {
        Self.expectEveryRuleMatchesUnfiltered(Shared.analyzed(Self.probes, seed: 27, articles: 3))
    }
}
