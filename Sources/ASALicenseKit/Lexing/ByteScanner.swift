#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Walks a byte buffer line by line. `\n` ends a line, a `\r` before it is dropped; a lone `\r`
/// stays inside the line (the line lexer treats it as white space).
///
/// One physical line may hold several: quoted strings that hold a whole output, as a program
/// printed it (`StringLines`: Ansible's `"…\n…"`, Python's `['…', '…']`). Its lines are read
/// one by one, inside the quotes, each numbered as the physical line (columns count on it:
/// `lineOrigin`).
struct ByteScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position: Int
    private(set) var lineNumber: Int
    /// Where the physical line of the line read last starts: its columns count from there.
    private(set) var lineOrigin = 0
    /// The strings of lines read last: whether they are being read, where their last value
    /// closes, their physical line's number and start, where the next physical line starts,
    /// and the quote of the value being read.
    private var strings = (reading: false, close: -1, number: 0, origin: 0, next: 0, quote: UInt8(0))
    /// The starts of the last lines read from the strings, with their value's quote, oldest
    /// first: a line put back is found among them, not by reading the strings again from their
    /// start (which, done for each, made a long line of strings quadratic).
    private var recentStringLines: [(start: Int, quote: UInt8)] = []
    /// Where the first line starts (after a byte-order mark): no line starts before it.
    private let firstLineStart: Int
    /// The lines of the line that lost its line breaks read last (`FlattenedLines`; a physical
    /// line, or one of strings): where the first starts, where each after it starts, then where
    /// the line ends and where the next one starts, then the start and end of the line they
    /// were found in. Kept after its last line is read: a rewind into it finds its lines here,
    /// not by cutting the line again (once for each of its lines, a line of thousands was
    /// quadratic). And the index of the next line's end, 0 when none is being read. (Two words:
    /// the scanner is copied with every parse context, and larger, it is copied slower.)
    private var flattenedCuts: [Int] = []
    private var flattenedNext = 0
    /// The line read last is one of those lines but the first: the line before it is the one
    /// before it on the physical line, not the physical line before.
    private(set) var readsLaterFlattenedLine = false

    init(_ bytes: UnsafeBufferPointer<UInt8>, startLine: Int = 1, startOffset: Int = 0) {
        self.bytes = bytes
        self.position = startOffset
        self.lineNumber = startLine - 1
        self.firstLineStart = startOffset
    }

    var isAtEnd: Bool { position >= bytes.count }

    /// The next line, or nil at the end of input.
    mutating func nextLine() -> Line? {
        if flattenedNext != 0 { return nextFlattenedLine() }
        readsLaterFlattenedLine = false
        if strings.reading { return nextStringLineOrItsLines() }
        guard position < bytes.count else { return nil }
        let start = position
        let end: Int
        (end, position) = physicalLine(from: start)
        lineNumber += 1
        lineOrigin = start
        // Strings start with a quote, a bracket or `b`, after the indentation; no device line
        // does. (One test on the first byte for all, and one on the last: looked at further then.)
        if end > start && StringLines.mayBe(bytes, start, end), let line = startStringLines(start, end) {
            return line
        }
        if end - start >= FlattenedLines.minimumLength, let line = startFlattenedLines(start, end) {
            return line
        }
        return Line(number: lineNumber, start: start, end: end)
    }

    /// The first line of the physical line `start..<end` when it lost its line breaks.
    @inline(never) private mutating func startFlattenedLines(_ start: Int, _ end: Int) -> Line? {
        let n = flattenedCuts.count
        if n >= 5 && flattenedCuts[n - 2] == start && flattenedCuts[n - 1] == end {
            // Read again from its start (a rewind to its first line): its lines as found before.
            (flattenedNext, position) = (1, flattenedCuts[0])
            return nextFlattenedLine()
        }
        guard let p = bytes.baseAddress, let cuts = FlattenedLines.cuts(p, start, end) else { return nil }
        let lines = FlattenedLines.linesRange(p, start, end)
        flattenedCuts = [lines.start] + cuts + [lines.end, position, start, end]
        flattenedNext = 1
        position = lines.start
        return nextFlattenedLine()
    }

    /// The next line of the physical line that lost its line breaks (numbered and its columns
    /// counted as the physical line); after its last, on with the next physical line.
    @inline(never) private mutating func nextFlattenedLine() -> Line {
        let start = position
        var end: Int
        let last = flattenedCuts.count - 4
        readsLaterFlattenedLine = start != flattenedCuts[0]
        if flattenedNext < last {
            end = flattenedCuts[flattenedNext]
            position = end
            flattenedNext += 1
        } else {
            (end, position) = (flattenedCuts[last], flattenedCuts[last + 1])
            flattenedNext = 0
        }
        // (The blanks that stood for the line break are no part of the line before it.)
        while end > start && ByteText.isSpace(bytes[end - 1]) { end -= 1 }
        return Line(number: lineNumber, start: start, end: end)
    }

    /// The next line when it is a physical line of its own, and where the one after it starts,
    /// without moving (`advance` moves there): nil at the end, and at or inside strings of
    /// lines. Reading ahead so leaves the scanner as it is, not a copy of it.
    @inline(__always) func peekPhysicalLine() -> (line: Line, next: Int)? {
        guard !strings.reading, flattenedNext == 0, position < bytes.count else { return nil }
        let (end, next) = physicalLine(from: position)
        // (By the first byte only: the one line of strings told by its last, Ansible's one-line
        // result, is read by no caller as the row it peeks for.)
        if end > position && StringLines.mayStart(bytes[position]) && holdsStrings(position, end) { return nil }
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

    /// Whether the physical line `bytes[start..<end]` is read as several: strings holding lines,
    /// or lines that lost their line breaks (a capture is cut before no such line: what its
    /// first reads as is not what the line alone reads as).
    static func readsAsSeveral(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard let p = bytes.baseAddress, end > start else { return false }
        if StringLines.mayBe(bytes, start, end) && StringLines.first(p, start, end) != nil { return true }
        return end - start >= FlattenedLines.minimumLength && FlattenedLines.cuts(p, start, end) != nil
    }

    /// Whether the physical line `start..<end` is strings holding lines.
    @inline(never) private func holdsStrings(_ start: Int, _ end: Int) -> Bool {
        guard let p = bytes.baseAddress else { return false }
        return StringLines.first(p, start, end) != nil
    }

    /// The first line of the strings the physical line `start..<end` is, when it is.
    @inline(never) private mutating func startStringLines(_ start: Int, _ end: Int) -> Line? {
        guard let p = bytes.baseAddress, let first = StringLines.first(p, start, end) else { return nil }
        strings = (true, first.close, lineNumber, start, position, first.quote)
        recentStringLines.removeAll(keepingCapacity: true)
        position = first.text
        return nextStringLineOrItsLines()
    }

    /// The next line of the strings being read, or its first line when it lost its line breaks
    /// too (read alone, as canonical CLI writes it back, it would be read as its lines).
    private mutating func nextStringLineOrItsLines() -> Line {
        let line = nextStringLine()
        if line.end - line.start >= FlattenedLines.minimumLength, let flattened = startFlattenedLines(line.start, line.end) { return flattened }
        return line
    }

    /// The next line of the strings being read; after their last, on with the next physical line.
    @inline(never) private mutating func nextStringLine() -> Line {
        let start = position
        if recentStringLines.count == 64 { recentStringLines.removeFirst(32) }
        recentStringLines.append((start, strings.quote))
        guard let p = bytes.baseAddress else {  // (never: strings were found in the bytes)
            strings.reading = false
            return Line(number: strings.number, start: start, end: start)
        }
        let (end, next) = StringLines.line(p, from: start, quote: strings.quote, close: strings.close)
        if let next {
            (position, strings.quote) = next
        } else {
            position = strings.next
            strings.reading = false
        }
        lineNumber = strings.number
        lineOrigin = strings.origin
        return Line(number: strings.number, start: start, end: end)
    }

    /// Goes back to the start of `line`, so that it is read again.
    mutating func rewind(to line: Line) {
        position = line.start
        lineNumber = line.number - 1
        // Mostly to the start of a physical line, with no strings being read (a line that lost
        // its line breaks is split again).
        if !strings.reading && (position == firstLineStart || bytes[position - 1] == 0x0A) {
            flattenedNext = 0
            return
        }
        rewindInsideLine()
    }

    /// Back inside a physical line (to a line narrowed by its envelope, or one of strings read
    /// before or being read): back to where that line starts, so that it is read whole again,
    /// its envelope taken off again. Inside strings, that is the start of the line that holds
    /// the position, found again from the physical line's start.
    @inline(never) private mutating func rewindInsideLine() {
        strings.reading = false
        flattenedNext = 0
        guard let p = bytes.baseAddress, position > firstLineStart, position <= bytes.count, bytes[position - 1] != 0x0A else { return }
        // Mostly to a line of the strings read last, a few lines back.
        if position > strings.origin && position <= strings.close, let oldest = recentStringLines.first, position >= oldest.start,
           let line = recentStringLines.last(where: { $0.start <= position }) {
            let target = position
            (strings.reading, strings.quote, position) = (true, line.quote, line.start)
            seekFlattenedLine(inStringLineAt: line.start, to: target, p)
            return
        }
        // Back into the physical line that lost its line breaks read last, its lines kept: on from
        // the one that holds the position, or from its start; nothing looked for again.
        let n = flattenedCuts.count
        if n >= 5, case let (start, end) = (flattenedCuts[n - 2], flattenedCuts[n - 1]), start < position, position <= end,
           start == firstLineStart || bytes[start - 1] == 0x0A {
            if let kept = keptCut(holding: position, start, end) {
                (flattenedNext, position) = (kept + 1, flattenedCuts[kept])
                (lineNumber, lineOrigin) = (lineNumber + 1, start)
            } else {
                position = start
            }
            return
        }
        var origin = position
        while origin > firstLineStart && bytes[origin - 1] != 0x0A { origin -= 1 }
        let (end, next) = physicalLine(from: origin)
        // Back to a line of a physical line that lost its line breaks: on from that line.
        if let found = flattenedLine(holding: position, origin, end, p) {
            resumeFlattenedLine(found, origin, end, following: next)
            (lineNumber, lineOrigin) = (lineNumber + 1, origin)
            return
        }
        guard end > origin, StringLines.mayBe(bytes, origin, end), let first = StringLines.first(p, origin, end), position >= first.text else {
            position = origin
            return
        }
        var value = (text: first.text, quote: first.quote)
        while true {
            let line = StringLines.line(p, from: value.text, quote: value.quote, close: first.close)
            guard position > line.end, let following = line.next else { break }
            value = following
        }
        strings = (true, first.close, lineNumber + 1, origin, next, value.quote)
        recentStringLines = [(value.text, value.quote)]
        position = value.text
    }

    /// Back inside the line of strings at `start` (the scanner there, its strings being read), to
    /// `target`: when that line lost its line breaks and `target` lies past its first line, on
    /// from the line that holds `target`, the strings read on past the line as reading it would.
    private mutating func seekFlattenedLine(inStringLineAt start: Int, to target: Int, _ p: UnsafePointer<UInt8>) {
        let (end, next) = StringLines.line(p, from: start, quote: strings.quote, close: strings.close)
        let kept = keptCut(holding: target, start, end)
        let found = kept == nil ? flattenedLine(holding: target, start, end, p) : nil
        guard kept != nil || found != nil else { return }
        if let next {
            (position, strings.quote) = next
        } else {
            position = strings.next
            strings.reading = false
        }
        if let kept {
            (flattenedNext, position) = (kept + 1, flattenedCuts[kept])
        } else if let found {
            resumeFlattenedLine(found, start, end, following: position)
        }
        (lineNumber, lineOrigin) = (strings.number, strings.origin)
    }

    /// The lines found in the line `start..<end` when it lost its line breaks, and the index of
    /// the cut that starts the one holding `target`; nil when it did not, or `target` lies in
    /// its first line.
    private func flattenedLine(holding target: Int, _ start: Int, _ end: Int, _ p: UnsafePointer<UInt8>) -> (cuts: [Int], at: Int)? {
        guard end - start >= FlattenedLines.minimumLength, let cuts = FlattenedLines.cuts(p, start, end),
              let at = cuts.lastIndex(where: { $0 <= target }) else { return nil }
        return (cuts, at)
    }

    /// Where in `flattenedCuts` the line holding `target` starts, when they are the lines of the
    /// line `start..<end` (read last, and kept) and `target` lies past its first line: read on
    /// from there, nothing is cut or copied again.
    private func keptCut(holding target: Int, _ start: Int, _ end: Int) -> Int? {
        let n = flattenedCuts.count
        guard n >= 5, flattenedCuts[n - 2] == start, flattenedCuts[n - 1] == end, flattenedCuts[1] <= target else { return nil }
        // The last cut at or before `target` among `flattenedCuts[1..<(n - 4)]`, by halving.
        var (low, high) = (1, n - 5)
        while low < high {
            let mid = (low + high + 1) / 2
            if flattenedCuts[mid] <= target { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// Reads on from the line `found` names in the line `start..<end`, and after its last from
    /// `following`.
    private mutating func resumeFlattenedLine(_ found: (cuts: [Int], at: Int), _ start: Int, _ end: Int, following: Int) {
        let lines = FlattenedLines.linesRange(bytes.baseAddress!, start, end)
        (flattenedCuts, flattenedNext) = ([lines.start] + found.cuts + [lines.end, following, start, end], found.at + 2)
        position = found.cuts[found.at]
    }
}
