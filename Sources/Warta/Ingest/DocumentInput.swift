import Foundation

/// One document to extract: its id, where it came from, its format and its bytes.
public struct DocumentInput: Sendable {
    public enum Format: String, Sendable { case text, html }

    public var id: String
    public var source: String
    public var format: Format
    public var bytes: [UInt8]
    /// A publication date known from outside the text (an archive's metadata).
    public var published: Day?
    public var url: String?

    public init(id: String, source: String, format: Format, bytes: [UInt8], published: Day? = nil, url: String? = nil) {
        self.id = id
        self.source = source
        self.format = format
        self.bytes = bytes
        self.published = published
        self.url = url
    }

    /// The largest document Warta reads; larger ones become error records.
    public static let maxBytes = 64 << 20
}

/// Finds the documents below the paths given on the command line.
public enum DocumentFinder {
    public static let textExtensions: Set<String> = ["txt", "text"]
    public static let htmlExtensions: Set<String> = ["html", "htm"]
    /// What `warta extract` and `warta eval` read from folders.
    public static let documentExtensions: Set<String> = textExtensions.union(htmlExtensions)

    /// Every file below `paths` with one of `extensions` (case-insensitive), folders searched recursively
    /// and sorted by path; a file named directly is taken whatever its extension.
    public static func files(_ paths: [String], extensions: Set<String> = documentExtensions) throws -> [URL] {
        var out: [URL] = []
        for path in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                throw RecordError(kind: "not-found", message: "\(path): no such file or folder")
            }
            let url = URL(fileURLWithPath: path)
            if !isDir.boolValue {
                out.append(url)
                continue
            }
            var found: [URL] = []
            if let walker = FileManager.default.enumerator(
                at: url, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
            {
                for case let file as URL in walker where extensions.contains(file.pathExtension.lowercased()) {
                    found.append(file)
                }
            }
            out.append(contentsOf: found.sorted { $0.path < $1.path })
        }
        return out
    }

    /// Reads a file into a document input; the id is the file's stem.
    public static func input(for url: URL) -> Result<DocumentInput, RecordError> {
        let id = url.deletingPathExtension().lastPathComponent
        let ext = url.pathExtension.lowercased()
        let format: DocumentInput.Format = (ext == "html" || ext == "htm") ? .html : .text
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            if let size = attributes[.size] as? NSNumber, size.intValue > DocumentInput.maxBytes {
                return .failure(RecordError(kind: "too-large", message: "\(url.path): the file has \(size.intValue) bytes, above the limit of \(DocumentInput.maxBytes)"))
            }
            let data = try Data(contentsOf: url)
            return .success(DocumentInput(id: id, source: url.path, format: format, bytes: [UInt8](data)))
        } catch {
            return .failure(RecordError(kind: "unreadable", message: "\(url.path): the file cannot be read (\(error.localizedDescription))"))
        }
    }
}
