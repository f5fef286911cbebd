/// Whether a licensed-features block comes later in the output being read: asked of a platform
/// sentence that no block stands before (`show version | include license`, the tail of a
/// paste). The sentence is kept as a notice only when no block follows either, so a notice
/// never stands before a block (canonical CLI writes notices there, and read again the
/// sentence would not be one). Each answer holds for every line up to where it was found, so
/// a run of such sentences reads the lines ahead once.
struct BlockLookahead {
    /// No block starts from here up to this line (where the output ends).
    private var clearUntil = 0
    /// A block starts on this line.
    private var blockAt = 0

    mutating func blockFollows(_ ctx: inout ParseContext) -> Bool {
        let here = ctx.lexer.line.number
        if here < blockAt { return true }
        if here < clearUntil { return false }
        let found: Int? = ctx.peekAhead { ctx in
            while let line = ctx.next() {
                let kind = LineClassifier.classify(ctx.lexer)
                // A header, or a row that starts a block without one (as the parser's layouts may).
                if kind == .activationKey && LineClassifier.isBlockHeader(ctx.lexer)
                    || kind == .other && ActivationKeyParser.isCatalogRow(ctx.lexer) { return line.number }
                if kind == .prompt || kind.opensOutput(otherThan: .activationKey) { clearUntil = line.number; return nil }
            }
            clearUntil = Int.max
            return nil
        }
        if let found { blockAt = found }
        return found != nil
    }
}
