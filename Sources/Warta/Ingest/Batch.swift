import Foundation

/// Runs the pipeline over files in input order and hands each record to a sink; one broken document becomes
/// an error record and never stops the batch.
public struct Batch: Sendable {
    public let pipeline: Pipeline
    public var withText = false

    public init(pipeline: Pipeline, withText: Bool = false) {
        self.pipeline = pipeline
        self.withText = withText
    }

    public struct Summary: Sendable, Equatable {
        public var documents = 0
        public var events = 0
        public var errors = 0
    }

    /// The record of one file: read, extract, or an error record that names the file and the problem.
    public func record(for file: URL, scratch: inout MatchScratch) -> Record {
        switch DocumentFinder.input(for: file) {
        case .failure(let e):
            let ext = file.pathExtension.lowercased()
            let info = DocumentInfo(
                id: file.deletingPathExtension().lastPathComponent, source: file.path,
                format: ext == "html" || ext == "htm" ? "html" : "text")
            return .failure(info, e)
        case .success(let input):
            return pipeline.process(input, withText: withText, scratch: &scratch)
        }
    }

    /// Extracts every file and passes each record to `sink` in input order.
    @discardableResult
    public func run(_ files: [URL], sink: (Record) throws -> Void) rethrows -> Summary {
        var summary = Summary()
        var scratch = MatchScratch()
        for file in files {
            let r = record(for: file, scratch: &scratch)
            summary.documents += 1
            if r.error != nil { summary.errors += 1 }
            if r.isTrainingEvent { summary.events += 1 }
            try sink(r)
        }
        return summary
    }
}
