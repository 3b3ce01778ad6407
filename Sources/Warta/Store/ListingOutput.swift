import Foundation

/// The bytes of a listing before they are handed on: one block of memory written through a pointer.
///
/// A listing of 180,716 events as JSON Lines is 179 MB of output, made of some 25 values per event. Appending each
/// value to a Swift array checked the array's uniqueness and capacity, and retained and released it, at every
/// append (10% of the processor time of that listing). Here a row reserves room for its largest possible output
/// once (``reserve(_:)``) and is then written through a plain pointer; `count` is set once at its end.
final class OutputBytes {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    var count = 0

    init(capacity: Int = 1 << 17) {
        self.capacity = max(capacity, 64)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Makes room for `n` more bytes after `count`; `base` may move.
    @inline(__always)
    func reserve(_ n: Int) {
        if capacity - count < n { grow(count + n) }
    }

    private func grow(_ needed: Int) {
        var c = capacity
        while c < needed { c *= 2 }
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        p.update(from: base, count: count)
        base.deallocate()
        base = p
        capacity = c
    }

    var isEmpty: Bool { count == 0 }

    func removeAll() { count = 0 }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    func append(_ b: UInt8) {
        reserve(1)
        base[count] = b
        count += 1
    }

    func append(contentsOf b: UnsafeBufferPointer<UInt8>) {
        guard let p = b.baseAddress, b.count > 0 else { return }
        reserve(b.count)
        (base + count).update(from: p, count: b.count)
        count += b.count
    }

    func append<S: Sequence>(contentsOf s: S) where S.Element == UInt8 {
        let done: Void? = s.withContiguousStorageIfAvailable { append(contentsOf: $0) }
        if done != nil { return }
        for b in s { append(b) }
    }

    func append(_ s: String) {
        var s = s
        s.withUTF8 { append(contentsOf: $0) }
    }
}

/// Writing through a pointer into room already reserved (``OutputBytes/reserve(_:)``): each function writes at
/// `o` and returns the position after what it wrote.
enum RawOutput {
    @inline(__always)
    static func put(_ o: UnsafeMutablePointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        guard let p = b.baseAddress else { return o }
        o.update(from: p, count: b.count)
        return o + b.count
    }

    @inline(__always)
    static func put(_ o: UnsafeMutablePointer<UInt8>, _ s: StaticString) -> UnsafeMutablePointer<UInt8> {
        let n = s.utf8CodeUnitCount
        o.update(from: s.utf8Start, count: n)
        return o + n
    }

    @inline(__always)
    static func put(_ o: UnsafeMutablePointer<UInt8>, _ p: UnsafePointer<UInt8>, _ n: Int) -> UnsafeMutablePointer<UInt8> {
        if n > 0 { o.update(from: p, count: n) }
        return o + n
    }

    /// An integer in decimal, as `String(v)` writes it (at most 20 bytes).
    @inline(__always)
    static func decimal(_ v: Int64, _ o: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        var x = v.magnitude
        var n = 1
        var t = x
        while t >= 10 { t /= 10; n += 1 }
        var o = o
        if v < 0 { o[0] = UInt8(ascii: "-"); o += 1 }
        var i = n - 1
        repeat {
            o[i] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: x % 10)
            x /= 10
            i -= 1
        } while i >= 0
        return o + n
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// The bytes `s` as a quoted JSON string, as ``JSONByteWriter/appendString(_:to:)`` writes them (at most
    /// 6 bytes per byte, and 2): eight bytes at a time copied while none may need an escape.
    @inline(__always)
    static func jsonString(_ s: UnsafePointer<UInt8>, _ n: Int, _ o: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        var o = o
        o[0] = UInt8(ascii: "\"")
        o += 1
        var i = 0
        while i < n {
            while n - i >= 8 {
                let w = UnsafeRawPointer(s + i).loadUnaligned(as: UInt64.self)
                if JSONByteWriter.mayNeedEscape(w) { break }
                UnsafeMutableRawPointer(o).storeBytes(of: w, as: UInt64.self)
                o += 8
                i += 8
            }
            // Up to eight bytes one at a time (the word that may need an escape, or the tail).
            let end = min(n, i + 8)
            while i < end {
                let b = s[i]
                i += 1
                if b >= 0x20, b != UInt8(ascii: "\""), b != UInt8(ascii: "\\") {
                    o[0] = b
                    o += 1
                    continue
                }
                o[0] = 0x5C
                switch b {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): o[1] = b; o += 2
                case 0x0A: o[1] = UInt8(ascii: "n"); o += 2
                case 0x0D: o[1] = UInt8(ascii: "r"); o += 2
                case 0x09: o[1] = UInt8(ascii: "t"); o += 2
                default:
                    o[1] = UInt8(ascii: "u"); o[2] = UInt8(ascii: "0"); o[3] = UInt8(ascii: "0")
                    o[4] = hex[Int(b >> 4)]
                    o[5] = hex[Int(b & 0xF)]
                    o += 6
                }
            }
        }
        o[0] = UInt8(ascii: "\"")
        return o + 1
    }

    /// Whether any of the eight bytes of `w` is one that a CSV cell quotes (a comma, a quote, LF or CR); it may
    /// also say so of a byte beyond one that is, which the byte-by-byte scan then decides.
    @inline(__always)
    static func mayNeedQuotes(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zero(_ x: UInt64) -> UInt64 { (x &- ones) & ~x }
        return (zero(w ^ (ones &* 0x2C)) | zero(w ^ (ones &* 0x22)) | zero(w ^ (ones &* 0x0A)) | zero(w ^ (ones &* 0x0D))) & highs != 0
    }

    @inline(__always)
    static func isQuoted(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") || b == 0x0A || b == 0x0D
    }

    /// Whether the bytes hold one that a CSV cell quotes; `cr`: whether one of them is a CR.
    @inline(__always)
    static func csvSpecials(_ s: UnsafePointer<UInt8>, _ n: Int) -> (any: Bool, cr: Bool) {
        var i = 0
        while n - i >= 8, !mayNeedQuotes(UnsafeRawPointer(s + i).loadUnaligned(as: UInt64.self)) { i += 8 }
        var any = false
        while i < n {
            let b = s[i]
            if isQuoted(b) {
                any = true
                if b == 0x0D { return (true, true) }
            }
            i += 1
        }
        return (any, false)
    }

    /// Copies `s` while none of its bytes is one that a CSV cell quotes; returns the end of the copy, or nil (what
    /// was copied to be written over) when one is.
    @inline(__always)
    static func plainCSV(_ s: UnsafePointer<UInt8>, _ n: Int, _ o: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8>? {
        var i = 0
        var o = o
        while n - i >= 8 {
            let w = UnsafeRawPointer(s + i).loadUnaligned(as: UInt64.self)
            if mayNeedQuotes(w) { break }
            UnsafeMutableRawPointer(o).storeBytes(of: w, as: UInt64.self)
            o += 8
            i += 8
        }
        while i < n {
            let b = s[i]
            if isQuoted(b) { return nil }
            o[0] = b
            o += 1
            i += 1
        }
        return o
    }

    /// `s` with its quotes doubled (the inside of a quoted CSV cell; at most 2 bytes per byte).
    @inline(__always)
    static func doubledQuotes(_ s: UnsafePointer<UInt8>, _ n: Int, _ o: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        var o = o
        for i in 0..<n {
            let b = s[i]
            if b == UInt8(ascii: "\"") { o[0] = b; o += 1 }
            o[0] = b
            o += 1
        }
        return o
    }

    /// An unsigned LEB128 number of a stored row (``StoredRowReader/number()``); -1 past the end or when longer
    /// than 9 bytes.
    @inline(__always)
    static func number(_ p: UnsafePointer<UInt8>, _ n: Int, _ at: inout Int) -> Int {
        var v = 0
        var shift = 0
        while at < n, shift < 63 {
            let byte = p[at]
            at += 1
            v |= Int(byte & 0x7F) << shift
            if byte < 0x80 { return v }
            shift += 7
        }
        return -1
    }
}

/// CSV and JSON Lines of a stored row (``ListingRow/encode(into:)``), written straight from its bytes in one pass:
/// the bytes of ``ListingWriter/add(_:)`` for the row that ``ListingRow/decode(id:_:)`` makes of them. The row is
/// written as it is read; bytes that are not a stored row (exactly those that decoding refuses) leave nothing
/// written.
extension ListingWriter {
    /// The JSON key of column `i` of ``EventStore/EventRow/columns`` after 0, with its comma: `,"type":` ...
    @inline(__always)
    static func jsonKey(_ i: Int) -> StaticString {
        switch i {
        case 1: return ",\"type\":"
        case 2: return ",\"date_start\":"
        case 3: return ",\"date_end\":"
        case 4: return ",\"venue\":"
        case 5: return ",\"city\":"
        case 6: return ",\"province\":"
        case 7: return ",\"region_code\":"
        case 8: return ",\"participants_total\":"
        case 9: return ",\"organizers\":["
        case 10: return ",\"legal_references\":["
        case 11: return ",\"sources\":["
        case 12: return ",\"urls\":["
        case 13: return ",\"warnings\":["
        default: return ",\"corrected\":[]}\n"
        }
    }

    /// Writes the row of event `id` stored as `b`; false, with nothing written, when `b` is not a stored row.
    mutating func addStored(id: Int64, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress, b.count > 0, b[0] == ListingRow.storedVersion else { return false }
        let start = out.count
        let done: Bool
        switch format {
        case .jsonl: done = jsonLine(id: id, base, b.count)
        case .csv: done = csvLine(id: id, base, b.count)
        case .table:
            var row = ListingRow()
            guard row.decode(id: id, b) else { return false }
            tableRow(row)
            done = true
        }
        if done { rows += 1 } else { out.count = start }
        return done
    }

    /// The largest output of a stored row of `n` bytes (each byte escaped to at most 6, each key and bracket
    /// counted in the 512).
    @inline(__always)
    static func room(_ n: Int) -> Int { 6 * n + 512 }

    private func jsonLine(id: Int64, _ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let out = self.out
        out.reserve(ListingWriter.room(n))
        let start = out.base + out.count
        var o = RawOutput.put(start, "{\"event_id\":")
        o = RawOutput.decimal(id, o)
        var at = 1
        for i in 0..<8 {
            o = RawOutput.put(o, ListingWriter.jsonKey(1 + i))
            let m = RawOutput.number(p, n, &at)
            if m < 0 { return false }
            if m == 0 {
                o[0] = UInt8(ascii: "n"); o[1] = UInt8(ascii: "u"); o[2] = UInt8(ascii: "l"); o[3] = UInt8(ascii: "l")
                o += 4
                continue
            }
            let length = m - 1
            if length > n - at { return false }
            o = i == 7 ? RawOutput.put(o, p + at, length) : RawOutput.jsonString(p + at, length, o)
            at += length
        }
        for k in 0..<5 {
            o = RawOutput.put(o, ListingWriter.jsonKey(9 + k))
            let c = RawOutput.number(p, n, &at)
            if c < 0 || c > n - at { return false }
            for j in 0..<c {
                if j > 0 { o[0] = UInt8(ascii: ","); o += 1 }
                let m = RawOutput.number(p, n, &at)
                if m < 0 { return false }
                // A NULL item is written as the empty string, as the decoded row writes it.
                let length = max(0, m - 1)
                if length > n - at { return false }
                o = RawOutput.jsonString(p + at, length, o)
                at += length
            }
            o[0] = UInt8(ascii: "]")
            o += 1
        }
        if at != n { return false }
        o = RawOutput.put(o, ListingWriter.jsonKey(14))
        out.count = o - out.base
        return true
    }

    private func csvLine(id: Int64, _ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let out = self.out
        out.reserve(ListingWriter.room(n))
        var o = RawOutput.decimal(id, out.base + out.count)
        var at = 1
        // The eight scalars (NULL: an empty cell), then the five lists (their items joined by "; ").
        for i in 0..<13 {
            o[0] = UInt8(ascii: ",")
            o += 1
            var c = 1
            if i >= 8 {
                c = RawOutput.number(p, n, &at)
                if c < 0 || c > n - at { return false }
            }
            // The items' bytes: first checked for bytes that quote the cell, then written.
            let first = at
            var special = false
            var cr = false
            for _ in 0..<c {
                let m = RawOutput.number(p, n, &at)
                if m < 0 { return false }
                let length = max(0, m - 1)
                if length > n - at { return false }
                if !cr {
                    let s = RawOutput.csvSpecials(p + at, length)
                    special = special || s.any
                    cr = s.cr
                }
                at += length
            }
            if !special {
                if c == 1 {
                    // One item: copied as it is.
                    var q = first
                    let m = RawOutput.number(p, n, &q)
                    o = RawOutput.put(o, p + q, max(0, m - 1))
                } else {
                    var q = first
                    for j in 0..<c {
                        if j > 0 { o[0] = UInt8(ascii: ";"); o[1] = 0x20; o += 2 }
                        let m = RawOutput.number(p, n, &q)
                        let length = max(0, m - 1)
                        o = RawOutput.put(o, p + q, length)
                        q += length
                    }
                }
            } else if !cr {
                o[0] = UInt8(ascii: "\"")
                o += 1
                var q = first
                for j in 0..<c {
                    if j > 0 { o[0] = UInt8(ascii: ";"); o[1] = 0x20; o += 2 }
                    let m = RawOutput.number(p, n, &q)
                    let length = max(0, m - 1)
                    o = RawOutput.doubledQuotes(p + q, length, o)
                    q += length
                }
                o[0] = UInt8(ascii: "\"")
                o += 1
            } else {
                // A CR: the cell as a Swift string (a CR LF is one character, which CSV.line does not take for a
                // line break); it may be longer than the room reserved, which is made again.
                var cell: [UInt8] = []
                var q = first
                for j in 0..<c {
                    if j > 0 { cell += "; ".utf8 }
                    let m = RawOutput.number(p, n, &q)
                    let length = max(0, m - 1)
                    cell.append(contentsOf: UnsafeBufferPointer(start: p + q, count: length))
                    q += length
                }
                let quoted = Array(CSV.line([String(decoding: cell, as: UTF8.self)]).utf8.dropLast(2))
                out.count = o - out.base
                out.reserve(quoted.count + ListingWriter.room(n))
                o = quoted.withUnsafeBufferPointer { RawOutput.put(out.base + out.count, $0) }
            }
        }
        if at != n { return false }
        // The empty cell of corrections.
        o[0] = UInt8(ascii: ","); o[1] = 0x0D; o[2] = 0x0A
        out.count = o + 3 - out.base
        return true
    }
}
