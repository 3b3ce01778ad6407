import Foundation
import Testing
@testable import Warta

/// Fault suite, issue 10 case 6: main-text work is linear in the page. A page of 100,000 or 1,000,000 nested
/// `<div>`s is read whole, and the reader's node visits (counted by `PageTree.visits` over every pass) stay
/// within a fixed multiple of the page's nodes; counted, not timed.
struct HTMLDepthTests {
    static let article = "<p>Dinas Sosial Kota Solok menggelar pelatihan bagi 30 kader di aula, Rabu (3/5/2023). Pelatihan berlangsung dua hari.</p>"

    static func nested(_ depth: Int, between: String = "") -> [UInt8] {
        var page = Array("<html><body>".utf8)
        page.reserveCapacity(depth * (11 + between.utf8.count) + 200)
        let open = Array(("<div>" + between).utf8), close = Array("</div>".utf8)
        for _ in 0..<depth { page.append(contentsOf: open) }
        page.append(contentsOf: Array(article.utf8))
        for _ in 0..<depth { page.append(contentsOf: close) }
        page.append(contentsOf: Array("</body></html>".utf8))
        return page
    }

    /// At most this many visits per node: two to build the tree, then up to five attempts (a page whose
    /// article is under 500 characters is tried again with fewer drops), each of a bottom-up and a top-down
    /// pass, the paragraph scores, the ranking, the climb and the rendering, and the fallback.
    static let visitsPerNode = 40

    @Test(arguments: [1_000, 100_000, 1_000_000])
    func nestedDivsTakeLinearWork(_ depth: Int) throws {
        let bytes = Self.nested(depth)
        var work = HTMLWork()
        let page = try HTMLReader.read(bytes, work: &work)
        #expect(page.text.contains("menggelar pelatihan bagi 30 kader"))
        #expect(work.nodes >= depth, "the tree holds every level (\(work.nodes) nodes for \(depth) levels)")
        #expect(work.visits <= Self.visitsPerNode * work.nodes, "\(work.visits) visits for \(work.nodes) nodes")
    }

    @Test func nestedDivsWithTextAtEveryLevelTakeLinearWork() throws {
        // every level holds a text run and a "Baca juga" label: the prefix test and the runs stay linear too
        let bytes = Self.nested(100_000, between: "Baca juga ")
        var work = HTMLWork()
        _ = try? HTMLReader.read(bytes, work: &work)
        #expect(work.nodes >= 200_000)
        #expect(work.visits <= Self.visitsPerNode * work.nodes, "\(work.visits) visits for \(work.nodes) nodes")
    }
}

/// What happens when no container wins: readable text is kept with the warning `main-text-uncertain`; a
/// page of only scripts and menus keeps its error; JSON-LD `articleBody` and the description stand in.
struct MainTextFallbackTests {
    func record(_ html: String) -> Record {
        Shared.pipeline.process(DocumentInput(id: "page", source: "page.html", format: .html, bytes: Array(html.utf8)), withText: true)
    }

    @Test func readableTextWithoutAContainerIsKeptWithAWarning() {
        let r = record("<html><body><span>Pelatihan kader</span> <b>di aula</b></body></html>")
        #expect(r.error == nil)
        #expect(r.warnings.contains { $0.code == "main-text-uncertain" })
        #expect(r.text?.contains("Pelatihan kader di aula") == true)
    }

    @Test func pagesOfScriptsAndMenusKeepTheirError() {
        for html in [
            "<html><head><script>var a = 'Pelatihan kader di aula';</script></head><body><script>x()</script></body></html>",
            "<html><body><nav><a href='/'>Beranda</a> <a href='/b'>Berita</a></nav><div class='menu'><a>Profil</a></div></body></html>",
        ] {
            #expect(record(html).error?.kind == "no-article")
        }
    }

    @Test func articleBodyStandsInForAShortArticle() {
        let body = String(repeating: "Dinas Sosial Kota Solok menggelar pelatihan bagi 30 kader di aula kantor. ", count: 6)
        let html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\"\(body)\"}</script></head>"
            + "<body><h1>Judul</h1><div class='teaser'><p>Dinas Sosial Kota Solok menggelar pelatihan.</p></div></body></html>"
        let r = record(html)
        #expect(r.text?.contains("bagi 30 kader di aula kantor") == true)
        #expect(!r.warnings.contains { $0.code == "main-text-uncertain" })
    }

    @Test func theDescriptionIsTheLastResort() {
        let r = record("<html><head><meta property='og:description' content='Pelatihan kader posyandu digelar di aula desa.'></head><body><nav><a>Beranda</a></nav></body></html>")
        #expect(r.error == nil)
        #expect(r.text?.contains("Pelatihan kader posyandu digelar") == true)
        #expect(r.warnings.contains { $0.code == "main-text-uncertain" })
    }

    @Test func divParagraphsBreakParagraphsAndSplitArticlesStayWhole() throws {
        let lines: [String] = (1...6).map { (k: Int) -> String in
            "Kalimat ke-\(k) dari berita pelatihan kader yang cukup panjang untuk dihitung sebagai paragraf, di aula."
        }
        let divParagraphs: String = lines.map { "<div>" + $0 + "</div>" }.joined()
        let divs = "<html><body><div class='sidebar'><a>Beranda</a></div><div class='post-body'>" + divParagraphs + "</div></body></html>"
        let cell: String = lines.joined(separator: "<br>")
        let brs = "<html><body><table><tr><td class='menu'><a>Beranda</a></td><td>" + cell + "</td></tr></table></body></html>"
        let first: String = lines[0..<3].map { "<p>" + $0 + "</p>" }.joined()
        let second: String = lines[3...].map { "<p>" + $0 + "</p>" }.joined()
        let split = "<html><body><div class='txt'>" + first + "</div><div class='ads'>IKLAN</div><div class='txt'>" + second + "</div></body></html>"
        for html in [divs, brs, split] {
            let text = try #require(record(html).text)
            for line in lines { #expect(text.contains(line), "\(line) in \(html.prefix(60))") }
            #expect(!text.contains("Beranda") && !text.contains("IKLAN"))
        }
    }
}
