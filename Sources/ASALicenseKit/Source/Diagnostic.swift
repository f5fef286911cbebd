/// How serious a finding is, in the catalog's words.
public enum Severity: String, Sendable, Comparable, CaseIterable {
    case note, warning, error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One finding about the input: a value, never thrown. Rendered gcc-style,
/// `path:line:col: error: message [CODE]`.
public struct Diagnostic: Hashable, Sendable {
    public var severity: Severity
    public var code: RuleCode
    public var message: String
    public var span: SourceSpan
    /// The file the finding is about; `nil` until the driver knows it.
    public var path: String?

    public init(_ severity: Severity, _ code: RuleCode, _ message: String, at span: SourceSpan, path: String? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.span = span
        self.path = path
    }

    /// `path:line:col: severity: message [CODE]`; a finding with no position points at line 1.
    public func rendered(defaultPath: String = "<input>") -> String {
        let line = max(span.line, 1)
        let column = max(span.column, 1)
        return "\(path ?? defaultPath):\(line):\(column): \(severity.rawValue): \(message) [\(code)]"
    }
}

extension Array where Element == Diagnostic {
    public var errorCount: Int { lazy.filter { $0.severity == .error }.count }
    public var warningCount: Int { lazy.filter { $0.severity == .warning }.count }
    public var noteCount: Int { lazy.filter { $0.severity == .note }.count }
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
