import Testing
@testable import Warta

/// Round 29 (CORE29): where, how many and when, written in other words than the realnews dev reports use (the
/// constructions of heldout17 look q208, q212, q214 and q520, each in reports written for this round: other agencies,
/// regions and verbs; no corpus document's words). Every group has counterexamples that keep what was read before.
struct Round29CoreTests {
    static let published = Day(year: 2025, month: 11, day: 4)

    /// An end after `rampung`/`selesai` (`sejak Senin, 3 November 2025 dan dijadwalkan rampung Jumat, 7 November
    /// 2025`), in the event's sentence or its own; counterexamples: a building's completion, a registration's end.
    static let endDates: [(String, String, String, String)] = [
        ("d1", "Pelatihan Keterampilan Warga Digelar\n\nSelasa, 4 November 2025 | 10:15 WIB\n\nSUMBAWA – Dinas Perikanan Kabupaten Sumbawa menggelar pelatihan pengolahan ikan bagi 30 nelayan di Aula Dinas Perikanan sejak Senin, 3 November 2025 dan dijadwalkan rampung Jumat, 7 November 2025.\n\nPara nelayan belajar membuat abon dan kerupuk ikan.\n\nKepala dinas berharap peserta makin terampil. \"Kami ingin mereka berdaya,\" ujarnya.\n",
         "2025-11-03", "2025-11-07"),
        ("d2", "Pelatihan Keterampilan Warga Digelar\n\nSelasa, 4 November 2025 | 10:15 WIB\n\nTEGAL – Balai Diklat Pertanian membuka diklat penyuluh pertanian di Gedung Diklat Tegal, Selasa (4/11/2025).\n\nDiklat tersebut selesai pada hari Kamis, 6 November 2025.\n\nKepala dinas berharap peserta makin terampil. \"Kami ingin mereka berdaya,\" ujarnya.\n",
         "2025-11-04", "2025-11-06"),
        ("d3", "Pelatihan Keterampilan Warga Digelar\n\nSelasa, 4 November 2025 | 10:15 WIB\n\nJEPARA – BLK Jepara memulai pelatihan ukir kayu bagi 16 pemuda di Workshop BLK Jepara sejak Senin, 3 November 2025. Pelatihan itu baru rampung pada Sabtu, 15 November 2025.\n\nKepala dinas berharap peserta makin terampil. \"Kami ingin mereka berdaya,\" ujarnya.\n",
         "2025-11-03", "2025-11-15"),
        ("dc1", "Pelatihan Keterampilan Warga Digelar\n\nSelasa, 4 November 2025 | 10:15 WIB\n\nKUDUS – Disnaker Kudus menggelar pelatihan las bagi 20 pemuda di Workshop BLK Kudus, Senin (3/11/2025).\n\nPembangunan gedung baru BLK selesai 20 Desember 2025.\n\nKepala dinas berharap peserta makin terampil. \"Kami ingin mereka berdaya,\" ujarnya.\n",
         "2025-11-03", "2025-11-03"),
        ("dc2", "Pelatihan Keterampilan Warga Digelar\n\nSelasa, 4 November 2025 | 10:15 WIB\n\nKUDUS – Disnaker Kudus menggelar pelatihan las bagi 20 pemuda di Workshop BLK Kudus, Senin (3/11/2025).\n\nPendaftaran gelombang kedua selesai Jumat, 7 November 2025.\n\nKepala dinas berharap peserta makin terampil. \"Kami ingin mereka berdaya,\" ujarnya.\n",
         "2025-11-03", "2025-11-03"),
        ("e5", "Warga Desa Ikuti Kegiatan\n\nSelasa, 4 November 2025 | 10:15 WIB\n\nMAGELANG – Dinas Pariwisata membuka pelatihan pemandu wisata bagi 40 pemuda di Hotel Atria, Senin (3/11/2025).\n\nPelatihan akan rampung pada 7 November 2025.\n\nKepala dinas berharap peserta makin terampil. \"Kami ingin mereka berdaya,\" ujarnya.\n",
         "2025-11-03", "2025-11-07"),
        ("e7", "Warga Desa Ikuti Kegiatan\n\nSelasa, 4 November 2025 | 10:15 WIB\n\nMAGELANG – Dinas Pariwisata membuka pelatihan pemandu wisata bagi 40 pemuda di Hotel Atria, Senin (3/11/2025).\n\nPembangunan hotel itu rampung pada 7 November 2025.\n\nKepala dinas berharap peserta makin terampil. \"Kami ingin mereka berdaya,\" ujarnya.\n",
         "2025-11-03", "2025-11-03"),
        ("e8", "Warga Desa Ikuti Kegiatan\n\nSelasa, 4 November 2025 | 10:15 WIB\n\nMAGELANG – Dinas Pariwisata membuka pelatihan pemandu wisata bagi 40 pemuda di Hotel Atria, Senin (3/11/2025).\n\nMasa pendaftaran gelombang berikutnya selesai Jumat (7/11/2025).\n\nKepala dinas berharap peserta makin terampil. \"Kami ingin mereka berdaya,\" ujarnya.\n",
         "2025-11-03", "2025-11-03"),
    ]

    /// The parts first and their sum after them (`24 kader posyandu dan 16 bidan desa, atau 40 orang seluruhnya`);
    /// counterexample: a third count equal to the others' sum with no word of restating stays a part.
    static let restatedTotals: [(String, String, Int?)] = [
        ("c1", "Pelatihan Keterampilan Warga Digelar\n\nSelasa, 4 November 2025 | 10:15 WIB\n\nPATI – Dinas Kesehatan Kabupaten Pati menggelar pelatihan di Aula Dinkes Pati, Senin (3/11/2025). Sebanyak 24 kader posyandu dan 16 bidan desa, atau 40 orang seluruhnya, mengikuti pelatihan itu.\n\nKepala dinas berharap peserta makin terampil. \"Kami ingin mereka berdaya,\" ujarnya.\n",
         40),
        ("c2", "Pelatihan Keterampilan Warga Digelar\n\nSelasa, 4 November 2025 | 10:15 WIB\n\nPATI – Dinas Pendidikan Kabupaten Pati menggelar pelatihan di Aula Disdik Pati, Senin (3/11/2025). Pelatihan diikuti 18 guru SD dan 12 guru SMP, jadi 30 guru.\n\nKepala dinas berharap peserta makin terampil. \"Kami ingin mereka berdaya,\" ujarnya.\n",
         30),
        ("c3", "Pelatihan Keterampilan Warga Digelar\n\nSelasa, 4 November 2025 | 10:15 WIB\n\nPATI – Satpol PP Kabupaten Pati menggelar pelatihan di Aula Satpol PP Pati, Senin (3/11/2025). Sebanyak 25 anggota Linmas dan 10 anggota Satpol PP, 35 orang semuanya, mengikuti pelatihan dasar itu.\n\nKepala dinas berharap peserta makin terampil. \"Kami ingin mereka berdaya,\" ujarnya.\n",
         35),
        ("c4", "Pelatihan Keterampilan Warga Digelar\n\nSelasa, 4 November 2025 | 10:15 WIB\n\nPATI – Dinsos Pati menggelar pelatihan di Aula Dinsos Pati, Senin (3/11/2025). Pesertanya 30 PSM dan 20 TKSK, sehingga 50 orang mengikuti kegiatan itu.\n\nKepala dinas berharap peserta makin terampil. \"Kami ingin mereka berdaya,\" ujarnya.\n",
         50),
        ("cc1", "Pelatihan Keterampilan Warga Digelar\n\nSelasa, 4 November 2025 | 10:15 WIB\n\nPATI – Dinas Kesehatan Kabupaten Pati menggelar pelatihan di Aula Dinkes Pati, Senin (3/11/2025). Sebanyak 20 kader, 12 bidan serta 32 perawat mengikuti pelatihan itu.\n\nKepala dinas berharap peserta makin terampil. \"Kami ingin mereka berdaya,\" ujarnya.\n",
         64),
        ("t2", "Warga Desa Ikuti Kegiatan\n\nSelasa, 4 November 2025 | 10:15 WIB\n\nBLORA – Dinas Sosial menggelar pelatihan di Aula Dinsos, Senin (3/11/2025). Sebanyak 30 PSM dan 20 TKSK, 50 orang secara keseluruhan, hadir di sana.\n\nKepala dinas berharap peserta makin terampil. \"Kami ingin mereka berdaya,\" ujarnya.\n",
         50),
        ("t3", "Warga Desa Ikuti Kegiatan\n\nSelasa, 4 November 2025 | 10:15 WIB\n\nBLORA – Dinas Sosial menggelar pelatihan di Aula Dinsos, Senin (3/11/2025). Peserta 30 PSM dan 20 TKSK atau 50 orang dari enam kecamatan.\n\nKepala dinas berharap peserta makin terampil. \"Kami ingin mereka berdaya,\" ujarnya.\n",
         50),
    ]

    /// A count whose verb is one of teaching with its object (`Tiga dosen ... turut mengisi materi`) is of staff; not
    /// after `yang` or a verb of taking part.
    static let teachersAreNoParticipants: [(String, String, Int?)] = [
        ("s1", "Pelatihan Keterampilan Warga Digelar\n\nSelasa, 4 November 2025 | 10:15 WIB\n\nPALU – Dinas Sosial Sulteng menggelar pelatihan kesiapsiagaan di Aula Dinsos Sulteng, Senin (3/11/2025). Tiga dosen Universitas Tadulako turut mengisi materi dalam pelatihan tersebut.\n\nKepala dinas berharap peserta makin terampil. \"Kami ingin mereka berdaya,\" ujarnya.\n",
         nil),
        ("s2", "Pelatihan Keterampilan Warga Digelar\n\nSelasa, 4 November 2025 | 10:15 WIB\n\nBLITAR – Dinas Pertanian menggelar pelatihan pupuk organik di Balai Desa Sumberjo, Senin (3/11/2025). Dua penyuluh dari Dinas Pertanian memberikan materi tentang pengomposan.\n\nKepala dinas berharap peserta makin terampil. \"Kami ingin mereka berdaya,\" ujarnya.\n",
         nil),
        ("s3", "Pelatihan Keterampilan Warga Digelar\n\nSelasa, 4 November 2025 | 10:15 WIB\n\nBLITAR – Dinas Pertanian menggelar pelatihan pupuk organik di Balai Desa Sumberjo, Senin (3/11/2025). Pelatihan diikuti 40 petani. Empat pejabat dinas menyampaikan materi secara bergantian.\n\nKepala dinas berharap peserta makin terampil. \"Kami ingin mereka berdaya,\" ujarnya.\n",
         40),
        ("sc1", "Pelatihan Keterampilan Warga Digelar\n\nSelasa, 4 November 2025 | 10:15 WIB\n\nBLITAR – Dinas Pendidikan menggelar pelatihan literasi di Aula Disdik, Senin (3/11/2025). Sebanyak 30 guru yang telah dilatih akan menyampaikan materi kepada siswa.\n\nKepala dinas berharap peserta makin terampil. \"Kami ingin mereka berdaya,\" ujarnya.\n",
         30),
        ("sc2", "Pelatihan Keterampilan Warga Digelar\n\nSelasa, 4 November 2025 | 10:15 WIB\n\nBLITAR – Dinas Sosial menggelar pelatihan di Aula Dinsos, Senin (3/11/2025). Sebanyak 25 kader mengikuti pelatihan dan memberikan materi kepada warga.\n\nKepala dinas berharap peserta makin terampil. \"Kami ingin mereka berdaya,\" ujarnya.\n",
         25),
    ]

    /// A bare alias in capitals that the text spells out as no region (`Kampung Siaga Bencana (KSB)`, `Kelompok Lansia
    /// Unggul (KLU)`) weighs no region; the alias undefined or spelled out as the region (`Ogan Komering Ulu (OKU)`)
    /// still does.
    static let acronymsSpelledOutAsSomethingElse: [(String, String, String?)] = [
        ("l1", "Pelatihan Keterampilan Warga Digelar\n\nSelasa, 4 November 2025 | 10:15 WIB\n\nPelatihan pengurus KSB kembali digelar. Pengurus KSB dilatih dua hari oleh Dinas Sosial Provinsi Sulawesi Tengah di Desa Lero, Kabupaten Donggala, Senin (3/11/2025).\n\nKampung Siaga Bencana (KSB) adalah program Kemensos. Menurut dia, KSB melatih warga. KSB juga punya lumbung sosial.\n\nKepala dinas berharap peserta makin terampil. \"Kami ingin mereka berdaya,\" ujarnya.\n",
         "Kabupaten Donggala"),
        ("l2", "Pelatihan Keterampilan Warga Digelar\n\nSelasa, 4 November 2025 | 10:15 WIB\n\nPengurus KLU Dilatih\n\nMATARAM – Pengurus KLU mengikuti pelatihan kewirausahaan yang digelar Dinas Sosial di Aula Dinsos, Senin (3/11/2025). Kelompok Lansia Unggul (KLU) kini punya 12 anggota aktif. Menurut ketua KLU, pelatihan ini berguna bagi KLU.\n\nKepala dinas berharap peserta makin terampil. \"Kami ingin mereka berdaya,\" ujarnya.\n",
         "Kota Mataram"),
        ("lc1", "Pelatihan Keterampilan Warga Digelar\n\nSelasa, 4 November 2025 | 10:15 WIB\n\nTALIWANG – Dinas Sosial menggelar pelatihan bagi pengurus karang taruna di Aula Dinsos KSB, Senin (3/11/2025). Karang taruna se-KSB ikut serta.\n\nKepala dinas berharap peserta makin terampil. \"Kami ingin mereka berdaya,\" ujarnya.\n",
         "Kabupaten Sumbawa Barat"),
        ("lc2", "Pelatihan Keterampilan Warga Digelar\n\nSelasa, 4 November 2025 | 10:15 WIB\n\nBATURAJA – Dinas Sosial Ogan Komering Ulu (OKU) menggelar pelatihan kader di Aula Dinsos OKU, Senin (3/11/2025). Pelatihan diikuti kader se-OKU.\n\nKepala dinas berharap peserta makin terampil. \"Kami ingin mereka berdaya,\" ujarnya.\n",
         "Kabupaten Ogan Komering Ulu"),
    ]

    /// A named place in a photo's caption, with no place in the body, is the venue when the body names it again; not
    /// alone, and not against a place of the body.
    static let captionVenuesNamedAgain: [(String, String, String?)] = [
        ("v1", "Relawan Ikuti Pelatihan Pertolongan Pertama\n\nPeserta berlatih membalut luka pada hari kedua pelatihan di Gedung PMI Kota Kediri. (Foto: Andi/Kediri Pos)\n\nKEDIRI – Pelatihan pertolongan pertama yang diselenggarakan PMI Kota Kediri memasuki hari kedua, Selasa (4/11/2025). Sebanyak 40 relawan yang datang ke Gedung PMI Kota Kediri berasal dari sekolah dan kampus.\n\nMateri meliputi pembalutan dan evakuasi korban.\n\nKetua PMI berharap relawan makin terampil. \"Kami ingin mereka siap,\" ujarnya.\n",
         "Gedung PMI Kota Kediri"),
        ("v2", "Kader Posyandu Dilatih Mengukur Stunting\n\nSuasana pelatihan kader di Aula Puskesmas Sukorame, Senin (3/11/2025). Foto: Humas Dinkes\n\nKEDIRI – Dinas Kesehatan melatih 30 kader posyandu mengukur tinggi badan balita, Senin (3/11/2025). Para kader yang datang ke Aula Puskesmas Sukorame sejak pagi diajari cara membaca grafik pertumbuhan.\n\nKader diharapkan rutin mengukur balita.\n\nKetua PMI berharap relawan makin terampil. \"Kami ingin mereka siap,\" ujarnya.\n",
         "Aula Puskesmas Sukorame"),
        ("vc1", "Relawan Ikuti Pelatihan Pertolongan Pertama\n\nPeserta berlatih membalut luka pada pelatihan di Gedung PMI Kota Kediri. (Foto: Andi/Kediri Pos)\n\nKEDIRI – Pelatihan pertolongan pertama yang diselenggarakan PMI Kota Kediri memasuki hari kedua, Selasa (4/11/2025). Sebanyak 40 relawan dari sekolah dan kampus mengikutinya.\n\nMateri meliputi pembalutan dan evakuasi korban.\n\nKetua PMI berharap relawan makin terampil. \"Kami ingin mereka siap,\" ujarnya.\n",
         nil),
        ("vc2", "Relawan Ikuti Pelatihan Pertolongan Pertama\n\nPeserta berlatih membalut luka pada pelatihan di Gedung PMI Kota Kediri. (Foto: Andi/Kediri Pos)\n\nKEDIRI – Pelatihan pertolongan pertama yang diselenggarakan PMI Kota Kediri di Aula Hotel Merdeka memasuki hari kedua, Selasa (4/11/2025). Sebanyak 40 relawan yang datang ke Gedung PMI Kota Kediri untuk mendaftar berasal dari sekolah.\n\nMateri meliputi pembalutan dan evakuasi korban.\n\nKetua PMI berharap relawan makin terampil. \"Kami ingin mereka siap,\" ujarnya.\n",
         "Aula Hotel Merdeka"),
    ]

    @Test func endDatesRead() {
        for (id, text, start, end) in Self.endDates {
            let d = Shared.record(text, id: id, published: Self.published).event?.date
            #expect(d?.start.iso == start && d?.end.iso == end, "\(id): \(String(describing: d?.start.iso)) \(String(describing: d?.end.iso))")
        }
    }

    @Test func restatedTotalsRead() {
        for (id, text, value) in Self.restatedTotals {
            Shared.expectCoreProbe(id: id, field: "total", text: text, total: value, place: nil)
        }
    }

    @Test func teachersAreNoParticipantsRead() {
        for (id, text, value) in Self.teachersAreNoParticipants {
            Shared.expectCoreProbe(id: id, field: "total", text: text, total: value, place: nil)
        }
    }

    @Test func acronymsSpelledOutAsSomethingElseRead() {
        for (id, text, value) in Self.acronymsSpelledOutAsSomethingElse {
            Shared.expectCoreProbe(id: id, field: "city", text: text, total: nil, place: value)
        }
    }

    @Test func captionVenuesNamedAgainRead() {
        for (id, text, value) in Self.captionVenuesNamedAgain {
            Shared.expectCoreProbe(id: id, field: "venue", text: text, total: nil, place: value)
        }
    }
}
