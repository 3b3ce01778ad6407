import Testing
@testable import Warta

/// Round 47: constructions found by probe documents with their fields labeled (probe sets bd-bi of round 47, and the
/// misses left by round 46's), written by helpers who read neither the rules nor the code, each with its
/// counterexample. Each expectation fails on round 46's build (checked with its binary); each counterexample holds on
/// both. The rules' own examples and counterexamples run in `RuleExampleTests`.
struct Round47ProbeTests {
    static func record(_ text: String, published: Day? = nil) -> Record { Shared.record(text, published: published) }
    static func speakers(_ text: String) -> [String] { Shared.speakers(text) }

    /// A degree after a name and its comma ends the sentence when a capitalized word follows (`..., M.T. Ketiganya
    /// ...`), so the next sentence's `program serupa` (another occurrence) no longer takes the speakers' sentence with
    /// it (probe av06); a degree that goes on (`S.H. M.H.`) and a title before a name (`Dr. H. Ahmad`) cut nothing:
    /// the tokenizer reads the abbreviation before a full stop even when the word after it is one too (round 46's
    /// cut both).
    @Test func aDegreeAfterACommaEndsTheSentence() {
        let text = """
            KENDARI - LP3M Universitas Halu Oleo menggelar pelatihan PEKERTI bagi 48 dosen muda di Ruang Sidang Senat, Senin (22/7/2024).

            Materi disampaikan tiga fasilitator, yakni Dr. Wa Ode Rosmiati, S.Pd., M.Pd., dan Dr. Andi Fadli Ramadhan, S.Kom., M.T. Ketiganya merupakan fasilitator bersertifikat yang telah membina program serupa sejak 2015.
            """
        #expect(Self.speakers(text) == ["Wa Ode Rosmiati", "Andi Fadli Ramadhan"])
        // The sentence of each word, by the tokenizer alone.
        func sentences(_ text: String) -> [String: Int] {
            let clean = CleanText(normalizing: text)
            var out: [String: Int] = [:]
            for t in Tokenizer.tokenize(clean).tokens where t.kind == .word {
                out[String(String.UnicodeScalarView(clean.scalars[t.start..<t.end])), default: t.sentence] = t.sentence
            }
            return out
        }
        let cut = sentences("Pemateri Andi Fadli, S.Kom., M.T. Ketiganya hadir.")
        #expect(cut["Ketiganya"] == (cut["Andi"] ?? -1) + 1)
        let kept = sentences("Pemateri Budi Santoso, S.H. M.H. dan Dr. H. Ahmad Yani hadir.")
        #expect(kept["Budi"] == kept["hadir"])
        #expect(kept["M"] == kept["Budi"] && kept["Ahmad"] == kept["Budi"])
    }

    /// A training asked for is no training held: the last of a list of requests after `aspirasi:` and the headline's
    /// `Minta Bimtek` (probe bg10); a training held at a request (`Atas permintaan warga, Dinsos menggelar ...`) stays one.
    @Test func aTrainingAskedForIsNotHeld() {
        #expect(Self.record("""
            FK-PSM Ciamis Audiensi ke Bupati, Minta Bimtek dan Kenaikan Insentif

            CIAMIS - Pengurus Forum Komunikasi Pekerja Sosial Masyarakat (FK-PSM) Kabupaten Ciamis beraudiensi dengan Bupati Ciamis di Ruang Rapat Bupati, Rabu (8/1/2025). Rombongan sebanyak 14 orang dipimpin Ketua FK-PSM, Ade Rohimat.

            Dalam pertemuan itu, FK-PSM menyampaikan tiga aspirasi: kenaikan insentif PSM, penyediaan seragam, dan penyelenggaraan bimbingan teknis.
            """).isTrainingEvent == false)
        #expect(Self.record("""
            Dinsos Ciamis Gelar Bimtek PSM

            CIAMIS - Atas permintaan para pekerja sosial, Dinas Sosial Kabupaten Ciamis menggelar bimbingan teknis bagi 40 PSM di Aula Dinas Sosial, Rabu (8/1/2025).
            """).isTrainingEvent == true)
    }

    /// A training in a clause of time after a month of an earlier year is a person's past (`bermula pada Oktober 2022,
    /// ketika ... mengikuti pelatihan`, probe bf06): under a headline of the time since a training, the story has no
    /// training held; the same clause in the body's year is the event.
    @Test func aTrainingInAPastTimeClauseIsNotHeld() {
        func story(_ year: String) -> String {
            """
            Dua Tahun Usai Pelatihan di BLK, Rahmawati Kini Punya Salon

            PAREPARE - Deretan kursi salon di ruko dua lantai di Jalan Bau Massepe itu hampir tak pernah kosong, Sabtu (17/5/2025).

            Perjalanan itu bermula pada Oktober \(year), ketika ibu dua anak ini mengikuti pelatihan tata rias selama 30 hari di Balai Latihan Kerja Kota Parepare.
            """
        }
        #expect(Self.record(story("2022")).isTrainingEvent == false)
        #expect(Self.record(story("2025")).isTrainingEvent == true)
    }

    /// Two groups counted side by side are people alike: a noun no lexicon knows joined to a known group counts (`48
    /// proktor dan 48 teknisi`, probe bi09); where they come from after `dari` is no group (`dari 12 SMP`); a count
    /// of things joined to people stays out (`48 sekolah dan 48 teknisi`).
    @Test func siblingsCountAndOriginsDoNot() {
        func total(_ people: String) -> Int? {
            Self.record("""
                Bimtek ANBK di Soe

                SOE - Dinas Pendidikan Kabupaten Timor Tengah Selatan menggelar bimbingan teknis bagi proktor dan teknisi sekolah, Senin (22/7/2024). Sebanyak \(people) hadir sebagai peserta.
                """).event?.participants?.total
        }
        #expect(total("48 proktor dan 48 teknisi dari 48 SMP") == 96)
        #expect(total("48 guru dan 48 teknisi dari 12 SMP") == 96)
        #expect(total("48 sekolah dan 48 teknisi") == 48)
    }

    /// Who taught: `bersama` joins two subjects of the speakers' verb (probe bh07); a police officer's applied degree
    /// `S.Tr.K.` ends his name (bh04); a person first and the expert's role after the comma (bd09, rule
    /// `speakers.learning-with-person-then-role`, whose examples run in `RuleExampleTests`). An official with whom
    /// the participants only pose stays out.
    @Test func whoTaughtTogether() {
        func story(_ s: String) -> [String] {
            Self.speakers("""
                Tim PkM Gelar Pelatihan Pupuk Organik

                MAGELANG - Tim PkM Fakultas Pertanian menggelar pelatihan pupuk organik bagi 40 petani di Balai Desa Ngablak, Senin (3/6/2024).

                \(s)
                """)
        }
        #expect(story("Ketua tim PkM, Dr. Ir. Bambang Setyo Nugroho, M.P., bersama Anisa Rahmawati, S.P., M.Sc., bertindak sebagai pemateri.")
            == ["Bambang Setyo Nugroho", "Anisa Rahmawati"])
        #expect(story("Kasat Intelkam AKP Rian Saputra, S.Tr.K., kemudian membawakan materi deteksi dini.") == ["Rian Saputra"])
        #expect(story("Peserta belajar membuat kompos dan pupuk cair bersama Asep Saepudin, pemilik usaha pupuk Tani Makmur.") == ["Asep Saepudin"])
        #expect(story("Usai pelatihan, peserta berfoto bersama Bupati Magelang, Zaenal Arifin.").isEmpty)
        // A person the sentence goes on to name the moderator (probe bf07) runs the session; he does not teach.
        #expect(story("Materi disampaikan Dr. Bambang Setyo Nugroho. Diskusi dipandu oleh Rahmi Fitriani, M.Pd., dosen Universitas Tidar, yang bertindak sebagai moderator.")
            == ["Bambang Setyo Nugroho"])
        // A midwife's professional title before the name (probe be11).
        #expect(story("Materi disampaikan oleh Bdn. Rosmalinda, S.Tr.Keb., dari Puskesmas Ngablak.") == ["Rosmalinda"])
    }

    /// A headline's `Langsung` before its verb ends the organizer's name (probe bg04), as `Kembali` does.
    @Test func anAdverbEndsTheHeadlinesOrganizer() {
        let organizers = Self.record("""
            Launching Sidesa Mas, Dinkominfo Banyumas Langsung Latih Operator Desa

            PURWOKERTO - Usai peluncuran aplikasi, 60 operator desa dilatih di ruang rapat Graha Satria, Rabu (20/11/2024).
            """).event?.organizers.map(\.name) ?? []
        #expect(organizers == ["Dinkominfo Banyumas"])
    }

    /// `Saat itu` after a sentence that dates a training in a month of an earlier year goes on about that training
    /// (probe bd11: a monitoring visit of 2025 looks back at a training of March 2024); the same in the body's year
    /// is the event.
    @Test func thenAfterAnEarlierYearIsThePast() {
        func story(_ year: String) -> Bool {
            Self.record("""
                DLH Bontang Monev 12 Bank Sampah

                BONTANG - Dinas Lingkungan Hidup (DLH) Kota Bontang melakukan monitoring dan evaluasi ke 12 unit bank sampah, Kamis (27/2/2025).

                Kepala Bidang Pengelolaan Sampah, Hasanuddin, mengatakan monev ini untuk melihat hasil pelatihan pengelola bank sampah yang digelar DLH pada Februari \(year) di Gedung Graha Taman Praja. Saat itu, 48 pengelola dari 24 bank sampah dilatih pembukuan dan pemilahan sampah.
                """).isTrainingEvent
        }
        #expect(story("2024") == false)
        #expect(story("2025") == true)
    }

    /// An official who outlines the material (`menjelaskan materi bimtek meliputi ...`, probe bi01) does not teach it;
    /// one who explains the material to the participants does. A name with an age in parentheses is a person, and
    /// the name people call him by (`akrab disapa Mbah Sito`) is the same speaker (probe bf11).
    @Test func outlinesAgesAndNicknames() {
        func story(_ s: String) -> [String] {
            Self.speakers("""
                Bimtek Siskeudes bagi Perangkat Desa

                PEKANBARU - DPMD Kabupaten Kepulauan Meranti menggelar bimtek Siskeudes bagi 80 perangkat desa di Hotel Grand Zuri Pekanbaru, Senin (8/7/2024).

                \(s)
                """)
        }
        #expect(story("Kepala DPMD Kepulauan Meranti, Syafrizal Hamdani, S.Sos, M.Si menjelaskan materi bimtek meliputi penyusunan APBDes dan pelaporan.").isEmpty)
        #expect(story("Auditor BPKP, Hendra Saputra, S.E., menjelaskan materi penyusunan APBDes kepada peserta.") == ["Hendra Saputra"])
        #expect(story("Pemateri utama hari itu adalah Warsito (58), peternak maggot yang oleh warga sekitar akrab disapa Mbah Sito. \"Sekarang tiap bulan omzet bisa Rp 4 juta,\" kata Mbah Sito.") == ["Warsito"])
    }
}
