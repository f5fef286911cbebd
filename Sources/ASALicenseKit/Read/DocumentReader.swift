/// Reads the tree `DocumentTree` writes back into documents. Derived fields (`hostname`, `id`,
/// `normalized_model`, `role`, `settings`) are recomputed, not read. A field of the wrong type
/// or an unknown key is reported (DOC001) at its YAML/JSON position, and reading goes on.
public struct DocumentReader {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func document(_ node: Node) -> Document? {
        guard node.entries != nil else {
            report("expected a mapping for a document", node)
            return nil
        }
        let kind = node["kind"]?.text
        let content: Document.Content
        switch kind.flatMap(DocumentKind.init(rawValue:)) {
        case .activationKey?: content = .activationKey(activationKey(node))
        case .sharedLicense?: content = .sharedLicense(sharedLicense(node))
        case .configuration?: content = .configuration(configuration(node))
        case .deviceError?: content = .deviceError(DeviceErrorReply(lines: strings(node["error_reply"])))
        case nil:
            report("unknown document kind '\(kind ?? "")'", node["kind"] ?? node)
            return nil
        }
        var doc = Document(prompt: node["prompt"]?.text, command: node["command"]?.text, content: content)
        doc.source = node["source"]?.text
        if let lines = node["source_lines"]?.items, lines.count == 2, let a = lines[0].int, let b = lines[1].int, a <= b {
            doc.sourceLines = a...b
        }
        for u in node["unparsed"]?.items ?? [] {
            if let line = u["line"]?.int, let text = u["text"]?.text { doc.unparsed.append(UnparsedLine(line: line, text: text)) } else { report("expected 'line' and 'text'", u) }
        }
        checkKeys(node, DocumentReader.documentKeys[doc.kind] ?? [])
        diagnostics += ReadFindings.of(doc)
        return doc
    }

    // MARK: helpers

    private mutating func report(_ message: String, _ node: Node) {
        diagnostics.append(Diagnostic(.error, .DOC001, message, at: node.span))
    }

    private mutating func checkKeys(_ node: Node, _ allowed: Set<String>) {
        for (key, value) in node.entries ?? [] where !allowed.contains(key) {
            report("unknown key '\(key)'", value)
        }
    }

    private mutating func strings(_ node: Node?) -> [String] {
        (node?.items ?? []).compactMap { n in
            if let t = n.text { return t }
            report("expected a string", n)
            return nil
        }
    }

    private mutating func int(_ node: Node?, _ name: String) -> Int? {
        guard let node else { return nil }
        if let n = node.int { return n }
        report("'\(name)' must be an integer", node)
        return nil
    }

    private mutating func key(_ node: Node?) -> ActivationKey? {
        node?.text.map { ActivationKey($0, span: node?.span ?? .none) }
    }

    private static let common: Set<String> = ["kind", "prompt", "hostname", "command", "source", "source_lines", "unparsed"]
    private static let documentKeys: [DocumentKind: Set<String>] = [
        .activationKey: common.union(["show_version", "serial_number", "serial_number_truncated", "running_permanent_key",
                                      "running_activation_key", "running_timebased_keys", "notices", "running", "failover_cluster",
                                      "permanent", "unsupported_features", "flash_key", "active_timebased_keys", "inactive_timebased_keys"]),
        .sharedLicense: common.union(["primary_server", "backup_server", "utilization", "this_device", "messages", "clients", "participants", "empty_client_info", "empty_participant_table", "truncated"]),
        .configuration: common.union(["role", "settings", "commands", "other_lines"]),
        .deviceError: common.union(["error_reply"]),
    ]

    private static let showVersionKeys: Set<String> = [
        "product", "software_version", "execution_space", "hardware", "model_id", "license_mode", "license_state", "license_reservation",
        "platform_license_state", "active_entitlement", "enforce_mode", "no_active_entitlement", "throughput_limit",
    ]

    // MARK: show activation-key

    private mutating func activationKey(_ n: Node) -> ActivationKeyDocument {
        var d = ActivationKeyDocument()
        if let v = n["show_version"] {
            var info = ShowVersionInfo(softwareVersion: v["software_version"]?.text, hardware: v["hardware"]?.text,
                                       modelID: v["model_id"]?.text, licenseMode: v["license_mode"]?.text)
            info.executionSpace = v["execution_space"]?.text
            info.product = v["product"]?.text
            info.licenseState = v["license_state"]?.text
            info.licenseReservation = v["license_reservation"]?.text
            info.platformLicenseState = v["platform_license_state"]?.text
            info.activeEntitlement = v["active_entitlement"]?.text
            info.enforceMode = v["enforce_mode"]?.text
            info.noActiveEntitlement = v["no_active_entitlement"]?.text
            info.throughputLimit = v["throughput_limit"]?.text
            checkKeys(v, DocumentReader.showVersionKeys)
            d.showVersion = info
        }
        if let s = n["serial_number"] {
            d.serialNumber = SerialNumber(s.text ?? "", truncated: n["serial_number_truncated"]?.bool ?? false, span: s.span)
        }
        d.runningPermanentKey = key(n["running_permanent_key"])
        d.runningActivationKey = key(n["running_activation_key"])
        d.runningTimebasedKeys = (n["running_timebased_keys"]?.items ?? []).compactMap { key($0) }
        d.notices = (n["notices"]?.items ?? []).compactMap { x in x.text.map { Notice($0, span: x.span) } }
        d.running = n["running"].map { block($0) }
        d.failoverCluster = n["failover_cluster"].map { block($0) }
        if let p = n["permanent"] {
            d.permanent = PermanentLicense(key: key(p["key"]) ?? ActivationKey(""), features: p["features"].map { block($0) })
        }
        d.unsupportedFeatures = strings(n["unsupported_features"])
        if let f = n["flash_key"] {
            if f.text == "same" || f.text == "different" { d.flashKey = FlashKeyState(same: f.text == "same", span: f.span) } else { report("flash_key must be 'same' or 'different'", f) }
        }
        d.activeTimebasedKeys = (n["active_timebased_keys"]?.items ?? []).map { timebased($0) }
        d.inactiveTimebasedKeys = (n["inactive_timebased_keys"]?.items ?? []).map { timebased($0) }
        return d
    }

    private mutating func block(_ n: Node) -> FeatureBlock {
        var b = FeatureBlock(span: n.span)
        if let s = n["scope"] {
            if let scope = s.text.flatMap(FeatureBlock.Scope.init(rawValue:)) { b.scope = scope } else { report("scope must be 'platform' or 'user-context'", s) }
        }
        b.rows = (n["features"]?.items ?? []).map { row($0) }
        b.headerless = n["headerless"]?.bool ?? false
        if let p = n["platform"] {
            b.platform = PlatformLicense(model: p["model"]?.text, tier: p["tier"]?.text ?? "", span: p.span)
        }
        checkKeys(n, ["scope", "headerless", "features", "platform"])
        return b
    }

    private mutating func timebased(_ n: Node) -> TimebasedKey {
        TimebasedKey(key: key(n["key"]) ?? ActivationKey(""), features: (n["features"]?.items ?? []).map { row($0) })
    }

    private mutating func row(_ n: Node) -> FeatureRow {
        let name = FeatureName(n["name"]?.text ?? "")
        let value: FeatureValue
        if let v = n["value"] {
            if let count = v.int, count >= 0 { value = .count(count) } else { value = FeatureValue(text: v.text ?? "") }
        } else {
            value = .text("")
        }
        var term: Term?
        if let t = n["term"]?.text { term = t == "perpetual" ? .perpetual : .qualifier(t) }
        if let days = n["days"] { term = int(days, "days").map { .days($0) } }
        if let q = n["qualifier"]?.text { term = .qualifier(q) }
        checkKeys(n, ["name", "id", "value", "term", "days", "qualifier", "comma_before_qualifier", "children"])
        return FeatureRow(name: name, value: value, term: term, children: (n["children"]?.items ?? []).map { row($0) },
                          commaBeforeQualifier: n["comma_before_qualifier"]?.bool ?? false, span: n.span)
    }

    // MARK: show shared license

    private mutating func sharedLicense(_ n: Node) -> SharedLicenseDocument {
        var d = SharedLicenseDocument()
        if let p = n["primary_server"] {
            d.primaryServer = PrimaryServerInfo(address: IPAddress(p["address"]?.text ?? ""), version: int(p["version"], "version"), status: p["status"]?.text, span: p.span)
        }
        if let b = n["backup_server"] {
            var info = BackupServerInfo(span: b.span)
            info.deviceID = b["device_id"]?.text
            info.address = b["address"]?.text.map(IPAddress.init)
            info.registered = b["registered"]?.bool
            info.haPeerID = b["ha_peer_id"]?.text
            info.haPeerRegistered = b["ha_peer_registered"]?.bool
            info.messages = messages(b["messages"])
            d.backupServer = info
        }
        if let u = n["utilization"] {
            d.utilization = PoolUtilization(pool: u["pool"]?.text ?? "", totalForNetwork: int(u["total_for_network"], "total_for_network"),
                                            available: int(u["available"], "available"), utilized: int(u["utilized"], "utilized"), span: u.span)
        }
        if let t = n["this_device"] {
            d.thisDevice = DeviceUsage(platformLimit: int(t["platform_limit"], "platform_limit"), currentUsage: int(t["current_usage"], "current_usage"),
                                       highUsage: int(t["high_usage"], "high_usage"), span: t.span)
        }
        d.messages = messages(n["messages"])
        for c in n["clients"]?.items ?? [] {
            var info = ClientInfo(span: c.span)
            info.hostname = c["hostname"]?.text
            info.deviceID = c["device_id"]?.text
            info.pool = c["pool"]?.text
            info.currentUsage = int(c["current_usage"], "current_usage")
            info.high = int(c["high"], "high")
            info.messages = messages(c["messages"])
            d.clients.append(info)
        }
        for p in n["participants"]?.items ?? [] {
            d.participants.append(ParticipantRow(clientID: p["client_id"]?.text ?? "", usage: int(p["usage"], "usage") ?? 0, hostname: p["hostname"]?.text ?? "", span: p.span))
        }
        d.emptyClientInfo = n["empty_client_info"]?.bool ?? false
        d.emptyParticipantTable = n["empty_participant_table"]?.bool ?? false
        d.truncated = n["truncated"]?.bool ?? false
        return d
    }

    private mutating func messages(_ n: Node?) -> [MessageCounter] {
        (n?.items ?? []).map { m in
            MessageCounter(name: m["name"]?.text ?? "", tx: int(m["tx"], "tx") ?? 0, rx: int(m["rx"], "rx") ?? 0, error: int(m["error"], "error") ?? 0, span: m.span)
        }
    }

    // MARK: configuration

    private mutating func configuration(_ n: Node) -> LicenseConfiguration {
        var c = LicenseConfiguration()
        c.otherLines = int(n["other_lines"], "other_lines") ?? 0
        for node in n["commands"]?.items ?? [] {
            if let command = command(node) { c.commands.append(command) }
        }
        return c
    }

    private mutating func command(_ n: Node) -> ConfigCommand? {
        let text = { (k: String) in n[k]?.text ?? "" }
        let address = { IPAddress(text("address")) }
        let kind: ConfigCommand.Kind
        switch n["command"]?.text {
        case "secret": kind = .secret(Secret.parse(text("secret")))
        case "refresh-interval": kind = .refreshInterval(int(n["seconds"], "seconds") ?? 0)
        case "port": kind = .port(int(n["port"], "port") ?? 0)
        case "backup": kind = .backupServer(address: address(), backupID: text("backup_id"), haBackupID: n["ha_backup_id"]?.text)
        case "enable": kind = .enable(interface: text("interface"))
        case "address": kind = .address(address(), secret: Secret.parse(text("secret")), port: int(n["port"], "port"))
        case "backup-enable": kind = .backupEnable(interface: text("interface"))
        case "backup-address": kind = .backupAddress(address())
        case "activation-key":
            kind = .activationKey(ActivationKey(text("key"), span: n["key"]?.span ?? n.span), action: n["action"]?.text.flatMap(ConfigCommand.KeyAction.init(rawValue:)))
        default:
            report("unknown command '\(text("command"))'", n["command"] ?? n)
            return nil
        }
        return ConfigCommand(negated: n["no"]?.bool ?? false, kind, span: n.span)
    }
}
