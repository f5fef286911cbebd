/// `asalic diff` output: an aligned table grouped by section with a one-line summary, or JSON.
public enum DiffReport {
    /// How text reports look: coloured or plain.
    public struct Style: Sendable {
        public var color: Bool
        public init(color: Bool) { self.color = color }

        func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
    }

    /// One line: how many differences, and of which sections.
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

    /// The differences as aligned text, one per line, by section.
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

    /// One side of a comparison, for the JSON header: the input as named and its documents.
    public struct Side: Sendable {
        public var path: String
        public var documents: [Document]

        public init(path: String, documents: [Document]) {
            self.path = path
            self.documents = documents
        }
    }

    /// The differences as typed JSON: each side in the value shapes of `convert`'s JSON, the pair table in numbers, a header naming both sides.
    public static func json(_ diffs: [Difference], pair: [PairRow] = [], a: Side? = nil, b: Side? = nil) -> String {
        let w = JSONWriter(framing: .lines)
        w.beginDocument()
        w.beginMap()
        for (name, side) in [("a", a), ("b", b)] {
            guard let side else { continue }
            w.map(name) {
                w.field("path", side.path)
                w.list("documents", side.documents) { d in
                    w.beginMap()
                    w.field("kind", d.kind.rawValue)
                    w.field("hostname", d.hostname)
                    if case .activationKey(let ak) = d.content { w.field("serial_number", ak.serialNumber?.text) }
                    w.endMap()
                }
            }
        }
        w.field("same", diffs.isEmpty)
        w.key("differences")
        w.beginList()
        for d in diffs {
            w.beginMap()
            w.field("section", d.section)
            w.field("item", d.item)
            let change: String
            switch d.change {
            case .changed: change = "changed"
            case .onlyInA: change = "only-in-a"
            case .onlyInB: change = "only-in-b"
            }
            w.field("change", change)
            if let row = d.rowA ?? d.rowB {
                // A feature: its identity, and each side typed as `convert` writes it.
                w.field("id", row.id?.rawValue)
                w.field("name", row.name.text)
                for (side, r, asOf) in [("a", d.rowA, d.asOfA), ("b", d.rowB, d.asOfB)] {
                    guard let r else { continue }
                    w.map(side) { DocumentTree.writeValueAndTerm(r, w, asOf: asOf) }
                }
            } else {
                switch d.change {
                case .changed(let a, let b):
                    w.field("a", a)
                    w.field("b", b)
                case .onlyInA(let a): w.field("a", a)
                case .onlyInB(let b): w.field("b", b)
                }
            }
            w.endMap()
        }
        w.endList()
        w.list("pair", pair) { r in
            w.beginMap()
            w.field("feature", r.feature)
            typed("primary", r.primary, w)
            typed("secondary", r.secondary, w)
            typed("expected_cluster", r.expected, w)
            typed("cluster_on_primary", r.clusterOnPrimary, w)
            typed("cluster_on_secondary", r.clusterOnSecondary, w)
            w.list("rules", r.rules) { w.string($0.rawValue) }
            w.endMap()
        }
        w.endMap()
        w.endDocument()
        return String(decoding: w.output, as: UTF8.self)
    }

    /// A table cell as JSON: a count as a number, a range `low..high` as `{min, max}`, `-`
    /// (absent) left out, anything else as written.
    static func typed(_ key: String, _ cell: String, _ w: JSONWriter) {
        if cell == "-" || cell.isEmpty { return }
        if let n = Int(cell), cell.utf8.allSatisfy(ByteText.isDigit) { w.field(key, n); return }
        let parts = cell.split(separator: ".", omittingEmptySubsequences: true)
        if cell.contains(".."), parts.count == 2, let lo = Int(parts[0]), let hi = Int(parts[1]) {
            w.map(key) {
                w.field("min", lo)
                w.field("max", hi)
            }
            return
        }
        w.field(key, cell)
    }

    /// The failover pair table as aligned text.
    public static func pairText(_ rows: [PairRow], style: Style) -> String {
        let header = ["feature", "primary", "secondary", "expected", "cluster (pri)", "cluster (sec)", ""]
        let table = [header] + rows.map { [$0.feature, $0.primary, $0.secondary, $0.expected, $0.clusterOnPrimary, $0.clusterOnSecondary, $0.rules.map(\.rawValue).joined(separator: " ")] }
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
