/// What a medium wraps around every line of an output pasted through it, taken off before the
/// line is read: an e-mail's quote marks (`> Serial Number: …`, `>> `, `> > `, `&gt; ` in a
/// mail archive's page source), and the quotes
/// of a JSON list of strings (`"Serial Number: JMX1232L11M",`), as Ansible prints a command's
/// `stdout_lines`, or of Python's as `pprint` prints it (`['Serial Number: …',`, ` '…']`), or
/// the items of a YAML list (`- 'Serial Number: JMX1232L11M'`, `- - '…'`, `- This platform
/// …`), as Ansible's YAML callback prints them. No line of a device's output or configuration
/// starts with any of them. A fourth, the `! ` of a configuration's comments that backup tools
/// keep outputs in (or the `# ` of a script's), is taken off only where what it holds is output
/// (`ParseContext.uncomment`).
enum LineEnvelope {
    /// Narrows `line` to the text after its comment mark (`mark`, `!` or `#`, and one blank);
    /// false when nothing follows the mark.
    static func stripComment(_ bytes: UnsafeBufferPointer<UInt8>, _ line: inout Line, mark: UInt8) -> Bool {
        var i = ByteText.skipSpace(bytes, line.start, line.end)
        guard i < line.end, bytes[i] == mark else { return false }
        i += 1
        if i < line.end && bytes[i] == 0x20 { i += 1 }
        guard ByteText.skipSpace(bytes, i, line.end) < line.end else { return false }
        line.start = i
        return true
    }

    /// Narrows `line` to the text inside its envelope; false (and `line` unchanged) when it
    /// has none. Escapes inside a JSON string are left as written.
    static func strip(_ bytes: UnsafeBufferPointer<UInt8>, _ line: inout Line) -> Bool {
        // (Past the blanks the lexer passes over: a Windows page's lone no-break space too, and
        // a terminal's control sequences, which canonical CLI writes back as blanks.)
        guard let p = bytes.baseAddress else { return false }
        var i = LineLexer.skipBlanksAndEscapes(p, line.start, line.end)
        guard i < line.end else { return false }
        switch bytes[i] {
        case UInt8(ascii: ">"), UInt8(ascii: "&"):
            // Nested quotes, touching or spaced; then the one space a mail client puts before
            // the text (more is the text's own indentation). A mail archive's page source
            // escapes each mark (`&gt; Serial Number: …`; Mailman's `&gt;<i> …`, whose tags
            // the framing takes off after it).
            // (Python's prompt before a statement is no quote: `>>> conn.disconnect()`.)
            guard quoteMarkLength(bytes, i, line.end) > 0, !PythonPrompt.isStatement(bytes, i, line.end) else { return false }
            var escaped = false
            // (A reply quoting such a session quotes its prompt: `> >>> conn.disconnect()`.)
            while case let n = quoteMarkLength(bytes, i, line.end), n > 0, !PythonPrompt.isStatement(bytes, i, line.end) {
                i += n
                escaped = escaped || n > 1
                if i + 1 < line.end && bytes[i] == 0x20 && quoteMarkLength(bytes, i + 1, line.end) > 0 && !PythonPrompt.isStatement(bytes, i + 1, line.end) { i += 1 }
            }
            // (Mailman sets the quoted text in italics between the mark and its space: the
            // blanks after that space are the text's own indentation, as after a mark alone.)
            if escaped && ByteText.hasPrefixIgnoringCase(bytes, i, line.end, "<i>") { i += 3 }
            if i < line.end && bytes[i] == 0x20 { i += 1 }
            line.start = i
            return true
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "["):
            guard let inside = stringInside(bytes, i, line.end) else { return false }
            (line.start, line.end) = inside
            return true
        case UInt8(ascii: "-"):
            // One `- ` a level of nesting; then the item, quoted whole or plain. Escapes inside
            // (`''`) are left as written.
            var j = i
            while j + 1 < line.end && bytes[j] == UInt8(ascii: "-") && bytes[j + 1] == 0x20 {
                j = ByteText.skipSpace(bytes, j + 2, line.end)
            }
            guard j > i else { return false }
            let end = ByteText.trimEnd(bytes, j, line.end)
            if j < end && (bytes[j] == UInt8(ascii: "'") || bytes[j] == UInt8(ascii: "\"")) {
                guard end - j >= 2, bytes[end - 1] == bytes[j] else { return false }
                (line.start, line.end) = (j + 1, end - 1)
            } else {
                // A plain item only indented, under its key: at the margin `- ` is a bullet of
                // prose (a post's list), not a tool's list of lines.
                guard i > line.start else { return false }
                line.start = j
            }
            return true
        default:
            return false
        }
    }

    /// The length of the quote mark at `i`: `>`, or `&gt;` as a page's source escapes it; 0
    /// for none.
    @inline(__always) static func quoteMarkLength(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        guard i < end else { return 0 }
        if bytes[i] == UInt8(ascii: ">") { return 1 }
        return bytes[i] == UInt8(ascii: "&") && ByteText.hasPrefix(bytes, i, end, "&gt;") ? 4 : 0
    }

    /// The inside of the one string quoted from `i` (a quote, or the brackets before it) to the
    /// line's `end`, its comma and brackets after it: `"Serial Number: …",`, `['…',`, ` '…']`;
    /// nil when the line is no such string.
    static func stringInside(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ lineEnd: Int) -> (start: Int, end: Int)? {
        // Python's list of lines as `pprint` breaks it (`['Serial Number: …',` … ` '…']`)
        // has its brackets on the first and last items.
        var open = i
        while open < lineEnd && bytes[open] == UInt8(ascii: "[") { open += 1 }
        guard open < lineEnd, bytes[open] == UInt8(ascii: "\"") || bytes[open] == UInt8(ascii: "'") else { return nil }
        let quote = bytes[open]
        var end = ByteText.trimEnd(bytes, open, lineEnd)
        if bytes[end - 1] == UInt8(ascii: ",") { end -= 1 }
        if quote == UInt8(ascii: "'") || open > i {
            while end > open + 1 && (bytes[end - 1] == UInt8(ascii: "]") || bytes[end - 1] == UInt8(ascii: ",")) { end -= 1 }
        }
        guard end - open >= 2, bytes[end - 1] == quote else { return nil }
        // One string, not a key and its value (`"msg": "…"`): no quote inside but escaped ones.
        var j = open + 1
        while j < end - 1 {
            if bytes[j] == UInt8(ascii: "\\") { j += 2; continue }
            if bytes[j] == quote { return nil }
            j += 1
        }
        guard j == end - 1 else { return nil }
        return (open + 1, end - 1)
    }
}
