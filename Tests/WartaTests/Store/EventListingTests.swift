import Foundation
import GRDB
import Testing
@testable import Warta

/// `warta db events` writes its rows as bytes (EventListing.swift): every format must be what the rows of
/// ``EventStore/events(_:page:)`` formatted through ``EventStore/EventRow`` give, and those rows what the reports
/// read into Swift values give (``EventStore/eventReports(_:ids:)`` and ``EventStore/eventWarnings(_:)``).
struct EventListingTests {
    /// The formats as `warta db events` wrote them from ``EventStore/EventRow`` before it wrote bytes.
    static func reference(_ rows: [EventStore.EventRow], _ format: EventStore.ListingFormat, excel: Bool = false) -> String {
        var out = ""
        switch format {
        case .jsonl:
            for r in rows { out += r.json.serialized() + "\n" }
        case .csv:
            if excel { out += "\u{FEFF}" }
            out += CSV.line(EventStore.EventRow.columns)
            for r in rows { out += CSV.line(r.cells) }
        case .table:
            var cols = ["event_id", "type", "date_start", "date_end", "city", "province", "participants_total", "organizers", "sources"]
            if rows.contains(where: { !$0.corrected.isEmpty }) { cols.append("corrected") }
            let idx = cols.compactMap { EventStore.EventRow.columns.firstIndex(of: $0) }
            let cells = rows.map { r in
                let all = r.cells
                return idx.map { String(all[$0].prefix(40)) }
            }
            var widths = cols.map(\.count)
            for row in cells { for (i, c) in row.enumerated() { widths[i] = max(widths[i], c.count) } }
            func line(_ xs: [String]) -> String {
                var out = ""
                for (i, (x, w)) in zip(xs, widths).enumerated() {
                    if i > 0 { out += "  " }
                    out += x
                    if x.count < w { out += String(repeating: " ", count: w - x.count) }
                }
                return out
            }
            out += line(cols) + "\n"
            for row in cells { out += line(row) + "\n" }
            out += "\(rows.count) events\n"
        }
        return out
    }

    static func written(_ s: EventStore, _ format: EventStore.ListingFormat, _ f: EventStore.Filter = EventStore.Filter(),
                        page: EventStore.Page = EventStore.Page(), excel: Bool = false) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try s.writeEvents(f, page: page, format: format, excel: excel) { bytes += $0 }
        return bytes
    }

    /// Reports that disagree in every way a listing must reproduce: names equal only once normalized, values
    /// with commas, quotes, a line break and text beyond ASCII (composed and decomposed), an undated report.
    static func trickyRecords() -> [Warta.Record] {
        var records = EventStoreTests.reports.map { Shared.record($0.1, id: $0.0) }
        let base = records[0]
        let variants: [(String, String?, String?, Int?)] = [
            ("tegal-d", "aula dinas sosial kab.tegal", "2023-09-19", 41),
            ("tegal-é", "Aula \"Dinsos\", Slawi", nil, 40),
            ("tegal-e\u{301}", "Aula Dinsos\nSlawi", "2023-09-18", nil),
            ("tegal-f", "Gedung Sérbaguna Kabupaten Tegal yang sangat panjang namanya", "2023-09-20", 39),
            ("tegal-g", "Gedung Se\u{301}rbaguna Kabupaten Tegal yang sangat panjang namanya", "2023-09-21", 39),
        ]
        for (id, venue, published, total) in variants {
            var r = base
            r.document.id = id
            r.document.url = "https://example.org/\(id)?a=1,b=2"
            r.document.published = published.flatMap { Day(iso: $0) }
            r.event?.location?.venue = venue
            r.event?.participants?.total = total
            records.append(r)
        }
        return records
    }

    @Test func everyFormatIsWhatTheRowsGive() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = try EventStore(path: dir.appendingPathComponent("e.sqlite").path)
        try s.write(try EventMergingScaleTests.synthetic(300, seed: 31) + Self.trickyRecords())
        let all = try s.events(EventStore.Filter())
        #expect(all.count > 100)
        #expect(all.contains { $0.warnings.count >= 3 && $0.sources.count >= 5 })
        var f = EventStore.Filter()
        f.city = "Tegal"
        let pages = [EventStore.Page(), EventStore.Page(sort: .date, descending: true, offset: 3, limit: 20),
                     EventStore.Page(sort: .participants, descending: true), EventStore.Page(sort: .sources, offset: 5, limit: 7)]
        for format in EventStore.ListingFormat.allCases {
            for page in pages {
                for filter in [EventStore.Filter(), f] {
                    let rows = try s.events(filter, page: page)
                    #expect(try Self.written(s, format, filter, page: page) == Array(Self.reference(rows, format).utf8), "\(format) \(page)")
                }
            }
        }
        #expect(try Self.written(s, .csv, excel: true) == Array(Self.reference(all, .csv, excel: true).utf8))
        let empty = EventStore.Page(offset: all.count, limit: 5)
        #expect(try Self.written(s, .table, page: empty) == Array("event_id  type  date_start  date_end  city  province  participants_total  organizers  sources\n0 events\n".utf8))
    }

    /// The sources, URLs and warnings made as bytes are those of the reports read into Swift values.
    @Test func sourcesAndWarningsAreThoseOfTheReports() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = try EventStore(path: dir.appendingPathComponent("e.sqlite").path)
        try s.write(try EventMergingScaleTests.synthetic(300, seed: 32) + Self.trickyRecords())
        let rows = try s.events(EventStore.Filter())
        let reports = try s.pool.read { db in try EventStore.eventReports(db, ids: rows.map(\.id)) }
        func distinct(_ xs: [String]) -> [String] {
            var seen = Set<String>()
            return xs.filter { seen.insert($0).inserted }
        }
        var warned = 0
        for r in rows {
            let docs = reports[r.id] ?? []
            #expect(r.sources == distinct(docs.map(\.id)))
            #expect(r.urls == distinct(docs.compactMap(\.url)))
            #expect(r.warnings == distinct(EventStore.eventWarnings(docs)))
            if !r.warnings.isEmpty { warned += 1 }
        }
        #expect(warned > 0)
        // Composed and decomposed, one id: one source. The earliest report (tegal-e\u{301}, published first)
        // gives the venue, which tegal-é's equals once normalized; the hall of tegal-f differs.
        let tegal = try #require(rows.first { $0.sources.contains("tegal-a") })
        #expect(tegal.sources.filter { $0.hasPrefix("tegal-") && $0 != "tegal-other" }.count == 7)
        #expect(tegal.venue == "Aula Dinsos\nSlawi")
        #expect(!tegal.warnings.contains { $0.hasPrefix("venue: Aula \"Dinsos\", Slawi") })
        #expect(tegal.warnings.contains { $0.hasPrefix("venue: Gedung Sérbaguna") && $0.contains("(tegal-f)") })
    }

    /// With corrections stored the listing is the corrected one, in every format.
    @Test func theCorrectedListingIsWrittenTheSameWay() throws {
        let (s, dir) = try CorrectionTests.store(Self.trickyRecords())
        defer { try? FileManager.default.removeItem(at: dir) }
        try s.correct(DocumentKey(source: "tegal-a", id: "tegal-a"), field: .participantsTotal, value: "25", reviewer: "ana",
                      validator: CorrectionTests.validator)
        let rows = try s.events(EventStore.Filter())
        #expect(rows.contains { $0.corrected == ["participants_total"] && $0.participants == 25 })
        for format in EventStore.ListingFormat.allCases {
            #expect(try Self.written(s, format) == Array(Self.reference(rows, format).utf8))
        }
        #expect(String(decoding: try Self.written(s, .table), as: UTF8.self).hasPrefix("event_id  type"))
        #expect(String(decoding: try Self.written(s, .table), as: UTF8.self).split(separator: "\n")[0].split(separator: " ").last == "corrected")
    }
}
