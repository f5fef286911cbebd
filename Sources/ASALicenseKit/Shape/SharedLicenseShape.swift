// The shape of a `shared-license` document (see `TreeKeys`).

/// The keys of one map of the shape (see `SharedLicenseDocumentKey.about`).
public enum SharedLicenseDocumentKey: String, TreeKeys {
    case primaryServer = "primary_server"
    case backupLicenseServer = "backup_license_server"
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
        case .primaryServer, .backupLicenseServer: .map(PrimaryServerKey.self)
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
        case .backupLicenseServer: "The backup server, as a participant configured with one prints it under the primary (`Backup License Server : …`)."
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
    public static let about = "A server a participant talks to: the primary, or the backup under it."
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
