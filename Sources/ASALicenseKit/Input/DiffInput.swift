#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A capture that is a unified diff (`diff -u`, `git diff`, `git log -p`, a backup tool's mail of
/// what changed: RANCID's, Oxidized's history), as a support engineer pastes the change between
/// two units' or two days' outputs. Read as the text the diff makes: each hunk's context and
/// added lines without their mark (` `, `+`), as the file has them; each line it removes (`-`)
/// is one byte (`removedLine`), no line at all to the parsers, which note each run of them. A
/// hunk that follows on from the one before (or starts the file) joins it: its header is a
/// vacant line. One that does not leaves lines out, and its header stays, an elision
/// (`Elision`). The first line after a hunk that is not the diff's text (the next file's
/// header, a commit's) ends it (`textEnds`). What is outside the hunks is read as written.
/// Every line keeps its number; columns and byte offsets count the text made (a hunk's line one
/// column left of the diff's). Told by its hunks' headers and counts, not by any line alone
/// (`detect`).
struct UnifiedDiffInput: ChunkDecoder {
    /// The one byte of a line the diff removes.
    static let removedLine: UInt8 = 0x18
    /// The one byte of the first line after a hunk that is not the diff's text (the next
    /// file's header): the text the diff made ends before it.
    static let textEnds: UInt8 = 0x1C

    /// Lines of the hunk being read still to come, on either side.
    private var oldLeft = 0
    private var newLeft = 0
    /// Where a hunk that follows on from the one before starts in the new file.
    private var nextNewStart = 1
    /// A hunk ended, and no line but blank ones (and its `\ No newline at end of file`) since.
    private var afterHunk = false
    /// The line going on at the start of the next bytes, and whether its rest is kept.
    private var midLine = false
    private var keepsRest = true

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
        func number() -> Int? {
            var v = 0, digits = 0
            while i < end, ByteText.isDigit(p[i]), digits < 10 {
                v = v * 10 + Int(p[i] - UInt8(ascii: "0"))
                i += 1
                digits += 1
            }
            return digits > 0 ? v : nil
        }
        func range() -> (start: Int, count: Int)? {
            guard let s = number() else { return nil }
            guard take(",") else { return (s, 1) }
            guard let c = number() else { return nil }
            return (s, c)
        }
        guard take("@@ -"), let old = range(), take(" +"), let new = range(), take(" @@") else { return nil }
        guard i == end || ByteText.isSpace(p[i]) else { return nil }
        return (old.count, new.count, new.start)
    }

    /// Whether the first bytes hold a hunk whose lines bear its header out: after a header, as
    /// many context and removed lines as it counts on the old side, context and added lines on
    /// the new (up to the end of the bytes, for a hunk they cut). (Found by `memchr`: this runs
    /// on every input, and most have no `@` at all.)
    static func detect(_ head: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = head.baseAddress else { return false }
        var i = 0
        while i < head.count, let hit = memchr(base + i, Int32(UInt8(ascii: "@")), head.count - i) {
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            i = at + 1
            guard at == 0 || head[at - 1] == 0x0A else { continue }
            let end = lineEnd(head, at)
            guard end < head.count, let h = hunkHeader(head, at, ByteText.trimEnd(head, at, end)), h.old + h.new > 0 else { continue }
            // The hunk's lines read as the decoder reads them, until the counts run out.
            var probe = UnifiedDiffInput()
            (probe.oldLeft, probe.newLeft) = (h.old, h.new)
            var line = end + 1
            var lines = 0
            while probe.oldLeft > 0 || probe.newLeft > 0 {
                let next = lineEnd(head, line)
                if next >= head.count { break }  // a line the bytes cut (or none)
                guard probe.readHunkLine(head[line]) != nil else { lines = 0; break }
                lines += 1
                line = next + 1
            }
            if lines > 0 { return true }
        }
        return false
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

    private static func lineEnd(_ b: UnsafeBufferPointer<UInt8>, _ from: Int) -> Int {
        guard from < b.count, let base = b.baseAddress,
              let hit = memchr(base + from, 0x0A, b.count - from) else { return b.count }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// The text `bytes` make, rewritten whole, when they are a diff (`detect`); else nil.
    static func textMade(by bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard detect(UnsafeBufferPointer(rebasing: bytes.prefix(16 * 1024))) else { return nil }
        var out = Array(bytes)
        var decoder = UnifiedDiffInput()
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
    private enum LineRewrite {
        /// Kept as written.
        case keep
        /// Kept without its first byte, a hunk's mark.
        case dropMark
        /// One byte stands for it.
        case replace(UInt8)
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
                guard let rewrite = readHunkLine(b[i]) ?? readOutsideHunk(p, at: i, atEnd: atEnd) else { return (i, w) }
                midLine = true
                keepsRest = true
                switch rewrite {
                case .keep: break
                case .dropMark: i += 1
                case .replace(let byte):
                    b[w] = byte
                    w += 1
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

    /// A line outside every hunk, by its first byte: a hunk's header (`hunkHeader`), a file's
    /// name, a hunk's `\ No newline at end of file`; the first line not blank after a hunk that
    /// starts no other (the next file's header, a commit's, a mail's signature) ends the text
    /// the diff made. Nil when the bytes end inside what may be a header.
    private mutating func readOutsideHunk(_ p: UnsafeBufferPointer<UInt8>, at i: Int, atEnd: Bool) -> LineRewrite? {
        let end = Self.lineEnd(p, i)
        // (A header, or a file's name, is told whole: a line the bytes cut is given again.)
        if (p[i] == UInt8(ascii: "@") || p[i] == UInt8(ascii: "+")) && end == p.count && !atEnd && end - i < 128 { return nil }
        switch p[i] {
        case UInt8(ascii: "@"):
            if let h = Self.hunkHeader(p, i, ByteText.trimEnd(p, i, end)) {
                (oldLeft, newLeft) = (h.old, h.new)
                afterHunk = false
                // (A hunk of no new lines starts the line before the place it empties.)
                let followsOn = h.newStart == nextNewStart || (h.new == 0 && h.newStart + 1 == nextNewStart)
                nextNewStart = h.newStart + h.new + (h.new == 0 ? 1 : 0)
                return followsOn ? .replace(QuotedPrintableInput.vacantLine) : .keep
            }
        case UInt8(ascii: "\\") where afterHunk:  // `\ No newline at end of file`
            return .replace(QuotedPrintableInput.vacantLine)
        case 0x0A, 0x0D, QuotedPrintableInput.vacantLine:
            return .keep
        case UInt8(ascii: "+"):
            // A file's name (`+++ b/fw1.txt`): its first hunk starts it.
            if i + 3 < p.count && p[i + 1] == UInt8(ascii: "+") && p[i + 2] == UInt8(ascii: "+") && p[i + 3] == 0x20 { nextNewStart = 1 }
        default:
            break
        }
        defer { afterHunk = false }
        return afterHunk ? .replace(Self.textEnds) : .keep
    }

    /// Reads a line starting with `mark` as the hunk's next line, when a hunk is being read and
    /// the line is one it still counts (the counts taken down); nil when it is no line of one.
    private mutating func readHunkLine(_ mark: UInt8) -> LineRewrite? {
        guard oldLeft > 0 || newLeft > 0 else { return nil }
        var rewrite = LineRewrite.dropMark
        switch mark {
        case UInt8(ascii: " "), 0x0A, 0x0D:
            // (A blank context line whose mark an editor took off as trailing space: kept.)
            guard oldLeft > 0 && newLeft > 0 else {
                (oldLeft, newLeft) = (0, 0)
                return nil
            }
            oldLeft -= 1
            newLeft -= 1
            if mark != 0x20 { rewrite = .keep }
        case UInt8(ascii: "+") where newLeft > 0:
            newLeft -= 1
        case UInt8(ascii: "-") where oldLeft > 0:
            oldLeft -= 1
            rewrite = .replace(Self.removedLine)
        case UInt8(ascii: "\\"):
            return .replace(QuotedPrintableInput.vacantLine)
        case QuotedPrintableInput.vacantLine:
            // A line a mail's soft break joined to the one before (`QuotedPrintableInput`): none.
            return .keep
        default:
            // Not a line the hunk counts (its header's count was wrong): text again.
            (oldLeft, newLeft) = (0, 0)
            return nil
        }
        afterHunk = oldLeft == 0 && newLeft == 0
        return rewrite
    }
}
