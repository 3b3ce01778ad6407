import ArgumentParser
import Foundation
import Warta

extension DB {
    /// `warta db export-gold DIR`: every reviewed document as a labeled document for `warta eval`.
    struct ExportGold: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export-gold",
            abstract: "Writes every reviewed document as ID.txt (its clean text) and ID.json (its gold label, corrections applied).",
            discussion: """
                The labels have the format of GOLD-FORMAT.md, so that warta eval DIR scores the extractor against \
                what analysts decided. DIR is created when missing. Files of an earlier export-gold are replaced; \
                any other file of the same name (a hand-made label, an input) is refused before anything is \
                written, as is a DIR that holds the database or a document's source. A document whose clean text \
                cannot be found (not stored, and its source gone or changed) is reported and the others written; \
                the exit status is then 1.
                """)

        @OptionGroup var options: DB.Options
        @Argument(help: ArgumentHelp("The folder to write into.", valueName: "dir")) var dir: String
        @OptionGroup var rulesOptions: RulesOptions

        func run() throws {
            let store = try options.open()
            let pipeline = try rulesOptions.pipeline()
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory), !isDirectory.boolValue {
                printError("warta: \(dir) is a file, not a folder")
                throw ExitCode(2)
            }
            let keys: [DocumentKey]
            do { keys = try store.reviewedDocuments() } catch {
                printError("warta: \(EventStore.explain(error, path: options.db))")
                throw ExitCode(2)
            }
            // Plan every file first: names, and nothing that would overwrite an input.
            var used = Set<String>()
            var plan: [(key: DocumentKey, stem: String)] = []
            for key in keys {
                var stem = EventStore.fileStem(key.id)
                var n = 2
                while used.contains(stem) { stem = EventStore.fileStem(key.id) + "-\(n)"; n += 1 }
                used.insert(stem)
                plan.append((key, stem))
            }
            var protected = Set<FileIdentity>()
            if let id = FileIdentity(path: options.db) { protected.insert(id) }
            for key in keys { if let id = FileIdentity(path: key.source) { protected.insert(id) } }
            for (_, stem) in plan {
                for ext in ["txt", "json"] {
                    let path = (dir as NSString).appendingPathComponent("\(stem).\(ext)")
                    guard FileManager.default.fileExists(atPath: path) else { continue }
                    if let id = FileIdentity(path: path), protected.contains(id) {
                        printError("warta: \(path) is the database or a document's source; writing it would destroy it. Export into another folder.")
                        throw ExitCode(2)
                    }
                    if !ExportGold.writtenByExport(stem: stem, dir: dir) {
                        printError("warta: \(path) exists and was not written by export-gold; nothing was written. Export into another folder.")
                        throw ExitCode(2)
                    }
                }
            }
            do { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) } catch {
                printError("warta: \(dir): cannot create the folder: \(error.localizedDescription)")
                throw ExitCode(2)
            }
            var written = 0
            var failed = 0
            for (key, stem) in plan {
                do {
                    guard let record = try store.record(key) else { continue }
                    let text = try EventStore.cleanText(of: record, pipeline: pipeline)
                    let label = EventStore.goldLabel(record, corrections: try store.currentCorrections(key), doc: stem, reviewer: try store.review(key)?.reviewer)
                    try Data(text.utf8).write(to: URL(fileURLWithPath: (dir as NSString).appendingPathComponent("\(stem).txt")))
                    try Data((label.serialized(pretty: true) + "\n").utf8).write(to: URL(fileURLWithPath: (dir as NSString).appendingPathComponent("\(stem).json")))
                    written += 1
                } catch {
                    failed += 1
                    printError("warta: \(key.id) (\(key.source)): \(error)")
                }
            }
            printError("warta: \(written) reviewed documents written to \(dir)" + (failed > 0 ? ", \(failed) failed" : ""))
            if failed > 0 { throw ExitCode(1) }
        }

        /// Whether the label beside `stem` is one that export-gold wrote (its notes say so); a lone text file
        /// of an export that stopped half-way counts too when there is no label.
        static func writtenByExport(stem: String, dir: String) -> Bool {
            let json = (dir as NSString).appendingPathComponent("\(stem).json")
            guard let data = FileManager.default.contents(atPath: json) else { return false }
            guard let v = try? JSON.parse(String(decoding: data, as: UTF8.self)), let notes = v["notes"]?.stringValue else { return false }
            return notes.hasPrefix("warta db export-gold:")
        }
    }
}
