/// The lines RANCID writes, as comments of the configuration it stores, in place of the unit's
/// lines of `show version` (`!Chassis type: ASA5545 - PIX`, `!Memory: main 12288M`, `!Image:
/// Software: 9.1(7)12`), among that output's licence lines it keeps as printed. They are show
/// version's, which a show version passes over: so are they, wherever they stand in the output
/// (after its serial too: RANCID sorts its lines by its own keys), and only when read from
/// comments, where no device prints them.
extension ParseContext {
    /// At a line an output does not understand: whether it is such a line, passed over.
    mutating func passesOverBackupDigestLine() -> Bool {
        guard !uncommentedLines.isEmpty, uncommentedLines.contains(lexer.line.number) else { return false }
        return lexer.isBackupDigestLine
    }
}

extension LineLexer {
    /// `Label: …` with one of RANCID's labels for a unit's lines, its colon after the label's
    /// one or two words.
    var isBackupDigestLine: Bool {
        guard let colon = firstColon, colon == 1 || colon == 2 else { return false }
        if colon == 2 {
            return (isWord(0, "Chassis") && isWord(1, "type")) || (isWord(0, "Processor") && isWord(1, "ID")) || (isWord(0, "ROM") && isWord(1, "Bootstrap"))
        }
        return isWord(0, "Image") || isWord(0, "Memory") || isWord(0, "CPU") || isWord(0, "BootFlash") || isWord(0, "Flash")
            || isWord(0, "Variable") || isWord(0, "Power")
    }
}
