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

    /// A bare name that the text also writes as a kecamatan of a kabupaten it names is that kecamatan, not the kota of
    /// the same name (probe c02: `Kecamatan Padang` of Lumajang, `Koramil 0821/13 Padang`). A kota the text names
    /// beside its own kecamatan stays the city.
    @Test func aKecamatanNamedLikeAKotaIsNoKota() {
        let lumajang = Self.record("""
            Koramil Padang Gembleng 45 Anggota Linmas Jelang Pilkada

            LUMAJANG – Sebanyak 45 anggota Linmas dari sembilan desa di Kecamatan Padang mendapat pelatihan dasar dari Koramil 0821/13 Padang, Selasa (22/10/2024). Pelatihan digelar di halaman Kantor Kecamatan Padang.

            Materi disampaikan Bhabinkamtibmas Polsek Padang. Camat Padang hadir di akhir acara.
            """)
        #expect(lumajang.event?.location?.city == "Kabupaten Lumajang")
        #expect(lumajang.event?.location?.district == "Padang")
        // Counterexample: the kota itself, with one of its kecamatan named.
        let padang = Self.record("""
            Dinsos Padang Latih 40 Kader

            PADANG – Dinas Sosial Kota Padang menggelar pelatihan bagi 40 kader di Aula Kantor Camat Padang Barat, Kecamatan Padang Barat, Senin (4/3/2024).
            """)
        #expect(padang.event?.location?.city == "Kota Padang")
    }

    /// Another act also scheduled (`Forum Anak juga dijadwalkan menggelar lomba video ...`), like one `juga akan` held,
    /// is no part of the event: its day is not the event's, nor its holder an organizer (probe d11).
    @Test func anotherActAlsoScheduledIsNotTheEvent() {
        let r = Self.record("""
            Forum Anak dan Guru BK Diajak Cegah Perkawinan Anak

            NEGARA - Suasana aula riuh sebelum acara dimulai. Pagi itu, Dinas Sosial Kabupaten Jembrana menggelar sosialisasi pencegahan perkawinan anak bagi 120 peserta di Aula Gedung PKK Kabupaten Jembrana.

            Materi disampaikan psikolog Ni Luh Gede Sri Wahyuni, M.Psi.

            Pada Sabtu (20/7/2024) mendatang, Forum Anak juga dijadwalkan menggelar lomba video pendek di Taman Pecangakan.
            """)
        #expect(r.event?.date == nil)
        #expect(r.event?.organizers.map(\.name) == ["Dinas Sosial Kabupaten Jembrana"])
        // Counterexample: the event itself scheduled with its day stays dated.
        let scheduled = Self.record("""
            Dinas Sosial Jembrana Jadwalkan Sosialisasi Pencegahan Perkawinan Anak

            NEGARA - Dinas Sosial Kabupaten Jembrana dijadwalkan menggelar sosialisasi pencegahan perkawinan anak bagi 120 peserta di Aula Gedung PKK Kabupaten Jembrana pada Sabtu (20/7/2024) mendatang.
            """)
        #expect(scheduled.event?.date?.start.iso == "2024-07-20")
    }

    /// A passive of holding whose agent is a bare acronym no lexicon knows (`yang digelar YPMLB, Senin ...`) names the
    /// body the report spelled out before, in full (probe b14). A group's acronym stays no organizer.
    @Test func aBareAcronymAfterAPassiveTakesItsLongForm() {
        let names = Self.organizers("""
            Bisakah Kopi Wamena Naik Kelas?

            WAMENA — Di halaman Honai Belajar milik Yayasan Pengembangan Masyarakat Lembah Baliem (YPMLB) di Distrik Asolokobal, Kabupaten Jayawijaya, karung kopi dijemur di atas terpal.

            Pemandangan itu bagian dari pelatihan pengolahan pascapanen kopi arabika yang digelar YPMLB, Senin hingga Rabu (2-4/9/2024). Pelatihan diikuti 45 orang.
            """)
        #expect(names == ["Yayasan Pengembangan Masyarakat Lembah Baliem (YPMLB)"])
        let group = Self.organizers("""
            Pelatihan Pekerja Sosial di Wamena

            WAMENA — Pekerja Sosial Masyarakat (PSM) Kabupaten Jayawijaya mengikuti pelatihan pendampingan di Aula Distrik Asolokobal. Pelatihan digelar PSM, Senin (2/9/2024), bagi 45 anggota.
            """)
        #expect(!group.contains { $0.contains("PSM") })
    }

    /// A post of a service (`Pos SAR Tahuna`) heads a name: the partner after `bekerja sama dengan` is read whole, and
    /// the body before it is the main organizer (probe c14), not `SAR Tahuna` read as the subject of the verb.
    @Test func aPostOfAServiceIsAPartner() {
        let r = Self.record("""
            Nelayan Sangihe Dilatih Selamatkan Diri di Laut

            TAHUNA – Nelayan tradisional di Kepulauan Sangihe melaut tanpa pelampung. Pangkalan TNI Angkatan Laut (Lanal) Tahuna bekerja sama dengan Pos SAR Tahuna menggelar pelatihan keselamatan di laut bagi nelayan, Selasa (5/11/2024). Pelatihan diikuti 35 nelayan.
            """)
        let orgs = r.event?.organizers ?? []
        #expect(orgs.map(\.name) == ["Pangkalan TNI Angkatan Laut (Lanal) Tahuna", "Pos SAR Tahuna"])
        #expect(orgs.map(\.role) == ["main", "co"])
    }

    /// The place of a plan in a sentence that names no mention of the event (`... berencana ... membuka lapak ... di
    /// kawasan Alun-alun Cepu`) is no venue (probe c10). A training held at its place, planned long before, stays placed there.
    @Test func thePlaceOfAnotherPlanIsNoVenue() {
        let r = Self.record("""
            Karang Taruna Cepu Dilatih Berwirausaha

            BLORA – Puluhan pengurus Karang Taruna se-Kecamatan Cepu mengikuti pelatihan kewirausahaan, Rabu (4/9/2024). Pelatihan digelar Forum Karang Taruna Kecamatan Cepu bersama Balai Latihan Kerja Blora.

            Forum Karang Taruna berencana membentuk kelompok pemasaran bersama dan membuka lapak produk anggota setiap Minggu pagi di kawasan Alun-alun Cepu.
            """)
        #expect(r.event?.location?.venue == nil)
        let planned = Self.record("""
            BLK Blora Latih 40 Perempuan Menjahit

            BLORA – Pelatihan menjahit yang direncanakan sejak awal tahun akhirnya digelar Balai Latihan Kerja Blora di Aula BLK Blora, Senin (9/9/2024), bagi 40 perempuan.
            """)
        #expect(planned.event?.location?.venue == "Aula BLK Blora")
    }

    /// The first word of a list item that goes on in lower case after `dan` (`1. Ekstraksi dan fiksasi pewarna alam – Moh.
    /// Syafi'i, ...`) is the item's topic, no person (probe f12); a list of persons after the speaker word stays read.
    @Test func aListItemsTopicIsNoPerson() {
        let head = """
            Perajin Batik Dilatih Pewarna Alam

            PAMEKASAN - Dinas Perindustrian Kabupaten Pamekasan menggelar pelatihan batik pewarna alam bagi 20 perajin di Sanggar Batik Klampar, Senin (5/8/2024).


            """
        let topics = Self.record(head + """
            Materi dan pemateri pelatihan:
            1. Ekstraksi dan fiksasi pewarna alam – Moh. Syafi'i, perajin batik pewarna alam Desa Klampar
            2. Pengembangan motif khas Madura – Dra. Siti Maimunah, M.Sn., dosen desain tekstil
            """)
        let names = topics.event?.speakers.map(\.name) ?? []
        #expect(!names.contains("Ekstraksi"))
        #expect(names.contains("Siti Maimunah"))
        let persons = Self.record(head + """
            Pemateri pelatihan:
            1. Budi Santoso, perajin batik Desa Klampar
            2. Siti Maimunah, dosen desain tekstil
            """)
        let listed = persons.event?.speakers.map(\.name) ?? []
        #expect(listed.contains("Budi Santoso"))
    }

    /// The bodies the participants belong to (`yang tergabung dalam enam Poklahsar`, `... tiga KUD dan dua gapoktan`)
    /// are no participants to add (probes h06, h19); a breakdown of people joined by `dan` still sums, and so do people
    /// who join (`turut bergabung pula 5 penyuluh`).
    @Test func theBodiesParticipantsBelongToAreNotCounted() {
        let head = """
            Istri Nelayan Dilatih Olah Ikan

            BONE - Dinas Perikanan Kabupaten Bone menggelar pelatihan pengolahan ikan di Aula Kantor Camat Cenrana, Senin (5/8/2024).


            """
        #expect(Self.record(head + "Sebanyak 30 ibu rumah tangga yang tergabung dalam enam Poklahsar di wilayah pesisir Cenrana mengikuti pelatihan tersebut.").event?.participants?.total == 30)
        #expect(Self.record(head + "Sebanyak 60 pekebun yang tergabung dalam tiga Koperasi Unit Desa (KUD) dan dua gabungan kelompok tani (gapoktan) mengikuti pelatihan tersebut.").event?.participants?.total == 60)
        #expect(Self.record(head + "Pelatihan diikuti 25 anggota Poklahsar dan 5 penyuluh perikanan.").event?.participants?.total == 30)
        #expect(Self.record(head + "Pelatihan diikuti 25 anggota Poklahsar, turut bergabung pula 5 penyuluh perikanan.").event?.participants?.total == 30)
    }

    /// A word of the whole before counts of named groups joined by `dan` (`Total peserta sebanyak 205 operator
    /// desa/kelurahan dan 19 TKSK`) totals them all (probe h20); a total its parts add up to stays the total.
    @Test func aWholeBeforeJoinedCountsTotalsThemAll() {
        let head = """
            Operator Desa Ikuti Sosialisasi DTKS

            LIMBOTO - Dinas Sosial Kabupaten Gorontalo menggelar sosialisasi DTKS di Aula Kantor Bupati Gorontalo, Senin (5/8/2024).


            """
        #expect(Self.record(head + "Total peserta sebanyak 205 operator desa/kelurahan dan 19 TKSK.").event?.participants?.total == 224)
        #expect(Self.record(head + "Total peserta sebanyak 58 orang, yakni 51 operator desa dan 7 TKSK.").event?.participants?.total == 58)
    }
}
