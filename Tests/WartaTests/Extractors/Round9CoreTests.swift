import Testing
@testable import Warta

/// Issue 11, round 9: the core fields on text by a writer the rules were not written from (the misses of
/// `corpus/heldout4`'s look half, generalized). Each construction with an invented example (not copied from any
/// labeled report) and a counterexample.
struct Round9CoreTests {
    static func record(_ text: String) -> Record { Shared.record(text) }

    static let tail = "\n\nKepala Dinas Sosial Kabupaten Sukamaju, Budi Santoso, mengatakan pelatihan ini bertujuan meningkatkan keterampilan para peserta. \"Kami berharap ilmu yang didapat bisa diterapkan,\" ujarnya."

    @Test func thePageDateAfterTheSiteDomain() {
        // The site's domain, a dash and the date on an early line: the page's date, the reference of a date
        // without a year (`Kamis (2/5)`).
        let r = Self.record("KABARSUKAMAJU.COM - Jumat, 3 Mei 2024\n\nPetani Sukamaju Dilatih Sambung Pucuk\n\nSUKAMAJU – Puluhan petani kopi mengikuti pelatihan sambung pucuk yang digelar Dinas Pertanian Kabupaten Sukamaju, Kamis (2/5) kemarin, di Aula Bappeda Sukamaju." + Self.tail)
        #expect(r.document.published?.iso == "2024-05-03")
        #expect(r.event?.date?.start.iso == "2024-05-02")
        let numeric = Self.record("sukamajupos.com  03/05/2024\n\nPetani Sukamaju Dilatih Sambung Pucuk\n\nSUKAMAJU – Puluhan petani kopi mengikuti pelatihan sambung pucuk yang digelar Dinas Pertanian Kabupaten Sukamaju, Kamis (2/5), di Aula Bappeda Sukamaju." + Self.tail)
        #expect(numeric.document.published?.iso == "2024-05-03")
        // Counterexample: a date after a source quoted in the body is no page date.
        let quoted = Self.record("Petani Sukamaju Dilatih Sambung Pucuk\n\nSUKAMAJU – Puluhan petani kopi mengikuti pelatihan sambung pucuk yang digelar Dinas Pertanian Kabupaten Sukamaju di Aula Bappeda Sukamaju, seperti dikutip dari Kompas.com, Senin (6/5/2024)." + Self.tail)
        #expect(quoted.document.published == nil)
    }

    @Test func aWeekdayRelativeToThePagesWeek() {
        let head = "KABARSUKAMAJU.COM - Jumat, 3 Mei 2024\n\nCerita Pemuda Desa Belajar Jadi Barista\n\nSUKAMAJU – Tangan Dimas masih gemetar saat menuang air panas ke corong di depannya.\n\n"
        // `Kamis hingga Sabtu pekan lalu` on a Friday page: the Thursday and Saturday of the week before.
        let lastWeek = Self.record(head + "Dimas satu dari 40 pemuda yang mengikuti pelatihan barista yang digelar Dinas Pariwisata Kabupaten Sukamaju. Pelatihan itu berlangsung Kamis hingga Sabtu pekan lalu di Aula Bappeda Sukamaju." + Self.tail)
        #expect(lastWeek.event?.date?.start.iso == "2024-04-25")
        #expect(lastWeek.event?.date?.end.iso == "2024-04-27")
        // `Rabu lalu`: the last Wednesday before the page's day; `Jumat ini`: the page's own day.
        let last = Self.record(head + "Dimas satu dari 40 pemuda yang mengikuti pelatihan barista yang digelar Dinas Pariwisata Kabupaten Sukamaju, Rabu lalu, di Aula Bappeda Sukamaju." + Self.tail)
        #expect(last.event?.date?.start.iso == "2024-05-01")
        let this = Self.record(head + "Dimas satu dari 40 pemuda yang mengikuti pelatihan barista yang digelar Dinas Pariwisata Kabupaten Sukamaju mulai Jumat ini di Aula Bappeda Sukamaju." + Self.tail)
        #expect(this.event?.date?.start.iso == "2024-05-03")
        // `Sejak Senin hingga hari ini` and `sejak Senin kemarin sampai hari ini` on a Wednesday page: from that
        // Monday to the page's day (not the day before the page, as `kemarin` alone would read).
        let radio = "RRI Sukamaju\nRabu, 16 Juli 2025 | 15:20 WIB\n\nWarga Sukamulya Dilatih Padamkan Api\n\nSUKAMAJU – Musim kemarau datang.\n\n"
        let since = Self.record(radio + "Sejak Senin hingga hari ini, warga Sukamulya mengikuti pelatihan pemadaman di Balai Desa Sukamulya.")
        #expect(since.event?.date?.start.iso == "2025-07-14")
        #expect(since.event?.date?.end.iso == "2025-07-16")
        let sinceYesterday = Self.record(radio + "Warga Sukamulya mengikuti pelatihan pemadaman di Balai Desa Sukamulya sejak Senin kemarin sampai hari ini.")
        #expect(sinceYesterday.event?.date?.start.iso == "2025-07-14")
        #expect(sinceYesterday.event?.date?.end.iso == "2025-07-16")
        // Counterexample: `minggu lalu` is also `last week`: no day.
        let week = Self.record(head + "Dimas satu dari 40 pemuda yang mengikuti pelatihan barista yang digelar Dinas Pariwisata Kabupaten Sukamaju minggu lalu di Aula Bappeda Sukamaju." + Self.tail)
        #expect(week.event?.date == nil)
    }

    @Test func aHazardATrainingPreparesForIsNoOtherStory() {
        // The headline's hazards follow `Hadapi`; the lead's (`ketika banjir atau longsor terjadi`) still count.
        let prepared = Self.record("BPBD Sukamaju Latih Relawan Desa Hadapi Banjir dan Longsor\n\nSUKAMAJU – Relawan dari desa rawan bencana dilatih BPBD Kabupaten Sukamaju di Aula Kantor Camat Sukamulya, Selasa (12/3/2024). Mereka diajari tindakan awal ketika banjir atau longsor terjadi.\n\nCamat Sukamulya, Budi Santoso, berharap relawan siap membantu warga. \"Relawan desa ini garda terdepan,\" ujarnya.")
        #expect(prepared.isTrainingEvent)
        // Counterexample: a flood reported, with a training named only in passing.
        let flood = Self.record("Banjir Rendam Tiga Desa di Sukamaju\n\nSUKAMAJU – Banjir merendam tiga desa di Kecamatan Sukamulya, Selasa (12/3/2024). BPBD Kabupaten Sukamaju mengevakuasi 120 warga ke Aula Kantor Camat. Relawan yang pernah mengikuti pelatihan ikut membantu.")
        #expect(!flood.isTrainingEvent)
    }

    @Test func anEventThatIsTheMatterOfACaseIsNotHeld() {
        let suspects = Self.record("SUKAMAJUNEWS.COM\nBeranda > Hukum\n\nPolres Sukamaju Tetapkan Dua Tersangka Dana Bimtek Kepala Desa\n\nSUKAMAJU – Satreskrim Polres Sukamaju menetapkan dua tersangka dalam perkara dugaan tindak pidana korupsi penyelenggaraan bimbingan teknis kepala desa, Selasa (12/3/2024), di Mapolres Sukamaju. Kerugian negara ditaksir mencapai Rp1 miliar.")
        #expect(!suspects.isTrainingEvent)
        // Counterexample: a training against corruption, the case word before a comma.
        let against = Self.record("Inspektorat Sukamaju Gelar Bimtek bagi Kepala Desa\n\nSUKAMAJU – Dalam rangka pencegahan korupsi, Inspektorat Kabupaten Sukamaju menggelar bimbingan teknis pengelolaan dana desa bagi 40 kepala desa di Aula Bappeda Sukamaju, Selasa (12/3/2024)." + Self.tail)
        #expect(against.isTrainingEvent)
        #expect(against.event?.participants?.total == 40)
    }

    @Test func aMeetingOnABudgetIsNoTraining() {
        let meeting = Self.record("Rapat Evaluasi Triwulan I, Bupati Sukamaju Minta OPD Percepat Serapan Anggaran Pelatihan\n\nSUKAMAJU – Bupati Sukamaju memimpin rapat evaluasi realisasi fisik dan keuangan di Ruang Pola Kantor Bupati, Selasa (12/3/2024). Sejumlah kegiatan belum terlaksana, antara lain pelatihan kewirausahaan bagi 200 pemuda dan pelatihan budidaya rumput laut.")
        #expect(!meeting.isTrainingEvent)
        // Counterexample: a training held, with its budget named.
        let held = Self.record("Dinsos Sukamaju Gelar Pelatihan Kewirausahaan\n\nSUKAMAJU – Dinas Sosial Kabupaten Sukamaju menggelar pelatihan kewirausahaan bagi 40 pemuda di Aula Bappeda Sukamaju, Selasa (12/3/2024). Pelatihan dibiayai APBD 2024." + Self.tail)
        #expect(held.isTrainingEvent)
    }

    @Test func aTotalAndItsPartsAreNotAdded() {
        let head = "Dinsos Sukamaju Gelar Pelatihan Kader\n\nSUKAMAJU – Dinas Sosial Kabupaten Sukamaju menggelar pelatihan kader anti narkoba di Aula Bappeda Sukamaju, Selasa (12/3/2024). "
        // A total, a long clause, a breakdown word and parts that add up to it.
        let breakdown = Self.record(head + "Sebanyak 60 siswa dari kelas X dan XI dipilih pihak sekolah untuk mengikuti pelatihan, terdiri dari 35 siswa pengurus OSIS dan 25 anggota PMR." + Self.tail)
        #expect(breakdown.event?.participants?.total == 60)
        // Parts, then their total after `jumlahnya`.
        let after = Self.record(head + "Pelatihan diikuti 9 anggota BPD dan 14 perangkat desa, jadi jumlahnya 23 orang." + Self.tail)
        #expect(after.event?.participants?.total == 23)
        // Counterexample: three groups, no breakdown word: the first is one group, not the total.
        let three = Self.record(head + "Pelatihan diikuti 20 kader posyandu, 10 bidan dan 10 petugas gizi." + Self.tail)
        #expect(three.event?.participants?.total == 40)
    }

    @Test func aDatedPlanOfATrainingCalledOffIsNotHeld() {
        // A report that calls a training off (`batal digelar`) and gives in another sentence the date it was
        // planned for (`rencananya dibuka Senin (4/3/2024)`): the date is the plan called off, no event.
        let rest = " pekan ini.\n\nPelatihan itu rencananya dibuka Senin (4/3/2024) di Balai Desa Sukamulya. Ada 40 kader yang sudah terdaftar."
        let off = Self.record("RRI Sukamaju\n\nSUKAMAJU - Hujan deras lagi. Pelatihan kader posyandu di Kecamatan Sukamulya batal digelar" + rest)
        #expect(!off.isTrainingEvent)
        // Counterexamples: the same plan in a report of a training held, or of a delay now over (`sempat ditunda
        // akhirnya digelar`), is a scheduled event with its date.
        let held = Self.record("RRI Sukamaju\n\nSUKAMAJU - Hujan deras lagi. Pelatihan kader posyandu di Kecamatan Sukamulya tetap digelar" + rest)
        #expect(held.isTrainingEvent)
        #expect(held.event?.date?.start.iso == "2024-03-04")
        let resumed = Self.record("RRI Sukamaju\n\nSUKAMAJU - Pelatihan kader posyandu di Kecamatan Sukamulya yang sempat ditunda akhirnya digelar" + rest)
        #expect(resumed.isTrainingEvent)
        #expect(resumed.event?.date?.start.iso == "2024-03-04")
    }

    @Test func aLeadThatNamesTrainingsOnlyInARecordAddsNothing() {
        // No headline names a training (a breadcrumb line), and the lead names one only in a sentence of a
        // record (`sepanjang tahun 2024`): the lead reports no event, so it adds nothing to the score.
        let tail = ".\n\n\"Tahun ini anggaran pelatihan kami tambah,\" kata Budi Santoso di Aula Kantor Bupati Sukamaju, Selasa (17/12/2024).\n\nAda pelatihan menjahit, pelatihan las dan pelatihan tata boga."
        let head = "KABAR SUKAMAJU  >  Sukamaju  >  Ekonomi\n\nSUKAMAJU - Sebanyak 300 pencari kerja di Kabupaten Sukamaju mengikuti pelatihan berbasis kompetensi"
        let record = Self.record(head + " sepanjang tahun 2024" + tail)
        // Round 14: the place in that sentence adds nothing either (the event's sentence is a record, no sentence
        // of an event held), so the report is no event; before, it stood at the threshold (confidence 0.5).
        #expect(!record.isTrainingEvent || record.confidence < 0.6)
        #expect(!record.isTrainingEvent)
        // Counterexample: the same lead without the span of a year reports a training held.
        let held = Self.record(head + tail)
        #expect(held.isTrainingEvent)
        #expect(held.confidence > 0.9)
    }

    @Test func theAlumniOfAProgramsTrainingAreAPastEvent() {
        // `Alumni Program Pelatihan`: a word of a program between `alumni` and the event word keeps it the past
        // training of those people; the story is the handover.
        let handover = Self.record("Bupati Sukamaju Serahkan Mesin Jahit kepada 30 Alumni Program Pelatihan Menjahit\n\nSUKAMAJU - Bupati Sukamaju menyerahkan bantuan mesin jahit kepada 30 warga di Pendopo Kabupaten Sukamaju, Kamis (5/12/2024).\n\nPenerima bantuan merupakan alumni program pelatihan menjahit yang diselenggarakan Dinas Tenaga Kerja Kabupaten Sukamaju pada pertengahan tahun ini.")
        #expect(!handover.isTrainingEvent)
        // Counterexample: a program of training held.
        let held = Self.record("Dinas Tenaga Kerja Sukamaju Gelar Program Pelatihan Menjahit\n\nSUKAMAJU - Dinas Tenaga Kerja Kabupaten Sukamaju menggelar program pelatihan menjahit bagi 30 warga di Balai Desa Sukamulya, Kamis (5/12/2024).\n\nPeserta program pelatihan menjahit itu berasal dari lima desa.")
        #expect(held.isTrainingEvent)
    }

    @Test func aTrainingOfLastYearIsARecord() {
        // A portrait that tells of a training taken `tahun lalu`: a past training, not the event of the report.
        let portrait = Self.record("DARI PELATIHAN BLK, RATNA KINI BUKA USAHA KUE SENDIRI\n\nSUKAMAJU - Siapa sangka, ibu dua anak asal Desa Sukamulya ini dulu tidak bisa membuat kue, sekarang Ratna (31) sudah punya dua oven dan tiga karyawan.\n\nSemua bermula waktu Ratna ikut pelatihan tata boga yang digelar UPTD Balai Latihan Kerja Sukamaju tahun lalu, kata dia waktu itu ada 16 orang satu angkatan.\n\n\"Awalnya saya cuma coba-coba,\" ujar Ratna saat ditemui di rumahnya, Sabtu (17/8/2024).")
        #expect(!portrait.isTrainingEvent)
        // Counterexample: `seperti tahun lalu` says the training is held again.
        let again = Self.record("BLK Sukamaju Gelar Pelatihan Tata Boga\n\nSUKAMAJU - Seperti tahun lalu, UPTD Balai Latihan Kerja Sukamaju menggelar pelatihan tata boga bagi 16 warga di Aula BLK Sukamaju, Sabtu (17/8/2024)." + Self.tail)
        #expect(again.isTrainingEvent)
    }
}
