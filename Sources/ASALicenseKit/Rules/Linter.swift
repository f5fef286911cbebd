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
        var session = LintSession(linter: self)
        // The caller holds every document already: a slimmer copy of each would be memory on top.
        session.keepsWholeDocuments = true
        session.addReadDiagnostics(readDiagnostics)
        for d in docs { session.add(d) }
        return session.finish()
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
