import Foundation
import Testing
@testable import Warta

/// Round 24 (CORE24): venue and count constructions of heldout16's look half and round 23's known misses, written as
/// probes of other agencies and regions. Venues: the place of a practice set against the class's place after
/// `sedangkan`/`sementara` yields to it also when the event's mentions stand nearer to the practice (heldout15 j039;
/// heldout6 p019, heldout7 q035 alike), but not against an opening's place (two places); an opening's place yields to
/// the place another sentence says holds the whole of the sessions (`Pembukaan berlangsung di Pendopo X. Setelah
/// pembukaan, seluruh rangkaian materi ... dilaksanakan di Aula Y`; heldout16 d057, heldout9 u049), not to where all
/// participants stay. Counts: people added `sebagai perwakilan`/`utusan`/`delegasi` take part and are added; another
/// role after `sebagai` (`pendamping`, `pengamat`) still adds nothing.
struct Round24CoreTests {
    /// Each probe: its id, the field (`total` or `venue`), the text and the value expected (nil: none).
    static let probes: [(id: String, field: String, text: String, total: Int?, place: String?)] = [
        ("v1", "venue", "Warga Transmigran Dilatih Olah Kelapa\n\nMAMUJU – Balai Latihan Masyarakat Makassar menggelar pelatihan pengolahan kelapa bagi 40 warga transmigran, Senin (3/11/2025).\n\nSesi kelas dilaksanakan di Balai Pertemuan Desa Tobadak, sedangkan praktik pengolahan berlangsung di rumah produksi milik Kelompok Wanita Tani Sipakainge. Pelatihan ini dibuka Kepala BLM Makassar.\n", nil, "Balai Pertemuan Desa Tobadak"),
        ("v2", "venue", "Petani Muda Belajar Hidroponik\n\nSLEMAN – Dinas Pertanian Kabupaten Sleman menggelar pelatihan hidroponik bagi 30 petani muda, Rabu (5/11/2025).\n\nKelas teori digelar di Aula BPP Kecamatan Ngaglik, sementara praktik merakit instalasi dilakukan di Green House Kelompok Tani Ngudi Makmur. Pelatihan dua hari itu diisi penyuluh dinas.\n", nil, "Aula BPP Kecamatan Ngaglik"),
        ("v3", "venue", "Nelayan Dilatih Keselamatan Melaut\n\nPACITAN – Dinas Perikanan Kabupaten Pacitan menggelar pelatihan keselamatan melaut bagi 45 nelayan, Kamis (6/11/2025).\n\nMateri kelas disampaikan di Gedung Karya Dharma Pacitan, sedangkan praktik penggunaan pelampung berlangsung di Pantai Teleng Ria. Kegiatan pelatihan itu dibuka Sekda Pacitan.\n", nil, "Gedung Karya Dharma Pacitan"),
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
    ]

    @Test func everyProbeGivesItsValue() {
        for p in Self.probes { Shared.expectCoreProbe(id: p.id, field: p.field, text: p.text, total: p.total, place: p.place) }
    }
}
