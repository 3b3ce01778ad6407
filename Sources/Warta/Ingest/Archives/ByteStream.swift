import CZlib
import Foundation

/// A source of byte chunks read on demand: a file, standard input, or a gzip stream over either.
public protocol ByteSource {
    /// The next chunk, or an empty array at the end.
    mutating func read() throws -> [UInt8]
}

/// Reads a file or standard input in 1 MiB chunks.
public struct FileByteSource: ByteSource {
    let handle: FileHandle
    public init(_ handle: FileHandle) { self.handle = handle }
    public mutating func read() throws -> [UInt8] {
        guard let data = try handle.read(upToCount: 1 << 20) else { return [] }
        return [UInt8](data)
    }
}

/// Inflates gzip data member by member (a `.warc.gz` is one member per record), streaming: memory stays
/// bounded by the chunk size whatever the archive's size.
public struct GzipByteSource<Inner: ByteSource>: ByteSource {
    var inner: Inner
    var pending: [UInt8] = []
    var offset = 0
    var stream = z_stream()
    var started = false
    var finished = false
    var output = [UInt8](repeating: 0, count: 1 << 18)

    public init(_ inner: Inner) { self.inner = inner }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public mutating func read() throws -> [UInt8] {
        while !finished {
            if offset >= pending.count {
                pending = try inner.read()
                offset = 0
                if pending.isEmpty {
                    finished = true
                    if started { inflateEnd(&stream) }
                    return []
                }
            }
            if !started {
                stream = z_stream()
                guard warta_inflate_init_gzip(&stream) == Z_OK else { throw Failure(description: "zlib could not start") }
                started = true
            }
            let available = pending.count - offset
            var produced = 0
            var status: Int32 = Z_OK
            pending.withUnsafeMutableBufferPointer { inBuf in
                output.withUnsafeMutableBufferPointer { outBuf in
                    stream.next_in = inBuf.baseAddress.map { $0 + offset }
                    stream.avail_in = UInt32(available)
                    stream.next_out = outBuf.baseAddress
                    stream.avail_out = UInt32(outBuf.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    produced = outBuf.count - Int(stream.avail_out)
                }
            }
            offset += available - Int(stream.avail_in)
            if status == Z_STREAM_END {
                // The next member starts right after this one.
                inflateEnd(&stream)
                started = false
            } else if status != Z_OK && status != Z_BUF_ERROR {
                throw Failure(description: "the gzip data is corrupt (zlib status \(status))")
            }
            if produced > 0 { return Array(output[0..<produced]) }
            if status == Z_BUF_ERROR && available == 0 { continue }
        }
        return []
    }
}

/// Buffered reading of lines and blocks over a byte source.
public struct ByteReader<Source: ByteSource> {
    var source: Source
    var buffer: [UInt8] = []
    var position = 0
    var ended = false
    /// Bytes consumed so far.
    public private(set) var consumed = 0

    public init(_ source: Source) { self.source = source }

    mutating func fill() throws -> Bool {
        if ended { return false }
        let chunk = try source.read()
        if chunk.isEmpty { ended = true; return false }
        if position > 0 {
            buffer.removeSubrange(0..<position)
            position = 0
        }
        buffer.append(contentsOf: chunk)
        return true
    }

    /// The next line without its line break (LF or CRLF), or nil at the end. Lines longer than `limit` bytes
    /// are returned cut at the limit, the rest of the line skipped.
    public mutating func readLine(limit: Int = 64 << 20) throws -> [UInt8]? {
        var searchFrom = position
        while true {
            if let nl = buffer[searchFrom...].firstIndex(of: 0x0A) {
                var end = nl
                if end > position, buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[position..<min(end, position + limit)])
                consumed += nl + 1 - position
                position = nl + 1
                return line
            }
            searchFrom = buffer.count
            if buffer.count - position > limit {
                // skip the rest of an over-long line
                let line = Array(buffer[position..<(position + limit)])
                while true {
                    consumed += buffer.count - position
                    position = buffer.count
                    guard try fill() else { return line }
                    if let nl = buffer[position...].firstIndex(of: 0x0A) {
                        consumed += nl + 1 - position
                        position = nl + 1
                        return line
                    }
                }
            }
            let before = buffer.count - position
            guard try fill() else {
                if before == 0 { return nil }
                let line = Array(buffer[position...])
                consumed += line.count
                position = buffer.count
                return line
            }
            searchFrom = position + before
        }
    }

    /// Exactly `count` bytes (fewer at the end of the input).
    public mutating func read(_ count: Int) throws -> [UInt8] {
        while buffer.count - position < count {
            guard try fill() else { break }
        }
        let n = min(count, buffer.count - position)
        let out = Array(buffer[position..<(position + n)])
        position += n
        consumed += n
        return out
    }

    /// Skips `count` bytes.
    public mutating func skip(_ count: Int) throws {
        var left = count
        while left > 0 {
            if position >= buffer.count { guard try fill() else { return } }
            let n = min(left, buffer.count - position)
            position += n
            consumed += n
            left -= n
        }
    }
}
