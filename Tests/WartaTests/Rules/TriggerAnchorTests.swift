import Foundation
import Testing
@testable import Warta

/// Round 15 (SPEED8): a pattern whose every match starts a line (`^` before its first token on every path) is
/// tried only at the line starts. It must find exactly what an attempt at every position finds.
struct TriggerAnchorTests {
    static func compile(_ source: String) throws -> CompiledPattern {
        var vocabulary = Shared.rules.vocabulary
        return try CompiledPattern(try PatternParser.parse(source), lexicons: [:], vocabulary: &vocabulary)
    }

    @Test func anchoredPatternsAreThoseThatMeetALineStartFirst() throws {
        #expect(try Self.compile("^ pelatihan").anchored)
        #expect(try Self.compile("(^ pelatihan | ^ <num> \".\")").anchored)
        #expect(try Self.compile("x:(^ pelatihan) bagi").anchored)
        #expect(try !Self.compile("(^ pelatihan | bimtek)").anchored)
        #expect(try !Self.compile("pelatihan ^ bimtek").anchored)
        #expect(try !Self.compile("(^ <num>)? pelatihan").anchored)
        #expect(try !Self.compile("<cap> pelatihan").anchored)
    }

    /// The leftmost non-overlapping matches found by an attempt at every position that the start filter admits
    /// (``CompiledPattern/match(in:at:)``: neither the anchor nor the required words are asked).
    static func everyPosition(_ pattern: CompiledPattern, _ tokens: [Token]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var p = 0
        while p < tokens.count {
            if let m = pattern.match(in: tokens, at: p), m.end > p {
                out.append(m.start..<m.end)
                p = m.end
            } else {
                p += 1
            }
        }
        return out
    }

    @Test func anchoredRulesFindWhatAnAttemptAtEveryPositionFinds() throws {
        var texts = try TriggerTests.texts()
        // Lines of a programme, of a list of materials and of a release's labels, among sentences with numbers,
        // dashes and punctuation that start no line.
        let lists = [
            "Materi dan pengajar:\n• Perawatan traktor roda empat — Ir. Andi Muh. Ikhsan, M.P. (widyaiswara ahli madya);\n2. Penelusuran literatur — Dr. Rizky Kadir, S.Kom., M.T. (Kepala UPT Perpustakaan);",
            "Padang - Pelatihan 3 hari, 12-14 Mei, diikuti 40 peserta. \"Ini penting,\" katanya.\n- Teknik budidaya — oleh Bayu Pratama (penyuluh)\nTempat: Aula Kantor Bupati Sukamaju\n📍 Gedung Serbaguna",
            "Persyaratan umum:\n1. Warga Kota Malang\n2) Usia 18 - 35 tahun — dibuktikan KTP\nSyarat khusus: sehat",
        ]
        for t in lists { texts.append(AnalyzedText(raw: t, vocabulary: Shared.rules.vocabulary)) }
        var scratch = MatchScratch()
        var anchored = 0
        var found = 0
        for field in Shared.rules.rules.keys.sorted() {
            for rule in Shared.rules.rules(for: field) where rule.pattern.anchored {
                anchored += 1
                for text in texts {
                    let fast = rule.pattern.matches(in: text, scratch: &scratch).map { $0.start..<$0.end }
                    let scan = rule.pattern.matches(in: text.tokens, scratch: &scratch).map { $0.start..<$0.end }
                    let all = Self.everyPosition(rule.pattern, text.tokens)
                    #expect(fast == all, "\(rule.id)")
                    #expect(scan == all, "\(rule.id)")
                    found += all.count
                }
            }
        }
        #expect(anchored >= 3, "speakers.topic-then-person, location's labeled line, event's requirements")
        #expect(found >= 5, "the comparison must cover real matches")
    }
}
