import Foundation
import Testing
@testable import Warta

/// HTML pages: the article is kept, the chrome dropped, metadata read, offsets point into the clean text,
/// and broken pages get a record or an error record.
struct HTMLTests {
    static let page = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Dinsos Gelar Bimtek - Portal Kab. Tegal</title>
        <meta property="og:title" content="Dinsos Gelar Bimtek PSM">
        <meta property="article:published_time" content="2023-09-19T10:00:00+07:00">
        <link rel="canonical" href="https://tegal.example/read/2023/09/19/bimtek">
        <script>var x = "<p>noise 1 Januari 2020</p>";</script><style>p{color:red}</style></head>
        <body><header><nav><a href="/">Beranda</a><a href="/d">Daerah</a></nav></header>
        <div class="breadcrumb">Beranda &raquo; Daerah</div>
        <article><h1>Dinsos Gelar Bimtek PSM 🎉</h1>
        <div class="share">Bagikan: Facebook Twitter</div>
        <p>TEGAL &ndash; Dinas Sosial Kabupaten Tegal menggelar Bimbingan Teknis bagi 40 Pekerja Sosial Masyarakat (PSM) di aula Dinas Sosial Kab.Tegal, Selasa (19/9/2023).</p>
        <div class="baca-juga"><strong>Baca Juga:</strong> <a href="#">Bansos cair 12 Maret 2022 di Kota Tegal</a></div>
        <p>Narasumber Awan Juniarto, S.Sos menjelaskan amanat Undang-Undang Nomor 13 Tahun 2011 &amp; kebijakan.<br>Baris kedua caf&eacute; &#8211; selesai.</p>
        </article>
        <div id="respond" class="comment-respond"><h3>Tinggalkan Balasan</h3><form><textarea></textarea></form></div>
        <aside><h4>Berita Terpopuler</h4><p>Pelatihan lain digelar 1 Januari 2020 di Hotel Lain Kota Bogor.</p></aside>
        <footer>&copy; 2023 Pemkab</footer></body></html>
        """

    func record(_ html: String, _ bytes: [UInt8]? = nil) -> Record {
        Shared.pipeline.process(
            DocumentInput(id: "page", source: "page.html", format: .html, bytes: bytes ?? Array(html.utf8)), withText: true)
    }

    @Test func theArticleIsKeptAndTheChromeDropped() throws {
        let r = record(Self.page)
        let text = try #require(r.text)
        #expect(text.hasPrefix("Dinsos Gelar Bimtek PSM 🎉\n"))
        #expect(text.contains("Baris kedua café – selesai."))
        #expect(text.contains("& kebijakan"))
        for noise in ["Beranda", "Bagikan", "Baca Juga", "Tinggalkan Balasan", "Terpopuler", "Hotel Lain", "noise", "color:red", "Pemkab"] {
            #expect(!text.contains(noise), "\(noise) should be dropped")
        }
        #expect(r.event?.date?.start.iso == "2023-09-19")
        #expect(r.event?.location?.city == "Kabupaten Tegal")
        #expect(r.event?.speakers.map(\.name) == ["Awan Juniarto"])
        #expect(r.legalReferences.map(\.canonical) == ["UU 13/2011"])
    }

    @Test func metadataTitleDateAndURL() {
        let r = record(Self.page)
        #expect(r.document.format == "html")
        #expect(r.document.title == "Dinsos Gelar Bimtek PSM")
        #expect(r.document.published?.iso == "2023-09-19")
        #expect(r.document.publishedSource == "article:published_time")
        #expect(r.document.url == "https://tegal.example/read/2023/09/19/bimtek")
    }

    @Test func publicationDateSourcesInOrderOfTrust() throws {
        func published(_ head: String) throws -> (String?, String?) {
            let html = "<html><head>\(head)</head><body><article><h1>Judul</h1><p>Dinas Sosial menggelar pelatihan di aula.</p></article></body></html>"
            let page = try HTMLReader.read(Array(html.utf8))
            return (page.published?.iso, page.publishedSource)
        }
        #expect(try published(#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-05-22T08:00:00+07:00"}</script><meta name="date" content="2024-05-01">"#) == ("2024-05-22", "json-ld"))
        #expect(try published(#"<meta name="date" content="2024-05-01">"#) == ("2024-05-01", "meta-date"))
        #expect(try published(#"<link rel="canonical" href="https://x.example/2021/03/04/judul">"#) == ("2021-03-04", "url"))
        #expect(try published("") == (nil, nil))
    }

    @Test func offsetsPointIntoTheCleanTextOfAPage() throws {
        let r = record(Self.page)
        let scalars = Array(try #require(r.text).unicodeScalars)
        var evidence: [Evidence] = r.legalReferences.map(\.evidence) + (r.event?.organizers.map(\.evidence) ?? [])
        if let d = r.event?.date?.evidence { evidence.append(d) }
        if let l = r.event?.location?.evidence { evidence.append(l) }
        #expect(evidence.count >= 4)
        for e in evidence {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[e.start..<e.end])
            #expect(String(view) == e.text)
        }
    }

    @Test func aWindows1252PageDecodes() throws {
        let html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><div class=\"isi-berita\"><h1>Pelatihan Caf\u{E9}</h1><p>Dinas Sosial menggelar pelatihan \u{2013} di aula Caf\u{E9}, Rabu (3/5/2023).</p></div></body></html>"
        var bytes: [UInt8] = []
        for s in html.unicodeScalars {
            switch s.value {
            case 0x2013: bytes.append(0x96)
            case 0..<0x100: bytes.append(UInt8(s.value))
            default: bytes.append(0x3F)
            }
        }
        let r = record("", bytes)
        #expect(r.document.encoding == "windows-1252")
        #expect(r.text?.contains("Pelatihan Café") == true)
        #expect(r.text?.contains("pelatihan – di aula Café") == true)
    }

    @Test func brokenPagesGetARecordOrAnErrorRecord() throws {
        let article = "<p>Dinas Sosial Kota Solok menggelar pelatihan bagi 30 kader di aula, Rabu (3/5/2023).</p>"
        var deep = "<html><body>" + String(repeating: "<div>", count: 10_000) + article + String(repeating: "</div>", count: 10_000) + "</body></html>"
        deep += ""
        let big = "<html><body><div data-x=\"" + String(repeating: "a", count: 5 << 20) + "\">" + article + "</div></body></html>"
        var binary: [UInt8] = Array("<html><body><p>".utf8)
        var seed: UInt64 = 42
        for _ in 0..<20_000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            binary.append(UInt8(truncatingIfNeeded: seed >> 33))
        }
        let cases: [(String, [UInt8], String?)] = [
            ("truncated", Array(("<html><body><article><h1>Judul</h1>" + article + "<p>Lanjutan <a hre").utf8), nil),
            ("unclosed", Array(("<html><body><div><div><p>" + article + "<div><p>lagi").utf8), nil),
            ("deep", Array(deep.utf8), nil),
            ("bigattr", Array(big.utf8), nil),
            ("binary", binary, "binary"),
            ("empty", [], "empty"),
            ("noarticle", Array("<html><body><nav><a>Beranda</a></nav><footer>Hak cipta</footer></body></html>".utf8), "no-article"),
        ]
        for (name, bytes, errorKind) in cases {
            let r = Shared.pipeline.process(DocumentInput(id: name, source: name + ".html", format: .html, bytes: bytes))
            if let errorKind {
                #expect(r.error?.kind == errorKind, "\(name): \(String(describing: r.error))")
                #expect(r.error?.message.contains(name) == true)
            } else {
                #expect(r.error == nil, "\(name): \(String(describing: r.error))")
            }
        }
    }
}
