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
    }

    public var digits: Int { kind == .number ? end - start : 0 }
}
