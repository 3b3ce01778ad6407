import ArgumentParser
import Foundation
import Warta
import WartaWeb

/// `warta serve`: the analysts' workbench in a browser.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Starts the analysts' workbench: browse, review and correct the event database in a browser.",
        discussion: """
            Pages: the overview (counts, events per month, province and type, the latest runs), the events \
            (the filters of warta db events, sortable, in pages), each event (its merged fields and their \
            reports) and each document (its clean text with the evidence of every field highlighted, and forms \
            to correct a field, give the evidence of a missing value and mark the document reviewed). \
            Corrections are stored in the database and override the extracted values everywhere. The server \
            listens on 127.0.0.1 unless --host says otherwise; an address other than loopback needs --token, \
            which every request must then carry (the login form sets a cookie).
            """)

    @Option(help: ArgumentHelp("The database file.", valueName: "file")) var db: String = "events.sqlite"
    @Option(help: "The address to listen on.") var host: String = "127.0.0.1"
    @Option(help: "The port to listen on (0: any free port).") var port: Int = 8080
    @Option(help: "A secret that every request must carry (required with a --host other than loopback).") var token: String?
    @Option(help: "The reviewer's name stored with every correction and review (default: $USER).") var reviewer: String?
    @OptionGroup var rulesOptions: RulesOptions

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port must be from 0 to 65535.") }
        if let token, token.count < 8 { throw ValidationError("--token must be at least 8 characters long.") }
        if !Workbench.isLoopback(host), token == nil {
            throw ValidationError("--host \(host) is not a loopback address: anyone who reaches it could change the database. Give --token TOKEN too, or listen on 127.0.0.1.")
        }
    }

    func run() async throws {
        guard FileManager.default.fileExists(atPath: db) else {
            printError("warta: \(db): no such database (write one with warta extract --db \(db))")
            throw ExitCode(2)
        }
        let store: EventStore
        do { store = try EventStore(path: db) } catch {
            printError("warta: \(EventStore.explain(error, path: db))")
            throw ExitCode(2)
        }
        let pipeline = try rulesOptions.pipeline()
        let name = reviewer ?? ProcessInfo.processInfo.environment["USER"] ?? "analyst"
        let workbench = Workbench(store: store, pipeline: pipeline, reviewer: name, token: token)
        let shownHost = host.contains(":") ? "[\(host)]" : host
        let app = workbench.application(host: host, port: port) { bound in
            // Written at once (not buffered), so that a script that started the server reads the address.
            FileHandle.standardOutput.write(Data("warta serve: http://\(shownHost):\(bound)/ (database \(db), reviewer \(name)\(token == nil ? "" : ", token required")); Ctrl-C stops it\n".utf8))
        }
        try await app.runService()
    }
}
