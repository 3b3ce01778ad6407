/// The token pattern language of rule files.
///
/// A pattern is matched against tokens (see ``Tokenizer``), never against characters, and every repetition is
/// bounded, so a pattern spans a bounded number of tokens and matching a document is linear in its length.
///
/// | syntax | matches |
/// |---|---|
/// | `tanggal`, `s.d`, `"("`, `'s/d'` | the literal token or token sequence (case and diacritics ignored); bare `,` `/` `.` `-` `:` `;` `&` `+` `%` `#` `=` are literals too |
/// | `@month` | a phrase of the lexicon `month` (longest first) |
/// | `<num>`, `<num:1-2>`, `<num:4>` | a number token, optionally with a number of digits |
/// | `<word>`, `<cap>`, `<upper>`, `<punct>`, `<any>` | a word, a capitalized word, an all-capitals word, a punctuation token, any token |
/// | `<first>` | a token that starts a line (`[!<first> ...]` keeps a span on one line) |
/// | `<alpha>` | a word of letters only (no digits) |
/// | `!x` | one token that `x` (a single-token item or alternation of such) does not match |
/// | `[x y]` | one token that every single-token item inside matches (`[<cap> !@not_name]`) |
/// | `%name` | the fragment `name` of the file's `macros:`, in parentheses |
/// | `( a b | c )` | grouping and alternation (first alternative first) |
/// | `x?`, `x{m,n}`, `x{n}` | optional, bounded repetition (greedy); append `?` for lazy (`x??`, `x{0,5}?`) |
/// | `name:x` | captures what `x` matched under `name` |
/// | `^`, `$` | the next token starts a line; the previous token ends a line |
/// | `~` | the next token follows the previous one without white space |
public indirect enum PatternNode: Sendable, Equatable {
    case test(TokenTest)
    case literal([String])
    case sequence([PatternNode])
    case alternation([PatternNode])
    case repetition(PatternNode, min: Int, max: Int, greedy: Bool)
    case capture(String, PatternNode)
    case lexicon(String)
    case lineStart
    case lineEnd
    case adjacent
}

public indirect enum TokenTest: Sendable, Equatable {
    case literal(String)
    case number(minDigits: Int, maxDigits: Int)
    case word
    case capitalized
    case upper
    case punct
    case any
    case lineFirst
    case alphabetic
    case lexiconWord(String)
    case not(TokenTest)
    case oneOf([TokenTest])
    case allOf([TokenTest])
}

public struct PatternError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var offset: Int
    public var description: String { "\(message) (at character \(offset + 1) of the pattern)" }
}

/// Parses the pattern language into a ``PatternNode``.
///
/// The parser reads the pattern's unicode scalars when every scalar of it is a character of its own (ASCII without
/// a carriage return, Latin letters, the general punctuation: all the built-in rules), and its characters
/// otherwise; both give the same nodes and the same errors at the same character offsets. Reading characters ran
/// grapheme breaking and hashed characters into sets at every position, about 300 million instructions per start.
public struct PatternParser {
    public static let maxRepeat = 40
    /// The longest a pattern may become once its macros are expanded.
    public static let maxExpandedLength = 100_000

    public static func parse(_ source: String, macros: [String: String] = [:]) throws(PatternError) -> PatternNode {
        var memo: [String: (text: String, height: Int)] = [:]
        let expanded = try expand(source, macros: macros, depth: 0, memo: &memo)
        if scalarsAreCharacters(expanded) {
            var reader = PatternReader(units: Array(expanded.unicodeScalars))
            return try reader.parsePattern()
        }
        var reader = PatternReader(units: Array(expanded))
        return try reader.parsePattern()
    }

    /// The same node as ``parse(_:macros:)`` with the macros of `cache`, each macro parsed once per cache (per
    /// rule file), not expanded as text into every pattern that names it and parsed again (round 18, SPEED12).
    ///
    /// A `%name` that starts an item is the node of its fragment, which is what the group `( fragment )` that
    /// the text expansion writes there parses to. Every case where the two could part (a `%name` inside a bare
    /// word or a `<...>` class, a fragment that parses on its own to an error, a macro that is unknown or uses
    /// itself, nesting deeper than the limits, an expansion longer than ``maxExpandedLength``, a pattern not of
    /// single-scalar characters) goes through ``parse(_:macros:)`` instead, which gives the node or the error.
    public static func parse(_ source: String, cache: MacroCache) throws(PatternError) -> PatternNode {
        guard source.utf8.contains(UInt8(ascii: "%")), scalarsAreCharacters(source) else {
            return try parse(source, macros: cache.macros)
        }
        do {
            var reader = PatternReader(units: Array(source.unicodeScalars), macros: cache)
            let node = try reader.parsePattern()
            if reader.macroHeight <= 8, source.utf8.count + reader.expandedGrowth <= maxExpandedLength { return node }
        } catch {}
        return try parse(source, macros: cache.macros)
    }

    /// Whether every unicode scalar of `text` is a character of its own, judged by ranges where grapheme breaking
    /// cannot join two scalars: below the combining marks (U+0300) except the carriage return (`"\r\n"` is one
    /// character), Latin Extended Additional, and the dashes, quotes and punctuation of U+2010–U+2027 and
    /// U+2030–U+205E.
    static func scalarsAreCharacters(_ text: String) -> Bool {
        for b in text.utf8 where b >= 0x80 || b == 0x0D {
            if b == 0x0D { return false }
            for s in text.unicodeScalars {
                let v = s.value
                if v < 0x300 { if v == 0x0D { return false }; continue }
                if (0x1E00...0x1EFF).contains(v) || (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v) {
                    continue
                }
                return false
            }
            return true
        }
        return true
    }

    /// Replaces every `%name` by `( fragment )`, recursively (at most 8 levels).
    ///
    /// `memo` holds, per macro already expanded in this pattern, its expansion and its height: how many levels of
    /// fragments that hold a `%` it nests (0 for a fragment without one). A macro used again (`(%orgword){0,10}`
    /// names `orgword` in every organisation of a rule, and `orgword` its own macros) is copied, not expanded
    /// anew; a copy at a depth where its deepest level would pass 8 throws as the expansion would have.
    static func expand(
        _ source: String, macros: [String: String], depth: Int, memo: inout [String: (text: String, height: Int)]
    ) throws(PatternError) -> String {
        let scalars = scalarsAreCharacters(source)
        guard scalars ? source.utf8.contains(UInt8(ascii: "%")) : source.contains("%") else { return source }
        if depth > 8 { throw PatternError(message: "macros nest more than 8 levels (a macro that uses itself?)", offset: 0) }
        if scalars { return try expand(Array(source.unicodeScalars), macros: macros, depth: depth, memo: &memo) }
        return try expand(Array(source), macros: macros, depth: depth, memo: &memo)
    }

    static func expand<Unit: PatternUnit>(_ chars: [Unit], macros: [String: String], depth: Int) throws(PatternError) -> String {
        var memo: [String: (text: String, height: Int)] = [:]
        return try expand(chars, macros: macros, depth: depth, memo: &memo)
    }

    /// The height (see ``expand(_:macros:depth:memo:)``) of `source` once expanded, from the heights of its macros.
    static func height(_ source: String, memo: [String: (text: String, height: Int)]) -> Int {
        guard source.utf8.contains(UInt8(ascii: "%")) || source.contains("%") else { return 0 }
        var deepest = 0
        var name = ""
        var reading = false
        var quote: Character? = nil
        for c in source {
            if reading {
                if nameChars.contains(c) { name.append(c); continue }
                deepest = max(deepest, memo[name]?.height ?? 0)
                reading = false
                name = ""
            }
            if let q = quote { if c == q { quote = nil }; continue }
            if c == "\"" || c == "'" { quote = c; continue }
            if c == "%" { reading = true }
        }
        if reading { deepest = max(deepest, memo[name]?.height ?? 0) }
        return 1 + deepest
    }

    static func expand<Unit: PatternUnit>(
        _ chars: [Unit], macros: [String: String], depth: Int, memo: inout [String: (text: String, height: Int)]
    ) throws(PatternError) -> String {
        var out = ""
        var i = 0
        var quote: Unit? = nil
        while i < chars.count {
            let c = chars[i]
            if let q = quote {
                c.append(to: &out)
                if c == q { quote = nil }
                i += 1
                continue
            }
            if c == "\"" || c == "'" { quote = c; c.append(to: &out); i += 1; continue }
            if c == "%", i + 1 < chars.count, chars[i + 1].isNameChar {
                var j = i + 1
                while j < chars.count, chars[j].isNameChar { j += 1 }
                let name = Unit.string(chars[i + 1..<j])
                guard let body = macros[name] else {
                    throw PatternError(message: "unknown macro '%\(name)'", offset: i)
                }
                if let known = memo[name] {
                    // Expanded at depth + 1, its deepest fragment with a `%` stands at depth + height.
                    if known.height > 0, depth + known.height > 8 {
                        throw PatternError(message: "macros nest more than 8 levels (a macro that uses itself?)", offset: 0)
                    }
                    out += "(" + known.text + ")"
                } else {
                    let text = try expand(body, macros: macros, depth: depth + 1, memo: &memo)
                    memo[name] = (text, height(body, memo: memo))
                    out += "(" + text + ")"
                }
                if out.utf8.count > PatternParser.maxExpandedLength {
                    throw PatternError(message: "the pattern with its macros expanded is longer than \(PatternParser.maxExpandedLength) characters", offset: i)
                }
                i = j
                continue
            }
            c.append(to: &out)
            i += 1
        }
        return out
    }

    static let bareSymbols: Set<Character> = [",", "/", ".", "-", ":", ";", "&", "%", "#", "=", "–", "—"]
    static let nameChars = Set("abcdefghijklmnopqrstuvwxyz0123456789_")

    /// How deep groups, `!` and `[...]` may nest: deeper is refused before the parser's recursion could
    /// exhaust the stack.
    public static let maxNesting = 64

    static func literalNode(_ text: String, at offset: Int) throws(PatternError) -> PatternNode {
        let words = PatternParser.literalTokens(text)
        if words.isEmpty { throw PatternError(message: "empty literal", offset: offset) }
        return words.count == 1 ? .test(.literal(words[0])) : .literal(words)
    }
    /// Splits a literal into folded tokens with the document tokenizer, so that both agree.
    /// A text of lowercase ASCII letters only is one word token folded to itself, without the tokenizer.
    public static func literalTokens(_ text: String) -> [String] {
        if !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) { return [text] }
        if let words = lowercaseWords(text) { return words }
        return Tokenizer.words(text).map(\.folded)
    }

    /// Round 16: the words of a phrase of lowercase ASCII letters with one space between words (`aceh selatan`,
    /// most of the gazetteer's names), each its own token as the single word above is, without the tokenizer
    /// (13,000 phrases of the lexicons at every start); nil for any other phrase.
    static func lowercaseWords(_ text: String) -> [String]? {
        var out: [String] = []
        let fits: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var start = 0
            for i in 0...bytes.count {
                if i < bytes.count, bytes[i] >= 0x61, bytes[i] <= 0x7A { continue }
                if i < bytes.count, bytes[i] != 0x20 { return false }
                // a space, or the end: the word before it may not be empty
                if i == start { return false }
                out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                start = i + 1
            }
            return true
        }
        return fits == true ? out : nil
    }

    /// The single-token test equivalent of a node, if it consumes exactly one token. Without `lexicons`, a
    /// lexicon counts as its one-token phrases (the meaning of `!@name`); with them, only a lexicon whose
    /// phrases are all one token long is single-token.
    static func singleTokenTest(_ node: PatternNode, lexicons: [String: Lexicon]? = nil) -> TokenTest? {
        switch node {
        case .test(let t): return t
        case .lexicon(let name):
            if let lexicons, (lexicons[name]?.maxLength ?? 2) > 1 { return nil }
            return .lexiconWord(name)
        case .alternation(let branches):
            var tests: [TokenTest] = []
            for b in branches {
                guard let t = singleTokenTest(b, lexicons: lexicons) else { return nil }
                tests.append(t)
            }
            return .oneOf(tests)
        default: return nil
        }
    }
}

/// The macros of one rule file, each parsed once into its node (see ``PatternParser/parse(_:cache:)``).
public final class MacroCache {
    struct Entry {
        var node: PatternNode
        /// How many levels of fragments holding a `%` it nests (as ``PatternParser/height(_:memo:)``).
        var height: Int
        /// The length in UTF-8 of its text expansion.
        var length: Int
        /// The deepest nesting of items in it, parsed on its own.
        var nesting: Int
    }
    public let macros: [String: String]
    var entries: [String: Entry] = [:]
    var open: Set<String> = []

    public init(macros: [String: String]) { self.macros = macros }

    /// The fragment `name` parsed, or an error when it is to be read as text (the caller then parses the whole
    /// pattern as before).
    func entry(_ name: String) throws(PatternError) -> Entry {
        if let e = entries[name] { return e }
        let fallback = PatternError(message: "read as text", offset: 0)
        guard let body = macros[name], !open.contains(name), PatternParser.scalarsAreCharacters(body) else { throw fallback }
        // A fragment ending in `name:` reads the `)` after it in the text as what `name` captures (an error);
        // read on its own, `name:` is a word.
        if body.unicodeScalars.last == ":" { throw fallback }
        open.insert(name)
        defer { open.remove(name) }
        var reader = PatternReader(units: Array(body.unicodeScalars), macros: self)
        let node = try reader.parsePattern()
        let height = body.utf8.contains(UInt8(ascii: "%")) ? 1 + reader.macroHeight : 0
        let e = Entry(node: node, height: height, length: body.utf8.count + reader.expandedGrowth, nesting: reader.deepest)
        entries[name] = e
        return e
    }
}

/// The parser proper, over the pattern's characters or unicode scalars (see ``PatternParser``).
struct PatternReader<Unit: PatternUnit> {
    private let chars: [Unit]
    private var pos = 0
    /// With macros, a `%name` that starts an item is its fragment's node (see ``PatternParser/parse(_:cache:)``).
    private let macros: MacroCache?
    /// The highest ``MacroCache/Entry/height`` of the macros read, what their text expansion adds to the
    /// length, and the deepest nesting of items reached (with the macros' own).
    private(set) var macroHeight = 0
    private(set) var expandedGrowth = 0
    private(set) var deepest = 0

    init(units: [Unit]) {
        chars = units
        macros = nil
    }

    init(units: [Unit], macros: MacroCache) {
        chars = units
        self.macros = macros
    }

    mutating func parsePattern() throws(PatternError) -> PatternNode {
        let node = try parseAlternation()
        skipSpace()
        if pos < chars.count {
            throw PatternError(message: "unexpected '\(chars[pos])'", offset: pos)
        }
        return node
    }

    private var peek: Unit? { pos < chars.count ? chars[pos] : nil }

    private mutating func skipSpace() {
        while let c = peek, c.isSpace { pos += 1 }
    }

    private mutating func parseAlternation() throws(PatternError) -> PatternNode {
        var branches = [try parseSequence()]
        skipSpace()
        while peek == "|" {
            pos += 1
            branches.append(try parseSequence())
            skipSpace()
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func parseSequence() throws(PatternError) -> PatternNode {
        var items: [PatternNode] = []
        while true {
            skipSpace()
            guard let c = peek, c != "|", c != ")" else { break }
            items.append(try parseItem())
        }
        if items.isEmpty { throw PatternError(message: "empty pattern or alternative", offset: pos) }
        return items.count == 1 ? items[0] : .sequence(items)
    }

    private mutating func parseItem() throws(PatternError) -> PatternNode {
        skipSpace()
        let start = pos
        // name:item
        var name: String? = nil
        var j = pos
        while j < chars.count, chars[j].isNameChar { j += 1 }
        if j > pos, j < chars.count, chars[j] == ":", j + 1 < chars.count, !chars[j + 1].isSpace {
            name = Unit.string(chars[pos..<j])
            pos = j + 1
        }
        var atom = try parseAtom()
        atom = try parseQuantifiers(atom)
        if let name {
            if name.first?.isNumber == true {
                throw PatternError(message: "a capture name must start with a letter", offset: start)
            }
            return .capture(name, atom)
        }
        return atom
    }

    private mutating func parseQuantifiers(_ atom: PatternNode) throws(PatternError) -> PatternNode {
        var node = atom
        while let c = peek {
            if c == "?" {
                pos += 1
                var greedy = true
                if peek == "?" { pos += 1; greedy = false }
                node = .repetition(node, min: 0, max: 1, greedy: greedy)
            } else if c == "{" {
                let open = pos
                pos += 1
                let lo = try readInt()
                var hi = lo
                if peek == "," { pos += 1; hi = try readInt() }
                guard peek == "}" else { throw PatternError(message: "expected '}' in repetition", offset: pos) }
                pos += 1
                if lo > hi { throw PatternError(message: "repetition {\(lo),\(hi)} has min above max", offset: open) }
                if hi > PatternParser.maxRepeat {
                    throw PatternError(message: "repetition above \(PatternParser.maxRepeat) is not allowed", offset: open)
                }
                if hi == 0 { throw PatternError(message: "repetition {0} matches nothing", offset: open) }
                var greedy = true
                if peek == "?" { pos += 1; greedy = false }
                node = .repetition(node, min: lo, max: hi, greedy: greedy)
            } else if c == "*" || c == "+" {
                throw PatternError(
                    message: "unbounded repetition '\(c)' is not allowed: write a bound such as {0,8}", offset: pos)
            } else {
                break
            }
        }
        return node
    }

    private mutating func readInt() throws(PatternError) -> Int {
        skipSpace()
        let start = pos
        while let c = peek, c.isASCIIDigit { pos += 1 }
        guard pos > start, let value = Int(Unit.string(chars[start..<pos])) else {
            throw PatternError(message: "expected a number", offset: start)
        }
        skipSpace()
        return value
    }

    private var nesting = 0

    private mutating func parseAtom() throws(PatternError) -> PatternNode {
        nesting += 1
        defer { nesting -= 1 }
        if nesting > PatternParser.maxNesting {
            throw PatternError(message: "groups nest more than \(PatternParser.maxNesting) levels deep", offset: pos)
        }
        deepest = max(deepest, nesting)
        skipSpace()
        guard let c = peek else { throw PatternError(message: "unexpected end of pattern", offset: pos) }
        if let macros, c == "%", pos + 1 < chars.count, chars[pos + 1].isNameChar {
            var j = pos + 1
            while j < chars.count, chars[j].isNameChar { j += 1 }
            let name = Unit.string(chars[pos + 1..<j])
            let e = try macros.entry(name)
            // `( fragment )` here: the group at this nesting, the fragment's items one level below it.
            if nesting + e.nesting > PatternParser.maxNesting {
                throw PatternError(message: "read as text", offset: pos)
            }
            deepest = max(deepest, nesting + e.nesting)
            macroHeight = max(macroHeight, e.height)
            expandedGrowth += 2 + e.length - (j - pos)
            pos = j
            return e.node
        }
        switch c {
        case "(":
            pos += 1
            let inner = try parseAlternation()
            skipSpace()
            guard peek == ")" else { throw PatternError(message: "missing ')'", offset: pos) }
            pos += 1
            return inner
        case "\"", "'":
            pos += 1
            let start = pos
            while let d = peek, d != c { pos += 1 }
            guard peek == c else { throw PatternError(message: "unterminated quoted literal", offset: start - 1) }
            let text = Unit.string(chars[start..<pos])
            pos += 1
            return try PatternParser.literalNode(text, at: start)
        case "@":
            pos += 1
            let name = readName()
            if name.isEmpty { throw PatternError(message: "expected a lexicon name after '@'", offset: pos) }
            return .lexicon(name)
        case "<":
            return .test(try parseClass())
        case "!":
            let at = pos
            pos += 1
            let inner = try parseAtom()
            guard let test = PatternParser.singleTokenTest(inner) else {
                throw PatternError(message: "'!' needs a single-token item or an alternation of such", offset: at)
            }
            return .test(.not(test))
        case "[":
            let open = pos
            pos += 1
            var tests: [TokenTest] = []
            while true {
                skipSpace()
                guard let d = peek else { throw PatternError(message: "missing ']'", offset: open) }
                if d == "]" { pos += 1; break }
                let at = pos
                let inner = try parseAtom()
                guard let test = PatternParser.singleTokenTest(inner) else {
                    throw PatternError(message: "'[...]' holds single-token items only", offset: at)
                }
                tests.append(test)
            }
            if tests.isEmpty { throw PatternError(message: "empty '[]'", offset: open) }
            return .test(tests.count == 1 ? tests[0] : .allOf(tests))
        case "^": pos += 1; return .lineStart
        case "$": pos += 1; return .lineEnd
        case "~": pos += 1; return .adjacent
        case ")", "|", "?", "{", "}", "]":
            throw PatternError(message: "unexpected '\(c)'", offset: pos)
        default:
            if c.isBareSymbol {
                pos += 1
                return try PatternParser.literalNode(Unit.string(chars[pos - 1..<pos]), at: pos - 1)
            }
            let start = pos
            while let d = peek, !d.isSpace, !d.isReserved {
                // A `%name` inside a word: the text expansion decides what it is.
                if macros != nil, d == "%", pos + 1 < chars.count, chars[pos + 1].isNameChar {
                    throw PatternError(message: "read as text", offset: pos)
                }
                pos += 1
            }
            if pos == start { throw PatternError(message: "unexpected '\(c)'", offset: pos) }
            return try PatternParser.literalNode(Unit.string(chars[start..<pos]), at: start)
        }
    }

    private mutating func readName() -> String {
        let start = pos
        while let c = peek, c.isNameChar || c == "-" { pos += 1 }
        return Unit.string(chars[start..<pos])
    }

    private mutating func parseClass() throws(PatternError) -> TokenTest {
        let open = pos
        pos += 1
        let start = pos
        while let c = peek, c != ">" {
            if macros != nil, c == "%" { throw PatternError(message: "read as text", offset: pos) }
            pos += 1
        }
        guard peek == ">" else { throw PatternError(message: "missing '>'", offset: open) }
        let body = Unit.string(chars[start..<pos])
        pos += 1
        let parts = body.split(separator: ":", maxSplits: 1).map(String.init)
        switch parts.first ?? "" {
        case "num":
            if parts.count == 1 { return .number(minDigits: 1, maxDigits: 99) }
            let range = parts[1].split(separator: "-").compactMap { Int($0) }
            if range.count == 1, range[0] > 0 { return .number(minDigits: range[0], maxDigits: range[0]) }
            if range.count == 2, range[0] > 0, range[0] <= range[1] {
                return .number(minDigits: range[0], maxDigits: range[1])
            }
            throw PatternError(message: "bad digit count '\(parts[1])' in <num:...>", offset: open)
        case "word": return .word
        case "cap": return .capitalized
        case "upper": return .upper
        case "punct": return .punct
        case "any": return .any
        case "first": return .lineFirst
        case "alpha": return .alphabetic
        default:
            throw PatternError(
                message: "unknown class <\(body)>: use <num>, <num:N>, <num:M-N>, <word>, <alpha>, <cap>, <upper>, <punct>, <first> or <any>",
                offset: open)
        }
    }

}

/// A unit the pattern parser reads: a `Character`, or a `Unicode.Scalar` of a pattern whose scalars are all
/// characters of their own, where each answers as the one-scalar character would.
protocol PatternUnit: Equatable, ExpressibleByUnicodeScalarLiteral, CustomStringConvertible {
    var isSpace: Bool { get }
    var isNameChar: Bool { get }
    var isASCIIDigit: Bool { get }
    var isBareSymbol: Bool { get }
    /// One of `()|?{}<>@"'!^$~[]*+`, which end a bare literal.
    var isReserved: Bool { get }
    func append(to text: inout String)
    static func string(_ units: ArraySlice<Self>) -> String
}

extension Character: PatternUnit {
    var isSpace: Bool { isWhitespace }
    var isNameChar: Bool { PatternParser.nameChars.contains(self) }
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isBareSymbol: Bool { PatternParser.bareSymbols.contains(self) }
    var isReserved: Bool { "()|?{}<>@\"'!^$~[]*+".contains(self) }
    func append(to text: inout String) { text.append(self) }
    static func string(_ units: ArraySlice<Character>) -> String { String(units) }
}

extension Unicode.Scalar: PatternUnit {
    var isSpace: Bool {
        let v = value
        if v < 0x80 { return v == 0x20 || (0x09...0x0D).contains(v) }
        return properties.isWhitespace
    }
    var isNameChar: Bool {
        switch value {
        case 0x61...0x7A, 0x30...0x39, 0x5F: return true
        default: return false
        }
    }
    var isASCIIDigit: Bool { (0x30...0x39).contains(value) }
    var isBareSymbol: Bool {
        switch self {
        case ",", "/", ".", "-", ":", ";", "&", "%", "#", "=", "–", "—": return true
        default: return false
        }
    }
    var isReserved: Bool {
        switch self {
        case "(", ")", "|", "?", "{", "}", "<", ">", "@", "\"", "'", "!", "^", "$", "~", "[", "]", "*", "+": return true
        default: return false
        }
    }
    func append(to text: inout String) { text.unicodeScalars.append(self) }
    /// The scalars' UTF-8 written at once (appending them to a `String.UnicodeScalarView` one by one cost about
    /// 90 million instructions per start).
    /// `String(decoding:as:)` marks an ASCII result as such, so that comparing it later takes the fast path.
    static func string(_ units: ArraySlice<Unicode.Scalar>) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: units.count * 4) { buffer in
            var n = 0
            for u in units {
                for b in u.utf8 { buffer[n] = b; n += 1 }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<n]), as: UTF8.self)
        }
    }
}
