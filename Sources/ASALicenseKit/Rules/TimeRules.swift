/// TIME — time-based licenses.
enum TimeRules {
    /// TIME001: one active time-based license per feature. Identical licenses (same feature,
    /// same value) stack instead (TIME002) and are not a conflict.
    @Sendable static func time001(_ d: LintDocument, _ o: LintOptions) -> [Diagnostic] {
        guard let ak = d.activationKey else { return [] }
        var first: [FeatureID: (key: TimebasedKey, row: FeatureRow)] = [:]
        var out: [Diagnostic] = []
        func describe(_ k: TimebasedKey, _ r: FeatureRow) -> String {
            let kind = k.features.count > 1 ? "an evaluation key of \(k.features.count) features" : "a single-feature key"
            return "\(k.key.text) (\(r.value.text), \(kind))"
        }
        for key in ak.activeTimebasedKeys {
            for row in key.features {
                guard let id = row.id else { continue }
                guard let other = first[id] else { first[id] = (key, row); continue }
                guard other.key.key != key.key, other.row.value != row.value else { continue }
                out.append(.rule("TIME001", "two different active time-based licenses list \(row.name.text): \(describe(other.key, other.row)) and \(describe(key, row)); only one license per feature can be active", at: row.span, in: d))
            }
        }
        return out
    }

    /// TIME002: identical time-based licenses stack.
    @Sendable static func time002(_ d: LintDocument, _ o: LintOptions) -> [Diagnostic] {
        guard let ak = d.activationKey else { return [] }
        var groups: [String: [FeatureRow]] = [:]
        var order: [String] = []
        for row in (ak.activeTimebasedKeys + ak.inactiveTimebasedKeys).flatMap(\.features) {
            let k = row.name.text + "=" + row.value.text
            if groups[k] == nil { order.append(k) }
            groups[k, default: []].append(row)
        }
        return order.compactMap { k in
            guard let rows = groups[k], rows.count > 1 else { return nil }
            let days = rows.compactMap { $0.term?.days }
            let total = days.reduce(0, +)
            return .rule("TIME002", "\(rows.count) identical time-based licenses of \(rows[0].name.text) = \(rows[0].value.text) stack: \(days.map(String.init).joined(separator: " + ")) = \(total) days", at: rows[0].span, in: d)
        }
    }

    /// TIME003: what each time-based feature falls back to on expiry.
    @Sendable static func time003(_ d: LintDocument, _ o: LintOptions) -> [Diagnostic] {
        guard let ak = d.activationKey else { return [] }
        return ak.activeTimebasedKeys.flatMap(\.features).compactMap { row in
            guard let id = row.id else { return nil }
            let next = ak.inactiveTimebasedKeys.flatMap(\.features).filter { $0.id == id }.map { "\($0.value.text) (\($0.term?.text ?? "?"), inactive key)" }
            let permanent = (ak.permanent?.features?.row(id)).map { "\($0.value.text) (permanent)" } ?? "the permanent license"
            let chain = ([row.value.text + " (" + (row.term?.text ?? "?") + ")"] + next + [permanent]).joined(separator: " → ")
            return .rule("TIME003", "\(row.name.text) on expiry: \(chain)", at: row.span, in: d)
        }
    }

    /// TIME004: a time-based license weaker than the permanent one has no effect — where Table 1
    /// says the higher value wins. UC Proxy sessions are added to the permanent ones instead, so
    /// a smaller time-based count still adds. (Total TLS Proxy Sessions are not UC Proxy sessions
    /// in Table 1: they fall under "All Others", the higher value.)
    @Sendable static func time004(_ d: LintDocument, _ o: LintOptions) -> [Diagnostic] {
        guard let ak = d.activationKey, let perm = ak.permanent?.features else { return [] }
        return ak.activeTimebasedKeys.flatMap(\.features).compactMap { row in
            guard let id = row.id, id.combination != .additive, let p = perm.row(id), let pr = p.value.rank, let tr = row.value.rank, tr < pr else { return nil }
            return .rule("TIME004", "the time-based \(row.name.text) \(row.value.text) is less than the permanent \(p.value.text): it has no effect", at: row.span, in: d)
        }
    }

    /// TIME005: no time-based licenses on the ASA 5506-X and 5506W-X.
    @Sendable static func time005(_ d: LintDocument, _ o: LintOptions) -> [Diagnostic] {
        guard let ak = d.activationKey, let model = PlatformTable.model(of: ak), PlatformTable.noTimeBasedLicenses.contains(model) else { return [] }
        let keys = ak.runningTimebasedKeys + ak.activeTimebasedKeys.map(\.key) + ak.inactiveTimebasedKeys.map(\.key)
        guard let first = keys.first else { return [] }
        return [.rule("TIME005", "the \(model) does not support time-based licenses, but \(keys.count) time-based key(s) are shown", at: first.span, in: d)]
    }

    /// TIME006: days left, the expiry date with --as-of, and a warning when few remain.
    @Sendable static func time006(_ d: LintDocument, _ o: LintOptions) -> [Diagnostic] {
        guard let ak = d.activationKey else { return [] }
        var rows = ak.running?.allRows ?? []
        rows += ak.activeTimebasedKeys.flatMap(\.features)
        var seen = Set<String>()
        return rows.compactMap { row in
            guard let days = row.term?.days, seen.insert(row.name.text + "/\(days)").inserted else { return nil }
            let date = o.asOf.map { ", until \($0.adding(days: days))" } ?? ""
            if days < o.expiryWarningDays {
                return .rule("TIME006", "\(row.name.text) = \(row.value.text) expires in \(days) days\(date) (fewer than \(o.expiryWarningDays))", at: row.span, in: d, severity: .warning)
            }
            return .rule("TIME006", "\(row.name.text) = \(row.value.text): \(days) days left\(date)", at: row.span, in: d)
        }
    }
}
