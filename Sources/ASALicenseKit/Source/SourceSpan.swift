/// Where a model element came from: 1-based line and byte column, and the byte offset.
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

    public var description: String { "\(line):\(column)" }
}

/// A model's record of where it was read, left out of the model's equality: two models are equal
/// when they say the same thing, whether they were read from CLI text, YAML or JSON. Rules and
/// diagnostics read the position; comparisons of models never do.
@propertyWrapper
public struct NotCompared<Value: Sendable>: Hashable, Sendable {
    public var wrappedValue: Value

    public init(wrappedValue: Value) {
        self.wrappedValue = wrappedValue
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}
