/// What an echoed command asks for, by its words; ASA accepts unambiguous abbreviations
/// (`sh act`, `sh ver`, `sh run`). A fact of the command's text: the parser asks it of the
/// lexer's tokens, the canonical CLI writer of a document's `command`.
public enum EchoedCommand: Equatable, Sendable {
    case showActivationKey
    case showVersion
    case showSharedLicense
    /// `show running-config` (and `write terminal`), and the saved one: `show startup-config`,
    /// `show configuration` (ASA's name for it), `more …running-config` or `more …startup-config`.
    case showRunningConfig
    /// `show clock`: the device's date, which dates the capture.
    case showClock
    case configure
    /// A configuration command: any typed at a config-mode prompt, and `activation-key …`,
    /// which ASA takes at the exec prompt (`fw# activation-key 0x…`).
    case configLine
    /// `exit` or `end` at a config-mode prompt: a line of the configuration being read (the
    /// same host's `configure terminal` after it goes on with it), that opens none of its own.
    case leaveConfigMode
    /// A command the CLI's context help was asked for as it was typed (`asksForHelp`): what
    /// follows is the help, in any mode.
    case help
    case other

    /// The kind of document the command's output is; nil for a command whose output asalic
    /// does not read, or that it reads by the output's own lines.
    var outputKind: DocumentKind? {
        switch self {
        case .showActivationKey, .showVersion: .activationKey
        case .showSharedLicense: .sharedLicense
        case .showRunningConfig, .configure, .configLine: .configuration
        case .showClock, .leaveConfigMode, .help, .other: nil
        }
    }

    /// The command whose first word is word `i`; nil when that word starts no exec command
    /// asalic knows of (a line after a prompt that stood alone is the command only then). At a
    /// prompt, help may be asked of any command (`isCommand` tells those asalic knows).
    public static func classify(_ w: some CommandWords, commandAt i: Int) -> EchoedCommand? {
        guard i < w.wordCount else { return nil }
        if asksForHelp(w, commandAt: i) { return .help }
        return command(w, commandAt: i)
    }

    /// Whether the words from `i` are a command asalic knows, or help asked of one (or alone:
    /// `# ?`): where no prompt says so (after a bare `#`, on the line after a prompt alone), any
    /// other words are text, a question too (`# Why is the key different?`, a post's heading or
    /// a script's comment).
    @inline(never) static func isCommand(_ w: some CommandWords, commandAt i: Int) -> Bool {
        guard i < w.wordCount, asksForHelp(w, commandAt: i) else { return command(w, commandAt: i) != nil }
        let asked = WordsBeforeHelp(words: w)
        return i >= asked.wordCount || command(asked, commandAt: i) != nil
    }

    /// What the words from `i` ask for with the help asked of them left out (a question of
    /// whoever pasted them, licence output under it).
    static func classifyAsked(_ w: some CommandWords, commandAt i: Int, configMode: Bool) -> EchoedCommand {
        let asked = WordsBeforeHelp(words: w)
        return i < asked.wordCount ? classify(asked, commandAt: i, configMode: configMode) : .other
    }

    private static func command(_ w: some CommandWords, commandAt i: Int) -> EchoedCommand? {
        guard i < w.wordCount else { return nil }
        if w.word(i, abbreviates: "show", minimum: 2) {
            if w.word(i + 1, abbreviates: "activation-key", minimum: 2) { return .showActivationKey }
            // `show license features` (the ASA virtual, Firepower) prints show version's licence
            // lines and blocks, with a serial number first: read in its layout.
            // `show tech-support` starts with show version's output (under a rule naming it).
            if w.word(i + 1, abbreviates: "version", minimum: 3) || w.word(i + 1, abbreviates: "tech-support", minimum: 4)
                || (w.word(i + 1, abbreviates: "license", minimum: 3) && w.word(i + 2, abbreviates: "features", minimum: 2)) { return .showVersion }
            if w.word(i + 1, abbreviates: "shared", minimum: 2) { return .showSharedLicense }
            if w.word(i + 1, abbreviates: "running-config", minimum: 2) || w.word(i + 1, abbreviates: "startup-config", minimum: 4)
                || w.word(i + 1, abbreviates: "configuration", minimum: 4) { return .showRunningConfig }
            if w.word(i + 1, abbreviates: "clock", minimum: 3) { return .showClock }
            return .other
        }
        if w.word(i, abbreviates: "more", minimum: 4) && (w.word(i + 1, endsWith: "running-config") || w.word(i + 1, endsWith: "startup-config")) { return .showRunningConfig }
        // `write terminal` (`wr t`), the older name of `show running-config`.
        if w.word(i, abbreviates: "write", minimum: 2) && w.word(i + 1, abbreviates: "terminal", minimum: 1) { return .showRunningConfig }
        if w.word(i, abbreviates: "configure", minimum: 4) { return .configure }
        if w.word(i, abbreviates: "activation-key", minimum: 14) {
            // A key after it; alone, with only `activate`, or with words that are no key, it
            // sets nothing (the device refuses it).
            let setsKey = i + 1 < w.wordCount && ActivationKeyReader.mayStartKey(w.word(i + 1))
            return setsKey ? .configLine : .other
        }
        // `do show …`, as IOS wants it in configuration mode; ASA takes it too.
        if w.word(i, abbreviates: "do", minimum: 2), i + 1 < w.wordCount { return classify(w, commandAt: i + 1) }
        // A command run on the other units: `failover exec mate|active|standby …` (the mate's
        // output follows), `cluster exec [unit NAME] …` (each unit's, under a banner of its name).
        if w.word(i + 1, abbreviates: "exec", minimum: 4) {
            if w.word(i, abbreviates: "failover", minimum: 3), w.word(i + 2, abbreviates: "mate", minimum: 2)
                || w.word(i + 2, abbreviates: "active", minimum: 3) || w.word(i + 2, abbreviates: "standby", minimum: 3) {
                return classify(w, commandAt: i + 3) ?? .other
            }
            if w.word(i, abbreviates: "cluster", minimum: 4) {
                return classify(w, commandAt: w.word(i + 2, abbreviates: "unit", minimum: 4) ? i + 4 : i + 2) ?? .other
            }
        }
        for verb in otherExecVerbs where w.word(i, abbreviates: verb.word, minimum: verb.minimum) { return .other }
        return nil
    }

    /// The command at a prompt in the mode the prompt shows. ASA runs `show`, `write`, `copy`,
    /// `ping` … in every mode, so at a config-mode prompt (`fw(config)#`) they (and `do …`) are
    /// still exec commands whose output follows; `exit` or `end` leaves the mode; any other
    /// words there are a configuration line (`license-server …`, `enable password …`).
    static func classify(_ w: some CommandWords, commandAt i: Int, configMode: Bool) -> EchoedCommand {
        let exec = !configMode || (w.word(i, abbreviates: "do", minimum: 2) && i + 1 < w.wordCount)
            || w.word(i, abbreviates: "show", minimum: 2)
            || otherExecVerbs.contains { $0.inConfigMode && w.word(i, abbreviates: $0.word, minimum: $0.minimum) }
        if exec { return classify(w, commandAt: i) ?? .other }
        if asksForHelp(w, commandAt: i) { return .help }
        let leaves = i + 1 == w.wordCount && (w.word(i, abbreviates: "exit", minimum: 4) || w.word(i, abbreviates: "end", minimum: 3))
        return leaves ? .leaveConfigMode : .configLine
    }

    /// Whether the words from `i` end with one `?`: the CLI's context help, which ASA prints as
    /// soon as `?` is typed (`show activation-key ?`, `sh act?`, `license-server ?` in
    /// configuration mode). What follows is the list of the words that may come next, no
    /// output of the command, and no configuration line; a terminal's log keeps it, then the
    /// prompt again with the command as typed so far. (`secret ????????` is a paster's
    /// redaction, no help: help is asked with one.)
    private static func asksForHelp(_ w: some CommandWords, commandAt i: Int) -> Bool {
        guard i < w.wordCount else { return false }
        let last = w.word(w.wordCount - 1)
        return last.last == UInt8(ascii: "?") && last.dropLast().last != UInt8(ascii: "?")
    }

    /// Exec commands of a session whose output asalic skips; `inConfigMode`, those that are
    /// exec commands at a config-mode prompt too (there `enable`, `clear`, `license` … are
    /// configuration commands).
    private static let otherExecVerbs: [(word: StaticString, minimum: Int, inConfigMode: Bool)] = [
        ("write", 2, true), ("copy", 2, true), ("reload", 3, true), ("terminal", 4, false), ("enable", 2, false),
        ("ping", 2, true), ("dir", 3, true), ("clear", 3, false), ("exit", 4, false), ("end", 3, false),
        ("more", 4, true), ("traceroute", 5, true), ("packet-tracer", 6, true), ("license", 3, false),
    ]
}

/// The words of a command help was asked of: the last without its `?`, none when it was `?`.
private struct WordsBeforeHelp<Words: CommandWords>: CommandWords {
    let words: Words
    var wordCount: Int { words.word(words.wordCount - 1).count == 1 ? words.wordCount - 1 : words.wordCount }
    func word(_ i: Int) -> Words.Word.SubSequence {
        let w = words.word(i)
        return i == words.wordCount - 1 ? w.dropLast() : w[...]
    }
}

/// The words of a command, however they are held: each as its bytes. The tests on a word are
/// written once, below, for every holder.
public protocol CommandWords {
    associatedtype Word: BidirectionalCollection<UInt8>
    var wordCount: Int { get }
    /// Word `i`, `i < wordCount`.
    func word(_ i: Int) -> Word
}

extension CommandWords {
    /// Whether word `i` is a prefix of `word` at least `minimum` bytes long (false past the end).
    @inline(__always) func word(_ i: Int, abbreviates word: StaticString, minimum: Int) -> Bool {
        guard i < wordCount else { return false }
        let w = self.word(i)
        guard w.count >= minimum, w.count <= word.utf8CodeUnitCount else { return false }
        // (A loop, not `elementsEqual`: that one is called, not inlined, for every holder.)
        var k = 0
        for b in w {
            if b != word.utf8Start[k] { return false }
            k += 1
        }
        return true
    }

    /// Whether word `i` ends with `suffix` (false past the end).
    func word(_ i: Int, endsWith suffix: StaticString) -> Bool {
        guard i < wordCount else { return false }
        let w = word(i)
        let s = UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
        return w.count >= s.count && w.suffix(s.count).elementsEqual(s)
    }
}

extension Document {
    /// Whether a prompt has `(config` in it, searched as bytes (`String.contains` went through
    /// Foundation, some 5 K instructions a document; the generic `firstRange(of:)`, 28 K).
    static func hasConfigMode(_ prompt: String) -> Bool {
        var prompt = prompt
        return prompt.withUTF8 { p in
            (0..<max(p.count - 6, 0)).contains { ByteText.hasPrefix(p, $0, p.count, "(config") }
        }
    }

    /// What the document's echoed command asks for, in the mode its prompt shows (at a
    /// config-mode prompt only `show`, `do` and the exec commands ASA runs there are commands).
    public var echoedCommand: EchoedCommand? {
        guard var command else { return nil }
        let configMode = prompt.map(Document.hasConfigMode) ?? false
        // Its words as the parser read them, by the lexer: split at blanks alone, `config: …`
        // was one word here and `config` `:` there, so canonical CLI left unmarked a
        // `configure` the parser had seen, and read again it joined the configuration before.
        return command.withUTF8 { bytes in
            var lx = LineLexer(bytes)
            lx.lex(Line(number: 1, start: 0, end: bytes.count))
            return EchoedCommand.classify(lx, commandAt: 0, configMode: configMode)
        }
    }

    /// Whether the echoed command pipes its output through a filter (`show activation-key |
    /// include Peers`, `sh ver | i Serial|Key`, `| grep -i license`, `| begin Licensed`): the
    /// output shows only some of its lines, as asked, so what is missing is not missing.
    public var showsFilteredOutput: Bool {
        command.map(EchoedCommand.filtersOutput) ?? false
    }
}

extension EchoedCommand {
    /// A `|` after the command's first word, then a word (the filter's name).
    static func filtersOutput(_ command: String) -> Bool {
        var command = command
        return command.withUTF8(filtersOutput)
    }

    private static func filtersOutput(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        // (memchr: the generic search went a byte at a time, 0.15 % of a parse.)
        guard let bar = ByteText.firstIndex(of: UInt8(ascii: "|"), in: p, 0, p.count), bar > 0 else { return false }
        guard let word = p[(bar + 1)...].firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return false }
        return p[word] | 0x20 >= UInt8(ascii: "a") && p[word] | 0x20 <= UInt8(ascii: "z")
    }
}
