import Testing
@testable import Warta

/// Organizers and speakers on the constructions of real reports (issue 11): passive agents, the subject of a
/// me- verb, abbreviations, role chains before titled names, persons in parentheses, captions.
struct OrganizerSpeakerTests {
    static func organizers(_ r: Record) -> [String] { r.event?.organizers.map(\.name) ?? [] }
    static func persons(_ r: Record) -> [String] { r.event?.speakers.filter { $0.kind == .person }.map(\.name) ?? [] }
    static func institutions(_ r: Record) -> [String] { r.event?.speakers.filter { $0.kind == .organization }.map(\.name) ?? [] }

    @Test func aShortFormInTheHeadlineAndTheFullNameInTheBodyAreOneOrganizer() {
        let r = Shared.record("Dinkes Halbar Gelar Pelatihan Konseling Menyusui\nJailolo - Pelatihan Konseling Menyusui Tahun 2025 digelar Dinas Kesehatan Kabupaten Halmahera Barat. Pelatihan dilaksanakan lima hari, mulai 5-9 Agustus 2025, di penginapan Nusantara, diikuti 24 bidan.")
        #expect(Self.organizers(r) == ["Dinas Kesehatan Kabupaten Halmahera Barat"])
    }

    @Test(arguments: [
        (["dinkes", "halbar"], ["dinas", "kesehatan", "kabupaten", "halmahera", "barat"], true),
        (["pmi", "kaltim"], ["palang", "merah", "indonesia", "pmi", "provinsi", "kalimantan", "timur"], true),
        (["dinas", "sosial", "sumsel"], ["dinas", "sosial", "provinsi", "sumatera", "selatan"], true),
        (["dinas", "sosial", "kota", "kupang"], ["dinas", "sosial", "provinsi", "jawa", "timur"], false),
        (["bpbd", "garut"], ["badan", "penanggulangan", "bencana", "daerah", "kabupaten", "ciamis"], false),
        (["bpbd", "ciamis"], ["badan", "penanggulangan", "bencana", "daerah", "kabupaten", "ciamis"], true),
        // many ways to spell the first letters, none for the last: answered from a table, not by trying them all
        ([String(repeating: "a", count: 40) + "b"], Array(repeating: "aaaa", count: 40), false),
    ])
    func abbreviations(_ short: [String], _ long: [String], _ expected: Bool) {
        #expect(OrganizerExtractor.abbreviates(short, long) == expected)
    }

    @Test func theSubjectOfAMeVerbBeforeTheEventIsTheOrganizerWhenNoVerbOfHoldingNamesOne() {
        let r = Shared.record("Pelatihan Pengurus PKK\nMARTAPURA – TP PKK (Tim Penggerak Pemberdayaan dan Kesejahteraan Keluarga) Kabupaten Banjar menegaskan perannya sebagai penggerak perubahan sampai ke desa lewat Pelatihan Peningkatan Kapasitas Pengurus di Mahligai Sultan Adam, Rabu (19/11/2025). Pelatihan ini juga menyoroti kolaborasi PKK dengan pemerintah desa.")
        // "pemerintah desa" in lower case names no one
        #expect(Self.organizers(r) == ["TP PKK (Tim Penggerak Pemberdayaan dan Kesejahteraan Keluarga) Kabupaten Banjar"])
    }

    @Test func anOrganisationThatSendsParticipantsDoesNotHoldTheEvent() {
        let r = Shared.record("Bimtek LKS\nKENDARI – Dinas Sosial Kota Kendari menjadi peserta Bimbingan Teknis LKS yang diselenggarakan Dinas Sosial Provinsi Sulawesi Tenggara di Hotel Plaza Inn, Senin (2/4/2018).")
        #expect(Self.organizers(r) == ["Dinas Sosial Provinsi Sulawesi Tenggara"])
    }

    @Test func aPassiveVerbWithTwoAgents() {
        let r = Shared.record("Diklat Linmas\nMADIUN – Anggota Linmas menjalani diklat yang digelar Satpol PP bersama Yonif Para Raider 501/Bajra Yudha di Kota Madiun, Senin (9/12/2019), diikuti 120 personel.")
        #expect(Self.organizers(r) == ["Satpol PP", "Yonif Para Raider 501/Bajra Yudha"])
        #expect(r.event?.organizers.map(\.role) == ["main", "co"])
    }

    @Test func anAppositiveBetweenCommasIsNotTheOrganizer() {
        let r = Shared.record("Pelatihan PKH\nBANDARLAMPUNG - Balai Besar Pendidikan dan Pelatihan Kesejahteraan Sosial (BBPPKS) Padang, unit pelaksana teknis Kementerian Sosial, menggelar Pelatihan Pendamping PKH di Hotel Emersia, 28 November 2024.")
        #expect(!Self.organizers(r).contains("Kementerian Sosial"))
    }

    @Test func theMainOrganizerNearestTheEventMentionComesFirst() throws {
        let text = AnalyzedText(raw: "Laporan\nDinas Pertanian menggelar rapat kerja di aula. Sementara itu Dinas Sosial menggelar bimtek bagi PSM.", vocabulary: Shared.rules.vocabulary)
        let extractor = try OrganizerExtractor(rules: Shared.rules)
        var scratch = MatchScratch()
        let bimtek = try #require(text.tokens.indices.first { text.folded($0) == "bimtek" })
        let anchor = EventAnchor(primary: bimtek..<(bimtek + 1), mentions: [], in: text)
        let found = extractor.extract(text, anchor: anchor, scratch: &scratch)
        #expect(found.map(\.organizer.name) == ["Dinas Sosial", "Dinas Pertanian"])
        let plain = extractor.extract(text, scratch: &scratch)
        #expect(plain.map(\.organizer.name) == ["Dinas Pertanian", "Dinas Sosial"])
    }

    @Test func anEvidenceSpanMapsBackToItsTokens() throws {
        let text = AnalyzedText(raw: "Dinas Sosial menggelar Bimbingan Teknis di aula.", vocabulary: Shared.rules.vocabulary)
        let r = try #require(text.tokenRange(covering: Evidence(text: "Bimbingan Teknis", start: 23, end: 39)))
        #expect(text.text(of: r) == "Bimbingan Teknis")
    }

    @Test func aRoleChainBeforeTitledNames() {
        let r = Shared.record("Bimtek KSB\nPALU – Dinas Sosial Provinsi Sulawesi Tengah menggelar bimtek Kampung Siaga Bencana di Desa Pombewe, Kamis (17/7/2025). Sejumlah narasumber dihadirkan, di antaranya Kepala Dinas Sosial Provinsi Sulawesi Tengah Dra. Nurhayati Lasampa, M.Si, Kabid Perlindungan dan Jaminan Sosial (Linjamsos) Dr. Syahrir Laponda, M.HI, dan Kabid Pencegahan BPBD Provinsi Sulteng Apt. Rusli Djalil, MM.")
        #expect(Self.persons(r) == ["Nurhayati Lasampa", "Syahrir Laponda", "Rusli Djalil"])
        #expect(r.event?.speakers.first?.titles == ["Dra.", "M.Si"])
    }

    @Test func personsInParenthesesAfterTheirRoles() {
        let r = Shared.record("Bimtek LKS\nKENDARI – Dinas Sosial Provinsi Sulawesi Tenggara menggelar Bimbingan Teknis LKS di Hotel Plaza Inn, Senin (2/4/2018). Adapun narasumber yang dihadirkan yakni Sekretaris Dinas Sosial Provinsi Sulawesi Tenggara (Drs. La Ode Muh. Rusdin) serta Kepala Seksi Kelembagaan Sosial (Wa Ode Sitti Hasnah, SP, M.PA)")
        #expect(Self.persons(r) == ["La Ode Muh. Rusdin", "Wa Ode Sitti Hasnah"])
        #expect(r.event?.speakers.first?.affiliation == "Sekretaris Dinas Sosial Provinsi Sulawesi Tenggara")
        #expect(Self.institutions(r).isEmpty)
    }

    @Test func aCaptionRoleIntroducesTheNameAfterItAndAProgrammeIsNoPerson() {
        let r = Shared.record("Pelatihan Stunting\nFoto: Kabid P4 DPPKB Sumbawa, Hairul Anwar, S.Sos, Pemateri Widyaiswara BKKBN Prov NTB, Ahmad Junaidi.\nSUMBAWA – DPPKB Sumbawa melaksanakan Pelatihan Tenaga Pelaksana di Hotel Kencana, Rabu (13/11/2024). Peserta terdiri dari Fasilitator Sistem Layanan dan Rujukan Terpadu (SLRT) dan kader. Di samping itu, KPU Sumbawa menugaskan PPK sebagai Trainer.")
        #expect(Self.persons(r) == ["Ahmad Junaidi"])
        #expect(Self.institutions(r) == ["PPK"])
        #expect(Self.organizers(r) == ["DPPKB Sumbawa"])
    }

    @Test func aListOfSpeakersEndsAtTheDegreeThatEndsItsSentence() {
        let r = Shared.record("Pelatihan PKH\nBANDARLAMPUNG - BBPPKS Padang menggelar Pelatihan Pendamping PKH di Hotel Emersia, 28 November 2024. Bertindak selaku narasumber widyaiswara BBPPKS Padang, Dra. Hj. Nurhayati Syamsuddin, M.Si dan Ir. Agus Priyanto, MM. Nurhayati membawakan modul P2K2, sedangkan Agus membahas teknik fasilitasi.")
        #expect(Self.persons(r) == ["Nurhayati Syamsuddin", "Agus Priyanto"])
        // the institution before the titled name is her affiliation, not a speaker of its own
        #expect(Self.institutions(r).isEmpty)
        #expect(r.event?.speakers.first?.affiliation == "BBPPKS Padang")
    }

    @Test func instructorsNamedByTheirInstitutions() {
        let r = Shared.record("Pelatihan SAR\nGorontalo (KBN) - Basarnas Gorontalo menggelar pelatihan potensi SAR di Pantai Leato, Senin (2/3/2020). Selama tujuh hari para potensi SAR itu ditangani instruktur Basarnas Gorontalo bersama instruktur Badan SAR Pusat.")
        #expect(Self.institutions(r) == ["Basarnas Gorontalo", "Badan SAR Pusat"])
        #expect(Self.persons(r).isEmpty)
    }

    @Test func aPartnerWithoutAHeadWordHoldsTheEventTooButAnOfficialDoesNot() {
        let r = Shared.record("Pelatihan Relawan\nCIAMIS – Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Ciamis bersama Patriot Desa Kabupaten Ciamis berkolaborasi menggelar pelatihan dan simulasi di Aula BPBD, Kamis (23/6/2022), diikuti 23 orang.")
        #expect(Self.organizers(r) == ["Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Ciamis", "Patriot Desa Kabupaten Ciamis"])
        let official = Shared.record("Pelatihan Relawan\nCIAMIS – Dinas Sosial Kabupaten Ciamis bersama Bupati Ciamis menggelar pelatihan di Aula BPBD, Kamis (23/6/2022), diikuti 23 orang.")
        #expect(Self.organizers(official) == ["Dinas Sosial Kabupaten Ciamis"])
    }

    @Test func theSubjectThatOpensTheLeadIsTheLastResort() {
        let r = Shared.record("Palu (19/7) – Dinas Sosial Provinsi Sulawesi Tengah kembali menguatkan kemampuan warga menghadapi bencana lewat pembentukan Kampung Siaga Bencana. Kegiatan Penguatan dan Peningkatan Kapasitas Pengurus KSB itu berlangsung di Desa Pombewe, Kamis (17/7/2025), diikuti 40 warga.")
        #expect(Self.organizers(r) == ["Dinas Sosial Provinsi Sulawesi Tengah"])
    }

    @Test func aFallbackOrganizerIsNoEvidenceOfAnEvent() throws {
        let text = AnalyzedText(raw: "TANJUNG SELOR – Pemerintah Provinsi Kalimantan Utara menargetkan peningkatan ruas jalan rampung pada akhir Desember 2023. Sekitar 60 warga dipekerjakan setelah mengikuti pelatihan singkat.", vocabulary: Shared.rules.vocabulary)
        let extractor = try OrganizerExtractor(rules: Shared.rules)
        var scratch = MatchScratch()
        let found = extractor.extract(text, scratch: &scratch)
        #expect(found.map(\.organizer.name) == ["Pemerintah Provinsi Kalimantan Utara"])
        #expect(found.allSatisfy { $0.fallback })
    }

    @Test func institutionsAfterADescriptionOfTheirOfficials() {
        let r = Shared.record("Pelatihan Linmas\nTarempa – Satpol PP Kabupaten Kepulauan Anambas menggelar pelatihan bagi anggota Satlinmas di Halaman Kantor Camat Palmatak, Rabu 6 Maret 2019. Materinya meliputi tupoksi dan baris berbaris, narasumbernya pejabat eselon III Satpol PP ditambah unsur Polsek serta Koramil setempat.")
        #expect(Self.institutions(r) == ["Satpol PP", "Polsek", "Koramil"])
    }

    @Test func aPersonWhoGaveTheMaterial() {
        let r = Shared.record("Diklat Linmas\nMADIUN – Satpol PP Kota Madiun menggelar diklat Linmas di Kota Madiun, Senin (9/12/2019), diikuti 120 personel. Bagus berterima kasih kepada Komandan Yonif Para Raider 501/Bajra Yudha, Letkol Inf Danang Setiawan SIP yang sudah turun langsung memberi materi dalam diklat tersebut.")
        #expect(Self.persons(r) == ["Danang Setiawan"])
    }

    @Test func aPartnerThankedInAQuoteAndTheSubjectThatOpensTheLead() {
        let r = Shared.record("MATARAM – Dinas Kesehatan (Dinkes) Lombok Barat mengaku puas atas kinerja Balai Pelatihan Kesehatan (Bapelkes) Mataram. Pernyataan itu diutarakan Kepala Dinas Kesehatan seusai membuka pelatihan imunisasi yang digelar di Hotel Aruna Senggigi, Senin (4/9/2023). “Terima kasih untuk Bapelkes Mataram yang sudah bekerja sama dengan kami dalam melatih tenaga kesehatan,” katanya.")
        #expect(Self.organizers(r) == ["Dinas Kesehatan (Dinkes) Lombok Barat", "Bapelkes Mataram"])
        #expect(r.event?.organizers.map(\.role) == ["main", "co"])
    }

    @Test func materialFromAnInstitution() {
        let r = Shared.record("Diklat Linmas\nMADIUN – Satpol PP Kota Madiun menggelar diklat Linmas di Kota Madiun, Senin (9/12/2019), diikuti 120 personel. Peserta menerima beragam materi, mulai baris berbaris sampai materi perlindungan masyarakat dari Satpol PP.")
        #expect(Self.institutions(r) == ["Satpol PP"])
    }

    // Generalization (issue 11, round 2): constructions, not the words of one report.

    @Test func anAbbreviationAloneTakesTheLongFormTheTextGives() {
        let r = Shared.record("Bimtek Siskeudes\nMURATARA – Hal itu disampaikan Kepala Dinas Pemberdayaan Masyarakat dan Desa (PMD), H. Syamsul Bahri. Ia menyebut, PMD membuat terobosan berupa pelatihan bagi perangkat desa di Hotel Sanjaya, Selasa (12/9/2017).")
        #expect(Self.organizers(r) == ["Dinas Pemberdayaan Masyarakat dan Desa (PMD)"])
    }

    @Test func aHeadThatIsACommonNounCountsOnlyCapitalized() {
        let named = Shared.record("Pelatihan Barista\nPAMULANG – Pelatihan barista itu diadakan Kelurahan Pondok Benda bersama Puskesmas Pamulang di aula kelurahan, Senin (31/10/2022).")
        #expect(Self.organizers(named) == ["Kelurahan Pondok Benda", "Puskesmas Pamulang"])
        let place = Shared.record("Pelatihan Kader\nPLAYEN – Dalam rangka membentuk Desa Siaga Sehat Jiwa di desa Dengok Kecamatan Playen, Puskesmas Playen I menggelar pelatihan bagi para kader, Rabu (8/6/2022).")
        #expect(Self.organizers(place) == ["Puskesmas Playen I"])
    }

    @Test func theOfficeWhoseHeadOpensTheEventHoldsItWhenNothingElseNamesAnOrganizer() {
        let r = Shared.record("Pelatihan Pilar Kessos\nKepala Dinas Sosial (Dinsos) Jatim membuka secara resmi Pelatihan Penguatan Kapasitas SDM Kesejahteraan Sosial di UPT PTKS Malang, Selasa (18/2/2025), diikuti 36 peserta.")
        #expect(Self.organizers(r) == ["Dinas Sosial (Dinsos) Jatim"])
        // a verb of holding names the organizer: the opener's office is not added
        let held = Shared.record("Pelatihan Relawan\nBPBD Kabupaten Garut menggelar pelatihan relawan di aula BPBD, Senin (4/3/2024). Kepala Dinas Sosial Kabupaten Garut membuka pelatihan itu.")
        #expect(Self.organizers(held) == ["BPBD Kabupaten Garut"])
    }

    @Test func theTailOfAHyphenatedNameIsNoOrganizer() {
        let r = Shared.record("Diklat Pemberdayaan\nPOSO – Dinas Perhubungan Kabupaten Poso menggelar Diklat pemberdayaan masyarakat di SMKN 1 Poso, 23-25 September 2020. \"Jadi politeknik transportasi darat Indonesia-STTD menggelar Diklat di sejumlah daerah,\" katanya.")
        #expect(!Self.organizers(r).contains("STTD"))
    }

    @Test func aPersonBeforeAVerbOfDeliveringTheMaterialStandsRightThere() {
        let r = Shared.record("Pelatihan Pola Asuh\nGARUT – Dinas Sosial Kabupaten Garut menggelar pelatihan pola asuh di aula dinas, Senin (4/3/2024). Dr. Rina Marlina, M.Psi saat menyampaikan materi mengajak orang tua mendengarkan anak. Arahan dari Sekretaris Daerah Dr. H. Dian Rachmat, M.Si itu bertujuan untuk memberikan pembekalan bagi peserta.")
        #expect(Self.persons(r) == ["Rina Marlina"])
    }

    @Test func aPersonNamedAgainByPartOfTheNameIsOneSpeaker() {
        let r = Shared.record("Bimtek TKSK\nTUBAN – Dinas Sosial Kabupaten Tuban menggelar bimtek TKSK di aula dinas, Senin (4/3/2024). Bertindak sebagai narasumber Drs. Mochamad Sholeh, M.Si dan Kompol Bambang Sutejo. Keduanya memberikan materi penanganan orang terlantar, sementara Bambang memberi materi tentang koordinasi.")
        #expect(Self.persons(r) == ["Mochamad Sholeh", "Bambang Sutejo"])
    }

    // Round 3: constructions checked on text the rules were not written from (examples in the style of
    // PHENOMENA.md, not taken from the corpus).

    @Test func theOfficeOfAHeadWhoOpensTheEventInThePassiveOrSpeaksOfItHoldsIt() {
        let passive = Shared.record("Bimtek Koperasi\nPEKANBARU – Bimtek penyusunan laporan keuangan koperasi itu dibuka secara resmi oleh Plt Kepala Dinas Koperasi dan UKM Provinsi Riau di Hotel Pangeran, Senin (4/3/2024), dan diikuti 60 pengurus koperasi.")
        #expect(Self.organizers(passive) == ["Dinas Koperasi dan UKM Provinsi Riau"])
        // The official's name after the office's region, without a comma, is not part of the office's name.
        let quoted = Shared.record("Pelatihan Penggiat Anti Narkoba\nTANJUNG – Pelatihan penggiat anti narkoba berlangsung di aula Kantor Bupati Tabalong, Selasa (5/3/2024). Kepala BNN Kabupaten Tabalong Ahmad Fauzan,S.Sos menuturkan pelatihan digelar supaya pemahaman penggiat makin baik.")
        #expect(Self.organizers(quoted) == ["BNN Kabupaten Tabalong"])
        // A Bupati heads a region, not an office.
        let regent = Shared.record("Pelatihan Kader\nGARUT – Pelatihan kader posyandu dibuka oleh Bupati Garut di Pendopo, Senin (4/3/2024), diikuti 80 kader.")
        #expect(Self.organizers(regent).isEmpty)
    }

    @Test func theSubjectOfAMeVerbWinsOverTheOfficeOfAHead() {
        let r = Shared.record("Pelatihan Relawan\nCIGUGUR – BPBD Kabupaten Kuningan memberikan pelatihan kebencanaan kepada relawan di aula desa, Senin (4/3/2024). Kepala Dinas Sosial Kabupaten Kuningan, Budi Santoso, mengatakan pelatihan ini penting bagi warga.")
        #expect(Self.organizers(r) == ["BPBD Kabupaten Kuningan"])
    }

    @Test func anAcronymAndItsRegionTakeTheLongFormTheTextGivesInParentheses() {
        let r = Shared.record("Latsar Penyuluh\nSEMARANG. Setiap tahun BPSDMD (Badan Pengembangan SDM Daerah) Provinsi Jawa Tengah menjalin kerja sama dengan perguruan tinggi. Pada 2019, BPSDMD Provinsi Jawa Tengah kembali menggelar Pelatihan Dasar Penyuluh Pertanian di aula, Senin (11/3/2019), diikuti 36 orang penyuluh.")
        #expect(Self.organizers(r).first == "BPSDMD (Badan Pengembangan SDM Daerah) Provinsi Jawa Tengah")
    }

    @Test func organisationHeadsOfAClassAdverbsAndTheOwnerOfTheProgramme() {
        let unit = Shared.record("Bimtek RKPDes\nLEBAK – Bimtek penyusunan RKPDes tersebut dilaksanakan oleh Bidang Pemerintahan Desa Dinas PMD Kabupaten Lebak di aula dinas, Selasa (4/6/2024), diikuti 40 kepala desa.")
        #expect(Self.organizers(unit) == ["Bidang Pemerintahan Desa Dinas PMD Kabupaten Lebak"])
        let adverb = Shared.record("Pelatihan Tani\nJEMBER – Gapoktan Sido Makmur berhasil menggelar pelatihan pembuatan pupuk organik di balai desa, Selasa (4/6/2024), diikuti 30 petani.")
        #expect(Self.organizers(adverb) == ["Gapoktan Sido Makmur"])
        let owner = Shared.record("Pelatihan Membatik\nPEKALONGAN – Pelatihan membatik bagi 30 ibu rumah tangga berlangsung di balai desa, Selasa (4/6/2024). Pelatihan membatik ini merupakan program Dinas Perindustrian dan Perdagangan Kabupaten Pekalongan.")
        #expect(Self.organizers(owner) == ["Dinas Perindustrian dan Perdagangan Kabupaten Pekalongan"])
        // A programme without an organisation names no organizer.
        let none = Shared.record("Pelatihan Membatik\nPEKALONGAN – Pelatihan membatik bagi 30 ibu rumah tangga berlangsung di balai desa, Selasa (4/6/2024). Pelatihan membatik ini merupakan program nasional.")
        #expect(Self.organizers(none).isEmpty)
    }

    @Test func aPersonAndTheirInstitutionBeforeAVerbOfDeliveringTheMaterial() {
        let r = Shared.record("Pelatihan Kamtibmas\nKISARAN – Dinas Sosial Kabupaten Asahan menggelar pelatihan bagi 30 kader di aula dinas, Senin (4/3/2024). Sementara itu, Kompol Darwis Hasibuan dari Sat Binmas Polres Asahan memberikan pembekalan tentang kamtibmas.")
        #expect(Self.persons(r) == ["Darwis Hasibuan"])
        #expect(r.event?.speakers.first?.affiliation == "Sat Binmas Polres Asahan")
        // A participant's village before the verb is no affiliation of a person.
        let village = Shared.record("Pelatihan Kader\nKISARAN – Dinas Sosial Kabupaten Asahan menggelar pelatihan bagi 30 kader di aula dinas, Senin (4/3/2024). Peserta dari Desa Sukamaju memberikan materi diskusi.")
        #expect(Self.persons(village).isEmpty)
    }

    @Test func ranksAndRoleChainsAreNoPartOfTheName() {
        let r = Shared.record("Pelatihan Bela Negara\nMAGELANG – Kodim 0705 menggelar pelatihan bela negara bagi 40 pelajar di aula, Senin (4/3/2024). Bertindak selaku instruktur yaitu Sertu Joko Susilo dan Serda Andreas Manurung. Sesi kedua diisi Kepala Seksi Rehabilitasi Sosial Anak, Lina Marlina, S.Sos.")
        #expect(Self.persons(r) == ["Joko Susilo", "Andreas Manurung", "Lina Marlina"])
    }

    // Round 4: recall by class and construction (sentences written for the round, in the forms of regional news).

    @Test func aRankWithItsCorpsInParenthesesAndARoleChainBeforeTheTitledPerson() {
        let r = Shared.record("Pembinaan Nelayan\nAMBON – Lanal Ambon menggelar pembinaan bagi 40 nelayan di balai desa, Kamis (14/11/2024). Materi bela negara disampaikan oleh Pasops Lanal Ambon, Letda Laut (P) Yosef Manuhutu, tentang wawasan kebangsaan.")
        #expect(Self.persons(r) == ["Yosef Manuhutu"])
    }

    @Test func aPersonNamedByOneWordTakesTheFullNameTheTextGives() {
        let r = Shared.record("Pelatihan Damkar\nSIDOARJO – Dinas Pemadam Kebakaran Kabupaten Sidoarjo menggelar pelatihan bagi 60 santri di halaman pondok, Senin (4/3/2024). \"Santri harus tahu apa yang dilakukan,\" kata Kepala Bidang Pemadaman, Bambang Irawan. Bambang sendiri memberikan materi teori tentang segitiga api.")
        #expect(Self.persons(r) == ["Bambang Irawan"])
    }

    @Test func aPersonSetOffByCommasBeforeAVerbOfDeliveringTheMaterialAndAListAfterARoleChain() {
        let comma = Shared.record("Pelatihan Kerja\nCILEGON – Disnaker Kota Cilegon menggelar pelatihan bagi 40 pencari kerja di aula, Senin (4/3/2024). Kasi Penempatan Disnaker Kota Cilegon, Ahmad Fauzi, membawakan materi soal bursa kerja.")
        #expect(Self.persons(comma) == ["Ahmad Fauzi"])
        let list = Shared.record("Pelatihan Pramuwisata\nMANGUPURA – Dinas Pariwisata Kabupaten Badung menggelar pelatihan bagi 80 pramuwisata di aula, Senin (4/3/2024). Narasumber yang dihadirkan antara lain Dr. Made Artawan dari Universitas Udayana yang membahas sejarah, serta Ketua ASITA Bali, Komang Sudarsana, yang memaparkan etika.")
        #expect(Self.persons(list) == ["Made Artawan", "Komang Sudarsana"])
        // An official who only welcomes the participants is no speaker.
        let welcome = Shared.record("Pelatihan Kerja\nCILEGON – Disnaker Kota Cilegon menggelar pelatihan bagi 40 pencari kerja di aula, Senin (4/3/2024). Wakil Wali Kota Cilegon, Sanuji Pentamarta, memberikan sambutan sekaligus membuka pelatihan.")
        #expect(Self.persons(welcome).isEmpty)
    }

    @Test func anInstitutionThatSendsNamedPersonsIsNoSpeakerOfItsOwnButAnUnnamedRepresentativeIs() {
        let named = Shared.record("Pelatihan Pertolongan Pertama\nCIANJUR – PMI Kabupaten Cianjur menggelar pelatihan pertolongan pertama bagi 50 relawan di markas PMI, Selasa (5/11/2024). Pelatih dalam kegiatan ini adalah pelatih dari PMI Provinsi Jawa Barat, yakni Dadang Suhendar dan Euis Komalasari.")
        #expect(Self.persons(named) == ["Dadang Suhendar", "Euis Komalasari"])
        #expect(Self.institutions(named).isEmpty)
        let unnamed = Shared.record("Pelatihan Keamanan Siber\nBANDA ACEH – Diskominfo Kota Banda Aceh menggelar pelatihan keamanan siber bagi 40 operator di aula, Selasa (3/9/2024). Dr. Teuku Ridwan, M.Kom selaku narasumber membawakan materi keamanan data, serta perwakilan Badan Siber dan Sandi Negara (BSSN) yang membahas penanganan insiden.")
        #expect(Self.persons(unnamed) == ["Teuku Ridwan"])
        #expect(Self.institutions(unnamed) == ["BSSN"])
    }

    @Test func anUntitledNameInATitleCaseHeadlineIsNoSpeaker() {
        let r = Shared.record("Pelatihan Instruktur Las di BLK Bantul Diikuti 16 Peserta\nBANTUL – Dinas Tenaga Kerja Kabupaten Bantul menggelar pelatihan las bagi 16 peserta di BLK Bantul, Senin (4/3/2024).")
        #expect(Self.persons(r).isEmpty)
    }

    @Test func longOfficeNamesAnOfficeAcronymWithItsRegionAndTheUnitItWorksThrough() {
        let long = Shared.record("Orientasi TPK\nBALIGE – Perwakilan Badan Kependudukan dan Keluarga Berencana Nasional (BKKBN) Provinsi Sumatera Utara bersama Dinas Kesehatan Kabupaten Toba melaksanakan orientasi bagi 90 kader di aula, Rabu (21/5/2025).")
        #expect(Self.organizers(long) == ["Perwakilan Badan Kependudukan dan Keluarga Berencana Nasional (BKKBN) Provinsi Sumatera Utara", "Dinas Kesehatan Kabupaten Toba"])
        let acronym = Shared.record("Bimtek Arsip\nSLEMAN – Bimtek pengelolaan arsip yang digelar DPKAD Kabupaten Sleman di aula, Selasa (4/6/2024), diikuti 40 operator desa.")
        #expect(Self.organizers(acronym) == ["DPKAD Kabupaten Sleman"])
        let through = Shared.record("Workshop Guru\nSUMEDANG – Sebanyak 80 guru mengikuti workshop yang digelar Pemerintah Kabupaten Sumedang melalui Dinas Pendidikan (Disdik) Sumedang di aula, Selasa (4/6/2024).")
        #expect(Self.organizers(through) == ["Pemerintah Kabupaten Sumedang", "Dinas Pendidikan (Disdik) Sumedang"])
    }

    // Round 5: recall by class and construction (sentences written for the round, not taken from any corpus).

    @Test func aListItemDescribedByARoleAndAPersonAfterAnOfficeThatEndsAtItsRegion() {
        let described = Shared.record("Pelatihan UMKM\nKENDAL – Dinas Koperasi Kabupaten Kendal menggelar pelatihan pemasaran daring bagi 40 pelaku UMKM di aula, Senin (3/11/2025). Pemateri yang tampil antara lain Dimas Pratama (fotografer, Semarang) yang membawakan materi foto produk, dan Rina Sulastri, konsultan marketplace, tentang toko daring.")
        #expect(Self.persons(described) == ["Dimas Pratama", "Rina Sulastri"])
        let region = Shared.record("Pelatihan BUMDes\nSELONG – Pemerintah Desa Suela menggelar pelatihan pembukuan BUMDes bagi 30 pengurus di balai desa, Kamis (4/9/2025). Sebagai pemateri, pihak desa menghadirkan pendamping desa, Lalu Hendra, S.E., dan dari Dinas Koperasi dan UKM Kabupaten Lombok Timur Ahmad Fauzi, S.Kom. yang mengajarkan aplikasi pembukuan.")
        #expect(Self.persons(region) == ["Lalu Hendra", "Ahmad Fauzi"])
    }

    @Test func anInstitutionNamedRightAfterAPersonIsNoAffiliationAcrossSementara() {
        let r = Shared.record("Pelatihan K3\nPEKANBARU – BPJS Ketenagakerjaan Cabang Pekanbaru menggelar pelatihan K3 bagi 100 pekerja di gedung serbaguna, Rabu (5/11/2025). Materi K3 disampaikan oleh ahli K3 dari Disnaker Provinsi Riau, Ir. Joko Santoso, M.T. Sementara materi jaminan sosial dipaparkan tim BPJS Ketenagakerjaan.")
        #expect(Self.persons(r) == ["Joko Santoso"])
        #expect(Self.institutions(r) == ["BPJS Ketenagakerjaan"])
    }

    @Test func anExpertBroughtInAndAMaterialNounBeforeTheTeacher() {
        let brought = Shared.record("Pelatihan Kader\nKLATEN – Dinas Sosial Kabupaten Klaten menggelar pelatihan bagi 30 kader di aula, Senin (3/11/2025). Dinas Sosial menghadirkan pekerja sosial Rahmat Hidayat sebagai pengisi sesi pertama.")
        #expect(Self.persons(brought) == ["Rahmat Hidayat"])
        let education = Shared.record("Pelatihan Kader\nKLATEN – Dinas Kesehatan Kabupaten Klaten menggelar pelatihan bagi 30 kader di aula, Senin (3/11/2025). Dalam kesempatan tersebut, dr. Andi Rahman, Sp.PD memberikan edukasi tentang diabetes kepada peserta.")
        #expect(Self.persons(education) == ["Andi Rahman"])
        // Participants who practise a method are no speakers.
        let practice = Shared.record("Pelatihan Relawan\nSIGI – BPBD Kabupaten Sigi menggelar pelatihan bagi 50 relawan di kantor desa, Selasa (2/12/2025).\nFoto: Relawan Destana mempraktikkan cara membawa tandu.")
        #expect(Self.persons(practice).isEmpty)
    }

    @Test func anOrganisationThroughItsProgrammeAndNotTheOfficialWhoOpens() {
        let opened = Shared.record("Pelatihan Pupuk Organik\nCIANJUR – Dinas Pertanian Kabupaten Cianjur menggelar pelatihan bagi 25 kelompok tani di aula, Senin (3/11/2025). Pelatihan itu dibuka oleh Camat Cibeber.")
        #expect(Self.organizers(opened) == ["Dinas Pertanian Kabupaten Cianjur"])
        let programme = Shared.record("Pelatihan UMKM\nTENGGARONG – PT Bukit Asam Tbk melalui program Tanggung Jawab Sosial dan Lingkungan (TJSL) menggelar pelatihan pemasaran bagi 40 pelaku UMKM di hotel, Senin (27/10/2025).")
        #expect(Self.organizers(programme) == ["PT Bukit Asam Tbk"])
    }

    // Round 7: variations of constructions the readable sets hold (sentences written for the round, after
    // scripts/people_probes_r7.tsv, not taken from any corpus).

    @Test func aFrontedPartnerAndTwoOfficesJoinedByDan() {
        let fronted = Shared.record("Pelatihan Tata Boga\nSERANG – Bersama Balai Latihan Kerja (BLK) Serang, Dinas Koperasi Kabupaten Serang menyelenggarakan pelatihan tata boga bagi 30 warga di aula, Senin (4/3/2024).")
        #expect(Self.organizers(fronted) == ["Dinas Koperasi Kabupaten Serang", "Balai Latihan Kerja (BLK) Serang"])
        let two = Shared.record("Pelatihan Pendamping Lansia\nBLITAR – Dinas Sosial Kota Blitar dan Politeknik Kesejahteraan Sosial Bandung menggelar pelatihan bagi 40 pendamping lansia di aula, Senin (4/3/2024).")
        #expect(Self.organizers(two) == ["Dinas Sosial Kota Blitar", "Politeknik Kesejahteraan Sosial Bandung"])
        // A programme named with its acronym is no organizer.
        let programme = Shared.record("Pelatihan UMKM\nTENGGARONG – PT Bukit Asam Tbk melalui program Tanggung Jawab Sosial dan Lingkungan (TJSL) menggelar pelatihan pemasaran bagi 40 pelaku UMKM di hotel, Senin (27/10/2025).")
        #expect(Self.organizers(programme) == ["PT Bukit Asam Tbk"])
    }

    @Test func anAgentAfterThePlaceAndTheTimeAndAHeadlineVerbInTitleCase() {
        let late = Shared.record("Pelatihan Pendamping\nSUMBAWA – Pelatihan pendamping sosial digelar di Aula Kantor Bupati, Senin (4/3/2024), oleh Dinas Sosial Kabupaten Sumbawa.")
        #expect(Self.organizers(late) == ["Dinas Sosial Kabupaten Sumbawa"])
        let headline = Shared.record("Dinsos Kota Bima Tingkatkan Kapasitas Pendamping PKH lewat Bimtek\n\nBIMA – Sebanyak 40 pendamping PKH mengikuti bimbingan teknis di aula kantor wali kota, Senin (4/3/2024).")
        #expect(Self.organizers(headline) == ["Dinsos Kota Bima"])
    }

    @Test func aListOfSpeakersWrittenOnePersonALine() {
        let r = Shared.record("Pelatihan Kader\nKOTA – Dinas Sosial Kabupaten Sukamaju menggelar pelatihan bagi 30 kader di aula, Senin (4/3/2024). Narasumber yang dihadirkan ialah\nDr. Sri Wahyuni, M.Si\ndan Ir. Bambang Susilo, M.T.\nPelatihan berlangsung tiga hari.")
        #expect(Self.persons(r) == ["Sri Wahyuni", "Bambang Susilo"])
        // A paragraph that opens with a titled person after a sentence with no list is no item.
        let next = Shared.record("Pelatihan Kader\nKOTA – Dinas Sosial Kabupaten Sukamaju menggelar pelatihan bagi 30 kader di aula, Senin (4/3/2024). Narasumber pelatihan ini adalah Dr. Sri Wahyuni, M.Si\nDr. Bambang Susilo, Kepala Dinas Sosial, membuka acara.")
        #expect(Self.persons(next) == ["Sri Wahyuni"])
    }

    // Round 8: how a person is read, whatever the cue.
    static func speakersOf(_ sentence: String) -> [String] {
        persons(Shared.record("Pelatihan Kader\nKOTA – Dinas Sosial Kabupaten Sukamaju menggelar pelatihan bagi 30 kader di aula, Senin (4/3/2024). \(sentence) Pelatihan berlangsung tiga hari."))
    }

    @Test func aWordThatOpensTheSentenceDoesNotHideThePersonAfterIt() {
        #expect(Self.speakersOf("Menurut Heru Santoso, narasumber dari BPPSDM KP, pupuk cair mudah dibuat.") == ["Heru Santoso"])
        #expect(Self.speakersOf("Selanjutnya Budi Santoso memaparkan materi tentang pemasaran digital.") == ["Budi Santoso"])
        #expect(Self.speakersOf("Sementara Rina Marlina selaku pemateri mengajak peserta berlatih.") == ["Rina Marlina"])
        // an official named with his role is still no speaker
        #expect(Self.speakersOf("Menurut Bupati Garut Rudy Gunawan, pelatihan ini penting.") == [])
    }

    @Test func aPersonWithAnExpertsRoleInAppositionIsASpeaker() {
        #expect(Self.speakersOf("“Pupuk ini mudah dibuat,” kata Budi Hartono, peneliti dari Balai Penelitian Tanah.") == ["Budi Hartono"])
        #expect(Self.speakersOf("Peserta antusias mengikuti paparan Made Wirawan, praktisi pariwisata Ubud.") == ["Made Wirawan"])
        // a participant's role is no expert's
        #expect(Self.speakersOf("“Saya senang,” ujar Siti Aminah, guru SD Negeri 1 Sukamaju.") == [])
    }

    @Test func aParticleInsideANameAndAnAffiliationBetweenTwoItemsOfAList() {
        #expect(Self.speakersOf("Materi teknik pemadaman disampaikan pelatih Damkar, Yohanis de Fretes.") == ["Yohanis de Fretes"])
        #expect(Self.speakersOf("Materi disampaikan oleh Muhammad bin Abdullah dari Kantor Kemenag.") == ["Muhammad bin Abdullah"])
        #expect(Self.speakersOf("Sebagai narasumber hadir Joko Purnomo dari BPBD dan Rina Susanti dari PMI.") == ["Joko Purnomo", "Rina Susanti"])
        // a name with its institution's acronym is a person; a programme's words with its acronym are not
        #expect(Self.speakersOf("Pemateri kegiatan ini antara lain Joko (BPBD) dan Rina (PMI).") == ["Joko", "Rina"])
        #expect(Self.speakersOf("Pemateri menjelaskan Kelompok Usaha Bersama (KUBE) kepada peserta.") == [])
    }

    @Test func aRoleInAppositionBeforeTheVerbAndDegreesAfterTheName() {
        #expect(Self.speakersOf("Dr. Ir. Budi Santoso, M.Sc., IPU, Ketua Program Studi Agribisnis Fakultas Pertanian Universitas Brawijaya, memaparkan materi budidaya.") == ["Budi Santoso"])
        #expect(Self.speakersOf("Narasumber kegiatan ini adalah Budi Santoso, S.Pd., M.Pd., Gr. dan Rina Marlina, S.Pd.") == ["Budi Santoso", "Rina Marlina"])
        #expect(Self.speakersOf("Pemateri, Ni Kadek Ayu Sri Wahyuni, S.Kep., Ns., M.Kep., menjelaskan perawatan luka.") == ["Ni Kadek Ayu Sri Wahyuni"])
        // an official who gives a welcome speech is no speaker
        #expect(Self.speakersOf("Bupati Garut, Rudy Gunawan, memberikan sambutan.") == [])
    }
}
