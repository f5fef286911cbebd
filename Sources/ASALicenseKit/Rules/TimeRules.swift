/// TIME — time-based licenses.
enum TimeRules {
    /// What a time-based license grants, feature by feature: two keys are the same license when
    /// these are equal (an evaluation key of several features is not the same license as a
    /// single-feature key, even where one feature agrees).
    static func grants(_ k: TimebasedKey) -> [String] {
        k.features.map { "\($0.id?.rawValue ?? $0.name.text)=\($0.value.text)" }.sorted()
    }

    /// TIME001: one active time-based license per feature. Identical licenses stack instead
    /// (TIME002) and are not a conflict.
    @Sendable static func time001(_ d: LintDocument, _ ak: ActivationKeyDocument, _ o: LintOptions) -> [Diagnostic] {
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
                guard other.key.key != key.key, grants(other.key) != grants(key) else { continue }
                out.append(.rule(.TIME001, "two different active time-based licenses list \(row.name.text): \(describe(other.key, other.row)) and \(describe(key, row)); only one license per feature can be active", at: row.span, in: d))
            }
        }
        return out
    }

    /// TIME002: identical time-based licenses (the same features with the same values) stack.
    @Sendable static func time002(_ d: LintDocument, _ ak: ActivationKeyDocument, _ o: LintOptions) -> [Diagnostic] {
        // One key stacks with nothing (most units have none or one): no groups made for it.
        guard ak.activeTimebasedKeys.count + ak.inactiveTimebasedKeys.count > 1 else { return [] }
        var groups: [[String]: [TimebasedKey]] = [:]
        var order: [[String]] = []
        for key in ak.activeTimebasedKeys + ak.inactiveTimebasedKeys where !key.features.isEmpty {
            let g = grants(key)
            if groups[g] == nil { order.append(g) }
            groups[g, default: []].append(key)
        }
        return order.compactMap { g in
            guard let keys = groups[g], keys.count > 1, let first = keys[0].features.first else { return nil }
            let days = keys.compactMap { $0.features.lazy.compactMap { $0.term?.days }.first }
            let total = days.reduce(0, +)
            let what = keys[0].features.map { "\($0.name.text) = \($0.value.text)" }.joined(separator: ", ")
            return .rule(.TIME002, "\(keys.count) identical time-based licenses (\(what)) stack: \(days.map(String.init).joined(separator: " + ")) = \(total) days", at: first.span, in: d)
        }
    }

    /// TIME003: what each time-based feature falls back to on expiry.
    @Sendable static func time003(_ d: LintDocument, _ ak: ActivationKeyDocument, _ o: LintOptions) -> [Diagnostic] {
        return ak.activeTimebasedKeys.flatMap(\.features).compactMap { row in
            guard let id = row.id else { return nil }
            // The chain of every feature was most of the rule: spelled only when read.
            return .rule(.TIME003, at: row.span, in: d, spelledFor: o) {
                // Written link by link into one text (a list of strings joined: 9,000
                // instructions a finding).
                var chain = FindingText.Parts(literalCapacity: 128, interpolationCount: 0)
                func link(_ row: FeatureRow, _ what: String) {
                    chain.appendInterpolation(value: row)
                    chain.appendLiteral(" (")
                    chain.appendInterpolation(row.term?.text ?? "?")
                    chain.appendLiteral(what)
                    chain.appendLiteral(") → ")
                }
                link(row, "")
                for key in ak.inactiveTimebasedKeys {
                    for next in key.features where next.id == id { link(next, ", inactive key") }
                }
                if let permanent = ak.permanent?.features?.row(id) {
                    chain.appendInterpolation(value: permanent)
                    chain.appendLiteral(" (permanent)")
                } else {
                    chain.appendLiteral("the permanent license")
                }
                return "\(name: row) on expiry: \(chain)"
            }
        }
    }

    /// TIME004: a time-based license weaker than the permanent one has no effect — where Table 1
    /// says the higher value wins. UC Proxy sessions are added to the permanent ones instead, so
    /// a smaller time-based count still adds. (Total TLS Proxy Sessions are not UC Proxy sessions
    /// in Table 1: they fall under "All Others", the higher value.)
    @Sendable static func time004(_ d: LintDocument, _ ak: ActivationKeyDocument, _ o: LintOptions) -> [Diagnostic] {
        guard let perm = ak.permanent?.features else { return [] }
        return ak.activeTimebasedKeys.flatMap(\.features).compactMap { row in
            guard let id = row.id, id.combination != .additive, let p = perm.row(id), let pr = p.value.rank, let tr = row.value.rank, tr < pr else { return nil }
            return .rule(.TIME004, "the time-based \(row.name.text) \(row.value.text) is less than the permanent \(p.value.text): it has no effect", at: row.span, in: d)
        }
    }

    /// TIME005: no time-based licenses on the ASA 5506-X and 5506W-X.
    @Sendable static func time005(_ d: LintDocument, _ ak: ActivationKeyDocument, _ o: LintOptions) -> [Diagnostic] {
        guard let model = ak.platformModel, PlatformTable.noTimeBasedLicenses.contains(model) else { return [] }
        let keys = ak.runningTimebasedKeys + ak.activeTimebasedKeys.map(\.key) + ak.inactiveTimebasedKeys.map(\.key)
        guard let first = keys.first else { return [] }
        return [.rule(.TIME005, "the \(model) does not support time-based licenses, but \(keys.count) time-based key(s) are shown", at: first.span, in: d)]
    }

    /// TIME006: days left, the expiry date with --as-of, and a warning when few remain.
    @Sendable static func time006(_ d: LintDocument, _ ak: ActivationKeyDocument, _ o: LintOptions) -> [Diagnostic] {
        // Only rows with a term of days are looked at further: only those are copied.
        var rows: [FeatureRow] = []
        ak.running?.forEachRow { if $0.term?.days != nil { rows.append($0) } }
        rows += ak.activeTimebasedKeys.flatMap(\.features)
        // By name as the catalog knows it: equal names have equal text (a text is looked up to
        // its first spelling), and a spelling's index hashes without reading the text.
        struct Seen: Hashable { let name: FeatureName, days: Int }
        var seen = Set<Seen>()
        return rows.compactMap { row in
            guard let days = row.term?.days, seen.insert(Seen(name: row.name, days: days)).inserted else { return nil }
            let warns = days < o.expiryWarningDays
            return .rule(.TIME006, at: row.span, in: d, severity: warns ? .warning : nil, spelledFor: o) {
                // The capture date: --as-of, else a show clock earlier in the capture; as convert writes `expires_on`.
                let date = (o.asOf ?? d.document.asOf?.date).map { ", until \($0.adding(days: days))" } ?? ""
                if warns {
                    return "\(row.name.text) = \(row.value.text) expires in \(days) days\(date) (fewer than \(o.expiryWarningDays))"
                }
                return "\(row.name.text) = \(row.value.text): \(days) days left\(date)"
            }
        }
    }
}
