@testable import ASALicenseKit

/// A small seeded generator (SplitMix64), so a failing case replays from its seed.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random valid models: what the grammars accept and the canonical CLI can say, so that
/// model → CLI → model and model → YAML/JSON → model must be identities.
struct ModelGenerator {
    var rng: SeededRandom

    init(seed: UInt64) { rng = SeededRandom(seed: seed) }

    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
    mutating func int(_ r: ClosedRange<Int>) -> Int { Int.random(in: r, using: &rng) }
    mutating func pick<T>(_ xs: [T]) -> T { xs[int(0...(xs.count - 1))] }
    mutating func word(_ n: ClosedRange<Int>, _ alphabet: String = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") -> String {
        let chars = Array(alphabet)
        return String((0..<int(n)).map { _ in pick(chars) })
    }

    mutating func key() -> ActivationKey {
        ActivationKey((0..<5).map { _ in "0x" + String(UInt32.random(in: 0...UInt32.max, using: &rng), radix: 16) }.joined(separator: " "))
    }

    mutating func value() -> FeatureValue {
        switch int(0...6) {
        case 0, 1: .count(int(0...100_000))
        case 2: .unlimited
        case 3: .enabled
        case 4: .disabled
        case 5: .failover(pick(FeatureValue.FailoverMode.allCases))
        default: .text(pick(["Base(DES)", "Strong", "N/A", "Unknown-Tier", "Not supported"]))
        }
    }

    mutating func term() -> Term? {
        switch int(0...3) {
        case 0: nil
        case 1: .perpetual
        case 2: .days(int(0...999))
        default: .qualifier(pick(["DMZ Unrestricted", "DMZ Restricted", "(evaluation)"]))
        }
    }

    mutating func rows(_ n: ClosedRange<Int>, termRequired: Bool = false) -> [FeatureRow] {
        var names = Set<String>()
        var out: [FeatureRow] = []
        for _ in 0..<int(n) {
            let name = chance(0.9) ? pick(FeatureCatalog.spellings).name : "Custom " + word(3...8, "abcdefgh")
            guard names.insert(name).inserted, name != "Shared AnyConnect Premium Peers" else { continue }
            var row = FeatureRow(name: FeatureName(name), value: value(), term: termRequired ? .days(int(1...400)) : term())
            // Free text takes every word up to the term: a qualifier follows only a typed value,
            // and a comma only a count (`VLANs : 20, DMZ Unrestricted`).
            if case .text = row.value, case .qualifier? = row.term { row.term = nil }
            if case .count = row.value, case .qualifier? = row.term { row.commaBeforeQualifier = chance(0.3) }
            if name == "Shared License" && chance(0.5) {
                row.children = [FeatureRow(name: FeatureName("Shared AnyConnect Premium Peers"), value: .count(int(0...12000)), term: .perpetual)]
            }
            out.append(row)
        }
        return out
    }

    mutating func block(platform: Bool) -> FeatureBlock {
        var b = FeatureBlock(scope: chance(0.8) ? .platform : .userContext, rows: rows(1...12))
        if platform {
            let models: [String?] = [nil, "ASA 5520", "ASA5506", "ISA 3000", "WS-SVC-ASA-SM1", "ASA 5585-X"]
            b.platform = PlatformLicense(model: pick(models), tier: pick(["Base", "Security Plus", "VPN Plus", "No Payload Encryption", "base"]))
        }
        return b
    }

    mutating func activationKeyDocument() -> Document {
        var d = ActivationKeyDocument()
        let showVersion = chance(0.2)
        if showVersion {
            d.showVersion = ShowVersionInfo(softwareVersion: "9.\(int(1...20))(\(int(1...4)))\(int(1...40))", hardware: chance(0.5) ? pick(["ASA5506", "ISA-3000-2C2F", "ASAv"]) : nil,
                                            modelID: chance(0.3) ? "ASAv10" : nil, licenseMode: chance(0.3) ? "Smart Licensing" : nil)
        }
        if chance(0.9) { d.serialNumber = SerialNumber(word(11...11), truncated: chance(0.1)) }
        if chance(0.9) { d.runningPermanentKey = key() } else if chance(0.5) { d.runningActivationKey = key() }
        if !showVersion { d.runningTimebasedKeys = (0..<int(0...2)).map { _ in key() } }
        if chance(0.2) { d.notices = [Notice("The Running Activation Key feature: \(int(1...9)) security contexts exceed the limit on the platform, reduced to 0 security contexts.")] }
        if chance(0.95) || showVersion { d.running = block(platform: chance(0.7)) }
        if chance(0.3) { d.failoverCluster = block(platform: chance(0.7)) }
        if !showVersion {
            if chance(0.3) { d.permanent = PermanentLicense(key: key(), features: block(platform: false)) }
            if chance(0.8) { d.flashKey = FlashKeyState(same: chance(0.8)) }
            if d.flashKey?.same == false || chance(0.05) {
                d.flashPermanent = PermanentLicense(key: key(), features: chance(0.8) ? block(platform: chance(0.5)) : nil)
            }
            d.activeTimebasedKeys = (0..<int(0...2)).map { _ in TimebasedKey(key: key(), features: rows(1...3, termRequired: true)) }
            d.inactiveTimebasedKeys = (0..<int(0...2)).map { _ in TimebasedKey(key: key(), features: rows(1...3, termRequired: true)) }
        }
        let command = showVersion ? "show version" : pick(["show activation-key", "show activation-key detail"])
        return Document(content: .activationKey(d)).withEcho(command, when: chance(0.7), prompt: pick(["fw1#", "edge-7/pri/act#", "lab>"]))
    }

    mutating func address() -> IPAddress {
        chance(0.7) ? IPAddress("10.\(int(0...255)).\(int(0...255)).\(int(1...254))") : IPAddress("2001:db8::\(String(int(1...0xffff), radix: 16))")
    }

    mutating func secret() -> Secret { Secret(word(4...40, "abcdefghijkmnpqrstuvwxyzABCDEFGH23456789#!:")) }

    mutating func configurationDocument() -> Document {
        var cs: [ConfigCommand] = []
        switch int(0...2) {
        case 0:  // a server
            cs.append(ConfigCommand(.secret(secret())))
            if chance(0.5) { cs.append(ConfigCommand(.refreshInterval(int(10...300)))) }
            if chance(0.5) { cs.append(ConfigCommand(.port(int(1...65535)))) }
            if chance(0.5) { cs.append(ConfigCommand(.backupServer(address: address(), backupID: word(11...11), haBackupID: chance(0.5) ? word(11...11) : nil))) }
            for i in pick(["inside", "dmz", "mgmt"].combinations()) { cs.append(ConfigCommand(.enable(interface: i))) }
        case 1:  // a backup server
            cs.append(ConfigCommand(.address(address(), secret: secret(), port: chance(0.5) ? int(1...65535) : nil)))
            cs.append(ConfigCommand(.backupEnable(interface: pick(["inside", "dmz"]))))
        default:  // a participant
            cs.append(ConfigCommand(.address(address(), secret: secret(), port: nil)))
            if chance(0.6) { cs.append(ConfigCommand(.backupAddress(address()))) }
        }
        if chance(0.3) { cs.append(ConfigCommand(negated: true, .enable(interface: "outside"))) }
        let prompt = chance(0.5) ? "fw2(config)#" : nil
        for _ in 0..<int(0...2) {
            // Typed at a prompt, a key may have the device's answer under it.
            let reply = prompt != nil && chance(0.5) ? Array(Self.keyReplies.prefix(int(1...Self.keyReplies.count))) : []
            cs.append(ConfigCommand(.activationKey(key(), action: pick([nil, .activate, .deactivate])), reply: reply))
        }
        // The canonical order, as the CLI writes it.
        let ordered = cs.enumerated().sorted { (CLIWriter.rank($0.element.kind), $0.offset) < (CLIWriter.rank($1.element.kind), $1.offset) }.map(\.element)
        // A running-config's header names the unit where the commands stand bare.
        let serial = prompt == nil && chance(0.5) ? word(11...11) : nil
        return Document(prompt: prompt, content: .configuration(LicenseConfiguration(commands: ordered, serialNumber: serial)))
    }

    /// The device's answer to an `activation-key` that needs a reload, line by line.
    static let keyReplies = [
        "Validating activation key. This may take a few minutes...",
        "Failover is different.",
        "   running key: Restricted(R)",
        "WARNING: The running activation key was not updated with the requested key.",
        "The flash activation key was updated with the requested key, and will become",
        "active after the next reload.",
    ]

    mutating func counters(_ names: [String]) -> [MessageCounter] {
        names.map { MessageCounter(name: $0, tx: int(0...500_000), rx: int(0...500_000), error: int(0...9)) }
    }

    mutating func sharedLicenseDocument() -> Document {
        var d = SharedLicenseDocument()
        if chance(0.7) { d.primaryServer = PrimaryServerInfo(address: address(), version: chance(0.8) ? 1 : nil, status: chance(0.8) ? pick(["Active", "Inactive"]) : nil) }
        if d.primaryServer != nil, chance(0.3) { d.backupLicenseServer = PrimaryServerInfo(address: address(), version: chance(0.8) ? 1 : nil, status: chance(0.8) ? pick(["Active", "Inactive"]) : nil) }
        if chance(0.4) {
            var b = BackupServerInfo()
            b.deviceID = word(4...11)
            b.address = address()
            b.registered = chance(0.5)
            if chance(0.6) {
                b.haPeerID = word(4...11)
                b.haPeerRegistered = chance(0.5)
            }
            b.messages = counters(["Hello", "Sync", "Update"])
            d.backupServer = b
        }
        if chance(0.8) {
            let total = int(0...10_000), used = int(0...total)
            d.utilization = PoolUtilization(pool: pick(["SSLVPN", "AnyConnect Premium", ""]), totalForNetwork: total, available: total - used, utilized: used)
            d.thisDevice = DeviceUsage(platformLimit: int(0...10_000), currentUsage: int(0...500), highUsage: int(0...900))
            d.messages = counters(["Registration", "Get", "Release", "Transfer"])
        }
        for _ in 0..<int(0...2) {
            var c = ClientInfo()
            c.hostname = word(3...12, "abcdefgh-0123")
            c.deviceID = word(4...12)
            c.pool = "SSLVPN"
            c.currentUsage = int(0...500)
            c.high = int(0...500)
            c.messages = counters(["Registration", "Get"])
            d.clients.append(c)
        }
        d.participants = (0..<int(0...3)).map { _ in ParticipantRow(clientID: word(7...11), usage: int(0...5000), hostname: word(3...12, "abcdefgh-0123")) }
        // An output has at least one of its parts: no text reads as an empty one.
        if d.primaryServer == nil && d.backupServer == nil && d.utilization == nil && d.clients.isEmpty && d.participants.isEmpty {
            d.primaryServer = PrimaryServerInfo(address: address(), version: 1, status: "Active")
        }
        d.truncated = chance(0.2)
        return Document(content: .sharedLicense(d)).withEcho("show shared license detail", when: chance(0.5), prompt: "srv>")
    }
}

extension Document {
    func withEcho(_ command: String, when: Bool, prompt: String? = nil) -> Document {
        var d = self
        if when { d.prompt = prompt ?? d.prompt ?? "fw#"; d.command = command }
        return d
    }

    /// The document as read, without what only the reading adds.
    var withoutProvenance: Document {
        var d = self
        d.sourceLines = nil
        d.source = nil
        return d
    }

    /// The document as read, without the line numbers that only the reading adds.
    var withoutLineNumbers: Document {
        var d = withoutProvenance
        d.unparsed = d.unparsed.map { UnparsedLine(line: 0, text: $0.text) }
        return d
    }
}

extension Array where Element == String {
    /// A non-empty subset, in order.
    func combinations() -> [[String]] {
        (1..<(1 << count)).map { mask in enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element) }
    }
}
