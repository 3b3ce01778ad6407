import Foundation
import Testing
@testable import Warta

/// Round 25 (task REL25): what stands on a line of another story (`Baca Juga: <another story's headline>`, the
/// headlines under `Berita terkait:`, the link inside a paragraph `(Baca juga: ...)`) gives no organizer, count, group,
/// venue, date or event: a report with such links reads as the same report without them. And a weather widget above
/// the headline (`Cuaca hari ini: 31°C Cerah Berawan`) is chrome, not the headline. Every text is our own, written in
/// the style of regional news.
struct Round25RelatedTests {
    static let headline = "Dinas Perikanan Kabupaten Buton Latih 35 Nelayan Olah Hasil Tangkapan"
    static let paragraphs = [
        "PASARWAJO – Dinas Perikanan Kabupaten Buton menggelar pelatihan pengolahan hasil tangkapan bagi 35 nelayan di Aula Kantor Camat Pasarwajo, Selasa (14/10/2025).",
        "Kepala Dinas Perikanan Kabupaten Buton, La Ode Rahmat, mengatakan pelatihan ini digelar agar nelayan mampu mengolah ikan menjadi abon dan kerupuk yang bernilai jual.",
        "Pelatihan menghadirkan narasumber dari Politeknik Kelautan dan Perikanan Bone, Andi Nurjannah, yang memberikan materi pengolahan dan pengemasan produk.",
        "Salah seorang peserta, Wa Ode Sitti, mengaku senang karena mendapat ilmu baru untuk menambah penghasilan keluarga.",
    ]
    /// Headlines of other stories of the same desks: another office, other groups, a count, a place, a date.
    static let others = [
        "Perkuat Kesiapsiagaan, BPBD Kabupaten Wakatobi Bekali 60 Relawan Tagana di Gedung Serbaguna Wangi-Wangi",
        "Dinsos Kota Baubau Gelar Bimtek Pendamping PKH, Kamis 9 Oktober 2025",
        "120 Kader Posyandu Ikuti Pelatihan Gizi yang Digelar Dinkes Kolaka Utara",
    ]

    static func text(_ inserts: [Int: String], headline: Bool = true) -> String {
        var lines: [String] = headline ? [Self.headline] : []
        for (k, p) in paragraphs.enumerated() {
            lines.append(p)
            if let s = inserts[k] { lines.append(s) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The fields a link must not move, as names (evidence offsets move with the text).
    static func fields(_ r: Record) -> [String] {
        let e = r.event
        return [
            "\(r.isTrainingEvent)", e?.type ?? "-", e?.date?.start.iso ?? "-", e?.date?.end.iso ?? "-",
            e?.location?.venue ?? "-", e?.location?.city ?? "-", e?.participants?.total.map { "\($0)" } ?? "-",
            (e?.participants?.groups ?? []).map(\.name).joined(separator: ";"),
            (e?.organizers ?? []).map(\.name).joined(separator: ";"), (e?.speakers ?? []).map(\.name).joined(separator: ";"),
        ]
    }

    /// The openers of a link line, and whether the page writes the headline in capitals after it.
    static let forms: [(String, Bool)] = [
        ("Baca Juga: ", false), ("Baca juga : ", false), ("BACA JUGA: ", true), ("Baca: ", false), ("Lihat juga: ", false),
        ("» Baca Juga: ", false), ("- Baca juga ", false), ("Berita terkait: ", false), ("Sebelumnya: ", false),
    ]

    static func link(_ form: (String, Bool), _ headline: String) -> String { form.0 + (form.1 ? headline.uppercased() : headline) }

    @Test func aLinkOnItsOwnLineGivesNothing() {
        let plain = Self.fields(Shared.record(Self.text([:])))
        #expect(plain[8] == "Dinas Perikanan Kabupaten Buton")
        for (k, form) in Self.forms.enumerated() {
            for headline in [true, false] {
                let inserts = [0: Self.link(form, Self.others[k % 3]), 2: Self.link(form, Self.others[(k + 1) % 3])]
                let varied = Self.fields(Shared.record(Self.text(inserts, headline: headline)))
                let base = Self.fields(Shared.record(Self.text([:], headline: headline)))
                #expect(varied == base, "form \(k), headline \(headline): \(varied) vs \(base)")
            }
        }
    }

    @Test func theHeadlinesUnderAListsHeadGiveNothing() {
        let list = "Berita Terkait:\n" + Self.others.joined(separator: "\n")
        #expect(Self.fields(Shared.record(Self.text([1: list]))) == Self.fields(Shared.record(Self.text([:]))))
        let head = "Baca Juga\n" + Self.others[0]
        #expect(Self.fields(Shared.record(Self.text([1: head]))) == Self.fields(Shared.record(Self.text([:]))))
    }

    @Test func aLinkInsideAParagraphGivesNothing() {
        let base = Self.fields(Shared.record(Self.text([:])))
        for (open, close) in [("(", ")"), ("[", "]")] {
            var ps = Self.paragraphs
            ps[1] = "Kepala Dinas Perikanan Kabupaten Buton, La Ode Rahmat, mengatakan pelatihan ini digelar agar nelayan mampu mengolah ikan \(open)Baca juga: \(Self.others[0])\(close) menjadi abon dan kerupuk yang bernilai jual."
            ps[2] = "\(open)Baca juga: \(Self.others[1])\(close) " + ps[2]
            let text = ([Self.headline] + ps).joined(separator: "\n")
            #expect(Self.fields(Shared.record(text)) == base, "\(open)")
        }
        // At a paragraph's end after its last sentence, the link runs to the end of the line.
        var ps = Self.paragraphs
        ps[2] += " Baca juga: " + Self.others[2]
        #expect(Self.fields(Shared.record(([Self.headline] + ps).joined(separator: "\n"))) == base)
    }

    @Test func theLinksTokensAreGoneAndTheRestKeepsItsOffsets() {
        let text = Self.text([0: "Baca: " + Self.others[0]])
        let t = StructureTests.analyze(text)
        #expect(t.lineStarts.count == 5)
        #expect(!t.tokens.indices.contains { t.folded($0) == "wakatobi" })
        let plain = StructureTests.analyze(Self.text([:]))
        // The tokens after the link keep their place in the clean text, so evidence quotes the text as it is.
        let i = t.tokens.indices.first { t.folded($0) == "narasumber" }
        #expect(i.map { t.text(of: $0..<($0 + 1)) } == "narasumber")
        #expect(t.tokens.count == plain.tokens.count)
        // Sentences are numbered again without a gap: the same numbers as the text without the link.
        #expect(t.tokens.map(\.sentence) == plain.tokens.map(\.sentence))
        #expect(t.headline == plain.headline && t.lead == plain.lead && t.bodyStart == plain.bodyStart)
    }

    @Test func aTextWithoutLinksIsUntouched() {
        // A word of reading inside a sentence is no link (`membaca`, `baca juga` without a colon or a bracket).
        var ps = Self.paragraphs
        ps[3] = "Ia meminta peserta baca juga buku panduan, lalu lihat juga contoh kemasan di pasar."
        let text = ([Self.headline] + ps).joined(separator: "\n")
        let t = StructureTests.analyze(text)
        #expect(t.tokens.count == Tokenizer.tokenize(CleanText(normalizing: text)).tokens.count)
    }

    @Test func aWeatherWidgetIsNoHeadline() {
        for weather in ["Cuaca hari ini: 31°C Cerah Berawan", "Kota Baubau 29 °C Hujan Ringan Sore Ini"] {
            let text = "Beranda\nIklan\n\(weather)\nFollow Us\n" + Self.text([:])
            let t = StructureTests.analyze(text)
            #expect(t.text(of: t.headline) == Self.headline, "\(weather)")
            #expect(Self.fields(Shared.record(text)) == Self.fields(Shared.record(Self.text([:]))))
        }
    }

    @Test func aLeadInCapitalsReadsItsWordsOfGrammarInLowerCase() {
        // A page with no headline that shouts its lead: the venue ends where the sentence goes on (`itu`), the office
        // keeps its name.
        var ps = Self.paragraphs
        ps[0] = "PASARWAJO – DINAS PERIKANAN KABUPATEN BUTON MENGGELAR PELATIHAN PENGOLAHAN HASIL TANGKAPAN BAGI 35 NELAYAN DI AULA KANTOR CAMAT PASARWAJO ITU AGAR NELAYAN MAMPU MENGOLAH IKAN, SELASA (14/10/2025)."
        ps[3] = "Pelatihan di Aula Kantor Camat Pasarwajo itu diikuti dengan antusias oleh nelayan dari enam desa."
        let shouted = StructureTests.analyze(ps.joined(separator: "\n"))
        let words = shouted.lineRange(0).filter { shouted.tokens[$0].kind == .word }
        func word(_ w: String) -> Token? { words.first { shouted.folded($0) == w }.map { shouted.tokens[$0] } }
        #expect(word("pasarwajo")?.allCaps == true)  // the dateline keeps its capitals
        #expect(word("di").map { !$0.capitalized && !$0.allCaps } == true)
        #expect(word("itu").map { !$0.capitalized && !$0.allCaps } == true)
        #expect(word("aula").map { $0.capitalized && !$0.allCaps } == true)  // written `Aula` below
        #expect(word("nelayan").map { $0.capitalized && !$0.allCaps } == true)  // a capital alone, as in a headline
        #expect(word("selasa").map { $0.capitalized && !$0.allCaps } == true)  // no acronym
        let r = Shared.record(ps.joined(separator: "\n"))
        #expect(r.event?.location?.venue?.lowercased() == "aula kantor camat pasarwajo")
        #expect(r.event?.organizers.map { $0.name.lowercased() } == ["dinas perikanan kabupaten buton"])
        // A headline in capitals is not touched (pages write them so, and the rules read them so).
        let headline = StructureTests.analyze("DINAS PERIKANAN BUTON LATIH 35 NELAYAN DI PASARWAJO\n" + Self.paragraphs.joined(separator: "\n"))
        #expect(headline.lineRange(0).allSatisfy { headline.tokens[$0].kind != .word || headline.tokens[$0].allCaps })
    }

    @Test func chromeAboveTheHeadlineLeavesThePagesDateInItsHeader() {
        // The event's day is a weekday alone, read from the page's date under the headline.
        let page = """
            Dinsos Baubau Latih 40 Pendamping Lansia
            Selasa, 14 Oktober 2025 10:20 WIB
            BAUBAU – Dinas Sosial Kota Baubau menggelar pelatihan perawatan lansia bagi 40 pendamping di Aula Kantor Camat Betoambari, Selasa.
            Kepala Dinas Sosial Kota Baubau, Wa Ode Hasnah, mengatakan pendamping lansia harus mampu merawat lansia yang tinggal sendiri.
            """
        let chrome = "Beranda\nMasuk | Daftar\nNasional\nOlahraga\nIndeks\nKota Baubau 29°C Berawan\nIklan\nFollow Us\n"
        let plain = Shared.record(page)
        #expect(plain.event?.date?.start.iso == "2025-10-14")
        let r = Shared.record(chrome + page)
        #expect(r.event?.date?.start.iso == "2025-10-14")
        #expect(r.document.published?.iso == "2025-10-14")
        #expect(Self.fields(r) == Self.fields(plain))
    }
}
