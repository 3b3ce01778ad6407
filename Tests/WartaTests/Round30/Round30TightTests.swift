import Testing
@testable import Warta

/// Round 30 (TIGHT30): six rules that the blind halves scored better without were narrowed by a principle, not
/// removed. Each test reads short reports written for the round (other regions, agencies and words than any corpus
/// document), with the reading each rule keeps and the one it no longer makes. The behaviour was measured with
/// `warta extract --rules` on the narrowed rule files (main's binary), before the merge.
struct Round30TightTests {
    static func record(_ text: String) -> Record { Shared.record(text) }
    static func persons(_ text: String) -> [String] { record(text).event?.speakers.filter { $0.kind == .person }.map(\.name) ?? [] }
    static func organizers(_ text: String) -> [String] { record(text).event?.organizers.map(\.name) ?? [] }
    static func total(_ text: String) -> Int? { record(text).event?.participants?.total }
    static func groups(_ text: String) -> [String] { (record(text).event?.participants?.groups ?? []).map(\.name) }

    /// event.type-held: the verb after the event noun is this occasion's held fact only when no word between them
    /// makes it another training (serupa, pernah), a plan (sedianya), or a report or promise (dijanjikan); `akan`
    /// still stands before the verbs of a training under way (akan berlangsung).
    @Test func aVerbOfHoldingAfterTheNounOfThisOccasion() {
        #expect(!Self.record("Kabar Desa Wolowaru\n\nRabu, 12 November 2025\n\nENDE – Warga Desa Wolowaru menunggu kepastian anggaran. Lokakarya penulisan bagi guru honorer itu sedianya digelar di gedung PGRI Ende pada Senin (10/11/2025). Kepala desa berharap anggaran segera cair.\n").isTrainingEvent)
        #expect(!Self.record("Kabar Desa Wolowaru\n\nRabu, 12 November 2025\n\nENDE – Warga Desa Wolowaru menunggu kepastian anggaran. Bimtek bendahara sekolah yang dijanjikan dinas digelar bulan ini. Kepala desa berharap anggaran segera cair.\n").isTrainingEvent)
        #expect(!Self.record("Kabar Desa Wolowaru\n\nRabu, 12 November 2025\n\nENDE – Warga Desa Wolowaru menunggu kepastian anggaran. Pelatihan serupa bagi penenun muda juga pernah digelar di desa tetangga. Kepala desa berharap anggaran segera cair.\n").isTrainingEvent)
        // counterexamples: the same reports with the holding asserted, and a training under way
        #expect(Self.record("Kabar Desa Wolowaru\n\nRabu, 12 November 2025\n\nENDE – Warga Desa Wolowaru menunggu kepastian anggaran. Lokakarya penulisan bagi guru honorer itu digelar di gedung PGRI Ende pada Senin (10/11/2025). Kepala desa berharap anggaran segera cair.\n").isTrainingEvent)
        #expect(Self.record("Kabar Desa Wolowaru\n\nRabu, 12 November 2025\n\nENDE – Warga Desa Wolowaru menunggu kepastian anggaran. Pelatihan bagi penenun muda juga digelar di desa tetangga. Kepala desa berharap anggaran segera cair.\n").isTrainingEvent)
        #expect(Self.record("Kabar Desa Wolowaru\n\nRabu, 12 November 2025\n\nENDE – Pelatihan membuat pakan ikan bagi 30 warga Desa Wolowaru ini akan berlangsung selama tiga hari di Aula Desa Wolowaru mulai Senin (10/11/2025). Kepala desa berharap warga makin terampil.\n").isTrainingEvent)
    }

    /// participants.count-attends: a word of a plan between the count and the verb of taking part ends the reading
    /// (`87 dijadwalkan mengikuti`); the people counted with their verb are still read.
    @Test func aCountThatTakesPartNow() {
        #expect(Self.total("Pelatihan Budidaya Lele di Sikka\n\nRabu, 12 November 2025\n\nMAUMERE – Dinas Perikanan Kabupaten Sikka menggelar pelatihan budidaya lele di Aula Dinas Perikanan Sikka, Senin (10/11/2025). Sebanyak 87 dijadwalkan mengikuti pelatihan gelombang kedua pada Desember.\n\nKepala dinas berharap peserta makin terampil.\n") == nil)
        #expect(Self.total("Pelatihan Budidaya Lele di Sikka\n\nRabu, 12 November 2025\n\nMAUMERE – Dinas Perikanan Kabupaten Sikka menggelar pelatihan budidaya lele di Aula Dinas Perikanan Sikka, Senin (10/11/2025). Sebanyak 35 pembudidaya lele mengikuti pelatihan itu.\n\nKepala dinas berharap peserta makin terampil.\n") == 35)
    }

    /// participants.group-count: `peserta` is the whole, not a group: the people named after its count are the
    /// group (`Peserta berjumlah 60 anggota Tagana`, `peserta sebanyak 28 peternak sapi`); a known group before
    /// `berjumlah` is still read with its count.
    @Test func theParticipantsAsAWholeAreNoGroup() {
        #expect(Self.groups("Pelatihan Siaga Bencana di Sikka\n\nRabu, 12 November 2025\n\nMAUMERE – Dinas Sosial Kabupaten Sikka menggelar pelatihan siaga bencana di Aula Dinsos Sikka, Senin (10/11/2025). Peserta berjumlah 60 anggota Tagana dari 21 kecamatan.\n\nKepala dinas berharap peserta makin terampil.\n") == ["Tagana"])
        #expect(Self.total("Pelatihan Siaga Bencana di Sikka\n\nRabu, 12 November 2025\n\nMAUMERE – Dinas Sosial Kabupaten Sikka menggelar pelatihan siaga bencana di Aula Dinsos Sikka, Senin (10/11/2025). Peserta berjumlah 60 anggota Tagana dari 21 kecamatan.\n\nKepala dinas berharap peserta makin terampil.\n") == 60)
        #expect(Self.groups("Pelatihan Budidaya Lele di Sikka\n\nRabu, 12 November 2025\n\nMAUMERE – Dinas Perikanan Kabupaten Sikka menggelar pelatihan budidaya lele di Aula Dinas Perikanan Sikka, Senin (10/11/2025). Peserta sebanyak 28 peternak sapi dari dua desa.\n\nKepala dinas berharap peserta makin terampil.\n") == ["peternak sapi"])
        #expect(Self.total("Pelatihan Budidaya Lele di Sikka\n\nRabu, 12 November 2025\n\nMAUMERE – Dinas Perikanan Kabupaten Sikka menggelar pelatihan budidaya lele di Aula Dinas Perikanan Sikka, Senin (10/11/2025). Peserta sebanyak 28 peternak sapi dari dua desa.\n\nKepala dinas berharap peserta makin terampil.\n") == 28)
        #expect(Self.groups("Pelatihan Budidaya Lele di Sikka\n\nRabu, 12 November 2025\n\nMAUMERE – Dinas Perikanan Kabupaten Sikka menggelar pelatihan budidaya lele di Aula Dinas Perikanan Sikka, Senin (10/11/2025). Pelatihan diikuti pengurus, dengan TKSK berjumlah 45 orang.\n\nKepala dinas berharap peserta makin terampil.\n") == ["TKSK"])
        #expect(Self.total("Pelatihan Budidaya Lele di Sikka\n\nRabu, 12 November 2025\n\nMAUMERE – Dinas Perikanan Kabupaten Sikka menggelar pelatihan budidaya lele di Aula Dinas Perikanan Sikka, Senin (10/11/2025). Pelatihan diikuti pengurus, dengan TKSK berjumlah 45 orang.\n\nKepala dinas berharap peserta makin terampil.\n") == 45)
        #expect(Self.groups("Pelatihan Siaga Bencana di Sikka\n\nRabu, 12 November 2025\n\nMAUMERE – Dinas Sosial Kabupaten Sikka menggelar pelatihan siaga bencana di Aula Dinsos Sikka, Senin (10/11/2025). Peserta berjumlah 60 orang, terdiri dari 40 anggota Tagana dan 20 relawan desa.\n\nKepala dinas berharap peserta makin terampil.\n") == ["Tagana", "relawan desa"])
    }

    /// organizers.event-is-programme-of: a copula says whose programme this event is only when its subject points
    /// back to it (`Pelatihan ini merupakan program ...`, or the event noun of a relative clause, `Pelatihan yang
    /// merupakan agenda tahunan ... itu`); a bare event noun as its subject is a general statement.
    @Test func theProgrammeOfThisEvent() {
        #expect(Self.organizers("Pelatihan Budidaya Lele di Sikka\n\nRabu, 12 November 2025\n\nMAUMERE – Sebanyak 30 warga mengikuti pelatihan budidaya lele di Aula Desa Watublapi, Senin (10/11/2025). Pelatihan vokasi merupakan program unggulan Dinas Tenaga Kerja Kota Bima.\n\nWarga berharap makin terampil.\n").isEmpty)
        #expect(Self.organizers("Pelatihan Budidaya Lele di Sikka\n\nRabu, 12 November 2025\n\nMAUMERE – Sebanyak 30 warga mengikuti pelatihan budidaya lele di Aula Desa Watublapi, Senin (10/11/2025). Pelatihan ini merupakan program unggulan Dinas Perikanan Kabupaten Sikka.\n\nWarga berharap makin terampil.\n") == ["Dinas Perikanan Kabupaten Sikka"])
        #expect(Self.organizers("Pelatihan Budidaya Lele di Sikka\n\nRabu, 12 November 2025\n\nMAUMERE – Sebanyak 30 warga mengikuti pelatihan budidaya lele di Aula Desa Watublapi, Senin (10/11/2025). Pelatihan yang merupakan agenda tahunan Dinas Perikanan Kabupaten Sikka itu berlangsung tiga hari.\n\nWarga berharap makin terampil.\n") == ["Dinas Perikanan Kabupaten Sikka"])
    }

    /// speakers.person-then-role: a person who takes part (yang mengikuti pelatihan) in the rest of the sentence is no
    /// teacher; an expert's role in a quote attribution, alone or with what he teaches, is still read.
    @Test func aRoleInAppositionThatTeaches() {
        #expect(Self.persons("Pelatihan Budidaya Lele di Sikka\n\nRabu, 12 November 2025\n\nMAUMERE – Sebanyak 30 warga mengikuti pelatihan budidaya lele di Aula Desa Watublapi, Senin (10/11/2025).\n\n\"Pakan harus ditakar,\" kata Markus Wonda, penyuluh perikanan Kecamatan Alok, tentang cara memberi pakan.\n") == ["Markus Wonda"])
        #expect(Self.persons("Pelatihan Budidaya Lele di Sikka\n\nRabu, 12 November 2025\n\nMAUMERE – Sebanyak 30 warga mengikuti pelatihan budidaya lele di Aula Desa Watublapi, Senin (10/11/2025).\n\n\"Pakan harus ditakar,\" ujar Andi Saputra, dosen muda Universitas Flores, yang mengikuti pelatihan selama tiga hari.\n").isEmpty)
        #expect(Self.persons("Pelatihan Budidaya Lele di Sikka\n\nRabu, 12 November 2025\n\nMAUMERE – Sebanyak 30 warga mengikuti pelatihan budidaya lele di Aula Desa Watublapi, Senin (10/11/2025).\n\n\"Pakan harus ditakar,\" ujar Andi Saputra, dosen Universitas Flores.\n") == ["Andi Saputra"])
    }

    /// speakers.fallback-taught-by: a capitalized verb of teaching inside a line is a title in title case, where the
    /// capitals after it are the skill, no name; the agent after a verb in running text is still read.
    @Test func aTitleInTitleCaseNamesNoTeacher() {
        #expect(Self.persons("Kabar Sikka\n\nRabu, 12 November 2025\n\nMAUMERE – Sebanyak 50 warga mengikuti pelatihan evakuasi di Aula Desa Egon, Senin (10/11/2025). Warga belajar membaca jalur evakuasi.\n\nArtikel ini telah tayang dengan judul Warga Lereng Egon Dilatih Evakuasi Mandiri, Diajari Membaca Jalur\n").isEmpty)
        #expect(Self.persons("Budidaya Rumput Laut di Flotim\n\nRabu, 12 November 2025\n\nLARANTUKA – Sebanyak 30 nelayan mengikuti pelatihan budidaya rumput laut di Aula Desa Lamakera, Senin (10/11/2025). Para nelayan dibimbing penyuluh DKP Flores Timur Maria Goreti Bere.\n") == ["Maria Goreti Bere"])
    }
}
