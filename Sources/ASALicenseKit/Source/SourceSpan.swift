/// Where a model element came from: 1-based line and byte column, and the byte offset.
///
/// Equality deliberately ignores position: two models are equal when they say the same thing,
/// whether they were read from CLI text, YAML or JSON. Rules and diagnostics read the position;
/// comparisons never do.
public struct SourceSpan: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// The position of something that has no source (built in code, or a default).
    public static let none = SourceSpan(line: 0, column: 0, offset: 0)

    public var isKnown: Bool { line > 0 }

    public static func == (lhs: SourceSpan, rhs: SourceSpan) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}

    public var description: String { "\(line):\(column)" }
}
