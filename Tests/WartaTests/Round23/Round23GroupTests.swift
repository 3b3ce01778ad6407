import Foundation
import Testing
@testable import Warta

/// Round 23 (GRP23): participant groups, from the misses of the look halves sorted by construction and written again as
/// probes of other agencies and regions (no document's words). `pelaku UMKM` is written as the text has it (the readable
/// labels write it so 13 times to 1); in a headline, where capitals say nothing, a group's name is the longest run of the
/// headline's words that the body writes too (`Bekali 45 Operator Desa Lewat Bimtek` -> `operator desa`, `Latih Tiga Puluh
/// Istri Nelayan Olah Ikan` -> `istri nelayan`, `Latih Warga Pantai Sendang Biru Siaga Tsunami` -> `warga`); a count named
/// by a bare noun takes the fuller name a list near the event gives (`bagi guru SMP` ... `50 orang guru` -> `guru SMP`);
/// `se-` after an abbreviation is where people come from (`Ketua BPD se-Kabupaten`); `perwakilan` before a group is dropped like `para`
/// (`30 perwakilan warga pengguna sumur bor` -> `warga pengguna sumur bor`); congregation members are people; a scope
/// ends a name (`arsiparis lingkup Pemerintah Kabupaten`).
struct Round23GroupTests {
    /// Each probe: its id, the text and the groups expected (as a set, case ignored).
    static let probes: [(id: String, text: String, groups: [String])] = [
        ("h1", "Disdukcapil Bekali 45 Operator Desa Lewat Bimtek Aplikasi SIAK\n\nWONOGIRI - Dinas Kependudukan dan Pencatatan Sipil Kabupaten Wonogiri menggelar bimtek aplikasi SIAK bagi operator desa dan kepala seksi pemerintahan desa, Senin (2/6/2025). Peserta berjumlah 45 orang dari 25 kecamatan.\n", ["operator desa", "kepala seksi pemerintahan desa"]),
        ("h2", "Dinsos Latih Tiga Puluh Istri Nelayan Olah Ikan Asin\n\nREMBANG - Dinas Sosial Kabupaten Rembang menggelar pelatihan pengolahan ikan asin bagi istri nelayan di Kecamatan Sarang, Selasa (3/6/2025). Peserta berjumlah 30 orang.\n", ["istri nelayan"]),
        ("h3", "BPBD Latih Warga Pantai Sendang Biru Siaga Tsunami\n\nMALANG - BPBD Kabupaten Malang melatih empat puluh warga menjadi relawan siaga tsunami, Rabu (4/6/2025), di Balai Desa Tambakrejo. Warga pesisir diminta mengenali tanda bahaya.\n", ["warga"]),
        ("f1", "Workshop Penulisan Modul Ajar\n\nBLITAR - Dinas Pendidikan Kota Blitar menggelar workshop penulisan modul ajar bagi guru SMP se-Kota Blitar, Rabu (4/6/2025). Kegiatan ini diikuti oleh 50 orang guru dari 12 sekolah.\n", ["guru SMP"]),
        ("b1", "Bimtek Produk Hukum Desa\n\nKAMPAR - Dinas PMD Kabupaten Kampar menggelar Bimtek Penyusunan Peraturan Desa bagi Kepala Desa dan Ketua Badan Permusyawaratan Desa (BPD) se-Kabupaten Kampar, Kamis (5/6/2025). Peserta berjumlah 60 orang.\n", []),
        ("j1", "Pelatihan Pengurusan Jenazah\n\nMAROS - Sebanyak 40 orang jemaah majelis taklim se-Kecamatan Turikale mengikuti pelatihan pengurusan jenazah yang digelar Kantor Kemenag Maros, Jumat (6/6/2025).\n", ["jemaah majelis taklim"]),
        ("u1", "Dinkop Latih Pelaku UMKM Kemas Produk\n\nSLEMAN - Dinas Koperasi dan UKM Kabupaten Sleman melatih 45 pelaku UMKM pangan olahan dalam pelatihan desain kemasan, Senin (9/6/2025), di Aula Dinkop.\n", ["pelaku UMKM"]),
        ("s1", "Pelatihan Arsip Dinamis\n\nSRAGEN - Dinas Arsip Kabupaten Sragen menggelar bimtek pengelolaan arsip dinamis, Rabu (11/6/2025). Bimtek diikuti 35 arsiparis lingkup Pemerintah Kabupaten Sragen.\n", ["arsiparis"]),
        ("w1", "Pelatihan Perawatan Sumur Bor\n\nGROBOGAN - Dinas Perumahan dan Permukiman Kabupaten Grobogan menggelar pelatihan perawatan sumur bor komunal, Kamis (12/6/2025). Pelatihan diikuti 30 perwakilan warga pengguna sumur bor dari lima dusun.\n", ["warga pengguna sumur bor"]),
        ("s2", "DINKES LATIH 40 KADER JUMANTIK HADAPI MUSIM HUJAN\n\nPATI - Dinas Kesehatan Kabupaten Pati melatih 40 kader jumantik dari 21 puskesmas, Senin (16/6/2025), di Aula Dinkes. Kader diminta rutin memeriksa jentik.\n", ["kader jumantik"]),
        ("f2", "Pelatihan Alat Tangkap Ramah Lingkungan\n\nBATANG - Dinas Kelautan dan Perikanan Kabupaten Batang menggelar pelatihan alat tangkap ramah lingkungan bagi nelayan kecil di Kecamatan Subah, Rabu (18/6/2025). Pelatihan diikuti 35 orang nelayan.\n", ["nelayan"]),
        ("r2", "35 Pemuda Batang Ikuti Pelatihan Las Gratis\n\nBATANG - Balai Latihan Kerja Kabupaten Batang menggelar pelatihan las bagi pemuda, Senin (23/6/2025). Peserta berjumlah 35 orang.\n", ["pemuda"]),
    ]

    @Test func everyProbeGivesItsGroups() {
        for p in Self.probes where !p.groups.isEmpty { Shared.expectGroupProbe(id: p.id, text: p.text, groups: p.groups) }
    }

    /// `se-` after a long name's abbreviation is no part of the group (`Ketua BPD se` before).
    @Test func seAfterAbbreviationEndsTheName() {
        guard let p = Self.probes.first(where: { $0.id == "b1" }) else { return }
        let got = Shared.groupsOf(p.text)
        #expect(!got.contains { $0.hasSuffix(" se") }, "got \(got)")
    }
}
