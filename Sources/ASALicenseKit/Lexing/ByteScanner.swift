#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Walks a byte buffer line by line. `\n` ends a line, a `\r` before it is dropped; a lone `\r`
/// stays inside the line (the line lexer treats it as white space).
///
/// One physical line may hold several: a JSON string of a whole output whose lines are joined
/// by `\n` escapes, as Ansible prints a command's `stdout` (`"Serial Number: JMX…\nRunning …"`,
/// or `"stdout": "…\n…"`). Its lines are read one by one, inside the quotes, each numbered as
/// the physical line (columns count on it: `lineOrigin`).
struct ByteScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position: Int
    private(set) var lineNumber: Int
    /// Where the physical line of the line read last starts: its columns count from there.
    private(set) var lineOrigin = 0
    /// The JSON string being read line by line: its text `start..<end` (inside the quotes), its
    /// physical line's number and start, and where the next physical line starts. `end` is
    /// -1 when there is none.
    private var escaped = (start: 0, end: -1, number: 0, origin: 0, next: 0)

    init(_ bytes: UnsafeBufferPointer<UInt8>, startLine: Int = 1, startOffset: Int = 0) {
        self.bytes = bytes
        self.position = startOffset
        self.lineNumber = startLine - 1
    }

    var isAtEnd: Bool { position >= bytes.count }

    /// The next line, or nil at the end of input.
    mutating func nextLine() -> Line? {
        // (`rewind` leaves a string being read only for a line before it.)
        if position < escaped.end { return nextEscapedLine() }
        guard position < bytes.count else { return nil }
        let start = position
        let end: Int
        (end, position) = physicalLine(from: start)
        lineNumber += 1
        lineOrigin = start
        // A JSON string starts with a quote, after the indentation; no device line does. (One
        // test for both: a blank, `!` or a quote, or a control byte, looked at further then.)
        if end > start && bytes[start] <= UInt8(ascii: "\""), let line = startJoinedLines(start, end) {
            return line
        }
        return Line(number: lineNumber, start: start, end: end)
    }

    /// The next line when it is a physical line of its own, and where the one after it starts,
    /// without moving (`advance` moves there): nil at the end, and at or inside a JSON string
    /// of lines. Reading ahead so leaves the scanner as it is, not a copy of it.
    @inline(__always) func peekPhysicalLine() -> (line: Line, next: Int)? {
        guard position >= escaped.end, position < bytes.count else { return nil }
        let (end, next) = physicalLine(from: position)
        if end > position && bytes[position] <= UInt8(ascii: "\"") && holdsJoinedLines(position, end) { return nil }
        return (Line(number: lineNumber + 1, start: position, end: end), next)
    }

    /// Moves past `line`, a line `peekPhysicalLine` gave, to `next`.
    @inline(__always) mutating func advance(past line: Line, to next: Int) {
        position = next
        lineNumber = line.number
        lineOrigin = line.start
    }

    /// Where the physical line from `start` ends (before its `\r\n` or `\n`) and where the next
    /// one starts.
    @inline(__always) private func physicalLine(from start: Int) -> (end: Int, next: Int) {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return (start, count) }
        var end: Int
        let next: Int
        // memchr is the fastest way to find the line end; this is the hottest loop of the tool.
        if let hit = memchr(base + start, 0x0A, count - start) {
            end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            next = end + 1
        } else {
            end = count
            next = count
        }
        if end > start && base[end - 1] == 0x0D { end -= 1 }
        return (end, next)
    }

    /// Whether the physical line `start..<end` is a JSON string holding several lines.
    @inline(never) private func holdsJoinedLines(_ start: Int, _ end: Int) -> Bool {
        joinedText(start, end) != nil
    }

    /// The text of the JSON string that the physical line `start..<end` is, after its
    /// indentation, when it holds several lines.
    private func joinedText(_ start: Int, _ end: Int) -> (start: Int, end: Int)? {
        guard let p = bytes.baseAddress else { return nil }
        var i = start
        // (A terminal log may keep the colours a tool wraps each line in: `ESC[0;32m    "…"ESC[0m`.)
        while i < end && (p[i] == 0x20 || p[i] == 0x1B) {
            i = p[i] == 0x20 ? i + 1 : LineLexer.skipEscape(p, from: i, end: end)
        }
        guard i < end, p[i] == UInt8(ascii: "\"") else { return nil }
        return Self.joinedLines(bytes, i, LineLexer.escapeRunStart(p, i, end))
    }

    /// The first line of the JSON string on `start..<end`, when it is one holding several.
    @inline(never) private mutating func startJoinedLines(_ start: Int, _ end: Int) -> Line? {
        guard let text = joinedText(start, end) else { return nil }
        escaped = (text.start, text.end, lineNumber, start, position)
        position = text.start
        return nextEscapedLine()
    }

    /// The next line of the JSON string being read: up to its next `\n` escape (a `\r` escape
    /// before it dropped) or the closing quote.
    @inline(never) private mutating func nextEscapedLine() -> Line {
        let start = position
        var i = start
        var end = escaped.end
        while i < escaped.end {
            if bytes[i] == UInt8(ascii: "\\") {
                if i + 1 < escaped.end && bytes[i + 1] == UInt8(ascii: "n") {
                    end = i >= start + 2 && bytes[i - 2] == UInt8(ascii: "\\") && bytes[i - 1] == UInt8(ascii: "r") ? i - 2 : i
                    break
                }
                i += 2
                continue
            }
            i += 1
        }
        // After the last line, or after a `\n` that ends the string, on with the next physical line.
        position = end == escaped.end || i + 2 >= escaped.end ? escaped.next : i + 2
        if position == escaped.next { escaped.end = -1 }
        lineNumber = escaped.number
        lineOrigin = escaped.origin
        return Line(number: escaped.number, start: start, end: end)
    }

    /// The text inside the quotes of `"…"` or `"key": "…"` on `bytes[quote..<end]` (a comma may
    /// follow), when it is one JSON string holding a `\n` escape; nil for any other line.
    static func joinedLines(_ bytes: UnsafeBufferPointer<UInt8>, _ quote: Int, _ end: Int) -> (start: Int, end: Int)? {
        var last = end
        while last > quote && (bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09) { last -= 1 }
        if last > quote && bytes[last - 1] == UInt8(ascii: ",") { last -= 1 }
        guard last - quote >= 2, bytes[last - 1] == UInt8(ascii: "\"") else { return nil }
        var textStart = quote + 1
        var newline = false
        var i = textStart
        while i < last - 1 {
            switch bytes[i] {
            case UInt8(ascii: "\\"):
                if bytes[i + 1] == UInt8(ascii: "n") { newline = true }
                i += 2
            case UInt8(ascii: "\""):
                // The end of a key: `": "` and the value's string, once.
                guard textStart == quote + 1 else { return nil }
                var j = i + 1
                while j < last && bytes[j] == 0x20 { j += 1 }
                guard j < last, bytes[j] == UInt8(ascii: ":") else { return nil }
                j += 1
                while j < last && bytes[j] == 0x20 { j += 1 }
                guard j < last - 1, bytes[j] == UInt8(ascii: "\"") else { return nil }
                textStart = j + 1
                newline = false
                i = j + 1
            default:
                i += 1
            }
        }
        guard newline, i == last - 1 else { return nil }
        return (textStart, last - 1)
    }

    /// Goes back to the start of `line`, so that it is read again.
    mutating func rewind(to line: Line) {
        position = line.start
        lineNumber = line.number - 1
        // Mostly to the start of a physical line, with no JSON string being read.
        if escaped.end < 0 && (position == 0 || bytes[position - 1] == 0x0A) { return }
        rewindInsideLine()
    }

    /// Back inside a physical line: into the JSON string being read, or one read before, or
    /// after an envelope a line was narrowed by.
    @inline(never) private mutating func rewindInsideLine() {
        guard position < escaped.start || position >= escaped.end else { return }
        escaped.end = -1
        // Back inside a JSON string read before: found again from its physical line's start.
        guard position > 0, position < bytes.count, bytes[position - 1] != 0x0A else { return }
        var origin = position
        while origin > 0 && bytes[origin - 1] != 0x0A { origin -= 1 }
        var physical = ByteScanner(bytes, startLine: lineNumber + 1, startOffset: origin)
        _ = physical.nextLine()
        guard physical.escaped.end >= 0, position >= physical.escaped.start, position < physical.escaped.end else { return }
        escaped = physical.escaped
    }
}
