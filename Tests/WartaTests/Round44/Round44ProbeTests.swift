import Testing
@testable import Warta

/// Round 44: constructions found by probe documents with their fields labeled (probe sets ae and af of round 44),
/// written by helpers who read neither the rules nor the code, each with its counterexample. The rules' own examples
/// and counterexamples run in `RuleExampleTests`.
struct Round44ProbeTests {
    static func record(_ text: String) -> Record { Shared.record(text) }
    static func speakers(_ text: String) -> [String] { Shared.speakers(text) }

    /// `nanti` before a verb of training is the future, as `akan` is (probe af08): a speech that only promises to
    /// train is no training event. A training held, whose participants will `nanti` pass on what they learned, stays
    /// one.
    @Test func nantiBeforeATrainingVerbIsAPlan() {
        let promise = Self.record("""
            Bupati Sosialisasikan Gerakan Cegah Stunting di Masjid Raya

            KUBU RAYA - Bupati Kubu Raya memanfaatkan kegiatan Safari Jumat di Masjid Jami' Al-Ikhlas, Jumat (7/6/2024), untuk menyosialisasikan gerakan cegah stunting kepada jemaah.

            "Kader posyandu nanti kami latih supaya bisa mengukur tinggi badan dengan benar. Waktunya menyusul," ujar bupati.

            Safari Jumat ditutup dengan penyerahan paket sembako kepada 25 lansia.
            """)
        #expect(!promise.isTrainingEvent)
        let held = Self.record("""
            Dinkes Kubu Raya Latih 40 Kader Posyandu

            KUBU RAYA - Dinas Kesehatan Kabupaten Kubu Raya melatih 40 kader posyandu mengukur tinggi badan balita di Aula Kantor Bupati, Jumat (7/6/2024).

            Para kader nanti menularkan ilmunya kepada kader lain di desa masing-masing.
            """)
        #expect(held.isTrainingEvent)
    }

    /// A person and the body he comes from after `asal` before a verb of delivering the material, as after `dari`
    /// (probe af01).
    @Test func anAffiliationAfterAsalStandsBetweenThePersonAndTheVerb() {
        let names = Self.speakers("""
            BPBD Cilacap Latih 40 Relawan Mitigasi Tsunami

            CILACAP - BPBD Kabupaten Cilacap menggelar pelatihan mitigasi bencana bagi 40 relawan di Aula BPBD, Senin (6/5/2024).

            Ir. Wulan Sari Dewi, M.T. asal BMKG Stasiun Meteorologi Cilacap membawakan materi sistem peringatan dini tsunami.
            """)
        #expect(names == ["Wulan Sari Dewi"])
    }

    /// Capitalized words after `dari` and a word that says what kind of body they name (`dari media daring X`) are the
    /// body, not a second person before the verb (probe af12); after a person's role in lower case (`dari petani
    /// senior X`) they are a person.
    @Test func aBodySaidToBeOneIsNoPerson() {
        let names = Self.speakers("""
            Diskominfo Bengkulu Latih 30 Humas Menulis Berita

            BENGKULU - Dinas Komunikasi dan Informatika Kota Bengkulu menggelar pelatihan jurnalistik bagi 30 pengelola humas di Balai Kota Bengkulu, Selasa (14/5/2024).

            Sesi berikutnya, mentor fotografi Dedi Kurniawan dari media daring Rafflesia Today mengajak peserta praktik memotret dengan kamera ponsel.
            """)
        #expect(names == ["Dedi Kurniawan"])
        let role = Self.speakers("""
            Distan Garut Latih 25 Petani Jamur

            GARUT - Dinas Pertanian Kabupaten Garut menggelar pelatihan budidaya jamur tiram bagi 25 petani di Balai Desa Sukamaju, Rabu (15/5/2024).

            Pada hari kedua, peserta belajar dari petani senior Agus Salim. Petani jamur Agus Salim mengajak peserta praktik membuat baglog.
            """)
        #expect(role.contains("Agus Salim"))
    }

    /// Guiding the participants' work on a task (`memandu penyusunan ...`) is teaching (probe ae12); guiding the
    /// programme or a discussion is a host's or a moderator's part.
    @Test func guidingATaskIsTeaching() {
        let names = Self.speakers("""
            BPBD Sukabumi Latih 40 Relawan Desa Tangguh Bencana

            SUKABUMI - BPBD Kabupaten Sukabumi menggelar pelatihan desa tangguh bencana bagi 40 relawan di Aula Kecamatan Palabuhanratu, Senin (3/6/2024).

            Pada hari kedua, Kepala Seksi Kesiapsiagaan BPBD, Hendra Wijaya, S.T., memandu penyusunan rencana kontinjensi desa.
            """)
        #expect(names == ["Hendra Wijaya"])
        let host = Self.speakers("""
            BPBD Sukabumi Latih 40 Relawan Desa Tangguh Bencana

            SUKABUMI - BPBD Kabupaten Sukabumi menggelar pelatihan desa tangguh bencana bagi 40 relawan di Aula Kecamatan Palabuhanratu, Senin (3/6/2024).

            Sekretaris BPBD, Hendra Wijaya, S.T., memandu jalannya diskusi.
            """)
        #expect(host.isEmpty)
    }

    /// A start after `sejak` ends on the day a later sentence reports the closing (probe ai07); with no closing
    /// reported, the start stays a day of its own.
    @Test func aStartAfterSejakEndsOnTheReportedClosing() {
        let closed = Self.record("""
            32 Warga Pekalongan Tuntaskan Pelatihan Menjahit di BLK

            KAJEN - Setelah menjalani pelatihan berbasis kompetensi sejak 2 September 2024, sebanyak 32 warga Kabupaten Pekalongan resmi menyelesaikan pelatihan menjahit di UPTD BLK Kabupaten Pekalongan.

            Penutupan digelar di halaman workshop BLK, Rabu (16/10/2024).
            """)
        #expect(closed.event?.date?.start.iso == "2024-09-02")
        #expect(closed.event?.date?.end.iso == "2024-10-16")
        let open = Self.record("""
            32 Warga Pekalongan Ikuti Pelatihan Menjahit di BLK

            KAJEN - Sebanyak 32 warga Kabupaten Pekalongan mengikuti pelatihan menjahit di UPTD BLK Kabupaten Pekalongan sejak 2 September 2024.

            Kepala BLK menyebut pendaftaran angkatan berikutnya dibuka Rabu (16/10/2024).
            """)
        #expect(open.event?.date?.end.iso == "2024-09-02")
        // A day of the opening, then the event's closing on a day of its own (probe aj06).
        let opened = Self.record("""
            Tagana Kota Kupang Ikuti Peningkatan Kapasitas

            KUPANG - Sebanyak 40 anggota Tagana mengikuti Peningkatan Kapasitas Tagana di Hotel Kristal Kupang. Kegiatan ini dilaksanakan oleh Dinas Sosial Kota Kupang.

            Kegiatan dibuka Penjabat Sekda Kota Kupang, Drs. Budi Santoso, pada Selasa (6/8/2024). Dalam sambutannya ia mengingatkan bahwa sepanjang 2023 terjadi 13 kejadian banjir rob di wilayah pesisir kota.

            Kegiatan resmi ditutup Jumat (9/8/2024) oleh Kepala Dinas Sosial Kota Kupang, Yohanes Dethan, S.H. Ia berjanji menyiapkan perlengkapan dapur umum pada tahun anggaran berikutnya.
            """)
        #expect(opened.event?.date?.start.iso == "2024-08-06")
        #expect(opened.event?.date?.end.iso == "2024-08-09")
        // Not the closing of another thing: a registration closed later ends no training.
        let registration = Self.record("""
            Tagana Kota Kupang Ikuti Peningkatan Kapasitas

            KUPANG - Sebanyak 40 anggota Tagana mengikuti Peningkatan Kapasitas Tagana di Hotel Kristal Kupang. Kegiatan ini dilaksanakan oleh Dinas Sosial Kota Kupang.

            Kegiatan dibuka Penjabat Sekda Kota Kupang, Drs. Budi Santoso, pada Selasa (6/8/2024). Dalam sambutannya ia mengingatkan bahwa sepanjang 2023 terjadi 13 kejadian banjir rob di wilayah pesisir kota.

            Sementara itu, pendaftaran angkatan berikutnya resmi ditutup Jumat (16/8/2024). Ia berjanji menyiapkan perlengkapan dapur umum pada tahun anggaran berikutnya.
            """)
        #expect(registration.event?.date?.end.iso == "2024-08-06")
    }

    /// A headline in title case writes the verb after the place with a capital (probe ah10): the verb ends the venue.
    @Test func aCapitalizedVerbOfTheHeadlineEndsTheVenue() {
        let record = Self.record("""
            Diklat Satpam di Aula Mapolres Bantaeng Ditutup

            BANTAENG - Sebanyak 40 peserta diklat satpam dinyatakan lulus, Kamis (24/10/2024).
            """)
        #expect(record.event?.location?.venue == "Aula Mapolres Bantaeng")
    }

    /// An occupation of law and justice counts as people in a sum of groups (probe ai03).
    @Test func investigatorsArePeopleInASum() {
        let record = Self.record("""
            Polresta Sleman Latih Petugas Layanan Pengaduan

            SLEMAN - Polresta Sleman menggelar pelatihan penanganan laporan kekerasan di Gedung Tribrata, Kamis (22/8/2024).

            Pelatihan diikuti tiga puluh personel Bhabinkamtibmas dan dua belas penyidik Unit PPA Satreskrim.
            """)
        #expect(record.event?.participants?.total == 42)
    }

    /// One capitalized word that opens a list item and goes on with a derived noun is the item's topic, no person
    /// (probe ai01); the person after `oleh` stays.
    @Test func aTopicOpeningAListItemIsNoPerson() {
        let names = Self.speakers("""
            Dinpermasdes Banyumas Gelar Bimtek Siskeudes bagi 120 Operator Desa

            BANYUMAS - Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Banyumas menggelar bimtek Siskeudes bagi 120 operator desa di Hotel Aston Purwokerto, Selasa (2/7/2024).

            Selama tiga hari peserta menerima materi dari sejumlah narasumber, yakni:
            - Regulasi pengelolaan keuangan desa, oleh Sri Handayani, S.E., M.Ak.;
            - Perpajakan atas belanja desa, oleh Agus Priyanto, S.E.
            """)
        #expect(!names.contains("Regulasi"))
        #expect(names.contains("Sri Handayani"))
    }

    /// A rank inside a name read from a list opens the person's name (probe ak05): the capitalized words before it are
    /// his post.
    @Test func aRankInsideANameOpensIt() {
        let names = Self.speakers("""
            Ditbinmas Polda Kalbar Latih 80 Bhabinkamtibmas

            PONTIANAK - Ditbinmas Polda Kalbar menggelar pelatihan pemolisian masyarakat bagi 80 Bhabinkamtibmas di Aula Polda Kalbar, Senin (5/8/2024).

            Sebagai narasumber, panitia menghadirkan Kasubdit Bhabinkamtibmas Kompol Dra. Rosmiati Siregar, M.H., serta Paur Subbag Renmin Iptu Yohanes Kurniawan Lumban Gaol, S.H.
            """)
        #expect(names == ["Rosmiati Siregar", "Yohanes Kurniawan Lumban Gaol"])
    }

    /// An institution named by its head before `menjadi narasumber` is a speaking institution (probe ak06); the agent of
    /// a passive of assigning before `sebagai Trainer` is not.
    @Test func anInstitutionBeforeASpeakersWordSpeaks() {
        let names = Self.speakers("""
            BPBD Kalsel Gelar Workshop Kebencanaan

            BANJARMASIN - BPBD Provinsi Kalimantan Selatan menggelar workshop kebencanaan bagi 80 relawan di Aula Rektorat UBR, Senin (5/8/2024).

            Kantor Pencarian dan Pertolongan Banjarmasin turut menjadi narasumber pada sesi simulasi evakuasi.
            """)
        #expect(names == ["Kantor Pencarian dan Pertolongan Banjarmasin"])
        let assigned = Self.speakers("""
            KPU Pandeglang Gelar TOT Fasilitator Bimtek KPPS

            PANDEGLANG - KPU Kabupaten Pandeglang menggelar pelatihan fasilitator bimtek KPPS bagi 120 anggota PPS di Hotel Mutiara Pandeglang, Rabu (17/1/2024).

            Pada pelatihan tersebut, anggota PPS ditugaskan KPU Kabupaten Pandeglang sebagai fasilitator di desa masing-masing.
            """)
        #expect(!assigned.contains("KPU Kabupaten Pandeglang"))
    }
}
