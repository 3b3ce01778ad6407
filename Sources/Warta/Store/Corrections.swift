import Foundation
import GRDB

/// An analyst's correction of one field of one document: the value extracted when it was made, the right value
/// (nil: the document states no such value), the span of the clean text that shows it, who made it and when.
///
/// Corrections live in their own table, keyed by the document's (source, id) and never by its integer key, so
/// that they survive re-extraction: a record written again replaces the extracted rows, and the corrections go
/// on overriding them when the database is read (``EventStore/events(_:)``, `warta db events`, the workbench's
/// pages, `warta db export-gold`). The latest correction of a field wins; the earlier ones stay as history.
public struct Correction: Sendable, Equatable {
    public var id: Int64
    public var key: DocumentKey
    public var field: Evaluator.Field
    /// The value extracted when the correction was made, in the gold label's terms (lists one item per line).
    public var oldValue: String?
    /// The right value (lists one item per line); nil when the document states none.
    public var newValue: String?
    /// For a kabupaten/kota: its Kemendagri code from the gazetteer.
    public var regionCode: String?
    /// For a kabupaten/kota: its province.
    public var impliedProvince: String?
    public var evidence: Evidence?
    public var reviewer: String
    public var time: String

    /// A list field's items.
    public var items: [String] { (newValue ?? "").split(separator: "\n").map(String.init) }
}

/// A value that a correction cannot take, said in words for the page or the terminal.
public struct CorrectionError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension Evaluator.Field {
    /// Fields whose value is a list (one item per line in a correction).
    public var isList: Bool {
        switch self {
        case .participantGroups, .organizers, .speakers, .speakerOrganizations, .legalReferences: return true
        default: return false
        }
    }

    /// How the workbench and the errors name a field.
    public var label: String { rawValue.replacingOccurrences(of: "_", with: " ") }
}

/// Checks and normalizes a typed value for a field: ISO dates, integers, a kabupaten/kota or province of the
/// gazetteer (returned in its full form with its code), a legal reference the legal-reference extractor reads
/// (returned in canonical form), an event type of `GOLD-FORMAT.md`.
public struct CorrectionValidator: Sendable {
    let pipeline: Pipeline
    public init(pipeline: Pipeline) { self.pipeline = pipeline }

    public static let eventTypes = ["bimtek", "pelatihan", "pembinaan", "diklat", "workshop", "sosialisasi", "orientasi", "peningkatan kapasitas", "other"]
    static let maxLength = 500

    /// The normalized value (lists one item per line; nil for an empty value: none stated) and, for a city, its
    /// region code. Items of a list are separated by line breaks or semicolons.
    public func normalize(_ field: Evaluator.Field, _ typed: String) throws -> (value: String?, regionCode: String?) {
        let text = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        if field.isList {
            let items = text.split(whereSeparator: { $0 == "\n" || $0 == ";" || $0 == "\r" })
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            var out: [String] = []
            for item in items {
                if item.count > CorrectionValidator.maxLength { throw CorrectionError("\(field.label): an item is longer than \(CorrectionValidator.maxLength) characters") }
                let v = field == .legalReferences ? try legal(item) : item
                if !out.contains(v) { out.append(v) }
            }
            return (out.isEmpty ? nil : out.joined(separator: "\n"), nil)
        }
        if text.isEmpty { return (nil, nil) }
        if text.count > CorrectionValidator.maxLength { throw CorrectionError("\(field.label): longer than \(CorrectionValidator.maxLength) characters") }
        switch field {
        case .isTrainingEvent:
            switch text.lowercased() {
            case "true", "yes", "ya", "1": return ("true", nil)
            case "false", "no", "tidak", "0": return ("false", nil)
            default: throw CorrectionError("is training event: write true or false, not '\(text)'")
            }
        case .eventType:
            let t = text.lowercased()
            guard CorrectionValidator.eventTypes.contains(t) else {
                throw CorrectionError("event type: '\(text)' is not a type of GOLD-FORMAT.md (\(CorrectionValidator.eventTypes.joined(separator: ", ")))")
            }
            return (t, nil)
        case .dateStart, .dateEnd:
            guard text.utf8.count == 10, let day = Day(iso: text) else {
                throw CorrectionError("\(field.label): '\(text)' is not a date as YYYY-MM-DD (for example 2023-10-10)")
            }
            return (day.iso, nil)
        case .participantsTotal:
            guard let n = Int(text), n >= 0, n <= 10_000_000 else {
                throw CorrectionError("participants total: '\(text)' is not a whole number of people (0 to 10,000,000)")
            }
            return (String(n), nil)
        case .city:
            guard let r = city(text) else {
                throw CorrectionError("city: '\(text)' is not a kabupaten/kota of the gazetteer (write it in full, as 'Kabupaten Tuban' or 'Kota Malang')")
            }
            return (r.name, r.code)
        case .province:
            guard let r = province(text) else { throw CorrectionError("province: '\(text)' is not a province of the gazetteer (for example 'Jawa Timur')") }
            return (r.name, r.code)
        default:
            return (text, nil)
        }
    }

    var gazetteer: Gazetteer { pipeline.location.gazetteer }

    /// A kabupaten/kota by its full name, an alias, or a bare name that only one of them has (case ignored).
    public func city(_ name: String) -> Gazetteer.Region? {
        region(name, level: 2)
    }

    public func province(_ name: String) -> Gazetteer.Region? {
        region(name, level: 1)
    }

    func region(_ name: String, level: Int) -> Gazetteer.Region? {
        let key = Matching.normalized(name)
        let expanded = Matching.normalized(name.replacingOccurrences(of: "Kab. ", with: "Kabupaten ").replacingOccurrences(of: "Kab ", with: "Kabupaten "))
        var bare: [Gazetteer.Region] = []
        for r in gazetteer.regions.values where r.level == level {
            let full = Matching.normalized(r.name)
            if full == key || full == expanded { return r }
            if level == 2, Matching.normalized(Gazetteer.bareName(r.name)) == key { bare.append(r) }
        }
        for (alias, code) in gazetteer.aliases where Matching.normalized(alias) == key {
            if let r = gazetteer.region(code), r.level == level { return r }
        }
        return bare.count == 1 ? bare[0] : nil
    }

    /// A typed legal reference in canonical form, read by the legal-reference extractor itself (`UU 11/2009`,
    /// `Undang-Undang Nomor 11 Tahun 2009`, `Permensos No. 10 Tahun 2019`): exactly one reference that covers
    /// most of what was typed.
    public func legal(_ typed: String) throws -> String {
        let clean = CleanText(normalizing: typed)
        let text = AnalyzedText(clean, vocabulary: pipeline.rules.vocabulary, firstLineIsHeadline: false)
        var scratch = MatchScratch()
        let found = pipeline.legal.extract(text, scratch: &scratch)
        let letters = typed.unicodeScalars.filter { !CharacterSet.whitespaces.contains($0) }.count
        guard found.count == 1, let r = found.first,
              r.evidence.text.unicodeScalars.filter({ !CharacterSet.whitespaces.contains($0) }).count * 2 >= letters
        else {
            throw CorrectionError("legal references: '\(typed)' is not a legal reference Warta reads (write it as 'UU 11/2009', 'Permensos 10/2019' or 'Undang-Undang Nomor 11 Tahun 2009')")
        }
        return r.canonical
    }
}

extension Record {
    /// A field's value in the gold label's terms (lists one item per line; nil for none).
    public func goldValue(_ field: Evaluator.Field) -> String? {
        let p = Evaluator.Predicted(self)
        func list(_ xs: [String]) -> String? { xs.isEmpty ? nil : xs.joined(separator: "\n") }
        switch field {
        case .isTrainingEvent: return p.isEvent ? "true" : "false"
        case .eventType: return p.type
        case .dateStart: return p.dateStart
        case .dateEnd: return p.dateEnd
        case .city: return p.city
        case .province: return p.province
        case .venue: return p.venue
        case .participantsTotal: return p.total.map(String.init)
        case .participantGroups: return list(p.groups)
        case .organizers: return list(p.organizers)
        case .speakers: return list(p.speakers)
        case .speakerOrganizations: return list(p.speakerOrgs)
        case .legalReferences: return list(p.legal)
        }
    }
}

extension EventStore {
    /// The corrections table and the reviews (schema `v3-corrections`).
    static func registerCorrections(_ m: inout DatabaseMigrator) {
        m.registerMigration("v3-corrections") { db in
            try db.execute(sql: """
                CREATE TABLE corrections (
                  id INTEGER PRIMARY KEY AUTOINCREMENT, source TEXT NOT NULL, doc_id TEXT NOT NULL, field TEXT NOT NULL,
                  old_value TEXT, new_value TEXT, region_code TEXT, implied_province TEXT, evidence TEXT, start INTEGER, "end" INTEGER,
                  reviewer TEXT NOT NULL, created_at TEXT NOT NULL);
                CREATE INDEX corrections_document ON corrections(source, doc_id, field, id);
                CREATE TABLE reviews (
                  source TEXT NOT NULL, doc_id TEXT NOT NULL, reviewer TEXT NOT NULL, reviewed_at TEXT NOT NULL,
                  PRIMARY KEY (source, doc_id)) WITHOUT ROWID;
                CREATE TABLE runs (
                  id INTEGER PRIMARY KEY AUTOINCREMENT, command TEXT NOT NULL, inputs TEXT NOT NULL, started_at TEXT NOT NULL,
                  finished_at TEXT NOT NULL, documents INTEGER NOT NULL, errors INTEGER NOT NULL, seconds REAL NOT NULL);
                """)
        }
    }

    /// The stored record of a document, or nil when there is none.
    public func record(_ key: DocumentKey) throws -> Record? {
        guard let json = try retrying({
            try pool.read { db in
                try String.fetchOne(db.cachedStatement(sql: "SELECT record FROM documents WHERE source = ? AND id = ?"), arguments: [key.source, key.id])
            }
        }) else { return nil }
        do {
            return try Record(jsonText: json)
        } catch {
            throw StoreError("\(path): the stored record of \(key.id) (\(key.source)) cannot be read: \(error)")
        }
    }

    /// Stores a correction after checking the value (see ``CorrectionValidator``); `evidence` is a span of the
    /// document's clean text. Returns the stored correction. The document must be stored.
    @discardableResult
    public func correct(_ key: DocumentKey, field: Evaluator.Field, value typed: String?, evidence: Evidence? = nil,
                        reviewer: String, validator: CorrectionValidator) throws -> Correction {
        let reviewer = reviewer.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reviewer.isEmpty else { throw CorrectionError("a correction needs a reviewer's name") }
        guard let record = try record(key) else { throw CorrectionError("no document \(key.id) from \(key.source) in \(path)") }
        // A value typed, else the text of the span selected as its evidence.
        let normalized = try validator.normalize(field, typed ?? evidence?.text ?? "")
        if let evidence, evidence.start < 0 || evidence.end <= evidence.start || evidence.text.isEmpty {
            throw CorrectionError("\(field.label): the evidence is not a span of the text")
        }
        if let evidence, let text = record.text {
            let scalars = Array(text.unicodeScalars)
            guard evidence.end <= scalars.count, String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end])) == evidence.text else {
                throw CorrectionError("\(field.label): the evidence does not match the document's text at \(evidence.start)..<\(evidence.end)")
            }
        }
        var value = normalized.value
        if field == .isTrainingEvent, typed == nil, evidence == nil {
            // Marking "is a training event" wrong flips it.
            value = record.isTrainingEvent ? "false" : "true"
        }
        let current = try corrections(key).last { $0.field == field }
        // Dates: the end cannot come before the start (the other date as corrected, else as extracted).
        if field == .dateStart || field == .dateEnd, let v = value {
            let other: Evaluator.Field = field == .dateStart ? .dateEnd : .dateStart
            let otherValue = try corrections(key).last { $0.field == other }.map { $0.newValue } ?? record.goldValue(other)
            if let o = otherValue, field == .dateStart ? o < v : v < o {
                throw CorrectionError("\(field.label): \(v) would end the event before it starts (\(other.label) is \(o))")
            }
        }
        let old = current?.newValue ?? record.goldValue(field)
        // A kabupaten/kota fixes its province, unless the province is corrected on its own.
        let impliedProvince = field == .city ? normalized.regionCode.flatMap { validator.gazetteer.province(of: $0)?.name } : nil
        let now = EventStore.timestamp()
        let id: Int64 = try retrying {
            try pool.write { db in
                try db.execute(sql: """
                    INSERT INTO corrections (source, doc_id, field, old_value, new_value, region_code, implied_province, evidence, start, "end",
                      reviewer, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [key.source, key.id, field.rawValue, old, value, normalized.regionCode, impliedProvince, evidence?.text, evidence?.start, evidence?.end, reviewer, now])
                return db.lastInsertedRowID
            }
        }
        return Correction(id: id, key: key, field: field, oldValue: old, newValue: value, regionCode: normalized.regionCode,
                          impliedProvince: impliedProvince, evidence: evidence, reviewer: reviewer, time: now)
    }

    /// Every correction of a document, oldest first.
    public func corrections(_ key: DocumentKey) throws -> [Correction] {
        try retrying {
            try pool.read { db in
                try Row.fetchAll(db.cachedStatement(sql: """
                    SELECT * FROM corrections WHERE source = ? AND doc_id = ? ORDER BY id
                    """), arguments: [key.source, key.id]).compactMap(EventStore.correction)
            }
        }
    }

    /// The latest correction of each field of a document.
    public func currentCorrections(_ key: DocumentKey) throws -> [Evaluator.Field: Correction] {
        var out: [Evaluator.Field: Correction] = [:]
        for c in try corrections(key) { out[c.field] = c }
        return out
    }

    static func correction(_ row: Row) -> Correction? {
        guard let field = Evaluator.Field(rawValue: row["field"]) else { return nil }
        var evidence: Evidence? = nil
        if let text: String = row["evidence"], let s: Int = row["start"], let e: Int = row["end"] { evidence = Evidence(text: text, start: s, end: e) }
        return Correction(id: row["id"], key: DocumentKey(source: row["source"], id: row["doc_id"]), field: field, oldValue: row["old_value"],
                          newValue: row["new_value"], regionCode: row["region_code"], impliedProvince: row["implied_province"], evidence: evidence, reviewer: row["reviewer"], time: row["created_at"])
    }

    /// Marks a document reviewed (or not) by a reviewer.
    public func setReviewed(_ key: DocumentKey, _ reviewed: Bool, reviewer: String) throws {
        let reviewer = reviewer.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reviewer.isEmpty else { throw CorrectionError("a review needs a reviewer's name") }
        guard try contains(key) else { throw CorrectionError("no document \(key.id) from \(key.source) in \(path)") }
        let now = EventStore.timestamp()
        try retrying {
            try pool.write { db in
                if reviewed {
                    try db.execute(sql: "INSERT OR REPLACE INTO reviews (source, doc_id, reviewer, reviewed_at) VALUES (?, ?, ?, ?)",
                                   arguments: [key.source, key.id, reviewer, now])
                } else {
                    try db.execute(sql: "DELETE FROM reviews WHERE source = ? AND doc_id = ?", arguments: [key.source, key.id])
                }
            }
        }
    }

    /// Who reviewed a document and when, or nil.
    public func review(_ key: DocumentKey) throws -> (reviewer: String, time: String)? {
        try retrying {
            try pool.read { db in
                try Row.fetchOne(db.cachedStatement(sql: "SELECT reviewer, reviewed_at FROM reviews WHERE source = ? AND doc_id = ?"),
                                 arguments: [key.source, key.id]).map { ($0[0], $0[1]) }
            }
        }
    }

    /// The reviewed documents that are stored, in the order of their ids.
    public func reviewedDocuments() throws -> [DocumentKey] {
        try retrying {
            try pool.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT r.source, r.doc_id FROM reviews r JOIN documents d ON d.source = r.source AND d.id = r.doc_id ORDER BY r.doc_id, r.source
                    """).map { DocumentKey(source: $0[0], id: $0[1]) }
            }
        }
    }
}
