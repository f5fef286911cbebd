/// A message the device logged to the terminal while it printed an output (`logging console`,
/// `terminal monitor`): `%ASA-5-111008: User 'enable_15' executed the 'show version' command.`,
/// maybe after its time stamp (`Dec 04 2026 02:14:13: %ASA-6-605005: …`) or the unit's name.
/// It lands between any two lines of the output and is none of it: read as a blank line.
enum SyslogMessage {
    /// Whether the lexed line is such a message: its first token is the message's tag, or one of
    /// the first eight is when `stamped` (the time stamp and name before it).
    static func isMessage(_ lx: LineLexer, stamped: Bool) -> Bool {
        guard lx.count > 0 else { return false }
        if isTag(lx, 0) { return true }
        guard stamped else { return false }
        for i in 1..<min(lx.count, 8) where isTag(lx, i) { return true }
        return false
    }

    /// `%ASA-5-111008:`, `%PIX-4-106023`, `%FTD-session-6-302013:`: `%`, the product's capitals,
    /// an optional lower-case class, the severity digit, the message number of six digits.
    static func isTag(_ lx: LineLexer, _ i: Int) -> Bool {
        let p = lx.bytes
        let t = lx.token(i)
        var j = t.start
        guard j < t.end, p[j] == UInt8(ascii: "%") else { return false }
        j += 1
        let product = j
        while j < t.end && p[j] &- UInt8(ascii: "A") < 26 { j += 1 }
        guard j - product >= 2, j - product <= 6, j < t.end, p[j] == UInt8(ascii: "-") else { return false }
        j += 1
        let kind = j
        while j < t.end && p[j] &- UInt8(ascii: "a") < 26 { j += 1 }
        if j > kind {
            guard j < t.end, p[j] == UInt8(ascii: "-") else { return false }
            j += 1
        }
        guard j + 1 < t.end, ByteText.isDigit(p[j]), p[j + 1] == UInt8(ascii: "-") else { return false }
        j += 2
        let number = j
        while j < t.end && ByteText.isDigit(p[j]) { j += 1 }
        guard j - number == 6 else { return false }
        // The tag's colon is a token of its own when it ends the word.
        return j == t.end || (j + 1 == t.end && p[j] == UInt8(ascii: ":"))
    }
}
