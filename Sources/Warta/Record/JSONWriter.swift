/// Receives a JSON value as a stream of events. The record describes its shape once (``Record/emit(to:)``);
/// one emitter builds a ``JSON`` tree from it, another writes the bytes of a JSON line directly.
public protocol JSONEmitter {
    mutating func beginObject()
    mutating func endObject()
    mutating func beginArray()
    mutating func endArray()
    /// The key of the next value in the current object.
    mutating func key(_ k: String)
    mutating func string(_ s: String)
    mutating func int(_ i: Int)
    mutating func double(_ d: Double)
    mutating func bool(_ b: Bool)
    mutating func null()
}

extension JSONEmitter {
    mutating func string(_ s: String?) { if let s { string(s) } else { null() } }
    mutating func int(_ i: Int?) { if let i { int(i) } else { null() } }

    /// `null`, or an object whose members `body` emits.
    mutating func object<T>(_ value: T?, _ body: (inout Self, T) -> Void) {
        guard let value else { return null() }
        beginObject()
        body(&self, value)
        endObject()
    }
}

/// Writes JSON text as UTF-8 bytes, compact or pretty (two-space indent, as ``JSON/serialized(pretty:)``).
public struct JSONByteWriter: JSONEmitter {
    public private(set) var bytes: [UInt8] = []
    let pretty: Bool
    /// Per open container: how many values it holds so far.
    private var counts: [Int] = []
    private var afterKey = false

    public init(pretty: Bool = false, capacity: Int = 2048) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
        counts.reserveCapacity(8)
    }

    @inline(__always)
    private mutating func ascii(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func newline(_ depth: Int) {
        bytes.append(0x0A)
        for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) }
    }

    /// Separator and indentation before a value (not after a key).
    private mutating func beforeValue() {
        if afterKey { afterKey = false; return }
        guard let last = counts.indices.last else { return }
        if counts[last] > 0 { bytes.append(UInt8(ascii: ",")) }
        counts[last] += 1
        if pretty { newline(counts.count) }
    }

    public mutating func beginObject() { beforeValue(); bytes.append(UInt8(ascii: "{")); counts.append(0) }
    public mutating func beginArray() { beforeValue(); bytes.append(UInt8(ascii: "[")); counts.append(0) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    private mutating func close(_ b: UInt8) {
        let n = counts.popLast() ?? 0
        if pretty && n > 0 { newline(counts.count) }
        bytes.append(b)
    }

    public mutating func key(_ k: String) {
        beforeValue()
        escape(k)
        if pretty { ascii(": ") } else { bytes.append(UInt8(ascii: ":")) }
        afterKey = true
    }

    public mutating func string(_ s: String) { beforeValue(); escape(s) }
    public mutating func int(_ i: Int) { beforeValue(); writeInt(i) }
    public mutating func bool(_ b: Bool) { beforeValue(); if b { ascii("true") } else { ascii("false") } }
    public mutating func null() { beforeValue(); ascii("null") }

    public mutating func double(_ d: Double) {
        beforeValue()
        bytes.append(contentsOf: JSON.format(d).utf8)
    }

    private mutating func writeInt(_ i: Int) {
        if i >= 0 && i < 10 { bytes.append(UInt8(0x30 + i)); return }
        if i > 0 { JSONByteWriter.appendDigits(i, to: &bytes); return }
        bytes.append(contentsOf: String(i).utf8)
    }

    /// Appends the decimal digits of `i` (not negative) to `out`, as `String(i)` writes them, without making
    /// the string (`Int.description` cost about 200 instructions a number).
    static func appendDigits(_ i: Int, to out: inout [UInt8]) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
            UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        var v = i
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[19 - n] = UInt8(0x30 + v % 10)
                v /= 10
                n += 1
            } while v > 0
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: d[(20 - n)...]))
        }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func escape(_ s: String) {
        var s = s
        s.withUTF8 { JSONByteWriter.appendString($0, to: &bytes) }
    }

    /// Appends the UTF-8 bytes `s` to `out` as a quoted JSON string: `"` and `\\` escaped, `\n`, `\r`, `\t` by
    /// name, other control bytes as `\u00XX`; runs of bytes that need no escape are copied at once. The one
    /// escaping of every JSON that Warta writes (records, `db events --format jsonl`).
    static func appendString(_ s: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var i = 0
        let n = s.count
        while i < n {
            var j = i
            // Eight bytes at a time while none of them may need an escape (``mayNeedEscape(_:)``).
            if let base = s.baseAddress {
                while n - j >= 8, !mayNeedEscape(UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self)) { j += 8 }
            }
            while j < n {
                let b = s[j]
                if b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { break }
                j += 1
            }
            if j > i { out.append(contentsOf: UnsafeBufferPointer(rebasing: s[i..<j])) }
            if j == n { break }
            let b = s[j]
            switch b {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(0x5C); out.append(b)
            case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
            case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
            default:
                out += "\\u00".utf8
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 0xF)])
            }
            i = j + 1
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Whether any of the eight bytes of `w` is a control byte (below 0x20), a quote or a backslash; it may also
    /// say so of a byte beyond one that is (never the other way round), which the byte-by-byte scan then decides.
    @inline(__always)
    static func mayNeedEscape(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let quote = w ^ (ones &* 0x22), backslash = w ^ (ones &* 0x5C)
        let below = (w &- ones &* 0x20) & ~w
        let zeros = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
        return (below | zeros) & highs != 0
    }
}

/// Builds a ``JSON`` tree.
public struct JSONTreeBuilder: JSONEmitter {
    /// An open container, with the key it will have in its parent.
    private enum Container {
        case object([(String, JSON)], key: String?)
        case array([JSON], key: String?)
    }
    private var stack: [Container] = []
    private var pendingKey: String? = nil
    public private(set) var result: JSON = .null

    public init() {}

    private mutating func add(_ v: JSON) {
        guard let top = stack.popLast() else { result = v; return }
        switch top {
        case .object(var pairs, let key):
            pairs.append((pendingKey ?? "", v))
            pendingKey = nil
            stack.append(.object(pairs, key: key))
        case .array(var items, let key):
            items.append(v)
            stack.append(.array(items, key: key))
        }
    }

    public mutating func beginObject() { stack.append(.object([], key: pendingKey)); pendingKey = nil }
    public mutating func beginArray() { stack.append(.array([], key: pendingKey)); pendingKey = nil }

    public mutating func endObject() {
        guard case .object(let pairs, let key)? = stack.popLast() else { return }
        pendingKey = key
        add(.object(pairs))
    }

    public mutating func endArray() {
        guard case .array(let items, let key)? = stack.popLast() else { return }
        pendingKey = key
        add(.array(items))
    }

    public mutating func key(_ k: String) { pendingKey = k }
    public mutating func string(_ s: String) { add(.string(s)) }
    public mutating func int(_ i: Int) { add(.int(i)) }
    public mutating func double(_ d: Double) { add(.double(d)) }
    public mutating func bool(_ b: Bool) { add(.bool(b)) }
    public mutating func null() { add(.null) }
}
