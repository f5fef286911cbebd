import ASALicenseKit

/// The fleet table's columns, one list for every format, so the HTML, Markdown and CSV tables
/// say the same.
enum ReportColumns {
    static let titles = ["Unit", "Serial", "Model", "Tier", "Failover", "Peer", "Shared licensing", "Running key",
                         "Time-based licenses", "Nearest expiry", "Errors", "Warnings"]

    static func cells(_ u: FleetReport.Unit) -> [String] {
        [u.name, u.serial ?? "", u.model ?? "", u.tier ?? "", u.failoverRole ?? "", u.peer ?? "", sharedText(u), u.runningKey ?? "",
         u.timebased.map { "\($0.feature) \($0.value)" }.joined(separator: "; "), u.nearestExpiry.map { "\($0.feature): \($0.whenText)" } ?? "",
         String(u.errors), String(u.warnings)]
    }

    static func sharedText(_ u: FleetReport.Unit) -> String {
        switch u.sharedRole {
        case .none: ""
        case .server: "server"
        case .backupServer: "backup server" + (u.sharedServer.map { " of \($0)" } ?? "")
        case .participant: "participant" + (u.sharedServer.map { " of \($0)" } ?? "")
        case .mixed: "mixed (SHR005)"
        }
    }
}
