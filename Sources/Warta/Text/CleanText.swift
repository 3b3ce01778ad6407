import Foundation

/// The normalized text of a document: the one text that every offset in a record points into.
///
/// Offsets are counted in Unicode scalars (not bytes, not UTF-16 units, not grapheme clusters): the scalars
/// `start..<end` of `string` are the evidence text. Normalization happens once, before any offset is taken:
/// NFC composition, CR and CRLF to LF, non-breaking and other space separators to a plain space, zero-width
/// characters, soft hyphens and control characters removed, runs of spaces collapsed, line ends trimmed and
/// runs of blank lines collapsed to one.
public struct CleanText: Sendable {
    public let string: String
    public let scalars: [Unicode.Scalar]

    public init(normalizing raw: String) {
        // NFC can only change text that has combining marks or conjoining Hangul jamo; the rest is skipped.
        let composed = CleanText.needsComposition(raw) ? raw.precomposedStringWithCanonicalMapping : raw
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(composed.unicodeScalars.count)
        var pendingSpace = false
        var newlines = 0
        var previousWasCR = false
        for s in composed.unicodeScalars {
            let v = s.value
            if v == 0x0D { previousWasCR = true; newlines += 1; pendingSpace = false; continue }
            if v == 0x0A {
                if !previousWasCR { newlines += 1 }
                previousWasCR = false
                pendingSpace = false
                continue
            }
            previousWasCR = false
            if CleanText.isRemoved(v) { continue }
            if CleanText.isSpace(v) { pendingSpace = true; continue }
            if newlines > 0 {
                if !out.isEmpty { out.append("\n"); if newlines > 1 { out.append("\n") } }
                newlines = 0
                pendingSpace = false
            } else if pendingSpace {
                if !out.isEmpty { out.append(" ") }
                pendingSpace = false
            }
            out.append(s)
        }
        self.scalars = out
        self.string = CleanText.utf8String(out)
    }

    static func needsComposition(_ s: String) -> Bool {
        for b in s.utf8 where b >= 0xCC {  // lead bytes of U+0300 and above
            for scalar in s.unicodeScalars where scalar.value >= 0x300 {
                if scalar.properties.canonicalCombiningClass != .notReordered { return true }
                if (0x1100...0x11FF).contains(scalar.value) || (0x3130...0x318F).contains(scalar.value) { return true }
                if (0x0900...0x0DFF).contains(scalar.value) || (0x1B00...0x1B7F).contains(scalar.value) { return true }  // scripts with non-combining composition
            }
            return false
        }
        return false
    }

    /// The text of scalars `start..<end`, clamped to the text.
    public func slice(_ start: Int, _ end: Int) -> String {
        let lo = max(0, min(start, scalars.count))
        let hi = max(lo, min(end, scalars.count))
        return CleanText.utf8String(scalars[lo..<hi])
    }

    /// Encodes scalars as UTF-8 straight into a string's storage.
    static func utf8String<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var capacity = 0
        for s in scalars { capacity += s.value < 0x80 ? 1 : s.value < 0x800 ? 2 : s.value < 0x10000 ? 3 : 4 }
        return String(unsafeUninitializedCapacity: capacity) { buf in
            var i = 0
            for s in scalars {
                let v = s.value
                if v < 0x80 {
                    buf[i] = UInt8(v); i += 1
                } else if v < 0x800 {
                    buf[i] = UInt8(0xC0 | (v >> 6)); buf[i + 1] = UInt8(0x80 | (v & 0x3F)); i += 2
                } else if v < 0x10000 {
                    buf[i] = UInt8(0xE0 | (v >> 12)); buf[i + 1] = UInt8(0x80 | ((v >> 6) & 0x3F)); buf[i + 2] = UInt8(0x80 | (v & 0x3F)); i += 3
                } else {
                    buf[i] = UInt8(0xF0 | (v >> 18)); buf[i + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buf[i + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buf[i + 3] = UInt8(0x80 | (v & 0x3F)); i += 4
                }
            }
            return i
        }
    }

    public var count: Int { scalars.count }

    static func isSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0x85:
            return true
        default:
            return false
        }
    }

    static func isRemoved(_ v: UInt32) -> Bool {
        switch v {
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xAD, 0xFFFD: return true
        case 0x00...0x1F, 0x7F...0x84, 0x86...0x9F: return true
        default: return false
        }
    }
}
