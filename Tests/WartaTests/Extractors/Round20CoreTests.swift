import Foundation
import Testing
@testable import Warta

/// Round 20 (CORE20): constructions of counts, venues and cities from the misses of heldout12's look half, written
/// again as probes of other agencies and regions (no document's words). Counts: the minutes of a clock time above a
/// headline are no count, and a group in another sentence than its number is none (y009); a sentence that opens with
/// the per-unit word reads the units of the sentence before (`... dari 68 desa. Masing-masing desa mengirim dua orang`
/// = 136; y009); `masing2` is `masing-masing` (y041); `terdiri atas` before counts joined by `dan`, with the
/// participants as its subject, is a breakdown, not a bound (y015); a count right after `dibantu (oleh)` is of helpers
/// (y049). Venue: an address written on without a comma by a street word in lower case (`jalan ...`, `jln. ...`) is cut
/// (y021; heldout3 k009); a capitalized one stays (`Jalan ...`, `Jl. ...`: realnews labels keep it; heldout5 n041 stays
/// a miss); the opening's place yields to the sessions' place set against it (heldout10 v029). City: an area phrase
/// held by the event's clause weighs the city as the place does, with the village and district words of Yogyakarta
/// (y047); a region on a line of related links weighs nothing, a dateline may follow an outlet's name and a comma or
/// end with a colon, and a bar ends one only in the body (heldout7 q057, heldout4 m011). Known miss, not probed here:
/// `Mereka terdiri atas 10 relawan A, 10 relawan B dan 10 relawan C` after a count of people sworn in still sums the
/// parts after the first (the old reading).
struct Round20CoreTests {
    /// Each probe: its id, the field (`total`, `venue` or `city`), the text and the value expected (nil: none).
    static let probes: [(id: String, field: String, text: String, total: Int?, place: String?)] = [
        ("t1", "total", "DETIKSUMUT.COM\nSelasa, 14 Okt 2026 09:25\n\nKader Posyandu Dilatih Mengukur Balita\n\nMEDAN - Dinas Kesehatan Kota Medan melatih kader posyandu dalam pengukuran balita di Aula Puskesmas Padang Bulan, Selasa (14/10/2026). Pelatihan berlangsung sehari.\n", nil, nil),
        ("t2", "total", "RRI.co.id - Kendari\nRabu, 3 Jun 2026 11:30\n\nPetani Muda Dibekali Teknik Hidroponik\n\nKBRN, Kendari : Dinas Pertanian Kota Kendari menggelar pelatihan hidroponik bagi petani muda di Aula Dinas Pertanian. Peserta berasal dari 10 kelurahan.\n", nil, nil),
        ("t3", "total", "Kamis, 5 Feb 2026 | 16:45 WITA\n\nPelatihan Operator Sekolah Digelar di Ruteng\n\nRUTENG - Dinas Pendidikan Kabupaten Manggarai menggelar pelatihan operator sekolah di Aula SMP Negeri 1 Langke Rembong, Kamis (5/2/2026). Pelatihan diikuti 45 operator.\n", 45, nil),
        ("t4", "total", "Pelatihan dimulai pukul 08:30 WIB.\n\nSebanyak 30 kader mengikuti pelatihan pemantauan tumbuh kembang yang digelar Dinas Kesehatan Kabupaten Blora di Aula Puskesmas Cepu, Senin (2/3/2026).\n", 30, nil),
        ("u1", "total", "Dinas Kependudukan Kabupaten Lahat menggelar bimtek aplikasi kependudukan bagi operator desa di Aula Kantor Camat Merapi Barat, Senin (5/10/2026).\n\nPeserta berasal dari 40 desa di lima kecamatan. Masing-masing desa mengirim dua orang.\n", 80, nil),
        ("u2", "total", "Dinas Pemberdayaan Masyarakat Desa Kabupaten Sumbawa melatih kader pembangunan desa di Aula Bappeda Sumbawa, Rabu (7/10/2026).\n\nPelatihan diikuti perwakilan 24 desa. Setiap desa mengirimkan tiga orang kader.\n", 72, nil),
        ("u3", "total", "Puskesmas Lembang menggelar pelatihan kader kesehatan jiwa di Aula Puskesmas Lembang, Kamis (8/10/2026).\n\nUndangan dikirim ke 16 posyandu. Tiap posyandu mengutus dua kader.\n", 32, nil),
        ("u4", "total", "BPBD Kabupaten Garut menggelar pelatihan relawan di Gedung Pendopo Garut, Jumat (9/10/2026).\n\nPeserta datang dari 12 desa tangguh bencana. Setiap kecamatan mengirim lima orang.\n", 5, nil),
        ("m1", "total", "KONI Kabupaten Pasaman menggelar pelatihan wasit di Aula Kantor Bupati Pasaman, Sabtu (3/10/2026). Kegiatan diikuti 36 orang wasit dari 12 cabor, masing2 cabor mengutus tiga orang wasit.\n", 36, nil),
        ("m2", "total", "Dinas Sosial Kabupaten Bone melatih pendamping di Aula Dinas Sosial Bone, Senin (5/10/2026). Pelatihan diikuti 40 orang pendamping dari 20 kecamatan, masing2 kecamatan dua orang.\n", 40, nil),
        ("m3", "total", "Peserta pelatihan dibagi dua angkatan, masing2 30 orang, dalam pelatihan menjahit yang digelar BLK Kabupaten Kebumen di Gedung BLK Kebumen, Senin (5/10/2026).\n", 60, nil),
        ("d1", "total", "Setwan Kabupaten Bantaeng menggelar bimtek penyusunan perda di Ruang Rapat DPRD Bantaeng, Rabu (7/10/2026).\n\nPeserta bimtek terdiri atas tujuh orang anggota Bapemperda dan tiga orang staf sekretariat.\n", 10, nil),
        ("d2", "total", "Dinas Kesehatan Kota Bima melatih tenaga kesehatan di Aula Dinkes Kota Bima, Kamis (8/10/2026). Peserta terdiri atas 20 bidan dan 15 perawat dari seluruh puskesmas.\n", 35, nil),
        ("d3", "total", "Dinas Pertanian Kabupaten Jember melatih petani di Aula Dinas Pertanian Jember, Jumat (9/10/2026). Pelatihan diikuti petani berusia di atas 40 tahun.\n", nil, nil),
        ("h1", "total", "Dinas Perikanan Kabupaten Banyuwangi melatih nelayan di Aula Dinas Perikanan Banyuwangi, Sabtu (10/10/2026). Instruktur dibantu tiga penyuluh perikanan.\n", nil, nil),
        ("h2", "total", "Puskesmas Sumbersari menggelar pelatihan kader di Aula Puskesmas Sumbersari, Senin (12/10/2026) yang diikuti 25 kader. Pemateri dibantu oleh dua orang bidan desa.\n", 25, nil),
        ("h3", "total", "Pelatihan diikuti 30 pemuda dari Kecamatan Ciwidey di Aula Kantor Kecamatan Ciwidey, Selasa (13/10/2026). Pelatih dibantu lima relawan.\n", 30, nil),
        ("v1", "venue", "Dinas Koperasi Kota Palu menggelar pelatihan UMKM di Hotel Santika Palu jalan Moh. Hatta, Senin (5/10/2026), diikuti 40 pelaku usaha.\n", nil, "Hotel Santika Palu"),
        ("v2", "venue", "Pelatihan kader digelar di Aula Dinkes Kabupaten Sikka Jalan Kesehatan Maumere, Selasa (6/10/2026), diikuti 30 kader.\n", nil, "Aula Dinkes Kabupaten Sikka Jalan Kesehatan Maumere"),
        ("v3", "venue", "Bimtek bagi operator desa dilaksanakan di Gedung Serbaguna Kantor Bupati Sinjai Jl. Persatuan Raya, Rabu (7/10/2026).\n", nil, "Gedung Serbaguna Kantor Bupati Sinjai Jl. Persatuan Raya"),
        ("v6", "venue", "Pelatihan pengelolaan arsip bagi staf kelurahan digelar di Aula Kantor Camat Bontang Utara jln. Pattimura, Kamis (8/10/2026).\n", nil, "Aula Kantor Camat Bontang Utara"),
        ("v4", "venue", "Pelatihan K3 bagi pekerja konstruksi digelar di Aula Balai Pelaksanaan Jalan Nasional Sulawesi Tengah, Kamis (8/10/2026).\n", nil, "Aula Balai Pelaksanaan Jalan Nasional Sulawesi Tengah"),
        ("v5", "venue", "Pelatihan guru digelar di Aula SMA Negeri 2 Kendari, Jalan Ahmad Yani, Jumat (9/10/2026).\n", nil, "Aula SMA Negeri 2 Kendari"),
        ("c1", "city", "LPPM Universitas Negeri Yogyakarta\n\nTim Pengabdian Universitas Negeri Yogyakarta menggelar pelatihan pengolahan pangan di Kalurahan Sidorejo, Kapanewon Lendah, Kabupaten Kulon Progo, Sabtu (3/10/2026). Kegiatan dilaksanakan di pendapa Balai Kalurahan Sidorejo. Ketua tim Universitas Negeri Yogyakarta mengatakan pelatihan diikuti 30 warga.\n", nil, "Kabupaten Kulon Progo"),
        ("c2", "city", "Universitas Brawijaya Malang\n\nTim dosen Universitas Brawijaya Malang menggelar pelatihan pemasaran digital di Desa Tulungrejo, Kecamatan Bumiaji, Kota Batu, Senin (5/10/2026). Kegiatan berlangsung di Aula Kantor Desa Tulungrejo. Tim Universitas Brawijaya Malang melatih 25 pelaku UMKM.\n", nil, "Kota Batu"),
        ("c3", "city", "Politeknik Negeri Padang\n\nTim Politeknik Negeri Padang menggelar pelatihan perbengkelan di Nagari Sungai Buluah, Kabupaten Padang Pariaman, Rabu (7/10/2026). Pelatihan bertempat di Aula Kantor Wali Nagari Sungai Buluah. Dosen Politeknik Negeri Padang melatih 20 pemuda.\n", nil, "Kabupaten Padang Pariaman"),
        ("o1", "venue", "Dinas Pariwisata Kabupaten Sumenep menggelar pelatihan pemandu wisata, Senin (5/10/2026). Pelatihan dibuka di Pendopo Agung Sumenep, sedangkan seluruh materi dan praktik berlangsung di Hotel Utami Sumenep.\n", nil, "Hotel Utami Sumenep"),
        ("o2", "venue", "Disnakertrans Kabupaten Lombok Timur menggelar bimtek instruktur, Selasa (6/10/2026). Bimtek dibuka secara resmi di Ruang Rapat Bupati Lombok Timur, sementara sesi materi digelar di Aula BLK Lombok Timur selama tiga hari.\n", nil, "Aula BLK Lombok Timur"),
        ("o3", "venue", "Dinas Sosial Kabupaten Pati menggelar pelatihan pendamping, Rabu (7/10/2026). Seluruh sesi pelatihan berlangsung di Hotel Safin Pati, sedangkan pembukaan digelar di Pendopo Kabupaten Pati.\n", nil, "Hotel Safin Pati"),
        ("o4", "venue", "Dinas Kesehatan Kabupaten Sleman melatih kader, Kamis (8/10/2026). Teori diberikan di Aula Bappeda Sleman, sedangkan praktik dilakukan di Posyandu Melati Sleman.\n", nil,
         // Round 23 changed it (CORE23, heldout15 j039): the theory is the class sessions, whose place the project
         // makes the venue over a practice site set against it with `sedangkan` (was nil).
         "Aula Bappeda Sleman"),
        ("o5", "venue", "Pelatihan kader posyandu dibuka Bupati Klaten di Pendopo Pemkab Klaten, Jumat (9/10/2026), dan diikuti 40 kader.\n", nil, "Pendopo Pemkab Klaten"),
        ("k1", "city", "lampost.co > Daerah\n\nDinas Kesehatan Provinsi Lampung Latih Bidan\n\nSelasa, 12 Mei 2026 10:00 WIB\n\nLaporan Reporter Lampost Andi Saputra\n\nLAMPOST.CO, BANDAR LAMPUNG - Dinas Kesehatan Provinsi Lampung menggelar pelatihan asuhan persalinan bagi bidan, Senin (11/5/2026).\n\nPelatihan berlangsung di Hotel Emersia dan diikuti 60 bidan.\n\nBaca juga: Banjir Rendam Ratusan Rumah di Tulang Bawang\n\nKepala dinas mengatakan pelatihan ini penting bagi bidan.\n", nil, "Kota Bandar Lampung"),
        ("k2", "city", "RRI.co.id | Palembang\nRabu, 4 Feb 2026 09:10 WIB\nPro 1 Palembang | Daerah\n\nKader Posyandu Dilatih Ukur Balita\n\nKBRN, Banyuasin: Sebanyak 40 kader posyandu di Kecamatan Talang Kelapa, Kabupaten Banyuasin, mengikuti pelatihan pengukuran balita, Selasa (3/2/2026).\n\nPelatihan dilakukan di Balai Desa Sukamoro.\n", nil, "Kabupaten Banyuasin"),
        ("k3", "city", "SUMSELNEWS.ID, PALEMBANG - Dinas Sosial Provinsi Sumatera Selatan menggelar bimtek pendamping sosial di Hotel Aryaduta, Rabu (4/3/2026). Bimtek diikuti 50 pendamping.\n", nil, "Kota Palembang"),
        ("c4", "city", "LPPM Universitas Gadjah Mada Yogyakarta\n\nTim Universitas Gadjah Mada Yogyakarta menggelar pelatihan budidaya lele di Padukuhan Ngentak, Kalurahan Bangunjiwo, Kapanewon Kasihan, Kabupaten Bantul, Minggu (4/10/2026). Pelatihan bertempat di rumah ketua kelompok. Tim Universitas Gadjah Mada Yogyakarta melatih 20 warga.\n", nil, "Kabupaten Bantul"),
    ]

    @Test func everyProbeGivesItsValue() {
        for p in Self.probes { Shared.expectCoreProbe(id: p.id, field: p.field, text: p.text, total: p.total, place: p.place) }
    }
}
