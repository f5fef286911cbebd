/// DOC — the text itself. The parsers (and the YAML/JSON reader) report the others while reading.
enum DocRules {
    /// DOC002: `show activation-key` output without its serial number line (unless the command
    /// asked for only some lines: `| include Peers`).
    @Sendable static func doc002(_ d: LintDocument, _ ak: ActivationKeyDocument, _ o: LintOptions) -> [Diagnostic] {
        guard ak.has(.running), !ak.has(.serialNumber), ak.running?.scope == .platform, !d.document.showsFilteredOutput else { return [] }
        return [.rule(.DOC002, "no 'Serial Number:' line: the unit cannot be identified", at: ak.running?.span ?? d.span, in: d)]
    }
}
