/// Reads a capture — one command output, a session log of several, or a configuration — and
/// hands over one document at a time, with the diagnostics found while reading it. Memory holds
/// the document being read, never the list of all of them.
public enum CaptureParser {
    /// Parses a whole capture, calling `body` for each document in order.
    public static func forEachDocument(
        in bytes: UnsafeBufferPointer<UInt8>,
        limits: ParseLimits = .default,
        _ body: (Document, [Diagnostic]) -> Void
    ) {
        var cursor = CaptureCursor()
        forEachDocument(in: bytes, limits: limits, cursor: &cursor, atEnd: true, body)
    }

    /// Parses one chunk of a capture that `cursor` has followed so far; `atEnd` when no more
    /// follows. A chunk ends at the end of a line. Each document is handed over when the next is
    /// read (or at the end), so that the diagnostics found after it, before the next document,
    /// go with the next, as they do when the capture is read whole.
    public static func forEachDocument(
        in bytes: UnsafeBufferPointer<UInt8>,
        limits: ParseLimits = .default,
        cursor: inout CaptureCursor,
        atEnd: Bool,
        _ body: (Document, [Diagnostic]) -> Void
    ) {
        var ctx = ParseContext(bytes, limits: limits, startLine: cursor.line, baseOffset: cursor.offset)
        ctx.resumeCounting(reported: cursor.reported, dropped: cursor.dropped, pending: cursor.pendingDiagnostics)
        if cursor.endsAfterPager { ctx.barePagerLines.insert(cursor.line - 1) }
        func deliver(_ doc: Document, _ ctx: inout ParseContext) {
            var doc = doc
            doc.unparsed += ctx.takeUnparsed()
            cursor.delivered += 1
            if let (d, g) = cursor.held { body(d, g) }
            cursor.held = (doc, ctx.takeDiagnostics())
        }
        /// Delivers the lines not understood so far, if any, as a document of their own.
        func flushUnparsed(before line: Int) {
            guard let first = ctx.unparsed.first else { return }
            deliver(Document(content: .activationKey(ActivationKeyDocument()), sourceLines: first.line...(line - 1)), &ctx)
        }
        if cursor.line == 1 { skipByteOrderMark(&ctx) }
        while let line = ctx.next() {
            let start = line.number
            switch LineClassifier.classify(ctx.lexer) {
            case .blank:
                continue
            case .prompt:
                // Lines not understood before a prompt stand alone: a command's document holds only
                // what follows its prompt.
                flushUnparsed(before: start)
                let prompt = Prompt.isSeparator(ctx.lexer) ? nil : ctx.lexer.text(0)
                let echoed = EchoedCommand.classify(ctx.lexer)
                // A config-mode line is a command of the configuration, not an echoed command.
                let command = echoed != .configLine && ctx.lexer.count > 1 ? ctx.lexer.joined(1, ctx.lexer.count) : nil
                if echoed == .configLine { ctx.unread(line) }
                if let reply = readDeviceError(&ctx) {
                    deliver(Document(prompt: prompt, command: command, content: .deviceError(reply), sourceLines: start...ctx.scanner.lineNumber), &ctx)
                    continue
                }
                // A bare prompt echoes nothing: the lines after it are read as if they stood alone.
                if command == nil && echoed != .configLine { continue }
                guard let content = readContent(&ctx, for: echoed, echoedBy: prompt.flatMap(Prompt.hostname)) else {
                    skipOutput(&ctx)
                    continue
                }
                deliver(Document(prompt: prompt, command: command, content: content, sourceLines: start...max(start, ctx.scanner.lineNumber)), &ctx)
            case .activationKey, .pager:
                ctx.unread(line)
                deliver(document(.showActivationKey, &ctx, start), &ctx)
            case .showVersion:
                ctx.unread(line)
                deliver(document(.showVersion, &ctx, start), &ctx)
            case .sharedLicense:
                ctx.unread(line)
                deliver(document(.showSharedLicense, &ctx, start), &ctx)
            case .configuration:
                // A configuration skips lines it does not know: lines before it stand alone.
                flushUnparsed(before: start)
                ctx.unread(line)
                deliver(document(.showRunningConfig, &ctx, start), &ctx)
            case .deviceError:
                ctx.unread(line)
                if let reply = readDeviceError(&ctx) {
                    deliver(Document(content: .deviceError(reply), sourceLines: start...ctx.scanner.lineNumber), &ctx)
                }
            case .other:
                ctx.keepUnparsed("line not understood: no license output starts here")
            }
        }
        // Lines not understood at the end of a chunk stand alone: the next chunk starts at a prompt.
        if (cursor.delivered == 0 && atEnd) || !ctx.unparsed.isEmpty {
            if cursor.delivered == 0 && ctx.unparsed.isEmpty {
                ctx.report(.warning, "DOC002", "the capture is empty: no license output", at: SourceSpan(line: 1, column: 1, offset: 0))
            }
            let lines = ctx.unparsed.isEmpty ? nil : (ctx.unparsed[0].line...ctx.lastLine)
            deliver(Document(content: .activationKey(ActivationKeyDocument()), sourceLines: lines), &ctx)
        }
        cursor.endsAfterPager = ctx.barePagerLines.contains(ctx.scanner.lineNumber)
        cursor.line = ctx.scanner.lineNumber + 1
        cursor.offset += bytes.count
        (cursor.reported, cursor.dropped) = (ctx.reportedCount, ctx.droppedCount)
        cursor.pendingDiagnostics = ctx.takeDiagnostics()
        guard atEnd, var (d, g) = cursor.held else { return }
        // The end: what was found after the last document goes with it.
        g += cursor.pendingDiagnostics
        if cursor.dropped > 0 {
            g.append(Diagnostic(.note, "DOC001", "\(cursor.dropped) more diagnostics not shown (limit \(limits.maxDiagnostics))", at: SourceSpan(line: ctx.lastLine, column: 1, offset: 0)))
        }
        cursor.held = nil
        cursor.pendingDiagnostics = []
        body(d, g)
    }

    /// Parses everything at once: for tests and small inputs.
    public static func parse(_ bytes: [UInt8], limits: ParseLimits = .default) -> (documents: [Document], diagnostics: [Diagnostic]) {
        var documents: [Document] = []
        var diagnostics: [Diagnostic] = []
        bytes.withUnsafeBufferPointer { buffer in
            forEachDocument(in: buffer, limits: limits) { doc, diags in
                documents.append(doc)
                diagnostics += diags
            }
        }
        return (documents, diagnostics)
    }

    public static func parse(_ text: String) -> (documents: [Document], diagnostics: [Diagnostic]) {
        parse(Array(text.utf8))
    }

    // MARK: dispatch

    private static func document(_ command: EchoedCommand, _ ctx: inout ParseContext, _ start: Int) -> Document {
        let content = readContent(&ctx, for: command) ?? .activationKey(ActivationKeyDocument())
        return Document(content: content, sourceLines: start...max(start, ctx.scanner.lineNumber))
    }

    /// `host`: the host whose prompt echoed the command; nil when no prompt did.
    private static func readContent(_ ctx: inout ParseContext, for command: EchoedCommand, echoedBy host: String? = nil) -> Document.Content? {
        switch command {
        case .showActivationKey:
            var p = ActivationKeyParser(showVersion: false, layoutKnown: host != nil)
            return .activationKey(p.parse(&ctx))
        case .showVersion:
            var p = ActivationKeyParser(showVersion: true)
            return .activationKey(p.parse(&ctx))
        case .showSharedLicense:
            var p = SharedLicenseParser()
            return .sharedLicense(p.parse(&ctx))
        case .showRunningConfig, .configure, .configLine:
            var p = ConfigParser(host: host)
            return .configuration(p.parse(&ctx))
        case .other:
            return nil
        }
    }

    /// The output of a command asalic does not read: skipped up to the next prompt or license text.
    private static func skipOutput(_ ctx: inout ParseContext) {
        while let line = ctx.next() {
            let kind = LineClassifier.classify(ctx.lexer)
            if kind != .blank && kind != .other {
                ctx.unread(line)
                return
            }
        }
    }

    /// A device error reply (`^` marker, `% …`, `ERROR: …`) at the next non-blank line, consumed.
    /// Unknown lines before it belong to the reply (kept as its unparsed lines); when no reply
    /// follows them, they are left unread.
    private static func readDeviceError(_ ctx: inout ParseContext) -> DeviceErrorReply? {
        var lines: [String] = []
        var before: [Line] = []
        while let line = ctx.next() {
            let kind = LineClassifier.classify(ctx.lexer)
            if lines.isEmpty && kind == .blank { continue }
            if lines.isEmpty && kind == .other {
                before.append(line)
                continue
            }
            guard kind == .deviceError else {
                ctx.unread(line)
                break
            }
            if lines.isEmpty && !before.isEmpty {
                // Keep the lines before the reply, then read the reply line again.
                ctx.unread(line)
                for b in before {
                    ctx.lexer.lex(b)
                    ctx.keepUnparsed("line not understood before the device's error reply")
                }
                before.removeAll()
                _ = ctx.next()
            }
            let text = ctx.lexer.verbatim
            lines.append(text)
            if ctx.lexer.count > 1 || !ctx.lexer.isWord(0, "^") {
                ctx.report(.error, "DOC001", "the device answered with an error instead of output: \(SecretRedaction.redact(text.trimmingLeadingSpaces))", at: ctx.lexer.lineSpan)
            }
        }
        if lines.isEmpty, let first = before.first { ctx.unread(first) }
        return lines.isEmpty ? nil : DeviceErrorReply(lines: lines)
    }

    private static func skipByteOrderMark(_ ctx: inout ParseContext) {
        let b = ctx.bytes
        if b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
            ctx.scanner = ByteScanner(b, startLine: 1, startOffset: 3)
        }
    }
}

extension String {
    var trimmingLeadingSpaces: String { String(drop { $0 == " " || $0 == "\t" }) }
}
