import Foundation
import Testing
@testable import Warta

/// Round 24 (GRP24): participant groups. A list that has run into an office's name stops before the office's own
/// comma-separated parts (`binaan Dinas Koperasi, UKM dan Perdagangan` gives no `UKM`); chat spellings of `yang`,
/// `dengan`, `untuk` end a name (`tukang kayu yg`); `personel` before a unit's name stays (`personel Satgas Pamtas`),
/// before a known group it gives way (`Tagana`); a lone modifier (`80 Anggota`) names no kind. Probes of my own, other
/// agencies and regions.
struct Round24GroupTests {
    /// Each probe: its id, the text and the groups expected (as a set, case ignored).
    static let probes: [(id: String, text: String, groups: [String])] = [
        ("p6", "Pelatihan Mebel\n\nJEPARA - Disnakerin Jepara menggelar pelatihan mebel, Senin (9/6/2025). Peserta 25 tukang kayu yg berasal dari tiga desa.\n", ["tukang kayu"]),
        ("p7", "Workshop Paten Produk Lokal\n\nPADANG - Workshop paten digelar di Padang, Selasa (10/6/2025). Workshop diikuti 50 peserta yang terdiri atas 30 dosen dan peneliti serta 20 pelaku UMKM binaan Dinas Koperasi, UKM dan Perdagangan Kota Padang.\n", ["dosen", "peneliti", "pelaku UMKM"]),
        ("p8", "Pelatihan Navigasi Darat\n\nNUNUKAN - Kodim 0911 Nunukan menggelar pelatihan navigasi darat, Rabu (11/6/2025). Sebanyak 30 personel Satgas Pamtas mengikuti pelatihan itu di hutan latihan Sebatik.\n", ["personel Satgas Pamtas"]),
        ("p9", "Pelatihan Dapur Umum\n\nCIAMIS - Dinas Sosial Ciamis menggelar pelatihan dapur umum, Kamis (12/6/2025). Sebanyak 40 personel Tagana mengikuti pelatihan di halaman dinas.\n", ["Tagana"]),
        ("p10", "Satpol PP Latih 80 Anggota, Diminta Humanis\n\nBEKASI - Satpol PP Kota Bekasi menggelar pelatihan penegakan perda, Senin (16/6/2025), di Aula Satpol PP.\n", []),
    ]

    @Test func everyProbeGivesItsGroups() {
        for p in Self.probes where !p.groups.isEmpty { Shared.expectGroupProbe(id: p.id, text: p.text, groups: p.groups) }
    }

    /// A lone modifier (`80 Anggota`) names no kind: no group of that name.
    @Test func aLoneModifierIsNoGroup() {
        guard let p = Self.probes.first(where: { $0.id == "p10" }) else { return }
        let got = Shared.groupsOf(p.text)
        #expect(!got.contains("anggota"), "got \(got)")
    }
}
