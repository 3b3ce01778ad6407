import Testing
@testable import Warta

/// Round 43: constructions found by probe documents with their fields labeled (probe set z of round 42 and aa, ab, ac
/// of round 43), written by helpers who read neither the rules nor the code, each with its counterexample. The rules'
/// own examples and counterexamples run in `RuleExampleTests`.
struct Round43ProbeTests {
    static func record(_ text: String) -> Record { Shared.record(text) }
    static func speakers(_ text: String) -> [String] { Shared.speakers(text) }

    /// In a call for registration of a training yet to come, a sentence of its plan gives the event's place (probe
    /// z10); in a report of a training held, a plan without a month is the future's, not the venue.
    @Test func aPlanInACallForRegistrationIsTheEventsOwn() {
        let call = Self.record("""
            Disparekraf Mabar Buka Pendaftaran Pelatihan Pemandu Wisata Alam, Kuota 40 Orang

            Labuan Bajo - Dinas Pariwisata dan Ekonomi Kreatif (Disparekraf) Kabupaten Manggarai Barat akan menggelar Pelatihan Pemandu Wisata Alam bagi pemandu lokal pada 14-16 Oktober 2025 mendatang.

            Pelatihan rencananya dipusatkan di Aula Kantor Disparekraf Manggarai Barat di Labuan Bajo.

            Pendaftaran dibuka mulai hari ini hingga Senin, 6 Oktober 2025. Kuota peserta dibatasi 40 orang.
            """)
        #expect(call.isTrainingEvent)
        #expect(call.event?.location?.venue?.hasPrefix("Aula Kantor Disparekraf") == true)
        let held = Self.record("""
            Disparekraf Mabar Latih 40 Pemandu Wisata Alam

            Labuan Bajo - Dinas Pariwisata dan Ekonomi Kreatif (Disparekraf) Kabupaten Manggarai Barat menggelar Pelatihan Pemandu Wisata Alam bagi 40 pemandu lokal di Hotel Bintang Flores, Selasa (14/10/2025).

            Pelatihan serupa rencananya digelar di Aula Kantor Disparekraf Manggarai Barat bagi pemandu selam.
            """)
        #expect(held.isTrainingEvent)
        #expect(held.event?.location?.venue == "Hotel Bintang Flores")
    }

    /// The items of a regulation's title that goes on past its first comma are no speakers (probe ab15); a titled
    /// person after a regulation's title stays one.
    @Test func theTitleOfACitedRegulationIsNoListOfNames() {
        let names = Self.speakers("""
            Bimtek Penyusunan Renja Perangkat Daerah

            Gorontalo - Bappeda Provinsi Gorontalo menggelar bimtek penyusunan rencana kerja bagi 60 sekretaris perangkat daerah di Aula Bappeda, Rabu (9/7/2025).

            Narasumber berikutnya, Hj. Sartika Mohune, S.E., M.Ak., Kepala Bidang Anggaran pada Badan Keuangan Daerah Provinsi Gorontalo, membahas kesesuaian kode rekening sesuai Permendagri Nomor 90 Tahun 2019 tentang Klasifikasi, Kodefikasi, dan Nomenklatur Perencanaan Pembangunan dan Keuangan Daerah beserta pemutakhirannya.
            """)
        #expect(names == ["Sartika Mohune"])
        let person = Self.speakers("""
            Bimtek Penyusunan Renja Perangkat Daerah

            Gorontalo - Bappeda Provinsi Gorontalo menggelar bimtek penyusunan rencana kerja bagi 60 sekretaris perangkat daerah di Aula Bappeda, Rabu (9/7/2025).

            Bimtek ini mengacu pada Permendagri Nomor 86 Tahun 2017 tentang Tata Cara Perencanaan, Dr. Rahmat Hidayat Siregar, M.Si., dosen Universitas Negeri Gorontalo, memaparkan materi penyusunan indikator kinerja.
            """)
        #expect(person.contains("Rahmat Hidayat Siregar"))
        let untitledReference = Self.speakers("""
            Bimtek Penyusunan Renja Perangkat Daerah

            Gorontalo - Bappeda Provinsi Gorontalo menggelar bimtek penyusunan rencana kerja bagi 60 sekretaris perangkat daerah di Aula Bappeda, Rabu (9/7/2025).

            Materi disampaikan oleh narasumber sesuai Permendagri Nomor 86 Tahun 2017, Rahmat Hidayat Siregar dan Yusuf Tangahu.
            """)
        #expect(untitledReference.contains("Rahmat Hidayat Siregar"))
    }

    /// The stamp under the headline dates the article, not a date of the page's chrome above it (probe aa07): the
    /// event's `hingga hari ini` ends on the article's day. A date above the headline alone still dates the page.
    @Test func theStampUnderTheHeadlineDatesTheArticle() {
        let both = Self.record("""
            Friday, July 26, 2024
            Login | Register

            BPBD Ambon Latih 30 Relawan Negeri Tangguh Bencana

            Kamis, 18 Juli 2024 | 19:05 WIT

            AMBON - Badan Penanggulangan Bencana Daerah (BPBD) Kota Ambon melatih 30 relawan dari tiga negeri di Kecamatan Teluk Ambon. Pelatihan ini berlangsung selama dua hari, Rabu (17/7) hingga hari ini, di Baileo Negeri Hative Besar.
            """)
        #expect(both.document.published?.iso == "2024-07-18")
        #expect(both.event?.date?.end.iso == "2024-07-18")
        let top = Self.record("""
            Kamis, 18 Juli 2024
            Login | Register

            BPBD Ambon Latih 30 Relawan Negeri Tangguh Bencana

            AMBON - Badan Penanggulangan Bencana Daerah (BPBD) Kota Ambon melatih 30 relawan dari tiga negeri di Kecamatan Teluk Ambon. Pelatihan ini berlangsung selama dua hari, Rabu (17/7) hingga hari ini, di Baileo Negeri Hative Besar.
            """)
        #expect(top.document.published?.iso == "2024-07-18")
    }

    /// One untitled word after a role in lower case and before a comma and a titled person is the role's, no person
    /// (probe aa12); after `yakni` or after a speaker's word a name before a titled person opens a list of persons.
    @Test func aWordThatEndsARoleIsNoPerson() {
        let role = Self.speakers("""
            Perajin Batik Dilatih Pemasaran Digital

            Sumenep - Dinas Koperasi dan UKM Kabupaten Sumenep melatih 75 perajin batik di Aula Rumah BUMN Sumenep, Kamis (7/11/2024). Adapun narasumber yang dihadirkan yakni praktisi pemasaran digital asal Surabaya, Rizky Amelia Putri, S.Kom., serta pengusaha batik tulis Pakandangan, H. Mohammad Sahlan.
            """)
        #expect(role.contains("Mohammad Sahlan"))
        #expect(!role.contains("Pakandangan"))
        let list = Self.speakers("""
            Kader Posyandu Dilatih Mengukur Balita

            Wonosobo - Dinas Kesehatan Kabupaten Wonosobo melatih 48 kader posyandu di Pendopo Kecamatan Kertek, Rabu (12/7/2023). Narasumber kegiatan ini yakni Yusri, Dr. Siti Aminah dan Andi Saputra.
            """)
        #expect(list.contains("Yusri"))
        let speakerWord = Self.speakers("""
            Kader Posyandu Dilatih Mengukur Balita

            Wonosobo - Dinas Kesehatan Kabupaten Wonosobo melatih 48 kader posyandu di Pendopo Kecamatan Kertek, Rabu (12/7/2023). Kegiatan menghadirkan narasumber Yusri, Dr. Siti Aminah dan Andi Saputra.
            """)
        #expect(speakerWord.contains("Yusri"))
    }

    /// A list of institutions that teach goes on past a relative clause to the next institution (probe aa15); without
    /// the clause's `yang` the list ends at the first institution's verb.
    @Test func aListOfInstitutionsGoesOnPastARelativeClause() {
        let text = """
            Operator SIKS-NG Dilatih Pemutakhiran DTKS

            Tanjung - Dinas Sosial Kabupaten Tabalong menggelar bimtek bagi 131 operator SIKS-NG di Aula Dinas Sosial, Rabu (22/1/2025). Narasumber yang dihadirkan berasal dari Pusat Data dan Informasi Kesejahteraan Sosial (Pusdatin) Kementerian Sosial yang hadir secara daring, Badan Pusat Statistik (BPS) Kabupaten Tabalong, serta Dinas Sosial Provinsi Kalimantan Selatan.
            """
        let names = Self.speakers(text)
        #expect(names.contains("BPS Kabupaten Tabalong"))
        #expect(names.contains("Dinas Sosial Provinsi Kalimantan Selatan"))
        let sentence = Self.speakers("""
            Operator SIKS-NG Dilatih Pemutakhiran DTKS

            Tanjung - Dinas Sosial Kabupaten Tabalong menggelar bimtek bagi 131 operator SIKS-NG di Aula Dinas Sosial, Rabu (22/1/2025). Narasumber yang dihadirkan berasal dari Pusat Data dan Informasi Kesejahteraan Sosial (Pusdatin) Kementerian Sosial memaparkan mekanisme usulan data, Badan Pusat Statistik (BPS) Kabupaten Tabalong menyiapkan data pembanding.
            """)
        #expect(!sentence.contains("BPS Kabupaten Tabalong"))
    }

    /// Whoever teaches the participants themselves is their teacher, whatever the role in apposition (probe aa06); one
    /// who teaches others (`warga`) is not read by it.
    @Test func anyRoleInAppositionBeforeTeachingTheParticipants() {
        let teaches = Self.speakers("""
            Bendahara Desa Dilatih Siskeudes Online

            Maumere - Dinas PMD Kabupaten Sikka menggelar pelatihan Siskeudes bagi 54 bendahara desa di Aula Bappelitbang, Senin (4/3/2024). Sementara itu, Maria Yasinta Lering, S.Kom., pengembang sistem dari Dinas PMD, melatih peserta melakukan input data APBDes.
            """)
        #expect(teaches.contains("Maria Yasinta Lering"))
        let others = Self.speakers("""
            Bendahara Desa Dilatih Siskeudes Online

            Maumere - Dinas PMD Kabupaten Sikka menggelar pelatihan Siskeudes bagi 54 bendahara desa di Aula Bappelitbang, Senin (4/3/2024). Sementara itu, Maria Yasinta Lering, S.Kom., alumni pelatihan tahun lalu, kini melatih warga di desanya.
            """)
        #expect(!others.contains("Maria Yasinta Lering"))
    }
}
