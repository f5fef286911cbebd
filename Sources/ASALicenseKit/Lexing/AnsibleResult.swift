/// The line Ansible's ad-hoc command prints before each host's result: the host, a bar, its
/// state (`SUCCESS`, `CHANGED`, `FAILED`, `FAILED!`, `UNREACHABLE!`, `SKIPPED`), then `| rc=0
/// >>` with the command's output on the lines after it, or `=> {` with the result as JSON (on
/// the lines after it, or on the same line with `-o`).
enum AnsibleResult {
    /// Whether the line (lexed) is such a header, with nothing of the result on it: framing, as
    /// a blank line. (Also as a web page's source escapes it: `rc=0 &gt;&gt;`, `=&gt; {`.)
    static func isHeader(_ lx: LineLexer) -> Bool {
        guard lx.count >= 5, isBar(lx, 1), isState(lx, 2) else { return false }
        let bytes = lx.bytes
        let last = lx.token(lx.count - 1)
        switch lx.count {
        case 6:  // `fw1 | CHANGED | rc=0 >>`
            let rc = lx.token(4)
            return isBar(lx, 3) && ByteText.hasPrefix(bytes, rc.start, rc.end, "rc=")
                && (ByteText.equals(bytes, last.start, last.end, ">>") || ByteText.equals(bytes, last.start, last.end, "&gt;&gt;"))
        case 5:  // `fw1 | SUCCESS => {`
            let arrow = lx.token(3)
            return (ByteText.equals(bytes, arrow.start, arrow.end, "=>") || ByteText.equals(bytes, arrow.start, arrow.end, "=&gt;"))
                && ByteText.equals(bytes, last.start, last.end, "{")
        default:
            return false
        }
    }

    /// Where the map of the result starts (its `{`) when the physical line `start..<end` is a
    /// host's header with the result on it (`fw1 | SUCCESS => {…}`); nil otherwise.
    static func mapStart(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        guard let state = stateStart(p, start, end) else { return nil }
        var i = state
        while i < end && ((p[i] >= UInt8(ascii: "A") && p[i] <= UInt8(ascii: "Z")) || p[i] == UInt8(ascii: "!")) { i += 1 }
        guard i - state >= 6, i + 4 < end, p[i] == 0x20, p[i + 1] == UInt8(ascii: "="), p[i + 2] == UInt8(ascii: ">"), p[i + 3] == 0x20,
              p[i + 4] == UInt8(ascii: "{") else { return nil }
        return i + 4
    }

    /// Where the command's output starts, and where it ends, when the physical line
    /// `start..<end` is a host's result on one line as `-o` prints a command's (`-m raw`,
    /// `-m command`): `fw1 | CHANGED | rc=0 | (stdout) …` with the output's line breaks as `\n`
    /// (and `\r`) escapes, and ` (stderr) …` after it when the command wrote any. Nil otherwise.
    static func stdoutRange(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> (start: Int, end: Int)? {
        guard let state = stateStart(p, start, end) else { return nil }
        let buffer = UnsafeBufferPointer(start: p, count: end)
        var i = state
        while i < end && ((p[i] >= UInt8(ascii: "A") && p[i] <= UInt8(ascii: "Z")) || p[i] == UInt8(ascii: "!")) { i += 1 }
        guard i - state >= 6, ByteText.hasPrefix(buffer, i, end, " | rc=") else { return nil }
        i += 6
        if i < end && p[i] == UInt8(ascii: "-") { i += 1 }
        let digits = i
        while i < end && ByteText.isDigit(p[i]) { i += 1 }
        guard i > digits, ByteText.hasPrefix(buffer, i, end, " | (stdout) ") else { return nil }
        let text = i + 12
        // The output ends where the command's errors start (the last ` (stderr) ` on the line).
        var close = end
        var j = end - 10
        while j > text {
            if p[j] == UInt8(ascii: " ") && ByteText.hasPrefix(buffer, j, end, " (stderr) ") {
                close = j
                break
            }
            j -= 1
        }
        return (text, close)
    }

    /// Where the state after the host starts on a result's line (`fw1 | CHANGED …`): the host
    /// one word, a bar between.
    private static func stateStart(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        guard ByteText.isLetter(p[start]) || ByteText.isDigit(p[start]) else { return nil }
        var i = start
        while i < end && p[i] != 0x20 { i += 1 }
        guard i > start, i + 3 < end, p[i + 1] == UInt8(ascii: "|"), p[i + 2] == 0x20 else { return nil }
        return i + 3
    }

    private static func isBar(_ lx: LineLexer, _ t: Int) -> Bool {
        let token = lx.token(t)
        return token.length == 1 && lx.bytes[token.start] == UInt8(ascii: "|")
    }

    private static func isState(_ lx: LineLexer, _ t: Int) -> Bool {
        let token = lx.token(t)
        let bytes = lx.bytes
        for word: StaticString in ["SUCCESS", "CHANGED", "FAILED", "FAILED!", "UNREACHABLE!", "SKIPPED"] where ByteText.equals(bytes, token.start, token.end, word) {
            return true
        }
        return false
    }
}
