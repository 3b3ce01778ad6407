import Foundation
import Testing
@testable import Warta

/// Round 11 (issue 11): regulation types taken from the list of Indonesian regulation types rather than from any
/// document, and numbers with a decimal part. The probe sentences (scripts/legal_probes_r11.tsv) were written from
/// that list; each must give exactly its canonical references, and a known miss (`MISS`) must give none, so that a
/// change there is seen and its canonical form decided on purpose.
struct Round11LegalTests {
    static func references(_ sentence: String) -> [String] {
        Shared.record("Pelatihan kader di Aula Dinas. \(sentence)\n").legalReferences.map(\.canonical)
    }

    static func probes() throws -> [(sentence: String, expected: String)] {
        let url = Paths.root.appendingPathComponent("scripts/legal_probes_r11.tsv")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") { return nil }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            return (String(cols[0]), cols.count > 1 ? String(cols[1]) : "")
        }
    }

    @Test func everyProbeGivesItsCanonicalReferencesAndAKnownMissGivesNone() throws {
        let probes = try Self.probes()
        #expect(probes.count == 48)
        for p in probes {
            let expected = p.expected == "MISS" || p.expected.isEmpty ? [] : p.expected.components(separatedBy: "; ")
            #expect(Self.references(p.sentence) == expected, "\(p.sentence)")
        }
    }

    @Test func theMinistriesOf2024AndAcehsQanunAreKnownTypes() {
        #expect(Self.references("Kurikulum mengacu pada Peraturan Menteri Pendidikan Dasar dan Menengah Nomor 10 Tahun 2025.") == ["Permendikdasmen 10/2025"])
        #expect(Self.references("Sesuai Qanun Kabupaten Aceh Besar Nomor 3 Tahun 2019 tentang gampong.") == ["Qanun 3/2019"])
        #expect(Self.references("Sesuai Permendesa PDT Nomor 2 Tahun 2024.") == ["Permendesa PDT 2/2024"])
    }

    @Test func anAgencysRegulationKeepsTheAgency() {
        #expect(Self.references("Pendampingan keluarga mengacu pada Peraturan BKKBN Nomor 12 Tahun 2018.") == ["Perban BKKBN 12/2018"])
        #expect(Self.references("mengacu pada Peraturan Badan Pangan Nasional Nomor 11 Tahun 2023") == ["Perban Bapanas 11/2023"])
    }

    @Test func aDecimalNumberIsKeptWholeAndACompositeDecreeIsNoReference() {
        #expect(Self.references("Sesuai Peraturan Bupati Sleman Nomor 41.1 Tahun 2021 tentang desa tangguh.") == ["Perbup 41.1/2021"])
        #expect(Self.references("Sesuai Perbup No. 17 tahun 2023 tentang APBDes.") == ["Perbup 17/2023"])
        #expect(Self.references("berdasarkan Keputusan Bupati Nomor 100.3.3.2 Tahun 2023 tentang tim pelaksana") == [])
    }
}
