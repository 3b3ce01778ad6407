import Foundation
import Warta

/// Paths of the source tree and of `../shared`, for tests that read the corpus, the rule files or the seeds.
enum Paths {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("corpus")
    static let realnews = corpus.appendingPathComponent("realnews")
    static let extractors = root.appendingPathComponent("extractors")
    static let schema = root.appendingPathComponent("docs/record.schema.json")
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    static let seeds = shared.appendingPathComponent("seeds")
    static var hasSeeds: Bool { FileManager.default.fileExists(atPath: seeds.path) }
    static let htmlBench = shared.appendingPathComponent("html-bench/pages")
    static var hasHTMLBench: Bool { FileManager.default.fileExists(atPath: htmlBench.path) }

    /// The documents of the original corpus (its HTML twins included, `corpus/realnews` left out) and the
    /// dev split of `corpus/realnews` (tests never run on its test split: the lead measures it).
    static func corpusAndRealnewsDev(html: Bool = true) throws -> [URL] {
        let own = try EvalRun.documents(in: corpus).filter { html || !$0.path.contains("/html/") }
        let split = try EvalRun.splits(in: realnews) ?? [:]
        let dev = try EvalRun.documents(in: realnews).filter { split[$0.deletingPathExtension().lastPathComponent] == "dev" }
        return own + dev
    }

    static func temporaryDirectory(_ name: String = #function) throws -> URL {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("warta-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}
