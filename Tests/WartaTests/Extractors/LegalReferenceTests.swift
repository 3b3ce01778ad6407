import Testing
@testable import Warta

/// Legal references in running text, table-driven.
struct LegalReferenceTests {
    @Test(arguments: [
        ("amanat Undang-Undang Nomor 13 Tahun 2011, tentang Penanganan Fakir Miskin", ["UU 13/2011"]),
        ("sesuai amanah Permensos RI nomor 10/2019 yang harus", ["Permensos 10/2019"]),
        ("UU RI No 20 Tahun 2003 dan PP Nomor 39 Tahun 2012", ["UU 20/2003", "PP 39/2012"]),
        ("UU Nomor 35 Tahun 2014 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2002 tentang Perlindungan Anak", ["UU 35/2014", "UU 23/2002"]),
        ("Peraturan Bupati Karawang Nomor 65 tentang pedoman", ["Perbup 65"]),
        ("Peraturan Menteri Pertanian Nomor 25/PERMENTAN/OT.010/7/2017", ["Permentan 25/2017"]),
        ("Peraturan Kepala (Perka) BNPB Nomor 1 Tahun 2012", ["Perka BNPB 1/2012"]),
        ("PP (peraturan pemerintah) No. 78 Tahun 2014 dan UU 36 Tahun 2014", ["PP 78/2014", "UU 36/2014"]),
        ("ditetapkan Keputusan Bupati Nomor 460/Kep.782-Bappeda/2024 dan PKPU Nomor 8 Tahun 2022", ["PKPU 8/2022"]),
        ("UU No. 11 Tahun 2009 dan lagi UU No. 11 Tahun 2009", ["UU 11/2009"]),
        ("pada tahun 2009 dan Perda tentang disabilitas", []),
    ])
    func references(_ text: String, _ expected: [String]) {
        let r = Shared.record("Judul\n" + text)
        #expect(r.legalReferences.map(\.canonical) == expected)
    }

    @Test func theSubjectAfterTentangIsKept() {
        let r = Shared.record("Judul\nUU Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin, di mana")
        #expect(r.legalReferences.first?.subject == "Penanganan Fakir Miskin")
        #expect(r.legalReferences.first?.year == 2011)
        #expect(r.legalReferences.first?.type == "UU")
    }
}
