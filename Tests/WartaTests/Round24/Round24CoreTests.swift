import Foundation
import Testing
@testable import Warta

/// Round 24 (CORE24): venue and count constructions of heldout16's look half and round 23's known misses, written as
/// probes of other agencies and regions. Venues: an opening's place yields to the place another sentence says holds
/// the whole of the sessions (`Pembukaan berlangsung di Pendopo X. Setelah pembukaan, seluruh rangkaian materi ...
/// dilaksanakan di Aula Y`; heldout16 d057, heldout9 u049), not to where all participants stay; a class's place
/// before a practice's after `sementara` stays when it is chosen (v2), an opening's against a practice's gives none
/// (v4). Counts: people added `sebagai perwakilan`/`utusan`/`delegasi` take part and are added; another role after
/// `sebagai` (`pendamping`, `pengamat`) still adds nothing. A noun of applicants before a comma is the pool's (`Dari
/// 120 pendaftar, hanya 60 orang yang lolos` = 60), no mark of the count after the comma. What a region has now or
/// still has (`saat ini terdapat sekitar 3.400 pramuwisata`, `masih ada sekitar 300 operator ... yang belum
/// bersertifikat`) is a population, no count of the event, unless it names the participants (`Saat ini terdapat 35
/// peserta`).
struct Round24CoreTests {
    /// Each probe: its id, the field (`total` or `venue`), the text and the value expected (nil: none).
    static let probes: [(id: String, field: String, text: String, total: Int?, place: String?)] = [
        ("v2", "venue", "Petani Muda Belajar Hidroponik\n\nSLEMAN – Dinas Pertanian Kabupaten Sleman menggelar pelatihan hidroponik bagi 30 petani muda, Rabu (5/11/2025).\n\nKelas teori digelar di Aula BPP Kecamatan Ngaglik, sementara praktik merakit instalasi dilakukan di Green House Kelompok Tani Ngudi Makmur. Pelatihan dua hari itu diisi penyuluh dinas.\n", nil, "Aula BPP Kecamatan Ngaglik"),
        ("v4", "venue", "Pelatihan Membatik di Pekalongan\n\nPEKALONGAN – Dinas Perindustrian Kota Pekalongan menggelar pelatihan membatik bagi 25 perajin, Senin (10/11/2025).\n\nPelatihan dibuka di Pendopo Kota Pekalongan, sedangkan praktik membatik berlangsung di Rumah Produksi Batik Pesindon.\n", nil, nil),
        ("o1", "venue", "Pelatihan Barista Muda\n\nBANTAENG – Dinas Pariwisata Kabupaten Bantaeng menggelar pelatihan barista bagi 30 pemuda, Selasa (4/11/2025).\n\nPembukaan dilaksanakan di Balai Kartini Bantaeng pada Selasa pagi. Setelah itu, seluruh sesi pelatihan berlangsung di Rumah Kopi Loka Bantaeng.\n", nil, "Rumah Kopi Loka Bantaeng"),
        ("o2", "venue", "Operator Desa Ikuti Pelatihan Aplikasi\n\nKENDAL – Dinas PMD Kabupaten Kendal menggelar pelatihan aplikasi keuangan desa bagi 60 operator desa, Rabu (12/11/2025).\n\nPembukaan berlangsung di Pendopo Tumenggungan Kendal. Selanjutnya, semua materi dan praktik dilaksanakan di Aula Bappeda Kendal, Jalan Soekarno-Hatta.\n", nil, "Aula Bappeda Kendal"),
        ("o3", "venue", "Guru Dilatih Kurikulum\n\nBLITAR – Dinas Pendidikan Kota Blitar menggelar pelatihan kurikulum bagi 80 guru, Kamis (13/11/2025).\n\nAcara dibuka di Balai Kota Koesmadi oleh Wali Kota Blitar. Seluruh rangkaian kegiatan pelatihan kemudian digelar di Aula SMKN 1 Blitar selama tiga hari.\n", nil, "Aula SMKN 1 Blitar"),
        ("o4", "venue", "Guru Dilatih Kurikulum\n\nBLITAR – Dinas Pendidikan Kota Blitar menggelar pelatihan kurikulum bagi 80 guru, Kamis (13/11/2025).\n\nPembukaan pelatihan berlangsung di Aula SMKN 1 Blitar. Seluruh peserta menginap di Hotel Puri Perdana Blitar selama pelatihan.\n", nil, "Aula SMKN 1 Blitar"),
        ("s1", "total", "Pelatihan Literasi Digital\n\nBLORA – Dinas Pendidikan Kabupaten Blora menggelar pelatihan literasi digital di Aula Disdik Blora, Senin (3/11/2025). Pelatihan diikuti 30 guru SD.\n\nSelain itu, 10 siswa juga ikut sebagai perwakilan sekolah.\n", 40, nil),
        ("s3", "total", "Pelatihan Literasi Digital\n\nBLORA – Dinas Pendidikan Kabupaten Blora menggelar pelatihan literasi digital di Aula Disdik Blora, Senin (3/11/2025). Pelatihan diikuti 30 guru SD.\n\nSelain itu, lima bidan desa turut hadir sebagai pendamping kader dalam pelatihan.\n", 30, nil),
        ("s4", "total", "Pelatihan Literasi Digital\n\nBLORA – Dinas Pendidikan Kabupaten Blora menggelar pelatihan literasi digital di Aula Disdik Blora, Senin (3/11/2025). Pelatihan diikuti 30 guru SD.\n\nPanitia juga mengundang delapan pengawas sekolah sebagai delegasi kecamatan yang ikut dilatih.\n", 38, nil),
        ("s5", "total", "Pelatihan Literasi Digital\n\nBLORA – Dinas Pendidikan Kabupaten Blora menggelar pelatihan literasi digital di Aula Disdik Blora, Senin (3/11/2025). Pelatihan diikuti 30 guru SD.\n\nSelain itu, enam kepala sekolah turut ikut sebagai peserta tambahan.\n", 36, nil),
        ("s6", "total", "Pelatihan Literasi Digital\n\nBLORA – Dinas Pendidikan Kabupaten Blora menggelar pelatihan literasi digital di Aula Disdik Blora, Senin (3/11/2025). Pelatihan diikuti 30 guru SD.\n\nSebanyak empat pengawas juga ikut sebagai pengamat jalannya pelatihan.\n", 30, nil),
        ("a1", "total", "Pelatihan Bagi Warga\n\nBOYOLALI – Dinas Sosial Kabupaten Boyolali menggelar pelatihan kewirausahaan di Aula Dinsos Boyolali, Selasa (4/11/2025).\n\nDari 120 pendaftar, hanya 60 orang yang lolos seleksi dan mengikuti pelatihan.\n", 60, nil),
        ("a2", "total", "Pelatihan Bagi Warga\n\nBOYOLALI – Dinas Sosial Kabupaten Boyolali menggelar pelatihan kewirausahaan di Aula Dinsos Boyolali, Selasa (4/11/2025).\n\nDari 120 pendaftar, 60 orang lolos seleksi dan mengikuti pelatihan.\n", 60, nil),
        ("a3", "total", "Pelatihan Bagi Warga\n\nBOYOLALI – Dinas Sosial Kabupaten Boyolali menggelar pelatihan kewirausahaan di Aula Dinsos Boyolali, Selasa (4/11/2025).\n\nDari 120 pendaftar, hanya 60 orang yang mengikuti pelatihan.\n", 60, nil),
        ("a4", "total", "Pelatihan Bagi Warga\n\nBOYOLALI – Dinas Sosial Kabupaten Boyolali menggelar pelatihan kewirausahaan di Aula Dinsos Boyolali, Selasa (4/11/2025).\n\nDari 120 orang pendaftar, 60 orang mengikuti pelatihan.\n", 60, nil),
        ("a5", "total", "Pelatihan Bagi Warga\n\nBOYOLALI – Dinas Sosial Kabupaten Boyolali menggelar pelatihan kewirausahaan di Aula Dinsos Boyolali, Selasa (4/11/2025).\n\nDari 120 pelamar, 60 orang mengikuti pelatihan.\n", 60, nil),
        ("a6", "total", "Disnaker Latih Operator Alat Berat\n\nMUARA ENIM – Dinas Tenaga Kerja Kabupaten Muara Enim menggelar pelatihan operator alat berat di Workshop UPTD BLK Muara Enim, Senin (10/11/2025).\n\nDari 415 pelamar, hanya 32 pemuda yang lolos tes dan mengikuti pelatihan selama 20 hari.\n", 32, nil),
        ("a7", "total", "Pelatihan Bagi Warga\n\nBOYOLALI – Dinas Sosial Kabupaten Boyolali menggelar pelatihan kewirausahaan di Aula Dinsos Boyolali, Selasa (4/11/2025).\n\nJumlah pendaftar mencapai 300 orang, namun hanya 40 orang yang lolos seleksi.\n", 40, nil),
        ("a8", "total", "Pelatihan Bagi Warga\n\nBOYOLALI – Dinas Sosial Kabupaten Boyolali menggelar pelatihan kewirausahaan di Aula Dinsos Boyolali, Selasa (4/11/2025).\n\nPelatihan ini diminati banyak warga. Jumlah pendaftarnya 250 orang.\n", nil, nil),
        ("p1", "total", "Pelatihan Bagi Warga\n\nBOYOLALI – Dinas Sosial Kabupaten Boyolali menggelar pelatihan kewirausahaan di Aula Dinsos Boyolali, Selasa (4/11/2025).\n\nSaat ini terdapat sekitar 3.400 pramuwisata berlisensi di Boyolali.\n", nil, nil),
        ("p2", "total", "Pelatihan Bagi Warga\n\nBOYOLALI – Dinas Sosial Kabupaten Boyolali menggelar pelatihan kewirausahaan di Aula Dinsos Boyolali, Selasa (4/11/2025).\n\nKepala Dinas menyebut saat ini terdapat 1.200 penyandang disabilitas di Boyolali yang belum mendapat pelatihan.\n", nil, nil),
        ("p3", "total", "Pelatihan Bagi Warga\n\nBOYOLALI – Dinas Sosial Kabupaten Boyolali menggelar pelatihan kewirausahaan di Aula Dinsos Boyolali, Selasa (4/11/2025).\n\nMasih ada sekitar 300 operator alat berat di daerahnya yang belum bersertifikat, kata Kepala Dinas.\n", nil, nil),
        ("p4", "total", "Pelatihan Bagi Warga\n\nBOYOLALI – Dinas Sosial Kabupaten Boyolali menggelar pelatihan kewirausahaan di Aula Dinsos Boyolali, Selasa (4/11/2025).\n\nSaat ini terdapat 35 peserta yang mengikuti pelatihan tersebut.\n", 35, nil),
        ("p5", "total", "Pelatihan Bagi Warga\n\nBOYOLALI – Dinas Sosial Kabupaten Boyolali menggelar pelatihan kewirausahaan di Aula Dinsos Boyolali, Selasa (4/11/2025).\n\nPelatihan diikuti 35 pelaku UMKM. Masih ada 20 pelaku UMKM yang akan dilatih pada gelombang berikutnya.\n", 35, nil),
        ("p6", "total", "Pelatihan Bagi Warga\n\nBOYOLALI – Dinas Sosial Kabupaten Boyolali menggelar pelatihan kewirausahaan di Aula Dinsos Boyolali, Selasa (4/11/2025).\n\nDi Boyolali terdapat 300 UMKM binaan. Pelatihan kali ini diikuti 40 pelaku usaha.\n", 40, nil),
    ]

    @Test func everyProbeGivesItsValue() {
        for p in Self.probes { Shared.expectCoreProbe(id: p.id, field: p.field, text: p.text, total: p.total, place: p.place) }
    }
}
