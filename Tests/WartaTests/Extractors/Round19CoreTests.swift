import Foundation
import Testing
@testable import Warta

/// Round 19 (CORE19, issue 11): the shape a venue or a count must have, from the misses of heldout11's look half (a
/// writer nobody here had read), written again from lists of the world by scripts/core_probes_r19.py (which writes
/// scripts/participant_probes_r19.tsv and scripts/venue_probes_r19.tsv, from no document). Counts: people named by
/// their place in a family (`istri nelayan`, `janda`; w059); units that each send people, after `masing-masing` alone
/// (`perwakilan 25 pokdarwis, masing-masing mengirim dua orang`; w015), with the groups of a village (`pokdarwis`,
/// `KWT`) counted as bodies. Venue: a work floor or a shared office is a place people sit (`workshop`, `bengkel`,
/// `coworking space`; w009, w049); a venue only the headline names while the body writes the place without its name
/// (`di sebuah hotel`) is none (w023, w051). A known miss must still miss.
struct Round19CoreTests {
    @Test func everyParticipantProbeGivesItsCount() throws {
        try Round13ParticipantTests.expectEveryProbe(file: "scripts/participant_probes_r19.tsv", count: 17, knownMisses: 0)
    }

    @Test func everyVenueProbeIsRead() throws {
        let probes = try Round12PlaceTests.probes("venue_probes_r19.tsv")
        #expect(probes.count == 9)
        #expect(probes.filter(\.knownMiss).count == 0)
        for p in probes { #expect(Round12PlaceTests.right(p) != p.knownMiss, "\(p.sentence)") }
    }

    /// The headline's venue and the body's unnamed place (`scripts/core_probes_r19.py`, HEADLINED).
    static let headlined: [(headline: String, body: String, venue: String?)] = [
        ("Pelatihan Kader di Hotel Ambon, Peserta Keluhkan Honor",
         "AMBON – Pelatihan kader posyandu yang digelar di sebuah hotel di Ambon, Senin (3/3/2025), diikuti 40 kader.", nil),
        ("Bimtek Aparatur Desa di Hotel Kendari Disorot",
         "KENDARI – Bimtek aparatur desa digelar di salah satu hotel di Kendari pada Rabu (5/3/2025) dan diikuti 60 kepala desa.", nil),
        ("Pelatihan Guru di Gedung Serbaguna Pangkep",
         "PANGKEP – Pelatihan guru berlangsung di sebuah gedung serbaguna di Pangkep, Kamis (6/3/2025), diikuti 50 guru.", nil),
        // counterexamples: the body names the venue; an unnamed place of another act beside a named venue
        ("Pelatihan Kader di Hotel Amaris Ambon",
         "AMBON – Pelatihan kader posyandu digelar di Hotel Amaris Ambon, Senin (3/3/2025), diikuti 40 kader.", "Hotel Amaris Ambon"),
        ("Pelatihan Kader di Aula Dinkes Ambon",
         "AMBON – Pelatihan kader posyandu digelar di Aula Dinkes Ambon, Senin (3/3/2025), diikuti 40 kader. Peserta menginap di sebuah hotel di Ambon.",
         "Aula Dinkes Ambon"),
    ]

    @Test func aHeadlinesVenueOfAnUnnamedPlaceIsNone() {
        for h in Self.headlined {
            let text = "\(h.headline)\n\n\(h.body)\n\nKepala dinas mengatakan pelatihan ini penting bagi para peserta.\n"
            let venue = Shared.record(text).event?.location?.venue
            if let want = h.venue {
                #expect(venue.map { Matching.mostWords($0, want) } ?? false, "\(h.headline): got \(String(describing: venue))")
            } else {
                #expect(venue == nil, "\(h.headline): got \(String(describing: venue))")
            }
        }
    }
}
