import Testing
@testable import Warta

/// Round 11 (issue 11, task SPK9): speakers on writers the rules have never seen. A person reader of a general shape
/// (a list one person a line after bullets, an office ending at its region after a lower-case role, regional
/// honorifics) and a fallback read only when no other rule found a speaker: the subject of a `me-` verb of teaching,
/// the agent of a `di-` verb of teaching. The sentences are written from no document (scripts/people_probes_r11.tsv).
struct Round11SpeakerTests {
    static func speakersOf(_ sentence: String) -> [String] {
        OrganizerSpeakerTests.speakersOf(sentence)
    }

    @Test func aBulletedListAfterASpeakerHeadingKeepsItemsWithADegreeOnly() {
        #expect(Self.speakersOf("Pemateri:\n1. Drs. Yakob Wenda, M.Si\n2. Natalia Kogoya, S.Sos\n3. Ir. Hans Rumbewas\n") == ["Yakob Wenda", "Natalia Kogoya", "Hans Rumbewas"])
        #expect(Self.speakersOf("Narasumber kegiatan:\n- Dr. Bambang Hermawan, M.Si (Universitas Mataram)\n- Baiq Rohani, S.P. (Dinas Pertanian)\n") == ["Bambang Hermawan", "Baiq Rohani"])
        // a numbered list of topics is no list of persons
        #expect(Self.speakersOf("Pemateri:\n1. Pengenalan aplikasi\n2. Praktik lapangan\n") == [])
    }

    @Test func anOfficeEndingAtItsRegionAfterALowerCaseRoleIsFollowedByThePerson() {
        #expect(Self.speakersOf("Mentor pelatihan, penyiar senior RRI Kupang Yosef Nahak, mengajarkan teknik membaca berita.") == ["Yosef Nahak"])
    }

    @Test func aRegionalHonorificIsATitle() {
        #expect(Self.speakersOf("Tampil sebagai pemateri Ajo Syafrizal dan Uni Rahmi Yetti dari Dinas Koperasi Kota Padang.") == ["Syafrizal", "Rahmi Yetti"])
    }

    @Test func withoutASpeakerWordTheSubjectOfAVerbOfTeachingIsTheSpeaker() {
        #expect(Self.speakersOf("Dalam pelatihan itu, Yohanes Lado mengajarkan cara membuat pupuk organik cair kepada kelompok tani.") == ["Yohanes Lado"])
        #expect(Self.speakersOf("Ibu Maria Goreti Seran mengajari para ibu cara menenun kain ikat dengan pewarna alami.") == ["Maria Goreti Seran"])
        // a participant who teaches his neighbours later, an official who speaks of the programme, an opener
        #expect(Self.speakersOf("Alumni pelatihan tahun lalu, Anton Seran, mengajarkan keterampilan itu kepada tetangganya.") == [])
        #expect(Self.speakersOf("Camat Waingapu, Yusuf Kaborang, memaparkan bahwa program pelatihan akan digelar setiap tahun.") == [])
        #expect(Self.speakersOf("Kepala Dinas Sosial Kabupaten Sikka, Yosef Benediktus, membuka pelatihan dan memberikan arahan kepada peserta.") == [])
    }

    @Test func withoutASpeakerWordTheAgentOfAPassiveOfTeachingIsTheSpeaker() {
        #expect(Self.speakersOf("Teknik pemangkasan kopi diperagakan langsung oleh Pak Darmin, petani kopi asal Desa Sumberwaras.") == ["Darmin"])
        #expect(Self.speakersOf("Pelatihan ini dipandu oleh pelatih bersertifikat BNSP, Yulius Tamelab.") == ["Yulius Tamelab"])
        #expect(Self.speakersOf("Para peserta dilatih oleh Bripka Yohanis Sapulete dan Briptu Ronald Tahapary dari Satbinmas Polres Ambon.") == ["Yohanis Sapulete", "Ronald Tahapary"])
        // an opener, a master of ceremonies
        #expect(Self.speakersOf("Pelatihan dibuka secara resmi oleh Sekretaris Daerah Kabupaten Belu, Drs. Johanes Andes Prihatin.") == [])
        #expect(Self.speakersOf("Acara dipandu oleh Budi Santoso dari Radio Suara Kupang.") == [])
    }

    @Test func theFallbackIsReadOnlyWhenNoOtherRuleFoundASpeaker() {
        // a speaker word names the trainer: the teaching verb of another person is not read
        #expect(Self.speakersOf("Narasumber pelatihan ini Dr. Rina Wati, M.Si. Yohanes Lado mengajarkan cara membuat pupuk.") == ["Rina Wati"])
    }
}
