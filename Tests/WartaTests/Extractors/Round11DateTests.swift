import Foundation
import Testing
@testable import Warta

/// Round 11 (issue 11): the forms Indonesian reports write an event's days in, written from no document
/// (scripts/date_probes_r11.tsv): a list of the days (`3, 4 dan 5 Maret 2025`) runs from the first to the last, and a
/// numeric range needs no parentheses after `pada`/`tanggal`/`sejak`/`mulai` when its year is written
/// (`pada 2-3/3/2025`). A known miss (`MISS`) must give no date, so that a change there is seen.
struct Round11DateTests {
    static func dates(_ phrase: String) -> String {
        let text = "Pelatihan Kader Posyandu di Sleman\n\nSLEMAN – Dinas Kesehatan Kabupaten Sleman menggelar pelatihan kader posyandu \(phrase) di Aula Dinkes Sleman. Pelatihan diikuti 40 peserta.\n"
        guard let d = Shared.record(text).event?.date else { return "MISS" }
        return "\(d.start.iso)/\(d.end.iso)"
    }

    @Test func everyProbeGivesItsDaysAndAKnownMissGivesNone() throws {
        let url = Paths.root.appendingPathComponent("scripts/date_probes_r11.tsv")
        let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(rows.count == 32)
        for row in rows {
            let cols = row.split(separator: "\t")
            #expect(cols.count == 2, "\(row)")
            guard cols.count == 2 else { continue }
            #expect(Self.dates(String(cols[0])) == String(cols[1]), "\(cols[0])")
        }
    }

    @Test func aListOfDaysRunsFromTheFirstToTheLast() {
        #expect(Self.dates("pada 3, 4 dan 5 Maret 2025") == "2025-03-03/2025-03-05")
        #expect(Self.dates("pada 10, 11, 12 serta 13 Juni 2025") == "2025-06-10/2025-06-13")
    }

    @Test func aNumericRangeWithItsYearNeedsNoParentheses() {
        #expect(Self.dates("pada 2-3/3/2025") == "2025-03-02/2025-03-03")
        // a letter's number is no date
        #expect(Self.dates("sesuai surat Nomor 2-3/3/2025") == "MISS")
    }
}
