import Foundation
import Testing
@testable import Warta

/// Round 25 (WRAP25): hard-wrapped paragraphs (text copied from a PDF, an e-paper or a mail, broken at a space into
/// lines of 50-120 characters, or at a ragged edge) are joined back into one paragraph per line by CleanText
/// (`Unwrap`), by the shape of the lines only; a text with one paragraph per line, and an HTML page, are unchanged;
/// the text keeps its length, so offsets are the same scalars.
struct Round25UnwrapTests {
    /// A report written for these tests, in the style of a regional news site: a headline, a date line, a dateline,
    /// quotes, an abbreviated title, a `Baca Juga` line, a list and multi-byte characters.
    static let article = """
        Dinas Sosial Kabupaten Lembah Hijau Latih 60 Kader Posyandu Soal Gizi Balita

        Rabu, 12 November 2025 | 09:15 WIB

        LEMBAH HIJAU – Dinas Sosial Kabupaten Lembah Hijau menggelar pelatihan kader posyandu tentang pemantauan gizi balita di Aula Kantor Camat Sukasari, Rabu (12/11/2025). Sebanyak 60 kader dari 12 desa mengikuti kegiatan yang berlangsung selama dua hari itu.

        Pelatihan dibuka oleh Kepala Dinas Sosial, Dra. Wiwin Rahayu, M.Si. Dalam sambutannya ia menyebut kader posyandu sebagai ujung tombak pelayanan kesehatan ibu dan anak di tingkat desa, terutama di wilayah yang jauh dari puskesmas.

        “Kalau kader terampil menimbang dan mencatat dengan benar, kita bisa menemukan balita yang berisiko lebih awal,” ujar Wiwin. Ia berharap ilmu yang didapat café-café diskusi kader 🎉 bisa ditularkan kepada kader lain di desa masing-masing.

        Baca Juga: Bupati Lembah Hijau Resmikan Gedung Posyandu Terpadu di Desa Mekarsari

        Materi pelatihan disampaikan oleh ahli gizi dari RSUD Lembah Hijau, dr. Anisa Putri, Sp.GK, serta petugas gizi Puskesmas Sukasari. Peserta juga mempraktikkan cara mengukur panjang badan bayi dengan alat ukur yang benar.

        Materi yang diberikan antara lain:
        1. Penimbangan dan pencatatan berat badan balita
        2. Pengukuran panjang dan tinggi badan
        3. Konseling gizi bagi ibu balita

        Kegiatan ini didanai dari anggaran Dinas Sosial tahun 2025 dan akan dilanjutkan dengan pendampingan di setiap posyandu hingga akhir tahun, kata panitia.
        """

    /// Breaks every line longer than `width` at the last space before it (as `scripts/vary.py` does); `ragged` moves the
    /// width by a few characters from line to line, as a proportional font does.
    static func wrap(_ text: String, width: Int, ragged: Bool = false) -> String {
        let jitter = [0, -6, 3, -2, 7, -8, 5, -4, 1]
        var k = 0
        var out: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var rest = Array(String(line).unicodeScalars)
            while true {
                let w = ragged ? width + jitter[k % jitter.count] : width
                k += 1
                guard rest.count > w else { break }
                guard let cut = rest[0..<w].lastIndex(of: " "), cut > 0 else { break }
                out.append(String(String.UnicodeScalarView(rest[0..<cut])))
                rest = Array(rest[(cut + 1)...])
            }
            out.append(String(String.UnicodeScalarView(rest)))
        }
        return out.joined(separator: "\n")
    }

    @Test func aWrappedReportIsJoinedBackAtEveryWidth() {
        let clean = CleanText(normalizing: Self.article)
        for width in [50, 60, 70, 80, 90, 100, 120] {
            for ragged in [false, true] {
                let wrapped = Self.wrap(Self.article, width: width, ragged: ragged)
                #expect(wrapped != Self.article)
                let unwrapped = CleanText(normalizing: wrapped)
                #expect(unwrapped.string == clean.string, "width \(width) ragged \(ragged):\n\(unwrapped.string)")
            }
        }
    }

    @Test func aTextWithOneParagraphPerLineIsUnchanged() {
        var article = Self.article
        let plain = article.withUTF8 { CleanText.normalize($0, composed: false) } ?? []
        #expect(Unwrap.joinedBreaks(plain).isEmpty)
        #expect(CleanText(normalizing: Self.article).scalars == plain)
        // Short lines (a letter's closing, an address) are never joined, however many.
        let letter = "Hormat kami,\nKepala Dinas Sosial\nKabupaten Lembah Hijau\nttd\nDra. Wiwin Rahayu, M.Si\nNIP 19700101 199503 2 001\n"
        #expect(CleanText(normalizing: letter).string == "Hormat kami,\nKepala Dinas Sosial\nKabupaten Lembah Hijau\nttd\nDra. Wiwin Rahayu, M.Si\nNIP 19700101 199503 2 001")
    }

    @Test func offsetsAreTheSameScalars() {
        let wrapped = Self.wrap(Self.article, width: 64)
        var copy = wrapped
        let before = copy.withUTF8 { CleanText.normalize($0, composed: false) } ?? []
        let clean = CleanText(normalizing: wrapped)
        #expect(clean.count == before.count)
        let text = clean.string
        for word in ["café-café", "🎉", "“Kalau", "Wiwin.", "LEMBAH HIJAU –"] {
            let found: Range<String.Index>? = text.range(of: word)
            guard let range = found else {
                Issue.record("\(word) is not in the joined text")
                continue
            }
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
            let end = start + word.unicodeScalars.count
            #expect(clean.slice(start, end) == word)
            // The same scalars stand at the same offsets in the text before the join.
            #expect(CleanText.utf8String(before[start..<end]).replacingOccurrences(of: "\n", with: " ") == word)
        }
    }

    @Test func theHeadlineAndTheHeaderStayApart() {
        // A headline as long as the width, right above the date line and the dateline: not joined to them.
        let doc = """
            Pemkab Lembah Hijau Gelar Bimtek Operator Desa Soal Aplikasi Keuangan
            Kamis, 13 November 2025 10:20 WIB
            LEMBAH HIJAU – Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Lembah Hijau menggelar bimbingan teknis bagi operator desa tentang aplikasi keuangan desa di Aula Bappeda, Kamis (13/11/2025). Kegiatan diikuti 85 operator dari seluruh kecamatan.
            Kepala Dinas PMD, Ir. Bambang Sutejo, mengatakan bimtek digelar agar laporan keuangan desa tersusun tepat waktu dan sesuai aturan yang berlaku tahun ini.
            Narasumber bimtek berasal dari Badan Pengawasan Keuangan dan Pembangunan Perwakilan Provinsi serta inspektorat daerah.
            """
        let wrapped = Self.wrap(doc, width: 72)
        let lines = CleanText(normalizing: wrapped).string.split(separator: "\n").map(String.init)
        #expect(lines.count == 5, "\(lines)")
        #expect(lines.first == "Pemkab Lembah Hijau Gelar Bimtek Operator Desa Soal Aplikasi Keuangan")
        #expect(lines.count > 1 && lines[1] == "Kamis, 13 November 2025 10:20 WIB")
        #expect(lines.count > 2 && lines[2].hasPrefix("LEMBAH HIJAU – ") && lines[2].hasSuffix("seluruh kecamatan."))
        // A headline longer than the width is joined back: its second half is in capitals too.
        let long = "Ratusan Kader Posyandu dari Dua Belas Kecamatan di Kabupaten Lembah Hijau Ikuti Pelatihan Gizi Balita\n\n" + doc.split(separator: "\n").dropFirst(1).joined(separator: "\n")
        let longLines = CleanText(normalizing: Self.wrap(long, width: 72)).string.split(separator: "\n").map(String.init)
        #expect(longLines.first == "Ratusan Kader Posyandu dari Dua Belas Kecamatan di Kabupaten Lembah Hijau Ikuti Pelatihan Gizi Balita")
    }

    @Test func listsMenusAndBacaJugaLinesStayApart() {
        let wrapped = Self.wrap(Self.article, width: 70)
        let text = CleanText(normalizing: wrapped).string
        #expect(text.contains("\n1. Penimbangan dan pencatatan berat badan balita\n2. Pengukuran"))
        #expect(text.contains("\nBaca Juga: Bupati Lembah Hijau Resmikan Gedung Posyandu Terpadu di Desa Mekarsari\n"))
        let menu = "Beranda | Berita | Daerah | Pendidikan | Kesehatan | Olahraga | Hiburan | Opini\nPelatihan Kader Posyandu di Lembah Hijau\n" + wrapped
        #expect(CleanText(normalizing: menu).string.hasPrefix("Beranda | Berita | Daerah | Pendidikan | Kesehatan | Olahraga | Hiburan | Opini\nPelatihan Kader Posyandu di Lembah Hijau\n"))
    }

    @Test func aTextWithoutEvidenceIsLeftAlone() {
        // One sentence broken once: not enough to call the text hard-wrapped.
        let one = "Pelatihan Kader Posyandu\nDinas Sosial menggelar pelatihan kader posyandu di aula kantor camat\nselama dua hari, Rabu (12/11/2025).\nPeserta berjumlah 60 orang."
        #expect(CleanText(normalizing: one).string == one)
    }

    @Test func htmlPagesPassThroughUnchanged() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../corpus/html").standardized
        let files = (FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? [])
            .filter { $0.pathExtension == "html" }
        #expect(files.count > 100)
        for url in files {
            let page = try HTMLReader.read(Array(try Data(contentsOf: url)))
            var text = page.text
            let plain = text.withUTF8 { CleanText.normalize($0, composed: false) } ?? []
            #expect(Unwrap.joinedBreaks(plain).isEmpty, "\(url.lastPathComponent)")
        }
        // A page whose paragraphs are <p> elements: each stays a line.
        let html = "<html><head><title>Pelatihan Kader</title></head><body><article><h1>Dinsos Latih Kader Posyandu</h1>"
            + "<p>LEMBAH HIJAU – Dinas Sosial menggelar pelatihan kader posyandu di aula kantor camat, Rabu (12/11/2025), diikuti</p>"
            + "<p>enam puluh kader dari dua belas desa yang datang sejak pagi hari ke kantor camat Sukasari untuk belajar</p>"
            + "<p>menimbang dan mencatat berat badan balita dengan benar, kata panitia kepada wartawan di lokasi acara itu.</p>"
            + "</article></body></html>"
        let r = Shared.pipeline.process(DocumentInput(id: "p", source: "p.html", format: .html, bytes: Array(html.utf8)), withText: true)
        #expect((r.text ?? "").split(separator: "\n").count >= 3)
    }
}
