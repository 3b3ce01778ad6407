import Foundation

/// Reviewed documents as gold labels (`GOLD-FORMAT.md`), with the analysts' corrections applied, and the clean
/// text their evidence offsets point into.
extension EventStore {
    /// The clean text of a stored document: the record's own (written with `--with-text`, or imported with
    /// it), else the document read again from its source (a file, or the line or record of a JSON Lines or WARC
    /// file with its id) and extracted with `pipeline`. The text read again is used only when every evidence of
    /// the stored record is found at its offsets in it; otherwise the source changed since, and the error says so.
    public static func cleanText(of record: Record, pipeline: Pipeline) throws -> String {
        if let text = record.text { return text }
        let key = DocumentKey(source: record.document.source, id: record.document.id)
        var isDirectory: ObjCBool = false
        guard key.source != "-", FileManager.default.fileExists(atPath: key.source, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw StoreError("\(key.id): the clean text is not stored (extract with --with-text) and its source \(key.source) cannot be read")
        }
        let stream = try DocumentStream(paths: [key.source])
        let single = DocumentStream.detect(key.source, isDirectory: false) == .files
        var scanned = 0
        while let item = try stream.next() {
            scanned += 1
            guard case .document(var input) = item, input.id == key.id || single else {
                if single { break }
                continue
            }
            input.id = key.id
            let again = pipeline.process(input, withText: true)
            guard let text = again.text else { break }
            let scalars = Array(text.unicodeScalars)
            for ev in evidences(record) {
                guard ev.end <= scalars.count, String(String.UnicodeScalarView(scalars[ev.start..<ev.end])) == ev.text else {
                    throw StoreError("\(key.id): its source \(key.source) changed since it was extracted (the evidence '\(ev.text)' is no longer at \(ev.start)); extract it again")
                }
            }
            return text
        }
        throw StoreError("\(key.id): the clean text is not stored (extract with --with-text) and \(key.source) no longer holds the document")
    }

    /// Every evidence span of a record.
    public static func evidences(_ r: Record) -> [Evidence] {
        var out = r.legalReferences.map(\.evidence) + r.warnings.compactMap(\.evidence)
        if let e = r.event {
            out += [e.evidence, e.date?.evidence, e.location?.evidence, e.participants?.evidence].compactMap { $0 }
            out += e.organizers.map(\.evidence) + e.speakers.map(\.evidence)
        }
        return out
    }

    /// A record's gold label with corrections applied, keys in the order of `GOLD-FORMAT.md`.
    public static func goldLabel(_ record: Record, corrections: [Evaluator.Field: Correction], doc: String, reviewer: String?) -> JSON {
        func value(_ f: Evaluator.Field) -> String? {
            if let c = corrections[f] { return c.newValue }
            if f == .province, let c = corrections[.city], let p = c.impliedProvince { return p }
            return record.goldValue(f)
        }
        let isEvent = value(.isTrainingEvent) == "true"
        func scalar(_ f: Evaluator.Field) -> JSON { isEvent ? value(f).map { .string($0) } ?? .null : .null }
        func list(_ f: Evaluator.Field) -> JSON {
            guard isEvent || f == .legalReferences else { return .array([]) }
            return .array((value(f) ?? "").split(separator: "\n").map { .string(String($0)) })
        }
        let total: JSON = isEvent ? value(.participantsTotal).flatMap { Int($0) }.map { .int($0) } ?? .null : .null
        var notes = "warta db export-gold: extracted by Warta"
        if let reviewer { notes += ", reviewed by \(reviewer)" }
        let changed = Evaluator.Field.allCases.filter { corrections[$0] != nil }.map(\.rawValue)
        notes += changed.isEmpty ? "; no field corrected." : "; corrected: \(changed.joined(separator: ", "))."
        return .object([
            ("doc", .string(doc)), ("is_training_event", .bool(isEvent)), ("event_type", scalar(.eventType)),
            ("date_start", scalar(.dateStart)), ("date_end", scalar(.dateEnd)), ("city", scalar(.city)), ("province", scalar(.province)),
            ("venue", scalar(.venue)), ("participants_total", total), ("participant_groups", list(.participantGroups)),
            ("organizers", list(.organizers)), ("speakers", list(.speakers)), ("speaker_organizations", list(.speakerOrganizations)),
            ("legal_references", list(.legalReferences)), ("notes", .string(notes)),
        ])
    }

    /// A file name for a document id: letters, digits, `-`, `_` and `.` kept, anything else `_`.
    public static func fileStem(_ id: String) -> String {
        var s = String(id.unicodeScalars.map { c -> Character in
            let ok = (c.value < 128 && (CharacterSet.alphanumerics.contains(c) || c == "-" || c == "_" || c == "."))
            return ok ? Character(c) : "_"
        })
        while s.hasPrefix(".") { s.removeFirst() }
        if s.isEmpty { s = "document" }
        return String(s.prefix(120))
    }
}
