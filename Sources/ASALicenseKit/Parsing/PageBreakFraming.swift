/// Reading a PDF's page break (`PageBreak`) as no lines at all.
extension ParseContext {
    /// A line the framing found to be a break's head: no line; it opens a break, or goes on with
    /// the one being read (`pageBreak`). A line an output did not understand right before it (a
    /// page number, a section's head: `passesOverPageBreak`) is the break's first.
    @inline(never) mutating func readPageBreakHead(_ line: Line, firstRead: Bool) {
        readNoLine = true
        let chapter = lexer.isWord(0, "Chapter")
        if pageBreak != nil {
            pageBreak!.last = line.number
            pageBreak!.afterChapter = chapter
            return
        }
        let first = pageBreakLead > 0 && line.number - pageBreakLead <= 2 ? pageBreakLead : line.number
        pageBreak = PageBreak.Reading(first: first, last: line.number, afterChapter: chapter, reports: firstRead)
    }

    /// In a break (after its head, read as no line): whether the line read is one of its lines
    /// beside the head (a page number, a section's head after a chapter's), or a blank line or
    /// a section's head with another head or a page number after it (up to two lines ahead:
    /// a PDF's text sets its blocks apart with blank lines). Then they are no lines either;
    /// else the line is read again, as it was.
    mutating func continuesPageBreak(_ line: Line) -> Bool {
        guard let reading = pageBreak else { return false }
        if lexer.standsBesidePageBreakHead(afterChapter: reading.afterChapter) {
            pageBreak!.last = line.number
            pageBreak!.afterChapter = false
            return true
        }
        guard lexer.count == 0 || lexer.isSectionHead else { return false }
        let start = lineStart
        for _ in 0..<2 {
            guard let after = self.readLine() else { break }
            // A head (read as no line, the break going on to it) or a page number.
            if readNoLine { return true }
            if lexer.isPageNumber {
                pageBreak!.last = after.number
                return true
            }
            guard lexer.count == 0 || lexer.isSectionHead else { break }
        }
        // (Read again by `readLine`, not `next`: this runs inside `next`, which finishes the line.)
        scanner.rewind(to: Line(number: line.number, start: start, end: line.end))
        _ = self.readLine()
        return false
    }

    /// The break read ends (before the line read, or at the end of the text): noted once. It
    /// sets what follows apart as a blank line does (a reference's text after its example's
    /// last page is no line of the example: `TrailingRun`).
    mutating func endPageBreak() {
        guard let reading = pageBreak else { return }
        pageBreak = nil
        // (The line read after it may be blank itself, and read as such already.)
        noteBlankLine(reading.last)
        pageBreakLead = 0
        pageBreaksRead += 1
        guard reading.reports else { return }
        report(.note, .DOC010, "\(StrayText.lines(reading.first, reading.last)) a PDF's page break (the manual's title, the page number, the chapter's and section's heads), not the text's; passed over",
               at: SourceSpan(line: reading.first, column: 1, offset: 0))
    }

    /// At a line an output does not understand: whether it is a page number or a section's
    /// head with a break's head right after it (a blank line between), as a page's foot or
    /// an even page's head prints them. Then it is the break's first line, passed over with it;
    /// else the line is read again, as it was.
    mutating func passesOverPageBreak() -> Bool {
        guard lexer.standsBesidePageBreakHead(afterChapter: true) else { return false }
        let (current, start) = (lexer.line, lineStart)
        pageBreakLead = current.number
        let before = pageBreaksRead
        // The line after it, or after a blank line after it (read as a line, no break open yet).
        var after = next()
        if after != nil && lexer.count == 0 && pageBreaksRead == before { after = next() }
        if let after { unread(after) }
        if pageBreaksRead > before { return true }
        pageBreakLead = 0
        // (Read again by `next`, as the parser read it: it finishes the line as it did then.)
        scanner.rewind(to: Line(number: current.number, start: start, end: current.end))
        _ = next()
        return false
    }
}
