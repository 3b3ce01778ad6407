import Foundation

/// Runs a pipeline over a folder of documents with gold labels: the work behind `warta eval`.
///
/// **Sub-corpora.** A folder below DIR that has its own `floors.json` is a corpus of its own (`corpus/realnews`
/// inside `corpus`): `warta eval DIR` skips it, so that each corpus is scored against its own floors, and it is
/// scored by naming it (`warta eval corpus/realnews`). Folders without a `floors.json` (`corpus/html/wordpress`)
/// belong to DIR.
///
/// **Splits.** A corpus may divide its documents into splits with `split.tsv` (`stem<TAB>split` per line, `#`
/// starts a comment); `--split NAME` scores only the documents of that split, and `floors.json` may pin floors
/// per split (`{"dev": {"date_start": 0.8, ...}, "test": {...}}`) beside floors for the whole corpus.
public struct EvalRun: Sendable {
    public var evaluator = Evaluator()
    public var floors: [String: Double] = [:]
    public var warnings: [String] = []

    public static let documentExtensions: Set<String> = ["txt", "html", "htm"]
    public static let floorsFile = "floors.json"
    public static let splitFile = "split.tsv"

    /// The floors of `floors.json`, for the whole corpus (`split` nil) or for one split.
    public struct Floors: Sendable, Equatable {
        public var whole: [String: Double] = [:]
        public var splits: [String: [String: Double]] = [:]
        public init() {}
    }

    /// Reads `floors.json` if the folder has one: `{"field": minimum F1}` for the whole corpus and
    /// `{"split": {"field": minimum F1}}` per split; `macro_f1` pins the mean over the eight main fields;
    /// keys that start with `_` are comments.
    public static func allFloors(in dir: URL) throws -> Floors {
        let url = dir.appendingPathComponent(floorsFile)
        guard FileManager.default.fileExists(atPath: url.path) else { return Floors() }
        let text = try String(contentsOf: url, encoding: .utf8)
        guard case .object(let pairs) = try JSON.parse(text) else {
            throw RecordError(kind: "floors", message: "\(url.path): must be an object of field names to numbers")
        }
        let known = Set(Evaluator.Field.allCases.map(\.rawValue)).union([Evaluator.macroKey])
        func table(_ pairs: [(String, JSON)], _ context: String) throws -> [String: Double] {
            var out: [String: Double] = [:]
            for (k, v) in pairs where !k.hasPrefix("_") {
                guard known.contains(k) else { throw RecordError(kind: "floors", message: "\(url.path): unknown field '\(k)'\(context)") }
                guard let d = v.doubleValue, d >= 0, d <= 1 else {
                    throw RecordError(kind: "floors", message: "\(url.path): the floor of '\(k)'\(context) must be a number from 0 to 1")
                }
                out[k] = d
            }
            return out
        }
        var floors = Floors()
        var flat: [(String, JSON)] = []
        for (k, v) in pairs {
            if case .object(let inner) = v, !k.hasPrefix("_") {
                floors.splits[k] = try table(inner, " of the split '\(k)'")
            } else {
                flat.append((k, v))
            }
        }
        floors.whole = try table(flat, "")
        return floors
    }

    /// The floors of the whole corpus in `dir`.
    public static func floors(in dir: URL) throws -> [String: Double] {
        try allFloors(in: dir).whole
    }

    /// Reads `split.tsv` (`stem<TAB>split`) if the folder has one: the split of each stem.
    public static func splits(in dir: URL) throws -> [String: String]? {
        let url = dir.appendingPathComponent(splitFile)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let text = try String(contentsOf: url, encoding: .utf8)
        var out: [String: String] = [:]
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw RecordError(kind: "split", message: "\(url.path): line \(n + 1) must be 'stem<TAB>split'")
            }
            guard out[parts[0]] == nil else {
                throw RecordError(kind: "split", message: "\(url.path): line \(n + 1): '\(parts[0])' is listed twice")
            }
            out[parts[0]] = parts[1]
        }
        return out
    }

    /// The documents of `dir`, recursively, without those of sub-folders that are corpora of their own (a
    /// `floors.json` of their own).
    public static func documents(in dir: URL, extensions: Set<String> = documentExtensions) throws -> [URL] {
        let files = try DocumentFinder.files([dir.path], extensions: extensions)
        let root = dir.standardizedFileURL.path
        var isCorpus: [String: Bool] = [:]
        func ownCorpus(_ folder: String) -> Bool {
            if let known = isCorpus[folder] { return known }
            let v = FileManager.default.fileExists(atPath: folder + "/" + floorsFile)
            isCorpus[folder] = v
            return v
        }
        return files.filter { file in
            var folder = file.deletingLastPathComponent().standardizedFileURL
            while folder.path.count > root.count, folder.path.hasPrefix(root) {
                if ownCorpus(folder.path) { return false }
                folder = folder.deletingLastPathComponent()
            }
            return true
        }
    }

    /// Extracts every document below `dir` that has a gold label beside it (outside sub-corpora), and scores
    /// it; with `split`, only the documents that `split.tsv` puts in that split, against that split's floors.
    public static func run(_ dir: URL, pipeline: Pipeline, split: String? = nil) throws -> EvalRun {
        var run = EvalRun()
        // Round 28 (GRP28): groups compared through the rules' aliases of participant groups.
        run.evaluator.groupNames = GroupNames(rules: pipeline.rules)
        let allFloors = try allFloors(in: dir)
        var files = try documents(in: dir)
        if let split {
            guard let table = try splits(in: dir) else {
                throw RecordError(kind: "split", message: "\(dir.path): has no \(splitFile), so it has no split '\(split)'")
            }
            let names = Set(table.values)
            guard names.contains(split) else {
                throw RecordError(kind: "split", message: "\(dir.path)/\(splitFile): no split '\(split)' (it has \(names.sorted().joined(separator: ", ")))")
            }
            for file in files where table[file.deletingPathExtension().lastPathComponent] == nil {
                run.warnings.append("\(file.path): not listed in \(splitFile); skipped")
            }
            files = files.filter { table[$0.deletingPathExtension().lastPathComponent] == split }
            run.floors = allFloors.splits[split] ?? [:]
        } else {
            run.floors = allFloors.whole
        }
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
