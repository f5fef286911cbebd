/// A token is a kind and a byte range of the input; its text is read only when needed.
struct Token: Sendable, Equatable {
    enum Kind: UInt8, Sendable {
        /// A run of bytes up to white space or a colon.
        case word
        /// A `:` standing on its own or ending a word (`Number:` is `Number` then `:`).
        case colon
    }

    var kind: Kind
    /// Byte offsets into the whole input, `start..<end`.
    var start: Int
    var end: Int

    @inlinable var length: Int { end - start }

    /// The token's bytes, as a range of offsets.
    var range: Range<Int> { start..<end }
}
