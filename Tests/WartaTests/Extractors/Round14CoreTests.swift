import Foundation
import Testing
@testable import Warta

/// Round 14 (CORE14, issue 11): venue and participants_total by probes written from lists of the world
/// (scripts/core_probes_r14.py writes scripts/venue_probes_r14.tsv and scripts/participant_probes_r14.tsv, from no
/// document). Venue: a place named by a noun of place (`Tempatnya di X`, `Lokasinya di X`, `Tempat pelatihan adalah X`;
/// rule `location.venue-place-noun`). Participants: words of address doubled as a plural (`45 mama-mama penenun`), a
/// count the text calls the total after its parts (`Totalnya 40 personel`), units of a government counted as bodies
/// (`42 perangkat daerah`). Frames as ``Round12PlaceTests`` and ``Round13ParticipantTests``; a known miss must still miss.
struct Round14CoreTests {
    @Test func everyVenueProbeIsReadAndAKnownMissStillMisses() throws {
        let probes = try Round12PlaceTests.probes("venue_probes_r14.tsv")
        #expect(probes.count == 38)
        #expect(probes.filter(\.knownMiss).count == 0)
        for p in probes { #expect(Round12PlaceTests.right(p) != p.knownMiss, "\(p.sentence)") }
    }

    @Test func everyParticipantProbeGivesItsCountAndGroupsAndAKnownMissStillDoesNot() throws {
        // Round 23 (CORE23): the three `ditambah 10 Bintara Teritorial` misses are right, so none is left.
        try Round13ParticipantTests.expectEveryProbe(file: "scripts/participant_probes_r14.tsv", count: 35, knownMisses: 0)
    }
}
