import Testing
@testable import Warta

/// Round 27 (VEN27): a farm plot (`lahan`) as a venue head, a place only of the practice, and two forms of the event's
/// total (a word of mood before the verb of taking part; a bare count of those who passed a selection). Probes written
/// for the round in the style of Indonesian regional news (not copied from any corpus document); each sentence follows
/// a lead that names the event, and the counterexamples keep what the extractor gave before.
struct Round27VenueCountTests {
    static let head = "Petani Muda Temanggung Dilatih\n\nKamis, 6 Maret 2025 | 09:40 WIB\n\n"
    static let tail = "\n\nKepala Dinas Pertanian, Joko Prasetyo, berharap petani muda makin percaya diri. \"Kami ingin mereka mandiri,\" ujarnya.\n"
    /// A lead with a count and no venue (for the venue probes).
    static let leadWithCount = "TEMANGGUNG – Dinas Pertanian Kabupaten Temanggung menggelar pelatihan bagi 30 petani muda, Selasa (4/3/2025). "
    /// A lead with the venue and no count (for the count probes).
    static let leadWithVenue = "BLORA – Dinas Sosial Kabupaten Blora menggelar pelatihan kewirausahaan di Aula Dinas Sosial Blora, Senin (3/3/2025). "

    /// `lahan` with its kind or its owner is a venue (lexicon `venue_head`); its size is no name (`notPlaceWords`);
    /// a place only of the practice yields to another venue (`practicePlace`); a practice that is the whole event's
    /// (`teori dan praktik`) or the only place keeps it.
    static let venues: [(String, String, String?)] = [
        ("v_lahan1", "Kegiatan dilaksanakan di lahan demplot Poktan Ngudi Makmur.", "lahan demplot Poktan Ngudi Makmur"),
        ("v_lahan2", "Pelatihan digelar di lahan Ketahanan Pangan Makodim 0706/Temanggung.", "lahan Ketahanan Pangan Makodim 0706/Temanggung"),
        ("v_lahan3", "Pelatihan dilaksanakan di lahan tidur milik Pemdes Kwadungan.", "lahan tidur milik Pemdes Kwadungan"),
        ("v_lahan4", "Kegiatan dilaksanakan di lahan pekarangan KWT Melati Desa Gondosuli.", "lahan pekarangan KWT Melati Desa Gondosuli"),
        ("v_lahan5", "Pelatihan teori dan praktik digelar di lahan percontohan BPP Kledung.", "lahan percontohan BPP Kledung"),
        ("v_lahan6", "Peserta praktik langsung di lahan demplot Poktan Ngudi Makmur selama dua hari.", "lahan demplot Poktan Ngudi Makmur"),
        ("v_lahanc1", "Kegiatan dilaksanakan di lahan seluas setengah hektare.", nil),
        ("v_lahanc2", "Pelatihan digelar di lahan milik warga.", nil),
        ("v_lahanc3", "Pelatihan ini membahas pengolahan lahan kering di lereng Sumbing.", nil),
        ("v_prac1", "Gedung Serbaguna Kledung tampak ramai sejak pagi. Siangnya semua peserta praktik langsung di lahan kopi milik Poktan Sindoro Lestari.", "Gedung Serbaguna Kledung"),
        ("v_prac4", "Balai Desa Kwadungan tampak ramai oleh petani sejak pagi. Sesudahnya peserta melakukan praktik di kebun bibit Poktan Ngudi Makmur.", "Balai Desa Kwadungan"),
        ("v_prac2", "Pelatihan digelar di Aula BPP Kledung. Setelah itu peserta melakukan praktik di lapangan Mapolsek Kledung.", "Aula BPP Kledung"),
        ("v_prac3", "Materi diberikan di Aula BPP Kledung, lalu peserta praktik di lapangan Desa Kwadungan.", "Aula BPP Kledung"),
        ("v_pracc1", "Seluruh materi dan praktik berlangsung di Gedung Serbaguna Kledung.", "Gedung Serbaguna Kledung"),
        ("v_pracc2", "Peserta langsung praktik di lapangan Mapolsek Kledung.", "lapangan Mapolsek Kledung"),
    ]

    @Test func aFarmPlotAndAPracticesPlace() {
        for (id, sentence, venue) in Self.venues {
            Shared.expectCoreProbe(id: id, field: "venue", text: Self.head + Self.leadWithCount + sentence + Self.tail, total: nil, place: venue)
        }
    }

    /// A word of mood between the people and their verb (`antusias`, `tampak bersemangat`); a bare count of those who
    /// passed a selection (`hanya 16 yang lolos tes minat`); a part of an invited or registered pool (`30 dari 45 ...
    /// yang diundang`); units counted before `, masing-masing` and a count (`sendingUnits`). Counterexamples: a test
    /// after the training, a later round's selection, a part of the participants, days, a mother of two children.
    static let totals: [(String, String, Int?)] = [
        ("t_mood1", "Sekitar 60 anak antusias mengikuti kegiatan yang berlangsung sejak pagi.", 60),
        ("t_mood2", "Sebanyak 35 peracik jamu tampak bersemangat mengikuti pelatihan itu.", 35),
        ("t_mood3", "Sebanyak 40 petani tampak antusias mengikuti pelatihan itu.", 40),
        ("t_moodc1", "Salah satu peserta, Rina, ibu dua anak, mengaku senang.", nil),
        ("t_sel1", "Pendaftar tercatat 64 orang, namun hanya 16 yang lolos tes minat dan kesehatan.", 16),
        ("t_sel2", "Dari 150 pelamar, hanya 20 yang diterima melalui seleksi wawancara.", 20),
        ("t_selc1", "Pelatihan diikuti 30 peserta. Dari 30 peserta, hanya 25 yang lolos uji kompetensi.", 30),
        ("t_pool1", "Sebanyak 30 dari 45 pelaku usaha yang diundang hadir mengikuti pelatihan.", 30),
        ("t_pool2", "Hanya 28 dari 40 orang yang terdaftar datang ke pelatihan karena hujan deras.", 28),
        ("t_poolc1", "Pelatihan diikuti 45 pelaku usaha. Sebanyak 30 dari 45 peserta dinyatakan lulus uji akhir.", 45),
        ("t_each1", "Pelatihan diikuti perwakilan 34 desa, masing-masing dua orang.", 68),
        ("t_each2", "Peserta berasal dari 5 kelompok usaha, masing-masing 6 orang.", 30),
        ("t_eachc1", "Pelatihan berlangsung selama 3 hari, masing-masing 30 orang per hari.", 30),
        ("t_selc2", "Sebanyak 30 pendamping mengikuti pelatihan. Dari jumlah itu, hanya 5 yang lolos seleksi lanjutan ke tingkat provinsi.", 30),
    ]

    @Test func theEventsTotal() {
        for (id, sentence, total) in Self.totals {
            Shared.expectCoreProbe(id: id, field: "total", text: Self.head + Self.leadWithVenue + sentence + Self.tail, total: total, place: nil)
        }
    }
}
