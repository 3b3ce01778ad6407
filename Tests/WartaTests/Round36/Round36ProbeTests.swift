import Testing
@testable import Warta

/// Round 36: findings of round 35's review that were left open, mended with the constructions they name.
struct Round36ProbeTests {
    static func record(_ text: String) -> Record { Shared.record(text) }
    static func event(_ text: String) -> Event? { record(text).event }
    static func persons(_ sentence: String) -> [String] {
        event(health + sentence + "\n")?.speakers.filter { $0.kind == .person }.map(\.name) ?? []
    }

    static let health = "Dinkes Latih Kader TBC\n\nPELAIHARI - Dinas Kesehatan Kabupaten Tanah Laut menggelar pelatihan kader TBC di Aula Dinas Kesehatan, Senin (3/3/2025).\n\n"

    /// A given name's abbreviation (`Moch.`, `Muh.`, `Abd.`) neither ends a sentence nor the name (`adalah Moch. Fajar`
    /// gave `Moch`).
    @Test func aGivenNamesAbbreviationKeepsTheName() {
        let text = StructureTests.analyze("Narasumber pelatihan adalah Moch. Fajar Ramadhan dari BPBD. Peserta antusias.")
        let moch = text.tokens.indices.first { text.text(of: $0..<($0 + 1)) == "Moch" }
        let fajar = text.tokens.indices.first { text.text(of: $0..<($0 + 1)) == "Fajar" }
        let peserta = text.tokens.indices.first { text.text(of: $0..<($0 + 1)) == "Peserta" }
        if let moch, let fajar, let peserta {
            #expect(text.tokens[moch].sentence == text.tokens[fajar].sentence)
            // Counterexample: a full stop after an ordinary word still ends the sentence.
            #expect(text.tokens[peserta].sentence == text.tokens[fajar].sentence + 1)
        } else {
            Issue.record("tokens not found")
        }
        #expect(Self.persons("Narasumber pelatihan adalah Moch. Fajar Ramadhan dari BPBD.") == ["Moch. Fajar Ramadhan"])
        #expect(Self.persons("Narasumber kegiatan, Achm. Rizal, menjelaskan cara memasang sensor.") == ["Achm. Rizal"])
    }

    static func total(_ sentence: String) -> Int? {
        event(health + sentence + "\n")?.participants?.total
    }

    /// The part of a body that took part, with `yang` before the verb (`Hanya 15 dari 30 kepala sekolah yang hadir`
    /// counted 30); not those who stayed away.
    @Test func aPartWithYangBeforeItsVerbTookPart() {
        #expect(Self.total("Hanya 15 dari 30 kepala sekolah yang hadir dalam pelatihan tersebut.") == 15)
        #expect(Self.total("Sebanyak 30 kepala sekolah diundang. Hanya 4 dari 30 kepala sekolah yang berhalangan hadir.") != 4)
    }

    /// People brought in as teachers are no participants (`melibatkan tiga ahli K3 sebagai instruktur` added 3), even
    /// after the list of `diikuti`; people trained for the role are (`20 pemuda dilatih sebagai instruktur senam`).
    @Test func peopleBroughtInAsTeachersAreNoParticipants() {
        #expect(Self.total("Pelatihan diikuti 40 kader dan melibatkan tiga ahli K3 sebagai instruktur.") == 40)
        #expect(Self.total("Pelatihan diikuti 40 kader. Panitia juga melibatkan tiga orang sebagai instruktur.") == 40)
        #expect(Self.total("Sebanyak 20 pemuda dilatih sebagai instruktur senam dalam pelatihan itu.") == 20)
        #expect(Self.total("Pelatihan diikuti 25 guru yang bertugas sebagai pelatih di sekolah masing-masing.") == 25)
    }

    /// A passive of conveying whose subject is the topic itself (rule speakers.topic-conveyed-by): the person after
    /// it taught. Not an anaphor of a statement nor remarks, and a bare name keeps no role inside it.
    @Test func aTopicConveyedByATitledPersonIsTaught() {
        #expect(Self.persons("Penanganan tindak pidana perdagangan orang di wilayah perbatasan disampaikan Kasubdit IV Ditreskrimum Polda Kalbar, AKBP Hendra Simanjuntak.") == ["Hendra Simanjuntak"])
        #expect(Self.persons("Teknik evakuasi korban dan tali-temali dilatihkan Ipda Yusran Marsaoly dari Satuan Brimob Polda Maluku Utara.") == ["Yusran Marsaoly"])
        #expect(Self.persons("Wawasan kebangsaan dan bela negara diajarkan Kadispotdirga Letkol Adm Andi Wiranata Mappasessu.") == ["Andi Wiranata Mappasessu"])
        #expect(Self.persons("Hal itu disampaikan Kepala Dinas Kesehatan Tanah Laut, Budi Santoso, saat membuka pelatihan.").isEmpty)
        #expect(Self.persons("Sambutan dan arahan disampaikan oleh Sekda Kabupaten Tanah Laut, Dahnial Kifli.").isEmpty)
    }
}
