import Testing
@testable import Warta

/// Round 26 (CORE26): which number is the event's total when several stand near it, and a building written in lower
/// case. Probes written for the round, in the style of Indonesian regional news (not copied from any corpus document):
/// each sentence follows a lead that names the event, and must give the total (or the venue) stated; the counterexamples
/// keep what the extractor gave before.
struct Round26CoreTests {
    static let head = "Dinsos Purworejo Latih Warga Berwirausaha\n\nRabu, 12 November 2025 | 10:15 WIB\n\n"
    static let tail = "\n\nKepala Dinas Sosial, Sri Wahyuni, mengatakan pelatihan ini diharapkan membuka usaha baru. \"Kami ingin mereka mandiri,\" ujarnya.\n"
    /// A lead with the venue and no count (for the count probes).
    static let leadWithVenue = "PURWOREJO – Dinas Sosial Kabupaten Purworejo menggelar pelatihan kewirausahaan bagi warga di Aula Dinas Sosial Purworejo, Selasa (11/11/2025). "
    /// A lead with a count and no venue (for the venue probes).
    static let leadWithCount = "PURWOREJO – Dinas Sosial Kabupaten Purworejo menggelar pelatihan kewirausahaan bagi 40 warga, Selasa (11/11/2025). "

    /// This occasion set against another in a clause of its own (`this_occasion`); a pool set against who came
    /// (`contrastPool`); teachers after a verb of guiding (`guideVerbs`); groups listed before `masing-masing`
    /// (`groupsListedBefore`). With counterexamples: a sentence only of another occasion, no clause between the two
    /// occasions, invited people with no contrast, trained instructors, a stated total beside its parts.
    static let totals: [(String, String, Int?)] = [
        ("t_past1", "Tahun lalu pelatihan serupa diikuti 30 orang, tahun ini pesertanya 50 orang.", 50),
        ("t_past2", "Pelatihan kali ini diikuti 35 peserta, lebih banyak dari tahun lalu yang hanya 30 peserta.", 35),
        ("t_past3", "Tahun ini, pesertanya 50 orang, naik dari 30 orang tahun lalu.", 50),
        ("t_past4", "Jika tahun lalu hanya 25 kader yang ikut, tahun ini jumlahnya bertambah menjadi 45 kader.", 45),
        ("t_past5", "Angkatan sebelumnya diikuti 30 orang; angkatan ini diikuti 32 orang.", 32),
        ("t_past6", "Berbeda dengan tahun sebelumnya yang diikuti 60 orang, pelatihan tahun ini hanya diikuti 40 peserta.", 40),
        ("t_pastc1", "Sebanyak 65 kader mengikuti pelatihan yang sama tahun lalu.", nil),
        ("t_pastc2", "Tahun ini jumlah peserta lebih banyak dari tahun lalu yang hanya 30 orang.", nil),
        ("t_pool1", "Panitia mengundang 50 orang, namun yang hadir hanya 42 peserta.", 42),
        ("t_pool2", "Sebanyak 60 kader diundang, tetapi hanya 48 orang yang datang.", 48),
        ("t_pool3", "Dinas mengundang 45 pelaku UMKM, tapi yang hadir 38 orang karena hujan.", 38),
        ("t_pool4", "Sebanyak 50 orang terdaftar, namun hanya 44 orang yang mengikuti pelatihan hingga selesai.", 44),
        ("t_poolc1", "Panitia mengundang 40 kader dan 10 bidan desa.", 50),
        ("t_poolc2", "Pelatihan diikuti 40 peserta, namun hanya 10 peserta yang membawa laptop.", 40),
        ("t_poolc3", "Panitia mengundang 40 kader posyandu untuk mengikuti pelatihan ini.", 40),
        ("t_turn1", "Pelatihan angkatan kedua ini diikuti 35 peserta, setelah angkatan pertama yang diikuti 30 peserta pada Oktober lalu.", 35),
        ("t_turn2", "Pelatihan diikuti 30 kader, namun 12 kader di antaranya belum pernah memegang komputer.", 30),
        ("t_staff1", "Pelatihan dipandu lima orang instruktur dan diikuti 40 peserta.", 40),
        ("t_staff2", "Sebanyak 40 peserta dibimbing oleh tiga mentor dari BLK.", 40),
        ("t_staff3", "Peserta yang berjumlah 30 orang dilatih dua pelatih bersertifikat.", 30),
        ("t_staff4", "Kegiatan diikuti 36 peserta dan didampingi empat orang instruktur dari BBPVP.", 36),
        ("t_staffc1", "Pelatihan bagi 25 instruktur senam diikuti dengan antusias.", 25),
        ("t_staffc2", "Sebanyak 20 pelatih PAUD mengikuti pelatihan ini.", 20),
        ("t_each1", "Peserta terdiri dari kader posyandu dan kader PKK masing-masing 20 orang.", 40),
        ("t_each2", "Pelatihan diikuti petani, nelayan serta pembudidaya ikan, masing-masing 15 orang.", 45),
        ("t_each3", "Peserta pelatihan yakni guru PAUD dan guru TK masing-masing sebanyak 25 orang.", 50),
        ("t_each4", "Peserta terdiri atas pengurus BUMDes dan perangkat desa, masing-masing 12 orang.", 24),
        ("t_eachc1", "Peserta berjumlah 40 orang, terdiri dari kader posyandu dan kader PKK masing-masing 20 orang.", 40),
        ("t_eachc2", "Peserta pelatihan dibagi dua angkatan masing-masing 24 orang.", 48),
    ]

    @Test func theEventsTotalAmongOtherNumbers() {
        for (id, sentence, total) in Self.totals {
            Shared.expectCoreProbe(id: id, field: "total", text: Self.head + Self.leadWithVenue + sentence + Self.tail, total: total, place: nil)
        }
    }

    /// A building written in lower case (`lowerBuilding`): a venue head and a second one, or three words; not a lone
    /// head, many places, a place nobody in particular owns, an unnamed place.
    static let venues: [(String, String, String?)] = [
        ("v_low1", "Pelatihan dilaksanakan di aula puskesmas tersebut.", "aula puskesmas"),
        ("v_low2", "Pelatihan digelar di ruang pertemuan puskesmas setempat.", "ruang pertemuan puskesmas"),
        ("v_low3", "Pelatihan berlangsung dua hari di balai desa kaliboto.", "balai desa kaliboto"),
        ("v_low4", "Pelatihan berlangsung di rumah produksi kelompok tersebut, tak jauh dari pasar.", "rumah produksi kelompok"),
        ("v_low5", "Kegiatan dipusatkan di aula kantor kecamatan.", "aula kantor kecamatan"),
        ("v_lowc1", "Setelah pelatihan, peserta diminta berlatih di rumah masing-masing.", nil),
        ("v_lowc2", "Pelatihan berlangsung di ruang rapat.", nil),
        ("v_lowc3", "Praktik dilakukan di kebun percontohan milik kelompok.", nil),
        ("v_lowc4", "Peserta lalu praktik di rumah warga.", nil),
        ("v_lowc5", "Pelatihan digelar di sebuah hotel di Purworejo.", nil),
        ("v_lowc6", "Pelatihan digelar di lapangan.", nil),
    ]

    @Test func aBuildingInLowerCase() {
        for (id, sentence, venue) in Self.venues {
            Shared.expectCoreProbe(id: id, field: "venue", text: Self.head + Self.leadWithCount + sentence + Self.tail, total: nil, place: venue)
        }
    }
}

/// Review of the round-26 merge: the sentences of another occasion are read in time linear in the text. A text that
/// repeats `tahun lalu` in every sentence gives each sentence its own phrases by binary search (it used to filter every
/// phrase of the text for every sentence), and the counts of this occasion's clause stay as before.
struct Round26OccasionScaleTests {
    @Test func manySentencesOfAnotherOccasionKeepThisOccasionsCount() {
        let one = "Tahun lalu pelatihan diikuti 30 orang, tahun ini pesertanya 50 orang. "
        let text = "Pelatihan Kader Posyandu Digelar Lagi\n\nSLEMAN – Dinas Kesehatan Sleman menggelar pelatihan kader posyandu di Aula Puskesmas Depok, Senin (4/3/2024). "
            + String(repeating: one, count: 400) + "\n"
        let record = Shared.record(text)
        #expect(record.isTrainingEvent)
        #expect(record.event?.participants?.total == 50)
    }
}
