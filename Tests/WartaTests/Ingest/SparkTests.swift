import Foundation
import Testing
@testable import Warta

/// scripts/spark_extract.py runs Warta as a stage of a Spark job (RDD.pipe over JSON Lines), wherever
/// pyspark and Java are installed.
struct SparkTests {
    static let available: Bool = {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import pyspark, shutil, sys; sys.exit(0 if shutil.which('java') else 1)"]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0 && FileManager.default.isExecutableFile(atPath: ArchiveTests.binary.path)
    }()

    @Test(.enabled(if: SparkTests.available, "pyspark or java is not installed"), .timeLimit(.minutes(5)))
    func theSparkExampleExtractsAFolderOfWARCFiles() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("warc")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let records = ArchiveTests.warc(6)
        try Data(records.flatMap { $0 }).write(to: input.appendingPathComponent("a.warc"))
        try Data(try ArchiveTests.gzipMembers(records, in: dir)).write(to: input.appendingPathComponent("b.warc.gz"))
        let output = dir.appendingPathComponent("out")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", Paths.root.appendingPathComponent("scripts/spark_extract.py").path, input.path, output.path, "--warta", ArchiveTests.binary.path]
        var env = ProcessInfo.processInfo.environment
        env["SPARK_LOCAL_IP"] = "127.0.0.1"
        p.environment = env
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let parts = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasPrefix("part-") }
        var lines: [String] = []
        for part in parts {
            lines += try String(contentsOf: output.appendingPathComponent(part), encoding: .utf8).split(separator: "\n").map(String.init)
        }
        #expect(lines.count == 12)
        for line in lines {
            let json = try JSON.parse(line)
            #expect(json["is_training_event"]?.boolValue == true)
        }
    }
}
