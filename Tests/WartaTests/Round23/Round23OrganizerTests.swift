import Foundation
import Testing
@testable import Warta

/// Round 23 (task ORG23): the organizer constructions of heldout15's look half and its six new desks, probed with
/// sentences of our own: an acronym with its class in roman numerals (`BPTD Kelas II Sulut`), the colloquial
/// `Pelatihannya dari X bersama Y`, the event as a body's activity through its unit, a district in lower case after a name, a short
/// subject completed by the office its head opens the event of, and the bodies of the new desks by their names.
struct Round23OrganizerTests {
    static func organizersOf(_ sentence: String) -> [String] { Round13OrganizerTests.organizersOf(sentence) }

    @Test func anAcronymWithItsClassAndRegion() {
        #expect(Self.organizersOf("BPTD Kelas II Sulut menggelar pelatihan keselamatan pelayaran bagi 50 nelayan.") == ["BPTD Kelas II Sulut"])
        // a roman numeral before a region is no acronym of a body
        #expect(Self.organizersOf("Sementara itu Wilayah II Sulut menggelar pelatihan keselamatan bagi nelayan.").isEmpty)
    }

    @Test func theBodiesOfTheNewDesks() {
        #expect(Self.organizersOf("Balmon Kelas I Medan menggelar bimbingan teknis perizinan frekuensi bagi 20 operator radio.") == ["Balmon Kelas I Medan"])
        #expect(Self.organizersOf("Kantor Syahbandar dan Otoritas Pelabuhan Utama Belawan menggelar pelatihan keselamatan pelayaran bagi nakhoda.") == ["Kantor Syahbandar dan Otoritas Pelabuhan Utama Belawan"])
        #expect(Self.organizersOf("Pelatihan ini merupakan agenda tahunan yang diselenggarakan Diskominfosantik Kota Bengkulu.") == ["Diskominfosantik Kota Bengkulu"])
        #expect(Self.organizersOf("Kegiatan terlaksana atas kerja sama Dinas Pendidikan Kabupaten Belu dengan Pos Lintas Batas Negara (PLBN) Motaain.") == ["Dinas Pendidikan Kabupaten Belu", "Pos Lintas Batas Negara (PLBN) Motaain"])
    }

    @Test func theColloquialEventFromItsHolder() {
        #expect(Self.organizersOf("Anggota MPA ikut pelatihan. Pelatihannya dari Dinas Pemadam Kebakaran Kabupaten OKI bersama Manggala Agni Daops Ogan Komering Ilir.") == ["Dinas Pemadam Kebakaran Kabupaten OKI", "Manggala Agni Daops Ogan Komering Ilir"])
        // the participants' origin is no holder
        #expect(Self.organizersOf("Peserta pelatihannya dari Dinas Pendidikan Kota Padang.").isEmpty)
    }

    @Test func theEventAsABodysActivityThroughItsUnit() {
        #expect(Self.organizersOf("SLI ini merupakan kegiatan Badan Meteorologi Klimatologi dan Geofisika (BMKG) melalui Stasiun Klimatologi Nusa Tenggara Timur.") == ["Badan Meteorologi Klimatologi dan Geofisika (BMKG)", "Stasiun Klimatologi Nusa Tenggara Timur"])
    }

    @Test func aDistrictInLowerCaseAfterAName() {
        #expect(Self.organizersOf("Puskesmas Masbagik menggandeng TP PKK kecamatan Masbagik menggelar pelatihan kader posyandu.").contains("TP PKK kecamatan Masbagik"))
    }

    @Test func aShortSubjectTakesItsOfficesFullName() {
        #expect(Self.organizersOf("Pelatihan pengajar dilaksanakan di aula. Kepala Balai Bahasa Provinsi Kalimantan Barat, Dr. Rosnani Usman, saat membuka kegiatan menjelaskan tujuan pelatihan. Balai Bahasa merencanakan pelatihan lanjutan tahun depan.") == ["Balai Bahasa Provinsi Kalimantan Barat"])
    }
}
