/// The `license-server …` and `activation-key …` commands of a running-config, a snippet or a
/// change script, in order. Every other configuration line is counted, not kept.
public struct LicenseConfiguration: Hashable, Sendable {
    public var commands: [ConfigCommand] = []
    /// Configuration lines that are not licensing commands, skipped quietly.
    public var otherLines = 0
    /// The unit's serial number, as a running-config's header names it (`: Serial Number: …`):
    /// it tells which unit the configuration is, as a show activation-key's serial does.
    public var serialNumber: String?

    public init(commands: [ConfigCommand] = [], otherLines: Int = 0, serialNumber: String? = nil) {
        self.commands = commands
        self.otherLines = otherLines
        self.serialNumber = serialNumber
    }

    /// The unit's role, read from all its lines together. A refresh interval or port at its
    /// default says nothing: `show running-config all` prints both on every unit.
    public var role: SharedLicensingRole {
        var server = false, backup = false, client = false
        for c in commands where !c.negated {
            switch c.kind {
            case .refreshInterval(Self.defaultRefreshInterval), .port(Self.defaultPort): break
            case .secret, .enable, .backupServer, .refreshInterval, .port: server = true
            case .backupEnable: backup = true
            case .address, .backupAddress: client = true
            case .activationKey: break
            }
        }
        switch (server, backup, client) {
        case (false, false, false): return .none
        case (true, false, false): return .server
        case (false, true, _): return .backupServer
        case (false, false, true): return .participant
        default: return .mixed
        }
    }

    /// The effective refresh interval: the last non-negated command, else the default.
    public var refreshInterval: Setting {
        for c in commands.reversed() where !c.negated {
            if case .refreshInterval(let s) = c.kind { return Setting(value: s, isDefault: false) }
        }
        return Setting(value: Self.defaultRefreshInterval, isDefault: true)
    }

    /// The effective port: the server's `port` or the port of `license-server address`.
    public var port: Setting {
        for c in commands.reversed() where !c.negated {
            switch c.kind {
            case .port(let p): return Setting(value: p, isDefault: false)
            case .address(_, _, let p?): return Setting(value: p, isDefault: false)
            default: continue
            }
        }
        return Setting(value: Self.defaultPort, isDefault: true)
    }

    /// The defaults the licensing document gives (`license-server refresh-interval`, `port`).
    public static let defaultRefreshInterval = 30
    public static let defaultPort = 50554

    /// A setting in effect, and whether no command set it.
    public struct Setting: Hashable, Sendable {
        public var value: Int
        public var isDefault: Bool
    }
}

/// What a unit is in shared licensing, from its license-server commands.
public enum SharedLicensingRole: String, Sendable {
    case none
    case server
    case backupServer = "backup-server"
    case participant
    /// Server lines mixed with participant lines (SHR005).
    case mixed

    /// Equal by case, not by raw value (see `caseIndex`).
    public static func == (a: SharedLicensingRole, b: SharedLicensingRole) -> Bool { caseIndex(a) == caseIndex(b) }
    /// Hashed by case, not by raw value (see `caseIndex`).
    public func hash(into hasher: inout Hasher) { hasher.combine(caseIndex(self)) }
}

/// One licensing command, a `no ` prefix kept.
public struct ConfigCommand: Hashable, Sendable {
    /// Which command, with its arguments.
    public enum Kind: Hashable, Sendable {
        case secret(Secret)
        case refreshInterval(Int)
        case port(Int)
        case backupServer(address: IPAddress, backupID: String, haBackupID: String?)
        case enable(interface: String)
        case address(IPAddress, secret: Secret, port: Int?)
        case backupEnable(interface: String)
        case backupAddress(IPAddress)
        case activationKey(ActivationKey, action: KeyAction?)
    }

    /// The action an `activation-key` command names for a time-based key.
    public enum KeyAction: String, Sendable {
        case activate, deactivate
    }

    public var negated: Bool
    public var kind: Kind
    /// What the device answered to a command typed at its prompt, as printed under it
    /// (`Validating activation key. This may take a few minutes...`, `… will become active
    /// after the next reload.`): whether the key took effect, kept as written.
    public var reply: [String]
    @NotCompared public var span: SourceSpan

    public init(negated: Bool = false, _ kind: Kind, reply: [String] = [], span: SourceSpan = .none) {
        self.negated = negated
        self.kind = kind
        self.reply = reply
        self.span = span
    }
}
