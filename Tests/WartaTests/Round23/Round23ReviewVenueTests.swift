import Foundation
import Testing
@testable import Warta

/// Review of round 23 (venue): an office's name that goes on after `dan` before a verb that is no opening or speaking
/// (`di Gedung Dinas Komunikasi dan Informatika menghadirkan`) stays whole, while a person after `dan` before an
/// opening verb still ends the venue (`di Aula Dinkes dan Slamet membuka`); a time in `-nya` after `dari` (`dari pagi
/// hingga sore harinya di Aula X`) is no place one joins from; an opening's place set against a practice's is no class
/// room (two places), while a class's is the venue. Probes written by the review, pages dated 6 Aug 2025.
struct Round23ReviewVenueTests {
    static let head = "Rabu, 6 Agustus 2025 | 10:15 WIB\n\n"
    static let probes: [(id: String, text: String, venue: String?)] = [
        ("v15", "Pelatihan Jurnalistik\n\n" + head + "PADANG – Pelatihan jurnalistik di Gedung Dinas Komunikasi dan Informatika menghadirkan dua wartawan senior sebagai narasumber, Senin (4/8/2025). Peserta berjumlah 40 pelajar.\n",
         "Gedung Dinas Komunikasi dan Informatika"),
        ("v02", "Pelatihan Koperasi di Balai\n\n" + head + "PADANG – Pelatihan manajemen koperasi bagi 35 pengurus koperasi desa digelar di Balai Pelatihan Koperasi dan UMKM menghadirkan tiga narasumber, Senin (4/8/2025).\n\nKegiatan diselenggarakan Dinas Koperasi Provinsi Sumatera Barat.\n",
         "Balai Pelatihan Koperasi dan UMKM"),
        ("v03", "Pelatihan Kader di Aula\n\n" + head + "BLORA – Pelatihan kader posyandu digelar di Aula Dinkes dan Slamet membuka kegiatan itu, Senin (4/8/2025). Sebanyak 50 kader mengikuti pelatihan tersebut.\n",
         "Aula Dinkes"),
        ("v04", "Pelatihan Batik Digelar Dua Hari\n\n" + head + "SOLO – Pelatihan membatik bagi 30 pemuda digelar dari pagi hingga sore harinya di Aula Kelurahan Laweyan, Senin (4/8/2025).\n\nPelatihan diselenggarakan Dinas Perindustrian Kota Surakarta.\n",
         "Aula Kelurahan Laweyan"),
        ("v13", "Pelatihan Kader\n\n" + head + "SEMARANG – Pelatihan kader dasawisma bagi 40 kader digelar dari siang hingga malamnya di Balai RW 05 Tlogosari, Senin (4/8/2025).\n",
         "Balai RW 05 Tlogosari"),
        ("op", "Pelatihan Kader\n\nSLEMAN - Dinas Koperasi Kabupaten Sleman menggelar pelatihan bagi 30 pelaku UMKM. Pelatihan dibuka di Pendopo Rumah Dinas Bupati, sedangkan praktik membatik berlangsung di Rumah Produksi Batik Sekar Jagad.",
         nil),
    ]

    @Test func everyProbeGivesItsVenue() {
        for p in Self.probes {
            let got = Shared.record(p.text).event?.location?.venue
            #expect(got == p.venue, "\(p.id): got \(String(describing: got))")
        }
    }
}
