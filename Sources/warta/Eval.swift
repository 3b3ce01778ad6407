import ArgumentParser
import Foundation
import Warta

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Scores the extractor against gold labels, field by field.",
        discussion: """
            DIR holds documents (.txt, .html, .htm) with their gold labels beside them (the same stem, .json; \
            the format of GOLD-FORMAT.md). Warta extracts every document and prints, for each field, the true \
            positives, false positives and false negatives with precision, recall and F1. The exit status is \
            1 when a field falls below its floor: the floors come from DIR/floors.json and from --min-f1. \
            A sub-folder with a floors.json of its own is a corpus of its own and is skipped (score it by naming \
            it). With --split NAME only the documents that DIR/split.tsv (stem<TAB>split) puts in that split are \
            scored, against the floors of that split in floors.json.
            """
    )

    @Argument(help: ArgumentHelp("The folder of documents and gold labels.", valueName: "dir"))
    var dir: String

    @Option(name: .long, help: ArgumentHelp("Score only the documents of this split of DIR/split.tsv (dev, test).", valueName: "name"))
    var split: String?

    @Flag(name: .shortAndLong, help: "List every mismatch, document by document.")
    var verbose = false

    @Flag(name: .long, help: ArgumentHelp(
        "After the table, count where each field's errors come from: a false event, an empty label or a wrong value (false positives); a missed event, nothing found or a wrong value or missed item beside found ones (false negatives). Counts only, never a document."))
    var anatomy = false

    @Option(name: .long, help: ArgumentHelp("Write the full report (scores and mismatches) as JSON to this file.", valueName: "file"))
    var report: String?

    @Option(name: .customLong("min-f1"), help: ArgumentHelp(
        "Require at least this F1 for a field, as FIELD=X (for example date_start=0.98); repeatable. Overrides floors.json.",
        valueName: "field=x"))
    var minF1: [String] = []

    @OptionGroup var rulesOptions: RulesOptions

    func parsedFloors() throws -> [String: Double] {
        var out: [String: Double] = [:]
        let known = Set(Evaluator.Field.allCases.map(\.rawValue)).union([Evaluator.macroKey])
        for item in minF1 {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, known.contains(parts[0]), let v = Double(parts[1]), v >= 0, v <= 1 else {
                throw ValidationError("--min-f1 takes FIELD=X with a field of \(known.sorted().joined(separator: ", ")) and X from 0 to 1; got '\(item)'.")
            }
            out[parts[0]] = v
        }
        return out
    }

    func validate() throws { _ = try parsedFloors() }

    func run() throws {
        let pipeline = try rulesOptions.pipeline()
        var run: EvalRun
        do {
            run = try EvalRun.run(URL(fileURLWithPath: dir), pipeline: pipeline, split: split)
        } catch let e as RecordError {
            printError("warta: \(e.message)")
            throw ExitCode(2)
        }
        for (k, v) in try parsedFloors() { run.floors[k] = v }
        for w in run.warnings { printError("warta: \(w)") }
        let ev = run.evaluator
        print("\(ev.documents) documents" + (split.map { " (split \($0))" } ?? ""))
        print(ev.table())
        if anatomy { print("\n" + ev.anatomyTable()) }
        if verbose {
            var lastDoc = ""
            for m in ev.mismatches {
                if m.doc != lastDoc { print("\n\(m.doc)"); lastDoc = m.doc }
                print("  \(m.field.rawValue): expected \(m.expected) | got \(m.predicted)")
            }
        }
        for e in ev.errors { printError("warta: error: \(e)") }
        if let report {
            let text = ev.report(floors: run.floors).serialized(pretty: true) + "\n"
            do { try OutputFile.write(Data(text.utf8), to: report) } catch {
                printError("warta: cannot write the report: \((error as? RecordError)?.message ?? "\(error)")")
                throw ExitCode(2)
            }
        }
        let failures = ev.failures(floors: run.floors)
        if !failures.isEmpty {
            for (f, score, floor) in failures {
                printError("warta: \(f): F1 \(String(format: "%.3f", score)) is below its floor \(floor)")
            }
            throw ExitCode(1)
        }
    }
}
