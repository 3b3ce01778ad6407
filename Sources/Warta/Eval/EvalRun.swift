import Foundation

/// Runs a pipeline over a folder of documents with gold labels: the work behind `warta eval`.
public struct EvalRun: Sendable {
    public var evaluator = Evaluator()
    public var floors: [String: Double] = [:]
    public var warnings: [String] = []

    public static let documentExtensions: Set<String> = ["txt", "html", "htm"]

    /// Reads `floors.json` (`{"field": minimum F1}`) if the folder has one.
    public static func floors(in dir: URL) throws -> [String: Double] {
        let url = dir.appendingPathComponent("floors.json")
        guard FileManager.default.fileExists(atPath: url.path) else { return [:] }
        let text = try String(contentsOf: url, encoding: .utf8)
        guard case .object(let pairs) = try JSON.parse(text) else {
            throw RecordError(kind: "floors", message: "\(url.path): must be an object of field names to numbers")
        }
        var out: [String: Double] = [:]
        let known = Set(Evaluator.Field.allCases.map(\.rawValue))
        for (k, v) in pairs where !k.hasPrefix("_") {
            guard known.contains(k) else { throw RecordError(kind: "floors", message: "\(url.path): unknown field '\(k)'") }
            guard let d = v.doubleValue, d >= 0, d <= 1 else {
                throw RecordError(kind: "floors", message: "\(url.path): the floor of '\(k)' must be a number from 0 to 1")
            }
            out[k] = d
        }
        return out
    }

    /// Extracts every document below `dir` that has a gold label beside it, and scores it.
    public static func run(_ dir: URL, pipeline: Pipeline) throws -> EvalRun {
        var run = EvalRun()
        run.floors = try floors(in: dir)
        let files = try DocumentFinder.files([dir.path], extensions: documentExtensions)
        var scratch = MatchScratch()
        for file in files {
            let goldURL = file.deletingPathExtension().appendingPathExtension("json")
            guard FileManager.default.fileExists(atPath: goldURL.path) else {
                run.warnings.append("\(file.path): no gold label beside it; skipped")
                continue
            }
            let gold: GoldLabel
            do {
                gold = try GoldLabel(json: try String(contentsOf: goldURL, encoding: .utf8), file: goldURL.path)
            } catch {
                run.warnings.append("\(error)")
                continue
            }
            switch DocumentFinder.input(for: file) {
            case .failure(let e):
                run.evaluator.recordError(gold.doc, e.message)
            case .success(let input):
                let record = pipeline.process(input, scratch: &scratch)
                if let e = record.error { run.evaluator.recordError(gold.doc, e.message) }
                run.evaluator.add(record: record, gold: gold)
            }
        }
        if run.evaluator.documents == 0 {
            throw RecordError(
                kind: "no-gold",
                message: "\(dir.path): none of its \(files.count) documents has a gold label beside it (NNN.txt with NNN.json), so there is nothing to score")
        }
        return run
    }
}
