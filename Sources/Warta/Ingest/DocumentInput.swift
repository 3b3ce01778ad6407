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
    /// Set when `bytes` hold only the start of the document: the document's full size in bytes when it is
    /// known (a file), or 0 when it is not (a body inflated until the page limit).
    public var cutFrom: Int?
    /// Warnings about the input itself (a `published` that is not a date), added to the record.
    public var notes: [RecordWarning] = []
    /// The document as a string, when the reader already holds one (a JSON Lines `text` repaired from a line with
    /// invalid UTF-8; a valid line's `text` arrives as bytes, see `isValidUTF8`): its UTF-8 is exactly `bytes`, so
    /// the text decoder takes it instead of validating the bytes into a string again.
    public var text: String? = nil
    /// `bytes` are known to be valid UTF-8 (a JSON Lines `text` unescaped from a valid line), so that the text
    /// decoder neither validates them nor makes a string of them. Set only by this package's readers: the text
    /// normalizer trusts it and reads the bytes unchecked.
    package var isValidUTF8 = false

    public init(id: String, source: String, format: Format, bytes: [UInt8], published: Day? = nil, url: String? = nil) {
        self.id = id
        self.source = source
        self.format = format
        self.bytes = bytes
        self.published = published
        self.url = url
    }

    /// How many bytes of a document of this format are read: 2 MiB of text, 16 MiB of a page. Longer ones
    /// are read up to the limit and get the warning `truncated`.
    public static func limit(_ format: Format) -> Int {
        format == .html ? Pipeline.maxHTMLBytes : Pipeline.maxTextBytes
    }
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

    /// Reads a file into a document input (the id is the file's stem unless `id` is given). Only the first
    /// bytes up to the format's limit are read (and three more, so that a cut never falls inside a
    /// character); `cutFrom` then holds the file's size.
    public static func input(for url: URL, id: String? = nil) -> Result<DocumentInput, RecordError> {
        let id = id ?? url.deletingPathExtension().lastPathComponent
        let format = self.format(of: url)
        let path = url.path
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
                return .failure(RecordError(kind: "unreadable", message: "\(path): the file cannot be read (a link to \(target), which does not exist)"))
            }
            return .failure(RecordError(kind: "unreadable", message: "\(path): the file cannot be read (no such file)"))
        }
        if isDir.boolValue {
            return .failure(RecordError(kind: "unreadable", message: "\(path): is a folder, not a document file"))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let why = FileManager.default.isReadableFile(atPath: path) ? "it cannot be opened" : "permission denied"
            return .failure(RecordError(kind: "unreadable", message: "\(path): the file cannot be read (\(why))"))
        }
        defer { try? handle.close() }
        do {
            let limit = DocumentInput.limit(format)
            var bytes: [UInt8] = []
            while bytes.count < limit + 4, let data = try handle.read(upToCount: min(1 << 20, limit + 4 - bytes.count)), !data.isEmpty {
                bytes.append(contentsOf: data)
            }
            var input = DocumentInput(id: id, source: path, format: format, bytes: bytes)
            if bytes.count > limit {
                input.cutFrom = Int(try handle.seekToEnd())
            }
            return .success(input)
        } catch {
            return .failure(RecordError(kind: "unreadable", message: "\(path): the file cannot be read (\(describe(error)))"))
        }
    }

    static func format(of url: URL) -> DocumentInput.Format {
        htmlExtensions.contains(url.pathExtension.lowercased()) ? .html : .text
    }

    /// An error in words: the POSIX reason when there is one, not `NSCocoaErrorDomain error 256`.
    static func describe(_ error: any Error) -> String {
        let ns = error as NSError
        if let under = ns.userInfo[NSUnderlyingErrorKey] as? NSError, under.domain == NSPOSIXErrorDomain,
            let reason = String(validatingCString: strerror(Int32(under.code)))
        {
            return reason
        }
        if ns.domain == NSPOSIXErrorDomain, let reason = String(validatingCString: strerror(Int32(ns.code))) { return reason }
        return ns.localizedDescription
    }

    /// The ids of files found below their input roots, unique in the run and the same every run: a file's
    /// stem when no other file of the run has that stem; else its path relative to its root without the
    /// extension (`2019/berita`); else with the extension (`berita.html` beside `berita.txt`); else its path
    /// as given; a file named twice gets `#2`, `#3`... after its second and later occurrences.
    public static func uniqueIDs(_ files: [(file: URL, root: URL?)]) -> [String] {
        func relative(_ file: URL, _ root: URL?) -> String {
            guard let root else { return file.lastPathComponent }
            let base = root.path.hasSuffix("/") ? root.path : root.path + "/"
            return file.path.hasPrefix(base) ? String(file.path.dropFirst(base.count)) : file.lastPathComponent
        }
        func stripExtension(_ rel: String) -> String {
            let ext = (rel as NSString).pathExtension
            return ext.isEmpty ? rel : String(rel.dropLast(ext.count + 1))
        }
        let tiers: [(URL, URL?) -> String] = [
            { f, _ in f.deletingPathExtension().lastPathComponent },
            { f, r in stripExtension(relative(f, r)) },
            { f, r in relative(f, r) },
            { f, _ in f.path },
        ]
        var ids = [String](repeating: "", count: files.count)
        var open = Array(files.indices)
        for tier in tiers {
            let candidates = open.map { tier(files[$0].file, files[$0].root) }
            var counts: [String: Int] = [:]
            for c in candidates { counts[c, default: 0] += 1 }
            // A candidate is taken when it is unique among the files still open and is not an id already given.
            let given = Set(ids.filter { !$0.isEmpty })
            var still: [Int] = []
            for (k, i) in open.enumerated() {
                if counts[candidates[k]] == 1, !given.contains(candidates[k]) { ids[i] = candidates[k] } else { still.append(i) }
            }
            open = still
            if open.isEmpty { return ids }
        }
        var seen: [String: Int] = [:]
        for i in open {
            let path = files[i].file.path
            seen[path, default: 0] += 1
            ids[i] = seen[path] == 1 ? path : "\(path)#\(seen[path] ?? 0)"
        }
        return ids
    }
}
