import Foundation
import Synchronization

/// Runs the pipeline over files in input order and hands each record to a sink; one broken document becomes
/// an error record and never stops the batch.
public struct Batch: Sendable {
    public let pipeline: Pipeline
    public var withText = false

    public init(pipeline: Pipeline, withText: Bool = false) {
        self.pipeline = pipeline
        self.withText = withText
    }

    /// A chunk ends at this many bytes of documents, whatever its count, so that three chunks of large pages
    /// stay within bounded memory.
    public static let maxChunkBytes = 48 << 20

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
    /// records to `sink` in input order; memory is bounded by the chunk size. Items whose id is in `skip`,
    /// or for which `skipping` says yes, are left out (`--resume`). `progress` is called after each chunk.
    public func run(
        _ stream: DocumentStream, jobs: Int, skip: Set<String> = [], skipping: ((SourceItem) throws -> Bool)? = nil, chunkSize: Int? = nil,
        progress: (Summary) -> Void = { _ in }, sink: ([Record]) throws -> Void
    ) throws -> Summary {
        try run(stream, jobs: jobs, skip: skip, skipping: skipping, chunkSize: chunkSize, lines: nil, progress: progress) { records, _ in try sink(records) }
    }

    /// Like ``run(_:jobs:skip:chunkSize:progress:sink:)``, with each record also serialized as a JSON line
    /// (pretty when `lines` is true, UTF-8 without the line break) on the worker threads; the sink gets the
    /// records and their lines.
    ///
    /// The run is a pipeline of chunks: while the workers extract chunk k (taking documents one at a time from
    /// a shared counter, so that a slow document does not leave a core idle), the calling thread hands chunk
    /// k - 1 to the sink and reads chunk k + 1. At most three chunks are in memory.
    public func run(
        _ stream: DocumentStream, jobs: Int, skip: Set<String> = [], skipping: ((SourceItem) throws -> Bool)? = nil, chunkSize: Int? = nil, lines: Bool?,
        progress: (Summary) -> Void = { _ in }, sink: ([Record], [[UInt8]]) throws -> Void
    ) throws -> Summary {
        var summary = Summary()
        let jobs = max(1, jobs)
        let size = chunkSize ?? max(64, jobs * 128)
        func read() throws -> [SourceItem] {
            var chunk: [SourceItem] = []
            chunk.reserveCapacity(size)
            var bytes = 0
            while chunk.count < size, bytes < Batch.maxChunkBytes, let item = try stream.next() {
                let skipped = try skipping?(item) ?? false
                if skipped || skip.contains(item.id) {
                    summary.resumed += 1
                    continue
                }
                if case .document(let d) = item { bytes += d.bytes.count + (d.text?.utf8.count ?? 0) }
                chunk.append(item)
            }
            return chunk
        }
        func deliver(_ done: Chunk) throws {
            let records = done.records.compactMap { $0 }
            for r in records {
                summary.documents += 1
                if r.error != nil { summary.errors += 1 }
                if r.isTrainingEvent { summary.events += 1 }
            }
            summary.skippedRecords = stream.skippedRecords
            try sink(records, done.lines)
            progress(summary)
        }
        if jobs == 1 {
            var scratch = MatchScratch()
            while true {
                let items = try read()
                if items.isEmpty { break }
                let chunk = Chunk(count: items.count, lines: lines != nil)
                for i in items.indices { process(items[i], into: chunk, at: i, lines: lines, scratch: &scratch) }
                try deliver(chunk)
            }
            summary.skippedRecords = stream.skippedRecords
            return summary
        }
        // jobs - 1 helper threads, and the calling thread, which first delivers and reads, then helps.
        HTMLReader.prepare()
        let workers = (0..<jobs).map { _ in Worker() }
        var pending: Chunk? = nil  // extracted, not yet delivered
        var items = try read()
        while !items.isEmpty {
            let chunk = Chunk(count: items.count, lines: lines != nil)
            let group = DispatchGroup()
            let work = items
            let next = Counter()
            let extract: @Sendable (Worker) -> Void = { worker in
                while true {
                    let i = next.take()
                    if i >= work.count { break }
                    self.process(work[i], into: chunk, at: i, lines: lines, scratch: &worker.scratch)
                }
            }
            for worker in workers.dropFirst() { DispatchQueue.global().async(group: group) { extract(worker) } }
            // Meanwhile: deliver the previous chunk and read the next one, then help. Wait for the helpers
            // before any error leaves this function.
            var failure: (any Error)? = nil
            do {
                if let done = pending { try deliver(done) }
                pending = nil
                items = try read()
            } catch {
                failure = error
            }
            extract(workers[0])
            group.wait()
            if let failure { throw failure }
            pending = chunk
        }
        if let done = pending { try deliver(done) }
        summary.skippedRecords = stream.skippedRecords
        return summary
    }

    /// The records (and lines) of one chunk, written by the workers at disjoint indices of storage that is
    /// never reallocated while they run.
    final class Chunk: @unchecked Sendable {
        let recordSlots: UnsafeMutableBufferPointer<Record?>
        let lineSlots: UnsafeMutableBufferPointer<[UInt8]>

        init(count: Int, lines: Bool) {
            recordSlots = .allocate(capacity: count)
            recordSlots.initialize(repeating: nil)
            lineSlots = .allocate(capacity: lines ? count : 0)
            lineSlots.initialize(repeating: [])
        }

        var records: [Record?] { Array(recordSlots) }
        var lines: [[UInt8]] { Array(lineSlots) }

        deinit {
            recordSlots.deinitialize().deallocate()
            lineSlots.deinitialize().deallocate()
        }
    }

    /// A worker thread's scratch space, on a cache line of its own. The matching machine writes the scratch
    /// (its stamp, at every attempt) in place through `&worker.scratch`, and two workers allocated one after
    /// the other shared a line that both cores wrote (false sharing): 48 bytes before it and 64 after keep
    /// any other object off its line.
    final class Worker: @unchecked Sendable {
        private let before: (Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0)
        var scratch = MatchScratch()
        private let after: (Int, Int, Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0, 0, 0)
    }

    /// Hands out the indices of a chunk, one at a time, to the workers.
    final class Counter: Sendable {
        private let value = Atomic<Int>(0)
        func take() -> Int { value.add(1, ordering: .relaxed).oldValue }
    }

    private func process(_ item: SourceItem, into chunk: Chunk, at i: Int, lines: Bool?, scratch: inout MatchScratch) {
        let r = record(for: item, scratch: &scratch)
        if let pretty = lines { chunk.lineSlots[i] = r.jsonLine(pretty: pretty) }
        chunk.recordSlots[i] = r
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
        // In place: a device (`--output /dev/null`) or a symbolic link stays what it is.
        handle = try OutputFile.open(path, truncate: !append)
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
/// killed run is removed from the file; a file with any other line that is not a Warta record is refused
/// (nothing is removed from it).
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
        var number = 0
        var bad: (line: Int, start: Int, bytes: [UInt8], complete: Int)? = nil
        while let line = try reader.readLine() {
            number += 1
            let complete = reader.consumed  // includes the line break, when there is one
            if let b = bad {
                // A line that is not a record, followed by more lines: not a cut last line.
                throw notRecords(path, b.line)
            }
            if line.isEmpty { wholeEnd = complete; continue }
            if let id = documentID(line) {
                ids.insert(id)
                wholeEnd = complete
            } else {
                bad = (number, wholeEnd, line, complete)
            }
        }
        if let b = bad {
            // Only the last line of an output of warta extract, cut by a killed run, may be removed: it has no
            // line break and starts like a record.
            let endsWithBreak = b.complete - b.start > b.bytes.count
            guard !endsWithBreak, b.bytes.starts(with: Array("{\"document\":".utf8)), !ids.isEmpty || b.line == 1 else {
                throw notRecords(path, b.line)
            }
            try handle.truncate(atOffset: UInt64(b.start))
            return ids
        }
        let size = try handle.seekToEnd()
        if size > 0 {
            try handle.seek(toOffset: size - 1)
            if try handle.read(upToCount: 1) != Data([0x0A]) {
                try handle.seekToEnd()
                try handle.write(contentsOf: Data([0x0A]))
            }
        }
        return ids
    }

    static func notRecords(_ path: String, _ line: Int) -> RecordError {
        RecordError(kind: "output", message: "\(path) line \(line) is not a Warta record: --resume appends only to an output of warta extract, and this file is left as it is")
    }

    /// The `document.id` of a record line, or nil when the line is not a whole record.
    static func documentID(_ line: [UInt8]) -> String? {
        guard line.last == UInt8(ascii: "}"), let json = try? JSON.parse(String(decoding: line, as: UTF8.self)) else { return nil }
        return json["document"]?["id"]?.stringValue
    }
}
