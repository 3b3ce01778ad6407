import Foundation
import Testing
@testable import Warta

/// Every text document of the corpus has HTML twins in seven page styles (`scripts/make_html_twins.py`); each
/// style scores exactly as the text documents on every field (the same tp, fp and fn), and each twin yields the
/// text's field values. `blogdiv` has `<div>` paragraphs in `div.post-body`, `brcell` `<br>`-separated text
/// in one table cell, `splitad` an article split into sibling blocks by an inline ad.
struct TwinTests {
    static let styles = ["wordpress", "pemda", "portal", "blogger", "blogdiv", "brcell", "splitad"]
    static let html = Paths.corpus.appendingPathComponent("html")

    static let text: EvalRun = {
        var run = EvalRun()
        // Groups compared as `EvalRun.run` compares them, through the rules' aliases (round 28).
        run.evaluator.groupNames = GroupNames(rules: Shared.pipeline.rules)
        do {
            let files = try FileManager.default.contentsOfDirectory(atPath: Paths.corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
            for name in files {
                let url = Paths.corpus.appendingPathComponent(name)
                let gold = try GoldLabel(json: try String(contentsOf: url.deletingPathExtension().appendingPathExtension("json"), encoding: .utf8), file: name)
                run.evaluator.add(record: try Shared.pipeline.process(DocumentFinder.input(for: url).get()), gold: gold)
            }
        } catch { fatalError("\(error)") }
        return run
    }()

    @Test("Each page style scores exactly as the text", arguments: styles)
    func style(_ style: String) throws {
        let dir = Self.html.appendingPathComponent(style)
        let run = try EvalRun.run(dir, pipeline: Shared.pipeline)
        #expect(run.evaluator.documents == Self.text.evaluator.documents)
        #expect(run.evaluator.errors.isEmpty, "\(run.evaluator.errors.prefix(3))")
        for field in Evaluator.Field.allCases {
            let a = run.evaluator.counts[field] ?? .init(), b = Self.text.evaluator.counts[field] ?? .init()
            #expect(a.tp == b.tp && a.fp == b.fp && a.fn == b.fn, "\(style) \(field.rawValue): HTML \(a) vs text \(b)")
        }
    }

    @Test("Each twin yields its text's field values", arguments: styles)
    func twins(_ style: String) throws {
        let dir = Self.html.appendingPathComponent(style)
        var differing: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: Paths.corpus.path).filter({ $0.hasSuffix(".txt") }).sorted() {
            let stem = String(name.dropLast(4))
            let t = try Shared.pipeline.process(DocumentFinder.input(for: Paths.corpus.appendingPathComponent(name)).get())
            let h = try Shared.pipeline.process(DocumentFinder.input(for: dir.appendingPathComponent(stem + ".html")).get())
            let a = Evaluator.Predicted(t), b = Evaluator.Predicted(h)
            if a.isEvent != b.isEvent || a.type != b.type || a.dateStart != b.dateStart || a.dateEnd != b.dateEnd || a.city != b.city
                || a.province != b.province || a.venue != b.venue || a.total != b.total || a.organizers != b.organizers
                || a.speakers != b.speakers || a.speakerOrgs != b.speakerOrgs || a.legal != b.legal
            {
                differing.append(stem)
            }
        }
        // A page may carry a publication date in its metadata that the text lacks; at most a handful differ.
        #expect(differing.count <= 2, "\(style): \(differing)")
    }
}
