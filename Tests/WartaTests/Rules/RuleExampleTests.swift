import Foundation
import Testing
@testable import Warta

/// Every inline example and counterexample of every rule file runs as its own test case.
struct RuleExampleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let rule: Rule
        let text: String
        let value: String?
        let published: String?
        let positive: Bool
        var testDescription: String { "\(rule.id) \(positive ? "matches" : "does not match") \"\(text.prefix(60))\"" }
    }

    static let checker: RuleChecker = {
        do { return try RuleChecker(rules: Shared.rules) } catch { fatalError("\(error)") }
    }()

    static let cases: [Case] = checker.examples.map {
        Case(rule: $0.rule, text: $0.text, value: $0.value, published: $0.published, positive: $0.positive)
    }

    @Test("Each rule example", arguments: cases)
    func example(_ c: Case) {
        let outcome = Self.checker.check(rule: c.rule, text: c.text, value: c.value, published: c.published, positive: c.positive)
        #expect(outcome.passed, "\(outcome.description)")
    }

    @Test func everyRuleHasExamplesAndCounterexamples() {
        for rules in Shared.rules.rules.values {
            for rule in rules {
                #expect(!rule.examples.isEmpty, "\(rule.id) has no example")
                #expect(!rule.counterexamples.isEmpty, "\(rule.id) has no counterexample")
            }
        }
        #expect(Self.cases.count > 150)
    }
}
