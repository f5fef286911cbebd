/// The line numbers a code viewer, an editor or a blog's listing puts before every line, copied
/// with the text (`1  fw1# show activation-key`, `2  Serial Number: …`, ` 9\t…`, `10\t…`). A
/// listing starts at a numbered line that stands apart (first, or after a blank line or a
/// page's markup) and that the next two lines' numbers count on from (one more, two more:
/// an output's own numbered lines, written back, may count on over two), and goes on at
/// every later line whose number counts on with the lines; the number and the one blank
/// after it are the viewer's, not the text's. Any other number first on a line is the
/// text's: no licence output numbers two lines in a row so.
enum NumberedListing {
    /// The number first on the line lexed and where the text after it (and one blank) starts;
    /// nil when the line does not start with a number of one to five digits and a blank (or
    /// the line's end: a blank line of the listing).
    static func number(_ lexer: LineLexer) -> (number: Int, textStart: Int)? {
        guard lexer.count > 0, let (n, end) = number(lexer.bytes, at: lexer.token(0).start, lexer.line.end) else { return nil }
        return (n, end < lexer.line.end ? end + 1 : end)
    }

    /// The number of one to five digits at `start` and where it ends, when a blank or the
    /// line's end (`lineEnd`) follows it: after its digits, or after the gutter's bar drawn
    /// after them (`12 | `, `bat`'s `12   │ `).
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ lineEnd: Int) -> (value: Int, end: Int)? {
        var i = start
        while i < lineEnd && i - start < 6 && ByteText.isDigit(bytes[i]) { i += 1 }
        guard i > start, i - start <= 5, i == lineEnd || ByteText.isSpace(bytes[i]), let n = ByteText.decimal(bytes, start, i) else { return nil }
        let bar = ByteText.skipSpace(bytes, i, lineEnd)
        let barEnd = bar < lineEnd && bytes[bar] == UInt8(ascii: "|") ? bar + 1 : ByteText.hasPrefix(bytes, bar, lineEnd, "\u{2502}") ? bar + 3 : bar
        guard barEnd > bar, barEnd == lineEnd || ByteText.isSpace(bytes[barEnd]) else { return (n, i) }
        return (n, barEnd)
    }

    /// Whether the `count` lines after the one that ends at `lineEnd` (before its line feed) hold
    /// the numbers `n`, `n + 1` … where the number `number` stands on that one (both offsets
    /// from its start, `lineStart`): starting where it starts (left-aligned) or ending where it
    /// ends (right-aligned), whatever the same framing before it (a quote's mark, a log's stamp
    /// of the same width).
    static func nextLines(_ bytes: UnsafeBufferPointer<UInt8>, after lineEnd: Int, lineStart: Int, number: Token, hold n: Int, count: Int = 1) -> Bool {
        var lineEnd = lineEnd
        for k in 0..<count {
            guard let feed = ByteText.firstIndex(of: 0x0A, in: bytes, lineEnd, bytes.count) else { return false }
            let next = feed + 1
            let end = ByteText.firstIndex(of: 0x0A, in: bytes, next, bytes.count) ?? bytes.count
            guard holds(n + k, bytes, from: next + number.start - lineStart, next, end) || holds(n + k, bytes, endingAt: next + number.end - lineStart, next, end) else { return false }
            lineEnd = end
        }
        return true
    }

    /// The digits that start at `start` (none before it) are `n`, a blank or the line's end after them.
    private static func holds(_ n: Int, _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ lineStart: Int, _ lineEnd: Int) -> Bool {
        guard start < lineEnd, start == lineStart || !ByteText.isDigit(bytes[start - 1]) else { return false }
        return number(bytes, at: start, lineEnd)?.value == n
    }

    /// The digits that end at `end` are `n`.
    private static func holds(_ n: Int, _ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int, _ lineStart: Int, _ lineEnd: Int) -> Bool {
        guard end <= lineEnd else { return false }
        var start = end
        while start > lineStart && end - start < 6 && ByteText.isDigit(bytes[start - 1]) { start -= 1 }
        return start < end && holds(n, bytes, from: start, lineStart, lineEnd)
    }

    /// A run of a listing's lines: its first line, the last read so far, and how their
    /// numbers stand to the lines' (`number - line`). A line a page or a mail broke in two, its
    /// second part unnumbered, starts a new run of the same listing. Kept by line, so that a
    /// line read again reads the same.
    struct Span: Equatable {
        let firstLine: Int
        var lastLine: Int
        let offset: Int
    }

    /// The most unnumbered lines between two of a listing's: a long line broken twice.
    static let maxUnnumberedLines = 3

    /// Whether the line before the one that starts at `lineStart` is prose: not license text,
    /// no prompt, no number first; `introducing`: and it ends with a colon ("And the participant:").
    static func prose(before lineStart: Int, in bytes: UnsafeBufferPointer<UInt8>, introducing: Bool = false) -> Bool {
        guard lineStart > 0 else { return false }
        var start = lineStart - 1
        while start > 0 && bytes[start - 1] != 0x0A { start -= 1 }
        var lexer = LineLexer(bytes)
        lexer.lex(Line(number: 0, start: start, end: lineStart - 1))
        return lexer.count > 0 && (!introducing || lexer.lastByte == UInt8(ascii: ":")) && number(lexer) == nil
            && LineClassifier.classify(lexer) == .other && !ActivationKeyParser.isCatalogRow(lexer)
    }

    /// Whether one of the `count` lines before the one that starts at `lineStart` is a prompt's
    /// (as written): a listing does not go on past it, as a capture read in chunks may be cut
    /// there (`CaptureStream.lastPromptLine`).
    static func promptAmong(_ count: Int, before lineStart: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var lexer = LineLexer(bytes)
        var end = lineStart - 1  // the line feed before the line
        for _ in 0..<count {
            guard end > 0 else { return false }
            var start = end
            while start > 0 && bytes[start - 1] != 0x0A { start -= 1 }
            lexer.lex(Line(number: 0, start: start, end: end))
            if lexer.count > 0 && Prompt.isPrompt(lexer) { return true }
            end = start - 1
        }
        return false
    }
}

extension ParseContext {
    /// Takes off the listing's number before the line (`NumberedListing`), lexed again. True
    /// when taken off.
    @inline(never) mutating func takeOffLineNumber(_ line: inout Line) -> Bool {
        guard let (n, textStart) = NumberedListing.number(lexer) else { return false }
        let last = listings.lastIndex { $0.firstLine <= line.number }
        if let last, case let span = listings[last], line.number <= span.lastLine + 1, n == line.number + span.offset {
            // Goes on (or is read again).
            listings[last].lastLine = max(span.lastLine, line.number)
        } else if let last, case let span = listings[last], case let unnumbered = line.number + span.offset - n,
                  (1...NumberedListing.maxUnnumberedLines).contains(unnumbered), line.number - unnumbered - 1 == span.lastLine,
                  !NumberedListing.promptAmong(unnumbered, before: lineStart, in: bytes) {
            // Goes on after the unnumbered rest of a line broken in two.
            listings.append(NumberedListing.Span(firstLine: line.number, lastLine: line.number, offset: n - line.number))
        } else {
            // A listing stands apart: first in the text, or after a blank line or the markup
            // that opens or closes a block, or it starts at 1 right under a paragraph of one
            // line of prose that does ("Here is the output:"), or under a line of prose right
            // under the listing before that introduces it ("And the participant:"). (So no
            // lines of canonical CLI start one: the lines not understood, kept, are written
            // together under their command, where two may count on.)
            // After line `k` a line stands apart. (Right after comments that held an output too,
            // as after markup that closed one: the framing marks that line as closing only once
            // the line after it is read, and a line read again must read the same.)
            func standsApart(after k: Int) -> Bool {
                k == 0 || wasBlank(k) || closedMarkupLines.contains(k) || (!uncommentedLines.isEmpty && uncommentedLines.contains(k))
            }
            let n1 = line.number - 1
            let apart = standsApart(after: n1)
            // Its first line holds text: a number alone is the text's (a key's malformed word,
            // as canonical CLI writes it back after a blank line).
            guard textStart < lexer.line.end,
                  apart || (n == 1 && n1 > 0 && (standsApart(after: n1 - 1) || (listings.last?.lastLine == n1 - 1
                      && NumberedListing.prose(before: lineStart, in: bytes, introducing: true)))),
                  NumberedListing.nextLines(bytes, after: lexer.line.end, lineStart: lineStart, number: lexer.token(0), hold: n + 1, count: 2),
                  apart || NumberedListing.prose(before: lineStart, in: bytes) else { return false }
            listings.append(NumberedListing.Span(firstLine: line.number, lastLine: line.number, offset: n - line.number))
        }
        line.start = textStart
        lexer.lex(line)
        return true
    }
}
