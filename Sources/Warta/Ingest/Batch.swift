import Foundation

/// Runs the pipeline over files in input order and hands each record to a sink; one broken document becomes
/// an error record and never stops the batch.
public struct Batch: Sendable {
    public let pipeline: Pipeline
    public var withText = false

    public init(pipeline: Pipeline, withText: Bool = false) {
        self.pipeline = pipeline
        self.withText = withText
    }

    public struct Summary: Sendable, Equatable {
        public var documents = 0
        public var events = 0
        public var errors = 0
        /// Documents left out because `--resume` found them in the output.
        public var resumed = 0
        /// WARC records that were not HTML.
        public var skippedRecords = 0
    }

    /// The record of one input item.
    public func record(for item: SourceItem, scratch: inout MatchScratch) -> Record {
        switch item {
        case .document(let d): return pipeline.process(d, withText: withText, scratch: &scratch)
        case .failure(let info, let e): return .failure(info, e)
        }
    }

    /// Streams `stream` through the pipeline on `jobs` threads, a chunk at a time, and hands each chunk's
    /// records to `sink` in input order; memory is bounded by the chunk size. Items whose id is in `skip`
    /// are left out (`--resume`). `progress` is called after each chunk.
    public func run(
        _ stream: DocumentStream, jobs: Int, skip: Set<String> = [], chunkSize: Int? = nil,
        progress: (Summary) -> Void = { _ in }, sink: ([Record]) throws -> Void
    ) throws -> Summary {
        try run(stream, jobs: jobs, skip: skip, chunkSize: chunkSize, lines: nil, progress: progress) { records, _ in try sink(records) }
    }

    /// Like ``run(_:jobs:skip:chunkSize:progress:sink:)``, with each record also serialized as a JSON line
    /// (pretty when `lines` is true, UTF-8 without the line break) on the worker threads; the sink gets the
    /// records and their lines.
    public func run(
        _ stream: DocumentStream, jobs: Int, skip: Set<String> = [], chunkSize: Int? = nil, lines: Bool?,
        progress: (Summary) -> Void = { _ in }, sink: ([Record], [[UInt8]]) throws -> Void
    ) throws -> Summary {
        var summary = Summary()
        let jobs = max(1, jobs)
        let size = chunkSize ?? max(64, jobs * 32)
        var scratches = [MatchScratch](repeating: MatchScratch(), count: jobs)
        while true {
            var chunk: [SourceItem] = []
            chunk.reserveCapacity(size)
            while chunk.count < size, let item = try stream.next() {
                if skip.contains(item.id) {
                    summary.resumed += 1
                    continue
                }
                chunk.append(item)
            }
            if chunk.isEmpty { break }
            var records = [Record?](repeating: nil, count: chunk.count)
            var text = [[UInt8]](repeating: [], count: lines == nil ? 0 : chunk.count)
            if jobs == 1 || chunk.count == 1 {
                for i in chunk.indices {
                    let r = record(for: chunk[i], scratch: &scratches[0])
                    if let pretty = lines { text[i] = r.jsonLine(pretty: pretty) }
                    records[i] = r
                }
            } else {
                let items = chunk
                records.withUnsafeMutableBufferPointer { out in
                    text.withUnsafeMutableBufferPointer { lineOut in
                        scratches.withUnsafeMutableBufferPointer { sc in
                            let results = UncheckedBox(out), texts = UncheckedBox(lineOut), scr = UncheckedBox(sc)
                            DispatchQueue.concurrentPerform(iterations: jobs) { w in
                                var i = w
                                while i < items.count {
                                    let r = self.record(for: items[i], scratch: &scr.value[w])
                                    if let pretty = lines { texts.value[i] = r.jsonLine(pretty: pretty) }
                                    results.value[i] = r
                                    i += jobs
                                }
                            }
                        }
                    }
                }
            }
            let done = records.compactMap { $0 }
            for r in done {
                summary.documents += 1
                if r.error != nil { summary.errors += 1 }
                if r.isTrainingEvent { summary.events += 1 }
            }
            summary.skippedRecords = stream.skippedRecords
            try sink(done, text)
            progress(summary)
        }
        summary.skippedRecords = stream.skippedRecords
        return summary
    }

    /// The record of one file: read, extract, or an error record that names the file and the problem.
    public func record(for file: URL, scratch: inout MatchScratch) -> Record {
        switch DocumentFinder.input(for: file) {
        case .failure(let e):
            let ext = file.pathExtension.lowercased()
            let info = DocumentInfo(
                id: file.deletingPathExtension().lastPathComponent, source: file.path,
                format: ext == "html" || ext == "htm" ? "html" : "text")
            return .failure(info, e)
        case .success(let input):
            return pipeline.process(input, withText: withText, scratch: &scratch)
        }
    }

    /// Extracts every file and passes each record to `sink` in input order.
    @discardableResult
    public func run(_ files: [URL], sink: (Record) throws -> Void) rethrows -> Summary {
        var summary = Summary()
        var scratch = MatchScratch()
        for file in files {
            let r = record(for: file, scratch: &scratch)
            summary.documents += 1
            if r.error != nil { summary.errors += 1 }
            if r.isTrainingEvent { summary.events += 1 }
            try sink(r)
        }
        return summary
    }
}

/// Hands a buffer to worker threads that each write their own, disjoint indices.
struct UncheckedBox<T>: @unchecked Sendable {
    var value: T
    init(_ value: T) { self.value = value }
}

/// Appends JSON Lines to a file or standard output: each chunk of whole lines goes out in one write, so a run
/// killed at any moment leaves whole lines (and at most one cut line, which `--resume` removes).
public final class RecordWriter {
    let handle: FileHandle
    let close: Bool

    public init(path: String?, append: Bool) throws {
        guard let path, path != "-" else {
            handle = FileHandle.standardOutput
            close = false
            return
        }
        if !append || !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw RecordError(kind: "output", message: "\(path): the output file cannot be created")
            }
        }
        guard let h = FileHandle(forWritingAtPath: path) else {
            throw RecordError(kind: "output", message: "\(path): the output file cannot be opened for writing")
        }
        try h.seekToEnd()
        handle = h
        close = true
    }

    public func write<C: Collection>(_ lines: C) throws where C.Element == String {
        try write(lines.map { Array($0.utf8) })
    }

    /// Writes UTF-8 lines (without their line breaks) in one write.
    public func write<C: Collection>(_ lines: C) throws where C.Element == [UInt8] {
        guard !lines.isEmpty else { return }
        var data = Data()
        data.reserveCapacity(lines.reduce(0) { $0 + $1.count + 1 })
        for line in lines {
            data.append(contentsOf: line)
            data.append(0x0A)
        }
        try handle.write(contentsOf: data)
    }

    deinit { if close { try? handle.close() } }
}

/// What `--resume` needs from an earlier output: the ids of the documents it holds. A last line cut by a
/// killed run is removed from the file.
public enum Resume {
    public static func completedIDs(in path: String) throws -> Set<String> {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        guard let handle = FileHandle(forUpdatingAtPath: path) else {
            throw RecordError(kind: "output", message: "\(path): the earlier output cannot be read")
        }
        defer { try? handle.close() }
        var reader = ByteReader(FileByteSource(handle))
        var ids = Set<String>()
        var wholeEnd = 0
        while let line = try reader.readLine() {
            let complete = reader.consumed  // includes the line break, when there is one
            if let id = documentID(line) {
                ids.insert(id)
                wholeEnd = complete
            } else {
                break
            }
        }
        let size = try handle.seekToEnd()
        if UInt64(wholeEnd) < size {
            try handle.truncate(atOffset: UInt64(wholeEnd))
        } else if size > 0 {
            try handle.seek(toOffset: size - 1)
            if try handle.read(upToCount: 1) != Data([0x0A]) {
                try handle.seekToEnd()
                try handle.write(contentsOf: Data([0x0A]))
            }
        }
        return ids
    }

    /// The `document.id` of a record line, or nil when the line is not a whole record.
    static func documentID(_ line: [UInt8]) -> String? {
        guard line.last == UInt8(ascii: "}"), let json = try? JSON.parse(String(decoding: line, as: UTF8.self)) else { return nil }
        return json["document"]?["id"]?.stringValue
    }
}
