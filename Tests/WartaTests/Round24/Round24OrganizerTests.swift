import Foundation
import Testing
@testable import Warta

/// Round 24 (task ORG24): the organizer constructions of heldout16's look half and its six new desks (water and
/// irrigation, housing and construction, trade and metrology, zakat and waqf, research, the Red Cross), probed with
/// sentences of our own (scripts/org_probes_r24.tsv): `Kab.` with its full stop inside a name that nothing follows, `dan
/// Bina` inside an office's name, a headline that uses `Bimtek` as its verb, an adverb of time before `membuka`, the
/// head who gives the event's report, the event named `kegiatan` before its partner, a partner branch beside a unit
/// that names the parent body in passing, and the bodies of the new desks by their names.
struct Round24OrganizerTests {
    static func organizersOf(_ sentence: String) -> [String] { Round13OrganizerTests.organizersOf(sentence) }

    /// Known misses: a bare acronym as a partner in a headline (`Gandeng UGM`); a body acting in a clause after the
    /// event fronted in an adjunct (round 22's (4)); a host, a blood unit,
    /// a ministry's field unit (`Satker`) and names headed by words no lexicon lists (`Markas`, `Bimas`, `PMR`,
    /// `Habitat for Humanity`); the short acronym of a passive beside the full name in an official's role; two agents
    /// of a passive joined by `dan`; a head and an acronym joined by `dan` with one region; two names all in lower case.
    /// (Round 27, ORG27: `g19`, `X melalui Bidang Y`, is right: the body alone.)
    static let stillMissed: Set<String> = ["c32", "c39", "e01", "e05", "e14", "f02", "f05", "g06", "g08", "g16",
                                           "n02", "n05", "n07", "n13", "n14", "n19", "n20", "n25", "n26", "o03", "w02"]

    @Test func everyProbeOfTheFileGivesItsOrganizersExactly() throws {
        try Round13OrganizerTests.expectEveryProbe(file: "scripts/org_probes_r24.tsv", atLeast: 165, stillMissed: Self.stillMissed)
    }

    @Test func kabWithItsFullStopInsideAName() {
        #expect(Self.organizersOf("Kegiatan difasilitasi Dinas Perdagangan dan Perindustrian Kab. Sragen yang menyediakan kain.") == ["Dinas Perdagangan dan Perindustrian Kab. Sragen"])
        #expect(Self.organizersOf("Pelatihan digelar oleh Dinas Sosial Prov. Jawa Timur di aula.") == ["Dinas Sosial Prov. Jawa Timur"])
    }

    @Test func binaInsideAnOfficesName() {
        #expect(Self.organizersOf("Dinas Pekerjaan Umum dan Bina Marga Kabupaten Ciamis menggelar pelatihan tukang bagi 40 warga.") == ["Dinas Pekerjaan Umum dan Bina Marga Kabupaten Ciamis"])
        #expect(Self.organizersOf("Dinas Pekerjaan Umum, Bina Marga dan Cipta Karya Kabupaten Bogor menggelar pelatihan tukang bagi 40 warga.") == ["Dinas Pekerjaan Umum, Bina Marga dan Cipta Karya Kabupaten Bogor"])
    }

    @Test func aHeadlineThatUsesBimtekAsItsVerb() {
        #expect(Self.organizersOf("Disperkimtan OKI Bimtek Tenaga Pendamping Bedah Rumah || Sebanyak 60 tenaga pendamping mengikuti bimbingan teknis di ruang rapat setda, Selasa (20/5/2025).") == ["Disperkimtan OKI"])
        // a trip is no holding
        #expect(Self.organizersOf("DPRD Kota Padang Bimtek ke Bandung || Sebanyak 30 anggota dewan mengikuti bimbingan teknis di Bandung, Selasa (20/5/2025).").isEmpty)
    }

    @Test func anAdverbOfTimeBeforeMembuka() {
        #expect(Self.organizersOf("Kantor Wilayah Kementerian Agama Provinsi Gorontalo hari ini membuka pelatihan sertifikasi pembimbing manasik haji di Hotel Maqna.") == ["Kantor Wilayah Kementerian Agama Provinsi Gorontalo"])
    }

    @Test func theHeadWhoGivesTheReport() {
        #expect(Self.organizersOf("Sebanyak 40 tukang mengikuti pelatihan. Kepala Dinas PUPR Kabupaten Purworejo, Suranto, dalam laporannya menyampaikan pelatihan ini digelar untuk meningkatkan kompetensi tukang.") == ["Dinas PUPR Kabupaten Purworejo"])
        // the opener's speech (sambutan) is no report
        #expect(Self.organizersOf("Sebanyak 40 warga mengikuti pelatihan. Kepala Dinas Sosial Kota Blitar, Suyanto, dalam sambutannya menyampaikan bahwa pelatihan ini penting.").isEmpty)
    }

    @Test func theEventNamedKegiatanBeforeItsPartner() {
        #expect(Self.organizersOf("Baznas Kabupaten Garut menggelar kegiatan itu bersama Kantor Kementerian Agama Kabupaten Garut.") == ["Baznas Kabupaten Garut", "Kantor Kementerian Agama Kabupaten Garut"])
        #expect(Self.organizersOf("Dinas Sosial Kota Bima menggelar kegiatan bersama warga desa.") == ["Dinas Sosial Kota Bima"])
    }

    @Test func aPartnerBranchBesideAUnitThatNamesTheParent() {
        #expect(Self.organizersOf("Sebanyak 56 mahasiswa mengikuti pelatihan. Kegiatan yg dilaksanakan oleh KSR PMI Unit IAKN Tarutung bekerjasama dengan PMI Kab. Tapanuli Utara itu dibuka Wakil Rektor.") == ["KSR PMI Unit IAKN Tarutung", "PMI Kab. Tapanuli Utara"])
        // an acronym with its region still names the long form that writes it in parentheses
        #expect(Self.organizersOf("Dispora Kota Tual menggelar pelatihan wasit bagi 30 pemuda. Kegiatan yang diselenggarakan Dinas Pemuda dan Olahraga (Dispora) itu berlangsung dua hari.") == ["Dinas Pemuda dan Olahraga (Dispora)"])
    }

    @Test func theBodiesOfTheNewDesks() {
        #expect(Self.organizersOf("Pelatihan pengolahan kopi bagi 30 petani digelar di Desa Wonosari. Kegiatan ini diinisiasi oleh Brida Provinsi Jawa Tengah.") == ["Brida Provinsi Jawa Tengah"])
        #expect(Self.organizersOf("Sebanyak 50 mahasiswa mengikuti pelatihan donor darah. Pelatihan digelar KSR PMI Unit Universitas Jember.") == ["KSR PMI Unit Universitas Jember"])
    }
}
