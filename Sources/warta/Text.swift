import ArgumentParser
import Foundation
import Warta

struct Text: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Prints the clean main text of pages: what Warta reads of them.",
        discussion: """
            Each PAGE is an HTML or text file, a folder of them, a JSON Lines file, a WARC file or - (the inputs \
            of warta extract). For each document Warta prints the clean text its records point into: the \
            headline on the first line, then the article, one block per line; documents are separated by a \
            blank line. With --json, one JSON object per line and document, in input order: {"id", "title", \
            "published", "text"}. A page that has no readable text is reported on standard error (with \
            --json its line has "text": null) and the others are printed; the exit status is then 1.
            """
    )

    @Argument(help: ArgumentHelp("The pages (files, folders, archives or -) to read.", valueName: "page"))
    var pages: [String]

    @Flag(name: .long, help: "Print one JSON object per document: {\"id\", \"title\", \"published\", \"text\"}.")
    var json = false

    @OptionGroup var rulesOptions: RulesOptions

    func validate() throws {
        if pages.isEmpty { throw ValidationError("Name at least one page, folder, archive or - to read.") }
    }

    func run() throws {
        let pipeline = try rulesOptions.pipeline()
        let stream: DocumentStream
        do {
            stream = try DocumentStream(paths: pages)
        } catch let e as RecordError {
            printError("warta: \(e.message)")
            throw ExitCode(2)
        }
        var failed = 0
        var first = true
        var out = FileHandleOutput()
        while let item = try stream.next() {
            let record: Record
            var untitled = false
            switch item {
            case .document(let input):
                record = pipeline.process(input, withText: true)
                // A page with no headline, og:title or <title> takes its title from its first line, which is the
                // article's: read such a page's metadata again to tell (only when the title is that line).
                if input.format == .html, record.error == nil, input.bytes.count <= Pipeline.maxHTMLBytes,
                    let title = record.document.title, record.text.map({ $0 == title || $0.hasPrefix(title + "\n") }) ?? true,
                    let page = try? HTMLReader.read(input.bytes), page.title == nil
                {
                    untitled = true
                }
            case .failure(let info, let error): record = Record.failure(info, error)
            }
            guard let text = record.text, record.error == nil else {
                printError("warta: \(record.error?.message ?? "\(record.document.source): no text")")
                failed += 1
                if json {
                    // one line per document, in input order, also for a page without text
                    let object = JSON.object([
                        ("id", .string(record.document.id)), ("title", record.document.title.map { .string($0) } ?? .null),
                        ("published", .null), ("text", .null),
                    ])
                    out.write(object.serialized() + "\n")
                }
                continue
            }
            for w in record.warnings where w.code == "main-text-uncertain" {
                printError("warta: \(record.document.source): \(w.message)")
            }
            // A page without any title gets an empty first line, so that the first line is always the headline.
            let shown = untitled ? "\n" + text : text
            if json {
                let object = JSON.object([
                    ("id", .string(record.document.id)),
                    ("title", record.document.title.map { .string($0) } ?? .null),
                    ("published", record.document.published.map { .string($0.iso) } ?? .null),
                    ("text", .string(shown)),
                ])
                out.write(object.serialized() + "\n")
            } else {
                out.write((first ? "" : "\n") + shown + (shown.hasSuffix("\n") ? "" : "\n"))
            }
            first = false
        }
        out.flush()
        if failed > 0 { throw ExitCode(1) }
    }
}

/// Buffered writes to standard output.
struct FileHandleOutput {
    var buffer: [UInt8] = []

    mutating func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
