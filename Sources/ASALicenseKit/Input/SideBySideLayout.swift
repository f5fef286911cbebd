#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The layout of a side-by-side diff (`diff -y`, `sdiff`), as a support engineer pastes two
/// units' outputs beside each other: each line holds the old file's line, cut to `width`
/// columns and padded with tabs or blanks, a mark in the gutter (none where both lines are
/// alike, `|` where they differ, `<` for a line of the old file alone, `>` for one of the new
/// alone; `(` for a line shown once, `--left-column`; `)` for a line of the new file whose
/// difference is ignored; `/` or `\` for a changed line, one side's the file's last with no
/// line end), then the new file's line from column `right`, cut as wide. Columns
/// count a tab to the next multiple of eight, as diff lays them out. The text the diff makes
/// is the new file's lines (`DiffInput` reads them so); a line that fills its column was cut
/// there by the diff (`Line.cut`). Told by its lines (`detect`): marks at one column, and a
/// line alike on both sides or marks as only diff writes them.
struct SideBySideLayout: Equatable {
    /// The column of the gutter's mark.
    let gutter: Int
    /// The column where the new file's line starts.
    let right: Int

    /// The columns either side shows: a line as wide was cut there by the diff (GNU diff's
    /// half of `--width` less the gutter, which starts right after it).
    var width: Int { gutter - 1 }

    /// What a line of the diff is.
    enum Line: Equatable {
        /// No line of the layout (prose around the diff, a blank line): read as written.
        case asWritten
        /// A line of the old file alone (`<`).
        case removed
        /// The new file's line: the bytes from `start` to `end`.
        case text(start: Int, end: Int)
        /// The new file's line, cut by the diff at its column's width.
        case cut
    }

    /// Reads the line from `start` to `end` (its line feed not included).
    func read(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ lineEnd: Int) -> Line {
        // (A side cut at a blank keeps it: its width is measured with the blanks after its text.)
        let end = ByteText.trimEnd(p, start, lineEnd)
        var col = 0, i = start, leftEnd = start
        // The old file's side: its text ends before the gutter, with a blank between.
        while i < end && col < gutter {
            let b = p[i]
            if b == 0x09 {
                col = Self.column(after: col, b)
            } else if b & 0xC0 == 0x80 {
                leftEnd = i + 1  // (a character's further bytes take no column)
            } else {
                if b != 0x20 {
                    guard col < width else { return .asWritten }
                    leftEnd = i + 1
                }
                col += 1
            }
            i += 1
        }
        guard i < end else { return .asWritten }  // (a line that ends before the gutter: no line of the layout)
        var mark: UInt8 = 0x20
        if col == gutter {
            switch p[i] {
            case UInt8(ascii: "|"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "/"), UInt8(ascii: "\\"):
                // (`/`, `\`: changed, as `|`; the new or the old file's line its last, with no line end.)
                mark = p[i] == UInt8(ascii: "/") || p[i] == UInt8(ascii: "\\") ? UInt8(ascii: "|") : p[i]
                col += 1
                i += 1
            case 0x20, 0x09:
                break
            default:
                return .asWritten
            }
        }
        // Blanks up to the new file's side.
        while i < end && col < right {
            switch p[i] {
            case 0x20, 0x09: col = Self.column(after: col, p[i])
            default: return .asWritten
            }
            i += 1
        }
        guard col == right || i == end else { return .asWritten }
        switch mark {
        case UInt8(ascii: "<"):
            return i == end ? .removed : .asWritten
        case UInt8(ascii: "("):
            guard i == end else { return .asWritten }
            return leftEnd > start ? side(p, start, leftEnd) : .text(start: end, end: end)
        case UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: ")"):
            return i == end ? .text(start: end, end: end) : side(p, i, end, measuredTo: lineEnd)
        default:
            // Alike on both sides: the same bytes.
            guard i < end, end - i == leftEnd - start, memcmp(p.baseAddress! + i, p.baseAddress! + start, end - i) == 0 else { return .asWritten }
            return side(p, i, end, measuredTo: lineEnd)
        }
    }

    /// One side's text from `start` to `end`, or `cut` when it fills the side's width up to
    /// `measured` (the blanks after it as written; a carriage return takes no column).
    private func side(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, measuredTo measured: Int? = nil) -> Line {
        var col = 0
        for k in start..<(measured ?? end) where p[k] & 0xC0 != 0x80 && p[k] != 0x0D {
            col = Self.column(after: col, p[k])
        }
        return col >= width ? .cut : .text(start: start, end: end)
    }

    /// The layout of the first bytes, when they are a side-by-side diff: at least two lines
    /// with a mark at one column (a blank before it, a blank or the line's end after), the new
    /// file's side at one column after it, and a line alike on both sides there; or, without
    /// one (`--suppress-common-lines`), three marks as only diff writes them. Nil else. (Looks
    /// only at the marks' bytes, found with `memchr`: this runs on every input.)
    static func detect(_ head: UnsafeBufferPointer<UInt8>) -> SideBySideLayout? {
        guard let base = head.baseAddress else { return nil }
        // The marks that may be a gutter's: their column, the column after their blanks (or
        // -1 at the line's end), and whether they are as only diff writes them.
        var marks: [(gutter: Int, right: Int, diffs: Bool)] = []
        for mark in [UInt8(ascii: "|"), UInt8(ascii: "<"), UInt8(ascii: ">")] {
            var from = 1
            while from < head.count, let hit = memchr(base + from, Int32(mark), head.count - from) {
                let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                from = i + 1
                guard head[i - 1] == 0x20 || head[i - 1] == 0x09 else { continue }
                guard let found = markAt(head, i) else { continue }
                marks.append(found)
                if marks.count >= 512 { break }
            }
        }
        // The gutter most marks as only diff writes them share (a quote's `>` starts the new
        // sides of a reply's lines), else most marks.
        let byDiff = mode(marks.filter(\.diffs).map(\.gutter))
        guard let gutter = byDiff.flatMap({ $0.count >= 2 ? $0 : nil }) ?? mode(marks.map(\.gutter)), gutter.count >= 2, gutter.value >= 16 else { return nil }
        // The new side's column: where a line alike on both sides has it, else the first
        // column of the marked lines' new sides (a side whose line is indented starts further on).
        let alike = rightOfLineAlike(head, gutter: gutter.value)
        guard let right = alike ?? marks.filter({ $0.gutter == gutter.value && $0.right > gutter.value }).map(\.right).min() else { return nil }
        let diffs = marks.filter { $0.gutter == gutter.value && $0.diffs }.count
        return diffs >= 3 || alike != nil ? SideBySideLayout(gutter: gutter.value, right: right) : nil
    }

    /// The column after a character at column `col` whose first byte is `b`: a tab goes on to
    /// the next multiple of eight, as diff lays tabs out.
    @inline(__always) private static func column(after col: Int, _ b: UInt8) -> Int {
        b == 0x09 ? (col / 8 + 1) * 8 : col + 1
    }

    /// The value most often in `values`, and how often; nil for none.
    private static func mode(_ values: [Int]) -> (value: Int, count: Int)? {
        var best: (value: Int, count: Int)?
        var run = 0
        let sorted = values.sorted()
        for (k, v) in sorted.enumerated() {
            run = k > 0 && sorted[k - 1] == v ? run + 1 : 1
            if run > best?.count ?? 0 { best = (v, run) }
        }
        return best
    }

    /// The mark at `i` (a blank before it) when a blank or the line's end follows it: its
    /// column, the column of the next text on its line (-1 for none) and whether it is as only
    /// diff writes one: `|` or `>` before a tab, `<` that ends its line, `>` after blanks alone
    /// (a table's `|` and a quote's `>` are none of these).
    private static func markAt(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (gutter: Int, right: Int, diffs: Bool)? {
        let tab = i + 1 < p.count && p[i + 1] == 0x09
        guard i + 1 >= p.count || tab || p[i + 1] == 0x20 || p[i + 1] == 0x0A || p[i + 1] == 0x0D else { return nil }
        var lineStart = i
        while lineStart > 0 && p[lineStart - 1] != 0x0A { lineStart -= 1 }
        guard i - lineStart < 4096 else { return nil }
        var col = 0, blanks = true
        for k in lineStart..<i where p[k] & 0xC0 != 0x80 {
            col = Self.column(after: col, p[k])
            blanks = blanks && (p[k] == 0x20 || p[k] == 0x09)
        }
        let gutter = col
        col += 1
        // The new side starts after diff's tab (its own line may start with blanks), or after
        // the blanks diff wrote in its place (`-t`).
        var k = i + 1
        if tab {
            col = column(after: col, 0x09)
            k += 1
        } else {
            while k < p.count && p[k] == 0x20 {
                col += 1
                k += 1
            }
        }
        let atEnd = k >= p.count || p[k] == 0x0A || p[k] == 0x0D
        let diffs = p[i] == UInt8(ascii: "<") ? atEnd : tab || (blanks && p[i] == UInt8(ascii: ">"))
        return (gutter, atEnd && !tab ? -1 : col, diffs)
    }

    /// The column of the new side in a whole line of `head` alike on both sides with the
    /// gutter at `gutter` (its first text after the gutter, less the line's indentation), when
    /// there is one.
    private static func rightOfLineAlike(_ head: UnsafeBufferPointer<UInt8>, gutter: Int) -> Int? {
        guard let base = head.baseAddress else { return nil }
        var at = 0
        while at < head.count, let hit = memchr(base + at, 0x0A, head.count - at) {
            let end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            defer { at = end + 1 }
            // The first text after a blank past the gutter; the line's indentation in blanks.
            var col = 0, i = at, indent: Int?, tabbed = false, afterBlank = false
            while i < end {
                let b = head[i], blank = b == 0x20 || b == 0x09
                if !blank && afterBlank && col > gutter { break }
                if indent == nil { if blank { tabbed = tabbed || b == 0x09 } else { indent = col } }
                if b & 0xC0 != 0x80 { col = column(after: col, b) }
                afterBlank = blank
                i += 1
            }
            guard i < end, let indent, !tabbed, col - indent > gutter else { continue }
            let layout = SideBySideLayout(gutter: gutter, right: col - indent)
            if case .text = layout.read(head, at, end), !layout.isMarked(head, at, end) { return layout.right }
        }
        return nil
    }

    /// Whether the line's gutter holds a mark.
    private func isMarked(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var col = 0, i = start
        while i < end && col < gutter {
            if p[i] & 0xC0 != 0x80 { col = Self.column(after: col, p[i]) }
            i += 1
        }
        return col == gutter && i < end && p[i] != 0x20 && p[i] != 0x09
    }
}
