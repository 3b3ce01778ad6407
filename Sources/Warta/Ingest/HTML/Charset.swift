/// Finds the character encoding of an HTML page: a byte-order mark first, then `<meta charset>` or an
/// `http-equiv` content type in the first 4 KiB, then whether the bytes are valid UTF-8.
enum Charset {
    enum Kind: Equatable { case utf8, utf16le, utf16be, windows1252, other(String) }

    static func sniff(_ bytes: [UInt8]) -> Kind? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return .utf8 }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return .utf16le }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return .utf16be }
        let head = bytes.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }
        let text = String(decoding: head, as: UTF8.self)
        guard let r = text.range(of: "charset") else { return nil }
        var value = ""
        var i = r.upperBound
        while i < text.endIndex, text[i] == " " || text[i] == "=" || text[i] == "\"" || text[i] == "'" { i = text.index(after: i) }
        while i < text.endIndex, !" \"';>/".contains(text[i]) {
            value.append(text[i])
            i = text.index(after: i)
        }
        switch value {
        case "utf-8", "utf8": return .utf8
        case "windows-1252", "cp1252", "iso-8859-1", "latin1", "iso8859-1", "us-ascii", "ascii", "iso-8859-15":
            return .windows1252
        case "utf-16le": return .utf16le
        case "utf-16be", "utf-16": return .utf16be
        case "": return nil
        default: return .other(value)
        }
    }

    /// The page as UTF-8 bytes, with a warning when a declared charset was not honoured as declared.
    static func utf8(_ bytes: [UInt8]) -> (bytes: [UInt8], encoding: String, warnings: [String]) {
        let declared = sniff(bytes)
        switch declared {
        case .utf16le, .utf16be:
            if let d = try? TextDecoder.decode(bytes) { return (Array(d.text.utf8), d.encoding, d.warnings) }
            return (bytes, "utf-8", ["the page declares UTF-16 but is not"])
        case .windows1252:
            return (Array(TextDecoder.windows1252(bytes).utf8), "windows-1252", [])
        default:
            var body = bytes
            if body.count >= 3, body[0] == 0xEF, body[1] == 0xBB, body[2] == 0xBF { body.removeFirst(3) }
            // Other charsets that the system's iconv knows (gbk, shift_jis, koi8-r...) decode through it.
            if case .other(let name) = declared, let converted = Iconv.utf8(body, from: name) { return (converted, name, []) }
            if String(validating: body, as: UTF8.self) != nil {
                var warnings: [String] = []
                if case .other(let name) = declared { warnings.append("the page declares the charset '\(name)', which could not be decoded; it was read as UTF-8") }
                return (body, "utf-8", warnings)
            }
            if case .other(let name) = declared {
                return (Array(TextDecoder.windows1252(body).utf8), "windows-1252",
                        ["the page declares the charset '\(name)', which could not be decoded, and is not valid UTF-8; it was decoded as Windows-1252"])
            }
            return (Array(TextDecoder.windows1252(body).utf8), "windows-1252", ["the page is not valid UTF-8 and was decoded as Windows-1252"])
        }
    }
}
