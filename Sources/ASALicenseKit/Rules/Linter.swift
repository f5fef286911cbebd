/// Runs the catalog over documents seen together, so unit and fleet rules work across files.
public struct Linter {
    public var options: LintOptions
    /// Codes to run (empty: all) and codes to skip.
    public var only: Set<String> = []
    public var disabled: Set<String> = []

    public init(options: LintOptions = LintOptions()) {
        self.options = options
    }

    func enabled(_ code: String) -> Bool { (only.isEmpty || only.contains(code)) && !disabled.contains(code) }

    /// Findings for the documents and the diagnostics found while reading them, sorted by file,
    /// line and column; one finding per code and place.
    public func lint(_ docs: [LintDocument], readDiagnostics: [Diagnostic] = []) -> [Diagnostic] {
        var out = readDiagnostics.filter { enabled($0.code) }
        let units = LintGrouping.units(docs)
        let fleet = Fleet(units: units, pairs: LintGrouping.pairs(units, declared: options.pairs))
        for rule in RuleCatalog.rules where enabled(rule.info.code) {
            switch rule.check {
            case .parse: break
            case .document(let check): for d in docs { out += check(d, options) }
            case .unit(let check): for u in units { out += check(u, options) }
            case .fleet(let check): out += check(fleet, options)
            }
        }
        if options.verbose {
            for d in docs {
                guard let ak = d.activationKey, ak.running != nil else { continue }
                let model = PlatformTable.model(of: ak)
                if PlatformTable.entry(model: model, tier: PlatformTable.tier(of: ak)) == nil {
                    out.append(Diagnostic(.note, "PLAT001", "platform \(model ?? "unknown") \(PlatformTable.tier(of: ak) ?? "") is not in the platform table: platform limits are not checked", at: d.span, path: d.path))
                }
            }
        }
        return Linter.deduplicated(out).sorted(by: Linter.order)
    }

    /// Rules checked twice over (KEY001 and DOC004 by the parser and on the model; FO001 and
    /// FO002 for a pair and for one document) count once per place: the first, which knows more
    /// (the parser knows the column, the pair knows both units), is kept.
    static let checkedTwice: Set<String> = ["KEY001", "DOC004", "FO001", "FO002"]

    static func deduplicated(_ findings: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<String>()
        return findings.filter { d in
            let message = checkedTwice.contains(d.code) ? "" : d.message
            return seen.insert("\(d.path ?? "")\u{0}\(d.span.line)\u{0}\(d.code)\u{0}\(message)").inserted
        }
    }

    static func order(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.path != b.path { return (a.path ?? "") < (b.path ?? "") }
        if a.span.line != b.span.line { return a.span.line < b.span.line }
        if a.span.column != b.span.column { return a.span.column < b.span.column }
        return a.code < b.code
    }
}
