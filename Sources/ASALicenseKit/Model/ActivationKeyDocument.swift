/// The license state of one unit as `show activation-key [detail]` or the license part of
/// `show version` prints it.
public struct ActivationKeyDocument: Hashable, Sendable {
    // The fields live in one box shared by copies until one of them changes (copy on write):
    // the rules, the lint session and the writers take a unit's document out of its `Document`
    // and pass it around, and a copy of thirteen fields retained each of their references.
    private var storage = ActivationKeyDocument.empty

    /// The box of every new document until its first change: a parser hands over its document
    /// and starts a new one for each output, most of which it never writes.
    private static let empty = Storage(Fields())

    private struct Fields: Hashable, Sendable {
        var showVersion: ShowVersionInfo? = nil
        var serialNumber: SerialNumber? = nil
        var runningPermanentKey: ActivationKey? = nil
        var runningActivationKey: ActivationKey? = nil
        var runningTimebasedKeys: [ActivationKey] = []
        var notices: [Notice] = []
        var running: FeatureBlock? = nil
        var failoverCluster: FeatureBlock? = nil
        var permanent: PermanentLicense? = nil
        var flashKey: FlashKeyState? = nil
        /// At most one: held as an array, one word in every document's box where an optional
        /// license would add its whole size to each (and to each copy and clear of the box).
        var flashPermanent: [PermanentLicense] = []
        var unsupportedFeatures: [String] = []
        var activeTimebasedKeys: [TimebasedKey] = []
        var inactiveTimebasedKeys: [TimebasedKey] = []
    }

    /// The box. Its fields change only through a document that holds it alone (`own`), so the
    /// dynamic exclusivity check of a class property (two runtime calls an access) is left out,
    /// and sharing the box between threads is as safe as sharing an array's storage.
    private final class Storage: @unchecked Sendable {
        @exclusivity(unchecked) var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    /// The box, made this document's own before a change.
    @inline(__always) private mutating func own() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
        return storage
    }

    public init() {}

    /// Whether a value the unit is known by (its serial, permanent key or software version)
    /// passes `test`: read in the box, no field copied out.
    func knownBy(_ test: (String) -> Bool) -> Bool {
        let box = storage
        if let s = box.fields.serialNumber?.text, test(s) { return true }
        if let k = box.fields.runningPermanentKey?.unusualText, test(k) { return true }
        if let v = box.fields.showVersion?.softwareVersion, test(v) { return true }
        return false
    }

    // Each field is written out: a property wrapper cannot reach storage its struct shares, and
    // a key path into `Fields` is a lookup on every access of the parser's and the rules'.
    public var showVersion: ShowVersionInfo? {
        get { storage.fields.showVersion }
        set { own().fields.showVersion = newValue }
        _modify { yield &own().fields.showVersion }
    }
    public var serialNumber: SerialNumber? {
        get { storage.fields.serialNumber }
        set { own().fields.serialNumber = newValue }
        _modify { yield &own().fields.serialNumber }
    }
    public var runningPermanentKey: ActivationKey? {
        get { storage.fields.runningPermanentKey }
        set { own().fields.runningPermanentKey = newValue }
        _modify { yield &own().fields.runningPermanentKey }
    }
    /// The older `Running Activation Key:` line.
    public var runningActivationKey: ActivationKey? {
        get { storage.fields.runningActivationKey }
        set { own().fields.runningActivationKey = newValue }
        _modify { yield &own().fields.runningActivationKey }
    }
    public var runningTimebasedKeys: [ActivationKey] {
        get { storage.fields.runningTimebasedKeys }
        set { own().fields.runningTimebasedKeys = newValue }
        _modify { yield &own().fields.runningTimebasedKeys }
    }
    /// Device sentences worth keeping (`The Running Activation Key feature: … reduced to 0 …`).
    public var notices: [Notice] {
        get { storage.fields.notices }
        set { own().fields.notices = newValue }
        _modify { yield &own().fields.notices }
    }
    /// The running license: permanent combined with the active time-based keys.
    public var running: FeatureBlock? {
        get { storage.fields.running }
        set { own().fields.running = newValue }
        _modify { yield &own().fields.running }
    }
    public var failoverCluster: FeatureBlock? {
        get { storage.fields.failoverCluster }
        set { own().fields.failoverCluster = newValue }
        _modify { yield &own().fields.failoverCluster }
    }
    /// The permanent license alone (`detail` output).
    public var permanent: PermanentLicense? {
        get { storage.fields.permanent }
        set { own().fields.permanent = newValue }
        _modify { yield &own().fields.permanent }
    }
    public var flashKey: FlashKeyState? {
        get { storage.fields.flashKey }
        set { own().fields.flashKey = newValue }
        _modify { yield &own().fields.flashKey }
    }
    /// `Flash Permanent Activation Key:` and its block: the key that takes effect at the next
    /// reload, printed when it is not the running one.
    public var flashPermanent: PermanentLicense? {
        get { storage.fields.flashPermanent.first }
        set { own().fields.flashPermanent = newValue.map { [$0] } ?? [] }
    }
    /// `This platform does not support <feature>.`, each feature as printed.
    public var unsupportedFeatures: [String] {
        get { storage.fields.unsupportedFeatures }
        set { own().fields.unsupportedFeatures = newValue }
        _modify { yield &own().fields.unsupportedFeatures }
    }
    public var activeTimebasedKeys: [TimebasedKey] {
        get { storage.fields.activeTimebasedKeys }
        set { own().fields.activeTimebasedKeys = newValue }
        _modify { yield &own().fields.activeTimebasedKeys }
    }
    public var inactiveTimebasedKeys: [TimebasedKey] {
        get { storage.fields.inactiveTimebasedKeys }
        set { own().fields.inactiveTimebasedKeys = newValue }
        _modify { yield &own().fields.inactiveTimebasedKeys }
    }

    public static func == (a: ActivationKeyDocument, b: ActivationKeyDocument) -> Bool {
        a.storage === b.storage || a.storage.fields == b.storage.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.fields)
    }

    /// Whether the text was `show activation-key detail` (it shows the permanent block).
    public var isDetail: Bool { permanent != nil || !inactiveTimebasedKeys.isEmpty }

    /// The model's optional parts, for asking whether one is there (`has`).
    enum Part {
        case showVersion, serialNumber, runningPermanentKey, runningActivationKey, running, failoverCluster, permanent, flashKey, flashPermanent
    }

    /// Whether a part is there, read where it lies in the box: its getter copies it out first,
    /// and an optional of a many-field struct is copied (and freed) through the runtime's
    /// generic value witnesses (BENCHMARKS.md), on every line that asks.
    func has(_ part: Part) -> Bool {
        let f = storage
        switch part {
        case .showVersion: if case .some = f.fields.showVersion { return true }
        case .serialNumber: if case .some = f.fields.serialNumber { return true }
        case .runningPermanentKey: if case .some = f.fields.runningPermanentKey { return true }
        case .runningActivationKey: if case .some = f.fields.runningActivationKey { return true }
        case .running: if case .some = f.fields.running { return true }
        case .failoverCluster: if case .some = f.fields.failoverCluster { return true }
        case .permanent: if case .some = f.fields.permanent { return true }
        case .flashKey: if case .some = f.fields.flashKey { return true }
        case .flashPermanent: return !f.fields.flashPermanent.isEmpty
        }
        return false
    }

    /// Whether the model holds no serial number, key or feature block, and at most an empty
    /// `show version`: what a bare echo of `show version` reads.
    var isBareEcho: Bool {
        !has(.serialNumber) && holdsNothingButItsSerial
    }

    /// Nothing but a serial number was read: no key, block, sentence or unit line.
    var holdsOnlySerialNumber: Bool {
        has(.serialNumber) && holdsNothingButItsSerial
    }

    /// No key, feature block, sentence or unit line, whatever the serial number.
    private var holdsNothingButItsSerial: Bool {
        if has(.runningPermanentKey) || has(.runningActivationKey) || has(.running)
            || has(.failoverCluster) || has(.permanent) || has(.flashKey) || has(.flashPermanent) { return false }
        let f = storage
        guard f.fields.runningTimebasedKeys.isEmpty, f.fields.activeTimebasedKeys.isEmpty,
              f.fields.inactiveTimebasedKeys.isEmpty, f.fields.notices.isEmpty,
              f.fields.unsupportedFeatures.isEmpty else { return false }
        return f.fields.showVersion?.isEmpty ?? true
    }

    /// The unit's own platform license sentence, from the running block or the cluster block.
    public var platform: PlatformLicense? {
        // Read in place: the blocks' getters would copy each whole block out first.
        storage.fields.running?.platform ?? storage.fields.failoverCluster?.platform
    }

    /// The unit's model in one spelling: from its platform sentence, else from show version.
    public var platformModel: String? {
        if let m = platform?.normalizedModel { return m }
        if let h = showVersion?.modelID ?? showVersion?.hardware { return PlatformModel.normalize(h) }
        return nil
    }

    /// A PIX running 7.x software: its keys may have four words and its serial numbers are not
    /// the ASA's eleven characters. Told by its hardware, its license sentence, or, where an
    /// output has neither (`show version | include Serial|Key`), its serial as PIX 6 prints it
    /// (`807190327 (0x301c7dc7)`), or a serial of up to ten digits beside a four-word key or a
    /// row only a PIX prints (`Guards`, `Cut-through Proxy`, `URL-filtering`; its key may have
    /// five words).
    public var isPIX: Bool {
        if PlatformLicense.isPIX(hardware: showVersion?.hardware, platform: platform) { return true }
        guard let serial = serialNumber else { return false }
        if serial.hasPIXForm { return true }
        guard serial.isPIXNumber else { return false }
        return runningActivationKey?.words.count == 4 || running?.rows.contains { $0.id?.isPIXOnly == true } == true
    }
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

    /// Six to ten digits, as a PIX's serial (an ASA's has eleven characters).
    var isPIXNumber: Bool {
        (6...10).contains(text.utf8.count) && text.utf8.allSatisfy(ByteText.isDigit)
    }

    /// The PIX's serial with its hexadecimal after it: `807190327 (0x301c7dc7)`.
    var hasPIXForm: Bool {
        guard text.utf8.last == UInt8(ascii: ")") else { return false }
        let b = Array(text.utf8)
        guard let space = b.firstIndex(of: 0x20), space > 0, b[..<space].allSatisfy(ByteText.isDigit) else { return false }
        let hex = b[(space + 1)...]
        guard hex.count > 4, hex.starts(with: Array("(0x".utf8)), hex.last == UInt8(ascii: ")") else { return false }
        return hex.dropFirst(3).dropLast().allSatisfy(ByteText.isHexDigit)
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

    /// Whether no line of `show version` was read into it.
    var isEmpty: Bool { self == ShowVersionInfo() }

    /// Whether any licence-state line was read: such a unit runs Smart Licensing, not PAK keys,
    /// when its mode says so.
    public var hasLicenseState: Bool {
        licenseMode != nil || licenseState != nil || licenseReservation != nil || platformLicenseState != nil
            || activeEntitlement != nil || noActiveEntitlement != nil || throughputLimit != nil
    }
}
