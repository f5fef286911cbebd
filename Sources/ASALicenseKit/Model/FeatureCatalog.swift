#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// Every spelling's bytes, one after another, and where each starts: one buffer made once
    /// and never freed, so that a lookup reads it with no reference counting.
    private nonisolated(unsafe) static let names: (bytes: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<Int>) = {
        let all = spellings.flatMap { Array($0.name.utf8) }
        var starts: [Int] = []
        var at = 0
        for s in spellings {
            starts.append(at)
            at += s.name.utf8.count
        }
        let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: all.count)
        _ = bytes.initialize(from: all)
        let offsets = UnsafeMutableBufferPointer<Int>.allocate(capacity: starts.count)
        _ = offsets.initialize(from: starts)
        return (UnsafeBufferPointer(bytes), UnsafeBufferPointer(offsets))
    }()

    /// The bytes of a spelling, read in place (no `String`, no reference counting).
    static func spellingBytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let (flat, starts) = names
        let end = index + 1 < starts.count ? starts[index + 1] : flat.count
        return UnsafeBufferPointer(rebasing: flat[starts[index]..<end])
    }

    /// The spelling index of the name whose words are `tokens` (joined by single spaces), or nil.
    static func lookup(_ bytes: UnsafeBufferPointer<UInt8>, tokens: ArraySlice<Token>) -> Int? {
        guard let first = tokens.first, let p = bytes.baseAddress else { return nil }
        var length = -1
        for t in tokens { length += t.length + 1 }
        guard length < byLength.count else { return nil }
        let (flat, starts) = names
        candidates: for index in byLength[length] {
            let name = flat.baseAddress! + starts[index]
            // Most candidates of a length differ in their first byte.
            guard name[0] == p[first.start] else { continue }
            var k = 0
            for t in tokens {
                if k > 0 {
                    guard name[k] == 0x20 else { continue candidates }
                    k += 1
                }
                guard memcmp(name + k, p + t.start, t.length) == 0 else { continue candidates }
                k += t.length
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
