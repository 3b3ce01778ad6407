import Testing
import Warta

/// One pipeline for every test: the rules compile once per process.
enum Shared {
    static let rules: RuleSet = {
        switch RuleSet.builtIn {
        case .success(let set): return set
        case .failure(let e): fatalError("the built-in rules do not load:\n\(e)")
        }
    }()
    static let pipeline: Pipeline = {
        do { return try Pipeline(rules: rules) } catch { fatalError("the pipeline does not build: \(error)") }
    }()

    /// Extracts a document given as text.
    static func record(_ text: String, id: String = "doc", published: Day? = nil) -> Record {
        pipeline.process(DocumentInput(id: id, source: id, format: .text, bytes: Array(text.utf8), published: published), withText: true)
    }
}
