import Testing
@testable import Warta

/// Round 28 (VEN28): constructions that name where a training is held, from the round's venue bench
/// (`scripts/venue_bench_r28`, reports written for the round, not copied from any corpus document): a place aboard a
/// ship or inside or in the grounds of a site (`di atas KRI ...`, `di atas KM ...`, `di kawasan Pantai ...`, `di dalam
/// Gedung ...`), heads of the short forms of schools and of a residence (`MAN 1 Jember`, `kediaman ...`), a place word
/// before `masing-masing` (each one's own place: none), a floor's number before a building in lower case (`ruang rapat lantai 2 kantor bupati`), and a building in
/// lower case right after the event's noun (`mengikuti pelatihan di aula kantor desa setempat`). A photo caption's place
/// stays no venue (tried, not kept).
struct Round28VenueTests {
    static let head = "Pelatihan Digelar\n\nSelasa, 4 November 2025 | 09:40 WIB\n\n"
    static let tail = "\n\nKepala dinas berharap peserta menerapkan ilmunya. \"Kami ingin mereka mandiri,\" ujarnya.\n"

    static let venues: [(String, String, String?)] = [
        ("aboard1", "AMBON - Lantamal IX menggelar pelatihan pertolongan pertama bagi 40 nelayan di atas KRI Teluk Ambon, Kamis (6/11/2025).", "KRI Teluk Ambon"),
        ("aboard2", "BULUKUMBA - Puluhan nelayan mengikuti pelatihan navigasi di atas KM Sinar Bahari, Selasa (4/11/2025).", "KM Sinar Bahari"),
        ("aboard3", "BELAWAN - Pelatihan keselamatan bagi 30 awak digelar di atas KM. Kelud, Rabu (5/11/2025).", "KM. Kelud"),
        ("ferry", "MERAK - Pelatihan evakuasi bagi 50 awak kapal digelar di KMP Legundi, Senin (3/11/2025).", "KMP Legundi"),
        ("grounds", "LOMBOK TENGAH - Pelatihan pemandu selancar bagi 20 pemuda digelar di kawasan Pantai Kuta Mandalika, Sabtu (8/11/2025).", "Pantai Kuta Mandalika"),
        ("inside", "SURABAYA - Simulasi penanganan kebakaran bagi 40 satpam digelar di dalam Gedung Graha Pena, Senin (3/11/2025).", "Gedung Graha Pena"),
        ("madrasah", "JEMBER - Kemenag menggelar pelatihan guru madrasah di MAN 1 Jember, Kamis (13/11/2025). Pesertanya 60 guru.", "MAN 1 Jember"),
        ("madrasah2", "PADANG - Pelatihan guru digelar di MIN 2 Kota Padang, Rabu (5/11/2025). Sebanyak 40 guru ikut.", "MIN 2 Kota Padang"),
        ("residence", "SIAK - Pelatihan tenun songket bagi 25 perajin digelar di kediaman Datuk Bandar Siak, Jumat (7/11/2025).", "kediaman Datuk Bandar Siak"),
        ("floor", "KLATEN - Pelatihan posyandu bagi 40 kader digelar di ruang rapat lantai 2 kantor bupati, Senin (3/11/2025).", "ruang rapat lantai 2 kantor bupati"),
        ("floor2", "KLATEN - Pelatihan posyandu bagi 40 kader digelar di aula lantai 3 gedung dinas kesehatan tersebut, Senin (3/11/2025).", "aula lantai 3 gedung dinas kesehatan"),
        ("lowerEvent", "KUBU RAYA - Sebanyak 45 kader mengikuti pelatihan di aula kantor desa setempat, Selasa (11/11/2025).", "aula kantor desa"),
        ("lowerEvent2", "KLATEN - Sebanyak 40 kader mengikuti pelatihan posyandu di pendopo kantor kecamatan setempat, Senin (3/11/2025).", "pendopo kantor kecamatan"),
        // counterexamples: a distance, each one's own place, a caption of another scene, a body that names the place
        ("c_km", "BATANG - Pelatihan pengemudi bagi 40 sopir digelar Dishub, Senin (3/11/2025). Bus peserta sempat mogok di atas km 12 jalan tol.", nil),
        ("c_each", "GRESIK - Pelatihan kader digelar Dinkes, Selasa (11/11/2025). Sebanyak 40 kader ikut. Kader diminta aktif di Posyandu masing-masing.", nil),
        ("c_each2", "GRESIK - Pelatihan kader digelar Dinkes, Selasa (11/11/2025). Sebanyak 40 kader ikut. Materi diteruskan di Balai Desa masing-masing.", nil),
        ("c_caption", "Foto: Bupati saat meninjau Pasar Baru Wates, Senin (3/11/2025).\n\nWATES - Dinas Kesehatan menggelar pelatihan kader posyandu bagi 40 kader. Materi meliputi gizi balita dan penimbangan.", nil),
        // a floor's number and lower-case words that are no building, or a building and a verb: the words stay out
        ("c_floor", "KLATEN - Pelatihan posyandu bagi 40 kader digelar di aula lantai 2 sebelum kunjungan, Senin (3/11/2025).", "aula lantai 2"),
        ("c_floor2", "KLATEN - Pelatihan posyandu bagi 40 kader digelar di ruang rapat lantai 2 kantor bupati dikawal petugas, Senin (3/11/2025).", "ruang rapat lantai 2 kantor bupati"),
        ("c_lowerEvent", "KLATEN - Sebanyak 40 kader mengikuti pelatihan posyandu di balai desa masing-masing, Senin (3/11/2025).", nil),
        ("c_caption2", "Foto: Peserta pelatihan kader posyandu mengikuti materi di Aula Puskesmas Wates, Senin (3/11/2025).\n\nWATES - Dinas Kesehatan menggelar pelatihan kader posyandu bagi 40 kader di Gedung PKK Kulon Progo.", "Gedung PKK Kulon Progo"),
    ]

    @Test func placesAboardInsideAndInCaptions() {
        for (id, sentence, venue) in Self.venues {
            Shared.expectCoreProbe(id: id, field: "venue", text: Self.head + sentence + Self.tail, total: nil, place: venue)
        }
    }
}
