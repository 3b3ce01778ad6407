import Testing
@testable import Warta

/// Issue 11, round 3: constructions that widen what the core fields find on text the rules were not written
/// from (event detection without a headline, venues by class and by their clause, address tails, counts of any
/// people, crowds), each with an example in the style of PHENOMENA.md and a counterexample.
struct RecallConstructionTests {
    static func record(_ text: String) -> Record { Shared.record(text) }

    @Test func anEventNamedWithItsPlaceAndDayInTheLeadIsAnEventWithoutAHeadline() {
        // The page opens with a breadcrumb; no verb of holding; the lead names the training, its place and day.
        let r = Self.record("Beranda > Berita > Daerah\nSUKAMAJU – Pelatihan menjahit bagi ibu rumah tangga di Balai Desa Sukamaju, Senin (3/5/2021), mendapat sambutan hangat warga. Kepala desa berharap peserta bisa membuka usaha.")
        #expect(r.isTrainingEvent)
        #expect(r.event?.location?.venue == "Balai Desa Sukamaju")
        // A budget story that names a bimtek in its lead, with a date but no place, stays no event.
        let budget = Self.record("Beranda > Berita\nTANJUNG REDEB – Pemkab menghemat belanja bimbingan teknis sebesar Rp47 miliar, kata Bupati, Senin (21/4/2025). Belanja perjalanan dinas juga dipangkas.")
        #expect(!budget.isTrainingEvent)
    }

    @Test func verbsOfHoldingOfTheWholeClassAndEventNamesOfPhenomena() {
        // `Taja` (Riau, Kalimantan: to hold), Training of Trainer (ToT), capacity building combined with an apel.
        let taja = Self.record("Dinsos Kalbar Taja Bimtek Pendamping\nPONTIANAK – Dinas Sosial Provinsi Kalimantan Barat menaja bimtek pendamping sosial di Hotel Kapuas, Rabu (10/9/2025).")
        #expect(taja.isTrainingEvent && taja.event?.type == "bimtek")
        let tot = Self.record("Pelatihan Fasilitator\nKPU Kabupaten Pandeglang menggelar Training of Trainer (ToT) bagi anggota PPS di aula KPU, Rabu (17/1/2024).")
        #expect(tot.isTrainingEvent && tot.event?.type == "pelatihan")
        let cb = Self.record("Apel Siaga dan Capacity Building\nBPBD Kabupaten Ciamis menggelar apel siaga dan capacity building relawan di Lapangan Desa Sukamaju, Sabtu (4/11/2023). Kegiatan diikuti 120 relawan.")
        #expect(cb.isTrainingEvent && cb.event?.type == "peningkatan kapasitas")
        // A verb whose object is something for the event (`dukungan anggaran bagi pembinaan`) holds nothing.
        let support = Self.record("Porprov Sulbar\nPemerintah daerah wajib memberikan dukungan anggaran bagi pembinaan atlet, kata Ketua KONI, Senin (3/7/2023), di Mamuju.")
        #expect(!support.isTrainingEvent)
    }

    @Test func theAddressAfterAVenueIsNotTheVenue() {
        let city = Self.record("Dinsos Gelar Bimtek\nDinas Sosial Kabupaten Cirebon menyelenggarakan bimtek bagi operator desa bertempat di Hotel Bentani, Kota Cirebon, Rabu (10/9/2025).")
        #expect(city.event?.location?.venue == "Hotel Bentani")
        #expect(city.event?.location?.city == "Kota Cirebon")
        // A verb of holding ends the group before it.
        #expect(city.event?.participants?.groups.map(\.name) == ["operator desa"])
        let district = Self.record("Pelatihan Barista\nSebanyak 18 barista muda mengikuti pelatihan di Kampoeng Kopi Banaran, Bawen, Kabupaten Semarang, Selasa (11/8/2020).")
        #expect(district.event?.location?.venue == "Kampoeng Kopi Banaran")
        let street = Self.record("Bimtek LKS\nBimtek berlangsung tanggal 2 – 4 April 2018 di Hotel Plaza Inn, Jalan Mayjen S. Parman No. 45, Kemaraya, Kota Kendari.")
        #expect(street.event?.location?.venue == "Hotel Plaza Inn")
        // Two words alone are too little: a short name keeps its kecamatan.
        let short = Self.record("Pelatihan Disabilitas Netra\nPelatihan pijat bagi penyandang disabilitas netra digelar di Rumah Difabel, Kecamatan Jebres, Senin (3/5/2021).")
        #expect(short.event?.location?.venue == "Rumah Difabel, Kecamatan Jebres")
    }

    @Test func venuesThatAreNone() {
        // Every puskesmas of a kabupaten is where the participants work; a Baca Juga line is another story.
        let se = Self.record("Pelatihan Gizi Bidan\nPelatihan gizi dilaksanakan lima hari, mulai 5-9 Agustus 2025. Pesertanya bidan yang bertugas di Puskesmas se Kabupaten Halmahera Barat.\nBaca Juga : Guru PPPK Ditempatkan di Sekolah Terpencil")
        #expect(se.isTrainingEvent)
        #expect(se.event?.location?.venue == nil)
        // Held at five places at once: no single venue.
        let several = Self.record("Bimtek KPPS Serentak\nSebanyak 1.041 anggota PPS mengikuti bimtek yang dipusatkan di lima lokasi berbeda, yaitu Hotel Mutiara dan Aula Hotel Sinar Menes, Rabu (17/1/2024).")
        #expect(several.event?.location?.venue == nil)
        #expect(several.event?.participants?.total == 1041)
        // A time is no place: `di Era Digital`.
        let era = Self.record("Webinar Literasi Digital Bijak Bermedia Sosial Di Era Digital\nWebinar digelar Kamis (3/6/2021) dan diikuti 748 peserta daring.")
        #expect(era.event?.location?.venue == nil)
    }

    @Test func aCountOfPeopleOfAnyKindBeforeAVerbOfTakingPart() {
        let r = Self.record("Pelatihan Barista\nSebanyak 18 barista muda mengikuti pelatihan di aula BLK, Selasa (11/8/2020).")
        #expect(r.event?.participants?.total == 18)
        // Villages are counted, not people.
        let villages = Self.record("Pelatihan Operator\nDinas Sosial menggelar pelatihan operator desa di aula Dinsos, Selasa (11/8/2020). Sebanyak 12 desa mengikuti pelatihan itu.")
        #expect(villages.event?.participants?.total == nil)
    }

    @Test func groupsAfterACrowdWordAndALongNameWithAHyphenedAbbreviation() {
        let r = Self.record("Bimtek Operator\nTEGAL - Puluhan operator Sistem Informasi Kesejahteraan Sosial Next Generation (SIKS-NG) dari 27 kelurahan mengikuti Bimbingan Teknis yang digelar Dinas Sosial Kota Tegal di aula Setda, Kamis (3/3/2022).")
        #expect(r.event?.participants?.groups.map(\.name) == ["operator SIKS-NG"])
        let crowd = Self.record("Pelatihan Kader\nRatusan kader posyandu mengikuti pelatihan di Balai Desa Sukamaju, Senin (3/5/2021).")
        #expect(crowd.event?.participants?.groups.map(\.name) == ["kader posyandu"])
    }

    // Round 4 (invented reports in the style of PHENOMENA.md, not taken from a document).

    @Test func aColumnOrAPortraitUnderItsRubricReportsNoEvent() {
        let column = Self.record("OPINI\nPelatihan Aparatur Desa, Untuk Apa?\nOleh: Budi Santoso\nSetiap tahun dinas menggelar pelatihan aparatur desa di hotel, Senin (3/6/2024), dengan biaya besar. Hasilnya jarang diukur.")
        #expect(!column.isTrainingEvent)
        // The same text without the rubric line is a report.
        let report = Self.record("Pelatihan Aparatur Desa Digelar di Hotel\nDinas PMD menggelar pelatihan aparatur desa di Hotel Santika, Senin (3/6/2024). Kegiatan diikuti 40 peserta.")
        #expect(report.isTrainingEvent)
    }

    @Test func anExperienceIsNoTrainingHeld() {
        let r = Self.record("Sosok Penjahit\nSUKAMAJU – Ibu Sari sudah 20 tahun menjahit. Ratusan murid pernah ia latih di rumahnya, katanya, Senin (3/5/2021).")
        #expect(!r.isTrainingEvent)
    }

    @Test func theGroundsOfABuildingAreAVenue() {
        let r = Self.record("Damkar Latih Santri\nDinas Pemadam Kebakaran menggelar pelatihan pemadaman api di halaman Pondok Pesantren Darul Ulum, Minggu (9/2/2025). Sebanyak 80 santri putra ambil bagian.")
        #expect(r.event?.location?.venue == "halaman Pondok Pesantren Darul Ulum")
        #expect(r.event?.participants?.total == 80)
        #expect(r.event?.participants?.groups.map(\.name) == ["santri"])
    }

    @Test func aDayAfterHinggaEndsTheEventAndWorkingDaysGiveNoEnd() {
        let r = Self.record("Polres Buka Diklat Satpam\nPolres Sukamaju menggelar diklat satpam. Upacara pembukaan digelar di Lapangan Mapolres Sukamaju, Senin (23/9/2024). Diklat diikuti 40 peserta dan berlangsung selama 23 hari hingga Selasa (15/10/2024).")
        #expect(r.event?.date?.start.iso == "2024-09-23")
        #expect(r.event?.date?.end.iso == "2024-10-15")
        let work = Self.record("Disnaker Gelar Pelatihan Las\nDisnaker menggelar pelatihan las di BLK Sukamaju, dibuka Kamis (15/5/2025). Pelatihan berlangsung selama 30 hari kerja.")
        #expect(work.event?.date?.start.iso == "2025-05-15")
        #expect(work.event?.date?.end.iso == "2025-05-15")
    }
}
