import Foundation
import Testing
@testable import Warta

/// Round 24 review (MENDA24): the review's probes of round 24's merge, mended. An opening's place yields only to a
/// place where the whole of the sessions is held (a verb of holding before its `di`), not to where all participants
/// stay or eat (a19, a20); a count that `saat ini terdapat` introduces is the event's when its clause says its people
/// take part (`yang mengikuti pelatihan`, a12); a headline's `X Bimtek Y` names no organizer when the text says X's
/// people attend (b17); a village head's report names no `Desa X` organizer (a32); an acronym in parentheses is
/// matched whole (`(pmi)`, not `(pmii`).
struct Round24ReviewTestsmenda24 {
    static let probes: [(id: String, field: String, text: String, total: Int?, place: String?)] = [
        ("a19", "venue", "Pelatihan Relawan Bencana\n\nMAUMERE - Pembukaan pelatihan berlangsung di Aula Kantor Bupati Sikka, Senin (10/11/2025). Seluruh peserta pelatihan kemudian menginap di Hotel Sylvia Maumere selama tiga hari.\n", nil, "Aula Kantor Bupati Sikka"),
        ("a20", "venue", "Pelatihan Relawan Bencana\n\nMAUMERE - Pelatihan relawan bencana dibuka di Aula Kantor Bupati Sikka, Senin (10/11/2025). Usai pembukaan, semua peserta kegiatan diajak makan siang di Rumah Makan Surabaya.\n", nil, "Aula Kantor Bupati Sikka"),
        // the case the rule was written for still holds
        ("o5", "venue", "Pelatihan Relawan Bencana\n\nMAUMERE - Pembukaan pelatihan berlangsung di Aula Kantor Bupati Sikka, Senin (10/11/2025). Setelah itu, seluruh sesi pelatihan digelar di Hotel Sylvia Maumere selama tiga hari.\n", nil, "Hotel Sylvia Maumere"),
        ("a12", "total", "Kader Posyandu Dilatih\n\nSUMBA - Dinas Kesehatan Sumba Barat menggelar pelatihan kader posyandu, Senin (10/11/2025). Saat ini terdapat 30 kader posyandu yang mengikuti pelatihan di Aula Dinas Kesehatan Sumba Barat.\n", 30, nil),
        ("a12b", "total", "Kader Posyandu Dilatih\n\nSUMBA - Dinas Kesehatan Sumba Barat menggelar pelatihan kader posyandu, Senin (10/11/2025).\n\nKini ada 25 bidan desa yang ikut pelatihan tersebut.\n", 25, nil),
        // still a population: those who have not taken part
        ("p7", "total", "Kader Posyandu Dilatih\n\nSUMBA - Dinas Kesehatan Sumba Barat menggelar pelatihan kader posyandu, Senin (10/11/2025).\n\nMasih ada 300 kader yang belum mengikuti pelatihan serupa, kata Kepala Dinas.\n", nil, nil),
    ]

    @Test func everyProbeGivesItsValue() {
        for p in Self.probes { Shared.expectCoreProbe(id: p.id, field: p.field, text: p.text, total: p.total, place: p.place) }
    }

    @Test func aHeadlineBimtekWhoseBodyAttends() {
        #expect(!Round24OrganizerTests.organizersOf("DPRD Garut Bimtek Penyusunan Perda || Sebanyak 40 anggota DPRD Garut mengikuti bimtek penyusunan perda di Jakarta, Senin (10/11/2025).").contains("DPRD Garut"))
        // the headline that holds it still names its organizer
        #expect(Round24OrganizerTests.organizersOf("Disperkimtan OKI Bimtek Tenaga Pendamping Bedah Rumah || Sebanyak 60 tenaga pendamping mengikuti bimbingan teknis di ruang rapat setda, Selasa (20/5/2025).") == ["Disperkimtan OKI"])
    }

    @Test func aVillageHeadsReport() {
        #expect(!Round24OrganizerTests.organizersOf("Kepala Desa Sukamaju, Suranto, dalam laporannya menyampaikan pelatihan pupuk organik diikuti 30 petani di Balai Desa Sukamaju, Senin (10/11/2025).").contains("Desa Sukamaju"))
        #expect(Round24OrganizerTests.organizersOf("Sebanyak 40 tukang mengikuti pelatihan. Kepala Dinas PUPR Kabupaten Purworejo, Suranto, dalam laporannya menyampaikan pelatihan ini digelar untuk meningkatkan kompetensi tukang.") == ["Dinas PUPR Kabupaten Purworejo"])
    }

    @Test func aWholeAcronymInParentheses() {
        #expect(OrganizerExtractor.containsWhole("(pmi", in: "palang merah indonesia (pmi)"))
        #expect(OrganizerExtractor.containsWhole("(pmi", in: "palang merah indonesia (pmi kota malang)"))
        #expect(OrganizerExtractor.containsWhole("(pmi", in: "x (pmi"))
        #expect(!OrganizerExtractor.containsWhole("(pmi", in: "pergerakan mahasiswa islam indonesia (pmii)"))
        #expect(OrganizerExtractor.containsWhole("(pmi", in: "a (pmii) dan b (pmi)"))
    }
}
