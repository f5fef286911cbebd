/// The device's reply to a key typed at a prompt (`Validating activation key. …`, `WARNING: …`),
/// kept with the `activation-key` command it answers.
extension ConfigParser {
    /// The device answers in a few lines; past this many the lines are read as configuration.
    static let longestReply = 32

    /// The device's reply to a key typed at its prompt: the lines under the command, the
    /// first a message (a capital letter first: `Validating activation key. …`, `WARNING: …`,
    /// `Failover is different.`), then its indented or unfinished continuations and further
    /// messages, up to a prompt, a blank line, a licensing command or a configuration line
    /// (a small letter after a finished line). An error reply (`ERROR: …`, `% …`) is a
    /// document of its own, as after any command. Each line is kept as written from the
    /// command's indentation (`indent`): a paste that indents the whole session (a page, a
    /// quote) gives the same reply; so a continuation is indented past the command's, as it
    /// is written back. On a page that puts a blank line after every line (told by the blank
    /// line between the command and the device's first words, `Validating activation key.`,
    /// which it prints at once), one blank line between two lines of the reply does not end it.
    func readReply(_ ctx: inout ParseContext, under indent: Int) -> [String] {
        var reply: [String] = []
        var finished = true
        var doubleSpaced = false
        // The blank line read last, from its physical start: given back when no reply follows it.
        var blank: Line?
        while reply.count < Self.longestReply, let line = ctx.next() {
            let lx = ctx.lexer
            if lx.count == 0, blank == nil, doubleSpaced || reply.isEmpty {
                blank = line
                blank?.start = ctx.lineStart
                continue
            }
            if let skipped = blank, reply.isEmpty {
                doubleSpaced = lx.matches("Validating activation")
                guard doubleSpaced else {
                    ctx.unread(skipped)
                    break
                }
            }
            let first = lx.count > 0 ? lx.bytes[lx.token(0).start] : 0
            let message = first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")
            guard lx.count > 0, LineClassifier.classify(lx) == .other, !lx.isWord(0, "license-server"), !lx.isWord(0, "activation-key"), !lx.isWord(0, "no"),
                  message || (!reply.isEmpty && (lx.indent > indent || !finished || Self.isReplyLabel(lx))) else {
                ctx.unread(blank ?? line)
                break
            }
            blank = nil
            let last = lx.lastByte
            finished = last == UInt8(ascii: ".") || last == UInt8(ascii: "]") || last == UInt8(ascii: ":") || last == UInt8(ascii: "!")
            reply.append(lx.text(fromMargin: indent))
        }
        return reply
    }

    /// A line of the device's comparison under a message (`running key: Restricted(R)`, `new
    /// key: …` under `Failover is different.`), as a page that took the indentation out gives
    /// it: a label of up to three words in small letters, its colon before a blank, then a
    /// value. No configuration command starts so (an IPv6 address's colons touch its digits).
    private static func isReplyLabel(_ lx: LineLexer) -> Bool {
        let first = lx.bytes[lx.token(0).start]
        guard first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z"), let colon = lx.firstColon,
              (1...3).contains(colon), colon + 1 < lx.count else { return false }
        let after = lx.token(colon).end
        return lx.bytes[after] == 0x20 || lx.bytes[after] == 0x09
    }
}
