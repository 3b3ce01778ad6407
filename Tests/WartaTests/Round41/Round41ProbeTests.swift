import Testing
@testable import Warta

/// Round 41: constructions found by probe documents with their fields labeled (probe set r of round 40 and s, t, u of
/// round 41), written by helpers who read neither the rules nor the code, each with its counterexample.
struct Round41ProbeTests {
    static func record(_ text: String) -> Record { Shared.record(text) }
    static func organizers(_ text: String) -> [String] { record(text).event?.organizers.map(\.name) ?? [] }
    static func speakers(_ text: String) -> [String] { Shared.speakers(text) }

    /// A body, then between commas the larger body it belongs to, then the verb of holding: the first body holds the
    /// event, the parent is named in passing (probes r10, r02). A parent that opens its own clause after a date holds it.
    @Test func aParentBetweenCommasIsNoHolder() {
        let police = Self.organizers("""
            Sat Binmas Polres Pringsewu Beri Pembinaan Pokdarkamtibmas

            Pringsewu – Satuan Pembinaan Masyarakat (Sat Binmas) Polres Pringsewu, Polda Lampung, menggelar pembinaan terhadap 60 anggota Pokdarkamtibmas di Aula Polres Pringsewu, Kamis (12/9/2024).
            """)
        #expect(police == ["Satuan Pembinaan Masyarakat (Sat Binmas) Polres Pringsewu"])
        let ministry = Self.organizers("""
            BPPP Ambon Latih Pengolah Hasil Perikanan

            Dobo (ANTARA) - Balai Pelatihan dan Penyuluhan Perikanan (BPPP) Ambon, Kementerian Kelautan dan Perikanan (KKP), melatih 30 pengolah hasil perikanan di Gedung Pertemuan Dinas Perikanan, Dobo, Senin (3/7/2023).
            """)
        #expect(ministry == ["Balai Pelatihan dan Penyuluhan Perikanan (BPPP) Ambon"])
        // Counterexample: after a date and a comma, the body opens the clause and holds the event.
        let afterDate = Self.organizers("""
            Polres Pringsewu Gelar Pembinaan Satpam

            Pringsewu – Pada Kamis (12/9/2024), Polres Pringsewu, menggelar pembinaan bagi 40 satpam di Aula Polres Pringsewu.
            """)
        #expect(afterDate.contains("Polres Pringsewu"))
    }

    /// An acronym and its region (`BPBD Provinsi Papua menggelar`) takes the long form written with the acronym in
    /// parentheses and the same region after it (probe u05); another region keeps the short form.
    @Test func anAcronymAndItsRegionTakeTheLongForm() {
        let same = Self.organizers("""
            BPBD Papua Sosialisasikan Mitigasi Gempa di Sekolah

            JAYAPURA – Gempa membuat Badan Penanggulangan Bencana Daerah (BPBD) Provinsi Papua bergerak ke sekolah-sekolah. Kamis (12/10/2023), BPBD Provinsi Papua menggelar Sosialisasi Mitigasi Bencana bagi 80 tenaga pendidik di Aula SMA Negeri 4 Jayapura.
            """)
        #expect(same == ["Badan Penanggulangan Bencana Daerah (BPBD) Provinsi Papua"])
        let other = Self.organizers("""
            BPBD Jayapura Sosialisasikan Mitigasi Gempa di Sekolah

            JAYAPURA – Gempa membuat Badan Penanggulangan Bencana Daerah (BPBD) Provinsi Papua bergerak. Kamis (12/10/2023), BPBD Kota Jayapura menggelar Sosialisasi Mitigasi Bencana bagi 80 tenaga pendidik di Aula SMA Negeri 4 Jayapura.
            """)
        #expect(other == ["BPBD Kota Jayapura"])
        // The region by another of its names (`Lotim`, `Sumbar`: the gazetteer's aliases), probes u14 and s13; the body
        // named twice is one organizer.
        let alias = Self.organizers("""
            PMI Lotim Latih 80 Relawan Pertolongan Pertama

            Selong – Palang Merah Indonesia (PMI) Kabupaten Lombok Timur memperkuat kesiapan relawannya. Sejak Selasa (21/1/2025), PMI Lotim menggelar Pelatihan Pertolongan Pertama bagi 80 relawan di Markas PMI, Selong.
            """)
        #expect(alias == ["Palang Merah Indonesia (PMI) Kabupaten Lombok Timur"])
        let twice = Self.organizers("""
            Disperindag Sumbar Latih Perajin Songket

            Padang – Dinas Perindustrian dan Perdagangan (Disperindag) Provinsi Sumatera Barat kembali menggelar pelatihan bagi 30 perajin tenun di Painan, Senin (16/6/2025). Disperindag Sumbar menggandeng Dewan Kerajinan Nasional Daerah (Dekranasda) Kabupaten Pesisir Selatan sebagai mitra pelaksana.
            """)
        #expect(twice == ["Dinas Perindustrian dan Perdagangan (Disperindag) Provinsi Sumatera Barat", "Dewan Kerajinan Nasional Daerah (Dekranasda) Kabupaten Pesisir Selatan"])
        // Counterexample: another region (`PMI Lombok Barat`) keeps its short form.
        let west = Self.organizers("""
            PMI Lombok Barat Latih 80 Relawan

            Selong – Palang Merah Indonesia (PMI) Kabupaten Lombok Timur memperkuat kesiapan relawannya. Sejak Selasa (21/1/2025), PMI Lombok Barat menggelar Pelatihan Pertolongan Pertama bagi 80 relawan di Gerung.
            """)
        #expect(west == ["PMI Lombok Barat"])
    }

    /// `bakal` before a verb is the future (`bakal menggelar Workshop ... pada 8-10 Oktober 2025 ... di Ruang ...`), a
    /// training scheduled with its days and place, as `akan menggelar` is (probe u15); before `peserta` it still makes
    /// candidates of the people, not participants of a training held.
    @Test func bakalBeforeAVerbIsTheFuture() {
        let scheduled = Self.record("""
            Pemkot Solo Siapkan Workshop Pengelolaan Media Sosial untuk Admin OPD

            Solo – Dinas Komunikasi, Informatika, Statistik dan Persandian (Diskominfo SP) Kota Surakarta bakal menggelar Workshop Pengelolaan Media Sosial Pemerintah pada 8-10 Oktober 2025 mendatang di Ruang Manganti Praja, Balai Kota Surakarta.

            Workshop tersebut akan diikuti 94 admin media sosial.
            """)
        #expect(scheduled.isTrainingEvent)
        #expect(scheduled.event?.date?.start == Day(year: 2025, month: 10, day: 8))
        // Counterexample: the selection of candidates for a training is no training held.
        let candidates = Self.record("""
            Seleksi Bakal Peserta Pelatihan Kerja Dibuka

            Solo – Disnaker Kota Surakarta membuka seleksi bakal peserta pelatihan kerja. Hasil seleksi diumumkan bulan depan.
            """)
        #expect(!candidates.isTrainingEvent)
    }

    /// A navigation bar whose section carries its year (`Beranda Profil Berita Publikasi JDIH PPID Pemilu 2024`) is
    /// chrome, not the headline (probe r11); a headline with a year after a word of its news stays the headline.
    @Test func aMenuSectionMayCarryItsYear() {
        let menu = Self.record("""
            KPU KOTA SAMARINDA
            Beranda  Profil  Berita  Publikasi  JDIH  PPID  Pemilu 2024

            Siapkan Hari Pemungutan Suara, KPU Samarinda Bimtek Badan Adhoc

            Samarinda – Komisi Pemilihan Umum (KPU) Kota Samarinda menyelenggarakan Bimbingan Teknis bagi 227 anggota PPK dan PPS, Sabtu (13/1/2024), di Ballroom Hotel Aston Samarinda.
            """)
        #expect(menu.document.title == "Siapkan Hari Pemungutan Suara, KPU Samarinda Bimtek Badan Adhoc")
        #expect(menu.isTrainingEvent)
        let headline = Self.record("""
            Home Industry Kue Kering Ikuti Pelatihan 2024

            Sleman – Dinas Koperasi Sleman menggelar pelatihan kemasan produk bagi 30 pelaku usaha kue kering di Aula Dinas Koperasi, Senin (5/2/2024).
            """)
        #expect(headline.document.title == "Home Industry Kue Kering Ikuti Pelatihan 2024")
    }

    /// An item of a numbered list of speakers whose person carries three degrees (`Dr. Eng. Andi Rusdin, S.T., M.T.,
    /// M.Sc.`) goes on with the list, and `Dr. Eng.` is a title (probe r05). A line that holds no titled person
    /// ends the list.
    @Test func aListItemMayCarryThreeDegrees() {
        let list = Self.speakers("""
            BPBD Sulbar Latih Relawan Desa Tangguh Bencana

            Mamuju – BPBD Provinsi Sulawesi Barat menggelar pelatihan bagi 40 relawan di Aula BPBD, Selasa (5/3/2024).

            Selama dua hari, peserta menerima materi dari sejumlah narasumber, yakni:
            1. Kepala Bidang Pencegahan BPBD Provinsi Sulawesi Barat, Muhammad Yasin Patawari, S.T., M.Si., tentang kajian risiko;
            2. Dosen Teknik Sipil Universitas Tadulako sekaligus peneliti Pusat Studi Kebencanaan, Dr. Eng. Andi Rusdin, S.T., M.T., M.Sc., tentang karakteristik gempa;
            3. Koordinator Relawan PMI Kabupaten Mamuju, Nurhalisa Tahir, S.Kep., Ns., tentang pertolongan pertama.
            """)
        #expect(list == ["Muhammad Yasin Patawari", "Andi Rusdin", "Nurhalisa Tahir"])
        // Counterexample: the line after the list tells the participants, no item.
        let after = Self.speakers("""
            BPBD Sulbar Latih Relawan Desa Tangguh Bencana

            Mamuju – BPBD Provinsi Sulawesi Barat menggelar pelatihan bagi 40 relawan di Aula BPBD, Selasa (5/3/2024).

            Narasumber pelatihan, yakni:
            1. Kepala Bidang Pencegahan BPBD Provinsi Sulawesi Barat, Muhammad Yasin Patawari, S.T., M.Si., tentang kajian risiko;
            2. Peserta dari Desa Bebanga dan Desa Kalukku, tentang praktik evakuasi.
            """)
        #expect(after == ["Muhammad Yasin Patawari"])
    }

    /// Shapes that are no person: a word with the suffix -nya (`Hasilnya, fasilitator menemukan`, probe t06), an
    /// acronym joined by a hyphen (`serta kaitan Anjab-ABK`, probe t07), a role before `asal` and a person (`Q Grader
    /// asal Kolaka, Muh. Yusran Tamburaka`, probe t01), a word in capitals after `dan` inside an institution's name
    /// (`Institut Teknologi dan Bisnis STIKOM Bali`, probe u03). The persons beside them stay.
    @Test func shapesThatAreNoPerson() {
        let role = Self.speakers("""
            BPVP Kendari Latih Barista Kopi

            Kendari – BPVP Kendari menggelar pelatihan barista bagi 16 pemuda di Workshop BPVP Kendari, Senin (4/3/2024).

            Pada hari ketiga, BPVP juga menghadirkan Q Grader asal Kolaka, Muh. Yusran Tamburaka, yang mengisi sesi cupping.
            """)
        #expect(role == ["Muh. Yusran Tamburaka"])
        let acronym = Self.speakers("""
            BPSDM Maluku Gelar Workshop Anjab-ABK

            AMBON – BPSDM Provinsi Maluku menggelar workshop bagi 80 ASN di Aula BPSDM, Rabu (13/11/2024).

            Materi hari pertama disampaikan oleh Dr. Ronald Latuheru, S.Sos., M.Si., Analis Kebijakan Ahli Madya pada Kementerian PANRB, yang mengulas kebijakan penyederhanaan birokrasi serta kaitan Anjab-ABK dengan manajemen ASN.
            """)
        #expect(acronym == ["Ronald Latuheru"])
        let campus = Self.speakers("""
            Diskop Bali Latih UMKM Berjualan Daring

            Denpasar – Dinas Koperasi dan UKM Provinsi Bali menggelar pelatihan bagi 50 pelaku UMKM di Aula Diskop, Selasa (7/5/2024).

            Narasumber pelatihan:
            1. I Made Dwi Ariawan, S.Kom., M.T., dosen Institut Teknologi dan Bisnis STIKOM Bali, dengan materi strategi konten;
            """)
        #expect(campus == ["I Made Dwi Ariawan"])
        let suffix = Self.speakers("""
            Puskesmas Latih Kader Posyandu

            Sampit – Puskesmas Baamang menggelar pelatihan bagi 30 kader di Aula Puskesmas, Senin (8/4/2024).

            Di hari kedua, peserta menimbang 40 balita. Hasilnya, fasilitator menemukan tujuh anak di bawah standar.
            """)
        #expect(suffix.isEmpty)
        // Counterexample: a short given name that ends in -nya is a name.
        let name = Self.speakers("""
            Puskesmas Latih Kader Posyandu

            Sampit – Puskesmas Baamang menggelar pelatihan bagi 30 kader di Aula Puskesmas, Senin (8/4/2024). Narasumber pelatihan, Sonya, bidan koordinator Puskesmas Baamang.
            """)
        #expect(name == ["Sonya"])
    }

    /// A sentence that counts the speakers, then the first of them with a role chain, a title or degree and a verb of
    /// explaining (probes s05, t14); without the count an office and a person who explain stay an official speaking.
    @Test func aCountOfSpeakersThenTheFirstOfThem() {
        let counted = Self.speakers("""
            Kemenag Solo Gelar Bimtek Sertifikasi Halal

            Solo – Kantor Kementerian Agama Kota Surakarta menggelar bimtek sertifikasi halal bagi 60 pelaku usaha di Aula Kemenag, Selasa (4/6/2024).

            Tiga narasumber dihadirkan dalam bimtek ini. Kepala Satgas Layanan Halal Kanwil Kemenag Provinsi Jawa Tengah, H. Muhammad Arifin Zuhdi, S.Ag., M.Pd.I., menjelaskan dasar hukum jaminan produk halal.
            """)
        #expect(counted == ["Muhammad Arifin Zuhdi"])
        let official = Self.speakers("""
            Kemenag Solo Gelar Bimtek Sertifikasi Halal

            Solo – Kantor Kementerian Agama Kota Surakarta menggelar bimtek sertifikasi halal bagi 60 pelaku usaha di Aula Kemenag, Selasa (4/6/2024).

            Kegiatan berlangsung dua hari. Kepala Kantor Kemenag Kota Surakarta, H. Ahmad Ulinnuha, S.Ag., menjelaskan dasar hukum jaminan produk halal.
            """)
        #expect(official.isEmpty)
    }

    /// A judge is a role before the name (`Pemateri pertama, Hakim PA Suwawa Nurlaila Datau, S.H.I., M.H.`, probe
    /// t15), and `Drs. Ec.` titles a name (probe u09).
    @Test func judgesAndEconomistsAreTitled() {
        let judge = Self.speakers("""
            PA Suwawa Gelar Sosialisasi Pencegahan Perkawinan Anak

            Suwawa – Pengadilan Agama Suwawa menggelar sosialisasi bagi 50 siswa di Aula SMA Negeri 1 Suwawa, Rabu (6/3/2024).

            Pemateri pertama, Hakim PA Suwawa Nurlaila Datau, S.H.I., M.H., menjelaskan batas usia menikah.
            """)
        #expect(judge == ["Nurlaila Datau"])
        let economist = Self.speakers("""
            DPMD Kediri Bimtek BPD

            Kediri – DPMD Kabupaten Kediri menggelar bimtek bagi 120 anggota BPD di Aula DPMD, Senin (3/6/2024).

            Narasumber pelatihan, Inspektur Pembantu Wilayah III Inspektorat Kabupaten Kediri, Drs. Ec. Suharto Wibisono, M.M., memaparkan pola pengawasan APBDes.
            """)
        #expect(economist == ["Suharto Wibisono"])
    }
}
