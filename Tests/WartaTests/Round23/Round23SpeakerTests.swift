import Testing
@testable import Warta

/// Round 23 (SPK23): speakers. Checks on the shape of a value (a hospital named after a titled person, a participant
/// quoted with his trade) and a list that goes on after a word of succession; the rules of this round (a team led by a
/// trainer, a second material without its verb, a nickname then the full name, a practice accompanied by a teacher, a
/// second office in a role chain) run as examples in extractors/speakers/rules.yaml.
struct Round23SpeakerTests {
    static func page(_ headline: String, _ body: String) -> String {
        "Beranda / Berita\n\(headline)\n\n\(body)\n"
    }

    static func speakers(_ headline: String, _ body: String) -> [String] {
        (Shared.record(page(headline, body)).event?.speakers ?? []).filter { $0.kind == .person }.map(\.name)
    }

    /// A hospital or an airport named after a titled person is no teacher (heldout15 j025's construction).
    @Test func aHospitalNamedAfterAPersonIsNoTeacher() {
        let s = Self.speakers("Pelatihan Keselamatan Nelayan", "TANJUNGPANDAN - Dinas Perikanan menggelar pelatihan keselamatan melaut bagi 40 nelayan di Aula Dinas Perikanan, Senin (10/3/2025). Narasumber pelatihan yakni Kepala Seksi Operasi Kantor SAR, Fajar Ramadhan, S.T., serta dr. Ratna Oktaviani dari RSUD dr. H. Marsidi Judono yang memberikan materi pertolongan pertama.")
        #expect(s.contains("Ratna Oktaviani"))
        #expect(!s.contains { $0.contains("Marsidi") })
        let t = Self.speakers("Pelatihan Kader", "MANADO - Dinas Kesehatan menggelar pelatihan bagi 30 kader di Aula Dinas Kesehatan, Senin (10/3/2025). Materi disampaikan oleh dr. Maria Lumowa dari RSUP Prof. Dr. R. D. Kandou yang memaparkan materi penanganan stroke.")
        #expect(t.contains("Maria Lumowa"))
        #expect(!t.contains { $0.contains("Kandou") })
    }

    /// A person quoted with his trade and called one of the participants is no teacher (heldout15 j051's
    /// construction); a teacher quoted with his trade stays.
    @Test func aQuotedParticipantIsNoTeacher() {
        let s = Self.speakers("Pelatihan Pengajar BIPA", "PONTIANAK - Balai Bahasa menggelar pelatihan pengajar BIPA bagi 30 dosen di Aula Balai Bahasa, Senin (10/3/2025). Materi disampaikan oleh Dr. Yusuf Hadiwijaya dari Universitas Tanjungpura. \"Ternyata mengajar orang asing berbeda sekali,\" kata Anisa Rahmadani, dosen sebuah politeknik swasta di Pontianak, salah satu peserta.")
        #expect(s.contains("Yusuf Hadiwijaya"))
        #expect(!s.contains("Anisa Rahmadani"))
    }

    /// A word of succession after a comma goes on with the list of teachers (heldout4 m017's construction).
    @Test func aListGoesOnAfterKemudian() {
        let s = Self.speakers("Pelatihan Siaga Bencana", "SIGLI - BPBD Pidie menggelar pelatihan siaga bencana bagi 40 relawan gampong di Aula Kantor Camat, Senin (10/3/2025). Pemateri dalam pelatihan tersebut yakni Teuku Amiruddin, SKM dari BPBA yang memberikan materi kaji cepat, kemudian Cut Mutia Sari dari PMI Pidie tentang pertolongan pertama.")
        #expect(s.contains("Teuku Amiruddin") && s.contains("Cut Mutia Sari"))
    }
}
