import Testing
@testable import Warta

/// Issue 11, round 6: the core fields on a third fresh set. Each construction with an invented example (not copied
/// from any labeled report) and a counterexample.
struct Round6CoreTests {
    static func record(_ text: String) -> Record { Shared.record(text) }

    @Test func aMenuLineOrALabelCutByABarIsNoHeadline() {
        // A menu line cut by `|` before the real headline: the headline is the plain line after it.
        let menu = Self.record("SUKAPOS.COM - Senin, 4 Maret 2024 | Beranda | Daerah | Sosok\n\nSOSOK : DARI PELATIHAN MEMBATIK, BU SITI KINI PUNYA 5 KARYAWAN\n\nSUKAMAJU - Siang itu ruang kerja Siti di Desa Sukamaju penuh kain. Tiga tahun lalu ia ikut pelatihan membatik yang digelar Dinas Perindustrian. Pelatihan itu diikuti 20 orang perempuan.")
        #expect(!menu.isTrainingEvent)
        // A press release's label and number before the headline: an inauguration is no training.
        let release = Self.record("Siaran Pers | Balai Pelatihan Kerja Sukamaju\nNomor: 12/SP/BLK-SKM/III/2024\n\nGedung Praktik Las BLK Sukamaju Resmi Beroperasi\n\nSukamaju, 4 Maret 2024 – Balai Pelatihan Kerja Sukamaju meresmikan gedung praktik las baru, Senin (4/3/2024). Peresmian dihadiri Bupati Sukamaju. Di dalamnya terdapat 20 bilik las dan dua unit kendaraan latih.")
        #expect(!release.isTrainingEvent)
        // Counterexample: a headline cut by `|` with no plain line after it is still the headline.
        let only = Self.record("Dinsos Gelar Pelatihan Tagana | Sukapos\n\nSUKAMAJU - Dinas Sosial Kabupaten Sukamaju menggelar pelatihan bagi 40 anggota Tagana di Aula Kantor Bupati, Rabu (3/7/2024).")
        #expect(only.isTrainingEvent)
        #expect(only.event?.participants?.total == 40)
    }

    @Test func aPostponedTrainingOrAHandoverToAlumniIsNoEvent() {
        let postponed = Self.record("SUKAPOS.ID | Selasa, 11 Februari 2025\n\nIMBAS EFISIENSI ANGGARAN, BIMTEK APARATUR DESA DI TUNDA\n\nSUKAMAJU - Bimtek penyusunan RKP Desa yang rencananya di gelar di Hotel Sukamaju tanggal 18 sampai 20 februari dengan 120 peserta terpaksa di tunda.")
        #expect(!postponed.isTrainingEvent)
        let handover = Self.record("Bupati Serahkan Sertifikat kepada 40 Alumni Pelatihan Kerja\n\nSukamaju – Bupati Sukamaju menyerahkan sertifikat kepada 40 alumni pelatihan berbasis kompetensi di halaman Kantor Bupati, Kamis (5/12/2024).\n\nPara penerima merupakan peserta pelatihan kerja yang diselenggarakan Dinas Tenaga Kerja pada 13–15 Agustus 2024 lalu.")
        #expect(!handover.isTrainingEvent)
        // Counterexample: a training held in the first paragraph, with certificates handed at its close, is held.
        let closing = Self.record("Pelatihan Kerja Ditutup, Peserta Terima Sertifikat\n\nSUKAMAJU – Dinas Tenaga Kerja Sukamaju menggelar pelatihan las bagi 40 pencari kerja di Gedung BLK Sukamaju, 4-6 Maret 2024. Pada penutupan, Bupati menyerahkan sertifikat kepada peserta.")
        #expect(closing.isTrainingEvent)
    }

    @Test func aCountTheNextCountsAddUpToIsTheirTotal() {
        let respectively = Self.record("Pelatihan Keuangan BUMDes\n\nSUKAMAJU - Dinas PMD menggelar pelatihan laporan keuangan di Aula Kantor Bupati, Selasa (20/8/2024). Kegiatan ini diikuti 34 direktur dan bendahara BUMDes, masing masing 17 direktur dan 17 bendahara.")
        #expect(respectively.event?.participants?.total == 34)
        let parts = Self.record("Warga Dilatih Padamkan Api\n\nSUKAMAJU - BPBD melatih warga Desa Sukamaju di balai desa, 5 sampai 7 September 2023. Peserta berjumlah 30 orang,20 anggota MPA dan 10 orang perangkat desa.")
        #expect(parts.event?.participants?.total == 30)
        // Counterexample: counts that add up to none of them are summed.
        let summed = Self.record("Pelatihan Nelayan\n\nSUKAMAJU - Dinas Perikanan menggelar pelatihan di Aula Dinas Perikanan, Senin (4/3/2024). Sebanyak 20 orang nelayan dan 15 orang istri nelayan mengikuti pelatihan.")
        #expect(summed.event?.participants?.total == 35)
    }

    @Test func aTargetOrAQuotaIsNotWhoTookPart() {
        let r = Self.record("OJK Latih Guru\n\nSukamaju, 11 September 2024. OJK menyelenggarakan Training of Trainers (TOT) Literasi Keuangan bagi guru pada 10–11 September 2024. Kegiatan dilaksanakan secara hybrid: 50 guru hadir langsung di Ballroom Hotel Sukamaju, sementara 75 guru mengikuti secara daring.\n\nOJK menargetkan setiap guru peserta TOT mengedukasi minimal 30 siswa hingga akhir tahun 2024.")
        #expect(r.event?.participants?.total == 125)
        // Counterexample: a count after `peserta` with no target word is who took part.
        let kept = Self.record("Pelatihan Guru\n\nSUKAMAJU - Dinas Pendidikan menggelar pelatihan di Aula SMA Negeri 1 Sukamaju, Senin (4/3/2024). Pelatihan diikuti 30 guru.")
        #expect(kept.event?.participants?.total == 30)
    }

    @Test func aVenueEndsWithItsLine() {
        let r = Self.record("Dinsos Gelar Pelatihan Kader di Sleman\n\nSLEMAN – Dinas Sosial Kabupaten Sleman menggelar pelatihan bagi kader posyandu, Selasa (12/3/2024). Sebanyak 51 kader hadir di aula kantor dinas.")
        // The headline's `di Sleman` alone is an area, and `di aula kantor dinas` is in lower case: no venue.
        #expect(r.event?.location?.venue == nil)
        #expect(r.event?.location?.city == "Kabupaten Sleman")
        // Counterexample: a venue on one line is kept whole.
        let whole = Self.record("Pelatihan Kader\n\nSLEMAN – Dinas Sosial menggelar pelatihan bagi 40 kader di Aula Kantor Bupati Sleman, Selasa (12/3/2024).")
        #expect(whole.event?.location?.venue == "Aula Kantor Bupati Sleman")
    }
}
