import Foundation
import Testing
@testable import Warta

/// The five real reports the project was founded on: every field equals the gold, whenever ../shared is there.
@Suite(.enabled(if: Paths.hasSeeds, "../shared/seeds is not beside the project"))
struct SeedTests {
    static let run: EvalRun = {
        do { return try EvalRun.run(Paths.seeds, pipeline: Shared.pipeline) } catch { fatalError("\(error)") }
    }()

    @Test func fiveSeedsAreRead() {
        #expect(Self.run.evaluator.documents == 5)
        #expect(Self.run.warnings.isEmpty)
    }

    @Test("Every field of every seed equals the gold", arguments: Evaluator.Field.allCases)
    func field(_ field: Evaluator.Field) {
        let misses = Self.run.evaluator.mismatches.filter { $0.field == field }
        #expect(misses.isEmpty, "\(misses.map { "\($0.doc): expected \($0.expected), got \($0.predicted)" })")
    }

    @Test func datesAndLawsExactly() throws {
        for file in try FileManager.default.contentsOfDirectory(atPath: Paths.seeds.path) where file.hasSuffix(".txt") {
            let url = Paths.seeds.appendingPathComponent(file)
            let gold = try GoldLabel(json: try String(contentsOf: url.deletingPathExtension().appendingPathExtension("json"), encoding: .utf8), file: file)
            let record = try Shared.pipeline.process(DocumentFinder.input(for: url).get())
            #expect(record.event?.date?.start.iso == gold.dateStart)
            #expect(record.event?.date?.end.iso == gold.dateEnd)
            #expect(record.legalReferences.map(\.canonical).sorted() == gold.legalReferences.sorted())
        }
    }
}
