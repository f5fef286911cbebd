/// Lines that are framing by their shape alone, whatever stands around them: a rule drawn
/// around an output, a unit's banner, a Markdown fence, a line in inline code or emphasis, the
/// header `head` prints over each file, parallel-ssh's over each host's output.
/// `takeOffLineFraming` (LineFraming) asks them.
extension ParseContext {
    /// A rule drawn around an output by whatever printed it: a first word that starts with four
    /// or more of one mark (`-----[ fw1 ]-----`, `=====`, `^^^^ END netmiko_send_command ^^^^`,
    /// Nornir's `vvvv netmiko_send_command … vvvv INFO`), or a lone `*` with a run of them last
    /// (`* fw1 ** changed : False ****`). No line of a device's licence output starts so.
    static func isRule(_ lexer: LineLexer) -> Bool {
        let bytes = lexer.bytes
        let first = lexer.token(0)
        let mark = bytes[first.start]
        if first.length >= 4 && bytes[first.start + 1] == mark && bytes[first.start + 2] == mark && bytes[first.start + 3] == mark { return true }
        guard first.length == 1, mark == UInt8(ascii: "*"), lexer.count > 1 else { return false }
        let last = lexer.token(lexer.count - 1)
        return last.length >= 4 && (last.start..<last.end).allSatisfy { bytes[$0] == mark }
    }

    /// The banner `cluster exec` prints above each unit's output: the unit's name, `(LOCAL)`
    /// on the unit it runs on, a colon and a run of stars (`unit-1-1(LOCAL):*******`, `B:****`).
    static func isUnitBanner(_ lexer: LineLexer) -> Bool {
        guard lexer.count == 1 else { return false }
        let bytes = lexer.bytes
        let t = lexer.token(0)
        var i = t.end
        while i > t.start && bytes[i - 1] == UInt8(ascii: "*") { i -= 1 }
        return t.end - i >= 4 && i - t.start >= 2 && bytes[i - 1] == UInt8(ascii: ":")
    }

    /// The header parallel-ssh (`pssh -i`) prints over each host's output: its number, the
    /// time, `[SUCCESS]` or `[FAILURE]` and the host (`[1] 02:14:09 [SUCCESS] fw-edge-2`,
    /// `[3] 02:14:12 [FAILURE] fw-edge-4 Exited with error code 255`).
    static func isParallelSSHHeader(_ lexer: LineLexer) -> Bool {
        let bytes = lexer.bytes, end = lexer.line.end
        var i = lexer.token(0).start + 1
        func skip(_ text: StaticString) -> Bool {
            guard ByteText.hasPrefix(bytes, i, end, text) else { return false }
            i += text.utf8CodeUnitCount
            return true
        }
        let numberStart = i
        while i < end && ByteText.isDigit(bytes[i]) { i += 1 }
        guard i > numberStart, skip("] "), let time = LineTimestamp.clockTimeEnd(bytes, i, end) else { return false }
        i = time
        guard skip(" [SUCCESS] ") || skip(" [FAILURE] ") else { return false }
        return i < end && !ByteText.isSpace(bytes[i])
    }

    /// The text of a line that is one span of Markdown's inline code, one or two backticks
    /// around it and none inside; nil for any other line.
    static func inlineCode(_ lexer: LineLexer) -> Range<Int>? {
        guard lexer.bytes[lexer.token(0).start] == UInt8(ascii: "`") else { return nil }
        return markedSpan(lexer, runs: 1...2, touching: false)
    }

    /// The text of a line that is one span of Markdown's emphasis: one to three `*` (or `_`)
    /// around it, touching its first and last words, and none of that mark inside; nil for any
    /// other line.
    static func emphasis(_ lexer: LineLexer) -> Range<Int>? {
        let mark = lexer.bytes[lexer.token(0).start]
        guard mark == UInt8(ascii: "*") || mark == UInt8(ascii: "_") else { return nil }
        return markedSpan(lexer, runs: 1...3, touching: true)
    }

    /// The text between a run of the line's first byte at its start and as many at its end,
    /// with none of that byte inside (and, `touching`, no blank right inside the marks).
    fileprivate static func markedSpan(_ lexer: LineLexer, runs: ClosedRange<Int>, touching: Bool) -> Range<Int>? {
        let bytes = lexer.bytes
        let start = lexer.token(0).start, end = ByteText.trimEnd(bytes, start, lexer.line.end)
        let mark = bytes[start]
        var n = 0
        while n <= runs.upperBound && start + n < end && bytes[start + n] == mark { n += 1 }
        guard runs.contains(n), end - start > 2 * n else { return nil }
        for i in (end - n)..<end where bytes[i] != mark { return nil }
        if touching && (ByteText.isSpace(bytes[start + n]) || ByteText.isSpace(bytes[end - n - 1])) { return nil }
        for i in (start + n)..<(end - n) where bytes[i] == mark { return nil }
        return (start + n)..<(end - n)
    }

    /// A Markdown code fence: ```, ```text, ~~~.
    static func isFence(_ lexer: LineLexer) -> Bool {
        let start = lexer.token(0).start
        return ByteText.hasPrefix(lexer.bytes, start, lexer.line.end, "```") || ByteText.hasPrefix(lexer.bytes, start, lexer.line.end, "~~~")
    }

    /// Where the text after a fence's marks starts when it is a licence output's line (a
    /// prompt, a serial, a key, a header), not a fence's language (```` ```text ````): nil
    /// otherwise.
    static func textAfterFence(_ lexer: LineLexer) -> Int? {
        let bytes = lexer.bytes
        let mark = bytes[lexer.token(0).start]
        var i = lexer.token(0).start
        while i < lexer.line.end && bytes[i] == mark { i += 1 }
        guard ByteText.skipSpace(bytes, i, lexer.line.end) < lexer.line.end else { return nil }
        var rest = LineLexer(bytes)
        rest.lex(Line(number: lexer.line.number, start: i, end: lexer.line.end))
        switch LineClassifier.classify(rest) {
        case .prompt: return rest.count > 1 ? i : nil
        case .activationKey, .showVersion, .licenseState, .sharedLicense: return i
        default: return nil
        }
    }

    /// The header `head` and `tail` print before each file's lines when given several:
    /// `==> fw1/show-version.txt <==`.
    static func isFileHeader(_ lexer: LineLexer) -> Bool {
        lexer.count >= 3 && ByteText.equals(lexer.bytes, lexer.token(0).start, lexer.token(0).end, "==>")
            && ByteText.equals(lexer.bytes, lexer.token(lexer.count - 1).start, lexer.token(lexer.count - 1).end, "<==")
    }

    /// A line (lexed, not empty) that is only framing wherever it stands, a rule or a fence,
    /// however much it looks like a prompt (`vvvv#`): a stream cuts no chunk before it.
    static func isFramingOnly(_ lexer: LineLexer) -> Bool {
        switch lexer.bytes[lexer.token(0).start] {
        case UInt8(ascii: "`"), UInt8(ascii: "~"): isFence(lexer)
        case UInt8(ascii: "-"), UInt8(ascii: "="), UInt8(ascii: "*"), UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "+"), UInt8(ascii: "v"): isRule(lexer)
        default: false
        }
    }
}
