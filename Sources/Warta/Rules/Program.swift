import Foundation

/// A set of vocabulary ids as a bitset: membership is one shift and one mask.
public struct IdSet: Sendable, Equatable {
    private(set) var words: [UInt64] = []

    public init() {}
    public init<S: Sequence>(_ ids: S) where S.Element == Int32 { for i in ids { insert(i) } }
    /// The same set as inserting `ids` one by one, with the words allocated once (a lexicon's thousands of ids
    /// grew the array word by word, about 50 million instructions per start).
    public init<C: Collection>(_ ids: C) where C.Element == Int32 {
        var top: Int32 = -1
        for i in ids where i > top { top = i }
        guard top >= 0 else { return }
        var words = [UInt64](repeating: 0, count: Int(top) >> 6 + 1)
        words.withUnsafeMutableBufferPointer { w in
            for i in ids where i >= 0 { w[Int(i) >> 6] |= 1 << UInt64(i & 63) }
        }
        self.words = words
    }

    public mutating func insert(_ id: Int32) {
        guard id >= 0 else { return }
        let w = Int(id) >> 6
        if w >= words.count { words.append(contentsOf: repeatElement(0, count: w - words.count + 1)) }
        words[w] |= 1 << UInt64(id & 63)
    }

    public mutating func formUnion(_ other: IdSet) {
        if other.words.count > words.count { words.append(contentsOf: repeatElement(0, count: other.words.count - words.count)) }
        for (i, w) in other.words.enumerated() { words[i] |= w }
    }

    @inline(__always)
    public func contains(_ id: Int32) -> Bool {
        let w = Int(id) >> 6
        return id >= 0 && w < words.count && words[w] & (1 << UInt64(id & 63)) != 0
    }

    public var isEmpty: Bool { words.allSatisfy { $0 == 0 } }
    /// The ids in the set, in increasing order.
    public var members: [Int32] {
        var out: [Int32] = []
        for (w, word) in words.enumerated() where word != 0 {
            var bits = word
            while bits != 0 {
                out.append(Int32(w * 64 + bits.trailingZeroBitCount))
                bits &= bits - 1
            }
        }
        return out
    }
    public var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }
    /// Bit `id & 63` of every id of the set: the union of its words (id `64 w + j` is bit `j` of word `w`), read
    /// without listing the members.
    var bitsModulo64: UInt64 { words.reduce(0) { $0 | $1 } }
}

/// A compiled token test.
indirect enum CompiledTest: Sendable {
    case id(Int32)
    case ids(IdSet)
    case number(Int, Int)
    case word
    case capitalized
    case upper
    case punct
    case any
    case lineFirst
    case alphabetic
    case not(CompiledTest)
    case oneOf([CompiledTest])
    case allOf([CompiledTest])
}

enum Instruction: Sendable {
    case test(CompiledTest)
    case lexicon(Int)
    case split(Int, Int)
    case jump(Int)
    case save(Int)
    case lineStart
    case lineEnd
    case adjacent
    case match
}

/// An instruction of the flat program that the machine runs: plain values, so that running it never touches
/// reference counts.
struct Op: Sendable {
    enum Code: UInt8, Sendable { case test, lexicon, split, jump, save, lineStart, lineEnd, adjacent, match }
    var code: Code
    /// A thread can reach this instruction at one position in more than one way (see
    /// ``CompiledPattern/joins(_:)``): the machine marks (instruction, position) as visited only here.
    var join = true
    /// Round 32 (SPEED32): for a split of a gap (a repetition of one token test, unrolled: each split chooses
    /// between the test and `end`, the instruction after the repetition), how many more tokens the gap may read
    /// from here (1-255; 0: not such a split); ``bodyIsB``: whether the body is `b` (a lazy gap) or `a` (a greedy
    /// one); ``reach``: the test that every token at which a thread can go on at `end` passes (the first tests
    /// of what follows the gap). See ``CompiledPattern/gapSplits(_:_:_:lexicons:)``.
    var gap: UInt8 = 0
    var bodyIsB = false
    var a: Int32
    var b: Int32
    var reach: Int32 = -1

    init(code: Code, a: Int32, b: Int32) {
        self.code = code
        self.a = a
        self.b = b
    }
}

/// Token tests in flat arrays: a test refers to its operands by index (sets of ids are ranges of `words`,
/// `not`/`oneOf`/`allOf` list their tests in `lists`).
struct FlatTests: Sendable {
    enum Kind: UInt8, Sendable { case id, ids, number, word, capitalized, upper, punct, any, lineFirst, alphabetic, not, oneOf, allOf }
    struct Test: Sendable {
        var kind: Kind
        /// For `allOf`: the token classes (``Token/Classes``) that its class tests require and those that its
        /// negated class tests forbid, checked at once before its other members.
        var have: UInt8 = 0
        var lacks: UInt8 = 0
        var a: Int32
        var b: Int32
    }

    /// The class bit that test `t` reads, when it reads nothing but that class.
    static func classBit(_ t: CompiledTest) -> UInt8? {
        switch t {
        case .word: return Token.Classes.word
        case .capitalized: return Token.Classes.capitalized
        case .upper: return Token.Classes.upper
        case .punct: return Token.Classes.punct
        case .lineFirst: return Token.Classes.lineStart
        case .alphabetic: return Token.Classes.alphabetic
        default: return nil
        }
    }
    /// The words that test `t` accepts, when it accepts nothing but words with an id (`id`, `ids`).
    static func wordSet(_ t: CompiledTest) -> IdSet? {
        switch t {
        case .id(let id): return id >= 0 ? IdSet([id]) : nil
        case .ids(let set): return set
        default: return nil
        }
    }
    var tests: [Test] = []
    var lists: [Int32] = []
    var words: [UInt64] = []

    /// Adds `t` (and its operands) and returns its index.
    mutating func add(_ t: CompiledTest) -> Int32 {
        let test: Test
        switch t {
        case .id(let id): test = Test(kind: .id, a: id, b: 0)
        case .ids(let set):
            let offset = Int32(words.count)
            words.append(contentsOf: set.words)
            test = Test(kind: .ids, a: offset, b: Int32(set.words.count))
        case .number(let lo, let hi): test = Test(kind: .number, a: Int32(clamping: lo), b: Int32(clamping: hi))
        case .word: test = Test(kind: .word, a: 0, b: 0)
        case .capitalized: test = Test(kind: .capitalized, a: 0, b: 0)
        case .upper: test = Test(kind: .upper, a: 0, b: 0)
        case .punct: test = Test(kind: .punct, a: 0, b: 0)
        case .any: test = Test(kind: .any, a: 0, b: 0)
        case .lineFirst: test = Test(kind: .lineFirst, a: 0, b: 0)
        case .alphabetic: test = Test(kind: .alphabetic, a: 0, b: 0)
        case .not(let inner): test = Test(kind: .not, a: add(inner), b: 0)
        case .oneOf(let items):
            // The word members (`id`, `ids`) become one set tested at once: a token passes the alternative when
            // it is one of them or passes another member, so their union is the same test.
            var merged = IdSet()
            var wordMembers = 0
            var rest: [CompiledTest] = []
            for item in items {
                if let set = FlatTests.wordSet(item) {
                    merged.formUnion(set)
                    wordMembers += 1
                } else {
                    rest.append(item)
                }
            }
            if wordMembers > 1 {
                if rest.isEmpty { return add(.ids(merged)) }
                rest.insert(.ids(merged), at: 0)
            } else {
                rest = items
            }
            let members = rest.map { add($0) }
            let offset = Int32(lists.count)
            lists.append(contentsOf: members)
            test = Test(kind: .oneOf, a: offset, b: Int32(members.count))
        case .allOf(let items):
            // Class tests and negated class tests become two masks; the other members are listed.
            // The negated words (`!word`, `!@set`) become one negated set: a token that is none of them is not
            // in their union.
            var have: UInt8 = 0
            var lacks: UInt8 = 0
            var rest: [CompiledTest] = []
            var excluded = IdSet()
            var excludedMembers = 0
            for item in items {
                if let bit = FlatTests.classBit(item) {
                    have |= bit
                } else if case .not(let inner) = item, let bit = FlatTests.classBit(inner) {
                    lacks |= bit
                } else if case .any = item {
                    continue
                } else if case .not(let inner) = item, let set = FlatTests.wordSet(inner) {
                    excluded.formUnion(set)
                    excludedMembers += 1
                    rest.append(item)
                } else {
                    rest.append(item)
                }
            }
            if excludedMembers > 1 {
                rest.removeAll { item in
                    if case .not(let inner) = item, FlatTests.wordSet(inner) != nil { return true }
                    return false
                }
                rest.append(.not(.ids(excluded)))
            }
            let members = rest.map { add($0) }
            let offset = Int32(lists.count)
            lists.append(contentsOf: members)
            test = Test(kind: .allOf, have: have, lacks: lacks, a: offset, b: Int32(members.count))
        }
        tests.append(test)
        return Int32(tests.count - 1)
    }

    /// Whether token `t` passes test `k`: the nested tests (`not`, `oneOf`, `allOf`) recursively, the others
    /// through ``leaf(_:_:_:)``. Out of line and recursive only into itself, so that ``member(_:_:_:_:_:)``,
    /// which calls it, is in no cycle and inlines into the machine.
    @inline(never)
    static func matches(
        _ k: Int32, _ t: UnsafePointer<Token>, _ tests: UnsafeBufferPointer<Test>, _ lists: UnsafeBufferPointer<Int32>,
        _ words: UnsafeBufferPointer<UInt64>
    ) -> Bool {
        // A member that nests no other test is read inline, the others recursively.
        @inline(__always) func sub(_ j: Int32) -> Bool {
            let inner = tests[Int(j)]
            switch inner.kind {
            case .not, .oneOf, .allOf: return matches(j, t, tests, lists, words)
            default: return leaf(inner, t, words)
            }
        }
        let test = tests[Int(k)]
        switch test.kind {
        case .not: return !sub(test.a)
        case .oneOf:
            for i in Int(test.a)..<Int(test.a + test.b) where sub(lists[i]) { return true }
            return false
        case .allOf:
            let c = t.pointee.classes
            if c & test.have != test.have || c & test.lacks != 0 { return false }
            for i in Int(test.a)..<Int(test.a + test.b) where !sub(lists[i]) { return false }
            return true
        default: return leaf(test, t, words)
        }
    }

    /// A test that reads one token and nests no other (every kind but `not`, `oneOf` and `allOf`, for which
    /// it answers false: never asked).
    @inline(__always)
    static func leaf(_ test: Test, _ t: UnsafePointer<Token>, _ words: UnsafeBufferPointer<UInt64>) -> Bool {
        switch test.kind {
        case .id: return t.pointee.id == test.a
        case .ids:
            let id = t.pointee.id
            let w = Int(id) >> 6
            return id >= 0 && w < Int(test.b) && words[Int(test.a) &+ w] & (1 << UInt64(id & 63)) != 0
        case .number:
            let d = t.pointee.digits
            return t.pointee.kind == .number && d >= Int(test.a) && d <= Int(test.b)
        case .word: return t.pointee.kind == .word
        case .capitalized: return t.pointee.capitalized
        case .upper: return t.pointee.allCaps
        case .punct: return t.pointee.kind == .punct
        case .any: return true
        case .lineFirst: return t.pointee.lineStart
        case .alphabetic: return t.pointee.alphabetic
        case .not, .oneOf, .allOf: return false
        }
    }

    /// Test `k` with the tests on one token inline (and the negation of one word or a set of words, the
    /// commonest member of a conjunction): only another nested test is a call.
    @inline(__always)
    static func member(
        _ k: Int32, _ t: UnsafePointer<Token>, _ tests: UnsafeBufferPointer<Test>, _ lists: UnsafeBufferPointer<Int32>,
        _ words: UnsafeBufferPointer<UInt64>
    ) -> Bool {
        let test = tests[Int(k)]
        switch test.kind {
        case .not:
            let inner = tests[Int(test.a)]
            switch inner.kind {
            case .id, .ids: return !leaf(inner, t, words)
            default: return matches(k, t, tests, lists, words)
            }
        case .oneOf, .allOf: return matches(k, t, tests, lists, words)
        default: return leaf(test, t, words)
        }
    }
}

/// The capture names of a compiled pattern, interned for the life of the process (one copy of each distinct
/// list, never freed), so that a match refers to them through a plain pointer: copying or dropping a match
/// touches no reference count, and an array of matches is freed without visiting its elements. (As an array
/// in each match, the list was retained and released per match, on an object that every thread shares.)
struct CaptureNames: @unchecked Sendable {
    let names: UnsafeBufferPointer<String>

    private static let lock = NSLock()
    nonisolated(unsafe) private static var interned: [[String]: UnsafeBufferPointer<String>] = [:]

    /// The interned copy of `list`.
    static func intern(_ list: [String]) -> CaptureNames {
        lock.lock()
        defer { lock.unlock() }
        if let names = interned[list] { return CaptureNames(names: names) }
        let storage = UnsafeMutableBufferPointer<String>.allocate(capacity: Swift.max(list.count, 1))
        _ = storage.initialize(fromContentsOf: list)
        let names = UnsafeBufferPointer(rebasing: storage[0..<list.count])
        interned[list] = names
        return CaptureNames(names: names)
    }

    func index(of name: String) -> Int? {
        var k = 0
        while k < names.count {
            if names[k] == name { return k }
            k += 1
        }
        return nil
    }
}

/// One match of a pattern: the token range it covers and the token range of each capture. A plain value (no
/// reference inside), so that copying, storing and dropping matches costs no reference counting.
public struct PatternMatch: Sendable {
    public var start: Int
    public var end: Int
    /// The pattern's capture names, and the token bounds of each (bounds `2k` and `2k + 1`, -1 when unset), all
    /// in the match itself: a pattern names at most ``CompiledPattern/captureLimit`` captures.
    let names: CaptureNames
    private let bounds: (
        Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32
    )

    static let boundCount = 2 * CompiledPattern.captureLimit
    /// The room a pattern's list of matches gets at its first match (round 19, SPEED13): appended one by one from
    /// empty, the list was allocated again at the second, third and fifth match (capacities 1, 2, 4).
    static var firstCapacity: Int { 4 }

    /// A match whose capture bounds are `bounds` (copied; at most ``boundCount``).
    init(start: Int, end: Int, names: CaptureNames, bounds: UnsafeBufferPointer<Int32>) {
        self.start = start
        self.end = end
        self.names = names
        var all: (Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32) =
            (-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1)
        let n = Swift.min(bounds.count, PatternMatch.boundCount)
        withUnsafeMutableBytes(of: &all) { raw in
            for i in 0..<n { raw.storeBytes(of: bounds[i], toByteOffset: i * 4, as: Int32.self) }
        }
        self.bounds = all
    }

    private func bound(_ i: Int) -> Int32 {
        guard i >= 0, i < PatternMatch.boundCount else { return -1 }
        return withUnsafeBytes(of: bounds) { $0.load(fromByteOffset: i * 4, as: Int32.self) }
    }

    public func capture(_ name: String) -> Range<Int>? {
        guard let k = names.index(of: name) else { return nil }
        return range(k)
    }

    private func range(_ k: Int) -> Range<Int>? {
        let a = Int(bound(2 * k)), b = Int(bound(2 * k + 1))
        return a >= 0 && b >= a ? a..<b : nil
    }

    /// Every capture that took part in the match.
    public var captures: [String: Range<Int>] {
        var out: [String: Range<Int>] = [:]
        for (k, name) in names.names.enumerated() { if let r = range(k) { out[name] = r } }
        return out
    }
}

/// A pattern compiled to a small program for a backtracking machine that never visits the same
/// (instruction, token) pair twice in one attempt. With bounded repetition a pattern spans at most `maxSpan`
/// tokens, so one attempt costs at most `instructions × maxSpan` steps and a document search is linear.
public final class CompiledPattern: Sendable {
    let program: [Instruction]
    /// `program` lowered to plain values, with its tests in `tests`.
    let ops: [Op]
    let tests: FlatTests
    /// For each instruction, a summary of the tokens that a thread there can consume first, in two parts: bit
    /// `id & 63` of every word id it may read first (this array), and the token classes it may read by
    /// (``firstClasses``: capitalized, number, punctuation..., see ``Token/Classes``); all bits of both when it
    /// may read any token or finish without reading one. A thread whose next token has neither its id's bit nor
    /// one of its classes in the summary can only fail, so a split does not start it (see
    /// ``firstSummaries(ops:tests:lexicons:)``). So `{0,10}` of capitalized words stops at a lower-case word
    /// without starting a branch per alternative.
    let firstMasks: [UInt64]
    /// The class part of the first-token summaries (see ``firstMasks``).
    let firstClasses: [UInt8]
    /// The tries of `lexicons`, read through plain pointers (the lexicons keep them alive).
    let lexiconViews: [Lexicon.TrieView]
    /// The longest phrase of any lexicon the program uses, in tokens.
    let maxLexiconLength: Int
    let lexicons: [Lexicon]
    let slotNames: [String]
    /// ``slotNames`` interned, for the matches (see ``CaptureNames``).
    let captureList: CaptureNames
    public let maxSpan: Int
    let start: StartFilter
    /// The classes of ``start`` as one byte (see ``StartFilter/classes``).
    let startClasses: UInt8
    /// Bit `id & 63` of every id of ``start``, a quick test before the set itself.
    let startIdBits: UInt64
    /// Round 31 (SPEED31): the tokens that can stand second in a match (see ``secondFilter(_:lexicons:)``), as
    /// the start filter has them: a start whose next token has none of the classes `secondClasses` and is none
    /// of the words `secondIds` can only fail, and is not attempted. `secondIdBits` holds bit `id & 63` of every
    /// id of `secondIds`, a quick test before the set. Every class when any token may stand there.
    let secondClasses: UInt8
    let secondIdBits: UInt64
    let secondIds: IdSet
    /// Whether every match starts a line: every path from the entry meets `^` before it reads a token, so an
    /// attempt anywhere else fails at once. Such a pattern is tried only at the line starts (see
    /// ``anchoredAtLineStart(_:)``).
    let anchored: Bool
    /// Ids of which one must stand in every match (the most selective such set), so that a document or a
    /// stretch of it without any is skipped.
    let required: IdSet?
    /// The furthest the first required word can stand from the start of a match.
    let requiredOffset: Int
    /// Round 17 (SPEED10): a second set of which one word must stand in every match (the most selective of the
    /// others, no punctuation or very common words), and the furthest its first word can stand from the start:
    /// a start with none of its words close enough after it is not attempted. `speakers.material-by-unlisted-role`
    /// opens on `materi` and `sesi` and read up to twenty words after each for a verb of delivering, where a
    /// title or a degree (its person) was nowhere near.
    let second: IdSet?
    let secondOffset: Int
    /// This pattern's slot in the ``TriggerTable`` of rule set `tableID` (-1: not in a rule set).
    public let slot: Int
    let tableID: UInt64

    public enum CompileError: Error, Sendable, Equatable {
        case unknownLexicon(String)
        case emptyMatch
        case tooLong(Int)
        /// The program would have more instructions than ``programLimit`` (the count saturates).
        case tooLarge(Int)
        /// The pattern names more captures than ``captureLimit``.
        case tooManyCaptures(Int)
    }

    /// How many instructions `node` would compile to, computed from the tree without expanding it.
    public static func predictedSize(_ node: PatternNode) -> Int { Compiler.programSize(node) }

    public static let spanLimit = 160
    /// The most instructions a compiled pattern may have (the largest built-in rule has a few hundred).
    public static let programLimit = 20_000
    /// The most captures a pattern may name (the built-in rules name up to eight: a range of two dates), so
    /// that a match holds every bound itself (see ``PatternMatch``).
    public static let captureLimit = 8

    /// The same pattern with its place in a rule set's trigger table; with `gaps` false, with no gap split
    /// marked (see ``Op/gap``): what the tests compare the marked gaps with.
    init(_ other: CompiledPattern, slot: Int, tableID: UInt64, gaps: Bool = true) {
        program = other.program
        ops = gaps ? other.ops : other.ops.map { op in
            var plain = op
            plain.gap = 0
            return plain
        }
        firstMasks = other.firstMasks
        firstClasses = other.firstClasses
        tests = other.tests
        lexiconViews = other.lexiconViews
        maxLexiconLength = other.maxLexiconLength
        lexicons = other.lexicons
        slotNames = other.slotNames
        captureList = other.captureList
        maxSpan = other.maxSpan
        start = other.start
        startClasses = other.startClasses
        startIdBits = other.startIdBits
        secondClasses = other.secondClasses
        secondIdBits = other.secondIdBits
        secondIds = other.secondIds
        anchored = other.anchored
        required = other.required
        requiredOffset = other.requiredOffset
        second = other.second
        secondOffset = other.secondOffset
        self.slot = slot
        self.tableID = tableID
    }

    init(_ node: PatternNode, lexicons available: [String: Lexicon], vocabulary: inout Vocabulary) throws(CompileError) {
        slot = -1
        tableID = 0
        // Sizes first, from the tree: a pattern is refused before its bounded repetitions are expanded.
        let size = Compiler.programSize(node)
        if size > CompiledPattern.programLimit { throw .tooLarge(size) }
        let span = try Compiler.span(node, available)
        if span > CompiledPattern.spanLimit { throw .tooLong(span) }
        var compiler = Compiler(available: available)
        try compiler.emit(node, vocabulary: &vocabulary)
        compiler.program.append(.match)
        compiler.syncOrigin()
        self.program = compiler.program
        var flat = FlatTests()
        var ops: [Op] = []
        ops.reserveCapacity(compiler.program.count)
        let origin = compiler.origin
        for (pc, ins) in compiler.program.enumerated() {
            // A copy's test is its original's (lowered before it: a copy comes after its original).
            if case .test = ins, pc < origin.count, origin[pc] < pc, origin[pc] >= 0 {
                ops.append(Op(code: .test, a: ops[origin[pc]].a, b: 0))
                continue
            }
            ops.append(CompiledPattern.lower(ins, &flat))
        }
        let joins = CompiledPattern.joins(ops)
        for pc in ops.indices { ops[pc].join = joins[pc] }
        CompiledPattern.gapSplits(compiler.program, &ops, &flat, lexicons: compiler.lexicons)
        self.ops = ops
        self.tests = flat
        let summaries = CompiledPattern.firstSummaries(ops: self.ops, tests: flat, lexicons: compiler.lexicons)
        self.firstMasks = summaries.ids
        self.firstClasses = summaries.classes
        self.lexicons = compiler.lexicons
        self.lexiconViews = compiler.lexicons.map(\.view)
        self.maxLexiconLength = compiler.lexicons.map(\.maxLength).max() ?? 0
        if compiler.slotNames.count > CompiledPattern.captureLimit { throw .tooManyCaptures(compiler.slotNames.count) }
        self.slotNames = compiler.slotNames
        self.captureList = CaptureNames.intern(compiler.slotNames)
        self.maxSpan = span
        var tests: [CompiledTest] = []
        var anywhere = false
        var emptyMatch = false
        var seen = Set<Int>()
        var stack = [0]
        while let pc = stack.popLast() {
            if !seen.insert(pc).inserted { continue }
            switch program[pc] {
            case .test(let t): tests.append(t)
            case .lexicon(let i): tests.append(.ids(IdSet(compiler.lexicons[i].firstIds)))
            case .split(let a, let b): stack.append(b); stack.append(a)
            case .jump(let a): stack.append(a)
            case .save, .lineStart, .adjacent: stack.append(pc + 1)
            case .lineEnd: anywhere = true; stack.append(pc + 1)
            case .match: emptyMatch = true
            }
        }
        if emptyMatch { throw .emptyMatch }
        self.start = StartFilter(tests: tests, anywhere: anywhere)
        self.startClasses = self.start.classes
        self.startIdBits = self.start.ids.bitsModulo64
        let secondToken = CompiledPattern.secondFilter(program, lexicons: compiler.lexicons)
        self.secondClasses = secondToken.classes
        self.secondIds = secondToken.ids
        self.secondIdBits = secondToken.ids.bitsModulo64
        self.anchored = CompiledPattern.anchoredAtLineStart(program)
        // Round 22 (SPEED22): when only the start words can begin a match, a set at the first token that holds
        // every start word filters nothing (each start is one of its words): it is not taken, so that the two
        // filters are sets further on (a rule opened by `materi`, `sesi` or `peserta` is then tried only where
        // its verb and its next required word stand close enough after).
        let startIds = self.start.idsOnly ? self.start.ids.members : nil
        let candidates = Compiler.requiredWithOffsets(node, available, &vocabulary, span: span).filter { c in
            guard let startIds, c.offset == 0 else { return true }
            return !startIds.allSatisfy { c.set.contains($0) }
        }
        // The most selective: no punctuation or very common words, then the fewest words, then the nearest.
        func selective(_ a: (set: IdSet, offset: Int, common: Bool), _ b: (set: IdSet, offset: Int, common: Bool)) -> Bool {
            if a.common != b.common { return !a.common }
            if a.set.count != b.set.count { return a.set.count < b.set.count }
            return a.offset < b.offset
        }
        let bestIndex = candidates.indices.min { selective(candidates[$0], candidates[$1]) }
        let best = bestIndex.map { candidates[$0] }
        self.required = best?.set
        self.requiredOffset = best?.offset ?? span
        // The second: of the others that are not common and not the same set, the most selective.
        let others = candidates.indices.filter { $0 != bestIndex && !candidates[$0].common && candidates[$0].set != best?.set }
        let second = others.min { selective(candidates[$0], candidates[$1]) }.map { candidates[$0] }
        self.second = best == nil ? nil : second?.set
        self.secondOffset = second?.offset ?? span
    }

    /// One instruction lowered to plain values, its test added to `flat`.
    static func lower(_ ins: Instruction, _ flat: inout FlatTests) -> Op {
        switch ins {
        case .test(let t): return Op(code: .test, a: flat.add(t), b: 0)
        case .lexicon(let i): return Op(code: .lexicon, a: Int32(i), b: 0)
        case .split(let a, let b): return Op(code: .split, a: Int32(a), b: Int32(b))
        case .jump(let a): return Op(code: .jump, a: Int32(a), b: 0)
        case .save(let k): return Op(code: .save, a: Int32(k), b: 0)
        case .lineStart: return Op(code: .lineStart, a: 0, b: 0)
        case .lineEnd: return Op(code: .lineEnd, a: 0, b: 0)
        case .adjacent: return Op(code: .adjacent, a: 0, b: 0)
        case .match: return Op(code: .match, a: 0, b: 0)
        }
    }

    /// The names this pattern captures.
    public var captureNames: [String] { slotNames }

    /// Whether every path of `program` from its entry meets `.lineStart` before an instruction that reads a
    /// token or ends the match. Those paths stay at the entry's position (splits, jumps, capture marks and the
    /// other tests of a position do not move it), so the machine fails at once at a token that starts no line.
    static func anchoredAtLineStart(_ program: [Instruction]) -> Bool {
        var seen = Set<Int>()
        var stack = [0]
        while let pc = stack.popLast() {
            if !seen.insert(pc).inserted { continue }
            guard pc < program.count else { return false }
            switch program[pc] {
            case .lineStart: continue
            case .split(let a, let b): stack.append(b); stack.append(a)
            case .jump(let a): stack.append(a)
            case .save, .lineEnd, .adjacent: stack.append(pc + 1)
            case .test, .lexicon, .match: return false
            }
        }
        return true
    }

    /// Which instructions a thread can reach at one position in more than one way: the entry, the target of
    /// more than one jump, split or fall-through, and the instruction after a lexicon step (which continues at
    /// several positions). Every other instruction has one predecessor that reaches it at one position, and
    /// the machine visits (instruction, position) there at most as often as the predecessor's pair; so by
    /// induction from the entry, marking the joins alone cuts every second visit that marking all would (a
    /// pair is only ever visited again through a join visited again), and the search runs the same steps.
    static func joins(_ ops: [Op]) -> [Bool] {
        var predecessors = [Int](repeating: 0, count: ops.count + 1)
        var join = [Bool](repeating: false, count: ops.count + 1)
        predecessors[0] = 1  // the entry
        for (pc, op) in ops.enumerated() {
            switch op.code {
            case .test, .save, .lineStart, .lineEnd, .adjacent: predecessors[pc + 1] += 1
            case .lexicon: join[pc + 1] = true
            case .split:
                predecessors[Int(op.a)] += 1
                predecessors[Int(op.b)] += 1
            case .jump: predecessors[Int(op.a)] += 1
            case .match: break
            }
        }
        return ops.indices.map { join[$0] || predecessors[$0] > 1 }
    }

    /// Round 31 (SPEED31): what can stand second in a match, as a start filter: the tests (and the first words
    /// of the lexicons) that the instructions after a token test reached from the entry without reading a token
    /// (through splits, jumps, capture marks, `^`, `$` and `~`) can read first, again without reading one. A
    /// thread that has read one token goes on at one of those instructions at the next token, and can only read
    /// that token with one of those tests or steps (or finish, which admits every token): when the next token
    /// passes none of them, every thread fails and so does the attempt. Every token when a lexicon step or the
    /// end is reached from the entry without reading (a phrase's second word may be the match's second token).
    static func secondFilter(_ program: [Instruction], lexicons: [Lexicon]) -> StartFilter {
        let everything = StartFilter(tests: [], anywhere: true)
        var seen = [Bool](repeating: false, count: program.count)
        var after: [Int] = []
        var stack = [0]
        while let pc = stack.popLast() {
            guard pc >= 0, pc < program.count else { return everything }
            if seen[pc] { continue }
            seen[pc] = true
            switch program[pc] {
            case .test: after.append(pc + 1)
            case .lexicon, .match: return everything
            case .split(let a, let b): stack.append(b); stack.append(a)
            case .jump(let a): stack.append(a)
            case .save, .lineStart, .lineEnd, .adjacent: stack.append(pc + 1)
            }
        }
        var tests: [CompiledTest] = []
        var anywhere = false
        seen = [Bool](repeating: false, count: program.count)
        stack = after
        while let pc = stack.popLast() {
            guard pc >= 0, pc < program.count else { return everything }
            if seen[pc] { continue }
            seen[pc] = true
            switch program[pc] {
            case .test(let t): tests.append(t)
            case .lexicon(let i):
                guard i >= 0, i < lexicons.count else { return everything }
                tests.append(.ids(IdSet(lexicons[i].firstIds)))
            case .match: anywhere = true
            case .split(let a, let b): stack.append(b); stack.append(a)
            case .jump(let a): stack.append(a)
            case .save, .lineStart, .lineEnd, .adjacent: stack.append(pc + 1)
            }
        }
        return StartFilter(tests: tests, anywhere: anywhere)
    }

    /// Round 32 (SPEED32): marks the splits of gaps (see ``Op/gap``). A split at `pc` whose one branch is
    /// `pc + 1`, a token test, and whose other is `end`, where the test is followed by `end` itself or by the
    /// next split of the same kind (same `end`, body on the same side, the same test: `(a (b)?)?` is no gap), lets a thread read at most `gap` more
    /// tokens with that test before it goes on at `end`: `gap` is 1 for the last split, one more than the
    /// next's for the others. What follows `end` must read a token: the instructions reached from `end` without
    /// reading one (splits, jumps, capture marks, `^`, `$`, `~`) lead only to token tests and lexicon steps
    /// (whose phrases' first words are asked), never to the end of the pattern, and those read only words (no
    /// class of tokens: a set of ids as the start filter reads them); `reach` is the test of that set, so a
    /// thread at `end` at a token that is none of its words fails. A word read by a test of words only, after
    /// which only tests of words can read (`di` before `sampaikan`), must be followed by one of their words, unless
    /// it can also be read otherwise: those words and the words that may follow them are the two tests after
    /// `reach`. Not marked: a gap of more than 255, a gap
    /// whose `end` can finish the match without reading, or whose next tests read a class of tokens (a
    /// capitalized word, a number, punctuation: found nearly everywhere, the scan would cost more than it saves),
    /// and a gap shorter than ``minimumGap``.
    static func gapSplits(_ program: [Instruction], _ ops: inout [Op], _ flat: inout FlatTests, lexicons: [Lexicon]) {
        var lexiconIds: [Int: IdSet] = [:]
        // The instructions seen by the walk from an end are marked with it.
        var seenFrom = [Int](repeating: -1, count: program.count)
        var stack: [Int] = []
        // The words that the tests after instruction `from` (reached without reading) can read, when they are
        // all tests of words only; nil when one reads a class, a lexicon or the end can be reached.
        var seenNext = [Int](repeating: -1, count: program.count)
        var nextStack: [Int] = []
        var nextStamp = 0
        func nextWords(_ from: Int) -> IdSet? {
            var out = IdSet()
            nextStamp += 1
            nextStack.removeAll(keepingCapacity: true)
            nextStack.append(from)
            while let pc = nextStack.popLast() {
                guard pc >= 0, pc < program.count else { return nil }
                if seenNext[pc] == nextStamp { continue }
                seenNext[pc] = nextStamp
                switch program[pc] {
                case .test(let t):
                    if case .id(let id) = t, id >= 0 {
                        out.insert(id)
                    } else if case .ids(let words) = t {
                        out.formUnion(words)
                    } else {
                        return nil
                    }
                case .lexicon, .match: return nil
                case .split(let a, let b): nextStack.append(b); nextStack.append(a)
                case .jump(let a): nextStack.append(a)
                case .save, .lineStart, .lineEnd, .adjacent: nextStack.append(pc + 1)
                }
            }
            return out
        }
        func reachTest(_ end: Int) -> Int32? {
            var filter = StartFilter(tests: [], anywhere: false)
            // Words after which the next token must be one of `seconds` (a word read by a test of words only,
            // after which only tests of words can read), and the words with no such condition.
            var paired = IdSet()
            var seconds = IdSet()
            var unpaired = IdSet()
            stack.removeAll(keepingCapacity: true)
            stack.append(end)
            var ok = true
            walk: while let pc = stack.popLast() {
                guard pc >= 0, pc < program.count else { ok = false; break }
                if seenFrom[pc] == end { continue }
                seenFrom[pc] = end
                switch program[pc] {
                case .test(let t):
                    filter.add(t)
                    if !filter.idsOnly { ok = false; break walk }
                    if case .id(let id) = t, id >= 0 {
                        if let next = nextWords(pc + 1) {
                            paired.insert(id)
                            seconds.formUnion(next)
                        } else {
                            unpaired.insert(id)
                        }
                    } else if case .ids(let words) = t, let next = nextWords(pc + 1) {
                        paired.formUnion(words)
                        seconds.formUnion(next)
                    } else {
                        unpaired.formUnion(filter.ids)
                    }
                case .lexicon(let i):
                    guard i >= 0, i < lexicons.count else { ok = false; break walk }
                    if lexiconIds[i] == nil { lexiconIds[i] = IdSet(lexicons[i].firstIds) }
                    filter.ids.formUnion(lexiconIds[i] ?? IdSet())
                    unpaired.formUnion(lexiconIds[i] ?? IdSet())
                case .match: ok = false; break walk
                case .split(let a, let b): stack.append(b); stack.append(a)
                case .jump(let a): stack.append(a)
                case .save, .lineStart, .lineEnd, .adjacent: stack.append(pc + 1)
                }
            }
            guard ok, filter.idsOnly, !filter.ids.isEmpty else { return nil }
            // The three tests stand one after another: the words, those of them that need a second, the seconds.
            var onlyPaired = IdSet()
            for id in paired.members where !unpaired.contains(id) { onlyPaired.insert(id) }
            let k = flat.add(.ids(filter.ids))
            _ = flat.add(.ids(onlyPaired))
            _ = flat.add(.ids(seconds))
            return k
        }
        var pc = ops.count - 1
        while pc >= 0 {
            defer { pc -= 1 }
            let op = ops[pc]
            guard op.code == .split, pc + 1 < ops.count, ops[pc + 1].code == .test else { continue }
            let a = Int(op.a), b = Int(op.b)
            let bodyIsB: Bool
            let end: Int
            if b == pc + 1, a > pc + 1 {
                bodyIsB = true
                end = a
            } else if a == pc + 1, b > pc + 1 {
                bodyIsB = false
                end = b
            } else {
                continue
            }
            let gap: Int
            if pc + 2 == end {
                gap = 1
            } else if pc + 2 < ops.count, case let next = ops[pc + 2], next.code == .split, next.gap > 0,
                next.bodyIsB == bodyIsB, Int(bodyIsB ? next.a : next.b) == end, ops[pc + 3].code == .test,
                ops[pc + 3].a == ops[pc + 1].a
            {
                gap = Int(next.gap) + 1
            } else {
                continue
            }
            guard gap <= 255, end < program.count else { continue }
            // Marked for now (no reach test yet): the next pass keeps the long gaps.
            ops[pc].gap = UInt8(gap)
            ops[pc].bodyIsB = bodyIsB
        }
        // Only a gap of at least `minimumGap` tokens keeps its marks: the first split of a gap holds its length,
        // the others follow it; the reach test is made once per gap, at its first split.
        var keep = false
        var reach: Int32 = -1
        for pc in ops.indices where ops[pc].gap > 0 {
            let op = ops[pc]
            let end = Int(op.bodyIsB ? op.a : op.b)
            let continues = pc >= 2 && ops[pc - 2].gap == op.gap &+ 1 && ops[pc - 2].bodyIsB == op.bodyIsB
                && Int(ops[pc - 2].bodyIsB ? ops[pc - 2].a : ops[pc - 2].b) == end
            if !continues {
                keep = Int(op.gap) >= minimumGap
                reach = keep ? (reachTest(end) ?? -1) : -1
            }
            if keep && reach >= 0 {
                ops[pc].reach = reach
            } else {
                ops[pc].gap = 0
                ops[pc].bodyIsB = false
            }
        }
    }

    /// The shortest gap that ``gapSplits(_:_:_:lexicons:)`` marks. Round 32's merge: 4, not 1. Marking every gap took
    /// 19.1K instructions per article back but cost 73M more at start-up (the reach tests of the short gaps); from 4
    /// on, 14.6K per article for 25M (callgrind, one window): marking every gap pays off only past about 10,000
    /// documents in one process.
    static let minimumGap = 4

    /// Whether a thread that reads token `pos` with the body of gap split `op` (see ``Op/gap``) can go on at
    /// the gap's end: some token at `q` in `pos + 1 ... pos + op.gap` (before the end of the tokens) is one of
    /// the words of the split's `reach` test (and, when it is one of the words of the test after it that must be
    /// followed by a word of the third, `di` of `di sampaikan`, the token after it is one of those) while every token from `pos + 1` to before `q` may pass the body's
    /// test (the first-token summary of the body, ``firstMasks`` and ``firstClasses``: a token outside it fails
    /// the body). When none is, every thread on that branch fails. `cache` keeps the last scan of the attempt,
    /// so that a walk along one gap reads each token once: the first such `q` from `from`, or (`hit` -1) that
    /// none stands up to `to`, where the body failed (`dead`) or the scan stopped.
    @inline(never)
    func gapReaches(_ m: Machine, _ op: Op, _ pos: Int, _ cache: inout GapScan) -> Bool {
        let lo = pos &+ 1
        let n = m.tokens.count
        let hi = min(pos &+ Int(op.gap), n &- 1)
        let key = Int(op.bodyIsB ? op.a : op.b)
        if cache.key == key, cache.from <= lo {
            if cache.hit >= 0 {
                if cache.hit >= lo { return cache.hit <= hi }
            } else if lo <= cache.to, cache.dead || hi <= cache.to {
                return false
            }
        }
        guard lo <= hi, let base = m.tokens.baseAddress else { return false }
        let bodyPC = Int(op.bodyIsB ? op.b : op.a)
        let bodyMask = m.firstMasks[bodyPC]
        let bodyClasses = m.firstClasses[bodyPC]
        let reach = m.tests[Int(op.reach)]
        let paired = m.tests[Int(op.reach) &+ 1]
        let seconds = m.tests[Int(op.reach) &+ 2]
        let words = m.words
        @inline(__always) func has(_ set: FlatTests.Test, _ id: Int32) -> Bool {
            let w = Int(id) >> 6
            return id >= 0 && w < Int(set.b) && words[Int(set.a) &+ w] & (1 << UInt64(id & 63)) != 0
        }
        var q = lo
        cache.key = key
        cache.from = lo
        while q <= hi {
            let token = base + q
            let id = token.pointee.id
            let bit: UInt64 = id >= 0 ? 1 << UInt64(id & 63) : 0
            // One of the words; when it needs a second word, that word next.
            if has(reach, id), !has(paired, id) || (q &+ 1 < n && has(seconds, base[q &+ 1].id)) {
                cache.hit = q
                return true
            }
            if bodyMask & bit == 0 && bodyClasses & token.pointee.classes == 0 {
                cache.hit = -1
                cache.to = q
                cache.dead = true
                return false
            }
            q &+= 1
        }
        cache.hit = -1
        cache.to = hi
        cache.dead = false
        return false
    }

    /// The last scan of ``gapReaches(_:_:_:_:)`` in an attempt.
    struct GapScan {
        var key = -1
        var from = 0
        var to = 0
        var hit = -1
        var dead = false
    }

    /// Whether the token after a start at `s` may stand second in a match (see ``secondClasses``): always at
    /// the last token (a match may end there). Out of line: inline, it made the scan of ``windows(_:_:_:admits:nextRequired:)``
    /// too large to be inlined into the search, and its closures were called per position.
    @inline(never)
    func secondAdmits(_ base: UnsafePointer<Token>, _ s: Int, _ n: Int) -> Bool {
        let next = s &+ 1
        guard next < n else { return true }
        let token = base + next
        let id = token.pointee.id
        return secondClasses & token.pointee.classes != 0
            || (id >= 0 && secondIdBits & (1 << UInt64(id & 63)) != 0 && secondIds.contains(id))
    }

    /// The first-token summary of every instruction (see ``firstMasks`` and ``firstClasses``), computed from the
    /// last instruction back: every jump and split of a compiled program points forward (repetitions are
    /// expanded), so the instructions after `pc` are done when `pc` is.
    static func firstSummaries(ops: [Op], tests: FlatTests, lexicons: [Lexicon]) -> (ids: [UInt64], classes: [UInt8]) {
        typealias Summary = (ids: UInt64, classes: UInt8)
        let all: Summary = (UInt64.max, UInt8.max)
        func isAll(_ s: Summary) -> Bool { s.ids == UInt64.max && s.classes & Token.Classes.any == Token.Classes.any }
        func bit(_ id: Int32) -> Summary { id >= 0 ? (1 << UInt64(id & 63), 0) : all }
        func summary(ofTest k: Int32) -> Summary {
            let test = tests.tests[Int(k)]
            switch test.kind {
            case .id: return bit(test.a)
            case .ids:
                // The bit of id `64 w + j` is `j`: the union of the set's words.
                var m: UInt64 = 0
                for w in Int(test.a)..<Int(test.a + test.b) { m |= tests.words[w] }
                return (m, 0)
            case .oneOf:
                var m: Summary = (0, 0)
                for i in Int(test.a)..<Int(test.a + test.b) {
                    let x = summary(ofTest: tests.lists[i])
                    m = (m.ids | x.ids, m.classes | x.classes)
                }
                return m
            case .allOf:
                // A token that passes the conjunction passes each member, so any member's summary holds it; the
                // members that read only words narrow it together (the intersection of their bits). A token
                // with every class of `have` has one of them.
                var words: UInt64 = UInt64.max
                var wordsOnly = false
                var other: Summary? = test.have != 0 ? (0, test.have) : nil
                for i in Int(test.a)..<Int(test.a + test.b) {
                    let x = summary(ofTest: tests.lists[i])
                    if x.classes == 0 {
                        words &= x.ids
                        wordsOnly = true
                    } else if other == nil, !isAll(x) {
                        other = x
                    }
                }
                if wordsOnly { return (words, 0) }
                return other ?? all
            case .number: return (0, Token.Classes.number)
            case .word: return (0, Token.Classes.word)
            case .capitalized: return (0, Token.Classes.capitalized)
            case .upper: return (0, Token.Classes.upper)
            case .punct: return (0, Token.Classes.punct)
            case .lineFirst: return (0, Token.Classes.lineStart)
            case .alphabetic: return (0, Token.Classes.alphabetic)
            case .any, .not: return all
            }
        }
        // A test's summary once per test (the copies of a repetition share their tests, see `Compiler.origin`).
        var known = [Summary?](repeating: nil, count: tests.tests.count)
        func summary(ofOp k: Int32) -> Summary {
            let i = Int(k)
            guard i >= 0, i < known.count else { return summary(ofTest: k) }
            if let s = known[i] { return s }
            let s = summary(ofTest: k)
            known[i] = s
            return s
        }
        var ids = [UInt64](repeating: all.ids, count: ops.count)
        var classes = [UInt8](repeating: all.classes, count: ops.count)
        var pc = ops.count - 1
        while pc >= 0 {
            let op = ops[pc]
            func after(_ target: Int) -> Summary { target > pc && target < ops.count ? (ids[target], classes[target]) : all }
            let s: Summary
            switch op.code {
            case .test: s = summary(ofOp: op.a)
            case .lexicon:
                var m: UInt64 = 0
                for id in lexicons[Int(op.a)].firstIds {
                    let b = bit(id)
                    if isAll(b) { m = UInt64.max; break }
                    m |= b.ids
                }
                s = m == UInt64.max ? all : (m, 0)
            case .split:
                let x = after(Int(op.a)), y = after(Int(op.b))
                s = (x.ids | y.ids, x.classes | y.classes)
            case .jump: s = after(Int(op.a))
            case .save, .lineStart, .lineEnd, .adjacent: s = after(pc + 1)
            case .match: s = all
            }
            ids[pc] = s.ids
            classes[pc] = s.classes
            pc -= 1
        }
        return (ids, classes)
    }

    /// All non-overlapping matches, leftmost first.
    public func matches(in tokens: [Token]) -> [PatternMatch] {
        var scratch = MatchScratch()
        return matches(in: tokens, scratch: &scratch)
    }

    /// All non-overlapping matches, leftmost first, reusing `scratch` (keep one per thread): scans the tokens.
    public func matches(in tokens: [Token], scratch: inout MatchScratch) -> [PatternMatch] {
        search(tokens, &scratch) { machine, scratch in
            var next = -1  // the next position at or after p that holds a required word (n: none)
            let n = tokens.count
            return windows(tokens, machine, &scratch) { p in
                if next < p, let required {
                    next = p
                    while next < n, !required.contains(tokens[next].id) { next += 1 }
                }
                return next < n ? next : nil
            }
        }
    }

    /// All non-overlapping matches in `text`, leftmost first. When the pattern belongs to the rule set that
    /// `text` was analyzed with, only the positions that its trigger words allow are tried.
    public func matches(in text: AnalyzedText, scratch: inout MatchScratch) -> [PatternMatch] {
        guard slot >= 0, let hits = text.hits, hits.tableID == tableID else {
            return matches(in: text.tokens, scratch: &scratch)
        }
        let requiredRange = hits.range(slot: slot, role: 1)
        if required != nil && requiredRange.isEmpty { return [] }
        let secondRange = hits.range(slot: slot, role: 2)
        if second != nil && secondRange.isEmpty { return [] }
        // Round 22 (SPEED22): when only the start words can begin a match and none stands in the document, there
        // is nothing to attempt: the machine is not set up.
        if start.idsOnly && hits.range(slot: slot, role: 0).isEmpty { return [] }
        let tokens = text.tokens
        return search(tokens, &scratch) { machine, scratch in
            let positions = hits.positions
            var r = requiredRange.lowerBound
            // The second required set: a word of it at most `secondOffset` after a start (the starts come in
            // order, so `r2` only moves on), asked in each filter below.
            var r2 = secondRange.lowerBound
            let hasSecond = second != nil
            let secondOffset = self.secondOffset
            if start.idsOnly {
                // Only the start words can begin a match (on a line start when the pattern is anchored).
                let words = hits.range(slot: slot, role: 0)
                let anchored = self.anchored
                return eachStart(words.count, machine, &scratch, positions, requiredRange) { k in
                    Int(positions[words.lowerBound &+ k])
                } admits: { s in
                    (!anchored || tokens[s].lineStart) && (!hasSecond || {
                        while r2 < secondRange.upperBound, Int(positions[r2]) < s { r2 += 1 }
                        return r2 < secondRange.upperBound && Int(positions[r2]) <= s + secondOffset
                    }())
                }
            }
            if anchored {
                // Only a line start can begin a match: each that the start filter admits.
                let lines = text.lineStarts
                let classes = startClasses
                let idBits = startIdBits
                let ids = start.ids
                return eachStart(lines.count, machine, &scratch, positions, requiredRange) { k in
                    lines[k]
                } admits: { s in
                    let token = tokens[s]
                    let id = token.id
                    return (token.classes & classes != 0 || (id >= 0 && idBits & (1 << UInt64(id & 63)) != 0 && ids.contains(id)))
                        && (!hasSecond || {
                        while r2 < secondRange.upperBound, Int(positions[r2]) < s { r2 += 1 }
                        return r2 < secondRange.upperBound && Int(positions[r2]) <= s + secondOffset
                    }())
                }
            }
            return windows(tokens, machine, &scratch, admits: { s in
                !hasSecond || {
                    while r2 < secondRange.upperBound, Int(positions[r2]) < s { r2 += 1 }
                    return r2 < secondRange.upperBound && Int(positions[r2]) <= s + secondOffset
                }()
            }) { p in
                while r < requiredRange.upperBound, Int(positions[r]) < p { r += 1 }
                return r < requiredRange.upperBound ? Int(positions[r]) : nil
            }
        }
    }

    /// All non-overlapping matches that begin at one of `count` candidate positions (`position(k)`, ascending),
    /// in the order a scan would: each candidate that `admits` and that has a required word (in
    /// `positions[requiredRange]`) at most `requiredOffset` after it is attempted. One loop for the start words
    /// and for the line starts of an anchored pattern (round 16: round 15 had written it twice); inlined with
    /// its closures, so each caller's loop is as it was.
    @inline(__always)
    private func eachStart(
        _ count: Int, _ machine: Machine, _ scratch: inout MatchScratch.Run, _ positions: [Int32],
        _ requiredRange: Range<Int>, position: (Int) -> Int, admits: (Int) -> Bool
    ) -> [PatternMatch] {
        var out: [PatternMatch] = []
        var p = 0
        var r = requiredRange.lowerBound
        let t = machine.tokens
        let n = t.count
        guard let base = t.baseAddress else { return out }
        // A pattern whose second token may be any is not asked about it (no call).
        let everySecond = secondClasses == UInt8.max
        for k in 0..<count {
            let s = position(k)
            if s < p || !admits(s) { continue }
            if required != nil {
                while r < requiredRange.upperBound, Int(positions[r]) < s { r += 1 }
                if r == requiredRange.upperBound { break }
                if Int(positions[r]) > s + requiredOffset { continue }
            }
            if everySecond || secondAdmits(base, s, n), let m = attemptMatch(machine, at: s, &scratch), m.end > s {
                if out.isEmpty { out.reserveCapacity(PatternMatch.firstCapacity) }
                out.append(m)
                p = m.end
            }
        }
        return out
    }

    /// All non-overlapping matches whose start the start filter admits, trying only the positions at most
    /// `requiredOffset` before a required word; `nextRequired(p)` gives the first such word at or after `p`
    /// (nil when none is left; not asked when the pattern requires none).
    @inline(__always)
    private func windows(
        _ tokens: [Token], _ machine: Machine, _ scratch: inout MatchScratch.Run, admits: (Int) -> Bool = { _ in true },
        nextRequired: (Int) -> Int?
    ) -> [PatternMatch] {
        var out: [PatternMatch] = []
        var p = 0
        let t = machine.tokens
        let n = t.count
        guard let base = t.baseAddress else { return out }
        // The start filter read through plain memory: the classes, then one bit per id modulo 64 before the set.
        let classes = startClasses
        let idBits = startIdBits
        let ids = start.ids
        // An anchored pattern is tried only where a line starts.
        let must: UInt8 = anchored ? Token.Classes.lineStart : 0
        // A pattern whose second token may be any is not asked about it (no call).
        let everySecond = secondClasses == UInt8.max
        while p < n {
            // Every position up to the next required word is within `requiredOffset` of it once p is: scan them
            // without asking again, until a match moves p past them.
            var last = n - 1
            if required != nil {
                guard let next = nextRequired(p) else { break }
                if next > p + requiredOffset { p = next - requiredOffset }
                last = next
            }
            while p <= last {
                let token = base + p
                let id = token.pointee.id
                let c = token.pointee.classes
                if c & must == must,
                    c & classes != 0 || (id >= 0 && idBits & (1 << UInt64(id & 63)) != 0 && ids.contains(id)),
                    everySecond || secondAdmits(base, p, n), admits(p), let m = attemptMatch(machine, at: p, &scratch), m.end > p
                {
                    if out.isEmpty { out.reserveCapacity(PatternMatch.firstCapacity) }
                    out.append(m)
                    p = m.end
                    break
                }
                p += 1
            }
        }
        return out
    }

    /// The match that starts exactly at `position`, if any.
    public func match(in tokens: [Token], at position: Int) -> PatternMatch? {
        var scratch = MatchScratch()
        guard position < tokens.count, canStart(tokens[position]) else { return nil }
        return search(tokens, &scratch) { machine, scratch in attemptMatch(machine, at: position, &scratch) }
    }

    /// The match that starts exactly at `position`, attempted whatever its token (no start filter): what the
    /// filters are checked against.
    func matchWithoutFilters(in tokens: [Token], at position: Int, scratch: inout MatchScratch) -> PatternMatch? {
        guard position >= 0, position < tokens.count else { return nil }
        return search(tokens, &scratch) { machine, scratch in attemptMatch(machine, at: position, &scratch) }
    }

    @inline(__always)
    func canStart(_ t: Token) -> Bool { t.classes & startClasses != 0 || start.ids.contains(t.id) }

    /// Unsafe views of the program, its lexicons, a document's tokens and the visited marks, taken once per
    /// search.
    struct Machine {
        let ops: UnsafeBufferPointer<Op>
        let firstMasks: UnsafeBufferPointer<UInt64>
        let firstClasses: UnsafeBufferPointer<UInt8>
        let tests: UnsafeBufferPointer<FlatTests.Test>
        let lists: UnsafeBufferPointer<Int32>
        let words: UnsafeBufferPointer<UInt64>
        let lexicons: UnsafeBufferPointer<Lexicon.TrieView>
        let tokens: UnsafeBufferPointer<Token>
        let visited: UnsafeMutableBufferPointer<UInt32>
        /// Room for the phrase lengths of one lexicon step.
        let lengths: UnsafeMutableBufferPointer<Int32>
        /// The capture bounds of the running attempt (`slotCount` of them).
        let slots: UnsafeMutableBufferPointer<Int32>
        let slotCount: Int
        let span: Int
    }

    /// Runs `body` with the machine for `tokens`; the scratch buffers it needs are sized first. Inlined into
    /// its callers: out of line, with `body` specialized into it, it retained and released `self` around each
    /// search (the closure's capture), an atomic write to a pattern that every thread shares.
    @inline(__always)
    private func search<R>(_ tokens: [Token], _ scratch: inout MatchScratch, _ body: (Machine, inout MatchScratch.Run) -> R) -> R {
        let span = maxSpan + 1
        let slotCount = slotNames.count * 2
        scratch.prepare(program: ops.count, span: span, slots: slotCount, lengths: maxLexiconLength + 1)
        return ops.withUnsafeBufferPointer { ops in
            firstMasks.withUnsafeBufferPointer { firstMasks in
            firstClasses.withUnsafeBufferPointer { firstClasses in
            tests.tests.withUnsafeBufferPointer { testList in
                tests.lists.withUnsafeBufferPointer { lists in
                    tests.words.withUnsafeBufferPointer { words in
                        lexiconViews.withUnsafeBufferPointer { lexicons in
                            tokens.withUnsafeBufferPointer { t in
                                let buffers = scratch.run.stack
                                let slots = buffers.slots
                                for i in 0..<slotCount { slots[i] = -1 }
                                let machine = Machine(
                                    ops: ops, firstMasks: firstMasks, firstClasses: firstClasses, tests: testList, lists: lists, words: words,
                                    lexicons: lexicons, tokens: t,
                                    visited: buffers.visited, lengths: buffers.lengths, slots: slots, slotCount: slotCount, span: span)
                                return body(machine, &scratch.run)
                            }
                        }
                    }
                }
            }
            }
            }
        }
    }

    /// Runs the program from token `start`: a depth-first search that marks each (instruction, position)
    /// it visits at a join (see ``joins(_:)``) and never visits one twice.
    ///
    /// Everything it touches is plain memory reached through pointers (the pending threads in
    /// ``MatchScratch/Stack``, the capture bounds and visited marks in the machine's buffers), and its index
    /// arithmetic is unchecked: positions and instruction numbers are bounded by the token count, the program
    /// size and ``spanLimit``, far from overflowing.
    @inline(__always)
    func attemptMatch(_ m: Machine, at start: Int, _ s: inout MatchScratch.Run) -> PatternMatch? {
        let end = attempt(m, at: start, &s)
        return end >= 0 ? found(m, start: start, end: end) : nil
    }

    /// The match that ``attempt(_:at:_:)`` found, from `start` to `end`, with the capture bounds it left in the
    /// machine's slots, which it unsets. Out of line: the machine's loop returns an integer, not a match.
    @inline(never)
    func found(_ m: Machine, start: Int, end: Int) -> PatternMatch {
        let match = PatternMatch(start: start, end: end, names: captureList, bounds: UnsafeBufferPointer(rebasing: m.slots[0..<m.slotCount]))
        for i in 0..<m.slotCount { m.slots[i] = -1 }
        return match
    }

    /// The end of the match that starts at `start`, or -1 when none does; a match leaves its capture bounds in
    /// the machine's slots, for ``found(_:start:end:)``.
    func attempt(_ m: Machine, at start: Int, _ s: inout MatchScratch.Run) -> Int {
        s.stamp &+= 1
        if s.stamp == 0 {
            for i in m.visited.indices { m.visited[i] = 0 }
            s.stamp = 1
        }
        let stamp = s.stamp
        // The capture bounds are all unset here: ``search(_:_:_:)`` unsets them, an attempt that fails restores
        // every bound it set (its restore entries are all popped before the stack is empty), and after one
        // that matches ``found(_:start:end:)`` unsets them.
        let slots = m.slots
        let t = m.tokens
        guard let tokenBase = t.baseAddress, let opBase = m.ops.baseAddress, let firstMasks = m.firstMasks.baseAddress,
            let firstClasses = m.firstClasses.baseAddress
        else { return -1 }
        let tests = m.tests
        let words = m.words
        let n = t.count
        let span = m.span
        let visited = m.visited
        // The stack of pending threads: (pc, position), or (-slot - 1, old value) to restore a capture slot.
        let buffer = s.stack
        var stack = buffer.base
        var capacity = buffer.capacity
        var top = 0
        @inline(__always) func push(_ a: Int, _ b: Int) {
            if top == capacity {
                buffer.grow()
                stack = buffer.base
                capacity = buffer.capacity
            }
            stack[top] = MatchScratch.Pending(a: Int32(truncatingIfNeeded: a), b: Int32(truncatingIfNeeded: b))
            top &+= 1
        }
        var gapScan = GapScan()
        push(0, start)
        while top > 0 {
            top &-= 1
            let pending = stack[top]
            if pending.a < 0 {
                slots[Int(~pending.a)] = pending.b
                continue
            }
            var pc = Int(pending.a)
            var pos = Int(pending.b)
            thread: while true {
                // Round 33: the instruction read through a pointer, each field where it is used (a copy of the
                // whole instruction loaded all seven of its fields at every step).
                let op = opBase + pc
                if op.pointee.join {
                    let offset = pos &- start
                    if offset >= span { break thread }
                    let key = pc &* span &+ offset
                    if visited[key] == stamp { break thread }
                    visited[key] = stamp
                }
                switch op.pointee.code {
                case .test:
                    guard pos < n else { break thread }
                    let token = tokenBase + pos
                    let test = tests[Int(op.pointee.a)]
                    let passes: Bool
                    // The tests on one token inline; nested ones (a negated alternative, a conjunction inside an
                    // alternative) through FlatTests.matches.
                    switch test.kind {
                    case .id:
                        passes = token.pointee.id == test.a
                    case .ids:
                        let id = token.pointee.id
                        let w = Int(id) >> 6
                        passes = id >= 0 && w < Int(test.b) && words[Int(test.a) &+ w] & (1 << UInt64(id & 63)) != 0
                    case .allOf:
                        // The class masks first (one byte), then the other members, each inline but a nested
                        // conjunction or alternative.
                        let c = token.pointee.classes
                        if c & test.have != test.have || c & test.lacks != 0 {
                            passes = false
                        } else {
                            var all = true
                            var i = Int(test.a)
                            let end = i &+ Int(test.b)
                            while i < end {
                                if !FlatTests.member(m.lists[i], token, tests, m.lists, words) { all = false; break }
                                i &+= 1
                            }
                            passes = all
                        }
                    case .oneOf:
                        // Each member inline but a nested one.
                        var any = false
                        var i = Int(test.a)
                        let end = i &+ Int(test.b)
                        while i < end {
                            if FlatTests.member(m.lists[i], token, tests, m.lists, words) { any = true; break }
                            i &+= 1
                        }
                        passes = any
                    default:
                        passes = FlatTests.member(op.pointee.a, token, tests, m.lists, words)
                    }
                    guard passes else { break thread }
                    pc &+= 1
                    pos &+= 1
                case .lexicon:
                    let count = m.lexicons[Int(op.pointee.a)].lengths(t, at: pos, into: m.lengths)
                    guard count > 0 else { break thread }
                    for k in 0..<(count - 1) { push(pc &+ 1, pos &+ Int(m.lengths[k])) }
                    pc &+= 1
                    pos &+= Int(m.lengths[count - 1])
                case .split:
                    // A branch whose first-token summary rules out the token at `pos` can only fail: it is not
                    // started (before the end of the tokens; at the end a branch may still match).
                    var current = op
                    if pos < n {
                        let token = tokenBase + pos
                        let id = token.pointee.id
                        let tokenBit: UInt64 = id >= 0 ? 1 << UInt64(id & 63) : 0
                        let classes = token.pointee.classes
                        // Round 20: when the thread goes on to another split that is no join (the next split of an
                        // alternation's chain, a repetition's split at its body), that split is run here on the same
                        // token, without going back through the loop's fetch and dispatch: the same steps in the
                        // same order (a split that is no join marks nothing).
                        // Round 33: the split's targets read from its instruction where they are needed, and the
                        // summaries through base pointers taken once per attempt (fewer values live in the loop).
                        while true {
                            let a = Int(current.pointee.a), b = Int(current.pointee.b)
                            var takeA = firstMasks[a] & tokenBit != 0 || firstClasses[a] & classes != 0
                            var takeB = firstMasks[b] & tokenBit != 0 || firstClasses[b] & classes != 0
                            // Round 32: a gap's body is not started when no token within its reach can begin
                            // what follows the gap (see ``gapReaches(_:_:_:_:)``).
                            if current.pointee.gap != 0, current.pointee.bodyIsB ? takeB : takeA, !gapReaches(m, current.pointee, pos, &gapScan) {
                                if current.pointee.bodyIsB { takeB = false } else { takeA = false }
                            }
                            if takeA {
                                if takeB { push(b, pos) }
                                pc = a
                            } else if takeB {
                                pc = b
                            } else {
                                break thread
                            }
                            let next = opBase + pc
                            guard next.pointee.code == .split, !next.pointee.join else { break }
                            current = next
                        }
                    } else {
                        push(Int(op.pointee.b), pos)
                        pc = Int(op.pointee.a)
                    }
                case .jump:
                    pc = Int(op.pointee.a)
                case .save:
                    let k = Int(op.pointee.a)
                    push(~k, Int(slots[k]))
                    slots[k] = Int32(truncatingIfNeeded: pos)
                    pc &+= 1
                case .lineStart:
                    guard pos < n, t[pos].lineStart else { break thread }
                    pc &+= 1
                case .lineEnd:
                    guard pos > 0, pos == n || t[pos].lineStart else { break thread }
                    pc &+= 1
                case .adjacent:
                    guard pos < n, pos > 0, !t[pos].spaceBefore else { break thread }
                    pc &+= 1
                case .match:
                    return pos
                }
            }
        }
        return -1
    }
}

/// Reusable buffers for matching (keep one per thread): the visited marks are stamped per attempt, so they
/// are never cleared.
public struct MatchScratch: Sendable {
    /// The pending threads, and the visited marks, phrase lengths and capture bounds (in ``Stack``).
    var run = Run()

    /// A pending thread of the machine: (pc, position), or (-slot - 1, old value) to restore a capture slot.
    struct Pending {
        var a: Int32
        var b: Int32
    }

    /// The machine's stack of pending threads in manually managed memory, so that a push is a compare and a
    /// store, and its other buffers: the visited marks, the phrase lengths of a lexicon step (sized to the
    /// longest phrase) and the capture bounds of the running pattern, each with room for at least one entry
    /// (so that a search takes them as they are, with no uniqueness check or closure per buffer). Owned by one
    /// scratch: ``MatchScratch/prepare(program:span:slots:lengths:)`` gives a copied scratch its own stack
    /// before it is used, and sizes the buffers.
    final class Stack: @unchecked Sendable {
        private(set) var base: UnsafeMutablePointer<Pending>
        private(set) var capacity: Int
        private(set) var visited: UnsafeMutableBufferPointer<UInt32>
        private(set) var lengths: UnsafeMutableBufferPointer<Int32>
        private(set) var slots: UnsafeMutableBufferPointer<Int32>

        init(capacity: Int = 256) {
            self.capacity = capacity
            base = .allocate(capacity: capacity)
            visited = .allocate(capacity: 1)
            visited.initialize(repeating: 0)
            lengths = .allocate(capacity: 1)
            lengths.initialize(repeating: 0)
            slots = .allocate(capacity: 1)
            slots.initialize(repeating: -1)
        }

        deinit {
            base.deallocate()
            visited.deallocate()
            lengths.deallocate()
            slots.deallocate()
        }

        /// Room for `visited` marks (the old ones kept, the new ones unset), `lengths` phrase lengths and
        /// `slots` capture bounds.
        func reserve(visited need: Int, lengths: Int, slots: Int) {
            if self.visited.count < need {
                let grown = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: max(need, 2 * self.visited.count))
                grown.initialize(repeating: 0)
                _ = grown.update(fromContentsOf: self.visited)
                self.visited.deallocate()
                self.visited = grown
            }
            if self.lengths.count < lengths {
                let grown = UnsafeMutableBufferPointer<Int32>.allocate(capacity: lengths)
                grown.initialize(repeating: 0)
                self.lengths.deallocate()
                self.lengths = grown
            }
            if self.slots.count < slots {
                let grown = UnsafeMutableBufferPointer<Int32>.allocate(capacity: slots)
                grown.initialize(repeating: -1)
                self.slots.deallocate()
                self.slots = grown
            }
        }

        /// Doubles the room, keeping the entries.
        func grow() {
            let grown = UnsafeMutablePointer<Pending>.allocate(capacity: capacity * 2)
            grown.moveInitialize(from: base, count: capacity)
            base.deallocate()
            base = grown
            capacity *= 2
        }
    }

    /// What one attempt works with besides the visited marks and the capture bounds.
    struct Run: Sendable {
        var stamp: UInt32 = 0
        var stack = Stack()
    }

    public init() {}

    mutating func prepare(program: Int, span: Int, slots: Int, lengths: Int) {
        if !isKnownUniquelyReferenced(&run.stack) { run.stack = Stack() }
        run.stack.reserve(visited: program * span, lengths: lengths, slots: slots)
    }
}

private struct Compiler {
    let available: [String: Lexicon]
    var program: [Instruction] = []
    var lexicons: [Lexicon] = []
    var lexiconIndex: [String: Int] = [:]
    var slotNames: [String] = []
    /// For each instruction of ``program``, the instruction it is a copy of (itself when compiled, see
    /// ``append(copyOf:)``): a copied test is lowered to its original's flat test.
    var origin: [Int] = []

    init(available: [String: Lexicon]) { self.available = available }

    mutating func slot(_ name: String) -> Int {
        if let i = slotNames.firstIndex(of: name) { return i }
        slotNames.append(name)
        return slotNames.count - 1
    }

    mutating func test(_ t: TokenTest, _ vocabulary: inout Vocabulary) throws(CompiledPattern.CompileError) -> CompiledTest {
        switch t {
        case .literal(let w): return .id(vocabulary.intern(w))
        case .number(let a, let b): return .number(a, b)
        case .word: return .word
        case .capitalized: return .capitalized
        case .upper: return .upper
        case .punct: return .punct
        case .any: return .any
        case .lineFirst: return .lineFirst
        case .alphabetic: return .alphabetic
        case .lexiconWord(let name):
            guard let lex = available[name] else { throw .unknownLexicon(name) }
            return .ids(lex.singleTokenIdSet)
        case .not(let inner): return .not(try test(inner, &vocabulary))
        case .allOf(let tests):
            var out: [CompiledTest] = []
            for x in tests { out.append(try test(x, &vocabulary)) }
            return .allOf(out)
        case .oneOf(let tests):
            var ids = IdSet()
            var others: [CompiledTest] = []
            for x in tests {
                switch try test(x, &vocabulary) {
                case .id(let id): ids.insert(id)
                case .ids(let set): ids.formUnion(set)
                case let other: others.append(other)
                }
            }
            if others.isEmpty { return .ids(ids) }
            if !ids.isEmpty { others.insert(.ids(ids), at: 0) }
            return .oneOf(others)
        }
    }

    /// Completes ``origin``: the instructions appended since are their own originals.
    mutating func syncOrigin() {
        while origin.count < program.count { origin.append(origin.count) }
    }

    /// Appends the instructions of `block` (already in ``program``) again, their targets moved by the distance
    /// between the copies. Each copy's ``origin`` is its original's.
    mutating func append(copyOf block: Range<Int>) {
        syncOrigin()
        let delta = program.count - block.lowerBound
        for pc in block {
            switch program[pc] {
            case .split(let a, let b): program.append(.split(a + delta, b + delta))
            case .jump(let a): program.append(.jump(a + delta))
            case let other: program.append(other)
            }
            origin.append(origin[pc])
        }
    }

    mutating func emit(_ node: PatternNode, vocabulary: inout Vocabulary) throws(CompiledPattern.CompileError) {
        switch node {
        case .test(let t):
            program.append(.test(try test(t, &vocabulary)))
        case .literal(let words):
            for w in words { program.append(.test(.id(vocabulary.intern(w)))) }
        case .sequence(let items):
            for item in items { try emit(item, vocabulary: &vocabulary) }
        case .alternation(let branches):
            if let single = PatternParser.singleTokenTest(node, lexicons: available) {
                program.append(.test(try test(single, &vocabulary)))
                return
            }
            var jumps: [Int] = []
            for (i, branch) in branches.enumerated() {
                if i < branches.count - 1 {
                    let split = program.count
                    program.append(.split(split + 1, -1))
                    try emit(branch, vocabulary: &vocabulary)
                    jumps.append(program.count)
                    program.append(.jump(-1))
                    program[split] = .split(split + 1, program.count)
                } else {
                    try emit(branch, vocabulary: &vocabulary)
                }
            }
            for j in jumps { program[j] = .jump(program.count) }
        case .repetition(let inner, let lo, let hi, let greedy):
            // Round 18 (SPEED12): `inner` is compiled once; the other copies are its instructions again, their
            // jumps and splits moved with them (every target of an inner block lies within it or at its end), so
            // the program is the one that compiling each copy gave. `(%orgword){0,10}` compiled the same tests ten
            // times in every organisation of every organizer rule.
            var block: Range<Int>? = nil
            func copy() throws(CompiledPattern.CompileError) {
                if let b = block {
                    append(copyOf: b)
                } else {
                    let first = program.count
                    try emit(inner, vocabulary: &vocabulary)
                    block = first..<program.count
                }
            }
            for _ in 0..<lo { try copy() }
            var splits: [Int] = []
            for _ in lo..<hi {
                splits.append(program.count)
                program.append(.split(-1, -1))
                try copy()
            }
            let end = program.count
            for sp in splits {
                program[sp] = greedy ? .split(sp + 1, end) : .split(end, sp + 1)
            }
        case .capture(let name, let inner):
            let k = slot(name)
            program.append(.save(2 * k))
            try emit(inner, vocabulary: &vocabulary)
            program.append(.save(2 * k + 1))
        case .lexicon(let name):
            guard let lex = available[name] else { throw .unknownLexicon(name) }
            if let i = lexiconIndex[name] {
                program.append(.lexicon(i))
            } else {
                lexicons.append(lex)
                lexiconIndex[name] = lexicons.count - 1
                program.append(.lexicon(lexicons.count - 1))
            }
        case .lineStart: program.append(.lineStart)
        case .lineEnd: program.append(.lineEnd)
        case .adjacent: program.append(.adjacent)
        }
    }

    /// Words so frequent that requiring them skips little.
    static let commonWords: Set<String> = [
        "di", "dan", "yang", "dari", "ke", "pada", "untuk", "dengan", "ini", "itu", "oleh", "dalam", "akan", "juga",
        "tersebut", "sebagai", "atau", "serta", "para", "kata", "ujar", "tahun", "hari",
    ]

    /// Required sets with the furthest offset from a match's start at which the word can stand, and whether
    /// the set holds punctuation or very common words.
    static func requiredWithOffsets(_ node: PatternNode, _ lex: [String: Lexicon], _ v: inout Vocabulary, span: Int)
        -> [(set: IdSet, offset: Int, common: Bool)]
    {
        func isCommon(_ n: PatternNode) -> Bool {
            switch n {
            case .test(.literal(let w)): return isCommonWord(w)
            case .test(.oneOf(let tests)): return tests.contains { isCommon(.test($0)) }
            case .literal(let words): return words.allSatisfy { isCommon(.test(.literal($0))) }
            case .capture(_, let inner), .repetition(let inner, _, _, _): return isCommon(inner)
            case .alternation(let branches): return branches.contains { isCommon($0) }
            case .sequence(let items): return items.allSatisfy { isCommon($0) }
            default: return false
            }
        }
        var inner = node
        while case .capture(_, let x) = inner { inner = x }
        guard case .sequence(let items) = inner else {
            return requiredMarked(node, lex, &v).filter { !$0.set.isEmpty }.map { ($0.set, span, $0.common || isCommon(node)) }
        }
        var out: [(IdSet, Int, Bool)] = []
        var before = 0
        for item in items {
            let itemSpan = (try? Compiler.span(item, lex)) ?? span
            for marked in requiredMarked(item, lex, &v) where !marked.set.isEmpty {
                out.append((marked.set, min(span, before + max(0, itemSpan - 1)), marked.common || isCommon(item)))
            }
            before += itemSpan
        }
        return out
    }

    /// Sets of ids of which one must appear in every match of `node`, one set per mandatory element.
    static func required(_ node: PatternNode, _ lex: [String: Lexicon], _ v: inout Vocabulary) -> [IdSet] {
        requiredMarked(node, lex, &v).map(\.set)
    }

    /// Whether a word is punctuation or one of ``commonWords``: a set holding one skips little.
    static func isCommonWord(_ w: String) -> Bool {
        commonWords.contains(w) || !(w.unicodeScalars.first.map { Tokenizer.isAlnum($0) } ?? false)
    }

    /// ``required(_:_:_:)`` with, for each set, whether it holds punctuation or a very common word. Round 22
    /// (SPEED22): of an alternative's sets, the one taken for the alternation is the smallest of those with no
    /// such word (the smallest of all when each has one). Before, the first of the smallest was taken, so a
    /// split form (`di sampaikan`, `di pandu`, `di antaranya`) put `di` into the set of its verbs, and a branch
    /// that ends on `oleh` put `oleh` there: rules opened by common words then found a required word on
    /// almost every line and walked their gaps there.
    static func requiredMarked(_ node: PatternNode, _ lex: [String: Lexicon], _ v: inout Vocabulary) -> [(set: IdSet, common: Bool)] {
        func testSet(_ t: TokenTest) -> (set: IdSet, common: Bool)? {
            switch t {
            case .literal(let w): return (IdSet([v.intern(w)]), isCommonWord(w))
            case .lexiconWord(let name): return lex[name].map { ($0.singleTokenIdSet, false) }
            case .oneOf(let tests):
                var u = IdSet()
                var common = false
                for x in tests {
                    guard let s = testSet(x) else { return nil }
                    u.formUnion(s.set)
                    common = common || s.common
                }
                return (u, common)
            case .allOf(let tests):
                for x in tests { if let s = testSet(x) { return s } }
                return nil
            default: return nil
            }
        }
        switch node {
        case .test(let t): return testSet(t).map { [$0] } ?? []
        case .literal(let words): return words.map { (IdSet([v.intern($0)]), isCommonWord($0)) }
        case .lexicon(let name): return lex[name].map { [(IdSet($0.firstIds), false)] } ?? []
        case .sequence(let items):
            var out: [(set: IdSet, common: Bool)] = []
            for i in items { out.append(contentsOf: requiredMarked(i, lex, &v)) }
            return out
        case .alternation(let branches):
            var u = IdSet()
            var common = false
            for b in branches {
                let sets = requiredMarked(b, lex, &v).filter { !$0.set.isEmpty }
                guard let best = sets.min(by: { $0.common != $1.common ? !$0.common : $0.set.count < $1.set.count }) else { return [] }
                u.formUnion(best.set)
                common = common || best.common
            }
            return [(u, common)]
        case .repetition(let inner, let lo, _, _): return lo >= 1 ? requiredMarked(inner, lex, &v) : []
        case .capture(_, let inner): return requiredMarked(inner, lex, &v)
        case .lineStart, .lineEnd, .adjacent: return []
        }
    }

    /// How many instructions ``emit(_:vocabulary:)`` would write for `node`, computed without expanding it;
    /// saturates at `Int.max / 4` so that no repetition nesting overflows.
    static func programSize(_ node: PatternNode) -> Int {
        let cap = Int.max / 4
        func add(_ a: Int, _ b: Int) -> Int { min(cap, a + b) }
        func mul(_ a: Int, _ b: Int) -> Int { a == 0 || b == 0 ? 0 : (a > cap / b ? cap : a * b) }
        switch node {
        case .test, .lexicon, .lineStart, .lineEnd, .adjacent: return 1
        case .literal(let w): return max(1, w.count)
        case .sequence(let items): return items.reduce(0) { add($0, programSize($1)) }
        case .alternation(let branches):
            // a split and a jump per branch
            return branches.reduce(0) { add($0, add(programSize($1), 2)) }
        case .repetition(let inner, let lo, let hi, _):
            let one = programSize(inner)
            return add(mul(lo, one), mul(max(0, hi - lo), add(one, 1)))
        case .capture(_, let inner): return add(programSize(inner), 2)
        }
    }

    static func span(_ node: PatternNode, _ lex: [String: Lexicon]) throws(CompiledPattern.CompileError) -> Int {
        let cap = Int.max / 4
        switch node {
        case .test: return 1
        case .literal(let w): return w.count
        case .sequence(let items):
            var total = 0
            for i in items { total = min(cap, total + (try span(i, lex))) }
            return total
        case .alternation(let branches):
            var m = 0
            for b in branches { m = max(m, try span(b, lex)) }
            return m
        case .repetition(let inner, _, let hi, _):
            let one = try span(inner, lex)
            return one == 0 || hi == 0 ? 0 : (one > cap / hi ? cap : one * hi)
        case .capture(_, let inner): return try span(inner, lex)
        case .lexicon(let name):
            guard let l = lex[name] else { throw .unknownLexicon(name) }
            return l.maxLength
        case .lineStart, .lineEnd, .adjacent: return 0
        }
    }
}

/// A superset test of the first token of a pattern's matches: a bitset of word ids and flags for token
/// classes, so that most positions are skipped without running the pattern.
struct StartFilter: Sendable {
    var ids = IdSet()
    var anyToken = false
    var numbers = false
    var words = false
    var capitalized = false
    var upper = false
    var punct = false
    var lineFirst = false

    init(tests: [CompiledTest], anywhere: Bool) {
        anyToken = anywhere
        for t in tests { add(t) }
    }

    mutating func add(_ t: CompiledTest) {
        switch t {
        case .id(let i): ids.insert(i)
        case .ids(let s): ids.formUnion(s)
        case .number: numbers = true
        case .word: words = true
        case .capitalized: capitalized = true
        case .upper: upper = true
        case .punct: punct = true
        case .lineFirst: lineFirst = true
        case .alphabetic: words = true
        case .any, .not: anyToken = true
        case .oneOf(let tests): for x in tests { add(x) }
        case .allOf(let tests):
            // Any one member's superset is a superset of the conjunction. Round 27 (SPEED27): a member that reads
            // words (`[<cap> @cap_head]`: its heads) before one that reads a class (every capitalized token), else
            // the first that is not "any".
            let word = tests.first { t in
                switch t {
                case .id, .ids: return true
                default: return false
                }
            }
            if let x = word ?? tests.first(where: { if case .not = $0 { return false }; if case .any = $0 { return false }; return true }) {
                add(x)
            } else {
                anyToken = true
            }
        }
    }

    /// Whether only the words of `ids` can start a match.
    var idsOnly: Bool { !anyToken && !numbers && !words && !capitalized && !upper && !punct && !lineFirst }

    /// The token classes (``Token/Classes``) that the flags admit: one byte to test against a token's classes.
    var classes: UInt8 {
        if anyToken { return UInt8.max }
        var c: UInt8 = 0
        if numbers { c |= Token.Classes.number }
        if words { c |= Token.Classes.word }
        if capitalized { c |= Token.Classes.capitalized }
        if upper { c |= Token.Classes.upper }
        if punct { c |= Token.Classes.punct }
        if lineFirst { c |= Token.Classes.lineStart }
        return c
    }

    @inline(__always)
    func admits(_ t: Token) -> Bool {
        if anyToken || ids.contains(t.id) { return true }
        switch t.kind {
        case .number: if numbers { return true }
        case .word: if words || (capitalized && t.capitalized) || (upper && t.allCaps) { return true }
        case .punct: if punct { return true }
        }
        return lineFirst && t.lineStart
    }
}
