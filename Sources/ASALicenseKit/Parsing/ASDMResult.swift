/// The line ASDM's command-line tool (Tools > Command Line Interface) prints before each
/// command's output, in place of a prompt: `Result of the command: "show version"`. Users of
/// ASDM paste it with the output. It echoes the command, with no prompt and no host.
enum ASDMResult {
    /// Whether the line (lexed) is one.
    static func isEcho(_ lx: LineLexer) -> Bool {
        commandRange(lx) != nil
    }

    /// The bytes of the command inside the quotes, when the line is one.
    static func commandRange(_ lx: LineLexer) -> Range<Int>? {
        guard lx.count >= 6, lx.matches("Result of the command :") else { return nil }
        let bytes = lx.bytes
        let first = lx.token(5), last = lx.token(lx.count - 1)
        guard bytes[first.start] == UInt8(ascii: "\""), bytes[last.end - 1] == UInt8(ascii: "\""), last.end - first.start >= 3 else { return nil }
        return (first.start + 1)..<(last.end - 1)
    }
}
