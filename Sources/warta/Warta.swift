import ArgumentParser
import Foundation
import Warta

@main
struct WartaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "warta",
        abstract: "Turns Indonesian regional news into records of training events.",
        discussion: """
            Warta reads news reports (plain text and HTML files, folders, JSON Lines and WARC archives), finds \
            whether each reports a training event (bimtek, pelatihan, pembinaan, diklat...), and writes a JSON \
            record with the event's type, date, place, participants, organizers, speakers and the laws it cites, \
            each with its evidence, to JSON Lines or to a SQLite database of events that warta db queries. The \
            rules come built into the binary; pass --rules DIR to use an edited copy of the extractors folder.
            """,
        subcommands: [Extract.self, Text.self, Eval.self, CheckRules.self, DB.self, Bench.self, Serve.self]
    )
}

/// The option shared by every command that extracts.
struct RulesOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Load the rules from this folder (an edited copy of extractors/) instead of the ones built into the binary.",
        valueName: "dir"))
    var rules: String?

    func pipeline() throws -> Pipeline {
        do {
            if let rules {
                return try Pipeline(rules: RuleSet.load(from: .directory(URL(fileURLWithPath: rules))))
            }
            return try Pipeline.builtIn()
        } catch {
            printError("warta: the rules cannot be loaded:\n\(error.description)")
            throw ExitCode(2)
        }
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
