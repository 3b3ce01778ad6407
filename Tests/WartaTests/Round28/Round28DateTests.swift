import Testing
@testable import Warta

/// Round 28 (DATE28): ways Indonesian regional reports date a training that the rules missed, from the round's own bench
/// (`scripts/date_bench_r28`, no corpus document's words): `tanggal` repeated after a range's joiner, a year-less numeric
/// last day after a word joiner (`3 s.d. 5/11`), a report of the closing whose next sentence says when the training
/// `dimulai`, a later sentence that runs the event `hingga` a weekday alone, and `Minggu kemarin` as Sunday. Each
/// counterexample keeps the event's dates as written: a duration before another act, a registration's or a routine's
/// weekday, a week rather than a Sunday, a range written with a dash (a score), a numeric last day with its year.
struct Round28DateTests {
    static func dates(_ body: String, published: String) -> (String?, String?) {
        let parts = published.split(separator: "-").compactMap { Int($0) }
        let day = parts.count == 3 ? Day(year: parts[0], month: parts[1], day: parts[2]) : nil
        let d = Shared.record("Pelatihan Kader Digelar di Aula Dinas\n\n\(body)\n\nKegiatan ini diikuti 40 peserta.\n", published: day).event?.date
        return (d?.start.iso, d?.end.iso)
    }

    static let constructions: [(String, String, String, String)] = [
        // `tanggal` after the joiner of a same-month range
        ("PONOROGO - Kwarcab Ponorogo menggelar diklat bagi pembina pramuka di Bumi Perkemahan Ngembag pada tanggal 3 sampai dengan tanggal 5 November 2025.",
         "2025-11-06", "2025-11-03", "2025-11-05"),
        ("PACITAN - PWI Pacitan menggelar pelatihan jurnalistik di Gedung Karya Dharma pada tgl. 3 s.d. tgl. 5 Nov 2025.",
         "2025-11-06", "2025-11-03", "2025-11-05"),
        // a year-less numeric last day after a word joiner
        ("PROBOLINGGO - Disnaker menggelar pelatihan tata rias pengantin bagi 20 perempuan di BLK, 3 s.d. 5/11.",
         "2025-11-06", "2025-11-03", "2025-11-05"),
        ("MADIUN - BPSDM menggelar diklat pengadaan barang di Gedung Diklat, 29/12 hingga 2/1.",
         "2026-01-03", "2025-12-29", "2026-01-02"),
        // a report of the closing; the next sentence says when the training began
        ("TEMANGGUNG - Kadinkes menutup pelatihan asuhan persalinan normal bagi 30 bidan di Aula Dinkes, Sabtu (8/11/2025). Pelatihan dimulai Senin (3/11/2025).",
         "2025-11-09", "2025-11-03", "2025-11-08"),
        // a later sentence runs the event up to a weekday alone
        ("TUBAN - Dinkes Tuban membuka pelatihan kader posyandu di Aula Dinkes, Senin (3/11/2025) kemarin. Pelatihan berlangsung hingga Rabu.",
         "2025-11-04", "2025-11-03", "2025-11-05"),
        ("LAMONGAN - Bupati membuka bimtek operator desa di Pendopo, Selasa (4/11/2025).\n\nBimtek dijadwalkan berlangsung sampai dengan Jumat di aula yang sama.",
         "2025-11-04", "2025-11-04", "2025-11-07"),
        // `Minggu kemarin`, capitalized inside its sentence: Sunday
        ("NGAWI - Dinas Pertanian menggelar pelatihan pengendalian hama terpadu bagi 30 petani di BPP Karangjati, Minggu kemarin.",
         "2025-11-12", "2025-11-09", "2025-11-09"),
    ]

    static let counterexamples: [(String, String, String, String)] = [
        // a duration before another act is no length of the event
        ("BANJARNEGARA - Kemenag menggelar pelatihan metode tilawati bagi 40 guru TPQ di Aula Kemenag, Senin (3/11/2025).\n\nSelama tiga hari sebelumnya para guru mengikuti tes bacaan.",
         "2025-11-04", "2025-11-03", "2025-11-03"),
        // a registration's, a routine's or another week's weekday ends nothing
        ("TUBAN - Dinkes menggelar pelatihan kader posyandu di Aula Dinkes, Senin (3/11/2025). Pendaftaran pelatihan gelombang kedua dibuka hingga Rabu.",
         "2025-11-04", "2025-11-03", "2025-11-03"),
        ("TUBAN - Dinkes menggelar pelatihan kader posyandu di Aula Dinkes, Senin (3/11/2025). Pelatihan lanjutan berlangsung hingga Rabu pekan depan.",
         "2025-11-04", "2025-11-03", "2025-11-03"),
        ("TUBAN - Dinkes menggelar pelatihan kader posyandu di Aula Dinkes, Senin (3/11/2025). Posyandu buka setiap Senin hingga Kamis.",
         "2025-11-04", "2025-11-03", "2025-11-03"),
        ("TUBAN - Dinkes menggelar pelatihan kader posyandu di Aula Dinkes, Senin (3/11/2025), sedangkan pameran produk kader berlangsung hingga Rabu.",
         "2025-11-04", "2025-11-03", "2025-11-03"),
        // `minggu kemarin` in lower case or opening its sentence may be last week: no Sunday
        ("NGAWI - Dinas Pertanian menggelar pelatihan pengendalian hama bagi 30 petani di BPP Karangjati, Selasa (11/11/2025). Harga cabai naik sejak minggu kemarin.",
         "2025-11-12", "2025-11-11", "2025-11-11"),
        // a range with a dash and a year-less numeric end is no date (a score, a fraction)
        ("SLEMAN - Dispora menggelar pelatihan wasit futsal di GOR Pangukan, Selasa (4/11/2025). Tim tuan rumah kalah 3 - 5/11 dalam laga eksibisi.",
         "2025-11-05", "2025-11-04", "2025-11-04"),
        // a closing report whose `dimulai` belongs to registration stays one day
        ("KLATEN - Bupati menutup pelatihan barista di BLK Klaten, Jumat (7/11/2025). Pendaftaran angkatan berikutnya dimulai Senin (3/11/2025).",
         "2025-11-08", "2025-11-07", "2025-11-07"),
    ]

    @Test func constructionsGiveTheEventsDays() {
        for (body, published, start, end) in Self.constructions {
            let got = Self.dates(body, published: published)
            #expect(got.0 == start && got.1 == end, "\(body.prefix(90)): \(String(describing: got))")
        }
    }

    @Test func counterexamplesKeepTheWrittenDays() {
        for (body, published, start, end) in Self.counterexamples {
            let got = Self.dates(body, published: published)
            #expect(got.0 == start && got.1 == end, "\(body.prefix(90)): \(String(describing: got))")
        }
    }
}
