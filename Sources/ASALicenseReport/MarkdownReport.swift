import ASALicenseKit

/// The report as Markdown, for tickets and wikis: the fleet table, then each unit's findings.
public enum MarkdownReport {
    public static func render(_ r: FleetReport) -> String {
        var out = "# License report\n\n"
        out += "\(r.units.count) unit\(r.units.count == 1 ? "" : "s")" + (r.asOf.map { ", as of \($0)" } ?? "") + ".\n\n"
        out += "| " + ReportColumns.titles.joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: " --- |", count: ReportColumns.titles.count) + "\n"
        for u in r.units { out += "| " + ReportColumns.cells(u).map(cell).joined(separator: " | ") + " |\n" }
        for p in r.pairs {
            out += "\n## Failover pair \(p.primary) / \(p.secondary)\n\n| Feature | Primary | Secondary | Expected cluster | Rules |\n| --- | --- | --- | --- | --- |\n"
            for row in p.rows { out += "| \(cell(row.feature)) | \(cell(row.primary)) | \(cell(row.secondary)) | \(cell(row.expected)) | \(row.rules.map(\.rawValue).joined(separator: " ")) |\n" }
        }
        for g in r.shared {
            out += "\n## Shared licensing: \(cell(g.server))\n\n- backup: \(g.backup ?? "none")\n- participants: \(g.participants.isEmpty ? "none" : g.participants.joined(separator: ", "))\n"
        }
        let withFindings = r.units.filter { !$0.findings.isEmpty }
        if !withFindings.isEmpty { out += "\n## Findings\n" }
        for u in withFindings {
            out += "\n### \(cell(u.name))\n\n"
            for f in u.findings { out += "- \(f.severity.rawValue) \(f.code): \(cell(f.message)) (\(f.path ?? ""):\(f.span.line))\n" }
        }
        return out
    }

    /// A table cell: pipes escaped, line breaks as spaces.
    static func cell(_ s: String) -> String {
        s.replacing("|", with: "\\|").replacing("\n", with: " ")
    }
}
