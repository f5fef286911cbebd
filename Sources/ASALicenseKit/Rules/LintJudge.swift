/// Judges one document by the document rules, apart from any session: what a `LintSession`
/// reads to judge a document (the rules, their options, how findings are sifted), and nothing
/// it gathers. Judging reads only these, so documents are judged on any thread; the session
/// takes the judgments in input order (`LintSession.adopt`).
public struct LintJudge: Sendable {
    /// The rules to run, with their options.
    public let linter: Linter
    /// See `LintSession.keepsWholeDocuments`, `keepsFrom` and `baseline`.
    var keepsWholeDocuments = false
    var keepsFrom: Severity = .note
    var baseline: LintBaseline?
    let checks: [(index: Int, check: RuleCheck, everyDocument: Bool)]
    /// The document and activation-key checks of `checks`, their closures taken out once: a
    /// walk of every check per document copied each one's scope out of it (a retain and a
    /// release) only to skip most of them.
    private let documentChecks: [(index: Int, run: @Sendable (LintDocument, LintOptions) -> [Diagnostic], everyDocument: Bool)]
    private let activationKeyChecks: [(index: Int, run: @Sendable (LintDocument, ActivationKeyDocument, LintOptions) -> [Diagnostic], everyDocument: Bool)]
    /// Whether each code runs, by case (`Linter.enabled` spells a code's family and looks up
    /// strings: asked once per code here, not once per finding).
    private let enabledCodes: [Bool]

    init(linter: Linter) {
        self.linter = linter
        enabledCodes = RuleCode.allCases.map(linter.enabled)
        checks = RuleCatalog.checks.enumerated().compactMap { i, check in
            // The text's own rules judge every document; the PAK rules only the PAK units.
            check.codes.contains(where: linter.enabled) ? (i, check, check.codes.allSatisfy { $0.family == "DOC" }) : nil
        }
        documentChecks = checks.compactMap { i, check, every in
            if case .document(let run) = check.scope { (i, run, every) } else { nil }
        }
        activationKeyChecks = checks.compactMap { i, check, every in
            if case .activationKey(let run) = check.scope { (i, run, every) } else { nil }
        }
    }

    /// What the document rules find in a document, and what of it a session keeps.
    public struct Judgment: Sendable {
        var smartLicensing: [Diagnostic] = []
        /// Each check's findings, by the check's index in the catalog; most checks find nothing.
        var found: [(check: Int, findings: [Diagnostic])] = []
        var silences: [Diagnostic] = []
        /// The findings counted and let go (`keepsFrom`), by severity.
        var dropped = SeverityCounts()
        var kept: LintDocument
        var isPAK = true
    }

    /// The document rules' judgment of a document.
    public func judge(_ document: LintDocument) -> Judgment {
        let options = runOptions
        var judgment = Judgment(kept: document)
        if let ak = document.activationKey, PlatformTable.runsSmartLicensing(ak) {
            // A unit under Smart Licensing is outside the PAK rules: said once, then left alone.
            judgment.isPAK = false
            let what = ak.platformModel.map { "the \($0)" } ?? "this unit"
            judgment.smartLicensing = sift([.rule(.PLAT004, "\(what) runs Smart Licensing\(ak.showVersion?.licenseMode.map { " (License mode: \($0))" } ?? ""): the PAK license rules do not apply and are not run", at: document.span, in: document)], counting: &judgment.dropped)
        }
        let isPAK = judgment.isPAK
        for (i, run, everyDocument) in documentChecks where isPAK || everyDocument {
            let found = sift(run(document, options), counting: &judgment.dropped)
            if !found.isEmpty { judgment.found.append((i, found)) }
        }
        // The model is read out of the document once and lent to each of its checks.
        if case .activationKey(let ak) = document.document.content {
            for (i, run, everyDocument) in activationKeyChecks where isPAK || everyDocument {
                let found = sift(run(document, ak, options), counting: &judgment.dropped)
                if !found.isEmpty { judgment.found.append((i, found)) }
            }
        }
        if isPAK, options.verbose, let ak = document.activationKey, ak.has(.running), let why = PlatformTable.lookup(ak).silence {
            judgment.silences = sift([Diagnostic(.note, .PLAT001, why, at: document.span, path: document.path)], counting: &judgment.dropped)
        }
        if !keepsWholeDocuments { judgment.kept = document.retained() }
        return judgment
    }

    /// The findings to keep of those just found: all of them, unless some are counted and let
    /// go (`keepsFrom`: each one is counted in `dropped`) or recorded in the baseline.
    /// Findings of disabled rules stay until `LintSession.finish` removes them (neither kept
    /// nor counted).
    func sift(_ found: [Diagnostic], counting dropped: inout SeverityCounts) -> [Diagnostic] {
        guard keepsFrom > .note || baseline != nil, !found.isEmpty else { return found }
        var kept = found  // filtered in place: the list the rule made is the only holder
        kept.removeAll { finding in
            guard enabled(finding.code) else { return true }
            if let baseline, baseline.contains(finding) { return true }
            guard finding.severity < keepsFrom else { return false }
            dropped[finding.severity] += 1
            return true
        }
        return kept
    }

    func enabled(_ code: RuleCode) -> Bool { enabledCodes[Int(caseIndex(code))] }

    /// The linter's options, saying which findings will only be counted: those below
    /// `keepsFrom`, unless a baseline needs every finding's text to recognize it.
    var runOptions: LintOptions {
        var options = linter.options
        options.spellsFrom = baseline == nil ? keepsFrom : .note
        return options
    }
}
