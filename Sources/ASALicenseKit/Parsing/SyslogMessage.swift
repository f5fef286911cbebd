/// A message the device logged to the terminal while it printed an output (`logging console`,
/// `terminal monitor`): `%ASA-5-111008: User 'enable_15' executed the 'show version' command.`,
/// maybe after its time stamp (`Dec 04 2026 02:14:13: %ASA-6-605005: …`). It lands between any
/// two lines of the output and is none of it: read as no line at all (`ParseContext.next`), not
/// even a blank one, which would end a reply or start a paragraph.
enum SyslogMessage {
    /// Whether the lexed line is such a message: its first token is the message's tag, or its
    /// first is a month (`Dec 04 2026 02:14:13:`, the device's own time stamp) and one of the
    /// first eight is the tag. (A terminal log's stamp, `[…]` or ISO, and a mail's quote are
    /// taken off before: `takeOffFraming`.)
    static func isMessage(_ lx: LineLexer) -> Bool {
        guard lx.count > 0 else { return false }
        if isTag(lx, 0) { return true }
        guard isMonth(lx) else { return false }
        for i in 1..<min(lx.count, 8) where isTag(lx, i) { return true }
        return false
    }

    /// The first token is a month's name (`Dec`): three letters, two small (rows' acronyms,
    /// `SSL`, `VPN`, are turned away there).
    private static func isMonth(_ lx: LineLexer) -> Bool {
        let t = lx.token(0)
        let p = lx.bytes
        guard t.length == 3, p[t.start + 1] &- UInt8(ascii: "a") < 26, p[t.start + 2] &- UInt8(ascii: "a") < 26 else { return false }
        let name = UInt32(p[t.start]) << 16 | UInt32(p[t.start + 1]) << 8 | UInt32(p[t.start + 2])
        return months.contains(name)
    }

    private static let months: [UInt32] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map { name in
        name.utf8.reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// Whether the lexed line is as wide as a console window (80 columns, or 79 when the cut
    /// fell on a blank the copy then dropped): copied from one, a longer message was cut there.
    static func fillsTerminal(_ lx: LineLexer) -> Bool {
        lx.count > 0 && lx.token(lx.count - 1).end - lx.line.start >= 79
    }

    /// Whether the line after a message that fills a console window is the rest of it
    /// (` state to up` under `… %ASA-4-411002: Line protocol on Interface outside, changed`):
    /// nothing an output prints (no licence line, no feature row, no `label : value` row).
    static func goesOn(_ lx: LineLexer) -> Bool {
        guard lx.count > 0, LineClassifier.classify(lx) == .other, !ActivationKeyParser.isCatalogRow(lx) else { return false }
        for i in 1..<lx.count where lx.isColon(i) && lx.bytes[lx.token(i).start - 1] == 0x20 { return false }
        return true
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

extension ParseContext {
    /// The line lexed is a logged message: no line at all, and whether a console window may
    /// have cut it (`lineAfterNoLines` then reads its rest as none either).
    mutating func readLoggedMessage() {
        readNoLine = true
        loggedMessageFillsTerminal = SyslogMessage.fillsTerminal(lexer)
    }
}
