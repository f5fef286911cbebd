/// How many findings there were of each severity: what a report says of findings it does not
/// show, when they were counted and let go rather than kept (`LintSession.keepsFrom`).
public struct SeverityCounts: Hashable, Sendable {
    public var notes = 0
    public var warnings = 0
    public var errors = 0

    public init() {}

    public var total: Int { notes + warnings + errors }

    public subscript(severity: Severity) -> Int {
        get {
            switch severity {
            case .note: notes
            case .warning: warnings
            case .error: errors
            }
        }
        set {
            switch severity {
            case .note: notes = newValue
            case .warning: warnings = newValue
            case .error: errors = newValue
            }
        }
    }
}
