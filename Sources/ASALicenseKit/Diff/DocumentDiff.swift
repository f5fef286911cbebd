/// Compares two documents of one kind by model, not by line: blind to column layout, line
/// endings, order and prompts. Features are matched by identity, so `VPN-DES` on one unit and
/// `Encryption-DES` on the other are the same feature.
public struct DocumentDiff {
    public let options: DiffOptions
    private var out: [Difference] = []
    /// The capture dates of the two documents being compared.
    private var dates: (a: CaptureDate?, b: CaptureDate?) = (nil, nil)

    public init(options: DiffOptions = DiffOptions()) {
        self.options = options
    }

    /// Two captures compared: their documents paired by kind and serial number, then hostname,
    /// then in order; a document with no partner is said to be on one side only.
    public static func compare(_ docsA: [Document], _ docsB: [Document], options: DiffOptions = DiffOptions()) -> [Difference] {
        var diffs: [Difference] = []
        let serial = { (d: Document) -> String? in
            switch d.content {
            case .activationKey(let ak): ak.serialNumber?.text
            case .configuration(let c): c.serialNumber
            default: nil
            }
        }
        // B's documents in queues by what pairs them, in order; a document paired is taken from
        // every queue at once (`taken`), and a queue's head skips what was taken. Searched and
        // removed from one list for each of A's documents, 20,000 units took 42 s.
        var taken = [Bool](repeating: false, count: docsB.count)
        var bySerial = Queues<SerialKey>(), byHost = Queues<SerialKey>(), byKind = Queues<DocumentKind>()
        for (i, db) in docsB.enumerated() {
            if let s = serial(db) { bySerial.add(i, SerialKey(kind: db.kind, text: s)) }
            else if let h = db.hostname { byHost.add(i, SerialKey(kind: db.kind, text: h)) }
            byKind.add(i, db.kind)
        }
        for da in docsA {
            let i = serial(da).flatMap { bySerial.first(SerialKey(kind: da.kind, text: $0), taken) }
                ?? da.hostname.flatMap { byHost.first(SerialKey(kind: da.kind, text: $0), taken) }
                ?? byKind.first(da.kind, taken)
            if let i {
                taken[i] = true
                diffs += compare(da, docsB[i], options: options)
            } else {
                diffs.append(Difference("document", da.kind.rawValue, .onlyInA("\(da.command ?? da.kind.rawValue)")))
            }
        }
        for (i, db) in docsB.enumerated() where !taken[i] { diffs.append(Difference("document", db.kind.rawValue, .onlyInB("\(db.command ?? db.kind.rawValue)"))) }
        return diffs
    }

    /// A kind and a serial number or hostname: what pairs two documents.
    private struct SerialKey: Hashable {
        let kind: DocumentKind
        let text: String
    }

    /// Indices in order under each key, each queue read from its first index not yet taken.
    private struct Queues<Key: Hashable> {
        private var queues: [Key: (indices: [Int], head: Int)] = [:]

        mutating func add(_ index: Int, _ key: Key) {
            queues[key, default: ([], 0)].indices.append(index)
        }

        /// The first index under `key` not taken; those taken before it are passed for good.
        mutating func first(_ key: Key, _ taken: [Bool]) -> Int? {
            guard var q = queues[key] else { return nil }
            while q.head < q.indices.count && taken[q.indices[q.head]] { q.head += 1 }
            queues[key] = q
            return q.head < q.indices.count ? q.indices[q.head] : nil
        }
    }

    /// Two documents compared by model: features by identity and typed value, blind to layout.
    public static func compare(_ a: Document, _ b: Document, options: DiffOptions = DiffOptions()) -> [Difference] {
        var d = DocumentDiff(options: options)
        d.compare(a, b)
        return d.out
    }

    private mutating func compare(_ a: Document, _ b: Document) {
        dates = (a.asOf, b.asOf)
        a.content.value.compare(withAny: b.content.value, &self)
    }

    // MARK: helpers

    mutating func field(_ section: String, _ item: String, _ a: String?, _ b: String?, termOnly: Bool = false) {
        switch (a, b) {
        case (let x?, let y?) where x != y: add(Difference(section, item, .changed(from: x, to: y), isTermOnly: termOnly))
        case (let x?, nil): add(Difference(section, item, .onlyInA(x), isTermOnly: termOnly))
        case (nil, let y?): add(Difference(section, item, .onlyInB(y), isTermOnly: termOnly))
        default: break
        }
    }

    private mutating func add(_ d: Difference) {
        var d = d
        (d.asOfA, d.asOfB) = dates
        if options.ignoreTerms && d.isTermOnly { return }
        out.append(d)
    }

    /// Compares two lists as sets, reporting what only one side has.
    private mutating func sets(_ section: String, _ item: String, _ a: [String], _ b: [String]) {
        for x in a where !b.contains(x) { add(Difference(section, item, .onlyInA(x))) }
        for y in b where !a.contains(y) { add(Difference(section, item, .onlyInB(y))) }
    }

    // MARK: show activation-key

    mutating func activationKey(_ a: ActivationKeyDocument, _ b: ActivationKeyDocument) {
        field("unit", "serial number", a.serialNumber?.text, b.serialNumber?.text)
        field("unit", "platform model", a.platform?.normalizedModel ?? a.platformModel, b.platform?.normalizedModel ?? b.platformModel)
        field("unit", "license tier", a.platform?.tier, b.platform?.tier)
        if !options.ignoreKeys {
            field("keys", "running permanent key", (a.runningPermanentKey ?? a.runningActivationKey)?.text, (b.runningPermanentKey ?? b.runningActivationKey)?.text)
            sets("keys", "running time-based key", a.runningTimebasedKeys.map(\.text), b.runningTimebasedKeys.map(\.text))
        }
        field("keys", "flash key", a.flashKey.map { $0.same ? "same as running" : "different from running" }, b.flashKey.map { $0.same ? "same as running" : "different from running" })
        if !options.ignoreKeys {
            field("keys", "flash permanent key", a.flashPermanent?.key.text, b.flashPermanent?.key.text)
        }
        block("running", a.running, b.running)
        block("failover cluster", a.failoverCluster, b.failoverCluster)
        block("permanent", a.permanent?.features, b.permanent?.features)
        block("flash permanent", a.flashPermanent?.features, b.flashPermanent?.features)
        timebased("active time-based", a.activeTimebasedKeys, b.activeTimebasedKeys)
        timebased("inactive time-based", a.inactiveTimebasedKeys, b.inactiveTimebasedKeys)
    }

    /// A feature's identity for matching: its catalog id, else its name.
    static func identity(_ r: FeatureRow) -> String { r.id?.rawValue ?? r.name.text }

    private mutating func block(_ section: String, _ a: FeatureBlock?, _ b: FeatureBlock?) {
        rows(section, a?.allRows ?? [], b?.allRows ?? [])
    }

    /// Rows pair by feature; a feature a block shows twice (DOC003) pairs in order, the n-th
    /// row of A with the n-th of B.
    private mutating func rows(_ section: String, _ a: [FeatureRow], _ b: [FeatureRow]) {
        var bByID: [String: [FeatureRow]] = [:]
        for rb in b { bByID[Self.identity(rb), default: []].append(rb) }
        var inA: [String: Int] = [:]
        for ra in a {
            let id = Self.identity(ra)
            let n = inA[id, default: 0]
            inA[id] = n + 1
            guard let rbs = bByID[id], n < rbs.count else {
                add(Difference(section, ra.name.text, .onlyInA(Self.describe(ra)), rowA: ra))
                continue
            }
            let rb = rbs[n]
            if ra.value != rb.value {
                add(Difference(section, ra.name.text, .changed(from: Self.describe(ra), to: Self.describe(rb)), rowA: ra, rowB: rb))
            } else if ra.term != rb.term {
                add(Difference(section, ra.name.text, .changed(from: Self.describe(ra), to: Self.describe(rb)), isTermOnly: true, rowA: ra, rowB: rb))
            }
        }
        var inB: [String: Int] = [:]
        for rb in b {
            let id = Self.identity(rb)
            let n = inB[id, default: 0]
            inB[id] = n + 1
            if n >= inA[id, default: 0] { add(Difference(section, rb.name.text, .onlyInB(Self.describe(rb)), rowB: rb)) }
        }
    }

    static func describe(_ r: FeatureRow) -> String {
        r.term.map { "\(r.value.text) (\($0.text))" } ?? r.value.text
    }

    private mutating func timebased(_ section: String, _ a: [TimebasedKey], _ b: [TimebasedKey]) {
        if options.ignoreKeys {
            rows(section, a.flatMap(\.features), b.flatMap(\.features))
            return
        }
        for ka in a {
            if let kb = b.first(where: { $0.key.text == ka.key.text }) {
                rows("\(section) \(ka.key.text)", ka.features, kb.features)
            } else {
                add(Difference(section, "key", .onlyInA("\(ka.key.text): \(ka.features.map { "\($0.name.text) \(Self.describe($0))" }.joined(separator: ", "))")))
            }
        }
        for kb in b where !a.map(\.key.text).contains(kb.key.text) {
            add(Difference(section, "key", .onlyInB("\(kb.key.text): \(kb.features.map { "\($0.name.text) \(Self.describe($0))" }.joined(separator: ", "))")))
        }
    }

    // MARK: configuration

    mutating func configuration(_ a: LicenseConfiguration, _ b: LicenseConfiguration) {
        field("unit", "serial number", a.serialNumber, b.serialNumber)
        field("config", "role", a.role.rawValue, b.role.rawValue)
        let secret = { (c: LicenseConfiguration) in
            c.commands.last { if case .secret = $0.kind, !$0.negated { true } else { false } }.flatMap { cmd -> Secret? in
                if case .secret(let s) = cmd.kind { return s }
                return nil
            }
        }
        if let sa = secret(a), let sb = secret(b), sa.differs(from: sb) { add(Difference("config", "secret", .changed(from: "(a secret)", to: "(a different secret)"))) }
        else { field("config", "secret", secret(a).map { _ in "(set)" }, secret(b).map { _ in "(set)" }) }
        field("config", "refresh-interval", Self.setting(a.refreshInterval), Self.setting(b.refreshInterval))
        field("config", "port", Self.setting(a.port), Self.setting(b.port))
        sets("config", "command", a.commands.compactMap(Self.commandKey), b.commands.compactMap(Self.commandKey))
        if let sa = Self.addressSecret(a), let sb = Self.addressSecret(b), sa.differs(from: sb) {
            add(Difference("config", "address secret", .changed(from: "(a secret)", to: "(a different secret)")))
        }
    }

    /// A command as compared: secret, refresh-interval and port are compared as settings, and the
    /// secret of `license-server address` on its own, by fingerprint.
    static func commandKey(_ c: ConfigCommand) -> String? {
        switch c.kind {
        case .secret, .refreshInterval, .port: return nil
        case .address(let address, _, let port):
            return (c.negated ? "no " : "") + "license-server address \(address)" + (port.map { " port \($0)" } ?? "")
        default: return CLIWriter().commandText(c)
        }
    }

    static func setting(_ s: LicenseConfiguration.Setting) -> String { s.isDefault ? "\(s.value) (default)" : String(s.value) }

    static func addressSecret(_ c: LicenseConfiguration) -> Secret? {
        for cmd in c.commands.reversed() where !cmd.negated {
            if case .address(_, let s, _) = cmd.kind { return s }
        }
        return nil
    }

    // MARK: show shared license

    mutating func sharedLicense(_ a: SharedLicenseDocument, _ b: SharedLicenseDocument) {
        let s = { (v: Int?) in v.map(String.init) }
        field("shared license", "primary server", a.primaryServer?.address.description, b.primaryServer?.address.description)
        field("shared license", "status", a.primaryServer?.status, b.primaryServer?.status)
        field("shared license", "participant's backup server", a.backupLicenseServer?.address.description, b.backupLicenseServer?.address.description)
        field("shared license", "participant's backup status", a.backupLicenseServer?.status, b.backupLicenseServer?.status)
        field("shared license", "backup server", a.backupServer?.address?.description, b.backupServer?.address?.description)
        field("shared license", "backup registered", a.backupServer?.registered.map { $0 ? "YES" : "NO" }, b.backupServer?.registered.map { $0 ? "YES" : "NO" })
        field("shared license", "pool", a.utilization?.pool, b.utilization?.pool)
        field("shared license", "total for network", s(a.utilization?.totalForNetwork), s(b.utilization?.totalForNetwork))
        field("shared license", "available", s(a.utilization?.available), s(b.utilization?.available))
        field("shared license", "utilized", s(a.utilization?.utilized), s(b.utilization?.utilized))
        field("shared license", "platform limit", s(a.thisDevice?.platformLimit), s(b.thisDevice?.platformLimit))
        field("shared license", "current usage", s(a.thisDevice?.currentUsage), s(b.thisDevice?.currentUsage))
        field("shared license", "high usage", s(a.thisDevice?.highUsage), s(b.thisDevice?.highUsage))
        sets("shared license", "client", a.clients.compactMap(\.hostname), b.clients.compactMap(\.hostname))
        sets("shared license", "participant", a.participants.map { "\($0.hostname) (\($0.clientID))" }, b.participants.map { "\($0.hostname) (\($0.clientID))" })
    }
}
