/// Reads WARC records (`.warc`, and `.warc.gz` through ``GzipByteSource``) one at a time. Response and
/// resource records whose content is HTML become documents; other records are counted and skipped.
///
/// Damage never stops it: bytes that are not a WARC record, a record without a usable `Content-Length`, a
/// record whose `Content-Length` does not end where the next record starts, a record cut by the end of the
/// file and the gzip damage its source reports each become a failure that names the file, the byte offset and
/// the problem, and reading goes on at the next line that starts a record (`WARC/1.0`).
public struct WARCReader<Source: ByteSource> {
    var reader: ByteReader<Source>
    public private(set) var skipped = 0
    public private(set) var records = 0
    let origin: String
    /// A version line already read (while resynchronizing), with its offset.
    var lookahead: (line: [UInt8], at: Int)? = nil
    /// Skip whatever precedes the next record without reporting it (the damage was reported already).
    var quietResync = false
    /// The gzip problems not yet handed out.
    var problemQueue: [SourceProblem] = []

    public init(_ source: Source, origin: String) {
        reader = ByteReader(source)
        self.origin = origin
    }

    /// The longest header line read; a longer one is damage.
    static var maxHeaderLine: Int { 64 << 10 }

    public enum Item {
        case document(DocumentInput)
        case failure(id: String, source: String, RecordError)
    }

    func failure(at offset: Int, _ kind: String, _ message: String, id: String? = nil) -> Item {
        .failure(id: id ?? "\(origin)@\(offset)", source: origin, RecordError(kind: kind, message: "\(origin): \(message)"))
    }

    /// A gzip problem of the source, as a failure.
    mutating func takeProblem() -> Item? {
        problemQueue += reader.drainProblems()
        guard !problemQueue.isEmpty else { return nil }
        let p = problemQueue.removeFirst()
        return failure(at: p.offset, "corrupt", "byte \(p.offset) of the file: \(p.message)", id: "\(origin)@gzip:\(p.offset)")
    }

    /// The next line that starts with `WARC/`, skipping anything before it; nil at the end. Reports what was
    /// skipped, unless it is only blank lines or the damage was reported already.
    mutating func versionLine() throws -> (line: [UInt8]?, at: Int, skipped: (at: Int, bytes: Int)?)? {
        if let l = lookahead {
            lookahead = nil
            return (l.line, l.at, nil)
        }
        var junkStart: Int? = nil
        var junk = 0
        while true {
            let at = reader.consumed
            guard let l = try reader.readLine(limit: WARCReader.maxHeaderLine) else {
                let quiet = quietResync
                quietResync = false
                if let junkStart, !quiet { return (nil, at, (junkStart, junk)) }
                return nil
            }
            if l.starts(with: WARCReader.version) {
                let quiet = quietResync
                quietResync = false
                return (l, at, quiet ? nil : junkStart.map { ($0, junk) })
            }
            if l.allSatisfy({ $0 == 0x0D || $0 == 0x20 || $0 == 0x09 }) && junkStart == nil { continue }
            if junkStart == nil { junkStart = at }
            junk = reader.consumed - (junkStart ?? at)
        }
    }

    static var version: [UInt8] { warcVersionPrefix }

    /// The next HTML document, a record or a stretch that failed, or nil at the end.
    public mutating func next() throws -> Item? {
        while true {
            if let p = takeProblem() { return p }
            guard let (line, at, skippedJunk) = try versionLine() else {
                return takeProblem()
            }
            guard let line else {
                if let (start, bytes) = skippedJunk {
                    return failure(at: start, "corrupt", "byte \(start): \(bytes) bytes that are not a WARC record were skipped up to the end of the file")
                }
                continue
            }
            if let (start, bytes) = skippedJunk {
                lookahead = (line, at)
                return failure(at: start, "corrupt", "byte \(start): \(bytes) bytes that are not a WARC record were skipped up to the next record at byte \(at)")
            }
            var headers: [String: String] = [:]
            var headerBytes = 0
            var ended = false
            while let h = try reader.readLine(limit: WARCReader.maxHeaderLine) {
                if h.isEmpty || h == [0x0D] { ended = true; break }
                if h.starts(with: WARCReader.version) {
                    // A record without an empty line after its headers: the next record starts here.
                    lookahead = (h, reader.consumed - h.count - 1)
                    break
                }
                headerBytes += h.count
                if headerBytes > 1 << 20 { break }
                let text = String(decoding: h, as: UTF8.self)
                if let colon = text.firstIndex(of: ":") {
                    headers[text[..<colon].lowercased()] = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                }
            }
            records += 1
            let rawID = headers["warc-record-id"] ?? "\(origin)#\(records)"
            let id = WARCReader.cleanID(rawID)
            if !ended {
                if lookahead == nil { quietResync = true }
                return failure(at: at, "corrupt", "byte \(at): the headers of WARC record \(records) (\(id)) do not end; skipped to the next record", id: id)
            }
            guard let lengthText = headers["content-length"], let length = Int(lengthText), length >= 0 else {
                quietResync = true
                return failure(at: at, "corrupt", "byte \(at): WARC record \(records) (\(id)) has no valid Content-Length; skipped to the next record", id: id)
            }
            let type = headers["warc-type"]?.lowercased() ?? ""
            let uri = headers["warc-target-uri"]
            let blockStart = reader.consumed
            // Read what the page limit needs (and room for HTTP headers); skip the rest.
            let keep = min(length, Pipeline.maxHTMLBytes + (1 << 20))
            let block = try reader.read(keep)
            if block.count < keep {
                return failure(at: at, "truncated", "byte \(at): WARC record \(records) (\(id)) declares \(length) bytes but the file ends after \(block.count) (truncated)", id: id)
            }
            if length > keep { try reader.skip(length - keep) }
            // The block must be followed by blank lines and the next record (or the end).
            let after = try reader.peek(64)
            let rest = after.drop { $0 == 0x0D || $0 == 0x0A }
            if !rest.isEmpty && !rest.starts(with: WARCReader.version) && !(rest.count < WARCReader.version.count && WARCReader.version.starts(with: rest)) {
                if length == keep, let boundary = WARCReader.recordStart(in: block) {
                    // The length runs into the next record: read that record next.
                    reader.unread(Array(block[boundary...]))
                    return failure(at: at, "corrupt", "byte \(at): the Content-Length of WARC record \(records) (\(id)), \(length), runs into the next record at byte \(blockStart + boundary); the record is skipped", id: id)
                }
                quietResync = true
                return failure(at: at, "corrupt", "byte \(at): the Content-Length of WARC record \(records) (\(id)), \(length), does not end at the end of the record; the record is skipped up to the next one", id: id)
            }
            guard type == "response" || type == "resource" else {
                skipped += 1
                continue
            }
            var body = block
            var cut = length > keep ? length : nil
            var notes: [RecordWarning] = []
            var contentType = headers["content-type"]?.lowercased() ?? ""
            if type == "response", contentType.contains("application/http") {
                guard let (httpHeaders, start) = WARCReader.httpHeaders(block) else {
                    return .failure(id: id, source: origin, RecordError(kind: "parse", message: "\(origin): record \(id) has no HTTP headers"))
                }
                contentType = httpHeaders["content-type"]?.lowercased() ?? ""
                body = Array(block[start...])
                if httpHeaders["transfer-encoding"]?.lowercased().contains("chunked") == true {
                    body = WARCReader.dechunk(body)
                }
                if let enc = httpHeaders["content-encoding"]?.lowercased(), enc.contains("gzip") {
                    // Inflate as a stream, never past the page limit.
                    let limit = Pipeline.maxHTMLBytes
                    var g = GzipByteSource(ArraySource(body))
                    var out: [UInt8] = []
                    while out.count <= limit {
                        let c = try g.read()
                        if c.isEmpty { break }
                        out += c
                    }
                    if out.count > limit {
                        out.removeSubrange(limit...)
                        cut = cut ?? 0
                    }
                    let damage = g.drainProblems()
                    if let first = damage.first, cut == nil {
                        if out.isEmpty {
                            return .failure(id: id, source: origin, RecordError(
                                kind: "corrupt", message: "\(origin): record \(id): the gzip-encoded body is damaged: \(first.message)"))
                        }
                        notes.append(RecordWarning(code: "corrupt", message: "the gzip-encoded body is damaged (\(first.message)); what could be inflated was read"))
                    }
                    body = out
                }
            }
            guard contentType.contains("html") else {
                skipped += 1
                continue
            }
            var input = DocumentInput(id: id, source: origin, format: .html, bytes: body, url: uri)
            input.cutFrom = cut
            input.notes = notes
            return .document(input)
        }
    }

    /// Where a line starting a WARC record (`WARC/1.0` or `WARC/1.1`) begins inside `block`, after a line break.
    static func recordStart(in block: [UInt8]) -> Int? {
        let v = Array("\nWARC/1.".utf8)
        guard block.count > v.count else { return nil }
        var i = 0
        while i + v.count <= block.count {
            guard let nl = block[i...].firstIndex(of: 0x0A) else { return nil }
            if nl + v.count <= block.count, block[nl..<(nl + v.count)].elementsEqual(v) { return nl + 1 }
            i = nl + 1
        }
        return nil
    }

    /// `<urn:uuid:...>` becomes the uuid.
    static func cleanID(_ raw: String) -> String {
        var s = raw.trimmingCharacters(in: CharacterSet(charactersIn: "<> "))
        if s.hasPrefix("urn:uuid:") { s.removeFirst(9) }
        return s
    }

    static func httpHeaders(_ block: [UInt8]) -> ([String: String], Int)? {
        var i = 0
        var lineStart = 0
        var headers: [String: String] = [:]
        var first = true
        while i < block.count {
            if block[i] == 0x0A {
                var end = i
                if end > lineStart, block[end - 1] == 0x0D { end -= 1 }
                if end == lineStart { return (headers, i + 1) }
                if !first {
                    let text = String(decoding: block[lineStart..<end], as: UTF8.self)
                    if let colon = text.firstIndex(of: ":") {
                        headers[text[..<colon].lowercased()] = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                    }
                }
                first = false
                lineStart = i + 1
            }
            i += 1
        }
        return nil
    }

    static func dechunk(_ body: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < body.count {
            var j = i
            while j < body.count, body[j] != 0x0A { j += 1 }
            let sizeText = String(decoding: body[i..<j], as: UTF8.self).split(separator: ";").first?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard let size = Int(sizeText, radix: 16), size > 0, j < body.count else { break }
            let start = j + 1
            // A size larger than what is left (or than Int can add) takes what is left.
            let end = size >= body.count - start ? body.count : start + size
            out.append(contentsOf: body[start..<end])
            i = end + 2
        }
        return out
    }
}

private let warcVersionPrefix = Array("WARC/".utf8)

/// A byte source over bytes already in memory.
public struct ArraySource: ByteSource {
    var bytes: [UInt8]
    var done = false
    public init(_ bytes: [UInt8]) { self.bytes = bytes }
    public mutating func read() throws -> [UInt8] {
        if done { return [] }
        done = true
        return bytes
    }
}

import Foundation
