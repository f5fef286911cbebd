/// What an echoed command asks for, by its words; ASA accepts unambiguous abbreviations
/// (`sh act`, `sh ver`, `sh run`). A fact of the command's text: the parser asks it of the
/// lexer's tokens, the canonical CLI writer of a document's `command`.
public enum EchoedCommand: Equatable, Sendable {
    case showActivationKey
    case showVersion
    case showSharedLicense
    case showRunningConfig
    /// `show clock`: the device's date, which dates the capture.
    case showClock
    case configure
    /// A configuration command typed at a config-mode prompt.
    case configLine
    case other

    /// The command whose first word is word `i`; nil when that word starts no exec command
    /// asalic knows of (a line after a prompt that stood alone is the command only then).
    public static func classify(_ w: some CommandWords, commandAt i: Int) -> EchoedCommand? {
        guard i < w.wordCount else { return nil }
        if w.word(i, abbreviates: "show", minimum: 2) {
            if w.word(i + 1, abbreviates: "activation-key", minimum: 2) { return .showActivationKey }
            if w.word(i + 1, abbreviates: "version", minimum: 3) { return .showVersion }
            if w.word(i + 1, abbreviates: "shared", minimum: 2) { return .showSharedLicense }
            if w.word(i + 1, abbreviates: "running-config", minimum: 3) { return .showRunningConfig }
            if w.word(i + 1, abbreviates: "clock", minimum: 3) { return .showClock }
            return .other
        }
        if w.word(i, abbreviates: "more", minimum: 4) && w.word(i + 1, endsWith: "running-config") { return .showRunningConfig }
        if w.word(i, abbreviates: "configure", minimum: 4) { return .configure }
        for verb in otherExecVerbs where w.word(i, abbreviates: verb.word, minimum: verb.minimum) { return .other }
        return nil
    }

    /// Exec commands of a session whose output asalic skips.
    private static let otherExecVerbs: [(word: StaticString, minimum: Int)] = [
        ("write", 2), ("copy", 2), ("reload", 3), ("terminal", 4), ("enable", 2), ("ping", 2), ("dir", 3),
        ("clear", 3), ("exit", 4), ("end", 3), ("more", 4), ("traceroute", 5), ("packet-tracer", 6), ("license", 3),
    ]
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
    func word(_ i: Int, abbreviates word: StaticString, minimum: Int) -> Bool {
        guard i < wordCount else { return false }
        let w = self.word(i)
        guard w.count >= minimum, w.count <= word.utf8CodeUnitCount else { return false }
        return w.elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: w.count))
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

    /// What the document's echoed command asks for: a command typed at a config-mode prompt
    /// is a configuration line, whatever its words.
    public var echoedCommand: EchoedCommand? {
        guard var command else { return nil }
        if let prompt, Document.hasConfigMode(prompt) { return .configLine }
        // Its words as the parser read them, by the lexer: split at blanks alone, `config: …`
        // was one word here and `config` `:` there, so canonical CLI left unmarked a
        // `configure` the parser had seen, and read again it joined the configuration before.
        return command.withUTF8 { bytes in
            var lx = LineLexer(bytes)
            lx.lex(Line(number: 1, start: 0, end: bytes.count))
            return EchoedCommand.classify(lx, commandAt: 0) ?? .other
        }
    }
}
