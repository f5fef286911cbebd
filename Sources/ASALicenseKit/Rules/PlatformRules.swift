/// PLAT — platform limits, read from `PlatformTable`.
enum PlatformRules {
    /// PLAT001: a running feature beyond what the platform's tier allows.
    @Sendable static func plat001(_ d: LintDocument, _ o: LintOptions) -> [Diagnostic] {
        guard let ak = d.activationKey, let entry = PlatformTable.entry(model: PlatformTable.model(of: ak), tier: PlatformTable.tier(of: ak)) else { return [] }
        return (ak.running?.allRows ?? []).compactMap { row in
            guard let id = row.id, let limit = entry.limits[id] else { return nil }
            let over: String?
            switch limit {
            case .atMost(let n):
                over = row.value == .unlimited ? "Unlimited" : (row.value.count.map { $0 > n ? String($0) : nil } ?? nil)
                if let v = over { return .rule("PLAT001", "\(row.name.text) is \(v); the \(entry.model) \(entry.tier) license allows at most \(n)", at: row.span, in: d) }
            case .unsupported:
                over = row.value == .disabled || row.value == .count(0) ? nil : row.value.text
                if let v = over { return .rule("PLAT001", "\(row.name.text) is \(v); the \(entry.model) \(entry.tier) license does not support it", at: row.span, in: d) }
            case .failoverAtMost(let mode):
                if case .failover(let m) = row.value, m == .activeActive, mode == .activeStandby {
                    return .rule("PLAT001", "\(row.name.text) is Active/Active; the \(entry.model) \(entry.tier) license allows Active/Standby", at: row.span, in: d)
                }
            }
            return nil
        }
    }

    /// PLAT002: a No Payload Encryption model lists VPN or Unified Communications licenses.
    @Sendable static func plat002(_ d: LintDocument, _ o: LintOptions) -> [Diagnostic] {
        guard let ak = d.activationKey, let tier = ak.platform?.tier, tier.lowercased().contains("no payload encryption") else { return [] }
        let listed = (ak.running?.allRows ?? []).filter { $0.id?.isVPNOrUnifiedCommunications ?? false }
        guard let first = listed.first else { return [] }
        return [.rule("PLAT002", "a No Payload Encryption model does not show VPN or Unified Communications licenses, but this one lists \(listed.map(\.name.text).joined(separator: ", "))", at: first.span, in: d)]
    }

    /// PLAT003: Total VPN Peers caps Secure Client and Other VPN peers.
    @Sendable static func plat003(_ d: LintDocument, _ o: LintOptions) -> [Diagnostic] {
        guard let ak = d.activationKey else { return [] }
        var out: [Diagnostic] = []
        for block in [ak.running, ak.failoverCluster].compactMap({ $0 }) {
            guard let total = block.row(.totalVPNPeers)?.value.count else { continue }
            for id in [FeatureID.otherVPNPeers, .premiumPeers] {
                if let row = block.row(id), let n = row.value.count, n > total {
                    out.append(.rule("PLAT003", "\(row.name.text) \(n) is above Total VPN Peers \(total), the cap on all VPN peers combined", at: row.span, in: d))
                }
            }
        }
        return out
    }
}
