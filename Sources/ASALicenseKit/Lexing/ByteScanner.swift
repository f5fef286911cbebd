#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Walks a byte buffer line by line. `\n` ends a line, a `\r` before it is dropped; a lone `\r`
/// stays inside the line (the line lexer treats it as white space).
struct ByteScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position: Int
    private(set) var lineNumber: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, startLine: Int = 1, startOffset: Int = 0) {
        self.bytes = bytes
        self.position = startOffset
        self.lineNumber = startLine - 1
    }

    var isAtEnd: Bool { position >= bytes.count }

    /// The next line, or nil at the end of input.
    mutating func nextLine() -> Line? {
        let count = bytes.count
        guard position < count, let base = bytes.baseAddress else { return nil }
        let start = position
        var end: Int
        // memchr is the fastest way to find the line end; this is the hottest loop of the tool.
        if let hit = memchr(base + start, 0x0A, count - start) {
            end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            position = end + 1
        } else {
            end = count
            position = count
        }
        if end > start && base[end - 1] == 0x0D { end -= 1 }
        lineNumber += 1
        return Line(number: lineNumber, start: start, end: end)
    }

    /// Goes back to the start of `line`, so that it is read again.
    mutating func rewind(to line: Line) {
        position = line.start
        lineNumber = line.number - 1
    }
}
