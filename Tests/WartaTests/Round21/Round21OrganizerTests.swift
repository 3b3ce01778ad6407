import Foundation
import Testing
@testable import Warta

/// Round 21 (task ORG21): the organizer constructions of heldout13's look half, probed from no document
/// (scripts/org_probes_r21.tsv): a regional government that holds an event through one of its own offices
/// (`Pemerintah Kabupaten X melalui Dinas Y`: the office, not the umbrella; a partner it works through and a village's
/// government stay), `bekerja sama` / `bekerjasama` without `dengan` before a partner, customs and forestry bodies by
/// their names (`Bea Cukai X`, `KPPBC ...`, `KPH X`), an event that is a company's social programme (`program TJSL PT
/// X`), and a headline's fuller name of a body that the body names shortly beside a partner.
struct Round21OrganizerTests {
    static func organizersOf(_ sentence: String) -> [String] { Round13OrganizerTests.organizersOf(sentence) }

    /// Known misses: a headline's fuller name of a body that the body names shortly beside a partner (x113, as round
    /// 20's z135: counting the headline's form as named in the body was measured and taken back, one false organizer
    /// more on heldout9's blind half).
    static let stillMissed: Set<String> = ["x113"]

    @Test func everyProbeOfTheFileGivesItsOrganizersExactly() throws {
        try Round13OrganizerTests.expectEveryProbe(file: "scripts/org_probes_r21.tsv", atLeast: 15, stillMissed: Self.stillMissed)
    }

    @Test func aGovernmentThroughItsOwnOfficeIsLeftOut() {
        #expect(Self.organizersOf("Pemerintah Kabupaten Barru melalui Dinas Peternakan dan Kesehatan Hewan (Disnakkeswan) menggelar pelatihan inseminator.") == ["Dinas Peternakan dan Kesehatan Hewan (Disnakkeswan)"])
        #expect(Self.organizersOf("Pemerintah Kabupaten Sinjai lewat Dinsos menggelar bimtek pendamping.") == ["Dinsos"])
        // the short form is kept as written (round 20's probe z132)
        #expect(Self.organizersOf("Pemkab Bantul melalui Dinas Sosial Kabupaten Bantul menggelar pelatihan pendamping lansia.").count == 2)
        // not through a partner, and not a village's government
        #expect(Self.organizersOf("Pemerintah Kabupaten Maros melalui Universitas Hasanuddin menggelar pelatihan guru.").count == 2)
        #expect(Self.organizersOf("Pemerintah Desa Sukamaju melalui Tim Penggerak PKK Desa Sukamaju menggelar pelatihan tata boga.").count == 2)
    }

    @Test func theShapeOfTheCheckItself() throws {
        let extractor = try OrganizerExtractor(rules: Shared.rules)
        let text = AnalyzedText(raw: Round12OrganizerTests.report("Pemerintah Kota Tegal melalui Disperindag menggelar pelatihan."), vocabulary: Shared.rules.vocabulary)
        let t = text.tokens
        guard let g = t.indices.first(where: { text.folded($0) == "pemerintah" }), let d = t.indices.first(where: { text.folded($0) == "disperindag" }) else {
            Issue.record("tokens not found")
            return
        }
        #expect(extractor.governmentThroughOffice(g..<(g + 3), via: d..<(d + 1), text))
        #expect(!extractor.governmentThroughOffice(d..<(d + 1), via: g..<(g + 3), text))
        // an empty or out-of-range span is no government
        #expect(!extractor.governmentThroughOffice(g..<g, via: d..<(d + 1), text))
        #expect(!extractor.governmentThroughOffice(g..<(t.count + 5), via: d..<(d + 1), text))
    }
}
