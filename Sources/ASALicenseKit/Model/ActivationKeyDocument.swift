/// The license state of one unit as `show activation-key [detail]` or the license part of
/// `show version` prints it.
public struct ActivationKeyDocument: Hashable, Sendable {
    public var showVersion: ShowVersionInfo?
    public var serialNumber: SerialNumber?
    public var runningPermanentKey: ActivationKey?
    /// The older `Running Activation Key:` line.
    public var runningActivationKey: ActivationKey?
    public var runningTimebasedKeys: [ActivationKey] = []
    /// Device sentences worth keeping (`The Running Activation Key feature: … reduced to 0 …`).
    public var notices: [Notice] = []
    /// The running license: permanent combined with the active time-based keys.
    public var running: FeatureBlock?
    public var failoverCluster: FeatureBlock?
    /// The permanent license alone (`detail` output).
    public var permanent: PermanentLicense?
    public var flashKey: FlashKeyState?
    public var activeTimebasedKeys: [TimebasedKey] = []
    public var inactiveTimebasedKeys: [TimebasedKey] = []

    public init() {}

    /// Whether the text was `show activation-key detail` (it shows the permanent block).
    public var isDetail: Bool { permanent != nil || !inactiveTimebasedKeys.isEmpty }

    /// The unit's own platform license sentence, from the running block or the cluster block.
    public var platform: PlatformLicense? { running?.platform ?? failoverCluster?.platform }
}

/// `Serial Number: …`; `truncated` when the capture cut its first letters (`erial Number:`).
public struct SerialNumber: Hashable, Sendable {
    public var text: String
    public var truncated: Bool
    public var span: SourceSpan

    public init(_ text: String, truncated: Bool = false, span: SourceSpan = .none) {
        self.text = text
        self.truncated = truncated
        self.span = span
    }
}

/// `Running Permanent Activation Key:` and its `Licensed features` block, in `detail` output.
public struct PermanentLicense: Hashable, Sendable {
    public var key: ActivationKey
    public var features: FeatureBlock?

    public init(key: ActivationKey, features: FeatureBlock? = nil) {
        self.key = key
        self.features = features
    }
}

/// A time-based key and the feature rows it carries.
public struct TimebasedKey: Hashable, Sendable {
    public var key: ActivationKey
    public var features: [FeatureRow]

    public init(key: ActivationKey, features: [FeatureRow] = []) {
        self.key = key
        self.features = features
    }
}

/// `The flash permanent activation key is the SAME as / DIFFERENT from the running permanent key.`
public struct FlashKeyState: Hashable, Sendable {
    public var same: Bool
    public var span: SourceSpan

    public init(same: Bool, span: SourceSpan = .none) {
        self.same = same
        self.span = span
    }
}

/// A sentence of the device kept as a note on the document.
public struct Notice: Hashable, Sendable {
    public var text: String
    public var span: SourceSpan

    public init(_ text: String, span: SourceSpan = .none) {
        self.text = text
        self.span = span
    }
}

/// What asalic keeps of the rest of `show version`: the lines that say which unit it is.
public struct ShowVersionInfo: Hashable, Sendable {
    public var softwareVersion: String?
    public var hardware: String?
    public var modelID: String?
    public var licenseMode: String?

    public init(softwareVersion: String? = nil, hardware: String? = nil, modelID: String? = nil, licenseMode: String? = nil) {
        self.softwareVersion = softwareVersion
        self.hardware = hardware
        self.modelID = modelID
        self.licenseMode = licenseMode
    }
}
