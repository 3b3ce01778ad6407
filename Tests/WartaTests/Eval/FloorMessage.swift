import Foundation
import Testing
@testable import Warta

/// The message of a floor test that failed (round 16). A hidden split (realnews `test`, the `blind` halves of the
/// held-out sets) is scored only so that a drop shows: its message names the fields below their floor and the
/// floors, never the measured score, because engineers read these messages and must not learn the hidden scores
/// from them. A visible split (`dev`, `look`) prints its scores as before.
enum FloorMessage {
    /// The splits whose scores no engineer may read.
    static let hiddenSplits: Set<String> = ["test", "blind"]

    static func isHidden(_ split: String) -> Bool { hiddenSplits.contains(split) }

    /// The message for `failures` (field, F1, floor) of `split`, nil when none failed.
    static func text(_ failures: [(String, Double, Double)], split: String) -> String? {
        guard !failures.isEmpty else { return nil }
        let hidden = isHidden(split)
        let items = failures.map { field, score, floor in
            hidden ? "\(field) is below its floor \(floor)" : "\(field): F1 \(String(format: "%.3f", score)) is below its floor \(floor)"
        }
        let tail = hidden ? " (a hidden split: its scores are not printed)" : ""
        return "split \(split): " + items.joined(separator: "; ") + tail
    }

    /// Records one issue for the failures of `split` (none when every floor holds). The message is recorded as
    /// it is, never as an expanded expression: `#expect(failures.isEmpty)` would print the failures' scores.
    static func record(_ failures: [(String, Double, Double)], split: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if let message = text(failures, split: split) {
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }
}

struct FloorMessageTests {
    static let failures: [(String, Double, Double)] = [("venue", 0.612_345, 0.7), (Evaluator.macroKey, 0.781_234, 0.8)]

    /// The digits a score could be printed with: its value at 2 to 6 decimals, with or without rounding.
    static func renderings(_ score: Double) -> [String] {
        var out = ["\(score)"]
        for places in 2...6 {
            out.append(String(format: "%.\(places)f", score))
            let factor = pow(10.0, Double(places))
            out.append(String(format: "%.\(places)f", (score * factor).rounded(.down) / factor))
        }
        return out.map { $0.hasPrefix("0") ? String($0.dropFirst()) : $0 }
    }

    @Test(arguments: ["test", "blind"])
    func aHiddenSplitNamesTheFieldsAndFloorsButNoScore(split: String) throws {
        let message = try #require(FloorMessage.text(Self.failures, split: split))
        #expect(message.contains("venue is below its floor 0.7"))
        #expect(message.contains("\(Evaluator.macroKey) is below its floor 0.8"))
        for (_, score, _) in Self.failures {
            for r in Self.renderings(score) {
                #expect(!message.contains(r), "the message of a hidden split prints a score (\(r))")
            }
        }
        #expect(!message.contains("F1 "))
    }

    @Test(arguments: ["dev", "look"])
    func aVisibleSplitPrintsItsScores(split: String) throws {
        let message = try #require(FloorMessage.text(Self.failures, split: split))
        #expect(message.contains("venue: F1 0.612 is below its floor 0.7"))
        #expect(message.contains("\(Evaluator.macroKey): F1 0.781 is below its floor 0.8"))
    }

    @Test(arguments: ["test", "blind", "dev", "look"])
    func noMessageWhenEveryFloorHolds(split: String) {
        #expect(FloorMessage.text([], split: split) == nil)
    }

    @Test func onlyTestAndBlindAreHidden() {
        #expect(FloorMessage.isHidden("test") && FloorMessage.isHidden("blind"))
        #expect(!FloorMessage.isHidden("dev") && !FloorMessage.isHidden("look"))
    }
}
