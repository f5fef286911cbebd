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
    /// Findings below this severity are counted and let go as they arrive (`notKept`), for a
    /// report that shows only their number (the text report below its minimum severity).
    /// `.note`, the default, keeps every finding.
    public var keepsFrom: Severity = .note
    /// Findings this baseline records are let go as they arrive, neither kept nor counted.
    public var baseline: LintBaseline?
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
    private let checks: [(index: Int, check: RuleCheck, everyDocument: Bool)]
    /// Whether each code runs, by case (`Linter.enabled` spells a code's family and looks up
    /// strings: asked once per code here, not once per finding).
    private let enabledCodes: [Bool]

    public init(linter: Linter) {
        self.linter = linter
        byCheck = Array(repeating: [], count: RuleCatalog.checks.count)
        enabledCodes = RuleCode.allCases.map(linter.enabled)
        checks = RuleCatalog.checks.enumerated().compactMap { i, check in
            // The text's own rules judge every document; the PAK rules only the PAK units.
            check.codes.contains(where: linter.enabled) ? (i, check, check.codes.allSatisfy { $0.family == "DOC" }) : nil
        }
    }

    /// Findings of reading the input (parse diagnostics), reported with the rules' findings.
    public mutating func addReadDiagnostics(_ diagnostics: [Diagnostic]) {
        read += sifted(diagnostics)
    }

    /// The findings to keep of those just found: all of them, unless some are counted and let
    /// go (`keepsFrom`) or recorded in the baseline. Findings of disabled rules stay until
    /// `finish` removes them (neither kept nor counted).
    private mutating func sifted(_ found: [Diagnostic]) -> [Diagnostic] {
        guard keepsFrom > .note || baseline != nil, !found.isEmpty else { return found }
        var kept = found  // filtered in place: the list the rule made is the only holder
        kept.removeAll { finding in
            guard enabled(finding.code) else { return true }
            if let baseline, baseline.contains(finding) { return true }
            guard finding.severity < keepsFrom else { return false }
            notKept[finding.severity] += 1
            return true
        }
        return kept
    }

    private func enabled(_ code: RuleCode) -> Bool { enabledCodes[Int(caseIndex(code))] }

    /// The linter's options, saying which findings will only be counted: those below
    /// `keepsFrom`, unless a baseline needs every finding's text to recognize it.
    private var runOptions: LintOptions {
        var options = linter.options
        options.spellsFrom = baseline == nil ? keepsFrom : .note
        return options
    }

    /// Judges a document by the document rules, and keeps what the unit and fleet rules read.
    public mutating func add(_ document: LintDocument) {
        let options = runOptions
        var isPAK = true
        if let ak = document.activationKey, PlatformTable.runsSmartLicensing(ak) {
            // A unit under Smart Licensing is outside the PAK rules: said once, then left alone.
            isPAK = false
            let what = ak.platformModel.map { "the \($0)" } ?? "this unit"
            smartLicensing += sifted([.rule(.PLAT004, "\(what) runs Smart Licensing\(ak.showVersion?.licenseMode.map { " (License mode: \($0))" } ?? ""): the PAK license rules do not apply and are not run", at: document.span, in: document)])
        }
        for (i, check, everyDocument) in checks where isPAK || everyDocument {
            if case .document(let run) = check.scope {
                let found = sifted(run(document, options))
                if !found.isEmpty { byCheck[i] += found }  // most checks find nothing: no append
            }
        }
        // The model is read out of the document once and lent to each of its checks.
        if case .activationKey(let ak) = document.document.content {
            for (i, check, everyDocument) in checks where isPAK || everyDocument {
                if case .activationKey(let run) = check.scope {
                    let found = sifted(run(document, ak, options))
                    if !found.isEmpty { byCheck[i] += found }
                }
            }
        }
        if isPAK, options.verbose, let ak = document.activationKey, ak.running != nil, let why = PlatformTable.lookup(ak).silence {
            silences += sifted([Diagnostic(.note, .PLAT001, why, at: document.span, path: document.path)])
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
            for finding in parts[i] where enabled(finding.code) { out.append(finding) }
            parts[i] = []
        }
        Linter.sortInOrder(&out)
        return out
    }

    /// Pairing's findings, then each check's in catalog order, each list as its rule gave it;
    /// units and pairs live only here, and the documents are let go on the way out.
    private mutating func gatherCrossDocumentFindings(into parts: inout [[Diagnostic]]) {
        let options = runOptions
        let units = LintGrouping.units(pak)
        let (pairs, pairing) = LintGrouping.pairs(units, declared: options.pairs)
        let fleet = Fleet(units: units, pairs: pairs)
        parts.append(sifted(pairing))
        for (i, check, _) in checks {
            switch check.scope {
            case .document, .activationKey:
                parts.append(byCheck[i])
                byCheck[i] = []
            case .unit(let run):
                for u in units {
                    let found = sifted(run(u, options))
                    if !found.isEmpty { parts.append(found) }
                }
            case .fleet(let run):
                parts.append(sifted(run(fleet, options)))
            }
        }
        documents = []
        pak = []
    }
}
