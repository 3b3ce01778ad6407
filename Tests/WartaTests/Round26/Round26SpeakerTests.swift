import Testing
@testable import Warta

/// Round 26 (SPK26): speakers that came out empty. The rules of this round (a ranked officer who sets out a subject
/// or shares his experience, a drill led by a person, an agenda delivered, a person brought in after his role when
/// the sentence says what he teaches, a teacher who helps the participants draw up the session's work, a role in
/// lower case after `antara lain`, an office whose name lists its fields) run as examples in
/// extractors/speakers/rules.yaml; these tests read them in whole reports, with their counterexamples.
struct Round26SpeakerTests {
    static func page(_ headline: String, _ body: String) -> String {
        "Beranda / Berita\n\(headline)\n\n\(body)\n"
    }

    static func speakers(_ headline: String, _ body: String) -> [Speaker] {
        Shared.record(page(headline, body)).event?.speakers ?? []
    }

    static func persons(_ headline: String, _ body: String) -> [String] {
        speakers(headline, body).filter { $0.kind == .person }.map(\.name)
    }

    static let opening = "BOYOLALI - Koramil 07/Cepogo menggelar pelatihan bela negara bagi 40 pemuda Desa Sukorejo di balai desa setempat, Selasa (14/10/2025). "

    /// An officer named with his rank, after his post or with it in apposition, who sets out a subject or shares his
    /// experience (heldout16 d049, heldout11 w017's constructions); not one who says that, opens or is a participant.
    @Test func aRankedOfficerWhoSetsOutASubject() {
        let s = Self.persons("Pelatihan Bela Negara", Self.opening + "Sementara Danramil 07/Cepogo Kapten Inf Hamka Bachtiar memaparkan peran pemuda dalam deteksi dini kerawanan sosial.")
        #expect(s.contains("Hamka Bachtiar"))
        let t = Self.persons("Pelatihan Bela Negara", Self.opening + "Selain itu, Serma Joko Susilo, Babinsa Koramil 07/Cepogo yang juga peternak, berbagi pengalaman beternak sapi perah.")
        #expect(t.contains("Joko Susilo"))
        let u = Self.persons("Pelatihan Bela Negara", Self.opening + "Dandim 0724/Boyolali Letkol Inf Budi Santoso menyampaikan bahwa pelatihan ini penting bagi pemuda.")
        #expect(!u.contains("Budi Santoso"))
        let v = Self.persons("Pelatihan Bela Negara", Self.opening + "Salah satu peserta, Serda Andi Saputra, berbagi pengalaman mengikuti pelatihan tahun lalu.")
        #expect(!v.contains("Andi Saputra"))
    }

    /// A drill or a practice led by a person (heldout7 q049's construction); not a ceremony or a prayer.
    @Test func aDrillLedByAPerson() {
        let s = Self.persons("Pelatihan Bela Negara", Self.opening + "Latihan PBB dipimpin Danramil 07/Cepogo Kapten Arh Sugeng Hariadi bersama para Babinsa.")
        #expect(s.contains("Sugeng Hariadi"))
        let t = Self.persons("Pelatihan Bela Negara", Self.opening + "Upacara pembukaan dipimpin Camat Cepogo Drs. Budi Santoso. Doa bersama dipimpin Ustaz Ahmad Fauzi.")
        #expect(t.isEmpty)
    }

    /// An agenda, a topic or a module delivered by a person (heldout10 v019's construction).
    @Test func anAgendaDeliveredByAPerson() {
        let s = Self.persons("Latsar CPNS", "TANJUNG REDEB - BPSDM Kaltim menggelar pelatihan dasar CPNS bagi 80 peserta di Aula Bappeda Berau, Senin (10/3/2025). Selanjutnya agenda Kedudukan dan Peran PNS disampaikan Sekretaris Daerah Kabupaten Berau, Rahman Hakim, S.H., M.H.")
        #expect(s.contains("Rahman Hakim"))
    }

    /// Pranata is a surname as well as the first word of a functional role (heldout6 p033).
    @Test func pranataIsASurname() {
        let s = Self.persons("Pelatihan Konten UMKM", "SAMARINDA - Diskominfo Kota Samarinda menggelar pelatihan konten bagi 50 pelaku UMKM di Balai Kota Samarinda, Sabtu (14/6/2025). Materi pemasaran digital dibawakan oleh praktisi Adi Pranata dari Balikpapan.")
        #expect(s.contains("Adi Pranata"))
        let t = Self.persons("Pelatihan Srikandi", "GARUT - Diskominfo Garut menggelar pelatihan aplikasi Srikandi bagi 40 operator di Aula Diskominfo, Senin (10/3/2025). Materi aplikasi Srikandi disampaikan Pranata Komputer Ahli Muda Diskominfo Garut, Budi Santoso.")
        #expect(t == ["Budi Santoso"])
    }

    /// A person brought in after his role and a comma, when the sentence says what he teaches (heldout7 q035's
    /// construction); a guest who opens is none.
    @Test func aPersonBroughtInAfterHisRole() {
        let s = Self.persons("Pelatihan Pemandu Wisata", "LABUAN BAJO - Dinas Pariwisata menggelar pelatihan pemandu wisata bagi 30 pemuda di Aula Dinas Pariwisata, Senin (10/3/2025). Pelatihan ini menghadirkan Ketua Asosiasi Pemandu Gunung Flores, Yosef Ngamal, dan tetua adat Kampung Todo, Bapak Agustinus Ngampus, yang bercerita tentang sejarah kampung adat.")
        #expect(s.contains("Yosef Ngamal") && s.contains("Agustinus Ngampus"))
        let t = Self.persons("Pelatihan Pemandu Wisata", "LABUAN BAJO - Dinas Pariwisata menggelar pelatihan pemandu wisata bagi 30 pemuda di Aula Dinas Pariwisata, Senin (10/3/2025). Pelatihan ini menghadirkan Ketua DPRD Manggarai Barat, Yosef Ngamal, yang membuka kegiatan secara resmi.")
        #expect(!t.contains("Yosef Ngamal"))
    }

    /// A teacher who helps the participants draw up the session's work (heldout7 q023's construction); not a form
    /// of registration.
    @Test func aTeacherWhoHelpsDrawUpTheWork() {
        let s = Self.persons("Pelatihan RPJMK", "BIAK - DPMK Biak Numfor menggelar pelatihan penyusunan RPJMK bagi 60 aparat kampung di Aula DPMK, Senin (10/3/2025). Lalu pendamping lokal desa Distrik Yendidori, Bapak Markus Rumbiak, bantu peserta isi format rencana kegiatan per bidang.")
        #expect(s.contains("Markus Rumbiak"))
        let t = Self.persons("Pelatihan RPJMK", "BIAK - DPMK Biak Numfor menggelar pelatihan penyusunan RPJMK bagi 60 aparat kampung di Aula DPMK, Senin (10/3/2025). Lalu operator kampung, Bapak Markus Rumbiak, membantu peserta mengisi formulir pendaftaran.")
        #expect(!t.contains("Markus Rumbiak"))
    }

    /// A role in lower case and its unit after `antara lain` (heldout7 q055's construction); not a participant.
    @Test func aLowerCaseRoleAfterAntaraLain() {
        let s = Self.persons("Pelatihan Barista", "PEKANBARU - Disnaker Kota Pekanbaru menggelar pelatihan barista bagi 32 pencari kerja di LPK Kopi Riau, Senin (10/3/2025). Instruktur berasal dari dua LPK, antara lain head barista LPK Kopi Siak, Dimas Prakoso, dan pelatih seduh manual Sari Wulandari.")
        #expect(s.contains("Dimas Prakoso") && s.contains("Sari Wulandari"))
        let t = Self.persons("Pelatihan Barista", "PEKANBARU - Disnaker Kota Pekanbaru menggelar pelatihan barista bagi 32 pencari kerja di LPK Kopi Riau, Senin (10/3/2025). Instruktur pelatihan antara lain peserta terbaik BLK Pekanbaru, Dimas Prakoso, yang kini bekerja di Jepang.")
        #expect(!t.contains("Dimas Prakoso"))
    }

    /// An office whose name lists its fields with a comma and `dan` is one institution, before the list of its
    /// persons and as a speaker of its own (heldout15 j049's construction); a list of institutions stays a list.
    @Test func anOfficeOfSeveralFieldsIsOneInstitution() {
        let s = Self.speakers("Pelatihan Guru PAUD", "ATAMBUA - Dinas Pendidikan menggelar pelatihan bagi 30 guru PAUD di Aula Dinas Pendidikan, Senin (10/3/2025). Pelatihan menghadirkan dua tutor dari Dinas Pendidikan, Kepemudaan dan Olahraga Kabupaten Belu, yakni Maria Bere, S.Pd., M.Pd., pengawas TK/SD Kecamatan Tasifeto Timur, dan Yohanes Tae, S.Pd., guru penggerak SD Inpres Silawan.")
        #expect(s.filter { $0.kind == .person }.map(\.name) == ["Maria Bere", "Yohanes Tae"])
        #expect(!s.contains { $0.kind == .organization })
        let t = Self.speakers("Pelatihan Guru PAUD", "ATAMBUA - Dinas Pendidikan menggelar pelatihan bagi 30 guru PAUD di Aula Dinas Pendidikan, Senin (10/3/2025). Narasumber pelatihan berasal dari Dinas Pendidikan, Kepemudaan dan Olahraga Kabupaten Belu.")
        #expect(t.map(\.name) == ["Dinas Pendidikan, Kepemudaan dan Olahraga Kabupaten Belu"])
        let u = Self.speakers("Pelatihan SAR", "KUPANG - BPBD Kota Kupang menggelar pelatihan SAR bagi 40 relawan di Pantai Lasiana, Senin (10/3/2025). Narasumber pelatihan berasal dari Dinas Kesehatan, BPBD dan Basarnas.")
        #expect(u.count >= 2)
    }

    /// `St.` before a name is Sitti abbreviated, part of the name (heldout14 x057's construction); the degree S.T.
    /// after a name stays a degree.
    @Test func stBeforeANameIsPartOfIt() {
        let s = Self.persons("Pelatihan Menjahit", "MAJENE - Dinas Sosial Majene menggelar pelatihan menjahit bagi 30 penyandang disabilitas di Aula Assamalewuang, Senin (10/3/2025). Materi menjahit disampaikan oleh Hj. St. Rahmawati, pemilik usaha jahit di Pangali-ali.")
        #expect(s.contains("St. Rahmawati"))
        let t = Self.persons("Pelatihan Konstruksi", "MAJENE - Dinas PU Majene menggelar pelatihan tukang bagi 30 warga di Aula Dinas PU, Senin (10/3/2025). Narasumber kegiatan ini adalah Ir. Budi Santoso, S.T., M.T. dari Dinas PU.")
        #expect(t == ["Budi Santoso"])
    }
}
