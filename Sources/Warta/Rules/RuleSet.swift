import Foundation
import Yams

/// One example of a rule: text that the rule must match, and optionally the value its extractor must derive.
public struct RuleExample: Sendable {
    public var text: String
    public var value: String?
    /// The publication date (`YYYY-MM-DD`) to resolve year-less dates against.
    public var published: String?
}

/// A rule of a rule file: a stable id, a kind that its extractor interprets, and a compiled pattern.
///
/// A rule is an immutable object shared by every thread: extractors iterate over rules for each document,
/// and a reference costs one reference count where a copied value would cost one per string and array it
/// holds, all of them counted atomically on memory that the threads share.
public final class Rule: Sendable {
    public let id: String
    public let field: String
    public let file: String
    public let kind: String
    public let description: String
    public let source: String
    public let pattern: CompiledPattern
    public let priority: Int
    public let examples: [RuleExample]
    public let counterexamples: [String]

    public init(
        id: String, field: String, file: String, kind: String, description: String, source: String, pattern: CompiledPattern,
        priority: Int, examples: [RuleExample], counterexamples: [String]
    ) {
        self.id = id
        self.field = field
        self.file = file
        self.kind = kind
        self.description = description
        self.source = source
        self.pattern = pattern
        self.priority = priority
        self.examples = examples
        self.counterexamples = counterexamples
    }

    /// The same rule with another compiled pattern.
    func with(pattern: CompiledPattern) -> Rule {
        Rule(
            id: id, field: field, file: file, kind: kind, description: description, source: source, pattern: pattern,
            priority: priority, examples: examples, counterexamples: counterexamples)
    }
}

extension Array where Element == Rule {
    /// Calls `body` with each rule in order, borrowed from the array: no reference count is taken on the rule
    /// (nor on its pattern, a `let` of the borrowed rule). A `for rule in rules` loop retains and releases both
    /// at every rule of every document, atomic writes to objects that every worker thread shares, so the cache
    /// line of each moves between the cores at each rule when two threads extract (round 10: about 130 of these
    /// moves per article). `body` must not keep `rule` beyond the call without a strong reference of its own
    /// (storing it in a value does take one).
    @inline(__always)
    func forEachShared(_ body: (Rule) throws -> Void) rethrows {
        try withUnsafeBufferPointer { buffer in
            for i in buffer.indices {
                try Unmanaged.passUnretained(buffer[i])._withUnsafeGuaranteedRef(body)
            }
        }
    }
}

/// A problem found while loading or checking rule files: the file, the rule (if any) and the reason.
public struct RuleProblem: Error, Sendable, CustomStringConvertible, Equatable {
    public var file: String
    public var rule: String?
    public var message: String

    public var description: String {
        if let rule { return "\(file): rule \(rule): \(message)" }
        return "\(file): \(message)"
    }
}

/// Where rule files come from: the copy built into the binary, or a folder (`--rules DIR`).
public enum RuleSource: Sendable {
    case embedded
    case directory(URL)

    /// Every file below the root as (path relative to the root with `/` separators, contents).
    public func files() throws -> [(path: String, contents: String)] {
        switch self {
        case .embedded:
            return EmbeddedRules.files.map { ($0.0, $0.1) }
        case .directory(let url):
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), isDir.boolValue else {
                throw RuleProblem(file: url.path, rule: nil, message: "the rules folder does not exist or is not a folder")
            }
            var out: [(String, String)] = []
            let root = url.standardizedFileURL.path
            guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
            while let rel = walker.nextObject() as? String {
                let full = root + "/" + rel
                var d: ObjCBool = false
                guard FileManager.default.fileExists(atPath: full, isDirectory: &d), !d.boolValue else { continue }
                let name = (rel as NSString).lastPathComponent
                if name.hasPrefix(".") || name.hasSuffix(".md") { continue }
                guard let data = FileManager.default.contents(atPath: full) else {
                    throw RuleProblem(file: rel, rule: nil, message: "the file cannot be read")
                }
                guard let text = String(data: data, encoding: .utf8) else {
                    throw RuleProblem(file: rel, rule: nil, message: "the file is not UTF-8")
                }
                out.append((rel, text))
            }
            return out.sorted { $0.0 < $1.0 }
        }
    }
}

/// The macros and the rule patterns of one rule file, as ``RuleSet/load(from:)`` read them (round 19, SPEED13: kept
/// by the load for the tests of round 18, which parse each pattern with its file's ``MacroCache`` against the text
/// expansion, instead of reading the YAML a second time).
struct RuleFileSource: Sendable {
    let file: String
    let macros: [String: String]
    /// The `pattern` of every rule of the file that has one, in the order of the file.
    let patterns: [String]
}

/// All rule files, validated and compiled once per process.
public struct RuleSet: Sendable {
    public private(set) var vocabulary = Vocabulary()
    public private(set) var lexicons: [String: Lexicon] = [:]
    public private(set) var rules: [String: [Rule]] = [:]
    /// Data files that extractors read themselves (TSV gazetteers), by relative path.
    public private(set) var dataFiles: [String: String] = [:]
    public private(set) var lexiconFiles: [String: String] = [:]
    /// The macros and the patterns of each rule file that has rules, in the order loaded (for the tests).
    private(set) var ruleFileSources: [RuleFileSource] = []

    /// The rules built into the binary, compiled on first use.
    public static let builtIn: Result<RuleSet, RuleLoadError> = Result { () throws(RuleLoadError) in
        try RuleSet.load(from: .embedded)
    }

    public func rules(for field: String) -> [Rule] { rules[field] ?? [] }

    public func lexicon(_ name: String) -> Lexicon? { lexicons[name] }

    /// Loads and validates every rule file; throws every problem found, not only the first.
    public static func load(from source: RuleSource) throws(RuleLoadError) -> RuleSet {
        let files: [(path: String, contents: String)]
        do { files = try source.files() } catch let p as RuleProblem {
            throw RuleLoadError(problems: [p])
        } catch {
            throw RuleLoadError(problems: [RuleProblem(file: "\(source)", rule: nil, message: "\(error)")])
        }
        var set = RuleSet()
        var problems: [RuleProblem] = []
        var parsed: [(path: String, field: String, root: [String: Any])] = []
        let known = Set(ExtractorRegistry.all.map { $0.field }).union(ExtractorRegistry.dataFolders)
        var seenFields = Set<String>()
        for file in files {
            let parts = file.path.split(separator: "/").map(String.init)
            guard parts.count >= 2 else {
                if file.path.hasSuffix(".yaml") || file.path.hasSuffix(".yml") {
                    problems.append(RuleProblem(file: file.path, rule: nil, message: "rule files belong in a field folder such as dates/"))
                }
                continue
            }
            let field = parts[0]
            seenFields.insert(field)
            if !known.contains(field) {
                problems.append(RuleProblem(
                    file: file.path, rule: nil,
                    message: "no extractor is registered for the folder '\(field)' (known: \(known.sorted().joined(separator: ", ")))"))
                continue
            }
            if file.path.hasSuffix(".yaml") || file.path.hasSuffix(".yml") {
                do {
                    // The basic resolver keeps every scalar a string: `no`, `on` and `1` stay words, never booleans.
                    guard let root = try Yams.load(yaml: file.contents, .basic) as? [String: Any] else {
                        problems.append(RuleProblem(file: file.path, rule: nil, message: "the file is not a YAML mapping"))
                        continue
                    }
                    parsed.append((file.path, field, root))
                } catch {
                    problems.append(RuleProblem(file: file.path, rule: nil, message: "YAML error: \(error)"))
                }
            } else {
                set.dataFiles[file.path] = file.contents
            }
        }
        for ext in ExtractorRegistry.all where !seenFields.contains(ext.field) {
            problems.append(RuleProblem(file: ext.field + "/", rule: nil, message: "the folder of the registered extractor '\(ext.field)' is missing"))
        }
        // Lexicons first, so that any rule may use any lexicon.
        let topKeys: Set<String> = ["field", "description", "lexicons", "lexicon_files", "macros", "rules"]
        for (path, field, root) in parsed {
            for key in root.keys where !topKeys.contains(key) {
                problems.append(RuleProblem(file: path, rule: nil, message: "unknown key '\(key)' (allowed: \(topKeys.sorted().joined(separator: ", ")))"))
            }
            if let declared = root["field"] as? String, declared != field {
                problems.append(RuleProblem(file: path, rule: nil, message: "declares field '\(declared)' but lives in the folder '\(field)'"))
            }
            if let lexicons = root["lexicons"] {
                guard let map = lexicons as? [String: Any] else {
                    problems.append(RuleProblem(file: path, rule: nil, message: "'lexicons' must be a mapping of names to phrase lists"))
                    continue
                }
                for name in map.keys.sorted() {
                    set.addLexicon(name: name, body: map[name] as Any, file: path, problems: &problems)
                }
            }
            if let files = root["lexicon_files"] {
                guard let map = files as? [String: Any] else {
                    problems.append(RuleProblem(file: path, rule: nil, message: "'lexicon_files' must map lexicon names to TSV files"))
                    continue
                }
                for name in map.keys.sorted() {
                    guard let rel = map[name] as? String else {
                        problems.append(RuleProblem(file: path, rule: nil, message: "lexicon file of '\(name)' must be a path"))
                        continue
                    }
                    let full = field + "/" + rel
                    guard let body = set.dataFiles[full] else {
                        problems.append(RuleProblem(file: path, rule: nil, message: "lexicon file '\(full)' of '\(name)' does not exist"))
                        continue
                    }
                    set.lexiconFiles[name] = full
                    set.addTSVLexicon(name: name, body: body, file: full, problems: &problems)
                }
            }
        }
        set.resolveLexiconIncludes(problems: &problems)
        for ext in ExtractorRegistry.all {
            let derived = ext.derivedLexicons(dataFiles: set.dataFiles)
            problems.append(contentsOf: derived.problems)
            for name in derived.lexicons.keys.sorted() {
                if set.lexicons[name] != nil {
                    problems.append(RuleProblem(file: ext.field + "/", rule: nil, message: "lexicon '\(name)' is defined twice"))
                    continue
                }
                var lex = Lexicon(name: name)
                for (phrase, value) in derived.lexicons[name] ?? [] {
                    _ = lex.add(phrase: phrase, value: value, vocabulary: &set.vocabulary)
                }
                set.lexicons[name] = lex
            }
        }
        var ids = Set<String>()
        for (path, field, root) in parsed {
            guard let list = root["rules"] else { continue }
            guard let items = list as? [Any] else {
                problems.append(RuleProblem(file: path, rule: nil, message: "'rules' must be a list"))
                continue
            }
            let ext = ExtractorRegistry.extractor(for: field)
            var macros: [String: String] = [:]
            if let m = root["macros"] {
                if let map = m as? [String: Any] {
                    for (k, v) in map { macros[k] = "\(v)" }
                } else {
                    problems.append(RuleProblem(file: path, rule: nil, message: "'macros' must map names to pattern fragments"))
                }
            }
            // Each macro parsed once for all the rules of the file (round 18, SPEED12).
            let macroCache = MacroCache(macros: macros)
            var patterns: [String] = []
            for (index, item) in items.enumerated() {
                guard let map = item as? [String: Any] else {
                    problems.append(RuleProblem(file: path, rule: "#\(index + 1)", message: "a rule must be a mapping"))
                    continue
                }
                if let pattern = map["pattern"] as? String { patterns.append(pattern) }
                if let rule = set.compileRule(map, index: index, field: field, file: path, extractor: ext, macros: macroCache, ids: &ids, problems: &problems) {
                    set.rules[field, default: []].append(rule)
                }
            }
            set.ruleFileSources.append(RuleFileSource(file: path, macros: macros, patterns: patterns))
        }
        if !problems.isEmpty { throw RuleLoadError(problems: problems) }
        set.vocabulary.addStructureFlags(DocumentStructure.vocabularyFlags)
        set.buildTriggers()
        return set
    }

    /// Gives every pattern its slot in one trigger table for the whole rule set.
    private mutating func buildTriggers() {
        var patterns: [CompiledPattern] = []
        for field in rules.keys.sorted() {
            for rule in rules[field, default: []] { patterns.append(rule.pattern) }
        }
        let table = TriggerTable(patterns: patterns, vocabularySize: vocabulary.ids.count)
        var k = 0
        for field in rules.keys.sorted() {
            rules[field] = rules[field, default: []].map { rule in
                defer { k += 1 }
                return rule.with(pattern: CompiledPattern(rule.pattern, slot: k, tableID: table.id))
            }
        }
        vocabulary.triggers = table
    }

    /// The phrases of every list lexicon of the rule files, as written (the phrases an include copies), and the
    /// includes still to resolve: (lexicon, included lexicon, file), in the order of the files.
    private var listedPhrases: [String: [String]] = [:]
    private var pendingIncludes: [(name: String, included: String, file: String)] = []

    /// Round 27: a list lexicon may name another list lexicon as one of its items, `@rank`, to hold all of its
    /// phrases too (so that the ranks of the TNI and the Polri are written once, in `rank`, and `title_pre`
    /// includes them). Resolved after every rule file's lexicons are read, so that the order of the files and of
    /// the names does not matter; an include of an unknown lexicon, of a mapping lexicon, or a cycle is a
    /// problem named by file and lexicon.
    private mutating func resolveLexiconIncludes(problems: inout [RuleProblem]) {
        defer { pendingIncludes = []; listedPhrases = [:] }
        guard !pendingIncludes.isEmpty else { return }
        var includes: [String: [(included: String, file: String)]] = [:]
        for p in pendingIncludes { includes[p.name, default: []].append((p.included, p.file)) }
        /// Every phrase a lexicon holds with its includes, depth first; `path` finds cycles.
        var resolved: [String: [String]] = [:]
        func phrases(of name: String, path: [String], file: String) -> [String] {
            if let done = resolved[name] { return done }
            if path.contains(name) {
                problems.append(RuleProblem(file: file, rule: nil, message: "lexicon '\(path[0])': the includes form a cycle (\((path + [name]).map { "@" + $0 }.joined(separator: " -> ")))"))
                return []
            }
            var all = listedPhrases[name] ?? []
            for inc in includes[name] ?? [] {
                guard lexicons[inc.included] != nil else {
                    problems.append(RuleProblem(file: inc.file, rule: nil, message: "lexicon '\(name)' includes '@\(inc.included)', which is not a lexicon of the rule files"))
                    continue
                }
                guard listedPhrases[inc.included] != nil else {
                    problems.append(RuleProblem(file: inc.file, rule: nil, message: "lexicon '\(name)' includes '@\(inc.included)', which maps values to phrases; only a list lexicon can be included"))
                    continue
                }
                all += phrases(of: inc.included, path: path + [name], file: inc.file)
            }
            resolved[name] = all
            return all
        }
        for name in includes.keys.sorted() {
            let file = includes[name]?.first?.file ?? ""
            let all = phrases(of: name, path: [], file: file)
            guard var lex = lexicons[name] else { continue }
            for phrase in all { _ = lex.add(phrase: phrase, value: phrase, vocabulary: &vocabulary) }
            lexicons[name] = lex
        }
    }

    private mutating func addLexicon(name: String, body: Any, file: String, problems: inout [RuleProblem]) {
        if lexicons[name] != nil {
            problems.append(RuleProblem(file: file, rule: nil, message: "lexicon '\(name)' is defined twice"))
            return
        }
        var lex = Lexicon(name: name)
        func add(_ phrase: String, _ value: String) {
            // A long name with commas in a YAML flow list (`[a, b, c, dan d]`) is split by YAML into loose words
            // and a tail that begins with a conjunction: the name must be quoted.
            let lower = phrase.lowercased()
            if ["dan ", "serta ", "atau "].contains(where: { lower.hasPrefix($0) }) {
                problems.append(RuleProblem(file: file, rule: nil, message: "lexicon '\(name)': phrase '\(phrase)' begins with a conjunction; a name with commas must be quoted in a YAML list"))
            }
            if case .duplicate(let existing) = lex.add(phrase: phrase, value: value, vocabulary: &vocabulary) {
                problems.append(RuleProblem(file: file, rule: nil, message: "lexicon '\(name)': phrase '\(phrase)' has two values, '\(existing)' and '\(value)'"))
            }
        }
        if let list = body as? [Any] {
            var written: [String] = []
            for p in list {
                let phrase = "\(p)"
                if phrase.hasPrefix("@") {
                    let included = String(phrase.dropFirst())
                    if included.isEmpty || !included.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                        problems.append(RuleProblem(file: file, rule: nil, message: "lexicon '\(name)': '\(phrase)' is no lexicon name to include (write @name)"))
                    } else if included == name {
                        problems.append(RuleProblem(file: file, rule: nil, message: "lexicon '\(name)' includes itself"))
                    } else {
                        pendingIncludes.append((name, included, file))
                    }
                    continue
                }
                written.append(phrase)
                add(phrase, phrase)
            }
            listedPhrases[name] = written
        } else if let map = body as? [AnyHashable: Any] {
            for key in map.keys.map({ "\($0)" }).sorted() {
                let value = map.first { "\($0.key)" == key }?.value
                if let phrases = value as? [Any] {
                    add(key, key)
                    for p in phrases { add("\(p)", key) }
                } else if let phrase = value {
                    add(key, key)
                    add("\(phrase)", key)
                }
            }
        } else {
            problems.append(RuleProblem(file: file, rule: nil, message: "lexicon '\(name)' must be a list of phrases or a mapping of values to phrase lists"))
            return
        }
        lexicons[name] = lex
    }

    /// A TSV lexicon: `value<TAB>phrase` per line; lines starting with `#` and a header line starting with
    /// `value` are skipped.
    private mutating func addTSVLexicon(name: String, body: String, file: String, problems: inout [RuleProblem]) {
        var lex = Lexicon(name: name)
        var lineNo = 0
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            if line.isEmpty || line.hasPrefix("#") || (lineNo == 1 && line.hasPrefix("value\t")) { continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count >= 2 else {
                problems.append(RuleProblem(file: file, rule: nil, message: "line \(lineNo): expected value<TAB>phrase"))
                continue
            }
            _ = lex.add(phrase: String(cols[1]), value: String(cols[0]), vocabulary: &vocabulary)
        }
        lexicons[name] = lex
    }

    private mutating func compileRule(
        _ map: [String: Any], index: Int, field: String, file: String, extractor: (any FieldExtractor.Type)?,
        macros: MacroCache, ids: inout Set<String>, problems: inout [RuleProblem]
    ) -> Rule? {
        let allowed: Set<String> = ["id", "kind", "description", "pattern", "priority", "examples", "counterexamples"]
        guard let id = map["id"] as? String, !id.isEmpty else {
            problems.append(RuleProblem(file: file, rule: "#\(index + 1)", message: "the rule has no 'id'"))
            return nil
        }
        var ok = true
        func problem(_ m: String) { problems.append(RuleProblem(file: file, rule: id, message: m)); ok = false }
        for key in map.keys where !allowed.contains(key) {
            problem("unknown key '\(key)' (allowed: \(allowed.sorted().joined(separator: ", ")))")
        }
        if !ids.insert(id).inserted { problem("the id is used twice") }
        if !id.hasPrefix(field + ".") { problem("the id must start with '\(field).'") }
        let kind = map["kind"] as? String ?? ""
        if let extractor {
            if let captures = extractor.kinds[kind] {
                _ = captures
            } else {
                problem("unknown kind '\(kind)' (the \(field) extractor knows: \(extractor.kinds.keys.sorted().joined(separator: ", ")))")
            }
        }
        guard let source = map["pattern"] as? String, !source.isEmpty else {
            problem("the rule has no 'pattern'")
            return nil
        }
        var compiled: CompiledPattern?
        do {
            let node = try PatternParser.parse(source, cache: macros)
            compiled = try CompiledPattern(node, lexicons: lexicons, vocabulary: &vocabulary)
        } catch let e as PatternError {
            problem("pattern: \(e.description)")
        } catch let e as CompiledPattern.CompileError {
            switch e {
            case .unknownLexicon(let name): problem("pattern: unknown lexicon '@\(name)'")
            case .emptyMatch: problem("pattern: can match no token at all")
            case .tooLong(let n): problem("pattern: may span \(n) tokens, above the limit of \(CompiledPattern.spanLimit)")
            case .tooLarge(let n): problem("pattern: would compile to \(n) instructions, above the limit of \(CompiledPattern.programLimit) (nested repetitions multiply)")
            case .tooManyCaptures(let n): problem("pattern: names \(n) captures, above the limit of \(CompiledPattern.captureLimit)")
            }
        } catch {
            problem("pattern: \(error)")
        }
        if let compiled, let extractor, let captures = extractor.kinds[kind] {
            for name in compiled.captureNames where !captures.contains(name) {
                problem("capture '\(name)' is not used by kind '\(kind)' (known: \(captures.sorted().joined(separator: ", ")))")
            }
        }
        var examples: [RuleExample] = []
        for item in map["examples"] as? [Any] ?? [] {
            if let text = item as? String {
                examples.append(RuleExample(text: text, value: nil, published: nil))
            } else if let m = item as? [String: Any], let text = m["text"] as? String {
                let value = m["value"].map { "\($0)" }
                let published = m["published"].map { "\($0)" }
                examples.append(RuleExample(text: text, value: value, published: published))
            } else {
                problem("an example must be a string or a mapping with 'text' (and optional 'value', 'published')")
            }
        }
        let counter = (map["counterexamples"] as? [Any] ?? []).map { "\($0)" }
        if examples.isEmpty { problem("the rule has no examples: add at least one text it must match") }
        if counter.isEmpty { problem("the rule has no counterexamples: add at least one text it must not match") }
        guard ok, let compiled else { return nil }
        return Rule(
            id: id, field: field, file: file, kind: kind, description: map["description"] as? String ?? "",
            source: source, pattern: compiled, priority: (map["priority"] as? String).flatMap { Int($0) } ?? 0, examples: examples,
            counterexamples: counter)
    }
}

/// Every problem found in the rule files.
public struct RuleLoadError: Error, Sendable, CustomStringConvertible {
    public var problems: [RuleProblem]
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
