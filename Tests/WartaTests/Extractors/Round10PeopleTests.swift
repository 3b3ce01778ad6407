import Testing
@testable import Warta

/// Round 10 (issue 11, task PEOPLE8): organizers and speakers read by construction on unseen text, each construction
/// measured alone on every readable set (realnews dev, the look halves of heldout to heldout6, `corpus/`); the
/// sentences are written from no document (scripts/people_probes_r10.tsv).
struct Round10PeopleTests {
    static func speakersOf(_ sentence: String) -> [String] {
        OrganizerSpeakerTests.speakersOf(sentence)
    }

    static func organizersOf(_ lead: String) -> [String] {
        OrganizerSpeakerTests.organizers(Shared.record("Pelatihan bagi Warga\n\nKOTA, 5 Maret 2024 – \(lead) Pelatihan berlangsung di aula dan diikuti 30 peserta."))
    }

    @Test func theOwnerOfTheEventOrItsProgrammeAfterMilikIsTheOrganizer() {
        #expect(Self.organizersOf("Pelatihan membatik yang menjadi program pembinaan milik Dinas Perindustrian Kabupaten Pekalongan kembali digelar pekan ini.") == ["Dinas Perindustrian Kabupaten Pekalongan"])
        #expect(Self.organizersOf("Melalui program Bimbingan Teknis Desa Wisata milik Dinas Pariwisata Kabupaten Banyuwangi, 40 pengelola dilatih.") == ["Dinas Pariwisata Kabupaten Banyuwangi"])
        // the owner of a place where the event is held is no organizer
        #expect(Self.organizersOf("Pelatihan budidaya lele berlangsung di kolam milik Kelompok Tani Maju Jaya di Desa Sukamaju.") == [])
    }

    @Test func theSubjectThatActsToHoldTheEventIsTheOrganizer() {
        #expect(Self.organizersOf("Dinas Koperasi Kota Padang menyiapkan anggaran Rp150 juta guna menggelar pelatihan pemasaran digital.") == ["Dinas Koperasi Kota Padang"])
        // a sender of participants does not hold the event
        #expect(Self.organizersOf("Dinas Sosial Kabupaten Garut mengirim 20 pendamping untuk mengikuti pelatihan di Bandung.") == [])
    }

    @Test func anUnknownAcronymWithItsRegionNameIsAnOffice() {
        #expect(Self.organizersOf("Puluhan petani mengikuti pelatihan pengolahan kopi yang digelar BSIP Lampung, Kamis (21/8).") == ["BSIP Lampung"])
        #expect(Self.organizersOf("Pelatihan itu digelar di NTB dan diikuti 40 peserta.") == [])
    }

    @Test func thePartnerOfAPassiveAgentAfterAnAppositiveIsACoOrganizer() {
        #expect(Self.organizersOf("Pelatihan ini diinisiasi Yayasan Tenun Nusa Flores, sebuah LSM pelestari tenun, bersama Dekranasda Kabupaten Sikka.") == ["Yayasan Tenun Nusa Flores", "Dekranasda Kabupaten Sikka"])
    }

    @Test func aGivenNameThatIsAWordOfTimeIsReadAfterATitle() {
        #expect(Self.speakersOf("Dihadirkan dua narasumber, yakni dosen Fakultas Ilmu Sosial dan Ilmu Politik Universitas Jember, Dr. Hari Santoso, S.Sos., M.A., yang memaparkan strategi kelembagaan.") == ["Hari Santoso"])
    }

    @Test func aSessionOrTheMaterialGuidedByAPersonGivesTheSpeaker() {
        #expect(Self.speakersOf("Sesi uji kualitas pupuk dipandu Hendra Gunawan, S.TP.") == ["Hendra Gunawan"])
        // an honorific before the name is a title, not a name
        #expect(Self.speakersOf("Sesi pertolongan pertama dipandu Kak Wulan, pembina Pramuka dari Kwarcab.") == ["Wulan"])
        // a question session is guided by a moderator
        #expect(Self.speakersOf("Sesi tanya jawab dipandu oleh Kepala Bidang, Rina.") == [])
    }

    @Test func aDayFilledByAPersonWithARoleGivesTheSpeaker() {
        #expect(Self.speakersOf("Hari pertama diisi penyuluh pertanian DKPP, Ir. Sri Handayani.") == ["Sri Handayani"])
        #expect(Self.speakersOf("Hari pertama diisi sambutan Bupati Garut, H. Rudy Gunawan.") == [])
    }

    @Test func theTeamLeaderExplainingTheSubjectIsASpeaker() {
        #expect(Self.speakersOf("Ketua tim, Dr. Maria Goreti Seran, S.Pi., M.Si., menjelaskan hampir seluruh rumput laut dijual kering.") == ["Maria Goreti Seran"])
        // speaking of the event itself is not teaching
        #expect(Self.speakersOf("Ketua tim, Dr. Maria Ulfa, menjelaskan pelatihan ini didanai hibah kementerian.") == [])
    }

    @Test func aRetiredRankIsATitle() {
        #expect(Self.speakersOf("Materi navigasi diberikan oleh instruktur Basarnas, Serka (Mar) Purn. Jefri Latuheru.") == ["Jefri Latuheru"])
    }

    @Test func aListWrittenOnePersonALineAfterBulletsKeepsEveryPerson() {
        // the line before ends in a degree with its full stop, or in an affiliation in parentheses
        #expect(Self.speakersOf("\nNarasumber:\n- Dr. Rina Marlina, M.Kes.\n- Ir. Joko Santoso, M.T.\n\n") == ["Rina Marlina", "Joko Santoso"])
        #expect(Self.speakersOf("\nNarasumber:\n- Ns. Zulfikar, S.Kep. (Ketua HIPGABI Aceh)\n- dr. Rahmi Yusuf, Sp.An\n\n") == ["Zulfikar", "Rahmi Yusuf"])
        // a line that goes on with a sentence is no item
        #expect(Self.speakersOf("\nNarasumber:\n- Dr. Rina Marlina, M.Kes.\n- Dr. Bambang Susilo, Kepala Dinas Sosial, membuka acara.\n\n") == ["Rina Marlina"])
    }
}
