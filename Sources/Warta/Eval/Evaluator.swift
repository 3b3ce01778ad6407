/// Scores records against gold labels field by field, with the rules of `GOLD-FORMAT.md`: scalar fields as
/// slots (a right value is a true positive; a wrong value a false positive and a false negative; a value
/// where the gold is null a false positive), list fields as sets.
public struct Evaluator: Sendable {
    public enum Field: String, CaseIterable, Sendable {
        case isTrainingEvent = "is_training_event"
        case eventType = "event_type"
        case dateStart = "date_start"
        case dateEnd = "date_end"
        case city
        case province
        case venue
        case participantsTotal = "participants_total"
        case participantGroups = "participant_groups"
        case organizers
        case speakers
        case speakerOrganizations = "speaker_organizations"
        case legalReferences = "legal_references"
    }

    public struct Counts: Sendable, Equatable {
        public var tp = 0
        public var fp = 0
        public var fn = 0
        public var precision: Double { tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp) }
        public var recall: Double { tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn) }
        public var f1: Double {
            if tp + fp + fn == 0 { return 1 }
            return 2 * Double(tp) / Double(2 * tp + fp + fn)
        }
    }

    public struct Mismatch: Sendable {
        public var doc: String
        public var field: Field
        public var expected: String
        public var predicted: String
    }

    /// Where a field's false positives and false negatives come from (round 31, `warta eval --anatomy`). Each
    /// false positive and each false negative of ``counts`` falls in exactly one kind, so the kinds sum to the
    /// table's `fp` and `fn`.
    public struct Anatomy: Sendable, Equatable {
        /// False positives of a record that calls a document a training event where its label does not (for
        /// `is_training_event` itself: every false positive).
        public var fpFalseEvent = 0
        /// False positives where the label of a training event leaves the field empty (null, or no item).
        public var fpEmptyLabel = 0
        /// False positives where the label has a value: a wrong value of a scalar field, or an item of a list that
        /// matches none of the label's items.
        public var fpOther = 0
        /// False negatives of a training event the record does not find (for `is_training_event`: every one).
        public var fnMissedEvent = 0
        /// False negatives where the record of a found event has nothing: a null, or an empty list.
        public var fnNothingFound = 0
        /// False negatives where the record has something: a wrong value of a scalar field, or an item of the
        /// label missed beside items the record has.
        public var fnOther = 0
        public init() {}
        public var fp: Int { fpFalseEvent + fpEmptyLabel + fpOther }
        public var fn: Int { fnMissedEvent + fnNothingFound + fnOther }
    }

    public private(set) var counts: [Field: Counts] = [:]
    public private(set) var anatomy: [Field: Anatomy] = [:]
    public private(set) var mismatches: [Mismatch] = []
    public private(set) var documents = 0
    public private(set) var errors: [String] = []

    /// Round 28 (GRP28): how participant groups are compared (``GroupNames``); ``EvalRun`` gives it the rule set's
    /// aliases.
    public var groupNames = GroupNames()

    public init() {
        for f in Field.allCases { counts[f] = Counts(); anatomy[f] = Anatomy() }
    }

    /// Values of a record in the gold label's terms.
    struct Predicted {
        var isEvent = false
        var type: String?
        var dateStart: String?
        var dateEnd: String?
        var city: String?
        var province: String?
        var venue: String?
        var total: Int?
        var groups: [String] = []
        var organizers: [String] = []
        var speakers: [String] = []
        var speakerOrgs: [String] = []
        var legal: [String] = []

        init(_ r: Record) {
            isEvent = r.isTrainingEvent
            legal = r.legalReferences.map(\.canonical)
            guard let e = r.event else { return }
            type = e.type
            dateStart = e.date?.start.iso
            dateEnd = e.date?.end.iso
            city = e.location?.city
            province = e.location?.province
            venue = e.location?.venue
            total = e.participants?.total
            groups = e.participants?.groups.map(\.name) ?? []
            organizers = e.organizers.map(\.name)
            speakers = e.speakers.filter { $0.kind == .person }.map(\.name)
            speakerOrgs = e.speakers.filter { $0.kind == .organization }.map(\.name)
        }
    }

    public mutating func recordError(_ doc: String, _ message: String) {
        errors.append("\(doc): \(message)")
    }

    public mutating func add(record: Record, gold: GoldLabel) {
        documents += 1
        let p = Predicted(record)
        let doc = gold.doc
        occasion = Occasion(predicted: p.isEvent, labelled: gold.isTrainingEvent)
        // is_training_event: detection of the positive class.
        do {
            var c = counts[.isTrainingEvent] ?? Counts()
            switch (p.isEvent, gold.isTrainingEvent) {
            case (true, true): c.tp += 1
            case (true, false): c.fp += 1; file(.isTrainingEvent, falsePositive: true, empty: true); miss(doc, .isTrainingEvent, "false", "true")
            case (false, true): c.fn += 1; file(.isTrainingEvent, falsePositive: false, empty: true); miss(doc, .isTrainingEvent, "true", "false")
            case (false, false): break
            }
            counts[.isTrainingEvent] = c
        }
        scalar(doc, .eventType, p.type, gold.eventType, Matching.same)
        scalar(doc, .dateStart, p.dateStart, gold.dateStart, ==)
        scalar(doc, .dateEnd, p.dateEnd, gold.dateEnd, ==)
        scalar(doc, .city, p.city, gold.city, Matching.same)
        scalar(doc, .province, p.province, gold.province, Matching.same)
        scalar(doc, .venue, p.venue, gold.venue, Matching.mostWords)
        scalar(doc, .participantsTotal, p.total.map { "\($0)" }, gold.participantsTotal.map { "\($0)" }, ==)
        let names = groupNames
        set(doc, .participantGroups, p.groups, gold.participantGroups, names.same)
        set(doc, .organizers, p.organizers, gold.organizers, Matching.mostWords)
        set(doc, .speakers, p.speakers, gold.speakers, Matching.samePerson)
        set(doc, .speakerOrganizations, p.speakerOrgs, gold.speakerOrganizations, Matching.mostWords)
        // Legal references are listed for every document, event or not: their errors are never an event's.
        occasion = Occasion(predicted: true, labelled: true)
        set(doc, .legalReferences, p.legal, gold.legalReferences, Matching.sameLegal)
    }

    /// Whether the record and the label of the document being added call it a training event: decides the kind of
    /// an error in ``anatomy``.
    private struct Occasion {
        var predicted = true
        var labelled = true
    }
    private var occasion = Occasion()

    /// Files a false positive (`fp`) or a false negative of field `f` under its kind; `empty` says whether the
    /// label's value is empty (for a false positive) or the record's (for a false negative).
    private mutating func file(_ f: Field, falsePositive: Bool, empty: Bool) {
        var a = anatomy[f] ?? Anatomy()
        if falsePositive {
            if !occasion.labelled { a.fpFalseEvent += 1 } else if empty { a.fpEmptyLabel += 1 } else { a.fpOther += 1 }
        } else {
            if !occasion.predicted { a.fnMissedEvent += 1 } else if empty { a.fnNothingFound += 1 } else { a.fnOther += 1 }
        }
        anatomy[f] = a
    }

    private mutating func miss(_ doc: String, _ f: Field, _ expected: String, _ predicted: String) {
        mismatches.append(Mismatch(doc: doc, field: f, expected: expected, predicted: predicted))
    }

    private mutating func scalar(_ doc: String, _ f: Field, _ pred: String?, _ gold: String?, _ eq: (String, String) -> Bool) {
        var c = counts[f] ?? Counts()
        switch (pred, gold) {
        case (nil, nil): break
        case (let p?, nil): c.fp += 1; file(f, falsePositive: true, empty: true); miss(doc, f, "null", p)
        case (nil, let g?): c.fn += 1; file(f, falsePositive: false, empty: true); miss(doc, f, g, "null")
        case (let p?, let g?):
            if eq(p, g) {
                c.tp += 1
            } else {
                c.fp += 1; c.fn += 1
                file(f, falsePositive: true, empty: false); file(f, falsePositive: false, empty: false)
                miss(doc, f, g, p)
            }
        }
        counts[f] = c
    }

    private mutating func set(_ doc: String, _ f: Field, _ pred: [String], _ gold: [String], _ eq: (String, String) -> Bool) {
        var c = counts[f] ?? Counts()
        var unmatched = pred
        var missed: [String] = []
        for g in gold {
            if let i = unmatched.firstIndex(where: { eq($0, g) }) {
                unmatched.remove(at: i)
                c.tp += 1
            } else {
                c.fn += 1
                missed.append(g)
            }
        }
        c.fp += unmatched.count
        for _ in unmatched { file(f, falsePositive: true, empty: gold.isEmpty) }
        for _ in missed { file(f, falsePositive: false, empty: pred.isEmpty) }
        if !missed.isEmpty || !unmatched.isEmpty {
            miss(doc, f, missed.isEmpty ? "-" : missed.joined(separator: "; "), unmatched.isEmpty ? "-" : unmatched.joined(separator: "; "))
        }
        counts[f] = c
    }

    /// The eight main fields whose mean F1 is the macro-F1 of issue 11.
    public static let mainFields: [Field] = [
        .isTrainingEvent, .dateStart, .city, .venue, .participantsTotal, .organizers, .speakers, .legalReferences,
    ]
    /// The key of the macro-F1 in reports and `floors.json`.
    public static let macroKey = "macro_f1"

    /// The mean F1 of ``mainFields``.
    public var macroF1: Double {
        Evaluator.mainFields.map { (counts[$0] ?? Counts()).f1 }.reduce(0, +) / Double(Evaluator.mainFields.count)
    }

    /// The per-field table, one line per field, and the macro-F1 over the main fields.
    public func table() -> String {
        func fmt(_ d: Double) -> String {
            let v = (d * 1000).rounded() / 1000
            var s = String(v)
            while s.count < 5 { s += "0" }
            return s
        }
        var lines = ["field                     tp    fp    fn  P      R      F1"]
        for f in Field.allCases {
            let c = counts[f] ?? Counts()
            let name = f.rawValue.padding(toLength: 22, withPad: " ", startingAt: 0)
            func n(_ x: Int) -> String { String(repeating: " ", count: max(0, 5 - String(x).count)) + String(x) }
            lines.append("\(name)\(n(c.tp)) \(n(c.fp)) \(n(c.fn))  \(fmt(c.precision))  \(fmt(c.recall))  \(fmt(c.f1))")
        }
        lines.append("macro F1 over the 8 main fields            \(fmt(macroF1))")
        return lines.joined(separator: "\n")
    }

    /// Where the errors come from, one line per field (``Anatomy``): counts only, never a document, so that it may be
    /// printed for a hidden split.
    public func anatomyTable() -> String {
        func pad(_ s: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - s.count)) + s }
        func n(_ x: Int, _ width: Int) -> String { pad(String(x), width) }
        let widths = [13, 13, 7, 14, 15, 7]
        let heads = ["false-event", "empty-label", "other", "missed-event", "nothing-found", "other"]
        var lines = [
            "where the errors come from",
            String(repeating: " ", count: 22) + pad("false positives", widths[0..<3].reduce(0, +)) + pad("false negatives", widths[3...].reduce(0, +)),
            "field".padding(toLength: 22, withPad: " ", startingAt: 0) + zip(heads, widths).map { pad($0, $1) }.joined(),
        ]
        for f in Field.allCases {
            let a = anatomy[f] ?? Anatomy()
            let name = f.rawValue.padding(toLength: 22, withPad: " ", startingAt: 0)
            let values = [a.fpFalseEvent, a.fpEmptyLabel, a.fpOther, a.fnMissedEvent, a.fnNothingFound, a.fnOther]
            lines.append(name + zip(values, widths).map { n($0, $1) }.joined())
        }
        return lines.joined(separator: "\n")
    }

    /// The report as JSON: per-field counts and scores, and every mismatch.
    public func report(floors: [String: Double]) -> JSON {
        var fields: [(String, JSON)] = []
        for f in Field.allCases {
            let c = counts[f] ?? Counts()
            var pairs: [(String, JSON)] = [
                ("tp", .int(c.tp)), ("fp", .int(c.fp)), ("fn", .int(c.fn)),
                ("precision", .double(c.precision)), ("recall", .double(c.recall)), ("f1", .double(c.f1)),
            ]
            let a = anatomy[f] ?? Anatomy()
            pairs.append(("anatomy", .object([
                ("fp_false_event", .int(a.fpFalseEvent)), ("fp_empty_label", .int(a.fpEmptyLabel)), ("fp_other", .int(a.fpOther)),
                ("fn_missed_event", .int(a.fnMissedEvent)), ("fn_nothing_found", .int(a.fnNothingFound)), ("fn_other", .int(a.fnOther)),
            ])))
            if let floor = floors[f.rawValue] {
                pairs.append(("floor", .double(floor)))
                pairs.append(("passed", .bool(c.f1 + 1e-9 >= floor)))
            }
            fields.append((f.rawValue, .object(pairs)))
        }
        var macro: [(String, JSON)] = [("f1", .double(macroF1))]
        if let floor = floors[Evaluator.macroKey] {
            macro.append(("floor", .double(floor)))
            macro.append(("passed", .bool(macroF1 + 1e-9 >= floor)))
        }
        return .object([
            ("documents", .int(documents)),
            ("fields", .object(fields)),
            (Evaluator.macroKey, .object(macro)),
            ("mismatches", .array(mismatches.map { m in
                .object([("doc", .string(m.doc)), ("field", .string(m.field.rawValue)), ("expected", .string(m.expected)), ("predicted", .string(m.predicted))])
            })),
            ("errors", .array(errors.map { .string($0) })),
        ])
    }

    /// Fields below their floor, as (field, F1, floor).
    public func failures(floors: [String: Double]) -> [(String, Double, Double)] {
        var out: [(String, Double, Double)] = Field.allCases.compactMap { f in
            guard let floor = floors[f.rawValue] else { return nil }
            let f1 = (counts[f] ?? Counts()).f1
            return f1 + 1e-9 < floor ? (f.rawValue, f1, floor) : nil
        }
        if let floor = floors[Evaluator.macroKey], macroF1 + 1e-9 < floor { out.append((Evaluator.macroKey, macroF1, floor)) }
        return out
    }
}
