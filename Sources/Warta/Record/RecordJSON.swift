extension Evidence {
    var json: JSON { .object([("text", .string(text)), ("start", .int(start)), ("end", .int(end))]) }
}

extension Optional where Wrapped == String {
    var json: JSON { map { .string($0) } ?? .null }
}

extension Record {
    /// The record as JSON, keys in the order of `docs/record.schema.json`.
    public var json: JSON {
        var doc: [(String, JSON)] = [
            ("id", .string(document.id)),
            ("source", .string(document.source)),
            ("format", .string(document.format)),
            ("title", document.title.json),
            ("published", document.published.map { .string($0.iso) } ?? .null),
            ("published_source", document.publishedSource.json),
        ]
        if let url = document.url { doc.append(("url", .string(url))) }
        if let enc = document.encoding { doc.append(("encoding", .string(enc))) }
        var pairs: [(String, JSON)] = [("document", .object(doc))]
        if let error {
            pairs.append(("error", .object([("kind", .string(error.kind)), ("message", .string(error.message))])))
            pairs.append(("warnings", .array(warnings.map(\.json))))
            return .object(pairs)
        }
        pairs.append(("is_training_event", .bool(isTrainingEvent)))
        pairs.append(("confidence", .double(confidence)))
        pairs.append(("event", event.map(\.json) ?? .null))
        pairs.append(("legal_references", .array(legalReferences.map(\.json))))
        pairs.append(("warnings", .array(warnings.map(\.json))))
        if let text { pairs.append(("text", .string(text))) }
        return .object(pairs)
    }
}

extension RecordWarning {
    var json: JSON {
        .object([("code", .string(code)), ("message", .string(message)), ("evidence", evidence?.json ?? .null)])
    }
}

extension LegalReference {
    var json: JSON {
        .object([
            ("canonical", .string(canonical)), ("type", .string(type)), ("number", .string(number)),
            ("year", year.map { .int($0) } ?? .null), ("subject", subject.json), ("evidence", evidence.json),
        ])
    }
}

extension Event {
    var json: JSON {
        var pairs: [(String, JSON)] = [("type", .string(type))]
        pairs.append(("date", date.map { d in
            .object([("start", .string(d.start.iso)), ("end", .string(d.end.iso)), ("evidence", d.evidence.json)])
        } ?? .null))
        pairs.append(("location", location.map { l in
            .object([
                ("venue", l.venue.json), ("district", l.district.json), ("city", l.city.json),
                ("province", l.province.json), ("region_code", l.regionCode.json), ("evidence", l.evidence?.json ?? .null),
            ])
        } ?? .null))
        pairs.append(("participants", participants.map { p in
            .object([
                ("total", p.total.map { .int($0) } ?? .null),
                ("groups", .array(p.groups.map { g in .object([("name", .string(g.name)), ("count", g.count.map { .int($0) } ?? .null)]) })),
                ("evidence", p.evidence?.json ?? .null),
            ])
        } ?? .null))
        pairs.append(("organizers", .array(organizers.map { o in
            .object([("name", .string(o.name)), ("role", .string(o.role)), ("evidence", o.evidence.json)])
        })))
        pairs.append(("speakers", .array(speakers.map { s in
            .object([
                ("name", .string(s.name)), ("kind", .string(s.kind.rawValue)), ("titles", .array(s.titles.map { .string($0) })),
                ("affiliation", s.affiliation.json), ("evidence", s.evidence.json),
            ])
        })))
        pairs.append(("evidence", evidence?.json ?? .null))
        return .object(pairs)
    }
}
