/// What a line starts, looked up from its first tokens. The capture parser dispatches on it,
/// and every format parser stops at a line that starts something it does not own.
enum LineStart: Equatable, Sendable {
    case blank
    /// `host# command`, `host/pri/act> command`, `host(config)# command`; ASDM's `Result of the
    /// command: "…"`.
    case prompt
    /// `Serial Number:`, `Running … Activation Key:`, `Licensed features for this …` (7.0: `License
    /// Features …`, PIX 6.3: `Licensed Features:`).
    case activationKey
    /// `Cisco Adaptive Security Appliance Software Version …` (PIX 7.x: `Cisco PIX Security
    /// Appliance Software Version …`, 6.3: `Cisco PIX Firewall Version …`): a `show version`.
    case showVersion
    /// `License mode:`, `License state:`, `ASAv Platform License State:`, `Active entitlement:`,
    /// `Firewall throughput limited to …`: the licence-state lines of a `show version`.
    case licenseState
    /// `Primary License Server :`, `Shared license utilization:`, `Backup License Server Info:`,
    /// `Client Info:`, `Client ID  Usage  Hostname`.
    case sharedLicense
    /// `license-server …`, `activation-key …`, `no license-server …`, `!`, `: Saved`, `ASA Version`.
    case configuration
    /// `% Invalid input …`, `ERROR: …`, or the `^` marker line.
    case deviceError
    /// `<--- More --->` left by the pager.
    case pager
    case other

    /// The kind of output a line of this start opens, if any: every parser stops at a line that
    /// opens another kind's output, by this one table (a new kind adds its case here).
    var opens: DocumentKind? {
        switch self {
        case .activationKey, .showVersion, .licenseState: .activationKey
        case .sharedLicense: .sharedLicense
        case .configuration: .configuration
        case .deviceError: .deviceError
        case .blank, .prompt, .pager, .other: nil
        }
    }

    /// The line opens the output of another kind than `kind`: the parser of `kind` stops there.
    func opensOutput(otherThan kind: DocumentKind) -> Bool {
        opens.map { $0 != kind } ?? false
    }
}

enum LineClassifier {
    /// Whether a line that starts so (`lx` its words) opens licence output: a serial's, a key's,
    /// show version's or a shared licence's line, or a feature row.
    static func opensLicenceOutput(_ start: LineStart, _ lx: LineLexer) -> Bool {
        start == .activationKey || start == .showVersion || start == .licenseState || start == .sharedLicense
            || (start == .other && ActivationKeyParser.isCatalogRow(lx))
    }

    static func classify(_ lx: LineLexer) -> LineStart {
        guard lx.count > 0 else { return .blank }
        let start = byContent(lx)
        return start == .other && Prompt.isPrompt(lx) ? .prompt : start
    }

    /// `Flash Permanent Activation Key:` (8.3 and later) or `Flash activation key:` (earlier): the
    /// key that takes effect at the next reload, printed when it is not the running one.
    static func isFlashKeyLine(_ lx: LineLexer) -> Bool {
        guard lx.isWord(0, "Flash") else { return false }
        var i = 1
        if lx.isWord(i, "Permanent") || lx.isWord(i, "permanent") { i += 1 }
        return (lx.isWord(i, "Activation") || lx.isWord(i, "activation")) && (lx.isWord(i + 1, "Key") || lx.isWord(i + 1, "key"))
            && lx.isColon(i + 2)
    }

    private static func byContent(_ lx: LineLexer) -> LineStart {
        let bytes = lx.bytes
        let t = lx.token(0)
        if t.kind == .colon { return .configuration }  // `: Saved`, `: end` of a running-config
        let first = bytes[t.start]
        switch first {
        case UInt8(ascii: "%"):
            return .deviceError
        case UInt8(ascii: "^"):
            return lx.count == 1 && t.length == 1 ? .deviceError : .other
        case UInt8(ascii: "!"):
            return .configuration
        case UInt8(ascii: "<"):
            return ParseContext.pagerPromptLength(bytes, t.start, lx.line.end) > 0 ? .pager : .other
        case UInt8(ascii: "E"):
            return lx.isWord(0, "ERROR") && lx.isColon(1) ? .deviceError : .other
        case UInt8(ascii: "S"):
            if lx.matches("Serial Number :") { return .activationKey }
            if lx.matches("Shared license utilization :") { return .sharedLicense }
            return .other
        case UInt8(ascii: "e"):
            return lx.matches("erial Number :") ? .activationKey : .other
        case UInt8(ascii: "R"):
            if lx.isWord(0, "Running") && (lx.isWord(1, "Permanent") || lx.isWord(1, "Timebased") || lx.isWord(1, "Activation")) { return .activationKey }
            // ASDM's `Result of the command: "show version"` echoes a command as a prompt does.
            return ASDMResult.isEcho(lx) ? .prompt : .other
        case UInt8(ascii: "L"):
            // `License Features for this Platform:` and `Licensed Features for this Platform:`,
            // as 7.0 and its command reference print it. `Licensed Features:`, PIX 6.3's header.
            if lx.matches("Licensed features for this") || lx.matches("License Features for this") || lx.matches("Licensed Features for this")
                || lx.matches("Licensed Features :") { return .activationKey }
            return lx.isWord(0, "License") && lx.count > 2 && lx.isColon(2)
                && (lx.isWord(1, "mode") || lx.isWord(1, "state") || lx.isWord(1, "reservation")) ? .licenseState : .other
        case UInt8(ascii: "F"):
            if lx.matches("Failover cluster licensed features") || (t.length == 5 && bytes[t.start + 1] == UInt8(ascii: "l") && isFlashKeyLine(lx)) { return .activationKey }
            return lx.matches("Firewall throughput limited to") ? .licenseState : .other
        case UInt8(ascii: "N"):
            return lx.matches("No active entitlement :") ? .licenseState : .other
        case UInt8(ascii: "C"):
            if lx.matches("Cisco Adaptive Security Appliance Software Version") || lx.matches("Cisco PIX Security Appliance Software Version")
                || lx.matches("Cisco PIX Firewall Version") { return .showVersion }
            return lx.matches("Client Info :") || lx.matches("Client ID Usage Hostname") ? .sharedLicense : .other
        case UInt8(ascii: "P"):
            // The field, not any header that begins with these words (`Primary License Server Info:`).
            return lx.matches("Primary License Server :") ? .sharedLicense : .other
        case UInt8(ascii: "B"):
            return lx.matches("Backup License Server Info :") ? .sharedLicense : .other
        case UInt8(ascii: "l"):
            return lx.isWord(0, "license-server") ? .configuration : .other
        case UInt8(ascii: "A"):
            if lx.matches("ASA Version") { return .configuration }
            return lx.matches("ASAv Platform License State :") || lx.matches("Active entitlement :") ? .licenseState : .other
        case UInt8(ascii: "a"):
            // With a key after it: `activation-key command.` is a sentence's line, not a command.
            return lx.isWord(0, "activation-key") && ActivationKeyReader.startsKey(lx, at: 1) ? .configuration : .other
        case UInt8(ascii: "n"):
            return lx.isWord(0, "no") && (lx.isWord(1, "license-server") || lx.isWord(1, "activation-key")) ? .configuration : .other
        default:
            return .other
        }
    }
}
