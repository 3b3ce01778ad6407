import Foundation
import Testing
@testable import Warta

/// Round 12 (issue 11): a page header's date in the forms Indonesian sites print it, and an event day written
/// relative to it (scripts/date_probes_r12.tsv, written from no document). A bare numeric date (`06/03/2025 10:15`,
/// `2025-03-06`) is the page's date only at the start of an early line; a weekday with a year-less slashed date
/// (`Senin 3/3`) is an event day.
struct Round12DateTests {
    static func record(head: String, phrase: String) -> Record {
        let text = "\(head)\n\nPelatihan Kader Posyandu di Sleman\n\nSLEMAN – Dinas Kesehatan Kabupaten Sleman menggelar pelatihan kader posyandu \(phrase) di Aula Dinkes Sleman. Pelatihan diikuti 40 peserta.\n"
        return Shared.record(text)
    }

    static func dates(head: String, phrase: String) -> String {
        guard let d = record(head: head, phrase: phrase).event?.date else { return "MISS" }
        return "\(d.start.iso)/\(d.end.iso)"
    }

    @Test func everyProbeGivesItsDays() throws {
        let url = Paths.root.appendingPathComponent("scripts/date_probes_r12.tsv")
        let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(rows.count == 30)
        for row in rows {
            let cols = row.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(cols.count == 3, "\(row)")
            guard cols.count == 3 else { continue }
            #expect(Self.dates(head: String(cols[0]), phrase: String(cols[1])) == String(cols[2]), "\(row)")
        }
    }

    @Test func aBareNumericDateIsThePagesDateOnlyOnAnEarlyLine() {
        #expect(Self.record(head: "06/03/2025 10:15", phrase: "pada Senin (3/3)").document.published?.iso == "2025-03-06")
        #expect(Self.record(head: "2025-03-06", phrase: "pada Senin (3/3)").document.published?.iso == "2025-03-06")
        // in the body, such numbers are a letter's: no page date, no event date
        let body = "Pelatihan Kader Posyandu\n\nSLEMAN – Dinas Kesehatan menggelar pelatihan kader posyandu pada Senin (3/3) sesuai surat 06/03/2025 di Aula Dinkes Sleman.\n"
        let r = Shared.record(body)
        #expect(r.document.published == nil)
        #expect(r.event?.date == nil)
    }

    @Test func aWeekdayWithASlashedDayAndMonthIsAnEventDay() {
        #expect(Self.dates(head: "Kamis, 6 Maret 2025 | 10:15 WIB", phrase: "pada Senin 3/3") == "2025-03-03/2025-03-03")
        // a time after a weekday is not a date
        #expect(Self.dates(head: "Kamis, 6 Maret 2025 | 10:15 WIB", phrase: "pada Senin 10.30 WIB") == "MISS")
    }
}
