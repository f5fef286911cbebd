/// The value column of a feature row, typed.
public enum FeatureValue: Hashable, Sendable {
    case count(Int)
    case unlimited
    case enabled
    case disabled
    case failover(FailoverMode)
    /// Anything else, kept as written.
    case text(String)

    /// The failover modes a `Failover` row can show.
    public enum FailoverMode: String, Sendable, CaseIterable {
        case activeActive = "Active/Active"
        case activeStandby = "Active/Standby"
    }

    /// The words the catalog types, as the device prints them.
    public static let words = ["Unlimited", "Enabled", "Disabled"] + FailoverMode.allCases.map(\.rawValue)

    /// Types a value as written. The same function serves the CLI parser and the YAML/JSON
    /// readers, so every textual value maps to exactly one case.
    public init(text: String) {
        switch text {
        case "Unlimited": self = .unlimited
        case "Enabled": self = .enabled
        case "Disabled": self = .disabled
        case "Active/Active": self = .failover(.activeActive)
        case "Active/Standby": self = .failover(.activeStandby)
        default:
            if let n = ByteText.decimal(text.utf8) { self = .count(n) } else { self = .text(text) }
        }
    }

    /// Types a value from bytes, making a `String` only for free text.
    public init(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        self = FeatureValue.typed(bytes, start, end) ?? .text(ByteText.string(bytes, start, end))
    }

    /// The value `bytes[start..<end]` is when it is a count or one of the words; nil for free
    /// text (no `String` is made). The one typing of values from bytes.
    @inline(__always) static func typed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> FeatureValue? {
        // (Most values are words, which no count's reading need see.)
        if end > start && ByteText.isDigit(bytes[start]), let n = ByteText.decimal(bytes, start, end) { return .count(n) }
        if ByteText.equals(bytes, start, end, "Enabled") { return .enabled }
        if ByteText.equals(bytes, start, end, "Disabled") { return .disabled }
        if ByteText.equals(bytes, start, end, "Unlimited") { return .unlimited }
        if ByteText.equals(bytes, start, end, "Active/Active") { return .failover(.activeActive) }
        if ByteText.equals(bytes, start, end, "Active/Standby") { return .failover(.activeStandby) }
        return nil
    }

    /// The value as the device prints it.
    public var text: String {
        switch self {
        case .count(let n): String(n)
        case .text(let s): s
        default: word!.description
        }
    }

    /// The word a value that is one prints (nil for a count or free text): one spelling for the
    /// text above and for writers that copy the bytes.
    var word: StaticString? {
        switch self {
        case .unlimited: "Unlimited"
        case .enabled: "Enabled"
        case .disabled: "Disabled"
        case .failover(.activeActive): "Active/Active"
        case .failover(.activeStandby): "Active/Standby"
        case .count, .text: nil
        }
    }

    /// A value on one scale for "the higher value wins": disabled < counts < unlimited.
    /// Enabled ranks with unlimited, a failover mode above disabled. Free text has no rank.
    public var rank: Int? {
        switch self {
        case .disabled: -1
        case .count(let n): n
        case .unlimited, .enabled: Int.max
        case .failover(.activeStandby): 1
        case .failover(.activeActive): 2
        case .text: nil
        }
    }

    public var count: Int? {
        if case .count(let n) = self { return n }
        return nil
    }

    public var isEnabledOrDisabled: Bool { self == .enabled || self == .disabled }
}
