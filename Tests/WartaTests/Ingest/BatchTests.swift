import Foundation
import Testing
@testable import Warta

/// Bad input: every broken document gets an error record that names it and the problem, and the other
/// documents' records are all written.
struct BatchTests {
    @Test func brokenDocumentsNeverStopTheBatch() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        func write(_ name: String, _ bytes: [UInt8]) throws {
            try Data(bytes).write(to: dir.appendingPathComponent(name))
        }
        try write("a_good.txt", Array("Bimtek PSM\nDinas Sosial Kabupaten Tegal menggelar Bimtek di aula, Senin (18/9/2023).".utf8))
        try write("b_empty.txt", [])
        try write("c_binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + [UInt8](repeating: 0, count: 64))
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("d_folder.txt"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("e_dangling.txt").path, withDestinationPath: "/nonexistent/warta")
        try write("f_good.txt", Array("Pelatihan Kader\nDinas Kesehatan menggelar pelatihan kader di aula, Selasa (3/10/2023).".utf8))
        var records: [Record] = []
        let files = try DocumentFinder.files([dir.path])
        let summary = Batch(pipeline: Shared.pipeline).run(files) { records.append($0) }
        #expect(records.map(\.document.id) == ["a_good", "b_empty", "c_binary", "d_folder", "e_dangling", "f_good"])
        #expect(summary.documents == 6)
        #expect(summary.errors == 4)
        #expect(records[0].isTrainingEvent && records[5].isTrainingEvent)
        #expect(records[1].error?.kind == "empty")
        #expect(records[2].error?.kind == "binary")
        #expect(records[3].error?.kind == "unreadable")
        #expect(records[4].error?.kind == "unreadable")
        for r in records[1...4] {
            #expect(r.error?.message.contains(r.document.id) == true, "the message names the document")
            let json = r.json
            #expect(json["error"]?["kind"] != nil)
            #expect(json["event"] == nil)
        }
    }

    @Test func aFiftyMegabyteSingleLineFileGetsARecord() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("huge.txt")
        let unit = Array("Dinas Sosial menggelar bimtek bagi 40 PSM di aula, Senin (18/9/2023) sesuai UU No. 11 Tahun 2009. ".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(50 << 20)
        while bytes.count < 50 << 20 { bytes.append(contentsOf: unit) }
        try Data(bytes).write(to: file)
        var records: [Record] = []
        Batch(pipeline: Shared.pipeline).run([file]) { records.append($0) }
        let r = try #require(records.first)
        #expect(r.error == nil)
        #expect(r.warnings.contains { $0.code == "truncated" })
        #expect(r.legalReferences.map(\.canonical) == ["UU 11/2009"])
    }

    /// A text that repeats one sentence with organisers, partners, an opener and speakers until the 2 MiB limit:
    /// the extractors compare their candidates pairwise, so they keep a bounded number of them (this document
    /// took minutes before they did).
    @Test func aTextOfThousandsOfOrganizersAndSpeakersGetsARecord() throws {
        let unit = "BPBD Kabupaten Bogor bekerja sama dengan PMI Kota Bogor memberikan pelatihan Tagana yang dibuka oleh Bupati, narasumber dari Basarnas dan Drs. Ahmad Yani, M.Si. "
        var text = ""
        while text.utf8.count < Pipeline.maxTextBytes { text += unit }
        let r = Shared.record(text)
        #expect(r.error == nil)
        #expect(r.isTrainingEvent)
        #expect(r.event?.organizers.isEmpty == false)
        #expect(r.event?.speakers.isEmpty == false)
    }

    /// Many small chunks through the pipelined runner: every document once, in input order, on any number of
    /// threads; a sink that fails stops the run with its error after the chunks before it were delivered.
    @Test(arguments: [1, 2, 3, 5])
    func chunksArePipelinedInOrderAndASinkErrorStopsTheRun(jobs: Int) throws {
        struct SinkFailed: Error {}
        func stream(_ count: Int) -> DocumentStream {
            var i = 0
            return DocumentStream(count: count) {
                defer { i += 1 }
                guard i < count else { return nil }
                let text = "Bimtek PSM \(i)\nDinas Sosial Kota Solok menggelar Bimtek di aula, Senin (28/8/17)."
                return .document(DocumentInput(id: "d\(i)", source: "d\(i)", format: .text, bytes: Array(text.utf8)))
            }
        }
        var ids: [String] = []
        var lineCount = 0
        let summary = try Batch(pipeline: Shared.pipeline).run(stream(103), jobs: jobs, chunkSize: 7, lines: false) { records, lines in
            ids += records.map(\.document.id)
            lineCount += lines.count
        }
        #expect(ids == (0..<103).map { "d\($0)" })
        #expect(lineCount == 103 && summary.documents == 103 && summary.events == 103)

        var delivered = 0
        #expect(throws: SinkFailed.self) {
            try Batch(pipeline: Shared.pipeline).run(stream(50), jobs: jobs, chunkSize: 7, lines: nil) { records, _ in
                if delivered >= 14 { throw SinkFailed() }
                delivered += records.count
            }
        }
        #expect(delivered == 14)
    }

    @Test func aMissingPathIsAnErrorThatNamesIt() {
        #expect(throws: RecordError.self) { try DocumentFinder.files(["/nonexistent/warta/input"]) }
    }
}
