import Testing
@testable import Warta

/// Issue 11, round 8: guards for the core fields on unseen text, against the errors that dominate there (a false
/// event, a venue where there is none, a wrong sum). Each construction with an invented example (not copied from
/// any labeled report) and a counterexample.
struct Round8CoreTests {
    static func record(_ text: String) -> Record { Shared.record(text) }

    static let head = "Dinsos Sukamaju Gelar Pelatihan Kader Posyandu\n\nSUKAMAJU – "
    static let tail = "\n\nKepala Dinas Sosial Kabupaten Sukamaju, Budi Santoso, mengatakan pelatihan ini bertujuan meningkatkan keterampilan para kader. \"Kami berharap ilmu yang didapat bisa diterapkan,\" ujarnya."

    @Test func aTrainingCalledOffWasNotHeld() {
        // The held mention's own sentence says it was put back: no event, whatever date and place it names.
        let off = Self.record("Pelatihan Kader Posyandu di Balai Desa Sukamulya Ditunda\n\nSUKAMAJU – Pelatihan kader posyandu yang sedianya digelar Dinas Sosial Kabupaten Sukamaju di Balai Desa Sukamulya, Selasa (12/3/2024), ditunda hingga waktu yang belum ditentukan. Pelatihan itu rencananya diikuti 40 kader.")
        #expect(!off.isTrainingEvent)
        let cancelled = Self.record("Bimtek Aparatur Desa Batal Digelar\n\nSUKAMAJU – Bimbingan teknis bagi 60 aparatur desa yang dijadwalkan digelar di Aula Bappeda Sukamaju, Selasa (12/3/2024), batal dilaksanakan karena anggaran belum cair.")
        #expect(!cancelled.isTrainingEvent)
        // Counterexample: a past delay of a training held after all.
        let held = Self.record(Self.head + "Pelatihan kader posyandu yang sempat ditunda akhirnya digelar Dinas Sosial Kabupaten Sukamaju di Aula Bappeda Sukamaju, Selasa (12/3/2024). Pelatihan diikuti 40 kader." + Self.tail)
        #expect(held.isTrainingEvent)
        #expect(held.event?.location?.venue == "Aula Bappeda Sukamaju")
    }

    @Test func aPlaceOfAnotherActOrOccasionIsNoVenue() {
        // A visit after the opening, an interview, the same training a year before: their places are not the
        // event's.
        let visit = Self.record(Self.head + "Dinas Sosial Kabupaten Sukamaju menggelar pelatihan bagi 40 kader posyandu, Selasa (12/3/2024). Usai membuka pelatihan, Bupati Sukamaju meninjau pembangunan jembatan di Desa Sukamulya dan meresmikan gedung baru di Balai Desa Sukamulya." + Self.tail)
        #expect(visit.event?.location?.venue == nil)
        let interview = Self.record(Self.head + "Dinas Sosial Kabupaten Sukamaju menggelar pelatihan bagi 40 kader posyandu, Selasa (12/3/2024). Kepala Dinas Sosial, Budi Santoso, yang ditemui di ruang kerjanya di Kantor Dinas Sosial Sukamaju, mengatakan pelatihan itu penting.")
        #expect(interview.event?.location?.venue == nil)
        let lastYear = Self.record(Self.head + "Dinas Sosial Kabupaten Sukamaju menggelar pelatihan bagi 40 kader posyandu, Selasa (12/3/2024). Tahun lalu, pelatihan serupa digelar di Aula Bappeda Sukamaju dan diikuti 25 kader." + Self.tail)
        #expect(lastYear.event?.location?.venue == nil)
        // Counterexample: the venue of the training, with a visit in another clause before it.
        let held = Self.record(Self.head + "Usai meninjau posyandu, Bupati Sukamaju membuka pelatihan bagi 40 kader posyandu yang digelar Dinas Sosial di Aula Bappeda Sukamaju, Selasa (12/3/2024)." + Self.tail)
        #expect(held.event?.location?.venue == "Aula Bappeda Sukamaju")
    }

    @Test func anEventAtTwoPlacesHasNoVenue() {
        let joined = Self.record(Self.head + "Dinas Sosial Kabupaten Sukamaju menggelar pelatihan bagi 40 kader posyandu, Selasa (12/3/2024). Pelatihan digelar bergiliran di Aula Bappeda Sukamaju dan Balai Desa Sukamulya." + Self.tail)
        #expect(joined.event?.location?.venue == nil)
        let contrast = Self.record(Self.head + "Dinas Sosial Kabupaten Sukamaju menggelar pelatihan bagi 40 kader posyandu, Selasa (12/3/2024). Materi teori diberikan di Aula Bappeda Sukamaju, sedangkan praktik lapangan dilaksanakan di Gedung PKK Sukamulya." + Self.tail)
        // Round 27 (VEN27): a place used only for practice gives way to the class's (heldout15 j039's label, another
        // writer: the class hall against `sedangkan praktik ... di rumah produksi`); round 8 had read the two as
        // several venues.
        #expect(contrast.event?.location?.venue == "Aula Bappeda Sukamaju")
        // Counterexample: one venue followed by `dan` and a verb.
        let one = Self.record(Self.head + "Dinas Sosial Kabupaten Sukamaju menggelar pelatihan bagi 40 kader posyandu di Aula Bappeda Sukamaju dan dibuka oleh Bupati, Selasa (12/3/2024)." + Self.tail)
        #expect(one.event?.location?.venue == "Aula Bappeda Sukamaju")
    }

    @Test func aCountRepeatedForTheSamePeopleIsNotAdded() {
        let again = Self.record(Self.head + "Dinas Sosial Kabupaten Sukamaju menggelar pelatihan di Aula Bappeda, Selasa (12/3/2024). Pelatihan diikuti 40 peserta, dan 40 peserta itu akan melatih kader di desa masing-masing." + Self.tail)
        #expect(again.event?.participants?.total == 40)
        // Counterexample: two groups of the same size are added.
        let two = Self.record(Self.head + "Dinas Sosial Kabupaten Sukamaju menggelar pelatihan di Aula Bappeda, Selasa (12/3/2024). Pelatihan diikuti 20 kader posyandu dan 20 bidan desa." + Self.tail)
        #expect(two.event?.participants?.total == 40)
    }

    @Test func aTrainingOnlyPromisedIsNotHeld() {
        // A contest whose winners will get a training: `akan` and a verb of holding or receiving make it a plan.
        let promised = Self.record("Kader Posyandu Ikuti Lomba Cerdas Cermat\n\nSUKAMAJU – Sebanyak 40 kader posyandu mengikuti lomba cerdas cermat kesehatan yang digelar Dinas Kesehatan Kabupaten Sukamaju, Selasa (12/3/2024). Para juara akan mendapat pelatihan lanjutan.\n\nKepala Dinas Kesehatan, Budi Santoso, menyampaikan hal itu kepada wartawan.")
        #expect(!promised.isTrainingEvent)
        // Counterexample: a training under way that `akan berlangsung` three days.
        let underWay = Self.record(Self.head + "Dinas Sosial Kabupaten Sukamaju menggelar pelatihan bagi kader posyandu di Aula Bappeda Sukamaju, Selasa (12/3/2024). Pelatihan yang akan berlangsung selama tiga hari ini diikuti 40 kader." + Self.tail)
        #expect(underWay.isTrainingEvent)
        #expect(underWay.event?.participants?.total == 40)
    }

    @Test func countsOfStaffOfAPastOccasionOrOfAPoolAreNotWhoTookPart() {
        let staff = Self.record(Self.head + "Dinas Sosial Kabupaten Sukamaju menggelar pelatihan di Aula Bappeda, Selasa (12/3/2024). Pelatihan diikuti 30 kader, didampingi 5 orang fasilitator dan 3 narasumber." + Self.tail)
        #expect(staff.event?.participants?.total == 30)
        let lastYear = Self.record(Self.head + "Dinas Sosial Kabupaten Sukamaju menggelar pelatihan bagi kader posyandu di Aula Bappeda, Selasa (12/3/2024). Sebanyak 65 kader mengikuti pelatihan yang sama tahun lalu." + Self.tail)
        #expect(lastYear.event?.participants?.total == nil)
        let pool = Self.record(Self.head + "Dinas Sosial Kabupaten Sukamaju menggelar pelatihan bagi kader posyandu di Aula Bappeda, Selasa (12/3/2024). Dari 120 kader yang diundang, hanya 85 orang yang hadir." + Self.tail)
        #expect(pool.event?.participants?.total == 85)
        // Counterexamples: a pool of participants keeps its count; a training of facilitators counts them; a
        // breakdown after `terdiri dari` is summed.
        let some = Self.record(Self.head + "Dinas Sosial Kabupaten Sukamaju menggelar pelatihan bagi kader posyandu di Aula Bappeda, Selasa (12/3/2024). Dari 40 peserta, 25 orang di antaranya perempuan." + Self.tail)
        #expect(some.event?.participants?.total == 40)
        let trainees = Self.record(Self.head + "Dinas Sosial Kabupaten Sukamaju menggelar pelatihan bagi 25 fasilitator desa di Aula Bappeda, Selasa (12/3/2024)." + Self.tail)
        #expect(trainees.event?.participants?.total == 25)
        let parts = Self.record(Self.head + "Dinas Sosial Kabupaten Sukamaju menggelar pelatihan di Aula Bappeda, Selasa (12/3/2024). Peserta terdiri dari 20 kader posyandu dan 10 bidan desa." + Self.tail)
        #expect(parts.event?.participants?.total == 30)
    }
}
