import Foundation
import Testing
@testable import Warta

/// Round 22 (CORE22): constructions of counts, venues and cities from the misses of heldout14's look half, of older look
/// halves (heldout6 p021, heldout13 z015) and of round 21's review, written again as probes of other agencies and regions
/// (no document's words). Venues: `dan` inside an office's name does not run into a person's post, title or `selaku`
/// (`di Aula Dinas Sosial dan Sekretaris Daerah X membuka`); a place said to be crowded by the people an office serves
/// (`ramai oleh warga yang mengurus KTP`) is no scene of the event; a headline in title case that fronts its venue ends it
/// at its first comma also when the page's first line was taken for the title (x019); a passive of holding written in
/// two words (`di laksanakan di Aula ...`; x021) governs its place; a doubled place word (`di sekolah sekolah`, `di
/// desa-desa`) is many places; a building that hosts the event (`menjadi tuan rumah kegiatan`). City: a bare region name
/// that an address places in a kecamatan of another kabupaten, or that the text gives a village, is the village's (z015);
/// a region name after a word of a feature of the land (`Desa Sungai Batang`; x037) is part of that place's name; the end
/// of the place's street address names where it is (x017). Counts: kinds of disability, posts by their acronyms (`PPK`,
/// `PPTK`; x025); what an office's data records (`mencatat ada`) is a population (x053); a per-unit count without a verb
/// (`masing-masing desa tiga kader`), units counted in the sentence after a per-unit sentence, batches counted in the list
/// lines before a per-batch line (p021).
struct Round22CoreTests {
    /// Each probe: its id, the field (`total`, `venue` or `city`), the text and the value expected (nil: none).
    static let probes: [(id: String, field: String, text: String, total: Int?, place: String?)] = [
        ("t1", "total", "Pengelola Perpustakaan Desa Dilatih\n\nKLATEN - Dinas Perpustakaan Kabupaten Klaten menggelar pelatihan pengelolaan perpustakaan desa, Senin (2/6/2025).\n\nSetiap desa mengirimkan dua pengelola perpustakaan. Pelatihan diikuti perwakilan dari 25 desa di Klaten.\n", 50, nil),
        ("t2", "total", "Sanitasi Desa\n\nKENDAL - Pelatihan sanitasi total berbasis masyarakat digelar bagi kader dari 12 desa, masing-masing desa tiga kader, Selasa (3/6/2025).\n", 36, nil),
        ("t3", "total", "Pelatihan Menjahit Difabel\n\nSOLO - Dinsos Kota Surakarta menggelar pelatihan menjahit bagi penyandang disabilitas, Senin (2/6/2025). Peserta terdiri atas 15 tunadaksa, 10 tunarungu dan 5 tunanetra.\n", 30, nil),
        ("t4", "total", "Bimtek Pengadaan Barang dan Jasa\n\nBagian Pengadaan Setda Kabupaten Blora menggelar bimtek pengadaan barang dan jasa, Selasa (3/6/2025). Bimtek diikuti 25 PPK dan 15 PPTK dari organisasi perangkat daerah.\n", 40, nil),
        ("t5", "total", "Petugas Layanan Belajar Bahasa Isyarat\n\nDinas Sosial Kota Bukittinggi melatih petugas layanan bahasa isyarat, Rabu (5/11/2025). Dari 20 perangkat daerah yang diundang tercatat 45 peserta. Data Dinas Sosial mencatat ada 3.120 penyandang disabilitas di Bukittinggi.\n", 45, nil),
        ("t6", "total", "Pelatihan Menjahit Ibu-ibu PKK\n\nPelatihan menjahit bagi ibu-ibu PKK Desa Sumberejo telah terlaksana dalam tiga gelombang:\n\n- Gelombang I : Sabtu, 7 Juni 2025\n- Gelombang II : Sabtu, 14 Juni 2025\n- Gelombang III : Sabtu, 21 Juni 2025\n- Peserta : masing-masing gelombang 20 orang\n", 60, nil),
        ("t7", "total", "Pelatihan Pemandu Wisata\n\nDinas Pariwisata Kabupaten Kulon Progo menggelar pelatihan pemandu wisata selama tiga hari, setiap hari 30 orang peserta, Senin (2/6/2025).\n", 30, nil),
        ("t8", "total", "Kader Posyandu Dilatih Deteksi Dini\n\nDinas Kesehatan Kabupaten Wonogiri menggelar pelatihan deteksi dini stunting, Rabu (4/6/2025). Setiap puskesmas mengirimkan lima kader, dari 12 puskesmas di wilayah selatan.\n", 60, nil),
        ("c1", "city", "Perajin Gerabah Dilatih Desain Produk\n\nTemanggung - Sebanyak 35 perajin gerabah mengikuti pelatihan desain produk yang digelar Dinas Perindustrian di Omah Gerabah Wonosobo, Kecamatan Kledung, Kabupaten Temanggung, Selasa (3/6/2025).\n\nPelatihan di Balai Budaya Wonosobo ini ditutup dengan kunjungan ke sentra gerabah di Desa Wonosobo.\n", nil, "Kabupaten Temanggung"),
        ("c2", "city", "Petani Sawit Dilatih Pupuk Organik\n\nDinas Pertanian Kabupaten Ketapang melatih 30 petani sawit, Rabu (4/6/2025). Pelatihan digelar di Balai Desa Sungai Kendal.\n", nil, "Kabupaten Ketapang"),
        ("c3", "city", "Pelatihan Kader Pangan\n\nSebanyak 45 kader pangan mengikuti pelatihan keamanan pangan, Kamis (5/6/2025). Pelatihan berlangsung di Auditorium Gedung Serbaguna Kampus Terpadu, Jalan Raya Solo km 9,2, Karanganyar.\n\nSalah satu peserta, Rina, berjualan kue di Boyolali dan ingin produknya lebih aman, katanya.\n", nil, "Kabupaten Karanganyar"),
        ("v1", "venue", "Dinsos Latih Pendamping\n\nKLATEN - Dinas Sosial Kabupaten Klaten melatih 40 pendamping di Aula Dinas Sosial dan Sekretaris Daerah Klaten Jajang Prihono membuka kegiatan itu, Senin (3/6/2024).\n", nil, "Aula Dinas Sosial"),
        ("v2", "venue", "Bimtek Operator Desa\n\nBappeda Kabupaten Rembang menggelar bimtek operator bagi 35 operator desa di ruang rapat Bappeda dan Asisten II Setda Rembang Sunarto memberi arahan, Selasa (4/6/2024).\n", nil, "ruang rapat Bappeda"),
        ("v3", "venue", "Pelatihan Pengelola Perpustakaan\n\nDinas Perpustakaan dan Kearsipan Kabupaten Ngawi menggelar pelatihan bagi 30 pengelola perpustakaan desa di Aula Dinas Perpustakaan dan Rina Wulandari selaku Kepala Dinas membukanya, Rabu (5/6/2024).\n", nil, "Aula Dinas Perpustakaan dan Rina Wulandari"),
        ("v4", "venue", "Disdukcapil Latih Operator\n\nKantor Disdukcapil Kabupaten Wonogiri ramai sejak pagi oleh warga yang mengurus KTP elektronik. Di tengah antrean itu, Disdukcapil Wonogiri melatih 45 operator desa, Senin (3/6/2024).\n", nil, nil),
        ("v5", "venue", "Humas Kabupaten Siak - Berita Daerah\n\nDi Gedung Daerah Siak, Disperindag Latih IKM Olahan Nanas Tembus Pasar Modern\n\nRabu, 23 Juli 2025 | Admin\n\nSIAK - Dinas Perindustrian dan Perdagangan Kabupaten Siak melatih 30 pelaku IKM olahan nanas, Rabu (23/7/2025). Pelatihan dibuka Sekda Siak dan berlangsung tiga hari.\n", nil, "Gedung Daerah Siak"),
        ("v6", "venue", "Bimtek Aktivasi IKD\n\nLOLAYAN - Disdukcapil Bolmong menggelar bimtek aktivasi IKD bagi 31 operator desa,Kamis (4/9/2025). Kegiatan yang di laksanakan di Aula Kantor Camat Passi Barat itu di buka Kepala Disdukcapil. Disdukcapil juga membuka layanan aktivasi IKD di sekolah sekolah tingkat SMA untuk pemilih pemula.\n", nil, "Aula Kantor Camat Passi Barat"),
        ("v7", "venue", "Layanan Jemput Bola\n\nDisdukcapil Kabupaten Boyolali melatih 25 operator kecamatan, Kamis (5/6/2025). Usai pelatihan, para operator akan melayani perekaman KTP di desa-desa terpencil di lereng Merapi.\n", nil, nil),
        ("v8", "venue", "Pelatihan Penyelia Halal\n\nSURABAYA - Sebanyak 40 pelaku usaha mengikuti pelatihan penyelia halal, Senin (2/6/2025). Gedung Pusat Halal Universitas Airlangga menjadi tuan rumah kegiatan yang digelar Dinas Perindustrian Jawa Timur tersebut.\n", nil, "Gedung Pusat Halal Universitas Airlangga"),
    ]

    @Test func everyProbeGivesItsValue() {
        for p in Self.probes { Shared.expectCoreProbe(id: p.id, field: p.field, text: p.text, total: p.total, place: p.place) }
    }
}
