import Foundation
import Testing
@testable import Warta

/// The main-text benchmark of `scripts/main_text_bench.py`, in process: the 130 real pages of
/// `../shared/html-bench` (Mozilla Readability's test pages), each page's text against Readability's article
/// by 4-gram shingles (the measure of that folder's README), precision and recall averaged over the pages.
/// Pins a floor under the figures in README, whenever the folder is there.
@Suite(.enabled(if: Paths.hasHTMLBench, "../shared/html-bench is not beside the project"))
struct MainTextBenchTests {
    static let folder = Paths.htmlBench

    static func words(_ s: String) -> [Substring] {
        s.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_" || $0.unicodeScalars.first?.properties.generalCategory == .nonspacingMark) })
    }

    static func shingles(_ s: String) -> [String: Int] {
        let w = words(s)
        var out: [String: Int] = [:]
        if w.isEmpty { return out }
        if w.count < 4 { out[w.joined(separator: " "), default: 0] += 1; return out }
        for i in 0...(w.count - 4) { out[w[i..<(i + 4)].joined(separator: " "), default: 0] += 1 }
        return out
    }

    @Test func mainTextF1StaysAboveItsFloor() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        var precision = 0.0, recall = 0.0, pages = 0
        var empty: [String] = []
        for name in names {
            let dir = Self.folder.appendingPathComponent(name)
            guard let source = FileManager.default.contents(atPath: dir.appendingPathComponent("source.html").path),
                let expected = FileManager.default.contents(atPath: dir.appendingPathComponent("expected.html").path)
            else { continue }
            let record = Shared.pipeline.process(
                DocumentInput(id: name, source: name, format: .html, bytes: [UInt8](source)), withText: true)
            var text = record.text ?? ""
            // leave the headline out: Readability's article does not hold it
            let page = try? HTMLReader.read([UInt8](source))
            if page?.title != nil, let cut = text.firstIndex(of: "\n") { text = String(text[text.index(after: cut)...]) }
            else if page?.title != nil { text = "" }
            let x = Self.shingles(text), e = Self.shingles(HTMLReader.allText([UInt8](expected)))
            var tp = 0
            for (k, v) in x { tp += min(v, e[k] ?? 0) }
            let fp = x.values.reduce(0, +) - tp, fn = e.values.reduce(0, +) - tp
            if fp == 0 && fn == 0 {
                precision += 1; recall += 1
            } else {
                precision += tp + fp > 0 ? Double(tp) / Double(tp + fp) : 0
                recall += tp + fn > 0 ? Double(tp) / Double(tp + fn) : 0
            }
            if x.isEmpty && !e.isEmpty { empty.append(name) }
            pages += 1
        }
        #expect(pages >= 130)
        let p = precision / Double(pages), r = recall / Double(pages)
        let f1 = 2 * p * r / (p + r)
        #expect(f1 >= 0.95, "F1 \(f1) (P \(p), R \(r))")
        #expect(empty.isEmpty, "pages without text: \(empty)")
    }
}
