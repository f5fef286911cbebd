/// Every spelling of a feature name that ASA software has printed, and the feature it names.
/// The first spelling of a feature is its current name. Data, not code: a rename adds a row.
public enum FeatureCatalog {
    public static let spellings: [(name: String, id: FeatureID)] = [
        ("Maximum Physical Interfaces", .maximumPhysicalInterfaces),
        ("Maximum Interfaces", .maximumInterfaces),
        ("Maximum interfaces", .maximumInterfaces),
        ("Maximum VLANs", .maximumVLANs),
        ("VLANs", .vlans),
        ("Dual ISPs", .dualISPs),
        ("VLAN Trunk Ports", .vlanTrunkPorts),
        ("Inside Hosts", .insideHosts),
        ("Failover", .failover),
        ("Encryption-DES", .des),
        ("VPN-DES", .des),
        ("DES", .des),
        ("Encryption-3DES-AES", .strongEncryption),
        ("VPN-3DES-AES", .strongEncryption),
        ("3DES-AES", .strongEncryption),
        ("Security Contexts", .securityContexts),
        ("GTP/GPRS", .gtpGPRS),
        ("Carrier", .carrier),
        ("AnyConnect Premium Peers", .premiumPeers),
        ("SSL VPN Peers", .premiumPeers),
        ("Secure Client Premium Peers", .premiumPeers),
        // 7.x and 8.0: clientless and AnyConnect sessions were the WebVPN license.
        ("WebVPN Peers", .premiumPeers),
        ("AnyConnect Essentials", .essentials),
        ("Secure Client Essentials", .essentials),
        ("Other VPN Peers", .otherVPNPeers),
        ("IPSec VPN Peers", .otherVPNPeers),
        // 7.x and 8.0: the IPsec peers, which 8.2 prints as Other VPN Peers.
        ("VPN Peers", .otherVPNPeers),
        ("Total VPN Peers", .totalVPNPeers),
        ("Shared License", .sharedLicense),
        ("Shared AnyConnect Premium Peers", .sharedPremiumPeers),
        ("Shared SSL VPN Peers", .sharedPremiumPeers),
        ("Shared Secure Client Premium Peers", .sharedPremiumPeers),
        ("AnyConnect for Mobile", .mobile),
        ("Secure Client for Mobile", .mobile),
        ("AnyConnect for Cisco VPN Phone", .vpnPhone),
        ("Secure Client for Cisco VPN Phone", .vpnPhone),
        ("AnyConnect for Linksys phone", .vpnPhone),
        ("Advanced Endpoint Assessment", .advancedEndpointAssessment),
        ("ADV END SEC", .advancedEndpointAssessment),
        ("UC Phone Proxy Sessions", .ucPhoneProxySessions),
        ("Total UC Proxy Sessions", .totalUCProxySessions),
        // 8.0(4) to 8.1: one UC Proxy license before it was split.
        ("UC Proxy Sessions", .totalUCProxySessions),
        ("Total TLS Proxy Sessions", .totalTLSProxySessions),
        ("Botnet Traffic Filter", .botnetTrafficFilter),
        ("Intercompany Media Engine", .intercompanyMediaEngine),
        ("Cluster", .cluster),
        ("Cluster Members", .clusterMembers),
        ("VPN Load Balancing", .vpnLoadBalancing),
        ("IPS Module", .ipsModule),
        ("10GE I/O", .tenGigabitIO),
        ("10 GE I/O", .tenGigabitIO),
        // Legacy licenses of PIX and early ASA releases, with no later name.
        ("Cut-through Proxy", .cutThroughProxy),
        ("Guards", .guards),
        ("URL Filtering", .urlFiltering),
        ("URL-filtering", .urlFiltering),
        ("Throughput", .throughput),
        ("IKE peers", .ikePeers),
    ]

    /// Spelling indices grouped by byte length: a lookup compares a handful of candidates.
    private static let byLength: [[Int]] = {
        var table = [[Int]](repeating: [], count: 64)
        for (i, s) in spellings.enumerated() { table[s.name.utf8.count].append(i) }
        return table
    }()

    private static let utf8: [[UInt8]] = spellings.map { Array($0.name.utf8) }

    /// The spelling index of the name whose words are these byte ranges of `bytes` (joined by
    /// single spaces), or nil.
    public static func lookup<Words: Collection<Range<Int>>>(_ bytes: UnsafeBufferPointer<UInt8>, words: Words) -> Int? {
        guard !words.isEmpty else { return nil }
        var length = -1
        for w in words { length += w.count + 1 }
        guard length < byLength.count else { return nil }
        candidates: for index in byLength[length] {
            let name = utf8[index]
            var k = 0
            for (n, w) in words.enumerated() {
                if n > 0 {
                    guard name[k] == 0x20 else { continue candidates }
                    k += 1
                }
                for i in w {
                    guard name[k] == bytes[i] else { continue candidates }
                    k += 1
                }
            }
            return index
        }
        return nil
    }

    /// The spelling index of `name` (words separated by single spaces), or nil.
    public static func lookup(_ name: String) -> Int? {
        let count = name.utf8.count
        guard count < byLength.count else { return nil }
        return byLength[count].first { spellings[$0].name == name }
    }

    /// The current spelling of a feature.
    public static func currentName(of id: FeatureID) -> String {
        spellings.first { $0.id == id }?.name ?? id.rawValue
    }
}
