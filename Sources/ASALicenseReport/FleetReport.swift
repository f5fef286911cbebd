import ASALicenseKit

/// The fleet at a glance: one row per unit (the units lint groups), the failover pairs with
/// their combined license, the shared-licensing map, and each unit's findings. Built from the
/// documents and the lint findings; written as HTML, Markdown or CSV by the renderers.
public struct FleetReport: Sendable {
    /// One unit of the fleet.
    public struct Unit: Sendable {
        public var hostname: String?
        public var serial: String?
        public var model: String?
        public var tier: String?
        /// `primary` or `secondary` (from the prompt), when the unit is in a pair.
        public var failoverRole: String?
        /// The other unit of its pair.
        public var peer: String?
        /// Its shared-licensing role: `server`, `backup-server`, `participant` (or none).
        public var sharedRole: SharedLicensingRole
        /// The server a participant or backup names (`license-server address`).
        public var sharedServer: String?
        public var runningKey: String?
        public var timebased: [Timebased]
        public var errors: Int
        public var warnings: Int
        public var findings: [Diagnostic]

        /// The unit as the report names it: hostname, else serial, else the file.
        public var name: String

        /// The time-based license that runs out first.
        public var nearestExpiry: Timebased? { timebased.min { $0.days < $1.days } }
    }

    /// A time-based license of a unit's running license.
    public struct Timebased: Sendable {
        public var feature: String
        public var value: String
        public var days: Int
        /// The day it runs out, when the capture date is known.
        public var expiresOn: CivilDate?

        /// The date when known, else the days left.
        public var whenText: String { expiresOn.map { "\($0) (\(days) days)" } ?? "\(days) days" }
    }

    /// A failover pair and the cluster license its units combine to.
    public struct Pair: Sendable {
        public var primary: String
        public var secondary: String
        public var rows: [PairRow]
    }

    /// A shared licensing server, its backup and its participants.
    public struct SharedGroup: Sendable {
        public var server: String
        public var backup: String?
        public var participants: [String]
    }

    public var units: [Unit]
    public var pairs: [Pair]
    public var shared: [SharedGroup]
    /// The capture date of the whole input: --as-of, or the one date all dated units share.
    public var asOf: CivilDate?

    /// The report of `docs`, with `findings` from linting them together.
    public init(_ docs: [LintDocument], findings: [Diagnostic], asOf: CivilDate? = nil) {
        let lintUnits = LintGrouping.units(docs)
        let (pairs, _) = LintGrouping.pairs(lintUnits, declared: [])
        let name = { (u: LintUnit) in u.documents.lazy.compactMap { $0.document.hostname }.first ?? LintGrouping.describe(u) }
        var units: [Unit] = []
        for u in lintUnits {
            let ak = u.firstActivationKey(where: { $0.running != nil })?.1 ?? u.firstActivationKey(where: { _ in true })?.1
            let date = asOf ?? u.documents.lazy.compactMap { $0.document.asOf?.date }.first
            let timebased = (ak?.running?.allRows ?? []).compactMap { row -> Timebased? in
                guard let days = row.term?.days else { return nil }
                return Timebased(feature: row.name.text, value: row.value.text, days: days, expiresOn: date?.adding(days: days))
            }
            let own = findings.filter { f in u.documents.contains { d in f.path == d.path && (d.document.sourceLines?.contains(f.span.line) ?? true) } }
            let pair = pairs.first { $0.0.id == u.id || $0.1.id == u.id }
            let role = pair.map { $0.0.id == u.id ? "primary" : "secondary" }
            // The peer by its serial when it shows one: hostnames repeat (`ciscoasa`).
            let peer = pair.map { LintGrouping.describe($0.0.id == u.id ? $0.1 : $0.0) }
            units.append(Unit(hostname: u.documents.lazy.compactMap { $0.document.hostname }.first, serial: u.serial,
                              model: ak?.platformModel, tier: ak?.platform?.tier, failoverRole: role, peer: peer,
                              sharedRole: u.role, sharedServer: FleetReport.serverAddress(u),
                              runningKey: (ak?.runningPermanentKey ?? ak?.runningActivationKey)?.text, timebased: timebased,
                              errors: own.errorCount, warnings: own.warningCount, findings: own, name: name(u)))
        }
        self.units = units
        self.pairs = pairs.compactMap { p in
            guard let a = p.0.firstActivationKey(where: { $0.running != nil })?.1,
                  let b = p.1.firstActivationKey(where: { $0.running != nil })?.1 else { return nil }
            return Pair(primary: LintGrouping.describe(p.0), secondary: LintGrouping.describe(p.1), rows: PairTable.rows(primary: a, secondary: b))
        }
        // Every participant and the backup under each server: a server's own address is not in
        // its configuration, so the addresses participants name cannot be matched to one.
        let participants = units.filter { $0.sharedRole == .participant }.map(\.name)
        let backup = units.first { $0.sharedRole == .backupServer }?.name
        self.shared = units.filter { $0.sharedRole == .server }.map { SharedGroup(server: $0.name, backup: backup, participants: participants) }
        // One date for the page: --as-of, or the one date every dated unit shows; units whose
        // clocks disagree keep their own dates in their rows.
        let dates = Set(docs.compactMap { $0.document.asOf?.date })
        self.asOf = asOf ?? (dates.count == 1 ? dates.first : nil)
    }

    /// The address a participant or backup names for its server.
    static func serverAddress(_ u: LintUnit) -> String? {
        for (_, c) in u.configurations {
            for command in c.commands where !command.negated {
                if case .address(let address, _, _) = command.kind { return address.description }
            }
        }
        return nil
    }
}
