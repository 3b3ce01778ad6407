/// Reads Indonesian number words (`lima`, `dua belas`, `dua puluh lima`, `seratus`, `seribu`, `dua ribu`,
/// `tiga ratus lima puluh`) from tokens, using the `number_word` lexicon of `extractors/common/`:
/// plain values add, `*N` multiplies what came before, `+10` is `belas`.
public struct NumberWords: Sendable {
    let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// The number spelled by exactly the tokens `range`, or nil.
    public func value(_ text: AnalyzedText, _ range: Range<Int>) -> Int? {
        guard let (value, length) = read(text, at: range.lowerBound, limit: range.upperBound), length == range.count else {
            return nil
        }
        return value
    }

    /// Reads the longest number-word sequence at `position`: (value, tokens used).
    public func read(_ text: AnalyzedText, at position: Int, limit: Int? = nil) -> (Int, Int)? {
        let tokens = text.tokens
        let end = min(limit ?? tokens.count, tokens.count)
        var total = 0  // thousands and millions already complete
        var group = 0  // hundreds and tens of the current group
        var unit = 0  // the pending 1-19
        var p = position
        var consumed = 0
        while p < end {
            guard let m = lexicon.longest(tokens, at: p), m.length + p <= end else { break }
            let v = m.value
            if let first = v.first, first.isNumber, let n = Int(v) {
                if text.folded(p) == "se" { break }
                if n < 100 {
                    if unit != 0 { break }
                    unit = n
                } else if n < 1000 {
                    if unit != 0 || group >= 100 { break }
                    group += n
                } else {
                    if unit != 0 || group != 0 || total != 0 { break }
                    total += n
                }
            } else if v == "+10" {
                guard unit >= 1 && unit <= 9 else { break }
                unit += 10
            } else if v.hasPrefix("*"), let factor = Int(v.dropFirst()) {
                if factor < 1000 {
                    guard unit >= 1 && unit <= 9, group % (factor * 10) == 0 || group >= factor * 10 else { break }
                    group += unit * factor
                    unit = 0
                } else {
                    let g = group + unit
                    guard g > 0 else { break }
                    total += g * factor
                    group = 0
                    unit = 0
                }
            } else {
                break
            }
            p += m.length
            consumed = p - position
        }
        guard consumed > 0 else { return nil }
        let value = total + group + unit
        return value > 0 ? (value, consumed) : nil
    }
}
