/// Reads a capture — one command output, a session log of several, or a configuration — and
/// hands over one document at a time, with the diagnostics found while reading it. Memory holds
/// the document being read, never the list of all of them.
public enum CaptureParser {
    /// Parses a whole capture, calling `body` for each document in order. A call with no
    /// document carries diagnostics about text that holds none (DOC005 when the capture holds no
    /// license text at all).
    public static func forEachDocument(
        in bytes: UnsafeBufferPointer<UInt8>,
        limits: ParseLimits = .default,
        _ body: (Document?, [Diagnostic]) -> Void
    ) {
        var cursor = CaptureCursor()
        forEachDocument(in: bytes, limits: limits, cursor: &cursor, atEnd: true) { doc, g in body(doc, g) }
    }

    /// Parses one chunk of a capture that `cursor` has followed so far; `atEnd` when no more
    /// follows. A chunk ends at the end of a line. Each document is handed over when the next is
    /// read (or at the end), so that the diagnostics found after it, before the next document,
    /// go with the next, as they do when the capture is read whole. (`CaptureStream` is the
    /// public way to read in chunks.) `body` may take the document out of its argument, to keep
    /// it without copying it. `endsCapture`: the chunk is the capture's last, when that is known
    /// although `atEnd` is not given (a segment read on its own on another core).
    static func forEachDocument(
        in bytes: UnsafeBufferPointer<UInt8>,
        limits: ParseLimits = .default,
        cursor: inout CaptureCursor,
        atEnd: Bool,
        endsCapture: Bool? = nil,
        _ body: (inout Document?, [Diagnostic]) -> Void
    ) {
        var ctx = ParseContext(bytes, limits: limits, startLine: cursor.line, baseOffset: cursor.offset)
        ctx.endsCapture = endsCapture ?? atEnd
        ctx.resumeCounting(reported: cursor.reported, dropped: cursor.dropped, pending: cursor.pendingDiagnostics)
        if cursor.endsAfterPager { ctx.barePagerLines.insert(cursor.line - 1) }
        if let open = cursor.openLiteral { ctx.stringLiteral = open }
        ctx.literalBlock = cursor.openLiteralBlock
        /// Text that is not license text, outside every document: counted by runs and noted once
        /// per run (a configuration that follows takes it in as other lines instead).
        var stray = StrayText()
        /// Hands over the document held, and holds the one made of these parts, read from line
        /// `first` to the line read last.
        func deliver(_ content: consuming Document.Content, prompt: String? = nil, command: String? = nil,
                     from first: Int, _ ctx: inout ParseContext) {
            let lines = first...max(first, ctx.scanner.lineNumber)
            // No document after all: the lines noted, the text after them following other text.
            func noDocument(_ what: String) {
                ctx.report(.note, .DOC010, "\(StrayText.lines(lines.lowerBound, lines.upperBound)) \(what); no document", at: SourceSpan(line: lines.lowerBound, column: 1, offset: 0))
                cursor.otherTextBeforeNext = true
            }
            if content.isTemplate {
                // A capture framework's patterns (TTP's `Serial Number: {{ serial }}`, kept beside
                // the sample output they parse): no unit's output, and what was said of their
                // lines is taken back. (Told by the values the unit is known by, which canonical
                // CLI writes as read: the same text read again is the same template.)
                ctx.withdrawReports(on: lines)
                _ = ctx.takeUnparsed()
                return noDocument("a template's patterns (its values are placeholders, `{{ … }}`), not a unit's output")
            }
            if command == nil && ctx.unparsed.isEmpty && content.isEmptyOutput {
                // Nothing of it is left (the line that opened it was passed over, another script's), as after an echoed command that gave nothing.
                return noDocument("not license text (nothing of the output they opened is left)")
            }
            cursor.promptAnsweredLast = prompt != nil
            // Moved out and handed over as it is: binding it, or passing the cursor's own, copied it.
            var previous = cursor.held.take()
            if case .some = previous { body(&previous, cursor.heldDiagnostics) }
            cursor.held = Document(prompt: prompt, command: command, content: content, unparsed: ctx.takeUnparsed(), sourceLines: lines)
            cursor.held?.readFromDiff = limits.textIsDiff
            if cursor.otherTextBeforeNext {
                cursor.held?.followsOtherText = true
                cursor.otherTextBeforeNext = false
            }
            if cursor.clock != nil, let date = cursor.date(forHost: prompt.flatMap(Document.hostname(ofPrompt:))) {
                cursor.held?.asOf = date
            }
            cursor.delivered += 1
            cursor.heldDiagnostics = ctx.takeDiagnostics()
        }
        /// Ends the run of stray text: skipped, and noted once (no document holds it: not license
        /// text). `before`: where the note goes among the diagnostics, when some about later
        /// lines were recorded first.
        func endStray(_ ctx: inout ParseContext, before index: Int? = nil) {
            guard let run = stray.take() else { return }
            cursor.promptAnsweredLast = false
            cursor.strayLines += run.count
            cursor.otherTextBeforeNext = true
            // (Before the notes on lines of the run recorded since: a syntax, lines a diff removes.)
            let recorded = ctx.diagnostics.count
            var index = index ?? recorded
            while index > 0, case let d = ctx.diagnostics[index - 1], d.code == .DOC010, d.span.line > run.first { index -= 1 }
            ctx.report(.note, .DOC010, "\(StrayText.lines(run.first, run.last)) not license text (no license output starts there); skipped", at: SourceSpan(line: run.first, column: 1, offset: 0))
            if ctx.diagnostics.count > recorded { ctx.moveLastDiagnostic(to: index) }
        }
        /// The output of the command echoed on line `start`.
        func readEchoed(_ echoed: EchoedCommand, command: String?, prompt: String?, at start: Int, indent: Int, _ ctx: inout ParseContext) {
            ctx.echoIndent = indent
            defer { ctx.echoIndent = 0 }
            if echoed != .configLine { endStray(&ctx) }
            if echoed == .showClock {
                // A reply that gives no date is skipped as the output of a command asalic skips.
                if let date = readClock(&ctx) {
                    cursor.firstClockAt = cursor.firstClockAt ?? cursor.delivered
                    cursor.clock = (prompt.flatMap(Prompt.hostname), CaptureDate(date: date, source: .showClock))
                } else {
                    skipOutput(&ctx, echoedAt: start, &cursor)
                }
                return
            }
            let recorded = ctx.diagnostics.count
            let filtered = command.map(EchoedCommand.filtersOutput) ?? false
            guard let content = readContent(&ctx, for: echoed, echoedBy: prompt.flatMap(Prompt.hostname), filtered: filtered) else {
                skipOutput(&ctx, echoedAt: start, help: echoed == .help, &cursor)
                return
            }
            // Commands typed in a session with no licence command among them (`conf t`,
            // `hostname fw1`, `fw(config)#` alone) are no document, as in a snippet with no
            // prompt (below): text that is not license text. A running-config's is a document.
            if echoed != .showRunningConfig, case .configuration(let c) = content,
               c.commands.isEmpty, c.serialNumber == nil, ctx.unparsed.isEmpty {
                if c.otherLines > 0 { stray.add(start...max(start, ctx.scanner.lineNumber), count: c.otherLines) }
                return
            }
            // An output with no line (the next prompt right after the command, a paste that ends
            // with the command typed next) says nothing of the unit: no document.
            if ctx.unparsed.isEmpty && content.isEmptyOutput {
                ctx.report(.note, .DOC010, "nothing the command on line \(start) output here is license text; no document", at: SourceSpan(line: start, column: 1, offset: 0))
                return
            }
            endStray(&ctx, before: recorded)
            deliver(content, prompt: prompt, command: command, from: start, &ctx)
        }
        if cursor.line == 1 { skipByteOrderMark(&ctx) }
        while let line = ctx.nextOutsideOutput() {
            let start = line.number
            let kind = LineClassifier.classify(ctx.lexer)
            if kind != .blank { cursor.sawText = true }
            switch kind {
            case .blank:
                continue
            case .prompt:
                // A config-mode line may go on with a run of session commands that is no document (`readEchoed`).
                if !stray.isEmpty && !Prompt.isConfigMode(ctx.lexer) { endStray(&ctx) }
                if let range = ASDMResult.commandRange(ctx.lexer) {
                    // ASDM's echo: the command inside its quotes, no prompt. (A configuration
                    // command sent so is not read as one: its line is ASDM's, not the command's.)
                    ctx.lexer.lex(Line(number: line.number, start: range.lowerBound, end: range.upperBound))
                    func read(_ words: LineLexer) -> (EchoedCommand, String?) {
                        guard words.count > 0 else { return (.other, nil) }
                        let echoed = EchoedCommand.classify(words, commandAt: 0, configMode: false)
                        return (echoed == .configLine ? .other : echoed, words.joined(0, words.count))
                    }
                    // (Typed with corrections, a backspace or a DEL in it: the command as shown, as at a prompt.)
                    let (echoed, command) = TerminalEdits.isEdited(ctx.lexer, from: 0)
                        ? TerminalEdits.withShownLine(ctx.lexer, from: 0, colonsInWords: false, read) : read(ctx.lexer)
                    readEchoed(echoed, command: command, prompt: nil, at: start, indent: 0, &ctx)
                    continue
                }
                PageMarkup.cutTags(&ctx.lexer)
                let prompt = Prompt.isBare(ctx.lexer) ? nil : ctx.lexer.text(0)
                var (echoed, edited) = TerminalEdits.classify(ctx.lexer)
                // A config-mode line is a command of the configuration, not an echoed command.
                var command = echoed != .configLine && ctx.lexer.count > 1 ? edited ?? ctx.lexer.joined(1, ctx.lexer.count) : nil
                // Licence output under help asked: a paster's question after the command (`show version (why?)`).
                if echoed == .help, let asked = ctx.commandAnsweredDespiteHelp(line) { echoed = asked }
                // Else, at a config-mode prompt, the configuration tells help from a value a paster left out (`ConfigParser`).
                if echoed == .help && Prompt.isConfigMode(ctx.lexer) { (echoed, command) = (.configLine, nil) }
                let promptIndent = ctx.lexer.indent
                if echoed == .configLine { ctx.unread(line) }
                if let reply = readDeviceError(&ctx, under: promptIndent, afterCommand: command != nil) {
                    endStray(&ctx)
                    deliver(.deviceError(reply), prompt: prompt, command: command, from: start, &ctx)
                    continue
                }
                // Some capture frameworks log the prompt alone and the command on the next line.
                if command == nil, echoed != .configLine, prompt != nil, let (next, kind) = readCommandLine(&ctx) {
                    (command, echoed) = (next, kind)
                }
                // A bare prompt echoes nothing: the lines after it are read as if they stood alone.
                if command == nil && echoed != .configLine { continue }
                readEchoed(echoed, command: command, prompt: prompt, at: start, indent: promptIndent, &ctx)
            case .activationKey, .pager:
                let mark = ctx.markBeforeLastLine()
                let serialFirst = ctx.lexer.isWord(0, "Serial") || ctx.lexer.isWord(0, "erial")
                let recorded = ctx.diagnostics.count
                ctx.unread(line)
                let read = content(.showActivationKey, &ctx)
                // A serial's line with no command above it, and nothing of licence text after it
                // but lines not understood or another record's fields, is that record's field (a
                // disk's `smartctl -i`, `dmidecode`, a certificate's dump), not an output: text
                // that is not licence text.
                if serialFirst, case .activationKey(let doc) = read, doc.holdsOnlySerialNumber,
                   ctx.keptLines(since: mark) ? ctx.keptOnlyOtherText(since: mark) : ctx.nextLineIsOtherField() {
                    ctx.rewind(to: mark)
                    _ = ctx.next()
                    stray.add(start)
                    continue
                }
                endStray(&ctx, before: recorded)
                deliver(read, from: start, &ctx)
            case .showVersion, .licenseState:
                endStray(&ctx)
                ctx.unread(line)
                deliver(content(.showVersion, &ctx), from: start, &ctx)
            case .sharedLicense:
                endStray(&ctx)
                ctx.unread(line)
                deliver(content(.showSharedLicense, &ctx), from: start, &ctx)
            case .configuration:
                // The ordinary commands of a configuration snippet (`hostname`, `interface`,
                // `conf t`) before its first license command are its other lines.
                let taken = stray.take()
                ctx.unread(line)
                var config = ConfigParser()
                var c = config.parse(&ctx)
                if config.readCommentsOnly || (c.commands.isEmpty && ctx.unparsed.isEmpty) {
                    // Comments alone are no configuration, nor a configuration's other lines with no
                    // licence command among them (a running-config in show tech-support's output, a
                    // change script of other commands): with the text before them, not license text.
                    if let taken { stray.add(taken.first...taken.last, count: taken.count) }
                    stray.add(start...max(start, ctx.scanner.lineNumber), count: c.otherLines)
                    continue
                }
                c.otherLines += taken?.count ?? 0
                if taken != nil { cursor.otherTextBeforeNext = true }
                deliver(.configuration(c), from: taken?.first ?? start, &ctx)
            case .deviceError where !cursor.promptAnsweredLast || !stray.isEmpty:
                // No command's output right above it: a program's `"%s" % x`, a build log's `ERROR: …`.
                stray.add(start)
            case .deviceError:
                endStray(&ctx)
                // With no prompt before it, the reply is kept from its own first line's margin.
                let indent = ctx.lexer.indent
                ctx.unread(line)
                if let reply = readDeviceError(&ctx, under: indent, afterCommand: false) {
                    deliver(.deviceError(reply), from: start, &ctx)
                }
            case .other:
                // Feature rows pasted without their `Licensed features …` header (and the rows
                // releases 7.x and 8.0 print after the interface list) are a running block.
                if ActivationKeyParser.isCatalogRow(ctx.lexer) {
                    endStray(&ctx)
                    ctx.unread(line)
                    deliver(content(.showVersion, &ctx), from: start, &ctx)
                } else if let (command, echoed, indent) = readEchoAlone(line, &ctx) {
                    readEchoed(echoed, command: command, prompt: nil, at: start, indent: indent, &ctx)
                } else if let open = ctx.stringLiteral?.line == start ? ctx.stringLiteral : StringLiteral.opening(ctx.lexer) {
                    // A program's string literal opens on the line (read again, the same): the
                    // output it holds starts after its quotes, or on the lines after. (The
                    // program's text before it is no configuration's other lines.)
                    ctx.stringLiteral = open
                    let startsOutput = open.text > ctx.lexer.line.start && StringLiteral.startsOutput(open, ctx.lexer)
                    if !startsOutput { stray.add(start) }
                    endStray(&ctx)
                    if startsOutput { ctx.unread(line) }
                } else {
                    if let date = CommitDate.date(ctx.lexer) {
                        cursor.firstClockAt = cursor.firstClockAt ?? cursor.delivered
                        cursor.clock = (nil, CaptureDate(date: date, source: .commit))
                    }
                    stray.add(start)
                    ctx.checkUTF8()
                }
            }
        }
        // A chunk ends before a prompt: a run of stray text ends with it.
        endStray(&ctx)
        cursor.endsAfterPager = ctx.barePagerLines.contains(ctx.scanner.lineNumber)
        cursor.openLiteral = ctx.stringLiteral?.closedAt == nil ? ctx.stringLiteral : nil
        cursor.openLiteralBlock = ctx.literalBlock?.closedAt == nil ? ctx.literalBlock : nil
        cursor.line = ctx.scanner.lineNumber + 1
        cursor.offset += bytes.count
        (cursor.reported, cursor.dropped) = (ctx.reportedCount, ctx.droppedCount)
        cursor.pendingDiagnostics = ctx.takeDiagnostics()
        cursor.lastLine = ctx.lastLine
        if atEnd { finish(&cursor, limits: limits, body) }
    }

    /// The end of a capture: what was found after the last document goes with it.
    static func finish(_ cursor: inout CaptureCursor, limits: ParseLimits, _ body: (inout Document?, [Diagnostic]) -> Void) {
        var g = cursor.pendingDiagnostics
        if cursor.delivered == 0 {
            // No license text at all: no document, and one finding that says so rather than a
            // note per run of other text.
            g.removeAll { $0.code == .DOC010 || $0.code == .DOC006 }
            let what = !cursor.sawText ? "the capture is empty" : cursor.strayLines == 0 ? "no line of it is license text" : "no line of \(cursor.strayLines) is license text"
            g.append(Diagnostic(.warning, .DOC005, "no license text found: \(what)", at: SourceSpan(line: 1, column: 1, offset: 0)))
        }
        if cursor.dropped > 0 {
            g.append(Diagnostic(.note, .DOC001, "\(cursor.dropped) more diagnostics not shown (limit \(limits.maxDiagnostics))", at: SourceSpan(line: cursor.lastLine, column: 1, offset: 0)))
        }
        cursor.pendingDiagnostics = []
        var last = cursor.held.take()
        if case .some = last { g = cursor.heldDiagnostics + g }
        body(&last, g)
    }

    /// Parses everything at once: for tests and small inputs.
    public static func parse(_ bytes: [UInt8], limits: ParseLimits = .default) -> (documents: [Document], diagnostics: [Diagnostic]) {
        var documents: [Document] = []
        var diagnostics: [Diagnostic] = []
        bytes.withUnsafeBufferPointer { buffer in
            forEachDocument(in: buffer, limits: limits) { doc, diags in
                if let doc { documents.append(doc) }
                diagnostics += diags
            }
        }
        return (documents, diagnostics)
    }

    /// Every document and diagnostic of a capture given as text.
    public static func parse(_ text: String) -> (documents: [Document], diagnostics: [Diagnostic]) {
        parse(Array(text.utf8))
    }

    // MARK: dispatch

    /// A document with no prompt before it, of a kind its first line tells.
    private static func content(_ command: EchoedCommand, _ ctx: inout ParseContext) -> Document.Content {
        switch command {
        case .showSharedLicense:
            var p = SharedLicenseParser(echoed: false)
            return .sharedLicense(p.parse(&ctx))
        default:
            var p = ActivationKeyParser(layout: command == .showVersion ? ShowVersionLayout(echoed: false) : UndecidedLayout())
            return .activationKey(p.parse(&ctx))
        }
    }

    /// The command on the line after a prompt that stood alone, when that line is one; nil
    /// (and the line left unread) otherwise.
    private static func readCommandLine(_ ctx: inout ParseContext) -> (String, EchoedCommand)? {
        while let line = ctx.next() {
            let kind = LineClassifier.classify(ctx.lexer)
            if kind == .blank { continue }
            // A configuration command there (`activation-key …`) is read as the configuration's.
            let (echoed, edited) = TerminalEdits.classifyAlone(&ctx.lexer)
            // (A line with a prompt's `#` in it is no command alone: lines that lost their breaks.)
            guard kind == .other, let command = echoed, command != .configLine,
                  !ctx.bytes[line.start..<line.end].contains(UInt8(ascii: "#")) else {
                ctx.unread(line)
                return nil
            }
            return (edited ?? ctx.lexer.joined(0, ctx.lexer.count), command)
        }
        return nil
    }

    /// A licence command alone on its line, no prompt before it, above the output it asked
    /// for: the device's echo where the prompt was logged elsewhere (pyATS logs the command
    /// between them, `UniconLog`) or left out of a paste, or the key of a map of outputs by
    /// command (Salt's `show version:`). Read as echoed only when the next line that is not
    /// blank opens licence output (after `show clock`, the clock's line, which dates the
    /// documents after it as at a prompt); else (a post's heading, `show version` over prose)
    /// it stays a line of the text, and nil (the scanner back after the blanks, `line` lexed
    /// again).
    private static func readEchoAlone(_ line: Line, _ ctx: inout ParseContext) -> (command: String, echoed: EchoedCommand, indent: Int)? {
        guard let echoed = EchoedCommand.classify(ctx.lexer, commandAt: 0),
              echoed == .showActivationKey || echoed == .showVersion || echoed == .showSharedLicense || echoed == .showClock else { return nil }
        // (As the terminal showed it, a page's tags cut out: as it reads written back after a
        // bare prompt.)
        var lx = ctx.lexer
        let (shown, edited) = TerminalEdits.classifyAlone(&lx)
        guard shown == echoed else { return nil }
        // (A map's key naming the command, Salt's `show version:` over its output, is the command.)
        let words = lx.count - (lx.isColon(lx.count - 1) ? 1 : 0)
        let command = edited ?? lx.joined(0, words)
        let indent = ctx.lexer.indent
        let opens = ctx.nextLineOpens(after: line) { kind, lx in
            echoed == .showClock ? ShowClock.date(lx) != nil : LineClassifier.opensLicenceOutput(kind, lx)
        }
        return opens ? (command, echoed, indent) : nil
    }

    /// The date of the clock line after an echoed `show clock`; the line is left unread when it
    /// is not one.
    private static func readClock(_ ctx: inout ParseContext) -> CivilDate? {
        while let line = ctx.next() {
            if ctx.lexer.count == 0 { continue }
            if let date = ShowClock.date(ctx.lexer) { return date }
            ctx.unread(line)
            return nil
        }
        return nil
    }

    /// `host`: the host whose prompt echoed the command; nil when no prompt did.
    /// `filtered`: the command piped its output through a filter (`| include …`).
    private static func readContent(_ ctx: inout ParseContext, for command: EchoedCommand, echoedBy host: String? = nil, filtered: Bool = false) -> Document.Content? {
        switch command {
        case .showActivationKey:
            var p = ActivationKeyParser(layout: ShowActivationKeyLayout(showsFilteredOutput: filtered))
            return .activationKey(p.parse(&ctx))
        case .showVersion:
            // A bare prompt (canonical CLI's mark) says the layout, not that the unit's header lines follow.
            var p = ActivationKeyParser(layout: ShowVersionLayout(echoed: host != nil, showsFilteredOutput: filtered))
            return .activationKey(p.parse(&ctx))
        case .showSharedLicense:
            var p = SharedLicenseParser(echoed: true, filtered: filtered)
            return .sharedLicense(p.parse(&ctx))
        case .showClock:
            return nil  // a date, not a document: read where the prompt is
        case .showRunningConfig, .configure, .configLine:
            var p = ConfigParser(host: host, typedInSession: command != .showRunningConfig)
            return .configuration(p.parse(&ctx))
        case .leaveConfigMode, .help, .other:
            return nil
        }
    }

    /// The output of a command asalic does not read, echoed on line `prompt` (or the CLI's help
    /// for it): skipped and noted (`skipLines`). It counts among the lines that are not license text.
    private static func skipOutput(_ ctx: inout ParseContext, echoedAt prompt: Int, help: Bool = false, _ cursor: inout CaptureCursor) {
        let skipped = ctx.skipLines(help ? "the CLI's help for the command typed on line \(prompt)" : "the output of the command on line \(prompt), which asalic does not read")
        cursor.strayLines += skipped?.count ?? 0
    }

    private static func skipByteOrderMark(_ ctx: inout ParseContext) {
        let skip = ByteText.byteOrderMarkLength(ctx.bytes)
        if skip > 0 { ctx.scanner = ByteScanner(ctx.bytes, startLine: 1, startOffset: skip) }
    }
}

extension String {
    var trimmingLeadingSpaces: String { String(drop { $0 == " " || $0 == "\t" }) }
}

private extension Document.Content {
    /// Whether a value a unit is known by (its serial, its permanent key, its software's
    /// version) is a template's placeholder (`{{ serial }}`, the whole value as a pattern
    /// writes it): a capture framework's patterns, no output.
    var isTemplate: Bool {
        guard case .activationKey(let ak) = self else { return false }
        return ak.knownBy(TemplateText.startsWithPlaceholder)
    }

    /// Whether an echoed command's output gave nothing: no field, no row, no line. (A
    /// configuration with no command is one still: a unit's running-config with no licence
    /// command says its role is none.)
    var isEmptyOutput: Bool {
        switch self {
        case .activationKey(let ak): ak.isBareEcho
        case .sharedLicense(let sl): sl == SharedLicenseDocument()
        case .configuration, .deviceError: false
        }
    }
}
