import Testing
@testable import Warta

/// Round 21 (EVD21, heldout13 look z003 z011 z031 z045): dates written as the end of a span (a weekday range dated
/// on its last day, a duration before an end day), a page's day with `sampai besok` and a duration in the next
/// sentence, and a year given only by the page's header.
struct Round21DateTests {
    @Test func aSpanOfWeekdaysDatedOnItsLastDay() throws {
        let r = Shared.record("""
            Manggala Agni Latih Masyarakat Peduli Api di Tulung Selapan
            Jumat, 21 Februari 2025 10:02 WIB
            KAYUAGUNG - Daops Manggala Agni OKI menggembleng 45 anggota Masyarakat Peduli Api di Kecamatan Tulung Selapan.
            Kegiatan bertajuk Pelatihan Pengendalian Karhutla itu berlangsung sejak Senin hingga Rabu (19/2/2025) di Balai Desa Ujung Tanjung.
            """)
        let date = try #require(r.event?.date)
        #expect(date.start.iso == "2025-02-17")
        #expect(date.end.iso == "2025-02-19")
    }

    @Test func aDurationBeforeTheDayThatEndsTheEventCountsBack() throws {
        let r = Shared.record("""
            BLK Padang Latih Pemuda Pasang Instalasi Listrik
            Kamis, 13 Maret 2025 15:42 WIB
            PADANG - Tiga puluh pemuda mengikuti Pelatihan Instalasi Listrik Rumah Tangga yang digelar UPTD BLK Padang di Aula BLK Padang.
            Pelatihan berlangsung tiga hari hingga Kamis (13/3/2025) dan diikuti pemuda dari lima kelurahan.
            """)
        let date = try #require(r.event?.date)
        #expect(date.start.iso == "2025-03-11")
        #expect(date.end.iso == "2025-03-13")
    }

    @Test func todayUntilTomorrowAndADurationInTheNextSentence() throws {
        let r = Shared.record("""
            Pemandu Wisata Samosir Dilatih
            14 Nov 2024 11:20 WIB
            KBRN, Pangururan: Sekitar 40 pemandu wisata lokal hari ini mengikuti pelatihan pelayanan wisatawan yang digelar Dinas Pariwisata Samosir di Aula Kantor Bupati.
            Pelatihan berlangsung dua hari. Pesertanya pemandu dari lima desa wisata.
            """)
        let date = try #require(r.event?.date)
        #expect(date.start.iso == "2024-11-14")
        #expect(date.end.iso == "2024-11-15")
        let r2 = Shared.record("""
            Pemandu Wisata Samosir Dilatih
            14 Nov 2024 11:20 WIB
            KBRN, Pangururan: Sekitar 40 pemandu wisata lokal mengikuti pelatihan pelayanan wisatawan yang digelar Dinas Pariwisata Samosir di Aula Kantor Bupati, hari ini sampai besok.
            """)
        let date2 = try #require(r2.event?.date)
        #expect(date2.end.iso == "2024-11-15")
        // Counterexample: a day that closes the training; the duration does not count from it.
        let r3 = Shared.record("""
            Pelatihan Pemandu Wisata Samosir Ditutup
            14 Nov 2024 11:20 WIB
            KBRN, Pangururan: Pelatihan pelayanan wisatawan bagi 40 pemandu yang digelar Dinas Pariwisata Samosir di Aula Kantor Bupati ditutup hari ini.
            Pelatihan berlangsung tiga hari.
            """)
        let date3 = try #require(r3.event?.date)
        #expect(date3.end.iso == "2024-11-14")
    }

    @Test func aYearOnlyInThePagesHeader() throws {
        let r = Shared.record("""
            sulutnews.id  |  Minahasa  |  2025
            FKUB MINAHASA GELAR PELATIHAN MODERASI BERAGAMA
            TONDANO,sulutnews.id- Puluhan pemuda lintas agama mengikuti Pelatihan Moderasi Beragama yang digelar FKUB Minahasa ,Kamis (24/7) bertempat di Aula Kantor Bupati Minahasa.
            """)
        let date = try #require(r.event?.date)
        #expect(date.start.iso == "2025-07-24")
    }

    @Test func mulaiBeforeAVerbIsNoBoundOfTheReportsDay() {
        // `mulai dipasarkan` is the report's own act two months after the training: reported later.
        let later = "Dua Bulan Usai Pelatihan Tenun, Penenun Desa Nita Pasarkan Kain ke Bali\n\nMAUMERE – Kain tenun karya kelompok penenun Desa Nita mulai dipasarkan ke Bali, Sabtu (8/11/2025). Sebanyak 25 penenun mengikuti pelatihan pewarnaan alam di Aula Desa Nita pada 8-10 September 2025."
        #expect(!Shared.record(later).isTrainingEvent)
        // Counterexample: `mulai` before a day is a bound: the lead's day still to come is not the report's own.
        let next = "Pelatihan Tenun Angkatan I Ditutup\n\nMAUMERE – Pelatihan pewarnaan alam bagi 25 penenun di Aula Desa Nita pada 8-10 September 2025 ditutup. Angkatan II digelar mulai Senin (10/11/2025)."
        #expect(Shared.record(next).isTrainingEvent)
    }
}
