/// A physical line that is quoted strings holding the lines of an output, as a program printed
/// them: a JSON string joined by `\n` escapes (Ansible's `stdout`: `"…\n…"`, `"stdout":
/// "…\n…"`), Python's `repr` of one (`'…\n…'`; `b'…\r\n…'`, the bytes paramiko reads), of a
/// list of lines (`['Serial Number: …', 'Running …']`, Netmiko's output split) or of a map of
/// hosts (`{'fw1': '…\n…'}`), or the ASA REST API's reply to `/api/cli` in one line
/// (`{"commands":["show version"],"response":["…\n…"]}`), or Ansible's result on one line
/// after its host (`fw1 | SUCCESS => {…}`, or a command's `fw1 | CHANGED | rc=0 | (stdout)
/// …\r\n…`, unquoted), also quoted in an e-mail reply (`> "…"`). Each
/// value's text is a line, split again at its `\n` escapes; a key before a value (`'fw1':`) is
/// none, and a key's number or `true`, `false`, `null` is passed over. `ByteScanner` reads the
/// lines one by one.
enum StringLines {
    /// Whether a physical line whose first byte is `b` may be one: a blank (indentation), a
    /// quote, a bracket or Python's `b` of bytes, a control byte (a terminal's colours), or an
    /// e-mail's quote mark (`> "…\n…"`, a reply quoting it).
    @inline(__always) static func mayStart(_ b: UInt8) -> Bool {
        b <= UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: "[") || b == UInt8(ascii: "{") || b == UInt8(ascii: "b")
            || b == UInt8(ascii: ">")
    }

    /// Whether the physical line `start..<end` (not empty) may be one: by its first byte, or by
    /// its last as a map after the host Ansible's one-line output names (`fw1 | SUCCESS =>
    /// {"changed": false, "stdout": ["…"]}`).
    @inline(__always) static func mayBe(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard let p = bytes.baseAddress else { return false }
        if mayStart(p[start]) { return true }
        // (After IPython's `Out[3]: `; most lines that start with `O` are rows, `Other VPN Peers`.)
        if p[start] == UInt8(ascii: "O") && PythonPrompt.textAfterOutputPrompt(p, start, end) != nil { return true }
        let e = p[end - 1] <= 0x20 ? lastText(p, start, end) : end - 1
        // (Or as a command's output after its host, `-o`'s `… | (stdout) …\r\n`: a `\n` escape last.)
        if p[e] == UInt8(ascii: "n") { return e - start > 1 && p[e - 1] == UInt8(ascii: "\\") }
        return mayEndMap(p[e])
    }

    /// Where the last byte of the physical line `start..<end` (not empty) lies before the
    /// blanks a paste pads a line with.
    @inline(__always) private static func lastText(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var e = end - 1
        while e > start && (p[e] == 0x20 || p[e] == 0x09) { e -= 1 }
        return e
    }

    /// Whether a line ending with `b` may end a map: its brace, or a terminal's colour reset or
    /// erasure after it (`}ESC[0m`, `}ESC[K`; `first` looks further).
    @inline(__always) private static func mayEndMap(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "}") || b == UInt8(ascii: "m") || b == UInt8(ascii: "K")
    }

    /// The first value of the strings the physical line `start..<end` is: where its text
    /// starts, its quote, and where the last value closes. nil unless the line is strings
    /// (in brackets, keys before values, commas between) holding a `\n` escape, or at least
    /// two in brackets.
    static func first(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> (text: Int, quote: UInt8, close: Int)? {
        var i = start
        // (A terminal log may keep the colours a tool wraps each line in: `ESC[0;32m    "…"ESC[0m`;
        // a backup tool its comment mark, `! `, as a mail its quote: the framing reads under both.)
        while i < end && (p[i] == 0x20 || p[i] == 0x09 || p[i] == 0x1B || p[i] == UInt8(ascii: ">") || p[i] == UInt8(ascii: "!")) {
            i = p[i] == 0x1B ? LineLexer.skipEscape(p, from: i, end: end) : i + 1
        }
        // Most lines that get here are indented text: told by their first byte.
        guard i < end else { return nil }
        if p[i] == UInt8(ascii: "O"), let value = PythonPrompt.textAfterOutputPrompt(p, i, end) { i = value }
        if !mayStart(p[i]) {
            // A command's output after its host (`fw1 | CHANGED | rc=0 | (stdout) …\r\n`): one
            // value with no quotes (none of its bytes closes it), split at its `\n` escapes.
            var last = lastText(p, i, end)
            // (Before a terminal's colour reset or erasure after it: `…\r\nESC[0m`.)
            if p[last] == UInt8(ascii: "m") || p[last] == UInt8(ascii: "K") { last = lastText(p, i, max(i + 1, LineLexer.escapeRunStart(p, i, end))) }
            if p[last] == UInt8(ascii: "n") && last > i && p[last - 1] == UInt8(ascii: "\\"), let out = AnsibleResult.stdoutRange(p, i, end) {
                return (out.start, 0, out.end)
            }
            // (Indented text gets here: only a line that ends as a map may be one.)
            guard mayEndMap(p[last]), let map = AnsibleResult.mapStart(p, i, end) else { return nil }
            i = map
        }
        let end = LineLexer.escapeRunStart(p, i, end)
        var brackets = 0
        while i < end && (p[i] == UInt8(ascii: "[") || p[i] == UInt8(ascii: "{")) {
            brackets += 1
            i = skipBlanks(p, i + 1, end)
        }
        var first: (text: Int, quote: UInt8)?
        var values = 0
        var newline = false
        var close = 0
        while true {
            guard let (found, after) = value(p, i, end) else { return nil }
            i = after
            guard let s = found else { break }  // a scalar value last (`, "failed": false}`)
            values += 1
            newline = newline || s.newline
            if first == nil { first = (s.text, s.quote) }
            close = s.close
            // Then a comma, or brackets that close and open around values (`"],"response":["`).
            guard let next = valueAfter(p, after, end) else { break }
            i = next
        }
        // The brackets closed, and a comma after them as an item of a list around.
        while i < end && (p[i] == UInt8(ascii: "]") || p[i] == UInt8(ascii: "}") || p[i] == UInt8(ascii: ",") || p[i] == 0x20) { i += 1 }
        guard i == end, let first, newline || (values >= 2 && brackets > 0) else { return nil }
        return (first.text, first.quote, close)
    }

    /// The line of the value being read from `start` (its text quoted by `quote`), with the
    /// strings' last value closing at `close`: where it ends (before a `\n` escape, a `\r`
    /// escape before it dropped, or the value's quote), and where the next line starts with
    /// its value's quote (nil after the last).
    static func line(_ p: UnsafePointer<UInt8>, from start: Int, quote: UInt8, close: Int) -> (end: Int, next: (text: Int, quote: UInt8)?) {
        var i = start
        while i < close {
            switch p[i] {
            case UInt8(ascii: "\\"):
                if i + 1 < close && p[i + 1] == UInt8(ascii: "n") {
                    let end = i >= start + 2 && p[i - 2] == UInt8(ascii: "\\") && p[i - 1] == UInt8(ascii: "r") ? i - 2 : i
                    // After a `\n` that ends its value, the next value; after the last, none.
                    let after = i + 2
                    if after >= close { return (end, nil) }
                    return (end, p[after] == quote ? nextValue(p, after, close) : (after, quote))
                }
                i += 2
            case quote:
                return (i, nextValue(p, i, close))
            default:
                i += 1
            }
        }
        return (close, nil)
    }

    /// The value after the one that closes at `valueClose` (a key before it passed over).
    private static func nextValue(_ p: UnsafePointer<UInt8>, _ valueClose: Int, _ close: Int) -> (text: Int, quote: UInt8)? {
        guard let i = valueAfter(p, valueClose + 1, close + 1), let (found, _) = value(p, i, close + 1), let s = found else { return nil }
        return (s.text, s.quote)
    }

    /// The string value at `i`: a string, or a key (`"stdout":`, `'fw1':`) and the string
    /// after it, maybe inside brackets that open there (`"response": ["…"]`); a key whose value
    /// is a number, `true`, `false` or `null` (`"changed": false,`) is passed over to the next
    /// key. The string (none when such a key comes last), and where reading goes on after it.
    private static func value(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> ((text: Int, close: Int, quote: UInt8, newline: Bool)?, Int)? {
        var i = i
        while true {
            guard let s = string(p, i, end) else { return nil }
            var after = skipBlanks(p, s.close + 1, end)
            guard after < end && p[after] == UInt8(ascii: ":") else { return (s, after) }
            // A key naming a command (a map of outputs by command, as NAPALM's `cli` gives it:
            // `{"show version": "…\n…"}`) is a line, the command's echo; its value follows.
            if isCommand(p, s.text, s.close) { return (s, after) }
            // A key; its value follows.
            after = skipBlanks(p, after + 1, end)
            while after < end && (p[after] == UInt8(ascii: "[") || p[after] == UInt8(ascii: "{")) { after = skipBlanks(p, after + 1, end) }
            // A string there is the value, or the first key of a map that opens there.
            if string(p, after, end) != nil {
                i = after
                continue
            }
            // A scalar: its word, then a comma and the next key.
            var j = after
            while j < end && (ByteText.isLetter(p[j]) || ByteText.isDigit(p[j]) || p[j] == UInt8(ascii: ".") || p[j] == UInt8(ascii: "-")) { j += 1 }
            guard j > after else { return nil }
            j = skipBlanks(p, j, end)
            if j == end || p[j] == UInt8(ascii: "]") || p[j] == UInt8(ascii: "}") {
                // The last value of a map inside, and the next key after it (Ansible's `-vvv`:
                // `"invocation": {"module_args": {…, "wait_for": null}}, "stdout": […]`).
                guard let next = valueAfter(p, j, end) else { return (nil, j) }
                i = next
                continue
            }
            guard p[j] == UInt8(ascii: ",") else { return nil }
            i = skipBlanks(p, j + 1, end)
        }
    }

    /// Where the value after a comma at `i` starts, with the brackets that close and open
    /// between (`], "response": [`); nil when none follows (the last value, a comma last).
    private static func valueAfter(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        var j = skipBlanks(p, i, end)
        if j < end && p[j] == UInt8(ascii: ":") {
            // After a key that is a line (`isCommand`): its value, maybe inside brackets.
            j = skipBlanks(p, j + 1, end)
            while j < end && (p[j] == UInt8(ascii: "[") || p[j] == UInt8(ascii: "{")) { j = skipBlanks(p, j + 1, end) }
            return j < end && string(p, j, end) != nil ? j : nil
        }
        j = i
        while j < end && (p[j] == UInt8(ascii: "]") || p[j] == UInt8(ascii: "}")) { j = skipBlanks(p, j + 1, end) }
        guard j < end, p[j] == UInt8(ascii: ",") else { return nil }
        j = skipBlanks(p, j + 1, end)
        while j < end && (p[j] == UInt8(ascii: "[") || p[j] == UInt8(ascii: "{")) { j = skipBlanks(p, j + 1, end) }
        guard j < end, string(p, j, end) != nil else { return nil }
        return j
    }

    /// The quoted string at `i` (Python's `b` of bytes before it): its text's start, its
    /// closing quote, its quote, and whether it holds a `\n` escape.
    private static func string(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> (text: Int, close: Int, quote: UInt8, newline: Bool)? {
        var j = i
        if j + 1 < end && p[j] == UInt8(ascii: "b") { j += 1 }
        guard j < end, p[j] == UInt8(ascii: "'") || p[j] == UInt8(ascii: "\"") else { return nil }
        let quote = p[j]
        var newline = false
        var k = j + 1
        while k < end {
            if p[k] == UInt8(ascii: "\\") {
                if k + 1 < end && p[k + 1] == UInt8(ascii: "n") { newline = true }
                k += 2
                continue
            }
            if p[k] == quote { return (j + 1, k, quote, newline) }
            k += 1
        }
        return nil
    }

    /// Whether the string `text..<close` is a `show` command (`show version`, `sh act`): a
    /// key that names one is the command whose output its value is.
    private static func isCommand(_ p: UnsafePointer<UInt8>, _ text: Int, _ close: Int) -> Bool {
        let n = close - text
        guard n > 4, p[text] == UInt8(ascii: "s"), p[text + 1] == UInt8(ascii: "h") else { return false }
        return p[text + 2] == 0x20 || (n > 5 && p[text + 2] == UInt8(ascii: "o") && p[text + 3] == UInt8(ascii: "w") && p[text + 4] == 0x20)
    }

    private static func skipBlanks(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        var i = i
        while i < end && (p[i] == 0x20 || p[i] == 0x09) { i += 1 }
        return i
    }
}
