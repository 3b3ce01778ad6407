import Foundation
import Testing
@testable import Warta

/// Round 26 (EVT26): the training's role in its clause. A clause that denies a training held (`belum digelar`, `tak
/// pernah mendapat pelatihan`, `Pelatihan Belum Jalan`) or owes it (`wajib mengikuti`, `mewajibkan perusahaan memberikan
/// pelatihan`, `Pelatihan ... Harus Sesuai`) asserts no event: a story about a budget, a regulation, a survey or a
/// policy that names trainings so is no training event, whatever date and place its own act has. A training held and
/// told so keeps its event when other clauses of the report deny or owe something (`tidak hanya teori`, `wajib mengikuti
/// bimtek ini`, `belum pernah mengikuti pelatihan serupa`). Every report here was written for this test.
struct Round26EventTests {
    static func isEvent(_ text: String) -> Bool { Shared.record(text).isTrainingEvent }

    /// Stories whose training is denied or owed: no event.
    static let denied: [(String, String)] = [
        ("budget", "Serapan Anggaran Dinas Koperasi Baru 35 Persen, Pelatihan UMKM Belum Jalan\n\nBLITAR – Realisasi anggaran Dinas Koperasi dan Usaha Mikro Kabupaten Blitar hingga Oktober 2024 baru 35 persen. Sejumlah program pelatihan bagi pelaku UMKM belum dilaksanakan.\n\nKepala Dinas, Hartono, mengatakan pengadaan alat pelatihan masih menunggu lelang.\n"),
        ("regulation", "Wali Kota Terbitkan Perwal Wajib Pelatihan Keamanan Pangan bagi Pedagang Kuliner\n\nSURAKARTA – Wali Kota Surakarta menerbitkan Peraturan Wali Kota Nomor 9 Tahun 2024 yang mewajibkan pedagang kuliner mengikuti pelatihan keamanan pangan, Senin (4/3/2024).\n\nPedagang yang tidak memiliki sertifikat akan mendapat teguran tertulis.\n"),
        ("survey", "Riset: Mayoritas Nelayan Kecil Tak Pernah Ikut Pelatihan Keselamatan Laut\n\nMAKASSAR – Riset Pusat Kajian Maritim Universitas Hasanuddin menunjukkan 70 persen nelayan kecil di Sulawesi Selatan tidak pernah mengikuti pelatihan keselamatan di laut. Hasil riset dipaparkan di Kampus Unhas Tamalanrea, Kamis (12/9/2024).\n\nPeneliti, Dr. Abdul Rahman, mengatakan akses pelatihan di pulau-pulau kecil masih minim.\n"),
        ("policy", "Gubernur: Pelatihan Kerja Harus Sesuai Kebutuhan Perusahaan di Kawasan Industri\n\nSEMARANG – Gubernur Jawa Tengah menegaskan pelatihan kerja harus disesuaikan dengan kebutuhan perusahaan di kawasan industri. Hal itu disampaikan saat membuka pameran investasi di Gedung Gradhika Bhakti Praja, Semarang, Rabu (9/10/2024).\n\nMenurutnya, balai latihan kerja di daerah perlu memperbarui peralatan.\n"),
        ("not held", "Dana Belum Turun, Pelatihan Kader Posyandu di Kabupaten Alor Belum Digelar\n\nKALABAHI – Pelatihan kader posyandu di Kabupaten Alor belum juga dilaksanakan hingga akhir Oktober 2024. Dinas Kesehatan Alor menyebut dana dari pusat belum turun, Rabu (30/10/2024).\n\nKepala Dinas Kesehatan, Ismail Ulumando, meminta kader tetap melayani warga di posyandu.\n"),
    ]

    /// Trainings held and told so, with a clause that denies or owes something else: an event.
    static let held: [(String, String)] = [
        ("tidak hanya", "Pelatihan Menganyam Purun untuk Ibu Rumah Tangga Digelar di Banjarbaru\n\nBANJARBARU – Dinas Perindustrian Kota Banjarbaru menggelar pelatihan menganyam purun bagi 30 ibu rumah tangga di Aula Kelurahan Guntung Manggis, Selasa (15/10/2024). Pelatihan tidak hanya berisi teori, tetapi juga praktik membuat tas dan tikar.\n\nInstruktur, Hj. Masitah, mengatakan peserta tak lupa diajari memasarkan produk secara daring.\n"),
        ("wajib in the body", "Seratus Bendahara Desa Ikuti Bimtek Perpajakan di Kabupaten Kudus\n\nKUDUS – Sebanyak 100 bendahara desa di Kabupaten Kudus mengikuti bimbingan teknis perpajakan di Pendopo Kabupaten Kudus, Kamis (10/10/2024). Bimtek diselenggarakan Dinas PMD bersama KPP Pratama Kudus.\n\nKepala Dinas PMD, Adhi Sadono, mengatakan setiap bendahara desa wajib mengikuti bimtek ini sebelum mengelola dana desa 2025.\n"),
        ("belum pernah of the participants", "Petani Rumput Laut Dilatih Mengolah Dodol di Kabupaten Jeneponto\n\nJENEPONTO – Sebanyak 25 petani rumput laut di Desa Arungkeke mengikuti pelatihan pengolahan dodol rumput laut di Balai Desa Arungkeke, Rabu (6/11/2024). Pelatihan digelar Dinas Kelautan dan Perikanan Jeneponto.\n\nSebagian besar peserta mengaku belum pernah mengikuti pelatihan serupa. Instruktur, Nurhayati, mengajari cara merebus dan mencetak dodol.\n"),
        ("wajib in the headline", "Kader Posyandu Wajib Kuasai Pengukuran Balita, Dinkes Gresik Gelar Pelatihan\n\nGRESIK – Dinas Kesehatan Kabupaten Gresik menggelar pelatihan pengukuran antropometri bagi 60 kader posyandu di Ruang Graita Eka Praja, Senin (22/1/2024).\n\nKepala Dinkes Gresik mengatakan kader harus mampu mengukur tinggi dan berat balita dengan tepat.\n"),
        ("tak hanya in the headline", "Tak Hanya Teori, Peserta Pelatihan Otomotif di BLK Tegal Langsung Praktik\n\nTEGAL – Sebanyak 16 peserta pelatihan otomotif sepeda motor di UPTD BLK Kota Tegal langsung praktik sejak hari kedua, Rabu (14/8/2024). Pelatihan berbasis kompetensi itu diselenggarakan Dinas Tenaga Kerja Kota Tegal selama 30 hari.\n\nInstruktur, Wahyu Hidayat, mengatakan peserta dilatih servis berkala.\n"),
        // review of the merge: a phrase of time built on a denying word (`belum lama ini` = recently) denies nothing
        ("belum lama ini", "Dinsos Bantul Perkuat Kapasitas Pendamping PKH\n\nBANTUL – Dinas Sosial Kabupaten Bantul belum lama ini menggelar pelatihan bagi 45 pendamping PKH di Aula Bappeda Bantul, Senin (6/11/2023).\n\nKepala Dinas Sosial Bantul, Bambang Suryono, berharap para pendamping mampu memperbarui data secara akurat.\n"),
        ("tak lama kemudian", "Nelayan Desa Bontosua Belajar Mengolah Abon Ikan\n\nPANGKEP – Warga Desa Bontosua mendapat penyuluhan soal hasil tangkapan, Rabu (3/7/2024). Tak lama kemudian, 20 istri nelayan mengikuti pelatihan pengolahan abon ikan yang digelar Dinas Perikanan Pangkep di balai desa.\n"),
        ("a denial inside a relative clause", "Pelatihan Gratis Tata Rias Pengantin Digelar di Kabupaten Sleman\n\nSLEMAN – Pelatihan tata rias pengantin yang tidak dipungut biaya itu digelar Dinas Koperasi Kabupaten Sleman bagi 24 perempuan di Aula Dinas Koperasi, Senin (2/12/2024).\n\nInstruktur dari LKP Ayu, Sri Lestari, mengajarkan rias pengantin Jawa.\n"),
    ]

    @Test func aDeniedOrOwedTrainingIsNoEvent() {
        for (name, text) in Self.denied { #expect(!Self.isEvent(text), "\(name)") }
    }

    @Test func aTrainingHeldBesideADenialStaysAnEvent() {
        for (name, text) in Self.held { #expect(Self.isEvent(text), "\(name)") }
    }

    /// The words that make a clause deny or owe, read around an event word: before it, after it, and between it and
    /// its verb of holding; not `tidak hanya`, not across `yang` or a deictic after the event word.
    @Test func theClauseWords() throws {
        func tokens(_ s: String) -> AnalyzedText { AnalyzedText(raw: s, vocabulary: Shared.rules.vocabulary) }
        let a = tokens("Mereka belum pernah mengikuti pelatihan kerja.")
        let p = try #require(a.tokens.indices.first { a.folded($0) == "pelatihan" })
        #expect(EventExtractor.unassertedBefore(p, a) == .denied)
        let b = tokens("Pelatihan vokasi harus disesuaikan dengan industri.")
        #expect(EventExtractor.unassertedAfter(0..<1, b) == .owed)
        let c = tokens("Pelatihan ini tidak hanya teori.")
        #expect(EventExtractor.unassertedAfter(0..<1, c) == nil)
        let d = tokens("Pelatihan yang wajib diikuti kader digelar hari ini.")
        #expect(EventExtractor.unassertedAfter(0..<1, d) == nil)
        let e = tokens("Peserta tidak hanya mengikuti pelatihan.")
        let q = try #require(e.tokens.indices.first { e.folded($0) == "pelatihan" })
        #expect(EventExtractor.unassertedBefore(q, e) == nil)
    }
}
