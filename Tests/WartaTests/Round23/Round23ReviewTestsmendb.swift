import Foundation
import Testing
@testable import Warta

/// Round 23's review (mendb): a count of a later sentence is added to the total only when it is more people of this
/// event, not a count of another occasion (`Pada tahun 2023, ...`, `... yang digelar pekan lalu`), a running total
/// (`menambah deretan 200 petani yang telah dilatih ... sejak 2021`) or people in another role (`5 bidan desa sebagai
/// pendamping kader`); and a verb of ending with `hari ini` ends the event only when the event is its subject, not
/// registration (`sementara pendaftaran gelombang berikutnya ditutup hari ini`) or a status (`status tanggap darurat
/// banjir yang berakhir hari ini`).
struct Round23ReviewTestsmendb {
    static let head = "Rabu, 6 Agustus 2025 | 10:15 WIB\n\n"

    /// Each probe: its id, the text and the total expected.
    static let totals: [(id: String, text: String, total: Int?)] = [
        ("n09", "Petani Dilatih\n\n" + head + "KUDUS – Sebanyak 40 petani mengikuti pelatihan budidaya padi organik di Balai Desa Jati, Senin (4/8/2025). Kegiatan ini menambah deretan 200 petani yang telah dilatih Dinas Pertanian sejak 2021.\n", 40),
        ("n09b", "Petani Dilatih\n\n" + head + "KUDUS – Sebanyak 40 petani mengikuti pelatihan budidaya padi organik di Balai Desa Jati, Senin (4/8/2025). Pelatihan ini menambah 150 petani yang sudah dilatih sebelumnya oleh dinas.\n", 40),
        ("n02", "Pelatihan Petani\n\n" + head + "KUDUS – Sebanyak 40 petani mengikuti pelatihan budidaya padi organik di Balai Desa Jati, Senin (4/8/2025). Pada tahun 2023, sebanyak 25 pemuda tani juga mengikuti pelatihan di tempat yang sama.\n", 40),
        ("n04", "Pelatihan Guru\n\n" + head + "KUDUS – Sebanyak 30 guru PAUD mengikuti pelatihan metode bermain di Aula Disdik, Senin (4/8/2025). Di Kecamatan Mejobo, 25 guru TK juga mengikuti pelatihan yang digelar pekan lalu.\n", 30),
        ("n04b", "Pelatihan Guru\n\n" + head + "PATI – Sebanyak 30 guru PAUD mengikuti pelatihan metode bermain di Aula Disdik, Senin (4/8/2025). Bulan lalu, 20 guru SD juga mengikuti pelatihan itu di Juwana.\n", 30),
        ("n10", "Kader Dilatih\n\n" + head + "KUDUS – Sebanyak 40 kader posyandu mengikuti pelatihan di Aula Puskesmas Jati, Senin (4/8/2025). Kegiatan juga diikuti 5 bidan desa sebagai pendamping kader.\n", 40),
        // Kept: more people of this event.
        ("k1", "Pelatihan Pemulasaraan Jenazah\n\n" + head + "KLATEN – Kantor Kementerian Agama Kabupaten Klaten menggelar pelatihan pemulasaraan jenazah di Gedung PCNU Klaten, Senin (4/8/2025). Pelatihan diikuti 40 modin dari 26 kecamatan.\n\nSelain itu, panitia juga mengundang 10 takmir masjid sebagai peserta tambahan.\n", 50),
        ("k2", "Pelatihan Guru\n\n" + head + "BLORA – Dinas Pendidikan Kabupaten Blora menggelar pelatihan kurikulum di Aula Disdik Blora, Senin (4/8/2025). Pelatihan diikuti 30 guru. Selain guru, 12 kepala sekolah turut mengikuti pelatihan tersebut.\n", 42),
    ]

    @Test func laterCountsAreAddedOnlyWhenOfThisEvent() {
        for p in Self.totals {
            let got = Shared.record(p.text).event?.participants?.total
            #expect(got == p.total, "\(p.id): got \(String(describing: got))")
        }
    }

    @Test func endingTodayNeedsTheEventAsSubject() {
        let registration = "Pelatihan Guru Dibuka\n\n" + Self.head + "AMBON – Pelatihan peningkatan kompetensi guru yang dibuka Senin (4/8/2025) itu diikuti 30 peserta, sementara pendaftaran gelombang berikutnya ditutup hari ini.\n"
        #expect(Shared.record(registration).event?.date?.end.iso == "2025-08-04")
        let status = "Pelatihan Relawan\n\n" + Self.head + "BOGOR – Pelatihan relawan kebencanaan dibuka Senin (4/8/2025) di tengah status tanggap darurat banjir yang berakhir hari ini, kata Kepala BPBD Bogor.\n"
        #expect(Shared.record(status).event?.date?.end.iso == "2025-08-04")
        // Kept: the event ends today.
        let event = "Pelatihan Guru Berakhir\n\n" + Self.head + "AMBON – Pelatihan peningkatan kompetensi guru itu dibuka sejak Senin (4/8/2025) kemarin di Hotel Santika Ambon dan berakhir hari ini.\n"
        #expect(Shared.record(event).event?.date?.end.iso == "2025-08-06")
        let relative = "Pelatihan Guru Berakhir\n\n" + Self.head + "AMBON – Pelatihan peningkatan kompetensi guru yang dibuka Senin (4/8/2025) itu resmi ditutup hari ini.\n"
        #expect(Shared.record(relative).event?.date?.end.iso == "2025-08-06")
        let scheduled = "Pelatihan Guru\n\n" + Self.head + "AMBON – Pelatihan peningkatan kompetensi guru yang dibuka Senin (4/8/2025) itu diikuti 30 guru, dan pelatihan dijadwalkan usai hari ini.\n"
        #expect(Shared.record(scheduled).event?.date?.end.iso == "2025-08-06")
    }

    /// Review finding (quadratic scan): a page of many added counts, one a sentence, runs in linear time.
    @Test func manyAddedCountsRunLinear() {
        var s = "Pelatihan Kepala Sekolah\n\n" + Self.head + "BLORA – Sebanyak 40 guru mengikuti pelatihan di Aula Disdik, Senin (4/8/2025). "
        for n in 0..<3000 { s += "Pelatihan juga diikuti \(n % 50 + 1) kepala sekolah. " }
        let start = Date()
        _ = Shared.record(s)
        #expect(Date().timeIntervalSince(start) < 20)
    }
}
