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
}
