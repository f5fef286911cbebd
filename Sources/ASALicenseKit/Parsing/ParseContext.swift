/// What every parser of one capture shares: the bytes, the line scanner and lexer, and the
/// diagnostics collected so far. Parsers never throw: they record and go on.
struct ParseContext {
    let bytes: UnsafeBufferPointer<UInt8>
    var scanner: ByteScanner
    var lexer: LineLexer
    /// Recorded only through `report`/`record`, which keep the limit.
    private(set) var diagnostics: [Diagnostic] = []
    /// Diagnostics recorded over the whole capture, and how many were dropped past the limit.
    private(set) var reportedCount = 0
    private(set) var droppedCount = 0
    /// Lines not accepted by any grammar, waiting for the document they belong to.
    var unparsed: [UnparsedLine] = []
    /// The last line read, so a document knows where it ends.
    var lastLine = 0
    let limits: ParseLimits
    /// Where `bytes` starts in the whole input (a chunk of a stream starts further on): offsets
    /// shown to the user count from the start of the input.
    let baseOffset: Int
    /// Bare pager prompts (and the blank lines after them), by line number: the blanks they
    /// leave at the start of the next line are not indentation. Kept by number so that a line
    /// read again after `unread`, or first in the next chunk of a stream, reads the same.
    var barePagerLines: Set<Int> = []
    /// The line framing looked at last was a message the device logged (`SyslogMessage`), or a
    /// vacant line (`QuotedPrintableInput.vacantLine`): no line at all.
    var readNoLine = false
    /// For a logged message, whether it fills a terminal's width: its hard wrap may have cut it
    /// (`SyslogMessage.goesOn`). Nil after any other line.
    var loggedMessageFillsTerminal: Bool?
    /// The last line whose own problems (too long, pager remnant) were reported: a line read
    /// again after `unread` is not reported twice.
    private var lastLineChecked = 0
    /// What plain feature rows are read with (`nextPlainFeatureRow`), fetched once; nil when
    /// they are not read from their bytes (as while the tables themselves are being made).
    let plainRowTables: PlainFeatureRow.Tables?
    /// Where the line read last starts, before anything is taken off it (an envelope, a comment
    /// mark, a pager's remnant): where it is read again from.
    private(set) var lineStart = 0
    /// The lines read blank lately (or a code fence, or a PDF's page break's last line:
    /// `endPageBreak`).
    private var blankLines = RecentLines()
    /// The number of the last line read that was blank.
    var lastBlankLine: Int { blankLines.last }
    /// The lines whose markup may close the output they stand after: a web page's `</pre>`, a
    /// code fence, Jira's `{code}`. What follows one is the page's or the ticket's text. (Lines,
    /// not the last one: the line after a closing one, read ahead, may be markup too, `[code]`.)
    var closedMarkupLines = RecentLines()
    /// The string literal the output is held in (`StringLiteral`: a program's or a CSV file's
    /// quotes, a here-document, a YAML block): its quotes taken off the lines that open and
    /// close it, and the output ended where it ends.
    var stringLiteral: StringLiteral.Open? {
        didSet { readsLiteral = stringLiteral != nil }
    }
    /// The last AsciiDoc literal block a line of dots opened (`LiteralBlock`).
    var literalBlock: LiteralBlock?
    /// A literal was opened (`stringLiteral`): one test of a byte on every line's path.
    private(set) var readsLiteral = false
    /// The first line past the end a string literal puts to the output it holds (the line after
    /// its closing quotes, or the one that ends a YAML block): `next` gives it to no output that
    /// started before it (`outputStart`, the line the capture read last outside every output).
    private var literalEnd = Int.max
    private(set) var outputStart = 0
    /// The last line read outside every output that grep's name may start: when it is the
    /// first line of the output being read, the output's lines may be grep's (`takeOffGrepPrefix`).
    var grepOutputStart = 0
    /// The last line grep's name of another file started, after lines of one before it
    /// (`takeOffGrepPrefix`): another file's lines, no line of the output above.
    var otherGrepFileStart = 0
    /// The first line `next` gives no more (`literalEnd`, for the output being read): one test
    /// on every line's path.
    private var readLimit = Int.max
    /// The indentation of the prompt that echoed the command whose output is read (0 when none
    /// did): a paragraph left of it is the post's, not the output's (`TrailingRun`).
    var echoIndent = 0
    /// The bytes end where the capture ends, not before a prompt that another chunk starts with.
    var endsCapture = true
    /// Lines read as output kept in a configuration's comments (`ParseContext.uncomment`), by
    /// number: a line after one of them may continue it. Kept by number so that a line read
    /// again reads the same.
    var uncommentedLines: Set<Int> = []
    /// The last line of a script's comments that held a prompt alone (`# fw1#`): the comment
    /// after it may be the command it echoed.
    var commentedPromptLine = 0
    /// The runs of lines whose numbers are taken off (`NumberedListing`), in the order read.
    var listings: [NumberedListing.Span] = []
    /// grep's groups of lines confirmed last (`GrepPrefix.Groups`).
    var grepGroups = GrepPrefix.Groups()
    /// A PDF's page break being read (`PageBreak`): its lines are no lines at all.
    var pageBreak: PageBreak.Reading?
    /// A line an output did not understand that a break right after it starts with
    /// (`passesOverPageBreak`), and the breaks read so far (so that a look ahead tells one).
    var pageBreakLead = 0
    var pageBreaksRead = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, limits: ParseLimits = .default, startLine: Int = 1, baseOffset: Int = 0) {
        self.bytes = bytes
        self.baseOffset = baseOffset
        self.scanner = ByteScanner(bytes, startLine: startLine)
        self.lexer = LineLexer(bytes, baseOffset: baseOffset)
        self.limits = limits
        self.plainRowTables = limits.readsPlainRowsFromBytes ? PlainFeatureRow.tables : nil
    }

    /// The next line of the capture, read where no output is (the end a literal put to the
    /// output read last is behind): where the next output may start.
    mutating func nextOutsideOutput() -> Line? {
        (outputStart, readLimit) = (.max, .max)
        let line = next()
        outputStart = line?.number ?? .max
        readLimit = outputStart < literalEnd ? literalEnd : .max
        return line
    }

    /// Whether line `n` is read where no output is (`nextOutsideOutput`), or before any is.
    func readsOutsideOutput(_ n: Int) -> Bool {
        outputStart == .max || n <= outputStart
    }

    /// Whether a prompt follows the output read last, once no line is given: a chunk of a
    /// stream ends before a prompt (unless the capture ends with it); at the end a string literal
    /// puts, when the line there is a prompt a stream may be cut before (as one would be).
    var promptFollowsOutput: Bool {
        guard scanner.lineNumber + 1 >= readLimit, let (line, _) = scanner.peekPhysicalLine() else { return !endsCapture }
        var lx = lexer
        lx.lex(line)
        return CaptureStream.mayCut(before: &lx)
    }

    /// The output being read ends before line `n`, where a string literal that holds it ends.
    mutating func endLiteral(before n: Int) {
        literalEnd = n
        readLimit = outputStart < n ? n : .max
    }

    /// Reads and lexes the next line; nil at the end of input. A message the device logged
    /// amid the output (`SyslogMessage`) is no line at all: not even a blank one, which would
    /// end a reply or a paragraph.
    mutating func next() -> Line? {
        guard var line = readLine() else { return nil }
        if readNoLine {
            guard let after = lineAfterNoLines() else { return nil }
            line = after
        }
        if line.number >= readLimit {
            unread(line)
            return nil
        }
        // (Again when the framing taken off leaves a sequence first: `<--- More ---> ESC[K…`.)
        if lexer.sawEscape { takeOffEscapes(&line) }
        // (After the framing: the blanks the pager leaves follow a mail quote's `> ` too.)
        if !barePagerLines.isEmpty && barePagerLines.contains(line.number - 1) {
            if lexer.count > 0 {
                line.start = lexer.token(0).start
                lexer.lex(line)
            } else {
                barePagerLines.insert(line.number)
            }
        }
        if lexer.count == 0 {
            noteBlankLine(line.number)
            if literalBlock != nil { noteBlankAfterLiteralBlock(line.number) }
        }
        return line
    }

    /// Whether line `n` is the line read last and was found again in a physical line that lost
    /// its line breaks, not first there: the line before it is the one before it there, which
    /// is no line before `n` (not blank, no markup, no comment).
    func followsPieceOfItsLine(_ n: Int) -> Bool {
        scanner.readsLaterFlattenedLine && n == lexer.line.number
    }

    /// Whether markup that may close an output (`closedMarkupLines`) stands right before line
    /// `n`, the line read last or one before it.
    func closedMarkupRightBefore(_ n: Int) -> Bool {
        closedMarkupLines.contains(n - 1) && !followsPieceOfItsLine(n)
    }

    /// The next line, read as the one that may end line `n` where a page's or a terminal's width
    /// cut it: on a page that puts a blank line after every line (a blank line after `n`, and
    /// one before it or after the end), the line after that blank. `from` is the line to read
    /// again from when it is not `n`'s end (`unread`).
    mutating func nextWrapped(after n: Int) -> (line: Line, from: Line)? {
        guard let next = next() else { return nil }
        // (Read again from the blank's physical start: what framing took off it is read too.)
        var blank = next
        blank.start = lineStart
        guard lexer.count == 0 else { return (next, next) }
        if let after = self.next(), wasBlank(n - 1) || blankLineFollows() { return (after, blank) }
        // No such page (or no line after the blank): the blank is the line read last again.
        unread(blank)
        _ = self.next()
        return (next, next)
    }

    /// Whether the physical line after the one read last holds only blanks, or the capture
    /// ends there.
    private func blankLineFollows() -> Bool {
        guard let (line, _) = scanner.peekPhysicalLine() else { return scanner.isAtEnd && endsCapture }
        return ByteText.skipSpace(bytes, line.start, line.end) == line.end
    }

    /// Line `n` was read blank.
    @inline(__always) mutating func noteBlankLine(_ n: Int) {
        blankLines.insert(n)
    }

    /// Whether line `n` was read blank (when read, it was; asked of one of the lines before).
    func wasBlank(_ n: Int) -> Bool {
        // (Before a line found again in a physical line that lost its line breaks is the one
        // before it there, never blank.)
        if followsPieceOfItsLine(n + 1) { return false }
        return blankLines.contains(n)
    }

    /// The next physical line, lexed, its framing taken off. (Called as `self.readLine()` from
    /// other files: the standard library's `readLine()` of standard input has the same name.)
    @inline(__always) mutating func readLine() -> Line? {
        readNoLine = false
        loggedMessageFillsTerminal = nil
        guard var line = scanner.nextLine() else { return nil }
        lineStart = line.start
        let firstRead = markRead(line)
        if line.end - line.start > limits.maxLineBytes {
            if firstRead { report(.error, .DOC001, "line of \(line.end - line.start) bytes is longer than the limit of \(limits.maxLineBytes); only its first \(limits.maxLineBytes) bytes are read", at: SourceSpan(line: line.number, column: 1, offset: baseOffset + line.start)) }
            line.end = line.start + limits.maxLineBytes
        }
        lexer.lex(line)
        if scanner.lineOrigin != line.start { lexer.countColumns(from: scanner.lineOrigin) }
        if lexer.sawEscape { takeOffEscapes(&line) }
        takeOffFraming(&line, firstRead: firstRead)
        return line
    }

    /// The first line after a run of the device's log messages (or a PDF's page break): a loop,
    /// not a call of `next` again, so that a console's thousands of them in a row are read in
    /// one frame.
    @inline(never) private mutating func lineAfterNoLines() -> Line? {
        var messageGoesOn = loggedMessageFillsTerminal ?? false
        while let line = readLine() {
            if readNoLine {
                // (A vacant line, where a decoded soft break joined a message's two parts, keeps it going.)
                messageGoesOn = loggedMessageFillsTerminal ?? messageGoesOn
                continue
            }
            // The rest of a logged message a copied console window cut at its width.
            if messageGoesOn, SyslogMessage.goesOn(lexer) {
                messageGoesOn = SyslogMessage.fillsTerminal(lexer)
                continue
            }
            // (A PDF's page break goes on with lines beside its head: `PageBreak`.)
            if pageBreak != nil {
                if continuesPageBreak(line) { continue }
                endPageBreak()
            }
            return line
        }
        endPageBreak()
        return nil
    }

    /// A terminal log's control sequences around the text (colours a tool wraps each line in,
    /// an erasure after it) are no part of it: the line is narrowed to what is between them, so
    /// that its indentation and envelope (`- '…'`) are read as printed. Those inside it are
    /// blanks to the lexer.
    @inline(never) private mutating func takeOffEscapes(_ line: inout Line) {
        guard let p = bytes.baseAddress else { return }
        var narrowed = line
        // Whole sequences only: an ESC alone is kept with the text, as a byte not understood.
        while narrowed.start < narrowed.end && p[narrowed.start] == 0x1B {
            let after = LineLexer.skipEscape(p, from: narrowed.start, end: narrowed.end)
            guard after > narrowed.start + 1 else { break }
            narrowed.start = after
        }
        let textEnd = LineLexer.escapeRunStart(p, narrowed.start, narrowed.end)
        // Blanks alone after the text are the line's own (columns past its end count them).
        if (textEnd..<narrowed.end).contains(where: { p[$0] == 0x1B }) { narrowed.end = textEnd }
        guard narrowed.start != line.start || narrowed.end != line.end else { return }
        line = narrowed
        lexer.lex(line)
    }

    /// Where reading stands before the line read last: `rewind(to:)` goes back there and takes
    /// back what was recorded since (lines kept, diagnostics), as if the lines after it had not
    /// been read. What reading a line reported (a pager's remnant, a line too long) stays
    /// recorded once.
    struct Mark {
        fileprivate let line: Line
        fileprivate let diagnostics: Int
        fileprivate let reported: Int
        fileprivate let dropped: Int
        fileprivate let unparsed: Int
    }

    func markBeforeLastLine() -> Mark {
        Mark(line: Line(number: lexer.line.number, start: lineStart, end: lineStart), diagnostics: diagnostics.count,
             reported: reportedCount, dropped: droppedCount, unparsed: unparsed.count)
    }

    /// Whether lines were kept as not understood since `mark`.
    func keptLines(since mark: Mark) -> Bool {
        unparsed.count > mark.unparsed
    }

    /// Whether the lines kept as not understood since `mark` are other text: none of them a
    /// feature's row (`Failover : {{ failover }}`, a value a template left out, is licence text still).
    func keptOnlyOtherText(since mark: Mark) -> Bool {
        !unparsed[mark.unparsed...].contains { kept in LineLexer.lexing(kept.text, Self.namesCatalogFeature) }
    }

    /// Whether the next line that is not blank is another record's field (`Signature Algorithm:
    /// …`, `UUID: …`): a name of a few words and a colon, other text, no feature of the catalog.
    mutating func nextLineIsOtherField() -> Bool {
        nextLineOpens(after: lexer.line) { kind, lx in
            kind == .other && (1...4).contains(lx.firstColon ?? 0) && !Self.namesCatalogFeature(lx)
        }
    }

    /// A feature of the catalog named before the line's first colon.
    private static func namesCatalogFeature(_ lx: LineLexer) -> Bool {
        lx.firstColon.map { $0 >= 1 && lx.catalogSpelling(0, $0) != nil } ?? false
    }

    mutating func rewind(to mark: Mark) {
        scanner.rewind(to: mark.line)
        if diagnostics.count > mark.diagnostics { diagnostics.removeSubrange(mark.diagnostics...) }
        (reportedCount, droppedCount) = (mark.reported, mark.dropped)
        if unparsed.count > mark.unparsed { unparsed.removeSubrange(mark.unparsed...) }
    }

    /// Records that `line` is read (the last line, and checked once); whether it is read for
    /// the first time (not again after `unread`).
    mutating func markRead(_ line: Line) -> Bool {
        let firstRead = line.number > lastLineChecked
        lastLineChecked = max(lastLineChecked, line.number)
        lastLine = line.number
        return firstRead
    }

    /// Puts `line` back so that the next `next()` returns it again. It goes back to where it
    /// starts as written, so that it is read again as a whole (its envelope or a pager's
    /// remnant taken off again): the line read last to where it was read from, an earlier one
    /// (narrowed by its envelope) to where the scanner finds it starts.
    mutating func unread(_ line: Line) {
        var physical = line
        if line.number == lexer.line.number && line.start >= lineStart { physical.start = lineStart }
        scanner.rewind(to: physical)
    }

    /// Goes on from an earlier chunk of the same capture: its count against the limit, and the
    /// diagnostics it found after its last document.
    mutating func resumeCounting(reported: Int, dropped: Int, pending: [Diagnostic]) {
        reportedCount = reported
        droppedCount = dropped
        diagnostics = pending
    }

    mutating func report(_ severity: Severity, _ code: RuleCode, _ message: String, at span: SourceSpan) {
        record(Diagnostic(severity, code, message, at: span))
    }

    /// Keeps a diagnostic unless the capture already has `limits.maxDiagnostics` of them.
    mutating func record(_ diagnostic: Diagnostic) {
        reportedCount += 1
        if reportedCount > limits.maxDiagnostics { droppedCount += 1 } else { diagnostics.append(diagnostic) }
    }

    /// Reports a diagnostic before those recorded on later lines: notes said while the lines
    /// after this one were framed ahead of it (a diff's removed lines after an elision).
    mutating func reportInLineOrder(_ severity: Severity, _ code: RuleCode, _ message: String, at span: SourceSpan) {
        report(severity, code, message, at: span)
        var i = diagnostics.count - 1
        while i > 0 && diagnostics[i - 1].span.line > span.line { i -= 1 }
        moveLastDiagnostic(to: i)
    }

    /// Puts the diagnostic recorded last at `index`, before those recorded since: a note about
    /// lines that come before theirs, known only after them.
    mutating func moveLastDiagnostic(to index: Int) {
        guard index < diagnostics.count - 1 else { return }
        diagnostics.insert(diagnostics.removeLast(), at: index)
    }

    /// Takes the diagnostics recorded since the last call.
    mutating func takeDiagnostics() -> [Diagnostic] {
        defer { diagnostics.removeAll(keepingCapacity: true) }
        return diagnostics
    }

    /// Keeps the current line verbatim and reports it (DOC001).
    mutating func keepUnparsed(_ why: String) {
        var text = lexer.verbatim
        // Text a page's markup or a code viewer's line number before it narrowed to what, alone,
        // would be read as several lines (strings of lines, `<pre => ["…\n…"]}`) is kept with
        // them: written back, it is read again as it was read. (Not after a comment's mark:
        // alone, the line would be a comment.)
        let line = lexer.line
        if line.start > lineStart, PageMarkup.tag(bytes, ByteText.skipSpace(bytes, lineStart, line.start), line.start) != nil || startsWithLineNumber(line),
           ByteScanner.readsAsSeveral(bytes, line.start, ByteText.trimEnd(bytes, line.start, line.end)) {
            text = ByteText.string(bytes, lineStart, ByteText.trimEnd(bytes, lineStart, line.end))
        }
        unparsed.append(UnparsedLine(line: lexer.line.number, text: text))
        report(.error, .DOC001, why, at: lexer.lineSpan)
        checkUTF8()
    }

    /// Whether a code viewer's number (`NumberedListing`) starts the physical line of `line`.
    private func startsWithLineNumber(_ line: Line) -> Bool {
        var physical = lexer
        physical.lex(Line(number: line.number, start: lineStart, end: line.end))
        return NumberedListing.number(physical) != nil
    }

    /// Takes back the lines kept on `lines` for `why` (for any reason when nil), and those
    /// reports, when reading on showed they were understood after all, or no line of the output;
    /// returns the lines that were still kept (not given back with a trailing run). One pass
    /// over what is kept, however many lines.
    mutating func withdrawKept(lines: Set<Int>, why: String?) -> Set<Int> {
        var withdrawn = Set<Int>()
        var taken = 0  // (a line that lost its line breaks keeps several parts on one number)
        unparsed.removeAll { kept in
            guard lines.contains(kept.line) else { return false }
            withdrawn.insert(kept.line)
            taken += 1
            return true
        }
        let recorded = diagnostics.count
        diagnostics.removeAll { $0.code == .DOC001 && withdrawn.contains($0.span.line) && (why == nil || $0.message == why) }
        reportedCount -= taken
        droppedCount -= taken - (recorded - diagnostics.count)  // those past the limit
        return withdrawn
    }

    /// Takes back everything kept and reported on `lines` (an output found to be no output).
    mutating func withdrawReports(on lines: ClosedRange<Int>) {
        unparsed.removeAll { lines.contains($0.line) }
        let recorded = diagnostics.count
        diagnostics.removeAll { lines.contains($0.span.line) }
        reportedCount -= recorded - diagnostics.count
    }

    /// Passes over the lines kept as not understood that hold words in a script no ASA prints
    /// (a post's Chinese note between an output's lines): the post's, not lines the device
    /// printed. Each is taken out of the document and its report taken back, and noted
    /// (DOC010). Called as an output ends, after a run after it was given back.
    mutating func passOverOtherScript() {
        guard !unparsed.isEmpty else { return }
        var lines = Set<Int>()
        for kept in unparsed {
            var text = kept.text
            if text.withUTF8({ ByteText.holdsOtherScript($0, 0, $0.count) }) { lines.insert(kept.line) }
        }
        guard !lines.isEmpty else { return }
        for line in withdrawKept(lines: lines, why: nil).sorted() {
            report(.note, .DOC010, "line \(line) is in a script no ASA prints: the words of whoever pasted the output, not a line of it; passed over",
                   at: SourceSpan(line: line, column: 1, offset: 0))
        }
    }

    /// Takes back the reports of `code` on `lines` that say `message`, when reading on showed
    /// them wrong (a PIX's four-word key, told a PIX only by the platform sentence after it).
    mutating func withdraw(_ code: RuleCode, onLines lines: Set<Int>, message: String) {
        let recorded = diagnostics.count
        diagnostics.removeAll { $0.code == code && lines.contains($0.span.line) && $0.message == message }
        reportedCount -= recorded - diagnostics.count
    }

    /// Reports invalid UTF-8 on the current line with its byte offset: the text is kept with
    /// U+FFFD in place of the bad bytes.
    mutating func checkUTF8() {
        let line = lexer.line
        if let bad = ByteText.firstInvalidUTF8(bytes, line.start, line.end), let p = bytes.baseAddress {
            let offset = baseOffset + bad
            // Columns count on the line as written (the line read last may have been narrowed).
            let column = lexer.column(atOffset: bad)
            let kept = p[bad] == 0xA0 && LineLexer.isLoneNoBreakSpace(p, bad)
                ? "a Windows-1252 no-break space, read as a blank and kept as U+00A0" : "the bytes are kept as U+FFFD"
            report(.warning, .DOC006, "invalid UTF-8 at byte offset \(offset); \(kept)", at: SourceSpan(line: line.number, column: column, offset: offset))
        }
    }

    /// Takes the lines waiting to be kept, for the document being finished.
    mutating func takeUnparsed() -> [UnparsedLine] {
        defer { unparsed.removeAll() }
        return unparsed
    }
}
