import Testing
@testable import Warta

/// Issue 11, round 10 (CORE8): venue, count and date constructions that writers share (a room inside a building, an
/// address without a comma, a labeled line of a release, the object of a training verb, parts after a breakdown word,
/// people beside the participants, counts per unit, a start after `sejak`, another act planned in the report, a page
/// date after a bar). Each with an invented example (not copied from any labeled report) and a counterexample.
struct Round10CoreTests {
    static func record(_ text: String) -> Record { Shared.record(text) }

    static let head = "Dinsos Sukamaju Gelar Pelatihan Kader\n\n"
    static let open = "SUKAMAJU – Dinas Sosial Kabupaten Sukamaju menggelar pelatihan bagi kader posyandu"
    static let tail = "\n\nKepala Dinas Sosial Kabupaten Sukamaju, Budi Santoso, mengatakan pelatihan ini bertujuan meningkatkan keterampilan para peserta. \"Kami berharap ilmu yang didapat bisa diterapkan,\" ujarnya."

    @Test func aRoomInsideABuildingKeepsTheBuilding() {
        let floor = Self.record(Self.head + Self.open + " di Ruang Rapat Melati, lantai 3 Gedung Setda Sukamaju, Selasa (12/3/2024)." + Self.tail)
        #expect(floor.event?.location?.venue == "Ruang Rapat Melati, lantai 3 Gedung Setda Sukamaju")
        // A hospital named after a doctor keeps the title's full stop.
        let doctor = Self.record(Self.head + Self.open + " di Aula RSUD dr. Sutomo Sukamaju, Selasa (12/3/2024)." + Self.tail)
        #expect(doctor.event?.location?.venue == "Aula RSUD dr. Sutomo Sukamaju")
        // Counterexample: a comma and a date after the room end the venue.
        let dated = Self.record(Self.head + Self.open + " di Ruang Rapat Melati, Selasa (12/3/2024)." + Self.tail)
        #expect(dated.event?.location?.venue == "Ruang Rapat Melati")
    }

    @Test func aLabeledLineOfAReleaseNamesTheVenue() {
        let release = "Diskominfo Sukamaju Gelar Bimtek Pengelola Website\n\nSUKAMAJU – Dinas Komunikasi dan Informatika Kabupaten Sukamaju menggelar bimbingan teknis pengelolaan website kecamatan, Selasa (12/3/2024).\n\n"
        let labeled = Self.record(release + "🔹 Tempat: Ballroom Hotel Melati Sukamaju\n🔹 Peserta: 54 orang\n\nKepala Diskominfo berharap website kecamatan diperbarui setiap pekan.")
        #expect(labeled.event?.location?.venue == "Ballroom Hotel Melati Sukamaju")
        let pin = Self.record(release + "📍 Aula Lantai 3 Gedung Setda Sukamaju\n👥 54 operator website kecamatan\n\nKepala Diskominfo berharap website kecamatan diperbarui setiap pekan.")
        #expect(pin.event?.location?.venue == "Aula Lantai 3 Gedung Setda Sukamaju")
        // Counterexample: a place not yet named after the label.
        let open = Self.record(release + "Tempat: akan diumumkan kemudian\n\nKepala Diskominfo berharap website kecamatan diperbarui setiap pekan.")
        #expect(open.event?.location?.venue == nil)
    }

    @Test func theObjectOfATrainingVerbAndItsParts() {
        // `menggembleng 50 relawan`, with a breakdown of two parts that adds up to it; the role players are not trained.
        let trained = Self.record(Self.head + "SUKAMAJU – BPBD Kabupaten Sukamaju menggembleng 50 relawan bencana, Selasa (12/3/2024), di Aula Bappeda Sukamaju.\n\nRelawan yang dilatih terdiri dari 30 relawan desa dan 20 anggota Tagana. Sebanyak 12 warga berperan sebagai korban dalam simulasi evakuasi." + Self.tail)
        #expect(trained.event?.participants?.total == 50)
        // Counterexample: two counts without a breakdown word are added, not a breakdown of another count.
        let added = Self.record(Self.head + Self.open + ", Selasa (12/3/2024).\n\nPelatihan diikuti 20 kader posyandu dan 20 bidan desa." + Self.tail)
        #expect(added.event?.participants?.total == 40)
    }

    @Test func peopleBesideTheParticipantsAreNotCounted() {
        let besides = Self.record(Self.head + Self.open + ", Selasa (12/3/2024).\n\nPeserta berjumlah 40 orang kader.\n\nSelain peserta, kegiatan ini melibatkan 5 orang panitia dan 3 orang pengendali pelatihan." + Self.tail)
        #expect(besides.event?.participants?.total == 40)
        // Counterexample: `selain` before another noun does not make a count of others.
        let also = Self.record(Self.head + Self.open + ", Selasa (12/3/2024).\n\nSelain materi gizi, kegiatan ini melibatkan 40 kader dalam praktik menimbang balita." + Self.tail)
        #expect(also.event?.participants?.total == 40)
    }

    @Test func aCountPerUnitIsNoPartOfTheTotal() {
        let clause = Self.record(Self.head + Self.open + ", Selasa (12/3/2024).\n\nPeserta berjumlah 40 kader posyandu, masing-masing desa diwakili oleh dua sampai tiga orang." + Self.tail)
        #expect(clause.event?.participants?.total == 40)
        let fromEach = Self.record(Self.head + Self.open + ", Selasa (12/3/2024).\n\nPeserta: 51 orang (3 orang dari tiap kecamatan)." + Self.tail)
        #expect(fromEach.event?.participants?.total == 51)
        // Counterexample: a comma ends the clause of `Setiap tahun`.
        let yearly = Self.record(Self.head + Self.open + ", Selasa (12/3/2024).\n\nSetiap tahun, pelatihan diikuti 40 kader dari seluruh kecamatan." + Self.tail)
        #expect(yearly.event?.participants?.total == 40)
    }

    @Test func aStartAfterSejakRunsToTheDayOfTheReport() {
        let closed = Self.record(Self.head + "SUKAMAJU – Dinas Sosial Kabupaten Sukamaju menutup pelatihan bagi kader posyandu, Jumat (15/3/2024).\n\nPelatihan berlangsung sejak Selasa (12/3/2024) di Aula Bappeda Sukamaju." + Self.tail)
        #expect(closed.event?.date?.start.iso == "2024-03-12")
        #expect(closed.event?.date?.end.iso == "2024-03-15")
        // Counterexample: `sejak` in a sentence of another matter (a flood) starts nothing.
        let flood = Self.record(Self.head + "SUKAMAJU – Banjir melanda sejak Jumat (8/3/2024) di sejumlah desa.\n\nDinas Sosial Kabupaten Sukamaju kemudian menggelar pelatihan bagi kader posyandu, Selasa (12/3/2024)." + Self.tail)
        #expect(flood.event?.date?.start.iso == "2024-03-12")
        #expect(flood.event?.date?.end.iso == "2024-03-12")
    }

    @Test func anotherActPlannedInTheReportIsNotTheEvents() {
        let page = "Selasa, 12 Maret 2024 10:00 WIB\n\n"
        let today = Self.record(Self.head + page + "SUKAMAJU – Sebanyak 40 kader posyandu mengikuti pelatihan yang digelar Dinas Sosial Kabupaten Sukamaju hari ini.\n\nDinas Sosial juga akan menggelar pelatihan lanjutan bagi 30 kader pada Selasa (19/3/2024) di Aula Bappeda." + Self.tail)
        #expect(today.event?.date?.start.iso == "2024-03-12")
        #expect(today.event?.participants?.total == 40)
        // Counterexample: `dua hari ini` is a span, not the page's day; the written dates stay.
        let span = Self.record(Self.head + page + Self.open + ", Sabtu dan Minggu (9-10/3/2024).\n\nKepala Dinas berharap pelatihan tidak berhenti pada dua hari ini." + Self.tail)
        #expect(span.event?.date?.start.iso == "2024-03-09")
    }

    @Test func aPageDateAfterABar() {
        let r = Self.record("Berita Daerah | Selasa, 12 Maret 2024 10:00\n\n" + Self.head + Self.open + " hari ini di Aula Bappeda Sukamaju." + Self.tail)
        #expect(r.document.published?.iso == "2024-03-12")
        #expect(r.event?.date?.start.iso == "2024-03-12")
        // Counterexample: a date inside a sentence after a bar-free line is no page date.
        let body = Self.record(Self.head + Self.open + ", Selasa (12/3/2024)." + Self.tail)
        #expect(body.document.published == nil)
    }

    // EVENT1: events missed in features and releases, and pages misread at their breadcrumb.

    @Test func aFeatureNamesItsEventLateAsThePredicateOfAdalah() {
        let feature = "Mimpi Ibu-ibu Pesisir Sukamaju\n\nRabu, 13 Maret 2024\n\nSiti (41) masih ingat hari ketika ikan hasil tangkapan suaminya busuk di keranjang. Kini ia bisa membuat abon dan kerupuk.\n\n\"Dulu dibuang saja,\" katanya.\n\nKegiatan dua hari itu, Senin dan Selasa (11-12/3/2024), adalah pelatihan pengolahan ikan. Penyelenggaranya Dinas Perikanan Kabupaten Sukamaju. Pesertanya 30 orang.\n\nSiti berharap kerupuknya laku di pasar."
        #expect(Self.record(feature).isTrainingEvent)
        // Counterexample: a training as the answer to a problem is no event held.
        let opinion = "Mimpi Ibu-ibu Pesisir Sukamaju\n\nRabu, 13 Maret 2024\n\nSiti (41) masih ingat hari ketika ikan hasil tangkapan suaminya busuk di keranjang.\n\nMenurut dia, salah satu jalan keluarnya adalah pelatihan pengolahan ikan. Sampai kini belum ada yang datang ke desanya."
        #expect(!Self.record(opinion).isTrainingEvent)
    }

    @Test func aVillageReleaseTellsItsTrainingDoneWithTelahTerlaksana() {
        let release = "PEMERINTAH DESA SUKAMAJU\nKecamatan Sukamaju, Kabupaten Sukamaju\n\nINFO KEGIATAN DESA\n\nPELATIHAN PEMBUATAN KERIPIK\n\nAlhamdulillah, pelatihan bagi ibu-ibu kelompok UMKM Desa Sukamaju telah terlaksana pada Sabtu, 9 Maret 2024.\n\n▪️ Tempat : Balai Desa Sukamaju\n▪️ Peserta : 30 orang\n\nKepala Desa Sukamaju, Bapak Sugeng, berharap produk ibu-ibu naik kelas."
        #expect(Self.record(release).isTrainingEvent)
    }

    @Test func aBreadcrumbWithArrowsIsNoHeadline() {
        let crumbs = AnalyzedText(CleanText(normalizing: "KOMPAS SUKAMAJU  >  Regional  >  Sukamaju\n\nIkan Tak Lagi Busuk: Cerita Istri Nelayan Belajar Mengolah Tangkapan\n\nSenin, 10 Maret 2025 | 14:20 WIB\n\nTangan Siti masih berbau amis ketika ia menunjukkan toples berisi kerupuk ikan buatannya. Dulu, kata ibu dua anak dari Desa Sukamaju itu, ikan yang tak laku hanya dijemur seadanya."), vocabulary: Shared.rules.vocabulary, firstLineIsHeadline: false)
        #expect(crumbs.text(of: crumbs.headline) == "Ikan Tak Lagi Busuk: Cerita Istri Nelayan Belajar Mengolah Tangkapan")
        let arrows = AnalyzedText(CleanText(normalizing: "sukamaju.go.id › Berita › Pengumuman\n\nREKRUTMEN INSTRUKTUR PELATIHAN KERJA TAHUN 2025\n\nBalai Latihan Kerja Sukamaju membuka kesempatan bagi tenaga profesional untuk bergabung sebagai instruktur. Pendaftaran dilakukan secara daring melalui laman resmi balai, kata kepala balai."), vocabulary: Shared.rules.vocabulary, firstLineIsHeadline: false)
        #expect(arrows.text(of: arrows.headline) == "REKRUTMEN INSTRUKTUR PELATIHAN KERJA TAHUN 2025")
        // Counterexample: a breadcrumb alone before the body, with no plain line after it, stays the headline.
        let alone = AnalyzedText(CleanText(normalizing: "Beranda > Daerah > Pelatihan Kader Posyandu Digelar di Sukamaju\n\nSUKAMAJU – Dinas Sosial Kabupaten Sukamaju menggelar pelatihan bagi kader posyandu di aula kantor bupati, Selasa (12/3/2024), kata kepala dinas."), vocabulary: Shared.rules.vocabulary, firstLineIsHeadline: false)
        #expect(alone.text(of: alone.headline) == "Beranda > Daerah > Pelatihan Kader Posyandu Digelar di Sukamaju")
        // The headline after `site › Berita › Pengumuman` is the call for instructors: a recruitment, not an event.
        let page = "bkpp.sukamaju.go.id › Berita › Pengumuman\n\nREKRUTMEN INSTRUKTUR PELATIHAN NON-ASN TAHUN 2025\n\nDiposting: Senin, 3 Februari 2025\n\nBalai Latihan Kerja Sukamaju membuka kesempatan bagi tenaga profesional untuk bergabung sebagai instruktur guna mendukung program Pelatihan Berbasis Kompetensi tahun 2025.\n\nInstruktur terpilih akan melatih peserta pencari kerja mulai April 2025 di BLK Sukamaju."
        #expect(!Self.record(page).isTrainingEvent)
        // A record of a year under a breadcrumb (`Sepanjang 2024, ... Latih 410 Pencari Kerja`) is no event either.
        let year = "SUKAMAJU POS  >  Daerah  >  Ekonomi\n\nSepanjang 2024, Disnaker Sukamaju Latih 410 Pencari Kerja\n\nRabu, 18 Desember 2024\n\nSUKAMAJU - Dinas Tenaga Kerja Kabupaten Sukamaju mencatat 410 pencari kerja mengikuti pelatihan berbasis kompetensi sepanjang tahun 2024.\n\nAngka itu naik dibanding tahun lalu."
        #expect(!Self.record(year).isTrainingEvent)
        // Counterexample: a training held, under the same breadcrumb, is still an event.
        let held = Self.record("SUKAMAJU POS  >  Daerah  >  Sukamaju\n\n" + Self.head + Self.open + ", Selasa (12/3/2024), di Aula Bappeda Sukamaju." + Self.tail)
        #expect(held.isTrainingEvent)
    }

    @Test func anOrganizerNamedByABareProvinceNameDoesNotDecideTheCity() {
        // `BSIP Bengkulu` is a provincial office: the bare name says nothing of Kota Bengkulu, the place does.
        let provincial = Self.record("Petani Kopi Ikut Pelatihan Sambung Pucuk\n\nCURUP - Puluhan petani kopi di Kabupaten Rejang Lebong ikut pelatihan teknik sambung pucuk tanaman kopi yang digelar BSIP Bengkulu, Kamis (21/8/2025), di kebun kopi milik Kelompok Tani Sido Makmur.\n\nPara petani mempraktikkan langsung teknik itu di kebun.")
        #expect(provincial.event?.location?.city == "Kabupaten Rejang Lebong")
        // Counterexample: an office of the kota itself, named with its prefix, still weighs its city.
        let city = Self.record("Dinsos Gelar Pelatihan Kader\n\nDinas Sosial Kota Bengkulu menggelar pelatihan bagi kader posyandu, Selasa (12/3/2024), di Aula Hotel Santika.\n\nPara kader berasal dari berbagai kelurahan.")
        #expect(city.event?.location?.city == "Kota Bengkulu")
    }
}
