/// Python's interactive prompt, as a post on Netmiko or Paramiko shows a session:
/// `>>> print(conn.send_command('show activation-key'))`, the output printed under it, and the
/// next statement (`>>> conn.disconnect()`). Its `>>> ` is no mail's quote of the third depth:
/// the line is the program's, not output, and it ends the output above it (`TrailingRun`).
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
}
