import Testing
@testable import Warta

/// Round 37: constructions found by probe documents that helpers wrote without reading the rules (near misses of a
/// training event, and trainings under unusual names), each with its counterexample.
struct Round37ProbeTests {
    static func record(_ text: String) -> Record { Shared.record(text) }
    static func headline(_ s: String) -> String { Round20StructureTests.headline(s) }

    /// A headline with a count written with a thousands dot (`1.200`, `14.000`) was read as a date line or a line of
    /// numbers, and the page lost its headline (probe a19). A real date line keeps its kind.
    @Test func aCountWithAThousandsDotStaysInTheHeadline() {
        #expect(Self.headline("""
            Dinsos Latih 1.200 Kader Posyandu

            SURABAYA, Jatimnow — Dinas Sosial Provinsi Jawa Timur menggelar pelatihan bagi kader posyandu di aula dinas, Senin (3/3/2025).
            """) == "Dinsos Latih 1.200 Kader Posyandu")
        #expect(Self.headline("""
            Sepanjang 2024, BPSDM Jatim Latih 14.000 ASN

            SURABAYA, Jatimnow — BPSDM Provinsi Jawa Timur mencatat 14.216 ASN telah mengikuti pelatihan sepanjang tahun 2024.
            """) == "Sepanjang 2024, BPSDM Jatim Latih 14.000 ASN")
        // Counterexample: a date line with a time written with a dot is still no headline.
        #expect(Self.headline("""
            Jumat 03.09.2021 16.12 WITA
            Dinkes Latih Kader Posyandu di Sintang

            SINTANG - Dinas Kesehatan Kabupaten Sintang menggelar pelatihan kader di aula dinas, Senin (3/3/2025), bagi 40 kader posyandu.
            """) == "Dinkes Latih Kader Posyandu di Sintang")
    }

    /// A verb that is the training after a word of purpose tells what a programme is for, not a training held (probe
    /// a18: a launch whose classes start next year). A training held beside it stays held.
    @Test func aTrainingVerbOfPurposeIsNoTrainingHeld() {
        let launch = """
            Wali Kota Luncurkan Program Sekolah Lansia, Kelas Dimulai Tahun Depan

            PEKALONGAN, Radarpekalongan — Wali Kota Pekalongan meluncurkan program Sekolah Lansia Tangguh di Pendopo Balai Kota, Jumat (20/12/2024). Program ini dirancang untuk membekali warga lanjut usia dengan pengetahuan kesehatan dan keterampilan.

            Peluncuran ditandai dengan pemukulan kentongan oleh wali kota bersama perwakilan BKKBN Jawa Tengah.
            """
        #expect(!Self.record(launch).isTrainingEvent)
        let held = """
            Dinkes Gelar Pelatihan Kader Lansia

            PEKALONGAN, Radarpekalongan — Dinas Kesehatan Kota Pekalongan menggelar pelatihan kader lansia untuk membekali 40 kader dengan keterampilan pendampingan di Aula Dinas Kesehatan, Jumat (20/12/2024).
            """
        #expect(Self.record(held).isTrainingEvent)
    }

    /// A training told as a memory (`Dulu kami dilatih dari nol`), with the people between `dulu` and the verb, is a
    /// success story's past (probe a08); `terlebih dulu` is of the event held.
    @Test func aTrainingRememberedIsNoTrainingHeld() {
        let story = """
            Desa Wisata Nglanggeran Raup Miliaran Rupiah, Warga: Dulu Kami Dilatih dari Nol

            GUNUNGKIDUL, Jogjakita — Desa Nglanggeran, Kecamatan Patuk, kini menjadi salah satu desa wisata paling sukses, kata Ketua Pokdarwis Sugeng Handoko di Balai Desa Nglanggeran, Minggu (20/10/2024).

            "Dulu kami dilatih dari nol, belajar menyambut tamu dan memandu pendaki. Semua itu kami pelajari bertahun-tahun," ujarnya.
            """
        #expect(!Self.record(story).isTrainingEvent)
        let held = """
            Pemuda Nglanggeran Dilatih Jadi Pemandu Wisata

            GUNUNGKIDUL, Jogjakita — Sebanyak 30 pemuda Desa Nglanggeran terlebih dulu dilatih memandu pendaki oleh Dinas Pariwisata Kabupaten Gunungkidul di Balai Desa Nglanggeran, Minggu (20/10/2024).
            """
        #expect(Self.record(held).isTrainingEvent)
    }

    /// People named by a training they took, with their possessive between `yang` and the perfect (`kelompok nelayan
    /// binaan yang anggotanya telah mengikuti pelatihan ...`): their past, in a story of a hand-over (probe a32).
    @Test func peopleNamedByTheirPastTrainingAcrossAPossessive() {
        let aid = """
            DKP Salurkan Bantuan Alat Tangkap kepada Kelompok Nelayan

            BONE, Fajar.co.id — Dinas Kelautan dan Perikanan (DKP) Kabupaten Bone menyalurkan bantuan alat tangkap ikan kepada 15 kelompok nelayan di Pelabuhan Perikanan Lonrae, Senin (25/11/2024). Bantuan diberikan kepada kelompok nelayan binaan yang anggotanya telah mengikuti pelatihan keselamatan melaut beberapa waktu lalu.
            """
        #expect(!Self.record(aid).isTrainingEvent)
        #expect(EventExtractorHelpers.namedAcross("nelayan yang anggotanya telah mengikuti pelatihan keselamatan"))
        // Counterexample: a verb between `yang` and the perfect is another clause.
        #expect(!EventExtractorHelpers.namedAcross("nelayan yang datang telah mengikuti pelatihan keselamatan"))
    }

    /// A headline that says how many have ever taken a training names no event (probe a21); figures and surveys are
    /// another kind of story (lexicon `not_event_cue`, probes a20, a21). A training held up front outweighs them.
    @Test func anExperienceOrAFigureNamesNoEvent() {
        let survey = """
            BPS: Baru 28 Persen Angkatan Kerja di Sulteng Pernah Ikut Pelatihan

            PALU, Metrosulawesi — Badan Pusat Statistik (BPS) Provinsi Sulawesi Tengah mencatat baru sekitar 28 persen angkatan kerja yang pernah mengikuti pelatihan kerja bersertifikat, berdasarkan hasil Survei Angkatan Kerja Nasional, dalam rilis resmi di kantor BPS Sulteng, Senin (4/11/2024).

            Kepala BPS Sulteng menjelaskan akses terhadap pelatihan masih terbatas.
            """
        #expect(!Self.record(survey).isTrainingEvent)
        let held = """
            BPS Sulteng Gelar Pelatihan Petugas Survei Angkatan Kerja

            PALU, Metrosulawesi — Badan Pusat Statistik (BPS) Provinsi Sulawesi Tengah menggelar pelatihan bagi 80 petugas Survei Angkatan Kerja Nasional di Hotel Santika Palu, Senin (4/11/2024).
            """
        #expect(Self.record(held).isTrainingEvent)
    }

    /// Technical assistance given as a course to a named group is a training (`pendampingan teknis`, probe b31).
    @Test func technicalAssistanceIsATraining() {
        let text = """
            Dinas PMD Banggai Dampingi Pengelola BUMDes Susun Laporan Keuangan

            LUWUK, Luwukpost — Dinas Pemberdayaan Masyarakat dan Desa (PMD) Kabupaten Banggai menggelar pendampingan teknis penyusunan laporan keuangan BUMDes bagi 74 direktur dan bendahara dari 37 desa di Aula Kantor Dinas PMD Banggai, Selasa hingga Kamis (3-5/9/2024).
            """
        let r = Self.record(text)
        #expect(r.isTrainingEvent)
        #expect(r.event?.type == "other")
    }
}

extension Round37ProbeTests {
    /// A byline's line below the article that opens with the page's date dates the page (probe f04): `kemarin` counts
    /// from it, and the line's date is not the event's.
    @Test func aBylineLineBelowTheArticleDatesThePage() {
        let text = """
            Disnakertrans Latih 30 Pemuda Jadi Barista

            PALANGKA RAYA – Sebanyak 30 pemuda mengikuti pelatihan barista yang digelar Dinas Tenaga Kerja dan Transmigrasi (Disnakertrans) Kota Palangka Raya, kemarin. Pelatihan berlangsung di Aula Disnakertrans.

            Materi yang diberikan meliputi teknik penyeduhan manual dan pelayanan pelanggan. Seluruh peralatan disediakan oleh dinas melalui anggaran tahun 2024.

            Salah satu peserta, Dimas, mengaku senang bisa ikut pelatihan gratis tersebut.

            Rabu, 13 Maret 2024 | Penulis: Nurhalimah | Editor: Ferry
            """
        let r = Self.record(text)
        #expect(r.document.published == Day(year: 2024, month: 3, day: 13))
        #expect(r.event?.date?.start == Day(year: 2024, month: 3, day: 12))
        // Counterexample: a line that opens with a date and a bar but names no writer or editor is no byline.
        let lines = StructureTests.analyze("Pelatihan ditutup hari ini.\nRabu, 13 Maret 2024 | Penulis: Nurhalimah | Editor: Ferry\nRabu, 13 Maret 2024 | Pelatihan ditutup oleh Kepala Disnakertrans.\n")
        #expect(DateExtractor.isBylineLine(1, lines))
        #expect(!DateExtractor.isBylineLine(2, lines))
    }

    /// `terdiri atas` and a count of people with no group, said of the participants, is their total, as `terdiri dari`
    /// is (probe f06); a bound (`usia di atas 17 tahun`) stays none.
    @Test func participantsConsistingOfACountAreThatCount() {
        let head = "Disnaker Gelar Pelatihan Menjahit\n\nSLEMAN - Dinas Tenaga Kerja Kabupaten Sleman menggelar pelatihan menjahit di BLK Sleman, Senin (3/3/2025).\n\n"
        #expect(Self.record(head + "Peserta pelatihan terdiri atas 16 orang.\n").event?.participants?.total == 16)
        #expect(Self.record(head + "Peserta pelatihan terdiri dari 16 orang.\n").event?.participants?.total == 16)
        #expect(Self.record(head + "Peserta pelatihan harus berusia di atas 17 tahun.\n").event?.participants?.total == nil)
    }
}

extension Round37ProbeTests {
    static func organizers(_ sentence: String) -> [String] {
        record("Pelatihan Kader Posyandu di Kota Palu\n\nPALU, Kabarsulteng.com – " + sentence + "\n\nPelatihan diikuti 40 kader.\n")
            .event?.organizers.map(\.name) ?? []
    }

    /// A name whose first part ends with its region and goes on with `dan` names two organizers (probes o1, e28); a
    /// second region of the same office stays one name.
    @Test func aNameEndedByItsRegionThenDanIsTwoOrganizers() {
        #expect(Self.organizers("Pelatihan kader posyandu hasil kerja sama Dinas Kesehatan Kota Palu dan UNICEF digelar di Aula Kantor Wali Kota, Senin (3/3/2025).")
            == ["Dinas Kesehatan Kota Palu", "UNICEF"])
        #expect(Self.organizers("Dinas Ketahanan Pangan Kabupaten Gunungkidul dan Tim Penggerak PKK Kabupaten Gunungkidul menggelar pelatihan kader di Aula Kantor Wali Kota, Senin (3/3/2025).")
            == ["Dinas Ketahanan Pangan Kabupaten Gunungkidul", "Tim Penggerak PKK Kabupaten Gunungkidul"])
        // Counterexamples: an office of two provinces, and a name cut by `dan` before any region.
        #expect(Self.organizers("Otoritas Jasa Keuangan (OJK) Provinsi Kalimantan Timur dan Kalimantan Utara menggelar pelatihan kader di Aula Kantor Wali Kota, Senin (3/3/2025).")
            == ["Otoritas Jasa Keuangan (OJK) Provinsi Kalimantan Timur dan Kalimantan Utara"])
        #expect(Self.organizers("Dinas Pemberdayaan Masyarakat dan Desa Kota Palu menggelar pelatihan kader di Aula Kantor Wali Kota, Senin (3/3/2025).")
            == ["Dinas Pemberdayaan Masyarakat dan Desa Kota Palu"])
    }
}

/// Test access to the event extractor's static checks, on a sentence analyzed alone.
enum EventExtractorHelpers {
    static func namedAcross(_ sentence: String) -> Bool {
        let text = StructureTests.analyze(sentence)
        guard let at = text.tokens.indices.first(where: { text.text(of: $0..<($0 + 1)) == "pelatihan" }) else { return false }
        let verb = at - 1
        return EventExtractor.namedByTrainingTaken(verb, at..<(at + 1), text)
    }
}
