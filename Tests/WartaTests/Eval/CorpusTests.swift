import Foundation
import Testing
@testable import Warta

/// `warta eval corpus` against its pinned floors, and every record of the corpus against the JSON Schema.
struct CorpusTests {
    static let run: EvalRun = {
        do { return try EvalRun.run(Paths.corpus, pipeline: Shared.pipeline) } catch { fatalError("\(error)") }
    }()

    @Test func theCorpusHasItsSize() throws {
        let top = try FileManager.default.contentsOfDirectory(atPath: Paths.corpus.path).filter { $0.hasSuffix(".json") && $0 != "floors.json" }
        #expect(top.count >= 80)
        let all = try EvalRun.documents(in: Paths.corpus, extensions: ["json"]).filter { $0.lastPathComponent != "floors.json" }
        #expect(Self.run.evaluator.documents == all.count)
        #expect(Self.run.warnings.isEmpty, "\(Self.run.warnings)")
        #expect(Self.run.evaluator.errors.isEmpty)
    }

    @Test("Each field keeps its floor", arguments: Evaluator.Field.allCases)
    func floor(_ field: Evaluator.Field) throws {
        let floor = try #require(Self.run.floors[field.rawValue], "floors.json pins no floor for \(field.rawValue)")
        let f1 = (Self.run.evaluator.counts[field] ?? .init()).f1
        #expect(f1 + 1e-9 >= floor, "\(field.rawValue): F1 \(f1) fell below \(floor)")
    }

    @Test func theIssueFloorsArePinnedAtLeastAsHighAsRequired() {
        let required: [String: Double] = [
            "is_training_event": 0.95, "date_start": 0.98, "date_end": 0.98, "participants_total": 0.95,
            "legal_references": 0.98, "city": 0.90, "venue": 0.90, "organizers": 0.90, "speakers": 0.90,
        ]
        for (field, minimum) in required {
            #expect((Self.run.floors[field] ?? 0) >= minimum, "\(field) must be pinned at \(minimum) or above")
        }
    }

    @Test func everyRecordFollowsTheSchemaAndItsEvidenceOffsets() throws {
        let schema = SchemaValidator(root: try JSON.parse(try String(contentsOf: Paths.schema, encoding: .utf8)))
        let files = try Paths.corpusAndRealnewsDev(html: false)
        #expect(files.count >= 160)
        for file in files {
            let record = try Shared.pipeline.process(DocumentFinder.input(for: file).get(), withText: true)
            let json = record.json
            let errors = schema.validate(try JSON.parse(json.serialized()))
            #expect(errors.isEmpty, "\(file.lastPathComponent): \(errors.prefix(3))")
            let scalars = Array((record.text ?? "").unicodeScalars)
            func walk(_ v: JSON) {
                switch v {
                case .object(let pairs):
                    if let s = v["start"]?.intValue, let e = v["end"]?.intValue, let t = v["text"]?.stringValue {
                        var view = String.UnicodeScalarView()
                        view.append(contentsOf: scalars[s..<e])
                        #expect(String(view) == t, "\(file.lastPathComponent): evidence offsets")
                    }
                    for (k, x) in pairs where k != "text" || v["start"] == nil { if k != "text" { walk(x) } }
                case .array(let items): items.forEach(walk)
                default: break
                }
            }
            walk(json)
        }
    }
}
