import Foundation

/// The national list of regions (provinces, kabupaten/kota, kecamatan with Kemendagri codes) read from
/// `extractors/location/regions.tsv`, with the everyday names of `aliases.tsv`.
public struct Gazetteer: Sendable {
    public struct Region: Sendable, Equatable {
        public let code: String
        public let level: Int
        public let name: String
        public let parent: String?
        /// Kabupaten are numbered 01–69 within a province, kota 71–99.
        public let isKota: Bool

        public init(code: String, level: Int, name: String, parent: String?) {
            self.code = code
            self.level = level
            self.name = name
            self.parent = parent
            isKota = level == 2 && (Int(code.split(separator: ".").last ?? "") ?? 0) >= 71
        }

        public var isKabupaten: Bool { level == 2 && !isKota }
    }

    public private(set) var regions: [String: Region] = [:]
    public private(set) var aliases: [(alias: String, code: String)] = []

    static let regionsFile = "location/regions.tsv"
    static let aliasesFile = "location/aliases.tsv"

    public init() {}

    /// Parses the TSV files; problems name the file and the line. The result is kept for the life of the process
    /// (for the last few distinct pairs of texts): a start loaded the same files four times.
    public static func load(dataFiles: [String: String]) -> (Gazetteer, [RuleProblem]) {
        loaded.value(for: [dataFiles[regionsFile], dataFiles[aliasesFile]]) { parse(dataFiles: dataFiles) }
    }

    private static let loaded = DataFileMemo<(Gazetteer, [RuleProblem])>()

    static func parse(dataFiles: [String: String]) -> (Gazetteer, [RuleProblem]) {
        var g = Gazetteer()
        var problems: [RuleProblem] = []
        guard let body = dataFiles[regionsFile] else {
            return (g, [RuleProblem(file: regionsFile, rule: nil, message: "the gazetteer file is missing")])
        }
        var lineNo = 0
        for line in lines(body) {
            lineNo += 1
            if lineNo == 1 || line.isEmpty { continue }
            let cols = columns(line)
            guard cols.count >= 3, let level = Int(cols[1]), (1...3).contains(level) else {
                problems.append(RuleProblem(file: regionsFile, rule: nil, message: "line \(lineNo): expected code<TAB>level<TAB>name<TAB>parent_code"))
                continue
            }
            let parent = cols.count > 3 && !cols[3].isEmpty ? cols[3] : nil
            g.regions[cols[0]] = Region(code: cols[0], level: level, name: cols[2], parent: parent)
        }
        if let aliasBody = dataFiles[aliasesFile] {
            lineNo = 0
            for line in lines(aliasBody) {
                lineNo += 1
                if lineNo == 1 || line.isEmpty || line.hasPrefix("#") { continue }
                let cols = columns(line)
                guard cols.count >= 2, g.regions[cols[1]] != nil else {
                    problems.append(RuleProblem(file: aliasesFile, rule: nil, message: "line \(lineNo): expected alias<TAB>code with a code of regions.tsv"))
                    continue
                }
                g.aliases.append((cols[0], cols[1]))
            }
        }
        return (g, problems)
    }

    /// The lines of a TSV file as `body.split(separator: "\n", omittingEmptySubsequences: false)` gives them, read
    /// by bytes instead of by characters (this ran at every start, about 320 million instructions over its four
    /// loads): a line feed is a character `"\n"` of its own unless a carriage return stands before it (`"\r\n"` is
    /// one character, so such a line feed does not split).
    static func lines(_ body: String) -> [Substring] {
        var out: [Substring] = []
        let utf8 = body.utf8
        var start = utf8.startIndex
        var previous: UInt8 = 0
        var i = start
        while i != utf8.endIndex {
            let b = utf8[i]
            if b == 0x0A && previous != 0x0D {
                out.append(Substring(utf8[start..<i]))
                start = utf8.index(after: i)
            }
            previous = b
            utf8.formIndex(after: &i)
        }
        out.append(Substring(utf8[start...]))
        return out
    }

    /// The columns of a TSV line as `line.split(separator: "\t", omittingEmptySubsequences: false)` gives them
    /// (a tab is always a character of its own), read by bytes.
    /// Round 16: each column is made straight from the line's bytes (`String(decoding:as:)` of the bytes between
    /// two tabs; a tab byte never stands inside a character of several bytes), where a `Substring` of each split
    /// and a `String` of it cost 44 million instructions at every start.
    static func columns(_ line: Substring) -> [String] {
        let direct: [String]? = line.utf8.withContiguousStorageIfAvailable { bytes in
            var out: [String] = []
            out.reserveCapacity(4)
            var start = 0
            for i in 0..<bytes.count where bytes[i] == 0x09 {
                out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                start = i + 1
            }
            out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return out
        }
        return direct ?? line.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { String(Substring($0)) }
    }

    /// A kabupaten/kota name without "Kabupaten", "Kota" and "Administrasi".
    public static func bareName(_ name: String) -> String {
        for prefix in ["Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota "] where name.hasPrefix(prefix) {
            return String(name.dropFirst(prefix.count))
        }
        return name
    }

    public func region(_ code: String) -> Region? { regions[code] }

    public func province(of code: String) -> Region? {
        guard let r = regions[code] else { return nil }
        if r.level == 1 { return r }
        return r.parent.flatMap { province(of: $0) }
    }
}

/// A process-wide memo of a pure function of some data files' texts (nil for a missing file): the last four
/// distinct keys, compared by their whole texts. The lock is held while a value is made, so threads that load the
/// same files at once make it once.
final class DataFileMemo<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [(key: [String?], value: Value)] = []
    static var capacity: Int { 4 }

    func value(for key: [String?], make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let hit = entries.first(where: { $0.key == key }) { return hit.value }
        let value = make()
        if entries.count >= Self.capacity { entries.removeFirst() }
        entries.append((key, value))
        return value
    }
}
