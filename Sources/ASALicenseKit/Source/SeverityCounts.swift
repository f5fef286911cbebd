/// How many findings there were of each severity: what a report says of findings it does not
/// show, when they were counted and let go rather than kept (`LintSession.keepsFrom`), added
/// to those it holds.
public struct SeverityCounts: Hashable, Sendable {
    // Three counts of their own (a list of three was allocated for every count, and the lint
    // judge makes one for every document).
    private var noteCount = 0, warningCount = 0, errorCount = 0

    public init() {}

    /// The findings of each severity in `findings`.
    public init(counting findings: [Diagnostic]) {
        for i in findings.indices { self[findings[i].severity] += 1 }
    }

    public subscript(severity: Severity) -> Int {
        get {
            switch severity {
            case .note: noteCount
            case .warning: warningCount
            case .error: errorCount
            }
        }
        set {
            switch severity {
            case .note: noteCount = newValue
            case .warning: warningCount = newValue
            case .error: errorCount = newValue
            }
        }
    }

    public var notes: Int { self[.note] }
    public var warnings: Int { self[.warning] }
    public var errors: Int { self[.error] }
    public var total: Int { noteCount + warningCount + errorCount }

    public static func + (a: SeverityCounts, b: SeverityCounts) -> SeverityCounts {
        var sum = a
        sum.noteCount += b.noteCount
        sum.warningCount += b.warningCount
        sum.errorCount += b.errorCount
        return sum
    }
}
