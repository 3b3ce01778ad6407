import Foundation
import Testing
@testable import Warta

/// Round 13 (issue 11): participant counts and groups by domain probes, second pass. The probe sentences
/// (scripts/participant_probes_r13.tsv) were written from the language and from lists of Indonesia's organized groups
/// and roles, not from documents: totals built from parts, counts that are not the participants (applicants, targets,
/// populations, staff, other years) and the names of groups with the qualifiers real text adds. Each is read as the
/// second paragraph of a short report of a training (the frame of ``Round12ParticipantTests``) and must give exactly
/// its count (or none) and, unless its groups column is `*`, exactly its groups (case and punctuation ignored, as the
/// scorer does); a known miss (`MISS`) must still give another value, so that a change there is seen.
struct Round13ParticipantTests {
    struct Probe {
        var sentence: String
        var expected: Int?
        var groups: [String]?
        var headline: String
        var knownMiss: Bool
    }

    static func fold(_ s: String) -> String {
        s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }

    /// The probes of a participant TSV (`scripts/participant_probes_r13.tsv`; rounds 14 and 15 read theirs here too).
    static func probes(file: String = "scripts/participant_probes_r13.tsv") throws -> [Probe] {
        let url = Paths.root.appendingPathComponent(file)
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") { return nil }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let g = cols.count > 2 ? cols[2] : ""
            return Probe(
                sentence: cols[0], expected: cols.count > 1 ? Int(cols[1]) : nil,
                groups: g == "*" ? nil : g.split(separator: ";").map { fold(String($0)) }.filter { !$0.isEmpty },
                headline: cols.count > 3 ? cols[3] : "", knownMiss: cols.count > 4 && cols[4] == "MISS")
        }
    }

    static func participants(_ sentence: String, headline: String = "") -> (total: Int?, groups: Set<String>) {
        let head = headline.isEmpty ? Round12ParticipantTests.head : headline
        let text = "\(head)\n\n\(Round12ParticipantTests.open)\n\n\(sentence)\n\n\(Round12ParticipantTests.tail)\n"
        let p = Shared.record(text).event?.participants
        return (p?.total, Set((p?.groups ?? []).map { fold($0.name) }))
    }

    static func right(_ p: Probe) -> Bool {
        let got = participants(p.sentence, headline: p.headline)
        return got.total == p.expected && (p.groups.map { Set($0) == got.groups } ?? true)
    }

    /// Every probe of `file` gives its count and groups, and a known miss still does not; the file holds `count`
    /// probes, `knownMisses` of them known misses (rounds 14 and 15 check theirs here too).
    static func expectEveryProbe(file: String, count: Int, knownMisses: Int) throws {
        let probes = try probes(file: file)
        #expect(probes.count == count)
        #expect(probes.filter(\.knownMiss).count == knownMisses)
        for p in probes {
            if p.knownMiss {
                #expect(!right(p), "known miss now right: \(p.sentence)")
            } else {
                let got = participants(p.sentence, headline: p.headline)
                #expect(right(p), "\(p.sentence): got \(String(describing: got.total)) \(got.groups.sorted())")
            }
        }
    }

    @Test func everyProbeGivesItsCountAndGroupsAndAKnownMissStillDoesNot() throws {
        try Self.expectEveryProbe(file: "scripts/participant_probes_r13.tsv", count: 202, knownMisses: 5)
    }
}
