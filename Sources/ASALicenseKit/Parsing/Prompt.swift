/// The prompt at the start of an echoed command: `host#`, `host>`, `host/pri/act#`,
/// `host(config)#`, `host(config-if)#`. A hostname starts with a letter or digit.
public enum Prompt {
    /// Whether the line's first token is a prompt (the rest, if any, is the command).
    public static func isPrompt(_ lx: LineLexer) -> Bool {
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
            return isSeparator(lx) || (isBare(lx) && EchoedCommand.classify(lx, commandAt: 1) != nil) ? 1 : nil
        }
        let last = bytes[t.end - 1]
        guard last == UInt8(ascii: "#") || last == UInt8(ascii: ">") else { return nil }
        guard isHostByte(bytes[t.start]) else { return nil }
        var depth = 0
        for i in t.start..<(t.end - 1) {
            let b = bytes[i]
            if b == UInt8(ascii: "(") { depth += 1; continue }
            if b == UInt8(ascii: ")") { depth -= 1; if depth < 0 { return nil }; continue }
            guard isHostByte(b) || b == UInt8(ascii: "/") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") else { return nil }
        }
        return depth == 0 ? t.length : nil
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
        ByteText.isDigit(b) || (b | 0x20) &- 0x61 < 26
    }

    /// The hostname a prompt names: `fw1/pri/act>` → `fw1`, `fw1(config)#` → `fw1`.
    public static func hostname(_ prompt: String) -> String? {
        let name = prompt.prefix { $0 != "/" && $0 != "(" && $0 != "#" && $0 != ">" }
        return name.isEmpty ? nil : String(name)
    }

    /// Whether the prompt is a configuration mode prompt (`(config)`, `(config-if)` …).
    public static func isConfigMode(_ lx: LineLexer) -> Bool {
        let t = lx.token(0)
        var i = t.start
        while i < t.end {
            if lx.bytes[i] == UInt8(ascii: "(") { return ByteText.hasPrefix(lx.bytes, i, t.end, "(config") }
            i += 1
        }
        return false
    }
}

/// What an echoed command asks for, by its words; ASA accepts unambiguous abbreviations
/// (`sh act`, `sh ver`, `sh run`).
public enum EchoedCommand: Equatable, Sendable {
    case showActivationKey
    case showVersion
    case showSharedLicense
    case showRunningConfig
    case configure
    /// A configuration command typed at a config-mode prompt.
    case configLine
    case other

    public static func classify(_ lx: LineLexer) -> EchoedCommand {
        if Prompt.isConfigMode(lx) { return .configLine }
        guard lx.count > 1 else { return .other }
        return classify(lx, commandAt: 1) ?? .other
    }

    /// The command whose first word is token `i`; nil when that word starts no exec command
    /// asalic knows of (a line after a prompt that stood alone is the command only then).
    static func classify(_ lx: LineLexer, commandAt i: Int) -> EchoedCommand? {
        guard i < lx.count else { return nil }
        if abbreviates(lx, i, "show", minimum: 2) {
            if abbreviates(lx, i + 1, "activation-key", minimum: 2) { return .showActivationKey }
            if abbreviates(lx, i + 1, "version", minimum: 3) { return .showVersion }
            if abbreviates(lx, i + 1, "shared", minimum: 2) { return .showSharedLicense }
            if abbreviates(lx, i + 1, "running-config", minimum: 3) { return .showRunningConfig }
            return .other
        }
        if lx.isWord(i, "more") && lx.count > i + 1 && lx.text(i + 1).hasSuffix("running-config") { return .showRunningConfig }
        if abbreviates(lx, i, "configure", minimum: 4) { return .configure }
        for verb in otherExecVerbs where abbreviates(lx, i, verb.word, minimum: verb.minimum) { return .other }
        return nil
    }

    /// Exec commands of a session whose output asalic skips.
    private static let otherExecVerbs: [(word: StaticString, minimum: Int)] = [
        ("write", 2), ("copy", 2), ("reload", 3), ("terminal", 4), ("enable", 2), ("ping", 2), ("dir", 3),
        ("clear", 3), ("exit", 4), ("end", 3), ("more", 4), ("traceroute", 5), ("packet-tracer", 6), ("license", 3),
    ]

    /// What the command echoed at a prompt asks for, from the document's own fields.
    static func classify(prompt: String, command: String) -> EchoedCommand {
        LineLexer.lexing("\(prompt) \(command)") { classify($0) }
    }

    /// Whether token `i` is a prefix of `word` at least `minimum` bytes long.
    private static func abbreviates(_ lx: LineLexer, _ i: Int, _ word: StaticString, minimum: Int) -> Bool {
        guard i < lx.count else { return false }
        let t = lx.token(i)
        guard t.length >= minimum, t.length <= word.utf8CodeUnitCount else { return false }
        return (0..<t.length).allSatisfy { lx.bytes[t.start + $0] == word.utf8Start[$0] }
    }
}
