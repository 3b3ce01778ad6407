import Foundation
import Testing
@testable import Warta

/// The registry of extractors, the folders of `extractors/` and the copy built into the binary stay in step.
struct RegistryTests {
    @Test func everyFolderHasAnExtractorAndEveryExtractorAFolder() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Paths.extractors.path).filter { name in
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: Paths.extractors.appendingPathComponent(name).path, isDirectory: &isDir) && isDir.boolValue
        }
        let registered = Set(ExtractorRegistry.all.map { $0.field }).union(ExtractorRegistry.dataFolders)
        #expect(Set(folders) == registered)
    }

    @Test func theBuiltInRulesAreTheRulesOfTheSourceTree() throws {
        let onDisk = try RuleSource.directory(Paths.extractors).files()
        let embedded = try RuleSource.embedded.files()
        #expect(onDisk.map(\.path) == embedded.map(\.path))
        for (a, b) in zip(onDisk, embedded) {
            #expect(a.contents == b.contents, "\(a.path) differs from its built-in copy: rebuild")
        }
    }

    @Test func rulesLoadFromAFolderLikeTheBuiltInOnes() throws {
        let fromDisk = try RuleSet.load(from: .directory(Paths.extractors))
        #expect(fromDisk.rules.keys.sorted() == Shared.rules.rules.keys.sorted())
        #expect(fromDisk.vocabulary.ids.count == Shared.rules.vocabulary.ids.count)
    }

    @Test func everyExtractorFindsTheLexiconsItNeeds() {
        for ext in ExtractorRegistry.all {
            for name in ext.requiredLexicons {
                #expect(Shared.rules.lexicon(name) != nil, "\(ext.field) needs the lexicon \(name)")
            }
        }
    }
}
