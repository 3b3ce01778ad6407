import Foundation
import Testing
@testable import Warta

/// Round 18 (AUDIT18): traps on hostile input in the code rounds 15 to 17 added. CI's `date` fuzz target had found
/// an empty range built from input in `DateExtractor.bodyDateline` (round 17); the other code of those rounds
/// (participants, speakers, organizers, place, event, structure, patterns) is reached by no fuzz target but the
/// pipeline. Each input below is a construction those rounds read, cut where it can end badly: at the very start
/// or end of the text, after an empty line or a lone comma, with a number of 20 digits, a day 0 or a month 13.
/// Every input runs through the whole pipeline and through each extractor alone, and every helper the rounds added
/// is asked at every position (and every short range) of it, as no caller does but as a future caller could.
struct Round18TrapTests {
    /// The constructions, each named by the helper it reaches.
    static let seeds: [String] = [
        // dates: the report's own later day (reportedLater), a body dateline (bodyDateline) and days relative to it
        "Terima Sertifikat, Senin (13/1/2025)\nPelatihan menjahit digelar pada 5-9 Agustus 2024 di Aula Desa.",
        "Terima Sertifikat, Senin (13/1/2025)",
        "Musi Banyuasin, 7 Maret 2025 – PT Maju menggelar pelatihan pada Selasa hingga",
        "Musi Banyuasin, 7 Maret 2025 – PT Maju menggelar pelatihan selama 99999999999999999999 hari",
        "KENDARI, 0 Juni 2024 - pelatihan digelar selama 60 hari",
        "Kota, 32/13/2025 – Bimtek",
        "Kota, 31 Februari 2025 – Bimtek kemarin",
        ",\n7 Maret 2025 –",
        "7 Maret 2025 –",
        "Bantul, 7 Maret 2025",
        // event: an inauguration of the training (opensTheTraining), unrest as a topic (hazardIsTopic), a profile
        "Wali Kota Resmikan",
        "Resmikan Pelatihan",
        "Pelatihan Hadapi Demo",
        "Demo",
        "Kisah",
        "Kisah Bidan",
        // organizers: a region after a long form's parenthesis (regionTail), an acronym and its region
        // (acronymWithRegion), a fragment of a name, a batch number (clean)
        "Dinas Pemuda dan Olahraga (Dispora) Kota",
        "Dinas Pemuda dan Olahraga (Dispora) Kota Tual Senin (4/3)",
        "(Dispora) Kota Tual",
        "(DPMD)",
        "( DPMD ) Kabupaten",
        "Dinas Pemberdayaan Masyarakat dan Desa (DPMD) menggelar pelatihan. DPMD Bone",
        "DPMD Bone menggelar pelatihan. Dinas Pemberdayaan Masyarakat dan Desa (DPMD)",
        "Dispora Kota Tual menggelar bimtek. Dinas Pemuda dan Olahraga (Dispora)",
        "digelar Mahasiswa KKN Angkatan 112",
        "digelar Mahasiswa KKN Angkatan 99999999999999999999",
        "Perlindungan Anak (Dinsos P3A) Kabupaten Hulu Sungai Tengah (HST)",
        "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak (Dinsos P3A) Kabupaten Hulu Sungai Tengah (HST) menggelar pelatihan",
        // participants: units that send people (sendingUnits), batches (batchesBefore, namesBatch), awards
        // (awardToMerit), a population (populationBefore), a breakdown by sex, people in another role (inOtherRole)
        "desa mengirimkan 5 orang",
        "tiap desa diwakili oleh 3 orang",
        "oleh 3 orang",
        "Peserta berasal dari 12 desa, masing-masing desa mengirimkan 3 orang",
        "dari 99999999999999999999 desa, tiap desa mengirim 5 kader",
        "dari 0 desa, tiap desa mengirim 5 kader",
        "dibagi 99999999999999999999 angkatan masing-masing 24 orang",
        "angkatan masing-masing 24 orang",
        "Peserta dibagi dua puluh angkatan masing masing 999999 orang",
        "Peserta dibagi 20 angkatan masing-masing 999999999 orang",
        "30 orang setiap",
        "30 orang setiap angkatan",
        "masing-masing",
        "masing - masing 30 orang",
        "hadiah kepada tiga peserta terbaik",
        "hadiah kepada",
        "Lima peserta terbaik menerima",
        "kini menjadi 45 orang",
        "Jumlah peserta pelatihan tahun ini kini menjadi 45 orang",
        "30 pemuda, terdiri dari 20 laki-laki dan 10 perempuan",
        "40 nelayan, yakni 25 - dan 15 -",
        "25 operator, ditambah 5 orang perwakilan Bawaslu yang hadir sebagai",
        "25 operator, ditambah 5 orang perwakilan Bawaslu yang hadir sebagai pengamat",
        "diikuti 30 guru dan 10 kepala sekolah yang bertugas sebagai pengamat",
        "dan 15 petugas",
        "diikuti 25 kader TBC dari 15 kelurahan dan 15 petugas puskesmas",
        "diikuti dua puluh delapan kader Posbindu dari empat dusun. Pelatihan bagi kader Posbindu PTM",
        // speakers: a unit's rank (person, isUnitRoleWord), a foreign name's syllable, a nickname, a relative clause
        // (relativeClauseStart), an office that ends at a place (officeEndsAtPlace, isPlaceName)
        "Kasat Pamobvit AKP",
        "Kasat Pamobvit AKP Yohanes Bria menyampaikan materi",
        "Mr. Park Ji-",
        "Mr. Park Ji-hoon menyampaikan materi",
        "Andika \"Dika\"",
        "narasumber Andika \"Dika\" Pratama",
        ", yang sudah dua puluh tahun menekuni usahanya, mendampingi peserta",
        "yang ,",
        "Kecamatan Indrapuri Nurhayati menjelaskan",
        "Koordinator Penyuluh BPP Kecamatan Sungai Raya Nurhayati, S.P. menjelaskan cara",
        "Koordinator Penyuluh BPP Kecamatan",
        "Peserta terbaik, Budi, tampil dengan materi",
        "serta Kasat Reskrim Polres Asahan AKP Budi",
        // place: a later part's place (partPlace), two places (twoPlaces), rotation (rotates)
        "pelatihan di Aula Desa pada hari",
        "pelatihan di Aula Desa pada hari kedua",
        "teori di Aula Bappeda, sedangkan praktik di kebun percontohan",
        "sedangkan praktik di kebun",
        "digelar bergilir di Aula A, kemudian di Balai B dan terakhir di",
        // structure: a site's label after a name in capitals (isMarkedLine)
        "BASARNAS – Berita",
        "BASARNAS – Berita Kantor SAR\nPelatihan SAR",
        "SIKKA – Kabar Baik, 40 Nelayan Alok Dilatih Olah Ikan",
        // nothing much
        ",", "\n\n,\n", "(", ")", "-", "\"", "0", "99999999999999999999", "(0/0)", "32 Maret",
    ]

    /// Each seed as it is, after a headline, before an empty line, before a lone comma, and after a lead that makes
    /// the document a training event (so that every field is read).
    static var inputs: [String] {
        seeds.flatMap { s in
            [s, "Pelatihan\n" + s, s + "\n\n", s + ",",
             "Pelatihan Menjahit\nKENDARI, 14 Juni 2024 - Dinas Sosial menggelar pelatihan di Aula Desa Sukamaju, Senin (10/6/2024). " + s]
        }
    }

    @Test("Every construction of rounds 15-17, cut at the edges, goes through the pipeline and each extractor")
    func pipelineAndExtractors() {
        let p = Shared.pipeline
        for s in Self.inputs {
            let record = Shared.record(s)
            #expect(record.document.id == "doc")
            let text = AnalyzedText(raw: s, vocabulary: p.rules.vocabulary)
            var scratch = MatchScratch()
            let ev = p.event.extract(text, scratch: &scratch)
            let dates = p.dates.extract(text, knownPublished: Day(year: 2025, month: 3, day: 9), anchor: ev.anchor, scratch: &scratch)
            if let d = dates.eventDate {
                _ = p.dates.reportedLater(d, findings: dates, text)
                #expect(d.evidence.start <= d.evidence.end && d.evidence.end <= text.text.count)
            }
            _ = p.dates.extract(text, scratch: &scratch)
            let orgs = p.organizers.extract(text, anchor: ev.anchor, scratch: &scratch)
            for o in orgs { #expect(o.range.lowerBound >= 0 && o.range.upperBound <= text.tokens.count) }
            _ = p.location.extract(text, organizerRanges: orgs.map(\.range), anchor: ev.anchor, scratch: &scratch)
            _ = p.participants.extract(text, anchor: ev.anchor, scratch: &scratch)
            _ = p.speakers.extract(text, anchor: ev.anchor, scratch: &scratch)
        }
    }

    @Test("Every helper of rounds 15-17 answers at every position and short range of the hostile inputs")
    func helpersAtEveryPosition() {
        let p = Shared.pipeline
        for s in Self.inputs {
            let text = AnalyzedText(raw: s, vocabulary: p.rules.vocabulary)
            let t = text.tokens
            let n = t.count
            for i in 0..<n {
                _ = p.event.hazardIsTopic(i, text)
                _ = p.organizers.regionTail(after: i, in: text)
                _ = p.participants.populationBefore(i, text)
                _ = p.participants.sendingUnits(before: i, text)
                _ = p.participants.batchesBefore(i, text)
                _ = p.speakers.isUnitRoleWord(i, in: text)
                _ = p.speakers.person(at: i, end: n, in: text)
                _ = p.speakers.officeEndsAtPlace(before: i, lineStart: text.lineRange(text.line(of: i)).lowerBound, in: text)
                if i + 1 < n { _ = SpeakerExtractor.reduplicates(text.folded(i), text.folded(i + 1)) }
                for j in (i + 1)...min(n, i + 4) {
                    let r = i..<j
                    _ = p.event.opensTheTraining(i, end: j, text)
                    _ = p.organizers.clean(text, r)
                    _ = p.location.partPlace(after: r, text)
                    _ = p.location.rotates(inSentence: t[i].sentence, around: r, text)
                    let others = (0..<n).filter { $0 < i || $0 >= j }.map { $0..<($0 + 1) }
                    _ = p.location.twoPlaces(after: r, candidates: others, lowerPlaces: others, text)
                    _ = p.participants.ceremonyAfter(j, text)
                    _ = p.participants.awardToMerit(i, j, text)
                    _ = p.participants.namesBatch(i, j, text)
                    _ = p.speakers.relativeClauseStart(before: j, in: text)
                    _ = p.speakers.isPlaceName(r, in: text)
                    _ = p.dates.bodyDateline(r, text)
                }
            }
            _ = PatternParser.lowercaseWords(s)
        }
    }

    /// The helpers whose subscripts were safe only because every caller passes a token of the text (a count's first
    /// token, a match's start, a venue that is never empty): asked just past the text's end, before its start, or
    /// with a range that overlaps the venue, they read out of bounds (all but `hazardIsTopic(n)` trap without
    /// round 18's guards). No input reaches these arguments through today's callers; the guards keep a future
    /// caller from it.
    @Test("Helpers asked past the text's edges answer no instead of reading out of bounds")
    func helpersPastTheEdges() throws {
        let p = Shared.pipeline
        let text = AnalyzedText(raw: "Dinas Pemberdayaan Masyarakat dan Desa (DPMD) menggelar pelatihan. DPMD Bone", vocabulary: p.rules.vocabulary)
        let t = text.tokens
        let n = t.count
        #expect(p.participants.sendingUnits(before: n, text) == nil)
        #expect(p.participants.batchesBefore(n, text) == nil)
        #expect(!p.participants.namesBatch(n, n, text))
        #expect(!p.event.hazardIsTopic(n, text))
        #expect(!p.event.hazardIsTopic(-1, text))
        let lexicon = try #require(p.rules.lexicons["month"])
        #expect(lexicon.longest(t, at: -1) == nil)
        #expect(lexicon.value(t, -1..<1) == nil)
        #expect(!DocumentStructure.isMarkedLine(n..<(n + 4), t) { _ in [] })
        var scratch = MatchScratch()
        var found = try #require(p.organizers.extract(text, scratch: &scratch).first)
        found.range = n..<(n + 2)
        #expect(!p.organizers.acronymWithRegion(found, of: ["dinas", "pemberdayaan", "dpmd"], written: "dinas pemberdayaan (dpmd)", in: text))
        // An empty candidate inside the venue (`overlaps` is false for an empty range).
        #expect(!p.location.twoPlaces(after: 0..<4, candidates: [2..<2], text))
    }
}
