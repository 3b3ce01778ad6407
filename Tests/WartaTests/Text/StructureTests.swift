import Testing
@testable import Warta

/// The structure of a scraped report: chrome, headline or none, captions, dateline, lead, noise lines; and the
/// event anchor that fields attach to.
struct StructureTests {
    static func analyze(_ s: String, headlineKnown: Bool = false) -> AnalyzedText {
        AnalyzedText(CleanText(normalizing: s), vocabulary: Shared.rules.vocabulary, firstLineIsHeadline: headlineKnown)
    }

    @Test func chromeBeforeTheHeadlineAndACaptionBeforeTheDateline() {
        let text = Self.analyze("""
            Skip to main content
            Beranda Daerah
            Jumat 03 Sep 2021 16:12 WITA
            Sekda Buka Bimtek Tenaga Kesejahteraan Sosial Kecamatan
            Sekda saat membuka Bimtek TKSK di Ballroom Hotel Palu, Senin (6/11/2023).
            PALU – HUMAS SULTENG. Bimtek bagi Tenaga Kesejahteraan Sosial Kecamatan (TKSK) resmi dibuka Sekretaris Daerah di Ballroom Hotel Palu, Senin (6/11/2023).
            Kegiatan tersebut dilaksanakan Dinas Sosial Provinsi Sulawesi Tengah.
            Baca Juga: Dinsos Gelar Rakor Bansos
            (ern)
            """)
        #expect(text.text(of: text.headline) == "Sekda Buka Bimtek Tenaga Kesejahteraan Sosial Kecamatan")
        #expect(text.structure.kinds[0] == .chrome)
        #expect(text.structure.kinds[1] == .chrome)
        #expect(text.structure.kinds[2] == .date)
        #expect(text.structure.kinds[4] == .caption)
        #expect(text.line(of: text.bodyStart) == 5)
        #expect(text.text(of: text.structure.dateline) == "PALU")
        #expect(text.isNoise(line: 7))
        #expect(text.isNoise(line: 8))
        #expect(!text.isNoise(line: 6))
        #expect(text.inLead(text.bodyStart))
    }

    @Test func aReportWithNoHeadline() {
        let text = Self.analyze("""
            BANJARBARU, wartabanua.co – Dinas Sosial (Dinsos) mengadakan Bimbingan Teknis peningkatan kapasitas bagi Pekerja Sosial Masyarakat (PSM) se-lingkungan pemerintah Banjarbaru.
            Bimtek tersebut digelar guna memantapkan posisi PSM.
            """)
        #expect(text.headline.isEmpty)
        #expect(text.bodyStart == 0)
        #expect(text.text(of: text.structure.dateline) == "BANJARBARU, wartabanua.co")
    }

    @Test func aKnownHeadlineIsKeptUnlessItReadsAsAParagraph() {
        let known = Self.analyze("Dinsos Gelar Bimtek PSM\nKUNINGAN – Dinas Sosial menggelar bimtek bagi PSM di aula, Senin (2/1/2023). Acara dibuka bupati.", headlineKnown: true)
        #expect(known.text(of: known.headline) == "Dinsos Gelar Bimtek PSM")
        let lead = Self.analyze("KUNINGAN – Dinas Sosial menggelar bimtek bagi PSM di aula, Senin (2/1/2023). Acara dibuka bupati.\nPeserta 40 orang.", headlineKnown: true)
        #expect(lead.headline.isEmpty)
        #expect(lead.bodyStart == 0)
    }

    @Test func theAnchorRanksCandidatesBySentenceParagraphAndLead() throws {
        let record = Shared.record("""
            Dinsos Kukuhkan Relawan Penyuluh Sosial
            SEMARANG – Dinas Sosial mengukuhkan 36 relawan penyuluh sosial, Senin (10/8/2020), di kantor dinas.
            Di samping pengukuhan, hari itu juga digelar pelatihan Peningkatan Kapasitas Relawan, Selasa (11/8/2020) di Kampoeng Kopi Banaran, Kabupaten Semarang.
            """)
        #expect(record.isTrainingEvent)
        #expect(record.event?.date?.start.iso == "2020-08-11")
        let text = Self.analyze("Pelatihan digelar Senin.\nAcara lain Selasa.\nPenutup.")
        let anchor = EventAnchor(primary: 0..<1, mentions: [], in: text)
        #expect(anchor.proximity(of: 2, in: text) == .sameSentence)
        #expect(anchor.proximity(of: text.lineStarts[1], in: text) < .body)
        #expect(anchor.rank(2..<3, in: text) < anchor.rank(text.lineStarts[2]..<text.lineStarts[2] + 1, in: text))
    }
}
