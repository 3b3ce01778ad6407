import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Converts the bytes of a page that declares a charset Warta has no decoder of its own for (`gbk`,
/// `shift_jis`, `koi8-r`, `iso-8859-5`...) to UTF-8 with the system's iconv.
enum Iconv {
    /// `bytes` in `charset` as UTF-8; nil when iconv does not know the charset or the bytes are not valid in it.
    static func utf8(_ bytes: [UInt8], from charset: String) -> [UInt8]? {
        // Only plausible charset names reach iconv.
        guard !charset.isEmpty, charset.utf8.count <= 40,
            charset.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E || $0 == 0x3A })
        else { return nil }
        let cd = iconv_open("UTF-8", charset)
        if Int(bitPattern: cd) == -1 { return nil }
        defer { iconv_close(cd) }
        if bytes.isEmpty { return [] }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuf -> Int? in
            output.withUnsafeMutableBufferPointer { outBuf -> Int? in
                guard let inBase = inBuf.baseAddress, let outBase = outBuf.baseAddress else { return nil }
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase).assumingMemoryBound(to: CChar.self)
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outLeft = outBuf.count
                if iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == -1 || inLeft != 0 { return nil }
                return outBuf.count - outLeft
            }
        }
        guard let produced else { return nil }
        return Array(output[0..<produced])
    }
}
