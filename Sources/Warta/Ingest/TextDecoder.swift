import Foundation

/// Turns the raw bytes of a document into a Swift string.
///
/// Recognised: UTF-8 with or without a byte-order mark, UTF-16 (LE/BE) and UTF-32 with a byte-order mark.
/// Bytes that are not valid UTF-8 decode as Windows-1252 (a superset of ISO-8859-1 for printable text) and
/// the document gets a warning. Documents with NUL bytes or mostly control bytes are rejected as binary.
public enum TextDecoder {
    public struct Decoded: Sendable {
        public var text: String
        public var encoding: String
        public var warnings: [String]
    }

    public enum Failure: Error, CustomStringConvertible, Sendable, Equatable {
        case empty
        case binary(String)

        public var description: String {
            switch self {
            case .empty: return "the document is empty"
            case .binary(let why): return "the document is not text: \(why)"
            }
        }
    }

    public static func decode(_ bytes: [UInt8]) throws(Failure) -> Decoded {
        if bytes.isEmpty { throw .empty }
        // Byte-order marks first.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return try utf8OrLegacy(Array(bytes[3...]), label: "utf-8 (bom)")
        }
        if bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xFE, bytes[2] == 0, bytes[3] == 0 {
            return try unicode(bytes, dropping: 4, encoding: .utf32LittleEndian, label: "utf-32le")
        }
        if bytes.count >= 4, bytes[0] == 0, bytes[1] == 0, bytes[2] == 0xFE, bytes[3] == 0xFF {
            return try unicode(bytes, dropping: 4, encoding: .utf32BigEndian, label: "utf-32be")
        }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            return try unicode(bytes, dropping: 2, encoding: .utf16LittleEndian, label: "utf-16le")
        }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            return try unicode(bytes, dropping: 2, encoding: .utf16BigEndian, label: "utf-16be")
        }
        return try utf8OrLegacy(bytes, label: "utf-8")
    }

    /// ``decode(_:)`` of `bytes` that are the UTF-8 of `text` (the reader already made the string): the same
    /// result, without validating the bytes into a string again. Any other case (no string, a byte-order mark,
    /// a string that is not these bytes) goes through ``decode(_:)``.
    public static func decode(_ bytes: [UInt8], known text: String?) throws(Failure) -> Decoded {
        guard let text, text.utf8.count == bytes.count, try decodesAsThemselves(validUTF8: bytes) else { return try decode(bytes) }
        return Decoded(text: text, encoding: "utf-8", warnings: [])
    }

    /// For `bytes` known to be valid UTF-8: true when ``decode(_:)`` gives them as they are (encoding `utf-8`, no
    /// warnings), checked without making a string; the same failure as ``decode(_:)`` when they hold NUL bytes or
    /// look binary; false when ``decode(_:)`` must read them (empty, a byte-order mark).
    public static func decodesAsThemselves(validUTF8 bytes: [UInt8]) throws(Failure) -> Bool {
        guard !bytes.isEmpty, !(bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) else { return false }
        // Valid UTF-8 starts with neither 0xFF nor 0xFE nor 0x00 0x00 0xFE 0xFF: no other byte-order mark to read.
        if bytes.withUnsafeBufferPointer({ buf in buf.baseAddress.map { memchr($0, 0, buf.count) != nil } ?? false }) {
            throw .binary("it contains NUL bytes")
        }
        try checkNotBinary(utf8: bytes)
        return true
    }

    private static func unicode(_ bytes: [UInt8], dropping n: Int, encoding: String.Encoding, label: String) throws(Failure) -> Decoded {
        let body = Data(bytes[n...])
        guard let text = String(data: body, encoding: encoding) else {
            throw .binary("the \(label) byte-order mark is followed by invalid \(label) data")
        }
        try checkNotBinary(text.unicodeScalars)
        return Decoded(text: text, encoding: label, warnings: [])
    }

    private static func utf8OrLegacy(_ bytes: [UInt8], label: String) throws(Failure) -> Decoded {
        if bytes.isEmpty { throw .empty }
        if bytes.withUnsafeBufferPointer({ buf in buf.baseAddress.map { memchr($0, 0, buf.count) != nil } ?? false }) {
            throw .binary("it contains NUL bytes")
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            try checkNotBinary(utf8: bytes)
            return Decoded(text: text, encoding: label, warnings: [])
        }
        let text = windows1252(bytes)
        try checkNotBinary(text.unicodeScalars)
        return Decoded(
            text: text, encoding: "windows-1252",
            warnings: ["the document is not valid UTF-8 and was decoded as Windows-1252"])
    }

    /// Rejects text in which more than 10% of the first 4096 scalars are control characters other than
    /// tab, line feed, carriage return and form feed.
    private static func checkNotBinary(_ scalars: String.UnicodeScalarView) throws(Failure) {
        var seen = 0
        var control = 0
        for s in scalars {
            seen += 1
            let v = s.value
            if isControl(v) || v == 0xFFFD {
                control += 1
            }
            if seen >= 4096 { break }
        }
        if seen > 0, control * 10 > seen {
            throw .binary("\(control) of its first \(seen) characters are control bytes")
        }
    }

    /// Control characters other than tab, line feed, form feed and carriage return, and DEL.
    @inline(__always)
    static func isControl(_ v: UInt32) -> Bool { (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D && v != 0x0C) || v == 0x7F }

    /// ``checkNotBinary(_:)`` over valid UTF-8 bytes, without decoding them.
    private static func checkNotBinary(utf8 bytes: [UInt8]) throws(Failure) {
        // Most texts have no byte that can count as a control character (a control byte, DEL, or the 0xEF that
        // starts U+FFFD) among the bytes the count below can reach (4096 scalars are at most 16384 bytes):
        // nothing to count then.
        let suspicious = bytes.withUnsafeBufferPointer { buf -> Bool in
            let prefix = UnsafeBufferPointer(rebasing: buf.prefix(4 * 4096))
            @inline(__always) func counts(_ b: UInt8) -> Bool {
                b < 0x20 ? (b != 0x0A && b != 0x09 && b != 0x0D && b != 0x0C) : (b == 0x7F || b == 0xEF)
            }
            // Eight bytes at a time: a word with no byte below 0x20, no 0x7F and no 0xEF holds none that counts;
            // only the other words are looked at byte by byte.
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            var i = 0
            let n = prefix.count
            if let base = UnsafeRawPointer(prefix.baseAddress) {
                while i + 8 <= n {
                    let x = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    let below = (x &- ones &* 0x20) & ~x & highs
                    let del = x ^ (ones &* 0x7F)
                    let ef = x ^ (ones &* 0xEF)
                    let hits = below | ((del &- ones) & ~del & highs) | ((ef &- ones) & ~ef & highs)
                    if hits != 0 {
                        for k in i..<(i + 8) where counts(prefix[k]) { return true }
                    }
                    i += 8
                }
            }
            while i < n {
                if counts(prefix[i]) { return true }
                i += 1
            }
            return false
        }
        if !suspicious { return }
        let (seen, control) = bytes.withUnsafeBufferPointer { buf -> (Int, Int) in
            var seen = 0
            var control = 0
            var i = 0
            let n = buf.count
            while i < n, seen < 4096 {
                let b = buf[i]
                if b >= 0x20 && b < 0x7F {  // printable ASCII: the common case
                    seen += 1
                } else if b & 0xC0 != 0x80 {  // the first byte of any other scalar
                    seen += 1
                    if isControl(UInt32(b)) {
                        control += 1
                    } else if b == 0xEF, i + 2 < n, buf[i + 1] == 0xBF, buf[i + 2] == 0xBD {  // U+FFFD
                        control += 1
                    }
                }
                i += 1
            }
            return (seen, control)
        }
        if seen > 0, control * 10 > seen {
            throw .binary("\(control) of its first \(seen) characters are control bytes")
        }
    }

    /// Windows-1252: the 0x80–0x9F range maps to typographic characters; everything else is ISO-8859-1.
    static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    public static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes {
            let v: UInt32 = (b >= 0x80 && b <= 0x9F) ? cp1252High[Int(b - 0x80)] : UInt32(b)
            if v == 0xFFFD { continue }  // undefined in Windows-1252: dropped
            if let s = Unicode.Scalar(v) { scalars.append(s) }
        }
        return String(scalars)
    }
}
