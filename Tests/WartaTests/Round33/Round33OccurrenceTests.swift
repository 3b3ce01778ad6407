import Testing
@testable import Warta

/// Round 33 (OCC33): a passage that tells **another occurrence** of a training (an earlier round, a training like it
/// held elsewhere, one the people once took) gives the event none of its place, date, count, organizer or speaker
/// (``EventExtractor/otherOccurrences(primary:eventWords:held:anaphors:_:)``,
/// ``EventExtractor/withEarlierOccurrences(_:eventStart:dates:legal:_:)``, ``EventAnchor/other``). The counterexamples
/// use the same words of the event itself (`pelatihan yang sama`, `kembali ... serupa`, `seperti tahun lalu`,
/// `pelatihan ini ... tahun lalu`) and keep its values.
struct Round33OccurrenceTests {
    static let head = "Dinsos Bantul Latih Kader Posyandu\n\nBANTUL - Dinas Sosial Kabupaten Bantul menggelar pelatihan kader posyandu di Aula Kantor Dinas Sosial Bantul, Selasa (14/5/2024). Kegiatan berlangsung selama dua hari."

    static func event(_ paragraphs: [String]) -> Event? {
        Shared.record(([head] + paragraphs).joined(separator: "\n\n") + "\n").event
    }

    static func speakerNames(_ e: Event?) -> [String] { e?.speakers.map(\.name) ?? [] }
    static func organizerNames(_ e: Event?) -> [String] { e?.organizers.map(\.name) ?? [] }

    // MARK: another occurrence: nothing of it attaches

    @Test func earlierSimilarTrainingGivesNothing() {
        let e = Self.event([
            "Para kader diajari cara menimbang balita dan mengisi kartu menuju sehat.",
            "Sebelumnya, pada 3 Maret 2023, Dinas Kesehatan Kabupaten Sleman juga menggelar pelatihan serupa di Hotel Tentrem Yogyakarta yang diikuti 90 bidan dengan narasumber Wahyu Pramono.",
        ])
        #expect(e?.location?.venue == "Aula Kantor Dinas Sosial Bantul")
        #expect(Self.organizerNames(e) == ["Dinas Sosial Kabupaten Bantul"])
        #expect(Self.speakerNames(e).isEmpty)
        #expect(e?.participants?.total == nil)
        #expect(e?.date?.start == Day(year: 2024, month: 5, day: 14))
    }

    @Test func onceHeldAndWhatFollowsGiveNothing() {
        let e = Self.event([
            "Peserta berasal dari 17 kecamatan.",
            "Kegiatan sejenis pernah dilaksanakan Yayasan Harapan Bangsa di Pendopo Kecamatan Sewon pada Juni 2022. Saat itu pelatihan diikuti 60 relawan, dan materinya dibawakan oleh Ratna Kusumawati.",
        ])
        #expect(e?.location?.venue == "Aula Kantor Dinas Sosial Bantul")
        #expect(Self.organizerNames(e) == ["Dinas Sosial Kabupaten Bantul"])
        #expect(Self.speakerNames(e).isEmpty)
        #expect(e?.participants?.total == nil)
        #expect(!(e?.participants?.groups.contains { $0.name.lowercased().contains("relawan") } ?? false))
    }

    /// The training held in the passage is not THE event either: under a headline of an opening, the event stays the
    /// bimtek of the headline, not the passage's `pelatihan diikuti`.
    @Test func heldOnlyInThePassageIsNotTheEvent() {
        let text = """
        Wakil Bupati Buka Bimtek Operator Desa

        SIGI - Bimtek operator desa resmi dibuka Wakil Bupati Sigi di Aula Kantor Bupati Sigi, Senin (6/11/2023).

        Menurut Wakil Bupati, operator desa berperan penting dalam pelayanan data.

        Kegiatan serupa pernah digelar Dinas Kominfo Kabupaten Donggala di Hotel Mercure Palu pada 9 November 2022. Saat itu pelatihan diikuti 35 operator, dan materi disampaikan oleh Andi Wijaya.

        """
        let e = Shared.record(text).event
        #expect(e?.type == "bimtek")
        #expect(e?.location?.venue == "Aula Kantor Bupati Sigi")
        #expect(Self.speakerNames(e).isEmpty)
        #expect(e?.participants?.total == nil)
    }

    @Test func trainingDatedYearsBeforeGivesNothing() {
        let e = Self.event([
            "Kepala Dinas Sosial Bantul mengatakan kader menjadi ujung tombak layanan.",
            "Di Kabupaten Kulon Progo, pelatihan pengolahan pangan digelar Dinas Ketahanan Pangan setempat di Gedung Kaca Wates pada 12 Agustus 2021 dengan pemateri Bambang Hermawan.",
        ])
        #expect(e?.location?.venue == "Aula Kantor Dinas Sosial Bantul")
        #expect(Self.speakerNames(e).isEmpty)
        #expect(Self.organizerNames(e) == ["Dinas Sosial Kabupaten Bantul"])
    }

    @Test func aYearAloneBeforeTheEventsTellsAnotherOccurrence() {
        let e = Self.event([
            "Materi meliputi gizi balita dan pencatatan.",
            "Pada 2019 silam, pelatihan serupa hanya diikuti 12 kader di Balai Desa Panggungharjo dengan narasumber Nur Aini.",
            "Dulu, kata dia, pelatihan pemulasaraan jenazah hanya digelar sekali, yakni pada 2018 di Aula Kantor Kemenag Bantul dengan pemateri Mahfud Effendi.",
        ])
        #expect(e?.location?.venue == "Aula Kantor Dinas Sosial Bantul")
        #expect(Self.speakerNames(e).isEmpty)
        #expect(e?.participants?.total == nil)
    }

    // MARK: counterexamples: the event's own values stay

    /// Now, after an earlier round (`Peserta yang lolos seleksi pada tahap sebelumnya ... kini mengikuti pelatihan`).
    @Test func nowAfterAnEarlierRoundIsTheEvent() {
        let e = Self.event(["Peserta yang lolos seleksi pada tahap sebelumnya, sebanyak 24 orang, kini mengikuti pelatihan kader lanjutan dengan instruktur Bayu Prakoso."])
        #expect(Self.speakerNames(e) == ["Bayu Prakoso"])
    }

    /// `sejak` tells how long a programme runs, not another occurrence.
    @Test func aProgrammeSinceAYearIsNoEarlierOccurrence() {
        let e = Self.event(["Kegiatan yang digelar di Aula Kantor Dinas Sosial Bantul ini merupakan lanjutan program kesiapsiagaan yang dimulai sejak 2020, dengan narasumber Hendra Gunawan dari PMI Bantul."])
        #expect(Self.speakerNames(e) == ["Hendra Gunawan"])
    }

    @Test func theSameTrainingIsTheEvent() {
        let e = Self.event(["Pelatihan yang sama juga diikuti oleh perwakilan tiga kecamatan lain, sehingga jumlah peserta mencapai 90 orang."])
        #expect(e?.participants?.total == 90)
    }

    @Test func heldAgainIsTheEvent() {
        let text = """
        Disnaker Kendal Gelar Pelatihan Las

        KENDAL - Dinas Tenaga Kerja Kabupaten Kendal kembali menggelar pelatihan serupa di Gedung BLK Kendal, Senin (3/6/2024), diikuti 20 pencari kerja dengan instruktur Agus Prasetyo.

        """
        let e = Shared.record(text).event
        #expect(e?.location?.venue == "Gedung BLK Kendal")
        #expect(e?.participants?.total == 20)
        #expect(Self.speakerNames(e) == ["Agus Prasetyo"])
    }

    @Test func aTrainingHeldBesideASimilarProgrammeIsTheEvent() {
        let e = Self.event(["Pemerintah Desa Tirtomulyo bersama LPMD juga menggelar pelatihan pengelolaan air bersih, melanjutkan program serupa yang pernah ada, dengan menghadirkan Sumarno dari PDAM Tirta Marta sebagai narasumber."])
        #expect(Self.speakerNames(e) == ["Sumarno"])
    }

    @Test func comparedWithLastYearIsTheEvent() {
        let e = Self.event(["Seperti tahun lalu, pelatihan menghadirkan narasumber Siti Rohmah dari Puskesmas Sewon."])
        #expect(Self.speakerNames(e) == ["Siti Rohmah"])
    }

    @Test func thisTrainingBesideLastYearsIsTheEvent() {
        let e = Self.event(["Pelatihan ini merupakan lanjutan dari pelatihan tahun lalu, dan kali ini diikuti sebanyak 40 peserta."])
        #expect(e?.participants?.total == 40)
    }

    /// A year of a law in the speaker's sentence is no time (`Perpol Nomor 8 Tahun 2021`).
    @Test func aLawsYearIsNoEarlierTime() {
        let e = Self.event(["Narasumber Kasat Reskrim Polres Bantul AKP Zulkifli Hasan memaparkan Perpol Nomor 8 Tahun 2021 tentang Keadilan Restoratif."])
        #expect(Self.speakerNames(e) == ["Zulkifli Hasan"])
    }

    /// A person first named in a dated sentence about something else and then teaching at the event stays a speaker.
    @Test func aSpeakerNamedAgainInTheEventStays() {
        let e = Self.event([
            "Ketua tim, Dr. Noor Aida Fitriyani, menjelaskan bahwa pelatihan pertama di desa itu digelar pada tahun 2019 melalui program Sanimas.",
            "Dalam sesi pertama, Noor Aida memaparkan cara kerja instalasi pengolahan air limbah kepada peserta.",
        ])
        #expect(Self.speakerNames(e).contains { $0.contains("Noor Aida") })
    }

    // MARK: the anchor

    @Test func otherSentencesAreFarFromTheEvent() throws {
        let text = Shared.analyzed([Self.head + "\n\nKegiatan serupa pernah digelar Yayasan Harapan di Pendopo Sewon pada Juni 2022.\n"], seed: 1, articles: 0)[0]
        let t = text.tokens
        let ev = Shared.pipeline.event
        var scratch = MatchScratch()
        let anchor = try #require(ev.extract(text, scratch: &scratch).anchor)
        let pendopo = try #require(t.indices.first { text.isWord($0, "pendopo") })
        let aula = try #require(t.indices.first { text.isWord($0, "aula") })
        #expect(anchor.isOther(pendopo, in: text))
        #expect(anchor.proximity(of: pendopo, in: text) == .noise)
        #expect(!anchor.isOther(aula, in: text))
        #expect(anchor.proximity(of: aula, in: text) == .sameSentence)
        #expect(!anchor.mentions.contains { t[$0.lowerBound].sentence == t[pendopo].sentence })
    }
}
