import Foundation
import Testing
@testable import Warta

/// Round 26 (task HTML26): pages as Indonesian news CMSs write them. The headline of a WordPress theme sits in the
/// article's own `<header class="entry-header">` (dropped as chrome); a heading picked by its class alone (`title`)
/// that comes after the article's text has started (a share box's `Bagikan ini:`, a sidebar's `Berita Terpopuler`)
/// is not the headline; comment blocks named in Indonesian (`komentar`) are chrome. Every page is our own, written
/// in the style of regional news.
struct Round26HTMLPageTests {
    static let paragraphs = [
        "MUNA – Dinas Pertanian Kabupaten Muna menggelar pelatihan pembuatan pupuk organik bagi 45 petani di Balai Penyuluhan Pertanian Kecamatan Tongkuno, Rabu (8/10/2025).",
        "Kepala Dinas Pertanian Kabupaten Muna, La Ode Syahrir, mengatakan pelatihan digelar agar petani tidak lagi bergantung pada pupuk kimia yang harganya terus naik.",
        "Materi disampaikan penyuluh pertanian lapangan, Wa Ode Rahmawati, yang mengajak peserta langsung mempraktikkan pembuatan kompos dari jerami dan kotoran ternak.",
        "Seorang peserta, Abdul Karim, mengaku baru tahu bahwa limbah kandang bisa diolah menjadi pupuk yang bernilai jual.",
    ]
    static let headline = "Distan Muna Latih 45 Petani Buat Pupuk Organik"
    static var body: String { paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n") }

    static func firstLine(_ html: String) throws -> String {
        let page = try HTMLReader.read(Array(html.utf8))
        return String(page.text.split(separator: "\n", omittingEmptySubsequences: true).first ?? "")
    }

    @Test func theHeadlineInAnArticlesOwnHeaderIsTheHeadline() throws {
        let html = """
            <html><head><title>\(Self.headline) - Kabar Sultra</title></head><body>
            <header class="site-header"><p class="site-title"><a href="/">Kabar Sultra</a></p><nav><a href="/">Beranda</a></nav></header>
            <article class="post type-post hentry"><header class="entry-header"><h1 class="entry-title">\(Self.headline)</h1>
            <div class="entry-meta">Diposting pada <time datetime="2025-10-09T08:00:00+07:00">9 Oktober 2025</time></div></header>
            <div class="entry-content">\(Self.body)
            <div class="sharedaddy"><h3 class="sd-title">Bagikan ini:</h3><a href="#">Facebook</a></div></div></article>
            <aside class="widget-area"><h2 class="widget-title">Berita Terbaru</h2><ul><li><a href="/1">Dinkes Buton Gelar Bimtek Kader</a></li></ul></aside>
            </body></html>
            """
        #expect(try Self.firstLine(html) == Self.headline)
        let page = try HTMLReader.read(Array(html.utf8))
        #expect(!page.text.contains("Bagikan"))
        #expect(!page.text.contains("Diposting pada"))
        #expect(page.hasHeadline)
    }

    @Test func aTitleClassHeadingAfterTheArticleTextIsNotTheHeadline() throws {
        // no h1, no og:title: a share box's heading and a sidebar's heading come after the text; the <title> stands in
        let share = """
            <html><head><title>\(Self.headline) | Warta Sultra</title></head><body>
            <div class="entry-content">\(Self.body)
            <div class="sharedaddy"><h3 class="sd-title">Bagikan ini:</h3><a href="#">WhatsApp</a></div></div>
            <div class="column-4"><div class="box"><h2 class="title">Berita Terpopuler</h2><ul><li><a href="/2">Satu</a></li></ul></div></div>
            </body></html>
            """
        #expect(try Self.firstLine(share) == "\(Self.headline) | Warta Sultra")
        let sidebarOnly = share.replacingOccurrences(of: "<div class=\"sharedaddy\"><h3 class=\"sd-title\">Bagikan ini:</h3><a href=\"#\">WhatsApp</a></div>", with: "")
        #expect(try Self.firstLine(sidebarOnly) == "\(Self.headline) | Warta Sultra")
        // an og:title wins over the <title> then
        let og = sidebarOnly.replacingOccurrences(of: "</title>", with: "</title><meta property=\"og:title\" content=\"\(Self.headline)\">")
        #expect(try Self.firstLine(og) == Self.headline)
    }

    @Test func aTitleClassHeadingBeforeTheTextStaysTheHeadline() throws {
        // counterexample: a government site's panel heading above the article is its headline
        let html = """
            <html><head><title>Dinas Pertanian</title></head><body>
            <div class="panel"><div class="panel-heading"><h3 class="panel-title">\(Self.headline)</h3></div>
            <div class="panel-body"><div class="isi">\(Self.paragraphs.joined(separator: "<br><br>"))</div></div></div>
            <div class="panel"><h3 class="panel-title">Berita Lainnya</h3><ul><li><a href="/3">Dua</a></li></ul></div>
            </body></html>
            """
        #expect(try Self.firstLine(html) == Self.headline)
    }

    @Test func anH1OutsideAnArticleHeaderIsNotTakenFromTheSiteHeader() throws {
        // counterexample: the site's header h1 (its name) is no headline; the page's <title> stands in
        let html = """
            <html><head><title>\(Self.headline)</title></head><body>
            <header class="masthead"><h1 class="logo">Kabar Sultra</h1></header>
            <div class="entry-content">\(Self.body)</div></body></html>
            """
        #expect(try Self.firstLine(html) == Self.headline)
    }

    @Test func commentsNamedInIndonesianAreDropped() throws {
        let html = """
            <html><head><title>\(Self.headline)</title></head><body>
            <article class="detail"><h1>\(Self.headline)</h1><div class="detail__body-text">\(Self.body)</div></article>
            <div class="detail__komentar"><h4>Komentar</h4><div class="komentar__item"><b>Pembaca1</b><p>Mantap, semoga pelatihan seperti ini digelar juga di desa kami.</p></div></div>
            </body></html>
            """
        let page = try HTMLReader.read(Array(html.utf8))
        #expect(page.text.contains("Abdul Karim"))
        #expect(!page.text.contains("Pembaca1"))
        #expect(!page.text.contains("Mantap"))
    }

    @Test func photoCaptionsAroundTheLeadComeAfterTheArticle() throws {
        // a portal's photo above the lead and another inside the body: the lead follows the headline
        let html = """
            <html><head><title>\(Self.headline)</title></head><body>
            <article class="detail"><div class="detail__header"><h1 class="detail__title">\(Self.headline)</h1></div>
            <div class="detail__media"><figure><img src="/1.jpg"><figcaption class="detail__media-caption">Kepala Dinas Pertanian memberikan sambutan. (Foto: Humas)</figcaption></figure></div>
            <div class="detail__body-text"><p>\(Self.paragraphs[0])</p>
            <div class="wp-caption"><img src="/2.jpg"><p class="wp-caption-text">Peserta praktik membuat kompos.</p></div>
            \(Self.paragraphs.dropFirst().map { "<p>\($0)</p>" }.joined())</div></article></body></html>
            """
        let page = try HTMLReader.read(Array(html.utf8))
        let lines = page.text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        #expect(lines.first == Self.headline)
        #expect(lines.dropFirst().first == Self.paragraphs[0])
        // the caption after the lead moves too; one further down stays where it is. The caption of the media block
        // above the body is never between the headline and the lead: it goes with the block (outside the body's text),
        // or, where it is kept, after the text.
        let mediaCaption = "Kepala Dinas Pertanian memberikan sambutan. (Foto: Humas)"
        #expect(Array(lines.dropFirst().prefix(4)) == Self.paragraphs)
        #expect(lines.last == "Peserta praktik membuat kompos.")
        if let i = lines.firstIndex(of: mediaCaption) { #expect(i > Self.paragraphs.count) }
        let lower = html.replacingOccurrences(of: "<div class=\"wp-caption\"><img src=\"/2.jpg\"><p class=\"wp-caption-text\">Peserta praktik membuat kompos.</p></div>", with: "")
            .replacingOccurrences(of: "</div></article>", with: "<figure><img src=\"/3.jpg\"><figcaption>Peserta praktik membuat kompos.</figcaption></figure><p>Kegiatan ditutup dengan pembagian bibit.</p></div></article>")
        let kept = try HTMLReader.read(Array(lower.utf8)).text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        #expect(Array(kept.drop { $0 != "Peserta praktik membuat kompos." }.prefix(2)) == ["Peserta praktik membuat kompos.", "Kegiatan ditutup dengan pembagian bibit."])
        #expect(kept.dropFirst().first == Self.paragraphs[0])
        if let i = kept.firstIndex(of: mediaCaption) { #expect(i > Self.paragraphs.count) }
    }

    @Test func aTitleThatIsTheSiteNameIsNoHeadline() throws {
        let site = "<meta property=\"og:site_name\" content=\"Kabar Sultra\">"
        let only = "<html><head><title>Kabar Sultra</title>\(site)</head><body><div class=\"isi\">\(Self.body)</div></body></html>"
        let page = try HTMLReader.read(Array(only.utf8))
        #expect(page.text.split(separator: "\n").first.map(String.init) == Self.paragraphs[0])
        #expect(!page.hasHeadline)
        let suffixed = only.replacingOccurrences(of: "<title>Kabar Sultra", with: "<title>\(Self.headline) - Kabar Sultra")
        #expect(try Self.firstLine(suffixed) == Self.headline)
        // counterexample: another site's name after the dash stays (it may be the headline's own words)
        let other = suffixed.replacingOccurrences(of: "content=\"Kabar Sultra\"", with: "content=\"Warta Buton\"")
        #expect(try Self.firstLine(other) == "\(Self.headline) - Kabar Sultra")
        #expect(HTMLReader.withoutSiteName("Kabar Sultra", site: nil) == "Kabar Sultra")
    }
}
