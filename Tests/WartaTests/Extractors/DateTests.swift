import Testing
@testable import Warta

/// The event date and the publication date of whole documents, table-driven.
struct DateTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let start: String?
        let end: String?
        var testDescription: String { String(text.prefix(70)) }
    }

    static let cases: [Case] = [
        Case(text: "Bimtek PSM\nSolok – Dinas Sosial menggelar bimtek di aula, Senin (28/8/17).", start: "2017-08-28", end: "2017-08-28"),
        Case(text: "Bimtek PSM\n23 November 2022 12:23\nDinsos menggelar bimtek di ruang rapat, Rabu (23/11).", start: "2022-11-23", end: "2022-11-23"),
        Case(text: "Pelatihan\n3 Januari 2023 08:00\nPelatihan digelar Rabu (28/12) lalu di aula.", start: "2022-12-28", end: "2022-12-28"),
        Case(text: "Pelatihan Tagana\nPelatihan digelar 7-8 September 2022 di Hotel Bumi.", start: "2022-09-07", end: "2022-09-08"),
        Case(text: "Workshop\nWorkshop berlangsung 28 November hingga 1 Desember 2024 di Gedung A.", start: "2024-11-28", end: "2024-12-01"),
        Case(text: "Diklat\nDiklat digelar sejak Kamis (29/8/2019) malam di Balai Diklat selama tiga hari.", start: "2019-08-29", end: "2019-08-31"),
        Case(text: "Bimtek\nDiunggah pada : 17 Oktober 2022 18:37:49\nBimtek dilaksanakan Senin (10/10/2022) di aula.", start: "2022-10-10", end: "2022-10-10"),
        Case(text: "Pelatihan\nPelatihan akan digelar 8-10 Oktober 2025 mendatang di Hotel X.", start: "2025-10-08", end: "2025-10-10"),
        Case(text: "Pelatihan\nPelatihan dimulai pukul 09.00 WIB sesuai UU Nomor 11 Tahun 2009.", start: nil, end: nil),
        Case(text: "Pelatihan\nPelatihan digelar (3-6/7/2023) di aula.", start: "2023-07-03", end: "2023-07-06"),
        Case(text: "Pelatihan\nMonday, November 25, 2024\nPelatihan kader digelar mulai Rabu (20/11) hingga Jumat (22/11) di aula.", start: "2024-11-20", end: "2024-11-22"),
        Case(text: "Pelatihan\nPelatihan serupa pernah digelar 12 Maret 2022 sebelumnya. Pelatihan tahun ini digelar Selasa, 5 September 2023 di aula.", start: "2023-09-05", end: "2023-09-05"),
    ]

    @Test("The event date of a document", arguments: cases)
    func eventDate(_ c: Case) {
        let record = Shared.record(c.text)
        let date = record.event?.date
        if record.event == nil {
            #expect(c.start == nil, "no event was found in \(c.text)")
            return
        }
        #expect(date?.start.iso == c.start)
        #expect(date?.end.iso == c.end)
    }

    @Test func aWeekdayThatDoesNotMatchIsKeptWithAWarning() {
        let r = Shared.record("Bimtek PSM\nDinas Sosial menggelar Bimbingan Teknis di aula, Senin, 19 September 2023.")
        #expect(r.event?.date?.start.iso == "2023-09-19")
        #expect(r.warnings.contains { $0.code == "weekday-mismatch" })
    }

    @Test func theYearOfAYearlessDateComesFromThePublicationDateNeverToday() {
        let r = Shared.record("Bimtek PSM\nDinas Sosial menggelar Bimtek di aula, Rabu (23/11).", published: Day(year: 2016, month: 11, day: 25))
        #expect(r.event?.date?.start.iso == "2016-11-23")
        let none = Shared.record("Bimtek PSM\nDinas Sosial menggelar Bimtek di aula, Rabu (23/11).")
        #expect(none.event?.date == nil)
        #expect(none.warnings.contains { $0.code == "year-unknown" })
    }

    @Test func thePublicationDateComesFromTheHeader() {
        let r = Shared.record("Judul berita pelatihan\n- 23 November 2022 12:23\n- Heri S\nIsi berita.")
        #expect(r.document.published?.iso == "2022-11-23")
        #expect(r.document.publishedSource == "header")
    }

    @Test func dayArithmetic() throws {
        let d = try #require(Day(year: 2024, month: 2, day: 28))
        #expect(d.adding(days: 1).iso == "2024-02-29")
        #expect(d.adding(days: 2).iso == "2024-03-01")
        #expect(Day(year: 2023, month: 2, day: 29) == nil)
        #expect(try #require(Day(year: 2023, month: 9, day: 19)).weekday == 2)  // a Tuesday
        #expect(Day(iso: "2023-09-19")?.iso == "2023-09-19")
    }
}
