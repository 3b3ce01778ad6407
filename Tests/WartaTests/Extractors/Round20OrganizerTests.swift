import Foundation
import Testing
@testable import Warta

/// Round 20 (task ORG20): the organizer constructions of heldout12's look half and of the older look halves, probed
/// from no document (scripts/org_probes_r20.tsv): the committees and a campus's departments as bodies (`Komite
/// Olahraga Nasional Indonesia (KONI) X`, `Jurusan Teknik Sipil Politeknik Y`), a faculty after `dan` as a partner of
/// its own, a cooperation of three (`hasil kerja sama X dengan Y dan Z`), the event held `bersama` a partner with no
/// agent (`Pelatihan digelar bersama Dinas X`), a detention house by its long form (`Rumah Tahanan Negara (Rutan)
/// Kelas IIB X`), and the subject of a later sentence that brings in the teachers (`Dinas X menghadirkan dua penyuluh
/// sebagai narasumber`, a fallback).
struct Round20OrganizerTests {
    static func organizersOf(_ sentence: String) -> [String] { Round13OrganizerTests.organizersOf(sentence) }

    /// Known misses: a body's level in lower case after a name with no proper name of its own (`TP PKK kecamatan
    /// Tamalanrea`, z112: `Pemerintah Desa X kecamatan Y` is a place there), a unit's parent in an appositive (`UPT
    /// BLK X, unit di bawah Dinas Y`, z113); the long-form regional government before `melalui` and its office
    /// (z129-z131: the held-out labels list the office alone, 9 of 10 readable reports; dropping the umbrella was
    /// measured and taken back, heldout8's blind half lost two organizers); a headline's fuller name of a body that the
    /// body names shortly beside a partner (z135: taking the body's place was taken back, one false organizer more
    /// on heldout9's blind half).
    static let stillMissed: Set<String> = ["z112", "z113", "z129", "z130", "z131", "z135"]

    @Test func everyProbeOfTheFileGivesItsOrganizersExactly() throws {
        try Round13OrganizerTests.expectEveryProbe(file: "scripts/org_probes_r20.tsv", atLeast: 39, stillMissed: Self.stillMissed)
    }

    @Test func aDetentionHouseAndTheOneWhoBringsTheTeachers() {
        #expect(Self.organizersOf("Rumah Tahanan Negara (Rutan) Kelas IIB Sinjai menggelar pelatihan pangkas rambut bagi warga binaan.") == ["Rumah Tahanan Negara (Rutan) Kelas IIB Sinjai"])
        #expect(Self.organizersOf("Sebanyak 25 petani mengikuti pelatihan pupuk organik. Dinas Pertanian Kabupaten Karo menghadirkan dua penyuluh sebagai narasumber.") == ["Dinas Pertanian Kabupaten Karo"])
        // a fallback only: a body that holds the event is not joined by the one that brings a speaker
        #expect(Self.organizersOf("Dinas Koperasi Kota Bogor menggelar pelatihan pemasaran digital. Dinas Kominfo Kota Bogor menghadirkan dua narasumber praktisi.") == ["Dinas Koperasi Kota Bogor"])
    }

    @Test func aCommitteeAndAFacultyAreBodies() {
        #expect(Self.organizersOf("Komite Olahraga Nasional Indonesia (KONI) Kabupaten Sijunjung menggelar pelatihan wasit bola voli.") == ["Komite Olahraga Nasional Indonesia (KONI) Kabupaten Sijunjung"])
        #expect(Self.organizersOf("Pelatihan ini merupakan hasil kerja sama Dinas Pertanian Kabupaten Jembrana dengan Bank BPD Bali Cabang Negara dan Fakultas Pertanian Universitas Warmadewa.").count == 3)
    }

    @Test func aPartnerOfAPassiveWithNoAgent() {
        #expect(Self.organizersOf("Kodim 0808/Blitar menggembleng 40 Babinsa dalam pelatihan pendampingan petani. Pelatihan digelar bersama Dinas Ketahanan Pangan Kabupaten Blitar.").sorted() == ["Dinas Ketahanan Pangan Kabupaten Blitar", "Kodim 0808/Blitar"])
        #expect(Self.organizersOf("Dinas Koperasi Kota Blitar menggelar pelatihan. Rapat evaluasi itu digelar bersama Bupati Blitar.") == ["Dinas Koperasi Kota Blitar"])
    }
}
