import Foundation
import Testing
@testable import Warta

/// Rule files are validated at load, with problems that name the file, the rule and the reason.
struct RuleLoadingTests {
    /// Copies the rule folder, applies `edit` to one file, and loads it.
    func load(editing file: String, _ edit: (String) -> String) throws -> RuleLoadError? {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = dir.appendingPathComponent("extractors")
        try FileManager.default.copyItem(at: Paths.extractors, to: copy)
        let target = copy.appendingPathComponent(file)
        let text = try String(contentsOf: target, encoding: .utf8)
        try edit(text).write(to: target, atomically: true, encoding: .utf8)
        do {
            _ = try RuleSet.load(from: .directory(copy))
            return nil
        } catch {
            return error
        }
    }

    @Test func anUnboundedRepetitionIsRejectedWithFileRuleAndReason() throws {
        let error = try #require(try load(editing: "legal/rules.yaml") {
            $0.replacingOccurrences(of: "pattern: 'type:@lawtype @country? num:<num> ~", with: "pattern: 'type:@lawtype @country?+ num:<num> ~")
        })
        let p = try #require(error.problems.first)
        #expect(p.file == "legal/rules.yaml")
        #expect(p.rule == "legal.type-slash")
        #expect(p.message.contains("unbounded repetition"))
    }

    @Test func aDuplicateIdIsReported() throws {
        let error = try #require(try load(editing: "dates/rules.yaml") {
            $0.replacingOccurrences(of: "id: dates.paren-numeric-year", with: "id: dates.weekday-paren-numeric")
        })
        #expect(error.problems.contains { $0.rule == "dates.weekday-paren-numeric" && $0.message.contains("used twice") })
    }

    @Test func anUnknownLexiconAndAnUnknownKeyAreReported() throws {
        let error = try #require(try load(editing: "legal/rules.yaml") {
            $0.replacingOccurrences(of: "pattern: 'type:@lawtype @country? num", with: "patern: x\n    pattern: 'type:@lawtypo @country? num")
        })
        #expect(error.problems.contains { $0.message.contains("unknown key 'patern'") })
        #expect(error.problems.contains { $0.message.contains("unknown lexicon '@lawtypo'") })
    }

    @Test func aNameSplitAtItsCommasByYAMLIsReported() throws {
        let quoted = "\"badan meteorologi, klimatologi, dan geofisika\""
        let error = try #require(try load(editing: "legal/rules.yaml") {
            $0.replacingOccurrences(of: quoted, with: "badan meteorologi, klimatologi, dan geofisika")
        })
        #expect(error.problems.contains { $0.file == "legal/rules.yaml" && $0.message.contains("'dan geofisika' begins with a conjunction") })
    }

    @Test func aYAMLErrorNamesTheFile() throws {
        let error = try #require(try load(editing: "event/rules.yaml") { $0 + "\n  - id: [unclosed\n" })
        #expect(error.problems.contains { $0.file == "event/rules.yaml" && $0.message.contains("YAML") })
    }

    @Test func aRuleWithoutCounterexamplesIsRejected() throws {
        let error = try #require(try load(editing: "location/rules.yaml") {
            $0.replacingOccurrences(of: "    counterexamples:\n      - \"ruang rapat\"\n", with: "")
        })
        #expect(error.problems.contains { $0.rule == "location.region-bare" && $0.message.contains("counterexamples") })
    }

    @Test func aWrongExampleValueFailsTheCheck() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = dir.appendingPathComponent("extractors")
        try FileManager.default.copyItem(at: Paths.extractors, to: copy)
        let target = copy.appendingPathComponent("legal/rules.yaml")
        let text = try String(contentsOf: target, encoding: .utf8)
        try text.replacingOccurrences(of: "value: \"UU 11/2009\"", with: "value: \"UU 11/2010\"").write(to: target, atomically: true, encoding: .utf8)
        let set = try RuleSet.load(from: .directory(copy))
        let failures = try RuleChecker(rules: set).failures()
        #expect(failures.contains { $0.rule.file == "legal/rules.yaml" && ($0.problem ?? "").contains("should give UU 11/2010") })
    }

    @Test func aMissingFolderIsAProblem() {
        #expect(throws: RuleLoadError.self) {
            try RuleSet.load(from: .directory(URL(fileURLWithPath: "/nonexistent/warta-rules")))
        }
    }
}
