import Testing
@testable import Warta

/// Round 34: defects that reports of other domains than the corpus's (elections, police, campuses, companies,
/// sectoral offices, village governments) showed, written by hand and by four writers who had not seen the rules
/// (`scripts/domain_probes_r34/`). Each test gives the construction and a counterexample.
struct Round34ProbeTests {
    static func event(_ text: String) -> Event? { Shared.record(text).event }
    static func speakers(_ e: Event?, _ kind: Speaker.Kind) -> [String] {
        e?.speakers.filter { $0.kind == kind }.map(\.name) ?? []
    }

    /// `X memberikan bimbingan teknis kepada ...` is X holding the bimtek: the organizer, not an institution that
    /// teaches. An institution that gives `bimbingan` (material) without `teknis` still teaches.
    @Test func givingBimbinganTeknisIsHoldingIt() {
        let e = Self.event("""
            Dinkes Bantul Beri Bimtek Kader Posyandu

            BANTUL - Dinas Kesehatan Kabupaten Bantul memberikan bimbingan teknis kepada 50 kader posyandu di Gedung Induk Parasamya, Selasa (5/9/2023). Materi tentang pemantauan tumbuh kembang balita.

            """)
        #expect(e?.organizers.map(\.name) == ["Dinas Kesehatan Kabupaten Bantul"])
        #expect(Self.speakers(e, .organization).isEmpty)
        let taught = Self.event("""
            Dinkes Bantul Gelar Pelatihan Kader Posyandu

            BANTUL - Dinas Sosial Kabupaten Bantul menggelar pelatihan bagi 50 kader posyandu di Gedung Induk Parasamya, Selasa (5/9/2023). Selanjutnya, tim Puskesmas Sewon memberikan bimbingan kepada peserta.

            """)
        #expect(Self.speakers(taught, .organization) == ["Puskesmas Sewon"])
    }

    /// An institution whose capture opens at its acronym inside parentheses takes back the name written out before
    /// them (`Komisi Pemilihan Umum (KPU) Kabupaten Sleman`): no value starts with `KPU)`.
    @Test func acronymInParenthesesTakesBackItsName() {
        let e = Self.event("""
            KPU Sleman Latih Anggota KPPS

            Sleman (ANTARA) - Komisi Pemilihan Umum (KPU) Kabupaten Sleman menggelar bimtek bagi 1.725 anggota KPPS, Rabu (31/1/2024). Dalam bimtek itu, Komisi Pemilihan Umum (KPU) Kabupaten Sleman memberikan materi kepada peserta.

            """)
        #expect(Self.speakers(e, .organization) == ["KPU Kabupaten Sleman"])
        for s in e?.speakers ?? [] { #expect(!s.name.contains(")") && !s.name.contains("(")) }
    }
}
