import Foundation
import Testing
@testable import Warta

/// Round 28 (task ORG28): events whose holder is said by a construction the rules missed on the unseen sets. Headline
/// stems outside the known list (`Hadirkan`, `Sasar`, `Berdayakan`),
/// a programme's own name before `dari`, a head who reports the participants, a committee from an office, the event's
/// topic between its noun and its holder (and the participants or the batch after the holder), the one-g spelling of
/// `selenggarakan`, a lower-case venue head before `oleh`, `dipercaya`/`ditunjuk` before a verb of holding, and a
/// province's branch office (`Cabang Dinas`, `Cabdin`). Probed with short reports of our own
/// (scripts/org_bench_r28), each construction with counterexamples.
struct Round28OrganizerTests {
    static func report(_ headline: String, _ body: String) -> String {
        "\(headline)\n\nKOTA – \(body) Pelatihan berlangsung dua hari.\n"
    }

    static func organizersOf(_ headline: String, _ body: String) -> [String] {
        OrganizerSpeakerTests.organizers(Shared.record(report(headline, body)))
    }

    static func words(_ s: String) -> [String] {
        let lower: String = s.lowercased()
        let chars: [Character] = lower.map { c in c.isLetter || c.isNumber ? c : " " }
        return String(chars).split(separator: " ").map { $0 == "kab" ? "kabupaten" : String($0) }
    }

    /// The bench's matching: most words of the gold name in one extracted name, and no extracted name left over.
    static func matches(_ gold: String, _ got: String) -> Bool {
        let a = words(gold), b = words(got)
        return Set(a).intersection(b).count * 2 > max(a.count, b.count)
    }

    /// The bench's reports still missed: an office in lower case with no region (`s04`, dropped as a common noun by
    /// design), a kecamatan as the holder (`e08`, no head of a body), a participant's school before `melalui` (`m06`:
    /// the lead took back `melalui`/`lewat` as no verb of an agent, see ``anOfficeActsThroughTheTraining()``).
    static let stillMissed: Set<String> = ["s04", "e08", "m06"]

    @Test func everyBenchReportGivesItsOrganizers() throws {
        var right = 0, total = 0
        for file in ["pos.txt", "neg.txt", "pos2.txt", "neg2.txt", "pos3.txt"] {
            let url = Paths.root.appendingPathComponent("scripts/org_bench_r28/\(file)")
            let parts = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "### ").dropFirst()
            for part in parts {
                let lines = part.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
                guard lines.count == 3, lines[1].hasPrefix("organizers:") else {
                    Issue.record("bad bench entry in \(file): \(lines.first ?? "")")
                    continue
                }
                let id = String(lines[0].split(separator: " ").first ?? "")
                let gold = lines[1].dropFirst("organizers:".count).split(separator: ";")
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                let got = OrganizerSpeakerTests.organizers(Shared.record(lines[2].trimmingCharacters(in: .whitespacesAndNewlines) + "\n", id: id))
                let ok = gold.allSatisfy { g in got.contains { Self.matches(g, $0) } } && got.allSatisfy { p in gold.contains { Self.matches($0, p) } }
                total += 1
                if ok { right += 1 }
                #expect(ok || Self.stillMissed.contains(id), "\(id): \(got) for \(gold)")
            }
        }
        #expect(total >= 95)
        #expect(right >= total - Self.stillMissed.count)
    }

    @Test func headlineStemsOfBringingAndAiming() {
        #expect(Self.organizersOf("Disnakertrans Lombok Tengah Hadirkan Pelatihan Barista untuk Pemuda Desa",
            "Sebanyak 24 pemuda mengikuti pelatihan barista di Praya, Selasa (14/5/2024).") == ["Disnakertrans Lombok Tengah"])
        #expect(Self.organizersOf("Disnaker Kota Tangerang Sasar Pencari Kerja Lewat Pelatihan Operator Forklift",
            "Sebanyak 20 pencari kerja mengikuti pelatihan operator forklift, Senin (5/2/2024).") == ["Disnaker Kota Tangerang"])
        // an official is no body
        #expect(Self.organizersOf("Bupati Bantaeng Hadirkan Motivator di Pelatihan Pendamping",
            "Sebanyak 40 pendamping desa mengikuti pelatihan di Bantaeng, Senin (4/3/2024).").isEmpty)
    }

    @Test func anOfficeActsThroughTheTraining() {
        // The lead's merge took back ORG28's `melalui`/`lewat` as no verb of an agent: `Dinas X melalui pelatihan ...`
        // is an office acting through the training it holds, a construction of regional reports far commoner than a
        // participant's school before `melalui` (`60 pelajar SMA melalui pelatihan` still gives `SMA`: a known miss).
        #expect(Self.organizersOf("Pelatihan Kader Posyandu Digelar",
            "MAGELANG - Dinas Kesehatan Kabupaten Magelang melalui pelatihan kader posyandu berupaya menurunkan angka stunting. Pelatihan diikuti 40 kader di aula dinas, Senin (12/8/2024).") == ["Dinas Kesehatan Kabupaten Magelang"])
    }

    @Test func aProgrammeNamedBeforeItsMinistry() {
        #expect(Self.organizersOf("Pemuda Mamuju Ikuti Pelatihan Wirausaha",
            "Sebanyak 40 pemuda mengikuti pelatihan kewirausahaan di Hotel Maleo, Senin (1/4/2024). Pelatihan ini merupakan program Tenaga Kerja Mandiri dari Kementerian Ketenagakerjaan.") == ["Kementerian Ketenagakerjaan"])
        // a programme that only funds another holder's event
        #expect(Self.organizersOf("Pemuda Desa Dilatih Jadi Barista",
            "Yayasan Kasih Bangsa menggelar pelatihan barista bagi 20 pemuda di Kaliurang, Senin (4/3/2024). Pelatihan ini didukung dana program Prakarsa Desa dari Kementerian Desa.") == ["Yayasan Kasih Bangsa"])
    }

    @Test func theHeadReportsTheParticipantsAndTheCommitteeComesFromAnOffice() {
        #expect(Self.organizersOf("Pengelola Perpustakaan Desa Ikuti Pelatihan",
            "Pelatihan pengelolaan perpustakaan desa digelar di Aula Perpustakaan Daerah, Selasa (7/5/2024). Kepala Dinas Perpustakaan dan Kearsipan Kabupaten Klaten, Sri Winoto, melaporkan peserta berjumlah 50 orang.") == ["Dinas Perpustakaan dan Kearsipan Kabupaten Klaten"])
        #expect(Self.organizersOf("Bidan Desa Ikuti Pelatihan Persalinan Normal",
            "Sebanyak 30 bidan desa mengikuti pelatihan asuhan persalinan normal di RSUD RA Kartini, Senin (18/3/2024). Ketua panitia dari Dinas Kesehatan Kabupaten Jepara, Siti Aminah, mengatakan pelatihan berlangsung lima hari.") == ["Dinas Kesehatan Kabupaten Jepara"])
        // participants and speakers from an office, a village head's report of something else
        #expect(Self.organizersOf("Bidan Desa Ikuti Pelatihan Persalinan Normal",
            "Sebanyak 30 bidan desa mengikuti pelatihan di RSUD RA Kartini, Senin (18/3/2024). Peserta dari Dinas Kesehatan Kabupaten Jepara, Siti Aminah, mengatakan pelatihan bermanfaat.").isEmpty)
    }

    @Test func theEventsTopicBetweenItsNounAndItsHolder() {
        #expect(Self.organizersOf("Petani Milenial Malang Ikuti Pelatihan Hidroponik",
            "Pelatihan hidroponik Balai Besar Pelatihan Pertanian Ketindan diikuti 30 petani milenial di Lawang, Selasa (9/1/2024).") == ["Balai Besar Pelatihan Pertanian Ketindan"])
        #expect(Self.organizersOf("Bimtek untuk TKSK Resmi Dibuka",
            "Bimbingan teknis Dinas Sosial Kota Batu bagi 24 Tenaga Kesejahteraan Sosial Kecamatan resmi dibuka di Hotel Purnama, Senin (22/4/2024).") == ["Dinas Sosial Kota Batu"])
        #expect(Self.organizersOf("Lulusan Pelatihan Las Siap Kerja",
            "Sebanyak 16 peserta pelatihan las UPTD Balai Latihan Kerja Kota Pasuruan gelombang II menerima sertifikat, Jumat (28/6/2024).") == ["UPTD Balai Latihan Kerja Kota Pasuruan"])
        // the participants' office after the event noun is not its holder
        #expect(Self.organizersOf("Pegawai Ikuti Pelatihan",
            "Pelatihan pegawai baru Dinas Sosial Kota Batu itu diikuti 30 orang di Hotel Purnama, Senin (22/4/2024).").isEmpty)
    }

    @Test func spellingsAndSlotsOfTheVerbsOfHolding() {
        #expect(Self.organizersOf("UMKM Pidie Dilatih Pembukuan",
            "Pelatihan pembukuan bagi 35 pelaku UMKM di selengarakan Dinas Koperasi Kabupaten Pidie di aula dinas, Rabu (13/3/2024).") == ["Dinas Koperasi Kabupaten Pidie"])
        #expect(Self.organizersOf("ASN Ikuti Pelatihan Aplikasi Kepegawaian",
            "Pelatihan aplikasi kepegawaian bagi 90 operator digelar pada Selasa (16/1/2024) di aula Setda oleh Badan Kepegawaian Daerah Kabupaten Kendal.") == ["Badan Kepegawaian Daerah Kabupaten Kendal"])
        #expect(Self.organizersOf("Pencari Kerja Ikuti Pelatihan",
            "BLK Kabupaten Tegal kembali dipercaya menggelar pelatihan berbasis kompetensi bagi 48 pencari kerja, Senin (6/5/2024).") == ["BLK Kabupaten Tegal"])
        // a building's builder is not the holder
        #expect(Self.organizersOf("Warga Ikuti Pelatihan",
            "Pelatihan menjahit digelar di aula gedung yang dibangun oleh Dinas Pekerjaan Umum Kabupaten Bima, Senin (6/5/2024).").isEmpty)
    }

    /// A passive's regional government and the office it works through are both kept (heldout h019's label: `yang
    /// digelar Pemerintah Kabupaten Kutai Kartanegara melalui Disdikbud Kukar` lists both), unlike round 21's active
    /// `Pemerintah Kabupaten X melalui Dinas Y menggelar`. Dropping the government here was tried and taken back.
    @Test func aRegionalGovernmentInAPassiveStaysBesideItsOffice() {
        #expect(Set(Self.organizersOf("ASN Ikuti Pelatihan Kepemimpinan",
            "Pelatihan Kepemimpinan Pengawas bagi 40 ASN digelar Pemerintah Kota Parepare melalui Badan Kepegawaian dan Pengembangan SDM di Hotel Kenari, Senin (6/5/2024).")) == ["Pemerintah Kota Parepare", "Badan Kepegawaian dan Pengembangan SDM"])
        // a partner after `bersama` stays a partner
        #expect(Set(Self.organizersOf("Warga Ikuti Pelatihan",
            "Pelatihan menjahit digelar Pemerintah Kota Parepare bersama Yayasan Kasih Ibu di Hotel Kenari, Senin (6/5/2024).")) == ["Pemerintah Kota Parepare", "Yayasan Kasih Ibu"])
    }
}
