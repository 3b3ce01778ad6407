/// Where the article stands inside a document's text: which lines are page chrome, the headline (or none),
/// photo captions, date lines, `Baca Juga` and byline lines, where the body starts (its dateline) and which
/// lines are paragraphs of the article.
///
/// Scraped pages put chrome before the headline (the weather, the access date, `close×`, menu words,
/// breadcrumbs, the site name, a photo caption) or have no headline at all (the excerpt starts at a dateline
/// `SURABAYA, OUTLET.CO.ID —` or mid-article). The structure is found in one pass over the lines, looking at a
/// bounded number of tokens per line (the whole of the first ``headerLines`` lines, the first tokens of the
/// others), so it costs a small part of tokenizing.
///
/// A paragraph is a line: the clean text keeps one paragraph per line.
public struct DocumentStructure: Sendable {
    public enum LineKind: UInt8, Sendable {
        /// Menus, site names, share and view counters, weather, author boxes: page chrome.
        case chrome
        /// The headline of the article.
        case headline
        /// A photo caption (`Sekda saat membuka Bimtek di ...`, `... (foto/ist)`).
        case caption
        /// A line that holds only a date (and a time): the page's date.
        case date
        /// `Baca Juga: ...`, `Berita terkait`, `Lihat juga`.
        case related
        /// `Penulis: ... | Editor: ...`, `(ern)`, `Pewarta:`.
        case byline
        /// A line of the article.
        case paragraph
    }

    /// The kind of each line (see ``AnalyzedText/lineStarts``).
    public let kinds: [LineKind]
    /// The headline's tokens; empty when the page has none.
    public let headline: Range<Int>
    /// The first token of the article's body (its dateline, or its first paragraph).
    public let bodyStart: Int
    /// The lead: the first paragraph of the body, with the next one when the first is short (under 25 tokens).
    public let lead: Range<Int>
    /// The dateline at the start of the body (`SURABAYA, OUTLET.CO.ID —`, `Palu (19/7) –`): its tokens before
    /// the dash; empty when the body has none.
    public let dateline: Range<Int>

    /// The first lines, read whole, where chrome, the headline and captions are looked for. Lines the first pass
    /// already knows as chrome, related or bylines do not count (round 12): a page with many lines of menus, prompts
    /// and share bars before its article still has its headline and body found.
    public static let headerLines = 12

    /// The words that open a link to another story (`Baca juga`, `Berita terkait`), each with whether it is a verb of
    /// reading (round 25: `Baca`, `Lihat`, `Simak`, `Read`), which opens the link with a colon alone (`Baca: ...`) as well.
    /// One list (round 26): the flags ``Flags/relatedStart`` and ``Flags/readStart`` are read from it.
    static let relatedStarts: [String: Bool] = [
        "baca": true, "lihat": true, "simak": true, "read": true,
        "berita": false, "artikel": false, "klik": false, "tonton": false, "saksikan": false,
    ]
    static let relatedSeconds: Set<String> = ["juga", "pula", "terkait", "selengkapnya", "lainnya", "lain", "disini", "also", "more", "video",
                                                   "sebelumnya", "selanjutnya", "berikutnya"]
    /// A link to the previous or next article, opened by its label and a colon (`Sebelumnya: ...`, `Next Post: ...`; round 12).
    static let navigationStarts: Set<String> = ["sebelumnya", "selanjutnya", "berikutnya", "next", "previous", "prev", "older", "newer"]
    /// A short line that heads a list of other stories (`Berita Terkait`, `Terpopuler`, `Baca Juga`, `Artikel
    /// Lainnya`, `Rekomendasi`; round 12): the short lines after it, up to a paragraph, are those stories.
    static let listHeads: Set<String> = [
        "terkait", "terpopuler", "populer", "lainnya", "terbaru", "rekomendasi", "trending", "pilihan", "juga", "related",
        "popular", "latest", "recommended",
    ]
    /// The label of a social post's age (`2 jam · Dibagikan ke Publik`, `5 menit lalu`; round 12): the line above it
    /// names the page that posted, chrome.
    static let postAgeUnits: Set<String> = ["jam", "menit", "hari", "minggu", "detik", "mnt", "hrs", "mins", "hours", "minutes", "days"]
    static let bylineStarts: Set<String> = ["penulis", "editor", "reporter", "pewarta", "redaktur", "sumber", "foto", "fotografer", "kontributor", "writer", "author", "oleh"]
    static let captionCues: Set<String> = ["saat", "ketika", "usai", "seusai", "berfoto", "tampak", "foto", "ilustrasi"]
    static let captionMarks: Set<String> = ["foto", "ist", "dok", "doc", "istimewa", "ilustrasi", "photo"]
    static let chromeWords: Set<String> = [
        "beranda", "home", "berita", "daerah", "pemerintahan", "share", "like", "likes", "ikuti", "kami", "cari", "di", "sini",
        "notification", "copyright", "mohon", "tunggu", "skip", "to", "main", "content", "instagram", "youtube", "facebook",
        "twitter", "whatsapp", "telegram", "tiktok", "login", "masuk", "daftar", "menu", "search", "close", "tutup", "iklan",
        "advertisement", "scroll", "continue", "with", "reading", "lanjut", "membaca", "terkini", "terpopuler", "populer",
        "nasional", "regional", "olahraga", "ekonomi", "politik", "hukum", "kriminal", "opini", "video", "galeri", "index",
        "indeks", "kategori", "tags", "tag", "view", "views", "dilihat", "kali", "komentar", "comments", "comment", "admin",
        "account", "circle", "calendar", "month", "visibility", "updated", "published", "dipublikasikan", "diterbitkan",
        "oleh", "by", "pukul", "wib", "wita", "wit", "klik", "ingin", "baca", "dengan", "lebih", "sedikit", "the", "news",
        "bagikan", "artikel", "print", "cetak", "email", "link", "salin", "copy", "depan", "headline", "trending", "lainnya",
        "all", "rights", "reserved", "templates", "template", "blogger", "premium", "portal", "top", "post", "posted",
        // Round 12: subscribe and follow prompts, social reposts, site footers, navigation, written from the chrome
        // Indonesian news sites print (`Langganan sekarang ... mulai Rp 25.000 per bulan`, `Ikuti kami di Google
        // News`, `Redaksi | Pedoman Media Siber | Kontak Kami`, `1.245 suka · 32 komentar`, `Labels: Berita Daerah`).
        "google", "langganan", "berlangganan", "sekarang", "untuk", "tanpa", "mulai", "rp", "per", "bulan", "gratis",
        "follow", "us", "on", "subscribe", "sign", "in", "up", "log", "logout", "keluar", "akun", "redaksi", "pedoman",
        "media", "siber", "kontak", "hubungi", "tentang", "about", "privacy", "policy", "kebijakan", "privasi",
        "disclaimer", "karir", "pasang", "info", "suka", "dibagikan", "publik", "ke", "labels", "label", "no", "sebelumnya",
        "selanjutnya", "berikutnya", "next", "previous", "prev", "newer", "older", "channel", "saluran", "grup", "join",
        "gabung", "bergabung", "dapatkan", "update", "pilihan", "setiap", "hari", "terbaru", "rekomendasi",
    ]

    /// Round 16: words of the news that a site's label puts after its name and a dash (`BASARNAS – Berita Kantor SAR`).
    static let newsWords: Set<String> = ["berita", "portal", "news", "kabar", "warta", "info", "informasi", "siaran"]

    /// Round 16 (review): words of a site that follow the word of the news in its label (`Berita Kantor SAR`, `Portal
    /// Berita Resmi`, `Info Kegiatan Madrasah`); not the words of a headline (`Kabar Baik, 40 Nelayan Dilatih`).
    static let siteWords: Set<String> = ["kantor", "resmi", "terkini", "terbaru", "terupdate", "daerah", "kabupaten", "kota",
                                         "provinsi", "kegiatan", "utama", "online", "daring", "harian", "pemerintah", "desa",
                                         "nasional", "nusantara", "madrasah", "sekolah", "publik", "humas", "instansi", "dinas",
                                         "lembaga", "kampus", "warga", "rakyat", "indonesia"]

    static let domainWords: Set<String> = ["com", "id", "co", "net", "tv", "org", "news"]

    /// Classes of the words and marks the structure pass looks for, as bits of one flag per vocabulary word.
    public struct Flags: OptionSet, Sendable {
        public let rawValue: UInt64
        public init(rawValue: UInt64) { self.rawValue = rawValue }
        static let relatedStart = Flags(rawValue: 1 << 0)
        static let relatedSecond = Flags(rawValue: 1 << 1)
        static let bylineStart = Flags(rawValue: 1 << 2)
        static let captionCue = Flags(rawValue: 1 << 3)
        static let captionMark = Flags(rawValue: 1 << 4)
        static let chrome = Flags(rawValue: 1 << 5)
        static let domain = Flags(rawValue: 1 << 6)
        static let open = Flags(rawValue: 1 << 7)
        static let close = Flags(rawValue: 1 << 8)
        static let dot = Flags(rawValue: 1 << 9)
        static let dash = Flags(rawValue: 1 << 10)
        static let colon = Flags(rawValue: 1 << 11)
        static let times = Flags(rawValue: 1 << 12)
        static let letterX = Flags(rawValue: 1 << 13)
        static let photoStart = Flags(rawValue: 1 << 14)
        static let slash = Flags(rawValue: 1 << 15)
        static let pipe = Flags(rawValue: 1 << 16)
        static let numberLabel = Flags(rawValue: 1 << 17)
        static let institution = Flags(rawValue: 1 << 18)
        static let connective = Flags(rawValue: 1 << 19)
        static let navigationStart = Flags(rawValue: 1 << 20)
        static let listHead = Flags(rawValue: 1 << 21)
        static let postAge = Flags(rawValue: 1 << 22)
        static let middleDot = Flags(rawValue: 1 << 23)
        static let newsWord = Flags(rawValue: 1 << 24)
        static let siteWord = Flags(rawValue: 1 << 25)
        /// `|` alone, the bar between a menu's items (round 20); a breadcrumb's arrows are `pipe` only.
        static let bar = Flags(rawValue: 1 << 26)
        /// The abbreviations of an address's parts (`Kec.`, `Kab.`, `Prov.`, `Jl.`; round 21).
        static let addressWord = Flags(rawValue: 1 << 27)
        /// Round 25: the verbs that send the reader to another story (`Baca`, `Lihat`, `Simak`, `Read`), which open
        /// its link with a colon alone (`Baca: ...`) as well as with `juga`.
        static let readStart = Flags(rawValue: 1 << 28)
        /// Round 25: `[` and `]`, the brackets of a link to another story inside a paragraph (`[Baca juga: ...]`).
        static let bracketOpen = Flags(rawValue: 1 << 29)
        static let bracketClose = Flags(rawValue: 1 << 30)
        /// Round 25: a mark that opens a line as a bullet (`» Baca Juga: ...`, `- Baca juga ...`, `>> Baca ...`).
        static let bullet = Flags(rawValue: 1 << 31)
        /// Round 25: the degree of a temperature (`31°C`, `28 ℃`), a weather widget's mark.
        static let degree = Flags(rawValue: 1 << 32)
        /// Round 25: `"`, the fold of every quote mark (`»` among them).
        static let quoteMark = Flags(rawValue: 1 << 33)
        /// Round 36: the words that open a site's navigation bar (`Home`, `Beranda`, `Menu`, `Indeks`).
        static let menuStart = Flags(rawValue: 1 << 34)
        /// Round 36: the names of a news site's sections (`Pendidikan`, `Sport`, `Hukrim`, `Parlemen`), beside the chrome
        /// words, which a navigation bar is made of.
        static let section = Flags(rawValue: 1 << 35)
        /// Round 36: `Pemerintah` and `Kantor`, which open an office's name as a site's name (`Berita Daerah - Pemerintah
        /// Provinsi Sumatera Barat`).
        static let officeStart = Flags(rawValue: 1 << 36)
    }

    /// Round 36: the first words of a navigation bar written without bars (`Beranda Maluku Ambon Politik Ekonomi Opini
    /// Indeks`, `HOME NEWS EKONOMI PEMKO RIAU VIDEO`). Not `Berita`, which opens headlines too (`Berita Daerah Hari Ini
    /// Dinas Sosial Latih Kader`, Round21StructureTests).
    static let menuStarts: Set<String> = ["home", "beranda", "menu", "indeks", "index"]

    /// Round 36: the names of a news site's sections, which are no chrome words of their own (`Home Bengkulu Utara
    /// Pemerintahan Hukum Pendidikan Sport`, `BERANDA BANUA HST HUKUM PARLEMEN`).
    static let sectionWords: Set<String> = [
        "pendidikan", "kesehatan", "sport", "sports", "hukrim", "parlemen", "pariwisata", "wisata", "lifestyle", "religi",
        "foto", "ekbis", "bisnis", "budaya", "kuliner", "teknologi", "tekno", "otomotif", "hiburan", "internasional",
        "sosial", "pilkada", "pemilu", "sepakbola", "nusantara", "metro", "peristiwa", "humaniora", "seleb", "sosbud",
        "reskrim", "binmas", "jajaran", "kamtibmas", "lingkungan", "profil", "layanan", "publikasi", "ppid", "pengumuman",
        "agenda", "unduhan", "download", "opd", "pertanian", "infografis", "feature", "features", "edukasi", "kabar",
        // Round 46: the sections that are chrome words too, counted as sections by a bar that no `Beranda` opens.
        "berita", "daerah", "nasional", "regional", "olahraga", "ekonomi", "politik", "hukum", "kriminal", "opini", "video",
        "galeri", "terkini", "terpopuler", "populer", "indeks", "index", "kategori",
    ]

    /// Words that open the name of an institution (`PEMERINTAH KABUPATEN KUBU RAYA`, `Perwakilan BKKBN Provinsi
    /// Gorontalo`, `UPTD Balai Latihan Kerja Kabupaten Gianyar`): a page's masthead when the line is only that name.
    static let institutionStarts: Set<String> = [
        "pemerintah", "dinas", "kantor", "badan", "balai", "perwakilan", "uptd", "upt", "kementerian", "kementrian",
        "lembaga", "sekretariat", "biro", "direktorat",
        // Round 36: a government's site named as a portal (`Portal Resmi Pemerintah Kabupaten Bone`).
        "portal",
        // Round 21 (heldout13 z049): the masthead of an institution's site (`Website Resmi Pemerintah Desa Pageraji`,
        // `Situs Resmi Dinas ...`), the same name after the word of the site.
        "website", "situs", "laman",
    ]

    /// Round 21 (heldout13 z049): the abbreviations of an address's parts, each written with its full stop in a
    /// masthead's address line (`Kec. Cilongok Kab. Banyumas Prov. Jawa Tengah`, `Jl. Merdeka No. 5 Kel. ...`).
    static let addressAbbreviations: Set<String> = ["kec", "kab", "prov", "kel", "ds", "jl", "jln", "kp", "kode", "telp", "rt", "rw"]

    /// Every word and mark the structure pass looks for, with its classes. The rule set interns them at load and
    /// keeps their flags by vocabulary id (``Vocabulary/structureFlags``), so the pass reads one integer per token
    /// and never folds a token into a string.
    public static let vocabularyFlags: [String: Flags] = {
        var out: [String: Flags] = [:]
        func add(_ words: Set<String>, _ f: Flags) { for w in words { out[w, default: []].insert(f) } }
        // Round 25 (FOOT25): the words of a footer's tag and copyright lines (PageFooter.swift).
        add(tagLabels, .tagLabel)
        add(copyrightMarks, .copyrightMark)
        for (w, reads) in relatedStarts {
            out[w, default: []].insert(.relatedStart)
            if reads { out[w, default: []].insert(.readStart) }
        }
        add(relatedSeconds, .relatedSecond)
        add(bylineStarts, .bylineStart)
        add(captionCues, .captionCue)
        add(captionMarks, .captionMark)
        add(chromeWords, .chrome)
        add(domainWords, .domain)
        add(["("], .open)
        add([")"], .close)
        add(["."], .dot)
        add(["-", "|", "—", "–"], .dash)
        add([":"], .colon)
        add(["×"], .times)
        add(["x"], .letterX)
        add(["foto", "ilustrasi", "photo"], .photoStart)
        add(["/"], .slash)
        // `|` and the arrows of a breadcrumb (`KOMPAS JATIM  >  Regional  >  Sumenep`, `site › Berita › Pengumuman`).
        add(["|", ">", "›", "»"], .pipe)
        add(["|"], .bar)
        add(["nomor", "no"], .numberLabel)
        add(institutionStarts, .institution)
        add(["dan", "serta", "&", ","], .connective)
        add(navigationStarts, .navigationStart)
        add(listHeads, .listHead)
        add(postAgeUnits, .postAge)
        add(["·", "•"], .middleDot)
        add(newsWords, .newsWord)
        add(siteWords, .siteWord)
        add(addressAbbreviations, .addressWord)
        add(["["], .bracketOpen)
        add(["]"], .bracketClose)
        // `»` and `«` fold to `"` as quotes do: a line opened by a quote mark and a link (`» Baca Juga:`).
        add(["-", "—", "–", "»", ">", "›", "•", "·", "*", "\""], .bullet)
        add(["\""], .quoteMark)
        add(menuStarts, .menuStart)
        add(sectionWords, .section)
        add(["pemerintah", "kantor"], .officeStart)
        add(["°", "℃", "℉"], .degree)
        return out
    }()

    /// Builds the structure of `text`'s tokens. `firstLineIsHeadline`: the reader knows the headline (an HTML
    /// page's `h1` or title is written as the first line).
    init(tokens t: [Token], lineStarts: [Int], firstLineIsHeadline: Bool, flags: (Int) -> Flags) {
        self.init(tokens: t, lineStarts: lineStarts, firstLineIsHeadline: firstLineIsHeadline,
                  classes: Self.lineClasses(tokens: t, lineStarts: lineStarts, flags: flags), flags: flags)
    }

    /// Round 26 (SPEED26): what the first pass of the structure finds on each line by itself: its kind before the
    /// header, the lists and the footer are read (Baca Juga, bylines, short chrome, captions opened by `Foto`), and
    /// whether it heads a list of other stories. Each line's answer reads only its own tokens (their kinds, capitals,
    /// flags; never their sentence numbers), so a line kept whole when other lines are taken out
    /// (``AnalyzedText``'s removal of other stories) keeps it, and the structure is found again without reading it.
    struct LineClasses: Sendable {
        /// The kind of each line by itself (``LineKind/paragraph`` when no test holds).
        var kinds: [LineKind]
        /// The line heads a list of other stories (`Berita Terkait`, `Terpopuler`; round 12).
        var opensList: [Bool]
    }

    /// The first pass over every line (see ``LineClasses``).
    static func lineClasses(tokens t: [Token], lineStarts: [Int], flags: (Int) -> Flags) -> LineClasses {
        let lines = lineStarts.count
        var out = LineClasses(kinds: [LineKind](repeating: .paragraph, count: lines), opensList: [Bool](repeating: false, count: lines))
        for n in 0..<lines {
            let r = lineStarts[n]..<(n + 1 < lines ? lineStarts[n + 1] : t.count)
            let (kind, list) = classify(r, t, flags)
            out.kinds[n] = kind
            out.opensList[n] = list
        }
        return out
    }

    /// Round 26: the classes and the line starts of the lines of `t`, made by taking the sorted, disjoint token ranges
    /// `removed` out of `oldCount` tokens (``AnalyzedText/remove(_:from:)``), whose lines started at `oldStarts` and had
    /// the classes `classes`: a line kept whole keeps its classes, a line that lost some tokens is read again, a line
    /// that lost all of them is gone. Each range lies inside one line, so the lines of `t` are the old lines with a token
    /// kept (the removal marks the first kept token of a line as its start), each starting after the tokens kept before
    /// it. Nil when a range does not lie inside one line or the counts do not add up (the caller reads every line again).
    static func lineClasses(
        keeping classes: LineClasses, oldStarts: [Int], oldCount: Int, removed: [Range<Int>], tokens t: [Token],
        flags: (Int) -> Flags
    ) -> (LineClasses, [Int])? {
        let oldLines = oldStarts.count
        guard classes.kinds.count == oldLines, classes.opensList.count == oldLines else { return nil }
        var out = classes
        var starts: [Int] = []
        starts.reserveCapacity(oldLines)
        var changed: [Int] = []  // new lines that lost some tokens
        var next = 0  // the next range of `removed`
        var previousEnd = 0
        var goneBefore = 0  // tokens removed from the lines before
        var j = 0  // the next new line
        for n in 0..<oldLines {
            let start = oldStarts[n]
            let end = n + 1 < oldLines ? oldStarts[n + 1] : oldCount
            guard start < end else { return nil }
            var gone = 0
            while next < removed.count, removed[next].lowerBound < end {
                let r = removed[next]
                guard r.lowerBound >= start, r.upperBound <= end, r.lowerBound >= previousEnd, !r.isEmpty else { return nil }
                gone += r.count
                previousEnd = r.upperBound
                next += 1
            }
            defer { goneBefore += gone }
            if gone == end - start { continue }
            starts.append(start - goneBefore)
            if j != n {
                out.kinds[j] = classes.kinds[n]
                out.opensList[j] = classes.opensList[n]
            }
            if gone > 0 { changed.append(j) }
            j += 1
        }
        guard next == removed.count, oldCount - goneBefore == t.count else { return nil }
        out.kinds.removeLast(oldLines - j)
        out.opensList.removeLast(oldLines - j)
        for k in changed {
            let r = starts[k]..<(k + 1 < j ? starts[k + 1] : t.count)
            guard r.lowerBound >= 0, r.lowerBound < r.upperBound, r.upperBound <= t.count else { return nil }
            (out.kinds[k], out.opensList[k]) = classify(r, t, flags)
        }
        return (out, starts)
    }

    /// The kind of line `r` by itself, and whether it heads a list of other stories (see ``LineClasses``).
    @inline(__always)
    static func classify(_ r: Range<Int>, _ t: [Token], _ flags: (Int) -> Flags) -> (LineKind, Bool) {
        guard !r.isEmpty else { return (.paragraph, false) }
        let first = flags(r.lowerBound)
        let second: Flags = r.count > 1 ? flags(r.lowerBound + 1) : []
        if first.contains(.relatedStart), second.contains(.relatedSecond) {
            // `Berita Terkait`, `Baca Juga:`, `Tonton Video Pilihan Ini:` alone head a list.
            return (.related, r.count <= 3 || (r.count <= 6 && flags(r.upperBound - 1).contains(.colon)))
        } else if Self.opensLink(r, flags) {
            // Round 25: `Baca: ...`, `BACA JUGA :`, `» Baca Juga: ...`, `- Lihat juga ...`: a link to another story
            // opened by a bullet, or by its verb and a colon alone.
            return (.related, r.count <= 4 || (r.count <= 7 && flags(r.upperBound - 1).contains(.colon)))
        } else if first.contains(.photoStart), r.count > 2, r.count <= 45, !second.isDisjoint(with: [.dash, .colon, .dot]) {
            return (.caption, false)  // `Ilustrasi – Peserta pelatihan serupa di ...`, `FOTO: ...` anywhere (round 12)
        } else if first.contains(.navigationStart), r.count > 2, second.contains(.colon) || flags(r.lowerBound + 2).contains(.colon) {
            return (.related, false)  // Sebelumnya: ..., Next Post: ...
        } else if first.contains(.bylineStart), r.count > 1, second.contains(.colon) || (r.count > 2 && flags(r.lowerBound + 2).contains(.colon)) {
            return (.byline, false)
        } else if r.count <= 8, first.contains(.open), flags(r.upperBound - 1).contains(.close) || (r.count > 1 && flags(r.upperBound - 2).contains(.close)) {
            return (.byline, false)  // (ern), (Van/Dri)
        } else if r.count <= 16, Self.isChrome(r, t, flags) || Self.isPostAge(r, t, flags) || Self.isMenuOfWords(r, t, flags)
            || Self.isWeather(r, t, flags)
        {
            var list = false
            if r.count <= 3 { for i in r where flags(i).contains(.listHead) { list = true } }
            return (.chrome, list)
        } else if r.count <= 24, Self.isAddressLine(r, t, flags) {
            return (.chrome, false)
        }
        return (.paragraph, false)
    }

    /// Builds the structure from the lines' first classes (``lineClasses(tokens:lineStarts:flags:)``).
    init(tokens t: [Token], lineStarts: [Int], firstLineIsHeadline: Bool, classes: LineClasses, flags: (Int) -> Flags) {
        let lines = lineStarts.count
        func range(_ n: Int) -> Range<Int> {
            lineStarts[n]..<(n + 1 < lines ? lineStarts[n + 1] : t.count)
        }
        func words(_ r: Range<Int>) -> Int {
            var n = 0
            for i in r where t[i].kind == .word { n += 1 }
            return n
        }
        // Lines anywhere: Baca Juga, bylines, short chrome (ads, share bars): the first classes.
        // `opensList`: the line heads a list of other stories (`Berita Terkait`, `Terpopuler`; round 12).
        let classes = classes.kinds.count == lines && classes.opensList.count == lines
            ? classes : Self.lineClasses(tokens: t, lineStarts: lineStarts, flags: flags)
        var kinds = classes.kinds
        let opensList = classes.opensList
        // The header: chrome, date lines, the headline, captions, up to the first paragraph.
        func isParagraph(_ r: Range<Int>) -> Bool {
            guard !r.isEmpty else { return false }
            let sentenceInside = t[r.upperBound - 1].sentence != t[r.lowerBound].sentence
            return r.count >= 25 || sentenceInside
        }
        // A short paragraph of one sentence that opens with a dateline (`SLEMAN – Dinas Sosial ... menggelar
        // pelatihan ..., Selasa (12/3/2024).`): the body starts there, however short. Eight words or more and a
        // full stop at the end tell it from a headline cut by a dash.
        func isDatelinedSentence(_ r: Range<Int>) -> Bool {
            guard r.count >= 10, flags(r.upperBound - 1).contains(.dot) || (r.count > 1 && flags(r.upperBound - 2).contains(.dot)),
                  words(r) >= 8 else { return false }
            return Self.startsWithDateline(r, t, flags)
        }
        // Round 37 (probe a19): the digits after a thousands dot (`1.200`, `14.000`) are one number with those before
        // them, so that a headline with a count (`Dinsos Latih 1.200 Kader`, `Sepanjang 2024, BPSDM Jatim Latih 14.000
        // ASN`) is no date line and no line of numbers. Three digits after a dot, no space around it: a time
        // (`16.12`) and a date (`03.09.2021`) keep their numbers.
        func thousandsGroup(_ i: Int, _ r: Range<Int>) -> Bool {
            i >= r.lowerBound + 2 && !t[i].spaceBefore && !t[i - 1].spaceBefore && flags(i - 1).contains(.dot)
                && t[i - 2].kind == .number && t[i].end - t[i].start == 3
        }
        func isDateLine(_ r: Range<Int>) -> Bool {
            // Digits and month or weekday names with a few short words: "Jumat 03 Sep 2021 16:12 WITA".
            var numbers = 0
            var wordsHere = 0
            for i in r {
                if t[i].kind == .number {
                    if thousandsGroup(i, r) { continue }
                    numbers += 1
                } else if t[i].kind == .word { wordsHere += 1 }
            }
            return numbers >= 2 && wordsHere <= 4 && r.count <= 14
        }
        func captionLike(_ r: Range<Int>) -> Bool {
            // A mark of a photo credit anywhere, or a cue word among the first tokens.
            var i = r.lowerBound
            while i < r.upperBound {
                let f = flags(i)
                if f.contains(.captionMark), i > r.lowerBound, !flags(i - 1).isDisjoint(with: [.open, .slash, .dot]) { return true }
                if i < r.lowerBound + 8, f.contains(.captionCue), i > r.lowerBound { return true }
                if i == r.lowerBound, f.contains(.photoStart) { return true }
                i += 1
            }
            return false
        }
        // Round 36 (realnews dev r116, r410): a photo's caption is not the headline. A photo credit at the end of the
        // line (`(WartaGumi/ist)`) makes it a caption even with no other line above the body; a caption's word among
        // the first tokens of a line written in sentence case, most words in lower case (`Peserta berfoto bersama
        // usai pembukaan`), gives way to a plain line below it, as a marked line does (a site may write its headlines
        // in sentence case: `Juru masak SPPG dilatih saat libur sekolah`, the review of round 36). A headline in title
        // case stays one (`Bupati Hadir saat Pembukaan Pelatihan Kader`).
        func hasPhotoCredit(_ r: Range<Int>) -> Bool {
            // The credit ends the line (`(WartaGumi/ist)`, `(Foto: Humas)`): a mark after `(`, `/` or `.`, then `)`, a colon
            // or the line's end; not `Pelatihan Video/Foto Produk UMKM`. The line is written as a caption, two words in
            // lower case at least (`Rakor pendamping PKH ... di aula kec Sakra (WartaGumi/ist)`), not a headline in title
            // case with its photo's credit after it (`Tingkatkan Kapasitas Kader, Dinkes Gelar Pelatihan (Foto: Humas)`).
            var i = max(r.lowerBound + 1, r.upperBound - 4)
            var credit: Int? = nil
            while i < r.upperBound {
                if flags(i).contains(.captionMark), !flags(i - 1).isDisjoint(with: [.open, .slash, .dot]),
                   i + 1 == r.upperBound || !flags(i + 1).isDisjoint(with: [.close, .colon])
                {
                    credit = i
                    break
                }
                i += 1
            }
            guard let credit else { return false }
            var lower = 0
            for j in r.lowerBound..<max(r.lowerBound, credit - 1) where t[j].kind == .word && !t[j].capitalized && !t[j].allCaps {
                lower += 1
            }
            return lower >= 2
        }
        func isCaptionInSentenceCase(_ r: Range<Int>) -> Bool {
            guard captionLike(r) else { return false }
            var lower = 0
            var all = 0
            for i in r where t[i].kind == .word {
                all += 1
                if !t[i].capitalized && !t[i].allCaps { lower += 1 }
            }
            return all >= 3 && lower * 2 > all
        }
        // Round 21 (heldout13 z039): a first paragraph of one short sentence with no dateline (radio and small
        // portals: `Sekitar 60 pelaku usaha ... mengikuti sosialisasi ... yang digelar Bea Cukai Batam, Rabu pagi
        // tadi.`) under a headline: ten words or more, four of them in lower case (a sentence, not a title), a full
        // stop at the end, no caption's mark, a line of four words or more above it (the headline), and a paragraph
        // after it that opens with no dateline (a dateline paragraph below is the body's start; the sentence above
        // it a caption or a deck).
        func isShortLead(_ n: Int, _ r: Range<Int>) -> Bool {
            guard r.count >= 12, n > 0, flags(r.upperBound - 1).contains(.dot) || (r.count > 1 && flags(r.upperBound - 2).contains(.dot)),
                  words(r) >= 10, !captionLike(r), !Self.startsWithDateline(r, t, flags) else { return false }
            var lower = 0
            for i in r where t[i].kind == .word && !t[i].capitalized && !t[i].allCaps { lower += 1 }
            guard lower >= 4 else { return false }
            guard (0..<n).contains(where: { k in kinds[k] == .paragraph && words(range(k)) >= 4 }) else { return false }
            var m = n + 1
            while m < lines, range(m).isEmpty || kinds[m] != .paragraph { m += 1 }
            guard m < lines else { return false }
            let next = range(m)
            return isParagraph(next) && !Self.startsWithDateline(next, t, flags)
        }
        var body = lines > 1 ? lineStarts[1] : t.count
        var bodyLine = min(1, lines)
        // A known headline that reads as a paragraph (a page titled with its lead) is no headline.
        var headlineLine: Int? = firstLineIsHeadline && lines > 0 && !isParagraph(range(0)) ? 0 : nil
        if let h = headlineLine { kinds[h] = .headline }
        let from = headlineLine == nil ? 0 : 1
        var n = from
        var found = false
        var skipped = 0  // lines of chrome, related or bylines passed: they do not count in the window
        while n < lines, n - skipped < Self.headerLines {
            let r = range(n)
            if kinds[n] != .paragraph { n += 1; skipped += 1; continue }
            if isParagraph(r) || isDatelinedSentence(r) || isShortLead(n, r) {
                // A photo caption stands before the first paragraph, under the headline.
                let nextIsParagraph = n + 1 < lines && isParagraph(range(n + 1))
                if nextIsParagraph, n + 1 - skipped < Self.headerLines, r.count <= 45, captionLike(r), !Self.startsWithDateline(r, t, flags) {
                    kinds[n] = .caption
                    n += 1
                    continue
                }
                body = r.lowerBound
                bodyLine = n
                found = true
                break
            }
            n += 1
        }
        if !found {
            // No paragraph in the first lines: the old rule (the body starts at line 1).
            bodyLine = min(max(from, 1), lines)
            body = bodyLine < lines ? lineStarts[bodyLine] : t.count
        }
        // Header lines: date lines, chrome, captions; the headline is the first line of four words or more
        // (else of two or more) that is none of them.
        var fallback: Int? = nil
        if headlineLine == nil {
            // A line cut by `|` (a menu or breadcrumb, `Siaran Pers | Balai Besar ...`, `bireuenkini.com | Selasa,
            // 03 September 2024 | HOME NEWS`) or opened by the site's name and a dash (`MINUTNEWS.CO.ID - Berita
            // Minahasa Utara Terkini`) is the headline only when no plain line of four words follows it.
            var marked: Int? = nil
            // Round 20 (heldout12 y019): a site's masthead stands above its menu (`Website Resmi Desa Sepucuk` /
            // `Beranda | Profil Desa | Pemerintahan | Berita Desa`): a headline chosen above a menu line gives way
            // to the first plain line of four words below it, if there is one before the body.
            var aboveMenu: Int? = nil
            var markedBelowMenu: Int? = nil
            for k in 0..<bodyLine where kinds[k] == .paragraph || kinds[k] == .chrome {
                let r = range(k)
                // Round 46 (probe bb12): or above a navigation bar of words (``isNavigationBar``: `Beranda  Profil
                // Kalurahan  Layanan  Berita  Agenda`), which a site puts above its article's headline; above a
                // breadcrumb or a site's label (``isNavigation``) only a line with no word in lower case: a masthead
                // (`RADIO SWARA TUNTUNG PANDANG`, `Kapanewon Depok - Kabupaten Sleman`, ``mastheadShape``), or any
                // such line above a breadcrumb of arrows or slashes (`Beranda » Berita » Sosok`), not above a story's
                // tags cut by bars (`DPMD Garut Gelar Bimtek Operator Desa` / `Daerah | Garut | Pemerintahan`, round
                // 20). A headline with words in lower case keeps its place above a breadcrumb (`Dari Pelatihan Barista
                // ke Kedai Sendiri ...` / `Beranda > Bali > Gianyar`).
                if let h = headlineLine, h < k, aboveMenu == nil,
                   Self.isMenuLine(r, t, flags) || Self.isNavigationBar(r, t, flags)
                    || (Self.isNavigation(r, t, flags)
                        && (Self.mastheadShape(range(h), t, flags)
                            || (!Self.hasLowerCaseWord(range(h), t) && !r.contains { flags($0).contains(.bar) })))
                {
                    aboveMenu = h
                    headlineLine = nil
                    kinds[k] = .chrome
                    continue
                }
                guard kinds[k] == .paragraph else {
                    // Round 36: a menu the first pass knew as chrome, under a masthead only marked (`Portal Berita
                    // Kabupaten Sigi`): the masthead gives way to a line marked below the menu.
                    if headlineLine == nil, aboveMenu == nil, let m = marked, Self.isMenuLine(r, t, flags) || Self.isNavigation(r, t, flags) {
                        aboveMenu = m
                        marked = nil
                    }
                    continue
                }
                let w = words(r)
                var numbers = 0
                for i in r where t[i].kind == .number && !thousandsGroup(i, r) { numbers += 1 }
                if isDateLine(r) {
                    kinds[k] = .date
                } else if k + 1 < bodyLine, Self.isPostAge(range(k + 1), t, flags) {
                    // The page that posted a social repost, above the post's age (`2 jam · Dibagikan ke Publik`).
                    kinds[k] = .chrome
                } else if w < 2 || numbers * 3 >= w + numbers || Self.looksLikeSiteName(r, t, flags)
                    || (r.count > 2 && flags(r.lowerBound).contains(.numberLabel) && flags(r.lowerBound + 1).contains(.colon))
                    || (r.count > 2 && flags(r.lowerBound).contains(.listHead) && flags(r.lowerBound + 1).contains(.colon))
                {
                    // Round 46 (probe bc10): a ticker of other stories after its head and a colon (`Terpopuler: Banjir
                    // Rendam 7 Kelurahan ... • Progres IKN Capai 80 Persen`), no headline.
                    // `Nomor: 41/SP/BBPVP-BDG/X/2024`: the number of a press release or a letter.
                    kinds[k] = .chrome
                } else if hasPhotoCredit(r) {
                    kinds[k] = .caption
                } else if Self.isNavigation(r, t, flags) {
                    // Round 36: a breadcrumb, a menu or a site's label is never the headline, even with no other line.
                    // A masthead marked above it gives way to a line marked below it, as above a menu (round 20).
                    kinds[k] = .chrome
                    if aboveMenu == nil, let m = marked {
                        aboveMenu = m
                        marked = nil
                    }
                } else if headlineLine == nil, w >= 4 {
                    if Self.isMarkedLine(r, t, flags) || Self.isInstitutionName(r, t, flags) || isCaptionInSentenceCase(r)
                        || Self.opensLikeMenu(r, t, flags)
                    {
                        if marked == nil { marked = k }
                        // Below a menu, a headline in capitals that opens with an institution (`Dinas Sosial Sigi
                        // Gelar Bimtek Pendamping PKH`) is likelier than the masthead above the menu.
                        if aboveMenu != nil, markedBelowMenu == nil { markedBelowMenu = k }
                    } else {
                        headlineLine = k
                    }
                } else if fallback == nil, w >= 2 {
                    fallback = k
                }
            }
            if headlineLine == nil { headlineLine = markedBelowMenu ?? aboveMenu ?? marked ?? fallback }
            for k in 0..<bodyLine where kinds[k] == .paragraph {
                kinds[k] = k == headlineLine ? .headline : (captionLike(range(k)) ? .caption : .chrome)
            }
        } else {
            for k in 1..<max(1, bodyLine) where kinds[k] == .paragraph {
                kinds[k] = isDateLine(range(k)) ? .date : (captionLike(range(k)) ? .caption : .chrome)
            }
        }
        // After the body's first paragraph, the short lines under a list's head (up to a paragraph) are the
        // headlines of other stories (round 12): `Berita Terkait` / `Disnaker Kota Bekasi Latih 120 Pencari Kerja`.
        var n2 = bodyLine + 1
        while n2 < lines {
            // Round 25: a head written with a capital (`Berita Terkait`, `TERPOPULER`, `» Baca Juga`); not a word of a
            // sentence hard-wrapped alone onto its line (`bodong` / `terbaru.`), whose next lines are the article's.
            if opensList[n2], Self.opensWithCapital(range(n2), t) {
                var k = n2 + 1
                while k < lines, kinds[k] == .paragraph || kinds[k] == .related {
                    let r = range(k)
                    if r.isEmpty { k += 1; continue }
                    if r.count >= 25 || t[r.upperBound - 1].sentence != t[r.lowerBound].sentence { break }
                    // Round 25: a line that ends with a full stop is a sentence of the article (`Pelatihan menghadirkan
                    // narasumber ..., Andi Nurjannah.`), not another story's headline.
                    if flags(r.upperBound - 1).contains(.dot) { break }
                    kinds[k] = .related
                    k += 1
                }
                n2 = k
            } else {
                n2 += 1
            }
        }
        // Round 25 (FOOT25): the page's footer after the article (PageFooter.swift).
        Self.markFooter(&kinds, opensList: opensList, bodyLine: bodyLine, range: range, t, flags)
        self.kinds = kinds
        self.headline = headlineLine.map { range($0) } ?? 0..<0
        self.bodyStart = body
        // The lead: the first article paragraph, and the next when the first is short.
        var lead = body..<body
        var k = bodyLine
        var taken = 0
        while k < lines, taken < 2 {
            if kinds[k] == .paragraph {
                let r = range(k)
                lead = (taken == 0 ? r.lowerBound : lead.lowerBound)..<r.upperBound
                taken += 1
                if lead.count >= 25 { break }
            }
            k += 1
        }
        self.lead = lead
        if bodyLine < lines, let dash = Self.datelineDash(range(bodyLine), t, flags) {
            self.dateline = lineStarts[bodyLine]..<dash
        } else {
            self.dateline = 0..<0
        }
    }

    /// Round 46: whether a word of the line is written in lower case.
    static func hasLowerCaseWord(_ r: Range<Int>, _ t: [Token]) -> Bool {
        for i in r where i >= 0 && i < t.count && t[i].kind == .word && !t[i].capitalized && !t[i].allCaps { return true }
        return false
    }

    /// Round 46: a line shaped as a site's masthead rather than a headline: no word in lower case, and every word in
    /// capitals (`RADIO SWARA TUNTUNG PANDANG`) or the words cut by a spaced dash (`Kapanewon Depok - Kabupaten
    /// Sleman`). A headline in title case (`DPMD Garut Gelar Bimtek Operator Desa`) is neither.
    static func mastheadShape(_ r: Range<Int>, _ t: [Token], _ flags: (Int) -> Flags) -> Bool {
        guard r.lowerBound >= 0, r.upperBound <= t.count, !r.isEmpty else { return false }
        var allCaps = true
        var dash = false
        for i in r {
            if t[i].kind == .word {
                if !t[i].capitalized && !t[i].allCaps { return false }
                if !t[i].allCaps { allCaps = false }
            } else if flags(i).contains(.dash), t[i].spaceBefore, i + 1 < r.upperBound, t[i + 1].spaceBefore {
                dash = true
            }
        }
        return allCaps || dash
    }

    /// Round 25: whether the first word of a line (after its marks: `» Baca Juga`) has a capital.
    static func opensWithCapital(_ r: Range<Int>, _ t: [Token]) -> Bool {
        guard r.lowerBound >= 0, r.upperBound <= t.count else { return false }
        for i in r where t[i].kind == .word { return t[i].capitalized }
        return false
    }

    /// Round 25: a weather widget (`Cuaca hari ini: 31°C Cerah Berawan`, `Surabaya 28 ℃ Hujan Ringan`): a short line
    /// (the caller's bound) with a temperature, a number and a degree's mark. Not the headline, which a page puts
    /// under it (a line of four words or more would be taken for the headline).
    static func isWeather(_ r: Range<Int>, _ t: [Token], _ flags: (Int) -> Flags) -> Bool {
        guard r.lowerBound >= 0, r.upperBound <= t.count else { return false }
        for i in r where i + 1 < r.upperBound && t[i].kind == .number && flags(i + 1).contains(.degree) { return true }
        return false
    }

    /// Round 25: a line that opens a link to another story in a way the first test (a word of `relatedStarts` and one of
    /// `relatedSeconds`) misses: the verb of reading and a colon (`Baca: Dinsos Sigi Latih ...`, `Lihat : ...`), or a
    /// bullet before the link (`» Baca Juga: ...`, `- Lihat juga ...`, `>> Baca: ...`).
    static func opensLink(_ r: Range<Int>, _ flags: (Int) -> Flags) -> Bool {
        guard r.count >= 2 else { return false }
        var i = r.lowerBound
        // A bullet of one or two marks (`»`, `>>`, `-`).
        while i < r.lowerBound + 2, i + 1 < r.upperBound, flags(i).contains(.bullet) { i += 1 }
        guard i + 1 < r.upperBound else { return false }
        let first = flags(i)
        let second = flags(i + 1)
        if first.contains(.readStart), second.contains(.colon) { return true }
        guard i > r.lowerBound, first.contains(.relatedStart), second.contains(.relatedSecond) else { return false }
        // After a quote mark (`» Baca Juga:`), only with its colon: a quoted sentence may open so (`"Lihat juga
        // kondisinya," ujarnya`).
        return !flags(r.lowerBound).contains(.quoteMark) || (i + 2 < r.upperBound && flags(i + 2).contains(.colon))
    }

    /// Round 25: the tokens of other stories, to be read by no extractor: every line the pass marks `.related`
    /// (`Baca Juga: ...`, the headlines under `Berita Terkait`, `Sebelumnya: ...`), and a link inside a paragraph,
    /// between brackets (`(Baca juga: Dinsos Sigi Bekali 40 Tagana)`, `[Lihat juga: ...]`) or after a sentence's end to
    /// the end of its line (`... hari Senin. Baca juga: Dinsos Sigi Bekali 40 Tagana`). Sorted, disjoint ranges; one
    /// pass over the tokens, a bracket's link read at most `linkLimit` tokens far.
    static func otherStories(kinds: [LineKind], tokens t: [Token], lineStarts: [Int], flags: (Int) -> Flags) -> [Range<Int>] {
        otherStories(kinds: kinds, tokens: t, lineStarts: lineStarts, flags: flags) { from, to in
            var i = from
            while i < to, !flags(i).contains(.relatedStart) { i += 1 }
            return max(i, min(from, to))
        }
    }

    /// Round 26 (SPEED26): ``otherStories(kinds:tokens:lineStarts:flags:)`` with the flags read from `table` (the
    /// vocabulary's ``Vocabulary/structureFlags``, by token id) and the words of a paragraph passed over by a tight
    /// loop over the tokens' ids until one opens a link (`Baca`, `Lihat`, `Berita`): the same ranges, for a few
    /// instructions a token.
    static func otherStories(kinds: [LineKind], tokens t: [Token], lineStarts: [Int], flags table: [Flags]) -> [Range<Int>] {
        t.withUnsafeBufferPointer { tb in
            table.withUnsafeBufferPointer { fb in
                let count = tb.count
                let known = fb.count
                return otherStories(kinds: kinds, tokens: t, lineStarts: lineStarts) { i in
                    guard i >= 0, i < count else { return [] }
                    let id = Int(tb[i].id)
                    return id >= 0 && id < known ? fb[id] : []
                } seek: { from, to in
                    var i = max(from, 0)
                    let end = min(to, count)
                    while i < end {
                        let id = Int(tb[i].id)
                        if id >= 0, id < known, fb[id].contains(.relatedStart) { return i }
                        i &+= 1
                    }
                    return max(i, min(from, to))
                }
            }
        }
    }

    /// The ranges of other stories; `seek(from, to)`: the first position in `from..<to` whose flags hold
    /// ``Flags/relatedStart``, `to` when none does (`from` when `from >= to`).
    static func otherStories(
        kinds: [LineKind], tokens t: [Token], lineStarts: [Int], flags: (Int) -> Flags, seek: (Int, Int) -> Int
    ) -> [Range<Int>] {
        var out: [Range<Int>] = []
        let lines = min(kinds.count, lineStarts.count)
        for n in 0..<lines {
            let r = lineStarts[n]..<(n + 1 < lineStarts.count ? lineStarts[n + 1] : t.count)
            guard r.lowerBound >= 0, r.upperBound <= t.count, !r.isEmpty else { continue }
            if kinds[n] == .related {
                out.append(r)
                continue
            }
            guard kinds[n] == .paragraph else { continue }
            var i = r.lowerBound + 1
            while i + 1 < r.upperBound {
                // The next word that may open a link (the words between open none).
                i = seek(i, r.upperBound - 1)
                guard i + 1 < r.upperBound else { break }
                let f = flags(i)
                guard f.contains(.relatedStart) else { i += 1; continue }
                let next = flags(i + 1)
                let colonAfter = next.contains(.colon) || (i + 2 < r.upperBound && next.contains(.relatedSecond) && flags(i + 2).contains(.colon))
                let before = flags(i - 1)
                if before.contains(.open) || before.contains(.bracketOpen) {
                    // `(Baca juga: ...)`: up to the bracket that closes it, on this line.
                    guard next.contains(.relatedSecond) || (f.contains(.readStart) && next.contains(.colon)) else { i += 1; continue }
                    var depth = 1
                    var j = i + 1
                    let limit = min(r.upperBound, i + Self.linkLimit)
                    while j < limit {
                        let g = flags(j)
                        if g.contains(.open) || g.contains(.bracketOpen) { depth += 1 }
                        if g.contains(.close) || g.contains(.bracketClose) {
                            depth -= 1
                            if depth == 0 { break }
                        }
                        j += 1
                    }
                    if j < limit, depth == 0 {
                        out.append((i - 1)..<(j + 1))
                        i = j + 1
                        continue
                    }
                } else if colonAfter, t[i].sentence != t[i - 1].sentence, r.upperBound - i <= Self.linkLimit {
                    // `... Senin. Baca juga: ...` to the end of the line: a headline ends the line, no sentence after it.
                    var sentences = 0
                    for j in (i + 1)..<r.upperBound where t[j].sentence != t[j - 1].sentence { sentences += 1 }
                    if sentences == 0 {
                        out.append(i..<r.upperBound)
                        break
                    }
                }
                i += 1
            }
        }
        return out
    }

    /// Round 25: how far a link to another story inside a paragraph is read for its end (a headline and its marks).
    static let linkLimit = 48

    /// A short line whose words are all chrome words (`Share`, `Ikuti kami`, `Skip to main content`), or with a `×`.
    static func isChrome(_ r: Range<Int>, _ t: [Token], _ flags: (Int) -> Flags) -> Bool {
        var w = 0
        for i in r {
            let f = flags(i)
            if f.contains(.times) || (f.contains(.letterX) && r.count <= 2) { return true }
            guard t[i].kind == .word else { continue }
            w += 1
            if !f.contains(.chrome) { return false }
        }
        return w >= 1
    }

    /// Round 21 (heldout13 z005): a site's menu written as words without bars (`Menu  Beranda  Daerah  Politik  Hukum
    /// Lingkungan  Olahraga`): four words or more, every one capitalized, no number or mark, opened by a chrome word
    /// and with three in four of them chrome words (one section's name, `Lingkungan`, need not be). Not a headline:
    /// a headline has its verb and its words of content (`Berita Baik dari Desa Nita` has `dari` in lower case).
    static func isMenuOfWords(_ r: Range<Int>, _ t: [Token], _ flags: (Int) -> Flags) -> Bool {
        guard r.lowerBound >= 0, r.upperBound <= t.count, r.count >= 4, flags(r.lowerBound).contains(.chrome) else { return false }
        var chrome = 0
        for i in r {
            guard t[i].kind == .word, t[i].capitalized || t[i].allCaps else { return false }
            if flags(i).contains(.chrome) { chrome += 1 }
        }
        return chrome * 4 >= r.count * 3
    }

    /// Round 21 (heldout13 z049): a masthead's address (`Kec. Cilongok Kab. Banyumas Prov. Jawa Tengah`): two or more
    /// abbreviations of an address's parts (`addressAbbreviations`), each followed by its full stop, and no word in
    /// lower case. Not a headline, which does not abbreviate its places so, nor a sentence.
    static func isAddressLine(_ r: Range<Int>, _ t: [Token], _ flags: (Int) -> Flags) -> Bool {
        guard r.lowerBound >= 0, r.upperBound <= t.count else { return false }
        // Round 21 (the merge's review): every word in capitals; a sentence of the body that ends on an address
        // (`Pelatihan digelar di Aula Desa Nita, Kec. Nita, Kab. Sikka.`) has its verb in lower case.
        for i in r where t[i].kind == .word && !t[i].capitalized && !t[i].allCaps { return false }
        var n = 0
        for i in r where i + 1 < r.upperBound && flags(i).contains(.addressWord) && flags(i + 1).contains(.dot) {
            n += 1
            if n >= 2 { return true }
        }
        return false
    }

    /// The age of a social post (`2 jam · Dibagikan ke Publik`, `5 menit ·`): a number and a unit of time first,
    /// then a middle dot, in a short line.
    static func isPostAge(_ r: Range<Int>, _ t: [Token], _ flags: (Int) -> Flags) -> Bool {
        guard r.count >= 3, r.count <= 10, t[r.lowerBound].kind == .number, flags(r.lowerBound + 1).contains(.postAge) else { return false }
        for i in r where flags(i).contains(.middleDot) { return true }
        return false
    }

    /// A line that is only the name of an institution, the masthead of its site (round 11): it opens with a word of
    /// `institutionStarts`, holds no number, and every other token is a capitalized word or a connective (`dan`,
    /// `serta`, `&`, a comma): `PEMERINTAH KABUPATEN KUBU RAYA`, `Dinas Komunikasi, Informatika, Statistik dan
    /// Persandian Kabupaten Polewali Mandar`. Like a marked line, it is the headline only when no plain line of four
    /// words follows it. Not a headline that names an act (`Dinas Sosial Gelar Bimtek bagi Pendamping`: `bagi`).
    static func isInstitutionName(_ r: Range<Int>, _ t: [Token], _ flags: (Int) -> Flags) -> Bool {
        guard !r.isEmpty, r.count <= 16, flags(r.lowerBound).contains(.institution) else { return false }
        for i in r {
            switch t[i].kind {
            case .number: return false
            case .word: if !t[i].capitalized && !flags(i).contains(.connective) { return false }
            case .punct: if !flags(i).contains(.connective) { return false }
            }
        }
        return true
    }

    /// A line with a `|` or a breadcrumb's arrow (`>`, `›`, `»`) or two spaced slashes among its tokens, or one that
    /// opens with a site's name and a dash (`MINUTNEWS.CO.ID -`, `HALUTPOS.COM -`): a menu, a breadcrumb, a label or
    /// the site's tagline rather than a headline.
    static func isMarkedLine(_ r: Range<Int>, _ t: [Token], _ flags: (Int) -> Flags) -> Bool {
        // Round 18: a line of these tokens (every caller passes one; each test below reads `t` in it).
        guard r.lowerBound >= 0, r.upperBound <= t.count else { return false }
        for i in r where flags(i).contains(.pipe) { return true }
        // Round 36: `»` folds to `"` as quotes do, so a breadcrumb of guillemets (`Home » Regional » Jawa Barat`) has
        // no arrow left: two quote marks with a space on each side (a quote opens or closes against its words).
        var spacedQuotes = 0
        for i in r where flags(i).contains(.quoteMark) && i > r.lowerBound && t[i].spaceBefore && i + 1 < r.upperBound && t[i + 1].spaceBefore {
            spacedQuotes += 1
            if spacedQuotes >= 2 { return true }
        }
        // Round 16: a name in capitals, a dash and a word of the news (`BASARNAS – Berita Kantor SAR`, `DISKOMINFO -
        // Portal Berita Resmi`): the site's label, as a site's name with its domain and a dash is.
        // Round 16 (review): the word after the word of the news is one of a site (`Kantor`, `Resmi`, lexicon
        // `siteWords`), another word of the news, a name in capitals (`Info NTT`), or none; not `SIKKA – Kabar Baik, 40
        // Nelayan Alok Dilatih Olah Ikan`, a headline.
        if r.count > 3, t[r.lowerBound].allCaps, t[r.lowerBound].kind == .word, flags(r.lowerBound + 1).contains(.dash),
            flags(r.lowerBound + 2).contains(.newsWord)
        {
            let n = r.lowerBound + 3
            if n >= r.upperBound || flags(n).contains(.siteWord) || flags(n).contains(.newsWord)
                || (t[n].kind == .word && t[n].allCaps)
            {
                return true
            }
        }
        // A breadcrumb cut by slashes with a space on each side, two or more (`Beranda / Daerah / Kota Padang`,
        // `Home / Sulut / Pemerintahan`; round 11), not a slash inside a phrase (`kabupaten/kota`, `MGMP/MGBK`).
        var slashes = 0
        for i in r where flags(i).contains(.slash) && t[i].spaceBefore && i + 1 < r.upperBound && t[i + 1].spaceBefore {
            slashes += 1
            if slashes >= 2 { return true }
        }
        var i = r.lowerBound
        while i < min(r.upperBound, r.lowerBound + 6) {
            if i > r.lowerBound, t[i].kind == .word, !t[i].spaceBefore, flags(i - 1).contains(.dot), flags(i).contains(.domain) {
                var j = i + 1
                while j < r.upperBound, !t[j].spaceBefore, t[j].kind != .word || flags(j).contains(.domain) || flags(j).contains(.dot) { j += 1 }
                return j < r.upperBound && flags(j).contains(.dash)
            }
            i += 1
        }
        return false
    }

    /// Round 36: a line that only navigates, never a headline even when the page has no other: a navigation bar
    /// (``isNavigationBar``), a site's label (``isSiteLabel``), or a breadcrumb or menu whose items are cut by `|`,
    /// an arrow (`>`, `›`, `»`, which folds to a quote mark) or a spaced slash, two cuts or more (one after `Home` or
    /// `Beranda` alone, to an item of two words: `Home » Pengabdian Masyarakat`; not `Home / Dinkes Latih Kader`),
    /// every item three words at most with at most five tokens (`Home / Ekonomi / UMKM`, `manadoline.id | Sulut | Minut
    /// | Pariwisata`), every word capitalized but a host name's parts, no number and no colon. Not a breadcrumb that
    /// ends with the headline (`Beranda » Daerah » Maros » 120 Pelajar Maros Ikuti Binpotdirga ...`), nor a headline
    /// with its site after a bar. A quote mark with a space on each side that is no cut here (a longer item) still
    /// marks the line (``isMarkedLine``).
    static func isNavigation(_ r: Range<Int>, _ t: [Token], _ flags: (Int) -> Flags) -> Bool {
        guard r.lowerBound >= 0, r.upperBound <= t.count, !r.isEmpty else { return false }
        if isNavigationBar(r, t, flags) || isSiteLabel(r, t, flags) { return true }
        var cuts = 0
        var words = 0
        var tokens = 0
        var longest = 0
        for i in r {
            let spaced = i > r.lowerBound && t[i].spaceBefore && i + 1 < r.upperBound && t[i + 1].spaceBefore
            let cut = t[i].kind == .punct && (flags(i).contains(.pipe) || (spaced && (flags(i).contains(.slash) || flags(i).contains(.quoteMark))))
            if cut {
                guard tokens > 0 else { return false }
                cuts += 1
                words = 0
                tokens = 0
                continue
            }
            tokens += 1
            // The review of round 36: an item with a number, a colon or a word in lower case (other than a host name's
            // part) is a headline's (`Dinkes Latih 40 Kader | Sintang | Kalbar`, `Bupati: " Pelatihan Ini Penting "
            // untuk Kader`).
            if t[i].kind == .number || flags(i).contains(.colon) { return false }
            if t[i].kind == .word {
                words += 1
                let hostPart = (i > r.lowerBound && !t[i].spaceBefore && flags(i - 1).contains(.dot))
                    || (i + 1 < r.upperBound && !t[i + 1].spaceBefore && flags(i + 1).contains(.dot))
                if !t[i].capitalized, !t[i].allCaps, !hostPart { return false }
            }
            if words > 3 || tokens > 5 { return false }
            longest = max(longest, words)
        }
        guard tokens > 0 else { return false }
        // One cut after `Home` or `Beranda` alone, to an item of two words at most (`Home » Pengabdian Masyarakat`,
        // `Beranda › Badung`).
        let oneCut = cuts == 1 && longest <= 2 && t[r.lowerBound].kind == .word && flags(r.lowerBound).contains(.menuStart)
            && r.count > 1 && t[r.lowerBound + 1].kind == .punct
        return cuts >= 2 || oneCut
    }

    /// Round 36: a navigation bar written without bars: it opens with a word of ``menuStarts`` (`Beranda Maluku Ambon
    /// Politik Ekonomi Opini Indeks`, `HOME NEWS EKONOMI PEMKO RIAU VIDEO`), holds three to twelve words, every one
    /// capitalized, at least half of them chrome words or the names of sections (``sectionWords``), and no number or
    /// other mark than a dash, `|` and `/`. Not a headline, which has a number, a word in lower case or a comma
    /// (`Beranda Negara, 80 Kader Dilatih`), or is made of the words of its news (`Home Industry Kue Kering Ikuti
    /// Pelatihan Kemasan Produk`, `Menu MBG Jadi Fokus Pelatihan Juru Masak`; the review of round 36).
    static func isNavigationBar(_ r: Range<Int>, _ t: [Token], _ flags: (Int) -> Flags) -> Bool {
        guard let (words, sections) = menuBarShape(r, t, flags) else { return false }
        return sections * 2 >= words
    }

    /// Round 36: a line with a navigation bar's shape (see ``isNavigationBar``) whatever its words: it yields to a
    /// plain line below it, as a marked line does (`Beranda Berita Kalurahan Profil Layanan`, `HOME NTB LOMBOK TIMUR
    /// HUKRIM`: region names instead of sections), and stays the headline when none follows (`Home Industry Kue Kering
    /// Ikuti Pelatihan Kemasan Produk`).
    /// Round 46 (probes av03, bc03): or a bar of sections that no `Beranda` opens (`Nasional NTB Lombok Timur Politik
    /// Ekonomi Opini`, `Berita Daerah Nagari Ekonomi Budaya Sport Video`): four to twelve capitalized words, three of
    /// them or more and at least half the names of sections (``sectionWords``; the chrome words of a sentence,
    /// `Untuk`, `Di`, `Gratis`, do not count here), no number and no mark but a dash or a slash. A headline in title
    /// case has its words of content (`Pelatihan Jurnalistik Pendidikan Video Kreatif`: two of five).
    static func opensLikeMenu(_ r: Range<Int>, _ t: [Token], _ flags: (Int) -> Flags) -> Bool {
        if menuBarShape(r, t, flags) != nil { return true }
        guard let (words, sections) = menuBarShape(r, t, flags, opened: false) else { return false }
        return words >= 4 && sections >= 3 && sections * 2 >= words
    }

    /// The number of words and of chrome or section words of a line shaped like a navigation bar; nil when it is not.
    /// `opened: false` (round 46): the bar needs no word of ``menuStarts`` first, and only the names of sections and
    /// of menus are counted.
    static func menuBarShape(_ r: Range<Int>, _ t: [Token], _ flags: (Int) -> Flags, opened: Bool = true) -> (Int, Int)? {
        guard r.lowerBound >= 0, r.upperBound <= t.count, (3...14).contains(r.count), t[r.lowerBound].kind == .word,
              !opened || flags(r.lowerBound).contains(.menuStart) else { return nil }
        let counted: Flags = opened ? [.chrome, .section, .menuStart] : [.section, .menuStart]
        var words = 0
        var sections = 0
        for i in r {
            switch t[i].kind {
            case .number:
                // Round 41 (probe r11): the year of a section's name (`Beranda Profil Berita Publikasi JDIH PPID
                // Pemilu 2024`), four digits after a section's word; any other number is no menu's.
                guard i > r.lowerBound, t[i].end - t[i].start == 4, t[i - 1].kind == .word, flags(i - 1).contains(.section)
                else { return nil }
            case .word:
                guard t[i].capitalized || t[i].allCaps else { return nil }
                words += 1
                if !flags(i).isDisjoint(with: counted) { sections += 1 }
            case .punct:
                guard flags(i).contains(.dash) || flags(i).contains(.slash) else { return nil }
            }
        }
        return (3...12).contains(words) ? (words, sections) : nil
    }

    /// Round 36: a site's label around a dash (`TVRI Sumatera Utara — Berita Daerah`, `PENDAM XVII/CENDERAWASIH - BERITA
    /// SATUAN`, `Berita Daerah - Pemerintah Provinsi Sumatera Barat`): one part is a word of the news with at most two
    /// capitalized words after it, the other the site's name, three words at most or an office's name opened by
    /// `Pemerintah` or `Kantor`, and every word of the line is capitalized. Not `SIKKA – Kabar Baik, 40 Nelayan Dilatih`
    /// (a comma), nor a headline with its site after the dash (`Dinkes Sintang Latih Kader Posyandu - Berita Daerah`,
    /// `Pelatihan Keamanan Pangan Juru Masak SPPG - Kabar Sintang`; the review of round 36).
    static func isSiteLabel(_ r: Range<Int>, _ t: [Token], _ flags: (Int) -> Flags) -> Bool {
        guard r.lowerBound >= 0, r.upperBound <= t.count, (3...16).contains(r.count) else { return false }
        var dashes: [Int] = []
        for i in r {
            switch t[i].kind {
            case .word: if !(t[i].capitalized || t[i].allCaps) { return false }
            case .number: continue
            case .punct:
                if flags(i).contains(.dash), !flags(i).contains(.bar), t[i].spaceBefore { dashes.append(i) }
                else if !flags(i).contains(.slash) { return false }
            }
        }
        guard dashes.count == 1, let d = dashes.first else { return false }
        // The part before the dash, or after it, and the other part, the site's name.
        let parts = [r.lowerBound..<d, (d + 1)..<r.upperBound]
        for (k, part) in parts.enumerated() where (1...3).contains(part.count) {
            guard flags(part.lowerBound).contains(.newsWord), part.dropFirst().allSatisfy({ t[$0].kind == .word }) else { continue }
            let other = parts[1 - k]
            var words = 0
            for i in other where t[i].kind == .word { words += 1 }
            if words <= 3 { return true }
            if let first = other.first, flags(first).contains(.officeStart), words <= 6 { return true }
        }
        return false
    }

    /// A site's menu (round 20): three or more bars `|` between items of one to three words, no number and no colon
    /// (`Beranda | Profil Desa | Pemerintahan | Berita Desa | Kontak`); not a byline (`Penulis: Andi | Editor:
    /// Fitri`) or a date line (`Rabu, 14 Oktober 2026 | 15:40 WIB`), not a breadcrumb (`Beranda > Bali >
    /// Gianyar`), which pages also print under the headline, and not a story's tags of three items (`Daerah | Garut
    /// | Sosial`; review of the round).
    static func isMenuLine(_ r: Range<Int>, _ t: [Token], _ flags: (Int) -> Flags) -> Bool {
        guard r.lowerBound >= 0, r.upperBound <= t.count, r.count >= 5 else { return false }
        var marks = 0
        var item = 0
        for i in r {
            if flags(i).contains(.bar) {
                guard item >= 1 else { return false }
                marks += 1
                item = 0
            } else if t[i].kind == .word {
                item += 1
                if item > 3 { return false }
            } else if t[i].kind == .number || flags(i).contains(.colon) {
                return false
            }
        }
        return marks >= 3 && item >= 1
    }

    /// A site name alone on a line: one or two words with a domain (`BENUANTARA.CO.ID`, `Martapurasatu.id`).
    /// Round 19 (heldout11 w031): also the site's name with the place it reports from, after one mark
    /// (`RRI.CO.ID, Banda Aceh`): a masthead, not a headline -- the place is one to three capitalized words ending
    /// the line, nothing else after the domain.
    static func looksLikeSiteName(_ r: Range<Int>, _ t: [Token], _ flags: (Int) -> Flags) -> Bool {
        guard r.lowerBound >= 0, r.upperBound <= t.count, r.count <= 12 else { return false }
        // Round 36: a host name alone, however many parts (`tribratanews.riau.polri.go.id`): no space inside, words
        // cut by full stops, the last a domain's word.
        if r.count >= 3, t[r.upperBound - 1].kind == .word, flags(r.upperBound - 1).contains(.domain),
           r.dropFirst().allSatisfy({ !t[$0].spaceBefore }),
           r.allSatisfy({ t[$0].kind == .word || flags($0).contains(.dot) || flags($0).contains(.dash) }) {
            return true
        }
        for i in r where i > r.lowerBound && t[i].kind == .word && !t[i].spaceBefore && flags(i - 1).contains(.dot) {
            guard flags(i).contains(.domain) else { continue }
            if r.count <= 7 { return true }
            // The rest of the domain (`.CO.ID`), then one mark and the place.
            var j = i + 1
            while j < r.upperBound, !t[j].spaceBefore, flags(j).contains(.dot) || flags(j).contains(.domain) { j += 1 }
            guard j < r.upperBound, t[j].kind == .punct, !flags(j).contains(.dash) else { return false }
            let place = (j + 1)..<r.upperBound
            guard (1...3).contains(place.count) else { return false }
            return place.allSatisfy { t[$0].kind == .word && (t[$0].capitalized || t[$0].allCaps) }
        }
        return false
    }

    /// The dash (or `|`) that ends a dateline among the first tokens of a line: `PALU –`, `BANJARBARU,
    /// wartabanua.co –`, `Tarempa- (kabarsiantan.com) –`, `SUARAMADURA.ID | SUMENEP-`.
    static func datelineDash(_ r: Range<Int>, _ t: [Token], _ flags: (Int) -> Flags) -> Int? {
        var i = r.lowerBound
        let limit = min(r.upperBound, r.lowerBound + 12)
        guard i < limit, t[i].capitalized || t[i].allCaps || t[i].kind == .number || flags(i).contains(.open) else { return nil }
        var lastDash: Int? = nil
        while i < limit {
            if flags(i).contains(.dash) {
                lastDash = i
                // A dash right after the place, or after the outlet's name.
                if i + 1 < limit, !flags(i + 1).contains(.dash) { return i }
            }
            if t[i].kind == .word, !t[i].capitalized, !t[i].allCaps {
                // Lower-case words only in an outlet's domain (wartabanua.co).
                let afterDot = i > r.lowerBound && flags(i - 1).contains(.dot) && !t[i].spaceBefore
                let beforeDot = i + 2 < r.upperBound && flags(i + 1).contains(.dot) && !t[i + 1].spaceBefore && !t[i + 2].spaceBefore
                if !afterDot, !beforeDot { return lastDash }
            }
            i += 1
        }
        return lastDash
    }

    static func startsWithDateline(_ r: Range<Int>, _ t: [Token], _ flags: (Int) -> Flags) -> Bool {
        datelineDash(r, t, flags) != nil
    }
}
