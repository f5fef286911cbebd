/// A failover pair side by side: for every numeric or enabled feature, both units' values, the
/// cluster value the combination rules give, and the cluster value each unit shows.
public struct PairRow: Hashable, Sendable {
    public var feature: String
    public var primary: String
    public var secondary: String
    /// The expected cluster value (`12..14` when the platform cap is unknown).
    public var expected: String
    public var clusterOnPrimary: String
    public var clusterOnSecondary: String
    /// The rules a shown value breaks: FO001, FO002, FO005.
    public var rules: [RuleCode]
}

/// The failover cluster table of a pair: each numeric or enabled feature on both units, what the cluster should show, and the rules a mismatch breaks.
public enum PairTable {
    /// The table's rows for a primary and a secondary unit.
    public static func rows(primary a: ActivationKeyDocument, secondary b: ActivationKeyDocument) -> [PairRow] {
        let table = PlatformTable.lookup(a)
        var out: [PairRow] = []
        var seen = Set<String>()
        for row in (a.running?.allRows ?? []) + (b.running?.allRows ?? []) {
            let id = DocumentDiff.identity(row)
            guard seen.insert(id).inserted else { continue }
            let find = { (block: FeatureBlock?) in block?.allRows.first { DocumentDiff.identity($0) == id } }
            let (pa, pb) = (find(a.running), find(b.running))
            let (ca, cb) = (find(a.failoverCluster), find(b.failoverCluster))
            let values = [pa?.value, pb?.value].compactMap { $0 }
            var rules: [RuleCode] = []
            let expected: String
            if values.allSatisfy({ $0.count != nil }), !values.isEmpty, row.id?.addsInFailover == false {
                // Not summed in a cluster: the larger unit's value.
                let low = values.compactMap(\.count).max() ?? 0
                expected = String(low)
                for c in [ca, cb].compactMap({ $0?.value.count }) where c < low { rules.append(.FO001) }
            } else if values.allSatisfy({ $0.count != nil }), !values.isEmpty {
                let counts = values.compactMap(\.count)
                let sum = counts.reduce(0, +)
                if let limit = row.id.flatMap({ table.limit($0) }) {
                    expected = String(min(sum, limit))
                    for c in [ca, cb].compactMap({ $0?.value.count }) where c != min(sum, limit) { rules.append(.FO001) }
                } else {
                    let low = counts.max() ?? 0
                    expected = low == sum ? String(sum) : "\(low)..\(sum)"
                    for c in [ca, cb].compactMap({ $0?.value.count }) where c < low || c > sum { rules.append(.FO001) }
                }
            } else if values.allSatisfy({ $0.rank != nil && $0.count == nil }), let best = values.max(by: { ($0.rank ?? 0) < ($1.rank ?? 0) }) {
                expected = best.text
                for c in [ca, cb].compactMap({ $0?.value }) where c.rank != best.rank { rules.append(.FO002) }
            } else {
                continue  // free text: no combination rule applies
            }
            if let ca, let cb, ca.value != cb.value { rules.append(.FO005) }
            var unique: [RuleCode] = []
            for r in rules where !unique.contains(r) { unique.append(r) }
            out.append(PairRow(feature: row.name.text, primary: pa?.value.text ?? "-", secondary: pb?.value.text ?? "-", expected: expected,
                               clusterOnPrimary: ca?.value.text ?? "-", clusterOnSecondary: cb?.value.text ?? "-", rules: unique))
        }
        return out
    }
}
