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
        self.message = MessageExcerpt.excerpt(message)
        self.span = span
        self.path = path
    }

    /// `path:line:col: severity: message [CODE]`; a finding with no position points at line 1.
    public func rendered(defaultPath: String = "<input>") -> String {
        var text = ""
        render(into: &text, defaultPath: defaultPath)
        return text
    }

    /// Appends `rendered(defaultPath:)` to `text`: a report of many findings is one string.
    public func render(into text: inout String, defaultPath: String = "<input>") {
        var bytes: [UInt8] = []
        render(into: &bytes, defaultPath: defaultPath)
        text += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `rendered(defaultPath:)` as UTF-8 to `bytes`, each part copied in whole (a
    /// string appended to a string, part by part, cost 400 instructions a part).
    public func render(into bytes: inout [UInt8], defaultPath: String = "<input>") {
        bytes += (path ?? defaultPath).utf8
        bytes.append(UInt8(ascii: ":"))
        ByteText.withDecimal(max(span.line, 1)) { bytes += $0 }
        bytes.append(UInt8(ascii: ":"))
        ByteText.withDecimal(max(span.column, 1)) { bytes += $0 }
        bytes += ": ".utf8
        bytes += severity.rawValue.utf8
        bytes += ": ".utf8
        bytes += message.utf8
        bytes += " [".utf8
        bytes += code.rawValue.utf8
        bytes.append(UInt8(ascii: "]"))
    }
}

extension Array where Element == Diagnostic {
    public var errorCount: Int { count(of: .error) }
    public var warningCount: Int { count(of: .warning) }
    public var noteCount: Int { count(of: .note) }
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// How many are of `severity`, each read where it stands (a filter copied every finding).
    func count(of severity: Severity) -> Int {
        var n = 0
        for i in indices where self[i].severity == severity { n += 1 }
        return n
    }
}
