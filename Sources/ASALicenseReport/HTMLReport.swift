import ASALicenseKit
import Plot

/// The report as one self-contained HTML page: no script, no external asset (styles inline, the
/// expiry timeline an inline SVG), readable on a laptop and printable. Plot builds the page as
/// typed nodes, so every text from a device is escaped where it is put.
public enum HTMLReport {
    public static func render(_ r: FleetReport) -> String {
        let html = HTML(
            .head(
                .meta(.charset(.utf8)),
                .title("asalic license report"),
                .style(css)
            ),
            .body(
                .h1("License report"),
                .p(.text("\(r.units.count) unit\(r.units.count == 1 ? "" : "s")" + (r.asOf.map { ", as of \($0)" } ?? ": expiry dates where a unit's capture date is known, else days left"))),
                .h2("Fleet"),
                fleetTable(r),
                .h2("Expiry timeline"),
                timeline(r),
                .h2("Failover pairs"),
                .if(r.pairs.isEmpty, .p("No failover pair in the input."), else: .group(r.pairs.map(pairTable))),
                .h2("Shared licensing"),
                .if(r.shared.isEmpty, .p("No shared licensing server in the input."), else: .ul(.forEach(r.shared) { g in
                    .li(.class("shared"), .text("\(g.server) → backup \(g.backup ?? "none") → participants \(g.participants.isEmpty ? "none" : g.participants.joined(separator: ", "))"))
                })),
                .h2("Findings"),
                .group(r.units.filter { !$0.findings.isEmpty }.map(findings))
            )
        )
        return html.render(indentedBy: .spaces(1)) + "\n"
    }

    private static let css = """
        body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
        table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
        th, td { border: 1px solid #bbb; padding: 0.2em 0.5em; text-align: left; vertical-align: top; max-width: 16em; overflow-wrap: anywhere; }
        th { background: #eee; }
        td.key { font-family: ui-monospace, monospace; font-size: 11px; max-width: 12em; }
        .error { color: #a00; } .warning { color: #a60; } .note { color: #555; }
        svg text { font: 11px system-ui, sans-serif; }
        @media print { body { margin: 0; } h2 { page-break-after: avoid; } }
        """

    private static func fleetTable(_ r: FleetReport) -> Node<HTML.BodyContext> {
        .table(
            .class("fleet"),
            .tr(.forEach(ReportColumns.titles) { .th(.text($0)) }),
            .forEach(r.units) { u in
                .tr(.class("unit"), .forEach(Array(ReportColumns.cells(u).enumerated())) { i, cell in
                    .td(.if(i == 7, .class("key")), .text(cell))
                })
            }
        )
    }

    /// A bar per time-based license, by unit, as long as its days left and coloured by them;
    /// the capture date is the left edge.
    private static func timeline(_ r: FleetReport) -> Node<HTML.BodyContext> {
        let bars = r.units.flatMap { u in u.timebased.map { (u.name, $0) } }
        guard !bars.isEmpty else { return .p("No time-based license in the input.") }
        let maxDays = max(bars.map(\.1.days).max() ?? 1, 1)
        let (left, width, rowHeight) = (260, 520, 18)
        let height = bars.count * rowHeight + 30
        var nodes: [Node<HTML.BodyContext>] = [
            .attribute(named: "xmlns", value: "http://www.w3.org/2000/svg"),
            .attribute(named: "width", value: String(left + width + 120)),
            .attribute(named: "height", value: String(height)),
            .attribute(named: "role", value: "img"),
            .element(named: "line", nodes: [
                .attribute(named: "class", value: "as-of"),
                .attribute(named: "x1", value: String(left)), .attribute(named: "x2", value: String(left)),
                .attribute(named: "y1", value: "0"), .attribute(named: "y2", value: String(height - 12)),
                .attribute(named: "stroke", value: "#000"),
            ]),
            .element(named: "text", nodes: [
                .attribute(named: "x", value: String(left)), .attribute(named: "y", value: String(height - 2)),
                .text(r.asOf.map { "as of \($0)" } ?? "the capture date (each unit's own)"),
            ]),
        ]
        for (i, (unit, t)) in bars.enumerated() {
            let y = i * rowHeight + 4
            let w = max(2, t.days * width / maxDays)
            nodes.append(.element(named: "text", nodes: [
                .attribute(named: "x", value: "0"), .attribute(named: "y", value: String(y + 12)),
                .text("\(unit): \(t.feature)"),
            ]))
            nodes.append(.element(named: "rect", nodes: [
                .attribute(named: "class", value: "bar"),
                .attribute(named: "x", value: String(left)), .attribute(named: "y", value: String(y)),
                .attribute(named: "width", value: String(w)), .attribute(named: "height", value: String(rowHeight - 4)),
                .attribute(named: "fill", value: colour(days: t.days)),
                .element(named: "title", nodes: [.text("\(unit): \(t.feature) \(t.value), \(t.whenText)")]),
            ]))
            nodes.append(.element(named: "text", nodes: [
                .attribute(named: "x", value: String(left + w + 4)), .attribute(named: "y", value: String(y + 12)),
                .text(t.whenText),
            ]))
        }
        return .element(named: "svg", nodes: nodes)
    }

    /// Red under 30 days left, amber under 90, green beyond.
    static func colour(days: Int) -> String {
        days < 30 ? "#c0392b" : days < 90 ? "#e69f00" : "#2e8b57"
    }

    private static func pairTable(_ p: FleetReport.Pair) -> Node<HTML.BodyContext> {
        .table(
            .class("pair"),
            .caption(.text("\(p.primary) (primary) / \(p.secondary) (secondary)")),
            .tr(.th("Feature"), .th("Primary"), .th("Secondary"), .th("Expected cluster"), .th("Cluster shown (pri / sec)"), .th("Rules")),
            .forEach(p.rows) { row in
                .tr(.td(.text(row.feature)), .td(.text(row.primary)), .td(.text(row.secondary)), .td(.text(row.expected)),
                    .td(.text("\(row.clusterOnPrimary) / \(row.clusterOnSecondary)")), .td(.text(row.rules.map(\.rawValue).joined(separator: " "))))
            }
        )
    }

    private static func findings(_ u: FleetReport.Unit) -> Node<HTML.BodyContext> {
        .section(
            .class("findings"),
            .h3(.text(u.name)),
            .ul(.forEach(u.findings) { f in
                .li(.class("finding \(f.severity.rawValue)"), .text("\(f.severity.rawValue) \(f.code): \(f.message) (\(f.path ?? ""):\(f.span.line))"))
            })
        )
    }
}
