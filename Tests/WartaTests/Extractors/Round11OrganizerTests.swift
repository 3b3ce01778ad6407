import Testing
@testable import Warta

/// Round 11 (issue 11, task ORG9): organizers of writers the rules have never seen, read from knowledge of how
/// Indonesian bodies are named (regional apparatus, vertical agencies and their units, TNI/Polri units, campuses and
/// their teams), not from documents; the sentences are written from no document (scripts/org_probes_r11.tsv).
struct Round11OrganizerTests {
    static func organizersOf(_ lead: String) -> [String] {
        OrganizerSpeakerTests.organizers(Shared.record("Pelatihan bagi Warga\n\nKOTA, 5 Maret 2024 – \(lead) Pelatihan berlangsung di aula dan diikuti 30 peserta."))
    }

    @Test func theUnitsOfBPOMAreNamedWithDiAndTheirRegion() {
        #expect(Self.organizersOf("Balai Besar POM di Semarang menggelar bimtek keamanan pangan bagi pelaku usaha.") == ["Balai Besar POM di Semarang"])
        #expect(Self.organizersOf("Loka Pengawas Obat dan Makanan (POM) di Kabupaten Banyumas menggelar pelatihan keamanan pangan bagi UMKM.") == ["Loka Pengawas Obat dan Makanan (POM) di Kabupaten Banyumas"])
        // any other office before `di` and a place is the office alone
        #expect(Self.organizersOf("Pelatihan digelar Dinas Sosial di Aula Kecamatan Sukajadi.") == ["Dinas Sosial"])
    }

    @Test func regionalBoardsStationsAndArchivesAreOffices() {
        #expect(Self.organizersOf("Bakesbangpol Kabupaten Wonogiri menggelar pelatihan wawasan kebangsaan bagi pelajar.") == ["Bakesbangpol Kabupaten Wonogiri"])
        #expect(Self.organizersOf("Stasiun Klimatologi BMKG Jawa Tengah menggelar Sekolah Lapang Iklim bagi petani.") == ["Stasiun Klimatologi BMKG Jawa Tengah"])
        #expect(Self.organizersOf("Arsip Nasional Republik Indonesia (ANRI) menggelar bimbingan teknis pengelolaan arsip dinamis.") == ["Arsip Nasional Republik Indonesia (ANRI)"])
    }

    @Test func aCampusTeamInLowerCaseIsAnOrganizerWithItsCampus() {
        #expect(Self.organizersOf("Pelatihan pembuatan pupuk cair digelar tim pengabdian Fakultas Pertanian Universitas Jember di Desa Sukorejo.") == ["tim pengabdian Fakultas Pertanian Universitas Jember"])
        // a team in lower case without a kind of body is a team sent by someone, not a name
        #expect(Self.organizersOf("Pelatihan itu digelar tim Basarnas Banten di pantai.") == [])
    }

    @Test func unitNumbersWithASlashAreReadWhole() {
        #expect(Self.organizersOf("Kodim 0809/Kediri menggelar pelatihan bela negara bagi pelajar.") == ["Kodim 0809/Kediri"])
        #expect(Self.organizersOf("Yonif 411/Pandawa Kostrad menggelar pelatihan pertolongan pertama bagi warga.") == ["Yonif 411/Pandawa Kostrad"])
        // a Koramil numbered as the TNI numbers it: its Kodim's number, a hyphen and its own (the lead, round 11)
        #expect(Self.organizersOf("Koramil 0812-08/Babat menggelar pelatihan bela negara bagi pemuda.") == ["Koramil 0812-08/Babat"])
        #expect(Self.organizersOf("Pelatihan digelar Koramil 1702-03/Asolokobal di halaman markas.") == ["Koramil 1702-03/Asolokobal"])
    }

    @Test func theShortFormsOfRegionalOfficesThatJoinTwoAffairsAreOffices() {
        // from the nomenclature of PP 18/2016 (the lead, round 11)
        #expect(Self.organizersOf("Dispersip Kota Bima menggelar pelatihan pengelolaan arsip bagi operator desa.") == ["Dispersip Kota Bima"])
        #expect(Self.organizersOf("Pelatihan inseminasi buatan digelar Disnakkan Kabupaten Sikka bagi peternak.") == ["Disnakkan Kabupaten Sikka"])
        // a common word that begins the same way is no office
        #expect(Self.organizersOf("Diskusi Kabupaten Garut membahas pelatihan bagi petani.") == [])
    }

    @Test func anOfficeActingAsOrganizerOrOpeningAClassOfTheEventHoldsIt() {
        #expect(Self.organizersOf("Dinas Kelautan dan Perikanan Kabupaten Rembang bertindak sebagai penyelenggara pelatihan.") == ["Dinas Kelautan dan Perikanan Kabupaten Rembang"])
        #expect(Self.organizersOf("Balai Latihan Kerja Kabupaten Batang kembali membuka kelas pelatihan barista bagi pemuda.") == ["Balai Latihan Kerja Kabupaten Batang"])
        // a sender of participants holds nothing
        #expect(Self.organizersOf("Dinas Sosial Kabupaten Blora mengirimkan 20 pendamping untuk mengikuti pelatihan di Semarang.") == [])
    }
}
