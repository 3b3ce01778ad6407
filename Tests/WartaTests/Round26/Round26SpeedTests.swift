import Foundation
import Testing
@testable import Warta

/// Round 26 (SPEED26): round 25's passes made cheap without changing an answer. The links to other stories are taken
/// out of the tokens in place and the structure is found again from the first classes of the lines kept whole
/// (`AnalyzedText.remove`, `DocumentStructure.lineClasses(keeping:...)`); the unwrap pass counts its evidence breaks by
/// a byte search for the line ends and stops early (`Unwrap.evidenceBreaks`). Each is checked against round 25's way
/// (a copy of the tokens, the whole structure pass again; every line collected) on texts of our own, written in the
/// style of regional news: a `Baca Juga` line in the header, in the body and inside a paragraph, lists of other
/// stories, footers, wrapped texts with few and many breaks, and multi-byte text so that offsets are checked.
struct Round26SpeedTests {
    // MARK: Round 25's way, the reference

    /// The tokens, line starts and structure as round 25 built them: the removed tokens copied out
    /// (`AnalyzedText.removing`) and the structure found again from every line (`AnalyzedText.structure(of:)`).
    static func reference(_ text: String, firstLineIsHeadline: Bool = false) -> ([Token], [Int], DocumentStructure) {
        let vocabulary = Shared.rules.vocabulary
        let out = Tokenizer.tokenize(CleanText(normalizing: text), vocabulary: vocabulary)
        var tokens = out.tokens
        AnalyzedText.recaseShoutedParagraphs(&tokens, folds: out.folds)
        let flags = vocabulary.structureFlags
        var blockStarts: [Int] = []
        for (i, t) in tokens.enumerated() where t.lineStart { blockStarts.append(i) }
        let cuts = BlockLines.starts(tokens, lineStarts: blockStarts) { [tokens] i in
            guard i >= 0, i < tokens.count else { return [] }
            let id = Int(tokens[i].id)
            return id >= 0 && id < flags.count ? flags[id] : []
        } word: { [tokens] i in
            i >= 0 && i < tokens.count ? Tokenizer.folded(tokens[i], in: out.folds) : ""
        }
        if !cuts.isEmpty { BlockLines.apply(cuts, to: &tokens) }
        var (starts, structure) = AnalyzedText.structure(of: tokens, vocabulary: vocabulary, firstLineIsHeadline: firstLineIsHeadline)
        let other = DocumentStructure.otherStories(kinds: structure.kinds, tokens: tokens, lineStarts: starts) { [tokens] i in
            guard i >= 0, i < tokens.count else { return [] }
            let id = Int(tokens[i].id)
            return id >= 0 && id < flags.count ? flags[id] : []
        }
        if !other.isEmpty, let kept = AnalyzedText.removing(other, from: tokens) {
            tokens = kept
            (starts, structure) = AnalyzedText.structure(of: tokens, vocabulary: vocabulary, firstLineIsHeadline: firstLineIsHeadline)
        }
        return (tokens, starts, structure)
    }

    /// Every field of a token, as one string.
    static func fields(_ t: Token) -> String {
        "\(t.kind.rawValue) \(t.spaceBefore) \(t.lineStart) \(t.capitalized) \(t.allCaps) \(t.alphabetic) \(t.classes) "
            + "\(t.foldASCII) \(t.id) \(t.start) \(t.end) \(t.number ?? -1) \(t.sentence) \(t.foldStart) \(t.foldEnd)"
    }

    static func fields(_ s: DocumentStructure) -> String {
        "\(s.kinds.map(\.rawValue)) \(s.headline) \(s.bodyStart) \(s.lead) \(s.dateline)"
    }

    /// Whether `AnalyzedText` gives `text` the tokens, lines and structure round 25's way gives it.
    static func expectSame(_ text: String, firstLineIsHeadline: Bool = false, _ note: String) {
        let a = AnalyzedText(CleanText(normalizing: text), vocabulary: Shared.rules.vocabulary, firstLineIsHeadline: firstLineIsHeadline)
        let (tokens, starts, structure) = Self.reference(text, firstLineIsHeadline: firstLineIsHeadline)
        #expect(a.tokens.map(Self.fields) == tokens.map(Self.fields), "\(note): tokens")
        #expect(a.lineStarts == starts, "\(note): line starts")
        #expect(Self.fields(a.structure) == Self.fields(structure), "\(note): structure")
    }

    // MARK: Texts

    static let headline = "Dinas Ketahanan Pangan Kabupaten Sumba Barat Latih 45 Kelompok Wanita Tani Olah Pangan Lokal"
    static let paragraphs = [
        "WAIKABUBAK – Dinas Ketahanan Pangan Kabupaten Sumba Barat menggelar pelatihan pengolahan pangan lokal bagi 45 anggota kelompok wanita tani di Aula Kantor Bupati, Kamis (6/11/2025).",
        "Kepala Dinas Ketahanan Pangan, Ir. Yohanes Bili Ngongo, mengatakan pelatihan ini bertujuan agar ubi, jagung dan kelor diolah menjadi produk yang bernilai jual.",
        "Materi disampaikan oleh narasumber dari Politeknik Pertanian Negeri Kupang, Maria Goreti Lede, S.TP., M.Sc., yang juga memandu praktik pembuatan tepung mocaf.",
        "“Kami ingin ibu-ibu di desa bisa membuka usaha sendiri,” ujar Yohanes. Kegiatan berlangsung selama dua hari dan ditutup dengan pameran produk peserta.",
    ]
    static let others = [
        "Perkuat Ketahanan Pangan, DKP Sumba Timur Bekali 30 Penyuluh di Waingapu",
        "Dinsos Kota Kupang Gelar Bimtek Pendamping PKH, Selasa 4 November 2025",
        "120 Petani Ikuti Sekolah Lapang Iklim yang Digelar BMKG di Ende",
    ]

    static func text(headline: Bool = true, before: [Int: String] = [:], lines: [String]? = nil, tail: String = "") -> String {
        var out: [String] = headline ? [Self.headline] : []
        for (k, p) in (lines ?? Self.paragraphs).enumerated() {
            if let s = before[k] { out.append(s) }
            out.append(p)
        }
        return out.joined(separator: "\n") + (tail.isEmpty ? "" : "\n" + tail) + "\n"
    }

    // MARK: Tests of the structure

    @Test func aLinkLineInTheHeaderTheBodyOrTheEndGivesRound25sStructure() {
        let forms = ["Baca Juga: ", "BACA JUGA : ", "Baca: ", "» Baca Juga: ", "- Lihat juga ", "Berita terkait: ", "Sebelumnya: "]
        for (k, form) in forms.enumerated() {
            let link = form + Self.others[k % 3]
            for at in 0..<Self.paragraphs.count {
                for headline in [true, false] {
                    Self.expectSame(Self.text(headline: headline, before: [at: link]), "form \(k) before paragraph \(at) headline \(headline)")
                    Self.expectSame(Self.text(headline: headline, before: [at: link]), firstLineIsHeadline: headline, "form \(k) before \(at), known headline")
                }
            }
            Self.expectSame(Self.text(tail: link), "form \(k) at the end")
            Self.expectSame(Self.text(tail: link + "\n(yan/rds)"), "form \(k) before a byline")
            // Above the headline, among a page's chrome.
            Self.expectSame("Beranda | Berita | Daerah\n" + link + "\n" + Self.text(), "form \(k) in the header")
        }
    }

    @Test func aLinkInsideAParagraphGivesRound25sStructure() {
        for (open, close) in [("(", ")"), ("[", "]")] {
            var ps = Self.paragraphs
            // Inside a sentence, at the start of a paragraph, after a sentence's end to the end of the line.
            ps[1] = "Kepala Dinas Ketahanan Pangan, Ir. Yohanes Bili Ngongo, mengatakan pelatihan ini \(open)Baca juga: \(Self.others[0])\(close) bertujuan agar ubi diolah."
            ps[2] = "\(open)Baca juga: \(Self.others[1])\(close) " + ps[2]
            ps[3] += " Baca juga: \(Self.others[2])"
            Self.expectSame(Self.text(lines: ps), "inline \(open)")
            // The first paragraph (the body's start) with a link.
            var first = Self.paragraphs
            first[0] = "\(open)Lihat juga: \(Self.others[0])\(close) " + first[0]
            Self.expectSame(Self.text(lines: first), "inline \(open) in the lead")
            // A line that is nothing but the link in brackets.
            Self.expectSame(Self.text(before: [2: "\(open)Baca juga: \(Self.others[1])\(close)"]), "a bracketed link alone \(open)")
        }
    }

    @Test func listsAndFootersGiveRound25sStructure() {
        let list = "Berita Terkait\n" + Self.others.joined(separator: "\n")
        Self.expectSame(Self.text(before: [2: list]), "a list in the body")
        Self.expectSame(Self.text(before: [1: list]), "a list under the lead")
        Self.expectSame(Self.text(tail: list), "a list at the end")
        Self.expectSame(Self.text(tail: "Baca Juga\n" + Self.others[0] + "\nTags: pangan lokal, kelompok wanita tani, Sumba Barat\n© 2025 Warta Sumba. All rights reserved."), "a footer")
        Self.expectSame(Self.text(tail: "TERPOPULER\n" + Self.others.map { $0 + "." }.joined(separator: "\n")), "headlines with full stops")
        // A long related line and one ending with a full stop, between a list's head and short lines.
        let long = "Baca juga: " + Array(repeating: "Pelatihan Kader Posyandu Desa Lede", count: 6).joined(separator: " ")
        Self.expectSame(Self.text(tail: "Terpopuler\n" + long + "\nBaca juga: Bupati meninjau pasar.\nPeserta pulang membawa alat"), "a list broken by long lines")
        // Several links in a row, in the header and the body, and a text that is only links.
        let links = Self.others.map { "Baca Juga: " + $0 }.joined(separator: "\n")
        Self.expectSame(links + "\n" + Self.text(before: [1: links, 3: links]), "many links")
        Self.expectSame(links, "only links")
        Self.expectSame("Baca Juga: " + Self.others[0], "one link alone")
    }

    @Test func shoutedParagraphsAreFoundAsBefore() {
        var ps = Self.paragraphs
        // A lead in capitals, one with a few words in lower case (still nine in ten in capitals), one with too many.
        ps[0] = ps[0].uppercased()
        let words = ps[1].uppercased().split(separator: " ").map(String.init)
        var some = words
        some[3] = some[3].lowercased()
        ps[1] = some.joined(separator: " ")
        var many = words
        for k in stride(from: 1, to: many.count, by: 4) { many[k] = many[k].lowercased() }
        ps[2] = many.joined(separator: " ")
        Self.expectSame(Self.text(lines: ps), "shouted")
        Self.expectSame(Self.text(before: [1: "Baca Juga: " + Self.others[0].uppercased()], lines: ps), "shouted with a link")
        // A short line in capitals (a headline) and a text of one shouted line.
        Self.expectSame(Self.headline.uppercased() + "\n" + Self.paragraphs.joined(separator: "\n"), "a headline in capitals")
        Self.expectSame(Self.paragraphs.joined(separator: " ").uppercased(), "one shouted block")
    }

    @Test func multiByteTextsKeepTheirOffsets() {
        var ps = Self.paragraphs
        ps[1] = "Kepala dinas — Ir. Yohanes Bili Ngongo — menyebut café, crème dan “kue rumahan” 🎉 sebagai contoh usaha; ĊĠ ẞ ǅ tetap ditulis."
        ps[2] = "(Baca juga: Pelatihan Café Kelor di Waikabubak 🍵) " + ps[2]
        Self.expectSame(Self.text(before: [3: "» Baca Juga: Bupati Resmikan Café Pangan Lokal 🌽"], lines: ps), "multi-byte")
        let a = AnalyzedText(CleanText(normalizing: Self.text(lines: ps)), vocabulary: Shared.rules.vocabulary)
        // Every token's text is still the clean text's scalars at its offsets.
        for i in a.tokens.indices {
            #expect(a.text(of: i..<(i + 1)) == a.text.slice(a.tokens[i].start, a.tokens[i].end))
        }
        // The link's words are gone from the tokens, the text keeps them.
        #expect(!a.tokens.contains { a.text.slice($0.start, $0.end) == "Kelor" })
        #expect(a.text.string.contains("Pelatihan Café Kelor"))
    }

    @Test func theRemovalInPlaceIsTheCopy() {
        let vocabulary = Shared.rules.vocabulary
        let base = Tokenizer.tokenize(CleanText(normalizing: Self.text(tail: "Baca Juga: " + Self.others[0])), vocabulary: vocabulary).tokens
        let n = base.count
        // Sentence numbers with gaps (every second one), so the tokens before the first range are numbered again too.
        var gapped = base
        for i in gapped.indices { gapped[i].sentence *= 2 }
        let cases: [[Range<Int>]] = [
            [], [0..<0], [(n - 5)..<n], [0..<3], [0..<n], [3..<7, 7..<9], [3..<9, 5..<12], [2..<4, 10..<11, (n - 2)..<(n + 4)],
            [(n - 1)..<n], [1..<(n - 1)], [0..<1, 1..<n], [(n + 2)..<(n + 5)],
        ]
        for tokens in [base, gapped] {
            for (k, ranges) in cases.enumerated() {
                var inPlace = tokens
                let changed = AnalyzedText.remove(ranges, from: &inPlace)
                if let copy = AnalyzedText.removing(ranges, from: tokens) {
                    #expect(changed, "case \(k)")
                    #expect(inPlace.map(Self.fields) == copy.map(Self.fields), "case \(k)")
                } else {
                    #expect(!changed, "case \(k)")
                    #expect(inPlace.map(Self.fields) == tokens.map(Self.fields), "case \(k): untouched")
                }
            }
        }
    }

    @Test func rangesAcrossLinesFallBackToEveryLine() throws {
        let vocabulary = Shared.rules.vocabulary
        let flags = vocabulary.structureFlags
        let tokens = Tokenizer.tokenize(CleanText(normalizing: Self.text()), vocabulary: vocabulary).tokens
        let starts = AnalyzedText.lineStarts(of: tokens)
        try #require(starts.count == Self.paragraphs.count + 1)
        let flag: (Int) -> DocumentStructure.Flags = { i in
            guard i >= 0, i < tokens.count else { return [] }
            let id = Int(tokens[i].id)
            return id >= 0 && id < flags.count ? flags[id] : []
        }
        let classes = DocumentStructure.lineClasses(tokens: tokens, lineStarts: starts, flags: flag)
        // A range across a line's end: the classes of the kept lines are not read from the old ones.
        let across = [(starts[1] - 2)..<(starts[1] + 2)]
        var kept = tokens
        #expect(AnalyzedText.remove(across, from: &kept))
        #expect(DocumentStructure.lineClasses(keeping: classes, oldStarts: starts, oldCount: tokens.count, removed: across, tokens: kept,
                                              flags: flag) == nil)
        // A whole line: the others keep their classes.
        let line = [starts[2]..<starts[3]]
        var without = tokens
        #expect(AnalyzedText.remove(line, from: &without))
        let again = DocumentStructure.lineClasses(keeping: classes, oldStarts: starts, oldCount: tokens.count, removed: line, tokens: without,
                                                  flags: flag)
        var expected = classes.kinds
        expected.remove(at: 2)
        #expect(again?.0.kinds == expected)
        #expect(again?.1 == AnalyzedText.lineStarts(of: without))
        // Part of a line (its first tokens, its last, its middle): that line is read again, the starts are the scan's.
        for part in [[starts[1]..<(starts[1] + 3)], [(starts[2] - 4)..<starts[2]], [(starts[3] + 2)..<(starts[3] + 5), starts[4]..<tokens.count]] {
            var cut = tokens
            #expect(AnalyzedText.remove(part, from: &cut))
            let cutStarts = AnalyzedText.lineStarts(of: cut)
            let read = DocumentStructure.lineClasses(keeping: classes, oldStarts: starts, oldCount: tokens.count, removed: part, tokens: cut, flags: flag)
            #expect(read?.1 == cutStarts, "\(part)")
            #expect(read?.0.kinds == DocumentStructure.lineClasses(tokens: cut, lineStarts: cutStarts, flags: flag).kinds, "\(part)")
            #expect(read?.0.opensList == DocumentStructure.lineClasses(tokens: cut, lineStarts: cutStarts, flags: flag).opensList, "\(part)")
        }

    }

    @Test func theOneListOfLinkWordsGivesBothFlags() {
        let table = DocumentStructure.vocabularyFlags
        for w in ["baca", "lihat", "simak", "read"] {
            #expect(table[w]?.contains(.relatedStart) == true && table[w]?.contains(.readStart) == true, "\(w)")
        }
        for w in ["berita", "artikel", "klik", "tonton", "saksikan"] {
            #expect(table[w]?.contains(.relatedStart) == true && table[w]?.contains(.readStart) == false, "\(w)")
        }
        #expect(AnalyzedText.grammarWords.contains("dengan") && !AnalyzedText.grammarWords.contains("dinas"))
    }

    // MARK: Tests of the unwrap pass

    /// The evidence breaks of `s` counted as round 25 counted them: every line collected.
    static func evidenceByLines(_ s: [Unicode.Scalar]) -> Int {
        var lines: [Unwrap.Line] = []
        var start = 0
        for (i, c) in s.enumerated() where c == "\n" {
            lines.append(Unwrap.Line(start: start, end: i))
            start = i + 1
        }
        lines.append(Unwrap.Line(start: start, end: s.count))
        var n = 0
        for i in 0..<(lines.count - 1) {
            let l = lines[i], m = lines[i + 1]
            if l.isEmpty || m.isEmpty || Unwrap.endsSentence(s, l) || Unwrap.isCloser(s[l.end - 1]) { continue }
            if s[m.start].properties.isLowercase { n += 1 }
        }
        return n
    }

    static func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    @Test func theByteSearchCountsTheSameBreaks() {
        let article = Self.text(before: [2: "Baca Juga: " + Self.others[0]])
        var texts: [String] = [article, "", "\n", "a\nb", "a\nb\nc", "satu\ndua\ntiga\n", "Satu\n\ndua\n\ntiga"]
        for width in [40, 55, 70, 90, 120] {
            texts.append(Round25UnwrapTests.wrap(article, width: width))
            texts.append(Round25UnwrapTests.wrap(article, width: width, ragged: true))
            texts.append(Round25UnwrapTests.wrap(Round25UnwrapTests.article, width: width))
        }
        // One evidence break, two, three; breaks after a full stop, a closer, a capital.
        texts.append("Pelatihan digelar di aula\ndinas sosial. Peserta datang.\nMereka pulang.")
        texts.append("Pelatihan digelar di aula\ndinas sosial dan dibuka\noleh bupati.")
        texts.append("Pelatihan digelar di aula\ndinas sosial dan dibuka\noleh bupati yang\nhadir sejak pagi.")
        texts.append("Ia berkata \"cukup\"\nlalu pergi.\nIa datang (pagi)\nsekali.")
        // Scalars whose first byte is 0x0A but are no line end (Ċ U+010A, U+200A hair space, ਊ U+0A0A, 🀊 U+1F00A),
        // next to line ends, and a lower-case letter beyond ASCII opening the next line.
        texts.append("Kader Ċ\u{200A}ਊ🀊 desa\nélan baru\u{200A}\nçara dan\u{010A}\nàla\u{1F00A}\nmateri")
        texts.append("Ċ\nċ\nĊĊ\n\u{200A}\n\u{0A0A}\nabc")
        for (k, t) in texts.enumerated() {
            let s = Self.scalars(t)
            let expected = Self.evidenceByLines(s)
            #expect(Unwrap.evidenceBreaks(s, upTo: Int.max) == expected, "text \(k)")
            #expect(Unwrap.evidenceBreaks(s, upTo: 2) == min(expected, 2), "text \(k)")
            #expect(Unwrap.joinedBreaks(s) == Unwrap.joinedBreaks(readingLines: s), "text \(k)")
        }
        // A wrapped text has many: the early stop leaves the joins as they were.
        let wrapped = Self.scalars(Round25UnwrapTests.wrap(Round25UnwrapTests.article, width: 64))
        #expect(Self.evidenceByLines(wrapped) >= 2)
        #expect(!Unwrap.joinedBreaks(wrapped).isEmpty)
    }
}
