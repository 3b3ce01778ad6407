import Testing
@testable import Warta

/// Round 40: constructions found by probe documents with their fields labeled (probe sets m, n of round 39 and o, p, q
/// of round 40), written by helpers who read neither the rules nor the code, each with its counterexample.
struct Round40ProbeTests {
    static func record(_ text: String) -> Record { Shared.record(text) }
    static func organizers(_ text: String) -> [String] { record(text).event?.organizers.map(\.name) ?? [] }
    static func speakers(_ text: String) -> [String] { Shared.speakers(text) }

    /// A call for registration of a training scheduled with its days and its place is an event: `pendaftaran` in its
    /// headline is the call's own word, not a sign of another story (probe m13). A call with no date is none, and
    /// `biaya pendaftaran` of a scam still tells another story.
    @Test func aScheduledCallForRegistrationIsAnEvent() {
        let call = Self.record("""
            Disnakertrans Aceh Tengah Buka Pelatihan Barista untuk 32 Pemuda, Pendaftaran Hingga 9 Oktober

            Takengon – Dinas Tenaga Kerja dan Transmigrasi (Disnakertrans) Kabupaten Aceh Tengah akan menggelar Pelatihan Barista bagi pemuda pencari kerja. Pelatihan dijadwalkan berlangsung tiga hari, 14-16 Oktober 2025 mendatang, di Workshop UPTD Balai Latihan Kerja (BLK) Aceh Tengah, Takengon.

            Pelatihan diperuntukkan bagi 32 pemuda. Pendaftaran dibuka sejak hari ini dan ditutup paling lambat Kamis, 9 Oktober 2025.
            """)
        #expect(call.isTrainingEvent)
        #expect(call.event?.date?.start == Day(year: 2025, month: 10, day: 14))
        // Counterexample: the same call with no day and no place of the training.
        let unscheduled = Self.record("""
            Disnakertrans Aceh Tengah Buka Pendaftaran Pelatihan Barista

            Takengon – Dinas Tenaga Kerja dan Transmigrasi (Disnakertrans) Kabupaten Aceh Tengah membuka pendaftaran Pelatihan Barista bagi pemuda pencari kerja. Pendaftaran dibuka hingga 9 Oktober 2025. Jadwal pelatihan akan diumumkan kemudian.
            """)
        #expect(!unscheduled.isTrainingEvent)
        // Counterexample: a warning about a scam that asks a registration fee for a training.
        let scam = Self.record("""
            Awas Penipuan! Oknum Tawarkan Pelatihan Kerja ke Jepang

            KOTA AGUNG - Disnakertrans Kabupaten Tanggamus mengingatkan warga agar tidak percaya pesan berantai yang menawarkan pelatihan kerja ke Jepang dengan biaya pendaftaran Rp 7 juta. Dinas tidak pernah membuka program seperti itu, kata Kepala Disnakertrans, Senin (9/9/2024).
            """)
        #expect(!scam.isTrainingEvent)
    }

    /// A training only prepared in the headline (`Siapkan`) but scheduled in the lead, its day and its place in the
    /// sentence that names it (`Workshop dijadwalkan berlangsung ..., 14-16 Oktober 2024 mendatang, di Aula ...`), is an
    /// event (probe p15). A preparation with no day stays none.
    @Test func aTrainingScheduledInTheSentenceThatNamesItIsAnEvent() {
        let scheduled = Self.record("""
            Disdikbud Lamsel Siapkan Workshop Kurikulum Merdeka bagi Kepala SD

            Kalianda – Dinas Pendidikan dan Kebudayaan (Disdikbud) Kabupaten Lampung Selatan akan menggelar Workshop Penguatan Implementasi Kurikulum Merdeka bagi kepala sekolah dasar. Workshop dijadwalkan berlangsung selama tiga hari, 14-16 Oktober 2024 mendatang, di Aula Rumah Dinas Bupati Lampung Selatan, Kalianda.

            Workshop akan diikuti 160 peserta.
            """)
        #expect(scheduled.isTrainingEvent)
        #expect(scheduled.event?.date?.end == Day(year: 2024, month: 10, day: 16))
        let prepared = Self.record("""
            Disdikbud Lamsel Siapkan Workshop Kurikulum Merdeka bagi Kepala SD

            Kalianda – Dinas Pendidikan dan Kebudayaan (Disdikbud) Kabupaten Lampung Selatan berencana menggelar Workshop Penguatan Implementasi Kurikulum Merdeka bagi kepala sekolah dasar. Jadwal dan tempat workshop masih dibahas.
            """)
        #expect(!prepared.isTrainingEvent)
    }

    /// A bulleted item whose role chain runs into a ranked person with no comma goes on with the list (probe n14).
    @Test func aBulletedRoleChainRunsIntoItsRankedPerson() {
        let names = Self.speakers("""
            Polda Lampung Latih 250 Bhabinkamtibmas

            Bandarlampung (ANTARA) - Ditbinmas Polda Lampung menggelar pelatihan bagi 250 Bhabinkamtibmas, Selasa (23/7/2024).

            Selama dua hari, peserta menerima materi dari sejumlah narasumber, yakni:
            - Kasubdit Bhabinkamtibmas Ditbinmas Polda Lampung AKBP Dr. Hendra Saputra, S.I.K., M.H., tentang peran Bhabinkamtibmas;
            - Kepala Bidang Pemberantasan BNNP Lampung Kombes Pol. Ardiansyah Putra, S.H., tentang modus peredaran narkoba di perdesaan;
            - Psikolog Biro SDM Polda Lampung Kompol Rina Marlina, S.Psi., M.Psi., tentang konseling.
            """)
        #expect(names == ["Hendra Saputra", "Ardiansyah Putra", "Rina Marlina"])
        // Counterexample: a line with a role and no titled person ends the list.
        let ended = Self.speakers("""
            Polda Lampung Latih 250 Bhabinkamtibmas

            Bandarlampung (ANTARA) - Ditbinmas Polda Lampung menggelar pelatihan bagi 250 Bhabinkamtibmas, Selasa (23/7/2024).

            Selama dua hari, peserta menerima materi dari sejumlah narasumber, yakni:
            - Kasubdit Bhabinkamtibmas Ditbinmas Polda Lampung AKBP Dr. Hendra Saputra, S.I.K., M.H., tentang peran Bhabinkamtibmas;
            - Kepala Bidang Pemberantasan BNNP Lampung turut memantau jalannya kegiatan.
            """)
        #expect(ended == ["Hendra Saputra"])
    }

    /// An organizer's short form of two words takes the long form written before it in parentheses, and `Satpol`
    /// ends a fronted partner at its comma (probes p10, p11).
    @Test func aShortFormOfTwoWordsTakesItsLongForm() {
        let names = Self.organizers("""
            Warga Randublatung Diajak Kenali Ciri Rokok Ilegal

            BLORA – Maraknya peredaran rokok tanpa pita cukai mendorong Satuan Polisi Pamong Praja (Satpol PP) Kabupaten Blora kembali turun ke kecamatan. Bekerja sama dengan Kantor Bea dan Cukai Cepu, Satpol PP menggelar Sosialisasi Ketentuan di Bidang Cukai di Pendopo Kecamatan Randublatung, Selasa (10/9/2024).
            """)
        #expect(names == ["Satuan Polisi Pamong Praja (Satpol PP) Kabupaten Blora", "Kantor Bea dan Cukai Cepu"])
        // Counterexample: with no long form in the text the short form stays as written.
        let short = Self.organizers("""
            Warga Randublatung Diajak Kenali Ciri Rokok Ilegal

            BLORA – Bekerja sama dengan Kantor Bea dan Cukai Cepu, Satpol PP menggelar Sosialisasi Ketentuan di Bidang Cukai di Pendopo Kecamatan Randublatung, Selasa (10/9/2024).
            """)
        #expect(short == ["Satpol PP", "Kantor Bea dan Cukai Cepu"])
    }

    /// `Peningkatan kapasitas` names a capacity-building event: a count after it is who took part, not a room's
    /// capacity (probe q13); `berkapasitas` still is.
    @Test func capacityBuildingIsNoCapacity() {
        let total = Self.record("""
            Penyuluh Agama di Bone Ikuti Peningkatan Kapasitas

            WATAMPONE – Kemenag Bone menggelar peningkatan kapasitas penyuluh, Senin (6/5/2024).

            Peningkatan kapasitas ini diikuti 153 penyuluh honorer dan 24 penyuluh fungsional.
            """).event?.participants?.total
        #expect(total == 177)
        let room = Self.record("""
            Kemenag Bone Latih Penyuluh

            WATAMPONE – Kemenag Bone menggelar pelatihan penyuluh, Senin (6/5/2024), di aula berkapasitas 200 orang. Pelatihan diikuti 80 penyuluh.
            """).event?.participants?.total
        #expect(room == 80)
    }

    /// Before `untuk sesi` a name after a locative or a word of a site is a place, not a teacher (probe p12); a
    /// person there still teaches.
    @Test func aSiteBeforeUntukIsNoTeacher() {
        let none = Self.speakers("""
            Basarnas Latih Potensi SAR di Bone

            WATAMPONE – Kantor SAR Makassar menggelar Pelatihan Potensi Pencarian dan Pertolongan di Kabupaten Bone, Senin (9/9/2024), di Hotel Helios Watampone dan perairan Pantai Tete Bajoe untuk sesi praktik.
            """)
        #expect(!none.contains("Pantai Tete Bajoe"))
        let person = Self.speakers("""
            Basarnas Latih Potensi SAR di Bone

            WATAMPONE – Kantor SAR Makassar menggelar Pelatihan Potensi Pencarian dan Pertolongan di Kabupaten Bone, Senin (9/9/2024). Instruktur Iptu Muhammad Sahril untuk materi pertolongan di air.
            """)
        #expect(person.contains("Muhammad Sahril"))
    }

    /// A report of the closing dates the event's last day; the next sentence's `Kegiatan yang dimulai Senin (...)`
    /// dates its first (probe p14). A start of something else (`program magang`) does not.
    @Test func theStartOfAClosedEventNamedByItsAnaphor() {
        let date = Self.record("""
            DPMD Kubu Raya Tutup Peningkatan Kapasitas Aparatur Desa

            KUBU RAYA – Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Kabupaten Kubu Raya menutup kegiatan Peningkatan Kapasitas Aparatur Pemerintah Desa Angkatan I, Rabu (16/10/2024) sore. Kegiatan yang dimulai Senin (14/10/2024) itu berlangsung di Qubu Resort, Sungai Raya, dan diikuti 59 sekretaris desa.
            """).event?.date
        #expect(date?.start == Day(year: 2024, month: 10, day: 14))
        #expect(date?.end == Day(year: 2024, month: 10, day: 16))
        let other = Self.record("""
            DPMD Kubu Raya Tutup Peningkatan Kapasitas Aparatur Desa

            KUBU RAYA – Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Kabupaten Kubu Raya menutup kegiatan Peningkatan Kapasitas Aparatur Pemerintah Desa Angkatan I, Rabu (16/10/2024) sore. Para peserta mengikuti program magang yang dimulai Senin (14/10/2024) di kantor desa masing-masing.
            """).event?.date
        #expect(other?.start == Day(year: 2024, month: 10, day: 16))
    }
}
