import Testing
@testable import Warta

/// Round 9 (issue 11): organizers and speakers read by construction on unseen text: the post of a military unit
/// before a rank and a name, a list of persons before the speaker word or the verb of delivering, a photo caption's
/// positions, a unit inside another office, an alias after `atau`, `Otoritas` as an office.
struct Round9PeopleTests {
    static func speakersOf(_ sentence: String) -> [String] {
        OrganizerSpeakerTests.speakersOf(sentence)
    }

    static func organizersOf(_ lead: String) -> [String] {
        OrganizerSpeakerTests.organizers(Shared.record("Pelatihan bagi Warga\n\nKOTA, 5 Maret 2024 – \(lead) Pelatihan berlangsung di aula dan diikuti 30 peserta."))
    }

    @Test func thePostOfAMilitaryUnitIsNoNameAndTheRankedPersonAfterItIsTheSpeaker() {
        #expect(Self.speakersOf("Materi wawasan kebangsaan dibawakan oleh Pasi Ops Kodim 0712 Kapten Inf Sugeng Riyadi.") == ["Sugeng Riyadi"])
        #expect(Self.speakersOf("Pelatih lapangan terdiri dari Serma Joko Susilo, Bati Ops Koramil Ngawi, dan Sertu Amir Hamzah, Babinsa Desa Sidomulyo.") == ["Joko Susilo", "Amir Hamzah"])
        #expect(Self.speakersOf("Materi disampaikan oleh Kasdim 0815 Mayor Inf Bambang Irawan dan Pabung Kodim Kapten Czi Slamet.") == ["Bambang Irawan", "Slamet"])
    }

    @Test func aListOfPersonsBeforeTheSpeakerWordKeepsEveryPerson() {
        #expect(Self.speakersOf("Dr. Rina Wati, M.Si dan Ir. Joko Susilo hadir sebagai narasumber.") == ["Rina Wati", "Joko Susilo"])
        #expect(Self.speakersOf("Rahmat Hidayat, Siti Nurhaliza dan Andi Baso hadir sebagai pemateri dalam kegiatan itu.") == ["Rahmat Hidayat", "Siti Nurhaliza", "Andi Baso"])
        // another clause before the person: no list
        #expect(Self.speakersOf("Bupati Garut membuka acara, sedangkan Joko Susilo hadir sebagai narasumber.") == ["Joko Susilo"])
    }

    @Test func aPhotoCaptionOfTrainersWithTheirPositionsGivesEveryTrainer() {
        #expect(Self.speakersOf("Foto: Penyuluh KB Kota Bima, Siti Aminah (kiri), dan Bidan Puskesmas Mpunda, Nurhayati (kanan), memberikan materi kepada peserta.") == ["Siti Aminah", "Nurhayati"])
        // a position right after the name, then the role in apposition
        #expect(Self.speakersOf("Foto: Made Sudarma (kanan), instruktur HPI Tabanan, memberi contoh cara memandu tamu.") == ["Made Sudarma"])
        // an official in a caption who gives a welcome speech is no speaker
        #expect(Self.speakersOf("Foto: Bupati Bima, Ahmad Indra (kanan), memberikan sambutan kepada peserta.") == [])
    }

    @Test func aUnitInsideAnOfficeAndAnAliasAreOneOrganizer() {
        #expect(Self.organizersOf("Sebanyak 40 pemuda mengikuti pelatihan yang diselenggarakan UPTD Pelatihan Kerja pada Dinas Tenaga Kerja dan Transmigrasi Provinsi Jambi.") == ["UPTD Pelatihan Kerja pada Dinas Tenaga Kerja dan Transmigrasi Provinsi Jambi"])
        // Round 18 (CORE18, heldout10 v007): one organizer, written as the pair in parentheses (the labels of heldout4
        // m011 keep `X atau ACR Region`, of heldout10 v007 `ACR Region`; the scoring matches either to this form).
        #expect(Self.organizersOf("Pelatihan dilakukan di balai desa. Kegiatannya difasilitasi Balai Penyuluhan Pertanian atau BPP Ngawen.") == ["Balai Penyuluhan Pertanian (BPP) Ngawen"])
        // a place after pada is no office that holds the unit
        #expect(Self.organizersOf("Pelatihan yang digelar Dinas Sosial Kota Bima pada Balai Desa Rabadompu diikuti kader.") == ["Dinas Sosial Kota Bima"])
    }

    @Test func anAuthorityIsAnOffice() {
        #expect(Self.organizersOf("Otoritas Jasa Keuangan (OJK) Provinsi Jambi bekerja sama dengan Dinas Pendidikan Provinsi Jambi menyelenggarakan pelatihan bagi guru.") == ["Otoritas Jasa Keuangan (OJK) Provinsi Jambi", "Dinas Pendidikan Provinsi Jambi"])
    }

    // Round 9b (task people7): the constructions of corpus/heldout5's look half, each measured alone on every readable
    // set (scripts/people_probes_r9b.tsv, sentences written from no document).

    @Test func aPassiveOfTeachingWhoseAgentFollowsTheLessonGivesTheAgent() {
        #expect(Self.speakersOf("Peserta dibimbing langsung dalam praktik aplikasi Siskeudes 2.0 oleh Kepala Seksi Keuangan Desa Dinas PMD Kabupaten Kediri, Rina Lestari, S.E.") == ["Rina Lestari"])
        // an official who only guides is no speaker
        #expect(Self.speakersOf("Peserta dibimbing dalam praktik aplikasi oleh Bupati Garut Rudy Gunawan.") == [])
    }

    @Test func aNewsPhotographerIsARoleBeforeTheName() {
        // the news agency after the role is no person
        #expect(Self.speakersOf("Sesi ketiga diisi pewarta foto Tempo, Anton Wijaya, yang menunjukkan cara memotret.") == ["Anton Wijaya"])
    }

    @Test func theEkSpellingOfMempraktikkanIsAVerbOfDelivering() {
        #expect(Self.speakersOf("Di hari kedua, Budi Santoso mempraktekkan materi pengelasan kepada peserta.") == ["Budi Santoso"])
    }

    @Test func penyelenggaranyaNamesTheOrganizer() {
        #expect(Self.organizersOf("Pelatihannya di balai desa. Penyelenggaranya Dinas Koperasi Kota Kediri.") == ["Dinas Koperasi Kota Kediri"])
    }

    @Test func aListOfRankedTrainersAfterTheirUnitKeepsTheFirstOne() {
        // a role chain holds no titled person: "Kasat Binmas AKP Markus Rumbiak," is a role and a person, not a role
        #expect(Self.speakersOf("Para pelatih yakni Kasat Binmas AKP Markus Rumbiak, Ipda Sulaiman Kadir dan Brigpol Hendrik Sapulette.") == ["Markus Rumbiak", "Sulaiman Kadir", "Hendrik Sapulette"])
        // the trainers' unit after "dari personel" and "yakni"
        #expect(Self.speakersOf("Para pelatih berasal dari personel Polres Sorong, yakni Kasat Binmas AKP Markus Rumbiak, Ipda Sulaiman Kadir dan Brigpol Hendrik Sapulette.") == ["Markus Rumbiak", "Sulaiman Kadir", "Hendrik Sapulette"])
    }
}
