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
        var view = String.UnicodeScalarView()
        view.append(contentsOf: out)
        self.string = String(view)
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
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lo..<hi])
        return String(view)
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
