import Testing
@testable import Warta

/// Round 42: constructions found by probe documents with their fields labeled (probe set v of round 41 and w, x, y of
/// round 42), written by helpers who read neither the rules nor the code, each with its counterexample. The rules'
/// own examples and counterexamples run in `RuleExampleTests`.
struct Round42ProbeTests {
    static func record(_ text: String) -> Record { Shared.record(text) }
    static func speakers(_ text: String) -> [String] { Shared.speakers(text) }

    /// A disaster a span of years back, after `setelah`, is the time the report counts from, not a disaster reported
    /// (probe v09); a disaster of two days back is still the news.
    @Test func aDisasterYearsBackIsTheBackground() {
        let training = Self.record("""
            Warga Zona Merah Longsor Dilatih Jadi Relawan Siaga

            GARUT - Dua tahun setelah longsor yang menimbun Kampung Cibodas pada 2023, warga Kecamatan Cikajang masih waspada setiap musim hujan.

            Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Garut menggelar Pelatihan Relawan Siaga Bencana bagi 45 warga pada Selasa-Kamis, 14-16 Oktober 2025, di Aula Kantor Kecamatan Cikajang. Pelatihan berisi pemetaan risiko dan jalur evakuasi.
            """)
        #expect(training.isTrainingEvent)
        #expect(training.event?.date?.start.iso == "2025-10-14")
        let news = Self.record("""
            Longsor Timbun Dua Rumah di Cikajang

            GARUT - Dua hari setelah longsor menimbun dua rumah di Kampung Cibodas, BPBD Kabupaten Garut masih mengevakuasi warga. Tahun lalu BPBD menggelar pelatihan relawan di kecamatan itu.
            """)
        #expect(!news.isTrainingEvent)
    }

    /// A one-word field of an institution's name listed after its head (probes v14, y05) is no person; a person
    /// after a unit and a comma stays one.
    @Test func aFieldOfAnInstitutionsNameIsNoPerson() {
        let fields = Self.speakers("""
            Petani Dilatih Membuat Pupuk Kompos

            Merauke - Dinas Pertanian Kabupaten Merauke menggelar pelatihan pembuatan pupuk kompos bagi 40 petani di Aula BPP Semangga, Senin (6/10/2025). Materi disampaikan oleh penyuluh dari Dinas Tanaman Pangan, Hortikultura dan Perkebunan, Yosefina Kaize, S.P., serta narasumber dari Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Stasiun Merauke.
            """)
        #expect(fields.contains("Yosefina Kaize"))
        #expect(!fields.contains("Hortikultura") && !fields.contains("Klimatologi") && !fields.contains("Geofisika"))
        let persons = Self.speakers("""
            Relawan Dilatih Memadamkan Api

            Ternate - Badan Penanggulangan Bencana Daerah Kota Ternate menggelar pelatihan pemadaman api bagi 30 relawan di Aula BPBD Ternate, Selasa (7/10/2025). Instruktur pelatihan adalah dua petugas senior Kantor Damkar Ternate, Rahmat dan Yusri.
            """)
        #expect(persons.contains("Rahmat"))
    }

    /// A regulation's name run into its number (`... dan Teknologi Nomor 12 Tahun 2024`) is no person (probe v03).
    @Test func aRegulationsNumberIsNoPerson() {
        let names = Self.speakers("""
            Guru Matematika Ikuti Bimtek Kurikulum

            Ambon - Dinas Pendidikan Kota Ambon menggelar bimtek Kurikulum Merdeka bagi 60 guru di Aula SMP Negeri 9 Ambon, Rabu (8/10/2025). Materi disampaikan oleh dosen FKIP Unpatti, Dr. Hanna Lekatompessy, M.Si., yang membahas Peraturan Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi Nomor 12 Tahun 2024.
            """)
        #expect(names == ["Hanna Lekatompessy"])
    }

    /// The items of a list of speakers go on after a dash and the office (probe w08), after the office and `dengan
    /// materi` (probe v08), and a Batak particle with its full stop stays in the name (probe x08).
    @Test func listItemsWithADashOrWithMaterialGoOn() {
        let dash = Self.speakers("""
            Bimtek Siskeudes bagi Bendahara Desa

            Kuala Tungkal - DPMD Kabupaten Tanjung Jabung Barat menggelar bimtek Siskeudes bagi 120 bendahara desa di Ruang Pola Kantor Bupati, Selasa (14/10/2025).

            Adapun narasumber dalam kegiatan ini yaitu:
            1. Ratna Dewi, S.E., Ak. – Pengendali Teknis Perwakilan BPKP Provinsi Jambi
            2. Andi Saputra, S.E. – Auditor Ahli Muda Perwakilan BPKP Provinsi Jambi
            """)
        #expect(dash == ["Ratna Dewi", "Andi Saputra"])
        let material = Self.speakers("""
            Pembinaan Imam Gampong

            Jantho - Kankemenag Aceh Besar menggelar pembinaan bagi 80 imam gampong di Aula Kankemenag, Senin (6/10/2025).

            Adapun narasumber dalam kegiatan ini yaitu:
            - Tgk. H. Ilyas Abdullah, Lc., M.A., Ketua MPU Kabupaten Aceh Besar, dengan materi Fikih Ibadah;
            - Hj. Nurul Aini, S.HI., M.H., Kepala Seksi Bimas Islam Kankemenag Aceh Besar, dengan materi Keluarga Sakinah.
            """)
        #expect(material == ["Ilyas Abdullah", "Nurul Aini"])
        let particle = Self.speakers("""
            Satpam Dibina Polres

            Tarutung - Sat Binmas Polres Tapanuli Utara menggelar pembinaan bagi 50 satpam di Aula Polres, Kamis (9/10/2025). Materi disampaikan oleh:
            - Penanganan TKP awal, oleh Kanit Identifikasi Ipda Rosmawati br. Sitompul;
            """)
        #expect(particle == ["Rosmawati br. Sitompul"])
    }

    /// A person named by the first and the last of the words the text gives in full elsewhere is that person (probe
    /// x03); the full stop of a sentence is no abbreviation inside a name whose word the next sentence repeats (probe w09).
    @Test func aShortNameTakesTheFullOne() {
        let names = Self.speakers("""
            Tim PkM Latih Pengasap Ikan

            Ambon - Tim Pengabdian kepada Masyarakat Universitas Pattimura menggelar pelatihan pengasapan ikan bagi 25 ibu rumah tangga di Balai Negeri Hitu, Kamis (9/10/2025). Tim diketuai Dr. Ir. Maria Fransiska Tupan, M.Si.

            Pada sesi pertama, Maria Tupan memaparkan prinsip sanitasi pengolahan ikan.
            """)
        #expect(names == ["Maria Fransiska Tupan"])
        let sentence = Self.speakers("""
            Pencari Kerja Dilatih Meracik Kopi

            Slawi - UPTD BLK Kabupaten Tegal menggelar pelatihan barista bagi 16 pencari kerja di Gedung BLK Slawi, Senin (6/10/2025). Peserta dilatih oleh instruktur bersertifikat BNSP, Yoga Adi Aji. Yoga mengajarkan teknik manual brew.
            """)
        #expect(sentence == ["Yoga Adi Aji"])
    }

    /// A date in a relative clause of what the event prepares for (`menjelang ... yang dijadwalkan berlangsung pada
    /// 1-30 November 2025`) is not the event's (probe w03); the body's dateline without a weekday dates a report that
    /// nothing else dates (probe w07).
    @Test func datesAheadOfAnotherAndTheDateline() {
        let ahead = Self.record("""
            BIMAKINI | Jumat, 10 Oktober 2025

            Kader Posyandu Ikuti Orientasi Tumbuh Kembang

            Bima - Dinas Kesehatan Kabupaten Bima menggelar orientasi pemantauan tumbuh kembang balita bagi 90 kader posyandu, Kamis (9/10), di Aula Hotel Lambitu, Kota Bima.

            Orientasi ini menjadi bekal menjelang bulan penimbangan balita serentak yang dijadwalkan berlangsung pada 1-30 November 2025 di seluruh posyandu.
            """)
        #expect(ahead.event?.date?.start.iso == "2025-10-09")
        let dateline = Self.record("""
            Guru PAUD Ikuti Pelatihan Pembelajaran Berbasis Bermain

            Ambon, 21 Oktober 2025 – Balai Guru dan Tenaga Kependidikan (BGTK) Provinsi Maluku menggelar Pelatihan Pembelajaran Berbasis Bermain bagi 80 guru PAUD. Kegiatan yang dibuka hari ini di Swiss-Belhotel Ambon tersebut berlangsung selama tiga hari hingga Kamis mendatang.
            """)
        #expect(dateline.event?.date?.start.iso == "2025-10-21")
        // Counterexample: a date of the event itself in its own clause stays.
        let own = Self.record("""
            Kader Posyandu Ikuti Orientasi Tumbuh Kembang

            Bima - Dinas Kesehatan Kabupaten Bima menggelar orientasi pemantauan tumbuh kembang balita yang dijadwalkan berlangsung pada 14-15 Oktober 2025 di Aula Hotel Lambitu, Kota Bima, bagi 90 kader posyandu.
            """)
        #expect(own.event?.date?.start.iso == "2025-10-14")
    }

    /// The units that each send a count, counted further back in the clause with their place between (probe y01): 12
    /// villages of three each are 36, not a count of households said elsewhere.
    @Test func unitsCountedBeforeTheirPlaceEachSendACount() {
        let record = Self.record("""
            Ibu-ibu Pesisir Moramo Dilatih Mengolah Rumput Laut

            KENDARI - Dinas Kelautan dan Perikanan Kabupaten Konawe Selatan menggelar pelatihan pengolahan rumput laut di Balai Desa Tanjung Tiram, Selasa (12/8/2025). Pelatihan itu diikuti perwakilan dari 12 desa pesisir di Kecamatan Moramo, Moramo Utara dan Laonti, masing-masing 3 orang.

            Menurut kepala desa, dari sekitar 380 kepala keluarga di desanya, lebih dari separuh menggantungkan hidup pada rumput laut.
            """)
        #expect(record.event?.participants?.total == 36)
    }

    /// A unit, then `unit pelaksana teknis` and a parent whose name holds `dan`, then the verb of holding: the parent
    /// read as two holders is still the appositive's (probe x01); after `bekerja sama` the body is a partner.
    @Test func aParentWithDanInItsNameIsNoHolder() {
        let unit = Self.record("""
            BBPP Kupang Latih Peternak Sapi

            Soe (ANTARA) - Balai Besar Pelatihan Peternakan (BBPP) Kupang, unit pelaksana teknis Badan Penyuluhan dan Pengembangan Sumber Daya Manusia Pertanian (BPPSDMP) Kementerian Pertanian, menggelar pelatihan penggemukan sapi bagi 40 peternak di Aula Dinas Peternakan Kabupaten Timor Tengah Selatan, Selasa (11/6/2024).
            """)
        #expect(unit.event?.organizers.map(\.name) == ["Balai Besar Pelatihan Peternakan (BBPP) Kupang"])
        let partner = Self.record("""
            Pemuda Lintas Agama Dilatih Moderasi Beragama

            AIRMADIDI - Puluhan pemuda lintas agama mengikuti Pelatihan Moderasi Beragama yang diinisiasi Forum Kerukunan Umat Beragama (FKUB) Minut bekerja sama Badan Kesatuan Bangsa dan Politik (Kesbangpol) Minut ,Kamis (24/7/2025) bertempat di Aula Kantor Camat Airmadidi.
            """)
        #expect(partner.event?.organizers.map(\.name).contains("Badan Kesatuan Bangsa dan Politik (Kesbangpol) Minut") == true)
    }

    /// An institution named as a teacher whose name lists its fields with commas (`Balai Karantina Hewan, Ikan, dan
    /// Tumbuhan`, `Dinas Tanaman Pangan, Hortikultura dan Peternakan`) is one institution (probe v05); a list of
    /// institutions each with its head stays a list.
    @Test func anInstitutionOfSeveralFieldsIsOne() {
        let fields = Self.record("""
            Nelayan Bitung Dilatih Menangani Ikan

            Bitung - Dinas Kelautan dan Perikanan Kota Bitung menggelar pelatihan penanganan ikan bagi 50 nelayan di Aula PPS Bitung, Rabu (8/10/2025). Untuk materi, DKP menghadirkan narasumber dari Politeknik KP Bitung serta Balai Karantina Hewan, Ikan, dan Tumbuhan Sulawesi Utara.
            """)
        #expect(fields.event?.speakers.map(\.name) == ["Politeknik KP Bitung", "Balai Karantina Hewan, Ikan, dan Tumbuhan Sulawesi Utara"])
        let list = Self.record("""
            Nelayan Bitung Dilatih Menangani Ikan

            Bitung - Dinas Kelautan dan Perikanan Kota Bitung menggelar pelatihan penanganan ikan bagi 50 nelayan di Aula PPS Bitung, Rabu (8/10/2025). Materi disampaikan oleh narasumber dari Balai Karantina Sulawesi Utara, Dinas Kesehatan Kota Bitung dan Politeknik KP Bitung.
            """)
        #expect(list.event?.speakers.count == 3)
    }
}

