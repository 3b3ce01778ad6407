import Foundation
import Testing
@testable import Warta

/// Round 12 (issue 11): page chrome by domain probes. The probes (scripts/chrome_probes_r12.tsv, written by
/// scripts/chrome_probes_r12.py from no document) are six short reports of a training event wrapped in the chrome
/// Indonesian news sites print: menus, breadcrumbs, weather, site taglines, subscribe prompts, social reposts,
/// bylines, captions, ads, share bars, `Baca Juga`, tags, related and popular lists, comment prompts, copyright lines,
/// next/prev links, pemda footers, Blogspot labels. Every probe must keep the event's headline, date, venue and count:
/// no value may come from the chrome.
struct Round12ChromeTests {
    struct Probe {
        var id: String
        var document: String
        var headline: String
        var date: String
        var venue: String
        var total: Int
    }

    static func probes() throws -> [Probe] {
        let url = Paths.root.appendingPathComponent("scripts/chrome_probes_r12.tsv")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") { return nil }
            let c = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard c.count == 6, let total = Int(c[5]) else { return nil }
            return Probe(id: c[0], document: c[1].replacingOccurrences(of: "\\n", with: "\n"), headline: c[2], date: c[3], venue: c[4], total: total)
        }
    }

    @Test func everyChromeProbeKeepsTheEventsValuesAndHeadline() throws {
        let probes = try Self.probes()
        #expect(probes.count == 240)
        for p in probes {
            let text = AnalyzedText(CleanText(normalizing: p.document), vocabulary: Shared.rules.vocabulary, firstLineIsHeadline: false)
            #expect(text.text(of: text.headline) == p.headline, "\(p.id)")
            let record = Shared.record(p.document, id: p.id)
            #expect(record.isTrainingEvent, "\(p.id)")
            #expect(record.event?.date?.start.description == p.date, "\(p.id)")
            #expect(record.event?.location?.venue == p.venue, "\(p.id)")
            #expect(record.event?.participants?.total == p.total, "\(p.id)")
        }
    }

    @Test func aSocialRepostsPageNameAndAgeAreChrome() {
        let text = AnalyzedText(CleanText(normalizing: "Humas Pemkab Bandung Barat\n2 jam · Dibagikan ke Publik\nDinsos Gelar Pelatihan Kader Posyandu\nSLEMAN – Dinas Sosial menggelar pelatihan kader di aula, Senin (3/11/2025). Pelatihan diikuti 40 peserta."),
                                vocabulary: Shared.rules.vocabulary, firstLineIsHeadline: false)
        #expect(text.text(of: text.headline) == "Dinsos Gelar Pelatihan Kader Posyandu")
        // A page's name without a post's age under it stays a candidate headline.
        let plain = AnalyzedText(CleanText(normalizing: "Humas Pemkab Bandung Barat\nSLEMAN – Dinas Sosial menggelar pelatihan kader di aula, Senin (3/11/2025). Pelatihan diikuti 40 peserta."),
                                 vocabulary: Shared.rules.vocabulary, firstLineIsHeadline: false)
        #expect(plain.text(of: plain.headline) == "Humas Pemkab Bandung Barat")
    }

    @Test func theItemsOfAListOfOtherStoriesAreNoise() {
        let doc = "Dinsos Gelar Pelatihan Kader Posyandu\nSLEMAN – Dinas Sosial menggelar pelatihan kader di aula, Senin (3/11/2025). Pelatihan diikuti 40 peserta.\nBerita Terkait\nDisnaker Kota Bekasi Latih 120 Pencari Kerja di BLK Bekasi\nTerpopuler\n2 Sebanyak 500 Guru Ikut Pelatihan Koding di Kota Cimahi, Jumat (28/11/2025)"
        // As the structure marks them; since round 25 (REL25) the extractors do not even see the `.related` lines.
        let lines = Shared.markedKinds(doc)
        #expect(lines.suffix(4) == [.related, .related, .chrome, .related])
        let text = AnalyzedText(CleanText(normalizing: doc), vocabulary: Shared.rules.vocabulary, firstLineIsHeadline: false)
        #expect(!text.tokens.indices.contains { text.folded($0) == "bekasi" })
    }
}
