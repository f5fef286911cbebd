/// The lines a diff removes (`DiffInput`: its `-` or `< ` lines, each one byte in the
/// text it makes): no lines at all of that text, which is what is read. Each run of them is noted
/// once, where it starts, so that nothing the diff held goes unsaid. So is a line a side-by-side
/// diff cut at its column's width (`SideBySideLayout`), said with a warning: what it held is missing.
extension ParseContext {
    @inline(never) mutating func readRemovedLine(_ line: Line, firstRead: Bool) {
        guard bytes[lexer.token(0).start] == DiffInput.removedLine else { return readCutLine(line, firstRead: firstRead) }
        readNoLine = true
        standsForLineBefore(line.number)
        guard firstRead && !DiffInput.followsRemovedLine(bytes, lineStartingAt: lineStart) else { return }
        let last = line.number + DiffInput.removedLinesAfter(bytes, lineStartingAt: lineStart)
        let lines = last == line.number ? "line \(line.number) is a line" : "lines \(line.number)–\(last) are lines"
        report(.note, .DOC010, "\(lines) the diff removes (its old side): passed over; the text the diff makes is read",
               at: SourceSpan(line: line.number, column: 1, offset: baseOffset + lineStart))
    }

    @inline(never) private mutating func readCutLine(_ line: Line, firstRead: Bool) {
        readNoLine = true
        standsForLineBefore(line.number)
        guard firstRead else { return }
        report(.warning, .DOC003, "line \(line.number) is cut where the side-by-side diff's column ends; what the rest held is missing, so it is not read",
               at: SourceSpan(line: line.number, column: 1, offset: baseOffset + lineStart))
    }

    /// Line `n` is no line at all (removed by a diff, a vacant line): the line after it reads
    /// the line before it as the one before, blank, closing markup, a comment that holds
    /// output (as a backup tool's history has them) or a pager's prompt alone as it was.
    mutating func standsForLineBefore(_ n: Int) {
        if followsUncommentedLine(n) { uncommentedLines.insert(n) }
        if !barePagerLines.isEmpty && barePagerLines.contains(n - 1) { barePagerLines.insert(n) }
        if wasBlank(n - 1) { noteBlankLine(n) }
        if closedMarkupLines.contains(n - 1) { closedMarkupLines.insert(n) }
    }
}
