/// Python's interactive prompts, as a post on Netmiko or Paramiko shows a session:
/// `>>> print(conn.send_command('show activation-key'))`, the output printed under it, and the
/// next statement (`>>> conn.disconnect()`). Its `>>> ` is no mail's quote of the third depth:
/// the line is the program's, not output, and it ends the output above it (`TrailingRun`).
/// IPython's and Jupyter's `Out[3]: ` stands before what a cell returned: that is the text.
enum PythonPrompt {
    /// Whether the text at `i` (after any blanks) is `>>> ` and a statement: an `import`, a
    /// name assigned (`out = …`) or a call that the line ends with (`conn.disconnect()`, with no
    /// `#` in it, which a prompt's `fw1(config)#` has).
    static func isStatement(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        guard end - i > 5, ByteText.hasPrefix(bytes, i, end, ">>> "), bytes[i + 4] != UInt8(ascii: ">") else { return false }
        let s = ByteText.skipSpace(bytes, i + 4, end)
        let e = ByteText.trimEnd(bytes, s, end)
        guard s < e else { return false }
        if ByteText.hasPrefix(bytes, s, e, "import ") { return true }
        if ByteText.hasPrefix(bytes, s, e, "from "), (s..<e).contains(where: { ByteText.hasPrefix(bytes, $0, e, " import ") }) { return true }
        // A name, dotted or not (`net_connect.send_command`).
        guard ByteText.isLetter(bytes[s]) || bytes[s] == UInt8(ascii: "_") else { return false }
        var j = s + 1
        while j < e && (ByteText.isLetter(bytes[j]) || ByteText.isDigit(bytes[j]) || bytes[j] == UInt8(ascii: "_") || bytes[j] == UInt8(ascii: ".")) { j += 1 }
        let after = ByteText.skipSpace(bytes, j, e)
        guard after < e else { return false }
        if bytes[after] == UInt8(ascii: "=") { return after + 1 < e && bytes[after + 1] != UInt8(ascii: "=") }
        return bytes[j] == UInt8(ascii: "(") && bytes[e - 1] == UInt8(ascii: ")") && ByteText.firstIndex(of: UInt8(ascii: "#"), in: bytes, s, e) == nil
    }

    /// The line lexed is a statement at Python's prompt.
    static func isStatement(_ lexer: LineLexer) -> Bool {
        lexer.count > 1 && isStatement(lexer.bytes, lexer.token(0).start, lexer.line.end)
    }

    /// Where the text after IPython's and Jupyter's output prompt starts (`Out[3]: '…\n…'`, the
    /// string a cell's last expression returned; `Out[5]: ['Serial Number: …',`, the first line
    /// of a list it printed), nil when the line has none.
    static func textAfterOutputPrompt(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        guard end - start > 8, p[start + 1] == UInt8(ascii: "u"), p[start + 2] == UInt8(ascii: "t"), p[start + 3] == UInt8(ascii: "[") else { return nil }
        var i = start + 4
        while i < end && ByteText.isDigit(p[i]) { i += 1 }
        guard i > start + 4, i + 2 < end, p[i] == UInt8(ascii: "]"), p[i + 1] == UInt8(ascii: ":") else { return nil }
        i += 2
        while i < end && p[i] == 0x20 { i += 1 }
        return i < end ? i : nil
    }
}
