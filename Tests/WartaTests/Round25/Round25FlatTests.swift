import Testing
@testable import Warta

/// Round 25 (FLAT25): an article that comes as one block (the headline, the page's date and byline and the whole
/// article run into one paragraph, as excerpts, AMP pages and the text fields of feeds give it) is cut back into
/// lines (``BlockLines``): a dateline among the block's first tokens starts the body, the page's date stands on its
/// own line, the body is cut into paragraphs at sentence ends (not after a short title, `Andi Muh. Ridwan`). The
/// record of the block is the record of the same article in paragraphs; a page in paragraphs is not touched.
struct Round25FlatTests {
    static let paragraphs: [String] = [
        "Beranda / Berita / Pemerintahan",
        "Dinas Koperasi Kupang Latih 45 Pelaku UMKM Kemasan Produk",
        "Rabu, 12 November 2025 10:15 WITA",
        "Penulis: Yohana Bria | Editor: Markus Nahak",
        "KUPANG – Dinas Koperasi dan UKM Kota Kupang menggelar pelatihan desain kemasan produk bagi 45 pelaku usaha mikro, Selasa (11/11/2025), di Aula Hotel Sasando Kupang.",
        "Pelatihan dua hari itu dibuka Sekretaris Dinas Koperasi dan UKM Kota Kupang. Ia meminta peserta tidak lagi menjual kue dan kripik dalam plastik polos tanpa label.",
        "Materi disampaikan dua narasumber, yakni Andi Muh. Ridwan dari Politeknik Negeri Kupang dan Maria Goreti Seran, pendamping UMKM dari Rumah BUMN Kupang.",
        "Para peserta belajar memotret produk, membuat label sederhana dan menghitung biaya kemasan. Setiap peserta membawa satu produk andalannya untuk dipraktikkan.",
        "Salah satu peserta, Yuliana Benu, mengaku selama ini hanya menjual keripik pisang di pasar. Ia berharap kemasan baru membuat produknya bisa masuk ke toko oleh-oleh.",
        "Dinas berencana menggelar pelatihan serupa bagi pelaku usaha di kecamatan lain tahun depan. Pendampingan pemasaran daring juga akan diberikan kepada peserta terbaik.",
    ]
    /// The article as a page gives it, one paragraph a line.
    static var page: String { paragraphs.joined(separator: "\n\n") + "\n" }
    /// The same article in one block under its first line.
    static var block: String { paragraphs[0] + "\n" + paragraphs.dropFirst().joined(separator: " ") + "\n" }

    static func analyzed(_ s: String) -> AnalyzedText { AnalyzedText(raw: s, vocabulary: Shared.rules.vocabulary) }

    @Test func aBlockIsCutAtItsDatelineAndIntoParagraphs() {
        let a = Self.analyzed(Self.block)
        #expect(a.lineStarts.count > 4, "lines: \(a.lineStarts.count)")
        // The body starts at the dateline; the headline is in the header before it, the page's date on a line of its own.
        #expect(a.text(of: a.bodyStart..<(a.bodyStart + 1)) == "KUPANG")
        #expect(a.text(of: a.headline).contains("Latih 45 Pelaku UMKM"))
        #expect(a.structure.kinds.contains(.date))
        // The lead is the dateline's sentence, not the whole block.
        #expect(a.text(of: a.lead).hasPrefix("KUPANG – Dinas Koperasi"))
        #expect(!a.text(of: a.lead).contains("Yuliana Benu"))
        // No cut parts a name from its short title.
        for s in a.lineStarts { #expect(a.text(of: s..<(s + 1)) != "Ridwan") }
    }

    @Test func theBlockGivesThePagesRecord() {
        let page = Shared.record(Self.page).event
        let block = Shared.record(Self.block).event
        #expect(page != nil && block != nil)
        #expect(block?.date?.start == page?.date?.start)
        #expect(block?.location?.city == page?.location?.city)
        #expect(block?.location?.venue == page?.location?.venue)
        #expect(block?.participants?.total == page?.participants?.total)
        #expect(block?.organizers.map(\.name) == page?.organizers.map(\.name))
        #expect(block?.speakers.map(\.name) == page?.speakers.map(\.name))
        #expect(page?.participants?.total == 45)
    }

    @Test func aRadiosDatelineWithAColonStartsTheBody() {
        let text = "RRI Atambua | Daerah\nKamis, 6 November 2025 09:30 Empat Puluh Kader Posyandu Belu Dilatih Ukur Tinggi Badan KBRN, Atambua: Empat puluh kader posyandu dari tiga kecamatan di Kabupaten Belu ikut pelatihan pengukuran tinggi badan balita di Aula Puskesmas Atapupu, hari ini. Pelatihan digelar Dinas Kesehatan Kabupaten Belu. Kepala Puskesmas Atapupu bilang, banyak alat ukur di posyandu sudah rusak. Karena itu kader diajari memakai alat baru. Setiap kader juga diajari mencatat hasil di buku KIA. Pelatihan berlangsung sampai besok. Kader yang lulus akan dapat sertifikat dari dinas. Dinas juga membagikan alat ukur baru untuk setiap posyandu yang ikut pelatihan ini. Kader dari desa yang jauh akan dijemput dengan mobil puskesmas supaya bisa ikut pelatihan sampai selesai. Tahun depan pelatihan yang sama akan digelar untuk kader dari empat kecamatan lain di Kabupaten Belu. Dinas berharap angka balita pendek di Belu terus turun setiap tahun.\n"
        let a = Self.analyzed(text)
        #expect(a.text(of: a.bodyStart..<(a.bodyStart + 1)) == "Atambua")
        #expect(a.text(of: a.headline).contains("Kader Posyandu Belu Dilatih"))
    }

    @Test func aPageInParagraphsIsNotTouched() {
        let a = Self.analyzed(Self.page)
        let lines = Self.page.split(separator: "\n", omittingEmptySubsequences: true).count
        #expect(a.lineStarts.count == lines)
        #expect(a.text(of: a.bodyStart..<(a.bodyStart + 1)) == "KUPANG")
        // A long paragraph that is no block (under six sentences) keeps its one line.
        let long = "Judul Berita Pelatihan\n\n" + String(repeating: "Pelatihan kader posyandu di Aula Desa Oebelo diikuti warga dari tujuh dusun yang datang sejak pagi hari, ", count: 8) + "selesai.\n"
        let b = Self.analyzed(long)
        #expect(b.lineStarts.count == 2)
    }
}
