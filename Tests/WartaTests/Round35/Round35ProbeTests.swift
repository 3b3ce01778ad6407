import Testing
@testable import Warta

/// Round 35: constructions that the look halves of `corpus/heldout20` and `corpus/heldout21` showed (reports by
/// twelve writers who had not seen the rules), each with a counterexample. The rules' own examples run in
/// `RuleExampleTests`; these tests read whole reports.
struct Round35ProbeTests {
    static func record(_ text: String) -> Record { Shared.record(text) }
    static func event(_ text: String) -> Event? { record(text).event }
    static func speakers(_ e: Event?, _ kind: Speaker.Kind) -> [String] {
        e?.speakers.filter { $0.kind == kind }.map(\.name) ?? []
    }

    static let health = "Dinkes Latih Kader TBC\n\nPELAIHARI - Dinas Kesehatan Kabupaten Tanah Laut menggelar pelatihan kader TBC di Aula Dinas Kesehatan, Senin (3/3/2025).\n\n"

    static func persons(_ lead: String, _ sentence: String) -> [String] {
        speakers(event(lead + sentence + "\n"), .person)
    }

    /// The officials whose words are remarks are rules data (lexicon `remarks_official`, moved from code): a regional
    /// head or a village head before the person keeps him out of the readings of what he does.
    @Test func remarksOfficialsComeFromTheRules() throws {
        let set = try RuleSet.builtIn.get()
        #expect(set.lexicon("remarks_official") != nil)
        #expect(Self.persons(Self.health, "Bupati Tanah Laut, Rahmat Trianto, memaparkan ciri-ciri wilayah rawan TBC.").isEmpty)
        #expect(Self.persons(Self.health, "Kepala Desa Kait-Kait, Budi Santoso, memaparkan ciri-ciri rumah sehat.").isEmpty)
        #expect(Self.persons(Self.health, "dr. Nadia Safitri, Sp.P memaparkan ciri-ciri batuk pada anak.") == ["Nadia Safitri"])
    }

    /// No person's name starts inside a region's name of several words, even at a word that is also a title
    /// (`Laut`, a corps of the navy); a degree after a comma is the person's, never an institution (`S.KM`).
    @Test func regionNamesAndDegreesAreNoSpeakers() {
        let e = Self.event(Self.health + "Sesi pertama diisi oleh Rusdiansyah, S.KM, pengelola program TBC Dinas Kesehatan Tanah Laut, yang memaparkan alur penemuan kasus.\n")
        #expect(Self.speakers(e, .person) == ["Rusdiansyah"])
        #expect(Self.speakers(e, .organization).isEmpty)
        #expect(e?.speakers.first?.affiliation == nil)
        // a degree with a full stop between its letters, and one without
        for degree in ["M.Kes", "SKM"] {
            let d = Self.event(Self.health + "Sesi pertama diisi oleh Rusdiansyah, \(degree), pengelola program TBC Dinas Kesehatan Tanah Laut, yang memaparkan alur penemuan kasus.\n")
            #expect(Self.speakers(d, .organization).isEmpty, "\(degree)")
        }
        // counterexample: a titled person right after an office that ends at a one-word place is still read
        #expect(Self.persons(Self.health, "Penyuluh KB Kecamatan Cibeber Hj. Siti Romlah memandu peserta praktik.") == ["Siti Romlah"])
    }

    /// After `menurut X,` a speaker word opens the statement, unless a comma closes it as X's appositive.
    @Test func menurutAttributionIsNoApposition() {
        #expect(Self.persons(Self.health, "Menurut Endah, instruktur sengaja dipadukan antara tenaga internal dan praktisi.").isEmpty)
        #expect(Self.persons(Self.health, "Menurut Heru Santoso, narasumber dari BPPSDM KP, pelatihan ini penting bagi kader.") == ["Heru Santoso"])
        // the review: a title before the name, a degree after it
        #expect(Self.persons(Self.health, "Menurut dr. Endah Lestari, narasumber diminta fokus pada praktik.").isEmpty)
        #expect(Self.persons(Self.health, "Menurut Endah Lestari, S.Pd., instruktur harus sabar menghadapi peserta.").isEmpty)
        #expect(Self.persons(Self.health, "Menurut Heru Santoso, S.Pi., narasumber dari BPPSDM KP, pelatihan ini penting.") == ["Heru Santoso"])
    }

    /// Showing how a task is done (`cara` and a verb) is teaching; a participant who shows it is still no teacher.
    @Test func showingHowATaskIsDoneIsTeaching() {
        #expect(Self.persons(Self.health, "Ketua tim pengabdian, Dr. Yosina Wanggai, S.Pi., M.Si, memperagakan cara menyiangi ikan.") == ["Yosina Wanggai"])
        #expect(Self.persons(Self.health, "Raka Pradipta, fotografer produk, menunjukkan cara memotret dahak dengan ponsel.") == ["Raka Pradipta"])
        #expect(Self.persons(Self.health, "Salah satu peserta, Siti Aminah, memperagakan cara membuat pupuk organik.").isEmpty)
        #expect(Self.persons(Self.health, "Ketua panitia, Rina Marlina, menunjukkan cara peserta mendaftar ulang.").isEmpty)
        // the review: officials of two words and of a city's police, a task of administration, a participant named
        // by a learner's word before her, what a finding shows, a prayer
        #expect(Self.persons(Self.health, "Wali Kota Pontianak, Edi Rusdi Kamtono, menunjukkan cara memesan layanan melalui aplikasi.").isEmpty)
        #expect(Self.persons(Self.health, "Kapolresta Pontianak, Kombes Pol Adhe Hariadi, menunjukkan cara melaporkan kejahatan.").isEmpty)
        #expect(Self.persons(Self.health, "Kepala Dinas Kominfo, Budi Santoso, S.Kom., menunjukkan cara mendaftar akun melalui aplikasi.").isEmpty)
        #expect(Self.persons(Self.health, "Kader Posyandu Melati, Siti Aminah, memperagakan cara menimbang balita dengan dacin.").isEmpty)
        #expect(Self.persons(Self.health, "Survei yang dilakukan tim dr. Hendra Wijaya, M.Kes. menunjukkan cara pengasuhan balita masih keliru.").isEmpty)
        #expect(Self.persons(Self.health, "Sebelum acara dimulai, Ustaz Ahmad Fauzi, S.Ag., mengajak peserta membaca doa bersama.").isEmpty)
        #expect(Self.persons(Self.health, "Prakirawan Staklim NTB, I Made Wiradana, S.Tr., mengajak peserta membaca peta curah hujan.") == ["I Made Wiradana"])
    }

    /// A word of seniority may stand between a speaker word and the institution (`instruktur senior BLK,
    /// Suparno`); `dilatihkan` is a passive of teaching; `tampil` may come before a verb of delivering.
    @Test func seniorityPassivesAndAppearing() {
        let lead = "BLK Latih Pencari Kerja\n\nBANYUWANGI - UPTD BLK Banyuwangi menggelar pelatihan berbasis kompetensi bagi 96 pencari kerja, Senin (2/9/2024).\n\n"
        let e = Self.event(lead + "Kelas las listrik dipegang instruktur senior BLK, Suparno, S.T., yang sudah dua puluh tahun mengajar.\n")
        #expect(Self.speakers(e, .person) == ["Suparno"])
        #expect(Self.speakers(e, .organization).isEmpty)
        #expect(Self.persons(lead, "Teknik evakuasi korban dilatihkan Ipda Yusran Marsaoly dari Satuan Brimob.") == ["Yusran Marsaoly"])
        #expect(Self.persons(lead, "Koordinator Tagana Provinsi NTB, Muhammad Hasbullah, juga tampil membawakan materi manajemen shelter.") == ["Muhammad Hasbullah"])
        // the review: a participant who appears with her work, an official's opening words
        #expect(Self.persons(lead, "Peserta terbaik, Siti Aminah, tampil membawakan materi presentasi hasil praktik di depan juri.").isEmpty)
        #expect(Self.persons(lead, "Bupati Banyuwangi, Ipuk Fiestiandani, mengawali sambutannya dengan paparan data pengangguran.").isEmpty)
        #expect(Self.persons(lead, "Kepala Seksi Pelatihan, Ir. Hj. Nurhayati Lahamid, M.M., mengawali hari pertama dengan materi keselamatan kerja.") == ["Nurhayati Lahamid"])
        // the review: an institution whose acronym is also a degree stays in a list of institutions
        let list = Self.event(lead + "Materi disampaikan narasumber dari BNNK Banyuwangi, IPM Banyuwangi, dan PMI Banyuwangi.\n")
        #expect(Self.speakers(list, .organization).contains("IPM Banyuwangi"))
    }

    /// An abbreviation of a given name of four letters (`Moch.`, lexicon `name_abbreviation`) stays inside the name,
    /// and the person listed before it shares the speaker word; a title of four letters (`Ners`, `Prof.`) is still a
    /// title.
    @Test func longNameAbbreviationsStayInTheName() {
        let lead = "Dinsos Latih Bahasa Isyarat\n\nSURABAYA - Dinas Sosial Kota Surabaya menggelar pelatihan bahasa isyarat bagi 40 pegawai, Senin (3/3/2025).\n\n"
        #expect(Self.persons(lead, "Dwi Rahayu Lestari dan Moch. Fajar Ramadhan, S.Pd bertindak sebagai instruktur utama.") == ["Dwi Rahayu Lestari", "Moch. Fajar Ramadhan"])
        #expect(Self.persons(lead, "Prof. Budi Santoso bertindak sebagai instruktur utama.") == ["Budi Santoso"])
    }

    /// An untitled value with an acronym in parentheses right after it ends an institution's name; a nickname in
    /// parentheses does not.
    @Test func acronymAfterAValueMakesItAnInstitution() {
        #expect(Self.persons(Self.health, "Tim asesor dari Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (KemenPANRB) hadir sebagai narasumber.").isEmpty)
        #expect(Self.persons(Self.health, "Narasumber kegiatan ini adalah Muhammad Yusuf (Ucok), pegiat literasi.").contains("Muhammad Yusuf"))
        // the review: a person's affiliation in parentheses spells other words than his name
        #expect(Self.persons(Self.health, "Materi disampaikan narasumber Ahmad Fauzi (BNNK) dan Siti Rahma (Dinkes).") == ["Ahmad Fauzi", "Siti Rahma"])
        #expect(Self.persons(Self.health, "Pelatihan menghadirkan narasumber Budi Santoso (ASN) dari Dinas Kesehatan.") == ["Budi Santoso"])
    }

    /// The part of a body written before the body, then a verb of taking part: the part took part.
    @Test func partOfABodyTookPart() {
        let lead = "Anggota DPRD Ikuti Bimtek\n\nSINTANG - Lembaga Pengembangan Kapasitas Daerah menggelar bimtek penyusunan pokok pikiran, Senin (3/6/2024).\n\n"
        #expect(Self.event(lead + "Sebanyak 18 dari 35 anggota DPRD Kabupaten Sintang mengikuti bimtek tersebut.\n")?.participants?.total == 18)
        // counterexample: a part of the participants that passed is no count of those who took part
        #expect(Self.event(lead + "Sebanyak 30 dari 45 peserta dinyatakan lulus ujian akhir.\n")?.participants?.total != 30)
        // the review: those who stayed away, and regional offices, are no count of those who took part
        #expect(Self.event(lead + "Sayangnya, 4 dari 30 kepala desa berhalangan hadir karena ada rapat.\n")?.participants?.total != 4)
        #expect(Self.event(lead + "Sebanyak 6 dari 28 kader batal ikut karena hujan deras.\n")?.participants?.total != 6)
        #expect(Self.event(lead + "Sebanyak 9 dari 13 perangkat daerah hadir dalam bimtek tersebut.\n")?.participants?.total != 9)
        #expect(Self.event(lead + "Sebanyak 18 dari 35 anggota DPRD Kabupaten Sintang mengikuti bimtek tersebut.\n")?.participants?.groups.map(\.name) == ["anggota DPRD"])
    }

    /// Owners and certified experts are people that a count counts (`22 pemilik homestay`, `86 ahli K3`).
    @Test func ownersAndExpertsAreCounted() {
        let lead = "Pelatihan Homestay di Pemuteran\n\nBULELENG - Dinas Pariwisata Kabupaten Buleleng menggelar pelatihan pengelolaan homestay di Desa Pemuteran, Senin (3/6/2024).\n\n"
        #expect(Self.event(lead + "Peserta terdiri dari 22 pemilik homestay, 9 anggota Pokdarwis, serta 4 pemandu selam lokal.\n")?.participants?.total == 35)
        #expect(Self.event(lead + "Sebanyak 86 ahli K3 dari 43 perusahaan mengikuti kegiatan tersebut.\n")?.participants?.total == 86)
    }

    /// A room with a floor's number in a building that points back (`hotel tersebut`) is the named building's
    /// room: the named venue wins. Alone, a room in a building named in lower case stays the venue.
    @Test func roomOfABuildingNamedBefore() {
        let named = Self.event("""
            Pelatihan P2K3 di Balikpapan

            BALIKPAPAN - Disnakertrans Kaltim menggelar pelatihan P2K3 di Hotel Gran Senyiur Balikpapan, Senin (3/3/2025).

            Sebanyak 86 ahli K3 mengikuti kegiatan yang digelar di ballroom lantai 2 hotel tersebut.

            """)
        #expect(named?.location?.venue == "Hotel Gran Senyiur Balikpapan")
        let alone = Self.event("""
            Pelatihan P2K3 di Balikpapan

            BALIKPAPAN - Disnakertrans Kaltim menggelar pelatihan P2K3, Senin (3/3/2025).

            Sebanyak 86 ahli K3 mengikuti kegiatan yang digelar di ruang rapat lantai 2 kantor bupati.

            """)
        #expect(alone?.location?.venue == "ruang rapat lantai 2 kantor bupati")
        // the review: a room pointing back stays the venue when no place with a name is one; a time's `itu` points
        // to no building
        let onlyRoom = Self.event("Pelatihan Kader di Sintang\n\nSINTANG - Dinas Kesehatan Kabupaten Sintang menggelar pelatihan kader, Senin (3/3/2025).\n\nPelatihan berlangsung di aula lantai 3 gedung tersebut selama dua hari.\n")
        #expect(onlyRoom?.location?.venue == "aula lantai 3")
        let morning = Self.event("Pelatihan Kader di Sintang\n\nSINTANG - Dinas Kesehatan Kabupaten Sintang menggelar pelatihan kader, Senin (3/3/2025).\n\nPelatihan yang digelar di aula lantai 2 pagi itu diikuti 40 kader.\n")
        #expect(morning?.location?.venue == "aula lantai 2")
    }

    /// Papua's special-autonomy regulations are legal references of their own types.
    @Test func papuaSpecialAutonomyRegulations() {
        let r = Self.record("""
            Pelatihan Pengolahan Ikan di Jayapura

            JAYAPURA - Tim pengabdian Universitas Cenderawasih menggelar pelatihan pengolahan ikan bagi 30 mama-mama nelayan, Senin (3/6/2024). Program ini sejalan dengan Peraturan Daerah Khusus (Perdasus) Papua Nomor 18 Tahun 2008 tentang Perekonomian Berbasis Kerakyatan dan Perdasi Papua Nomor 5 Tahun 2019.

            """)
        #expect(r.legalReferences.map(\.canonical) == ["Perdasus 18/2008", "Perdasi 5/2019"])
    }
}
