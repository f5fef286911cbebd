/// PLAT — platform limits, read from `PlatformTable`.
enum PlatformRules {
    /// PLAT001: a feature beyond what the platform's tier allows, in the running block and in
    /// the failover-cluster block (the license that runs on a pair).
    @Sendable static func plat001(_ d: LintDocument, _ ak: ActivationKeyDocument, _ o: LintOptions) -> [Diagnostic] {
        let table = PlatformTable.lookup(ak)
        guard !table.limits.isEmpty else { return [] }
        var out: [Diagnostic] = []
        // Each block checked where it stands (a list of the two blocks copied both and was let go).
        func check(_ block: FeatureBlock?, _ which: String) {
            block?.forEachRow { row in
                guard let id = row.id, let limit = table.limitKind(id) else { return }
                // Spelled only for a finding (most rows are within their limits), part by part
                // into one text; the table's row, with its source, read only then.
                var source: String { table.limits[id]?.row.source ?? "" }
                switch limit {
                case .atMost(let n):
                    let over = row.value == .unlimited || (row.value.count ?? 0) > n
                    if over { out.append(.rule(.PLAT001, "\(name: row) is \(value: row)\(which); the \(table.platform) license allows at most \(n) [\(source)]", at: row.span, in: d)) }
                case .unsupported:
                    if row.value != .disabled && row.value != .count(0) && row.value.rank != nil {
                        out.append(.rule(.PLAT001, "\(name: row) is \(value: row)\(which); the \(table.platform) license does not support it [\(source)]", at: row.span, in: d))
                    }
                case .failoverAtMost(let mode):
                    if case .failover(let m) = row.value, m == .activeActive, mode == .activeStandby {
                        out.append(.rule(.PLAT001, "\(name: row) is Active/Active\(which); the \(table.platform) license allows Active/Standby [\(source)]", at: row.span, in: d))
                    }
                }
            }
        }
        check(ak.running, "")
        check(ak.failoverCluster, " in the failover cluster license")
        return out
    }

    /// PLAT002: a No Payload Encryption model lists VPN or Unified Communications licenses.
    @Sendable static func plat002(_ d: LintDocument, _ ak: ActivationKeyDocument, _ o: LintOptions) -> [Diagnostic] {
        guard let tier = ak.platform?.tier,
              ByteText.containsIgnoringCase(tier, "no payload encryption") ?? tier.lowercased().contains("no payload encryption") else { return [] }
        let listed = (ak.running?.allRows ?? []).filter { $0.id?.isVPNOrUnifiedCommunications ?? false }
        guard let first = listed.first else { return [] }
        return [.rule(.PLAT002, "a No Payload Encryption model does not show VPN or Unified Communications licenses, but this one lists \(listed.map(\.name.text).joined(separator: ", "))", at: first.span, in: d)]
    }

    /// PLAT003: Total VPN Peers caps Secure Client and Other VPN peers.
    @Sendable static func plat003(_ d: LintDocument, _ ak: ActivationKeyDocument, _ o: LintOptions) -> [Diagnostic] {
        var out: [Diagnostic] = []
        // The three rows found in one walk of each block (a search each walked it three times).
        func check(_ block: FeatureBlock?) {
            guard let rows = block?.rowsByFeature, let total = rows[.totalVPNPeers]?.value.count else { return }
            for id in [FeatureID.otherVPNPeers, .premiumPeers] {
                if let row = rows[id], let n = row.value.count, n > total {
                    out.append(.rule(.PLAT003, "\(row.name.text) \(n) is above Total VPN Peers \(total), the cap on all VPN peers combined", at: row.span, in: d))
                }
            }
        }
        check(ak.running)
        check(ak.failoverCluster)
        return out
    }
}
