import Foundation

/// The normalized text of a document: the one text that every offset in a record points into.
///
/// Offsets are counted in Unicode scalars (not bytes, not UTF-16 units, not grapheme clusters): the scalars
/// `start..<end` of `string` are the evidence text. Normalization happens once, before any offset is taken:
/// NFC composition, CR and CRLF to LF, non-breaking and other space separators to a plain space, zero-width
/// characters, soft hyphens and control characters removed, runs of spaces collapsed, line ends trimmed and
/// runs of blank lines collapsed to one. Then the line breaks inside hard-wrapped paragraphs become spaces (`Unwrap`,
/// round 25: one scalar for one, so the text keeps one paragraph per line).
public struct CleanText: Sendable {
    public let scalars: [Unicode.Scalar]

    /// The clean text as a string (built on demand: extraction reads `scalars`).
    public var string: String { CleanText.utf8String(scalars) }

    /// `unwrapping`: join the lines of hard-wrapped paragraphs (`Unwrap`); false for an HTML page's text, whose
    /// paragraphs are its elements.
    public init(normalizing raw: String, unwrapping: Bool = true) {
        // One pass over the UTF-8 bytes. NFC can only change text with combining marks, conjoining Hangul jamo or
        // scripts that compose without them; the pass gives up on meeting one, and the composed text is passed again.
        var raw = raw
        if let out = raw.withUTF8({ CleanText.normalize($0, composed: false) }) {
            scalars = unwrapping ? Unwrap.apply(out) : out
        } else {
            var composed = raw.precomposedStringWithCanonicalMapping
            let out = composed.withUTF8 { CleanText.normalize($0, composed: true) } ?? []
            scalars = unwrapping ? Unwrap.apply(out) : out
        }
    }

    /// `CleanText(normalizing: String(decoding: bytes, as: UTF8.self))` of bytes known to be valid UTF-8, which makes
    /// the string only when the text needs NFC composition. Package-internal: the bytes are read unchecked, so only
    /// a caller that has validated them may use it.
    package init(normalizingValidUTF8 bytes: [UInt8]) {
        if let out = bytes.withUnsafeBufferPointer({ CleanText.normalize($0, composed: false) }) {
            self.init(scalars: Unwrap.apply(out))
        } else {
            self.init(normalizing: String(decoding: bytes, as: UTF8.self))
        }
    }

    private init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    /// Normalizes valid UTF-8; nil when `composed` is false and the text needs NFC composition first.
    /// `eightAtOnce`: copy plain runs eight bytes at a time (false only in tests, to compare with the byte path).
    static func normalize(_ bytes: UnsafeBufferPointer<UInt8>, composed: Bool, eightAtOnce: Bool = true) -> [Unicode.Scalar]? {
        let n = bytes.count
        var needsComposition = false
        let out = [Unicode.Scalar](unsafeUninitializedCapacity: max(1, n)) { buf, count in
            var o = 0
            var i = 0
            var pendingSpace = false
            var newlines = 0
            var previousWasCR = false
            /// Before a visible character: the line breaks (at most one blank line) or the space that came
            /// before it, none at the start of the text.
            @inline(__always) func separate() {
                if newlines > 0 {
                    if o > 0 { buf[o] = "\n"; o += 1; if newlines > 1 { buf[o] = "\n"; o += 1 } }
                    newlines = 0
                    pendingSpace = false
                } else if pendingSpace {
                    if o > 0 { buf[o] = " "; o += 1 }
                    pendingSpace = false
                }
            }
            while i < n {
                let b0 = UInt32(bytes[i])
                var v: UInt32
                if b0 >= 0x21 && b0 < 0x7F {
                    // A run of visible ASCII, each word separated by at most one plain space: copied as is.
                    separate()
                    previousWasCR = false
                    // Wrapping arithmetic and plain pointers: `j < n` and `o <= j` (one scalar per byte at most).
                    guard let src = bytes.baseAddress, let dst = buf.baseAddress else { break }
                    var j = i
                    while j < n {
                        // Eight bytes at once while they are visible ASCII and single spaces, the last not a space
                        // (so that the byte after it need not be read): copied as they are.
                        if eightAtOnce, j &+ 8 <= n {
                            let w = UInt64(littleEndian: UnsafeRawPointer(src + j).loadUnaligned(as: UInt64.self))
                            if CleanText.isPlainRun(w) {
                                dst[o] = Unicode.Scalar(UInt8(truncatingIfNeeded: w))
                                dst[o &+ 1] = Unicode.Scalar(UInt8(truncatingIfNeeded: w &>> 8))
                                dst[o &+ 2] = Unicode.Scalar(UInt8(truncatingIfNeeded: w &>> 16))
                                dst[o &+ 3] = Unicode.Scalar(UInt8(truncatingIfNeeded: w &>> 24))
                                dst[o &+ 4] = Unicode.Scalar(UInt8(truncatingIfNeeded: w &>> 32))
                                dst[o &+ 5] = Unicode.Scalar(UInt8(truncatingIfNeeded: w &>> 40))
                                dst[o &+ 6] = Unicode.Scalar(UInt8(truncatingIfNeeded: w &>> 48))
                                dst[o &+ 7] = Unicode.Scalar(UInt8(truncatingIfNeeded: w &>> 56))
                                o &+= 8
                                j &+= 8
                                continue
                            }
                        }
                        let b = src[j]
                        if b &- 0x21 < 0x5E {
                            dst[o] = Unicode.Scalar(b)
                            o &+= 1
                            j &+= 1
                        } else if b == 0x20, j &+ 1 < n, src[j &+ 1] &- 0x21 < 0x5E {
                            dst[o] = " "
                            o &+= 1
                            j &+= 1
                        } else {
                            break
                        }
                    }
                    i = j
                    continue
                }
                if b0 < 0x80 {
                    i += 1
                    v = b0
                } else if b0 < 0xE0 {
                    v = (b0 & 0x1F) << 6 | (UInt32(bytes[i + 1]) & 0x3F)
                    i += 2
                } else if b0 < 0xF0 {
                    v = (b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | (UInt32(bytes[i + 2]) & 0x3F)
                    i += 3
                } else {
                    v = (b0 & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12 | (UInt32(bytes[i + 2]) & 0x3F) << 6
                        | (UInt32(bytes[i + 3]) & 0x3F)
                    i += 4
                }
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
                guard let scalar = Unicode.Scalar(v) else { continue }
                if !composed, v >= 0x300, CleanText.composes(scalar) {
                    needsComposition = true
                    break
                }
                separate()
                buf[o] = scalar
                o += 1
            }
            count = o
        }
        return needsComposition ? nil : out
    }

    /// Whether the eight bytes of `w` (the first in its low byte) are visible ASCII or plain spaces, with no two
    /// spaces side by side and no space last: bytes that the normalization copies as they are.
    @inline(__always)
    static func isPlainRun(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let below = (w &- 0x20 &* ones) & ~w & highs  // some byte is below 0x20
        let above = ((w &+ ones) | w) & highs  // some byte is 0x7F or above
        guard below | above == 0 else { return false }
        let t = w ^ (0x20 &* ones)
        let spaces = ~(((t & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | t) & highs  // exactly the spaces
        return spaces & (spaces &>> 8) == 0 && spaces &>> 56 == 0
    }

    /// Whether NFC composition can change text holding `scalar`.
    static func composes(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if (0x1100...0x11FF).contains(v) || (0x3130...0x318F).contains(v) { return true }  // conjoining Hangul jamo
        if (0x0900...0x0DFF).contains(v) || (0x1B00...0x1B7F).contains(v) { return true }  // scripts with non-combining composition
        return scalar.properties.canonicalCombiningClass != .notReordered
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
