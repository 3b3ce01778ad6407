import Foundation
import Testing
@testable import Warta

/// Round 14 (issue 11): a training held in batches, each with its own date (`Angkatan I ... 3-4 Maret 2025, angkatan II
/// ... 10-11 Maret 2025`: the event runs from the first batch's first day to the last batch's last day), and periods
/// counted from the page's day (`mulai Senin ini, selama tiga hari ke depan`, `sejak kemarin hingga hari ini`, `Mulai
/// Selasa kemarin, selesai hari ini`). scripts/date_probes_r14.tsv is written by scripts/date_probes_r14.py from lists
/// of batch words, ordinals, date forms, verbs and weekdays, with counterexamples (a batch with no ordinal, another
/// year's batch, batches months apart, a horizon of years); the document is the one of ``Round13DateTests``.
struct Round14DateTests {
    static func dates(head: String, paragraph: String) -> String { Round13DateTests.dates(head: head, paragraph: paragraph) }

    @Test func everyProbeGivesItsDaysAndAKnownMissWhatItIsMarkedWith() throws {
        try Round13DateTests.expectEveryProbe(file: "scripts/date_probes_r14.tsv", count: 127, knownMisses: 0)
    }

    @Test func batchesSpanFromTheFirstToTheLast() {
        let e = Round13DateTests.event
        #expect(Self.dates(head: "", paragraph: "\(e). Gelombang I berlatih Senin-Selasa (3-4/3/2025), gelombang II Rabu-Kamis (5-6/3/2025).") == "2025-03-03/2025-03-06")
        // no ordinal: an earlier class, not a batch of this one
        #expect(Self.dates(head: "", paragraph: "\(e) pada 10-11 Maret 2025. Angkatan sebelumnya digelar 3-4 Februari 2025.") == "2025-03-10/2025-03-11")
    }

    @Test func aSpanAheadIsNoPlan() {
        let e = Round13DateTests.event
        #expect(Self.dates(head: Round13DateTests.page, paragraph: "\(e) di Aula Dinkes Sleman, mulai Senin ini, selama tiga hari ke depan.") == "2025-03-03/2025-03-05")
        #expect(Self.dates(head: Round13DateTests.page, paragraph: "\(e) di Aula Dinkes Sleman sejak kemarin hingga hari ini.") == "2025-03-05/2025-03-06")
    }
}
