/// The licensed features asalic knows, by identity. A feature keeps its identity across the
/// renames of the document's history table (SSL VPN Peers → AnyConnect Premium Peers, VPN-DES /
/// Encryption-DES / DES …); `FeatureCatalog` maps every spelling to one of these.
public enum FeatureID: String, CaseIterable, Sendable, Hashable {
    case maximumPhysicalInterfaces = "maximum-physical-interfaces"
    case maximumInterfaces = "maximum-interfaces"
    case maximumVLANs = "maximum-vlans"
    case vlans = "vlans"
    case dualISPs = "dual-isps"
    case vlanTrunkPorts = "vlan-trunk-ports"
    case insideHosts = "inside-hosts"
    case failover = "failover"
    case des = "des"
    case strongEncryption = "3des-aes"
    case securityContexts = "security-contexts"
    case gtpGPRS = "gtp-gprs"
    case carrier = "carrier"
    case premiumPeers = "anyconnect-premium-peers"
    case essentials = "anyconnect-essentials"
    case otherVPNPeers = "other-vpn-peers"
    case totalVPNPeers = "total-vpn-peers"
    case sharedLicense = "shared-license"
    case sharedPremiumPeers = "shared-anyconnect-premium-peers"
    case mobile = "anyconnect-for-mobile"
    case vpnPhone = "anyconnect-for-cisco-vpn-phone"
    case advancedEndpointAssessment = "advanced-endpoint-assessment"
    case ucPhoneProxySessions = "uc-phone-proxy-sessions"
    case totalUCProxySessions = "total-uc-proxy-sessions"
    case totalTLSProxySessions = "total-tls-proxy-sessions"
    case botnetTrafficFilter = "botnet-traffic-filter"
    case intercompanyMediaEngine = "intercompany-media-engine"
    case cluster = "cluster"
    case clusterMembers = "cluster-members"
    case vpnLoadBalancing = "vpn-load-balancing"
    case ipsModule = "ips-module"
    case tenGigabitIO = "10ge-io"
    // Legacy (PIX, ASA 7.x): known names with no later identity.
    case cutThroughProxy = "cut-through-proxy"
    case guards = "guards"
    case urlFiltering = "url-filtering"
    case throughput = "throughput"
    case ikePeers = "ike-peers"

    /// How many features there are: `allCases` makes its list at each ask.
    static let count = allCases.count

    /// A PIX's own licenses, which no ASA prints.
    var isPIXOnly: Bool { self == .cutThroughProxy || self == .guards || self == .urlFiltering }

    /// How the running license combines the permanent and a time-based value (Table 1).
    public enum Combination: Sendable {
        /// Secure Client Premium sessions: the higher value.
        case higher
        /// UC Proxy sessions: the sum, capped at the platform limit.
        case additive
        /// Everything else: enabled beats disabled, the higher tier wins.
        case other
    }

    public var combination: Combination {
        switch self {
        case .premiumPeers: .higher
        case .ucPhoneProxySessions, .totalUCProxySessions: .additive
        default: .other
        }
    }

    /// Whether a failover pair's cluster license adds the two units' values (up to the platform
    /// limit): contexts, Premium peers, UC and TLS proxy sessions. VLANs, Other and Total VPN
    /// peers and interfaces show the same value in the unit and cluster blocks: not summed.
    public var addsInFailover: Bool {
        switch self {
        case .securityContexts, .premiumPeers, .ucPhoneProxySessions, .totalUCProxySessions, .totalTLSProxySessions: true
        default: false
        }
    }

    /// VPN and Unified Communications features, which a No Payload Encryption model does not list.
    public var isVPNOrUnifiedCommunications: Bool {
        switch self {
        case .premiumPeers, .essentials, .otherVPNPeers, .totalVPNPeers, .sharedLicense, .sharedPremiumPeers,
             .mobile, .vpnPhone, .advancedEndpointAssessment, .ucPhoneProxySessions, .totalUCProxySessions,
             .intercompanyMediaEngine, .vpnLoadBalancing:
            true
        default:
            false
        }
    }

    /// Equal by case, not by raw value (see `caseIndex`).
    public static func == (a: FeatureID, b: FeatureID) -> Bool { caseIndex(a) == caseIndex(b) }
    /// Hashed by case, not by raw value (see `caseIndex`).
    public func hash(into hasher: inout Hasher) { hasher.combine(caseIndex(self)) }
}
