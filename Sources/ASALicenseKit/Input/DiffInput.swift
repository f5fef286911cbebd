#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A capture that is a diff, as a support engineer pastes the change between two units' or two
/// days' outputs: unified (`diff -u`, `git diff`, `git log -p`, a backup tool's mail of what
/// changed: RANCID's, Oxidized's history), a word diff (`git diff --word-diff`: unified hunks
/// whose lines have no mark, `WordDiffLine`) or normal (`diff fw1.txt fw2.txt` with no options:
/// `3,4c3,4`, the old lines marked `< `, `---`, the new `> `), a context diff (`diff -c`:
/// `ContextDiffHunk`) or side by side (`diff -y`, `sdiff`: `SideBySideLayout`, each line the new
/// file's side of it). Read as the text the diff makes:
/// each hunk's context and added lines without their mark (` `, `+`, `> `; a word diff's without
/// its removed text and marks), as the file has them;
/// each line it removes (`-`, `< `) is one byte (`removedLine`), no line at all to the parsers,
/// which note each run of them; a normal hunk's `---` between its sides is a vacant line. A
/// hunk that follows on from the one before (or starts the file) joins it: its header is a
/// vacant line. One that does not leaves lines out, and its header stays, an elision
/// (`Elision`; a normal diff shows no context, so each of its hunks but one that starts the file
/// is one). The first line after a hunk that is not the diff's text (the next file's header, a
/// commit's) ends it (`textEnds`). What is outside the hunks is read as written. Every line
/// keeps its number; columns and byte offsets count the text made (a hunk's line one or two
/// columns left of the diff's). A coloured diff's colours before a line's mark go with the mark.
/// Told by its hunks' headers and counts, not by any line alone (`detect`).
struct DiffInput: ChunkDecoder {
    /// The one byte of a line the diff removes.
    static let removedLine: UInt8 = 0x18
    /// The one byte of the first line after a hunk that is not the diff's text (the next
    /// file's header): the text the diff made ends before it.
    static let textEnds: UInt8 = 0x1C
    /// The one byte of a side-by-side diff's line that the diff cut at its column's width:
    /// what the rest held is missing.
    static let cutLine: UInt8 = 0x1D

    /// Lines of the hunk being read still to come, on either side.
    var oldLeft = 0
    var newLeft = 0
    /// The hunk being read is a normal diff's (`< `, `---`, `> `), not a unified one's.
    var normal = false
    /// The diff is a word diff: its unified hunks' lines have no mark (`WordDiffLine`).
    private let words: Bool
    /// The diff's lines stand side by side: each is read alone, by its columns.
    private let sideBySide: SideBySideLayout?
    /// A word diff's line with marks was read (`detect` asks: a hunk of plain lines is none).
    private var sawMarks = false
    /// A normal hunk that changes lines (`c`) still to show the `---` between its sides (a
    /// context hunk its new side's header).
    var separatorLeft = false
    /// The hunk being read is a context diff's (`ContextDiffHunk`).
    var contextHunk = false
    /// Its old side's lines alike are the text: its new side is left out.
    var keepsOldContext = false
    /// Where a hunk that follows on from the one before starts in the new file.
    var nextNewStart = 1
    /// A hunk ended, and no line but blank ones (and its `\ No newline at end of file`) since.
    var afterHunk = false
    /// The line going on at the start of the next bytes, and whether its rest is kept.
    private var midLine = false
    private var keepsRest = true

    /// What kind of diff the text is (`kind(of:)`).
    enum Kind: Equatable { case lines, words, sideBySide(SideBySideLayout) }

    init(_ kind: Kind = .lines) {
        words = kind == .words
        if case .sideBySide(let layout) = kind { sideBySide = layout } else { sideBySide = nil }
    }

    /// A word diff's line longer than this is read in parts, its marks left in it (no line of
    /// a licence output or configuration is so long).
    static let longestWordLine = 64 * 1024

    /// A hunk's header: `@@ -oldStart[,oldCount] +newStart[,newCount] @@`, then anything (git's
    /// section heading). Nil for any other line.
    static func hunkHeader(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (old: Int, new: Int, newStart: Int)? {
        var i = start
        func take(_ text: StaticString) -> Bool {
            let n = text.utf8CodeUnitCount
            guard end - i >= n else { return false }
            for k in 0..<n where p[i + k] != text.utf8Start[k] { return false }
            i += n
            return true
        }
        func range() -> (start: Int, count: Int)? {
            guard let s = number(p, &i, end) else { return nil }
            guard take(",") else { return (s, 1) }
            guard let c = number(p, &i, end) else { return nil }
            return (s, c)
        }
        guard take("@@ -"), let old = range(), take(" +"), let new = range(), take(" @@") else { return nil }
        guard i == end || ByteText.isSpace(p[i]) || p[i] == 0x1B else { return nil }
        return (old.count, new.count, new.start)
    }

    /// The number of up to ten digits at `i`, `i` moved past them; nil when no digit is there.
    private static func number(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ end: Int) -> Int? {
        var v = 0, digits = 0
        while i < end, ByteText.isDigit(p[i]), digits < 10 {
            v = v * 10 + Int(p[i] - UInt8(ascii: "0"))
            i += 1
            digits += 1
        }
        return digits > 0 ? v : nil
    }

    /// A normal diff's command, alone on its line: `first[,last]` of the old file, `a` (add),
    /// `c` (change) or `d` (delete), `first[,last]` of the new (`3,4c3,5`, `8a9`, `12d11`). For
    /// `d` the new number is the line before the place it empties, as a unified header's is.
    static func normalCommand(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (old: Int, new: Int, newStart: Int)? {
        var i = start
        func range() -> (first: Int, count: Int)? {
            guard let first = number(p, &i, end) else { return nil }
            guard i < end && p[i] == UInt8(ascii: ",") else { return (first, 1) }
            i += 1
            guard let last = number(p, &i, end), last >= first else { return nil }
            return (first, last - first + 1)
        }
        guard let old = range(), i < end else { return nil }
        let action = p[i]
        i += 1
        guard let new = range(), i == end else { return nil }
        switch action {
        case UInt8(ascii: "a"): return (0, new.count, new.first)
        case UInt8(ascii: "d"): return (old.count, 0, new.first)
        case UInt8(ascii: "c"): return (old.count, new.count, new.first)
        default: return nil
        }
    }

    /// Whether the first bytes hold a hunk whose lines bear its header out: after a header, as
    /// many context and removed lines as it counts on the old side, context and added lines on
    /// the new (up to the end of the bytes, for a hunk they cut). (Only lines that start with `@`
    /// or a digit, after a coloured diff's colours, are looked at: this runs on every input.)
    static func detect(_ head: UnsafeBufferPointer<UInt8>) -> Bool {
        kind(of: head) != nil
    }

    /// The kind of diff the first bytes hold (`detect`): a word diff when a unified hunk's
    /// lines bear its header out only as a word diff's, one of them with marks; nil when none.
    static func kind(of head: UnsafeBufferPointer<UInt8>) -> Kind? {
        var at = 0
        while at < head.count {
            let end = lineEnd(head, at)
            defer { at = end + 1 }
            let mark = head[at] == 0x1B ? markStart(head, at, end) : at
            guard end < head.count, mark < end, head[mark] == UInt8(ascii: "@") || ByteText.isDigit(head[mark]) || head[mark] == UInt8(ascii: "*") else { continue }
            // The hunk's lines read as the decoder reads them, until the counts run out.
            for kind in [Kind.lines, .words] {
                var probe = DiffInput(kind)
                let header: Bool
                if head[mark] == UInt8(ascii: "*") {
                    // (The first bytes' end taken for the input's: a hunk they cut is still a hunk.)
                    guard kind == .lines, case .hunk = probe.readContextHeader(head, mark, textEnd(head, mark, end), atEnd: true) else { break }
                    header = true
                } else {
                    header = probe.readHeader(head, mark, textEnd(head, mark, end)) != nil
                }
                guard header, probe.oldLeft + probe.newLeft > 0 else { break }
                var line = end + 1
                var lines = 0
                while probe.oldLeft > 0 || probe.newLeft > 0 {
                    let next = lineEnd(head, line)
                    if next >= head.count { break }  // a line the bytes cut (or none)
                    guard probe.readHunkLine(head, head[line] == 0x1B ? markStart(head, line, next) : line) != nil else { lines = 0; break }
                    lines += 1
                    line = next + 1
                }
                if lines > 0 && (kind == .lines || probe.sawMarks) { return kind }
            }
        }
        return SideBySideLayout.detect(head).map(Kind.sideBySide)
    }

    /// How many lines after the line at `start` the run of lines the diff removes goes on for
    /// (`removedLine`; vacant lines among them, a mail's soft breaks, go with it).
    static func removedLinesAfter(_ b: UnsafeBufferPointer<UInt8>, lineStartingAt start: Int) -> Int {
        var n = 0, last = 0
        var next = lineEnd(b, start) + 1
        while next + 1 < b.count && b[next + 1] == 0x0A && (b[next] == removedLine || b[next] == QuotedPrintableInput.vacantLine) {
            n += 1
            if b[next] == removedLine { last = n }
            next += 2
        }
        return last
    }

    /// Whether the line before the one at `start` (past vacant lines) is one the diff removes:
    /// then the line at `start` goes on that run.
    static func followsRemovedLine(_ b: UnsafeBufferPointer<UInt8>, lineStartingAt start: Int) -> Bool {
        var s = start - 2
        while s >= 0 && (s == 0 || b[s - 1] == 0x0A) {
            if b[s] == removedLine { return true }
            guard b[s] == QuotedPrintableInput.vacantLine else { return false }
            s -= 2
        }
        return false
    }

    /// Where the line at `i` (ending at `end`) starts after the colours a coloured diff puts
    /// before its mark (`ESC[31m-…`, `ESC[36m@@ … @@`: `git diff --color`, `diff --color=always`).
    private static func markStart(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        guard let base = p.baseAddress else { return i }
        var j = i
        while j < end && p[j] == 0x1B { j = LineLexer.skipEscape(base, from: j, end: end) }
        return j
    }

    /// Where the text of the line from `i` to `end` ends, before the blanks and colours after it.
    static func textEnd(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        guard let base = p.baseAddress else { return i }
        return LineLexer.escapeRunStart(base, i, ByteText.trimEnd(p, i, end))
    }

    static func lineEnd(_ b: UnsafeBufferPointer<UInt8>, _ from: Int) -> Int {
        guard from < b.count, let base = b.baseAddress,
              let hit = memchr(base + from, 0x0A, b.count - from) else { return b.count }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// The text `bytes` make, rewritten whole, when they are a diff (`detect`); else nil.
    static func textMade(by bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let kind = kind(of: UnsafeBufferPointer(rebasing: bytes.prefix(16 * 1024))) else { return nil }
        var out = Array(bytes)
        var decoder = DiffInput(kind)
        let written = out.withUnsafeMutableBufferPointer { decoder.rewrite($0, atEnd: true).written }
        out.removeLast(out.count - written)
        return out
    }

    /// Room for a whole hunk's header after a line's start kept back.
    static let room = 256

    mutating func decode(_ chunk: inout [UInt8], atEnd: Bool) -> (used: Int, made: [UInt8]) {
        let (done, written) = chunk.withUnsafeMutableBufferPointer { rewrite($0, atEnd: atEnd) }
        return (done, Array(chunk[..<written]))
    }

    /// What becomes of a line in the text made.
    enum LineRewrite {
        /// Kept as written.
        case keep
        /// Kept without its first bytes, a hunk's mark (` `, `+`; `> `).
        case dropMark(Int)
        /// One byte stands for it.
        case replace(UInt8)
        /// Written without a word diff's removed text and marks (`WordDiffLine`).
        case removeWordMarks
        /// Written as its bytes from `start` to `end` alone (a side-by-side diff's new side).
        case part(start: Int, end: Int)
    }

    /// Rewrites the lines of `b` in place, from the state the bytes before left: the text made
    /// is `b[..<written]` (never longer than what it is made of). `read`: the bytes done; those
    /// after are the start of a line that may be a hunk's header, to be given again with what
    /// follows (never at the input's end).
    mutating func rewrite(_ b: UnsafeMutableBufferPointer<UInt8>, atEnd: Bool) -> (read: Int, written: Int) {
        let p = UnsafeBufferPointer(b)
        guard let base = b.baseAddress else { return (0, 0) }
        var i = 0, w = 0
        while i < b.count {
            if !midLine {
                // The mark after a coloured diff's colours (`git diff --color`): colours a read
                // cut are given again whole.
                var m = i
                if b[i] == 0x1B {
                    let end = Self.lineEnd(p, i)
                    m = Self.markStart(p, i, end)
                    if m >= end && end == b.count && !atEnd && end - i < 128 { return (i, w) }
                    if m >= b.count { m = i }
                }
                // (A normal hunk's `>` is told from `> ` with the byte after it; a word diff's
                // line from its marks, read whole.)
                if normal && m + 1 == b.count && !atEnd && (oldLeft > 0 || newLeft > 0) { return (i, w) }
                if (words && (oldLeft > 0 || newLeft > 0) || sideBySide != nil) && !atEnd, case let end = Self.lineEnd(p, m),
                   end == b.count && end - i < Self.longestWordLine { return (i, w) }
                guard let rewrite = sideBySide.map({ Self.read(p, i, layout: $0) }) ?? readHunkLine(p, m) ?? readOutsideHunk(p, at: m, atEnd: atEnd) else { return (i, w) }
                midLine = true
                keepsRest = true
                switch rewrite {
                case .keep: break
                case .dropMark(let n): i = m + n
                case .replace(let byte):
                    b[w] = byte
                    w += 1
                    keepsRest = false
                case .removeWordMarks:
                    let end = Self.lineEnd(p, m)
                    if end < b.count || atEnd {
                        w = WordDiffLine.write(b, m, end, at: w)
                        keepsRest = false
                    }
                case .part(let start, let end):
                    // (Never ahead of what is read: the part lies in the line.)
                    if w != start && end > start { memmove(base + w, base + start, end - start) }
                    w += end - start
                    keepsRest = false
                }
            }
            let end = Self.lineEnd(p, i)
            if keepsRest && end > i {
                // (Moved down by the marks and lines taken out before.)
                if w != i { memmove(base + w, base + i, end - i) }
                w += end - i
            }
            guard end < b.count else { break }  // the line goes on in the next bytes
            b[w] = 0x0A
            w += 1
            midLine = false
            i = end + 1
        }
        return (b.count, w)
    }

    /// A side-by-side diff's line from `i` (whole, or the bytes' last), by its columns.
    private static func read(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, layout: SideBySideLayout) -> LineRewrite {
        switch layout.read(p, i, lineEnd(p, i)) {
        case .asWritten: return .keep
        case .removed: return .replace(removedLine)
        case .cut: return .replace(cutLine)
        case .text(let start, let end): return .part(start: start, end: end)
        }
    }

    /// A line outside every hunk, by its first byte: a hunk's header (`hunkHeader`), a file's
    /// name, a hunk's `\ No newline at end of file`; the first line not blank after a hunk that
    /// starts no other (the next file's header, a commit's, a mail's signature) ends the text
    /// the diff made. Nil when the bytes end inside what may be a header.
    private mutating func readOutsideHunk(_ p: UnsafeBufferPointer<UInt8>, at i: Int, atEnd: Bool) -> LineRewrite? {
        let end = Self.lineEnd(p, i)
        // (A header, or a file's name, is told whole: a line the bytes cut is given again.)
        if (p[i] == UInt8(ascii: "@") || p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "d") || p[i] == UInt8(ascii: "*") || ByteText.isDigit(p[i]))
            && end == p.count && !atEnd && end - i < 128 { return nil }
        switch p[i] {
        case UInt8(ascii: "*"):
            // A context diff's `***************` between hunks, a hunk's old header, or the old
            // file's name (`*** fw1.txt	2024-…`): its first hunk starts it.
            let text = Self.textEnd(p, i, end)
            if Self.isContextSeparator(p, i, text) {
                afterHunk = false
                return .replace(QuotedPrintableInput.vacantLine)
            }
            switch readContextHeader(p, i, text, atEnd: atEnd) {
            case .hunk(let followsOn): return followsOn ? .replace(QuotedPrintableInput.vacantLine) : .keep
            case .needsMore: return nil
            case .none: if i + 3 < p.count && p[i + 1] == UInt8(ascii: "*") && p[i + 2] == UInt8(ascii: "*") && p[i + 3] == 0x20 { nextNewStart = 1 }
            }
        case UInt8(ascii: "@"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            if let followsOn = readHeader(p, i, Self.textEnd(p, i, end)) {
                return followsOn ? .replace(QuotedPrintableInput.vacantLine) : .keep
            }
        case UInt8(ascii: "\\") where afterHunk:  // `\ No newline at end of file`
            return .replace(QuotedPrintableInput.vacantLine)
        case 0x0A, 0x0D, QuotedPrintableInput.vacantLine:
            return .keep
        case UInt8(ascii: "+"):
            // A file's name (`+++ b/fw1.txt`): its first hunk starts it.
            if i + 3 < p.count && p[i + 1] == UInt8(ascii: "+") && p[i + 2] == UInt8(ascii: "+") && p[i + 3] == 0x20 { nextNewStart = 1 }
        case UInt8(ascii: "d"):
            // The command that compared two files (`diff -r a/fw1.txt b/fw1.txt`, `diff --git …`).
            if i + 4 < p.count && p[i + 1] == UInt8(ascii: "i") && p[i + 2] == UInt8(ascii: "f") && p[i + 3] == UInt8(ascii: "f") && p[i + 4] == 0x20 { nextNewStart = 1 }
        default:
            break
        }
        defer { afterHunk = false }
        return afterHunk ? .replace(Self.textEnds) : .keep
    }

    /// Reads the hunk's header at `start` (`hunkHeader`, `normalCommand`), its counts the hunk's
    /// to come: whether the hunk follows on from the one before; nil when the line is none.
    private mutating func readHeader(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool? {
        let isNormal = p[start] != UInt8(ascii: "@")
        if isNormal && words { return nil }  // (a word diff's hunks are unified)
        guard let h = isNormal ? Self.normalCommand(p, start, end) : Self.hunkHeader(p, start, end) else { return nil }
        (oldLeft, newLeft) = (h.old, h.new)
        (normal, contextHunk) = (isNormal, false)
        separatorLeft = isNormal && h.old > 0 && h.new > 0
        afterHunk = false
        // (A hunk of no new lines starts the line before the place it empties.)
        let followsOn = h.newStart == nextNewStart || (h.new == 0 && h.newStart + 1 == nextNewStart)
        nextNewStart = h.newStart + h.new + (h.new == 0 ? 1 : 0)
        return followsOn
    }

    /// Reads the line at `i` as the hunk's next line, when a hunk is being read and the line is
    /// one it still counts (the counts taken down); nil when it is no line of one.
    private mutating func readHunkLine(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> LineRewrite? {
        guard oldLeft > 0 || newLeft > 0 else { return nil }
        switch p[i] {
        case UInt8(ascii: "\\"):  // `\ No newline at end of file`
            return .replace(QuotedPrintableInput.vacantLine)
        case QuotedPrintableInput.vacantLine:
            // A line a mail's soft break joined to the one before (`QuotedPrintableInput`): none.
            return .keep
        default:
            break
        }
        guard let rewrite = contextHunk ? readContextHunkLine(p, i) : normal ? readNormalHunkLine(p, i) : words ? readWordHunkLine(p, i) : readUnifiedHunkLine(p, i) else {
            // Not a line the hunk counts (its header's count was wrong): text again.
            (oldLeft, newLeft) = (0, 0)
            return nil
        }
        afterHunk = oldLeft == 0 && newLeft == 0
        return rewrite
    }

    /// A unified hunk's line: context (` `), added (`+`), removed (`-`).
    private mutating func readUnifiedHunkLine(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> LineRewrite? {
        switch p[i] {
        case UInt8(ascii: " "), 0x0A, 0x0D:
            // (A blank context line whose mark an editor took off as trailing space: kept.)
            guard oldLeft > 0 && newLeft > 0 else { return nil }
            oldLeft -= 1
            newLeft -= 1
            return p[i] == 0x20 ? .dropMark(1) : .keep
        case UInt8(ascii: "+") where newLeft > 0:
            newLeft -= 1
            return .dropMark(1)
        case UInt8(ascii: "-") where oldLeft > 0:
            oldLeft -= 1
            return .replace(Self.removedLine)
        default:
            return nil
        }
    }

    /// A word diff's line (`WordDiffLine`): on both sides, or removed (one byte), or added; a
    /// blank line on each side that has lines left.
    private mutating func readWordHunkLine(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> LineRewrite? {
        var (old, new, marked) = WordDiffLine.sides(p, i, Self.lineEnd(p, i))
        if !old && !new { (old, new) = (oldLeft > 0, newLeft > 0) }
        guard old || new, !old || oldLeft > 0, !new || newLeft > 0 else { return nil }
        if old { oldLeft -= 1 }
        if new { newLeft -= 1 }
        sawMarks = sawMarks || marked
        return !new ? .replace(Self.removedLine) : marked ? .removeWordMarks : .keep
    }

    /// A normal hunk's line: the old side's `< ` lines, the `---` between the sides, the new
    /// side's `> ` lines (`>` alone for a blank line, as `--suppress-blank-empty` writes it).
    private mutating func readNormalHunkLine(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> LineRewrite? {
        switch p[i] {
        case UInt8(ascii: "<") where oldLeft > 0:
            oldLeft -= 1
            return .replace(Self.removedLine)
        case UInt8(ascii: "-") where oldLeft == 0 && separatorLeft:
            separatorLeft = false
            return .replace(QuotedPrintableInput.vacantLine)
        case UInt8(ascii: ">") where newLeft > 0 && !separatorLeft:
            newLeft -= 1
            return .dropMark(i + 1 < p.count && p[i + 1] == 0x20 ? 2 : 1)
        default:
            return nil
        }
    }
}
