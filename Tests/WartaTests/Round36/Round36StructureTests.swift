import Testing
@testable import Warta

/// Round 36: the lines above a page's article that only navigate. Breadcrumbs of guillemets (`»` folds to a quote
/// mark, so the arrow test never saw them), navigation bars written as words, a site's label around a dash, a host
/// name alone and a government's portal were taken for the headline: 73 of the 648 readable look documents had such a
/// headline, and the record's `document.title` showed it. A line that only navigates is never the headline now, even
/// when the page has no other line above its body (the page then has none).
struct Round36StructureTests {
    static func headline(_ s: String) -> String { Round20StructureTests.headline(s) }

    @Test func aBreadcrumbOfGuillemetsIsNoHeadline() {
        // heldout11 look w003.
        #expect(Self.headline("""
            TRIBUNPRIANGAN.COM | Cianjur > Peristiwa
            Home » Regional » Jawa Barat

            Pelatihan Siaga Bencana untuk 300 Relawan di Gedung Dakwah Cianjur Batal

            TRIBUNPRIANGAN.COM, CIANJUR - Pelatihan siaga bencana bagi 300 relawan desa yang sedianya digelar BPBD Kabupaten Cianjur batal dilaksanakan.
            """) == "Pelatihan Siaga Bencana untuk 300 Relawan di Gedung Dakwah Cianjur Batal")
        // Counterexample: quotes inside a headline open and close against their words.
        #expect(Self.headline("""
            Bupati: "Pelatihan Ini Jangan Jadi Formalitas" kepada 40 Kader

            SINTANG - Dinas Kesehatan Kabupaten Sintang menggelar pelatihan kader di aula dinas, Senin (3/3/2025), bagi 40 kader posyandu.
            """) == "Bupati: \"Pelatihan Ini Jangan Jadi Formalitas\" kepada 40 Kader")
    }

    @Test func aNavigationBarOfWordsIsNoHeadline() {
        // heldout20 look b006: a menu of words over the date line and the headline.
        #expect(Self.headline("""
            MENU
            Beranda Maluku Ambon Politik Ekonomi Opini Indeks
            Jumat, 10 Okt 2025

            BPKAD Maluku Latih Operator SIPD Kabupaten/Kota Jelang Penyusunan APBD 2026

            Ambon, MalukuPost.com — Badan Pengelolaan Keuangan dan Aset Daerah (BPKAD) Provinsi Maluku melaksanakan Bimbingan Teknis Penatausahaan Keuangan Daerah.
            """) == "BPKAD Maluku Latih Operator SIPD Kabupaten/Kota Jelang Penyusunan APBD 2026")
        // Counterexample: a headline with a word of the site inside it, a number and a comma.
        #expect(Self.headline("""
            Beranda Negara Dijaga, 80 Kader Desa Perbatasan Ikuti Peningkatan Kapasitas

            ENTIKONG - Sebanyak 80 kader desa mengikuti peningkatan kapasitas yang digelar Dinas PMD di aula kecamatan, Senin (3/3/2025).
            """) == "Beranda Negara Dijaga, 80 Kader Desa Perbatasan Ikuti Peningkatan Kapasitas")
    }

    @Test func aPortalAHostNameAndASiteLabelAreNoHeadline() {
        // heldout20 look b002: the portal's masthead over its menu.
        #expect(Self.headline("""
            Portal Resmi Pemerintah Kabupaten Bone
            Beranda  Berita  Pengumuman  PPID  Kontak

            79 CPNS Bone Mulai Ikuti Latsar di Makassar

            MAKASSAR – Sebanyak 79 Calon Pegawai Negeri Sipil (CPNS) lingkup Pemerintah Kabupaten Bone mulai mengikuti Pelatihan Dasar (Latsar) CPNS.
            """) == "79 CPNS Bone Mulai Ikuti Latsar di Makassar")
        #expect(Self.headline("""
            tribratanews.riau.polri.go.id

            Polres Kampar Latih Bhabinkamtibmas Tangani Konflik Sosial

            KAMPAR - Polres Kampar menggelar pelatihan penanganan konflik sosial bagi 40 Bhabinkamtibmas di aula polres, Senin (3/3/2025).
            """) == "Polres Kampar Latih Bhabinkamtibmas Tangani Konflik Sosial")
        #expect(Self.headline("""
            Berita Daerah - Pemerintah Provinsi Sumatera Barat

            Dinsos Sumbar Gelar Bimtek Pendamping PKH

            PADANG - Dinas Sosial Provinsi Sumatera Barat menggelar bimtek bagi 60 pendamping PKH di Hotel Truntum, Senin (3/3/2025).
            """) == "Dinsos Sumbar Gelar Bimtek Pendamping PKH")
        // Counterexample: a headline cut by a dash, with a number and a comma, stays the headline.
        #expect(Self.headline("""
            SIKKA – Kabar Baik, 40 Nelayan Alok Dilatih Olah Ikan

            MAUMERE - Sebanyak 40 nelayan Alok mengikuti pelatihan pengolahan ikan yang digelar Dinas Perikanan Sikka, Senin (3/3/2025).
            """) == "SIKKA – Kabar Baik, 40 Nelayan Alok Dilatih Olah Ikan")
    }

    @Test func aPageWithOnlyABreadcrumbAboveItsBodyHasNoHeadline() {
        // heldout look h003: the page starts at its breadcrumb, then the dateline.
        let text = StructureTests.analyze("""
            Home / Ekonomi / UMKM
            JANTHO - Dinas Koperasi, UKM dan Perdagangan Kabupaten Aceh Besar menggelar pelatihan pembuatan kue tradisional bagi 30 pelaku usaha, Senin (3/3/2025).
            """)
        #expect(text.headline.isEmpty)
        #expect(text.structure.kinds[0] == .chrome)
        // Counterexample: a breadcrumb that ends with the headline stays the headline when there is no other.
        #expect(Self.headline("""
            Beranda » Daerah » Maros » 120 Pelajar Maros Ikuti Binpotdirga di Lanud Sultan Hasanuddin
            MAROS - Sebanyak 120 pelajar mengikuti pembinaan potensi dirgantara di Lanud Sultan Hasanuddin, Senin (3/3/2025).
            """) == "Beranda » Daerah » Maros » 120 Pelajar Maros Ikuti Binpotdirga di Lanud Sultan Hasanuddin")
    }

    @Test func theRecordTitleIsTheHeadlineUnderTheChrome() {
        let page = """
            TRIBUNPRIANGAN.COM | Cianjur > Peristiwa
            Home » Regional » Jawa Barat

            Pelatihan Siaga Bencana untuk 300 Relawan di Gedung Dakwah Cianjur Batal

            TRIBUNPRIANGAN.COM, CIANJUR - Pelatihan siaga bencana bagi 300 relawan desa yang sedianya digelar BPBD Kabupaten Cianjur batal dilaksanakan.
            """
        let record = Shared.pipeline.process(DocumentInput(id: "w003", source: "probe", format: .text, bytes: Array(page.utf8)), withText: false)
        #expect(record.document.title == "Pelatihan Siaga Bencana untuk 300 Relawan di Gedung Dakwah Cianjur Batal")
    }

    @Test func aPhotosCaptionIsNoHeadline() {
        // realnews dev r410: a caption in sentence case above the headline.
        #expect(Self.headline("""
            Skip to main content
            Peserta berfoto bersama usai pembukaan

            Difasilitasi Dinas Perikanan Kota Kendari, BPPP Ambon Latih Nelayan Petoaha

            Dengan fasilitasi dari Dinas Perikanan Kota Kendari, BPPP Ambon menggelar Pelatihan Perakitan Jaring Insang Dasar. Pelatihan berlangsung 3 hari.
            """) == "Difasilitasi Dinas Perikanan Kota Kendari, BPPP Ambon Latih Nelayan Petoaha")
        // realnews dev r116: a caption with its photo credit and no other line above the body: no headline.
        let credited = StructureTests.analyze("""
            Rakor pendamping PKH Wilayah Lombok Timur Dua di aula kec Sakra (WartaGumi/ist)
            WartaGumi - Lombok Timur - Para Pendamping Program Keluarga Harapan (PKH) wilayah Kabupaten Lombok Timur dua menggelar koordinasi dan konsolidasi kerja pendampingan untuk tahun 2023.
            """)
        #expect(credited.headline.isEmpty)
        #expect(credited.structure.kinds[0] == .caption)
        // Counterexample: a headline in title case with a caption's word stays the headline.
        #expect(Self.headline("""
            Wabup Hadir saat Pembukaan Pelatihan Kader Posyandu

            SINTANG - Dinas Kesehatan Kabupaten Sintang menggelar pelatihan kader di aula dinas, Senin (3/3/2025), bagi 40 kader posyandu.
            """) == "Wabup Hadir saat Pembukaan Pelatihan Kader Posyandu")
    }

    static let body = "\n\nSINTANG - Sebanyak 40 juru masak SPPG di Kabupaten Sintang dibekali pengetahuan keamanan pangan oleh Dinas Kesehatan di aula dinas, Senin (3/3/2025).\n"

    /// The review of round 36: real headlines that looked like chrome stay headlines.
    @Test func headlinesThatLookLikeChromeStayHeadlines() {
        let chrome = "KALBARNEWS\nHome » Daerah » Sintang\nSenin, 3 Maret 2025 14:20 WIB\n"
        // A menu's first word opening a headline made of its news.
        #expect(Self.headline(chrome + "Home Industry Kue Kering Ikuti Pelatihan Kemasan Produk" + Self.body)
            == "Home Industry Kue Kering Ikuti Pelatihan Kemasan Produk")
        // A headline with its site after a dash.
        #expect(Self.headline(chrome + "Pelatihan Keamanan Pangan Juru Masak SPPG - Kabar Sintang" + Self.body)
            == "Pelatihan Keamanan Pangan Juru Masak SPPG - Kabar Sintang")
        // A headline in sentence case with a caption's word, and no other line.
        #expect(Self.headline("CNN Indonesia\nSenin, 03 Mar 2025 14:20 WIB\nJuru masak SPPG dilatih saat libur sekolah" + Self.body)
            == "Juru masak SPPG dilatih saat libur sekolah")
        // A slash before `Foto` inside the headline is no photo's credit; a credit after a headline in title case
        // leaves it the headline.
        #expect(Self.headline("kalbarnews.co.id\nDinkop Gelar Pelatihan Video/Foto Produk bagi UMKM Sintang" + Self.body)
            == "Dinkop Gelar Pelatihan Video/Foto Produk bagi UMKM Sintang")
        #expect(Self.headline("Tingkatkan Kapasitas Kader, Dinkes Gelar Pelatihan (Foto: Humas)" + Self.body)
            == "Tingkatkan Kapasitas Kader, Dinkes Gelar Pelatihan (Foto: Humas)")
        // Bars after a headline with a number, and a quote with spaces inside it.
        #expect(Self.headline("Dinkes Latih 40 Kader | Sintang | Kalbar" + Self.body) == "Dinkes Latih 40 Kader | Sintang | Kalbar")
        #expect(Self.headline("Bupati: \" Pelatihan Ini Penting \" untuk Kader" + Self.body) == "Bupati: \" Pelatihan Ini Penting \" untuk Kader")
        // A breadcrumb with one cut to a headline.
        #expect(Self.headline("Home / Dinkes Latih Kader" + Self.body) == "Home / Dinkes Latih Kader")
        // A menu of region names under a masthead yields to the headline below it.
        #expect(Self.headline("HOME NTB LOMBOK TIMUR HUKRIM\nRugikan Negara Rp 487 Juta, Mantan Kades di Lombok Timur Ditahan Jaksa" + Self.body)
            == "Rugikan Negara Rp 487 Juta, Mantan Kades di Lombok Timur Ditahan Jaksa")
    }

    /// The review of round 36: a training's own closing report and a training held after a delay stay events.
    @Test func aClosingReportAndADelayedTrainingStayEvents() {
        #expect(Shared.record("Penyerahan Sertifikat Pelatihan Menjahit\n\nSINTANG - Pelatihan menjahit Disnaker Sintang ditutup dengan penyerahan sertifikat kepada 20 peserta di BLK Sintang, Senin (3/3/2025).\n").isTrainingEvent)
        #expect(Shared.record("Akhirnya, Pemuda Sintang Belajar Meracik Kopi\n\nSINTANG - Pelatihan barista yang sempat tertunda pada Januari lalu akhirnya digelar Dinas Tenaga Kerja Kabupaten Sintang di BLK Sintang hari ini.\n").isTrainingEvent)
    }
}
