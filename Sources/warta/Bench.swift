import ArgumentParser
import Foundation
import Warta

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measures the speed and memory of the pipeline on a deterministic synthetic archive.",
        discussion: """
            Generates DOCUMENTS synthetic reports, the same ones every run for a seed: plain-text articles of \
            about 3 KB (--kind text), HTML pages of about 60 KB with heavy page chrome (--kind html), or those \
            pages as HTTP responses in a .warc.gz archive written to a temporary file (--kind warc). Then:

            1. Stages: on one core, the time per document of each stage (read, parse, clean, extract, write) \
            over the first 2,000 documents (skip with --no-stages; --profile adds each extractor).
            2. Throughput: the full batch run (the code of warta extract, with records serialized but not \
            stored) over all documents on --jobs threads: documents per second, MB per second and the peak \
            memory of the process. Up to 20,000 documents are generated before the clock starts; more are \
            generated while streaming, so that memory stays bounded (and the generator's time counts). For \
            --kind warc, the archive is written first and the read alone is timed too (records per second).

            --write FILE keeps the generated archive (.warc.gz for warc, JSON Lines otherwise) to reproduce a \
            run with warta extract. Build with -c release before measuring.
            """
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable { case text, html, warc, db }

    @Option(help: "What to measure: text (3 KB articles), html (60 KB pages), warc (those pages in a .warc.gz) or db (text articles loaded into a fresh database).")
    var kind: Kind = .html

    @Option(help: ArgumentHelp("With --kind db: the database to create (it must not exist; default: a temporary file, removed after).", valueName: "file"))
    var db: String?

    @Option(help: "How many documents to generate and extract.")
    var documents: Int = 2_000

    @Option(name: .shortAndLong, help: "How many threads the throughput run uses (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "The seed of the generator.")
    var seed: UInt64 = 1

    @Flag(inversion: .prefixedNo, help: "Measure the stages on one core first.")
    var stages = true

    @Flag(help: "Also time each extractor separately (with the stages).")
    var profile = false

    @Option(help: ArgumentHelp("Keep the generated archive in this file.", valueName: "file"))
    var write: String?

    @OptionGroup var rulesOptions: RulesOptions

    func validate() throws {
        if documents < 1 { throw ValidationError("--documents must be at least 1.") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if db != nil, kind != .db { throw ValidationError("--db goes with --kind db.") }
        if kind == .db, write != nil { throw ValidationError("--write does not go with --kind db.") }
    }

    static func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
    static func f(_ x: Double) -> String { String(format: "%.1f", x) }
    static func f(_ x: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", x) }

    /// The processor time (user and system) of the process so far, in seconds.
    func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// The processor time of the calling thread so far, in seconds.
    func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// The process's resident private memory now (Linux: RssAnon of /proc/self/status), in MB; nil elsewhere.
    /// Pages of a file mapped into memory (the database's, read through SQLite's memory map) are resident too
    /// and count in the peak of getrusage, but they are the system's file cache, shared and reclaimable.
    static func privateMB() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("RssAnon:") {
            let kb = line.split(separator: " ").dropFirst().first.flatMap { Double($0) }
            return kb.map { $0 / 1024 }
        }
        return nil
    }

    func peakMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    func run() throws {
        let pipeline = try rulesOptions.pipeline()
        let f: (Double) -> String = Bench.f
        print("kind: \(kind.rawValue), documents: \(documents), jobs: \(jobs), seed: \(seed)")
        if kind == .db { return try measureDatabase(pipeline) }
        if stages { try measureStages(pipeline) }

        // Throughput over a streamed input.
        var generator = Synthetic(seed: seed)
        var produced = 0
        var inputBytes = 0
        let stream: DocumentStream
        var archive: URL? = nil
        let clock = ContinuousClock()
        if kind == .warc {
            let url = write.map { URL(fileURLWithPath: $0) } ?? FileManager.default.temporaryDirectory.appendingPathComponent("warta-bench-\(ProcessInfo.processInfo.processIdentifier).warc.gz")
            archive = url
            let out: FileHandle
            do { out = try OutputFile.open(url.path, truncate: true) } catch { throw ValidationError((error as? RecordError)?.message ?? "Cannot write \(url.path).") }
            var buffer: [UInt8] = []
            for i in 0..<documents {
                let record = generator.warcRecord(index: i)
                inputBytes += record.count
                buffer += Gzip.member(record)
                if buffer.count > 8 << 20 { try out.write(contentsOf: Data(buffer)); buffer.removeAll(keepingCapacity: true) }
            }
            try out.write(contentsOf: Data(buffer))
            try out.close()
            let size = (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
            // The read alone.
            let readStream = try DocumentStream(paths: [url.path], format: .warc)
            let t0 = clock.now
            var records = 0
            while let _ = try readStream.next() { records += 1 }
            let readTime = Bench.seconds(clock.now - t0)
            print("warc.gz: \(f(Double(size) / 1e6)) MB compressed, \(f(Double(inputBytes) / 1e6)) MB of records; read alone: \(Bench.f(Double(records) / readTime, 0)) records per second")
            stream = try DocumentStream(paths: [url.path], format: .warc)
        } else {
            let html = kind == .html
            var keep: FileHandle? = nil
            if let write {
                do { keep = try OutputFile.open(write, truncate: true) } catch { throw ValidationError((error as? RecordError)?.message ?? "Cannot write \(write).") }
            }
            let total = documents
            // Up to 20,000 documents are generated before the clock starts, so that the run measures the
            // pipeline and not the generator; more are generated while streaming, to measure memory.
            var preloaded: [String] = []
            if documents <= 20_000 {
                preloaded = (0..<documents).map { _ in html ? generator.htmlPage() : generator.textArticle() }
            }
            stream = DocumentStream(count: documents) {
                guard produced < total else { return nil }
                let body = preloaded.isEmpty ? (html ? generator.htmlPage() : generator.textArticle()) : preloaded[produced]
                inputBytes += body.utf8.count
                let id = "doc\(produced)"
                produced += 1
                if let keep {
                    let line = JSON.object([("id", .string(id)), (html ? "html" : "text", .string(body))]).serialized() + "\n"
                    keep.write(Data(line.utf8))
                }
                // As the JSON Lines reader gives it: the bytes, and for a text the string they came from.
                var d = DocumentInput(id: id, source: "synthetic", format: html ? .html : .text, bytes: Array(body.utf8))
                if !html { d.text = body }
                return .document(d)
            }
        }
        var written = 0
        let t0 = clock.now
        let summary = try Batch(pipeline: pipeline).run(stream, jobs: jobs, lines: false) { _, lines in
            for l in lines { written &+= l.count }
        }
        let elapsed = Bench.seconds(clock.now - t0)
        print("throughput on \(jobs) thread(s): \(f(Double(summary.documents) / elapsed)) documents per second, \(f(Double(inputBytes) / 1e6 / elapsed)) MB per second (\(summary.documents) documents, \(summary.events) training events, \(summary.errors) errors, \(Bench.f(elapsed, 2)) s)")
        print("peak memory: \(f(peakMB())) MB")
        if let archive, write == nil { try? FileManager.default.removeItem(at: archive) }
    }

    /// Times each stage on one core over the first 2,000 documents, held in memory.
    func measureStages(_ pipeline: Pipeline) throws {
        let f: (Double) -> String = Bench.f
        let n = min(documents, 2_000)
        var generator = Synthetic(seed: seed)
        let inputs: [[UInt8]] = (0..<n).map { _ in Array((kind == .text ? generator.textArticle() : generator.htmlPage()).utf8) }
        let html = kind != .text
        var read = 0.0, parse = 0.0, clean = 0.0, extract = 0.0, write = 0.0
        var scratch = MatchScratch()
        var sink = 0
        let clock = ContinuousClock()
        var totals: [String: Double] = [:]
        var order: [String] = []
        for (i, bytes) in inputs.enumerated() {
            var t = clock.now
            func lap(_ into: inout Double) {
                let now = clock.now
                into += Bench.seconds(now - t)
                t = now
            }
            let copy = bytes  // "read": the bytes handed to the pipeline
            lap(&read)
            let raw: String
            var published: Day? = nil
            if html {
                let page = try HTMLReader.read(copy)
                raw = page.text
                published = page.published
            } else {
                raw = try TextDecoder.decode(copy).text
            }
            lap(&parse)
            let text = AnalyzedText(CleanText(normalizing: raw, unwrapping: !html), vocabulary: pipeline.rules.vocabulary)
            lap(&clean)
            let record = pipeline.extract(
                text, info: DocumentInfo(id: "doc\(i)", source: "synthetic", format: html ? "html" : "text"), published: published,
                scratch: &scratch)
            lap(&extract)
            sink &+= record.jsonLine().count
            lap(&write)
            if profile {
                for (name, d) in pipeline.profile(text, scratch: &scratch) {
                    if totals[name] == nil { order.append(name) }
                    totals[name, default: 0] += Bench.seconds(d)
                }
            }
        }
        let per = { (x: Double) in f(x / Double(n) * 1e6) + " µs" }
        let total = read + parse + clean + extract + write
        print("stages on one core (\(n) documents, \(f(Double(n) / total)) per second): read \(per(read)), parse \(per(parse)), clean \(per(clean)), extract \(per(extract)), write \(per(write))")
        if profile {
            print("per extractor: " + order.filter { !$0.hasPrefix("rule ") }.map { "\($0) \(per(totals[$0] ?? 0))" }.joined(separator: ", "))
            let slowest = order.filter { $0.hasPrefix("rule ") }.sorted { (totals[$0] ?? 0) > (totals[$1] ?? 0) }.prefix(8)
            print("slowest rules (matching alone): " + slowest.map { "\($0.dropFirst(5)) \(per(totals[$0] ?? 0))" }.joined(separator: ", "))
            let allRules = order.filter { $0.hasPrefix("rule ") }.reduce(0) { $0 + (totals[$1] ?? 0) }
            print("all \(order.filter { $0.hasPrefix("rule ") }.count) rules (matching alone): \(per(allRules))")
        }
        if sink == 0 { print("") }
    }

    /// `--kind db`: the same synthetic text articles, streamed (generated while the run goes), first to a JSON
    /// Lines file and then into a fresh database, both through the code of `warta extract`; the database's
    /// rate is given per 10% slice of the run, so that a slowdown as it grows shows.
    func measureDatabase(_ pipeline: Pipeline) throws {
        let f: (Double) -> String = Bench.f
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("warta-bench-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: temporary) }
        let dbPath = db ?? temporary.appendingPathComponent("bench.sqlite").path
        if FileManager.default.fileExists(atPath: dbPath) { throw ValidationError("\(dbPath) exists: the benchmark loads a fresh database.") }
        let total = documents
        func stream() -> DocumentStream {
            var generator = Synthetic(seed: seed)
            var produced = 0
            return DocumentStream(count: total) {
                guard produced < total else { return nil }
                let body = generator.textArticle()
                let id = "doc\(produced)"
                produced += 1
                return .document(DocumentInput(id: id, source: "synthetic", format: .text, bytes: Array(body.utf8)))
            }
        }
        let clock = ContinuousClock()
        let batch = Batch(pipeline: pipeline)

        // JSON Lines: the records written to a file, as warta extract --output does.
        let jsonlPath = temporary.appendingPathComponent("records.jsonl").path
        guard FileManager.default.createFile(atPath: jsonlPath, contents: nil), let out = FileHandle(forWritingAtPath: jsonlPath) else {
            throw ValidationError("Cannot write \(jsonlPath).")
        }
        var t0 = clock.now
        let jsonlCPU0 = cpuSeconds()
        let jsonlSummary = try batch.run(stream(), jobs: jobs, lines: false) { _, lines in
            var buffer: [UInt8] = []
            for l in lines { buffer += l; buffer.append(0x0A) }
            try out.write(contentsOf: buffer)
        }
        try out.close()
        let jsonlTime = Bench.seconds(clock.now - t0)
        let jsonlCPU = cpuSeconds() - jsonlCPU0
        try? FileManager.default.removeItem(atPath: jsonlPath)
        let jsonlRate = Double(jsonlSummary.documents) / jsonlTime
        print("JSON Lines: \(f(jsonlRate)) documents per second (\(Bench.f(jsonlTime, 1)) s, processor \(Bench.f(jsonlCPU / Double(max(1, jsonlSummary.documents)) * 1e6, 0)) µs per document)")

        // The database, a fresh one; the time of each 10% slice.
        let store = try EventStore(path: dbPath)
        var done = 0
        var slices: [Double] = []
        var cpuSlices: [Double] = []
        var sliceStart = clock.now
        var cpuStart = cpuSeconds()
        t0 = clock.now
        let dbCPU0 = cpuSeconds()
        var writing = 0.0
        var writingCPU = 0.0
        var writeSlices: [Double] = []
        var writeSliceStart = 0.0
        var peakPrivate = 0.0
        let dbSummary = try batch.run(stream(), jobs: jobs, chunkSize: EventStore.chunkSize(jobs: jobs), lines: false) { records, lines in
            let w0 = clock.now
            let c0 = threadCPUSeconds()
            try store.write(records, lines: lines)
            writingCPU += threadCPUSeconds() - c0
            writing += Bench.seconds(clock.now - w0)
            done += records.count
            while slices.count < 10, done >= (slices.count + 1) * total / 10 {
                if let mb = Bench.privateMB() { peakPrivate = max(peakPrivate, mb) }
                let now = clock.now
                let cpu = cpuSeconds()
                slices.append(Bench.seconds(now - sliceStart))
                cpuSlices.append(cpu - cpuStart)
                writeSlices.append(writingCPU - writeSliceStart)
                sliceStart = now
                cpuStart = cpu
                writeSliceStart = writingCPU
            }
        }
        let dbTime = Bench.seconds(clock.now - t0)
        let dbCPU = cpuSeconds() - dbCPU0
        let dbRate = Double(dbSummary.documents) / dbTime
        let sliceSize = Double(total) / 10
        let rates = slices.map { sliceSize / max($0, 1e-9) }
        let dbCPUPerDocument = dbCPU / Double(max(1, dbSummary.documents))
        print("database: \(f(dbRate)) documents per second (\(Bench.f(dbTime, 1)) s, processor \(Bench.f(dbCPUPerDocument * 1e6, 0)) µs per document), \(Bench.f(dbRate / jsonlRate, 2)) of the JSON Lines rate (\(Bench.f(jsonlCPU / Double(max(1, jsonlSummary.documents)) / dbCPUPerDocument, 2)) by processor time)")
        print("writing into the database: \(Bench.f(writing / Double(max(1, dbSummary.documents)) * 1e6, 0)) µs per document on the calling thread")
        print("processor time of the writes (the writing thread), per document: \(Bench.f(writingCPU / Double(max(1, dbSummary.documents)) * 1e6, 0)) µs; per 10% slice (µs): " + writeSlices.map { Bench.f($0 / sliceSize * 1e6, 0) }.joined(separator: ", "))
        print("per 10% slice (documents per second): " + rates.map { Bench.f($0, 0) }.joined(separator: ", "))
        // The processor time of the process per slice is the cost of a document without the waits that other
        // programs on a shared machine cause.
        print("processor time per 1,000 documents, per 10% slice (s): " + cpuSlices.map { Bench.f($0 / sliceSize * 1000, 3) }.joined(separator: ", "))
        if let first = rates.first, let last = rates.last, first > 0, let c0 = cpuSlices.first, let c9 = cpuSlices.last, c9 > 0 {
            print("last slice / first slice: \(Bench.f(last / first, 2)) by rate, \(Bench.f(c0 / c9, 2)) by processor time per document")
        }
        let stats = try store.stats()
        let (maxPerEvent, meanPerEvent) = try store.reportsPerEvent()
        var size = 0
        for suffix in ["", "-wal", "-shm"] {
            size += (try? FileManager.default.attributesOfItem(atPath: dbPath + suffix)[.size] as? NSNumber)?.intValue ?? 0
        }
        print("stored: \(stats.documents) documents, \(stats.events) events (reports per event: mean \(Bench.f(meanPerEvent, 2)), max \(maxPerEvent)), database \(f(Double(size) / 1e6)) MB")
        if let mb = Bench.privateMB() { peakPrivate = max(peakPrivate, mb) }
        print("peak memory: \(f(peakMB())) MB" + (peakPrivate > 0 ? " (private memory at most \(f(peakPrivate)) MB at the ends of the slices; the rest are files mapped into memory, mostly pages of the database)" : ""))
    }
}
