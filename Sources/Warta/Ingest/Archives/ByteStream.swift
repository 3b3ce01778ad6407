import CZlib
import Foundation

/// A source of byte chunks read on demand: a file, standard input, or a gzip stream over either.
public protocol ByteSource {
    /// The next chunk, or an empty array at the end.
    mutating func read() throws -> [UInt8]
    /// The damage found in the input since the last call (a corrupt or truncated gzip member, bytes that
    /// are not gzip data), each with the byte offset in the file where it starts; the source went on past it.
    mutating func drainProblems() -> [SourceProblem]
}

/// Damage a byte source found and went past.
public struct SourceProblem: Sendable, Equatable {
    /// Where the damage starts, in bytes from the start of the file.
    public var offset: Int
    public var message: String
}

extension ByteSource {
    public mutating func drainProblems() -> [SourceProblem] { [] }
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
///
/// Damage never stops it: a member that zlib finds corrupt, bytes that are not a gzip member (garbage
/// between or after members) and a file that ends inside a member are reported through
/// ``drainProblems()`` with their byte offset, and inflation goes on at the next gzip member header.
/// Zero bytes after the last member (padding) are ignored.
public struct GzipByteSource<Inner: ByteSource>: ByteSource {
    var inner: Inner
    var pending: [UInt8] = []
    var offset = 0
    /// The file offset of `pending[0]`.
    var base = 0
    var stream = z_stream()
    var started = false
    var finished = false
    var innerEnded = false
    var memberStart = 0
    var output = [UInt8](repeating: 0, count: 1 << 18)
    var problems: [SourceProblem] = []
    /// The damaged stretch being skipped: where it starts, what is wrong, and whether any byte of it is not 0.
    var damage: (start: Int, problem: String?, nonZero: Bool)? = nil

    public init(_ inner: Inner) { self.inner = inner }

    public mutating func drainProblems() -> [SourceProblem] {
        defer { problems = [] }
        return problems
    }

    /// Makes at least `n` bytes available at `offset` when the input has them; false at the end.
    mutating func ensure(_ n: Int) throws -> Bool {
        while pending.count - offset < n {
            if innerEnded { return false }
            let more = try inner.read()
            if more.isEmpty {
                innerEnded = true
                return false
            }
            if offset > 0 {
                base += offset
                pending.removeSubrange(0..<offset)
                offset = 0
            }
            pending += more
        }
        return true
    }

    /// Ends a damaged stretch at file offset `end` (nil: the end of the file).
    mutating func closeDamage(at end: Int?) {
        guard let d = damage else { return }
        damage = nil
        let to = end.map { "resynchronized at the gzip member at byte \($0)" } ?? "nothing readable follows up to the end of the file"
        if let problem = d.problem {
            problems.append(SourceProblem(offset: d.start, message: "\(problem); \(to)"))
        } else if d.nonZero || end != nil {
            let last = (end ?? base + pending.count)
            problems.append(SourceProblem(offset: d.start, message: "\(last - d.start) bytes at byte \(d.start) are not gzip data and were skipped; \(to)"))
        }
    }

    mutating func startDamage(_ problem: String?) {
        if damage == nil { damage = (base + offset, problem, false) }
    }

    public mutating func read() throws -> [UInt8] {
        while !finished {
            if !started {
                // A member starts with 1F 8B 08 and flags whose reserved bits are 0.
                guard try ensure(1) else {
                    closeDamage(at: nil)
                    finished = true
                    return []
                }
                let enough = try ensure(4)
                if enough, pending[offset] == 0x1F, pending[offset + 1] == 0x8B, pending[offset + 2] == 0x08, pending[offset + 3] & 0xE0 == 0 {
                    stream = z_stream()
                    guard warta_inflate_init_gzip(&stream) == Z_OK else { throw RecordError(kind: "gzip", message: "zlib could not start") }
                    started = true
                    memberStart = base + offset
                } else {
                    startDamage(nil)
                    if pending[offset] != 0 { damage?.nonZero = true }
                    offset += 1
                    // Skip to the next 0x1F quickly.
                    while offset < pending.count, pending[offset] != 0x1F {
                        if pending[offset] != 0 { damage?.nonZero = true }
                        offset += 1
                    }
                    continue
                }
            }
            if offset >= pending.count {
                guard try ensure(1) else {
                    inflateEnd(&stream)
                    started = false
                    if damage != nil {
                        closeDamage(at: nil)
                    } else {
                        problems.append(SourceProblem(
                            offset: memberStart,
                            message: "the file ends inside the gzip member that starts at byte \(memberStart) (truncated)"))
                    }
                    finished = true
                    return []
                }
            }
            let available = pending.count - offset
            var produced = 0
            var status: Int32 = Z_OK
            let at = offset
            pending.withUnsafeMutableBufferPointer { inBuf in
                output.withUnsafeMutableBufferPointer { outBuf in
                    stream.next_in = inBuf.baseAddress.map { $0 + at }
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
                closeDamage(at: memberStart)
            } else if status != Z_OK && status != Z_BUF_ERROR {
                let why = stream.msg.map { String(cString: $0) } ?? "zlib status \(status)"
                inflateEnd(&stream)
                started = false
                if damage == nil {
                    damage = (memberStart, "the gzip member at byte \(memberStart) is corrupt (\(why) near byte \(base + offset))", true)
                }
                // Look for the next member after the start of this one.
                if offset == at { offset += 1 }
            }
            if produced > 0 { return Array(output[0..<produced]) }
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

    /// Whether the last line that ``readLine(limit:)`` returned was cut at its limit.
    public private(set) var lastLineCut = false

    /// The damage the source found since the last call (see ``ByteSource/drainProblems()``).
    public mutating func drainProblems() -> [SourceProblem] { source.drainProblems() }

    /// Up to `count` bytes ahead, without consuming them (fewer at the end of the input).
    public mutating func peek(_ count: Int) throws -> ArraySlice<UInt8> {
        while buffer.count - position < count {
            guard try fill() else { break }
        }
        return buffer[position..<min(buffer.count, position + count)]
    }

    /// Puts bytes back before the next byte to read.
    public mutating func unread(_ bytes: some Collection<UInt8>) {
        buffer.replaceSubrange(0..<position, with: bytes)
        position = 0
        consumed -= bytes.count
    }

    /// The next line without its line break (LF or CRLF), or nil at the end. Lines longer than `limit` bytes
    /// are returned cut at the limit, the rest of the line skipped (``lastLineCut`` is then true).
    public mutating func readLine(limit: Int = 64 << 20) throws -> [UInt8]? {
        lastLineCut = false
        var searchFrom = position
        while true {
            if let nl = ByteReader.newline(in: buffer, from: searchFrom) {
                var end = nl
                if end > position, buffer[end - 1] == 0x0D { end -= 1 }
                if end - position > limit { lastLineCut = true }
                let line = Array(buffer[position..<min(end, position + limit)])
                consumed += nl + 1 - position
                position = nl + 1
                return line
            }
            searchFrom = buffer.count
            if buffer.count - position > limit {
                // skip the rest of an over-long line
                let line = Array(buffer[position..<(position + limit)])
                lastLineCut = true
                while true {
                    consumed += buffer.count - position
                    position = buffer.count
                    guard try fill() else { return line }
                    if let nl = ByteReader.newline(in: buffer, from: position) {
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

    /// The index of the first line feed of `buffer` at or after `from`, found with `memchr` (a JSON Lines line of
    /// a few kilobytes was scanned byte by byte before: 7 instructions a byte).
    @inline(__always)
    static func newline(in buffer: [UInt8], from: Int) -> Int? {
        buffer.withUnsafeBufferPointer { buf -> Int? in
            guard from >= 0, from < buf.count, let base = buf.baseAddress else { return nil }
            guard let hit = memchr(base + from, 0x0A, buf.count - from) else { return nil }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
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
