/// Checks that bytes are valid UTF-8 without making a string of them: eight bytes at a time over ASCII, the
/// well-formed byte sequences of the Unicode standard (its table 3-7: no overlong forms, no surrogates, nothing
/// above U+10FFFF) elsewhere. The JSON Lines reader checks a line once with it and then parses the bytes as
/// they are, instead of decoding the line into a string (which validates and copies it) and back into bytes.
public enum UTF8Check {
    public static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { isValid($0) }
    }

    public static func isValid(_ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buf.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let n = buf.count
        var i = 0
        while i < n {
            // Eight ASCII bytes at a time.
            while i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
            guard i < n else { break }
            let b0 = base[i]
            if b0 < 0x80 { i += 1; continue }
            @inline(__always) func continuation(_ k: Int) -> Bool { k < n && base[k] & 0xC0 == 0x80 }
            switch b0 {
            case 0xC2...0xDF:
                guard continuation(i + 1) else { return false }
                i += 2
            case 0xE0...0xEF:
                guard i + 2 < n else { return false }
                let b1 = base[i + 1]
                let low: UInt8 = b0 == 0xE0 ? 0xA0 : 0x80  // no overlong form
                let high: UInt8 = b0 == 0xED ? 0x9F : 0xBF  // no surrogate
                guard b1 >= low, b1 <= high, continuation(i + 2) else { return false }
                i += 3
            case 0xF0...0xF4:
                guard i + 3 < n else { return false }
                let b1 = base[i + 1]
                let low: UInt8 = b0 == 0xF0 ? 0x90 : 0x80  // no overlong form
                let high: UInt8 = b0 == 0xF4 ? 0x8F : 0xBF  // nothing above U+10FFFF
                guard b1 >= low, b1 <= high, continuation(i + 2), continuation(i + 3) else { return false }
                i += 4
            default:
                return false  // a continuation byte without a lead, 0xC0, 0xC1, 0xF5...0xFF
            }
        }
        return true
    }
}
