import ArgumentParser
import Foundation
import Warta

struct CheckRules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-rules",
        abstract: "Validates rule files and runs the examples of every rule.",
        discussion: """
            Without DIR the rules built into the binary are checked; with DIR, the rule files below it (an \
            edited copy of extractors/). Every problem is reported as FILE: rule ID: REASON: YAML errors, \
            unknown keys, duplicate ids, patterns that do not parse or could match nothing, unknown lexicons, \
            examples a rule does not match or gives the wrong value for, and counterexamples it matches. The \
            exit status is 1 when there is any problem.
            """
    )

    @Argument(help: ArgumentHelp("The folder of rule files to check.", valueName: "dir"))
    var dir: String?

    func run() throws {
        let set: RuleSet
        do throws(RuleLoadError) {
            if let dir {
                set = try RuleSet.load(from: .directory(URL(fileURLWithPath: dir)))
            } else {
                set = try RuleSet.builtIn.get()
            }
        } catch {
            print(error.description)
            print("\(error.problems.count) problem(s)")
            throw ExitCode(1)
        }
        let checker: RuleChecker
        do { checker = try RuleChecker(rules: set) } catch {
            print(error.description)
            throw ExitCode(1)
        }
        let outcomes = checker.examples.map { checker.check(rule: $0.rule, text: $0.text, value: $0.value, published: $0.published, positive: $0.positive) }
        let failures = outcomes.filter { !$0.passed }
        for f in failures { print(f.description) }
        let ruleCount = set.rules.values.reduce(0) { $0 + $1.count }
        print("\(ruleCount) rules, \(set.lexicons.count) lexicons, \(outcomes.count) examples: \(outcomes.count - failures.count) passed, \(failures.count) failed")
        if !failures.isEmpty { throw ExitCode(1) }
    }
}
