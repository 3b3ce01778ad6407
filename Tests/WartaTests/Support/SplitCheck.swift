import Foundation
import Testing
import Warta

/// The check that a corpus with splits (`corpus/realnews`, `corpus/heldout`) lists every document in its
/// `split.tsv`, each in the split its README's rule gives it, and has a gold label for each.
enum SplitCheck {
    /// Checks `dir`'s split table against its documents: `count` documents, each stem in `expected(number)`
    /// (the stem's number without its letter), each with a gold label. Returns the table.
    @discardableResult
    static func check(_ dir: URL, count: Int, expected: (Int) -> String,
                      sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: String] {
        let table = try #require(try EvalRun.splits(in: dir), sourceLocation: sourceLocation)
        let stems = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }
        #expect(stems.count == count, sourceLocation: sourceLocation)
        #expect(Set(stems) == Set(table.keys), sourceLocation: sourceLocation)
        for stem in stems {
            let number = try #require(Int(stem.dropFirst()), "\(stem) has no number", sourceLocation: sourceLocation)
            #expect(table[stem] == expected(number), "\(stem)", sourceLocation: sourceLocation)
            let gold = dir.appendingPathComponent(stem + ".json")
            #expect(FileManager.default.fileExists(atPath: gold.path), "\(stem) has no gold label", sourceLocation: sourceLocation)
        }
        return table
    }
}
