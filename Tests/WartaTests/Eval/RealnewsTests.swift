import Foundation
import Testing
@testable import Warta

/// `corpus/realnews`: 120 documents rewritten from real regional reports, split into dev and test by the rule
/// of its README (a stem whose number is divisible by 3 is test). Each split that `floors.json` pins is scored
/// against its floors; `warta eval corpus` leaves the folder out (it has floors of its own).
struct RealnewsTests {
    static func splitRun(_ split: String) throws -> EvalRun {
        try EvalRun.run(Paths.realnews, pipeline: Shared.pipeline, split: split)
    }

    @Test func theSplitFileFollowsTheReadmeRuleAndListsEveryDocument() throws {
        let table = try SplitCheck.check(Paths.realnews, count: 120) { $0 % 3 == 0 ? "test" : "dev" }
        #expect(table.values.filter { $0 == "dev" }.count == 80)
        #expect(table.values.filter { $0 == "test" }.count == 40)
    }

    @Test func theOriginalCorpusLeavesTheSubCorpusOut() throws {
        let docs = try EvalRun.documents(in: Paths.corpus)
        #expect(!docs.contains { $0.path.contains("/realnews/") })
        #expect(docs.contains { $0.path.contains("/html/wordpress/") })
        #expect(try EvalRun.documents(in: Paths.realnews).count == 120)
    }

    @Test func theDevFloorsArePinnedAndKept() throws {
        let floors = try EvalRun.allFloors(in: Paths.realnews)
        #expect(floors.whole.isEmpty, "realnews pins floors per split")
        let dev = try #require(floors.splits["dev"], "floors.json pins no dev floors")
        for field in Evaluator.Field.allCases {
            #expect(dev[field.rawValue] != nil, "no dev floor for \(field.rawValue)")
        }
        #expect(dev[Evaluator.macroKey] != nil, "no dev floor for the macro-F1")
        let run = try Self.splitRun("dev")
        #expect(run.evaluator.documents == 80)
        #expect(run.warnings.isEmpty, "\(run.warnings)")
        #expect(run.evaluator.errors.isEmpty)
        let failures = run.evaluator.failures(floors: run.floors)
        #expect(failures.isEmpty, "\(failures)")
    }

    /// The test split is scored only when its floors are pinned (by the lead, after measuring it once).
    @Test func theTestFloorsAreKeptWhenPinned() throws {
        guard let test = try EvalRun.allFloors(in: Paths.realnews).splits["test"], !test.isEmpty else { return }
        let run = try Self.splitRun("test")
        #expect(run.evaluator.documents == 40)
        // The test split's failure names the fields and floors, never its scores (FloorMessage).
        FloorMessage.record(run.evaluator.failures(floors: run.floors), split: "test")
    }

    @Test func anUnknownSplitOrAMissingSplitFileIsAClearError() throws {
        #expect(throws: RecordError.self) { try EvalRun.run(Paths.realnews, pipeline: Shared.pipeline, split: "train") }
        #expect(throws: RecordError.self) { try EvalRun.run(Paths.corpus, pipeline: Shared.pipeline, split: "dev") }
    }

    @Test func floorsPerSplitParse() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("floors.json")
        try Data(#"{"_c": "x", "city": 0.5, "dev": {"venue": 0.7, "macro_f1": 0.6}}"#.utf8).write(to: url)
        let f = try EvalRun.allFloors(in: dir)
        #expect(f.whole == ["city": 0.5])
        #expect(f.splits == ["dev": ["venue": 0.7, "macro_f1": 0.6]])
        try Data(#"{"dev": {"nofield": 0.7}}"#.utf8).write(to: url)
        #expect(throws: RecordError.self) { try EvalRun.allFloors(in: dir) }
    }
}
