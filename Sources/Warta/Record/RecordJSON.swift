/// The record's JSON shape, described once: keys in the order of `docs/record.schema.json`. ``Record/json``
/// builds a tree from it; ``Record/jsonLine(pretty:)`` writes the bytes straight from it.
extension Record {
    /// The record as a JSON tree.
    public var json: JSON {
        var builder = JSONTreeBuilder()
        emit(to: &builder)
        return builder.result
    }

    /// The record as JSON text in UTF-8 (one line unless `pretty`), the same text as `json.serialized(pretty:)`.
    public func jsonLine(pretty: Bool = false) -> [UInt8] {
        var writer = JSONByteWriter(pretty: pretty, capacity: 2048)
        emit(to: &writer)
        return writer.bytes
    }

    public func emit<E: JSONEmitter>(to e: inout E) {
        e.beginObject()
        e.key("document")
        e.beginObject()
        e.key("id"); e.string(document.id)
        e.key("source"); e.string(document.source)
        e.key("format"); e.string(document.format)
        e.key("title"); e.string(document.title)
        e.key("published"); e.string(document.published?.iso)
        e.key("published_source"); e.string(document.publishedSource)
        if let url = document.url { e.key("url"); e.string(url) }
        if let enc = document.encoding { e.key("encoding"); e.string(enc) }
        e.endObject()
        if let error {
            e.key("error")
            e.beginObject()
            e.key("kind"); e.string(error.kind)
            e.key("message"); e.string(error.message)
            e.endObject()
            e.key("warnings"); emitWarnings(&e)
            e.endObject()
            return
        }
        e.key("is_training_event"); e.bool(isTrainingEvent)
        e.key("confidence"); e.double(confidence)
        e.key("event")
        if let event { event.emit(to: &e) } else { e.null() }
        e.key("legal_references")
        e.beginArray()
        for l in legalReferences {
            e.beginObject()
            e.key("canonical"); e.string(l.canonical)
            e.key("type"); e.string(l.type)
            e.key("number"); e.string(l.number)
            e.key("year"); e.int(l.year)
            e.key("subject"); e.string(l.subject)
            e.key("evidence"); l.evidence.emit(to: &e)
            e.endObject()
        }
        e.endArray()
        e.key("warnings"); emitWarnings(&e)
        if let text { e.key("text"); e.string(text) }
        e.endObject()
    }

    private func emitWarnings<E: JSONEmitter>(_ e: inout E) {
        e.beginArray()
        for w in warnings {
            e.beginObject()
            e.key("code"); e.string(w.code)
            e.key("message"); e.string(w.message)
            e.key("evidence"); Evidence.emit(w.evidence, to: &e)
            e.endObject()
        }
        e.endArray()
    }
}

extension Evidence {
    func emit<E: JSONEmitter>(to e: inout E) { Evidence.emit(self, to: &e) }

    static func emit<E: JSONEmitter>(_ evidence: Evidence?, to e: inout E) {
        e.object(evidence) { e, ev in
            e.key("text"); e.string(ev.text)
            e.key("start"); e.int(ev.start)
            e.key("end"); e.int(ev.end)
        }
    }
}

extension Event {
    func emit<E: JSONEmitter>(to e: inout E) {
        e.beginObject()
        e.key("type"); e.string(type)
        e.key("date")
        e.object(date) { e, d in
            e.key("start"); e.string(d.start.iso)
            e.key("end"); e.string(d.end.iso)
            e.key("evidence"); d.evidence.emit(to: &e)
        }
        e.key("location")
        e.object(location) { e, l in
            e.key("venue"); e.string(l.venue)
            e.key("district"); e.string(l.district)
            e.key("city"); e.string(l.city)
            e.key("province"); e.string(l.province)
            e.key("region_code"); e.string(l.regionCode)
            e.key("evidence"); Evidence.emit(l.evidence, to: &e)
        }
        e.key("participants")
        e.object(participants) { e, p in
            e.key("total"); e.int(p.total)
            e.key("groups")
            e.beginArray()
            for g in p.groups {
                e.beginObject()
                e.key("name"); e.string(g.name)
                e.key("count"); e.int(g.count)
                e.endObject()
            }
            e.endArray()
            e.key("evidence"); Evidence.emit(p.evidence, to: &e)
        }
        e.key("organizers")
        e.beginArray()
        for o in organizers {
            e.beginObject()
            e.key("name"); e.string(o.name)
            e.key("role"); e.string(o.role)
            e.key("evidence"); o.evidence.emit(to: &e)
            e.endObject()
        }
        e.endArray()
        e.key("speakers")
        e.beginArray()
        for s in speakers {
            e.beginObject()
            e.key("name"); e.string(s.name)
            e.key("kind"); e.string(s.kind.rawValue)
            e.key("titles")
            e.beginArray()
            for t in s.titles { e.string(t) }
            e.endArray()
            e.key("affiliation"); e.string(s.affiliation)
            e.key("evidence"); s.evidence.emit(to: &e)
            e.endObject()
        }
        e.endArray()
        e.key("evidence"); Evidence.emit(evidence, to: &e)
        e.endObject()
    }
}
