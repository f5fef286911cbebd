/// A token is a kind and a byte range of the input; its text is read only when needed.
public struct Token: Sendable, Equatable {
    public enum Kind: UInt8, Sendable {
        /// A run of bytes up to white space or a colon.
        case word
        /// A `:` standing on its own or ending a word (`Number:` is `Number` then `:`).
        case colon
    }

    public var kind: Kind
    /// Byte offsets into the whole input, `start..<end`.
    public var start: Int
    public var end: Int

    @inlinable public var length: Int { end - start }

    /// The token's bytes, as a range of offsets.
    public var range: Range<Int> { start..<end }
}
