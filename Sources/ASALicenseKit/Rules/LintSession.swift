/// Lints documents as they arrive. Each document is judged by the document rules at once and
/// then kept only as far as the unit and fleet rules read it (`LintDocument.retained`): a unit
/// may gather documents from any file (by serial number) and a failover pair joins two units,
/// so those rules run at `finish`, over every unit.
///
/// The findings are those `Linter.lint` gives for the same documents, in the same order.
public struct LintSession {
    /// The rules to run, with their options.
    public let linter: Linter
    /// Keep each document whole rather than what the later rules read: when the caller holds
    /// every document anyway (`Linter.lint`), and for tests that compare the two.
    var keepsWholeDocuments = false

    private var read: [Diagnostic] = []
    /// PLAT004 notes (Smart Licensing units) and `--verbose` PLAT001 notes, in arrival order.
    private var smartLicensing: [Diagnostic] = []
    private var silences: [Diagnostic] = []
    /// The document checks' findings so far, one list per check of the catalog.
    private var byCheck: [[Diagnostic]]
    /// Every document, and the ones the PAK rules judge (not under Smart Licensing).
    private var documents: [LintDocument] = []
    private var pak: [LintDocument] = []
    private let checks: [(index: Int, check: RuleCheck, everyDocument: Bool)]

    public init(linter: Linter) {
        self.linter = linter
        byCheck = Array(repeating: [], count: RuleCatalog.checks.count)
        checks = RuleCatalog.checks.enumerated().compactMap { i, check in
            // The text's own rules judge every document; the PAK rules only the PAK units.
            check.codes.contains(where: linter.enabled) ? (i, check, check.codes.allSatisfy { $0.family == "DOC" }) : nil
        }
    }

    /// Findings of reading the input (parse diagnostics), reported with the rules' findings.
    public mutating func addReadDiagnostics(_ diagnostics: [Diagnostic]) {
        read += diagnostics
    }

    /// Judges a document by the document rules, and keeps what the unit and fleet rules read.
    public mutating func add(_ document: LintDocument) {
        let options = linter.options
        var isPAK = true
        if let ak = document.activationKey, PlatformTable.runsSmartLicensing(ak) {
            // A unit under Smart Licensing is outside the PAK rules: said once, then left alone.
            isPAK = false
            let what = ak.platformModel.map { "the \($0)" } ?? "this unit"
            smartLicensing.append(.rule(.PLAT004, "\(what) runs Smart Licensing\(ak.showVersion?.licenseMode.map { " (License mode: \($0))" } ?? ""): the PAK license rules do not apply and are not run", at: document.span, in: document))
        }
        for (i, check, everyDocument) in checks where isPAK || everyDocument {
            if case .document(let run) = check.scope { byCheck[i] += run(document, options) }
        }
        if isPAK, options.verbose, let ak = document.activationKey, ak.running != nil, let why = PlatformTable.lookup(ak).silence {
            silences.append(Diagnostic(.note, .PLAT001, why, at: document.span, path: document.path))
        }
        let kept = keepsWholeDocuments ? document : document.retained()
        documents.append(kept)
        if isPAK { pak.append(kept) }
    }

    /// The names `--pair` gives that match no unit of the documents so far.
    public func unknownPairNames() -> [String] {
        linter.unknownPairNames(documents)
    }

    /// Runs the unit and fleet rules, and gives every finding, sorted by file, line and column.
    /// The session is spent: what it kept is let go as the findings are gathered, which are
    /// then filtered and sorted in place (at the peak of memory, one copy of them).
    public mutating func finish() -> [Diagnostic] {
        var out = read + smartLicensing
        read = []
        smartLicensing = []
        gatherCrossDocumentFindings(into: &out)
        out += silences
        silences = []
        out.removeAll { !linter.enabled($0.code) }
        Linter.sortInOrder(&out)
        return out
    }

    /// Pairing's findings, then each check's in catalog order; units and pairs live only here.
    private mutating func gatherCrossDocumentFindings(into out: inout [Diagnostic]) {
        let options = linter.options
        let units = LintGrouping.units(pak)
        let (pairs, pairing) = LintGrouping.pairs(units, declared: options.pairs)
        let fleet = Fleet(units: units, pairs: pairs)
        out.reserveCapacity(out.count + pairing.count + byCheck.reduce(0) { $0 + $1.count })
        out += pairing
        for (i, check, _) in checks {
            switch check.scope {
            case .document: out += byCheck[i]; byCheck[i] = []
            case .unit(let run): for u in units { out += run(u, options) }
            case .fleet(let run): out += run(fleet, options)
            }
        }
        documents = []
        pak = []
    }
}
