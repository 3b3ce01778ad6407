import Foundation
import Testing
@testable import Warta

/// Round 21 (task ORG21): the organizer constructions of heldout13's look half, probed from no document
/// (scripts/org_probes_r21.tsv): `bekerja sama` / `bekerjasama` without `dengan` before a partner, customs, tax and
/// forestry bodies by their names (`Bea Cukai X`, `KPPBC ...`, `KPH X`), an event that is a company's social programme
/// (`program TJSL PT X`), a partner named after the event's name (`menggelar pelatihan ... bersama Yayasan Y`).
struct Round21OrganizerTests {
    static func organizersOf(_ sentence: String) -> [String] { Round13OrganizerTests.organizersOf(sentence) }

    /// Known misses: a headline's fuller name of a body that the body names shortly beside a partner (x113, as round
    /// 20's z135: counting the headline's form as named in the body was measured and taken back, one false organizer
    /// more on heldout9's blind half).
    static let stillMissed: Set<String> = ["x113"]

    @Test func everyProbeOfTheFileGivesItsOrganizersExactly() throws {
        try Round13OrganizerTests.expectEveryProbe(file: "scripts/org_probes_r21.tsv", atLeast: 17, stillMissed: Self.stillMissed)
    }

    @Test func aPartnerWithoutItsPreposition() {
        #expect(Self.organizersOf("Dinas Kesehatan Kota Bima bekerjasama Yayasan Gizi Sehat Nusantara menggelar bimtek pencegahan stunting.").sorted() == ["Dinas Kesehatan Kota Bima", "Yayasan Gizi Sehat Nusantara"])
        // a verb of working together with no body after it names no partner
        #expect(Self.organizersOf("Warga diminta bekerja sama menjaga kebersihan. Dinas Lingkungan Hidup Kota Bima menggelar pelatihan bank sampah.") == ["Dinas Lingkungan Hidup Kota Bima"])
    }

    @Test func customsAndACompanysSocialProgramme() {
        #expect(Self.organizersOf("Sebanyak 80 pelaku UMKM mengikuti sosialisasi kepabeanan ekspor yang digelar Bea Cukai Pekanbaru.") == ["Bea Cukai Pekanbaru"])
        #expect(Self.organizersOf("Sebanyak 50 petani mengikuti pelatihan budidaya sawit. Pelatihan itu merupakan bagian dari program tanggung jawab sosial dan lingkungan (TJSL) PT Perkebunan Nusantara V.") == ["PT Perkebunan Nusantara V"])
    }

    @Test func aPartnerAfterTheEventsName() {
        #expect(Self.organizersOf("Dinas Koperasi Kabupaten Jember menggelar pelatihan pemasaran digital bersama Yayasan Digital Nusantara.").sorted() == ["Dinas Koperasi Kabupaten Jember", "Yayasan Digital Nusantara"])
        // participants and officials after `bersama` are no partner
        #expect(Self.organizersOf("Dinas Sosial Kota Bima menggelar pelatihan bersama warga desa.") == ["Dinas Sosial Kota Bima"])
    }

    /// Kept by the lead after the gate (see README, round 21): a regional government that holds an event through one
    /// of its own offices names the office alone, as the real-news labels do; a partner it works through and a
    /// village's government stay.
    @Test func aGovernmentThroughItsOwnOfficeIsLeftOut() {
        #expect(Self.organizersOf("Pemerintah Kabupaten Barru melalui Dinas Peternakan dan Kesehatan Hewan (Disnakkeswan) menggelar pelatihan inseminator.") == ["Dinas Peternakan dan Kesehatan Hewan (Disnakkeswan)"])
        #expect(Self.organizersOf("Pemerintah Kabupaten Sinjai lewat Dinsos menggelar bimtek pendamping.") == ["Dinsos"])
        // the short form is kept as written (round 20's probe z132)
        #expect(Self.organizersOf("Pemkab Bantul melalui Dinas Sosial Kabupaten Bantul menggelar pelatihan pendamping lansia.").count == 2)
        // not through a partner, and not a village's government
        #expect(Self.organizersOf("Pemerintah Kabupaten Maros melalui Universitas Hasanuddin menggelar pelatihan guru.").count == 2)
        #expect(Self.organizersOf("Pemerintah Desa Sukamaju melalui Tim Penggerak PKK Desa Sukamaju menggelar pelatihan tata boga.").count == 2)
    }

    @Test func theShapeOfTheGovernmentCheckItself() throws {
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
