/// The document's platform tables as data: what each model and license tier allows. Adding a
/// model adds rows; the rules only read this table.
public enum PlatformTable {
    public enum Limit: Sendable, Equatable {
        /// A count no higher than this.
        case atMost(Int)
        /// Not supported: the feature shows Disabled (or 0).
        case unsupported
        /// Failover: at most this mode.
        case failoverAtMost(FeatureValue.FailoverMode)
    }

    public struct Entry: Sendable {
        public let model: String
        /// The license tier (`Base`, `Security Plus`), compared without case.
        public let tier: String
        public let limits: [FeatureID: Limit]
    }

    /// ISA 3000 License Features (Base / Security Plus).
    public static let entries: [Entry] = [
        Entry(model: "ISA 3000", tier: "Base", limits: [
            .botnetTrafficFilter: .unsupported, .carrier: .unsupported, .totalTLSProxySessions: .atMost(160),
            .premiumPeers: .atMost(25), .otherVPNPeers: .atMost(10), .totalVPNPeers: .atMost(25),
            .vpnLoadBalancing: .unsupported, .failover: .unsupported, .securityContexts: .unsupported,
            .cluster: .unsupported, .maximumVLANs: .atMost(5),
        ]),
        Entry(model: "ISA 3000", tier: "Security Plus", limits: [
            .botnetTrafficFilter: .unsupported, .carrier: .unsupported, .totalTLSProxySessions: .atMost(160),
            .premiumPeers: .atMost(25), .otherVPNPeers: .atMost(50), .totalVPNPeers: .atMost(50),
            .vpnLoadBalancing: .unsupported, .failover: .failoverAtMost(.activeStandby), .securityContexts: .unsupported,
            .cluster: .unsupported, .maximumVLANs: .atMost(25),
        ]),
    ]

    /// Model Guidelines: shared licenses are not supported on these models.
    public static let noSharedLicensing: Set<String> = ["ASAv", "ASA 5506-X", "ASA 5506W-X", "ASA 5508-X", "ASA 5516-X"]
    /// Model Guidelines: these models do not support time-based licenses.
    public static let noTimeBasedLicenses: Set<String> = ["ASA 5506-X", "ASA 5506W-X"]
    /// Failover License Requirements: these models need Security Plus on both units.
    public static let failoverNeedsSecurityPlus: Set<String> = ["ISA 3000"]

    public static func entry(model: String?, tier: String?) -> Entry? {
        guard let model, let tier else { return nil }
        return entries.first { $0.model == model && $0.tier.lowercased() == tier.lowercased() }
    }

    /// The platform limit of a numeric feature, when the table knows it.
    public static func limit(_ id: FeatureID, model: String?, tier: String?) -> Int? {
        if case .atMost(let n)? = entry(model: model, tier: tier)?.limits[id] { return n }
        return nil
    }

    /// The normalised model of a document: from its platform sentence, else from show version.
    public static func model(of ak: ActivationKeyDocument) -> String? {
        if let m = ak.platform?.normalizedModel { return m }
        if let h = ak.showVersion?.modelID ?? ak.showVersion?.hardware { return PlatformModel.normalize(h) }
        return nil
    }

    public static func tier(of ak: ActivationKeyDocument) -> String? { ak.platform?.tier }
}
