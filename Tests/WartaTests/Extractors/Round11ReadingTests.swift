import Testing
@testable import Warta

/// Round 11 (issue 11, the lead at the merge): two reading fixes of a general shape, each first seen in heldout7's
/// look half and moving nothing on any other readable set: a word made a noun by pe(N)-/per-/pel-/ke- ... -an is no
/// given name, and a building named after a person keeps the person's title (`Aula H. Lalu Muhammad Saleh`).
struct Round11ReadingTests {
    static func record(_ sentence: String) -> Record {
        Shared.record("Pelatihan Kader\n\nKOTA – Dinas Sosial menggelar pelatihan kader. \(sentence) Pelatihan diikuti 40 peserta.\n")
    }

    @Test func aDerivedNounIsNoNameInAListAfterASpeaker() {
        let r = Self.record("Narasumber, Dr. Rahmi Yuliani menjelaskan pencatatan sesuai Permendesa PDTT Nomor 3 Tahun 2021 tentang Pendaftaran, Pendataan dan Pemeringkatan, Pembinaan dan Pengembangan, dan Pengadaan Barang.")
        #expect(r.event?.speakers.map(\.name) == ["Rahmi Yuliani"])
    }

    @Test func givenNamesEndingInAnAreStillNames() {
        #expect(Self.record("Narasumber kegiatan ini, Pebriyan Kurniawan, menjelaskan cara menyusun laporan.").event?.speakers.map(\.name) == ["Pebriyan Kurniawan"])
        #expect(Self.record("Narasumber kegiatan ini, Kelvian Saputra, menjelaskan cara menyusun laporan.").event?.speakers.map(\.name) == ["Kelvian Saputra"])
        #expect(Self.record("Materi disampaikan oleh Kesuma Wardani dan Pelangi Permata.").event?.speakers.map(\.name) == ["Kesuma Wardani", "Pelangi Permata"])
        #expect(SpeakerExtractor.isDerivedNoun("pembinaan"))
        #expect(SpeakerExtractor.isDerivedNoun("kesehatan"))
        #expect(!SpeakerExtractor.isDerivedNoun("kurniawan"))
        #expect(!SpeakerExtractor.isDerivedNoun("pebriyan"))
    }

    @Test func aBuildingNamedAfterAPersonKeepsHisTitle() {
        #expect(Self.record("Kegiatan berlangsung di Aula Tb. Suwandi, Pusat Pemerintahan Kabupaten Serang.").event?.location?.venue == "Aula Tb. Suwandi, Pusat Pemerintahan Kabupaten Serang")
        #expect(Self.record("Kegiatan dipusatkan di Gedung KH. Hasyim Asyari Kantor PCNU Jombang.").event?.location?.venue == "Gedung KH. Hasyim Asyari Kantor PCNU Jombang")
    }

    @Test func aPersonIntroducedThenTeachingThroughAPronounIsASpeaker() {
        #expect(Self.record("Salah satunya Heru Santosa. Ia mengajari peserta membaca arah asap.").event?.speakers.map(\.name) == ["Heru Santosa"])
        // an opener who then asks, and a participant who practises, are no speakers
        #expect(Self.record("Bupati Ahmad Yani membuka pelatihan. Ia meminta peserta serius.").event?.speakers.map(\.name) == [])
        #expect(Self.record("Peserta Rina Marlina tampak antusias. Ia mempraktikkan cara memasak.").event?.speakers.map(\.name) == [])
    }
}
