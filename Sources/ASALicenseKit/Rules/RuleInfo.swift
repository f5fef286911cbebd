/// Where a rule looks: one document, the documents of one unit, or several units.
public enum RuleScope: String, Sendable {
    case doc, unit, fleet
}

/// A rule of the catalog: its stable code, default severity, scopes, summary and the section of
/// the licensing document it comes from.
public struct RuleInfo: Sendable {
    public let code: RuleCode
    public let severity: Severity
    public let scopes: [RuleScope]
    public let summary: String
    public let section: String

    /// The licensing document every non-DOC rule comes from, by its title.
    public static let documentTitle = "Licenses: Product Authorization Key Licensing for the ISA 3000"

    /// The grammars the DOC rules judge the text by.
    public static let grammars = ["Grammars/show-activation-key.ebnf", "Grammars/show-shared-license.ebnf", "Grammars/license-server-config.ebnf"]

    /// Where the rule comes from, as a citation: the document's title and section, or for the
    /// rules on the text itself, the grammar files.
    public var citation: String {
        code.family == "DOC" ? "the grammars \(RuleInfo.grammars.joined(separator: ", "))"
            : "\"\(RuleInfo.documentTitle)\" (asa-pak-licensing.txt), section \"\(section)\""
    }

    /// The rule's family: the letters of its code (`SHR` of `SHR009`).
    public var family: String { code.family }

    public var sarifLevel: String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }
}

/// One check the linter runs, and the codes it reports: a rule family that computes something
/// once (the running license of RUN001–RUN005) reports several codes from one check.
struct RuleCheck: Sendable {
    enum Scope: Sendable {
        case document(@Sendable (LintDocument, LintOptions) -> [Diagnostic])
        /// A check of activation-key documents alone, handed the model where it stands (a
        /// copy out of the document per check retained and released each of its parts).
        case activationKey(@Sendable (LintDocument, ActivationKeyDocument, LintOptions) -> [Diagnostic])
        case unit(@Sendable (LintUnit, LintOptions) -> [Diagnostic])
        case fleet(@Sendable (Fleet, LintOptions) -> [Diagnostic])
    }

    let codes: [RuleCode]
    let scope: Scope

    static func document(_ codes: [RuleCode], _ check: @escaping @Sendable (LintDocument, LintOptions) -> [Diagnostic]) -> RuleCheck {
        RuleCheck(codes: codes, scope: .document(check))
    }

    static func activationKey(_ codes: [RuleCode], _ check: @escaping @Sendable (LintDocument, ActivationKeyDocument, LintOptions) -> [Diagnostic]) -> RuleCheck {
        RuleCheck(codes: codes, scope: .activationKey(check))
    }

    static func unit(_ codes: [RuleCode], _ check: @escaping @Sendable (LintUnit, LintOptions) -> [Diagnostic]) -> RuleCheck {
        RuleCheck(codes: codes, scope: .unit(check))
    }

    static func fleet(_ codes: [RuleCode], _ check: @escaping @Sendable (Fleet, LintOptions) -> [Diagnostic]) -> RuleCheck {
        RuleCheck(codes: codes, scope: .fleet(check))
    }
}

/// What `asalic lint` is told.
public struct LintOptions: Sendable {
    /// The capture date, for expiry dates (TIME006).
    public var asOf: CivilDate?
    public var expiryWarningDays = 30
    /// Failover pairs declared by the user: serial numbers or hostnames, two a pair.
    public var pairs: [[String]] = []
    /// Say why a rule was silent (an unknown platform, say).
    public var verbose = false
    /// Findings name shared secrets as written, not by their fingerprints (`--show-secrets`).
    public var showSecrets = false
    /// Findings below this severity are only counted (`LintSession.keepsFrom`, no baseline):
    /// a rule whose text is costly to spell may leave it empty for them (`spells`).
    var spellsFrom: Severity = .note

    /// Whether a finding of this severity will be read, not only counted.
    func spells(_ severity: Severity) -> Bool { severity >= spellsFrom }

    public init() {}
}

extension Diagnostic {
    /// A finding of rule `code`, with the catalog's severity and the document's path.
    static func rule(_ code: RuleCode, _ message: FindingText, at span: SourceSpan, in doc: LintDocument, severity: Severity? = nil) -> Diagnostic {
        Diagnostic(severity ?? RuleCatalog.info(code).severity, code, message.text, at: span, path: doc.path)
    }

    /// A finding whose text is made only when it will be read (`LintOptions.spells`): below
    /// that, a text report only counts it, and its text is left empty. For rules whose text
    /// costs (every changed feature of a unit, a chain of keys), making it was most of their time.
    static func rule(_ code: RuleCode, at span: SourceSpan, in doc: LintDocument, severity: Severity? = nil,
                     spelledFor o: LintOptions, _ message: () -> FindingText) -> Diagnostic {
        let severity = severity ?? RuleCatalog.info(code).severity
        return Diagnostic(severity, code, o.spells(severity) ? message().text : "", at: span, path: doc.path)
    }
}
