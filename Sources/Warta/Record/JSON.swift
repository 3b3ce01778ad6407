/// A JSON value with ordered object keys, and a fast serializer (compact or pretty).
public indirect enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    public static func == (a: JSON, b: JSON) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.double(let x), .double(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    public subscript(key: String) -> JSON? {
        if case .object(let pairs) = self { return pairs.first { $0.0 == key }?.1 }
        return nil
    }

    public func serialized(pretty: Bool = false) -> String {
        String(decoding: serializedBytes(pretty: pretty), as: UTF8.self)
    }

    /// The JSON text as UTF-8 bytes.
    public func serializedBytes(pretty: Bool = false) -> [UInt8] {
        var w = JSONByteWriter(pretty: pretty, capacity: 1024)
        emit(to: &w)
        return w.bytes
    }

    /// Hands this value to an emitter.
    public func emit<E: JSONEmitter>(to e: inout E) {
        switch self {
        case .null: e.null()
        case .bool(let b): e.bool(b)
        case .int(let i): e.int(i)
        case .double(let d): e.double(d)
        case .string(let s): e.string(s)
        case .array(let items):
            e.beginArray()
            for item in items { item.emit(to: &e) }
            e.endArray()
        case .object(let pairs):
            e.beginObject()
            for (k, v) in pairs {
                e.key(k)
                v.emit(to: &e)
            }
            e.endObject()
        }
    }

    /// A double rounded to three decimals; integral values keep one decimal (`2.0`) except 0 and 1, and
    /// non-finite values are `null`.
    static func format(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        let rounded = (d * 1000).rounded() / 1000
        if rounded == rounded.rounded() && abs(rounded) < 1e15 {
            let whole = String(Int(rounded))
            return rounded != 0 && rounded != 1 ? whole + ".0" : whole
        }
        return String(rounded)
    }

    /// Parses JSON text (RFC 8259); nesting deeper than 512 levels is rejected.
    public static func parse(_ text: String) throws -> JSON {
        var parser = JSONParser(bytes: Array(text.utf8))
        return try parser.parseDocument()
    }

    /// Parses JSON text given as UTF-8 bytes that are known to be valid UTF-8 (``UTF8Check/isValid(_:)``), without
    /// first making them a string: the same value as `parse(String(decoding: bytes, as: UTF8.self))`.
    public static func parse(validUTF8 bytes: [UInt8]) throws -> JSON {
        var parser = JSONParser(bytes: bytes)
        return try parser.parseDocument()
    }

    /// ``parse(validUTF8:)`` of a JSON Lines document, with the unescaped UTF-8 of its first top-level `"text"` when
    /// that is a string: the value holds `.string("")` in its place, and the bytes are what the string's UTF-8
    /// would be (valid UTF-8: runs of a valid line and the encodings of escapes), without making the string, which
    /// would validate them again. Any other value is the same as ``parse(validUTF8:)``'s.
    static func parseDocument(validUTF8 bytes: [UInt8]) throws -> (JSON, text: [UInt8]?) {
        var parser = JSONParser(bytes: bytes)
        parser.takeText = true
        let value = try parser.parseDocument()
        return (value, parser.text)
    }

    public var stringValue: String? { if case .string(let s) = self { return s } else { return nil } }
    public var intValue: Int? {
        switch self {
        case .int(let i): return i
        case .double(let d) where d == d.rounded(): return Int(exactly: d)  // nil beyond Int's range
        default: return nil
        }
    }
    public var doubleValue: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }
    public var boolValue: Bool? { if case .bool(let b) = self { return b } else { return nil } }
    public var arrayValue: [JSON]? { if case .array(let a) = self { return a } else { return nil } }
    public var isNull: Bool { if case .null = self { return true } else { return false } }
}

public struct JSONParseError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var offset: Int
    public var description: String { "\(message) at byte \(offset)" }
}

struct JSONParser {
    let bytes: [UInt8]
    var i = 0
    var depth = 0
    /// Keep the first top-level `"text"` string as bytes in ``text`` (see ``JSON/parseDocument(validUTF8:)``).
    var takeText = false
    var text: [UInt8]? = nil

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func parseDocument() throws -> JSON {
        skip()
        let v = try value()
        skip()
        if i != bytes.count { throw JSONParseError(message: "unexpected data after the JSON value", offset: i) }
        return v
    }

    mutating func skip() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    mutating func value() throws -> JSON {
        guard i < bytes.count else { throw JSONParseError(message: "unexpected end of JSON", offset: i) }
        switch bytes[i] {
        case UInt8(ascii: "{"):
            depth += 1
            if depth > 512 { throw JSONParseError(message: "JSON nested too deeply", offset: i) }
            defer { depth -= 1 }
            i += 1
            var pairs: [(String, JSON)] = []
            skip()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(pairs) }
            while true {
                skip()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw JSONParseError(message: "expected a string key", offset: i) }
                let k = try string()
                skip()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw JSONParseError(message: "expected ':'", offset: i) }
                i += 1
                skip()
                if takeText, depth == 1, k == "text" {
                    takeText = false
                    if i < bytes.count, bytes[i] == UInt8(ascii: "\"") {
                        text = try stringBytes()
                        pairs.append((k, .string("")))
                    } else {
                        pairs.append((k, try value()))
                    }
                } else {
                    pairs.append((k, try value()))
                }
                skip()
                guard i < bytes.count else { throw JSONParseError(message: "unexpected end of JSON", offset: i) }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(pairs) }
                throw JSONParseError(message: "expected ',' or '}'", offset: i)
            }
        case UInt8(ascii: "["):
            depth += 1
            if depth > 512 { throw JSONParseError(message: "JSON nested too deeply", offset: i) }
            defer { depth -= 1 }
            i += 1
            var items: [JSON] = []
            skip()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            while true {
                skip()
                items.append(try value())
                skip()
                guard i < bytes.count else { throw JSONParseError(message: "unexpected end of JSON", offset: i) }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                throw JSONParseError(message: "expected ',' or ']'", offset: i)
            }
        case UInt8(ascii: "\""):
            return .string(try string())
        case UInt8(ascii: "t"):
            try literal("true"); return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false"); return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null"); return .null
        default:
            return try number()
        }
    }

    mutating func literal(_ word: String) throws {
        let w = Array(word.utf8)
        guard i + w.count <= bytes.count, Array(bytes[i..<i + w.count]) == w else {
            throw JSONParseError(message: "invalid literal", offset: i)
        }
        i += w.count
    }

    mutating func number() throws -> JSON {
        let start = i
        var isInt = true
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
        while i < bytes.count {
            let b = bytes[i]
            if b >= 0x30 && b <= 0x39 { i += 1; continue }
            if b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") {
                isInt = false; i += 1; continue
            }
            break
        }
        let text = String(decoding: bytes[start..<i], as: UTF8.self)
        if isInt, let v = Int(text) { return .int(v) }
        if let d = Double(text) { return .double(d) }
        throw JSONParseError(message: "invalid number '\(text)'", offset: start)
    }

    mutating func string() throws -> String {
        i += 1
        // The common case: no escapes, the string is one run of bytes.
        let start = i
        let n = bytes.count
        let end = plainRun(from: start)
        if end < n, bytes[end] == UInt8(ascii: "\"") {
            i = end + 1
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
        return String(decoding: try escaped(start: start, end: end), as: UTF8.self)
    }

    /// The UTF-8 of the string at `i` (a quote) as ``string()`` would make it, as bytes.
    mutating func stringBytes() throws -> [UInt8] {
        i += 1
        let start = i
        let n = bytes.count
        let end = plainRun(from: start)
        if end < n, bytes[end] == UInt8(ascii: "\"") {
            i = end + 1
            return Array(bytes[start..<end])
        }
        return try escaped(start: start, end: end)
    }

    /// The bytes of a string with escapes from `start`, whose first run ends at `end` (not a closing quote),
    /// up to its closing quote.
    mutating func escaped(start: Int, end: Int) throws -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(end - start + 64)
        out.append(contentsOf: bytes[start..<end])
        i = end
        while i < bytes.count {
            let b = bytes[i]
            if b != UInt8(ascii: "\""), b != UInt8(ascii: "\\") {
                // copy the run up to the next quote or escape at once
                let from = i
                let to = plainRun(from: from)
                out.append(contentsOf: bytes[from..<to])
                i = to
                continue
            }
            if b == UInt8(ascii: "\"") { i += 1; return out }
            if b == UInt8(ascii: "\\") {
                i += 1
                guard i < bytes.count else { break }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if code >= 0xD800 && code < 0xDC00, i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                        i += 2
                        let low = try hex4()
                        if low >= 0xDC00 && low < 0xE000 {
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            // A high surrogate without its low half: a replacement character, then the next escape.
                            out.append(contentsOf: Array("\u{FFFD}".utf8))
                            code = low
                        }
                    }
                    let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
                    out.append(contentsOf: Array(String(scalar).utf8))
                default: out.append(e)
                }
                continue
            }
        }
        throw JSONParseError(message: "unterminated string", offset: i)
    }

    /// The index of the first quote or backslash at or after `from` (the end of the bytes when there is none),
    /// eight bytes at a time: a word holds a quote or a backslash exactly when one of `x ^ 0x22…` and `x ^ 0x5C…`
    /// has a zero byte; only such a word is looked at byte by byte.
    func plainRun(from: Int) -> Int {
        bytes.withUnsafeBufferPointer { buf -> Int in
            let n = buf.count
            var k = from
            if let base = UnsafeRawPointer(buf.baseAddress) {
                let ones: UInt64 = 0x0101_0101_0101_0101
                let highs: UInt64 = 0x8080_8080_8080_8080
                while k + 8 <= n {
                    let x = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: k, as: UInt64.self))
                    let q = x ^ (ones &* 0x22)
                    let b = x ^ (ones &* 0x5C)
                    if ((q &- ones) & ~q & highs) | ((b &- ones) & ~b & highs) != 0 { break }
                    k += 8
                }
            }
            while k < n, buf[k] != UInt8(ascii: "\""), buf[k] != UInt8(ascii: "\\") { k += 1 }
            return k
        }
    }

    mutating func hex4() throws -> UInt32 {
        guard i + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[i..<i + 4], as: UTF8.self), radix: 16) else {
            throw JSONParseError(message: "invalid \\u escape", offset: i)
        }
        i += 4
        return v
    }
}
