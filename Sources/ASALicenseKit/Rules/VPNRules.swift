/// VPN — VPN and encryption features.
enum VPNRules {
    /// The rows of every block of the document that `keep` keeps (only those are copied).
    static func rows(_ ak: ActivationKeyDocument, where keep: (FeatureRow) -> Bool) -> [FeatureRow] {
        var out: [FeatureRow] = []
        // Block by block, not from a list of the three (a list made for every document).
        ak.running?.forEachRow { if keep($0) { out.append($0) } }
        ak.failoverCluster?.forEachRow { if keep($0) { out.append($0) } }
        ak.permanent?.features?.forEachRow { if keep($0) { out.append($0) } }
        return out
    }

    /// VPN001: the DES license cannot be disabled.
    @Sendable static func vpn001(_ d: LintDocument, _ ak: ActivationKeyDocument, _ o: LintOptions) -> [Diagnostic] {
        rows(ak) { $0.id == .des && $0.value == .disabled }.map {
            .rule(.VPN001, "\($0.name.text) is Disabled; the DES license cannot be disabled", at: $0.span, in: d)
        }
    }

    /// VPN002: VPN load balancing requires the Strong Encryption (3DES/AES) license.
    @Sendable static func vpn002(_ d: LintDocument, _ ak: ActivationKeyDocument, _ o: LintOptions) -> [Diagnostic] {
        var out: [Diagnostic] = []
        // Both rows found in one walk of each block, where it stands (a list of the blocks copied them).
        func check(_ block: FeatureBlock?) {
            guard let rows = block?.rowsByFeature, let lb = rows[.vpnLoadBalancing], lb.value == .enabled,
                  rows[.strongEncryption]?.value != .enabled else { return }
            out.append(.rule(.VPN002, "VPN Load Balancing is Enabled without the Strong Encryption (3DES/AES) license", at: lb.span, in: d))
        }
        check(ak.running)
        check(ak.failoverCluster)
        return out
    }

    /// VPN003: AnyConnect Essentials excludes Premium (shared included) and Advanced Endpoint Assessment.
    @Sendable static func vpn003(_ d: LintDocument, _ ak: ActivationKeyDocument, _ o: LintOptions) -> [Diagnostic] {
        guard let running = ak.running, let e = running.row(.essentials), e.value == .enabled else { return [] }
        var clashes: [String] = []
        // Every unit shows 2 Premium Peers by default: more means a Premium license.
        if let p = running.row(.premiumPeers)?.value.count, p > 2 { clashes.append("AnyConnect Premium Peers \(p)") }
        if running.row(.sharedLicense)?.value == .enabled { clashes.append("the shared AnyConnect Premium license") }
        if running.row(.advancedEndpointAssessment)?.value == .enabled { clashes.append("Advanced Endpoint Assessment") }
        guard !clashes.isEmpty else { return [] }
        return [.rule(.VPN003, "AnyConnect Essentials is Enabled with \(clashes.joined(separator: ", ")); Essentials is used instead of them", at: e.span, in: d)]
    }
}
