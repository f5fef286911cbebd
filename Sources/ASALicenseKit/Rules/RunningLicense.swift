/// Table 1 as code: what the running license should show, from the permanent license and the
/// active time-based keys. Shared by the RUN, TIME and FO rules.
public enum RunningLicense {
    /// A running row as Table 1 computes it, with the rule that gives it and why.
    public struct Expected: Sendable {
        public var value: FeatureValue
        /// The term the row should show: `perpetual` from the permanent key, else the key's days.
        public var term: Term
        /// The rule that produced the value (RUN001, RUN002 or RUN003).
        public var rule: RuleCode
        /// How it was computed, for the message.
        public var reason: String
    }

    /// The time-based rows that apply to a feature: its own, and for UC Phone Proxy the Total UC
    /// Proxy key too (one UC license covers both counters).
    public static func timebasedRows(for id: FeatureID, in keys: [TimebasedKey]) -> [FeatureRow] {
        timebasedRows(for: id, among: keys.flatMap(\.features))
    }

    /// `timebasedRows(for:in:)` from the keys' rows, read once for every feature of a block.
    static func timebasedRows(for id: FeatureID, among rows: [FeatureRow]) -> [FeatureRow] {
        let own = rows.filter { $0.id == id }
        if id == .ucPhoneProxySessions && own.isEmpty { return rows.filter { $0.id == .totalUCProxySessions } }
        return own
    }

    /// The expected running value of a feature, or nil when it cannot be recomputed.
    public static func expected(_ id: FeatureID, permanent: FeatureRow?, timebased: [FeatureRow], platformLimit: Int?) -> Expected? {
        guard let perm = permanent else { return nil }
        let pv = perm.value
        guard let tb = timebased.first else {
            return Expected(value: pv, term: .perpetual, rule: id.combination == .higher ? .RUN001 : id.combination == .additive ? .RUN002 : .RUN003,
                            reason: "the permanent value; no active time-based key")
        }
        guard timebased.count == 1 || id == .ucPhoneProxySessions else { return nil }  // TIME001's ground
        let days = tb.term?.days.map(Term.days) ?? .perpetual
        switch id.combination {
        case .additive:
            guard let p = pv.count, let t = tb.value.count else { return nil }
            let sum = p + t
            let capped = platformLimit.map { min($0, sum) } ?? sum
            let cap = platformLimit.map { ", capped at the platform limit \($0)" } ?? ""
            return Expected(value: .count(capped), term: days, rule: .RUN002, reason: "\(p) permanent + \(t) time-based\(cap)")
        case .higher, .other:
            let rule: RuleCode = id.combination == .higher ? .RUN001 : .RUN003
            guard let pr = pv.rank, let tr = tb.value.rank else { return nil }
            if tr > pr {
                return Expected(value: tb.value, term: days, rule: rule, reason: "the time-based \(tb.value.text) beats the permanent \(pv.text)")
            }
            return Expected(value: pv, term: .perpetual, rule: rule, reason: "the permanent \(pv.text) is not beaten by the time-based \(tb.value.text)")
        }
    }
}
