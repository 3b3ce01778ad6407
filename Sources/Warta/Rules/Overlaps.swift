/// Resolves overlapping matches: the longest span wins, then the earliest. Linear in the number of tokens
/// the kept spans cover (a span is bounded by the pattern span limit).
public enum Overlaps {
    public static func keepLongest<T>(_ items: [T], tokenCount: Int, range: (T) -> Range<Int>) -> [T] {
        let order = items.indices.sorted { a, b in
            let ra = range(items[a]), rb = range(items[b])
            return ra.count != rb.count ? ra.count > rb.count : ra.lowerBound < rb.lowerBound
        }
        var covered = [Bool](repeating: false, count: tokenCount + 1)
        var keep: [Int] = []
        for i in order {
            let r = range(items[i])
            let lo = max(0, min(r.lowerBound, tokenCount)), hi = max(lo, min(r.upperBound, tokenCount))
            if covered[lo..<hi].contains(true) { continue }
            for p in lo..<hi { covered[p] = true }
            keep.append(i)
        }
        return keep.sorted { range(items[$0]).lowerBound < range(items[$1]).lowerBound }.map { items[$0] }
    }
}
