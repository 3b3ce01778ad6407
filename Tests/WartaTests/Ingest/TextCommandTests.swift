import Foundation
import Testing
@testable import Warta

/// `warta text PAGE...`: the clean main text, headline first; `--json` one `{id, title, published, text}` line
/// per document in input order, `"text": null` and exit status 1 for a page without text.
struct TextCommandTests {
    func run(_ args: [String]) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = ArchiveTests.binary
        p.arguments = ["text"] + args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: ArchiveTests.binary.path), "the warta binary is not built"))
    func printsTheHeadlineAndTheArticle() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("a.html"), empty = dir.appendingPathComponent("b.html")
        try Data(HTMLTests.page.utf8).write(to: page)
        try Data("<html><body><nav><a>Beranda</a></nav></body></html>".utf8).write(to: empty)

        let (status, text) = try run([page.path])
        #expect(status == 0)
        #expect(text.hasPrefix("Dinsos Gelar Bimtek PSM 🎉\n"))
        #expect(text.contains("Dinas Sosial Kabupaten Tegal menggelar Bimbingan Teknis"))
        #expect(!text.contains("Tinggalkan Balasan") && !text.contains("Beranda"))

        let (jsonStatus, lines) = try run(["--json", page.path, empty.path])
        #expect(jsonStatus == 1)
        let objects = try lines.split(separator: "\n").map { try JSON.parse(String($0)) }
        #expect(objects.count == 2)
        #expect(objects.first?["id"]?.stringValue == "a")
        #expect(objects.first?["title"]?.stringValue == "Dinsos Gelar Bimtek PSM")
        #expect(objects.first?["published"]?.stringValue == "2023-09-19")
        #expect(objects.first?["text"]?.stringValue?.hasPrefix("Dinsos Gelar Bimtek PSM 🎉\n") == true)
        #expect(objects.last?["text"]?.isNull == true)
    }
}
