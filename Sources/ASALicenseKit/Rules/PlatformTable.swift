/// The platforms' license limits as data: what each model and license tier allows, from the
/// document's ISA 3000 table and the `stated-in-table` / `stated-in-guide-text` rows of
/// `platform-limits.csv` (the shared evidence file; `inferred-from-output` rows are defaults seen
/// on units, not caps, and are not loaded). Adding a model adds rows; the rules only read this.
/// An empty cell there is no row here: a rule with no limit stays silent.
public enum PlatformTable {
    /// What the table says of a feature on a model and tier.
    public enum Limit: Sendable, Equatable {
        /// A count no higher than this.
        case atMost(Int)
        /// Not supported: the feature shows Disabled (or 0).
        case unsupported
        /// Failover: at most this mode.
        case failoverAtMost(FeatureValue.FailoverMode)
    }

    /// One limit, with where it holds: a model, a tier (nil: every tier), and the releases
    /// (`since` inclusive, `until` exclusive; nil: open).
    public struct Row: Sendable {
        public let model: String
        public let tier: String?
        public let feature: FeatureID
        public let limit: Limit
        public let since: SoftwareVersion?
        public let until: SoftwareVersion?
        public let source: String

        init(_ model: String, _ tier: String?, _ feature: FeatureID, _ limit: Limit, since: String? = nil, until: String? = nil, _ source: String) {
            self.model = model
            self.tier = tier
            self.feature = feature
            self.limit = limit
            self.since = since.flatMap(SoftwareVersion.init)
            self.until = until.flatMap(SoftwareVersion.init)
            self.source = source
        }
    }

    private static let isaTable = "ISA 3000 License Features"
    private static let history = "History for PAK Licenses"
    private static let guide = "Cisco ASA configuration guide (platform-limits.csv)"

    public static let rows: [Row] = {
        var rows: [Row] = []
        for tier in ["Base", "Security Plus"] {
            let plus = tier == "Security Plus"
            rows += [
                Row("ISA 3000", tier, .botnetTrafficFilter, .unsupported, isaTable),
                Row("ISA 3000", tier, .carrier, .unsupported, isaTable),
                Row("ISA 3000", tier, .totalTLSProxySessions, .atMost(160), isaTable),
                Row("ISA 3000", tier, .premiumPeers, .atMost(25), isaTable),
                Row("ISA 3000", tier, .otherVPNPeers, .atMost(plus ? 50 : 10), isaTable),
                Row("ISA 3000", tier, .totalVPNPeers, .atMost(plus ? 50 : 25), isaTable),
                Row("ISA 3000", tier, .vpnLoadBalancing, .unsupported, isaTable),
                Row("ISA 3000", tier, .failover, plus ? .failoverAtMost(.activeStandby) : .unsupported, isaTable),
                Row("ISA 3000", tier, .securityContexts, .unsupported, isaTable),
                Row("ISA 3000", tier, .cluster, .unsupported, isaTable),
                Row("ISA 3000", tier, .maximumVLANs, .atMost(plus ? 25 : 5), isaTable),
            ]
        }
        rows += [
            // ASA 5505
            Row("ASA 5505", "Security Plus", .vlans, .atMost(20), since: "7.2(2)", history),
            Row("ASA 5505", "Security Plus", .vlanTrunkPorts, .atMost(8), since: "7.2(2)", history),
            Row("ASA 5505", "Base", .failover, .unsupported, guide),
            Row("ASA 5505", nil, .securityContexts, .unsupported, guide),
            Row("ASA 5505", nil, .cluster, .unsupported, guide),
            // ASA 5510
            Row("ASA 5510", "Base", .maximumVLANs, .atMost(50), since: "7.2(2)", history),
            Row("ASA 5510", "Security Plus", .maximumVLANs, .atMost(100), since: "7.2(2)", history),
            Row("ASA 5510", "Base", .failover, .unsupported, guide),
            Row("ASA 5510", nil, .cluster, .unsupported, guide),
            // ASA 5520, 5540, 5550
            Row("ASA 5520", nil, .premiumPeers, .atMost(750), guide),
            Row("ASA 5520", nil, .maximumVLANs, .atMost(150), since: "7.2(2)", history),
            Row("ASA 5520", nil, .cluster, .unsupported, guide),
            Row("ASA 5540", nil, .maximumVLANs, .atMost(200), history),
            Row("ASA 5540", nil, .cluster, .unsupported, guide),
            Row("ASA 5550", nil, .maximumVLANs, .atMost(250), since: "7.2(2)", history),
            Row("ASA 5550", nil, .securityContexts, .atMost(50), until: "8.4(1)", history),
            Row("ASA 5550", nil, .securityContexts, .atMost(100), since: "8.4(1)", history),
            Row("ASA 5550", nil, .cluster, .unsupported, guide),
            // ASA 5580 (-20 and -40)
            Row("ASA 5580", nil, .maximumVLANs, .atMost(100), until: "8.1(2)", history),
            Row("ASA 5580", nil, .maximumVLANs, .atMost(250), since: "8.1(2)", until: "8.4(1)", history),
            Row("ASA 5580", nil, .maximumVLANs, .atMost(1024), since: "8.4(1)", history),
            Row("ASA 5580", nil, .securityContexts, .atMost(50), until: "8.4(1)", history),
            Row("ASA 5580", nil, .securityContexts, .atMost(250), since: "8.4(1)", history),
            Row("ASA 5580", nil, .premiumPeers, .atMost(5000), until: "8.4(1)", history),
            Row("ASA 5580", nil, .premiumPeers, .atMost(10000), since: "8.4(1)", history),
            Row("ASA 5580", nil, .otherVPNPeers, .atMost(5000), until: "8.4(1)", history),
            Row("ASA 5580", nil, .otherVPNPeers, .atMost(10000), since: "8.4(1)", history),
            // ASA 5585-X: VLANs alike on every SSP; contexts by SSP (the hardware line names it).
            Row("ASA 5585-X", nil, .maximumVLANs, .atMost(250), until: "8.4(1)", history),
            Row("ASA 5585-X", nil, .maximumVLANs, .atMost(1024), since: "8.4(1)", history),
            Row("ASA 5585-X SSP-10", nil, .securityContexts, .atMost(50), until: "8.4(1)", history),
            Row("ASA 5585-X SSP-10", nil, .securityContexts, .atMost(100), since: "8.4(1)", history),
            Row("ASA 5585-X SSP-20", nil, .securityContexts, .atMost(50), until: "8.4(1)", history),
            Row("ASA 5585-X SSP-20", nil, .securityContexts, .atMost(250), since: "8.4(1)", history),
            Row("ASA 5585-X SSP-40", nil, .securityContexts, .atMost(50), until: "8.4(1)", history),
            Row("ASA 5585-X SSP-40", nil, .securityContexts, .atMost(250), since: "8.4(1)", history),
            Row("ASA 5585-X SSP-60", nil, .securityContexts, .atMost(50), until: "8.4(1)", history),
            Row("ASA 5585-X SSP-60", nil, .securityContexts, .atMost(250), since: "8.4(1)", history),
            // ASA 5500-X: 2-unit clusters from 9.1(4); no failover on the 5512-X Base license.
            Row("ASA 5512-X", "Base", .failover, .unsupported, guide),
            Row("ASA 5512-X", "Base", .cluster, .unsupported, history),
            Row("ASA 5512-X", "Security Plus", .clusterMembers, .atMost(2), since: "9.1(4)", history),
            Row("ASA 5515-X", nil, .clusterMembers, .atMost(2), since: "9.1(4)", history),
            Row("ASA 5525-X", nil, .clusterMembers, .atMost(2), since: "9.1(4)", history),
            Row("ASA 5545-X", nil, .clusterMembers, .atMost(2), since: "9.1(4)", history),
            Row("ASA 5555-X", nil, .clusterMembers, .atMost(2), since: "9.1(4)", history),
            // Shared licensing on the 5506-X, 5508-X and 5516-X is SHR012's (Model Guidelines).
        ]
        // ASASM: the 8.5 table has no VPN or UC; 9.0(1) added both.
        for id in [FeatureID.premiumPeers, .essentials, .advancedEndpointAssessment, .mobile, .totalUCProxySessions, .intercompanyMediaEngine] {
            rows.append(Row("ASASM", nil, id, .unsupported, until: "9.0(1)", guide))
        }
        return rows
    }()

    /// Model Guidelines: shared licenses are not supported on these models.
    public static let noSharedLicensing: Set<String> = ["ASAv", "ASA 5506-X", "ASA 5506W-X", "ASA 5508-X", "ASA 5516-X"]
    /// Model Guidelines: these models do not support time-based licenses.
    public static let noTimeBasedLicenses: Set<String> = ["ASA 5506-X", "ASA 5506W-X"]
    /// Failover License Requirements: these models need Security Plus on both units.
    public static let failoverNeedsSecurityPlus: Set<String> = ["ISA 3000"]

    /// The limits that hold for one unit, and why a rule may stay silent.
    public struct Lookup: Sendable {
        public let model: String?
        /// The tier as the table names it (`Base`, `Security Plus`), or nil when the printed
        /// name maps to none.
        public let tier: String?
        public let printedTier: String?
        public let version: SoftwareVersion?
        public let limits: FeatureMap<(limit: Limit, row: Row)>
        /// Where the limits come from, in a few words (`ASA 5520 VPN Plus`): said in every
        /// finding, made once (lookups are remembered).
        public let platform: String
        /// The limits alone: the rules ask for one at every row, and reading it from `limits`
        /// copied the row's strings out and let them go (a retain and release each).
        private let bareLimits: FeatureMap<Limit>

        init(model: String?, tier: String?, printedTier: String?, version: SoftwareVersion?, limits: FeatureMap<(limit: Limit, row: Row)>) {
            (self.model, self.tier, self.printedTier, self.version, self.limits) = (model, tier, printedTier, version, limits)
            platform = [model, printedTier].compactMap { $0 }.joined(separator: " ")
            var bare = FeatureMap<Limit>()
            for id in FeatureID.allCases { bare[id] = limits[id]?.limit }
            bareLimits = bare
        }

        /// The limit for a feature, when the table knows one.
        public func limitKind(_ id: FeatureID) -> Limit? { bareLimits[id] }

        /// The highest count allowed for a feature, when the table knows it.
        public func limit(_ id: FeatureID) -> Int? {
            if case .atMost(let n)? = bareLimits[id] { return n }
            return nil
        }

        /// Why no limit is checked, for `--verbose`; nil when some are.
        public var silence: String? {
            guard limits.isEmpty else { return nil }
            guard let model else { return "the platform model is not shown: platform limits are not checked" }
            guard !PlatformTable.rows(for: model).isEmpty else {
                return "the platform table has no row for the \(model): platform limits are not checked"
            }
            return "the platform table has no limit for the \(platform)\(version.map { " at \($0)" } ?? ""): platform limits are not checked"
        }
    }

    /// The limits for the unit a document shows: its model (with the 5585-X SSP from the
    /// hardware line), its printed tier mapped to the table's, and its release (the newest
    /// limits when the release is unknown).
    public static func lookup(_ ak: ActivationKeyDocument) -> Lookup {
        let key = LookupKey(model: tableModel(of: ak), printedTier: ak.platform?.tier, version: ak.showVersion?.softwareVersion)
        return lookups.value(for: key, lookup)
    }

    /// What a lookup depends on: the model as the table names it, the tier and the release as
    /// printed.
    struct LookupKey: Hashable, Sendable {
        var model: String?
        var printedTier: String?
        var version: String?
    }

    private static let lookups = Memo<LookupKey, Lookup>()

    private static func lookup(_ key: LookupKey) -> Lookup {
        let model = key.model
        let printed = key.printedTier
        let tier = printed.flatMap(tableTier)
        let version = key.version.flatMap(SoftwareVersion.init)
        var limits = FeatureMap<(limit: Limit, row: Row)>()
        guard let model else { return Lookup(model: nil, tier: tier, printedTier: printed, version: version, limits: FeatureMap()) }
        for row in rows(for: model) {
            if let t = row.tier, t != tier { continue }
            if let version {
                if let s = row.since, version < s { continue }
                if let u = row.until, !(version < u) { continue }
            } else if row.until != nil {
                continue  // the release is unknown: the newest limit holds
            }
            // A tier's own row is more precise than an every-tier row.
            if let existing = limits[row.feature], existing.row.tier != nil, row.tier == nil { continue }
            limits[row.feature] = (row.limit, row)
        }
        return Lookup(model: model, tier: tier, printedTier: printed, version: version, limits: limits)
    }

    /// The rows of the table models that match `model`, in table order: its own, and for a
    /// 5585-X with an SSP the 5585-X rows without one (they hold for every SSP).
    private static func rows(for model: String) -> [Row] {
        var indices = rowsByModel[model] ?? []
        if model != "ASA 5585-X" && model.hasPrefix("ASA 5585-X") { indices = (indices + (rowsByModel["ASA 5585-X"] ?? [])).sorted() }
        return indices.map { rows[$0] }
    }

    /// Row indices by table model: a lookup reads its model's rows, not the whole table.
    private static let rowsByModel: [String: [Int]] = {
        var out: [String: [Int]] = [:]
        for (i, row) in rows.enumerated() { out[row.model, default: []].append(i) }
        return out
    }()

    /// The printed tier in the table's words. `VPN Plus`, `VPN Premium` and the like are names
    /// of models with no tiers in the table: they map to none, so only every-tier rows hold.
    static func tableTier(_ printed: String) -> String? {
        switch printed.lowercased() {
        case "base", "base (des)": "Base"
        case "security plus": "Security Plus"
        default: nil
        }
    }

    /// The model as the table names it.
    static func tableModel(of ak: ActivationKeyDocument) -> String? {
        guard let m = ak.platformModel else { return nil }
        if m.hasPrefix("ASA 5580") { return "ASA 5580" }
        if m.hasPrefix("WS-SVC-ASA-SM") { return "ASASM" }
        if m == "ASA 5585-X", let hw = ak.showVersion?.hardware?.uppercased() {
            // `ASA5585-SSP-20`: the SSP's number follows `SSP-`.
            for ssp in ["10", "20", "40", "60"] where hw.hasSuffix("SSP-" + ssp) || hw.contains("SSP-" + ssp + ",") {
                return "ASA 5585-X SSP-" + ssp
            }
        }
        return m
    }

    /// The license tier a document shows.
    public static func tier(of ak: ActivationKeyDocument) -> String? { ak.platform?.tier }

    /// Whether the unit runs Smart Licensing, where PAK rules do not apply: the ASA virtual and
    /// Firepower chassis, or a `License mode: Smart Licensing` line.
    public static func runsSmartLicensing(_ ak: ActivationKeyDocument) -> Bool {
        if let mode = ak.showVersion?.licenseMode, ByteText.containsIgnoringCase(mode, "smart") ?? mode.lowercased().contains("smart") { return true }
        guard let m = ak.platformModel else { return false }
        return m.hasPrefix("ASAv") || m.hasPrefix("FPR") || m.hasPrefix("Firepower")
    }
}

/// A release number, `9.8(3)21` → 9, 8, 3, 21, compared part by part.
public struct SoftwareVersion: Comparable, Sendable, CustomStringConvertible {
    public let parts: [Int]
    public let description: String

    public init?(_ text: String) {
        var parts: [Int] = []
        var n: Int?
        for b in text.utf8 {
            if ByteText.isDigit(b) {
                let v = (n ?? 0) &* 10 &+ Int(b - 48)
                if v > 1_000_000 { return nil }
                n = v
            } else {
                if let v = n { parts.append(v) }
                n = nil
                if b == UInt8(ascii: " ") || b == UInt8(ascii: "<") { break }
            }
        }
        if let v = n { parts.append(v) }
        guard parts.count >= 2 else { return nil }
        self.parts = parts
        self.description = text
    }

    public static func < (a: SoftwareVersion, b: SoftwareVersion) -> Bool { a.parts.lexicographicallyPrecedes(b.parts) }
    public static func == (a: SoftwareVersion, b: SoftwareVersion) -> Bool { a.parts == b.parts }
}
