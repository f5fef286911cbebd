/// A line of free text cut by the width of a page or an e-mail client, its last words alone on
/// the next line (`No active entitlement: no feature tier and no throughput level` /
/// `configured`). The device never starts a line of these outputs with a small letter, so such
/// a line after an unfinished long one is its end.
enum WrappedLine {
    /// A line shorter than this was not cut by a width: its next word would have fitted
    /// (mail clients cut at 72 to 78 columns, Python's `textwrap` at 70).
    static let narrowestCut = 60

    /// The next line when it ends `lx` (read last): read, with a warning (DOC002) naming both
    /// lines. Nil when it does not, with the next line left unread and `lx` lexed again.
    /// `accepts` judges the next line beyond its shape (`what` names the text in the warning);
    /// a caller whose judgment is strict enough alone lowers `narrowest`, and may take a rest
    /// that starts with a capital (`restMayStartCapital`: a tier's word, `Encryption license.`).
    static func readEnd(_ ctx: inout ParseContext, after lx: LineLexer, what: String, narrowest: Int = narrowestCut,
                        restMayStartCapital: Bool = false, accepts: (LineLexer) -> Bool = { _ in true }) -> LineLexer? {
        guard lx.count > 0, !endsSentence(lx) else { return nil }
        // The width the cut fell in counts what framing took off the line (a log's stamp, grep's
        // file name, a mail's quote marks): it stood on the line that was cut.
        let lineStart = ctx.lineStart <= lx.line.start && !ctx.bytes[ctx.lineStart..<lx.line.start].contains(0x0A) ? ctx.lineStart : lx.line.start
        guard let (next, from) = ctx.nextWrapped(after: lx.line.number) else { return nil }
        let rest = ctx.lexer
        guard rest.count > 0, LineClassifier.classify(rest) == .other, rest.firstColon == nil,
              case let first = rest.bytes[rest.token(0).start], ByteText.isSmallLetter(first) || (restMayStartCapital && ByteText.isLetter(first)),
              lx.token(lx.count - 1).end - lineStart + 1 + (rest.token(0).end - rest.token(0).start) > narrowest,
              accepts(rest), !joinsLostLineBreaks(lx, rest) else {
            ctx.unread(from)
            ctx.lexer = lx
            return nil
        }
        ctx.report(.warning, .DOC002, "\(what) wrapped: line \(lx.line.number) continues on line \(next.number); joined", at: lx.lineSpan)
        return rest
    }

    /// `lx`'s text from its first word, with the end read by `readEnd` when there is one.
    static func readWhole(_ ctx: inout ParseContext, _ lx: LineLexer, from word: Int, what: String) -> String {
        let text = lx.rest(from: word)
        guard let end = readEnd(&ctx, after: lx, what: what) else { return text }
        return text + " " + end.rest(from: 0)
    }

    /// Whether the two lines, joined as canonical CLI writes them back, would be a line that lost
    /// its line breaks (`FlattenedLines`): read again, it would be read as other lines, so they
    /// are not joined.
    private static func joinsLostLineBreaks(_ lx: LineLexer, _ rest: LineLexer) -> Bool {
        let first = lx.token(0).start, last = rest.token(rest.count - 1).end
        guard lx.line.end - first + 1 + last - rest.token(0).start >= FlattenedLines.minimumLength else { return false }
        let joined = Array(lx.bytes[first..<lx.token(lx.count - 1).end]) + [0x20] + Array(rest.bytes[rest.token(0).start..<last])
        return joined.withUnsafeBufferPointer { FlattenedLines.cuts($0.baseAddress!, 0, $0.count) } != nil
    }

    /// A sentence or a label is finished: the line ends with `.` or `:`.
    private static func endsSentence(_ lx: LineLexer) -> Bool {
        let last = lx.lastByte
        return last == UInt8(ascii: ".") || last == UInt8(ascii: ":") || lx.isColon(lx.count - 1)
    }
}
