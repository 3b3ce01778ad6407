import ArgumentParser
import Foundation
import Warta

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measures the speed of the pipeline on a deterministic synthetic corpus.",
        discussion: """
            Generates DOCUMENTS synthetic reports in memory (the same ones every run): plain-text articles of \
            about 3 KB, or HTML pages of about 60 KB with heavy page chrome. Then runs the full pipeline over \
            them on one core and reports documents per second, megabytes per second, the time spent in each \
            stage (parse, clean, extract, write) and the peak memory of the process. Build with -c release \
            before measuring.
            """
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable { case text, html }

    @Option(help: "What to generate: text (3 KB articles) or html (60 KB pages).")
    var kind: Kind = .html

    @Option(help: "How many documents to generate and extract.")
    var documents: Int = 2_000

    @Option(help: "The seed of the generator.")
    var seed: UInt64 = 1

    @Flag(help: "Also time each extractor separately.")
    var profile = false

    @OptionGroup var rulesOptions: RulesOptions

    func validate() throws {
        if documents < 1 { throw ValidationError("--documents must be at least 1.") }
    }

    func run() throws {
        let pipeline = try rulesOptions.pipeline()
        var generator = Synthetic(seed: seed)
        let inputs: [[UInt8]] = (0..<documents).map { _ in
            Array((kind == .html ? generator.htmlPage() : generator.textArticle()).utf8)
        }
        let totalBytes = inputs.reduce(0) { $0 + $1.count }
        var parse = 0.0, clean = 0.0, extract = 0.0, write = 0.0
        var events = 0
        var scratch = MatchScratch()
        var sink = 0
        let clock = ContinuousClock()
        func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
        let start = clock.now
        for (i, bytes) in inputs.enumerated() {
            var t0 = clock.now
            let raw: String
            var published: Day? = nil
            if kind == .html {
                let page = try HTMLReader.read(bytes)
                raw = page.text
                published = page.published
            } else {
                raw = try TextDecoder.decode(bytes).text
            }
            var t1 = clock.now
            parse += seconds(t1 - t0)
            t0 = t1
            let text = AnalyzedText(CleanText(normalizing: raw), vocabulary: pipeline.rules.vocabulary)
            t1 = clock.now
            clean += seconds(t1 - t0)
            t0 = t1
            let record = pipeline.extract(
                text, info: DocumentInfo(id: "doc\(i)", source: "synthetic", format: kind.rawValue), published: published,
                scratch: &scratch)
            if record.isTrainingEvent { events += 1 }
            t1 = clock.now
            extract += seconds(t1 - t0)
            t0 = t1
            sink &+= record.json.serialized().utf8.count
            write += seconds(clock.now - t0)
        }
        let total = seconds(clock.now - start)
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let peakMB = Double(usage.ru_maxrss) / 1024
        func f(_ x: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", x) }
        print("kind: \(kind.rawValue), documents: \(documents), input: \(f(Double(totalBytes) / 1e6)) MB, training events found: \(events)")
        print("documents per second: \(f(Double(documents) / total)) (one core)")
        print("MB per second: \(f(Double(totalBytes) / 1e6 / total))")
        print("per document: parse \(f(parse / Double(documents) * 1e6)) µs, clean \(f(clean / Double(documents) * 1e6)) µs, extract \(f(extract / Double(documents) * 1e6)) µs, write \(f(write / Double(documents) * 1e6)) µs")
        print("peak memory: \(f(peakMB)) MB (includes the generated corpus, \(f(Double(totalBytes) / 1e6)) MB)")
        if sink == 0 { print("") }
        if profile {
            var totals: [String: Double] = [:]
            var order: [String] = []
            for bytes in inputs {
                let raw = kind == .html ? (try HTMLReader.read(bytes)).text : try TextDecoder.decode(bytes).text
                let text = AnalyzedText(CleanText(normalizing: raw), vocabulary: pipeline.rules.vocabulary)
                for (name, d) in pipeline.profile(text, scratch: &scratch) {
                    if totals[name] == nil { order.append(name) }
                    totals[name, default: 0] += seconds(d)
                }
            }
            print("per extractor: " + order.map { "\($0) \(f((totals[$0] ?? 0) / Double(documents) * 1e6)) µs" }.joined(separator: ", "))
        }
    }
}
