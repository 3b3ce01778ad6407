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
///
/// Ids never collide in a run: a file's id is its stem where that is unique among the files of the run,
/// else its path below the folder given (``DocumentFinder/uniqueIDs(_:)``); an id that repeats (a JSON
/// Lines `id`, a WARC-Record-ID) gives an error record naming both places, with the id `SOURCE:LINE`, and
/// is never extracted under the same id. An input that fails while it is read gives an error record and the
/// stream goes on with the next input.
public final class DocumentStream {
    /// Yields the next item of one input and where it is (a line, a record, a file's index); nil at the end.
    typealias Iterator = () throws -> (SourceItem, Int)?
    private var pending: [(name: String, kind: InputFormat, open: () throws -> Iterator)] = []
    private var current: Iterator?
    private var currentInput = -1
    private var inputs: [(name: String, kind: InputFormat)] = []
    /// The ids of the run: a hash of each id, with the input and the position it came from.
    private var seen: [Int: (input: Int32, position: Int)] = [:]
    private var fileLists: [[URL]] = []
    /// How many documents the input holds, when that is known in advance (folders and files).
    public private(set) var knownCount: Int?
    /// WARC records that were not HTML, counted and skipped.
    public private(set) var skippedRecords = 0
    /// Identities (device, inode) of every file read: the paths named and the files found in folders.
    public private(set) var inputIdentities: Set<FileIdentity> = []

    /// Opens every path; an input that cannot be opened is a fatal error that names it.
    public init(paths: [String], format: InputFormat = .auto) throws {
        var count: Int? = 0
        // Files first: their ids depend on every file of the run.
        var found: [(paths: [URL], root: URL?)] = []
        var kinds: [InputFormat] = []
        for path in paths {
            if path == "-" {
                count = nil
                kinds.append(format == .auto ? .jsonl : format)
                found.append(([], nil))
                continue
            }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                throw RecordError(kind: "not-found", message: "\(path): no such file or folder")
            }
            if let identity = FileIdentity(path: path) { inputIdentities.insert(identity) }
            let kind = format == .auto ? DocumentStream.detect(path, isDirectory: isDir.boolValue) : format
            kinds.append(kind)
            if kind == .files {
                let files = try DocumentFinder.files([path])
                for f in files { if let identity = FileIdentity(path: f.path) { inputIdentities.insert(identity) } }
                let root = isDir.boolValue ? URL(fileURLWithPath: path) : URL(fileURLWithPath: path).deletingLastPathComponent()
                found.append((files, root))
                count = count.map { $0 + files.count }
            } else {
                count = nil
                found.append(([], nil))
            }
        }
        let all = found.flatMap { group in group.paths.map { (file: $0, root: group.root) } }
        var ids = DocumentFinder.uniqueIDs(all)[...]
        for (path, (kind, group)) in zip(paths, zip(kinds, found)) {
            if kind == .files {
                let files = group.paths
                let fileIDs = Array(ids.prefix(files.count))
                ids = ids.dropFirst(files.count)
                pending.append((path, kind, {
                    var i = 0
                    return {
                        guard i < files.count else { return nil }
                        defer { i += 1 }
                        let id = fileIDs[i]
                        switch DocumentFinder.input(for: files[i], id: id) {
                        case .success(let d): return (.document(d), i)
                        case .failure(let e):
                            return (.failure(DocumentInfo(id: id, source: files[i].path, format: DocumentFinder.format(of: files[i]).rawValue), e), i)
                        }
                    }
                }))
            } else if path == "-" {
                pending.append(("stdin", kind, { [unowned self] in try self.iterator(handle: FileHandle.standardInput, name: "stdin", format: kind) }))
            } else {
                guard let handle = FileHandle(forReadingAtPath: path) else {
                    throw RecordError(kind: "unreadable", message: "\(path): the file cannot be opened")
                }
                pending.append((path, kind, { [unowned self] in try self.iterator(handle: handle, name: path, format: kind) }))
            }
        }
        knownCount = count
    }

    /// A stream over generated items (`warta bench`).
    public init(count: Int?, generator: @escaping () throws -> SourceItem?) {
        knownCount = count
        pending = [("generated", .jsonl, {
            var i = 0
            return {
                guard let item = try generator() else { return nil }
                i += 1
                return (item, i)
            }
        })]
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

    private func iterator(handle: FileHandle, name: String, format: InputFormat) throws -> Iterator {
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
                return { try DocumentStream.jsonItem(&r, &line, name).map { ($0, line) } }
            }
            var r = ByteReader(source)
            var line = 0
            return { try DocumentStream.jsonItem(&r, &line, name).map { ($0, line) } }
        }
    }

    private func warcItem<S: ByteSource>(_ w: inout WARCReader<S>) throws -> (SourceItem, Int)? {
        let before = w.skipped
        defer { skippedRecords += w.skipped - before }
        switch try w.next() {
        case nil: return nil
        case .document(let d): return (.document(d), w.records)
        case .failure(let id, let source, let e): return (.failure(DocumentInfo(id: id, source: source, format: "html"), e), -1)
        }
    }

    /// The longest JSON Lines line read; a longer one is an error record that keeps its id.
    public static let maxLineBytes = 64 << 20

    static func jsonItem<S: ByteSource>(_ r: inout ByteReader<S>, _ line: inout Int, _ name: String, maxLine: Int = maxLineBytes) throws -> SourceItem? {
        while true {
            guard let bytes = try r.readLine(limit: maxLine) else {
                if let p = r.drainProblems().first {
                    return .failure(DocumentInfo(id: "\(name)@gzip:\(p.offset)", source: name, format: "text"),
                                    RecordError(kind: "corrupt", message: "\(name): byte \(p.offset) of the file: \(p.message)"))
                }
                return nil
            }
            line += 1
            if let p = r.drainProblems().first {
                return .failure(DocumentInfo(id: "\(name)@gzip:\(p.offset)", source: name, format: "text"),
                                RecordError(kind: "corrupt", message: "\(name): byte \(p.offset) of the file (near line \(line)): \(p.message)"))
            }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let fallbackID = "\(name):\(line)"
            if r.lastLineCut {
                let id = JSONPeek.topLevelID(bytes)
                return .failure(DocumentInfo(id: id ?? fallbackID, source: name, format: "text"),
                                RecordError(kind: "too-large", message: "\(name) line \(line)\(id.map { " (document \"\($0)\")" } ?? ""): the line is longer than \(maxLine) bytes, the limit of a JSON Lines line; not read"))
            }
            let value: JSON
            var textBytes: [UInt8]? = nil
            do {
                // A line of valid UTF-8 (nearly every line) is parsed as it is, its `text` kept as bytes; any other
                // through a string, which repairs it. Both give the same value for a valid line.
                if UTF8Check.isValid(bytes) {
                    (value, textBytes) = try JSON.parseDocument(validUTF8: bytes)
                } else {
                    value = try JSON.parse(String(decoding: bytes, as: UTF8.self))
                }
            } catch {
                let id = JSONPeek.topLevelID(bytes)
                return .failure(DocumentInfo(id: id ?? fallbackID, source: name, format: "text"),
                                RecordError(kind: "parse", message: "\(name) line \(line)\(id.map { " (document \"\($0)\")" } ?? ""): not a JSON document (\(error))"))
            }
            guard case .object = value else {
                return .failure(DocumentInfo(id: fallbackID, source: name, format: "text"),
                                RecordError(kind: "parse", message: "\(name) line \(line): a document must be a JSON object, not \(JSONPeek.typeName(value))"))
            }
            let id = value["id"]?.stringValue ?? value["id"]?.intValue.map { "\($0)" } ?? fallbackID
            let url = value["url"]?.stringValue
            var published: Day? = nil
            var notes: [RecordWarning] = []
            if let p = value["published"], !p.isNull {
                if let text = p.stringValue, let day = Day(iso: String(text.prefix(10))), text.count == 10 || text.dropFirst(10).first == "T" || text.dropFirst(10).first == " " {
                    published = day
                } else {
                    let shown = p.stringValue.map { "\"\($0.prefix(60))\"" } ?? JSONPeek.typeName(p)
                    notes.append(RecordWarning(code: "published", message: "\(name) line \(line): \"published\" is \(shown), not a date (YYYY-MM-DD); ignored"))
                }
            }
            for key in ["html", "text"] {
                guard let v = value[key], !v.isNull else { continue }
                guard let content = v.stringValue else {
                    return .failure(DocumentInfo(id: id, source: name, format: key),
                                    RecordError(kind: "parse", message: "\(name) line \(line): \"\(key)\" of document \(id) is \(JSONPeek.typeName(v)), not a string"))
                }
                if key == "text", let textBytes {
                    // The unescaped bytes, known to be valid UTF-8: neither made a string nor validated again.
                    var d = DocumentInput(id: id, source: name, format: .text, bytes: textBytes, published: published, url: url)
                    d.notes = notes
                    d.isValidUTF8 = true
                    return .document(d)
                }
                var d = DocumentInput(id: id, source: name, format: key == "html" ? .html : .text, bytes: Array(content.utf8), published: published, url: url)
                d.notes = notes
                if key == "text" { d.text = content }  // spares the text a second validation (TextDecoder)
                return .document(d)
            }
            return .failure(DocumentInfo(id: id, source: name, format: "text"),
                            RecordError(kind: "parse", message: "\(name) line \(line): document \(id) has neither \"html\" nor \"text\""))
        }
    }

    /// The next item of the input, in input order; nil at the end.
    public func next() throws -> SourceItem? {
        while true {
            if let c = current {
                let got: (SourceItem, Int)?
                do {
                    got = try c()
                } catch {
                    // The input broke while it was read: one error record, and on to the next input.
                    current = nil
                    let name = inputs[currentInput].name
                    return .failure(DocumentInfo(id: "\(name)@error", source: name, format: "text"),
                                    RecordError(kind: "unreadable", message: "\(name): reading stopped: \(DocumentFinder.describe(error))"))
                }
                if let (item, position) = got { return unique(item, position) }
                current = nil
            }
            guard !pending.isEmpty else { return nil }
            let next = pending.removeFirst()
            inputs.append((next.name, next.kind))
            currentInput = inputs.count - 1
            do {
                current = try next.open()
            } catch {
                return .failure(DocumentInfo(id: "\(next.name)@error", source: next.name, format: "text"),
                                RecordError(kind: "unreadable", message: "\(next.name): the input cannot be read: \(DocumentFinder.describe(error))"))
            }
        }
    }

    /// Where an item came from, in words.
    private func place(_ input: Int, _ position: Int) -> String {
        let (name, kind) = inputs[input]
        switch kind {
        case .warc: return "\(name) record \(position)"
        case .files: return name
        default: return "\(name) line \(position)"
        }
    }

    /// The item, or an error record when its id was already used in this run.
    private func unique(_ item: SourceItem, _ position: Int) -> SourceItem {
        if position < 0 { return item }  // damage reports have ids of their own
        let key = item.id.hashValue
        if let first = seen[key] {
            let here = place(currentInput, position)
            let source: String
            switch item {
            case .document(let d): source = d.source
            case .failure(let info, _): source = info.source
            }
            let id = inputs[currentInput].kind == .files ? source : "\(inputs[currentInput].name):\(position)"
            var info = DocumentInfo(id: id, source: source, format: "text")
            if case .document(let d) = item { info.format = d.format.rawValue }
            return .failure(info, RecordError(
                kind: "duplicate-id",
                message: "\(here): the id \"\(item.id)\" was already used by \(place(Int(first.input), first.position)); this document is not extracted"))
        }
        seen[key] = (Int32(currentInput), position)
        return item
    }
}

/// A file's identity: its device and inode, the same whatever path names it.
public struct FileIdentity: Hashable, Sendable {
    public var device: UInt64
    public var inode: UInt64

    public init?(path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
    }
}

/// Looks into JSON that could not be parsed (an over-long or broken line) for what a message needs.
enum JSONPeek {
    /// The string or integer value of the key `id` of the top-level object, read from the start of `bytes`.
    static func topLevelID(_ bytes: [UInt8]) -> String? {
        var i = 0
        var depth = 0
        let n = bytes.count
        var keyAt: (start: Int, end: Int)? = nil
        var expectValue = false
        while i < n {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                let start = i + 1
                i += 1
                while i < n, bytes[i] != UInt8(ascii: "\"") { i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1 }
                let end = min(i, n)
                if depth == 1 {
                    if expectValue, let k = keyAt, bytes[k.start..<k.end].elementsEqual("id".utf8) {
                        return String(decoding: bytes[start..<end], as: UTF8.self)
                    }
                    if !expectValue { keyAt = (start, end) }
                }
                i += 1
                continue
            }
            switch b {
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1; expectValue = false
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: ":"): if depth == 1 { expectValue = true }
            case UInt8(ascii: ","): if depth == 1 { expectValue = false; keyAt = nil }
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                if depth == 1, expectValue, let k = keyAt, bytes[k.start..<k.end].elementsEqual("id".utf8) {
                    var j = i
                    while j < n, (bytes[j] >= 0x30 && bytes[j] <= 0x39) || bytes[j] == UInt8(ascii: "-") { j += 1 }
                    return String(decoding: bytes[i..<j], as: UTF8.self)
                }
            default: break
            }
            i += 1
        }
        return nil
    }

    static func typeName(_ v: JSON) -> String {
        switch v {
        case .null: return "null"
        case .bool: return "a boolean"
        case .int, .double: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
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
