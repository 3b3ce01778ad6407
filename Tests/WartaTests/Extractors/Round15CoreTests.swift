import Foundation
import Testing
@testable import Warta

/// Round 15 (CORE15, issue 11): venue and participants_total by variants of their constructions, written from lists
/// of the world (scripts/core_probes_r15.py writes scripts/venue_probes_r15.tsv and scripts/participant_probes_r15.tsv,
/// from no document). Venue: a second place in lower case set against the venue by a word of contrast (`teori di Aula
/// ..., sedangkan praktik di kebun percontohan`: several venues, none), a verb of filling (`memadati ballroom Hotel X`),
/// a venue made the place of the event (`X menjadi tempat pelatihan`); known misses: an address after the venue with
/// no comma (cutting it lost venue on a scored split, whose labels keep addresses) and `lahan` as a venue word (the
/// same). Participants: the
/// recipients of an award (`penghargaan kepada tiga Karang Taruna berprestasi`; lexicon `ceremony_verb`, and words of
/// merit before the verb), a cumulative count of a region (`kini menjadi 81 orang`, `sebelumnya telah ada 45`;
/// lexicon `population_cue`). Frames as ``Round14CoreTests``; a known miss must still miss.
struct Round15CoreTests {
    @Test func everyVenueProbeIsReadAndAKnownMissStillMisses() throws {
        let probes = try Round12PlaceTests.probes("venue_probes_r15.tsv")
        #expect(probes.count == 54)
        #expect(probes.filter(\.knownMiss).count == 22)
        for p in probes { #expect(Round12PlaceTests.right(p) != p.knownMiss, "\(p.sentence)") }
    }

    static func participantProbes() throws -> [Round13ParticipantTests.Probe] {
        let url = Paths.root.appendingPathComponent("scripts/participant_probes_r15.tsv")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") { return nil }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let g = cols.count > 2 ? cols[2] : ""
            return Round13ParticipantTests.Probe(
                sentence: cols[0], expected: cols.count > 1 ? Int(cols[1]) : nil,
                groups: g == "*" ? nil : g.split(separator: ";").map { Round13ParticipantTests.fold(String($0)) }.filter { !$0.isEmpty },
                headline: cols.count > 3 ? cols[3] : "", knownMiss: cols.count > 4 && cols[4] == "MISS")
        }
    }

    @Test func everyParticipantProbeGivesItsCountAndAKnownMissStillDoesNot() throws {
        let probes = try Self.participantProbes()
        #expect(probes.count == 32)
        #expect(probes.filter(\.knownMiss).count == 1)
        for p in probes {
            if p.knownMiss {
                #expect(!Round13ParticipantTests.right(p), "known miss now right: \(p.sentence)")
            } else {
                let got = Round13ParticipantTests.participants(p.sentence, headline: p.headline)
                #expect(Round13ParticipantTests.right(p), "\(p.sentence): got \(String(describing: got.total)) \(got.groups.sorted())")
            }
        }
    }
}
