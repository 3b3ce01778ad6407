import ArgumentParser
import Foundation
import Warta

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extracts a training-event record from each document.",
        discussion: """
            Each PATH is a folder (searched recursively for .txt, .html and .htm files, in path order), a \
            document file, a JSON Lines file (.jsonl or .ndjson: one document per line, {"id", "url", "html" | \
            "text", "published"}), a WARC file (.warc or .warc.gz: response and resource records with HTML; \
            other records are counted and skipped), or - for standard input (JSON Lines). --input-format \
            overrides the detection.

            One document without --output prints one pretty JSON record on standard output; otherwise the \
            records are JSON Lines in input order, to standard output or to --output FILE (--output - for \
            standard output). Documents are extracted on --jobs threads, a chunk at a time, so memory stays \
            bounded whatever the input's size. A document that fails becomes an error record \
            ({"document": ..., "error": {"kind", "message"}}) and the run goes on.

            On a terminal, a progress line is shown on standard error; a summary ends every run. The exit \
            status is 0 when every record was written (error records included); 1 with --strict when a \
            document failed; 2 when an input cannot be opened, the output cannot be written or is one of the \
            inputs, or the rules cannot be loaded. With --resume, documents whose id is already in the output \
            are skipped and the new records appended; a line cut by a killed run is removed first, and an \
            output with any other line that is not a record is refused.

            Ids are unique in a run: a file's stem, or its path below the folder given where two files share a \
            stem (2019/berita); a repeated JSON Lines or WARC id gives an error record naming both places. A \
            damaged archive (corrupt or truncated gzip, a wrong Content-Length, garbage) gives error records \
            naming the file and byte offset, and reading goes on at the next record.
            """
    )

    @Argument(help: ArgumentHelp("The folders, files, archives or - (standard input) to read.", valueName: "path"))
    var paths: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Write the records as JSON Lines to this file, or to standard output with -.", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Add the clean text that the evidence offsets point into to each record.")
    var withText = false

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "How many documents to extract at once. Without it: the number of cores.", valueName: "n"))
    var jobs: Int?

    @Option(name: .long, help: ArgumentHelp(
        "Read every input as this kind instead of detecting it: auto, files, jsonl or warc.", valueName: "kind"))
    var inputFormat: String = "auto"

    @Option(name: .long, help: ArgumentHelp(
        "Write the documents and events into this SQLite database (created if missing; runs again change nothing).",
        valueName: "file"))
    var db: String?

    @Flag(name: .long, help: "Skip the documents whose id is already in the --output file or the --db database and append the rest.")
    var resume = false

    @Flag(name: .long, help: "Stop with exit status 1 when any document fails.")
    var strict = false

    @Flag(name: .long, inversion: .prefixedNo, help: "Show a progress line on standard error, or not. Without either: only when standard error is a terminal.")
    var progress: Bool?

    @OptionGroup var rulesOptions: RulesOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Name at least one file, folder, archive or - to read.") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if InputFormat(rawValue: inputFormat) == nil {
            throw ValidationError("--input-format must be one of \(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        if resume, db == nil, output == nil || output == "-" { throw ValidationError("--resume needs --output FILE or --db FILE.") }
    }

    func run() throws {
        let pipeline = try rulesOptions.pipeline()
        let stream: DocumentStream
        do {
            stream = try DocumentStream(paths: paths, format: InputFormat(rawValue: inputFormat) ?? .auto)
        } catch let e as RecordError {
            printError("warta: \(e.message)")
            throw ExitCode(2)
        }
        // An output never replaces an input: refuse an --output or --db that is one of the files read.
        for (flag, target) in [("--output", output), ("--db", db)] {
            guard let target, target != "-", let identity = FileIdentity(path: target) else { continue }
            if stream.inputIdentities.contains(identity) {
                printError("warta: \(flag) \(target) is one of the inputs; writing it would destroy it. Write the records to another file.")
                throw ExitCode(2)
            }
        }
        var skip: Set<String> = []
        var inOutput: Set<String> = []
        var writer: RecordWriter? = nil
        var store: EventStore? = nil
        do {
            // With both a database and an output file, a document is skipped only when both hold it, and each
            // sink leaves out what it already holds. The database knows documents by (source, id).
            if let db { store = try EventStore(path: db) }
            if db == nil || output != nil {
                if resume, let output, output != "-" {
                    inOutput = try Resume.completedIDs(in: output)
                    if store == nil { skip = inOutput }
                }
                writer = try RecordWriter(path: output, append: resume)
            }
        } catch let e as RecordError {
            printError("warta: \(e.message)")
            throw ExitCode(2)
        } catch {
            printError("warta: \(error)")
            throw ExitCode(2)
        }
        var skipping: ((SourceItem) throws -> Bool)? = nil
        if resume, let store {
            let needsOutput = writer != nil && output != "-"
            let outputIDs = inOutput
            skipping = { item in
                if needsOutput, !outputIDs.contains(item.id) { return false }
                return try store.contains(DocumentKey(source: item.source, id: item.id))
            }
        }
        let pretty = output == nil && stream.knownCount == 1
        let batch = Batch(pipeline: pipeline, withText: withText)
        let start = Date()
        let started = EventStore.now()
        let known = stream.knownCount
        let showProgress = progress ?? (isatty(2) == 1)
        var failedInStrict = false
        let summary: Batch.Summary
        do {
            summary = try batch.run(stream, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, skip: skip, skipping: skipping, chunkSize: store == nil ? nil : EventStore.chunkSize(jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount), lines: writer == nil ? (store == nil ? nil : false) : pretty, progress: { s in
                guard showProgress else { return }
                let elapsed = max(Date().timeIntervalSince(start), 0.001)
                let rate = Double(s.documents) / elapsed
                var line = "\r\(s.documents)"
                if let known { line += " of \(known)" }
                line += " documents, \(Int(rate)) per second"
                if let known, rate > 0 {
                    let left = Double(known - s.documents - s.resumed) / rate
                    line += ", \(Int(left.rounded())) s left"
                }
                FileHandle.standardError.write(Data((line + "   ").utf8))
            }) { records, lines in
                for r in records where r.error != nil {
                    printError((showProgress ? "\r" : "") + "warta: \(r.document.id): \(r.error?.kind ?? ""): \(r.error?.message ?? "")")
                }
                do {
                    if inOutput.isEmpty {
                        try writer?.write(lines)
                    } else {
                        try writer?.write(zip(records, lines).filter { !inOutput.contains($0.0.document.id) }.map(\.1))
                    }
                } catch {
                    throw RecordError(kind: "output", message: "cannot write the output: \(error.localizedDescription)")
                }
                if let store {
                    do {
                        try store.write(records, lines: pretty ? nil : lines)
                    } catch {
                        throw RecordError(kind: "output", message: "cannot write the database: \(EventStore.explain(error, path: store.path))")
                    }
                }
                if strict, records.contains(where: { $0.error != nil }) {
                    failedInStrict = true
                    throw RecordError(kind: "strict", message: "a document failed and --strict is set")
                }
            }
        } catch let e as RecordError {
            if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
            printError("warta: \(e.message)")
            throw ExitCode(failedInStrict ? 1 : 2)
        }
        if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
        let elapsed = Date().timeIntervalSince(start)
        var line = "warta: \(summary.documents) documents, \(summary.events) training events, \(summary.errors) errors"
        if summary.resumed > 0 { line += ", \(summary.resumed) already in the output" }
        if summary.skippedRecords > 0 { line += ", \(summary.skippedRecords) WARC records that are not HTML skipped" }
        line += String(format: ", %.1f s", elapsed)
        printError(line)
        // The run, for the workbench's overview.
        try? store?.recordRun(command: "extract", inputs: paths, started: started, documents: summary.documents, errors: summary.errors, seconds: elapsed)
    }
}
