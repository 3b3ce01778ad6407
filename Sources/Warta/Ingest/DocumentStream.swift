import Foundation

/// One item of an input: a document to extract, or a document that failed before extraction.
public enum SourceItem: Sendable {
    case document(DocumentInput)
    case failure(DocumentInfo, RecordError)

    public var id: String {
        switch self {
        case .document(let d): return d.id
        case .failure(let info, _): return info.id
        }
    }

    /// Where the item was read (the `source` of its record).
    public var source: String {
        switch self {
        case .document(let d): return d.source
        case .failure(let info, _): return info.source
        }
    }
}

/// The kinds of input `warta extract` reads.
public enum InputFormat: String, Sendable, CaseIterable {
    case auto, files, jsonl, warc
}

/// Streams the documents of the paths given on the command line, one at a time, so that memory stays
/// bounded whatever the size of the input: folders and files (`.txt`, `.html`, `.htm`), JSON Lines (one
/// document per line: `{"id", "url", "html" | "text", "published"?}`), WARC and `.warc.gz` files, and `-`
/// for standard input (JSON Lines unless `--input-format` says otherwise).
public final class DocumentStream {
    private var pending: [() throws -> (() throws -> SourceItem?)] = []
    private var current: (() throws -> SourceItem?)?
    /// How many documents the input holds, when that is known in advance (folders and files).
    public private(set) var knownCount: Int?
    /// WARC records that were not HTML, counted and skipped.
    public private(set) var skippedRecords = 0

    /// Opens every path; an input that cannot be opened is a fatal error that names it.
    public init(paths: [String], format: InputFormat = .auto) throws {
        var count: Int? = 0
        for path in paths {
            if path == "-" {
                count = nil
                let kind = format == .auto ? .jsonl : format
                pending.append { [unowned self] in try self.iterator(handle: FileHandle.standardInput, name: "stdin", format: kind) }
                continue
            }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                throw RecordError(kind: "not-found", message: "\(path): no such file or folder")
            }
            let kind = format == .auto ? DocumentStream.detect(path, isDirectory: isDir.boolValue) : format
            if kind == .files {
                let files = try DocumentFinder.files([path])
                count = count.map { $0 + files.count }
                pending.append {
                    var i = 0
                    return {
                        guard i < files.count else { return nil }
                        defer { i += 1 }
                        switch DocumentFinder.input(for: files[i]) {
                        case .success(let d): return .document(d)
                        case .failure(let e):
                            let ext = files[i].pathExtension.lowercased()
                            return .failure(DocumentInfo(id: files[i].deletingPathExtension().lastPathComponent, source: files[i].path,
                                                         format: ext == "html" || ext == "htm" ? "html" : "text"), e)
                        }
                    }
                }
            } else {
                count = nil
                guard let handle = FileHandle(forReadingAtPath: path) else {
                    throw RecordError(kind: "unreadable", message: "\(path): the file cannot be opened")
                }
                pending.append { [unowned self] in try self.iterator(handle: handle, name: path, format: kind) }
            }
        }
        knownCount = count
    }

    /// A stream over generated items (`warta bench`).
    public init(count: Int?, generator: @escaping () throws -> SourceItem?) {
        knownCount = count
        pending = [{ generator }]
    }

    /// The kind of a path: a folder holds files; `.jsonl`/`.ndjson` are JSON Lines; `.warc` and `.warc.gz`
    /// are WARC; anything else is one document.
    public static func detect(_ path: String, isDirectory: Bool) -> InputFormat {
        if isDirectory { return .files }
        let lower = path.lowercased()
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") || lower.hasSuffix(".jsonl.gz") { return .jsonl }
        if lower.hasSuffix(".warc") || lower.hasSuffix(".warc.gz") { return .warc }
        return .files
    }

    private func iterator(handle: FileHandle, name: String, format: InputFormat) throws -> () throws -> SourceItem? {
        // gzip is recognised by its magic bytes, whatever the name.
        var source = PeekSource(FileByteSource(handle))
        let head = try source.peek(2)
        let gz = head == [0x1F, 0x8B]
        switch format {
        case .warc:
            if gz {
                var w = WARCReader(GzipByteSource(source), origin: name)
                return { [unowned self] in try self.warcItem(&w) }
            }
            var w = WARCReader(source, origin: name)
            return { [unowned self] in try self.warcItem(&w) }
        default:
            if gz {
                var r = ByteReader(GzipByteSource(source))
                var line = 0
                return { try DocumentStream.jsonItem(&r, &line, name) }
            }
            var r = ByteReader(source)
            var line = 0
            return { try DocumentStream.jsonItem(&r, &line, name) }
        }
    }

    private func warcItem<S: ByteSource>(_ w: inout WARCReader<S>) throws -> SourceItem? {
        let before = w.skipped
        defer { skippedRecords += w.skipped - before }
        switch try w.next() {
        case nil: return nil
        case .document(let d): return .document(d)
        case .failure(let id, let source, let e): return .failure(DocumentInfo(id: id, source: source, format: "html"), e)
        }
    }

    static func jsonItem<S: ByteSource>(_ r: inout ByteReader<S>, _ line: inout Int, _ name: String) throws -> SourceItem? {
        while true {
            guard let bytes = try r.readLine() else { return nil }
            line += 1
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let fallbackID = "\(name):\(line)"
            let value: JSON
            do {
                value = try JSON.parse(String(decoding: bytes, as: UTF8.self))
            } catch {
                return .failure(DocumentInfo(id: fallbackID, source: name, format: "text"),
                                RecordError(kind: "parse", message: "\(name) line \(line): not a JSON document (\(error))"))
            }
            let id = value["id"]?.stringValue ?? value["id"]?.intValue.map { "\($0)" } ?? fallbackID
            let url = value["url"]?.stringValue
            var published: Day? = nil
            if let p = value["published"]?.stringValue { published = Day(iso: String(p.prefix(10))) }
            if let html = value["html"]?.stringValue {
                return .document(DocumentInput(id: id, source: name, format: .html, bytes: Array(html.utf8), published: published, url: url))
            }
            if let text = value["text"]?.stringValue {
                return .document(DocumentInput(id: id, source: name, format: .text, bytes: Array(text.utf8), published: published, url: url))
            }
            return .failure(DocumentInfo(id: id, source: name, format: "text"),
                            RecordError(kind: "parse", message: "\(name) line \(line): document \(id) has neither \"html\" nor \"text\""))
        }
    }

    /// The next item of the input, in input order; nil at the end.
    public func next() throws -> SourceItem? {
        while true {
            if let c = current {
                if let item = try c() { return item }
                current = nil
            }
            guard !pending.isEmpty else { return nil }
            current = try pending.removeFirst()()
        }
    }
}

/// A byte source that can look at its first bytes without consuming them.
struct PeekSource<Inner: ByteSource>: ByteSource {
    var inner: Inner
    var head: [UInt8] = []
    init(_ inner: Inner) { self.inner = inner }

    mutating func peek(_ n: Int) throws -> [UInt8] {
        while head.count < n {
            let c = try inner.read()
            if c.isEmpty { break }
            head += c
        }
        return Array(head.prefix(n))
    }

    mutating func read() throws -> [UInt8] {
        if !head.isEmpty {
            defer { head = [] }
            return head
        }
        return try inner.read()
    }
}
