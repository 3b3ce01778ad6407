import Foundation
import Testing
@testable import Warta

/// Round 25 (DATE25): dates as Indonesian reports write them. One report of a training, written with its dates in every
/// way the date grammar reads (a month's name, abbreviated with or without a full stop, the old spellings, numeric in
/// day-month-year order cut by `/`, `-` or `.`, a comma before the year; ranges joined by `hingga`, `sampai`, `sampai
/// dengan`, `s.d.`, `s/d`, `sd`, a dash or an en dash, their last day numeric or spelled), must give the dates the
/// report written with full month names gives. Numbers that are no date stay none: a month above 12, a day the month
/// does not have, a letter's number after `Nomor`, a path of numbers.
struct Round25DateTests {
    /// A report whose event is dated by `DATE` in its lead, on a page dated by `PAGE`.
    static func report(_ date: String, page: String = "Senin, 17 November 2025 | 09:12 WIB") -> String {
        "Petani Muda Kulon Progo Dilatih Budidaya Melon Hidroponik\n\n\(page)\n\nKULON PROGO – Dinas Pertanian dan Pangan Kabupaten Kulon Progo menggelar pelatihan budidaya melon hidroponik bagi 35 petani muda, \(date), di Aula BPP Kecamatan Sentolo.\n\nKepala Dinas Pertanian dan Pangan Kulon Progo mengatakan pelatihan ini bagian dari program regenerasi petani. \"Anak muda harus melihat pertanian sebagai usaha yang menjanjikan,\" ujarnya.\n"
    }

    static func dates(_ text: String) -> (String?, String?) {
        let d = Shared.record(text).event?.date
        return (d?.start.iso, d?.end.iso)
    }

    /// A single day, every way of writing it.
    @Test func aSingleDayReadsTheSameInEveryForm() {
        let forms = ["12 November 2025", "12 Nov 2025", "12 Nov. 2025", "12 Nopember 2025", "12 November, 2025", "12/11/2025",
                     "12-11-2025", "12.11.2025", "pada 12/11/2025", "Rabu, 12-11-2025", "Rabu (12-11-2025)", "Rabu (12.11.2025)"]
        for f in forms {
            let (s, e) = Self.dates(Self.report(f))
            #expect(s == "2025-11-12", "\(f)")
            #expect(e == "2025-11-12", "\(f)")
        }
    }

    /// Every month's abbreviations and old spellings.
    @Test func everyMonthAbbreviated() {
        let months: [(String, [String])] = [
            ("01", ["Jan", "Jan."]), ("02", ["Feb", "Peb", "Pebruari", "Febr."]), ("03", ["Mar", "Mrt"]), ("04", ["Apr", "Apr."]),
            ("05", ["Mei"]), ("06", ["Jun", "Jun."]), ("07", ["Jul", "Jul."]), ("08", ["Agt", "Agu", "Agu.", "Agst", "Ags"]),
            ("09", ["Sep", "Sept", "Sept."]), ("10", ["Okt", "Okt."]), ("11", ["Nov", "Nop", "Nopember"]), ("12", ["Des", "Des."]),
        ]
        for (mm, names) in months {
            for n in names {
                let (s, _) = Self.dates(Self.report("Rabu, 5 \(n) 2025", page: "5 \(n) 2025"))
                #expect(s == "2025-\(mm)-05", "\(n)")
            }
        }
    }

    /// Ranges within a month: every joiner, the last day spelled or numeric.
    @Test func aRangeReadsTheSameWithEveryJoiner() {
        let joiners = ["hingga", "sampai", "sampai dengan", "s.d.", "s.d", "s/d", "sd", "-", "–"]
        let ends = ["14 November 2025", "14 Nov 2025", "14/11/2025", "14-11-2025", "14.11.2025"]
        for j in joiners {
            for end in ends {
                let text = Self.report("12 \(j) \(end)")
                let (s, e) = Self.dates(text)
                #expect(s == "2025-11-12", "12 \(j) \(end)")
                #expect(e == "2025-11-14", "12 \(j) \(end)")
            }
        }
        // Weekdays before the days, a `tanggal` before them.
        for f in ["Rabu s.d. Jumat, 12 s.d. 14-11-2025", "Rabu sampai Jumat, 12 sampai 14/11/2025", "tanggal 12 hingga 14.11.2025"] {
            let (s, e) = Self.dates(Self.report(f))
            #expect(s == "2025-11-12", "\(f)")
            #expect(e == "2025-11-14", "\(f)")
        }
    }

    /// Ranges across months and years, the last day numeric.
    @Test func aRangeAcrossMonths() {
        for f in ["29 Oktober hingga 1/11/2025", "29 Oktober sampai dengan 01-11-2025", "29/10/2025 s/d 1/11/2025", "29/10 s.d. 1/11/2025",
                  "29 Okt. 2025 - 1 Nop. 2025", "29 Oktober, 2025 hingga 1 November, 2025"] {
            let (s, e) = Self.dates(Self.report(f))
            #expect(s == "2025-10-29", "\(f)")
            #expect(e == "2025-11-01", "\(f)")
        }
        let (s, e) = Self.dates(Self.report("30/12 hingga 2/1/2026", page: "Senin, 5 Januari 2026 | 09:12 WIB"))
        #expect(s == "2025-12-30")
        #expect(e == "2026-01-02")
        // Two weekdays in parentheses, cut by dashes or full stops.
        for f in ["Rabu (12-11-2025) hingga Jumat (14-11-2025)", "Rabu (12.11.2025) s.d. Jumat (14.11.2025)"] {
            let (s2, e2) = Self.dates(Self.report(f))
            #expect(s2 == "2025-11-12", "\(f)")
            #expect(e2 == "2025-11-14", "\(f)")
        }
    }

    /// A numeric date of the page's header (after a bar, after `Diterbitkan:`) dates the page; the event's year-less
    /// day takes the page's year.
    @Test func aNumericPageDate() {
        for page in ["Admin Desa | 17-11-2025 | Berita Desa", "Diterbitkan: 17.11.2025 | Kategori: Pertanian", "Berita | Senin, 17/11/2025"] {
            let (s, _) = Self.dates(Self.report("Rabu (12/11)", page: page))
            #expect(s == "2025-11-12", "\(page)")
        }
    }

    /// A bare numeric date followed by a time near the top is the page's stamp, also on a page flattened into one block:
    /// the event's relative days count from it, and it dates no event itself.
    @Test func aStampWithATimeDatesThePage() {
        let flat = "DETIKJATIM.com | Regional Cerita Pemuda Desa Belajar Menyeduh Kopi detikJatim - 02/05/2025, 14:20 WIB Penulis Kontributor Jember | Editor Redaksi JEMBER - Sebanyak 30 pemuda desa mengikuti pelatihan barista yang digelar Dinas Pariwisata Kabupaten Jember selama tiga hari, Kamis hingga Sabtu pekan lalu, di Aula Dinas Pariwisata Jember. \"Kami ingin kopi desa naik kelas,\" kata Kepala Dinas.\n"
        let (s, e) = Self.dates(flat)
        #expect(s == "2025-04-24")
        #expect(e == "2025-04-26")
    }

    /// Numbers that are no date: not the event's day, whatever else the report says.
    @Test func numbersThatAreNoDate() {
        let text = Self.report("Rabu (12/11/2025)")
        for noise in ["Pelatihan merujuk Surat Nomor 10/3/2025 dari Kementerian.", "Undangan dikirim dengan surat No. 5-3-2025.",
                      "Materi dapat diunduh di https://distan.kulonprogokab.go.id/berita/05/03/2025/melon.", "Tanggal 13/25/2025 tercetak keliru di spanduk.",
                      "Kode kelas 31/02/2025 dipakai panitia."] {
            let t = text.replacingOccurrences(of: "ujarnya.\n", with: "ujarnya.\n\n\(noise) Pelatihan digelar untuk para petani.\n")
            let (s, e) = Self.dates(t)
            #expect(s == "2025-11-12", "\(noise)")
            #expect(e == "2025-11-12", "\(noise)")
        }
        // Invalid numeric dates alone give no day.
        for bad in ["13/25/2025", "31/02/2025", "32-10-2025", "12 hingga 31/02/2025"] {
            let (s, _) = Self.dates(Self.report("pada \(bad)", page: "Berita Daerah"))
            #expect(s == nil, "\(bad)")
        }
    }
}
