import ArgumentParser
import Foundation
import Warta

extension DB {
    /// `warta db import RECORDS.jsonl...`: records written elsewhere into the database.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Loads records (JSON Lines from warta extract --output, or a Spark run's part files) into the database.",
            discussion: """
                Each record is written as warta extract --db writes it: idempotently (a record stored unchanged \
                changes nothing, a changed one replaces the old in place) and merged into events with the other \
                reports, so that batch runs on many machines end in one database. A line that is not a record \
                is reported with its file and line number and the others are imported; the exit status is then \
                1 (2 when a file or the database cannot be opened). - reads standard input.
                """)

        @OptionGroup var options: DB.Options
        @Argument(help: ArgumentHelp("JSON Lines files of records, or - for standard input.", valueName: "records"))
        var records: [String]

        func validate() throws {
            if records.isEmpty { throw ValidationError("Name at least one JSON Lines file of records, or -.") }
        }

        func run() throws {
            let start = Date()
            let started = EventStore.now()
            // The database is never one of the inputs.
            if let target = FileIdentity(path: options.db), records.contains(where: { $0 != "-" && FileIdentity(path: $0) == target }) {
                printError("warta: --db \(options.db) is one of the inputs; writing it would destroy it.")
                throw ExitCode(2)
            }
            for path in records where path != "-" {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                    printError("warta: \(path): no such file of records")
                    throw ExitCode(2)
                }
            }
            let store: EventStore
            do { store = try EventStore(path: options.db) } catch {
                printError("warta: \(EventStore.explain(error, path: options.db))")
                throw ExitCode(2)
            }
            var counts: [EventStore.Outcome: Int] = [:]
            var bad = 0
            var chunk: [Record] = []
            func flush() throws {
                guard !chunk.isEmpty else { return }
                do {
                    for o in try store.write(chunk) { counts[o, default: 0] += 1 }
                } catch {
                    printError("warta: cannot write the database: \(EventStore.explain(error, path: store.path))")
                    throw ExitCode(2)
                }
                chunk.removeAll(keepingCapacity: true)
            }
            for path in records {
                let reader: LineReader
                do { reader = try LineReader(path: path) } catch {
                    printError("warta: \(path): cannot be read: \(error)")
                    throw ExitCode(2)
                }
                var lineNo = 0
                while let line = reader.next() {
                    lineNo += 1
                    let name = path == "-" ? "standard input" : path
                    switch line {
                    case .tooLong:
                        bad += 1
                        printError("warta: \(name):\(lineNo): the line is longer than \(LineReader.maxLine >> 20) MiB; skipped")
                    case .line(let bytes):
                        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                        do {
                            chunk.append(try Record(jsonText: String(decoding: bytes, as: UTF8.self)))
                        } catch {
                            bad += 1
                            printError("warta: \(name):\(lineNo): not a Warta record: \(error)")
                        }
                        if chunk.count >= 256 { try flush() }
                    }
                }
                if let e = reader.error {
                    bad += 1
                    printError("warta: \(path): reading stopped after line \(lineNo): \(e)")
                }
            }
            try flush()
            let total = counts.values.reduce(0, +)
            let seconds = Date().timeIntervalSince(start)
            try? store.recordRun(command: "db import", inputs: records, started: started, documents: total, errors: bad, seconds: seconds)
            printError("warta: \(total) records: \(counts[.inserted] ?? 0) new, \(counts[.updated] ?? 0) changed, \(counts[.unchanged] ?? 0) unchanged; \(bad) bad lines" + String(format: ", %.1f s", seconds))
            if bad > 0 { throw ExitCode(1) }
        }
    }
}

/// Reads a file (or standard input) line by line in blocks of 1 MiB, so memory stays bounded; a line longer
/// than `maxLine` is reported and skipped.
final class LineReader {
    enum Line { case line([UInt8]), tooLong }
    static let maxLine = 64 << 20
    let handle: FileHandle
    var buffer: [UInt8] = []
    var position = 0
    var scanned = 0
    var eof = false
    var skipping = false
    var error: String?

    init(path: String) throws {
        handle = path == "-" ? FileHandle.standardInput : try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
    }

    func next() -> Line? {
        while true {
            // Bytes before `scanned` hold no line break: each byte is looked at once.
            if let nl = buffer[scanned...].firstIndex(of: 0x0A) {
                let line = Array(buffer[position..<nl])
                position = nl + 1
                scanned = position
                if skipping { skipping = false; continue }
                return .line(line)
            }
            scanned = buffer.count
            if eof {
                guard position < buffer.count else { return nil }
                let line = Array(buffer[position...])
                position = buffer.count
                scanned = position
                if skipping { return nil }
                return .line(line)
            }
            if buffer.count - position > LineReader.maxLine {
                buffer.removeAll(keepingCapacity: true)
                position = 0
                scanned = 0
                if !skipping { skipping = true; return .tooLong }
            }
            if position > 0 {
                buffer.removeFirst(position)
                scanned -= position
                position = 0
            }
            do {
                let data = try handle.read(upToCount: 1 << 20) ?? Data()
                if data.isEmpty { eof = true } else { buffer.append(contentsOf: data) }
            } catch {
                self.error = "\(error)"
                eof = true
            }
        }
    }
}
