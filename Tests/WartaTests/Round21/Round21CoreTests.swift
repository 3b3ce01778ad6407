import Foundation
import Testing
@testable import Warta

/// Round 21 (CORE21): constructions of counts, venues and cities from the misses of heldout13's look half (and one of
/// heldout6's), written again as probes of other agencies and regions (no document's words). Counts: a count per unit
/// after `dari`, a per word and the number of units (`dua orang perwakilan dari masing-masing 40 desa` = 80; z037); a
/// count added with `ditambah` is a second group, not a breakdown of the first by origin (heldout6 p009); the number the participants were raised to (`peserta ditambah menjadi 120 orang`) beats the quota and
/// the headline's number (heldout4 m003), not a plan for next year; the number of batches is read past the batch word of
/// the per-unit phrase (`dibagi tiga angkatan, tiap angkatan 25 orang` = 75). Venues: `dan`
/// inside the name of the office a hall belongs to (`Bea dan Cukai`, `Pendidikan dan Kebudayaan`; z039), not before a
/// second place; a feature lead that opens on the atmosphere of the place (`Suasana Ruang Rapat ...`; z017); a headline
/// that fronts its venue ends it at its first comma (`Di Balai Desa X, Petani Kopi ...`; z057); a place in a sentence
/// about a ceremony (`Apel ... bertempat di lapangan apel`) yields to the training's (z007); body places that are all
/// only a part's (the closing's) yield to the headline's (z011). City: the far end of a road named by the two places it
/// joins (`Jalan Banda Aceh–Medan`) names no region (z041). A place where the participants come from or work (`Pesertanya
/// mulai dari nelayan di Pelabuhan X, ...`) yields to the headline's venue (z011). Shape: a `)` closing an abbreviation ends a venue (`(TTS)`, not
/// `(TTS`; z059); a place that opens its sentence and is said to be crowded is the scene's venue (heldout12 y019).
struct Round21CoreTests {
    /// Each probe: its id, the field (`total`, `venue` or `city`), the text and the value expected (nil: none).
    static let probes: [(id: String, field: String, text: String, total: Int?, place: String?)] = [
        ("n1", "total", "Dinas PUPR Kabupaten Dompu menggelar bimtek pengelolaan air minum desa di Aula Hotel Parewa Dompu, Selasa (17/6/2025).\n\nKepala Dinas PUPR menyampaikan bahwa peserta bimtek adalah dua orang perwakilan dari masing-masing 40 desa sasaran.\n", 80, nil),
        ("n2", "total", "Dinas Pendidikan Kabupaten Wajo menggelar pelatihan operator Dapodik di Aula SMA Negeri 1 Sengkang, Rabu (4/6/2025). Pelatihan diikuti tiga orang dari setiap 12 sekolah di Kecamatan Tempe.\n", 36, nil),
        ("n3", "total", "Bappeda Kota Bitung menggelar bimtek perencanaan di Ruang Rapat Bappeda Bitung, Kamis (5/6/2025). Pesertanya dua orang utusan dari tiap 15 kelurahan.\n", 30, nil),
        ("a1", "total", "Dinas Kesehatan Kabupaten Klaten menggelar pelatihan pemantauan gizi di Aula Dinkes Klaten, Senin (2/6/2025).\n\nPesertanya 30 kader posyandu dari seluruh desa ditambah 10 orang bidan desa.\n", 40, nil),
        ("m1", "total", "80 Pelaku UMKM Jambi Dilatih Jualan Online\n\nJAMBI - Dinas Koperasi dan UKM Provinsi Jambi menggelar pelatihan pemasaran digital bagi pelaku UMKM di Aula Diskop UKM Jambi, Selasa (15/10/2024).\n\nKepala Bidang UMKM mengatakan awalnya panitia hanya menyiapkan kuota 80 orang. Namun pendaftar membludak sehingga peserta ditambah menjadi 110 orang.\n", 110, nil),
        ("m2", "total", "Dinas Sosial Kabupaten Gowa melatih pendamping PKH di Aula Dinsos Gowa, Rabu (16/10/2024). Pelatihan diikuti 40 pendamping. Tahun depan jumlah pendamping yang dilatih akan ditambah menjadi 100 orang.\n", 40, nil),
        ("g1", "total", "Dinas Koperasi Kabupaten Bantul menggelar pelatihan bagi pelaku UMKM di Aula Dinas Koperasi Bantul, Senin (5/5/2025). Pelatihan dibagi tiga angkatan, tiap angkatan 25 orang.\n", 75, nil),
        ("g2", "total", "BLK Kota Cilegon menggelar pelatihan las bagi pencari kerja di Workshop BLK Cilegon, Senin (5/5/2025). Pelatihan digelar dalam dua gelombang, setiap gelombang 16 orang.\n", 32, nil),
        ("v1", "venue", "Sekitar 60 pelaku usaha mengikuti sosialisasi ekspor yang digelar Bea Cukai Tanjung Priok, Rabu (15/5/2024). Kegiatan berlangsung di Aula Kantor Pelayanan Utama Bea dan Cukai Tipe A Tanjung Priok di kawasan pelabuhan.\n", nil, "Aula Kantor Pelayanan Utama Bea dan Cukai Tipe A Tanjung Priok"),
        ("v2", "venue", "Dinas Pendidikan dan Kebudayaan Kabupaten Ende menggelar pelatihan guru penggerak bagi 45 guru SD di Aula Dinas Pendidikan dan Kebudayaan Kabupaten Ende, Senin (3/6/2024).\n", nil, "Aula Dinas Pendidikan dan Kebudayaan Kabupaten Ende"),
        ("v3", "venue", "Dinas Kesehatan Kabupaten Sleman menggelar pelatihan bagi 45 kader posyandu di Aula Bappeda dan Balai Desa Sardonoharjo, Senin (3/6/2024).\n", nil, nil),
        ("s1", "venue", "KOTAMOBAGU - Suasana Aula Kantor Camat Kotamobagu Barat jumat (6/9) pagi tampak berbeda. Para pelaku UMKM itu sedang mengikuti pelatihan pengemasan produk yang digelar selama dua hari.\n", nil, "Aula Kantor Camat Kotamobagu Barat"),
        ("f1", "venue", "Di Gedung Serbaguna Desa Cibeureum, Kader PKK Belajar Membuat Kompos\n\nKUNINGAN - Sebanyak 30 kader PKK mengikuti pelatihan pembuatan kompos yang digelar Dinas Lingkungan Hidup Kabupaten Kuningan, Senin (3/3/2025).\n", nil, "Gedung Serbaguna Desa Cibeureum"),
        ("c1", "venue", "Polres Katingan menggelar apel siaga yang dirangkai dengan pelatihan penanganan karhutla bagi Bhabinkamtibmas, Selasa (23/7/2024).\n\nApel dipimpin langsung oleh Kapolres Katingan, bertempat di Lapangan Apel Mapolres Katingan. Usai apel, kegiatan dilanjutkan dengan pelatihan di Aula Tribrata Polres Katingan.\n", nil, "Aula Tribrata Polres Katingan"),
        ("k1", "venue", "Petani Muda Malang Dilatih di Hotel Grand Palace Batu\n\nKBRN, Batu: Sekitar 40 petani muda mengikuti pelatihan pertanian organik yang digelar Dinas Pertanian Kota Batu, Kamis (14/11/2024). Pelatihan akan ditutup besok sore dengan praktik di Kebun Raya Purwodadi.\n", nil, "Hotel Grand Palace Batu"),
        ("o1", "venue", "Nelayan Muda Dilatih di Hotel Santika Bitung\n\nKBRN, Bitung: Sekitar 30 nelayan muda mengikuti pelatihan keselamatan melaut yang digelar DKP Kota Bitung hari ini. Pesertanya mulai dari nelayan di Pelabuhan Perikanan Samudera Bitung, pemandu wisata bahari, sampai anak muda dari kelurahan pesisir.\n", nil, "Hotel Santika Bitung"),
        ("o2", "venue", "Dinas Perikanan Kota Bitung melatih 30 nelayan, Senin (5/5/2025). Peserta berkumpul di Aula Pelabuhan Perikanan Samudera Bitung sejak pagi.\n", nil, "Aula Pelabuhan Perikanan Samudera Bitung"),
        ("p1", "venue", "Dinas Kesehatan Kabupaten Hulu Sungai Utara melatih 30 kader posyandu di Aula Dinas Kesehatan Kabupaten Hulu Sungai Utara (HSU) pada Rabu (14/5/2025).\n", nil, "Aula Dinas Kesehatan Kabupaten Hulu Sungai Utara (HSU)"),
        ("b1", "venue", "Senin pagi (3/8), Balai Desa Tanjung Harapan ramai sejak pukul tujuh. Kader posyandu desa itu mengikuti pelatihan pemantauan tumbuh kembang balita yang digelar Puskesmas Sungai Lilin.\n", nil, "Balai Desa Tanjung Harapan"),
        ("r1", "city", "KODIM 0117/ATAM GELAR PEMBINAAN BELA NEGARA BAGI PELAJAR\n\nPendim 0117/ATAM | Senin, 10 Maret 2025\n\nKarang Baru – Komando Distrik Militer (Kodim) 0117/Aceh Tamiang menggelar pembinaan kesadaran bela negara bagi pelajar SMA se-Kabupaten Aceh Tamiang, bertempat di Aula Makodim 0117/ATAM, Jalan Medan–Banda Aceh, Karang Baru, Senin (10/03/2025).\n\nKegiatan diikuti 120 pelajar.\n", nil, "Kabupaten Aceh Tamiang"),
    ]

    @Test func everyProbeGivesItsValue() {
        for p in Self.probes { Shared.expectCoreProbe(id: p.id, field: p.field, text: p.text, total: p.total, place: p.place) }
    }
}
