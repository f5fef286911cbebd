/// AsciiDoc's literal block: an output set between two lines of four dots or more (`....`),
/// the same number each. Its lines are the page's, not lines a paste left out (`Elision`): read
/// as no line, each closes the output before it, as a fence does. The two are told apart by
/// pairing: a line of dots opens a block where a page may start one (after a blank line, or at
/// the top) unless a blank line follows it (then it is lines left out between two blank ones),
/// and the same line closes the block open.
struct LiteralBlock {
    /// The line that opened the block.
    let openedAt: Int
    /// How many dots it had: the closing line has as many.
    let dots: Int
    /// The line that closed it, once read (a line read again is read the same).
    var closedAt: Int?

    /// The number of dots of a line that is dots alone (`....`); 0 for any other line.
    static func dots(_ lx: LineLexer) -> Int {
        guard lx.count == 1 else { return 0 }
        let t = lx.token(0)
        for i in t.start..<t.end where lx.bytes[i] != UInt8(ascii: ".") { return 0 }
        return t.length
    }
}

extension ParseContext {
    /// A line of four dots or more alone (`lexer`, `dots` of them): read as no line where it
    /// opens a literal block or closes the one open; else left as it is (`Elision`).
    @inline(never) mutating func readLiteralBlockDelimiter(_ line: inout Line, dots: Int) {
        let n = line.number
        // (Read again: as it was, also once another block opened.)
        if !closedMarkupLines.contains(n) {
            if var open = literalBlock, open.closedAt == nil {
                guard open.dots == dots, n > open.openedAt else { return }
                open.closedAt = n
                literalBlock = open
            } else if literalBlock.map({ n > ($0.closedAt ?? Int.max) }) ?? true, n == 1 || wasBlank(n - 1), !blankLineFollows() {
                literalBlock = LiteralBlock(openedAt: n, dots: dots, closedAt: nil)
            } else {
                return
            }
            closedMarkupLines.insert(n)
        }
        line.start = line.end
        lexer.lex(line)
    }

    /// Whether the next line is blank as written: a line of dots over it opens no block but is
    /// lines left out between two blank ones (`Elision`). (A blank line only its framing leaves,
    /// `>` of a mail's quote, is known once read: `noteBlankAfterLiteralBlock`.)
    private func blankLineFollows() -> Bool {
        guard let (next, _) = scanner.peekPhysicalLine() else { return false }
        return ByteText.skipSpace(bytes, next.start, next.end) == next.end
    }

    /// Line `n` is blank: a literal block opened right before it was none.
    @inline(never) mutating func noteBlankAfterLiteralBlock(_ n: Int) {
        if let open = literalBlock, open.closedAt == nil, open.openedAt == n - 1 { literalBlock = nil }
    }
}
