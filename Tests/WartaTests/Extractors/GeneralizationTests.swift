import Testing
@testable import Warta

/// Construction-level rules of the core fields (venue, dates, participants), each with an example from the
/// form real reports take and a counterexample.
struct GeneralizationTests {
    static func event(_ text: String) -> Event? {
        let r = Shared.record(text)
        #expect(r.isTrainingEvent)
        return r.event
    }

    @Test func aVerbOfHoldingGovernsTheVenueOfItsClause() {
        // The opening stood somewhere else; the clause that holds the Bimtek names its venue.
        let e = Self.event("Bimtek Desa\nPembukaan Bimtek oleh Kepala Dinas di aula utama kantor Bupati Merangin terlihat lengang. Bimtek desa ini berlangsung tiga hari dua malam, 26-28 Juni 2019, di hotel Permata Kabupaten Merangin.")
        #expect(e?.location?.venue == "hotel Permata Kabupaten Merangin")
    }

    @Test func aNamedSiteAfterTheEventsClauseIsItsVenueButATownIsNot() {
        let e = Self.event("Pelatihan Relawan\nHari itu juga digelar pelatihan Peningkatan Kapasitas Relawan Penyuluh Sosial, Selasa (11/8/2020) di Kampoeng Kopi Banaran mulai pukul 08.00.")
        #expect(e?.location?.venue == "Kampoeng Kopi Banaran")
        let town = Self.event("Pelatihan Bela Negara\nPelatihan Bela Negara yang dibuka Wakil Bupati di Koromaka, Senin (3/5/2021), diikuti 40 peserta.")
        #expect(town?.location?.venue == nil)
    }

    @Test func aDateGivenToThePressIsNotTheEvents() {
        let e = Self.event("Diklat Guru\nDinas Pendidikan menggelar diklat Kurikulum Merdeka. Kegiatan berlangsung sejak tanggal 12-14 Januari 2023 di aula kampus STKIP. \"Kami minta peserta diklat ini serius,\" ujar Syaiful kepada Suara Madura, Kamis (12/12/2023).")
        #expect(e?.date?.start.iso == "2023-01-12")
        #expect(e?.date?.end.iso == "2023-01-14")
        // The opening day said at the opening is the event's.
        let opened = Self.event("Pelatihan Kader\n\"Kader harus siap,\" kata Bupati saat membuka pelatihan kader, Senin (6/3/2023).")
        #expect(opened?.date?.start.iso == "2023-03-06")
    }

    @Test func aCountOfAHistoryIsNotTheEvents() {
        let e = Self.event("Bimtek TKSK\nDinas Sosial menggelar Bimtek bagi TKSK di aula, Senin (6/11/2023). Semenjak 2009, Kemensos sudah merekrut 152 orang TKSK di 13 kabupaten.")
        #expect(e?.participants?.total == nil)
        let held = Self.event("Pelatihan Kader\nPelatihan berlangsung sejak Senin (6/3/2023) dan diikuti 40 peserta.")
        #expect(held?.participants?.total == 40)
    }

    @Test func anEnumerationOfTheParticipantsBeatsTheGroupAfterBagi() {
        let e = Self.event("Pelatihan Pertolongan Pertama\nPMI Provinsi menggelar Pelatihan Pertolongan Pertama bagi utusan PMI kabupaten/kota, Senin (15/11/2025), di Gedung PMI. Ketua panitia mengatakan peserta datang dari beragam unsur, antara lain PMI Kabupaten/Kota se-Kaltim, BPBD Provinsi Kaltim, serta RS Dirgahayu.")
        let names = e?.participants?.groups.map(\.name) ?? []
        #expect(names.contains("BPBD") && names.contains("rumah sakit") && !names.contains("utusan PMI"))
        // One group after the participants are named describes them; the list after bagi stays.
        let one = Self.event("Kementan di Merauke\nKementan menggelar Pelatihan Pengelolaan Lahan Rawa bagi petani milenial, Kamis (2/6/2023). Lahannya luas. Para peserta merupakan petani muda dari empat distrik.")
        #expect(one?.participants?.groups.map(\.name) == ["petani milenial"])
    }

    @Test func anAbbreviationsFullStopDoesNotEndTheList() {
        let e = Self.event("Pelatihan Stunting\nDinas Kesehatan menggelar pelatihan percepatan penurunan stunting di aula, Senin (3/6/2025). Adapun peserta pelatihan yakni, Ketua PKK, Ka. UPT Kecamatan, Camat Se-kabupaten, serta Kepala Puskesmas Se-Kabupaten.")
        let names = e?.participants?.groups.map(\.name) ?? []
        #expect(names.contains("Camat") && names.contains("Kepala Puskesmas"))
        // A full stop that ends the sentence ends the list.
        let ended = Self.event("Pelatihan Stunting\nDinas Kesehatan menggelar pelatihan stunting di aula, Senin (3/6/2025). Adapun peserta pelatihan yakni Ketua PKK. Camat Sumbawa membuka acara.")
        #expect(ended?.participants?.groups.map(\.name) == ["Ketua PKK"])
    }

    /// A text of one endless sentence (no full stop ends it: `Ka.` is a title) full of dates, counts and venues:
    /// the checks that read a candidate's sentence stop 80 tokens away, so it stays linear (it took 55 s in
    /// release when they read the whole sentence).
    @Test func aTextOfOneEndlessSentenceGetsARecord() {
        let unit = "Semenjak 2009 pelatihan digelar di Aula Kantor Dinas Sosial, ujar Budi kepada Suara Madura, Kamis (12/12/2023), diikuti 40 peserta, antara lain Ka. UPT, Camat, Kepala Puskesmas, "
        var text = "Bimtek\n"
        while text.utf8.count < Pipeline.maxTextBytes { text += unit }
        let r = Shared.record(text)
        #expect(r.error == nil)
        #expect(r.isTrainingEvent)
    }
}
