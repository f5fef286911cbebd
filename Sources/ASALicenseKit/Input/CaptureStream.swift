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
        var segments = CaptureSegments(chunkSize: chunkSize)
        defer { segments.free() }
        var cursor = CaptureCursor()
        while segments.withNext(read: read, { bytes, last in
            CaptureParser.forEachDocument(in: bytes, limits: limits, cursor: &cursor, atEnd: last) { doc, g in body(doc, g) }
        }) != nil {}
        return !segments.failed
    }

    /// The offset of the start of the last (non-config-mode) prompt line after the first line, or 0.
    /// Lines that start before `from` (0, or the start of a line) are not looked at: they were,
    /// in a shorter buffer (but the line before one that is, to see whether comments
    /// go on there).
    static func lastPromptLine(in b: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int {
        var lexer = LineLexer(b)
        var end = b.count
        // Only whole lines count: the bytes after the last newline may be half a line.
        while end > from && b[end - 1] != 0x0A { end -= 1 }
        guard end > from else { return 0 }  // no whole line starts at or after `from`
        var lineEnd = end - 1
        while lineEnd > 0 && lineEnd >= from {
            var start = lineEnd
            while start > from && b[start - 1] != 0x0A { start -= 1 }
            if start == 0 { return 0 }
            lexer.lex(Line(number: 0, start: start, end: lineEnd))
            // A prompt behind a terminal log's time stamp is one (the parser takes it off too).
            if let text = LineTimestamp.textStart(lexer) { lexer.lex(Line(number: 0, start: text, end: lineEnd)) }
            // A config-mode prompt, `configure terminal` again or `activation-key …` continues a
            // configuration (consecutive configuration lines are one document): never cut there.
            // A rule or a fence that looks like a prompt (`vvvv#`) is read as a blank: no cut there.
            // Nor inside comments (`# fw1#`, `#`, `# show version` after `# …`, `! …` or `> # …`):
            // read on their own, they would not continue the output the comments before them hold.
            // (The command is told as the parser tells it: a page's tags cut out.)
            // Nor before a line grep's file name may start (`fw1.log-fw1# …`): whether it is
            // grep's is told by the lines around it, which a cut would part.
            if !(lexer.count > 0 && Prompt.isBare(lexer) && ParseContext.mayBeComment(b, lineEndingAt: start - 1)) && mayCut(before: &lexer)
                && !GrepPrefix.mayStart(b, lexer.token(0).start, lineEnd)
                && !ByteScanner.readsAsSeveral(b, start, lineEnd) { return start }
            lineEnd = start - 1
        }
        return 0
    }

    /// Whether a capture may be cut before the line `lexer` holds, by the line alone: a prompt
    /// that echoes a command other than a configuration's (the lexer's tags may be cut out).
    static func mayCut(before lexer: inout LineLexer) -> Bool {
        guard lexer.count > 0 && LineClassifier.classify(lexer) == .prompt && !Prompt.isConfigMode(lexer) && !ParseContext.isFramingOnly(lexer) else { return false }
        PageMarkup.cutTags(&lexer)
        let echoed = TerminalEdits.classify(lexer).echoed
        // (Nor at help asked: a configuration being typed goes on after it.)
        return echoed != .configure && echoed != .configLine && echoed != .help
    }
}
