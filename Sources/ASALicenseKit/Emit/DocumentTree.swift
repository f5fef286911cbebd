/// Writes documents as the ordered tree that YAML and JSON share, by the shape in `Shape/`: each
/// map's keys in their declared order, each by an exhaustive `switch`, so a key added to the
/// shape is written or the package does not compile. Optional parts are omitted, never written
/// as null, so a key's type never changes. `DocumentReader` reads exactly this tree back.
struct DocumentTree {
    let options: OutputOptions
    /// The capture date of the document being written: rows with days get `expires_on`.
    var asOf: CaptureDate?

    init(options: OutputOptions = OutputOptions()) {
        self.options = options
    }

    func write(_ doc: Document, to w: TreeWriter) {
        var tree = self
        tree.asOf = options.asOf ?? doc.asOf
        tree.writeDocument(doc, to: w)
    }

    private func writeDocument(_ doc: Document, to w: TreeWriter) {
        w.beginDocument()
        w.beginMap()
        for key in DocumentKey.allCases {
            switch key {
            case .kind: w.field(key, doc.kind.rawValue)
            case .prompt: w.field(key, doc.prompt)
            case .hostname: w.field(key, doc.hostname)
            case .command: w.field(key, doc.command)
            case .source: w.field(key, doc.source ?? options.source)
            case .sourceLines:
                if let lines = doc.sourceLines {
                    w.key(key)
                    w.beginList()
                    w.int(lines.lowerBound)
                    w.int(lines.upperBound)
                    w.endList()
                }
            case .asOf:
                if let asOf {
                    w.map(key) {
                        for k in AsOfKey.allCases {
                            switch k {
                            case .date: w.field(k, asOf.date.description)
                            case .source: w.field(k, asOf.source.rawValue)
                            }
                        }
                    }
                }
            case .unparsed:
                // The kind's own keys come before the lines it did not accept.
                doc.content.value.writeTree(w, self)
                w.list(key, doc.unparsed) { u in
                    w.beginMap()
                    for k in UnparsedKey.allCases {
                        switch k {
                        case .line: w.field(k, u.line)
                        case .text: w.field(k, options.showSecrets ? u.text : SecretRedaction.redact(u.text))
                        }
                    }
                    w.endMap()
                }
            }
        }
        w.endMap()
        w.endDocument()
    }

    // MARK: show activation-key

    func writeActivationKey(_ d: ActivationKeyDocument, _ w: TreeWriter) {
        for key in ActivationKeyDocumentKey.allCases {
            switch key {
            case .showVersion: if let v = d.showVersion { w.map(key) { writeShowVersion(v, w) } }
            case .serialNumber: w.field(key, d.serialNumber?.text)
            case .serialNumberTruncated: w.flag(key, d.serialNumber?.truncated ?? false)
            case .runningPermanentKey: w.field(key, d.runningPermanentKey?.text)
            case .runningActivationKey: w.field(key, d.runningActivationKey?.text)
            case .runningTimebasedKeys: w.list(key, d.runningTimebasedKeys) { w.string($0.text) }
            case .notices: w.list(key, d.notices) { w.string($0.text) }
            case .running: if let b = d.running { w.map(key) { writeBlock(b, w) } }
            case .failoverCluster: if let b = d.failoverCluster { w.map(key) { writeBlock(b, w) } }
            case .permanent: if let p = d.permanent { w.map(key) { writePermanent(p, w) } }
            case .flashPermanent: if let p = d.flashPermanent { w.map(key) { writePermanent(p, w) } }
            case .unsupportedFeatures: w.list(key, d.unsupportedFeatures) { w.string($0) }
            case .flashKey: w.field(key, d.flashKey.map { $0.same ? "same" : "different" })
            case .activeTimebasedKeys: w.list(key, d.activeTimebasedKeys) { writeTimebased($0, w) }
            case .inactiveTimebasedKeys: w.list(key, d.inactiveTimebasedKeys) { writeTimebased($0, w) }
            }
        }
    }

    private func writePermanent(_ p: PermanentLicense, _ w: TreeWriter) {
        for k in PermanentLicenseKey.allCases {
            switch k {
            case .key: w.field(k, p.key.text)
            case .features: if let b = p.features { w.map(k) { writeBlock(b, w) } }
            }
        }
    }

    private func writeShowVersion(_ v: ShowVersionInfo, _ w: TreeWriter) {
        for key in ShowVersionKey.allCases {
            w.field(key, v[key])
        }
    }

    private func writeBlock(_ b: FeatureBlock, _ w: TreeWriter) {
        for key in FeatureBlockKey.allCases {
            switch key {
            case .scope: w.field(key, b.scope.rawValue)
            case .headerless: w.flag(key, b.headerless)
            case .features:
                w.key(key)
                w.beginList()
                b.rows.forEach { writeRow($0, w) }
                w.endList()
            case .platform:
                if let p = b.platform {
                    w.map(key) {
                        for k in PlatformKey.allCases {
                            switch k {
                            case .model: w.field(k, p.model)
                            case .normalizedModel: w.field(k, p.normalizedModel)
                            case .tier: w.field(k, p.tier)
                            }
                        }
                    }
                }
            }
        }
    }

    private func writeTimebased(_ t: TimebasedKey, _ w: TreeWriter) {
        w.beginMap()
        for key in TimebasedKeyKey.allCases {
            switch key {
            case .key: w.field(key, t.key.text)
            case .expiresOn: w.field(key, asOf.flatMap { d in t.features.compactMap(\.term?.days).max().map { d.expiry(afterDays: $0).description } })
            case .features:
                w.key(key)
                w.beginList()
                t.features.forEach { writeRow($0, w) }
                w.endList()
            }
        }
        w.endMap()
    }

    private func writeRow(_ r: FeatureRow, _ w: TreeWriter) {
        // Most rows whole (a catalog name, a word or small count, `perpetual` or no term) are the same
        // bytes, braces included, each time they come back at the same place in a list: a
        // writer may copy them (`TreeWriter.same`). Odd ids stand for a whole row, even ones
        // for a name and id (or, past the spellings, `term: perpetual`).
        if case .known(let spelling) = r.name, let whole = DocumentTree.wholeRowID(r, spelling) {
            w.same(whole) {
                w.beginMap()
                DocumentTree.writeEachKey(r, w, DocumentTree.everyRowKey[...], asOf: asOf) { writeRow($0, w) }
                w.endMap()
            }
        } else {
            w.beginMap()
            DocumentTree.writeRowKeys(r, w, DocumentTree.everyRowKey, asOf: asOf) { writeRow($0, w) }
            w.endMap()
        }
    }

    /// A row's keys, those of `keys` only: every output writes a row's value and term this way,
    /// `asalic diff --format json` too.
    static func writeRowKeys(_ r: FeatureRow, _ w: TreeWriter, _ keys: [FeatureRowKey], asOf: CaptureDate?, child: (FeatureRow) -> Void = { _ in }) {
        var keys = keys[...]
        // A catalog row's name and id are the same bytes each time they come back at the same
        // place: a writer may copy them (`TreeWriter.same`).
        if keys.count >= 2, keys[keys.startIndex] == .name, keys[keys.startIndex + 1] == .id, case .known(let spelling) = r.name {
            w.same(spelling << 1) {
                w.field(FeatureRowKey.name, r.name.text)
                w.field(FeatureRowKey.id, r.id?.rawValue)
            }
            keys = keys.dropFirst(2)
        }
        writeEachKey(r, w, keys, asOf: asOf, child: child)
    }

    private static let everyRowKey = FeatureRowKey.allCases

    /// The id of `term: perpetual` for `TreeWriter.same`: even, as a name and id's are, and past
    /// every spelling's.
    private static let perpetualTermID = FeatureCatalog.spellings.count << 1

    /// An odd id for a row written the same wherever it stands at one depth: a catalog name, a
    /// value that is a word or a count below 65,536, `perpetual` or no term, no comma, no
    /// children; nil for any other. (Counts repeat as words do: a model's limits are the same
    /// on every unit of it.)
    private static func wholeRowID(_ r: FeatureRow, _ spelling: Int) -> Int? {
        let value: Int
        switch r.value {
        case .unlimited: value = 0
        case .enabled: value = 1
        case .disabled: value = 2
        case .failover(.activeActive): value = 3
        case .failover(.activeStandby): value = 4
        case .count(let n) where n >= 0 && n < 1 << 16: value = 5 + n
        case .count, .text: return nil
        }
        let term: Int
        switch r.term {
        case nil: term = 0
        case .perpetual?: term = 1
        case .days?, .qualifier?: return nil
        }
        guard !r.commaBeforeQualifier, !r.hasChildren else { return nil }
        return (((spelling * (5 + 1 << 16) + value) << 1 | term) << 1) | 1
    }

    private static func writeEachKey(_ r: FeatureRow, _ w: TreeWriter, _ keys: ArraySlice<FeatureRowKey>, asOf: CaptureDate?, child: (FeatureRow) -> Void) {
        for key in keys {
            switch key {
            case .name: w.field(key, r.name.text)
            case .id: w.field(key, r.id?.rawValue)
            case .value:
                w.key(key)
                if case .count(let n) = r.value { w.int(n) } else { w.string(r.value.text) }
            case .term:
                // `term: perpetual` is the same bytes each time it comes back at the same place.
                if r.term == .perpetual { w.same(DocumentTree.perpetualTermID) { w.field(key, "perpetual") } }
            case .days: w.field(key, r.term?.days)
            case .expiresOn: w.field(key, asOf.flatMap { d in r.term?.days.map { d.expiry(afterDays: $0).description } })
            case .qualifier: if case .qualifier(let q)? = r.term { w.field(key, q) }
            case .commaBeforeQualifier: w.flag(key, r.commaBeforeQualifier)
            case .children: w.list(key, r.children, child)
            }
        }
    }

    /// A row's value and term as every output writes them: a count as a number, `Unlimited`,
    /// `Enabled`, a failover mode or text as a string; the term as `term: perpetual`, `days: N`
    /// or `qualifier`.
    static func writeValueAndTerm(_ r: FeatureRow, _ w: TreeWriter, asOf: CaptureDate? = nil) {
        writeRowKeys(r, w, [.value, .term, .days, .expiresOn, .qualifier], asOf: asOf)
    }

    // MARK: show shared license

    func writeSharedLicense(_ d: SharedLicenseDocument, _ w: TreeWriter) {
        for key in SharedLicenseDocumentKey.allCases {
            switch key {
            case .primaryServer, .backupLicenseServer:
                if let p = key == .primaryServer ? d.primaryServer : d.backupLicenseServer {
                    w.map(key) {
                        for k in PrimaryServerKey.allCases {
                            switch k {
                            case .address: w.field(k, p.address.description)
                            case .version: w.field(k, p.version)
                            case .status: w.field(k, p.status)
                            }
                        }
                    }
                }
            case .backupServer:
                if let b = d.backupServer {
                    w.map(key) {
                        for k in BackupServerKey.allCases {
                            switch k {
                            case .deviceID: w.field(k, b.deviceID)
                            case .address: w.field(k, b.address?.description)
                            case .registered: w.field(k, b.registered)
                            case .haPeerID: w.field(k, b.haPeerID)
                            case .haPeerRegistered: w.field(k, b.haPeerRegistered)
                            case .messages: writeMessages(k, b.messages, w)
                            }
                        }
                    }
                }
            case .utilization:
                if let u = d.utilization {
                    w.map(key) {
                        for k in UtilizationKey.allCases {
                            switch k {
                            case .pool: w.field(k, u.pool)
                            case .totalForNetwork: w.field(k, u.totalForNetwork)
                            case .available: w.field(k, u.available)
                            case .utilized: w.field(k, u.utilized)
                            }
                        }
                    }
                }
            case .thisDevice:
                if let t = d.thisDevice {
                    w.map(key) {
                        for k in ThisDeviceKey.allCases {
                            switch k {
                            case .platformLimit: w.field(k, t.platformLimit)
                            case .currentUsage: w.field(k, t.currentUsage)
                            case .highUsage: w.field(k, t.highUsage)
                            }
                        }
                    }
                }
            case .messages: writeMessages(key, d.messages, w)
            case .clients:
                w.list(key, d.clients) { c in
                    w.beginMap()
                    for k in ClientKey.allCases {
                        switch k {
                        case .hostname: w.field(k, c.hostname)
                        case .deviceID: w.field(k, c.deviceID)
                        case .pool: w.field(k, c.pool)
                        case .currentUsage: w.field(k, c.currentUsage)
                        case .high: w.field(k, c.high)
                        case .messages: writeMessages(k, c.messages, w)
                        }
                    }
                    w.endMap()
                }
            case .participants:
                w.list(key, d.participants) { p in
                    w.beginMap()
                    for k in ParticipantKey.allCases {
                        switch k {
                        case .clientID: w.field(k, p.clientID)
                        case .usage: w.field(k, p.usage)
                        case .hostname: w.field(k, p.hostname)
                        }
                    }
                    w.endMap()
                }
            case .emptyClientInfo: w.flag(key, d.emptyClientInfo)
            case .emptyParticipantTable: w.flag(key, d.emptyParticipantTable)
            case .truncated: w.flag(key, d.truncated)
            }
        }
    }

    private func writeMessages<K: TreeKeys>(_ key: K, _ messages: [MessageCounter], _ w: TreeWriter) {
        w.list(key, messages) { m in
            w.beginMap()
            for k in MessageKey.allCases {
                switch k {
                case .name: w.field(k, m.name)
                case .tx: w.field(k, m.tx)
                case .rx: w.field(k, m.rx)
                case .error: w.field(k, m.error)
                }
            }
            w.endMap()
        }
    }

    // MARK: license-server / activation-key commands

    func writeConfiguration(_ c: LicenseConfiguration, _ w: TreeWriter) {
        for key in ConfigurationKey.allCases {
            switch key {
            case .serialNumber: w.field(key, c.serialNumber)
            case .role: w.field(key, c.role.rawValue)
            case .settings:
                w.map(key) {
                    for k in SettingsKey.allCases {
                        let setting = k == .port ? c.port : c.refreshInterval
                        w.map(k) {
                            for s in SettingKey.allCases {
                                switch s {
                                case .value: w.field(s, setting.value)
                                case .isDefault: w.field(s, setting.isDefault)
                                }
                            }
                        }
                    }
                }
            case .commands: w.list(key, c.commands) { writeCommand($0, w) }
            case .otherLines: w.field(key, c.otherLines)
            }
        }
    }

    /// A command's keys depend on which command it is: written by the kind, in the order of the
    /// command's words.
    private func writeCommand(_ c: ConfigCommand, _ w: TreeWriter) {
        typealias K = CommandKey
        w.beginMap()
        w.flag(K.negated, c.negated)
        w.field(K.command, c.commandName)
        switch c.kind {
        case .secret(let s):
            w.field(K.secret, s.text(showSecrets: options.showSecrets))
        case .refreshInterval(let n):
            w.field(K.seconds, n)
        case .port(let p):
            w.field(K.port, p)
        case .backupServer(let address, let id, let ha):
            w.field(K.address, address.description)
            w.field(K.backupID, id)
            w.field(K.haBackupID, ha)
        case .enable(let i), .backupEnable(let i):
            w.field(K.interface, i)
        case .address(let address, let secret, let port):
            w.field(K.address, address.description)
            w.field(K.secret, secret.text(showSecrets: options.showSecrets))
            w.field(K.port, port)
        case .backupAddress(let a):
            w.field(K.address, a.description)
        case .activationKey(let key, let action):
            w.field(K.key, key.text)
            w.field(K.action, action?.rawValue)
        }
        w.list(K.reply, c.reply) { w.string($0) }
        w.endMap()
    }
}

extension ShowVersionInfo {
    /// The field a key of the shape names; every key is one string field.
    subscript(key: ShowVersionKey) -> String? {
        get {
            switch key {
            case .product: product
            case .softwareVersion: softwareVersion
            case .executionSpace: executionSpace
            case .hardware: hardware
            case .modelID: modelID
            case .licenseMode: licenseMode
            case .licenseState: licenseState
            case .licenseReservation: licenseReservation
            case .platformLicenseState: platformLicenseState
            case .activeEntitlement: activeEntitlement
            case .enforceMode: enforceMode
            case .noActiveEntitlement: noActiveEntitlement
            case .throughputLimit: throughputLimit
            }
        }
        set {
            switch key {
            case .product: product = newValue
            case .softwareVersion: softwareVersion = newValue
            case .executionSpace: executionSpace = newValue
            case .hardware: hardware = newValue
            case .modelID: modelID = newValue
            case .licenseMode: licenseMode = newValue
            case .licenseState: licenseState = newValue
            case .licenseReservation: licenseReservation = newValue
            case .platformLicenseState: platformLicenseState = newValue
            case .activeEntitlement: activeEntitlement = newValue
            case .enforceMode: enforceMode = newValue
            case .noActiveEntitlement: noActiveEntitlement = newValue
            case .throughputLimit: throughputLimit = newValue
            }
        }
    }
}

extension ConfigCommand {
    /// The `command` name of the tree: the words after `license-server`, or `activation-key`.
    var commandName: String {
        switch kind {
        case .secret: "secret"
        case .refreshInterval: "refresh-interval"
        case .port: "port"
        case .backupServer: "backup"
        case .enable: "enable"
        case .address: "address"
        case .backupEnable: "backup-enable"
        case .backupAddress: "backup-address"
        case .activationKey: "activation-key"
        }
    }
}
