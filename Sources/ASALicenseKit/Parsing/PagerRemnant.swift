/// What the device's pager leaves in a capture: its prompt, `<--- More --->`, before the text
/// that came after the key press (erased by blanks or backspaces as a terminal log keeps them).
extension ParseContext {
    /// `<--- More --->` left by the pager: reported once per line (DOC003), and the rest of the
    /// line read as if it stood alone.
    mutating func stripPager(_ line: inout Line, report shouldReport: Bool) {
        let start = lexer.token(0).start
        let rest = Self.pagerPromptsEnd(bytes, start, line.end)
        guard rest > start else { return }
        if shouldReport { report(.warning, .DOC003, "output cut by the pager ('<--- More --->'); the text after it is read", at: SourceSpan(line: line.number, column: start - line.start + 1, offset: baseOffset + start)) }
        line.start = rest
        lexer.lex(line)
    }

    /// Where the text after the pager's prompts at `i` starts; `i` when none stands there. The
    /// pager erases its prompt with blanks, or backspaces, blanks and backspaces as a terminal
    /// log keeps them: they are not indentation. Prompts repeated on one line all go, so that
    /// the text kept never starts with one.
    static func pagerPromptsEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        var rest = i
        while case let n = pagerPromptLength(bytes, rest, end), n > 0 {
            rest += n
            while rest < end && (ByteText.isSpace(bytes[rest]) || bytes[rest] == 0x08) { rest += 1 }
        }
        return rest
    }

    /// The length of the pager's prompt at `i`: `<--- More --->`, or `&lt;--- More ---&gt;` as a
    /// web page's source escapes it, its spaces maybe no-break spaces as a page's copy has them;
    /// 0 for none.
    static func pagerPromptLength(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        var j = i
        func take(_ text: StaticString) -> Bool {
            guard ByteText.hasPrefix(bytes, j, end, text) else { return false }
            j += text.utf8CodeUnitCount
            return true
        }
        // One space: a space, a no-break space in UTF-8 or Windows-1252, or `&nbsp;`.
        func space() -> Bool {
            guard j < end, let p = bytes.baseAddress else { return false }
            let n = p[j] == 0x20 ? 1 : LineLexer.noBreakSpaceLength(p, j, end)
            j += n
            return n > 0
        }
        // Its dashes: `---`, or the en and em dashes a blog's typography makes of them
        // (WordPress: `<— More —>`; a word processor: `<–- More –->`).
        func dashes() -> Bool {
            let start = j
            while j < end, case let n = ByteText.dashLength(bytes, j, end), n > 0 { j += n }
            return j > start
        }
        guard i < end else { return 0 }
        let escaped = bytes[i] == UInt8(ascii: "&")
        guard take(escaped ? "&lt;" : "<"), dashes(), space(), take("More"), space(), dashes(), take(escaped ? "&gt;" : ">") else { return 0 }
        return j - i
    }
}
