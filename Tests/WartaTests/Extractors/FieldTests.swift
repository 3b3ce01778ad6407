import Testing
@testable import Warta

/// Location, participants, organizers, speakers and event detection on short documents.
struct FieldTests {
    @Test func kabupatenAndKotaAreToldApartByTheirPrefix() {
        let r = Shared.record("Bimtek PSM\nDinas Sosial Kota Solok menggelar Bimtek bagi 50 PSM dari Kab. Solok dan Kota Sawahlunto di aula SMK Negeri 1 Solok, Senin (28/8/17).")
        #expect(r.event?.location?.city == "Kota Solok")
        #expect(r.event?.location?.province == "Sumatera Barat")
        #expect(r.event?.location?.regionCode == "13.72")
        #expect(r.event?.location?.venue == "aula SMK Negeri 1 Solok")
    }

    @Test func aNameThatNothingDecidesLeavesTheCityEmptyWithAWarning() {
        let r = Shared.record("Bimtek Karang Taruna\nBLITAR – Pelatihan Karang Taruna digelar di Hotel Puri Perdana Blitar, Rabu (5/7/2023), diikuti 60 peserta.")
        #expect(r.isTrainingEvent)
        #expect(r.event?.location?.city == nil)
        #expect(r.event?.location?.province == "Jawa Timur")
        #expect(r.warnings.contains { $0.code == "ambiguous-city" })
    }

    @Test func theCityIsWhereTheEventWasHeldNotWhereTheOrganizerSits() {
        let r = Shared.record("Sudinsos Jakut Bekali PSM di Puncak\nCisarua – Suku Dinas Sosial (Sudinsos) Jakarta Utara menggelar Bimtek bagi 62 PSM di Hotel Seruni, Cisarua, Kabupaten Bogor, Rabu (14/6/17). Kepala Sudinsos Jakarta Utara berharap PSM Jakarta Utara makin tangguh.")
        #expect(r.event?.location?.city == "Kabupaten Bogor")
        #expect(r.event?.location?.province == "Jawa Barat")
        #expect(r.event?.organizers.first?.name == "Suku Dinas Sosial (Sudinsos) Jakarta Utara")
    }

    @Test func aLongProgrammeKeepsItsRangeAndTheInstitutionThatClosesItOrganizedIt() {
        let r = Shared.record("Diklat Kepemimpinan Pengawas Angkatan II Resmi Ditutup\nDiposting pada 18 November 2022\nMataram — Badan Pengembangan Sumber Daya Manusia Daerah (BPSDMD) Provinsi NTB resmi menutup Pelatihan Kepemimpinan Pengawas (PKP) Angkatan II pada Jumat (18/11). Pelatihan yang berlangsung sejak 15 Agustus hingga 18 November 2022 itu diikuti 40 orang pejabat pengawas. Asisten Administrasi Umum Setda Provinsi NTB membuka pelatihan itu pada Agustus lalu.")
        #expect(r.event?.date?.start.iso == "2022-08-15")
        #expect(r.event?.date?.end.iso == "2022-11-18")
        #expect(r.event?.organizers.map(\.name) == ["Badan Pengembangan Sumber Daya Manusia Daerah (BPSDMD) Provinsi NTB"])
    }

    @Test func everydayNamesAndDistricts() {
        let r = Shared.record("Pelatihan Difabel\nSOLO – Dinsos Solo menggelar pelatihan di Aula Kecamatan Laweyan, Kecamatan Laweyan, Rabu (23/11/2022).")
        #expect(r.event?.location?.city == "Kota Surakarta")
        #expect(r.event?.location?.district == "Laweyan")
    }

    @Test(arguments: [
        ("Dinas Sosial menggelar bimtek yang diikuti oleh 27 orang peserta di aula, Senin (3/7/2023).", 27),
        ("Dinas Sosial menggelar bimtek bagi 100 orang Pekerja Sosial Masyarakat (PSM), serta 32 TKSK di aula, Senin (3/7/2023).", 132),
        ("Dinas Sosial menggelar pelatihan diikuti kurang lebih seribu peserta di aula, Senin (3/7/2023).", 1000),
        ("Dinas Sosial menggelar bimtek bagi Sebanyak 1.681 CPNS di aula, Senin (3/7/2023).", 1681),
        ("Dinas Sosial menggelar bimtek yang diikuti 26 desa di aula, Senin (3/7/2023).", -1),
        ("Dinas Sosial menggelar bimtek diikuti puluhan peserta di aula, Senin (3/7/2023).", -1),
        ("Dinas Sosial menggelar bimtek diikuti 60 peserta, masing-masing dari Kota Mataram 15 orang dan Lombok Barat 10 orang, di aula, Senin (3/7/2023).", 60),
    ])
    func participantTotals(_ body: String, _ total: Int) {
        let r = Shared.record("Bimtek\n" + body)
        #expect(r.isTrainingEvent)
        #expect((r.event?.participants?.total ?? -1) == total)
    }

    @Test func aBreakdownThatDoesNotAddUpWarns() {
        let r = Shared.record("Bimtek\nDinas Sosial menggelar bimtek diikuti 60 peserta, masing-masing dari Kota Mataram 15 orang dan Lombok Barat 10 orang, di aula, Senin (3/7/2023).")
        #expect(r.warnings.contains { $0.code == "participants-sum-mismatch" })
    }

    @Test func organizersMainAndCo() {
        let r = Shared.record("Bimtek PSM\nDinas Sosial Kota Solok bekerjasama dengan Dinas Sosial Provinsi Sumatera Barat adakan Bimtek di aula. Acara dibuka oleh Kepala Dinas Sosial Kota Solok.")
        #expect(r.event?.organizers.map(\.name) == ["Dinas Sosial Kota Solok", "Dinas Sosial Provinsi Sumatera Barat"])
        #expect(r.event?.organizers.map(\.role) == ["main", "co"])
    }

    @Test func speakersWithoutTitlesAndInstitutionsInShortForm() {
        let r = Shared.record("Bimtek PSM\nDinas Sosial menggelar Bimtek di aula. Narasumber yaitu Drs. H. Budi Santoso, M.Si dan Ir. Rina Wati. Pemateri lain berasal dari Politeknik Kesejahteraan Sosial (Poltekesos) Bandung dan BPJS.")
        let persons = r.event?.speakers.filter { $0.kind == .person } ?? []
        #expect(persons.map(\.name) == ["Budi Santoso", "Rina Wati"])
        #expect(persons.first?.titles == ["Drs.", "H.", "M.Si"])
        let orgs = r.event?.speakers.filter { $0.kind == .organization }.map(\.name) ?? []
        #expect(orgs == ["Poltekesos Bandung", "BPJS"])
    }

    @Test func aVillageGovernmentWithItsPlaceAndAnInstructorNamedAfterHerInstitution() {
        let r = Shared.record("Pelatihan Menjahit untuk Ibu-ibu PKK\nPemerintah Desa Margamulya, Kecamatan Pasirwangi, Kabupaten Garut bekerja sama dengan Balai Latihan Kerja (BLK) Garut mengadakan pelatihan menjahit bagi 25 ibu rumah tangga, dari tanggal 25 September s.d. 4 Oktober 2023, bertempat di Aula Kantor Desa Margamulya. Pelatih dari BLK Garut, Iis Rohaeti, mengajarkan teknik dasar menjahit.")
        #expect(r.event?.organizers.map(\.name) == ["Pemerintah Desa Margamulya", "Balai Latihan Kerja (BLK) Garut"])
        #expect(r.event?.organizers.map(\.role) == ["main", "co"])
        #expect(r.event?.speakers.map(\.name) == ["Iis Rohaeti"])
        #expect(r.event?.speakers.first?.affiliation == "BLK Garut")
        #expect(r.event?.date?.start.iso == "2023-09-25")
        #expect(r.event?.date?.end.iso == "2023-10-04")
        #expect(r.event?.location?.venue == "Aula Kantor Desa Margamulya")
    }

    @Test func officialsWhoOpenTheEventAreNotSpeakers() {
        let r = Shared.record("Bimtek PSM\nDinas Sosial menggelar Bimtek di aula. Acara dibuka oleh Bupati Kuningan Dr. H. Acep Purnama yang dalam sambutannya berpesan agar PSM bekerja ikhlas.")
        #expect(r.event?.speakers.isEmpty == true)
    }

    @Test(arguments: [
        ("Pengukuhan Relawan Tagana\nBupati mengukuhkan 50 relawan Tagana di pendopo, Senin (3/7/2023). Relawan sebelumnya mengikuti pelatihan.", false),
        ("Penyaluran Bansos\nDinas Sosial menyalurkan bansos kepada 200 KPM di kantor desa, Senin (3/7/2023).", false),
        ("Pendaftaran Pelatihan Kerja Dibuka\nPendaftaran dibuka hingga akhir bulan. Warga dapat mendaftar di kantor BLK.", false),
        ("Dinsos Gelar Pelatihan Kader\nDinas Sosial menggelar pelatihan bagi 40 kader di aula, Senin (3/7/2023).", true),
        ("Pemkot Bekasi akan menggelar pelatihan UMKM digital\nBekasi - Pemerintah Kota Bekasi akan menggelar pelatihan pemasaran digital bagi pelaku UMKM. Pendaftaran dibuka hingga 30 Juni 2024 melalui laman resmi Dinas Koperasi. Jadwal dan lokasi pelatihan akan diumumkan kemudian.", false),
        ("Polres Gelar Lomba Tarik Tambang Peringati HUT Bhayangkara\nMAKASSAR - Polrestabes Makassar menggelar lomba tarik tambang di Lapangan Karebosi, Minggu (2/7/2023). Tahun depan, polisi juga berencana menggelar pelatihan satpam bagi warga.", false),
    ])
    func eventDetection(_ text: String, _ isEvent: Bool) {
        let r = Shared.record(text)
        #expect(r.isTrainingEvent == isEvent)
        #expect(r.confidence >= 0.5)
    }
}
