/// SHR — shared licensing (Secure Client 3 and earlier).
enum SharedRules {
    /// The commands that configure something (not `no …`); the document's own list when none is
    /// negated, as in nearly every configuration (each rule filtered a copy of its own).
    static func commands(_ d: LintDocument) -> [ConfigCommand] {
        guard let all = d.configuration?.commands else { return [] }
        return all.contains(where: \.negated) ? all.filter { !$0.negated } : all
    }

    /// SHR001: a secret is 4 to 128 ASCII characters.
    @Sendable static func shr001(_ d: LintDocument, _ o: LintOptions) -> [Diagnostic] {
        commands(d).compactMap { c in
            let secret: Secret
            switch c.kind {
            case .secret(let s), .address(_, let s, _): secret = s
            default: return nil
            }
            guard let v = secret.value, !secret.isMasked else { return nil }  // a redacted or masked secret cannot be measured
            let ascii = v.utf8.allSatisfy { $0 < 0x80 }
            guard !(4...128).contains(v.utf8.count) || !ascii else { return nil }
            return .rule(.SHR001, "the shared secret \(secret.text(showSecrets: o.showSecrets)) has \(v.count) characters\(ascii ? "" : " and non-ASCII ones"); it must be 4 to 128 ASCII characters", at: c.span, in: d)
        }
    }

    /// SHR002: refresh-interval 10 to 300 seconds.
    @Sendable static func shr002(_ d: LintDocument, _ o: LintOptions) -> [Diagnostic] {
        commands(d).compactMap { c in
            guard case .refreshInterval(let s) = c.kind, !(10...300).contains(s) else { return nil }
            return .rule(.SHR002, "refresh-interval \(s) is outside 10 to 300 seconds (default 30)", at: c.span, in: d)
        }
    }

    /// SHR003: ports 1 to 65535.
    @Sendable static func shr003(_ d: LintDocument, _ o: LintOptions) -> [Diagnostic] {
        commands(d).compactMap { c in
            let port: Int
            switch c.kind {
            case .port(let p), .address(_, _, let p?): port = p
            default: return nil
            }
            guard !(1...65535).contains(port) else { return nil }
            return .rule(.SHR003, "port \(port) is outside 1 to 65535 (default 50554)", at: c.span, in: d)
        }
    }

    /// SHR004: one backup server at most.
    @Sendable static func shr004(_ d: LintDocument, _ o: LintOptions) -> [Diagnostic] {
        let backups = commands(d).filter { if case .backupServer = $0.kind { true } else { false } }
        guard let first = backups.first else { return [] }
        return backups.dropFirst().filter { $0.kind != first.kind }.map {
            .rule(.SHR004, "a second backup server conflicts with the one named at line \(first.span.line); only one backup server (with one ha-backup-id) can be named", at: $0.span, in: d)
        }
    }

    /// SHR005: one role per unit.
    @Sendable static func shr005(_ d: LintDocument, _ o: LintOptions) -> [Diagnostic] {
        guard let c = d.configuration, c.role == .mixed else { return [] }
        // Name the commands present, by the role each belongs to.
        var names: [SharedLicensingRole: [String]] = [:]
        for cmd in c.commands where !cmd.negated {
            guard let (role, name) = roleAndName(cmd.kind), names[role]?.contains(name) != true else { continue }
            names[role, default: []].append(name)
        }
        let roles: [(SharedLicensingRole, String)] = [(.server, "server"), (.backupServer, "backup-server"), (.participant, "participant")]
        let present = roles.compactMap { role, word in names[role].map { "\(word) commands (\($0.joined(separator: ", ")))" } }
        let first = c.commands.first { if case .address = $0.kind { true } else { false } } ?? c.commands.first
        return [.rule(.SHR005, "\(present.joined(separator: " are mixed with ")); a unit is a server, a backup server or a participant", at: first?.span ?? d.span, in: d)]
    }

    /// The role a command belongs to, and how it is written.
    static func roleAndName(_ k: ConfigCommand.Kind) -> (SharedLicensingRole, String)? {
        switch k {
        case .secret: (.server, "license-server secret")
        // At their defaults, as `show running-config all` prints them on every unit: no role.
        case .refreshInterval(LicenseConfiguration.defaultRefreshInterval), .port(LicenseConfiguration.defaultPort): nil
        case .refreshInterval: (.server, "license-server refresh-interval")
        case .port: (.server, "license-server port")
        case .backupServer: (.server, "license-server backup … backup-id")
        case .enable: (.server, "license-server enable")
        case .backupEnable: (.backupServer, "license-server backup enable")
        case .address: (.participant, "license-server address")
        case .backupAddress: (.participant, "license-server backup address")
        case .activationKey: nil
        }
    }

    /// SHR006: backup enable needs the server's address and secret.
    @Sendable static func shr006(_ d: LintDocument, _ o: LintOptions) -> [Diagnostic] {
        guard !d.showsOnlyPart else { return [] }  // what its role needs may be there already
        let cs = commands(d)
        let hasAddress = cs.contains { if case .address = $0.kind { true } else { false } }
        guard !hasAddress, let first = cs.first(where: { if case .backupEnable = $0.kind { true } else { false } }) else { return [] }
        return [.rule(.SHR006, "license-server backup enable needs license-server address … secret … on the same unit", at: first.span, in: d)]
    }

    /// SHR007: what each role needs.
    @Sendable static func shr007(_ d: LintDocument, _ o: LintOptions) -> [Diagnostic] {
        guard let c = d.configuration, !d.showsOnlyPart else { return [] }
        let cs = commands(d)
        let has = { (test: (ConfigCommand.Kind) -> Bool) in cs.contains { test($0.kind) } }
        switch c.role {
        case .server:
            var missing: [String] = []
            if !has({ if case .secret = $0 { true } else { false } }) { missing.append("license-server secret") }
            if !has({ if case .enable = $0 { true } else { false } }) { missing.append("license-server enable <interface>") }
            guard !missing.isEmpty else { return [] }
            return [.rule(.SHR007, "a shared licensing server needs \(missing.joined(separator: " and "))", at: cs.first?.span ?? d.span, in: d)]
        case .participant:
            guard !has({ if case .address = $0 { true } else { false } }) else { return [] }
            return [.rule(.SHR007, "a participant needs license-server address <address> secret <secret>", at: cs.first?.span ?? d.span, in: d)]
        default:
            return []
        }
    }

    /// SHR008: an interface named twice.
    @Sendable static func shr008(_ d: LintDocument, _ o: LintOptions) -> [Diagnostic] {
        var seen = Set<String>()
        return commands(d).compactMap { c in
            let key: String
            switch c.kind {
            case .enable(let i): key = "enable " + i
            case .backupEnable(let i): key = "backup enable " + i
            default: return nil
            }
            guard !seen.insert(key).inserted else { return nil }
            return .rule(.SHR008, "license-server \(key) is named twice", at: c.span, in: d)
        }
    }

    /// The fleet's one shared licensing server, with the others of the fleet.
    static func server(_ f: Fleet) -> LintUnit? {
        let servers = f.units.filter { $0.role == .server }
        return servers.count == 1 ? servers[0] : nil
    }

    /// SHR009: participants and the backup use the server's secret (and its port when not default).
    @Sendable static func shr009(_ f: Fleet, _ o: LintOptions) -> [Diagnostic] {
        guard let server = server(f) else { return [] }
        let config = LicenseConfiguration(commands: server.configurations.flatMap { $0.1.commands })
        let secret = config.commands.lazy.compactMap { c -> Secret? in if case .secret(let s) = c.kind, !c.negated { return s }; return nil }.last
        let port = config.port
        var out: [Diagnostic] = []
        for unit in f.units where unit.role == .participant || unit.role == .backupServer {
            for (d, c) in unit.configurations {
                for cmd in c.commands where !cmd.negated {
                    guard case .address(_, let s, let p) = cmd.kind else { continue }
                    if let secret, s.differs(from: secret) {
                        out.append(.rule(.SHR009, "this unit's secret \(s.text(showSecrets: o.showSecrets)) is not the server's (\(secret.text(showSecrets: o.showSecrets)), \(LintGrouping.describe(server)))", at: cmd.span, in: d))
                    }
                    if !port.isDefault, (p ?? 50554) != port.value {
                        out.append(.rule(.SHR009, "the server listens on port \(port.value); this unit uses \(p.map(String.init) ?? "the default 50554")", at: cmd.span, in: d))
                    }
                }
            }
        }
        return out
    }

    /// SHR010: participants name the server's backup address; the server names the backup's serials.
    @Sendable static func shr010(_ f: Fleet, _ o: LintOptions) -> [Diagnostic] {
        guard let server = server(f) else { return [] }
        let backups = server.configurations.flatMap { d, c in c.commands.filter { !$0.negated }.compactMap { cmd -> (LintDocument, ConfigCommand, IPAddress, String, String?)? in
            if case .backupServer(let a, let id, let ha) = cmd.kind { return (d, cmd, a, id, ha) }
            return nil
        } }
        guard let (sd, scmd, address, backupID, _) = backups.first else { return [] }
        var out: [Diagnostic] = []
        for unit in f.units where unit.role == .participant {
            for (d, c) in unit.configurations {
                for cmd in c.commands where !cmd.negated {
                    if case .backupAddress(let a) = cmd.kind, a != address, !PastedRedaction.addressLooksRedacted(a), !PastedRedaction.addressLooksRedacted(address) {
                        out.append(.rule(.SHR010, "backup address \(a) is not the backup the server names (\(address))", at: cmd.span, in: d))
                    }
                }
            }
        }
        // Only backup-id names the backup server. ha-backup-id names the standby unit of the
        // backup's failover pair, which is not itself configured as a backup server.
        // A serial blanked out by whoever pasted it, the server's backup-id or a backup's own,
        // is not compared: which unit it names cannot be told.
        let backupUnits = f.units.filter { $0.role == .backupServer }
        let serials = Set(backupUnits.compactMap(\.serial))
        if !serials.isEmpty, !serials.contains(backupID), !PastedRedaction.serialLooksRedacted(backupID),
           !serials.contains(where: { PastedRedaction.serialLooksRedacted($0) }) {
            out.append(.rule(.SHR010, "backup-id \(backupID) is not the serial number of the backup server (\(serials.sorted().joined(separator: ", ")))", at: scmd.span, in: sd))
        }
        return out
    }

    /// SHR011: a server needs a shared licensing server license; the others a participant license.
    /// Judged by a block that shows the `Shared License` row: one without it (a paste's rows, a
    /// filter's, a diff's hunk) says nothing of it.
    @Sendable static func shr011(_ u: LintUnit, _ o: LintOptions) -> [Diagnostic] {
        let role = u.role
        guard role == .server || role == .participant || role == .backupServer,
              let (d, ak) = u.firstActivationKey(where: { $0.running?.row(.sharedLicense) != nil }), let running = ak.running else { return [] }
        let shared = running.row(.sharedLicense)?.value == .enabled
        let pool = running.row(.sharedPremiumPeers)?.value.count ?? 0
        guard !shared || (role == .server && pool == 0) else { return [] }
        // A unit captured before and after its license changed: any output showing the
        // license its role needs is enough (the capture may be of the upgrade that gave it).
        let enough = { (ak: ActivationKeyDocument) -> Bool in
            guard let r = ak.running, r.row(.sharedLicense)?.value == .enabled else { return false }
            return role != .server || (r.row(.sharedPremiumPeers)?.value.count ?? 0) > 0
        }
        if u.firstActivationKey(where: enough) != nil { return [] }
        if role == .server && (!shared || pool == 0) {
            return [.rule(.SHR011, "this unit is configured as the shared licensing server but its license shows \(shared ? "no shared session pool" : "Shared License: Disabled"); it needs a shared licensing server license", at: running.row(.sharedLicense)?.span ?? running.span, in: d)]
        }
        if role != .server && !shared {
            return [.rule(.SHR011, "this unit is configured as a shared licensing \(role.rawValue) but its license shows Shared License: Disabled; it needs a participant license", at: running.row(.sharedLicense)?.span ?? running.span, in: d)]
        }
        return []
    }

    /// SHR012: no shared licenses on the ASA virtual, 5506-X, 5508-X and 5516-X.
    @Sendable static func shr012(_ d: LintDocument, _ ak: ActivationKeyDocument, _ o: LintOptions) -> [Diagnostic] {
        guard let model = ak.platformModel, PlatformTable.noSharedLicensing.contains(model) || model.hasPrefix("ASAv"),
              let row = ak.running?.row(.sharedLicense), row.value == .enabled else { return [] }
        return [.rule(.SHR012, "shared licenses are not supported on the \(model), but Shared License is Enabled", at: row.span, in: d)]
    }

    /// SHR013: the figures of show shared license agree.
    @Sendable static func shr013(_ d: LintDocument, _ o: LintOptions) -> [Diagnostic] {
        guard let sl = d.sharedLicense else { return [] }
        var out: [Diagnostic] = []
        if let u = sl.utilization, let t = u.totalForNetwork, let a = u.available, let used = u.utilized, a + used != t {
            out.append(.rule(.SHR013, "Available \(a) + Utilized \(used) = \(a + used), but Total for network is \(t)", at: u.span, in: d))
        }
        if let t = sl.thisDevice {
            if let c = t.currentUsage, let l = t.platformLimit, c > l {
                out.append(.rule(.SHR013, "Current usage \(c) is above the Platform limit \(l)", at: t.span, in: d))
            }
            if let c = t.currentUsage, let h = t.highUsage, h < c {
                out.append(.rule(.SHR013, "High usage \(h) is below Current usage \(c)", at: t.span, in: d))
            }
        }
        let all = sl.messages + (sl.backupServer?.messages ?? []) + sl.clients.flatMap(\.messages)
        for m in all where m.tx < 0 || m.rx < 0 || m.error < 0 {
            out.append(.rule(.SHR013, "\(m.name): message counts must not be negative (\(m.tx) / \(m.rx) / \(m.error))", at: m.span, in: d))
        }
        return out
    }

    /// SHR014: the timers that follow from the configuration.
    @Sendable static func shr014(_ d: LintDocument, _ o: LintOptions) -> [Diagnostic] {
        guard let c = d.configuration else { return [] }
        let at = c.commands.first?.span ?? d.span
        switch c.role {
        case .server:
            let r = c.refreshInterval
            return [.rule(.SHR014, "a participant that misses its refreshes is released after \(3 * r.value) seconds (3 × refresh-interval \(r.value)\(r.isDefault ? ", the default" : ""))", at: at, in: d)]
        case .participant:
            return [.rule(.SHR014, "a participant that cannot reach the server keeps its shared sessions for 24 hours", at: at, in: d)]
        case .backupServer:
            return [.rule(.SHR014, "the backup server runs alone for at most 30 days (5 days after the main server's first launch)", at: at, in: d)]
        default:
            return []
        }
    }

    /// SHR015: shared sessions come in 50-session increments, up to the platform limit.
    @Sendable static func shr015(_ d: LintDocument, _ o: LintOptions) -> [Diagnostic] {
        guard let sl = d.sharedLicense, let t = sl.thisDevice, let limit = t.platformLimit else { return [] }
        return [.rule(.SHR015, "this unit borrows shared sessions in 50-session increments, never beyond its platform limit of \(limit)", at: t.span, in: d)]
    }
}

