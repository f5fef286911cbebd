/// Runs the catalog over documents seen together, so unit and fleet rules work across files.
public struct Linter {
    public var options: LintOptions
    /// Codes or families (`FO`, `SHR`) to run (empty: all), and codes or families to skip.
    public var only: Set<String> = []
    public var disabled: Set<String> = []

    public init(options: LintOptions = LintOptions()) {
        self.options = options
    }

    func enabled(_ code: String) -> Bool {
        let family = String(code.prefix { $0.isLetter })
        return (only.isEmpty || only.contains(code) || only.contains(family)) && !disabled.contains(code) && !disabled.contains(family)
    }

    /// The families of the catalog: `KEY`, `TIME`, `RUN`, `FO`, `SHR`, `PLAT`, `VPN`, `DOC`.
    public static var families: Set<String> { Set(RuleCatalog.infos.map(\.family)) }

    /// Findings for the documents and the diagnostics found while reading them, sorted by file,
    /// line and column; one finding per code and place.
    public func lint(_ docs: [LintDocument], readDiagnostics: [Diagnostic] = []) -> [Diagnostic] {
        var out = readDiagnostics
        // A unit under Smart Licensing is outside the PAK rules: said once, then left alone.
        var pak: [LintDocument] = []
        for d in docs {
            if let ak = d.activationKey, PlatformTable.runsSmartLicensing(ak) {
                let what = PlatformTable.model(of: ak).map { "the \($0)" } ?? "this unit"
                out.append(.rule("PLAT004", "\(what) runs Smart Licensing\(ak.showVersion?.licenseMode.map { " (License mode: \($0))" } ?? ""): the PAK license rules do not apply and are not run", at: d.span, in: d))
            } else {
                pak.append(d)
            }
        }
        let units = LintGrouping.units(pak)
        let (pairs, pairing) = LintGrouping.pairs(units, declared: options.pairs)
        out += pairing
        let fleet = Fleet(units: units, pairs: pairs)
        for rule in RuleCatalog.rules where enabled(rule.info.code) {
            switch rule.check {
            case .parse: break
            case .document(let check): for d in rule.info.family == "DOC" ? docs : pak { out += check(d, options) }
            case .unit(let check): for u in units { out += check(u, options) }
            case .fleet(let check): out += check(fleet, options)
            }
        }
        if options.verbose {
            for d in pak {
                guard let ak = d.activationKey, ak.running != nil, let why = PlatformTable.lookup(ak).silence else { continue }
                out.append(Diagnostic(.note, "PLAT001", why, at: d.span, path: d.path))
            }
        }
        return Linter.deduplicated(out.filter { enabled($0.code) }).sorted(by: Linter.order)
    }

    /// The names `--pair` gives that match no unit of the input.
    public func unknownPairNames(_ docs: [LintDocument]) -> [String] {
        LintGrouping.unknownNames(LintGrouping.units(docs), declared: options.pairs)
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
