/// A deterministic generator of synthetic news: training-event reports and other stories in the style of
/// Indonesian regional news, as plain text (about 3 KB) or as heavy HTML pages (about 60 KB, with
/// navigation, scripts, styles, sidebars, related links and comment forms). Used by `warta bench`.
public struct Synthetic: Sendable {
    var state: UInt64

    public init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }

    static let cities = ["Kabupaten Tegal", "Kota Solok", "Kabupaten Tuban", "Kota Tangerang", "Kabupaten Kuningan",
                         "Kota Kupang", "Kabupaten Sleman", "Kota Ambon", "Kabupaten Gianyar", "Kota Pontianak"]
    static let types = ["Bimbingan Teknis (Bimtek)", "Pelatihan", "Pembinaan", "Pendidikan dan Pelatihan (Diklat)", "Workshop", "Sosialisasi"]
    static let groups = ["Pekerja Sosial Masyarakat (PSM)", "Tenaga Kesejahteraan Sosial Kecamatan (TKSK)", "kader posyandu",
                         "pendamping PKH", "anggota Karang Taruna", "operator SIKS-NG"]
    static let months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
    static let names = ["Budi Santoso", "Siti Aminah", "Rina Wati", "Agus Salim", "Dewi Lestari", "Hendra Saputra", "Yohana Kambu"]
    static let laws = ["Undang-Undang Nomor 11 Tahun 2009", "Permensos Nomor 10 Tahun 2019", "UU No. 13 Tahun 2011", "PP Nomor 39 Tahun 2012"]
    static let filler = [
        "Kegiatan ini bertujuan meningkatkan kapasitas dan pemahaman peserta dalam menangani permasalahan sosial di wilayah masing-masing.",
        "Menurut panitia, materi yang diberikan meliputi kebijakan, praktik lapangan, pendataan, hingga penyusunan laporan kegiatan.",
        "\"Kami berharap para peserta dapat menerapkan ilmu yang diperoleh untuk melayani masyarakat dengan lebih baik,\" ujarnya.",
        "Para peserta tampak antusias mengikuti setiap sesi dan aktif bertanya kepada narasumber selama diskusi berlangsung.",
        "Ke depan, kegiatan serupa akan dilaksanakan secara rutin agar kualitas layanan kesejahteraan sosial terus meningkat.",
    ]

    /// One plain-text report of about `size` bytes.
    public mutating func textArticle(size: Int = 3_000) -> String {
        let city = pick(Self.cities)
        let type = pick(Self.types)
        let group = pick(Self.groups)
        let day = int(1...28), month = int(1...12), year = int(2017...2025)
        let n = int(20...400)
        var out = "Dinas Sosial \(city) Gelar \(type) bagi \(group)\n"
        out += "\(day) \(Self.months[month - 1]) \(year) 10:\(int(10...59))\n"
        out += "\(city.split(separator: " ").last ?? "") – Dinas Sosial \(city) menggelar \(type) bagi \(n) \(group) di aula Dinas Sosial \(city), \(pick(Day.weekdayNames.dropFirst().map { $0 })) (\(day)/\(month)/\(year)).\n"
        out += "Bertindak sebagai narasumber Drs. \(pick(Self.names)), M.Si dan \(pick(Self.names)), S.Sos.\n"
        out += "Kegiatan ini merupakan amanat \(pick(Self.laws)) tentang Kesejahteraan Sosial.\n"
        while out.utf8.count < size - 200 { out += pick(Self.filler) + "\n" }
        out += "Baca Juga: Bansos tahap \(int(1...4)) cair \(int(1...28)) \(pick(Self.months)) \(int(2019...2024))\n(\(pick(["ern", "Van/Dri", "hei", "MR"])))\n"
        return out
    }

    /// The ISO date of a line that opens with `day Month year` (`12 Maret 2024 10:31`), or nil.
    static func isoDate(_ line: String) -> String? {
        let parts = line.split(separator: " ")
        guard parts.count >= 3, let d = Int(parts[0]), let m = Self.months.firstIndex(of: String(parts[1])), let y = Int(parts[2]) else { return nil }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(y)-\(two(m + 1))-\(two(d))"
    }

    /// One HTML page of about `size` bytes whose article is a text report.
    public mutating func htmlPage(size: Int = 60_000) -> String {
        let article = textArticle()
        let lines = article.split(separator: "\n").map(String.init)
        var out = "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>\(lines[0]) - Portal Berita</title>"
        // The page's own date is the article's (its second line, `12 Maret 2024 10:31`); the two draws of the older
        // fixed date are kept so that every later draw of a page stays as it was (round 45: a page dated years after
        // its event reports no event).
        let drawn = (int(1...9), int(0...9))
        out += "<meta property=\"og:title\" content=\"\(lines[0])\"><meta property=\"article:published_time\" content=\"\(Self.isoDate(lines.count > 1 ? lines[1] : "") ?? "2023-0\(drawn.0)-1\(drawn.1)")T10:00:00+07:00\">"
        out += "<style>" + String(repeating: ".c\(int(1...999)){margin:0 auto;padding:4px 8px;color:#333;font-family:sans-serif}", count: 40) + "</style>"
        out += "<script>" + String(repeating: "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)};", count: 30) + "</script></head><body>"
        out += "<header><nav><ul>" + (0..<60).map { "<li><a href=\"/kanal/\($0)\">Kanal \($0)</a></li>" }.joined() + "</ul></nav></header>"
        out += "<div class=\"cookie-consent\">Situs ini menggunakan cookie. <button>Setuju</button></div>"
        out += "<main><article><h1>\(lines[0])</h1><div class=\"share\">Bagikan ke Facebook Twitter WhatsApp</div><div class=\"entry-content\">"
        for (i, l) in lines.dropFirst().enumerated() {
            out += "<p>\(l.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;"))</p>"
            if i == 1 { out += "<div class=\"baca-juga\"><strong>Baca Juga:</strong> <a href=\"/x\">Pelatihan lain digelar 12 Maret 2022</a></div>" }
        }
        out += "</div></article></main><aside class=\"sidebar\"><h3>Terpopuler</h3><ul>"
        var k = 0
        while out.utf8.count < size - 3_000 {
            out += "<li><a href=\"/read/\(k)\">Berita terpopuler nomor \(k) tentang pembangunan daerah dan layanan publik</a></li>"
            k += 1
        }
        out += "</ul></aside><div id=\"respond\" class=\"comment-respond\"><h3>Tinggalkan Balasan</h3><form><textarea></textarea><button>Kirim</button></form></div>"
        out += "<footer>" + (0..<20).map { "<a href=\"/f/\($0)\">Tautan \($0)</a>" }.joined() + "</footer></body></html>"
        return out
    }
}

extension Synthetic {
    /// One WARC response record around an HTML page.
    public mutating func warcRecord(index: Int) -> [UInt8] {
        let body = Array(htmlPage().utf8)
        let http = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: \(body.count)\r\n\r\n".utf8) + body
        let hex = String(index, radix: 16)
        let id = String(repeating: "0", count: max(0, 12 - hex.count)) + hex
        let head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-\(id)>\r\nWARC-Target-URI: https://berita.example/read/\(index)\r\nWARC-Date: 2024-01-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: \(http.count)\r\n\r\n"
        return Array(head.utf8) + http + Array("\r\n\r\n".utf8)
    }
}
