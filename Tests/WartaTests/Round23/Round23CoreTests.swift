import Foundation
import Testing
@testable import Warta

/// Round 23 (CORE23): constructions of counts and venues named by round 22's known misses, written as probes of other
/// agencies and regions (no document's words). Counts: a group added in a later sentence (`Selain itu, panitia juga
/// mengundang 10 takmir masjid sebagai peserta tambahan`, `Selain pelaku UMKM, 10 pengurus koperasi turut menjadi
/// peserta`, `Sekretariat DPRD juga mengirim tujuh pejabat struktural`) is added to the count before it, not taken
/// instead of it; not a count of another occasion (`Pelatihan serupa juga diikuti ... pekan lalu`), a part of the
/// count (`Dari jumlah itu, 25 relawan juga ...`), guests (`juga dihadiri 12 camat`) or goods; the ranks of the army
/// are people (`25 Babinsa ditambah 8 Bintara Teritorial`). Venues: the place from which someone joins an online event
/// (`memberikan sambutan dari ruang kerjanya di Kantor Gubernur`, `secara virtual dari Gedung Negara`) is no venue, but
/// a hybrid event's room stays; `dan` and a bare name before an active verb (`di Aula Dinkes dan Slamet membuka`) ends
/// the venue. From heldout15's look half: a sentence that opens with a later day (`Pada hari kedua, peserta diajak
/// praktik ... di dermaga milik KSOP`) names that part's place, which yields to the headline's (j015); the class's place
/// set against a practice's after `sedangkan` stays the venue (j039); units written as the short form of a name
/// counted sentences before the per-unit sentence (`35 organisasi perangkat daerah (OPD) ... Setiap OPD diwakili tiga
/// orang`; j045); teachers an event brings in (`menghadirkan dua tutor`) are staff (j049).
struct Round23CoreTests {
    /// Each probe: its id, the field (`total` or `venue`), the text and the value expected (nil: none).
    static let probes: [(id: String, field: String, text: String, total: Int?, place: String?)] = [
        ("a1", "total", "Pelatihan Pemulasaraan Jenazah di Klaten\n\nKLATEN – Kantor Kementerian Agama Kabupaten Klaten menggelar pelatihan pemulasaraan jenazah di Gedung PCNU Klaten, Sabtu (8/11/2025). Pelatihan diikuti 40 modin dari 26 kecamatan.\n\nSelain itu, panitia juga mengundang 10 takmir masjid sebagai peserta tambahan.\n", 50, nil),
        ("a2", "total", "Bapelitbangda Gelar Pelatihan Penyusunan Renja\n\nSIAK – Bapelitbangda Kabupaten Siak menggelar pelatihan penyusunan rencana kerja perangkat daerah di Balai Kerapatan Tinggi Siak, Selasa (4/11/2025). Pelatihan diikuti 60 perencana dari seluruh OPD.\n\nPanitia juga menambah 15 peserta dari kecamatan yang mendaftar menyusul.\n", 75, nil),
        ("a3", "total", "Pelatihan Kader Posyandu di Sumenep\n\nSUMENEP – Dinas Kesehatan Kabupaten Sumenep menggelar pelatihan kader posyandu di Pendopo Agung Sumenep, Rabu (29/10/2025). Pelatihan diikuti 80 kader posyandu.\n\nSelain kader, sebanyak 20 bidan desa turut mengikuti pelatihan itu.\n", 100, nil),
        ("a4", "total", "Diskop Latih Pelaku UMKM Kemasan\n\nMAGELANG – Dinas Koperasi dan UKM Kota Magelang menggelar pelatihan desain kemasan bagi 30 pelaku UMKM di Gedung Wiworo Wiji Pinilih, Rabu (12/11/2025). Pelatihan dua hari itu menghadirkan desainer dari Yogyakarta.\n\nSelain pelaku UMKM, sebanyak 10 pengurus koperasi turut menjadi peserta pelatihan tersebut.\n", 40, nil),
        ("a5", "total", "Anggota DPRD Ikuti Bimtek Penganggaran\n\nMAKASSAR – Sebanyak 25 anggota DPRD Kabupaten Bulukumba mengikuti bimbingan teknis penyusunan APBD di Hotel Four Points Makassar, Kamis (13/11/2025).\n\nBimtek berlangsung tiga hari dan digelar oleh lembaga pelatihan dari Jakarta.\n\nSelain para legislator, Sekretariat DPRD juga mengirim tujuh pejabat struktural.\n", 32, nil),
        ("n1", "total", "Pelatihan Pengelolaan Sampah di Bantul\n\nBANTUL – DLH Kabupaten Bantul menggelar pelatihan pengelolaan bank sampah di Balai Desa Panggungharjo, Kamis (13/11/2025). Pelatihan diikuti 50 pengurus bank sampah.\n\nPelatihan serupa juga diikuti 40 kader lingkungan di Kapanewon Sewon pekan lalu.\n", 50, nil),
        ("n2", "total", "Pelatihan Relawan Bencana\n\nGARUT – BPBD Kabupaten Garut menggelar pelatihan relawan tanggap bencana di Gedung Pendopo Garut, Jumat (14/11/2025). Sebanyak 80 relawan mengikuti pelatihan. Dari jumlah itu, 25 relawan juga mengikuti uji sertifikasi.\n", 80, nil),
        ("n3", "total", "Pelatihan Relawan Bencana\n\nCIAMIS – BPBD Kabupaten Ciamis menggelar pelatihan relawan tanggap bencana di Aula Setda Ciamis, Jumat (14/11/2025). Sebanyak 80 relawan mengikuti pelatihan. Kegiatan itu juga dihadiri 12 camat.\n", 80, nil),
        ("n4", "total", "Dinas Kirim Pegawai Ikuti Pelatihan\n\nBLITAR – Dinas Pertanian Kabupaten Blitar menggelar pelatihan budidaya jagung di Balai Penyuluhan Pertanian Wlingi, Senin (10/11/2025). Pelatihan diikuti 40 petani.\n\nSelain itu, dinas juga menyalurkan 20 ton benih jagung kepada kelompok tani.\n", 40, nil),
        ("r1", "total", "Babinsa Dilatih Pendampingan Petani\n\nMAGETAN – Kodim 0804/Magetan menggelar pelatihan pendampingan petani bagi Babinsa di Aula Makodim, Selasa (4/11/2025). Pesertanya 25 Babinsa dari seluruh Koramil ditambah 8 Bintara Teritorial Kodim.\n", 33, nil),
        ("o1", "venue", "Pemprov Jambi Gelar Pelatihan Daring Pengelola Arsip Desa\n\nJAMBI – Dinas Perpustakaan dan Kearsipan Provinsi Jambi menggelar pelatihan pengelolaan arsip desa secara daring melalui aplikasi Zoom, Selasa (14/10/2025). Pelatihan diikuti 120 operator desa dari sebelas kabupaten dan kota.\n\nGubernur Jambi Al Haris memberikan sambutan dari ruang kerjanya di Kantor Gubernur Jambi. Ia meminta para operator menjaga arsip desa dengan tertib.\n", nil, nil),
        ("o2", "venue", "Bupati Buka Pelatihan Daring Kader Digital\n\nSUMEDANG – Dinas Komunikasi dan Informatika Kabupaten Sumedang menggelar pelatihan kader digital desa secara daring, Senin (10/11/2025). Bupati Sumedang Dony Ahmad Munir membuka pelatihan secara virtual dari Gedung Negara Sumedang. Pelatihan diikuti 270 kader dari 270 desa.\n", nil, nil),
        ("o3", "venue", "Peserta dari Kantor Camat Ikuti Bimtek Secara Hybrid\n\nLUWU – Bagian Organisasi Setda Kabupaten Luwu menggelar bimtek analisis jabatan secara hybrid di Ruang Rapat Kantor Bupati Luwu, Rabu (12/11/2025). Sebagian peserta mengikuti dari kantornya di Kecamatan Bua. Bimtek diikuti 60 analis.\n", nil, "Ruang Rapat Kantor Bupati Luwu"),
        ("d1", "venue", "Pelatihan Kader Posyandu di Pekalongan\n\nPEKALONGAN – Dinas Kesehatan Kota Pekalongan menggelar pelatihan kader posyandu di Aula Dinkes dan Slamet membuka kegiatan itu, Selasa (11/11/2025). Peserta berjumlah 45 kader.\n", nil, "Aula Dinkes"),
        ("d2", "venue", "Pelatihan Kader Posyandu di Aula Puskesmas\n\nBATANG – Dinas Kesehatan Kabupaten Batang menggelar pelatihan kader posyandu di Aula Puskesmas Bandar dan Kepala Dinas Kesehatan Didiet Wisnuhardanto membuka kegiatan itu, Selasa (11/11/2025). Peserta berjumlah 45 kader.\n", nil, "Aula Puskesmas Bandar"),
        ("u1", "total", "Pelatihan Keamanan Siber bagi OPD\n\nTERNATE – Sebanyak 35 organisasi perangkat daerah (OPD) di lingkungan Pemerintah Kota Ternate mengirim wakilnya dalam pelatihan keamanan siber. Para peserta dibekali cara menangani situs yang diretas.\n\nPelatihan dibuka Senin (3/11/2025) di Hotel Bela Ternate dan berakhir Selasa. Setiap OPD diwakili tiga orang, yakni pengelola website, operator jaringan dan admin media sosial.\n", 105, nil),
        ("s1", "total", "Pelatihan Menulis bagi Guru\n\nATAMBUA – Kodim 1605/Belu menggelar pelatihan menulis bagi guru SD di Aula Makodim 1605/Belu, Sabtu (8/11/2025). Pelatihan menghadirkan dua tutor dari Dinas Pendidikan Kabupaten Belu.\n\nFoto: Sebanyak 31 guru peserta pelatihan berfoto bersama.\n", 31, nil),
        ("s2", "total", "Tutor PKBM Dilatih\n\nBLORA – Dinas Pendidikan Kabupaten Blora menggelar pelatihan bagi 30 tutor PKBM di Aula Disdik Blora, Senin (3/11/2025).\n", 30, nil),
        ("l1", "venue", "Bimtek di Aula KSOP Tanjung Perak, 50 Nakhoda Kapal Wisata Belajar Keselamatan\n\nSurabaya - KSOP Utama Tanjung Perak menggelar bimbingan teknis keselamatan pelayaran bagi 50 nakhoda kapal wisata, Selasa (4/11/2025).\n\nPada hari kedua, peserta diajak praktik memakai pelampung di dermaga milik KSOP di kawasan Pelabuhan Tanjung Perak.\n", nil, "Aula KSOP Tanjung Perak"),
        ("l2", "venue", "Warga Perbatasan Dilatih Olah Pangan\n\nNUNUKAN — Sebanyak empat puluh warga perbatasan mengikuti pelatihan pengolahan rumput laut yang digelar Balai Latihan Masyarakat Samarinda, Senin (3/11/2025).\n\nSesi kelas dilaksanakan di Balai Pertemuan Desa Sebatik Tengah, sedangkan praktik pengolahan berlangsung di rumah produksi milik Kelompok Usaha Bersama Mawar.\n", nil, "Balai Pertemuan Desa Sebatik Tengah"),
        ("s3", "total", "Pelatihan Pelatih\n\nKUDUS – KONI Kudus menggelar pelatihan bagi pelatih cabang olahraga, Senin (3/11/2025). Sebanyak 40 pelatih mengikuti kegiatan itu.\n", 40, nil),
        ("s4", "total", "Pelatihan Las\n\nKUDUS – UPT BLK Kudus melatih 16 pemuda, Senin (3/11/2025). Pelatihan diikuti 16 pemuda dan menghadirkan tiga instruktur.\n", 16, nil),
        ("n5", "total", "Nelayan Dilatih Perbaikan Mesin\n\nKOTABARU – Yayasan Pesisir Lestari menggelar pelatihan perbaikan mesin perahu di Balai Nelayan Desa Tanjung Batu, Selasa (4/11/2025). Sebanyak 30 nelayan mengikuti pelatihan.\n\nSelain itu, empat istri nelayan ikut sebagai peserta pendengar dan tidak dihitung dalam daftar peserta.\n", 30, nil),
    ]

    @Test func everyProbeGivesItsValue() {
        for p in Self.probes { Shared.expectCoreProbe(id: p.id, field: p.field, text: p.text, total: p.total, place: p.place) }
    }
}
