import Foundation
import Testing
@testable import Warta

/// Round 12 (issue 11): venue and city by domain probes. The probe sentences (scripts/venue_probes_r12.tsv,
/// scripts/city_probes_r12.tsv) were written from the kinds of places where Indonesian trainings are held and from
/// the names local news gives a kabupaten/kota (short forms, capitals, renamed regions, the new Papua provinces),
/// from no document. Each probe is the body of a one-paragraph report; its venue must match as the scoring matches
/// (most words), its city exactly. A known miss (`miss`) must still miss, so that a change there is seen.
struct Round12PlaceTests {
    struct Probe {
        var sentence: String
        var venue: String
        var city: String
        var knownMiss: Bool
    }

    static func location(_ sentence: String) -> EventLocation? {
        Shared.record("Pelatihan Kader Digelar\n\n\(sentence) Kegiatan tersebut diikuti 40 peserta.\n").event?.location
    }

    static func probes(_ file: String) throws -> [Probe] {
        let url = Paths.root.appendingPathComponent("scripts/\(file)")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") { return nil }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count >= 3 else { return nil }
            return Probe(sentence: cols[0], venue: cols[1], city: cols[2], knownMiss: cols.count > 3 && cols[3] == "miss")
        }
    }

    /// Whether the probe's venue and city are read as it says ("-" none, "*" not checked).
    static func right(_ p: Probe) -> Bool {
        let loc = location(p.sentence)
        let venueRight: Bool
        switch p.venue {
        case "*": venueRight = true
        case "-": venueRight = loc?.venue == nil
        default: venueRight = loc?.venue.map { Matching.mostWords($0, p.venue) } ?? false
        }
        let cityRight: Bool
        switch p.city {
        case "*": cityRight = true
        case "-": cityRight = loc?.city == nil
        default: cityRight = loc?.city == p.city
        }
        return venueRight && cityRight
    }

    @Test func everyVenueProbeIsReadAndAKnownMissStillMisses() throws {
        let probes = try Self.probes("venue_probes_r12.tsv")
        #expect(probes.count == 183)
        #expect(probes.filter(\.knownMiss).count == 4)
        for p in probes { #expect(Self.right(p) != p.knownMiss, "\(p.sentence)") }
    }

    @Test func everyCityProbeIsReadAndAKnownMissStillMisses() throws {
        let probes = try Self.probes("city_probes_r12.tsv")
        #expect(probes.count == 160)
        #expect(probes.filter(\.knownMiss).count == 5)
        for p in probes { #expect(Self.right(p) != p.knownMiss, "\(p.sentence)") }
    }

    @Test func aKabupatensCapitalAsADatelineGivesTheKabupaten() {
        #expect(Self.location("SANGATTA – Dinas Sosial menggelar pelatihan kader di Aula Dinsos, Senin (8/12/2025).")?.city == "Kabupaten Kutai Timur")
        #expect(Self.location("PURWOKERTO – Dinas Sosial menggelar pelatihan kader di Aula Dinsos, Senin (8/12/2025).")?.city == "Kabupaten Banyumas")
        // A capital that is also a kecamatan of another kabupaten is no alias: the city stays undecided.
        #expect(Self.location("KANDANGAN – Dinas Sosial menggelar pelatihan kader di Aula Dinsos, Selasa (9/12/2025).")?.city == nil)
    }

    @Test func aPrefixedRegionInTheVenuePhraseBeatsABareNameInIt() {
        let loc = Self.location("Pelatihan UMKM berlangsung di Jogja Expo Center, Kabupaten Bantul, Kamis (6/11/2025).")
        #expect(loc?.venue == "Jogja Expo Center")
        #expect(loc?.city == "Kabupaten Bantul")
        // Alone, the name in the venue still decides.
        #expect(Self.location("Pelatihan UMKM berlangsung di Jogja Expo Center, Kamis (6/11/2025).")?.city == "Kota Yogyakarta")
    }

    @Test func aVenueWordOfAWholeClassOpensAVenue() {
        #expect(Self.location("Pelatihan budidaya rumput laut berlangsung di dermaga Desa Lontar, Kabupaten Serang, Kamis (13/11/2025).")?.venue == "dermaga Desa Lontar")
        #expect(Self.location("Pelatihan guru ngaji digelar di Musala Al Ikhlas, Rabu (24/12/2025).")?.venue == "Musala Al Ikhlas")
        // An online event has no venue.
        #expect(Self.location("Dinas Sosial Kabupaten Tuban menggelar pelatihan kader secara daring melalui Zoom Meeting, Kamis (11/12/2025).")?.venue == nil)
    }
}
