/// Reading a record back from its JSON (the shape of ``Record/emit(to:)`` and `docs/record.schema.json`), for
/// `warta db import` and the workbench. A record that does not have that shape is refused with the key at fault.
extension Record {
    public struct Invalid: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Parses one record from JSON text (one line of `warta extract --output`).
    public init(jsonText: String) throws {
        let value: JSON
        do { value = try JSON.parse(jsonText) } catch { throw Invalid(message: "not JSON: \(error)") }
        try self.init(json: value)
    }

    public init(json: JSON) throws {
        guard case .object = json else { throw Invalid(message: "a record must be a JSON object") }
        guard let d = json["document"], case .object = d else { throw Invalid(message: "'document' is missing or not an object") }
        guard let id = d["id"]?.stringValue, !id.isEmpty else { throw Invalid(message: "'document.id' is missing or not a string") }
        guard let source = d["source"]?.stringValue else { throw Invalid(message: "'document.source' is missing or not a string") }
        guard let format = d["format"]?.stringValue else { throw Invalid(message: "'document.format' is missing or not a string") }
        var info = DocumentInfo(id: id, source: source, format: format)
        info.title = try Record.string(d, "title", "document.title")
        if let p = try Record.string(d, "published", "document.published") {
            guard let day = Day(iso: p) else { throw Invalid(message: "'document.published' is not an ISO date: '\(p)'") }
            info.published = day
        }
        info.publishedSource = try Record.string(d, "published_source", "document.published_source")
        info.url = try Record.string(d, "url", "document.url")
        info.encoding = try Record.string(d, "encoding", "document.encoding")
        self.init(document: info)
        warnings = try Record.list(json, "warnings").map { w in
            guard let code = w["code"]?.stringValue, let message = w["message"]?.stringValue else {
                throw Invalid(message: "a warning needs 'code' and 'message' strings")
            }
            return RecordWarning(code: code, message: message, evidence: try Record.evidence(w["evidence"], "warnings.evidence"))
        }
        text = try Record.string(json, "text", "text")
        if let e = json["error"], !e.isNull {
            guard let kind = e["kind"]?.stringValue, let message = e["message"]?.stringValue else {
                throw Invalid(message: "'error' needs 'kind' and 'message' strings")
            }
            error = RecordError(kind: kind, message: message)
            return
        }
        guard let isEvent = json["is_training_event"]?.boolValue else { throw Invalid(message: "'is_training_event' is missing or not true/false") }
        isTrainingEvent = isEvent
        guard let c = json["confidence"]?.doubleValue else { throw Invalid(message: "'confidence' is missing or not a number") }
        confidence = c
        legalReferences = try Record.list(json, "legal_references").map { l in
            guard let canonical = l["canonical"]?.stringValue, let type = l["type"]?.stringValue, let number = l["number"]?.stringValue,
                  let ev = try Record.evidence(l["evidence"], "legal_references.evidence")
            else { throw Invalid(message: "a legal reference needs 'canonical', 'type', 'number' and 'evidence'") }
            return LegalReference(canonical: canonical, type: type, number: number, year: l["year"]?.intValue,
                                  subject: try Record.string(l, "subject", "legal_references.subject"), evidence: ev)
        }
        if let e = json["event"], !e.isNull { event = try Record.event(e) }
    }

    static func string(_ object: JSON, _ key: String, _ path: String) throws -> String? {
        guard let v = object[key], !v.isNull else { return nil }
        guard let s = v.stringValue else { throw Invalid(message: "'\(path)' must be a string or null") }
        return s
    }

    static func list(_ object: JSON, _ key: String) throws -> [JSON] {
        guard let v = object[key], !v.isNull else { return [] }
        guard let a = v.arrayValue else { throw Invalid(message: "'\(key)' must be a list") }
        return a
    }

    static func evidence(_ v: JSON?, _ path: String) throws -> Evidence? {
        guard let v, !v.isNull else { return nil }
        guard let text = v["text"]?.stringValue, let start = v["start"]?.intValue, let end = v["end"]?.intValue, start >= 0, end >= start else {
            throw Invalid(message: "'\(path)' needs 'text', and 'start' <= 'end' as integers")
        }
        return Evidence(text: text, start: start, end: end)
    }

    static func event(_ e: JSON) throws -> Event {
        guard case .object = e, let type = e["type"]?.stringValue else { throw Invalid(message: "'event.type' is missing or not a string") }
        var event = Event(type: type)
        if let d = e["date"], !d.isNull {
            guard let s = d["start"]?.stringValue.flatMap({ Day(iso: $0) }), let en = d["end"]?.stringValue.flatMap({ Day(iso: $0) }),
                  let ev = try evidence(d["evidence"], "event.date.evidence")
            else { throw Invalid(message: "'event.date' needs ISO 'start' and 'end' and an 'evidence'") }
            event.date = EventDate(start: s, end: en, evidence: ev)
        }
        if let l = e["location"], !l.isNull {
            event.location = EventLocation(
                venue: try string(l, "venue", "event.location.venue"), district: try string(l, "district", "event.location.district"),
                city: try string(l, "city", "event.location.city"), province: try string(l, "province", "event.location.province"),
                regionCode: try string(l, "region_code", "event.location.region_code"),
                evidence: try evidence(l["evidence"], "event.location.evidence"))
        }
        if let p = e["participants"], !p.isNull {
            let groups = try list(p, "groups").map { g in
                guard let name = g["name"]?.stringValue else { throw Invalid(message: "a participant group needs a 'name'") }
                return ParticipantGroup(name: name, count: g["count"]?.intValue)
            }
            event.participants = Participants(total: p["total"]?.intValue, groups: groups, evidence: try evidence(p["evidence"], "event.participants.evidence"))
        }
        event.organizers = try list(e, "organizers").map { o in
            guard let name = o["name"]?.stringValue, let role = o["role"]?.stringValue, let ev = try evidence(o["evidence"], "event.organizers.evidence") else {
                throw Invalid(message: "an organizer needs 'name', 'role' and 'evidence'")
            }
            return Organizer(name: name, role: role, evidence: ev)
        }
        event.speakers = try list(e, "speakers").map { s in
            guard let name = s["name"]?.stringValue, let kind = s["kind"]?.stringValue.flatMap(Speaker.Kind.init(rawValue:)),
                  let ev = try evidence(s["evidence"], "event.speakers.evidence")
            else { throw Invalid(message: "a speaker needs 'name', 'kind' (person or organization) and 'evidence'") }
            return Speaker(name: name, kind: kind, titles: try list(s, "titles").compactMap(\.stringValue),
                           affiliation: try string(s, "affiliation", "event.speakers.affiliation"), evidence: ev)
        }
        event.evidence = try evidence(e["evidence"], "event.evidence")
        return event
    }
}
