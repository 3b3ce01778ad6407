/// One token of the clean text: a run of letters and digits (a word, or a number when all digits) or a single
/// punctuation character. Offsets are Unicode scalars into ``CleanText``.
///
/// A token is a plain value (no strings, no references), so that copying and scanning tokens costs no
/// reference counting. Its folded form lives in the ``AnalyzedText``: `text.folded(i)`.
public struct Token: Sendable {
    public enum Kind: UInt8, Sendable { case word, number, punct }

    public var kind: Kind
    /// Whitespace stands between this token and the previous one.
    public var spaceBefore: Bool
    /// This token is the first of its line.
    public var lineStart: Bool
    /// The first character is an upper-case letter.
    public var capitalized: Bool
    /// A word of two or more letters, all upper-case.
    public var allCaps: Bool
    /// A word of letters only, no digits.
    public var alphabetic: Bool = false
    /// The token's classes as bits (``Token/Classes``), for the matching machine's first-token summaries; set by
    /// the initializer and again by the tokenizer once it knows whether the word is alphabetic. Declared beside
    /// the flags, so that a token stays 64 bytes.
    var classes: UInt8 = 0
    /// The folded form is ASCII (so a comparison of its bytes with an ASCII word is a comparison of strings);
    /// set by the tokenizer. Declared here, in the padding beside the flags, so that a token stays 64 bytes.
    var foldASCII: Bool = false
    /// The vocabulary id of the folded word in the active rule set, or -1.
    public var id: Int32 = -1
    /// Scalar offsets into the clean text.
    public var start: Int
    public var end: Int
    /// The value of a number token (nil when it has more than 9 digits).
    public var number: Int?
    /// Index of the sentence this token belongs to.
    public var sentence: Int = 0
    /// Byte range of the folded form in the text's fold buffer.
    var foldStart: Int32 = 0
    var foldEnd: Int32 = 0

    /// Bits of ``classes``: the kind (exactly one of the first three is set), then the flags that class tests read.
    enum Classes {
        static let word: UInt8 = 0x01
        static let number: UInt8 = 0x02
        static let punct: UInt8 = 0x04
        static let capitalized: UInt8 = 0x08
        static let upper: UInt8 = 0x10
        static let lineStart: UInt8 = 0x20
        static let alphabetic: UInt8 = 0x40
        /// Every token has one of these: a summary with them admits any token.
        static let any: UInt8 = 0x07
    }

    @inline(__always)
    static func classBits(kind: Kind, lineStart: Bool, capitalized: Bool, allCaps: Bool, alphabetic: Bool) -> UInt8 {
        var c: UInt8
        switch kind {
        case .word: c = Classes.word
        case .number: c = Classes.number
        case .punct: c = Classes.punct
        }
        if capitalized { c |= Classes.capitalized }
        if allCaps { c |= Classes.upper }
        if lineStart { c |= Classes.lineStart }
        if alphabetic { c |= Classes.alphabetic }
        return c
    }

    public init(
        kind: Kind, start: Int, end: Int, spaceBefore: Bool, lineStart: Bool, capitalized: Bool, allCaps: Bool,
        number: Int?
    ) {
        self.kind = kind
        self.start = start
        self.end = end
        self.spaceBefore = spaceBefore
        self.lineStart = lineStart
        self.capitalized = capitalized
        self.allCaps = allCaps
        self.number = number
        self.classes = Token.classBits(kind: kind, lineStart: lineStart, capitalized: capitalized, allCaps: allCaps, alphabetic: false)
    }

    public var digits: Int { kind == .number ? end - start : 0 }
}
