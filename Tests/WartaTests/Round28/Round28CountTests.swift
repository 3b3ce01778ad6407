import Testing
@testable import Warta

/// Round 28 (TOT28): the event's number of participants among the numbers that compete with it. Short reports written
/// for the round in the style of Indonesian regional news (not copied from any corpus document): each sentence follows
/// a lead that names the event and its venue and states no count. Counterexamples keep what the extractor gave before
/// or give none where the text states no count of participants.
struct Round28CountTests {
    static let head = "Pelatihan Keterampilan di Kabupaten Blora\n\nSenin, 3 November 2025 | 09:40 WIB\n\n"
    static let lead = "BLORA – Dinas Sosial Kabupaten Blora menggelar pelatihan keterampilan di Aula Dinas Sosial Blora, Senin (3/11/2025). "
    static let tail = "\n\nKepala Dinas Sosial Blora, Joko Prasetyo, berharap peserta makin mandiri. \"Kami ingin mereka berdaya,\" ujarnya.\n"

    /// A count, the people it counts (a noun no lexicon knows), a lower-case origin phrase, and the verb of taking
    /// part (`count-attends`); not past `yang` (a relative clause) nor past a comma.
    static let origins: [(String, String, Int?)] = [
        ("o1", "Sekitar 60 anak dari sekolah sepak bola (SSB) dan kampung-kampung di sekitar Distrik Merauke antusias mengikuti kegiatan itu.", 60),
        ("o2", "Sebanyak 45 anak dari panti asuhan di Kecamatan Tampan mengikuti pelatihan itu.", 45),
        ("o3", "Sebanyak 30 pembuat perahu dari kampung pesisir di Kecamatan Bonto Bahari mengikuti pelatihan itu.", 30),
        ("o4", "Sebanyak 40 penikmat kopi dari komunitas di Kota Jambi dengan antusias mengikuti pelatihan itu.", 40),
        ("oc1", "Sebanyak 40 anak dari keluarga yang pernah mengikuti pelatihan itu mendapat paket mainan.", nil),
        ("oc2", "Sebanyak 40 anak dari 12 desa, sementara para ibu mengikuti pelatihan.", nil),
    ]

    /// A run over a whole year (`Sepanjang tahun 2025`, `Selama 2024`) is a history, not this event's count; the
    /// event's own count beside it stays.
    static let history: [(String, String, Int?)] = [
        ("h1", "Sepanjang tahun 2025, BLK Blora sudah melatih 780 peserta di berbagai kejuruan.", nil),
        ("h2", "Selama tahun 2024, dinas tersebut telah melatih 1.500 petani dari 40 kecamatan.", nil),
        ("h3", "Sepanjang 2024, Dinsos Blora telah melatih 410 pencari kerja.", nil),
        ("h4", "Pelatihan diikuti 30 peserta. Sepanjang tahun 2024, BLK Blora melatih 900 orang.", 30),
        ("hc1", "Pelatihan yang berlangsung sepanjang tahun 2025 ini diikuti 40 peserta.", 40),
    ]

    /// What an event has is its participants (`Pelatihan ini memiliki peserta sebanyak 55 orang`); what a region has
    /// is a population (`Kecamatan ini memiliki 120 kader posyandu aktif`).
    static let having: [(String, String, Int?)] = [
        ("m1", "Pelatihan ini memiliki peserta sebanyak 55 orang dari berbagai daerah.", 55),
        ("m2", "Kegiatan tersebut mempunyai 42 peserta yang berasal dari organisasi kepemudaan.", 42),
        ("mc1", "Kecamatan ini memiliki 120 kader posyandu aktif yang tersebar di 12 desa.", nil),
        ("mc2", "Desa ini memiliki peserta BPJS sebanyak 3.000 orang.", nil),
    ]

    /// A limit (`minimal`, `maksimal`) is a target, not a count; a force deployed to guard the event is no
    /// participant, but guards who are trained are.
    static let limits: [(String, String, Int?)] = [
        ("l1", "Panitia mensyaratkan minimal 20 peserta per kelas agar kelas dapat dibuka.", nil),
        ("l2", "Satu kelas maksimal 25 orang agar praktik berjalan efektif.", nil),
        ("l3", "Setiap kelas maksimal 25 orang. Pelatihan diikuti 50 peserta yang dibagi ke dalam dua kelas.", 50),
        ("s1", "Polres Blora menyiagakan 50 personel untuk pengamanan kegiatan. Peserta pelatihan adalah pelajar SMA.", nil),
        ("s2", "Sebanyak 30 personel gabungan disiagakan untuk mengamankan jalannya pelatihan.", nil),
        ("sc1", "Sebanyak 50 satpam mengikuti pelatihan pengamanan objek vital itu.", 50),
        ("sc2", "Pelatihan diikuti 40 satpam guna menjaga keamanan lingkungan.", 40),
    ]

    /// Counts that each follow the name of their group are a list of parts, even when the first equals the sum of
    /// the others; a count that names the participants generally before its parts stays their total.
    static let lists: [(String, String, Int?)] = [
        ("g1", "Peserta terdiri atas PSM 30 orang, TKSK 20 orang dan Tagana 10 orang.", 60),
        ("g2", "Peserta meliputi kader posyandu 40 orang, bidan desa 25 orang dan perawat 15 orang.", 80),
        ("g3", "Peserta terdiri dari PSM sebanyak 30 orang, TKSK sebanyak 20 orang dan Tagana sebanyak 10 orang.", 60),
        ("gc1", "Peserta berjumlah 30 orang, 20 anggota MPA dan 10 orang perangkat desa.", 30),
        ("gc2", "Sebanyak 40 orang peserta yang terdiri dari 20 PSM dan 20 TKSK mengikuti kegiatan itu.", 40),
    ]

    @Test func aLowerCaseOrigin() { check(Self.origins) }
    @Test func aYearsHistory() { check(Self.history) }
    @Test func whatAnEventHas() { check(Self.having) }
    @Test func limitsAndGuards() { check(Self.limits) }
    @Test func groupLedLists() { check(Self.lists) }

    func check(_ probes: [(String, String, Int?)]) {
        for (id, sentence, total) in probes {
            Shared.expectCoreProbe(id: id, field: "total", text: Self.head + Self.lead + sentence + Self.tail, total: total, place: nil)
        }
    }
}
