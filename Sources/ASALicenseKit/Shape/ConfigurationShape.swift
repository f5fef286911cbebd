// The shape of a `license-config` document (see `TreeKeys`).

/// The keys of one map of the shape (see `ConfigurationKey.about`).
public enum ConfigurationKey: String, TreeKeys {
    case serialNumber = "serial_number"
    case role, settings, commands
    case otherLines = "other_lines"

    public static let title = "license_configuration"
    public static let about = "The license-server and activation-key commands of a configuration, in order."

    public var shape: ValueShape {
        switch self {
        case .serialNumber: .string
        case .role: .choice(["none", "server", "backup-server", "participant", "mixed"])
        case .settings: .map(SettingsKey.self)
        case .commands: .list(.map(CommandKey.self))
        case .otherLines: .integer(minimum: 0)
        }
    }

    public var about: String {
        switch self {
        case .serialNumber: "The unit's serial number, from a running-config's header (`: Serial Number: …`)."
        case .role: "The unit's shared-licensing role, from all its commands (derived)."
        case .settings: "The effective refresh interval and port, defaults marked (derived)."
        case .commands: "The licensing commands, in order."
        case .otherLines: "Configuration lines that are not licensing commands, counted, not kept."
        }
    }

    public var isDerived: Bool { self == .role || self == .settings }
    public var isRequired: Bool { self == .otherLines }
}

/// The keys of one map of the shape (see `SettingsKey.about`).
public enum SettingsKey: String, TreeKeys {
    case refreshInterval = "refresh_interval"
    case port

    public static let title = "settings"
    public static let about = "The effective shared-licensing settings."
    public var shape: ValueShape { .map(SettingKey.self) }
    public var about: String { self == .port ? "The port (default 50554)." : "The refresh interval in seconds (default 30)." }
    public var isRequired: Bool { true }
}

/// The keys of one map of the shape (see `SettingKey.about`).
public enum SettingKey: String, TreeKeys {
    case value
    case isDefault = "default"

    public static let title = "setting"
    public static let about = "An effective setting and whether it is the default."
    public var shape: ValueShape { self == .value ? .integer(minimum: nil) : .boolean }
    public var about: String { self == .value ? "The value in effect." : "No command sets it: the default applies." }
    public var isRequired: Bool { true }
}

/// The keys of one map of the shape (see `CommandKey.about`).
public enum CommandKey: String, TreeKeys {
    case negated = "no"
    case command, secret, seconds, port, address
    case backupID = "backup_id"
    case haBackupID = "ha_backup_id"
    case interface, key, action, reply

    public static let title = "command"
    public static let about = "One licensing command; `command` says which, and which keys it has."

    /// The `command` names, one per kind of command.
    public static let commandNames = ["secret", "refresh-interval", "port", "backup", "enable", "address", "backup-enable", "backup-address", "activation-key"]

    public var shape: ValueShape {
        switch self {
        case .negated: .flag
        case .command: .choice(CommandKey.commandNames)
        case .seconds, .port: .integer(minimum: nil)
        case .action: .choice(["activate", "deactivate"])
        case .secret, .address, .backupID, .haBackupID, .interface, .key: .string
        case .reply: .list(.string)
        }
    }

    public var about: String {
        switch self {
        case .negated: "The command is negated (`no license-server …`)."
        case .command: "Which command: `license-server <command>`, or `activation-key`."
        case .secret: "The shared secret: a redacted fingerprint unless --show-secrets."
        case .seconds: "refresh-interval: seconds."
        case .port: "port, or the port of address."
        case .address: "address, backup or backup-address: the server's address."
        case .backupID: "backup: the backup server's serial number (backup-id)."
        case .haBackupID: "backup: the serial of the backup's failover peer (ha-backup-id)."
        case .interface: "enable or backup-enable: the interface."
        case .key: "activation-key: the key."
        case .action: "activation-key: `activate` or `deactivate`."
        case .reply: "What the device answered to the command typed at its prompt, line by line, as written."
        }
    }

    public var isRequired: Bool { self == .command }
}
