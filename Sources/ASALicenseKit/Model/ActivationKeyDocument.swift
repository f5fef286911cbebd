/// The license state of one unit as `show activation-key [detail]` or the license part of
/// `show version` prints it.
public struct ActivationKeyDocument: Hashable, Sendable {
    @Boxed public var showVersion: ShowVersionInfo? = nil
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
    @Boxed public var permanent: PermanentLicense? = nil
    public var flashKey: FlashKeyState?
    /// `This platform does not support <feature>.`, each feature as printed.
    public var unsupportedFeatures: [String] = []
    public var activeTimebasedKeys: [TimebasedKey] = []
    public var inactiveTimebasedKeys: [TimebasedKey] = []

    public init() {}

    /// Whether the text was `show activation-key detail` (it shows the permanent block).
    public var isDetail: Bool { permanent != nil || !inactiveTimebasedKeys.isEmpty }

    /// The unit's own platform license sentence, from the running block or the cluster block.
    public var platform: PlatformLicense? { running?.platform ?? failoverCluster?.platform }

    /// The unit's model in one spelling: from its platform sentence, else from show version.
    public var platformModel: String? {
        if let m = platform?.normalizedModel { return m }
        if let h = showVersion?.modelID ?? showVersion?.hardware { return PlatformModel.normalize(h) }
        return nil
    }

    /// A PIX running 7.x software: its keys may have four words and its serial numbers are not
    /// the ASA's eleven characters.
    public var isPIX: Bool { PlatformLicense.isPIX(hardware: showVersion?.hardware, platform: platform) }
}

/// `Serial Number: …`; `truncated` when the capture cut its first letters (`erial Number:`).
public struct SerialNumber: Hashable, Sendable {
    public var text: String
    public var truncated: Bool
    @NotCompared public var span: SourceSpan

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
/// (releases before 8.3 print `The flash activation key is … the running key.`, the same fact).
public struct FlashKeyState: Hashable, Sendable {
    public var same: Bool
    @NotCompared public var span: SourceSpan

    public init(same: Bool, span: SourceSpan = .none) {
        self.same = same
        self.span = span
    }
}

/// A sentence of the device kept as a note on the document.
public struct Notice: Hashable, Sendable {
    public var text: String
    @NotCompared public var span: SourceSpan

    public init(_ text: String, span: SourceSpan = .none) {
        self.text = text
        self.span = span
    }
}

/// What asalic keeps of the rest of `show version`: the lines that say which unit it is and the
/// state of its license.
public struct ShowVersionInfo: Hashable, Sendable {
    /// The version alone (`9.8(3)21`), without the execution-space marker.
    public var softwareVersion: String?
    /// `PIX` when the banner names the PIX Security Appliance rather than the ASA.
    public var product: String?
    /// `system` or `context` from a trailing `<system>` / `<context>` marker: the output came
    /// from that execution space of a unit in multiple context mode.
    public var executionSpace: String?
    public var hardware: String?
    public var modelID: String?
    /// `License mode: Smart Licensing`.
    public var licenseMode: String?
    /// `License state: LICENSED`.
    public var licenseState: String?
    /// `License reservation: Enabled`.
    public var licenseReservation: String?
    /// `ASAv Platform License State: Licensed`.
    public var platformLicenseState: String?
    /// `Active entitlement: ASAv-STD-1G, enforce mode: Authorized`.
    public var activeEntitlement: String?
    public var enforceMode: String?
    /// `No active entitlement: <why>`.
    public var noActiveEntitlement: String?
    /// `Firewall throughput limited to 1 Gbps` → `1 Gbps`.
    public var throughputLimit: String?

    public init(softwareVersion: String? = nil, hardware: String? = nil, modelID: String? = nil, licenseMode: String? = nil) {
        self.softwareVersion = softwareVersion
        self.hardware = hardware
        self.modelID = modelID
        self.licenseMode = licenseMode
    }

    /// Whether any licence-state line was read: such a unit runs Smart Licensing, not PAK keys,
    /// when its mode says so.
    public var hasLicenseState: Bool {
        licenseMode != nil || licenseState != nil || licenseReservation != nil || platformLicenseState != nil
            || activeEntitlement != nil || noActiveEntitlement != nil || throughputLimit != nil
    }
}
