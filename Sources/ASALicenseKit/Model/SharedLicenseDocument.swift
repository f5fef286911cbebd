/// `show shared license [detail | client [hostname] | backup]`, every block optional: a
/// participant prints the server line and its own figures, the server's `detail` adds the backup
/// server and one entry per client.
public struct SharedLicenseDocument: Hashable, Sendable {
    public var primaryServer: PrimaryServerInfo?
    /// The backup server as the participant prints it under the primary's lines (`Backup
    /// License Server : 10.3.32.21`, its version and status), when one is configured; not the
    /// server's own `Backup License Server Info:` block (`backupServer`).
    public var backupLicenseServer: PrimaryServerInfo?
    public var backupServer: BackupServerInfo?
    public var utilization: PoolUtilization?
    public var thisDevice: DeviceUsage?
    /// This unit's `Messages Tx/Rx/Error:` rows.
    public var messages: [MessageCounter] = []
    public var clients: [ClientInfo] = []
    /// The newer layout's trailing `Client ID  Usage  Hostname` table.
    public var participants: [ParticipantRow] = []
    /// `Client Info:` printed with no client under it, and the `Client ID  Usage  Hostname`
    /// header with no row: kept, so that the output still starts where it started.
    public var emptyClientInfo = false
    public var emptyParticipantTable = false
    /// The capture ended with `...` (or inside a block): more followed on the device (DOC003).
    public var truncated = false

    public init() {}
}

/// A shared licensing server as a participant shows it: the primary, or the backup under it.
public struct PrimaryServerInfo: Hashable, Sendable {
    public var address: IPAddress
    public var version: Int?
    public var status: String?
    @NotCompared public var span: SourceSpan

    public init(address: IPAddress, version: Int? = nil, status: String? = nil, span: SourceSpan = .none) {
        self.address = address
        self.version = version
        self.status = status
        self.span = span
    }
}

/// The backup shared licensing server block.
public struct BackupServerInfo: Hashable, Sendable {
    public var deviceID: String?
    public var address: IPAddress?
    public var registered: Bool?
    public var haPeerID: String?
    public var haPeerRegistered: Bool?
    public var messages: [MessageCounter] = []
    @NotCompared public var span: SourceSpan

    public init(span: SourceSpan = .none) { self.span = span }
}

/// `Shared license utilization:` — the pool (`SSLVPN:` or, on newer units, `AnyConnect Premium:`).
public struct PoolUtilization: Hashable, Sendable {
    /// The pool's label as printed, without the colon.
    public var pool: String
    public var totalForNetwork: Int?
    public var available: Int?
    public var utilized: Int?
    @NotCompared public var span: SourceSpan

    public init(pool: String = "SSLVPN", totalForNetwork: Int? = nil, available: Int? = nil, utilized: Int? = nil, span: SourceSpan = .none) {
        self.pool = pool
        self.totalForNetwork = totalForNetwork
        self.available = available
        self.utilized = utilized
        self.span = span
    }
}

/// `This device:` — the unit's own limit and usage.
public struct DeviceUsage: Hashable, Sendable {
    public var platformLimit: Int?
    public var currentUsage: Int?
    public var highUsage: Int?
    @NotCompared public var span: SourceSpan

    public init(platformLimit: Int? = nil, currentUsage: Int? = nil, highUsage: Int? = nil, span: SourceSpan = .none) {
        self.platformLimit = platformLimit
        self.currentUsage = currentUsage
        self.highUsage = highUsage
        self.span = span
    }
}

/// One `Registration : 1 / 1 / 0` row: messages sent, received, in error.
public struct MessageCounter: Hashable, Sendable {
    public var name: String
    public var tx: Int
    public var rx: Int
    public var error: Int
    @NotCompared public var span: SourceSpan

    public init(name: String, tx: Int, rx: Int, error: Int, span: SourceSpan = .none) {
        self.name = name
        self.tx = tx
        self.rx = rx
        self.error = error
        self.span = span
    }
}

/// One participant of the server's `Client Info:` section.
public struct ClientInfo: Hashable, Sendable {
    public var hostname: String?
    public var deviceID: String?
    public var pool: String?
    public var currentUsage: Int?
    public var high: Int?
    public var messages: [MessageCounter] = []
    @NotCompared public var span: SourceSpan

    public init(span: SourceSpan = .none) { self.span = span }
}

/// One row of the `Client ID  Usage  Hostname` table.
public struct ParticipantRow: Hashable, Sendable {
    public var clientID: String
    public var usage: Int
    public var hostname: String
    @NotCompared public var span: SourceSpan

    public init(clientID: String, usage: Int, hostname: String, span: SourceSpan = .none) {
        self.clientID = clientID
        self.usage = usage
        self.hostname = hostname
        self.span = span
    }
}
