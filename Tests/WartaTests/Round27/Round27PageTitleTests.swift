import Foundation
import Testing
@testable import Warta

/// Round 27: a page's `og:title` carries the site's name after a dash or a bar as often as its `<title>` does
/// (`Judul Berita - Nama Situs`); the suffix equal to `og:site_name` is cut from both, for the headline that opens
/// the text and for `document.title`, and an `og:title` that is only the site's name is no title. Our own page,
/// in the style of regional news.
struct Round27PageTitleTests {
    static let headline = "Dinsos Muna Barat Latih 40 Pendamping Lansia"
    static let lead = "LAWORO – Dinas Sosial Kabupaten Muna Barat menggelar pelatihan pendampingan lansia bagi 40 pendamping di aula kantor bupati, Selasa (14/10/2025)."
    static func page(og: String?, title: String, site: String?) -> String {
        let meta = (og.map { "<meta property=\"og:title\" content=\"\($0)\">" } ?? "")
            + (site.map { "<meta property=\"og:site_name\" content=\"\($0)\">" } ?? "")
        return """
        <html><head><title>\(title)</title>\(meta)</head><body><div class="isi">
        <p>\(lead)</p><p>Kepala Dinas Sosial mengatakan pelatihan digelar selama dua hari agar pendamping mampu merawat lansia terlantar.</p>
        </div></body></html>
        """
    }

    @Test func theSitesSuffixIsCutFromOgTitle() throws {
        let html = Self.page(og: "\(Self.headline) | Suara Sultra", title: "Suara Sultra", site: "Suara Sultra")
        let page = try HTMLReader.read(Array(html.utf8))
        #expect(page.text.split(separator: "\n").first.map(String.init) == Self.headline)
        #expect(page.title == Self.headline)
        #expect(page.hasHeadline)
    }

    @Test func theSitesSuffixIsCutFromTheTitleOfTheRecordToo() throws {
        let html = Self.page(og: nil, title: "\(Self.headline) - Suara Sultra", site: "Suara Sultra")
        let page = try HTMLReader.read(Array(html.utf8))
        #expect(page.title == Self.headline)
    }

    @Test func anotherNameAfterTheDashStaysAndAnOgTitleOfTheSiteAloneIsNoTitle() throws {
        // counterexample: the words after the dash are not the site's name
        let kept = Self.page(og: "\(Self.headline) - Angkatan Pertama", title: "x", site: "Suara Sultra")
        #expect(try HTMLReader.read(Array(kept.utf8)).title == "\(Self.headline) - Angkatan Pertama")
        // an og:title that is only the site's name gives way to the <title>
        let bare = Self.page(og: "Suara Sultra", title: "\(Self.headline) - Suara Sultra", site: "Suara Sultra")
        let page = try HTMLReader.read(Array(bare.utf8))
        #expect(page.title == Self.headline)
        #expect(page.text.split(separator: "\n").first.map(String.init) == Self.headline)
        // no og:site_name: nothing is cut
        let noSite = Self.page(og: "\(Self.headline) | Suara Sultra", title: "x", site: nil)
        #expect(try HTMLReader.read(Array(noSite.utf8)).title == "\(Self.headline) | Suara Sultra")
    }
}

/// The review of round 27: an `og:title` of white space alone hides nothing, and one that is only the site's name
/// gives way to `twitter:title` before `<title>`.
struct Round27PageTitleReviewTests {
    @Test func anEmptyOgTitleGivesWayAndTwitterTitleComesNext() throws {
        let blank = Round27PageTitleTests.page(og: "   ", title: "\(Round27PageTitleTests.headline) - Suara Sultra", site: "Suara Sultra")
        let page = try HTMLReader.read(Array(blank.utf8))
        #expect(page.title == Round27PageTitleTests.headline)
        let twitter = Round27PageTitleTests.page(og: "Suara Sultra", title: "x", site: "Suara Sultra")
            .replacingOccurrences(of: "</head>", with: "<meta name=\"twitter:title\" content=\"\(Round27PageTitleTests.headline) | Suara Sultra\"></head>")
        #expect(try HTMLReader.read(Array(twitter.utf8)).title == Round27PageTitleTests.headline)
    }
}
