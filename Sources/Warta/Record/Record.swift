/// The exact text behind a value and its offsets, in Unicode scalars into the document's clean text:
/// `cleanText.scalars[start..<end] == text`.
public struct Evidence: Sendable, Equatable, Hashable {
    public var text: String
    public var start: Int
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}

/// What the record says about its source document.
public struct DocumentInfo: Sendable, Equatable {
    public var id: String
    public var source: String
    public var format: String
    public var title: String?
    public var published: Day?
    /// Where the publication date came from (`dateline`, `header`, `upload-line`, `page-header`, `metadata`...).
    public var publishedSource: String?
    public var encoding: String?
    public var url: String?

    public init(id: String, source: String, format: String) {
        self.id = id
        self.source = source
        self.format = format
    }
}

public struct EventDate: Sendable, Equatable {
    public var start: Day
    public var end: Day
    public var evidence: Evidence
}

public struct EventLocation: Sendable, Equatable {
    public var venue: String?
    public var district: String?
    public var city: String?
    public var province: String?
    public var regionCode: String?
    public var evidence: Evidence?
}

public struct ParticipantGroup: Sendable, Equatable {
    public var name: String
    public var count: Int?
}

public struct Participants: Sendable, Equatable {
    public var total: Int?
    public var groups: [ParticipantGroup]
    public var evidence: Evidence?
}

public struct Organizer: Sendable, Equatable {
    public var name: String
    public var role: String
    public var evidence: Evidence
}

public struct Speaker: Sendable, Equatable {
    public enum Kind: String, Sendable { case person, organization }
    public var name: String
    public var kind: Kind
    public var titles: [String]
    public var affiliation: String?
    public var evidence: Evidence
}

public struct Event: Sendable, Equatable {
    public var type: String
    public var date: EventDate?
    public var location: EventLocation?
    public var participants: Participants?
    public var organizers: [Organizer]
    public var speakers: [Speaker]
    public var evidence: Evidence?

    public init(type: String) {
        self.type = type
        self.organizers = []
        self.speakers = []
    }
}

public struct LegalReference: Sendable, Equatable {
    public var canonical: String
    public var type: String
    public var number: String
    public var year: Int?
    public var subject: String?
    public var evidence: Evidence
}

/// A warning for the analyst: a stable code, a message in full, and the evidence it is about.
public struct RecordWarning: Sendable, Equatable {
    public var code: String
    public var message: String
    public var evidence: Evidence?

    public init(code: String, message: String, evidence: Evidence? = nil) {
        self.code = code
        self.message = message
        self.evidence = evidence
    }
}

/// Why a document has no record: a kind (`empty`, `binary`, `unreadable`, `too-large`, `parse`...) and a message.
public struct RecordError: Error, Sendable, Equatable {
    public var kind: String
    public var message: String

    public init(kind: String, message: String) {
        self.kind = kind
        self.message = message
    }
}

/// The record (version 1) of one document. See `docs/record.schema.json`.
public struct Record: Sendable, Equatable {
    public static let version = 1
    public var document: DocumentInfo
    public var isTrainingEvent: Bool
    public var confidence: Double
    public var event: Event?
    public var legalReferences: [LegalReference]
    public var warnings: [RecordWarning]
    public var error: RecordError?
    /// The clean text, written only with `--with-text`.
    public var text: String?

    public init(document: DocumentInfo) {
        self.document = document
        self.isTrainingEvent = false
        self.confidence = 0
        self.event = nil
        self.legalReferences = []
        self.warnings = []
    }

    public static func failure(_ document: DocumentInfo, _ error: RecordError) -> Record {
        var r = Record(document: document)
        r.error = error
        return r
    }
}
