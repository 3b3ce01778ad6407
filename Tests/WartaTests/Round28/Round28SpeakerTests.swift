import Testing
@testable import Warta

/// Round 28 (SPK28): speakers whose every name went missing. The constructions come from a bench of short reports
/// written for the round (scripts/speaker_bench_r28): a clause of delivering the material before the person, a person
/// who teaches a thing or demonstrates a method, the material received or heard from a person, a person brought in
/// with his origin, the delivery written as a noun (`penyampaian materi oleh`), the guidance of a person, a day that
/// stands for the material, a coach, and a region's name that is no person. Each test reads whole reports, with the
/// counterexamples of GOLD-FORMAT (openers, officials quoted, participants).
struct Round28SpeakerTests {
    static func persons(_ body: String) -> [String] {
        let page = "Beranda / Berita\nPelatihan Warga Desa\n\n" + opening + body + "\n"
        return (Shared.record(page).event?.speakers ?? []).filter { $0.kind == .person }.map(\.name)
    }

    static let opening = "GARUT - Dinas Sosial Kabupaten Garut menggelar pelatihan keterampilan bagi 30 warga di Aula Dinsos Garut, Selasa (14/10/2025).\n\n"

    /// `Saat menyampaikan materi, X ...`: the clause of delivering opens the sentence and the person is its subject;
    /// not a welcome speech or an opening.
    @Test func aClauseOfDeliveringBeforeThePerson() {
        #expect(Self.persons("Saat menyampaikan materi, Yusuf Maulana mengingatkan peserta agar belanja desa disusun sesuai prioritas.") == ["Yusuf Maulana"])
        #expect(Self.persons("Ketika memaparkan materi pengelolaan keuangan, Dr. Rina Kusuma, M.Si menyebut banyak desa terlambat.") == ["Rina Kusuma"])
        #expect(Self.persons("Saat memberikan sambutan, Bupati Garut Rudy Gunawan meminta peserta serius.").isEmpty)
        #expect(Self.persons("Saat membuka pelatihan, Yusuf Maulana meminta peserta serius.").isEmpty)
    }

    /// A person who teaches a thing (`mengajarkan` and its object in lower case), with an affiliation between; not
    /// what a parent teaches, an official's lesson, nor a participant who shows a method she has just learned.
    @Test func aPersonWhoTeachesAThing() {
        #expect(Self.persons("Anita Rahayu dari Gerkatin Kota Semarang mengajarkan abjad jari dan isyarat sapaan.") == ["Anita Rahayu"])
        #expect(!Self.persons("Setelah itu, Sri Wahyuni dari Desa Rasabou memperagakan cara memasang kancing yang baru dipelajarinya.").contains("Sri Wahyuni"))
        #expect(Self.persons("Bupati Garut, Rudy Gunawan, mengajarkan bahwa kejujuran penting.").isEmpty)
    }

    /// The material received from a person, or heard from one; not a hand-over, an institution or an official's
    /// directions.
    @Test func theMaterialReceivedOrHeardFromAPerson() {
        #expect(Self.persons("Peserta mendapat materi dari Eko Prasetyo asal Tulungagung, pembudidaya lele yang memiliki 40 kolam.") == ["Eko Prasetyo"])
        #expect(Self.persons("Acara dilanjutkan dengan materi dari Yanti Lubis. Peserta langsung mencoba menyulam.") == ["Yanti Lubis"])
        #expect(Self.persons("Peserta antusias mendengarkan paparan dari Joko Susanto tentang kepemimpinan di desa.") == ["Joko Susanto"])
        #expect(Self.persons("Peserta mendapat bantuan alat dari Budi Santoso, pengusaha setempat.").isEmpty)
        #expect(Self.persons("Peserta juga mendengarkan pengarahan dari Kepala Dinas Sosial, Bambang Hermawan.").isEmpty)
    }

    /// A person brought in with his origin or an expert's role in apposition; not a guest of honour.
    @Test func aPersonBroughtInWithHisOrigin() {
        #expect(Self.persons("Pelatihan menghadirkan Rosdiana asal Sengkang yang sudah 20 tahun membuat kue barongko.") == ["Rosdiana"])
        #expect(Self.persons("Pelatihan mendatangkan Rosdiana Ahmad, perajin kue asal Sengkang.") == ["Rosdiana Ahmad"])
        #expect(Self.persons("Kegiatan itu mengundang Rudy Gunawan, pemilik hotel tempat acara.").isEmpty)
    }

    /// The delivery written as a noun before oleh, the guidance of a person, and a day that stands for the material
    /// after sedangkan; not an opening, a welcome speech or an official's leadership.
    @Test func theNominalDeliveryAndTheGuidanceOfAPerson() {
        #expect(Self.persons("Usai pembukaan, acara dilanjutkan dengan penyampaian materi oleh Sri Wahyuni dari Bank Sampah Gemah Ripah.") == ["Sri Wahyuni"])
        #expect(Self.persons("Kegiatan diisi dengan pemberian materi oleh Rahmat Syukur, teknisi mesin tempel.") == ["Rahmat Syukur"])
        #expect(Self.persons("Di bawah bimbingan Nurhayati, peserta membuat motif daun jati di atas kain katun.") == ["Nurhayati"])
        #expect(Set(Self.persons("Materi hari pertama diberikan oleh Tri Lestari, sedangkan hari kedua oleh Bagus Prabowo.")) == ["Tri Lestari", "Bagus Prabowo"])
        #expect(Self.persons("Acara diawali dengan penyampaian sambutan oleh Ketua Dekopinda, Suyatno. Kemudian dilanjutkan dengan pembukaan oleh Wali Kota Madiun, Maidi.").isEmpty)
        #expect(Self.persons("Di bawah kepemimpinan Bambang Hermawan, dinas menargetkan seribu peserta.").isEmpty)
    }

    /// A coach of a skill named before the person, and `disajikan` as a passive of delivering.
    @Test func aCoachAndAMaterialPresented() {
        #expect(Self.persons("Coach digital marketing, Fajar Nugroho, mengajak peserta membuat toko di lokapasar.") == ["Fajar Nugroho"])
        #expect(Self.persons("Materi teknik menulis berita disajikan oleh wartawan senior Fitri Ramadhani.") == ["Fitri Ramadhani"])
    }

    /// A region's name of two words or more is no person, nor the first words of one: `kopi Sumatera Barat` after a
    /// speaker word in apposition is no speaker (bench a04), and an institution's place before a person's name is left
    /// out when the person is read backwards from `yang mengajarkan` (heldout2 g017's construction).
    @Test func aRegionsNameIsNoPerson() {
        #expect(Self.persons("Hendra Gunawan, salah satu pemateri, menyebut kopi Sumatera Barat punya peluang besar.").isEmpty)
        let s = Self.persons("Sebagai pemateri, pihak desa menghadirkan pendamping desa kecamatan Pringgasela, Baiq Nurul Hidayati, S.E., dan dari Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Lombok Timur Ahmad Jauhari, S.Kom., M.M yang mengajarkan aplikasi pembukuan sederhana.")
        #expect(s == ["Baiq Nurul Hidayati", "Ahmad Jauhari"])
    }

    /// Persons listed before the verb they share, each with an affiliation of its own or one after the last.
    @Test func aListBeforeTheVerbWithAffiliations() {
        #expect(Self.persons("Agus Salim dari Unpad dan Dedi Kurnia dari IPB hadir sebagai narasumber.") == ["Agus Salim", "Dedi Kurnia"])
        #expect(Self.persons("Agus Salim, Dedi Kurnia dan Rina Wati dari Universitas Garut memberikan materi tentang pupuk.") == ["Agus Salim", "Dedi Kurnia", "Rina Wati"])
    }

    /// A person before what he does in his own session, and selaku an expert's role.
    @Test func aPersonInHisOwnSession() {
        #expect(Self.persons("Agus Salim dalam paparannya menyampaikan pentingnya K3.") == ["Agus Salim"])
        #expect(Self.persons("Agus Salim mengawali materinya dengan mengenalkan jenis-jenis kain.") == ["Agus Salim"])
        #expect(Self.persons("Agus Salim selaku tenaga ahli pemberdayaan memaparkan tata kelola BUMDes.") == ["Agus Salim"])
        #expect(Self.persons("Bupati Garut Rudy Gunawan dalam sambutannya menyampaikan pentingnya K3.").isEmpty)
        #expect(Self.persons("Agus Salim membuka pelatihan secara resmi.").isEmpty)
    }
}
