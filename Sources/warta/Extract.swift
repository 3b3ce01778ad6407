import ArgumentParser
import Foundation
import Warta

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extracts a training-event record from each document.",
        discussion: """
            Each PATH is a file or a folder; folders are searched recursively for .txt, .html and .htm files, in path order. \
            One document prints one pretty JSON record on standard output; several documents print JSON Lines \
            (one record per line) in input order. With --output FILE the records go to FILE as JSON Lines \
            (--output - for standard output). A document that cannot be read or is not text gets a record \
            with an "error" naming the document and the problem, a message on standard error, and the other \
            documents are still written. The exit status is 0 when every record was written (error records \
            included), and 2 when the rules, an input path or the output cannot be used.
            """
    )

    @Argument(help: ArgumentHelp("The files or folders to read.", valueName: "path"))
    var paths: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Write the records as JSON Lines to this file, or to standard output with -.", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Add the clean text that the evidence offsets point into to each record.")
    var withText = false

    @OptionGroup var rulesOptions: RulesOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Name at least one file or folder to read.") }
    }

    func run() throws {
        let pipeline = try rulesOptions.pipeline()
        let files: [URL]
        do {
            files = try DocumentFinder.files(paths)
        } catch let e as RecordError {
            printError("warta: \(e.message)")
            throw ExitCode(2)
        }
        let sink: FileHandle
        var closeSink = false
        if let output, output != "-" {
            guard FileManager.default.createFile(atPath: output, contents: nil) , let h = FileHandle(forWritingAtPath: output) else {
                printError("warta: cannot write the output file \(output)")
                throw ExitCode(2)
            }
            sink = h
            closeSink = true
        } else {
            sink = FileHandle.standardOutput
        }
        let pretty = output == nil && files.count == 1
        let batch = Batch(pipeline: pipeline, withText: withText)
        let summary = try batch.run(files) { record in
            if let e = record.error {
                printError("warta: \(record.document.id): \(e.kind): \(e.message)")
            }
            let line = record.json.serialized(pretty: pretty) + "\n"
            do {
                try sink.write(contentsOf: Data(line.utf8))
            } catch {
                printError("warta: cannot write the output: \(error.localizedDescription)")
                throw ExitCode(2)
            }
        }
        if closeSink { try? sink.close() }
        if summary.errors > 0 {
            printError("warta: \(summary.documents) documents, \(summary.errors) failed, \(summary.events) training events")
        }
    }
}
