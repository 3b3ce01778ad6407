import Testing
@testable import Warta

/// Round 32 (GRP32): counted groups that come out under one name are one group with the counts summed, never the
/// same name listed twice (``ParticipantExtractor/mergingCounted(_:)``).
struct Round32GroupTests {
    static func groups(_ body: String) -> [ParticipantGroup] {
        let text = "Pelatihan Keterampilan bagi Warga\n\nKENDAL - " + body + "\n\nKegiatan berlangsung di Aula Dinas Sosial.\n"
        return Shared.record(text).event?.participants?.groups ?? []
    }

    @Test func breakdownByOriginOfOneGroupIsOneGroup() {
        let g = Self.groups("Dinas Pendidikan Kota Pekanbaru menggelar pelatihan keselamatan kerja, Selasa (4/3/2025). Peserta berasal dari SMK Negeri 1 Pekanbaru 60 siswa, SMK Penerbangan 50 siswa, dan SMK Negeri 5 Pekanbaru 40 siswa.")
        let names = g.map { $0.name.lowercased() }
        #expect(Set(names).count == names.count, "a name listed twice: \(names)")
        #expect(g.contains { $0.name.lowercased() == "siswa" && $0.count == 150 })
    }

    @Test func twoCountsOfOneNounAreSummed() {
        let g = Self.groups("Sebanyak 41 santri putra dan 19 santri putri Pondok Pesantren Nurul Huda mengikuti pelatihan barista yang digelar Dinas Koperasi Kabupaten Kendal, Sabtu (25/10/2025).")
        let names = g.map { $0.name.lowercased() }
        #expect(Set(names).count == names.count, "a name listed twice: \(names)")
        #expect(g.first { $0.name.lowercased() == "santri" }?.count == 60)
    }

    @Test func distinctGroupsStayApart() {
        let g = Self.groups("Dinas Sosial Kabupaten Kendal menggelar pelatihan bagi 30 kader posyandu dan 20 bidan desa, Selasa (4/3/2025).")
        #expect(g.count == 2)
        #expect(g.contains { $0.count == 30 } && g.contains { $0.count == 20 })
    }

    @Test func mergingKeepsTheFirstSpellingAndUnknownCounts() {
        let one = ParticipantGroup(name: "bidan", count: 5)
        let merged = ParticipantExtractor.mergingCounted([
            one,
            ParticipantGroup(name: "Guru", count: 40), ParticipantGroup(name: "guru", count: 80),
            ParticipantGroup(name: "kader", count: nil), ParticipantGroup(name: "kader", count: 7),
        ])
        #expect(merged.count == 3)
        #expect(merged[0] == one)
        #expect(merged[1].name == "Guru" && merged[1].count == 120)
        #expect(merged[2].name == "kader" && merged[2].count == nil)
        // One group: nothing to merge.
        #expect(ParticipantExtractor.mergingCounted([one]) == [one])
    }
}
