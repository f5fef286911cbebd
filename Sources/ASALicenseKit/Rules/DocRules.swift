/// DOC — the text itself. The parsers (and the YAML/JSON reader) report the others while reading.
enum DocRules {
    /// DOC002: `show activation-key` output without its serial number line.
    @Sendable static func doc002(_ d: LintDocument, _ ak: ActivationKeyDocument, _ o: LintOptions) -> [Diagnostic] {
        guard ak.has(.running), !ak.has(.serialNumber), ak.running?.scope == .platform else { return [] }
        return [.rule(.DOC002, "no 'Serial Number:' line: the unit cannot be identified", at: ak.running?.span ?? d.span, in: d)]
    }
}
