import ArgumentParser
import Foundation
import Warta

struct DB: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Queries the training-event database that warta extract --db writes.",
        subcommands: [Stats.self, Events.self, Import.self, ExportGold.self]
    )

    struct Options: ParsableArguments {
        @Option(name: .long, help: ArgumentHelp("The database file.", valueName: "file"))
        var db: String = "events.sqlite"

        func open() throws -> EventStore {
            guard FileManager.default.fileExists(atPath: db) else {
                printError("warta: \(db): no such database (write one with warta extract --db \(db))")
                throw ExitCode(2)
            }
            do {
                return try EventStore(path: db)
            } catch {
                printError("warta: \(EventStore.explain(error, path: db))")
                throw ExitCode(2)
            }
        }
    }

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Counts documents, errors and events, and events per year, per province and per type.")

        @OptionGroup var options: Options

        func run() throws {
            let s = try options.open().stats()
            print("documents: \(s.documents) (\(s.trainingEventDocuments) reporting training events, \(s.errors) errors)")
            print("events: \(s.events)")
            for (title, rows) in [("per year", s.perYear), ("per province", s.perProvince), ("per type", s.perType)] {
                print("\n\(title):")
                for (k, n) in rows { print("  " + k.padding(toLength: 34, withPad: " ", startingAt: 0) + String(n)) }
            }
        }
    }

    struct Events: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lists events, one per row with its sources, filtered and formatted.",
            discussion: """
                Filters combine: --from and --to keep events that overlap the period (YYYY-MM-DD); --province and \
                --city match part of the name; --type is an event type (bimtek, pelatihan...); --organizer matches \
                part of an organizer's name; --law is a canonical reference such as "UU 11/2009". Events come in \
                date order; --sort COLUMN (--descending) orders them otherwise, --offset and --limit list one page. \
                --format table (default), csv (RFC 4180; --excel adds a UTF-8 byte-order mark for spreadsheets) or jsonl.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, jsonl }

        @OptionGroup var options: Options
        @Option(help: "Keep events that end on or after this day (YYYY-MM-DD).") var from: String?
        @Option(help: "Keep events that start on or before this day (YYYY-MM-DD).") var to: String?
        @Option(help: "Keep events in a province whose name contains this.") var province: String?
        @Option(help: "Keep events in a kabupaten/kota whose name contains this.") var city: String?
        @Option(help: "Keep events of this type.") var type: String?
        @Option(help: "Keep events with an organizer whose name contains this.") var organizer: String?
        @Option(help: "Keep events whose reports cite this regulation (canonical form).") var law: String?
        @Option(help: "Sort by date, province, city, type, participants, sources or id (then by date and id).") var sort: String = "date"
        @Flag(help: "Sort in descending order.") var descending = false
        @Option(help: "Skip this many events of the sorted list.") var offset: Int = 0
        @Option(help: "List at most this many events.") var limit: Int?
        @Option(help: "The output format: table, csv or jsonl.") var format: Format = .table
        @Flag(help: "Start CSV output with a UTF-8 byte-order mark, so that spreadsheets read it as UTF-8.") var excel = false

        func validate() throws {
            for (name, value) in [("--from", from), ("--to", to)] {
                if let value, Day(iso: value) == nil { throw ValidationError("\(name) must be a date as YYYY-MM-DD, not '\(value)'.") }
            }
            if excel, format != .csv { throw ValidationError("--excel goes with --format csv.") }
            if EventStore.SortKey(rawValue: sort) == nil {
                throw ValidationError("--sort must be one of \(EventStore.SortKey.allCases.map(\.rawValue).joined(separator: ", ")), not '\(sort)'.")
            }
            if offset < 0 { throw ValidationError("--offset must be 0 or more.") }
            if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more.") }
        }

        func run() throws {
            var f = EventStore.Filter()
            f.from = from; f.to = to; f.province = province; f.city = city; f.type = type; f.organizer = organizer; f.law = law
            let page = EventStore.Page(sort: EventStore.SortKey(rawValue: sort) ?? .date, descending: descending, offset: offset, limit: limit)
            let store = try options.open()
            let listingFormat = EventStore.ListingFormat(rawValue: format.rawValue) ?? .table
            // Written in blocks of 64 KB as the rows come (the table once its column widths are known).
            try store.writeEvents(f, page: page, format: listingFormat, excel: excel) { bytes in
                try writeToStandardOutput(bytes)
            }
        }
    }
}

/// Writes the bytes to standard output with write(2), without copying them into a `Data` first.
func writeToStandardOutput(_ bytes: UnsafeBufferPointer<UInt8>) throws {
    guard var p = bytes.baseAddress else { return }
    var left = bytes.count
    while left > 0 {
        let n = write(STDOUT_FILENO, p, left)
        if n < 0 {
            if errno == EINTR { continue }
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        p += n
        left -= n
    }
}
