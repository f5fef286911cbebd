/// A hunk's line in a word diff (`git diff --word-diff`, `git log -p --word-diff`, `git show
/// --word-diff`), as a support engineer pastes the change between two units' or two days'
/// outputs: no mark before the line; inside it, `[-…-]` is text the change removes and `{+…+}`
/// text it adds, each closed on its line (`Security Contexts : [-2-]{+5+}   perpetual`). The
/// text the diff makes is the line without what is removed and without the marks.
enum WordDiffLine {
    /// Which sides of the diff hold the line from `i` to `end`: both when it has text outside
    /// the marks, else the old when it removes text, the new when it adds some; and whether it
    /// has marks at all. A blank line has no side of its own (git writes one so on either side
    /// and on both): neither is set, and the hunk's counts place it.
    static func sides(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (old: Bool, new: Bool, marked: Bool) {
        var outside = false, removed = false, added = false, marked = false
        walk(p, i, end) { k, span in
            switch span {
            case .outside: outside = outside || !ByteText.isSpace(p[k])
            case .removed: removed = true
            case .added: added = true
            }
        } marks: { marked = true }
        return (outside || removed, outside || added, marked)
    }

    /// Writes the text the line from `i` to `end` makes at `w` of the same memory (never ahead
    /// of what is read); returns where it ends.
    static func write(_ b: UnsafeMutableBufferPointer<UInt8>, _ i: Int, _ end: Int, at w: Int) -> Int {
        var w = w
        walk(UnsafeBufferPointer(b), i, end) { k, span in
            guard span != .removed else { return }
            b[w] = b[k]
            w += 1
        } marks: {}
        return w
    }

    private enum Span { case outside, removed, added }

    /// Calls `byte` with each byte of the line that is no mark, and the span it stands in;
    /// `marks` at each mark that opens a span. A span left open at the line's end ends there.
    @inline(__always) private static func walk(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int,
                                               _ byte: (Int, Span) -> Void, marks: () -> Void) {
        var span = Span.outside
        var k = i
        while k < end {
            let b = p[k], next: UInt8 = k + 1 < end ? p[k + 1] : 0
            switch span {
            case .outside where b == UInt8(ascii: "[") && next == UInt8(ascii: "-"):
                span = .removed
                marks()
                k += 2
                continue
            case .outside where b == UInt8(ascii: "{") && next == UInt8(ascii: "+"):
                span = .added
                marks()
                k += 2
                continue
            case .removed where b == UInt8(ascii: "-") && next == UInt8(ascii: "]"), .added where b == UInt8(ascii: "+") && next == UInt8(ascii: "}"):
                span = .outside
                k += 2
                continue
            default:
                byte(k, span)
            }
            k += 1
        }
    }
}
