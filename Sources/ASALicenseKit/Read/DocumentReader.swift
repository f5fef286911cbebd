/// Reads the tree `DocumentTree` writes back into documents, by the same shape (`Shape/`): each
/// map's entries by an exhaustive `switch` over its keys, so a key added to the shape is read or
/// the package does not compile, and a key the shape does not have is reported. Derived keys are
/// recomputed, not read. A value of the wrong type or an unknown key is reported (DOC001) at its
/// YAML/JSON position, and reading goes on.
struct DocumentReader {
    private(set) var diagnostics: [Diagnostic] = []

    init() {}

    mutating func document(_ node: Node) -> Document? {
        guard node.entries != nil else {
            report("expected a mapping for a document", node)
            return nil
        }
        let kindNode = node[DocumentKey.kind.rawValue]
        guard let kind = kindNode?.text.flatMap(DocumentKind.init(rawValue:)) else {
            report("unknown document kind '\(kindNode?.text ?? "")'", kindNode ?? node)
            return nil
        }
        var doc = Document(content: .deviceError(DeviceErrorReply(lines: [])))
        var contentEntries: [(key: String, value: Node)] = []
        for (name, value) in node.entries ?? [] {
            guard let key = DocumentKey(rawValue: name) else {
                contentEntries.append((name, value))
                continue
            }
            switch key {
            case .kind, .hostname: break  // read above; derived
            case .prompt: doc.prompt = value.text
            case .command: doc.command = value.text
            case .source: doc.source = value.text
            case .asOf:
                var date: CivilDate?, source: CaptureDate.Source?
                read(value) { (r: inout DocumentReader, k: AsOfKey, v) in
                    switch k {
                    case .date:
                        date = v.text.flatMap(CivilDate.init)
                        if date == nil { r.report("as_of date must be YYYY-MM-DD", v) }
                    case .source:
                        source = v.text.flatMap(CaptureDate.Source.init(rawValue:))
                        if source == nil { r.report("as_of source must be \(CaptureDate.Source.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", "))", v) }
                    }
                }
                if let date, let source { doc.asOf = CaptureDate(date: date, source: source) }
            case .sourceLines:
                if let lines = value.items, lines.count == 2, let a = lines[0].int, let b = lines[1].int, a <= b { doc.sourceLines = a...b }
            case .unparsed:
                for u in value.items ?? [] {
                    var line: Int?, text: String?
                    for (n, v) in u.entries ?? [] {
                        switch UnparsedKey(rawValue: n) {
                        case .line?: line = v.int
                        case .text?: text = v.text
                        case nil: report("unknown key '\(n)'", v)
                        }
                    }
                    if let line, let text { doc.unparsed.append(UnparsedLine(line: line, text: text)) } else { report("expected 'line' and 'text'", u) }
                }
            }
        }
        doc.content = kind.contentType.readTree(contentEntries, &self).content
        diagnostics += ReadFindings.of(doc)
        return doc
    }

    // MARK: helpers

    private mutating func report(_ message: String, _ node: Node) {
        diagnostics.append(Diagnostic(.error, .DOC001, message, at: node.span))
    }

    /// Each entry by its key of the shape; an entry the shape does not have is reported.
    mutating func read<K: TreeKeys>(_ entries: [(key: String, value: Node)], _ each: (inout DocumentReader, K, Node) -> Void) {
        for (name, value) in entries {
            if let key = K(rawValue: name) { each(&self, key, value) } else { report("unknown key '\(name)'", value) }
        }
    }

    private mutating func read<K: TreeKeys>(_ node: Node, _ each: (inout DocumentReader, K, Node) -> Void) {
        read(node.entries ?? [], each)
    }

    mutating func strings(_ node: Node?) -> [String] {
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

    private func key(_ node: Node?) -> ActivationKey? {
        node?.text.map { ActivationKey($0, span: node?.span ?? .none) }
    }

    // MARK: show activation-key

    /// A key and its block: the permanent license of `detail`, or the flash key's.
    private mutating func permanent(_ n: Node) -> PermanentLicense {
        var key: ActivationKey?
        var features: FeatureBlock?
        read(n) { (r: inout DocumentReader, k: PermanentLicenseKey, v) in
            switch k {
            case .key: key = r.key(v)
            case .features: features = r.block(v)
            }
        }
        return PermanentLicense(key: key ?? ActivationKey(""), features: features)
    }

    mutating func activationKey(_ entries: [(key: String, value: Node)]) -> ActivationKeyDocument {
        var d = ActivationKeyDocument()
        var serial: Node?
        var truncated = false
        read(entries) { (r: inout DocumentReader, key: ActivationKeyDocumentKey, n) in
            switch key {
            case .showVersion:
                var info = ShowVersionInfo()
                r.read(n) { (_, k: ShowVersionKey, v) in info[k] = v.text }
                d.showVersion = info
            case .serialNumber: serial = n
            case .serialNumberTruncated: truncated = n.bool ?? false
            case .runningPermanentKey: d.runningPermanentKey = r.key(n)
            case .runningActivationKey: d.runningActivationKey = r.key(n)
            case .runningTimebasedKeys: d.runningTimebasedKeys = (n.items ?? []).compactMap { r.key($0) }
            case .notices: d.notices = (n.items ?? []).compactMap { x in x.text.map { Notice($0, span: x.span) } }
            case .running: d.running = r.block(n)
            case .failoverCluster: d.failoverCluster = r.block(n)
            case .permanent: d.permanent = r.permanent(n)
            case .flashPermanent: d.flashPermanent = r.permanent(n)
            case .unsupportedFeatures: d.unsupportedFeatures = r.strings(n)
            case .flashKey:
                if n.text == "same" || n.text == "different" { d.flashKey = FlashKeyState(same: n.text == "same", span: n.span) } else { r.report("flash_key must be 'same' or 'different'", n) }
            case .activeTimebasedKeys: d.activeTimebasedKeys = (n.items ?? []).map { r.timebased($0) }
            case .inactiveTimebasedKeys: d.inactiveTimebasedKeys = (n.items ?? []).map { r.timebased($0) }
            }
        }
        if let serial { d.serialNumber = SerialNumber(serial.text ?? "", truncated: truncated, span: serial.span) }
        return d
    }

    private mutating func block(_ n: Node) -> FeatureBlock {
        var b = FeatureBlock(span: n.span)
        read(n) { (r: inout DocumentReader, key: FeatureBlockKey, v) in
            switch key {
            case .scope:
                if let scope = v.text.flatMap(FeatureBlock.Scope.init(rawValue:)) { b.scope = scope } else { r.report("scope must be 'platform' or 'user-context'", v) }
            case .headerless: b.headerless = v.bool ?? false
            case .features: b.rows = (v.items ?? []).map { r.row($0) }
            case .platform:
                var model: String?, tier = ""
                r.read(v) { (_, k: PlatformKey, x) in
                    switch k {
                    case .model: model = x.text
                    case .normalizedModel: break  // derived
                    case .tier: tier = x.text ?? ""
                    }
                }
                b.platform = PlatformLicense(model: model, tier: tier, span: v.span)
            }
        }
        return b
    }

    private mutating func timebased(_ n: Node) -> TimebasedKey {
        var t = TimebasedKey(key: ActivationKey(""))
        read(n) { (r: inout DocumentReader, key: TimebasedKeyKey, v) in
            switch key {
            case .key: t.key = r.key(v) ?? ActivationKey("")
            case .expiresOn: break  // derived
            case .features: t.features = (v.items ?? []).map { r.row($0) }
            }
        }
        return t
    }

    private mutating func row(_ n: Node) -> FeatureRow {
        var row = FeatureRow(name: FeatureName(""), value: .text(""), span: n.span)
        // The term's keys are one choice: `qualifier` over `days` over `term`, whatever their order.
        var term: Term?, days: Term?, qualifier: Term?
        read(n) { (r: inout DocumentReader, key: FeatureRowKey, v) in
            switch key {
            case .name: row.name = FeatureName(v.text ?? "")
            case .id: break  // derived
            case .value:
                if let count = v.int, count >= 0 { row.value = .count(count) } else { row.value = FeatureValue(text: v.text ?? "") }
            case .term: term = v.text.map { $0 == "perpetual" ? .perpetual : .qualifier($0) }
            case .days: days = r.int(v, "days").map { .days($0) }
            case .expiresOn: break  // derived
            case .qualifier: qualifier = v.text.map { .qualifier($0) }
            case .commaBeforeQualifier: row.commaBeforeQualifier = v.bool ?? false
            case .children: row.children = (v.items ?? []).map { r.row($0) }
            }
        }
        row.term = qualifier ?? days ?? term
        return row
    }

    // MARK: show shared license

    mutating func sharedLicense(_ entries: [(key: String, value: Node)]) -> SharedLicenseDocument {
        var d = SharedLicenseDocument()
        read(entries) { (r: inout DocumentReader, key: SharedLicenseDocumentKey, n) in
            switch key {
            case .primaryServer, .backupLicenseServer:
                var p = PrimaryServerInfo(address: IPAddress(""), span: n.span)
                r.read(n) { (r: inout DocumentReader, k: PrimaryServerKey, v) in
                    switch k {
                    case .address: p.address = IPAddress(v.text ?? "")
                    case .version: p.version = r.int(v, k.rawValue)
                    case .status: p.status = v.text
                    }
                }
                if key == .primaryServer { d.primaryServer = p } else { d.backupLicenseServer = p }
            case .backupServer:
                var b = BackupServerInfo(span: n.span)
                r.read(n) { (r: inout DocumentReader, k: BackupServerKey, v) in
                    switch k {
                    case .deviceID: b.deviceID = v.text
                    case .address: b.address = v.text.map(IPAddress.init)
                    case .registered: b.registered = v.bool
                    case .haPeerID: b.haPeerID = v.text
                    case .haPeerRegistered: b.haPeerRegistered = v.bool
                    case .messages: b.messages = r.messages(v)
                    }
                }
                d.backupServer = b
            case .utilization:
                var u = PoolUtilization(pool: "", span: n.span)
                r.read(n) { (r: inout DocumentReader, k: UtilizationKey, v) in
                    switch k {
                    case .pool: u.pool = v.text ?? ""
                    case .totalForNetwork: u.totalForNetwork = r.int(v, k.rawValue)
                    case .available: u.available = r.int(v, k.rawValue)
                    case .utilized: u.utilized = r.int(v, k.rawValue)
                    }
                }
                d.utilization = u
            case .thisDevice:
                var t = DeviceUsage(span: n.span)
                r.read(n) { (r: inout DocumentReader, k: ThisDeviceKey, v) in
                    switch k {
                    case .platformLimit: t.platformLimit = r.int(v, k.rawValue)
                    case .currentUsage: t.currentUsage = r.int(v, k.rawValue)
                    case .highUsage: t.highUsage = r.int(v, k.rawValue)
                    }
                }
                d.thisDevice = t
            case .messages: d.messages = r.messages(n)
            case .clients:
                for c in n.items ?? [] {
                    var info = ClientInfo(span: c.span)
                    r.read(c) { (r: inout DocumentReader, k: ClientKey, v) in
                        switch k {
                        case .hostname: info.hostname = v.text
                        case .deviceID: info.deviceID = v.text
                        case .pool: info.pool = v.text
                        case .currentUsage: info.currentUsage = r.int(v, k.rawValue)
                        case .high: info.high = r.int(v, k.rawValue)
                        case .messages: info.messages = r.messages(v)
                        }
                    }
                    d.clients.append(info)
                }
            case .participants:
                for p in n.items ?? [] {
                    var row = ParticipantRow(clientID: "", usage: 0, hostname: "", span: p.span)
                    r.read(p) { (r: inout DocumentReader, k: ParticipantKey, v) in
                        switch k {
                        case .clientID: row.clientID = v.text ?? ""
                        case .usage: row.usage = r.int(v, k.rawValue) ?? 0
                        case .hostname: row.hostname = v.text ?? ""
                        }
                    }
                    d.participants.append(row)
                }
            case .emptyClientInfo: d.emptyClientInfo = n.bool ?? false
            case .emptyParticipantTable: d.emptyParticipantTable = n.bool ?? false
            case .truncated: d.truncated = n.bool ?? false
            }
        }
        return d
    }

    private mutating func messages(_ n: Node) -> [MessageCounter] {
        (n.items ?? []).map { m in
            var counter = MessageCounter(name: "", tx: 0, rx: 0, error: 0, span: m.span)
            read(m) { (r: inout DocumentReader, k: MessageKey, v) in
                switch k {
                case .name: counter.name = v.text ?? ""
                case .tx: counter.tx = r.int(v, k.rawValue) ?? 0
                case .rx: counter.rx = r.int(v, k.rawValue) ?? 0
                case .error: counter.error = r.int(v, k.rawValue) ?? 0
                }
            }
            return counter
        }
    }

    // MARK: configuration

    mutating func configuration(_ entries: [(key: String, value: Node)]) -> LicenseConfiguration {
        var c = LicenseConfiguration()
        read(entries) { (r: inout DocumentReader, key: ConfigurationKey, n) in
            switch key {
            case .serialNumber: c.serialNumber = n.text
            case .role, .settings: break  // derived
            case .commands:
                for node in n.items ?? [] {
                    if let command = r.command(node) { c.commands.append(command) }
                }
            case .otherLines: c.otherLines = r.int(n, key.rawValue) ?? 0
            }
        }
        return c
    }

    /// A command's keys depend on its `command`: gathered first, then read by the kind.
    private mutating func command(_ n: Node) -> ConfigCommand? {
        var fields: [CommandKey: Node] = [:]
        read(n) { (_, k: CommandKey, v) in fields[k] = fields[k] ?? v }
        let text = { (k: CommandKey) in fields[k]?.text ?? "" }
        let address = { IPAddress(text(.address)) }
        let kind: ConfigCommand.Kind
        switch fields[.command]?.text {
        case "secret": kind = .secret(Secret.parse(text(.secret)))
        case "refresh-interval": kind = .refreshInterval(int(fields[.seconds], "seconds") ?? 0)
        case "port": kind = .port(int(fields[.port], "port") ?? 0)
        case "backup": kind = .backupServer(address: address(), backupID: text(.backupID), haBackupID: fields[.haBackupID]?.text)
        case "enable": kind = .enable(interface: text(.interface))
        case "address": kind = .address(address(), secret: Secret.parse(text(.secret)), port: int(fields[.port], "port"))
        case "backup-enable": kind = .backupEnable(interface: text(.interface))
        case "backup-address": kind = .backupAddress(address())
        case "activation-key":
            kind = .activationKey(ActivationKey(text(.key), span: fields[.key]?.span ?? n.span), action: fields[.action]?.text.flatMap(ConfigCommand.KeyAction.init(rawValue:)))
        default:
            report("unknown command '\(text(.command))'", fields[.command] ?? n)
            return nil
        }
        return ConfigCommand(negated: fields[.negated]?.bool ?? false, kind, reply: strings(fields[.reply]), span: n.span)
    }
}
