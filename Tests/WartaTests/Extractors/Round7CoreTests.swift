import Testing
@testable import Warta

/// Issue 11, round 7: the core fields on unseen text, found by probing the constructions the rules already handle
/// with small variations. Each construction with an invented example (not copied from any labeled report) and a
/// counterexample.
struct Round7CoreTests {
    static func record(_ text: String) -> Record { Shared.record(text) }

    static let tail = "\n\nKepala Dinas Sosial Kabupaten Sukamaju, Budi Santoso, mengatakan pelatihan ini bertujuan meningkatkan keterampilan para kader. \"Kami berharap ilmu yang didapat bisa diterapkan,\" ujarnya."

    @Test func aShortDatelinedFirstParagraphIsTheBody() {
        // One sentence under 25 tokens after the headline, opened by a dateline, then more paragraphs: the body
        // starts there (it was taken for chrome, and its venue and date were lost).
        let r = Self.record("Dinsos Gelar Pelatihan Kader Posyandu\n\nSUKAMAJU – Dinas Sosial menggelar pelatihan bagi kader posyandu di Aula Bappeda, Selasa (12/3/2024).\n\nPelatihan diikuti 40 kader dari 17 kecamatan." + Self.tail)
        #expect(r.event?.location?.venue == "Aula Bappeda")
        #expect(r.event?.date?.start.iso == "2024-03-12")
        // Counterexample: a headline cut by a dash is no body (no full stop at its end).
        let head = Self.record("Sukamaju - Dinsos Gelar Pelatihan Kader Posyandu bagi Empat Puluh Warga Desa\n\nSUKAMAJU – Dinas Sosial Kabupaten Sukamaju menggelar pelatihan bagi kader posyandu di Aula Bappeda, Selasa (12/3/2024), yang diikuti 40 kader dari 17 kecamatan di kabupaten itu." + Self.tail)
        #expect(head.event?.location?.venue == "Aula Bappeda")
    }

    @Test func aFrontedVenueEndsBeforeTheSubjectOfItsClause() {
        let r = Self.record("Pelatihan Kader Posyandu\n\nSUKAMAJU – Bertempat di Aula Kantor Kecamatan Depok, Dinas Sosial Kabupaten Sukamaju menggelar pelatihan bagi kader posyandu, Selasa (12/3/2024). Sebanyak 40 kader hadir." + Self.tail)
        #expect(r.event?.location?.venue == "Aula Kantor Kecamatan Depok")
        // Counterexample: a venue after its verb keeps the names after its comma.
        let kept = Self.record("Pelatihan Kader Posyandu\n\nSUKAMAJU – Dinas Sosial menggelar pelatihan bagi kader posyandu di Sangkan Resort Aqua Park, Bandorasawetan, Selasa (12/3/2024). Sebanyak 40 kader hadir." + Self.tail)
        #expect(kept.event?.location?.venue == "Sangkan Resort Aqua Park, Bandorasawetan")
    }

    @Test func aPlaceOfWorkOrAVillageIsNotWhereTheEventWas() {
        // `bertugas di Puskesmas ...` is where the participants work; `Dusun Karangasem` is a hamlet, not the
        // kabupaten of that name.
        let work = Self.record("Dinsos Sleman Gelar Pelatihan Kader Posyandu\n\nSLEMAN – Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu, Selasa (12/3/2024). Para kader yang bertugas di Puskesmas Depok I itu dilatih cara menimbang balita." + Self.tail)
        #expect(work.event?.location?.venue == nil)
        #expect(work.event?.location?.city == "Kabupaten Sleman")
        let hamlet = Self.record("Dinsos Sleman Gelar Pelatihan Kader Posyandu\n\nSLEMAN – Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu, Selasa (12/3/2024). Kegiatan dipusatkan di Balai Pertemuan Dusun Karangasem." + Self.tail)
        #expect(hamlet.event?.location?.city == "Kabupaten Sleman")
        // Counterexample: a venue after a verb of holding is kept, and a region named bare still counts.
        let held = Self.record("Dinsos Gelar Pelatihan Kader Posyandu\n\nKARANGASEM – Dinas Sosial menggelar pelatihan bagi kader posyandu di Aula Puskesmas Abang I, Selasa (12/3/2024). Langkah ini sejalan dengan program daerah." + Self.tail)
        #expect(held.event?.location?.venue == "Aula Puskesmas Abang I")
        #expect(held.event?.location?.city == "Kabupaten Karangasem")
    }

    @Test func candidatesAndTraineesOfAnotherStoryAreNoEvent() {
        let selection = Self.record("Ratusan Pemuda Ikuti Seleksi Calon Peserta Pelatihan Kerja\n\nSUKAMAJU – Ratusan pemuda mengikuti seleksi calon peserta pelatihan kerja di Balai Latihan Kerja Sukamaju, Selasa (12/3/2024). Hanya 40 orang yang akan lolos.\n\nKepala Dinas Tenaga Kerja, Budi Santoso, menyampaikan hal itu kepada wartawan.")
        #expect(!selection.isTrainingEvent)
        let graduation = Self.record("Wisuda Peserta Pelatihan BLK Sukamaju\n\nSUKAMAJU – Sebanyak 120 peserta pelatihan di Balai Latihan Kerja Sukamaju diwisuda, Selasa (12/3/2024).\n\nKepala Dinas Tenaga Kerja, Budi Santoso, menyampaikan hal itu kepada wartawan.")
        #expect(!graduation.isTrainingEvent)
        // Counterexample: participants of a training held, with no sign of another story.
        let held = Self.record("Peserta Pelatihan Kerja Antusias Ikuti Materi\n\nSUKAMAJU – Sebanyak 40 peserta pelatihan kerja di Balai Latihan Kerja Sukamaju mengikuti materi las, Selasa (12/3/2024).\n\nKepala Dinas Tenaga Kerja, Budi Santoso, menyampaikan hal itu kepada wartawan.")
        #expect(held.isTrainingEvent)
    }

    @Test func aListOfGroupsIsSummedUnlessTheFirstNamesThemAll() {
        let r = Self.record("Pelatihan Kader Posyandu\n\nSUKAMAJU – Dinas Sosial menggelar pelatihan bagi kader posyandu di Aula Bappeda, Selasa (12/3/2024). Pelatihan diikuti 20 kader posyandu, 10 bidan, dan 10 petugas gizi." + Self.tail)
        #expect(r.event?.participants?.total == 40)
        // Counterexample: a general total and its parts.
        let total = Self.record("Pelatihan Kader Posyandu\n\nSUKAMAJU – Dinas Sosial menggelar pelatihan di Aula Bappeda, Selasa (12/3/2024). Peserta berjumlah 40 orang, 25 kader posyandu dan 15 bidan." + Self.tail)
        #expect(total.event?.participants?.total == 40)
    }
}
