/// A context diff's hunk (`diff -c`, `diff -C 3`, as an older backup tool mails it): after
/// `***************`, the old side's range `*** a,b ****` and its lines (`  ` alike, `! `
/// changed, `- ` removed), then the new side's `--- c,d ----` and its lines (`  `, `! `, `+ `
/// added). A side with nothing of its own to show is left out: a hunk that only adds shows the
/// new side alone, one that only removes the old side alone. The text the diff makes is the new
/// side's lines without their marks; where the new side is left out, the old side's lines alike.
/// Each side's lines are looked at before the first is rewritten (`readContextHeader`): the
/// whole hunk is in the bytes read, or given again with more.
extension DiffInput {
    /// What a line that may be a context hunk's old header is.
    enum ContextHeader {
        /// No such header.
        case none
        /// The bytes end before the hunk could be told: given again with more.
        case needsMore
        /// A hunk, read from here on; whether it follows on from the one before.
        case hunk(followsOn: Bool)
    }

    /// The range of a context hunk's side's header from `i` to `end` (its text): `*** a,b ****`
    /// (`mark` `*`) or `--- a,b ----` (`-`), or with one number (`*** 13 ****`): its first line
    /// and how many lines it spans (none for `0`); nil for any other line.
    static func contextRange(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, mark: UInt8) -> (start: Int, count: Int)? {
        guard end - i >= 10, p[i] == mark, p[i + 1] == mark, p[i + 2] == mark, p[i + 3] == 0x20 else { return nil }
        var j = i + 4
        var first = 0, digits = 0
        while j < end, ByteText.isDigit(p[j]), digits < 10 {
            first = first * 10 + Int(p[j] - UInt8(ascii: "0"))
            j += 1
            digits += 1
        }
        guard digits > 0 else { return nil }
        var count = first == 0 ? 0 : 1
        if j < end && p[j] == UInt8(ascii: ",") {
            j += 1
            var last = 0
            digits = 0
            while j < end, ByteText.isDigit(p[j]), digits < 10 {
                last = last * 10 + Int(p[j] - UInt8(ascii: "0"))
                j += 1
                digits += 1
            }
            guard digits > 0, last >= first else { return nil }
            count = last - first + 1
        }
        guard end - j == 5, p[j] == 0x20, p[j + 1] == mark, p[j + 2] == mark, p[j + 3] == mark, p[j + 4] == mark else { return nil }
        return (first, count)
    }

    /// Whether the line at `i` is GNU diff's `***************` between hunks.
    static func isContextSeparator(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        end - i == 15 && (i..<end).allSatisfy { p[$0] == UInt8(ascii: "*") }
    }

    /// Whether the line at `i` is a context hunk's line with one of `marks` (and the blank after
    /// it, or the line's end), or a blank line (a line alike whose marks an editor took off as
    /// trailing space).
    static func isContextLine(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, marks: StaticString) -> Bool {
        if p[i] == 0x0A || p[i] == 0x0D { return true }
        guard i + 1 < p.count, p[i + 1] == 0x20 || p[i + 1] == 0x0A || p[i + 1] == 0x0D else { return false }
        for k in 0..<marks.utf8CodeUnitCount where marks.utf8Start[k] == p[i] { return true }
        return false
    }

    /// Reads the old header at `start` (text to `end`) and looks over its hunk: how many lines
    /// each side shows, and whether the old side's are the text (the new side left out).
    mutating func readContextHeader(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, atEnd: Bool) -> ContextHeader {
        guard let old = Self.contextRange(p, start, end, mark: UInt8(ascii: "*")) else { return .none }
        // Bytes to look at: the hunk's lines, up to a limit (a longer hunk is read as text); at
        // the input's end, a hunk cut short is none.
        let needsMore: ContextHeader = atEnd || p.count - start > Self.longestWordLine ? .none : .needsMore
        var line = Self.lineEnd(p, start) + 1
        func next() { line = Self.lineEnd(p, line) + 1 }
        // (Each line looked at whole: one the bytes cut is judged with the bytes after it.)
        func whole() -> Bool { line < p.count && (Self.lineEnd(p, line) < p.count || atEnd) }
        func newHeader() -> (start: Int, count: Int)? {
            Self.contextRange(p, line, Self.textEnd(p, line, Self.lineEnd(p, line)), mark: UInt8(ascii: "-"))
        }
        guard whole() else { return needsMore }
        var oldShown = 0
        if newHeader() == nil {
            for _ in 0..<old.count {
                guard whole() else { return needsMore }
                guard Self.isContextLine(p, line, marks: " !-") else { return .none }
                next()
            }
            oldShown = old.count
        }
        guard whole() else { return needsMore }
        guard let new = newHeader() else { return .none }
        next()
        // The new side shows its lines when the old side shows none, or when the next line is
        // one of them (with its mark: a blank line after a hunk that only removes is no line of it).
        if !whole() && !atEnd { return needsMore }
        let marked = whole() && p[line] != 0x0A && p[line] != 0x0D && Self.isContextLine(p, line, marks: " !+")
        let newShown = new.count > 0 && (oldShown == 0 || marked) ? new.count : 0
        guard oldShown + newShown > 0 else { return .none }
        // (Every line of the hunk in the bytes read: each is read whole.)
        for _ in 0..<newShown {
            guard whole() else { return needsMore }
            next()
        }
        // (The new side's header counts as its first line.)
        (oldLeft, newLeft) = (oldShown, newShown + 1)
        (contextHunk, normal) = (true, false)
        separatorLeft = true
        keepsOldContext = newShown == 0
        afterHunk = false
        let followsOn = new.start == nextNewStart || (new.count == 0 && new.start + 1 == nextNewStart)
        nextNewStart = new.start + new.count
        return .hunk(followsOn: followsOn)
    }

    /// A context hunk's next line: the old side's (removed, or the text where the new side is
    /// left out: its lines alike), the new side's header (no line), the new side's.
    mutating func readContextHunkLine(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> LineRewrite? {
        let blank = p[i] == 0x0A || p[i] == 0x0D
        if oldLeft > 0 {
            guard Self.isContextLine(p, i, marks: " !-") else { return nil }
            oldLeft -= 1
            guard keepsOldContext && (blank || p[i] == 0x20) else { return .replace(Self.removedLine) }
            return blank ? .keep : Self.dropContextMark(p, i)
        }
        if separatorLeft {
            guard Self.contextRange(p, i, Self.textEnd(p, i, Self.lineEnd(p, i)), mark: UInt8(ascii: "-")) != nil else { return nil }
            separatorLeft = false
            newLeft -= 1
            return .replace(QuotedPrintableInput.vacantLine)
        }
        guard Self.isContextLine(p, i, marks: " !+") else { return nil }
        newLeft -= 1
        return blank ? .keep : Self.dropContextMark(p, i)
    }

    /// A line's two-byte mark taken off: the mark and its blank, or the mark alone where the
    /// line ends after it (a blank line's, whose blank an editor took off).
    private static func dropContextMark(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> LineRewrite {
        .dropMark(p[i + 1] == 0x20 ? 2 : 1)
    }
}
