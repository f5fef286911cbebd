/// The shape of asalic's YAML/JSON documents: every map, its keys in the order they are written,
/// their value shapes and meaning. See `TreeKeys`.

/// The keys every document has, whatever its kind. The kind's own keys come between
/// `source_lines` and `unparsed`.
public enum DocumentKey: String, TreeKeys {
    case kind, prompt, hostname, command, source
    case sourceLines = "source_lines"
    case asOf = "as_of"
    case unparsed

    public static let title = "document"
    public static let about = "One command output (or one configuration) of a capture."

    public var shape: ValueShape {
        switch self {
        case .kind: .choice(DocumentKind.allCases.map(\.rawValue))
        case .prompt, .hostname, .command, .source: .string
        case .sourceLines: .lineRange
        case .asOf: .map(AsOfKey.self)
        case .unparsed: .list(.map(UnparsedKey.self))
        }
    }

    public var about: String {
        switch self {
        case .kind: "Which output this is; decides the other keys."
        case .prompt: "The prompt printed before the echoed command, as written (`fw1/pri/act#`)."
        case .hostname: "The hostname the prompt names (derived from `prompt`)."
        case .command: "The echoed command (`show activation-key detail`)."
        case .source: "The input the document was read from, as the user named it (or --stdin-filename)."
        case .sourceLines: "First and last line of the input the document was read from."
        case .asOf: "The day the capture was taken, when known (--as-of, or a show clock output before it): time-based licenses then carry `expires_on`."
        case .unparsed: "Lines the grammar did not accept, kept verbatim with their line numbers (DOC001)."
        }
    }

    public var isDerived: Bool { self == .hostname }
    public var isRequired: Bool { self == .kind }
}

/// The keys of one map of the shape (see `UnparsedKey.about`).
/// The keys of one map of the shape (see `AsOfKey.about`).
public enum AsOfKey: String, TreeKeys {
    case date, source

    public static let title = "as_of"
    public static let about = "The day a capture was taken, and what says so."
    public var shape: ValueShape { self == .date ? .date : .choice(CaptureDate.Source.allCases.map(\.rawValue)) }
    public var about: String { self == .date ? "The date." : "`as-of`: the user's --as-of; `show-clock`: the device's clock in the capture." }
    public var isRequired: Bool { true }
}

/// The keys of one map of the shape (see `UnparsedKey.about`).
public enum UnparsedKey: String, TreeKeys {
    case line, text

    public static let title = "unparsed_line"
    public static let about = "A line kept as written because the grammar did not accept it."
    public var shape: ValueShape { self == .line ? .integer(minimum: 1) : .string }
    public var about: String { self == .line ? "Its line number in the input." : "The line as written (shared secrets redacted unless --show-secrets)." }
    public var isRequired: Bool { true }
}

// MARK: show activation-key / show version

/// The keys of an `activation-key` document: `show activation-key [detail]`, or the license
/// part of `show version`.
public enum ActivationKeyDocumentKey: String, TreeKeys {
    case showVersion = "show_version"
    case serialNumber = "serial_number"
    case serialNumberTruncated = "serial_number_truncated"
    case runningPermanentKey = "running_permanent_key"
    case runningActivationKey = "running_activation_key"
    case runningTimebasedKeys = "running_timebased_keys"
    case notices, running
    case failoverCluster = "failover_cluster"
    case permanent
    case unsupportedFeatures = "unsupported_features"
    case flashKey = "flash_key"
    case activeTimebasedKeys = "active_timebased_keys"
    case inactiveTimebasedKeys = "inactive_timebased_keys"

    public static let title = "activation_key_document"
    public static let about = "show activation-key [detail], or the license part of show version."

    public var shape: ValueShape {
        switch self {
        case .showVersion: .map(ShowVersionKey.self)
        case .serialNumber, .runningPermanentKey, .runningActivationKey: .string
        case .serialNumberTruncated: .flag
        case .runningTimebasedKeys, .notices, .unsupportedFeatures: .list(.string)
        case .running, .failoverCluster: .map(FeatureBlockKey.self)
        case .permanent: .map(PermanentLicenseKey.self)
        case .flashKey: .choice(["same", "different"])
        case .activeTimebasedKeys, .inactiveTimebasedKeys: .list(.map(TimebasedKeyKey.self))
        }
    }

    public var about: String {
        switch self {
        case .showVersion: "The show version lines around the license block."
        case .serialNumber: "The licensing serial number (`Serial Number:`)."
        case .serialNumberTruncated: "The `Serial Number:` label was cut at the front by the capture."
        case .runningPermanentKey: "`Running Permanent Activation Key:` (five hexadecimal words; keys are not secrets)."
        case .runningActivationKey: "`Running Activation Key:`, the 8.2-and-earlier wording."
        case .runningTimebasedKeys: "`Running Timebased Activation Key:` lines."
        case .notices: "Other sentences of the output, kept as written."
        case .running: "The running license: `Licensed features for this platform:`."
        case .failoverCluster: "`Failover cluster licensed features for this platform:`."
        case .permanent: "`The Running Permanent Activation Key` block of show activation-key detail."
        case .unsupportedFeatures: "`This platform does not support …` sentences: the features named."
        case .flashKey: "Whether the flash permanent key is the running one."
        case .activeTimebasedKeys: "`The Running Timebased Activation Keys are active` blocks (detail)."
        case .inactiveTimebasedKeys: "`Installed, but not active` time-based keys (detail)."
        }
    }
}

/// The keys of one map of the shape (see `ShowVersionKey.about`).
public enum ShowVersionKey: String, TreeKeys {
    case product
    case softwareVersion = "software_version"
    case executionSpace = "execution_space"
    case hardware
    case modelID = "model_id"
    case licenseMode = "license_mode"
    case licenseState = "license_state"
    case licenseReservation = "license_reservation"
    case platformLicenseState = "platform_license_state"
    case activeEntitlement = "active_entitlement"
    case enforceMode = "enforce_mode"
    case noActiveEntitlement = "no_active_entitlement"
    case throughputLimit = "throughput_limit"

    public static let title = "show_version"
    public static let about = "The show version lines asalic reads around the license block, each as written."
    public var shape: ValueShape { .string }

    public var about: String {
        switch self {
        case .product: "The product the banner names when it is not the ASA (`PIX`)."
        case .softwareVersion: "The software version (`9.12(4)`)."
        case .executionSpace: "`system` or `context`: the execution space of a unit in multiple context mode that printed the output."
        case .hardware: "`Hardware:` — the model and its resources."
        case .modelID: "`Model Id:`."
        case .licenseMode: "`License mode:` (`Smart Licensing` on units outside PAK licensing)."
        case .licenseState: "`License state:`."
        case .licenseReservation: "`License reservation:`."
        case .platformLicenseState: "`ASAv Platform License State:`."
        case .activeEntitlement: "`Active entitlement:`."
        case .enforceMode: "The `enforce mode:` printed after the active entitlement."
        case .noActiveEntitlement: "`No active entitlement:`."
        case .throughputLimit: "The limit of `Firewall throughput limited to …` (`1 Gbps`)."
        }
    }
}

/// The keys of one map of the shape (see `FeatureBlockKey.about`).
public enum FeatureBlockKey: String, TreeKeys {
    case scope, headerless, features, platform

    public static let title = "feature_block"
    public static let about = "A licensed-features block and the platform sentence under it."

    public var shape: ValueShape {
        switch self {
        case .scope: .choice(FeatureBlock.Scope.allCases.map(\.rawValue))
        case .headerless: .flag
        case .features: .list(.map(FeatureRowKey.self))
        case .platform: .map(PlatformKey.self)
        }
    }

    public var about: String {
        switch self {
        case .scope: "`platform`, or `user-context` for a security context's block."
        case .headerless: "The rows came without their `Licensed features for this …:` header (7.x, 8.0, pasted fragments)."
        case .features: "The rows, in order."
        case .platform: "`This platform has a/an [model] <tier> license.`"
        }
    }

    public var isRequired: Bool { self == .scope || self == .features }
}

/// The keys of one map of the shape (see `PlatformKey.about`).
public enum PlatformKey: String, TreeKeys {
    case model
    case normalizedModel = "normalized_model"
    case tier

    public static let title = "platform_license"
    public static let about = "The platform model (when printed) and the license tier, as written."
    public var shape: ValueShape { .string }

    public var about: String {
        switch self {
        case .model: "The model as printed (`ASA 5520`, `WS-SVC-ASA-SM1`)."
        case .normalizedModel: "The model in one spelling (derived from `model`)."
        case .tier: "The license tier (`Base`, `Security Plus`, `VPN Premium` …)."
        }
    }

    public var isDerived: Bool { self == .normalizedModel }
    public var isRequired: Bool { self == .tier }
}

/// The keys of one map of the shape (see `FeatureRowKey.about`).
public enum FeatureRowKey: String, TreeKeys {
    case name, id, value, term, days
    case expiresOn = "expires_on"
    case qualifier
    case commaBeforeQualifier = "comma_before_qualifier"
    case children

    public static let title = "feature_row"
    public static let about = "One row, `Name : value [term]`, with its indented child rows."

    public var shape: ValueShape {
        switch self {
        case .name, .id, .qualifier: .string
        case .value: .featureValue
        case .term: .choice(["perpetual"])
        case .days: .integer(minimum: 0)
        case .expiresOn: .date
        case .commaBeforeQualifier: .flag
        case .children: .list(.map(FeatureRowKey.self))
        }
    }

    public var about: String {
        switch self {
        case .name: "The feature's name as the device printed it."
        case .id: "The catalog's id of the feature, when it knows the name (derived from `name`)."
        case .value: "A count as a number, or the word printed (`Unlimited`, `Enabled`, `Disabled`, a failover mode, text)."
        case .term: "`perpetual`: the value comes from the permanent license."
        case .days: "Days left of the time-based license the value comes from."
        case .expiresOn: "The day those days run out, when the capture date is known (`as_of` + `days`)."
        case .qualifier: "Any other text after the value (`DMZ Unrestricted`)."
        case .commaBeforeQualifier: "The device printed a comma between the count and its qualifier."
        case .children: "Indented rows under this one (`Shared AnyConnect Premium Peers`)."
        }
    }

    public var isDerived: Bool { self == .id || self == .expiresOn }
    public var isRequired: Bool { self == .name || self == .value }
}

/// The keys of one map of the shape (see `PermanentLicenseKey.about`).
public enum PermanentLicenseKey: String, TreeKeys {
    case key, features

    public static let title = "permanent_license"
    public static let about = "The permanent key and the features it licenses (show activation-key detail)."
    public var shape: ValueShape { self == .key ? .string : .map(FeatureBlockKey.self) }
    public var about: String { self == .key ? "The permanent activation key." : "What the permanent key alone licenses." }
    public var isRequired: Bool { self == .key }
}

/// The keys of one map of the shape (see `TimebasedKeyKey.about`).
public enum TimebasedKeyKey: String, TreeKeys {
    case key
    case expiresOn = "expires_on"
    case features

    public static let title = "timebased_key"
    public static let about = "A time-based activation key and the features it grants."
    public var shape: ValueShape {
        switch self {
        case .key: .string
        case .expiresOn: .date
        case .features: .list(.map(FeatureRowKey.self))
        }
    }

    public var about: String {
        switch self {
        case .key: "The time-based activation key."
        case .expiresOn: "The day its last feature runs out, when the capture date is known."
        case .features: "The features it grants, with their days left."
        }
    }

    public var isDerived: Bool { self == .expiresOn }
    public var isRequired: Bool { self == .key }
}

// MARK: show shared license

/// The keys of one map of the shape (see `SharedLicenseDocumentKey.about`).
public enum SharedLicenseDocumentKey: String, TreeKeys {
    case primaryServer = "primary_server"
    case backupServer = "backup_server"
    case utilization
    case thisDevice = "this_device"
    case messages, clients, participants
    case emptyClientInfo = "empty_client_info"
    case emptyParticipantTable = "empty_participant_table"
    case truncated

    public static let title = "shared_license_document"
    public static let about = "show shared license [detail | client | backup]."

    public var shape: ValueShape {
        switch self {
        case .primaryServer: .map(PrimaryServerKey.self)
        case .backupServer: .map(BackupServerKey.self)
        case .utilization: .map(UtilizationKey.self)
        case .thisDevice: .map(ThisDeviceKey.self)
        case .messages: .list(.map(MessageKey.self))
        case .clients: .list(.map(ClientKey.self))
        case .participants: .list(.map(ParticipantKey.self))
        case .emptyClientInfo, .emptyParticipantTable, .truncated: .flag
        }
    }

    public var about: String {
        switch self {
        case .primaryServer: "The primary shared licensing server, as a participant sees it."
        case .backupServer: "The backup server block."
        case .utilization: "`Shared license utilization:` of one pool."
        case .thisDevice: "`This device:` — the unit's own platform limit and usage."
        case .messages: "This unit's `Messages Tx/Rx/Error:` rows."
        case .clients: "`Client Info:` sections (show shared license detail)."
        case .participants: "The `Client ID  Usage  Hostname` table of newer releases."
        case .emptyClientInfo: "The output shows `Client Info:` with nothing under it."
        case .emptyParticipantTable: "The participant table header with no rows under it."
        case .truncated: "The capture ended with `...` or inside a block: more followed on the device (DOC003)."
        }
    }
}

/// The keys of one map of the shape (see `PrimaryServerKey.about`).
public enum PrimaryServerKey: String, TreeKeys {
    case address, version, status

    public static let title = "primary_server"
    public static let about = "The primary server a participant talks to."
    public var shape: ValueShape { self == .version ? .integer(minimum: nil) : .string }

    public var about: String {
        switch self {
        case .address: "Its IPv4 or IPv6 address."
        case .version: "The protocol version it reports."
        case .status: "Its status as printed (`Active`)."
        }
    }

    public var isRequired: Bool { self == .address }
}

/// The keys of one map of the shape (see `BackupServerKey.about`).
public enum BackupServerKey: String, TreeKeys {
    case deviceID = "device_id"
    case address, registered
    case haPeerID = "ha_peer_id"
    case haPeerRegistered = "ha_peer_registered"
    case messages

    public static let title = "backup_server"
    public static let about = "The backup shared licensing server."

    public var shape: ValueShape {
        switch self {
        case .deviceID, .address, .haPeerID: .string
        case .registered, .haPeerRegistered: .boolean
        case .messages: .list(.map(MessageKey.self))
        }
    }

    public var about: String {
        switch self {
        case .deviceID: "Its device id (the serial number of the backup)."
        case .address: "Its address."
        case .registered: "Whether it is registered with the server."
        case .haPeerID: "The device id of its failover peer."
        case .haPeerRegistered: "Whether the failover peer is registered."
        case .messages: "Message counters of the backup."
        }
    }
}

/// The keys of one map of the shape (see `UtilizationKey.about`).
public enum UtilizationKey: String, TreeKeys {
    case pool
    case totalForNetwork = "total_for_network"
    case available, utilized

    public static let title = "utilization"
    public static let about = "`Shared license utilization:` of one pool (SSLVPN …)."
    public var shape: ValueShape { self == .pool ? .string : .integer(minimum: nil) }

    public var about: String {
        switch self {
        case .pool: "The pool's label as printed, without its colon (`SSLVPN`, `AnyConnect Premium`)."
        case .totalForNetwork: "`Total for network`."
        case .available: "`Available`."
        case .utilized: "`Utilized`."
        }
    }

    public var isRequired: Bool { self == .pool }
}

/// The keys of one map of the shape (see `ThisDeviceKey.about`).
public enum ThisDeviceKey: String, TreeKeys {
    case platformLimit = "platform_limit"
    case currentUsage = "current_usage"
    case highUsage = "high_usage"

    public static let title = "this_device"
    public static let about = "`This device:` — the unit's own figures."
    public var shape: ValueShape { .integer(minimum: nil) }

    public var about: String {
        switch self {
        case .platformLimit: "`Platform limit`."
        case .currentUsage: "`Current usage`."
        case .highUsage: "`High usage`."
        }
    }
}

/// The keys of one map of the shape (see `MessageKey.about`).
public enum MessageKey: String, TreeKeys {
    case name, tx, rx, error

    public static let title = "message_counter"
    public static let about = "One message counter row."
    public var shape: ValueShape { self == .name ? .string : .integer(minimum: nil) }

    public var about: String {
        switch self {
        case .name: "The message (`Get`, `Release`, `Transfer` …)."
        case .tx: "Sent."
        case .rx: "Received."
        case .error: "Errors."
        }
    }

    public var isRequired: Bool { true }
}

/// The keys of one map of the shape (see `ClientKey.about`).
public enum ClientKey: String, TreeKeys {
    case hostname
    case deviceID = "device_id"
    case pool
    case currentUsage = "current_usage"
    case high, messages

    public static let title = "client_info"
    public static let about = "One `Client Info:` section."

    public var shape: ValueShape {
        switch self {
        case .hostname, .deviceID, .pool: .string
        case .currentUsage, .high: .integer(minimum: nil)
        case .messages: .list(.map(MessageKey.self))
        }
    }

    public var about: String {
        switch self {
        case .hostname: "The participant's hostname."
        case .deviceID: "Its device id (serial number)."
        case .pool: "The license pool (`SSLVPN`)."
        case .currentUsage: "Sessions it uses now."
        case .high: "Its high-water mark."
        case .messages: "Its message counters."
        }
    }
}

/// The keys of one map of the shape (see `ParticipantKey.about`).
public enum ParticipantKey: String, TreeKeys {
    case clientID = "client_id"
    case usage, hostname

    public static let title = "participant"
    public static let about = "One row of the participant table."
    public var shape: ValueShape { self == .usage ? .integer(minimum: nil) : .string }

    public var about: String {
        switch self {
        case .clientID: "The participant's client id."
        case .usage: "Sessions it holds."
        case .hostname: "Its hostname."
        }
    }

    public var isRequired: Bool { true }
}

// MARK: license-server / activation-key commands

/// The keys of one map of the shape (see `ConfigurationKey.about`).
public enum ConfigurationKey: String, TreeKeys {
    case role, settings, commands
    case otherLines = "other_lines"

    public static let title = "license_configuration"
    public static let about = "The license-server and activation-key commands of a configuration, in order."

    public var shape: ValueShape {
        switch self {
        case .role: .choice(["none", "server", "backup-server", "participant", "mixed"])
        case .settings: .map(SettingsKey.self)
        case .commands: .list(.map(CommandKey.self))
        case .otherLines: .integer(minimum: 0)
        }
    }

    public var about: String {
        switch self {
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
    case interface, key, action

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
        }
    }

    public var isRequired: Bool { self == .command }
}
