import Foundation
import Testing
@testable import Warta

/// Round 13 (issue 11): which date is the event's when a report gives several, days written relative to the page's
/// date, durations and calendar forms (scripts/date_probes_r13.tsv, written from the language, not from any document;
/// scripts/date_probes_r13.py runs the same file through a binary). A date that belongs to a letter, a regulation, an
/// anniversary or a given-up schedule is no candidate; `tadi pagi`, `besok`, `dua hari lalu`, a bare weekday, `Senin
/// depan` count from the page's day; an end may follow the chosen day (`hingga hari ini`, `hingga Kamis`, `ditutup
/// pada`). A fourth column marks a known miss with what is given instead.
struct Round13DateTests {
    static let event = "Dinas Kesehatan Kabupaten Sleman menggelar pelatihan kader posyandu"

    /// The document of a probe: the page's line, a headline, and the paragraph after `SLEMAN – ` (or its own dateline
    /// after `!`), as scripts/date_probes_r13.py writes it.
    static func record(head: String, paragraph: String) -> Record {
        let para = paragraph.replacingOccurrences(of: "{E}", with: event).replacingOccurrences(of: "\\n", with: "\n\n")
        let body = para.hasPrefix("!") ? String(para.dropFirst()) : "SLEMAN – " + para
        return Shared.record("\(head)\n\nPelatihan Kader Posyandu di Sleman\n\n\(body) Pelatihan diikuti 40 peserta.\n")
    }

    static func dates(head: String, paragraph: String) -> String {
        guard let d = record(head: head, paragraph: paragraph).event?.date else { return "MISS" }
        return "\(d.start.iso)/\(d.end.iso)"
    }

    static let page = "Kamis, 6 Maret 2025 | 10:15 WIB"

    @Test func everyProbeGivesItsDaysAndAKnownMissWhatItIsMarkedWith() throws {
        try Self.expectEveryProbe(file: "scripts/date_probes_r13.tsv", count: 155, knownMisses: 4)
    }

    /// Runs a date probe file (head, paragraph, expected `start/end`, and for a known miss a fourth column: what is
    /// given instead): every probe gives its days, every known miss exactly what it is marked with.
    static func expectEveryProbe(file: String, count: Int, knownMisses: Int) throws {
        let url = Paths.root.appendingPathComponent(file)
        let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(rows.count == count)
        var known = 0
        for row in rows {
            let cols = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            #expect(cols.count == 3 || cols.count == 4, "\(row)")
            guard cols.count >= 3 else { continue }
            let got = Self.dates(head: cols[0], paragraph: cols[1])
            if cols.count == 4 {
                known += 1
                #expect(got == cols[3], "known miss changed: \(row)")
            } else {
                #expect(got == cols[2], "\(row)")
            }
        }
        #expect(known == knownMisses)
    }

    @Test func aLettersARegulationsOrAnAnniversarysDateIsNoCandidate() {
        #expect(Self.dates(head: "", paragraph: "Berdasarkan surat Nomor 800/45/2025 tanggal 20 Februari 2025, {E} di Aula Dinkes Sleman.") == "MISS")
        #expect(Self.dates(head: "", paragraph: "Dalam rangka HUT ke-80 RI 17 Agustus 2025, {E} di Aula Dinkes Sleman.") == "MISS")
        #expect(Self.dates(head: "", paragraph: "Memperingati Hari Kartini 21 April 2025, {E} pada 22 April 2025.") == "2025-04-22/2025-04-22")
        // the event's own date, in a clause after a regulation, stays
        #expect(Self.dates(head: "", paragraph: "{E} pada 4 Maret 2025 sesuai Permenkes Nomor 8 Tahun 2019.") == "2025-03-04/2025-03-04")
        // the first day of a training (`hari pertama`) is no commemoration
        #expect(Self.dates(head: "", paragraph: "Pada hari Pertama 4 Maret 2025, {E} di Aula Dinkes Sleman.") == "2025-03-04/2025-03-04")
    }

    @Test func daysRelativeToThePage() {
        #expect(Self.dates(head: Self.page, paragraph: "{E} dua hari lalu di Aula Dinkes Sleman.") == "2025-03-04/2025-03-04")
        #expect(Self.dates(head: Self.page, paragraph: "{E} pada Senin di Aula Dinkes Sleman.") == "2025-03-03/2025-03-03")
        // a routine, a span, a number are no day
        #expect(Self.dates(head: Self.page, paragraph: "{E} setiap Senin di Aula Dinkes Sleman.") == "MISS")
        #expect(Self.dates(head: Self.page, paragraph: "{E} selama dua hari lalu ditutup Bupati di Aula Dinkes Sleman.") == "MISS")
        #expect(Self.dates(head: Self.page, paragraph: "{E} di Aula-1.jpg Dinkes Sleman.") == "MISS")
        #expect(Self.dates(head: Self.page, paragraph: "{E} Jumat Curhat di Aula Dinkes Sleman.") == "MISS")
    }

    @Test func anEndAfterTheChosenDay() {
        #expect(Self.dates(head: Self.page, paragraph: "{E} mulai Senin (3/3) hingga Kamis di Aula Dinkes Sleman.") == "2025-03-03/2025-03-06")
        #expect(Self.dates(head: "", paragraph: "Pelatihan dibuka pada 3 Maret 2025 dan ditutup pada 5 Maret 2025. {E}.") == "2025-03-03/2025-03-05")
        // a weekday before its own date is that date's, not a second end
        #expect(Self.dates(head: Self.page, paragraph: "{E} mulai Senin (3/3) hingga Rabu (5/3) di Aula Dinkes Sleman.") == "2025-03-03/2025-03-05")
    }
}
