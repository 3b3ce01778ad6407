/// A gold label in the format of `GOLD-FORMAT.md`.
public struct GoldLabel: Sendable {
    public var doc: String
    public var isTrainingEvent: Bool
    public var eventType: String?
    public var dateStart: String?
    public var dateEnd: String?
    public var city: String?
    public var province: String?
    public var venue: String?
    public var participantsTotal: Int?
    public var participantGroups: [String]
    public var organizers: [String]
    public var speakers: [String]
    public var speakerOrganizations: [String]
    public var legalReferences: [String]
    public var notes: String

    public static let keys = [
        "doc", "is_training_event", "event_type", "date_start", "date_end", "city", "province", "venue",
        "participants_total", "participant_groups", "organizers", "speakers", "speaker_organizations",
        "legal_references", "notes",
    ]

    public struct Invalid: Error, CustomStringConvertible, Sendable {
        public var message: String
        public var description: String { message }
    }

    /// Parses a gold label; every key of the format must be present.
    public init(json text: String, file: String) throws {
        let value: JSON
        do { value = try JSON.parse(text) } catch {
            throw Invalid(message: "\(file): not valid JSON: \(error)")
        }
        guard case .object(let pairs) = value else { throw Invalid(message: "\(file): the gold label must be a JSON object") }
        let present = Set(pairs.map(\.0))
        let missing = GoldLabel.keys.filter { !present.contains($0) }
        if !missing.isEmpty { throw Invalid(message: "\(file): missing keys \(missing.joined(separator: ", "))") }
        func string(_ k: String) throws -> String? {
            guard let v = value[k], !v.isNull else { return nil }
            guard let s = v.stringValue else { throw Invalid(message: "\(file): '\(k)' must be a string or null") }
            return s
        }
        func list(_ k: String) throws -> [String] {
            guard let v = value[k], !v.isNull else { return [] }
            guard let a = v.arrayValue else { throw Invalid(message: "\(file): '\(k)' must be a list") }
            return try a.map {
                guard let s = $0.stringValue else { throw Invalid(message: "\(file): '\(k)' must hold strings") }
                return s
            }
        }
        doc = try string("doc") ?? ""
        guard let b = value["is_training_event"]?.boolValue else {
            throw Invalid(message: "\(file): 'is_training_event' must be true or false")
        }
        isTrainingEvent = b
        eventType = try string("event_type")
        dateStart = try string("date_start")
        dateEnd = try string("date_end")
        for (k, d) in [("date_start", dateStart), ("date_end", dateEnd)] {
            if let d, Day(iso: d) == nil { throw Invalid(message: "\(file): '\(k)' must be an ISO date, not '\(d)'") }
        }
        city = try string("city")
        province = try string("province")
        venue = try string("venue")
        if let v = value["participants_total"], !v.isNull {
            guard let n = v.intValue else { throw Invalid(message: "\(file): 'participants_total' must be an integer or null") }
            participantsTotal = n
        }
        participantGroups = try list("participant_groups")
        organizers = try list("organizers")
        speakers = try list("speakers")
        speakerOrganizations = try list("speaker_organizations")
        legalReferences = try list("legal_references")
        notes = try string("notes") ?? ""
    }
}
