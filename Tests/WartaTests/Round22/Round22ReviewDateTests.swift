import Foundation
import Testing
@testable import Warta

/// Review of round 22 (menda): the review's inputs A1-A4, written as probes (/tmp/review22/p), and close variants.
/// A1: `sehari sebelumnya` names a day of the same event, not the people's past. A2: a photo's caption dates the event
/// only when it shows THE event (a training word or the event's own words) and its day is not long before the page's.
/// A3: `sampai besok` ends the event the next day only when said of its lasting (a verb of lasting, or the event word
/// opening the clause), not of a deadline, a registration or in a quote. A4: a weekday span after `setiap`, before
/// `pekan depan`/`pekan lalu`, or in a sentence of a planned or earlier training does not extend the end date.
struct Round22ReviewDateTests {
    /// A1 (review e01): the day before, of the same event.
    @Test func theDayBeforeKeepsTheEvent() throws {
        let text = "Petani Ikuti Praktik Lapang\n\nRabu, 5 November 2025 | 10:00 WIB\n\nSLEMAN - Sebanyak 25 petani mengikuti praktik lapang pembuatan pupuk organik di Desa Sukamaju, Rabu (5/11/2025). Sehari sebelumnya peserta mengikuti pelatihan teori di Aula BPP Sleman.\n"
        let r = Shared.record(text)
        #expect(r.isTrainingEvent)
        #expect(r.event?.participants?.total == 25)
        // Variant: `pada hari sebelumnya`.
        let variant = text.replacingOccurrences(of: "Sehari sebelumnya peserta", with: "Pada hari sebelumnya peserta")
        #expect(Shared.record(variant).isTrainingEvent)
    }

    /// A2 (review d09, d13; d10 kept): a caption of another year or another act does not date the event.
    @Test func aCaptionOfAnotherActOrYearDatesNothing() throws {
        let lastYear = "Dinkes Latih Kader\n\nSenin, 10 November 2025 | 10:00 WIB\nFoto: Suasana pelatihan kader tahun lalu di Aula Dinkes Blora, Rabu (25/6/2024). (Dok. Dinkes)\n\nBLORA - Dinas Kesehatan Kabupaten Blora menggelar pelatihan kader posyandu di Aula Dinkes Blora. Pelatihan diikuti 40 kader.\n"
        #expect(Shared.record(lastYear).event?.date?.start.iso != "2024-06-25")
        // Variant: a caption of another act in the page's year (a visit, no training word, no mention of the event).
        let visit = lastYear.replacingOccurrences(of: "Suasana pelatihan kader tahun lalu di Aula Dinkes Blora, Rabu (25/6/2024)", with: "Wakil Bupati Blora meninjau banjir di Desa Ngawen, Rabu (5/11/2025)")
        #expect(Shared.record(visit).event?.date?.start.iso != "2025-11-05")
        let otherAct = "Dinkes Latih Kader\n\nFoto: Bupati Blora meresmikan gedung Puskesmas Jepon, Rabu (25/6/2025). (Dok. Prokopim)\n\nBLORA - Dinas Kesehatan Kabupaten Blora menggelar pelatihan kader posyandu di Aula Dinkes Blora. Pelatihan diikuti 40 kader.\n"
        #expect(Shared.record(otherAct).event?.date?.start.iso != "2025-06-25")
        // Kept: the caption shows the event (`memberikan materi kepada kader`).
        let shows = "Dinkes Latih Kader\n\nFoto: Kepala Dinkes Blora memberikan materi kepada kader di Aula Dinkes Blora, Rabu (25/6/2025). (Dok. Dinkes)\n\nBLORA - Dinas Kesehatan Kabupaten Blora menggelar pelatihan kader posyandu di Aula Dinkes Blora. Pelatihan diikuti 40 kader.\n"
        #expect(Shared.record(shows).event?.date?.start.iso == "2025-06-25")
    }

    /// A3 (review d06, d08, d14): a registration, a deadline or a quote `sampai besok` does not move the end.
    @Test func untilTomorrowOfADeadlineKeepsOneDay() throws {
        for (id, text) in [("d06", "Dinkes Latih Kader\n\nSelasa, 4 November 2025 | 10:00 WIB\n\nBLORA - Hari ini Dinas Kesehatan Kabupaten Blora menggelar pelatihan kader posyandu di Aula Dinkes Blora. Pendaftaran pelatihan gelombang kedua dibuka sampai besok.\n"), ("d08", "Dinkes Latih Kader\n\nSelasa, 4 November 2025 | 10:00 WIB\n\nBLORA - Hari ini Dinas Kesehatan Kabupaten Blora menggelar pelatihan kader posyandu di Aula Dinkes Blora. Usai pelatihan, kader diminta melapor data balita paling lambat sampai besok.\n"), ("d14", "Dinkes Latih Kader\n\nSelasa, 4 November 2025 | 10:00 WIB\n\nBLORA - Hari ini Dinas Kesehatan Kabupaten Blora membuka pelatihan kader posyandu di Aula Dinkes Blora. \"Pelatihan ini penting, kami minta data balita dikirim paling lambat sampai besok,\" kata Kepala Dinkes.\n")] {
            let date = try #require(Shared.record(text).event?.date, "\(id)")
            #expect(date.start.iso == "2025-11-04", "\(id)")
            #expect(date.end.iso == "2025-11-04", "\(id)")
        }
        // Kept: a verb of lasting opening the next sentence (review d07), and the same in the event's own sentence.
        let lasting = "Dinkes Latih Kader\n\nSelasa, 4 November 2025 | 10:00 WIB\n\nBLORA - Hari ini Dinas Kesehatan Kabupaten Blora menggelar pelatihan kader posyandu di Aula Dinkes Blora. Bimtek berlangsung dua hari, sampai besok.\n"
        #expect(Shared.record(lasting).event?.date?.end.iso == "2025-11-05")
        let same = "Dinkes Latih Kader\n\nSelasa, 4 November 2025 | 10:00 WIB\n\nBLORA - Hari ini Dinas Kesehatan Kabupaten Blora menggelar pelatihan kader posyandu di Aula Dinkes Blora yang berlangsung hingga besok.\n"
        #expect(Shared.record(same).event?.date?.end.iso == "2025-11-05")
    }

    /// A4 (review d02, d03, d15; d04, d05 kept): a routine, another week or another training's weekday span.
    @Test func aWeekdaySpanOfAnotherRunDoesNotExtend() throws {
        for (id, text, day) in [("d02", "Disnaker Latih Pencari Kerja\n\nSenin, 3 November 2025 | 10:00 WIB\n\nKENDAL - Dinas Tenaga Kerja Kabupaten Kendal menggelar pelatihan menjahit bagi 30 pencari kerja di Aula BLK Kendal, Senin (3/11/2025). Pelatihan berlangsung setiap Senin hingga Rabu selama tiga bulan.\n", "2025-11-03"), ("d03", "Disnaker Latih Pencari Kerja\n\nSenin, 3 November 2025 | 10:00 WIB\n\nKENDAL - Dinas Tenaga Kerja Kabupaten Kendal menggelar pelatihan menjahit bagi 30 pencari kerja di Aula BLK Kendal, Senin (3/11/2025). Pelatihan tahap kedua dijadwalkan berlangsung Senin hingga Rabu pekan depan.\n", "2025-11-03"), ("d15", "Dinkes Latih Kader\n\nRabu, 5 November 2025 | 10:00 WIB\n\nBLORA - Dinas Kesehatan Kabupaten Blora menggelar pelatihan kader posyandu di Aula Dinkes Blora, Senin (3/11/2025). Sebelumnya, pelatihan bidan digelar dari Senin hingga Rabu pekan lalu di tempat yang sama.\n", "2025-11-03")] {
            let date = try #require(Shared.record(text).event?.date, "\(id)")
            #expect(date.start.iso == day, "\(id)")
            #expect(date.end.iso == day, "\(id)")
        }
        // Variant: `tiap` and `minggu depan`.
        let tiap = "Disnaker Latih Pencari Kerja\n\nSenin, 3 November 2025 | 10:00 WIB\n\nKENDAL - Dinas Tenaga Kerja Kabupaten Kendal menggelar pelatihan menjahit bagi 30 pencari kerja di Aula BLK Kendal, Senin (3/11/2025). Pelatihan berlangsung setiap Senin hingga Rabu selama tiga bulan.\n".replacingOccurrences(of: "setiap Senin", with: "tiap Senin")
        #expect(Shared.record(tiap).event?.date?.end.iso == "2025-11-03")
        let nextWeek = "Disnaker Latih Pencari Kerja\n\nSenin, 3 November 2025 | 10:00 WIB\n\nKENDAL - Dinas Tenaga Kerja Kabupaten Kendal membuka pelatihan menjahit bagi 30 pencari kerja di Aula BLK Kendal, Senin (3/11/2025). Kegiatan berlangsung sejak Senin hingga Rabu.\n".replacingOccurrences(of: "sejak Senin hingga Rabu.", with: "sejak Senin hingga Rabu minggu depan.")
        #expect(Shared.record(nextWeek).event?.date?.end.iso == "2025-11-03")
        // Kept: this run's span, also across the weekend.
        #expect(Shared.record("Disnaker Latih Pencari Kerja\n\nSenin, 3 November 2025 | 10:00 WIB\n\nKENDAL - Dinas Tenaga Kerja Kabupaten Kendal membuka pelatihan menjahit bagi 30 pencari kerja di Aula BLK Kendal, Senin (3/11/2025). Kegiatan berlangsung sejak Senin hingga Rabu.\n").event?.date?.end.iso == "2025-11-05")
        #expect(Shared.record("Disnaker Latih Pencari Kerja\n\nJumat, 7 November 2025 | 10:00 WIB\n\nKENDAL - Dinas Tenaga Kerja Kabupaten Kendal membuka pelatihan menjahit bagi 30 pencari kerja di Aula BLK Kendal, Jumat (7/11/2025). Pelatihan berlangsung Jumat hingga Senin.\n").event?.date?.end.iso == "2025-11-10")
    }
}
