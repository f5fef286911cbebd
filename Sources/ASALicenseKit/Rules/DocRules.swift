/// DOC — the text itself. DOC001, DOC003 and DOC004 come from the parser; DOC002 also here.
enum DocRules {
    /// DOC002: `show activation-key` output without its serial number line.
    @Sendable static func doc002(_ d: LintDocument, _ o: LintOptions) -> [Diagnostic] {
        guard let ak = d.activationKey, ak.running != nil, ak.serialNumber == nil, ak.running?.scope == .platform else { return [] }
        return [.rule("DOC002", "no 'Serial Number:' line: the unit cannot be identified", at: ak.running?.span ?? d.span, in: d)]
    }

    /// DOC004 on models read from YAML/JSON (the CLI parser reports it while reading).
    @Sendable static func doc004(_ d: LintDocument, _ o: LintOptions) -> [Diagnostic] {
        guard let ak = d.activationKey else { return [] }
        let rows = [ak.running, ak.failoverCluster, ak.permanent?.features].compactMap { $0 }.flatMap(\.allRows)
            + (ak.activeTimebasedKeys + ak.inactiveTimebasedKeys).flatMap(\.features)
        var seen = Set<String>()
        return rows.compactMap { r in
            guard case .unknown(let name) = r.name, seen.insert(name).inserted else { return nil }
            return .rule("DOC004", "feature '\(name)' is not in the catalog; kept as written and typed by its value", at: r.span, in: d)
        }
    }
}
