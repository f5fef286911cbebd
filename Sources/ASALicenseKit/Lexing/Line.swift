/// One physical line of input without its line ending (`\n`, or `\r\n`).
struct Line: Sendable, Equatable {
    /// 1-based line number.
    var number: Int
    /// Byte offsets of the line's content, `start..<end`, line ending excluded.
    var start: Int
    var end: Int

    @inlinable var isEmpty: Bool { start == end }
}
