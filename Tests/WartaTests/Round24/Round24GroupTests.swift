import Foundation
import Testing
@testable import Warta

/// Round 24 (GRP24): participant groups. A second kind of people joined to a counted group by `dan`/`serta` with no
/// count of its own shares the count and is a group too (`34 dosen dan peneliti`, `10 nelayan serta relawan`, `25
/// orang tukang dan tokoh masyarakat`); a list that has run into an office's name stops before the office's own
/// comma-separated parts (`binaan Dinas Koperasi, UKM dan Perdagangan` gives no `UKM`); chat spellings of `yang`,
/// `dengan`, `untuk` end a name (`tukang kayu yg`). Probes of my own, other agencies and regions.
struct Round24GroupTests {
    /// Each probe: its id, the text and the groups expected (as a set, case ignored).
    static let probes: [(id: String, text: String, groups: [String])] = [
        ("p1", "Pelatihan Hak Kekayaan Intelektual\n\nMALANG - Universitas Brawijaya menggelar pelatihan pendaftaran paten di Malang, Senin (2/6/2025). Pelatihan diikuti 40 dosen dan peneliti dari enam fakultas.\n", ["dosen", "peneliti"]),
        ("p2", "Pelatihan Pertolongan di Laut\n\nAMBON - Basarnas Ambon menggelar pelatihan pertolongan di laut, Selasa (3/6/2025), di Pantai Natsepa. Peserta berjumlah 30 orang, terdiri atas 20 personel BPBD dan 10 nelayan serta relawan dari Kecamatan Leihitu.\n", ["personel BPBD", "nelayan", "relawan"]),
        ("p3", "Pelatihan Bangunan Tahan Gempa\n\nPALU - Dinas Perumahan Kota Palu menggelar pelatihan rumah tahan gempa, Rabu (4/6/2025). Sebanyak 35 orang tukang dan tokoh masyarakat dari kelurahan binaan mengikuti pelatihan itu.\n", ["tukang", "tokoh masyarakat"]),
        ("p4", "Bimtek Rumah Layak Huni\n\nKENDARI - Sebanyak 50 orang pendamping desa dan kepala desa penerima program bedah rumah mengikuti bimtek di Kendari, Kamis (5/6/2025).\n", ["pendamping desa", "kepala desa"]),
        ("p5", "Pelatihan Kader Gizi\n\nGARUT - Dinas Kesehatan Garut menggelar pelatihan gizi, Jumat (6/6/2025). Pelatihan diikuti 30 kader dan 10 bidan desa dari lima puskesmas.\n", ["bidan desa"]),
        ("p6", "Pelatihan Mebel\n\nJEPARA - Disnakerin Jepara menggelar pelatihan mebel, Senin (9/6/2025). Peserta 25 tukang kayu yg berasal dari tiga desa.\n", ["tukang kayu"]),
        ("p7", "Workshop Paten Produk Lokal\n\nPADANG - Workshop paten digelar di Padang, Selasa (10/6/2025). Workshop diikuti 50 peserta yang terdiri atas 30 dosen dan peneliti serta 20 pelaku UMKM binaan Dinas Koperasi, UKM dan Perdagangan Kota Padang.\n", ["dosen", "peneliti", "pelaku UMKM"]),
        ("p8", "Pelatihan Navigasi Darat\n\nNUNUKAN - Kodim 0911 Nunukan menggelar pelatihan navigasi darat, Rabu (11/6/2025). Sebanyak 30 personel Satgas Pamtas mengikuti pelatihan itu di hutan latihan Sebatik.\n", ["personel Satgas Pamtas"]),
        ("p9", "Pelatihan Dapur Umum\n\nCIAMIS - Dinas Sosial Ciamis menggelar pelatihan dapur umum, Kamis (12/6/2025). Sebanyak 40 personel Tagana mengikuti pelatihan di halaman dinas.\n", ["Tagana"]),
        ("p10", "Satpol PP Latih 80 Anggota, Diminta Humanis\n\nBEKASI - Satpol PP Kota Bekasi menggelar pelatihan penegakan perda, Senin (16/6/2025), di Aula Satpol PP.\n", []),
    ]

    @Test func everyProbeGivesItsGroups() {
        for p in Self.probes where !p.groups.isEmpty {
            let got = (Shared.record(p.text).event?.participants?.groups ?? []).map { $0.name.lowercased() }
            #expect(Set(got) == Set(p.groups.map { $0.lowercased() }), "\(p.id): got \(got)")
        }
    }

    /// A lone modifier (`80 Anggota`) names no kind: no group of that name.
    @Test func aLoneModifierIsNoGroup() {
        guard let p = Self.probes.first(where: { $0.id == "p10" }) else { return }
        let got = (Shared.record(p.text).event?.participants?.groups ?? []).map { $0.name.lowercased() }
        #expect(!got.contains("anggota"), "got \(got)")
    }

    /// A second count after `dan` is read by the rules with its own count; the partner rule adds nothing there.
    @Test func countedSecondKindKeepsItsCount() {
        guard let p = Self.probes.first(where: { $0.id == "p5" }) else { return }
        let groups = Shared.record(p.text).event?.participants?.groups ?? []
        #expect(groups.first { $0.name.lowercased() == "bidan desa" }?.count == 10, "got \(groups)")
    }
}
