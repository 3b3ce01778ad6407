import Foundation
import Testing
@testable import Warta

/// The review of round 27's merge: five readings that a short report of the reviewer's own showed wrong, each against
/// round 26's answer. A count after the event word is no year (`pelatihan 2000 petani`); a title word with `me-`
/// (`Menjahit`) or a noun (`mesin`) does not end the phrase of another activity; `Narasumber lainnya` names another
/// speaker, not the institution's own; `dan` before a body's head joins two bodies before `melalui Bidang`; the
/// participants' other activity (`program magang sejak ...`) is no start of the training its closing reports.
struct Round27ReviewTests {
    static let pelatihan2000 = "Pemkab Gelar Pelatihan 2000 Petani Milenial\n\nSleman, Rabu (16/10/2024) - Dinas Pertanian Kabupaten Sleman menggelar pelatihan 2000 petani milenial di Aula Kecamatan Depok.\n"
    static let menjahit = "Pelatihan Menjahit dan Sertifikasi Halal yang Diadakan Dinas Koperasi Kabupaten Sleman\n\nSleman, Rabu (16/10/2024) - Pelatihan Menjahit dan Sertifikasi Halal yang diadakan Dinas Koperasi dan UKM Kabupaten Sleman diikuti 30 pelaku usaha di Aula Kecamatan Depok.\nKegiatan berlangsung selama tiga hari.\n"
    static let mesin = "Peserta Ikuti Uji Kompetensi\n\nSleman, Rabu (16/10/2024) - Sebanyak 30 peserta pelatihan menjahit di BLK Sleman mengikuti uji kompetensi mesin yang diselenggarakan Lembaga Sertifikasi Profesi (LSP) Garmen. Pelatihan digelar BLK Sleman selama 30 hari.\n"
    static let lainnya = "Dinkes Sleman Gelar Pelatihan Kader Posyandu\n\nSleman, Rabu (16/10/2024) - Dinas Kesehatan Kabupaten Sleman menggelar pelatihan kader posyandu di Aula Kecamatan Depok. Pelatihan menghadirkan narasumber dari Puskesmas Depok yang memaparkan materi gizi balita.\nNarasumber lainnya, Dr. Budi Santoso, menyampaikan materi tentang stunting.\n"
    static let twoBodies = "Guru SMP Sleman Ikuti Pelatihan Kurikulum\n\nSleman, Rabu (16/10/2024) - Dinas Sosial dan Dinas Pendidikan Kabupaten Sleman melalui Bidang Pembinaan SMP menggelar pelatihan kurikulum merdeka bagi 40 guru di Aula Kecamatan Depok.\n"
    static let magang = "Bupati Tutup Diklat Kader Desa\n\nSleman - Bupati Sleman menutup Diklat Kader Desa di Aula Kecamatan Depok, Jumat (22/11/2024). Para peserta mengikuti program magang sejak Jumat (1/11/2024) di perusahaan mitra.\n"

    @Test func aCountAfterTheEventWordIsNoYear() {
        #expect(Shared.record(Self.pelatihan2000).isTrainingEvent)
        // counterexample: a year of two years before stays an earlier training's
        let earlier = Self.pelatihan2000.replacingOccurrences(of: "Pelatihan 2000 Petani", with: "Peserta Pelatihan 2022 Terima Sertifikat Petani")
            .replacingOccurrences(of: "menggelar pelatihan 2000 petani milenial", with: "membagikan sertifikat peserta pelatihan 2022 kepada petani milenial")
        #expect(!Shared.record(earlier).isTrainingEvent)
    }

    @Test func theOtherActivitysPhraseEndsAtItsVerbOnly() {
        let names = (Shared.record(Self.menjahit).event?.organizers ?? []).map(\.name)
        #expect(names.contains { $0.hasPrefix("Dinas Koperasi") })
        let lsp = (Shared.record(Self.mesin).event?.organizers ?? []).map(\.name)
        #expect(!lsp.contains { $0.contains("Sertifikasi Profesi") })
    }

    @Test func anotherSpeakerDoesNotTakeTheInstitutionsPlace() {
        let speakers = Shared.record(Self.lainnya).event?.speakers ?? []
        #expect(speakers.contains { $0.kind == .organization && $0.name.contains("Puskesmas Depok") })
    }

    @Test func dan_beforeABodysHeadEndsTheBodyOfTheUnit() {
        let names = (Shared.record(Self.twoBodies).event?.organizers ?? []).map(\.name)
        #expect(!names.contains { $0.hasPrefix("Dinas Sosial dan") })
        #expect(names.contains { $0.hasPrefix("Dinas Pendidikan Kabupaten Sleman") })
    }

    @Test func theParticipantsOtherActivityIsNoStartOfTheTraining() {
        let d = Shared.record(Self.magang).event?.date
        #expect(d?.start == Day(year: 2024, month: 11, day: 22))
    }
}
