/// Reads a capture of any size in chunks and parses it one document at a time: memory holds a
/// chunk and the largest document, never the whole input. A chunk is cut before its last prompt
/// line that no document spans; what follows the cut waits for the next chunk.
public struct CaptureStream {
    public var chunkSize: Int
    public var limits: ParseLimits

    public init(chunkSize: Int = 1 << 20, limits: ParseLimits = .default) {
        self.chunkSize = max(chunkSize, 4096)
        self.limits = limits
    }

    /// `read` fills the buffer it is given and returns how many bytes it wrote: 0 at the end of
    /// input, a negative number on a read error (then reading stops and `false` is returned).
    @discardableResult
    public func forEachDocument(read: (UnsafeMutableRawBufferPointer) -> Int, _ body: (Document?, [Diagnostic]) -> Void) -> Bool {
        var pending: [UInt8] = []
        var cursor = CaptureCursor()
        var ok = true
        var atEnd = false
        while !atEnd {
            let before = pending.count
            pending.reserveCapacity(before + chunkSize)
            pending.append(contentsOf: repeatElement(0, count: chunkSize))
            let n = pending.withUnsafeMutableBytes { raw in read(UnsafeMutableRawBufferPointer(rebasing: raw[before...])) }
            pending.removeLast(chunkSize - max(n, 0))
            if n < 0 { ok = false }
            atEnd = n <= 0
            let cut = atEnd ? pending.count : CaptureStream.lastPromptLine(in: pending)
            guard cut > 0 || atEnd else { continue }  // one document longer than the chunk: read on
            pending.withUnsafeBufferPointer { all in
                // A cut falls at the start of a line, so the chunk is whole lines.
                CaptureParser.forEachDocument(in: UnsafeBufferPointer(rebasing: all[0..<cut]), limits: limits, cursor: &cursor, atEnd: atEnd, body)
            }
            pending.removeFirst(cut)
        }
        return ok
    }

    /// The offset of the start of the last (non-config-mode) prompt line after the first line, or 0.
    static func lastPromptLine(in bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { b in
            var lexer = LineLexer(b)
            var end = b.count
            // Only whole lines count: the bytes after the last newline may be half a line.
            while end > 0 && b[end - 1] != 0x0A { end -= 1 }
            var lineEnd = end - 1
            while lineEnd > 0 {
                var start = lineEnd
                while start > 0 && b[start - 1] != 0x0A { start -= 1 }
                if start == 0 { return 0 }
                lexer.lex(Line(number: 0, start: start, end: lineEnd))
                // A config-mode prompt, or `configure terminal` again, continues a configuration
                // (consecutive configuration lines are one document): never cut there.
                if lexer.count > 0 && LineClassifier.classify(lexer) == .prompt && !Prompt.isConfigMode(lexer)
                    && EchoedCommand.classify(lexer) != .configure { return start }
                lineEnd = start - 1
            }
            return 0
        }
    }
}
