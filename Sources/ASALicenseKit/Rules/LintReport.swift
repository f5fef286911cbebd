/// The three shapes of `asalic lint` output: gcc-style text with a summary, a JSON array of
/// findings, and SARIF 2.1.0 for code scanning.
public enum LintReport {
    /// Findings of `minSeverity` and above, then a summary that counts them all (and says how
    /// many were not shown): those given and those counted and let go before (`notKept`).
    public static func text(_ findings: [Diagnostic], files: Int, minSeverity: Severity = .note, notKept: SeverityCounts = SeverityCounts()) -> String {
        var out: [UInt8] = []
        text(findings, files: files, minSeverity: minSeverity, notKept: notKept) { out += $0 }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text report, handed to `write` in pieces as it is made (`pieceSize`).
    public static func text(_ findings: [Diagnostic], files: Int, minSeverity: Severity = .note, notKept: SeverityCounts = SeverityCounts(), write: ([UInt8]) -> Void) {
        // Each finding is rendered where it stands (filtered, rendered and joined, every
        // finding and its line were copied on the way), as bytes.
        var out: [UInt8] = []
        out.reserveCapacity(pieceSize + 1024)
        var hidden = notKept.total
        for i in findings.indices {
            guard findings[i].severity >= minSeverity else { hidden += 1; continue }
            findings[i].render(into: &out)
            out.append(0x0A)
            if out.count >= pieceSize {
                write(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        let plural = { (n: Int, word: String) in "\(n) \(word)\(n == 1 ? "" : "s")" }
        let notShown = hidden > 0 ? " (\(hidden) below \(minSeverity.rawValue) not shown; --min-severity note shows them)" : ""
        let all = SeverityCounts(counting: findings) + notKept
        out += "\(plural(all.errors, "error")), \(plural(all.warnings, "warning")), \(plural(all.notes, "note")) in \(plural(files, "file"))\(notShown)\n".utf8
        write(out)
    }

    /// A report is handed over in pieces of about this many bytes: made whole, a large one
    /// stood in memory beside the findings it was made from (and, as one large block, in
    /// memory of its own rather than the room the documents had left).
    static let pieceSize = 1 << 16

    /// The findings as a JSON array: code, severity, message, path, line, column.
    public static func json(_ findings: [Diagnostic]) -> String {
        var out: [UInt8] = []
        json(findings) { out += $0 }
        return String(decoding: out, as: UTF8.self)
    }

    /// The JSON report, handed to `write` in pieces as it is made.
    public static func json(_ findings: [Diagnostic], write: ([UInt8]) -> Void) {
        let w = JSONWriter(framing: .lines)
        w.beginDocument()
        w.beginList()
        for f in findings {
            w.beginMap()
            w.field("code", f.code.rawValue)
            w.field("severity", f.severity.rawValue)
            w.field("path", f.path ?? "")
            w.field("line", max(f.span.line, 1))
            w.field("column", max(f.span.column, 1))
            w.field("message", f.message)
            w.endMap()
            if w.count >= pieceSize { write(w.drain()) }
        }
        w.endList()
        w.endDocument()
        write(w.drain())
    }

    /// The findings as SARIF 2.1.0, with the catalog as the tool's rules, for code-scanning services.
    public static func sarif(_ findings: [Diagnostic], toolVersion: String) -> String {
        var out: [UInt8] = []
        sarif(findings, toolVersion: toolVersion) { out += $0 }
        return String(decoding: out, as: UTF8.self)
    }

    /// The SARIF report, handed to `write` in pieces as it is made.
    public static func sarif(_ findings: [Diagnostic], toolVersion: String, write: ([UInt8]) -> Void) {
        let w = JSONWriter(framing: .lines)
        w.beginDocument()
        w.beginMap()
        w.field("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
        w.field("version", "2.1.0")
        w.key("runs")
        w.beginList()
        w.beginMap()
        w.map("tool") {
            w.map("driver") {
                w.field("name", "asalic")
                w.field("version", toolVersion)
                w.key("rules")
                w.beginList()
                for info in RuleCatalog.infos {
                    w.beginMap()
                    w.field("id", info.code.rawValue)
                    w.map("shortDescription") { w.field("text", info.summary) }
                    w.map("fullDescription") { w.field("text", "\(info.summary) Scope: \(info.scopes.map(\.rawValue).joined(separator: ", ")).") }
                    w.map("help") { w.field("text", "Source: \(info.citation). `asalic rules \(info.code)` explains the rule.") }
                    w.map("defaultConfiguration") { w.field("level", info.sarifLevel) }
                    w.endMap()
                }
                w.endList()
            }
        }
        w.key("results")
        w.beginList()
        for f in findings {
            w.beginMap()
            w.field("ruleId", f.code.rawValue)
            w.field("level", f.severity == .note ? "note" : f.severity.rawValue)
            w.map("message") { w.field("text", f.message) }
            w.key("locations")
            w.beginList()
            w.beginMap()
            w.map("physicalLocation") {
                w.map("artifactLocation") { w.field("uri", relativeURI(f.path ?? "")) }
                w.map("region") {
                    w.field("startLine", max(f.span.line, 1))
                    w.field("startColumn", max(f.span.column, 1))
                }
            }
            w.endMap()
            w.endList()
            w.endMap()
            if w.count >= pieceSize { write(w.drain()) }
        }
        w.endList()
        w.endMap()
        w.endList()
        w.endMap()
        w.endDocument()
        write(w.drain())
    }

    /// A repository-relative URI: `./` dropped, spaces escaped.
    static func relativeURI(_ path: String) -> String {
        var p = path
        while p.hasPrefix("./") { p.removeFirst(2) }
        return p.replacing(" ", with: "%20")
    }

    /// `asalic rules CODE`: one rule explained.
    public static func explain(_ info: RuleInfo) -> String {
        """
        \(info.code)  \(info.severity.rawValue), scope \(info.scopes.map(\.rawValue).joined(separator: ", "))
        \(info.summary)
        Source: \(info.citation).

        """
    }

    /// The catalog as JSON: code, severity (`note` where the catalog says info, as SARIF names
    /// it), scopes, summary, and source.
    public static func rulesJSON(_ infos: [RuleInfo]) -> String {
        let w = JSONWriter(framing: .lines)
        w.beginDocument()
        w.beginList()
        for info in infos {
            w.beginMap()
            w.field("code", info.code.rawValue)
            w.field("family", info.family)
            w.field("severity", info.severity.rawValue)
            w.list("scope", info.scopes) { w.string($0.rawValue) }
            w.field("summary", info.summary)
            if info.family == "DOC" {
                w.list("grammars", RuleInfo.grammars) { w.string($0) }
            } else {
                w.field("document", RuleInfo.documentTitle)
                w.field("section", info.section)
            }
            w.endMap()
        }
        w.endList()
        w.endDocument()
        return String(decoding: w.output, as: UTF8.self)
    }
}
