/// The lines of a post that set one configuration snippet apart from the next: a blog shows the
/// server's commands, then says "Then on the participant:" and shows the participant's, each
/// in its own code block, with no prompt. No running-config or change script has such a line
/// between two licence commands, so a command another unit's configuration holds after one
/// starts that configuration (`ConfigParser`), where without it the two mixed would be one
/// unit's error (SHR005), or a backup server with a participant's lines.
enum SetApartLines {
    /// Whether the line read last is a post's text, not a configuration's: a Markdown heading,
    /// a line ending with a colon (`Then on the participant:`), words in a script no ASA prints
    /// from the first, or a capital letter first (`Participant`), which no command has (`ASA
    /// Version …`, a listing's header, comes before its commands). A comment (`! participant`)
    /// is the configuration's own. `afterClosedMarkup`: a page's closing markup or a fence stands
    /// right before it.
    static func isPostsText(_ lx: LineLexer, afterClosedMarkup: Bool) -> Bool {
        guard lx.count > 0, !isComment(lx) else { return false }
        let first = lx.bytes[lx.token(0).start]
        return afterClosedMarkup || headsOrIntroduces(lx) || (first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z"))
            // (Looked at only from a first byte that is no ASCII: the configuration's other lines are many.)
            || (first >= 0x80 && ByteText.holdsOtherScript(lx.bytes, lx.line.start, lx.line.end))
    }

    /// A configuration's comment (`! participant`, `: Saved`), never a post's text. (A line with words.)
    static func isComment(_ lx: LineLexer) -> Bool {
        let first = lx.bytes[lx.token(0).start]
        return first == UInt8(ascii: "!") || first == UInt8(ascii: ":")
    }

    /// A post's heading (Markdown's `## Participant`) or a line that introduces what follows
    /// (`Then on the participant:`): no configuration command is either.
    static func headsOrIntroduces(_ lx: LineLexer) -> Bool {
        PageMarkup.isHeading(lx) || lx.lastByte == UInt8(ascii: ":")
    }

    /// Whether the licence commands `added`, read after such a line, are another unit's than
    /// the ones `before` it: of another role (a server's beside a backup server's or a
    /// participant's; a backup server's `backup enable` beside a participant's `backup
    /// address`), or naming again what a unit names once (its secret, its server's address,
    /// its backup). Negated commands and settings at their defaults name no role.
    static func startsAnotherUnit(before: ArraySlice<ConfigCommand>, added: ArraySlice<ConfigCommand>) -> Bool {
        let (a, b) = (UnitSides(before), UnitSides(added))
        if (a.server && (b.backup || b.participant || b.either)) || (b.server && (a.backup || a.participant || a.either)) { return true }
        if (a.backup && b.participant) || (a.participant && b.backup) { return true }
        return a.namedOnce & b.namedOnce != 0
    }

    /// The commands a unit has once: its secret, its backup (`backup <address> backup-id`), its
    /// server's address, its backup's address.
    private enum Once: UInt8 {
        case secret = 1, backupServer = 2, address = 4, backupAddress = 8
    }

    /// What a unit's licence commands say it is.
    private struct UnitSides {
        var server = false, backup = false, participant = false
        /// `license-server address … secret …`: a backup server's or a participant's.
        var either = false
        /// The commands a unit has once, a bit each (`Once`).
        var namedOnce: UInt8 = 0

        init(_ commands: ArraySlice<ConfigCommand>) {
            for c in commands where !c.negated {
                switch c.kind {
                case .refreshInterval(LicenseConfiguration.defaultRefreshInterval), .port(LicenseConfiguration.defaultPort), .activationKey: break
                case .secret: server = true; namedOnce |= Once.secret.rawValue
                case .backupServer: server = true; namedOnce |= Once.backupServer.rawValue
                case .enable, .refreshInterval, .port: server = true
                case .backupEnable: backup = true
                case .address: either = true; namedOnce |= Once.address.rawValue
                case .backupAddress: participant = true; namedOnce |= Once.backupAddress.rawValue
                }
            }
        }
    }
}
