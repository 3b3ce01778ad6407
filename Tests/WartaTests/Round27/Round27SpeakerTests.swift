import Testing
@testable import Warta

/// Round 27 (SPK27): speaker organisations. GOLD-FORMAT lists an institution as a speaker only where no person of it
/// is named; these tests read whole reports written for the round (not corpus documents): an institution whose
/// person follows it after a role chain, or is named in the next sentence that refers back to the trainers it sent,
/// or whose name is a person's affiliation, is no speaker organisation; an institution that delivers a material
/// named with a regulation in capitals is read, and the Deaf community's `Tuli` is no name.
struct Round27SpeakerTests {
    static func page(_ headline: String, _ body: String) -> String {
        "Beranda / Berita\n\(headline)\n\n\(body)\n"
    }

    static func speakers(_ headline: String, _ body: String) -> [Speaker] {
        Shared.record(page(headline, body)).event?.speakers ?? []
    }

    static func persons(_ body: String) -> [String] {
        speakers("Pelatihan Pengelolaan Arsip Desa", opening + body).filter { $0.kind == .person }.map(\.name)
    }

    static func organizations(_ body: String) -> [String] {
        speakers("Pelatihan Pengelolaan Arsip Desa", opening + body).filter { $0.kind == .organization }.map(\.name)
    }

    static let opening = "CIAMIS - Dinas Perpustakaan dan Kearsipan Kabupaten Ciamis menggelar pelatihan pengelolaan arsip bagi 60 operator desa di Aula Setda Ciamis, Rabu (15/10/2025). "

    /// An institution, a comma, a role chain and a person of it: the institution is the person's affiliation.
    @Test func anInstitutionWhosePersonFollowsIt() {
        let a = Self.organizations("Materi disampaikan narasumber dari ANRI, Arsiparis Ahli Madya Dra. Sri Lestari, M.Hum, yang memaparkan alur naskah dinas.")
        #expect(a.isEmpty)
        #expect(Self.persons("Materi disampaikan narasumber dari ANRI, Arsiparis Ahli Madya Dra. Sri Lestari, M.Hum, yang memaparkan alur naskah dinas.") == ["Sri Lestari"])
        let b = Self.organizations("Fasilitator berasal dari Perwakilan BKKBN Jawa Barat, salah satunya Ketua Tim Kerja Data dan Informasi, Muh Akbar Rasyid, S.Kom.")
        #expect(b.isEmpty)
        let c = Self.organizations("Instruktur berasal dari BP2IP Minahasa Selatan, di antaranya Capt. Yosias Lumingkewas, M.M.Tr. dan Ir. Frangky Kaunang.")
        #expect(c.isEmpty)
        // Not an institution beside a person of another (`dan` before the person opens another item).
        let d = Self.organizations("Materi disampaikan narasumber dari BPJS Kesehatan dan Dr. Dedi Supriadi, M.Kes. dari Dinas Kesehatan.")
        #expect(d.contains { $0.contains("BPJS") })
    }

    /// The next sentence refers back to the trainers the institution sent and names them.
    @Test func trainersSentByAnInstitutionAndNamedAfter() {
        let body = "Panitia mendatangkan dua instruktur dari Pusat Pelatihan Kearsipan Jakarta. Salah satunya Heru Santosa. Instruktur lainnya, Rina Kartikasari, melatih penataan berkas."
        #expect(Self.organizations(body).isEmpty)
        #expect(Self.persons(body).contains("Heru Santosa"))
        let other = "Materi jaminan sosial disampaikan tim BPJS Ketenagakerjaan Cabang Ciamis. Sesi berikutnya diisi Rina Marlina, S.E., pendamping UMKM."
        #expect(!Self.organizations(other).isEmpty)
    }

    /// An institution whose name is all in a person's affiliation is that person's.
    @Test func anInstitutionThatIsAPersonsAffiliation() {
        let body = "Materi patroli disampaikan oleh personel Manggala Agni. \"Api gambut menyala di bawah,\" kata Rizal Effendi, instruktur dari Manggala Agni Daops Ciamis, kepada peserta."
        #expect(!Self.organizations(body).contains("Manggala Agni"))
    }

    /// A material that names a regulation in capitals, and a practice on an application with a hyphenated name.
    @Test func aMaterialInCapitalsDeliveredByAnInstitution() {
        let a = Self.organizations("Pelatihan kerja sama dengan Satpol PP Kabupaten Ciamis. Materi tugas pokok dan fungsi Linmas berdasarkan Permendagri No 26 Tahun 2020 disampaikan petugas dari Satpol PP Kabupaten Ciamis.")
        #expect(a.contains("Satpol PP Kabupaten Ciamis"))
        let b = Self.organizations("Peserta juga mengikuti simulasi pengisian aplikasi SIKS-NG yang dipandu tim Pusdatin Kementerian Sosial secara daring.")
        #expect(b.contains { $0.hasPrefix("Pusdatin Kementerian Sosial") })
    }

    /// `Tuli` is no name, and `untuk` inside a capitalized name goes on with it.
    @Test func theDeafCommunity() {
        let b = Self.speakers("Pelatihan Bahasa Isyarat", "PADANG - Dinas Sosial Kota Padang menggelar pelatihan bahasa isyarat bagi 72 petugas di Balai Kota Padang, Rabu (5/11/2025). Pengajaran dipandu oleh tutor Tuli dari DPC Gerakan untuk Kesejahteraan Tunarungu Indonesia (Gerkatin) Kota Padang.")
        #expect(!b.contains { $0.kind == .person && $0.name == "Tuli" })
        #expect(b.contains { $0.kind == .organization && $0.name.contains("Gerkatin") })
    }
}
