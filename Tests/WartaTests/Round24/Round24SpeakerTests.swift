import Testing
@testable import Warta

/// Round 24 (SPK24): speakers. An item of a list of teachers led by a role in lower case that no lexicon holds, after
/// `dan`, `serta` or a word of succession and a determiner; the rules of this round (a degree before a speaker word
/// with no comma, an expert's role in apposition before a verb of explaining) run as examples in
/// extractors/speakers/rules.yaml.
struct Round24SpeakerTests {
    static func page(_ headline: String, _ body: String) -> String {
        "Beranda / Berita\n\(headline)\n\n\(body)\n"
    }

    static func speakers(_ headline: String, _ body: String) -> [String] {
        (Shared.record(page(headline, body)).event?.speakers ?? []).filter { $0.kind == .person }.map(\.name)
    }

    /// A role in lower case that no lexicon holds, its unit and a comma, or a role and a qualifier right before the
    /// name, after `dan` (heldout6 p019, heldout8 t049's construction).
    @Test func anUnlistedRoleAfterDanOpensAnItem() {
        let s = Self.speakers("Pelatihan SAR Air", "KUPANG - BPBD Kota Kupang menggelar pelatihan penyelamatan di air bagi 40 relawan di Pantai Lasiana, Senin (10/3/2025). Materi pengurangan risiko bencana diberikan oleh instruktur BPBD, Rudi Hartono, dan rescuer Pos SAR Kupang, Yosep Nenobais.")
        #expect(s.contains("Rudi Hartono") && s.contains("Yosep Nenobais"))
        let t = Self.speakers("Pelatihan Selam", "KUPANG - BPBD Kota Kupang menggelar pelatihan selam bagi 40 relawan di Pantai Lasiana, Senin (10/3/2025). Pemateri dalam pelatihan ini yakni Kepala Seksi Kedaruratan BPBD, Agus Salim, dan penyelam senior Imanuel Lopo.")
        #expect(t.contains("Agus Salim") && t.contains("Imanuel Lopo"))
    }

    /// A word of succession after a comma, a determiner and a role (heldout15 j039's construction).
    @Test func aDeterminerAndARoleAfterDitambah() {
        let s = Self.speakers("Pelatihan Tenun", "WAINGAPU - Dinas Koperasi menggelar pelatihan tenun bagi 30 perajin di Aula Dinas Koperasi, Senin (10/3/2025). Instruktur pelatihan adalah dua widyaiswara BPSDM, Hasanudin, S.Pd. dan Rahmat Hidayat, S.E., ditambah seorang perajin asal Sumba Timur, Rambu Ana, yang sudah lama berusaha.")
        #expect(s.contains("Hasanudin") && s.contains("Rahmat Hidayat") && s.contains("Rambu Ana"))
    }

    /// A participant, a moderator or a word of an aside after `dan` opens no item of the list.
    @Test func aParticipantOrAModeratorAfterDanIsNoItem() {
        let s = Self.speakers("Pelatihan Guru PAUD", "ATAMBUA - Dinas Pendidikan menggelar pelatihan bagi 30 guru PAUD di Aula Dinas Pendidikan, Senin (10/3/2025). Narasumber pelatihan yakni pengawas sekolah, Maria Bere, dan peserta terbaik tahun lalu, Yohanes Tae, ikut hadir.")
        #expect(s.contains("Maria Bere"))
        #expect(!s.contains("Yohanes Tae"))
        let t = Self.speakers("Pelatihan Guru PAUD", "ATAMBUA - Dinas Pendidikan menggelar pelatihan bagi 30 guru PAUD di Aula Dinas Pendidikan, Senin (10/3/2025). Narasumber pelatihan yakni pengawas sekolah, Maria Bere, dan moderator Yohanes Tae.")
        #expect(t.contains("Maria Bere"))
        #expect(!t.contains("Yohanes Tae"))
    }

    /// A long list cut by its token limit in the middle of the last name keeps the whole name (heldout16 d039's
    /// construction).
    @Test func aLongListKeepsTheLastNameWhole() {
        let s = Self.speakers("Workshop Paten", "PADANG - Kanwil Kementerian Hukum menggelar workshop paten bagi 58 dosen di Aula Universitas Andalas, Senin (10/3/2025). Materi workshop disampaikan oleh tiga narasumber, masing-masing Analis Kekayaan Intelektual Ahli Muda Kanwil Kementerian Hukum Sumbar, Rika Amelia Putri, S.H., M.H., yang membahas penelusuran dan klaim paten; pemeriksa paten dari Direktorat Jenderal Kekayaan Intelektual, Ir. Bonar Situmeang, M.Eng., secara daring; serta peneliti Pusat Riset Kimia Maju Badan Riset dan Inovasi Nasional (BRIN), Dr. Lestari Wahyuningsih.\n\nDalam sesi praktik, peserta menulis deskripsi invensi.")
        #expect(s.contains("Lestari Wahyuningsih"))
        #expect(!s.contains("Lestari"))
    }

    /// A piece of an institution's name that opens with an abstract noun (-itas, -isasi, -isme) is no person
    /// (heldout3 k055's construction).
    @Test func anAbstractNounOpensNoName() {
        #expect(SpeakerExtractor.isAbstractNoun("akuntabilitas"))
        #expect(SpeakerExtractor.isAbstractNoun("profesionalisme"))
        #expect(!SpeakerExtractor.isAbstractNoun("lestari"))
        let s = Self.speakers("Bimtek Reformasi Birokrasi", "JAKARTA - Kementerian PANRB menggelar bimtek reformasi birokrasi bagi 40 ASN di Aula Kementerian PANRB, Senin (10/3/2025). Materi utama dibawakan oleh Analis Kebijakan Ahli Madya pada Kedeputian Bidang Reformasi Birokrasi, Akuntabilitas Aparatur dan Pengawasan Kementerian PANRB, Ratna Dewi Kusumawardani, S.E., M.P.P., secara langsung.")
        #expect(s.contains("Ratna Dewi Kusumawardani"))
        #expect(!s.contains { $0.hasPrefix("Akuntabilitas") })
    }
}
