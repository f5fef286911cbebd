/// One physical line of input without its line ending (`\n`, or `\r\n`).
public struct Line: Sendable, Equatable {
    /// 1-based line number.
    public var number: Int
    /// Byte offsets of the line's content, `start..<end`, line ending excluded.
    public var start: Int
    public var end: Int

    @inlinable public var isEmpty: Bool { start == end }
}
