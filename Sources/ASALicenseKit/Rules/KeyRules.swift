/// KEY — activation keys and serial numbers.
enum KeyRules {
    /// KEY003: `activate` / `deactivate` on the unit's permanent key.
    @Sendable static func key003(_ u: LintUnit, _ o: LintOptions) -> [Diagnostic] {
        // Most units have no `activation-key … activate|deactivate` line to judge.
        let configurations = u.configurations
        guard configurations.contains(where: { _, c in c.commands.contains { if case .activationKey(_, _?) = $0.kind { true } else { false } } }) else { return [] }
        let permanent = Set(u.activationKeys.flatMap { [$0.1.runningPermanentKey, $0.1.permanent?.key] }.compactMap { $0?.values })
        var out: [Diagnostic] = []
        for (d, c) in configurations {
            for cmd in c.commands {
                guard case .activationKey(let key, let action?) = cmd.kind, let v = key.values, permanent.contains(v) else { continue }
                out.append(.rule(.KEY003, "'\(action.rawValue)' applies to time-based keys only; \(key.text) is this unit's permanent key", at: cmd.span, in: d))
            }
        }
        return out
    }

    /// KEY004: failover with an all-zero permanent key.
    @Sendable static func key004(_ u: LintUnit, _ o: LintOptions) -> [Diagnostic] {
        u.activationKeys.compactMap { d, ak in
            guard let key = ak.runningPermanentKey ?? ak.runningActivationKey, key.isAllZero,
                  !PastedRedaction.serialLooksRedacted(ak.serialNumber?.text ?? "x", key: key) else { return nil }
            let failover = ak.running?.row(.failover)
            let licensed = failover.map { $0.value != .disabled } ?? false
            guard licensed || ak.has(.failoverCluster) else { return nil }
            return .rule(.KEY004, "failover is licensed or configured but the permanent key is all zeros; reinstall a valid key before enabling failover", at: key.span, in: d)
        }
    }

    /// KEY005: the licensing serial number has 11 characters.
    @Sendable static func key005(_ d: LintDocument, _ o: LintOptions) -> [Diagnostic] {
        var out: [Diagnostic] = []
        if let ak = d.activationKey, let s = ak.serialNumber, !s.text.isEmpty, s.text.count != 11, !ak.isPIX, !PastedRedaction.serialLooksRedacted(s.text) {
            out.append(.rule(.KEY005, "serial number '\(s.text)' has \(s.text.count) characters; a licensing serial number has 11", at: s.span, in: d))
        }
        for c in d.configuration?.commands ?? [] {
            guard case .backupServer(_, let id, let ha) = c.kind else { continue }
            for serial in [id, ha].compactMap({ $0 }) where serial.count != 11 && !PastedRedaction.serialLooksRedacted(serial) {
                out.append(.rule(.KEY005, "backup serial number '\(serial)' has \(serial.count) characters; a licensing serial number has 11", at: c.span, in: d))
            }
        }
        return out
    }

    /// KEY006: a new permanent key waits for a reload.
    @Sendable static func key006(_ d: LintDocument, _ ak: ActivationKeyDocument, _ o: LintOptions) -> [Diagnostic] {
        guard let f = ak.flashKey, !f.same else { return [] }
        let key = ak.flashPermanent.map { " (\($0.key.text))" } ?? ""
        return [.rule(.KEY006, "the flash permanent key\(key) differs from the running one: the new permanent key takes effect after a reload", at: f.span, in: d)]
    }

    /// KEY007: only one permanent key. The keys known to be permanent are the ones the unit's
    /// outputs show as its running permanent key (and the key of the permanent block of
    /// `detail`). A bare `activation-key KEY` does not say whether the key is permanent or
    /// time-based (`activate` is the default; a new permanent key overwrites the old), so
    /// configuration lines never make a conflict on their own. Two outputs are one unit's only
    /// when they show its serial alike: outputs grouped by a hostname alone (`ciscoasa`, the
    /// factory's, names many units in one post) or by a serial redacted alike are not compared;
    /// nor outputs dated on different days.
    @Sendable static func key007(_ u: LintUnit, _ o: LintOptions) -> [Diagnostic] {
        // A key the unit was given is a replacement, not a second key, when it runs later: one
        // waiting in flash for a reload (`Flash Permanent Activation Key:`), or one typed in an
        // `activation-key` command. A capture of an upgrade shows the old key, then the new.
        // Gathered only when two keys differ (most units show one).
        var given: Set<[UInt32]>?
        func wasGiven(_ key: [UInt32]) -> Bool {
            if given == nil {
                var keys = Set<[UInt32]>()
                for d in u.documents {
                    if let v = d.activationKey?.flashPermanent?.key.values { keys.insert(v) }
                    for c in d.configuration?.commands ?? [] where !c.negated {
                        if case .activationKey(let k, _) = c.kind, let v = k.values { keys.insert(v) }
                    }
                }
                given = keys
            }
            return given?.contains(key) ?? false
        }
        var out: [Diagnostic] = []
        // (A unit's outputs that show a serial all show its own: units are grouped by it.)
        var first: (LintDocument, ActivationKey)?
        func check(_ key: ActivationKey?, in d: LintDocument) {
            guard let k = key, !k.isEmpty, let serial = d.serial else { return }
            guard let (d0, f) = first else { first = (d, k); return }
            // Shown on another day (a `show clock`'s, a backup's commit), the key may have been
            // replaced since: the unit's history, not its state. The later is compared on.
            if let a = d0.document.asOf?.date, let b = d.document.asOf?.date, a != b {
                first = (d, k)
                return
            }
            guard let v = k.values, let fv = f.values, v != fv, !PastedRedaction.serialLooksRedacted(serial) else { return }
            // The later key replaced the earlier: given to the unit, it is no second key; the
            // earlier given, the later is the one it replaced (the outputs came in any order).
            if wasGiven(v) { return }
            if wasGiven(fv) { first = (d, k); return }
            let where0 = d0.path == d.path ? "line \(f.span.line)" : "\(d0.path):\(f.span.line)"
            out.append(.rule(.KEY007, "a second permanent key \(k.text) for the unit whose permanent key is \(f.text) (\(where0)); only one permanent key can be installed", at: k.span, in: d))
        }
        // Key by key, not from a list of each document's two (two lists made a document).
        for d in u.documents {
            guard let ak = d.activationKey else { continue }
            check(ak.runningPermanentKey ?? ak.runningActivationKey, in: d)
            check(ak.permanent?.key, in: d)
        }
        return out
    }
}
