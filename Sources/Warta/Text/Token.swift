/// One token of the clean text: a run of letters and digits (a word, or a number when all digits) or a single
/// punctuation character. Offsets are Unicode scalars into ``CleanText``.
public struct Token: Sendable {
    public enum Kind: UInt8, Sendable { case word, number, punct }

    public var kind: Kind
    /// Scalar offsets into the clean text.
    public var start: Int
    public var end: Int
    /// Lower-cased, diacritics removed; dashes, quotes and slashes folded to their ASCII form.
    public var folded: String
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
    /// The value of a number token (nil when it has more than 9 digits).
    public var number: Int?
    /// The vocabulary id of `folded` in the active rule set, or -1.
    public var id: Int32 = -1
    /// Index of the sentence this token belongs to.
    public var sentence: Int = 0

    public var digits: Int { kind == .number ? end - start : 0 }
}
