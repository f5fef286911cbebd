/// Lints documents as they arrive. Each document is judged by the document rules at once and
/// then kept only as far as the unit and fleet rules read it (`LintDocument.retained`): a unit
/// may gather documents from any file (by serial number) and a failover pair joins two units,
/// so those rules run at `finish`, over every unit.
///
/// The findings are those `Linter.lint` gives for the same documents, in the same order.
public struct LintSession {
    /// The rules to run, with their options.
    public var linter: Linter { judge.linter }
    /// What judging a document reads: the document rules and how their findings are sifted.
    /// Apart from what the session gathers, so that it can judge documents on other threads
    /// (`LintJudge.judge`) without holding, or copying, the session's lists.
    public private(set) var judge: LintJudge
    /// Keep each document whole rather than what the later rules read: when the caller holds
    /// every document anyway (`Linter.lint`), and for tests that compare the two.
    var keepsWholeDocuments: Bool {
        get { judge.keepsWholeDocuments }
        set { judge.keepsWholeDocuments = newValue }
    }
    /// Findings below this severity are counted and let go as they arrive (`notKept`), for a
    /// report that shows only their number (the text report below its minimum severity).
    /// `.note`, the default, keeps every finding.
    public var keepsFrom: Severity {
        get { judge.keepsFrom }
        set { judge.keepsFrom = newValue }
    }
    /// Findings this baseline records are let go as they arrive, neither kept nor counted.
    public var baseline: LintBaseline? {
        get { judge.baseline }
        set { judge.baseline = newValue }
    }
    /// Threads that run the unit and fleet rules at `finish` (`asalic lint --jobs`): each fleet
    /// check, and each run of units of a unit check, is a job; the findings are those of one.
    public var jobs = 1
    /// The findings of enabled rules counted and let go (`keepsFrom`), by severity.
    public private(set) var notKept = SeverityCounts()

    private var read: [Diagnostic] = []
    /// PLAT004 notes (Smart Licensing units) and `--verbose` PLAT001 notes, in arrival order.
    private var smartLicensing: [Diagnostic] = []
    private var silences: [Diagnostic] = []
    /// The document checks' findings so far, one list per check of the catalog.
    private var byCheck: [[Diagnostic]]
    /// Every document, and the ones the PAK rules judge (not under Smart Licensing).
    private var documents: [LintDocument] = []
    private var pak: [LintDocument] = []

    public init(linter: Linter) {
        judge = LintJudge(linter: linter)
        byCheck = Array(repeating: [], count: RuleCatalog.checks.count)
    }

    /// Findings of reading the input (parse diagnostics), reported with the rules' findings.
    public mutating func addReadDiagnostics(_ diagnostics: [Diagnostic]) {
        read += sifted(diagnostics)
    }

    /// The findings to keep of those just found (`LintJudge.sift`), the others counted.
    private mutating func sifted(_ found: [Diagnostic]) -> [Diagnostic] {
        judge.sift(found, counting: &notKept)
    }

    /// Judges a document by the document rules, and keeps what the unit and fleet rules read.
    public mutating func add(_ document: LintDocument) {
        adopt(judge.judge(document))
    }

    /// Takes in a document's judgment (`LintJudge.judge`), in input order: its findings, and
    /// what is kept of it.
    public mutating func adopt(_ judgment: LintJudge.Judgment) {
        smartLicensing += judgment.smartLicensing
        for (i, found) in judgment.found { byCheck[i] += found }
        silences += judgment.silences
        notKept = notKept + judgment.dropped
        documents.append(judgment.kept)
        if judgment.isPAK { pak.append(judgment.kept) }
    }

    /// The names `--pair` gives that match no unit of the documents so far.
    public func unknownPairNames() -> [String] {
        linter.unknownPairNames(documents)
    }

    /// Runs the unit and fleet rules, and gives every finding, sorted by file, line and column.
    /// The session is spent: what it kept is let go before the findings are joined into one
    /// list of their exact size, which is then filtered and sorted in place. (Joined while the
    /// documents were held, a growing list and the copy it grew from stood beside them at the
    /// peak of memory: three times the room the findings need.)
    public mutating func finish() -> [Diagnostic] {
        var parts = [read, smartLicensing]
        read = []
        smartLicensing = []
        gatherCrossDocumentFindings(into: &parts)
        parts.append(silences)
        silences = []
        var out: [Diagnostic] = []
        out.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for i in parts.indices {
            for finding in parts[i] where judge.enabled(finding.code) { out.append(finding) }
            parts[i] = []
        }
        Linter.sortInOrder(&out)
        return out
    }

    /// Units a job of a unit check judges: enough that a job outweighs handing it over.
    private static let unitsPerJob = 256

    /// Pairing's findings, then each check's in catalog order, each list as its rule gave it;
    /// units and pairs live only here, and the documents are let go on the way out.
    private mutating func gatherCrossDocumentFindings(into parts: inout [[Diagnostic]]) {
        let options = judge.runOptions
        let units = LintGrouping.units(pak)
        let (pairs, pairing) = LintGrouping.pairs(units, declared: options.pairs)
        let fleet = Fleet(units: units, pairs: pairs)
        parts.append(sifted(pairing))
        // What the unit and fleet checks find is worked out first, on `jobs` threads, and
        // sifted where it is found (so that what a report only counts is not held), then taken
        // check by check in catalog order, a unit check's unit by unit.
        let judge = judge  // what the jobs read, apart from the session
        var work: [() -> (lists: [[Diagnostic]], dropped: SeverityCounts)] = []
        var workOfCheck: [Range<Int>] = []
        for (_, check, _) in judge.checks {
            let first = work.count
            switch check.scope {
            case .document, .activationKey:
                break
            case .unit(let run):
                for start in stride(from: 0, to: units.count, by: LintSession.unitsPerJob) {
                    let some = units[start..<min(start + LintSession.unitsPerJob, units.count)]
                    work.append {
                        var dropped = SeverityCounts()
                        let lists = some.map { judge.sift(run($0, options), counting: &dropped) }
                        return (lists.filter { !$0.isEmpty }, dropped)
                    }
                }
            case .fleet(let run):
                work.append {
                    var dropped = SeverityCounts()
                    return ([judge.sift(run(fleet, options), counting: &dropped)], dropped)
                }
            }
            workOfCheck.append(first..<work.count)
        }
        let found = JobQueue.results(of: work, jobs: jobs)
        for ((i, check, _), pieces) in zip(judge.checks, workOfCheck) {
            switch check.scope {
            case .document, .activationKey:
                parts.append(byCheck[i])
                byCheck[i] = []
            case .unit, .fleet:
                for (lists, dropped) in found[pieces] {
                    parts += lists
                    notKept = notKept + dropped
                }
            }
        }
        documents = []
        pak = []
    }
}
