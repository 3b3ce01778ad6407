import Foundation
import Testing
@testable import Warta

/// Round 22's review, findings A5-A8 (MENDB): the review's own probes (/tmp/review22/p), written as regional reports.
/// Counts: units in the sentence after a per-unit sentence and batches in the sentences before a per-batch phrase
/// belong to this event, not to past years (`Tahun lalu pelatihan serupa diikuti 26 puskesmas`; `sudah 12 angkatan
/// yang dilatih sejak 2019`), nor to all there are (`Dari 30 desa ..., baru 12 desa`); judges or invitees who are trained
/// or take part (`Pelatihan juri sebanyak 30 orang`, `Peserta undangan sebanyak 60 orang`) are counted, and what the
/// organisers record of their own participants (`Panitia mencatat sebanyak 120 pelaku UMKM mengikuti`) is no
/// population. City: a feature of the land or water names its region (`Pantai Pangandaran`, `Teluk Kendari`, `Pulau
/// Belitung`) unless a village word opens the name (`Desa Sungai Batang`, in Round22CoreTests). Speakers: a participant
/// who assists (`dibantu oleh X, peserta dari Desa Y`) or shows what she has learnt (`Setelah itu, X dari Desa Y
/// memperagakan ...`) is no teacher.
struct Round22ReviewCountTests {
    /// Each probe: its id, the field (`total` or `city`), the text and the value expected (nil: none).
    static let probes: [(id: String, field: String, text: String, total: Int?, place: String?)] = [
        ("n03", "total", "Pelatihan Kader\n\nSenin, 3 November 2025 | 10:00 WIB\n\nDinas Kesehatan Kabupaten Blora menggelar pelatihan kader posyandu di Aula Dinkes Blora, Senin (3/11/2025). Hingga kini sudah 12 angkatan yang dilatih sejak 2019. Tahun ini, masing-masing angkatan 30 orang.\n", 30, nil),
        ("n09", "total", "Pelatihan Kader\n\nSenin, 3 November 2025 | 10:00 WIB\n\nDinas Kesehatan Kabupaten Blora menggelar pelatihan kader posyandu di Aula Dinkes Blora, Senin (3/11/2025). Tiap puskesmas mengirim tiga bidan. Tahun lalu pelatihan serupa diikuti 26 puskesmas.\n", 3, nil),
        ("n15", "total", "Pelatihan Juri\n\nSenin, 3 November 2025 | 10:00 WIB\n\nKONI Kabupaten Blora menggelar pelatihan juri pencak silat di Aula KONI Blora, Senin (3/11/2025). Pelatihan juri sebanyak 30 orang itu dibuka Ketua KONI.\n", 30, nil),
        ("n04", "total", "Sosialisasi Perda\n\nSenin, 3 November 2025 | 10:00 WIB\n\nBagian Hukum Setda Kabupaten Blora menggelar bimbingan teknis penyusunan produk hukum desa di Aula Setda, Senin (3/11/2025). Peserta undangan sebanyak 60 orang berasal dari perangkat desa.\n", 60, nil),
        ("n13", "total", "Pelatihan UMKM\n\nSenin, 3 November 2025 | 10:00 WIB\n\nDinas Koperasi Kabupaten Blora menggelar pelatihan pemasaran digital di Aula Dinkop Blora, Senin (3/11/2025). Panitia mencatat sebanyak 120 pelaku UMKM mengikuti pelatihan tersebut.\n", 120, nil),
        ("l11", "city", "Pelatihan Pemandu Wisata\n\nSenin, 3 November 2025 | 10:00 WIB\n\nDinas Pariwisata menggelar pelatihan pemandu wisata bagi 30 pemuda di Gedung Serbaguna Pantai Pangandaran, Senin (3/11/2025).\n", nil, "Kabupaten Pangandaran"),
        ("l12", "city", "Pelatihan Nelayan\n\nSenin, 3 November 2025 | 10:00 WIB\n\nDinas Perikanan menggelar pelatihan bagi 30 nelayan di Aula Kantor Syahbandar Teluk Kendari, Senin (3/11/2025).\n", nil, "Kota Kendari"),
        ("l13", "city", "Pelatihan Pemandu Wisata\n\nSenin, 3 November 2025 | 10:00 WIB\n\nDinas Pariwisata menggelar pelatihan pemandu wisata bagi 30 pemuda di Balai Desa Pulau Belitung, Senin (3/11/2025).\n", nil, "Kabupaten Belitung"),
    ]

    @Test func everyProbeGivesItsValue() {
        for p in Self.probes {
            let event = Shared.record(p.text).event
            if p.field == "total" {
                let got = event?.participants?.total
                #expect(got == p.total, "\(p.id): got \(String(describing: got))")
            } else {
                let got = event?.location?.city
                #expect(got == p.place, "\(p.id): got \(String(describing: got))")
            }
        }
    }

    /// n02: the units counted in the sentence after are all the kecamatan's villages against some of them: no product.
    @Test func unitsCountedAgainstSomeOfThemAreNoProduct() {
        let got = Shared.record("Pelatihan Pustakawan Desa\n\nSenin, 3 November 2025 | 10:00 WIB\n\nDinas Perpustakaan Kabupaten Blora menggelar pelatihan pengelola perpustakaan di Aula Dinas, Senin (3/11/2025). Setiap desa mengirimkan dua pengelola perpustakaan. Dari 30 desa di Kecamatan Cepu, baru 12 desa yang memiliki perpustakaan.\n").event?.participants?.total
        #expect(got != 60, "got \(String(describing: got))")
    }

    /// The units of this event in the sentence after still multiply (Round22CoreTests t1, another region).
    @Test func theEventsUnitsStillMultiply() {
        let got = Shared.record("Pustakawan Desa Dilatih\n\nGROBOGAN - Dinas Perpustakaan Kabupaten Grobogan menggelar pelatihan pengelolaan perpustakaan desa, Selasa (4/11/2025).\n\nSetiap desa mengirimkan tiga pengelola perpustakaan. Pelatihan diikuti perwakilan dari 20 desa di Grobogan.\n").event?.participants?.total
        #expect(got == 60, "got \(String(describing: got))")
    }

    static func speakers(_ text: String) -> [String] {
        (Shared.record(text).event?.speakers ?? []).filter { $0.kind == .person }.map(\.name)
    }

    /// y04, y05: a participant is no speaker; the instructor stays.
    @Test func aParticipantIsNoSpeaker() {
        let y04 = Self.speakers("Disnaker Gelar Pelatihan\n\nSenin, 3 November 2025 | 10:00 WIB\n\nBIMA - Dinas Tenaga Kerja Kabupaten Bima menggelar pelatihan menjahit bagi 30 pencari kerja di Aula BLK Bima, Senin (3/11/2025). Instruktur Siti Aminah dari LPK Sekar memperagakan cara membuat pola, dibantu oleh Sri Wahyuni, peserta dari Desa Rasabou.\n")
        #expect(!y04.contains("Sri Wahyuni"), "got \(y04)")
        let y05 = Self.speakers("Disnaker Gelar Pelatihan\n\nSenin, 3 November 2025 | 10:00 WIB\n\nBIMA - Dinas Tenaga Kerja Kabupaten Bima menggelar pelatihan menjahit bagi 30 pencari kerja di Aula BLK Bima, Senin (3/11/2025). Setelah itu, Sri Wahyuni dari Desa Rasabou memperagakan cara memasang kancing yang baru dipelajarinya.\n")
        #expect(!y05.contains("Sri Wahyuni"), "got \(y05)")
        // the assistant named with her relation, and the next teacher from an institution, stay
        let a = Self.speakers("Pelatihan Menjahit\n\nBIMA - Dinas Tenaga Kerja Kabupaten Bima menggelar pelatihan menjahit bagi 30 pencari kerja di Aula BLK Bima, Senin (3/11/2025). Instruktur utama adalah Siti Aminah dari LPK Sekar, dibantu asistennya, Novita Anggraeni.\n")
        #expect(a.contains("Novita Anggraeni"), "got \(a)")
        let b = Self.speakers("Pelatihan Menjahit\n\nBIMA - Dinas Tenaga Kerja Kabupaten Bima menggelar pelatihan menjahit bagi 30 pencari kerja di Aula BLK Bima, Senin (3/11/2025). Setelah itu, Sri Wahyuni dari LPK Sekar Bima memperagakan cara memasang kancing.\n")
        #expect(b.contains("Sri Wahyuni"), "got \(b)")
    }
}
