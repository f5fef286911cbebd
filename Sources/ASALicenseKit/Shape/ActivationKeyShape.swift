// The shape of an `activation-key` document: show activation-key and the license part of
// show version (see `TreeKeys`).

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
    case flashPermanent = "flash_permanent"
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
        case .permanent, .flashPermanent: .map(PermanentLicenseKey.self)
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
        case .flashPermanent: "`Flash Permanent Activation Key:` and its block: the key that takes effect at the next reload, printed when it differs from the running one."
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
        case .product: "The product the banner names when it is not the ASA (`PIX` for 7.x and 8.0, `PIX Firewall` for 6.3)."
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
