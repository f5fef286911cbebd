/// Runs the catalog over documents seen together, so unit and fleet rules work across files.
public struct Linter: Sendable {
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
        // Without `--pair` no name can be unknown, and grouping every document costs.
        guard !options.pairs.isEmpty else { return [] }
        return LintGrouping.unknownNames(LintGrouping.units(docs), declared: options.pairs)
    }

    /// Sorts findings by file, line, column and code, equal ones in the order given. The
    /// findings are moved once into place by a sorted key each: sorted themselves, the merges
    /// copied each finding several times (its strings retained and released; 5 % of a lint).
    static func sortInOrder(_ findings: inout [Diagnostic]) {
        // Findings come in runs of one file: a path is hashed once a run, not once a finding.
        var distinct = Set<String>()
        for i in findings.indices where i == 0 || findings[i].path != findings[i - 1].path {
            distinct.insert(findings[i].path ?? "")
        }
        let paths = distinct.sorted()
        let rank = Dictionary(uniqueKeysWithValues: paths.enumerated().map { ($1, $0) })
        var keys: [(path: Int, line: Int, column: Int, code: RuleCode, index: Int)] = []
        keys.reserveCapacity(findings.count)
        var last: (path: String?, rank: Int) = (nil, 0)
        for i in findings.indices {
            // Findings come in runs of one file: the path is looked up once a run.
            let path = findings[i].path
            if i == 0 || path != last.path { last = (path, rank[path ?? ""] ?? 0) }
            keys.append((last.rank, findings[i].span.line, findings[i].span.column, findings[i].code, i))
        }
        keys.sort { $0 < $1 }
        findings.permute(to: keys.map(\.index))
    }
}
