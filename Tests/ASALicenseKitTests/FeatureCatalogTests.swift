import Testing
@testable import ASALicenseKit

/// Every spelling a release has printed, and the feature it is: written out here, apart from the
/// catalog, so that a rename dropped or mapped to another feature fails.
@Suite struct FeatureCatalogTests {
    static let expected: [(String, String)] = [
        ("Maximum Physical Interfaces", "maximum-physical-interfaces"),
        ("Maximum Interfaces", "maximum-interfaces"),
        ("Maximum interfaces", "maximum-interfaces"),
        ("Maximum VLANs", "maximum-vlans"),
        ("VLANs", "vlans"),
        ("Dual ISPs", "dual-isps"),
        ("VLAN Trunk Ports", "vlan-trunk-ports"),
        ("Inside Hosts", "inside-hosts"),
        ("Failover", "failover"),
        ("Encryption-DES", "des"),
        ("VPN-DES", "des"),
        ("DES", "des"),
        ("Encryption-3DES-AES", "3des-aes"),
        ("VPN-3DES-AES", "3des-aes"),
        ("3DES-AES", "3des-aes"),
        ("Security Contexts", "security-contexts"),
        ("GTP/GPRS", "gtp-gprs"),
        ("Carrier", "carrier"),
        ("AnyConnect Premium Peers", "anyconnect-premium-peers"),
        ("SSL VPN Peers", "anyconnect-premium-peers"),
        ("Secure Client Premium Peers", "anyconnect-premium-peers"),
        ("WebVPN Peers", "anyconnect-premium-peers"),
        ("AnyConnect Essentials", "anyconnect-essentials"),
        ("Secure Client Essentials", "anyconnect-essentials"),
        ("Other VPN Peers", "other-vpn-peers"),
        ("IPSec VPN Peers", "other-vpn-peers"),
        ("VPN Peers", "other-vpn-peers"),
        ("Total VPN Peers", "total-vpn-peers"),
        ("Shared License", "shared-license"),
        ("Shared AnyConnect Premium Peers", "shared-anyconnect-premium-peers"),
        ("Shared SSL VPN Peers", "shared-anyconnect-premium-peers"),
        ("Shared Secure Client Premium Peers", "shared-anyconnect-premium-peers"),
        ("AnyConnect for Mobile", "anyconnect-for-mobile"),
        ("Secure Client for Mobile", "anyconnect-for-mobile"),
        ("AnyConnect for Cisco VPN Phone", "anyconnect-for-cisco-vpn-phone"),
        ("Secure Client for Cisco VPN Phone", "anyconnect-for-cisco-vpn-phone"),
        ("AnyConnect for Linksys phone", "anyconnect-for-cisco-vpn-phone"),
        ("Advanced Endpoint Assessment", "advanced-endpoint-assessment"),
        ("ADV END SEC", "advanced-endpoint-assessment"),
        ("UC Phone Proxy Sessions", "uc-phone-proxy-sessions"),
        ("Total UC Proxy Sessions", "total-uc-proxy-sessions"),
        ("UC Proxy Sessions", "total-uc-proxy-sessions"),
        ("Total TLS Proxy Sessions", "total-tls-proxy-sessions"),
        ("Botnet Traffic Filter", "botnet-traffic-filter"),
        ("Intercompany Media Engine", "intercompany-media-engine"),
        ("Cluster", "cluster"),
        ("Cluster Members", "cluster-members"),
        ("VPN Load Balancing", "vpn-load-balancing"),
        ("IPS Module", "ips-module"),
        ("10GE I/O", "10ge-io"),
        ("10 GE I/O", "10ge-io"),
        ("Cut-through Proxy", "cut-through-proxy"),
        ("Guards", "guards"),
        ("URL Filtering", "url-filtering"),
        ("URL-filtering", "url-filtering"),
        ("Throughput", "throughput"),
        ("IKE peers", "ike-peers"),
    ]

    /// The writers read a spelling's bytes in place and take its width as its byte count: every
    /// spelling is ASCII, and the bytes are the name's.
    @Test func spellingBytesAreTheNamesAndASCII() {
        for (index, spelling) in FeatureCatalog.spellings.enumerated() {
            let bytes = Array(FeatureCatalog.spellingBytes(index))
            #expect(bytes == Array(spelling.name.utf8))
            #expect(bytes.allSatisfy { $0 < 0x80 }, "\(spelling.name)")
        }
    }

    @Test func theCatalogHasExactlyTheseSpellings() {
        #expect(FeatureCatalog.spellings.map(\.name) == Self.expected.map(\.0))
    }

    @Test(arguments: expected.map { "\($0.0)|\($0.1)" })
    func eachSpellingReadsAsItsFeature(_ pair: String) {
        let parts = pair.split(separator: "|").map(String.init)
        let text = "Serial Number: JMX1232L11M\nLicensed features for this platform:\n\(parts[0]) : 5 perpetual\n"
        let (docs, diags) = CaptureParser.parse(text)
        guard case .activationKey(let ak)? = docs.first?.content else {
            Issue.record("expected an activation-key document")
            return
        }
        #expect(ak.running?.rows.first?.id?.rawValue == parts[1])
        #expect(!diags.contains { $0.code == .DOC004 })
    }

    /// The renames of the document's history keep one identity.
    @Test func historyRenamesAreOneFeature() {
        let same: [[String]] = [
            ["WebVPN Peers", "SSL VPN Peers", "AnyConnect Premium Peers", "Secure Client Premium Peers"],
            ["VPN-DES", "Encryption-DES", "DES"],
            ["VPN-3DES-AES", "Encryption-3DES-AES", "3DES-AES"],
            ["UC Proxy Sessions", "Total UC Proxy Sessions"],
            ["AnyConnect for Linksys phone", "AnyConnect for Cisco VPN Phone", "Secure Client for Cisco VPN Phone"],
            ["ADV END SEC", "Advanced Endpoint Assessment"],
            ["VPN Peers", "IPSec VPN Peers", "Other VPN Peers"],
        ]
        for group in same {
            let ids = Set(group.map { FeatureCatalog.lookup($0).map { FeatureCatalog.spellings[$0].id } })
            #expect(ids.count == 1 && !ids.contains(nil), "\(group)")
        }
    }
}

/// A row is stored compactly; read back it is what was written, and two rows are equal exactly
/// when their plain fields are (the span aside).
@Suite struct FeatureRowStorageTests {
    struct Plain: Hashable {
        var name: FeatureName, value: FeatureValue, term: Term?, comma: Bool, children: [FeatureRow]
    }

    @Test func fieldsReadBackAndEqualityIsThePlainFields() {
        var rng = SeededRandom(seed: 56)
        // The last spelling too: the spelling and its feature are packed in the row's bits.
        let names: [FeatureName] = [.known(spelling: 0), .known(spelling: 7), .known(spelling: FeatureCatalog.spellings.count - 1),
                                    .unknown("Quantum Tunnels"), .unknown("")]
        let values: [FeatureValue] = [.count(0), .count(5), .count(Int.max), .count(Int(Int32.max) + 1), .count(-3), .unlimited, .enabled, .disabled,
                                      .failover(.activeActive), .failover(.activeStandby), .text("Not supported"), .text("")]
        let terms: [Term?] = [nil, .perpetual, .days(0), .days(39), .days(Int.max), .days(Int(Int32.min) - 1), .qualifier("DMZ Unrestricted"), .qualifier("")]
        var rows: [(FeatureRow, Plain)] = []
        for _ in 0..<600 {
            let p = Plain(name: names.randomElement(using: &rng)!, value: values.randomElement(using: &rng)!, term: terms.randomElement(using: &rng)!,
                          comma: Bool.random(using: &rng), children: Bool.random(using: &rng) ? [] : [FeatureRow(name: .known(spelling: 1), value: .count(2))])
            // Columns and offsets past the row's narrow fields too (a JSON Lines document is one
            // line; an input past 4 GiB).
            let column = Bool.random(using: &rng) ? Int.random(in: 0...300, using: &rng) : Int.random(in: 65_530...70_000, using: &rng)
            let span = SourceSpan(line: Int.random(in: 0...100_000, using: &rng), column: column, offset: Int.random(in: 0...Int(Int32.max) * 4, using: &rng))
            var row = FeatureRow(name: p.name, value: p.value, term: p.term, children: p.children, commaBeforeQualifier: p.comma, span: span)
            #expect(row.name == p.name && row.value == p.value && row.term == p.term && row.children == p.children && row.commaBeforeQualifier == p.comma)
            #expect(row.span == span)
            if case .known(let i) = p.name { #expect(row.id == FeatureCatalog.spellings[i].id && row.spellingIndex == i) } else { #expect(row.id == nil && row.spellingIndex == nil) }
            // As printed, from the compact fields: the texts of the name, value and term.
            row.withPrintedParts { name, value, term in
                #expect(Array(name) == Array(p.name.text.utf8) && Array(value) == Array(p.value.text.utf8))
                #expect(term.map(Array.init) == p.term.map { Array($0.text.utf8) })
            }
            if case .unknown = p.name { #expect(row.nameIsText) } else { #expect(!row.nameIsText) }
            if case .text = p.value { #expect(row.valueIsText) } else { #expect(!row.valueIsText) }
            // A setter changes its field alone.
            let other = values.randomElement(using: &rng)!
            row.value = other
            #expect(row.value == other && row.name == p.name && row.term == p.term && row.span == span && row.commaBeforeQualifier == p.comma)
            row.value = p.value
            row.children.append(FeatureRow(name: .known(spelling: 2), value: .enabled))
            #expect(row.children.count == p.children.count + 1 && row.value == p.value && row.term == p.term && row.span == span)
            row.children.removeLast()
            // A plain row made at once from its value's bytes is the row the general way makes,
            // span and feature too (for the values and terms a plain row can have).
            let plainTerm: (perpetual: Bool, days: Int?)? = switch p.term {
            case nil: (false, nil)
            case .perpetual?: (true, nil)
            case .days(let n)?: (false, n)
            case .qualifier?: nil
            }
            if case .known(let i) = p.name, p.children.isEmpty, !p.comma, let plainTerm {
                let bytes = Array(p.value.text.utf8)
                let plain = bytes.withUnsafeBufferPointer {
                    FeatureRow(spelling: i, valueIn: $0, 0, $0.count, perpetual: plainTerm.perpetual, days: plainTerm.days, span: span)
                }
                let typed = bytes.withUnsafeBufferPointer { FeatureValue($0, 0, $0.count) }
                if typed == p.value {
                    #expect(plain == row && plain.span == span && plain.id == row.id && plain.spellingIndex == i)
                    #expect(plain.value == p.value && plain.term == p.term && plain.hashValue == row.hashValue)
                }
            }
            let again = FeatureRow(name: p.name, value: p.value, term: p.term, children: p.children, commaBeforeQualifier: p.comma)
            #expect(row == again && row.hashValue == again.hashValue)
            rows.append((row, p))
        }
        for ((a, pa), (b, pb)) in zip(rows, rows.dropFirst()) {
            #expect((a == b) == (pa == pb))
            if a == b { #expect(a.hashValue == b.hashValue) }
        }
        // The span is where a row was read, not what it says.
        let r = rows[0].0
        var moved = r
        moved.span = SourceSpan(line: 9, column: 9, offset: 9)
        #expect(moved == r)
        #expect(MemoryLayout<FeatureRow>.stride <= 32)
    }
}

/// The enums looked up in dictionaries compare and hash by case (not by their raw text): each
/// case equals itself alone, equal cases hash alike, and codes still sort by their text.
@Suite struct CaseIdentityTests {
    func holds<E: CaseIterable & Hashable & RawRepresentable>(_: E.Type) where E.RawValue == String {
        let cases = Array(E.allCases)
        for (i, a) in cases.enumerated() {
            for (j, b) in cases.enumerated() { #expect((a == b) == (i == j)) }
            #expect(a.hashValue == E(rawValue: a.rawValue)!.hashValue)
        }
        #expect(Set(cases).count == cases.count)
        #expect(Set(cases.map(\.hashValue)).count == cases.count)  // the case index is hashed: no two alike
    }

    @Test func featureIDsAndRuleCodesAreTheirCases() {
        holds(FeatureID.self)
        holds(RuleCode.self)
        #expect(SharedLicensingRole.server != .participant && Set([SharedLicensingRole.server, .server, .mixed]).count == 2)
    }

    @Test func ruleCodesSortByTheirText() {
        let codes = RuleCode.allCases
        #expect(codes.sorted().map(\.rawValue) == codes.map(\.rawValue).sorted())
        for a in codes { for b in codes { #expect((a < b) == (a.rawValue < b.rawValue)) } }
    }

    @Test func aCaseIsReadBackFromItsIndex() {
        for id in FeatureID.allCases { #expect(caseValue(caseIndex(id), of: FeatureID.self) == id) }
        for code in RuleCode.allCases { #expect(caseValue(caseIndex(code), of: RuleCode.self) == code) }
        #expect(FeatureID.allCases.map { Int(caseIndex($0)) } == Array(FeatureID.allCases.indices))
    }
}

/// A `FeatureMap` holds what a dictionary by feature would, through any sets and removals.
@Suite struct FeatureMapTests {
    @Test func agreesWithADictionary() {
        var rng = SeededRandom(seed: 91)
        var map = FeatureMap<Int>()
        var plain: [FeatureID: Int] = [:]
        for step in 0..<2000 {
            let id = FeatureID.allCases.randomElement(using: &rng)!
            let value: Int? = Bool.random(using: &rng) ? step : nil
            map[id] = value
            plain[id] = value
            #expect(map.count == plain.count && map.isEmpty == plain.isEmpty)
        }
        for id in FeatureID.allCases { #expect(map[id] == plain[id]) }
    }

    /// A block's rows by feature are the rows `row(_:)` finds, children included, and their values;
    /// its rows by spelling are those `firstRow(named:)` finds.
    @Test func rowsByFeatureAndSpellingAreTheRowsFound() {
        var g = ModelGenerator(seed: 5)
        for _ in 0..<300 {
            var block = g.block(platform: false)
            if g.chance(0.5), !block.rows.isEmpty { block.rows[0].children = g.rows(1...3) }
            let map = block.rowsByFeature
            for id in FeatureID.allCases {
                #expect(map[id] == block.row(id))
                #expect(map[id]?.span == block.row(id)?.span)
                #expect(map.value(id) == block.row(id)?.value)
            }
            let bySpelling = block.rowsBySpelling
            for spelling in FeatureCatalog.spellings.indices {
                #expect(bySpelling[slot: spelling] == block.firstRow(named: .known(spelling: spelling)))
                #expect(bySpelling[slot: spelling]?.span == block.firstRow(named: .known(spelling: spelling))?.span)
            }
        }
    }
}

/// Child rows are appended where they stand: each append does not copy the ones before (that
/// made a row with many children quadratic), and the row reads back what was appended.
@Suite struct FeatureRowChildrenTests {
    @Test func appendingAChildDoesNotCopyTheOthers() {
        var row = FeatureRow(name: .known(spelling: 0), value: .enabled, term: .perpetual)
        let child = FeatureRow(name: .unknown("Peers"), value: .count(5))
        row.children.append(child)
        row.children.reserveCapacity(64)  // room enough: the storage moves only if copied
        let storage = row.children.withUnsafeBufferPointer { $0.baseAddress }
        // Lists of the same size made between appends take any storage an append lets go, so a
        // copy per append could not land where the list was.
        var others: [[FeatureRow]] = []
        for _ in 0..<20 {
            row.children.append(child)
            others.append([FeatureRow](repeating: child, count: 64))
        }
        #expect(row.children.withUnsafeBufferPointer { $0.baseAddress } == storage, "appended in place")
        #expect(others.count == 20)
        #expect(row.children.count == 21 && row.children.allSatisfy { $0 == child })
        #expect(row.name == .known(spelling: 0) && row.value == .enabled && row.term == .perpetual)
        // A copy of the row keeps its own children.
        let copy = row
        row.children.removeAll()
        #expect(copy.children.count == 21 && row.children.isEmpty && !row.hasChildren)
    }
}
