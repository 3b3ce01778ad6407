import Testing
@testable import Warta

/// Round 20 (issue 11, heldout12 y027): a period that the page's day opens (`mulai hari ini sampai Rabu, 11
/// November`) runs from the publication to the day named; a day after `hingga` alone still only ends the event.
struct Round20DateTests {
    @Test func aPeriodFromTodayToANamedDay() throws {
        let r = Shared.record("""
            Pelatihan Tata Boga untuk Mama Papua
            Kamis, 5 Nov 2026 11:12
            KBRN, Merauke: Tiga puluh mama Papua ikut pelatihan tata boga di Balai Latihan Kerja (BLK) Merauke, mulai hari ini sampai Rabu, 11 November.
            """)
        let date = try #require(r.event?.date)
        #expect(date.start.iso == "2026-11-05")
        #expect(date.end.iso == "2026-11-11")
    }

    @Test func aDayAfterHinggaWithoutTodayIsNoPeriodFromThePage() throws {
        let r = Shared.record("""
            Pelatihan Tata Boga untuk Mama Papua
            Kamis, 5 Nov 2026 11:12
            KBRN, Merauke: Tiga puluh mama Papua ikut pelatihan tata boga di Balai Latihan Kerja (BLK) Merauke yang berlangsung hingga Rabu, 11 November.
            """)
        let date = try #require(r.event?.date)
        #expect(date.start.iso == "2026-11-11")
    }
}
