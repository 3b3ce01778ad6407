import Testing
@testable import Warta

/// Round 38: constructions found by probe documents with their fields labeled (organizers, speakers, places), written
/// by helpers who read neither the rules nor the code, each with its counterexample.
struct Round38ProbeTests {
    static func record(_ text: String) -> Record { Shared.record(text) }
    static func organizers(_ text: String) -> [String] { record(text).event?.organizers.map(\.name) ?? [] }

    /// A rule's shorter reading of a long office name (cut before its region) kept a slot of its own when the
    /// headline's short form took the slot of the full name (probe a06): one organizer, written in full.
    @Test func aShorterReadingOfALongNameGoesWithIt() {
        let names = Self.organizers("""
            Home » Berita » Pemberdayaan Perempuan dan Anak

            Cegah Kekerasan Seksual di Sekolah dan Kampung, DP3AP2KB Kabupaten Jayapura Gelar Sosialisasi

            SENTANI – Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana (DP3AP2KB) Kabupaten Jayapura menggelar sosialisasi pencegahan kekerasan terhadap perempuan dan anak, Kamis (14/3/2024), di Aula Lantai II Kantor Bupati Jayapura. Kegiatan diikuti 75 guru dan kepala kampung.
            """)
        #expect(names == ["Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana (DP3AP2KB) Kabupaten Jayapura"])
        // Counterexample: two bodies whose names share words stay two.
        let two = Self.organizers("""
            Dinas Sosial dan BPBD Kabupaten Sikka Gelar Pelatihan Tagana

            MAUMERE – Dinas Sosial Kabupaten Sikka bekerja sama dengan Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Sikka menggelar pelatihan Tagana di Aula Dinas Sosial, Senin (4/3/2024), bagi 40 relawan.
            """)
        #expect(two.count == 2)
    }
}
