import Foundation

/// Opens a file for writing in place, with `open(2)`: created when missing, emptied when `truncate` is set,
/// and otherwise left as it is. Foundation's `FileManager.createFile` writes atomically (a new file renamed
/// over the path), which replaces whatever the path was: a device such as `/dev/null` became a plain file, a
/// symbolic link was replaced by a file, and the permissions of an existing file were lost. Every output of
/// Warta (records, reports, benchmark archives) opens through here instead.
public enum OutputFile {
    /// A handle for writing at `path`, positioned at its start (or its end when `truncate` is false).
    public static func open(_ path: String, truncate: Bool) throws -> FileHandle {
        let flags = O_WRONLY | O_CREAT | (truncate ? O_TRUNC : 0)
        let fd = Foundation.open(path, flags, 0o644)
        guard fd >= 0 else {
            throw RecordError(kind: "output", message: "\(path): cannot be opened for writing (\(String(cString: strerror(errno))))")
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        if !truncate { _ = try handle.seekToEnd() }
        return handle
    }

    /// Writes `data` to `path` in place (see `open`).
    public static func write(_ data: Data, to path: String) throws {
        let handle = try open(path, truncate: true)
        try handle.write(contentsOf: data)
        try handle.close()
    }
}
