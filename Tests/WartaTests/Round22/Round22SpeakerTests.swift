import Testing
@testable import Warta

/// Round 22 (SPK22): speakers. The mends of round 21's review (a page's upload line, the master of ceremonies) and
/// the constructions written from probes of this round (scripts/speaker_probes_r22.tsv; see README, round 22).
struct Round22SpeakerTests {
    static func page(_ headline: String, _ body: String) -> String {
        "Beranda / Berita\n\(headline)\nDiunggah pada : 14 Maret 2025\n\n\(body)\n"
    }

    static func speakers(_ headline: String, _ body: String) -> [String] {
        (Shared.record(page(headline, body)).event?.speakers ?? []).filter { $0.kind == .person }.map(\.name)
    }

    /// The upload line under a headline that ends in a verb of teaching is no teacher (round 21's review, e08, l12).
    @Test func anUploadLineIsNoTeacher() {
        #expect(Self.speakers("Kader Posyandu Dilatih", "MAUMERE – Dinas Kesehatan Sikka melatih 40 kader posyandu di Aula Puskesmas Nita, Senin (10/3/2025).").isEmpty)
        #expect(Self.speakers("Tiga Bulan Usai Pelatihan, 40 Kader Kembali Dilatih", "MAUMERE – Sebanyak 40 kader posyandu kembali mengikuti pelatihan lanjutan di Aula Puskesmas Nita, Senin (10/3/2025).").isEmpty)
    }

    /// A master of ceremonies who guides the programme is no teacher.
    @Test func aMasterOfCeremoniesIsNoTeacher() {
        let s = Self.speakers("Pelatihan Kader", "KUPANG - Dinas Sosial menggelar pelatihan bagi 30 kader di aula kantor dinas, Senin (10/3/2025). Kegiatan dipandu MC Rina Aprilia. Pelatihan berlangsung tiga hari.")
        #expect(!s.contains { $0.contains("Rina") })
    }

    /// An assistant named by a role in lower case, who teaches in a relative clause with the bare verb mengajar.
    @Test func anAssistantNamedByARoleTeaches() {
        let s = Self.speakers("Pelatihan Tukang", "DENPASAR - Dinas PUPR menggelar pelatihan tukang sanitasi bagi 25 peserta di Aula Dinas PUPR, Senin (10/3/2025). Pengajar utama pelatihan ini adalah Wayan Sudarsana, tukang batu yang sudah 20 tahun bekerja. Ia dibantu teknisi muda, Putu Ayu Lestari, yang mengajar membaca gambar kerja.")
        #expect(s.contains("Putu Ayu Lestari"))
        let t = Self.speakers("Pelatihan Tukang", "DENPASAR - Dinas PUPR menggelar pelatihan tukang sanitasi bagi 25 peserta di Aula Dinas PUPR, Senin (10/3/2025). Ia dibantu teknisi muda, Putu Ayu Lestari, yang mengajar di SMK Negeri 2.")
        // a teacher by trade elsewhere is no assistant of this training (with a speaker word, `instruktur muda, X`, the
        // cue reads her, as on main)
        #expect(!t.contains("Putu Ayu Lestari"))
    }

    /// A sentence of succession names the next teacher by name and what he presents, whatever its noun.
    @Test func theNextTeacherInASuccession() {
        let s = Self.speakers("Pelatihan Pengadaan", "SURABAYA - Inspektorat Jawa Timur menggelar pelatihan pengadaan bagi 40 pejabat di Aula Inspektorat, Senin (10/3/2025). Narasumber pertama, Slamet Widodo dari BPKP Perwakilan Jawa Timur, membahas manajemen risiko pengadaan. Berikutnya Nur Aini memaparkan modus kecurangan dalam tender.")
        #expect(s.contains("Slamet Widodo") && s.contains("Nur Aini"))
        let t = Self.speakers("Pelatihan Pengadaan", "SURABAYA - Inspektorat Jawa Timur menggelar pelatihan pengadaan bagi 40 pejabat di Aula Inspektorat, Senin (10/3/2025). Narasumber pertama, Slamet Widodo dari BPKP, membahas manajemen risiko. Berikutnya Nur Aini memaparkan bahwa anggaran pelatihan dari APBD.")
        #expect(!t.contains("Nur Aini"))
    }

    /// A long role chain (up to twenty words) after a speaker word and the word that opens the list.
    @Test func aLongRoleChainInAList() {
        let s = Self.speakers("Pelatihan Kader Desa", "SEMARANG - Dinas PMD Jawa Tengah menggelar pelatihan bagi 50 kader desa di Aula Dinas, Senin (10/3/2025). Narasumber kegiatan yaitu Kepala Seksi Pengembangan Kapasitas Bidang Pemberdayaan Masyarakat dan Desa Dinas Pemberdayaan Masyarakat dan Desa Provinsi Jawa Tengah, Ir. H. Mulyono Hadi, M.Si.")
        #expect(s.contains("Mulyono Hadi"))
    }

    /// After a semicolon that parts the items of a list, a role in lower case, its institution, a comma and the person
    /// (heldout14 x011's construction, other trades).
    @Test func aRoleLedItemAfterASemicolon() {
        let s = Self.speakers("Pelatihan Kemasan", "PANGKALAN BUN - Diskoperindag menggelar pelatihan kemasan bagi 30 pelaku IKM di Aula Diskoperindag, Senin (10/3/2025). Materi pelatihan disampaikan tiga narasumber, masing-masing Pendamping Proses Produk Halal dari Lembaga Pendamping PPH IAIN Palangka Raya, Siti Maemunah, S.H.I.; fotografer produk dari Studio Cahaya Kotawaringin, Rizky Ardiansyah; serta Kepala Seksi Pengembangan IKM Diskoperindag Kobar, Yuliana Sari, S.E.")
        #expect(s.contains("Siti Maemunah") && s.contains("Rizky Ardiansyah") && s.contains("Yuliana Sari"))
    }

    /// A one-word value that the text writes as the short form of a unit in parentheses, or after a noun of a group
    /// of people, is no person (heldout14 x027, x053).
    @Test func aUnitsShortFormOrAGroupIsNoPerson() {
        let a = Self.speakers("Pelatihan Admin Website", "GORONTALO - Pelatihan ini dilaksanakan oleh Bidang Aplikasi Informatika (Aptika) Diskominfo di Aula Diskominfo, Senin (10/3/2025), bagi 40 admin website desa. Materi dibawakan langsung oleh staf Aptika secara bergantian.")
        #expect(!a.contains("Aptika"))
        let b = Self.speakers("Pelatihan Bahasa Isyarat", "PADANG - Pemko Padang menggelar pelatihan bahasa isyarat bagi 30 petugas layanan di Aula Balai Kota, Senin (10/3/2025). Masih banyak warga Tuli yang kesulitan mengurus administrasi. Pengajaran dipandu oleh tutor Tuli dari DPC Gerkatin Kota Padang.")
        #expect(!b.contains("Tuli"))
    }

    /// An institution the material comes from, then a passive of delivering and the person: the person's
    /// affiliation, no speaker of its own (heldout14 x041's construction).
    @Test func anInstitutionBeforeAPassiveIsTheAffiliation() {
        let speakers = Shared.record(Self.page("Bimtek Pengadaan", "KENDARI - UKPBJ menggelar bimtek pengadaan bagi 80 pejabat di Hotel Claro Kendari, Selasa (7/10/2025). Peserta juga dibekali materi pengendalian pengadaan dari Inspektorat Kota Kendari yang disampaikan Auditor Ahli Madya, Sitti Rahmawati Lagoa.")).event?.speakers ?? []
        #expect(speakers.map(\.name) == ["Sitti Rahmawati Lagoa"])
    }

    /// A teacher named after a speaker word and the one who assists him in the same sentence.
    @Test func theAssistantOfATeacher() {
        let s = Self.speakers("Pelatihan Menjahit", "MAJENE - Dinsos Majene menggelar pelatihan menjahit bagi 20 penyandang disabilitas di Aula Dinsos, Senin (10/3/2025). Pelatih menjahit yang didatangkan yakni Hj. Siti Aminah, pemilik usaha jahit di Pangali-ali, dibantu putrinya Nurul Fadhilah.")
        #expect(s.contains("Siti Aminah") && s.contains("Nurul Fadhilah"))
    }
}
