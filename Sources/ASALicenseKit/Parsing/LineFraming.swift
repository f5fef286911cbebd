/// What a line holds besides its text, taken off before it is read: the pager's remnant, a
/// terminal log's time stamp, the envelope of the medium it came through (`LineEnvelope`), the
/// comment mark of a backup tool, the fences, rules, brackets and the markup of a web page or
/// a ticket around a pasted output, the header of an Ansible result. Told by the line's first
/// byte and its last.
extension ParseContext {
    /// Narrows `line` (lexed) to its text, or makes it blank when it is only framing.
    @inline(__always) mutating func takeOffFraming(_ line: inout Line, firstRead: Bool) {
        if readsLiteral { takeOffLiteralOpening(&line) }
        takeOffLineFraming(&line, firstRead: firstRead)
        if readsLiteral || !uncommentedLines.isEmpty { endOutputAt(&line, firstRead: firstRead) }
    }

    /// The framing of the line's own medium, step by step.
    @inline(__always) private mutating func takeOffLineFraming(_ line: inout Line, firstRead: Bool) {
        // Most lines have none. Each step that goes on narrows the line, until what is left is
        // read as it stands, as it will be when written back and read again (`> "…"`, a pager's
        // remnant before `]`).
        firstByte: while lexer.count > 0 {
            // What ends a line may frame it too: a web page's markup, the header of an Ansible
            // result (also inside a mail's quote: looked at again once that is taken off). Its
            // last text's, before the blanks a paste pads lines with (a no-break space too).
            var last = bytes[line.end - 1]
            if last <= 0x20 || last >= 0x80 { last = lexer.lastByte }
            if Self.mayEndFraming(last) {
                takeOffEndFraming(&line)
                if lexer.count == 0 { break }
                last = lexer.lastByte
            }
            if ContinuationMark.mayEnd(last), let text = ContinuationMark.textEndBefore(bytes, line.start, lexer.token(lexer.count - 1).end) {
                // A book's mark at the end of a line it broke (`… 0x2a3b4c5d ↵`, also inside a
                // page's markup): the text before it, looked at again (a mark before it is taken
                // off too, as it would be when the text is written back and read again).
                line.end = text
                lexer.lex(line)
                continue firstByte
            }
            switch lexer.bytes[lexer.token(0).start] {
            case UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"):
                if LineEnvelope.strip(bytes, &line) {
                    lexer.lex(line)
                    continue firstByte
                }
                if StringLiteral.closesTripleQuotes(lexer) {
                    // A Python program's string that held the output ends (a parser's test:
                    // `golden_output = {'execute.return_value': '''` … `'''}`): code follows.
                    closedMarkupLines.insert(line.number)
                    makeBlank(&line)
                }
            case UInt8(ascii: "-") where lexer.token(0).length == 1:
                // A YAML list's item (`- '…'`); a first word of dashes is a rule (below).
                if LineEnvelope.strip(bytes, &line) {
                    lexer.lex(line)
                    continue firstByte
                }
            case UInt8(ascii: "!"):
                if uncomment(&line, mark: UInt8(ascii: "!")) { continue firstByte }
            case UInt8(ascii: "#"):
                if lexer.token(0).length == 1 {
                    if uncomment(&line, mark: UInt8(ascii: "#")) { continue firstByte }
                } else if let closes = PageMarkup.blockDelimiter(bytes, line.start, line.end) {
                    // Org mode's `#+BEGIN_SRC` … `#+END_SRC` around an output, as a fence.
                    if closes { closedMarkupLines.insert(line.number) }
                    makeBlank(&line)
                }
            case UInt8(ascii: "<"), UInt8(ascii: "&"):
                let before = line.start
                stripPager(&line, report: firstRead)
                if lexer.count == 0 { barePagerLines.insert(line.number) }
                // What follows the remnant is read as a line of its own (a fence, brackets, an envelope).
                if line.start != before { continue firstByte }
                if takeOffOpeningMarkup(&line) { continue firstByte }
                // A mail's quote as a page's source escapes it (`&gt; Serial Number: …`).
                if LineEnvelope.strip(bytes, &line) {
                    lexer.lex(line)
                    continue firstByte
                }
            case QuotedPrintableInput.vacantLine where lexer.count == 1 && lexer.token(0).length == 1:
                // The place of a line a decoded soft break joined to the one before, or DOS's
                // end-of-file mark: no line at all (`next`), inside comments that hold an output too.
                readNoLine = true
                standsForLineBefore(line.number)
            case DiffInput.removedLine, DiffInput.cutLine:
                // A line a diff removes, or one a side-by-side diff cut at its column: no line of the text it makes.
                readRemovedLine(line, firstRead: firstRead)
            case DiffInput.textEnds:
                // The first line after a diff's hunk that is not the diff's text (the next file's
                // header): the output the hunks held ends before it.
                closedMarkupLines.insert(line.number)
                endLiteral(before: line.number)
                makeBlank(&line)
            case UInt8(ascii: "%"):
                // A message the device logged amid the output (`%ASA-5-111008: …`, also under a
                // mail's quote or a terminal log's stamp): no line at all (`next`). A device's
                // error (`% Invalid input …`) is text.
                if SyslogMessage.isMessage(lexer) {
                    readLoggedMessage()
                } else if UniconLog.isLogLine(lexer) {
                    // pyATS's log between two commands (`%UNICON-INFO: +++ … +++`): framing.
                    makeBlank(&line)
                }
            case UInt8(ascii: "`"), UInt8(ascii: "~"):
                // A Markdown code fence around pasted output (```, ```text, ~~~) frames the
                // text and is none of it: read as a blank line.
                if Self.isFence(lexer) {
                    if let text = Self.textAfterFence(lexer) {
                        // A chat's fence with the output's first line glued to it (Slack's
                        // ```` ```fw1# show version ````): that line.
                        line.start = text
                        lexer.lex(line)
                        continue firstByte
                    }
                    // (The fence after an output closes it: the text after it is the post's.)
                    closedMarkupLines.insert(line.number)
                    makeBlank(&line)
                } else if let inner = Self.inlineCode(lexer) {
                    // A line set as Markdown's inline code (`` `fw1# show version` ``): its text.
                    line.start = inner.lowerBound
                    line.end = inner.upperBound
                    lexer.lex(line)
                    continue firstByte
                }
            case UInt8(ascii: "-"), UInt8(ascii: "="), UInt8(ascii: "*"), UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "+"), UInt8(ascii: "v"):
                // (`---- snip ----` is a rule that says lines were left out: read, and said.)
                if lexer.count == 1 && lexer.token(0).length == 2 && bytes[lexer.token(0).start] == UInt8(ascii: "-") && isGrepGroupSeparator(line) {
                    // grep's mark between two groups of the lines it prints.
                    makeBlank(&line)
                } else if (Self.isRule(lexer) && !Elision.isMarker(lexer)) || UniconLog.isLogLine(lexer) {
                    // A rule alone (AsciiDoc's `----` around a listing, a post's `-----` under an
                    // output) closes the output before it, as a fence does: the text after it is
                    // the post's.
                    if lexer.count == 1 && Self.isRule(lexer) { closedMarkupLines.insert(line.number) }
                    makeBlank(&line)
                } else if Self.isFileHeader(lexer) {
                    // `head` or `tail` over several files names each before its lines: the
                    // output before it, the last file's, ends there.
                    closedMarkupLines.insert(line.number)
                    makeBlank(&line)
                } else if let inner = Self.emphasis(lexer) {
                    // A line a post's Markdown sets in bold or italics (`**fw1# show version**`): its text.
                    line.start = inner.lowerBound
                    line.end = inner.upperBound
                    lexer.lex(line)
                    continue firstByte
                } else if takeOffGrepPrefix(&line) {
                    // A file's name that starts so (`vpn-fw1.log:…`, `_saved/fw1.log:…`).
                    continue firstByte
                }
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                // The name of the file grep found the line in (`GrepPrefix`).
                if takeOffGrepPrefix(&line) { continue firstByte }
                // The key of a YAML map around an output (`stdout_lines:`, as Ansible's YAML
                // callback prints it between the output and its lines) frames it too.
                if (lexer.count == 2 && lexer.isColon(1) && isMapKey(lexer.token(0))) || Self.isUnitBanner(lexer) {
                    makeBlank(&line)
                }
            case UInt8(ascii: "C") where lexer.isPageBreakHead:
                // A PDF's page break amid an example copied from a Cisco manual: its running
                // title, page number and heads are no lines at all (`PageBreak`).
                readPageBreakHead(line, firstRead: firstRead)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if bytes[lexer.token(0).start] == UInt8(ascii: "O"), let text = PythonPrompt.textAfterOutputPrompt(bytes.baseAddress!, lexer.token(0).start, line.end) {
                    // What a notebook's cell returned, printed after its prompt (`Out[5]: ['…',`).
                    line.start = text
                    lexer.lex(line)
                    continue firstByte
                } else if takeOffGrepPrefix(&line) {
                    continue firstByte
                } else if Self.isUnitBanner(lexer) {
                    makeBlank(&line)
                } else if lexer.token(0).length == 3 {
                    if let text = LineTimestamp.textStart(lexer) {
                        // `ts`'s stamp before each line of a terminal's log (`Dec 07 10:14:09 `).
                        line.start = text
                        lexer.lex(line)
                        continue firstByte
                    }
                    // The message after the device's own time stamp (`Dec 04 2026 02:14:13: %ASA-…`).
                    if SyslogMessage.isMessage(lexer) { readLoggedMessage() }
                }
            case UInt8(ascii: "["), UInt8(ascii: "0")...UInt8(ascii: "9"):
                // The time a terminal log stamps on every line (`LineTimestamp`).
                if let text = LineTimestamp.textStart(lexer) {
                    line.start = text
                    lexer.lex(line)
                    continue firstByte
                }
                guard lexer.bytes[lexer.token(0).start] == UInt8(ascii: "[") else {
                    // A code viewer's number before the line (`NumberedListing`), or grep's.
                    if takeOffLineNumber(&line) || takeOffGrepPrefix(&line) { continue firstByte }
                    break
                }
                if Self.isParallelSSHHeader(lexer) {
                    // parallel-ssh's header over a host's output: the output before it ends.
                    closedMarkupLines.insert(line.number)
                    makeBlank(&line)
                    break
                }
                if takeOffOpeningMarkup(&line) { continue firstByte }
                if LineEnvelope.strip(bytes, &line) {
                    lexer.lex(line)
                    continue firstByte
                }
                if onlyBrackets() {
                    makeBlank(&line)
                }
            case UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                if takeOffOpeningMarkup(&line) { continue firstByte }
                // The brackets of a JSON list of lines around them (`],`, `}`) frame them too.
                if onlyBrackets() {
                    makeBlank(&line)
                }
            case 0xE2 where onlyBoxDrawing():
                // A frame a tool draws around a listing (`bat`'s `───────┬────`, `────┼────`): a rule.
                makeBlank(&line)
            case 0xE2, 0xC2:
                // A book's mark before the rest of a line it broke (`➥0x6e7f8a9b`, `↪ key.`): the
                // rest, not indented.
                let start = lexer.token(0).start
                let mark = ContinuationMark.lengthBefore(bytes, start, line.end)
                if mark > 0 {
                    line.start = ByteText.skipSpace(bytes, start + mark, line.end)
                    lexer.lex(line)
                    continue firstByte
                }
            case UInt8(ascii: "."), UInt8(ascii: "/"):
                if case let dots = LiteralBlock.dots(lexer), dots >= 4 {
                    // AsciiDoc's `....` around an output (`LiteralBlock`).
                    readLiteralBlockDelimiter(&line, dots: dots)
                } else if takeOffGrepPrefix(&line) {
                    continue firstByte
                }
            default:
                break
            }
            break
        }
    }

    /// Where an output ends, once the line's framing is taken off: with a string literal's
    /// closing quotes (the text before them framed again, as it is when written back alone);
    /// before the first line after comments that held it (as with a page's `</pre>`:
    /// `TrailingRun`; a script's code after its comments is the script's), and before the first
    /// line of a YAML block's key's indentation or less (`StringLiteral`).
    @inline(never) private mutating func endOutputAt(_ line: inout Line, firstRead: Bool) {
        if readsLiteral && lexer.count > 0 && takeOffLiteralClosing(&line) { takeOffLineFraming(&line, firstRead: firstRead) }
        if followsUncommentedLine(line.number) && !uncommentedLines.contains(line.number) {
            // (A diff's hunk header amid them, a backup's history: lines left out of the output
            // they hold, which the comments after it go on.)
            if lexer.count > 0 && lexer.bytes[lexer.token(0).start] == UInt8(ascii: "@") && Elision.isMarker(lexer) {
                uncommentedLines.insert(line.number)
            } else {
                closedMarkupLines.insert(line.number - 1)
            }
        }
        // (Not at the place of a line a decoded soft break joined to the one before: no line.)
        guard var open = stringLiteral, let indent = open.blockIndent, lexer.count > 0, !readNoLine, line.number > open.line,
              open.closedAt == nil || open.closedAt == line.number, lexer.indent <= indent else { return }
        open.closedAt = line.number
        stringLiteral = open
        closedMarkupLines.insert(line.number - 1)
        endLiteral(before: line.number)
    }

    /// `! Licensed features for this platform:`: output that a backup tool (Oxidized, RANCID)
    /// keeps as comments of the configuration it stores, read as that output; `# Serial Number:
    /// …`: output a script, a playbook or a note keeps as its comments. A comment opens such
    /// output when it is license text (a banner, a header, a serial, a feature row; under `#` a
    /// prompt too, as a script's comments show a session), and the comments right after it
    /// continue it (a bare mark is its blank line) up to the first that is not a comment, or,
    /// under `!`, is a command. Any other comment (`! Change 1234`, a command commented out, `#
    /// Collect the licences`) stays the text's own. True when the line is read as output
    /// (narrowed to it, and lexed again).
    private mutating func uncomment(_ line: inout Line, mark: UInt8) -> Bool {
        // Most `!` lines are a configuration's bare separators, with no commented output before.
        let continues = followsUncommentedLine(line.number)
        let script = mark == UInt8(ascii: "#")
        var inner = line
        guard LineEnvelope.stripComment(bytes, &inner, mark: mark) else {
            guard continues else { return false }
            uncommentedLines.insert(line.number)
            makeBlank(&line)
            return true
        }
        // `# show version` is a prompt without a hostname echoing a command (`Prompt.isBare`), read
        // as one, inside a run of comments too; but under a commented prompt alone (`# fw1#`) it
        // is the command that prompt echoed, on a line of its own.
        if script && Prompt.isPrompt(lexer) && !(continues && commentedPromptLine == line.number - 1) {
            if continues { uncommentedLines.insert(line.number) }
            return false
        }
        lexer.lex(inner)
        let kind = LineClassifier.classify(lexer)
        if script && kind == .prompt && lexer.count == 1 { commentedPromptLine = line.number }
        let opens = LineClassifier.opensLicenceOutput(kind, lexer) || (script && kind == .prompt)
        guard opens || (continues && (script || (kind != .configuration && kind != .prompt))) else {
            lexer.lex(line)
            return false
        }
        uncommentedLines.insert(line.number)
        line = inner
        return true
    }

    /// Line `n - 1` was read as output kept in comments (`uncomment`). (Most captures have none.)
    @inline(__always) func followsUncommentedLine(_ n: Int) -> Bool {
        !uncommentedLines.isEmpty && uncommentedLines.contains(n - 1) && !followsPieceOfItsLine(n)
    }

    /// The line that ends at `lineEnd` (its line feed, or the start of the bytes) may be a
    /// comment `uncomment` reads as output, or as the blank line of one: it holds a comment
    /// mark, `!` (a backup tool's) or `#` (a script's), anywhere, for any framing may stand
    /// before it (indentation, a log's stamp, a mail's quote, a listing's number …). Comments of
    /// either mark continue the output the ones before them hold, so a bare `#` right after one
    /// may be the next (`CaptureStream` does not cut there). (A vacant line or one a diff
    /// removes, no line at all, is passed over to the one before it.)
    static func mayBeComment(_ bytes: UnsafeBufferPointer<UInt8>, lineEndingAt lineEnd: Int) -> Bool {
        var end = lineEnd, start = lineEnd
        while true {
            guard end > 0 else { return false }
            start = end
            while start > 0 && bytes[start - 1] != 0x0A { start -= 1 }
            guard end - start == 1 && (bytes[start] == QuotedPrintableInput.vacantLine || bytes[start] == DiffInput.removedLine) && start > 0 else { break }
            end = start - 1
        }
        return bytes[start..<end].contains { $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "#") }
    }

    /// The code before the text of the string literal that holds the output (`StringLiteral`),
    /// on the line that opens it.
    @inline(never) private mutating func takeOffLiteralOpening(_ line: inout Line) {
        guard let open = stringLiteral, line.number == open.line, open.text >= line.start && open.text <= line.end else { return }
        line.start = open.text
        lexer.lex(line)
    }

    /// The closing quotes of the string literal that holds the output, and the code after them:
    /// the output ends with the text before them. Whether they were taken off.
    @inline(never) private mutating func takeOffLiteralClosing(_ line: inout Line) -> Bool {
        guard var open = stringLiteral, line.number > open.line, open.closedAt == nil || open.closedAt == line.number,
              let end = StringLiteral.closingTextEnd(bytes, line.start, line.end, open) else { return false }
        // (Nor a prompt line a capture may be cut before, in chunks: read as the prompt there.)
        var prompt = lexer
        guard !CaptureStream.mayCut(before: &prompt) else { return false }
        open.closedAt = line.number
        stringLiteral = open
        closedMarkupLines.insert(line.number)
        endLiteral(before: line.number + 1)
        line.end = max(line.start, end)
        lexer.lex(line)
        return true
    }

    /// The line is only framing: read as a blank line.
    @inline(__always) private mutating func makeBlank(_ line: inout Line) {
        line.start = line.end
        lexer.lex(line)
    }

    /// A word of lowercase letters, digits and underscores: a key as tools name them, which no
    /// licence output or configuration line is alone with its colon.
    private func isMapKey(_ t: Token) -> Bool {
        (t.start..<t.end).allSatisfy { i in
            let b = bytes[i]
            return (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "_")
        }
    }

    /// Every token of the line lexed is box-drawing characters (U+2500 to U+257F: `─`, `┬`, `┼`).
    private func onlyBoxDrawing() -> Bool {
        for t in 0..<lexer.count {
            let token = lexer.token(t)
            var i = token.start
            while i < token.end {
                guard i + 3 <= token.end, bytes[i] == 0xE2, bytes[i + 1] == 0x94 || bytes[i + 1] == 0x95 else { return false }
                i += 3
            }
        }
        return true
    }

    /// Every token of the line lexed is brackets and commas (whatever the lexer takes for blanks
    /// between them).
    private func onlyBrackets() -> Bool {
        for t in 0..<lexer.count {
            let token = lexer.token(t)
            for i in token.start..<token.end {
                switch bytes[i] {
                case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ","): continue
                default: return false
                }
            }
        }
        return true
    }

    /// A page's, a ticket's or a forum's markup first on the line (`<pre>`, `<pre><code>fw1#
    /// …`, `{code}`, `[code]`): the text after it, or a blank line when alone. True when taken
    /// off (the line lexed again).
    private mutating func takeOffOpeningMarkup(_ line: inout Line) -> Bool {
        let text = PageMarkup.textStart(bytes, lexer.token(0).start, line.end)
        guard text.start != lexer.token(0).start else { return false }
        if text.closesOutput { closedMarkupLines.insert(line.number) }
        line.start = text.indentFrom
        lexer.lex(line)
        return true
    }

    /// Whether a line's last byte may end its framing: `>`, `{`, `}`, `]`, `` ` ``, and `;` (an
    /// Ansible header as a page's source escapes it, `… rc=0 &gt;&gt;`). One bit test a line.
    @inline(__always) static func mayEndFraming(_ b: UInt8) -> Bool {
        let low: UInt64 = 1 << 0x3B | 1 << 0x3E  // `;` `>`
        let high: UInt64 = 1 << (0x5D - 64) | 1 << (0x60 - 64) | 1 << (0x7B - 64) | 1 << (0x7D - 64)  // `]` `` ` `` `{` `}`
        return b < 64 ? low >> UInt64(b) & 1 != 0 : b < 128 && high >> UInt64(b - 64) & 1 != 0
    }

    /// The header Ansible prints before a host's result (`fw1 | CHANGED | rc=0 >>`, `fw1 |
    /// SUCCESS => {`) is a blank line; the markup a page's source or a ticket ends a line with
    /// (`… license.</pre>`, `<br />`, `… license.{code}`, `[/code]`, a fence: `… license.````)
    /// is taken off.
    @inline(never) private mutating func takeOffEndFraming(_ line: inout Line) {
        if AnsibleResult.isHeader(lexer) {
            makeBlank(&line)
            return
        }
        // LaTeX's `\begin{verbatim}` … `\end{verbatim}` around an output, as a fence.
        if bytes[lexer.token(0).start] == UInt8(ascii: "\\"), let closes = PageMarkup.blockDelimiter(bytes, line.start, line.end) {
            if closes { closedMarkupLines.insert(line.number) }
            makeBlank(&line)
            return
        }
        let text = PageMarkup.textEnd(bytes, line.start, line.end)
        guard text.end != line.end else { return }
        if text.closesOutput { closedMarkupLines.insert(line.number) }
        line.end = text.end
        lexer.lex(line)
    }
}
