/// How many findings there were of each severity: what a report says of findings it does not
/// show, when they were counted and let go rather than kept (`LintSession.keepsFrom`), added
/// to those it holds.
public struct SeverityCounts: Hashable, Sendable {
    /// By severity, in the order of `Severity.allCases` (its case index).
    private var counts = [0, 0, 0]

    public init() {}

    /// The findings of each severity in `findings`.
    public init(counting findings: [Diagnostic]) {
        for i in findings.indices { self[findings[i].severity] += 1 }
    }

    public subscript(severity: Severity) -> Int {
        get { counts[Int(caseIndex(severity))] }
        set { counts[Int(caseIndex(severity))] = newValue }
    }

    public var notes: Int { self[.note] }
    public var warnings: Int { self[.warning] }
    public var errors: Int { self[.error] }
    public var total: Int { counts.reduce(0, +) }

    public static func + (a: SeverityCounts, b: SeverityCounts) -> SeverityCounts {
        var sum = a
        for i in sum.counts.indices { sum.counts[i] += b.counts[i] }
        return sum
    }
}
