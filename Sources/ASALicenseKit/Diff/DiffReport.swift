/// `asalic diff` output: an aligned table grouped by section with a one-line summary, or JSON.
public enum DiffReport {
    public struct Style: Sendable {
        public var color: Bool
        public init(color: Bool) { self.color = color }

        func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
    }

    public static func summary(_ diffs: [Difference]) -> String {
        guard !diffs.isEmpty else { return "no differences" }
        var changed = 0, onlyA = 0, onlyB = 0
        for d in diffs {
            switch d.change {
            case .changed: changed += 1
            case .onlyInA: onlyA += 1
            case .onlyInB: onlyB += 1
            }
        }
        return "\(diffs.count) difference\(diffs.count == 1 ? "" : "s"): \(changed) changed, \(onlyA) only in A, \(onlyB) only in B"
    }

    public static func text(_ diffs: [Difference], style: Style) -> String {
        let itemWidth = diffs.map(\.item.count).max() ?? 0
        let aWidth = diffs.map { d -> Int in
            switch d.change {
            case .changed(let a, _), .onlyInA(let a): a.count
            case .onlyInB: 1
            }
        }.max().map { min($0, 32) } ?? 0  // long values (keys) overflow rather than widen every row
        var out = ""
        var section: String?
        for d in diffs {
            if d.section != section {
                section = d.section
                out += style.paint(d.section, "1") + "\n"
            }
            let (a, b, color): (String, String, String)
            switch d.change {
            case .changed(let x, let y): (a, b, color) = (x, y, "33")
            case .onlyInA(let x): (a, b, color) = (x, "-", "31")
            case .onlyInB(let y): (a, b, color) = ("-", y, "32")
            }
            let line = "  " + pad(d.item, itemWidth) + "  " + pad(a, aWidth) + "  →  " + b
            out += style.paint(line, color) + "\n"
        }
        out += summary(diffs) + "\n"
        return out
    }

    public static func json(_ diffs: [Difference], pair: [PairRow] = []) -> String {
        let w = JSONWriter(framing: .lines)
        w.beginDocument()
        w.beginMap()
        w.field("same", diffs.isEmpty)
        w.key("differences")
        w.beginList()
        for d in diffs {
            w.beginMap()
            w.field("section", d.section)
            w.field("item", d.item)
            switch d.change {
            case .changed(let a, let b):
                w.field("change", "changed")
                w.field("a", a)
                w.field("b", b)
            case .onlyInA(let a):
                w.field("change", "only-in-a")
                w.field("a", a)
            case .onlyInB(let b):
                w.field("change", "only-in-b")
                w.field("b", b)
            }
            w.endMap()
        }
        w.endList()
        w.list("pair", pair) { r in
            w.beginMap()
            w.field("feature", r.feature)
            w.field("primary", r.primary)
            w.field("secondary", r.secondary)
            w.field("expected_cluster", r.expected)
            w.field("cluster_on_primary", r.clusterOnPrimary)
            w.field("cluster_on_secondary", r.clusterOnSecondary)
            w.list("rules", r.rules) { w.string($0) }
            w.endMap()
        }
        w.endMap()
        w.endDocument()
        return String(decoding: w.output, as: UTF8.self)
    }

    public static func pairText(_ rows: [PairRow], style: Style) -> String {
        let header = ["feature", "primary", "secondary", "expected", "cluster (pri)", "cluster (sec)", ""]
        let table = [header] + rows.map { [$0.feature, $0.primary, $0.secondary, $0.expected, $0.clusterOnPrimary, $0.clusterOnSecondary, $0.rules.joined(separator: " ")] }
        let widths = (0..<header.count).map { c in table.map { $0[c].count }.max() ?? 0 }
        var out = ""
        for (i, r) in table.enumerated() {
            var line = zip(r, widths).map { pad($0, $1) }.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            if i == 0 { line = style.paint(line, "1") } else if !rows[i - 1].rules.isEmpty { line = style.paint(line, "31") }
            out += line + "\n"
        }
        let flagged = rows.filter { !$0.rules.isEmpty }.count
        out += "\(rows.count) features, \(flagged) disagree\(flagged == 1 ? "s" : "") with the combination rules\n"
        return out
    }

    static func pad(_ s: String, _ width: Int) -> String { s + String(repeating: " ", count: max(0, width - s.count)) }
}
