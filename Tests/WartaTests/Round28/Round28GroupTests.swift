import Foundation
import Testing
@testable import Warta

/// Round 28 (GRP28): participant groups named by a body of members, by its short name through the alias lexicon
/// `participant_group` (`anggota Kelompok Wanita Tani (KWT)` -> `KWT`, `Masyarakat Peduli Api` -> `MPA`), `ketua`
/// kept before a body (`ketua BPD`), a body that only ends another group's name dropped (`ketua BPD`, not also
/// `BPD`), and the matcher's ``GroupNames`` (one group in the several forms the labels' writers use). Reports of my
/// own (the bench `scripts/group_bench_r28` has more), other agencies and regions.
struct Round28GroupTests {
    static let probes: [(id: String, text: String, groups: [String])] = [
        ("g1", "Bimtek Perhutanan Sosial\n\nTEMANGGUNG – Balai Perhutanan Sosial menggelar bimtek kewirausahaan bagi pengurus Kelompok Tani Hutan di Kecamatan Kledung, Rabu (29/5/2024). Sebanyak 30 orang mengikuti bimtek.\n", ["KTH"]),
        ("g2", "Cegah Karhutla, 40 Anggota Masyarakat Peduli Api Dilatih\n\nPALANGKA RAYA – Sebanyak 40 anggota Masyarakat Peduli Api (MPA) dari lima kelurahan mengikuti pelatihan pengendalian kebakaran hutan dan lahan, Senin (3/7/2023). Pelatihan digelar Manggala Agni.\n", ["MPA"]),
        ("g3", "Pelatihan Penyusunan Perdes\n\nSITUBONDO – Sebanyak 55 anggota Badan Permusyawaratan Desa se-Kecamatan Panarukan mengikuti pelatihan penyusunan peraturan desa, Rabu (6/12/2023). Pelatihan digelar di Pendopo Kecamatan.\n", ["BPD"]),
        ("g4", "Bimtek Pengawasan\n\nGARUT – Bawaslu Kabupaten Garut menggelar bimbingan teknis penanganan pelanggaran untuk anggota Panitia Pengawas Pemilihan Kecamatan (Panwascam) se-Kabupaten Garut, Jumat (1/9/2023). Sebanyak 126 orang mengikuti bimtek.\n", ["Panwascam"]),
        ("g5", "Pelatihan Kerupuk\n\nBONE – Dinas Sosial Kabupaten Bone memberikan pelatihan membuat kerupuk ikan kepada 48 anggota Kelompok Usaha Bersama (KUBE) fakir miskin, Senin (17/6/2024). Pelatihan berlangsung di Aula Dinsos.\n", ["KUBE"]),
        ("g6", "Pelatihan Olahan Ikan\n\nKENDARI – Sebanyak 20 anggota Kelompok Pengolah dan Pemasar (Poklahsar) di Kelurahan Petoaha mengikuti pelatihan pengemasan produk, Rabu (8/5/2024). Kegiatan digelar Dinas Kelautan dan Perikanan.\n", ["Poklahsar"]),
        // `ketua` is a role inside the body, kept as the labels keep it; the event's title names the body, which gives way.
        ("g7", "Bimtek Peningkatan Kapasitas Badan Permusyawaratan Desa (BPD)\n\nJAMBI – DPMD menggelar Bimtek Peningkatan Kapasitas Badan Permusyawaratan Desa (BPD), Selasa (9/3/2021). Peserta bimtek berjumlah 150 orang yang terdiri dari ketua BPD dari 150 desa.\n", ["ketua BPD"]),
    ]

    @Test func everyProbeGivesItsGroups() {
        for p in Self.probes { Shared.expectGroupProbe(id: p.id, text: p.text, groups: p.groups) }
    }

    /// A body named as the organizer, the place or a later beneficiary is no group of the participants.
    @Test func aBodyThatIsNotTheParticipantsIsNoGroup() {
        let texts = [
            "KWT Melati Gelar Pelatihan Menjahit\n\nSLEMAN – Kelompok Wanita Tani (KWT) Melati menggelar pelatihan menjahit bagi 30 ibu rumah tangga di Dusun Ngaglik, Sabtu (9/3/2024).\n",
            "Pelatihan Hama\n\nKEDIRI – Sebanyak 40 penyuluh pertanian mengikuti pelatihan pengendalian hama terpadu di BPTP Kediri, Rabu (10/7/2024). Setelah pelatihan, mereka akan mendampingi Gapoktan di wilayah masing-masing.\n",
            "Ketua BPD Buka Pelatihan Kader\n\nBANYUMAS – Ketua Badan Permusyawaratan Desa (BPD) Karangsari, Sutrisno, membuka pelatihan bagi 25 kader posyandu di Balai Desa Karangsari, Senin (8/4/2024).\n",
        ]
        for (text, body) in zip(texts, ["kwt", "gapoktan", "bpd"]) {
            let got = Shared.groupsOf(text)
            #expect(!got.contains(body), "got \(got)")
        }
    }

    /// A known group without a count that only ends another group's name gives way to it; one with a count stays, and
    /// so does a plain noun.
    @Test func aTailGivesWay() {
        let known: Set<String> = ["bpd", "bumdes", "satpam"]
        let named = [ParticipantGroup(name: "ketua BPD", count: nil), ParticipantGroup(name: "BPD", count: nil)]
        #expect(ParticipantExtractor.withoutTails(named, known: known).map(\.name) == ["ketua BPD"])
        let counted = [ParticipantGroup(name: "bendahara BUMDes", count: 20), ParticipantGroup(name: "BUMDes", count: 10)]
        #expect(ParticipantExtractor.withoutTails(counted, known: known).count == 2)
        // A plain noun stays (`tukang` beside `kepala tukang`: two kinds of people).
        let plain = [ParticipantGroup(name: "tukang", count: nil), ParticipantGroup(name: "kepala tukang", count: nil)]
        #expect(ParticipantExtractor.withoutTails(plain, known: known).count == 2)
    }

    /// The matcher: one group in the labels' several forms.
    @Test func theMatcherReadsShortNames() throws {
        let rules = try RuleSet.builtIn.get()
        let names = GroupNames(rules: rules)
        let same: [(String, String)] = [
            ("Masyarakat Peduli Api (MPA)", "anggota MPA"),
            ("anggota Badan Permusyawaratan Desa (BPD)", "anggota BPD"),
            ("Panitia Pengawas Pemilihan Kecamatan (Panwascam)", "anggota Panwascam"),
            ("pengurus Karang Taruna", "Karang Taruna"),
            ("Kelompok Wanita Tani (KWT)", "KWT"),
            ("pelaku usaha mikro, kecil dan menengah (UMKM)", "UMKM"),
            ("kader Tim Penggerak PKK", "kader PKK"),
            ("penyuluh pertanian lapangan (PPL)", "PPL"),
            ("Pekerja Sosial Masyarakat", "PSM"),
            ("anggota Kelompok Tani Hutan (KTH) Sumber Rejeki", "KTH Sumber Rejeki"),
            ("ibu ibu majelis taklim", "ibu majelis taklim"),
            ("ibu-ibu PKK", "ibu PKK"),
        ]
        for (a, b) in same { #expect(names.same(a, b), "\(a) | \(b): \(names.key(a)) | \(names.key(b))") }
        let different: [(String, String)] = [
            ("ketua BPD", "BPD"),
            ("pengurus UPZ desa", "UPZ"),
            ("guru SD", "guru SMP"),
            ("anggota", "pengurus"),
            ("Ketua Badan Permusyawaratan Desa (BPD)", "BPD"),
            ("pelaku UMKM", "UMKM"),
        ]
        for (a, b) in different { #expect(!names.same(a, b), "\(a) | \(b): \(names.key(a)) | \(names.key(b))") }
        // Without a rule set the long name with its acronym and the member words still read.
        #expect(GroupNames().same("Masyarakat Peduli Api (MPA)", "anggota MPA"))
    }
}
