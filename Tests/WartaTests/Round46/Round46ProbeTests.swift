import Testing
@testable import Warta

/// Round 46: constructions found by probe documents with their fields labeled (probe sets av-bc of round 46), written
/// by helpers who read neither the rules nor the code, each with its counterexample. Each expectation fails on round
/// 45's build (checked with its binary); each counterexample holds on both. The rules' own examples and
/// counterexamples run in `RuleExampleTests`.
struct Round46ProbeTests {
    static func record(_ text: String, published: Day? = nil) -> Record { Shared.record(text, published: published) }
    static func speakers(_ text: String) -> [String] { Shared.speakers(text) }
    static func title(_ text: String) -> String? { record(text).document.title }

    /// A bar of section names that no `Beranda` opens is no headline (probes av03, bc03); a headline in title case
    /// with two section words of five stays one.
    @Test func aBarOfSectionsIsNoHeadline() {
        #expect(Self.title("""
            SUARA PESISIR
            Jumat, 21 November 2025
            Nasional   Sumbar   Pesisir Selatan   Politik   Ekonomi   Opini

            Dinas Perikanan Latih 40 Nelayan Olah Ikan Asap

            PAINAN - Dinas Perikanan Kabupaten Pesisir Selatan menggelar pelatihan pengolahan ikan asap bagi 40 nelayan di Aula Kantor Camat Sutera, Kamis (20/11/2025).
            """) == "Dinas Perikanan Latih 40 Nelayan Olah Ikan Asap")
        #expect(Self.title("""
            Pelatihan Jurnalistik Pendidikan Video Kreatif Siswa

            Beranda > Berita > Pendidikan

            SUMENEP - Dinas Pendidikan Kabupaten Sumenep menggelar pelatihan jurnalistik video bagi 50 siswa SMA di Aula Dinas Pendidikan, Senin (3/3/2025).
            """) == "Pelatihan Jurnalistik Pendidikan Video Kreatif Siswa")
    }

    /// A ticker of other stories after `Terpopuler:` is chrome (probe bc10).
    @Test func aTickerIsNoHeadline() {
        #expect(Self.title("""
            KALTIMPOS.ID
            Rabu, 04 September 2024

            Terpopuler: Banjir Rendam 7 Kelurahan di Samarinda  •  Harga Elpiji Tembus Rp 45 Ribu

            Beranda » Kaltim » Kebencanaan

            BPBD Kaltim Gelar Workshop Rencana Kontinjensi Banjir

            SAMARINDA - BPBD Provinsi Kalimantan Timur menggelar workshop rencana kontinjensi banjir di Hotel Mesra Samarinda, Rabu (4/9/2024), diikuti 60 peserta.
            """) == "BPBD Kaltim Gelar Workshop Rencana Kontinjensi Banjir")
    }

    /// A masthead above a navigation bar of words yields to the headline below it (probe bb12); a headline with words
    /// in lower case above a breadcrumb stays the headline (heldout10 v005).
    @Test func aMastheadAboveTheMenuYields() {
        #expect(Self.title("""
            Kapanewon Playen - Kabupaten Gunungkidul
            Beranda  Profil  Kalurahan  Layanan  Berita  Agenda  Kontak

            Pamong Kalurahan Ikuti Pelatihan Siskeudes Versi Terbaru

            Diunggah pada : 5 Maret 2025 09:12:05 | Admin Kapanewon

            Panewu Playen, Suharto, S.IP., membuka pelatihan Sistem Keuangan Desa (Siskeudes) versi terbaru bagi 30 pamong kalurahan di Aula Kapanewon Playen, Selasa (4/3/2025). Pelatihan berlangsung dua hari dengan narasumber dari BPKP Perwakilan DIY.

            Menurut Panewu, pamong harus menguasai aplikasi agar laporan keuangan kalurahan tepat waktu dan tertib administrasi.
            """) == "Pamong Kalurahan Ikuti Pelatihan Siskeudes Versi Terbaru")
        #expect(Self.title("""
            Dari Pelatihan Barista ke Kedai Sendiri, Kisah Ni Luh di Ubud

            Beranda > Bali > Gianyar

            Laporan Wartawan Balipost-online, Komang Arya

            GIANYAR - Maret 2025 lalu, Ni Luh masih duduk di bangku pelatihan barista di UPTD Balai Latihan Kerja Provinsi Bali.
            """) == "Dari Pelatihan Barista ke Kedai Sendiri, Kisah Ni Luh di Ubud")
    }

    /// A Minang customary title and its gelar end the name (probes ax03, bc03); an English job title is no name
    /// (ax05); a priest's `Pr.` and the degree `M.Pd.H.` are degrees, and `Materinya` opens no name (ax06, ay11).
    @Test func titlesOfCustomOrderAndTradeAreNoNames() {
        let names = Self.speakers("""
            Ninik Mamak Dibekali Penyelesaian Sengketa Adat

            BATUSANGKAR - Lembaga Kerapatan Adat Alam Minangkabau (LKAAM) Kabupaten Tanah Datar menggelar pelatihan penyelesaian sengketa adat bagi 60 ninik mamak di Gedung Indo Jolito, Selasa (5/3/2024).

            Narasumber pelatihan adalah Dr. H. Syafri Datuk Rajo Basa, S.H., M.H., dosen hukum adat, dan praktisi pertanahan Afdal Dt. Majo Indo, S.Pd.

            Sesi pertama diisi Head of Training PT Minang Digital Niaga, Rizal Pratama, yang membahas arsip digital sengketa. Hari kedua, RD. Yohanes Kolo, Pr., menyampaikan materi dialog antarwarga.

            Materi juga disampaikan dua widyaiswara, yakni Dr. I Made Sudira, S.Ag., M.Pd.H. Materinya meliputi mediasi dan rekonsiliasi.
            """)
        #expect(names.contains("Syafri"))
        #expect(names.contains("Afdal"))
        #expect(names.contains("Rizal Pratama"))
        #expect(names.contains("Yohanes Kolo"))
        #expect(names.contains("I Made Sudira"))
        #expect(!names.contains("Head"))
        #expect(!names.contains("Materinya"))
        #expect(!names.contains { $0.contains("Datuk") || $0.contains("Dt.") })
    }

    /// An agenda's row opens with `Pukul`, which no name of the row before runs into (probe bc12).
    @Test func anAgendasHourIsNoSurname() {
        let names = Self.speakers("""
            Orientasi Penyuluh Agama Lintas Iman

            MAKASSAR - Balai Diklat Keagamaan Makassar menggelar orientasi moderasi beragama bagi 40 penyuluh agama di Aula Balai, Rabu (6/11/2024).

            Jadwal kegiatan:
            Pukul 08.00 | Materi: Indikator Moderasi Beragama | Narasumber: Prof. Sitti Rahmawati
            Pukul 10.30 | Materi: Dialog Lintas Iman | Narasumber: Pdt. Yakobus Tandirerung
            """)
        #expect(names.contains("Sitti Rahmawati"))
        #expect(names.contains("Yakobus Tandirerung"))
    }

    /// A relative day in THE event's sentence outweighs the day a person said something in another (probe aw10); the
    /// event's sentence dated outright keeps its date.
    @Test func theEventsRelativeDayOutweighsASayingsDay() {
        let text = """
            Polisi Dilatih Pertolongan Pertama Korban Laka

            Selasa, 18 Februari 2025

            Wates - Polres Kulon Progo bersama PMI Kabupaten Kulon Progo menggelar Pelatihan Pertolongan Pertama bagi 45 personel Bhabinkamtibmas dan Satlantas, Jumat pekan lalu. Pelatihan berlangsung di Aula Bhara Daksa Polres Kulon Progo.

            "Banyak korban yang kondisinya memburuk karena penanganan awal yang keliru," ujar Kasat Lantas AKP Suryanto, Senin (17/2/2025).
            """
        let page = Day(year: 2025, month: 2, day: 18)
        #expect(Self.record(text, published: page).event?.date?.start == Day(year: 2025, month: 2, day: 14))
        let dated = text.replacingOccurrences(of: ", Jumat pekan lalu.", with: ", Sabtu (15/2/2025).")
        #expect(Self.record(dated, published: page).event?.date?.start == Day(year: 2025, month: 2, day: 15))
    }

    /// A training held in the sentence that names the occasion of the statements before it (`Pernyataan itu
    /// disampaikan bupati saat membuka Pelatihan ...`) is the report's own, under a quote's headline and a lead about
    /// the problem (probe bc03, rule `event.occasion`).
    @Test func theOccasionOfTheStatementsIsTheEvent() {
        let r = Self.record("""
            Bupati Tanah Datar: "Jan Buang Sampah ka Batang Aia"

            BATUSANGKAR - Persoalan sampah di Luhak Nan Tuo belum tuntas. Timbulan sampah di Kabupaten Tanah Datar mencapai 142 ton per hari, dan sebagian dibuang ke sungai, yang paling dikeluhkan warga.

            "Sampah jan dibuang ka batang aia lai," kata Bupati Tanah Datar disambut tepuk tangan hadirin.

            Pernyataan itu disampaikan bupati saat membuka Pelatihan Pengelolaan Bank Sampah Nagari yang digelar Dinas Lingkungan Hidup (DLH) Tanah Datar di aula Kantor DLH Tanah Datar, Batusangkar, Rabu (7/8/2024). Pesertanya 75 pengurus bank sampah dari tiap nagari.
            """)
        #expect(r.isTrainingEvent)
        #expect(r.event?.date?.start == Day(year: 2024, month: 8, day: 7))
    }

    /// A training held with `sudah` before its verb and `pada Juli lalu` after it is the people's past (probe av10), as
    /// is one taken (`telah mengikuti`) `pada Desember 2023` under a body dated 2024 (probe bb12); a training taken on
    /// the day the report gives is the report's own.
    @Test func aTrainingTakenMonthsAgoIsThePeoplesPast() {
        #expect(!Self.record("""
            Kabar Kediri | Kesehatan | Kamis, 25 September 2025

            280 Kader Posyandu Kota Kediri Jalani Cek Kesehatan Gratis

            KEDIRI - Selama ini mereka yang menimbang balita dan mengukur tensi warga. Kamis (25/9/2025), giliran para kader yang diperiksa. Dinas Kesehatan Kota Kediri menggelar cek kesehatan gratis bagi 280 kader posyandu dari 46 kelurahan di Gedung Serbaguna Kota Kediri.

            Pemeriksaan meliputi tekanan darah, gula darah, kolesterol dan skrining tuberkulosis. Sebanyak 30 tenaga kesehatan dikerahkan sejak pukul 07.30 WIB.

            Kepala Dinas Kesehatan Kota Kediri, dr. Ratna Sari, mengatakan kegiatan ini merupakan bentuk apresiasi bagi kader. Sebagian besar kader yang diperiksa hari ini, lanjutnya, sudah mengikuti pelatihan 25 keterampilan dasar kader posyandu pada Juli lalu.

            Tahun depan, Dinkes berencana memperluas program serupa untuk ketua RT.
            """).isTrainingEvent)
        // `pada Desember 2023` on a page whose body is dated 2024 (probe bb12)
        #expect(!Self.record("""
            Berita / Kebencanaan

            Panewu Kalasan Kukuhkan 60 Relawan Destana Kalurahan Tirtomartani

            Panewu Kalasan mengukuhkan 60 relawan Desa Tangguh Bencana (Destana) Kalurahan Tirtomartani pada Selasa (27/02/2024) di Pendopo Kapanewon Kalasan. Pengukuhan disaksikan Lurah Tirtomartani dan perwakilan BPBD Kabupaten Sleman.

            Relawan yang dikukuhkan berasal dari 18 padukuhan. Sebelum dikukuhkan, mereka telah mengikuti rangkaian pelatihan kebencanaan yang difasilitasi BPBD Kabupaten Sleman pada Desember 2023, meliputi pertolongan pertama dan evakuasi warga.

            Usai pengukuhan, acara dilanjutkan dengan simulasi singkat di halaman pendopo.
            """).isTrainingEvent)
        #expect(Self.record("""
            40 Kader Posyandu Kota Madiun Dilatih Keterampilan Dasar

            MADIUN - Sebanyak 40 kader posyandu telah mengikuti pelatihan keterampilan dasar kader posyandu yang digelar Dinas Kesehatan Kota Madiun di Gedung Diklat Kota Madiun, Kamis (25/9/2025).

            Materi meliputi penimbangan balita, pengukuran tinggi badan dan pencatatan buku KIA.
            """).isTrainingEvent)
    }

    /// Everyone an event involved, broken down into the participants and the event's staff right after the count,
    /// counts the participants only (probe az12); a breakdown into groups of participants keeps its total.
    @Test func aBreakdownWithTheStaffCountsTheParticipants() {
        #expect(Self.record("""
            Karang Taruna Jakarta Timur Dilatih Kewirausahaan Sosial

            JAKARTA - Suku Dinas Sosial Jakarta Timur menggelar pelatihan kewirausahaan sosial bagi pengurus Karang Taruna di Aula Kantor Wali Kota Jakarta Timur, Selasa (14/5/2024).

            Kepala Sudinsos mengatakan kegiatan melibatkan 90 orang, terdiri atas 65 peserta, 15 panitia, 6 narasumber dan 4 tamu undangan.
            """).event?.participants?.total == 65)
        #expect(Self.record("""
            Petani Kopi Dilatih Pascapanen

            TEMANGGUNG - Dinas Pertanian Kabupaten Temanggung menggelar pelatihan pascapanen kopi di Balai Desa Tlahab, Selasa (14/5/2024). Peserta berjumlah 40 orang, terdiri atas 25 petani dan 15 penyuluh.
            """).event?.participants?.total == 40)
    }

    /// A training asked for after a word of request and `agar` (`usulan agar pemerintah kota menggelar pelatihan`) is
    /// no training held (probe bb10); a training held `agar` its people learn something is one.
    @Test func aRequestedTrainingIsNotHeld() {
        #expect(!Self.record("""
            Kamis, 17 April 2025

            Forum PSM Audiensi ke Dinsos, Usulkan Pelatihan Pendamping Lansia

            KOTA BATU - Pengurus Forum Pekerja Sosial Masyarakat (PSM) Kota Batu beraudiensi dengan jajaran Dinas Sosial Kota Batu, Rabu (16/4/2025). Pertemuan berlangsung di ruang rapat Dinas Sosial.

            Dalam audiensi tersebut, Ketua Forum PSM menyampaikan sejumlah aspirasi, di antaranya usulan agar pemerintah kota menggelar pelatihan pendamping lanjut usia bagi PSM. Saat ini tercatat 80 PSM aktif di 24 kelurahan.

            Kepala Dinas Sosial menyambut baik usulan itu, namun anggaran tahun ini sudah terkunci.
            """).isTrainingEvent)
        #expect(Self.record("""
            Dinsos Kota Batu Latih Pendamping Lansia

            KOTA BATU - Dinas Sosial Kota Batu menggelar pelatihan pendamping lanjut usia bagi 40 pekerja sosial masyarakat di Aula Dinas Sosial, Rabu (16/4/2025), agar mereka mampu merawat lansia yang sakit menahun.
            """).isTrainingEvent)
    }

    /// A duration as the event noun's attribute (`Pelatihan tiga hari yang dibuka Senin itu resmi ditutup Rabu
    /// (21/8/2024)`) counts back from the closing day (probe aw07, rule `dates.duration-attributive`); without it the
    /// closing day is the only day.
    @Test func anAttributiveDurationCountsBackFromTheClose() {
        let text = """
            Guru SD Palu Barat Dilatih Pembelajaran Mendalam

            PALU - Pelatihan tiga hari yang dibuka Senin itu resmi ditutup Rabu (21/8/2024) di Aula Rektorat Universitas Lembah Palu. Sebanyak 45 guru SD dari Kecamatan Palu Barat menjadi peserta.
            """
        let r = Self.record(text)
        #expect(r.event?.date?.start == Day(year: 2024, month: 8, day: 19))
        #expect(r.event?.date?.end == Day(year: 2024, month: 8, day: 21))
        let plain = Self.record(text.replacingOccurrences(of: "Pelatihan tiga hari yang dibuka Senin itu", with: "Pelatihan guru itu"))
        #expect(plain.event?.date?.start == Day(year: 2024, month: 8, day: 21))
    }

    /// A region's name after a body and a comma is where the body stands, no teaching body (probe bb05); a body named
    /// with its region stays one.
    @Test func aRegionAloneIsNoSpeakersBody() {
        let text = """
            Petani Lombok Barat Dilatih Pupuk Organik

            GERUNG - Dinas Pertanian Kabupaten Lombok Barat menggelar pelatihan pembuatan pupuk organik bagi 40 petani di Aula BPP Kediri, Selasa (10/9/2024).

            Hari kedua diisi praktik pembuatan pupuk organik cair yang dipandu narasumber dari Balai Besar Pelatihan Pertanian (BBPP) Ketindan, Malang, Jawa Timur.
            """
        let names = Self.speakers(text)
        #expect(names.contains("BBPP Ketindan"))
        #expect(!names.contains("Malang"))
        #expect(!names.contains("Jawa Timur"))
        let office = Self.speakers(text.replacingOccurrences(of: "Balai Besar Pelatihan Pertanian (BBPP) Ketindan, Malang, Jawa Timur", with: "Dinas Pertanian Kabupaten Malang"))
        #expect(office.contains("Dinas Pertanian Kabupaten Malang"))
    }

    /// The same day in the body and in a bracketed photo caption (`[FOTO: ... , Kamis (7/11/2024). ...]`): the body's
    /// mention is read on, with the duration of the event's sentence after it (probe ax12); without the caption the
    /// same.
    @Test func theBodysDayOutranksTheCaptionsSameDay() {
        let text = """
            Pemuda Pontianak Belajar Meracik Kopi

            PONTIANAK - Aroma kopi memenuhi aula Kantor Disporapar Kota Pontianak sejak Kamis (7/11/2024) pagi. Sebanyak 30 pemuda tampak serius memperhatikan cara menggiling biji kopi liberika.

            Mereka adalah peserta Pelatihan Barista dan Manajemen Usaha Kopi yang digelar Dinas Kepemudaan, Olahraga dan Pariwisata (Disporapar) Kota Pontianak selama dua hari.

            [FOTO: Instruktur barista memperagakan teknik manual brew kepada peserta pelatihan, Kamis (7/11/2024). KHATULISTIWA POST/ANDRE S]

            Kepala Disporapar Kota Pontianak mengatakan pelatihan ini menyasar pemuda yang ingin membuka kedai kopi.
            """
        let r = Self.record(text)
        #expect(r.event?.date?.start == Day(year: 2024, month: 11, day: 7))
        #expect(r.event?.date?.end == Day(year: 2024, month: 11, day: 8))
        let bare = Self.record(text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("[FOTO") }.joined(separator: "\n"))
        #expect(bare.event?.date?.end == Day(year: 2024, month: 11, day: 8))
    }
}
