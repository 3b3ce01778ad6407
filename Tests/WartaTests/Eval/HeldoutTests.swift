import Foundation
import Testing
@testable import Warta

/// `corpus/heldout`: 48 reports written by an engineer who had not seen the rules, split into `look` (read to
/// understand failures) and `blind` (scored only). Both splits are pinned in its `floors.json` and kept; `warta
/// eval corpus` leaves the folder out (it has floors of its own).
struct HeldoutTests {
    static let heldout = Paths.corpus.appendingPathComponent("heldout")

    @Test func theSplitFileListsEveryDocumentInTwoEqualHalves() throws {
        let table = try SplitCheck.check(Self.heldout, count: 48) { $0 % 2 == 1 ? "look" : "blind" }
        #expect(table.values.filter { $0 == "look" }.count == 24)
        #expect(!(try EvalRun.documents(in: Paths.corpus)).contains { $0.path.contains("/heldout/") })
    }

    @Test(arguments: ["look", "blind"])
    func theFloorsOfEachSplitAreKept(split: String) throws {
        let floors = try #require(try EvalRun.allFloors(in: Self.heldout).splits[split], "no \(split) floors")
        #expect(floors[Evaluator.macroKey] != nil, "no \(split) floor for the macro-F1")
        let run = try EvalRun.run(Self.heldout, pipeline: Shared.pipeline, split: split)
        #expect(run.evaluator.documents == 24)
        #expect(run.warnings.isEmpty, "\(run.warnings)")
        #expect(run.evaluator.errors.isEmpty)
        let failures = run.evaluator.failures(floors: run.floors)
        #expect(failures.isEmpty, "\(failures)")
    }
}
