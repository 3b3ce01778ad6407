import Testing
import Warta

/// One pipeline for every test: the rules compile once per process.
enum Shared {
    static let rules: RuleSet = {
        switch RuleSet.builtIn {
        case .success(let set): return set
        case .failure(let e): fatalError("the built-in rules do not load:\n\(e)")
        }
    }()
    static let pipeline: Pipeline = {
        do { return try Pipeline(rules: rules) } catch { fatalError("the pipeline does not build: \(error)") }
    }()

    /// The texts the speed rounds compare their fast paths on: the probes, then `articles` synthetic text articles of
    /// 3,000 characters from `seed`, analyzed with the built-in rules' vocabulary.
    static func analyzed(_ probes: [String], seed: UInt64, articles: Int) -> [AnalyzedText] {
        var texts = probes.map { AnalyzedText(raw: $0, vocabulary: rules.vocabulary) }
        var g = Synthetic(seed: seed)
        for _ in 0..<articles { texts.append(AnalyzedText(raw: g.textArticle(size: 3_000), vocabulary: rules.vocabulary)) }
        return texts
    }

    /// Extracts a document given as text.
    static func record(_ text: String, id: String = "doc", published: Day? = nil) -> Record {
        pipeline.process(DocumentInput(id: id, source: id, format: .text, bytes: Array(text.utf8), published: published), withText: true)
    }

    /// The names of the speakers of `text`'s record (persons and institutions), in the record's order.
    static func speakers(_ text: String) -> [String] { record(text).event?.speakers.map(\.name) ?? [] }

    /// Checks a probe of the core fields (rounds 20-23's `everyProbeGivesItsValue`): `field` is `total`, `venue` or
    /// `city`; `total` is the count expected, `place` the venue or city expected (nil: none).
    static func expectCoreProbe(id: String, field: String, text: String, total: Int?, place: String?) {
        let event = record(text).event
        switch field {
        case "total":
            let got = event?.participants?.total
            #expect(got == total, "\(id): got \(String(describing: got))")
        case "venue":
            let got = event?.location?.venue
            #expect(got == place, "\(id): got \(String(describing: got))")
        default:
            let got = event?.location?.city
            #expect(got == place, "\(id): got \(String(describing: got))")
        }
    }

    /// The participant groups of a text's record, in lower case (the group probes of rounds 23-24).
    static func groupsOf(_ text: String) -> [String] {
        (record(text).event?.participants?.groups ?? []).map { $0.name.lowercased() }
    }

    /// A group probe: the record of `text` names exactly `groups` (case ignored).
    static func expectGroupProbe(id: String, text: String, groups: [String]) {
        let got = groupsOf(text)
        #expect(Set(got) == Set(groups.map { $0.lowercased() }), "\(id): got \(got)")
    }
}
