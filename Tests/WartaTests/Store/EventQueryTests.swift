import Foundation
import GRDB
import Testing
@testable import Warta

/// The queries at archive scale read what the store keeps for them: counts kept by triggers, an index per
/// filter and sort order. Each is checked against the plain query it replaces.
struct EventQueryTests {
    /// The counts of `warta db stats` computed the slow way, by counting rows.
    static func counted(_ s: EventStore) throws -> EventStore.Stats {
        try s.pool.read { db in
            var c = EventStore.Stats()
            c.documents = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? -1
            c.errors = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents WHERE error_kind IS NOT NULL") ?? -1
            c.trainingEventDocuments = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents WHERE is_training_event") ?? -1
            c.events = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events") ?? -1
            func groups(_ sql: String) throws -> [(String, Int)] {
                try Row.fetchAll(db, sql: sql).map { (($0[0] as String?) ?? "(unknown)", $0[1] as Int) }
            }
            c.perYear = try groups("SELECT substr(date_start, 1, 4), COUNT(*) FROM events GROUP BY 1 ORDER BY 1")
            c.perProvince = try groups("SELECT province, COUNT(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1")
            c.perType = try groups("SELECT type, COUNT(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1")
            return c
        }
    }

    static func same(_ a: EventStore.Stats, _ b: EventStore.Stats) -> Bool {
        func flat(_ xs: [(String, Int)]) -> [String] { xs.map { "\($0.0)=\($0.1)" } }
        return a.documents == b.documents && a.errors == b.errors && a.trainingEventDocuments == b.trainingEventDocuments
            && a.events == b.events && flat(a.perYear) == flat(b.perYear) && flat(a.perProvince) == flat(b.perProvince)
            && flat(a.perType) == flat(b.perType)
    }

    /// The kept counts equal the counted ones after inserts, joins, a record that changes its event, type and
    /// place, one that leaves its event, and errors.
    @Test func theKeptCountsAreTheCountedOnes() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = try EventStore(path: dir.appendingPathComponent("e.sqlite").path)
        var records = try EventMergingScaleTests.synthetic(300, seed: 21)
        records += EventStoreTests.reports.map { Shared.record($0.1, id: $0.0) }
        try s.write(records)
        #expect(Self.same(try s.stats(), try Self.counted(s)))
        #expect(try s.stats().events > 200)
        var changed = records[0]
        changed.event?.type = "pelatihan"
        changed.event?.location?.province = "Papua"
        changed.event?.location?.city = nil
        var gone = records[1]
        gone.event = nil
        gone.isTrainingEvent = false
        let failed = Record.failure(DocumentInfo(id: "broken", source: "broken.txt", format: "text"),
                                    RecordError(kind: "empty", message: "broken.txt: the document is empty"))
        var undated = records[2]
        undated.document.id = "undated"
        undated.event?.date = nil
        #expect(try s.write([changed, gone, failed, undated]) == [.updated, .updated, .inserted, .inserted])
        let kept = try s.stats()
        #expect(Self.same(kept, try Self.counted(s)))
        #expect(kept.errors == 1)
        #expect(kept.perYear.first?.0 == "(unknown)")
        // A record that fails later (the file became unreadable) and one that is repaired.
        var broken = Record.failure(DocumentInfo(id: records[3].document.id, source: records[3].document.source, format: "text"),
                                    RecordError(kind: "unreadable", message: "x: cannot be read"))
        broken.document = records[3].document
        try s.write([broken, records[1]])
        #expect(Self.same(try s.stats(), try Self.counted(s)))
    }

    /// Each filter and combination gives the events that the plain condition over all events gives, and a page
    /// of any sort order is that slice of the whole sorted list.
    @Test func filtersSortsAndPagesAgreeWithThePlainQuery() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = try EventStore(path: dir.appendingPathComponent("e.sqlite").path)
        var records = try EventMergingScaleTests.synthetic(400, seed: 23)
        records += EventStoreTests.reports.map { Shared.record($0.1, id: $0.0) }
        try s.write(records)
        let all = try s.events(EventStore.Filter())
        #expect(all.count == (try s.count(EventStore.Filter())))
        func check(_ f: EventStore.Filter, _ keep: (EventStore.EventRow) -> Bool, _ label: String) throws {
            let expected = all.filter(keep).map(\.id)
            let got = try s.events(f).map(\.id)
            #expect(got == expected, "\(label)")
            #expect(try s.count(f) == expected.count, "\(label)")
        }
        var f = EventStore.Filter()
        f.from = "2019-03-01"; f.to = "2019-05-31"
        try check(f, { ($0.dateEnd ?? "") >= "2019-03-01" && ($0.dateStart ?? "~") <= "2019-05-31" }, "period")
        #expect(try !s.events(f).isEmpty)
        f = EventStore.Filter(); f.from = "2024-01-01"
        try check(f, { ($0.dateEnd ?? "") >= "2024-01-01" }, "from")
        f = EventStore.Filter(); f.to = "2018-01-01"
        try check(f, { ($0.dateStart ?? "~") <= "2018-01-01" }, "to")
        f = EventStore.Filter(); f.province = "jawa"
        try check(f, { ($0.province ?? "").lowercased().contains("jawa") }, "province")
        f = EventStore.Filter(); f.city = "Tegal"
        try check(f, { ($0.city ?? "").contains("Tegal") }, "city")
        f = EventStore.Filter(); f.type = "Workshop"
        try check(f, { $0.type == "workshop" }, "type")
        #expect(try !s.events(f).isEmpty)
        f = EventStore.Filter(); f.organizer = "sosial kota"
        try check(f, { $0.organizers.contains { $0.lowercased().contains("sosial kota") } }, "organizer")
        f = EventStore.Filter(); f.law = "uu 11/2009"
        try check(f, { $0.laws.contains { $0.lowercased() == "uu 11/2009" } }, "law")
        f = EventStore.Filter(); f.province = "Jawa Tengah"; f.type = "bimtek"; f.from = "2017-01-01"; f.to = "2021-12-31"; f.organizer = "Dinas Sosial"
        try check(f, { ($0.province ?? "").contains("Jawa Tengah") && $0.type == "bimtek" && ($0.dateEnd ?? "") >= "2017-01-01"
                       && ($0.dateStart ?? "~") <= "2021-12-31" && $0.organizers.contains { $0.contains("Dinas Sosial") } }, "combined")
        // Sorts and pages.
        for sortKey in EventStore.SortKey.allCases {
            for descending in [false, true] {
                let sorted = try s.events(EventStore.Filter(), page: EventStore.Page(sort: sortKey, descending: descending))
                #expect(Set(sorted.map(\.id)) == Set(all.map(\.id)))
                let page = try s.events(EventStore.Filter(), page: EventStore.Page(sort: sortKey, descending: descending, offset: 37, limit: 25))
                #expect(page.map(\.id) == Array(sorted.dropFirst(37).prefix(25)).map(\.id), "\(sortKey) \(descending)")
                #expect(page.map { $0.sources } == Array(sorted.dropFirst(37).prefix(25)).map { $0.sources })
                func key(_ e: EventStore.EventRow) -> String {
                    switch sortKey {
                    case .date: return e.dateStart ?? "~"
                    case .province: return e.province ?? ""
                    case .city: return e.city ?? ""
                    case .type: return e.type ?? ""
                    case .participants: return String(format: "%09d", e.participants ?? -1)
                    case .sources: return String(format: "%09d", e.sources.count)
                    case .id: return String(format: "%09d", e.id)
                    }
                }
                let keys = sorted.map(key)
                #expect(keys == (descending ? keys.sorted(by: >) : keys.sorted()), "\(sortKey) \(descending)")
            }
        }
        // A listing of more than 2,000 events reads sources and warnings in one query; they are the same.
        let many = try EventMergingScaleTests.synthetic(2_300, seed: 29)
        try s.write(many)
        let big = try s.events(EventStore.Filter())
        #expect(big.count > 2_000)
        let pages = try stride(from: 0, to: big.count, by: 1_000).flatMap {
            try s.events(EventStore.Filter(), page: EventStore.Page(offset: $0, limit: 1_000))
        }
        #expect(big.map(\.id) == pages.map(\.id))
        #expect(big.map(\.sources) == pages.map(\.sources))
        #expect(big.map(\.warnings) == pages.map(\.warnings))
        #expect(try s.events(EventStore.Filter(), page: EventStore.Page(offset: big.count, limit: 10)).isEmpty)
    }

    /// The period filter reads a window of start dates as long as the longest event; an event whose dates
    /// another program changes keeps that bound (a trigger).
    @Test func aLongEventIsFoundByThePeriodFilter() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = try EventStore(path: dir.appendingPathComponent("e.sqlite").path)
        try s.write(EventStoreTests.reports.map { Shared.record($0.1, id: $0.0) })
        let id = try #require(try s.events(EventStore.Filter()).first?.id)
        try s.pool.write { db in
            try db.execute(sql: "UPDATE events SET date_start = '2023-01-01', date_end = '2023-12-31' WHERE id = ?", arguments: [id])
        }
        var f = EventStore.Filter()
        f.from = "2023-12-30"
        #expect(try s.events(f).map(\.id).contains(id))
    }
}
