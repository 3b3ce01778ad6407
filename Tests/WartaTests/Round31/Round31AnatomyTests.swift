import Foundation
import Testing
@testable import Warta

/// Round 31: `warta eval --anatomy` files every false positive and false negative of a field under one kind
/// (``Evaluator/Anatomy``): a false event, an empty label or a wrong value (false positives); a missed event,
/// nothing found, or a wrong value or an item missed beside found ones (false negatives).
struct Round31AnatomyTests {
    static let text = """
        Dinas Sosial Kabupaten Tuban Gelar Bimtek bagi Pendamping PKH

        TUBAN - Dinas Sosial Kabupaten Tuban menggelar bimbingan teknis bagi 40 pendamping PKH di aula Dinas Sosial \
        Kabupaten Tuban, Senin (12/5/2025). Materi disampaikan oleh narasumber Siti Aminah dari Universitas Ronggolawe.
        """
    static let record = Shared.record(text, id: "tuban")

    /// A label in GOLD-FORMAT terms; `change` edits the one that agrees with the record.
    static func gold(_ change: (inout [String: Any]) -> Void = { _ in }) throws -> GoldLabel {
        let e = try #require(record.event)
        var g: [String: Any] = [
            "doc": "tuban", "is_training_event": true, "event_type": e.type,
            "date_start": e.date?.start.iso ?? NSNull(), "date_end": e.date?.end.iso ?? NSNull(),
            "city": e.location?.city ?? NSNull(), "province": e.location?.province ?? NSNull(),
            "venue": e.location?.venue ?? NSNull(), "participants_total": e.participants?.total ?? NSNull(),
            "participant_groups": e.participants?.groups.map(\.name) ?? [],
            "organizers": e.organizers.map(\.name),
            "speakers": e.speakers.filter { $0.kind == .person }.map(\.name),
            "speaker_organizations": e.speakers.filter { $0.kind == .organization }.map(\.name),
            "legal_references": record.legalReferences.map(\.canonical), "notes": "",
        ]
        change(&g)
        let data = try JSONSerialization.data(withJSONObject: g)
        return try GoldLabel(json: String(decoding: data, as: UTF8.self), file: "tuban.json")
    }

    static func anatomy(_ record: Record, _ gold: GoldLabel) -> Evaluator {
        var ev = Evaluator()
        ev.add(record: record, gold: gold)
        return ev
    }

    @Test func theRecordHasWhatTheKindsNeed() throws {
        let e = try #require(Self.record.event)
        #expect(e.date != nil && e.location?.venue != nil && !e.organizers.isEmpty)
        let ev = Self.anatomy(Self.record, try Self.gold())
        for f in Evaluator.Field.allCases {
            #expect(ev.counts[f]?.fp == 0 && ev.counts[f]?.fn == 0, "\(f.rawValue) disagrees with itself")
            #expect(ev.anatomy[f] == Evaluator.Anatomy())
        }
    }

    @Test func aFalseEventFilesEveryFalsePositiveOfItsFieldsUnderIt() throws {
        let gold = try Self.gold { g in
            for k in ["event_type", "date_start", "date_end", "city", "province", "venue", "participants_total"] { g[k] = NSNull() }
            for k in ["participant_groups", "organizers", "speakers", "speaker_organizations"] { g[k] = [String]() }
            g["is_training_event"] = false
        }
        let ev = Self.anatomy(Self.record, gold)
        #expect(ev.anatomy[.isTrainingEvent]?.fpFalseEvent == 1)
        #expect(ev.anatomy[.dateStart]?.fpFalseEvent == 1)
        #expect(ev.anatomy[.venue]?.fpFalseEvent == 1)
        #expect(ev.anatomy[.organizers]?.fpFalseEvent == ev.counts[.organizers]?.fp)
        #expect(ev.anatomy[.legalReferences] == Evaluator.Anatomy(), "legal references are listed for every document")
    }

    @Test func aWrongValueIsOneFalsePositiveAndOneFalseNegativeOfTheKindOther() throws {
        let ev = Self.anatomy(Self.record, try Self.gold { $0["date_start"] = "2025-05-13" })
        let a = try #require(ev.anatomy[.dateStart])
        #expect(a.fpOther == 1 && a.fnOther == 1 && a.fp == 1 && a.fn == 1)
    }

    @Test func aValueWhereTheLabelHasNoneIsAnEmptyLabel() throws {
        let ev = Self.anatomy(Self.record, try Self.gold { $0["venue"] = NSNull() })
        #expect(ev.anatomy[.venue]?.fpEmptyLabel == 1 && ev.anatomy[.venue]?.fn == 0)
    }

    @Test func aListMissedBesideFoundItemsIsOtherAndAnEmptyListIsNothingFound() throws {
        let beside = Self.anatomy(Self.record, try Self.gold { g in
            g["organizers"] = ((g["organizers"] as? [String]) ?? []) + ["Yayasan Insan Tanggap"]
        })
        #expect(beside.anatomy[.organizers]?.fnOther == 1 && beside.anatomy[.organizers]?.fnNothingFound == 0)
        var bare = Self.record
        bare.event?.organizers = []
        let nothing = Self.anatomy(bare, try Self.gold())
        let a = try #require(nothing.anatomy[.organizers])
        #expect(a.fnNothingFound == (try Self.gold()).organizers.count && a.fnOther == 0)
        let extra = Self.anatomy(Self.record, try Self.gold { $0["organizers"] = ["Badan Penanggulangan Bencana Daerah"] })
        #expect(extra.anatomy[.organizers]?.fpOther == Self.record.event?.organizers.count)
    }

    @Test func aMissedEventFilesItsFalseNegativesUnderIt() throws {
        let none = Shared.record("Harga cabai di Pasar Baru Tuban naik lagi pekan ini.", id: "tuban")
        #expect(!none.isTrainingEvent)
        let ev = Self.anatomy(none, try Self.gold())
        #expect(ev.anatomy[.isTrainingEvent]?.fnMissedEvent == 1)
        #expect(ev.anatomy[.dateStart]?.fnMissedEvent == 1)
        #expect(ev.anatomy[.organizers]?.fnMissedEvent == ev.counts[.organizers]?.fn)
    }

    /// The kinds sum to the table's counts on a whole split, and the report carries them.
    @Test func theKindsSumToTheCountsAndTheReportCarriesThem() throws {
        let run = try EvalRun.run(Paths.realnews, pipeline: Shared.pipeline, split: "dev")
        let ev = run.evaluator
        for f in Evaluator.Field.allCases {
            let a = try #require(ev.anatomy[f]), c = try #require(ev.counts[f])
            #expect(a.fp == c.fp && a.fn == c.fn, "\(f.rawValue): \(a) against \(c)")
        }
        let table = ev.anatomyTable()
        #expect(table.contains("false-event") && table.contains("nothing-found"))
        #expect(!table.contains("r1"), "the anatomy names no document")
        let json = ev.report(floors: [:]).serialized()
        #expect(json.contains("\"fn_nothing_found\""))
    }
}
