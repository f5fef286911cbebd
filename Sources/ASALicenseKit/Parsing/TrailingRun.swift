/// The lines an output's parser kept as not understood since the last line it understood,
/// after a blank line. When nothing of the output follows them, they are not part of it —
/// unless a prompt echoed the command and the next prompt follows them, for a device's output
/// runs to its next prompt (but not past the marks a post sets it apart with: the markup that
/// ends it on a page or in a ticket, `</pre>`, a code fence, Jira's `{code}`, or a margin left
/// of the prompt's, as Markdown indents code). They are a paragraph of prose after a pasted output
/// ("Hope this helps"), a form or a note. The parser gives them back, and the capture reads them
/// as the text outside every document that they are (DOC010), not as errors inside a healthy
/// output. A line not understood right under the output's last line, with no blank (or closing
/// markup) between, stays in it (DOC001) unless its words set it apart: a heading, a writer's
/// words to a reader, a sentence or label that introduces the next output (pastes whose blank
/// lines a forum took out).
struct TrailingRun {
    private var start: ParseContext.Mark?
    /// The run is set apart from the output by the post it stands in: it starts right after the
    /// markup that closed the output (`</pre>`, a code fence, `{code}`, on the line before, or
    /// before a blank line before), or left of the margin of the prompt that echoed the command
    /// (a paragraph between outputs indented as Markdown's code).
    private var startsSetApart = false
    /// A line of the run ends with a colon: a sentence that introduces what follows it
    /// ("The following is sample output from the show activation-key detail command:"), the
    /// next prompt's command, as a post or a reference page writes between its examples (with
    /// a list of what the example shows after it, on a page copied as text).
    private var introducesNext = false
    /// The run started right under a line of the output understood, with no blank line or
    /// markup between: given back only when set apart by its words (`isSetApart`).
    private var needsEvidence = false
    /// Of the lines not blank read so far, the last was understood (`understood`, not `keeping`).
    private var lastWasUnderstood = false

    /// Before the line just read is kept. A line that would open an output when read again
    /// (a pager's remnant, a feature row) is never given back: it stays in this output like a
    /// line understood, and only lines after it can start a run.
    mutating func keeping(_ ctx: ParseContext) {
        let n = ctx.lexer.line.number
        let underUnderstoodLine = lastWasUnderstood
        lastWasUnderstood = false
        guard LineClassifier.classify(ctx.lexer) == .other && !ActivationKeyParser.isCatalogRow(ctx.lexer) else {
            start = nil
            return
        }
        let closedRightBefore = ctx.closedMarkupRightBefore(n)
        let apart = ctx.wasBlank(n - 1) || closedRightBefore
        // A run right under a line of the output, its words not yet the post's, starts again
        // after a blank line: only the lines after that are the paragraph.
        if start != nil && needsEvidence && !isSetApart && apart { start = nil }
        if start == nil {
            // Right under a line of the output understood, a run is the post's only when its
            // words say so (`needsEvidence`): a heading, a writer's words to a reader ("Thanks
            // in advance!"), a sentence or a label that introduces the next output ("And the
            // standby unit:"). Canonical CLI writes the lines kept together right under the
            // command, where none is under a line understood, so none starts a run there that
            // it did not start where it was read.
            guard apart || underUnderstoodLine else { return }
            start = ctx.markBeforeLastLine()
            needsEvidence = !apart
            introducesNext = false
            startsSetApart = closedRightBefore || (ctx.closedMarkupLines.contains(n - 2) && ctx.wasBlank(n - 1))
                || ctx.lexer.indent < ctx.echoIndent
        }
        let lx = ctx.lexer
        // A heading in the run (Markdown's `### Example 5`, a book's caption `Example 4-8 …`)
        // sets it apart as a whole, as do words in a script no ASA prints (a post's Chinese,
        // Japanese, Russian …), a writer's words to a reader ("As you can see, …", "Hope this
        // helps!"), a question ("Any idea?") and a statement at Python's prompt
        // (`>>> conn.disconnect()`), which no device prints.
        if PageMarkup.isHeading(lx) || PageMarkup.isCaption(lx) || ByteText.holdsOtherScript(lx.bytes, lx.line.start, lx.line.end) || Self.addressesReader(lx)
            || Self.asksAQuestion(lx)
            || PythonPrompt.isStatement(lx) || Self.holdsTwelveHourTime(lx) {
            startsSetApart = true
        }
        if lx.lastByte == UInt8(ascii: ":") { introducesNext = true }
    }

    /// A line a show version passes over after its end (`readPastEnd`): no line of that output,
    /// so the run it opens is set apart, also before the next prompt.
    mutating func passingOverPastEnd(_ ctx: ParseContext) {
        guard start == nil, LineClassifier.classify(ctx.lexer) == .other else { return }
        start = ctx.markBeforeLastLine()
        startsSetApart = true
    }

    /// A line of the output was understood after the run: the run is inside the output.
    @inline(__always) mutating func understood() {
        start = nil
        lastWasUnderstood = true
    }

    /// Whether the line has a word a writer speaks to a reader with (`you`, `we`, `I`, `my`,
    /// `let's`, `hope`, `thanks`, `here`, `above`, `below` …): a post's sentence, not a line a
    /// device prints.
    static func addressesReader(_ lx: LineLexer) -> Bool {
        let bytes = lx.bytes
        for t in 0..<lx.count {
            let token = lx.token(t)
            // (Without the punctuation a sentence puts after a word.)
            var end = token.end
            while end > token.start && isSentencePunctuation(bytes[end - 1]) { end -= 1 }
            guard end - token.start <= 6 else { continue }
            if ByteText.equals(bytes, token.start, end, "I") || ByteText.equals(bytes, token.start, end, "I'm") || ByteText.equals(bytes, token.start, end, "I've") {
                return true
            }
            // (And a few of other languages' posts: French, German, Spanish, Portuguese.)
            for word: StaticString in ["you", "your", "we", "our", "us", "my", "me", "let's", "hope", "thanks", "thank", "here", "above", "below",
                                       "vous", "nous", "voici", "voilà", "wir", "ich", "hier", "aquí", "aqui", "você", "nós", "vamos"]
            where end - token.start == word.utf8CodeUnitCount && ByteText.hasPrefixIgnoringCase(bytes, token.start, end, word) {
                return true
            }
        }
        return false
    }

    /// Whether the line is a writer's question: words, a letter first, the last ending with its
    /// question mark (`Any idea?`, `What am I missing?`). A device asks before its choices
    /// (`Proceed with reload? [confirm]`), and the CLI's help asked for stands alone (`license-server ?`).
    static func asksAQuestion(_ lx: LineLexer) -> Bool {
        guard lx.count >= 2, lx.lastByte == UInt8(ascii: "?"), ByteText.isLetter(lx.bytes[lx.token(0).start]) else { return false }
        let last = lx.token(lx.count - 1)
        return last.length >= 2 && ByteText.isLetter(lx.bytes[last.end - 2])
    }

    /// Whether the line holds a time of the twelve-hour clock (`10:44 AM`, `3:05pm`), as a
    /// chat stamps each message under its writer's name (Slack's `Jane Doe  10:44 AM`, Discord's
    /// `Jane Doe — Today at 3:05 PM`): a device prints its times on the 24-hour clock.
    static func holdsTwelveHourTime(_ lx: LineLexer) -> Bool {
        let bytes = lx.bytes
        let end = lx.line.end
        var i = lx.line.start
        while let colon = ByteText.firstIndex(of: UInt8(ascii: ":"), in: bytes, i, end) {
            i = colon + 1
            guard colon > lx.line.start, ByteText.isDigit(bytes[colon - 1]), colon + 2 < end,
                  ByteText.isDigit(bytes[colon + 1]), ByteText.isDigit(bytes[colon + 2]) else { continue }
            // (One or two digits of the hour, none more: not a clock's `10:22:05`.)
            let hour = colon - 1 > lx.line.start && ByteText.isDigit(bytes[colon - 2]) ? colon - 2 : colon - 1
            guard hour == lx.line.start || !ByteText.isDigit(bytes[hour - 1]) else { continue }
            var j = colon + 3
            while j < end && bytes[j] == 0x20 { j += 1 }
            guard j + 1 < end, ByteText.lowercased(bytes[j]) == UInt8(ascii: "a") || ByteText.lowercased(bytes[j]) == UInt8(ascii: "p"),
                  ByteText.lowercased(bytes[j + 1]) == UInt8(ascii: "m"), j + 2 == end || !ByteText.isLetter(bytes[j + 2]) else { continue }
            return true
        }
        return false
    }

    private static func isSentencePunctuation(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ",") || b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") || b == UInt8(ascii: ";")
    }

    /// The run is set apart by the post: it is the post's text, also before the next prompt.
    var isSetApart: Bool { start != nil && (startsSetApart || introducesNext) }

    /// The output ends here, without the run: reading goes back to where it started, and what
    /// was recorded of its lines is taken back (nothing when no run is open).
    func giveBack(_ ctx: inout ParseContext) {
        if let start, !needsEvidence || isSetApart { ctx.rewind(to: start) }
    }
}
