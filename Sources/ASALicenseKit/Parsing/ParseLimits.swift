/// Bounds that keep hostile input from costing more than it should.
public struct ParseLimits: Sendable {
    /// Longer lines are cut (with a diagnostic): no device prints a line this long.
    public var maxLineBytes: Int
    /// At most this many diagnostics are kept per capture; the rest are counted.
    public var maxDiagnostics: Int

    /// Plain feature rows are read from their bytes, without lexing the line
    /// (`nextPlainFeatureRow`); off, every row takes the general path (tests compare the two).
    var readsPlainRowsFromBytes = true

    /// The text is what a diff makes (`DiffInput`): its documents are what the hunks show of a
    /// file, not all of it (`Document.readFromDiff`).
    var textIsDiff = false

    public init(maxLineBytes: Int, maxDiagnostics: Int) {
        self.maxLineBytes = maxLineBytes
        self.maxDiagnostics = maxDiagnostics
    }

    public static let `default` = ParseLimits(maxLineBytes: 64 * 1024, maxDiagnostics: 1000)
}
