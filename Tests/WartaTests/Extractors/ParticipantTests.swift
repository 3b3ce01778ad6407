import Testing
@testable import Warta

/// Participants on short documents: the total of THE event, stated totals with their breakdown, and group
/// names normalized through the alias lexicon.
struct ParticipantTests {
    static func participants(_ body: String) -> Participants? {
        let r = Shared.record("Bimtek\n" + body)
        #expect(r.isTrainingEvent)
        return r.event?.participants
    }

    @Test func aStatedTotalWithItsBreakdownKeepsTheTotalAndNamesTheGroups() {
        let p = Self.participants("Dinas Sosial menggelar pelatihan di aula, Senin (3/6/2025). Total peserta kegiatan ini 58 orang, yakni 51 anggota Tagana dan 7 anggota Pordam.")
        #expect(p?.total == 58)
        #expect(p?.groups.map(\.name) == ["Tagana", "Pordam"])
        #expect(p?.groups.map(\.count) == [51, 7])
    }

    @Test func aBreakdownThatDoesNotAddUpKeepsTheStatedTotal() {
        let r = Shared.record("Bimtek\nDinas Pendidikan menggelar diklat di aula, Kamis (12/1/2023). Pesertanya 138 orang, yakni 22 orang kepsek, 64 orang guru TPG, serta 53 orang guru non-TPG.")
        #expect(r.event?.participants?.total == 138)
        #expect(r.event?.participants?.groups.map(\.name) == ["kepala sekolah", "guru TPG", "guru non-TPG"])
        #expect(r.warnings.contains { $0.code == "participants-sum-mismatch" })
    }

    @Test func aCountThatReplacesTheEarlierOneIsNotAdded() {
        let p = Self.participants("Disnaker menggelar pelatihan menjahit di BLK, Senin (14/10/2022). Semula pendaftar pelatihan ini berjumlah 52 orang, lalu diseleksi kembali hingga tersisa 20 orang peserta.")
        #expect(p?.total == 20)
    }

    @Test func groupsListedAfterTheParticipantsAreNamedShort() {
        let p = Self.participants("Dinas Sosial menggelar pelatihan di UPT PTKS, Rabu (19/2/2025). Sebanyak 36 pilar kesejahteraan sosial asal Kabupaten Lumajang menjadi peserta, di antaranya pendamping Program Keluarga Harapan (PKH), anggota Tagana, Pekerja Sosial Masyarakat (PSM), serta pengurus Lembaga Kesejahteraan Sosial (LKS).")
        #expect(p?.total == 36)
        #expect(p?.groups.map(\.name) == ["pendamping PKH", "Tagana", "PSM", "pengurus LKS"])
    }

    @Test func aModifierStaysBeforeAGroupTheLexiconDoesNotKnow() {
        // Round 28 (GRP28): `BPD` is a known body now (`anggota BPD` -> `BPD`); `Bamuskal` is not.
        let p = Self.participants("DPMD menggelar bimtek di Hotel Santika Palu, Minggu (22/10/2023). Jumlah peserta Bimtek ada 548 orang, seluruhnya anggota Bamuskal dari 142 Desa se Parimo.")
        #expect(p?.total == 548)
        #expect(p?.groups.map(\.name) == ["anggota Bamuskal"])
    }

    @Test func anAbbreviationInParenthesesNamesTheGroup() {
        let p = Self.participants("Satpol PP menggelar pelatihan dalam bentuk pembinaan bagi anggota Satuan Perlindungan Masyarakat (Satlinmas) se-Kabupaten Kepulauan Anambas di aula kecamatan, Rabu 6 Maret 2019.")
        #expect(p?.groups.map(\.name) == ["Satlinmas"])
    }

    @Test func aVagueCountedNameGivesWayToTheListedGroups() {
        let p = Self.participants("Sebanyak 12 desa mengadakan pelatihan di Balai Desa Darek, Senin (3/6/2019). Pesertanya meliputi sekretaris desa (Sekdes), kepala seksi (kasi) hingga Kepala Dusun (Kadus). Total 139 aparatur dari ke-12 desa itu dibekali materi.")
        #expect(p?.total == 139)
        #expect(p?.groups.map(\.name) == ["sekretaris desa", "kasi", "kepala dusun"])
    }

    @Test func countsOfVillagesAndGroupsOfOrganisationsAreNotPeople() {
        let p = Self.participants("Dispertan menggelar pelatihan di BPP Grabag, Rabu (3/3/2021). Sebanyak 40 petani milenial yang tergabung dalam dua belas kelompok tani mengikuti kegiatan tersebut dari 26 desa.")
        #expect(p?.total == 40)
    }

    // Round 4: group names by class and shape (invented sentences, not from a document).

    @Test func wordsForMembersBeforeAKnownGroupGiveTheGroupButARoleStays() {
        let p = Self.participants("Dinas Sosial menggelar pelatihan di aula dinas, Senin (3/6/2025). Sebanyak 40 personel Tagana dan 12 pengelola BUMDes mengikuti kegiatan tersebut.")
        #expect(p?.total == 52)
        #expect(p?.groups.map(\.name) == ["Tagana", "pengelola BUMDes"])
    }

    @Test func aReduplicatedNounSharesItselfWithTheAbbreviationsAfterIt() {
        let p = Self.participants("PGRI menggelar workshop penulisan di aula sekolah, Sabtu (16/11/2024). Workshop ini bagi guru-guru SD dan SMP di kecamatan itu. Workshop diikuti sebanyak 80 guru.")
        #expect(p?.total == 80)
        #expect(p?.groups.map(\.name) == ["guru SD", "guru SMP"])
    }

    @Test func aVerbOrAnAdjectiveEndsTheNameAndABoundIsNoCount() {
        let p = Self.participants("Dinas Perikanan menggelar pelatihan di balai desa, Rabu (11/12/2024). Sebanyak 30 nelayan pemilik perahu di bawah 5 GT ikut serta.")
        #expect(p?.total == 30)
        #expect(p?.groups.map(\.name) == ["nelayan"])
    }

    @Test func aCountPerUnitIsNoPartOfTheTotal() {
        let p = Self.participants("Disnaker menggelar pelatihan di BLK, Kamis (15/5/2025). Pelatihan diikuti 32 peserta, masing-masing 16 orang per kejuruan, yang merupakan pemuda putus sekolah dan pencari kerja.")
        #expect(p?.total == 32)
        #expect(p?.groups.map(\.name) == ["pemuda putus sekolah", "pencari kerja"])
    }

    @Test func theListOfTheCountsSentenceNamesItsParts() {
        let p = Self.participants("BKKBN menggelar orientasi di aula hotel, Rabu (21/5/2025). Orientasi diikuti 90 orang anggota TPK yang terdiri dari bidan, kader PKK, dan kader KB.")
        #expect(p?.total == 90)
        #expect(p?.groups.map(\.name) == ["bidan", "kader PKK", "kader KB"])
    }

    @Test func aTextOfOneEndlessSentenceOfCountsAndGroupsGetsARecord() {
        // Every construction of round 4 in one sentence without an end, to the size limit: the clusters of counts
        // grow in place and every list is read in a bounded window, so this stays linear.
        let unit = "Sebanyak 40 personel Tagana dan 12 pengelola BUMDes serta 75 relawan relawan, terdiri dari 50 anggota KSR dan 25 TSR mengikuti pelatihan bagi guru-guru SD dan SMP, masing-masing 16 orang per kejuruan, hingga Selasa (15/10/2024) yang pernah dilatih di halaman Pondok Pesantren Darul Ulum selama 30 hari kerja di bawah 5 GT "
        var text = "Bimtek Guru\n"
        while text.utf8.count < Pipeline.maxTextBytes { text += unit }
        let r = Shared.record(text)
        #expect(r.error == nil)
        #expect(r.event?.participants?.total != nil)
    }
}
