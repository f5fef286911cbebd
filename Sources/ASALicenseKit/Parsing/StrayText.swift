/// A run of lines outside every document that are not license text: first and last line, and
/// how many (blank lines inside the run are not counted). A configuration that follows takes
/// them in as its other lines; else they are skipped with one note.
struct StrayText {
    private var run: (first: Int, last: Int, count: Int)?

    mutating func add(_ line: Int) {
        // (A line that lost its line breaks is read in parts, each on its one number: counted once.)
        if let r = run { run = (r.first, max(r.last, line), r.count + (line > r.last ? 1 : 0)) } else { run = (line, line, 1) }
    }

    /// `lines`, of which `count` are not blank.
    mutating func add(_ lines: ClosedRange<Int>, count: Int) {
        if let r = run { run = (r.first, lines.upperBound, r.count + count) } else { run = (lines.lowerBound, lines.upperBound, count) }
    }

    var isEmpty: Bool { run == nil }

    /// Lines `first` to `last` as a note's subject: `line 4 is`, `lines 4–9 are`.
    static func lines(_ first: Int, _ last: Int) -> String {
        first == last ? "line \(first) is" : "lines \(first)–\(last) are"
    }

    /// The run so far, ended.
    mutating func take() -> (first: Int, last: Int, count: Int)? {
        defer { run = nil }
        return run
    }
}
