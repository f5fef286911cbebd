/// The prompt at the start of an echoed command: `host#`, `host>`, `host/pri/act#`,
/// `host(config)#`, `host(config-if)#`, and `host&gt;` in a web page's source. A hostname starts
/// and ends with a letter or digit.
enum Prompt {
    /// Whether the line's first token is a prompt (the rest, if any, is the command).
    static func isPrompt(_ lx: LineLexer) -> Bool {
        guard lx.count > 0 else { return false }
        return promptLength(lx) != nil
    }

    /// The prompt token's length when the first token is a prompt.
    static func promptLength(_ lx: LineLexer) -> Int? {
        let t = lx.token(0)
        let bytes = lx.bytes
        // Most lines fail here; a lone `#` is the one short token that is a prompt (before a
        // command only when it is one: `# Heading` in pasted notes is not).
        guard t.kind == .word, t.length >= 2 else {
            return isSeparator(lx) || (isBare(lx) && EchoedCommand.isCommand(lx, commandAt: 1)) ? 1 : nil
        }
        var hostEnd = t.end - 1
        switch bytes[hostEnd] {
        case UInt8(ascii: "#"), UInt8(ascii: ">"): break
        case UInt8(ascii: ";"):
            // `fw1&gt;`: a page's source escapes the `>` of an exec prompt.
            guard t.length >= 5, ByteText.equals(bytes, t.end - 4, t.end, "&gt;") else { return nil }
            hostEnd = t.end - 4
        default: return nil
        }
        if isHost(bytes, t.start, hostEnd) { return t.length }
        return bytes[hostEnd] == UInt8(ascii: ">") ? markedLength(bytes, t) : nil
    }

    /// `fw1#<b>`, `fw1#</b>`: a prompt a page's tags are glued to (cut out of the line before
    /// it is read: `PageMarkup.cutTags`). The token's length, nil when it is no
    /// such prompt.
    @inline(never) private static func markedLength(_ bytes: UnsafeBufferPointer<UInt8>, _ t: Token) -> Int? {
        guard let open = ByteText.firstIndex(of: UInt8(ascii: "<"), in: bytes, t.start + 1, t.end),
              bytes[open - 1] == UInt8(ascii: "#") || bytes[open - 1] == UInt8(ascii: ">"),
              PageMarkup.textStart(bytes, open, t.end).start == t.end else { return nil }
        return isHost(bytes, t.start, open - 1) ? t.length : nil
    }

    /// `start..<end` is a prompt's host part: a hostname (a letter or digit first and last),
    /// maybe a failover or context position (`/pri/act`, no `.`) and a mode in brackets
    /// (`(config-if)`).
    @inline(__always) static func isHost(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard isHostByte(bytes[start]) else { return false }
        var depth = 0
        var position = false
        for i in start..<end {
            let b = bytes[i]
            if isHostByte(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") { continue }
            switch b {
            case UInt8(ascii: "."):
                // A position or a context has no `.`: `captures/fw1.log-1#` is grep's file's name.
                if position && depth == 0 { return false }
            case UInt8(ascii: "/"), UInt8(ascii: "("):
                // A hostname ends with a letter or digit too, as the device's `hostname` takes
                // one: `5-` of grep's `5-# …` (`-n`, a line of context) is no host.
                if depth == 0 && !isHostByte(bytes[i - 1]) { return false }
                if b == UInt8(ascii: "/") { position = position || depth == 0 } else { depth += 1 }
            case UInt8(ascii: ")"):
                depth -= 1
                if depth < 0 { return false }
            default:
                return false
            }
        }
        return depth == 0 && (bytes[end - 1] == UInt8(ascii: ")") || isHostByte(bytes[end - 1]))
    }

    /// A line that is only `#`: a bare prompt with no hostname. Canonical CLI puts it before a
    /// document that has no prompt of its own, so that read again it starts where it started.
    static func isSeparator(_ lx: LineLexer) -> Bool {
        lx.count == 1 && isBare(lx)
    }

    /// A prompt with no hostname, `#`, alone or before an echoed command.
    static func isBare(_ lx: LineLexer) -> Bool {
        guard lx.count >= 1 else { return false }
        let t = lx.token(0)
        return t.length == 1 && lx.bytes[t.start] == UInt8(ascii: "#")
    }

    private static func isHostByte(_ b: UInt8) -> Bool {
        ByteText.isDigit(b) || ByteText.isLetter(b)
    }

    /// The hostname a prompt names: `fw1/pri/act>` → `fw1`, `fw1(config)#` → `fw1`.
    static func hostname(_ prompt: String) -> String? { Document.hostname(ofPrompt: prompt) }

    /// Whether a prompt kept in a document is a configuration mode prompt.
    static func isConfigMode(_ prompt: String) -> Bool {
        guard let open = prompt.utf8.firstIndex(of: UInt8(ascii: "(")) else { return false }
        return prompt.utf8[open...].starts(with: "(config".utf8)
    }

    /// Whether the prompt is a configuration mode prompt (`(config)`, `(config-if)` …).
    static func isConfigMode(_ lx: LineLexer) -> Bool {
        let t = lx.token(0)
        var i = t.start
        while i < t.end {
            if lx.bytes[i] == UInt8(ascii: "(") { return ByteText.hasPrefix(lx.bytes, i, t.end, "(config") }
            i += 1
        }
        return false
    }
}

extension EchoedCommand {
    /// What the command echoed after the line's prompt asks for.
    static func classify(_ lx: LineLexer) -> EchoedCommand {
        let configMode = Prompt.isConfigMode(lx)
        guard lx.count > 1 else { return configMode ? .configLine : .other }
        return classify(lx, commandAt: 1, configMode: configMode)
    }

    /// What the command echoed after the line's prompt asks for, the help asked of it left out.
    static func classifyAsked(_ lx: LineLexer) -> EchoedCommand {
        lx.count > 1 ? classifyAsked(lx, commandAt: 1, configMode: Prompt.isConfigMode(lx)) : .other
    }
}

/// The lexer's tokens are the words of the command they hold.
extension LineLexer: CommandWords {
    var wordCount: Int { count }
    func word(_ i: Int) -> Slice<UnsafeBufferPointer<UInt8>> { bytes[token(i).start..<token(i).end] }
}
