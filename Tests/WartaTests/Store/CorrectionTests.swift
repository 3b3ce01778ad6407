import Foundation
import Testing
@testable import Warta

/// Corrections: validated values, an overlay on every query, kept through re-extraction; reviews; gold labels;
/// records read back from JSON.
struct CorrectionTests {
    static let validator = CorrectionValidator(pipeline: Shared.pipeline)

    static let tuban = """
        Dinsos Gelar Bimtek Bagi TKSK Kabupaten Tuban

        TUBAN - Dinas Sosial Kabupaten Tuban menggelar bimbingan teknis (bimtek) bagi 20 Tenaga Kesejahteraan Sosial \
        Kecamatan (TKSK) di aula Dinas Sosial Kabupaten Tuban, Selasa (10/10/2023). Kegiatan ini sesuai Undang-Undang \
        Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial.
        """

    static func store(_ records: [Record]) throws -> (EventStore, URL) {
        let dir = try Paths.temporaryDirectory()
        let s = try EventStore(path: dir.appendingPathComponent("e.sqlite").path)
        try s.write(records)
        return (s, dir)
    }

    @Test func valuesAreValidatedAndNormalized() throws {
        let v = Self.validator
        #expect(try v.normalize(.dateStart, "2023-10-10").value == "2023-10-10")
        #expect(throws: CorrectionError.self) { try v.normalize(.dateStart, "10/10/2023") }
        #expect(throws: CorrectionError.self) { try v.normalize(.dateEnd, "2023-02-30") }
        #expect(try v.normalize(.participantsTotal, " 120 ").value == "120")
        #expect(throws: CorrectionError.self) { try v.normalize(.participantsTotal, "seratus") }
        #expect(throws: CorrectionError.self) { try v.normalize(.participantsTotal, "-3") }
        let city = try v.normalize(.city, "kabupaten tuban")
        #expect(city.value == "Kabupaten Tuban" && city.regionCode == "35.23")
        #expect(try v.normalize(.city, "Kab. Tuban").value == "Kabupaten Tuban")
        #expect(throws: CorrectionError.self) { try v.normalize(.city, "Kota Atlantis") }
        #expect(try v.normalize(.province, "jawa timur").value == "Jawa Timur")
        #expect(try v.normalize(.legalReferences, "UU 11/2009; Undang-Undang Nomor 23 Tahun 2014").value == "UU 11/2009\nUU 23/2014")
        #expect(try v.normalize(.legalReferences, "Permensos No. 10 Tahun 2019").value == "Permensos 10/2019")
        do {
            _ = try v.normalize(.legalReferences, "UU sebelas")
            Issue.record("an unknown legal form was accepted")
        } catch let e as CorrectionError {
            #expect(e.message.contains("is not a legal reference Warta reads"))
        }
        #expect(try v.normalize(.eventType, "Bimtek").value == "bimtek")
        #expect(throws: CorrectionError.self) { try v.normalize(.eventType, "seminar nasional") }
        #expect(try v.normalize(.isTrainingEvent, "false").value == "false")
        #expect(try v.normalize(.venue, "  ").value == nil)
    }

    @Test func correctionsOverrideEveryQueryAndSurviveReExtraction() throws {
        let record = Shared.record(Self.tuban, id: "tuban")
        #expect(record.isTrainingEvent)
        let (s, dir) = try Self.store([record])
        defer { try? FileManager.default.removeItem(at: dir) }
        let key = DocumentKey(source: "tuban", id: "tuban")
        #expect(try s.events(EventStore.Filter()).first?.corrected == [])
        try s.correct(key, field: .participantsTotal, value: "25", reviewer: "ana", validator: Self.validator)
        try s.correct(key, field: .city, value: "Kota Malang", reviewer: "ana", validator: Self.validator)
        var row = try #require(s.events(EventStore.Filter()).first)
        #expect(row.participants == 25 && row.city == "Kota Malang" && row.province == "Jawa Timur" && row.regionCode == "35.73")
        #expect(row.corrected == ["city", "participants_total"])
        // Filters see the corrected values.
        var f = EventStore.Filter()
        f.city = "Malang"
        #expect(try s.events(f).count == 1)
        f.city = "Tuban"
        #expect(try s.events(f).isEmpty)
        #expect(try s.eventPage(f).total == 0)
        // A changed record written again (a rule fix) keeps its corrections.
        var changed = record
        changed.confidence = 0.5
        #expect(try s.write(changed) == .updated)
        row = try #require(s.events(EventStore.Filter()).first)
        #expect(row.participants == 25 && row.city == "Kota Malang")
        // Errors are clear; nothing is stored.
        #expect(throws: CorrectionError.self) { try s.correct(key, field: .dateEnd, value: "2023-10-01", reviewer: "ana", validator: Self.validator) }
        #expect(throws: CorrectionError.self) { try s.correct(DocumentKey(source: "x", id: "y"), field: .venue, value: "aula", reviewer: "ana", validator: Self.validator) }
        #expect(try s.corrections(key).count == 2)
        // The stats count per corrected province and the overview per month.
        #expect(try s.stats().perProvince.first?.0 == "Jawa Timur")
        #expect(try s.overview().perMonth.map(\.0) == ["2023-10"])
        // Marking "is a training event" wrong hides its only report's event.
        try s.correct(key, field: .isTrainingEvent, value: nil, reviewer: "ana", validator: Self.validator)
        #expect(try s.events(EventStore.Filter()).isEmpty)
        #expect(try s.stats().events == 0)
        #expect(try s.eventDetail(row.id) == nil)
    }

    @Test func evidenceOfAMissingValueIsASpanOfTheText() throws {
        let record = Shared.record(Self.tuban, id: "tuban")
        let (s, dir) = try Self.store([record])
        defer { try? FileManager.default.removeItem(at: dir) }
        let key = DocumentKey(source: "tuban", id: "tuban")
        let text = try #require(record.text)
        let scalars = Array(text.unicodeScalars)
        let range = try #require(text.range(of: "aula Dinas Sosial Kabupaten Tuban"))
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        let end = start + "aula Dinas Sosial Kabupaten Tuban".unicodeScalars.count
        let ev = Evidence(text: String(String.UnicodeScalarView(scalars[start..<end])), start: start, end: end)
        let c = try s.correct(key, field: .venue, value: nil, evidence: ev, reviewer: "budi", validator: Self.validator)
        #expect(c.newValue == "aula Dinas Sosial Kabupaten Tuban" && c.evidence == ev)
        let wrong = Evidence(text: "something else", start: start, end: end)
        #expect(throws: CorrectionError.self) { try s.correct(key, field: .venue, value: nil, evidence: wrong, reviewer: "budi", validator: Self.validator) }
    }

    @Test func reviewedDocumentsBecomeGoldLabelsThatTheEvaluatorReads() throws {
        let record = Shared.record(Self.tuban, id: "tuban")
        let (s, dir) = try Self.store([record])
        defer { try? FileManager.default.removeItem(at: dir) }
        let key = DocumentKey(source: "tuban", id: "tuban")
        try s.correct(key, field: .participantsTotal, value: "21", reviewer: "ana", validator: Self.validator)
        try s.correct(key, field: .speakers, value: "Siti Aminah; Budi", reviewer: "ana", validator: Self.validator)
        #expect(try s.reviewedDocuments().isEmpty)
        try s.setReviewed(key, true, reviewer: "ana")
        #expect(try s.reviewedDocuments() == [key])
        #expect(try s.review(key)?.reviewer == "ana")
        let label = EventStore.goldLabel(record, corrections: try s.currentCorrections(key), doc: "tuban", reviewer: "ana")
        let gold = try GoldLabel(json: label.serialized(pretty: true), file: "tuban.json")
        #expect(gold.participantsTotal == 21 && gold.speakers == ["Siti Aminah", "Budi"] && gold.city == "Kabupaten Tuban")
        #expect(gold.legalReferences == ["UU 11/2009"])
        #expect(label.serialized().contains("reviewed by ana"))
        try s.setReviewed(key, false, reviewer: "ana")
        #expect(try s.reviewedDocuments().isEmpty)
    }

    /// Every record of the corpus reads back from its JSON to the same record.
    @Test func recordsReadBackFromTheirJSON() throws {
        let files = try EvalRun.documents(in: Paths.corpus).prefix(60)
        #expect(files.count > 20)
        for url in files {
            let r = Shared.pipeline.process(DocumentInput(id: url.lastPathComponent, source: url.path, format: url.pathExtension == "txt" ? .text : .html,
                                                          bytes: Array(try Data(contentsOf: url))), withText: true)
            let back = try Record(jsonText: String(decoding: r.jsonLine(), as: UTF8.self))
            #expect(back.jsonLine() == r.jsonLine(), "\(url.lastPathComponent)")
        }
        #expect(throws: Record.Invalid.self) { try Record(jsonText: "{\"document\": {\"id\": 3}}") }
        #expect(throws: Record.Invalid.self) { try Record(jsonText: "[1, 2]") }
    }

    /// Pages of the workbench's listing, in every order, put together give the whole listing: the date order read
    /// along the index (undated events last) and the other orders agree with one query over all events.
    @Test func pagesOfEventsMakeTheWholeListing() throws {
        var records = try EventMergingScaleTests.synthetic(120, seed: 4)
        for i in 0..<3 { records.append(Shared.record(Self.tuban.replacingOccurrences(of: ", Selasa (10/10/2023)", with: "") + " \(i)", id: "undated\(i)")) }
        let (s, dir) = try Self.store(records)
        defer { try? FileManager.default.removeItem(at: dir) }
        let all = try s.events(EventStore.Filter())
        #expect(all.count > 100 && all.last?.dateStart == nil)
        for (sort, descending) in [(EventStore.SortKey.date, false), (.date, true), (.participants, true), (.province, false)] {
            var paged: [Int64] = []
            var offset = 0
            while true {
                let (rows, total) = try s.eventPage(EventStore.Filter(), sort: sort, descending: descending, offset: offset, limit: 7)
                #expect(total == all.count)
                if rows.isEmpty { break }
                paged += rows.map(\.id)
                offset += 7
            }
            let whole = try s.eventPage(EventStore.Filter(), sort: sort, descending: descending, limit: nil).rows.map(\.id)
            #expect(paged == whole, "\(sort) \(descending)")
            if sort == .date {
                let dated = all.filter { $0.dateStart != nil }
                let undated = all.filter { $0.dateStart == nil }.map(\.id)
                let expected = descending ? dated.map(\.id).reversed() + undated.reversed() : all.map(\.id)
                #expect(paged == Array(expected), "\(descending)")
            }
        }
        // A period: only events that overlap it.
        var f = EventStore.Filter()
        f.from = "2016-01-01"
        f.to = "2016-12-31"
        let period = try s.eventPage(f, limit: 1_000)
        #expect(period.rows.count == period.total)
        #expect(period.rows.map(\.id) == all.filter { ($0.dateEnd ?? "") >= "2016-01-01" && ($0.dateStart ?? "9") <= "2016-12-31" }.map(\.id))
    }
}
