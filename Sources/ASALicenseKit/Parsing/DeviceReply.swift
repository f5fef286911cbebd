/// What a device answers instead of an output (`^` under the command, `% Invalid input …`,
/// `ERROR: …`, `% Shared license is not configured`): a reply to the command echoed right
/// above it (`CaptureCursor.promptAnsweredLast` outside an output), never a line of text
/// elsewhere that starts so (a program's `"%s" % x`, a build log's `ERROR: …`, a traceback's `^`).
extension CaptureParser {
    /// The most lines not understood between a command's line and its reply (the rest of a
    /// command a terminal's width cut, a pager's remnant): a `%` or `ERROR:` line further down
    /// answers no command, and the lines in between are not read as the reply's. Under a
    /// prompt with no command (canonical CLI's `#` above a reply it writes alone) none.
    static let maxLinesBeforeReply = 2

    /// A device error reply (`^` marker, `% …`, `ERROR: …`) at the next non-blank line, consumed.
    /// Unknown lines before it (`maxLinesBeforeReply`) belong to the reply (kept as its unparsed
    /// lines); when no reply follows them, they are left unread. Each line is kept as written
    /// from the indentation of the prompt it answers (`indent`): the `^` under the command
    /// points at the same column however the whole paste is indented.
    static func readDeviceError(_ ctx: inout ParseContext, under indent: Int, afterCommand: Bool) -> DeviceErrorReply? {
        let maxLinesBefore = afterCommand ? maxLinesBeforeReply : 0
        var lines: [String] = []
        var before: [Line] = []
        var endsAtPrompt = true  // the lines read end at a prompt or the capture's end
        while let line = ctx.next() {
            let kind = LineClassifier.classify(ctx.lexer)
            // (Blank lines between the reply's lines too: a page may put one after each.)
            if kind == .blank { continue }
            if lines.isEmpty && kind == .other && before.count < maxLinesBefore {
                before.append(line)
                continue
            }
            // (Past `maxLinesBefore` lines not understood, a line not understood ends it too.)
            guard kind == .deviceError else {
                endsAtPrompt = kind == .prompt
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
            let text = ctx.lexer.text(fromMargin: indent)
            lines.append(text)
            if Self.saysNotInUse(ctx.lexer) {
                // A state, not a failure: a unit that shares no licenses answers so.
                ctx.report(.note, .DOC010, "the device answered that there is nothing to show: \(SecretRedaction.redact(text.trimmingLeadingSpaces))", at: ctx.lexer.lineSpan)
            } else if ctx.lexer.count > 1 || !ctx.lexer.isWord(0, "^") {
                ctx.report(.error, .DOC001, "the device answered with an error instead of output: \(SecretRedaction.redact(text.trimmingLeadingSpaces))", at: ctx.lexer.lineSpan)
            }
        }
        // A sentence alone up to the next prompt, with no `%` or `ERROR:` before it, that says
        // what the unit does not use (`Shared license is not configured.`): the same answer.
        if lines.isEmpty, before.count == 1, endsAtPrompt {
            var lx = ctx.lexer
            lx.lex(before[0])
            if lx.count >= 3, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(lx.bytes[lx.token(0).start]), saysNotInUse(lx) {
                let text = lx.text(fromMargin: indent)
                ctx.report(.note, .DOC010, "the device answered that there is nothing to show: \(SecretRedaction.redact(text.trimmingLeadingSpaces))", at: lx.lineSpan)
                return DeviceErrorReply(lines: [text])
            }
        }
        if lines.isEmpty, let first = before.first { ctx.unread(first) }
        return lines.isEmpty ? nil : DeviceErrorReply(lines: lines)
    }

    /// A reply that says what the unit does not use (`% Shared license is not configured`,
    /// `… is not enabled`, `… not supported on this platform`, with its mark or alone): no
    /// output, and no error.
    static func saysNotInUse(_ lx: LineLexer) -> Bool {
        // (Only device error lines get here: a string a word is no cost.)
        for i in 0..<max(0, lx.count - 1) where lx.isWord(i, "not") {
            var state = lx.text(i + 1)
            if state.hasSuffix(".") { state.removeLast() }
            if ["configured", "enabled", "licensed", "running", "supported"].contains(state) { return true }
        }
        return false
    }
}
