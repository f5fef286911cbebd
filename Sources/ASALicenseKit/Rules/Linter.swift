/// Runs the catalog over documents seen together, so unit and fleet rules work across files.
public struct Linter {
    public var options: LintOptions
    /// Codes or families (`FO`, `SHR`) to run (empty: all), and codes or families to skip.
    public var only: Set<String> = []
    public var disabled: Set<String> = []

    public init(options: LintOptions = LintOptions()) {
        self.options = options
    }

    func enabled(_ code: RuleCode) -> Bool {
        let (name, family) = (code.rawValue, code.family)
        return (only.isEmpty || only.contains(name) || only.contains(family)) && !disabled.contains(name) && !disabled.contains(family)
    }

    /// The families of the catalog: `KEY`, `TIME`, `RUN`, `FO`, `SHR`, `PLAT`, `VPN`, `DOC`.
    public static var families: Set<String> { Set(RuleCatalog.infos.map(\.family)) }

    /// Findings for the documents and the diagnostics found while reading them, sorted by file,
    /// line and column.
    public func lint(_ docs: [LintDocument], readDiagnostics: [Diagnostic] = []) -> [Diagnostic] {
        var out = readDiagnostics
        // A unit under Smart Licensing is outside the PAK rules: said once, then left alone.
        var pak: [LintDocument] = []
        for d in docs {
            if let ak = d.activationKey, PlatformTable.runsSmartLicensing(ak) {
                let what = ak.platformModel.map { "the \($0)" } ?? "this unit"
                out.append(.rule(.PLAT004, "\(what) runs Smart Licensing\(ak.showVersion?.licenseMode.map { " (License mode: \($0))" } ?? ""): the PAK license rules do not apply and are not run", at: d.span, in: d))
            } else {
                pak.append(d)
            }
        }
        let units = LintGrouping.units(pak)
        let (pairs, pairing) = LintGrouping.pairs(units, declared: options.pairs)
        out += pairing
        let fleet = Fleet(units: units, pairs: pairs)
        for check in RuleCatalog.checks where check.codes.contains(where: enabled) {
            switch check.scope {
            // The text's own rules judge every document; the PAK rules only the PAK units.
            case .document(let run): for d in check.codes.allSatisfy({ $0.family == "DOC" }) ? docs : pak { out += run(d, options) }
            case .unit(let run): for u in units { out += run(u, options) }
            case .fleet(let run): out += run(fleet, options)
            }
        }
        if options.verbose {
            for d in pak {
                guard let ak = d.activationKey, ak.running != nil, let why = PlatformTable.lookup(ak).silence else { continue }
                out.append(Diagnostic(.note, .PLAT001, why, at: d.span, path: d.path))
            }
        }
        return out.filter { enabled($0.code) }.sorted(by: Linter.order)
    }

    /// The names `--pair` gives that match no unit of the input.
    public func unknownPairNames(_ docs: [LintDocument]) -> [String] {
        LintGrouping.unknownNames(LintGrouping.units(docs), declared: options.pairs)
    }

    static func order(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.path != b.path { return (a.path ?? "") < (b.path ?? "") }
        if a.span.line != b.span.line { return a.span.line < b.span.line }
        if a.span.column != b.span.column { return a.span.column < b.span.column }
        return a.code < b.code
    }
}
