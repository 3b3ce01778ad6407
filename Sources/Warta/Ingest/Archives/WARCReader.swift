/// Reads WARC records (`.warc`, and `.warc.gz` through ``GzipByteSource``) one at a time. Response and
/// resource records whose content is HTML become documents; other records are counted and skipped.
public struct WARCReader<Source: ByteSource> {
    var reader: ByteReader<Source>
    public private(set) var skipped = 0
    public private(set) var records = 0
    let origin: String

    public init(_ source: Source, origin: String) {
        reader = ByteReader(source)
        self.origin = origin
    }

    /// The largest record block read; larger blocks are skipped with an error.
    public static var maxBlock: Int { 64 << 20 }

    public enum Item {
        case document(DocumentInput)
        case failure(id: String, source: String, RecordError)
    }

    /// The next HTML document, a record that failed, or nil at the end.
    public mutating func next() throws -> Item? {
        while true {
            // Find the version line, skipping blank lines between records.
            var line: [UInt8]
            repeat {
                guard let l = try reader.readLine() else { return nil }
                line = l
            } while line.isEmpty
            guard line.starts(with: Array("WARC/".utf8)) else {
                throw RecordError(kind: "parse", message: "\(origin): not a WARC record at byte \(reader.consumed - line.count - 1)")
            }
            var headers: [String: String] = [:]
            while let h = try reader.readLine(), !h.isEmpty {
                let text = String(decoding: h, as: UTF8.self)
                if let colon = text.firstIndex(of: ":") {
                    headers[text[..<colon].lowercased()] = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                }
            }
            records += 1
            guard let lengthText = headers["content-length"], let length = Int(lengthText), length >= 0 else {
                throw RecordError(kind: "parse", message: "\(origin): WARC record \(records) has no Content-Length")
            }
            let type = headers["warc-type"]?.lowercased() ?? ""
            let uri = headers["warc-target-uri"]
            let rawID = headers["warc-record-id"] ?? "\(origin)#\(records)"
            let id = WARCReader.cleanID(rawID)
            guard type == "response" || type == "resource" else {
                try reader.skip(length)
                skipped += 1
                continue
            }
            if length > WARCReader.maxBlock {
                try reader.skip(length)
                return .failure(id: id, source: origin, RecordError(kind: "too-large", message: "\(origin): record \(id) has \(length) bytes"))
            }
            let block = try reader.read(length)
            var body = block
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
                    var g = GzipByteSource(ArraySource(body))
                    var out: [UInt8] = []
                    do {
                        while true {
                            let c = try g.read()
                            if c.isEmpty { break }
                            out += c
                        }
                        body = out
                    } catch {
                        return .failure(id: id, source: origin, RecordError(kind: "parse", message: "\(origin): record \(id): \(error)"))
                    }
                }
            }
            guard contentType.contains("html") else {
                skipped += 1
                continue
            }
            return .document(DocumentInput(id: id, source: origin, format: .html, bytes: body, url: uri))
        }
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
            guard let size = Int(sizeText, radix: 16), size > 0 else { break }
            let start = j + 1
            let end = min(body.count, start + size)
            out.append(contentsOf: body[start..<end])
            i = end + 2
        }
        return out
    }
}

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
