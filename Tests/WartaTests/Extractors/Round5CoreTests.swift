import Testing
@testable import Warta

/// Issue 11, round 5: the core fields on unseen text. Each construction with an invented example in the style of
/// PHENOMENA.md (not copied from any labeled report) and a counterexample.
struct Round5CoreTests {
    static func record(_ text: String) -> Record { Shared.record(text) }

    @Test func theTypeWordTheReportNamesItsEventBy() {
        // An abbreviation in parentheses right after the chosen mention names the event.
        let paren = Self.record("Kades Ikuti Bimtek\nMALANG – Sebanyak 40 kepala desa mengadakan Pelatihan Bimbingan dan Teknis (Bimtek) bertempat di Hotel Santika, Senin (4/7/2022).")
        #expect(paren.event?.type == "bimtek")
        // A general word used once yields to the type the report names it by again and again.
        let named = Self.record("BBPPKS Gelar Kegiatan\nLEMBANG – BBPPKS menggelar pelatihan P2K2 untuk para pendamping PKH di Lembang, Kamis (3/10/2019). Pada pembukaan Diklat P2K2, tutor menyampaikan materi. Diklat ini berbasis e-learning. Diklat yang diselenggarakan untuk gelombang 11 ini diikuti 60 pendamping.")
        #expect(named.event?.type == "diklat")
        // Counterexample: the chosen word is the one used most; a type named twice does not win.
        let kept = Self.record("Dinsos Gelar Pelatihan\nSUKAMAJU – Dinas Sosial menggelar pelatihan bagi 40 kader di Aula Kantor Bupati, Rabu (3/7/2024). Pelatihan ini juga menjadi sosialisasi program. Sosialisasi dilanjutkan di desa. Pelatihan ditutup Jumat.")
        #expect(kept.event?.type == "pelatihan")
    }

    @Test func courtCasesBudgetLinesAndGraduationsAreNoEvents() {
        let court = Self.record("Mantan Kadis Divonis 4 Tahun dalam Kasus Korupsi Dana Pelatihan\nSEMARANG - Majelis hakim Pengadilan Tipikor Semarang menjatuhkan vonis empat tahun penjara kepada mantan Kepala Dinas Koperasi, terdakwa kasus korupsi dana pelatihan UMKM tahun 2021. Terdakwa terbukti menggelembungkan biaya pelatihan yang digelar di Hotel Santika bagi 300 pelaku UMKM.")
        #expect(!court.isTrainingEvent)
        let budget = Self.record("Pemkab Alokasikan Rp2 Miliar untuk Pelatihan Kerja 2025\nSUKARAJA - Pemerintah Kabupaten Sukaraja mengalokasikan anggaran sebesar Rp2 miliar dalam APBD 2025 untuk program pelatihan kerja bagi 500 pencari kerja. Kepala Dinas Tenaga Kerja, Budi Santoso, mengatakan anggaran itu akan digunakan untuk pelatihan menjahit, las dan tata boga.\n\"Kami berharap pelatihan ini mengurangi pengangguran,\" ujarnya, Senin (6/1/2025).")
        #expect(!budget.isTrainingEvent)
        let graduation = Self.record("Ratusan Lulusan BLK Diwisuda\n\nMEKARSARI - Sebanyak 240 lulusan pelatihan di Balai Latihan Kerja (BLK) Mekarsari diwisuda di Gedung Serbaguna, Kamis (12/9/2024). Para lulusan telah menjalani pelatihan selama tiga bulan di berbagai kejuruan.\n\nKepala BLK mengatakan wisuda ini menandai berakhirnya program pelatihan angkatan kedua.")
        #expect(!graduation.isTrainingEvent)
        // A headline and a lead about a recruitment: the training the recruits will attend is not held.
        let recruitment = Self.record("Pemkot Buka Rekrutmen 120 Pendamping Desa\n\nKOTABARU - Pemerintah Kota Kotabaru membuka rekrutmen 120 pendamping desa. Calon yang lolos akan mengikuti pelatihan pratugas di Aula Bappeda. Pendaftaran berlangsung 1-10 Juli 2024.")
        #expect(!recruitment.isTrainingEvent)
        // Counterexample: a training held is still an event.
        let held = Self.record("Dinsos Gelar Pelatihan Tagana di Aula Kantor Bupati\nSUKAMAJU - Dinas Sosial Kabupaten Sukamaju menggelar pelatihan bagi 40 anggota Tagana di Aula Kantor Bupati, Rabu (3/7/2024).")
        #expect(held.isTrainingEvent)
    }

    @Test func aRecordOfYearsIsNoTrainingHeld() {
        let award = Self.record("Beranda › Daerah\nSUKAMAJU – Kabupaten Sukamaju meraih penghargaan pelatihan vokasi tingkat nasional, diterima Sekda di Jakarta, Kamis (18/9/2025).\nKabupaten itu dinilai berhasil karena selama tiga tahun terakhir telah melatih 4.320 pencari kerja melalui Balai Latihan Kerja.\nSetiap tahun BLK membuka tiga gelombang pelatihan dengan kapasitas 1.400 orang.")
        #expect(!award.isTrainingEvent)
        // Counterexample: a training that lasts days is held.
        let days = Self.record("Pelatihan Menjahit\nSUKAMAJU – Dinas Sosial menggelar pelatihan menjahit selama tiga hari di Balai Desa Sukamaju, Senin (3/5/2021), diikuti 30 ibu rumah tangga.")
        #expect(days.isTrainingEvent)
    }

    @Test func yesterdayIsTheDayBeforeThePage() {
        let r = Self.record("portalkota.com\nKamis, 6 November 2025 | 09:12 WIB\n\nRatusan Pekerja Dapat Pelatihan K3\n\nSUKAMAJU - Dinas Tenaga Kerja Kota Sukamaju menggelar Pelatihan Keselamatan Kerja bagi pekerja informal, kemarin, di Gedung Serbaguna Purna MTQ.\nPesertanya 150 orang pengemudi ojek daring.")
        #expect(r.event?.date?.start.iso == "2025-11-05")
        // Counterexample: a date written for the event wins over `kemarin`.
        let written = Self.record("portalkota.com\nKamis, 6 November 2025 | 09:12 WIB\n\nPelatihan K3\n\nSUKAMAJU - Dinas Tenaga Kerja menggelar Pelatihan Keselamatan Kerja, Senin (3/11/2025), di Gedung Serbaguna. Pelatihan itu ditutup kemarin.")
        #expect(written.event?.date?.start.iso == "2025-11-03")
    }

    @Test func aKotaNamedAfterItsNameByAPoliceUnit() {
        let r = Self.record("Kapolresta Bekali Bhabinkamtibmas\nSUKABUMI - Sebanyak 60 Bhabinkamtibmas mengikuti Pelatihan Mediasi yang diselenggarakan oleh Bagian Operasional Polresta Sukabumi Kota, Kamis (11/9/2025) bertempat di Aula Rupatama.")
        #expect(r.event?.location?.city == "Kota Sukabumi")
    }

    @Test func theVenuesKecamatanDecidesBetweenTheCitiesNamed() {
        let r = Self.record("Diklat Penyuluh Agama\nMARTAPURA – Balai Diklat Keagamaan (BDK) Banjarmasin menggelar Diklat bagi Penyuluh Agama Islam Kabupaten Banjar. Pelatihan berlangsung lima hari, Senin (13/10/2025) sampai Jumat (17/10/2025) di Aula Masjid Agung Al Karomah Martapura.")
        #expect(r.event?.location?.city == "Kabupaten Banjar")
        // Counterexample: a kecamatan that lies in none of the cities named decides nothing.
        let none = Self.record("Diklat Penyuluh Agama\nBANJARMASIN – Balai Diklat Keagamaan (BDK) Banjarmasin menggelar Diklat bagi penyuluh di Aula Kantor Kemenag Kota Banjarmasin, Senin (13/10/2025).")
        #expect(none.event?.location?.city == "Kota Banjarmasin")
    }

    @Test func aStatedTotalBeforeAColonAndACountAdded() {
        let colon = Self.record("Pelatihan BUMDes\nPemerintah Desa Sukamaju melaksanakan pelatihan pembukuan BUMDes di Balai Desa Sukamaju, Kamis (4/9/2025).\npeserta berjumlah 24 orang: 9 pengurus BUMDes, 11 pengrajin tenun, dan 4 orang dari kader PKK desa.")
        #expect(colon.event?.participants?.total == 24)
        let added = Self.record("Latihan Dasar Saka\nLanud Sukamaju mengadakan pelatihan dasar kedirgantaraan di lapangan apel Lanud Sukamaju, Jumat (21/11/2025).\npesertanya 54 pelajar SMA se-Kota Ambon, ditambah 6 pembina pramuka pendamping.")
        #expect(added.event?.participants?.total == 60)
    }

    @Test func regulationsOfTheLembagaAdministrasiNegara() {
        let r = Self.record("Orientasi PPPK\nPelaksanaan orientasi mengacu Peraturan Lembaga Administrasi Negara Nomor 6 Tahun 2022 tentang pelatihan.")
        #expect(r.legalReferences.map(\.canonical) == ["Perlan 6/2022"])
    }
}
