/// What `grep` puts before each line it prints, as a ticket or a post pastes a search over
/// saved captures: the file's name from several files (`-H`, `-r`: `fw1.log:Serial Number: …`,
/// and with a dash instead of the colon the lines of context `-A`, `-B` and `-C` print around a
/// match: `fw1.log-Running Permanent …`), the line's number with `-n` (`fw1.log:3:…`,
/// `fw1.log-4-…`; from one file `3:…`, `4-…`), and `--` between two groups of lines.
///
/// grep's output does not say where a name ends (a name may hold dashes), so a name is read
/// where the lines agree on it: a name is a path (it holds a `.` or a `/`, no colon, no blank),
/// and the group of lines around the line that start with it, two at least, holds a match (the
/// name and a colon; each group grep prints holds one). A number is read where the line next
/// to it counts on. Either group stands apart (`standsApart`): under a line of an output it is
/// the output's, so the lines canonical CLI keeps under their command read the same again. No
/// line of a device's output or configuration starts so: its first word never holds a path and
/// a colon or a dash that the lines above or below repeat.
enum GrepPrefix {
    /// The most lines looked at for one line, all the names it may start with together (up to
    /// its group's first line, down to its match): a long run of lines with a name and no match
    /// (no grep's) costs a bounded look each. A group of grep's lines is shorter (`-A 150`).
    static let maxLinesLookedAt = 160

    /// The groups confirmed last (their lines, by offset), so that a line under a line of a
    /// confirmed group, with its name (or, for `-n` alone, the next number), is of it without
    /// a look up to the group's first line: a group of any length costs each line a look at
    /// the line above. Only a shortcut: the reading is the same without it, but for groups
    /// longer than `maxLinesLookedAt`.
    struct Groups {
        struct Group {
            let name: Range<Int>?
            let column: Int
            let first: Int
            var end: Int

            /// `line` is one of the group's, its name at `column` (or one beside it). (By where it
            /// starts: a line's end as noted may be short of its physical end, a mark taken off it.)
            func holds(_ line: Range<Int>, column: Int) -> Bool {
                abs(self.column - column) <= 1 && first <= line.lowerBound && line.lowerBound < end
            }
        }
        var recent: [Group] = []

        /// The group the line under `lineStart` goes on (within a few lines without it, blank
        /// lines not counted, as `confirms` counts them).
        func continued(_ bytes: UnsafeBufferPointer<UInt8>, lineStart: Int, column: Int) -> Group? {
            var line = lineStart..<lineStart
            var gap = 0
            for _ in 0..<GrepPrefix.maxLinesLookedAt {
                guard let above = GrepPrefix.previousLine(bytes, line.lowerBound) else { return nil }
                line = above
                if let group = recent.last(where: { $0.holds(above, column: column) }) { return group }
                if GrepPrefix.isBlank(bytes, above) { continue }
                gap += 1
                if gap > GrepPrefix.maxGap || GrepPrefix.endsGroup(bytes, above, column: column) { return nil }
            }
            return nil
        }

        mutating func note(_ group: Group) {
            if let i = recent.firstIndex(where: { $0.first == group.first && $0.column == group.column }) {
                recent[i].end = max(recent[i].end, group.end)
                return
            }
            recent.append(group)
            if recent.count > 4 { recent.removeFirst() }
        }
    }

    /// Whether the first word at `start` may hold a prefix: a `.` or a `/` and then a colon or
    /// a dash, or digits and then one of them. The one test of most lines, so a word that a
    /// blank ends before any `.` or `/` is told from its first sixteen bytes, eight at a time.
    @inline(__always) static func mayStart(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard let p = bytes.baseAddress else { return false }
        if start &+ 16 <= end && !ByteText.isDigit(p[start]) {
            for half in 0..<2 {
                // The lowest byte marked in each mask is exact (a borrow marks only bytes after
                // a marked one): blanks and controls, and `.` or `/`.
                let x = UInt64(littleEndian: UnsafeRawPointer(p + (start &+ half &* 8)).loadUnaligned(as: UInt64.self))
                let blank = (x &- 0x2121_2121_2121_2121) & ~x & 0x8080_8080_8080_8080
                let y = (x | 0x0101_0101_0101_0101) ^ 0x2F2F_2F2F_2F2F_2F2F
                let path = (y &- 0x0101_0101_0101_0101) & ~y & 0x8080_8080_8080_8080
                if path != 0 && (blank == 0 || path.trailingZeroBitCount < blank.trailingZeroBitCount) { break }
                if blank != 0 { return false }
            }
        }
        return mayStartAnyWord(p, start, end)
    }

    /// `mayStart`, byte by byte.
    @inline(never) static func mayStartAnyWord(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = start
        if i < end && ByteText.isDigit(p[i]) {
            while i < end && ByteText.isDigit(p[i]) { i &+= 1 }
            if i < end && isSeparator(p[i]) { return true }
        }
        var path = false
        while i < end {
            let b = p[i]
            i &+= 1
            if b > UInt8(ascii: ":") { continue }
            if b <= 0x20 || (b == UInt8(ascii: ":") && !path) { return false }
            if b == UInt8(ascii: ".") || b == UInt8(ascii: "/") {
                path = true
            } else if path && isSeparator(b) {
                return true
            }
        }
        return false
    }

    /// Where the text after the prefix at `start` starts (on the line `lineStart..<lineEnd`),
    /// whether the line is the first of its name after a line of another's (another file's lines
    /// end before it), and whether that line has a name of its own (another file's grep line,
    /// not a line without one); nil when it has none.
    static func textStart(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, lineStart: Int, lineEnd: Int, groups: inout Groups) -> (text: Int, newName: Bool, otherFile: Bool)? {
        guard let found = prefix(bytes, start, lineStart: lineStart, lineEnd: lineEnd, groups: &groups) else { return nil }
        guard let name = found.name, let before = previousLine(bytes, lineStart) else { return (found.text, false, false) }
        let column = start - lineStart
        let other = find(bytes, before, column: column, name: name)?.separator == nil && isConfirmedLine(bytes, before, column: column, groups: &groups)
        // (Whether the line above has a name of its own: another file's, not a line without one.)
        let above = before.lowerBound + column
        let otherFile = other && above < before.upperBound && mayStart(bytes, above, before.upperBound)
            && prefix(bytes, above, lineStart: before.lowerBound, lineEnd: before.upperBound, groups: &groups)?.name != nil
        return (found.text, other, otherFile)
    }

    /// Whether `line` is a line of a confirmed group (another file's, above a group), or one
    /// without the name that it goes on past (the rest of its last line, broken by a width).
    private static func isConfirmedLine(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, column: Int, groups: inout Groups, depth: Int = 0) -> Bool {
        if groups.recent.contains(where: { $0.holds(line, column: column) }) { return true }
        let start = line.lowerBound + column
        guard start < line.upperBound, mayStart(bytes, start, line.upperBound) else {
            return !endsGroup(bytes, line, column: column) && groups.continued(bytes, lineStart: line.lowerBound, column: column) != nil
        }
        return prefix(bytes, start, lineStart: line.lowerBound, lineEnd: line.upperBound, groups: &groups, depth: depth) != nil
    }

    /// Whether the lexed line is `--` alone, grep's mark between two groups of lines.
    @inline(__always) static func isGroupMark(_ lexer: LineLexer) -> Bool {
        guard lexer.count == 1, lexer.token(0).length == 2 else { return false }
        let start = lexer.token(0).start
        return lexer.bytes[start] == UInt8(ascii: "-") && lexer.bytes[start + 1] == UInt8(ascii: "-")
    }

    /// Whether grep's mark on the line (`isGroupMark`, its `--` at `column`) stands between
    /// groups: a line of a confirmed group above or below it.
    static func isGroupSeparatorAmidGroups(_ bytes: UnsafeBufferPointer<UInt8>, column: Int, lineStart: Int, lineEnd: Int, groups: inout Groups) -> Bool {
        for neighbour in [previousLine(bytes, lineStart), nextLine(bytes, lineEnd)] {
            if let neighbour, isConfirmedLine(bytes, neighbour, column: column, groups: &groups) { return true }
        }
        return false
    }

    /// The prefix at `start`: where the text after it starts, and the file's name in it (nil
    /// for a number alone).
    private static func prefix(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, lineStart: Int, lineEnd: Int, groups: inout Groups, depth: Int = 0) -> (text: Int, name: Range<Int>?)? {
        let column = start - lineStart
        let number = number(bytes, start, lineEnd)
        // Under a line of a group confirmed: of it, with its name or its next number.
        if let group = groups.continued(bytes, lineStart: lineStart, column: column) {
            if let name = group.name, let separator = separator(bytes, at: start, lineStart..<lineEnd, after: name) {
                groups.note(Groups.Group(name: name, column: column, first: group.first, end: lineEnd))
                return (textAfter(bytes, name: start..<(start + name.count), separator: start + name.count, column: column, lineStart: lineStart, lineEnd: lineEnd), start..<(start + name.count))
            }
            if group.name == nil, let number, isSeparator(bytes[number.end]), let above = previousLine(bytes, lineStart),
               numberAt(bytes, above, column: column) == number.value - 1 {
                groups.note(Groups.Group(name: nil, column: column, first: group.first, end: lineEnd))
                return (number.end + 1, nil)
            }
        }
        guard depth < 2 else { return nil }
        if let number, let text = numberOnly(bytes, number, column: column, lineStart: lineStart, lineEnd: lineEnd, groups: &groups, depth: depth) {
            groups.note(Groups.Group(name: nil, column: column, first: lineStart, end: lineEnd))
            return (text, nil)
        }
        var wordEnd = start
        while wordEnd < lineEnd && bytes[wordEnd] > 0x20 { wordEnd += 1 }
        // The names the word may start with, longest first: before its first colon, before each
        // dash before that; each holds a `.` or a `/`.
        var colon = start
        while colon < wordEnd && bytes[colon] != UInt8(ascii: ":") { colon += 1 }
        var path = start
        while path < colon && bytes[path] != UInt8(ascii: ".") && bytes[path] != UInt8(ascii: "/") { path += 1 }
        guard path < colon else { return nil }
        var separator = colon < wordEnd ? colon : lastDash(bytes, before: wordEnd, after: path)
        var budget = maxLinesLookedAt
        while separator > path && budget > 0 {
            let name = start..<separator
            if confirms(bytes, name: name, column: column, lineStart: lineStart, lineEnd: lineEnd, budget: &budget, groups: &groups, depth: depth) {
                groups.note(Groups.Group(name: name, column: column, first: lineStart, end: lineEnd))
                return (textAfter(bytes, name: name, separator: separator, column: column, lineStart: lineStart, lineEnd: lineEnd), name)
            }
            separator = lastDash(bytes, before: separator, after: path)
        }
        return nil
    }

    /// Where the text after a confirmed name and its separator starts: with `-n`, after the
    /// line's number and the separator again.
    private static func textAfter(_ bytes: UnsafeBufferPointer<UInt8>, name: Range<Int>, separator: Int, column: Int, lineStart: Int, lineEnd: Int) -> Int {
        if let n = number(bytes, separator + 1, lineEnd), bytes[n.end] == bytes[separator],
           numberCounts(bytes, n.value, name: name, column: column, lineStart: lineStart, lineEnd: lineEnd) {
            return n.end + 1
        }
        return separator + 1
    }

    /// The last dash before `end` and after `start`; `start` when there is none.
    private static func lastDash(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int, after start: Int) -> Int {
        var i = end - 1
        while i > start && bytes[i] != UInt8(ascii: "-") { i -= 1 }
        return max(i, start)
    }

    // MARK: The lines around

    @inline(__always) private static func isSeparator(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ":") || b == UInt8(ascii: "-")
    }

    /// Whether the group of lines around the line whose word starts with `name` (those that
    /// start with it and a separator) is two lines at least, holds a match and stands apart
    /// (`standsApart`). A group goes on past a few lines without the name: the rest of a line a
    /// mail or a page broke, a line a paste put in.
    private static func confirms(_ bytes: UnsafeBufferPointer<UInt8>, name: Range<Int>, column: Int, lineStart: Int, lineEnd: Int, budget: inout Int, groups: inout Groups, depth: Int) -> Bool {
        var matched = bytes[name.upperBound] == UInt8(ascii: ":")
        var others = 0
        var top = lineStart..<lineEnd
        for down in [false, true] {
            var line = lineStart..<lineEnd
            var gap = 0
            // Up to the group's first line (the line above it must stand apart), then down.
            while down ? !(matched && others > 0) : true {
                guard budget > 0 else { return false }
                budget -= 1
                guard let next = down ? nextLine(bytes, line.upperBound) : previousLine(bytes, line.lowerBound) else { break }
                line = next
                guard let separator = find(bytes, line, column: column, name: name)?.separator else {
                    if isBlank(bytes, line) { continue }
                    gap += 1
                    if gap > maxGap || endsGroup(bytes, line, column: column) { break }
                    continue
                }
                gap = 0
                others += 1
                matched = matched || separator == UInt8(ascii: ":")
                if !down { top = line }
            }
            if !down && !standsApart(bytes, previousLine(bytes, top.lowerBound), column: column, below: top.lowerBound, groups: &groups, depth: depth) { return false }
        }
        return matched && others > 0
    }

    /// Whether the line above a group's first line (nil: none) sets it apart: blank, a fence,
    /// the shell's prompt that ran grep, or a line of another confirmed group (another file's,
    /// or grep's `--` under one). Never a line of an output: canonical CLI writes the lines it
    /// did not understand under their command, so lines it kept, read again, read the same.
    /// A first line that reads whole as a prompt (`5-fw# show …`, a host named so) is set apart
    /// only by grep's own lines: canonical CLI writes a document from its prompt's line, first
    /// in the text or after a blank line, and it must read as that prompt again.
    private static func standsApart(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>?, column: Int, below top: Int, groups: inout Groups, depth: Int) -> Bool {
        // (Set apart by the text's start, a blank line or a fence: unless the first line is a prompt's.)
        func apartAsFirst() -> Bool { !readsAsPrompt(bytes, top, column: column) }
        guard var line else { return apartAsFirst() }
        // (A line in another script is none, as `isBlank` says: the line above it is.)
        var skipped = 0
        while ByteText.holdsOtherScript(bytes, line.lowerBound, line.upperBound) {
            skipped += 1
            guard skipped <= maxLinesLookedAt else { return false }
            guard let above = previousLine(bytes, line.lowerBound) else { return apartAsFirst() }
            line = above
        }
        // (Lexed: a terminal's colours around a line are blanks.)
        var lexer = LineLexer(bytes)
        lexer.lex(Line(number: 0, start: min(line.lowerBound + column, line.upperBound), end: line.upperBound))
        guard lexer.count > 0 else {
            // Blank past the group's framing, and no more than that framing before (`>` over `> …`).
            let framing = ByteText.trimEnd(bytes, line.lowerBound, min(line.lowerBound + column, line.upperBound)) - line.lowerBound
            return (0..<framing).allSatisfy { bytes[line.lowerBound + $0] == bytes[top + $0] } && apartAsFirst()
        }
        let start = lexer.token(0).start, end = lexer.token(lexer.count - 1).end
        if ByteText.hasPrefix(bytes, start, end, "```") || ByteText.hasPrefix(bytes, start, end, "~~~") { return apartAsFirst() }
        if isGroupMark(lexer) {
            guard let above = previousLine(bytes, line.lowerBound) else { return false }
            return isConfirmedLine(bytes, above, column: column, groups: &groups, depth: depth + 1)
        }
        if ranGrep(bytes, line.lowerBound, line.upperBound) { return true }
        return isConfirmedLine(bytes, line, column: column, groups: &groups, depth: depth + 1)
    }

    /// Whether the line that starts at `start` reads whole, past its framing `column` wide, as
    /// an echoed command's prompt (`5-fw#`: a hostname may start with digits and a dash).
    private static func readsAsPrompt(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, column: Int) -> Bool {
        let end = ByteText.firstIndex(of: 0x0A, in: bytes, start, bytes.count) ?? bytes.count
        var lexer = LineLexer(bytes)
        lexer.lex(Line(number: 0, start: min(start + column, end), end: end))
        return Prompt.isPrompt(lexer)
    }

    /// Whether the line is a shell's prompt that ran grep: `grep` (or `egrep`, `zgrep`) after a
    /// prompt's last mark and a blank (`$ grep -rn …`, `user@host:~/tickets$ zgrep …`). No device
    /// prints it, but an output under a command keeps it as a line not understood: the lines kept
    /// under it read the same again only because a group is told the same without the blank
    /// lines canonical CLI leaves out (`maxGap`).
    private static func ranGrep(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = start
        while i + 6 <= end {
            if (bytes[i] == UInt8(ascii: "$") || bytes[i] == UInt8(ascii: "#") || bytes[i] == UInt8(ascii: "%")) && bytes[i + 1] == 0x20 {
                for word in [i + 2, i + 3] where ByteText.hasPrefix(bytes, word, end, "grep") && (word + 4 == end || bytes[word + 4] == 0x20) {
                    if word == i + 2 || ByteText.isSmallLetter(bytes[i + 2]) { return true }
                }
            }
            i += 1
        }
        return false
    }

    /// The most lines without the name inside a group. A blank line is none of them: canonical
    /// CLI writes the lines an output kept without the blank lines between them, and they must
    /// read the same again (`isBlank`).
    static let maxGap = 3

    /// A line of blanks only, or one in a script no ASA prints, which an output passes over
    /// (`ParseContext.passOverOtherScript`) and canonical CLI leaves out: no gap of a group,
    /// and no line above one.
    @inline(__always) static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        ByteText.skipSpace(bytes, line.lowerBound, line.upperBound) == line.upperBound || ByteText.holdsOtherScript(bytes, line.lowerBound, line.upperBound)
    }

    /// Whether a line without the name ends the group: another file's (a name of its own and
    /// a separator first), or a prompt (the shell's that ran the next search).
    /// (Past the framing the group's lines have before their names, `column` wide: a quote's.)
    static func endsGroup(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, column: Int) -> Bool {
        let text = min(line.lowerBound + column, line.upperBound)
        let start = ByteText.skipSpace(bytes, text, line.upperBound)
        guard start < line.upperBound else { return false }
        if mayStart(bytes, start, line.upperBound) { return true }
        var lexer = LineLexer(bytes)
        lexer.lex(Line(number: 0, start: text, end: line.upperBound))
        return lexer.count > 0 && Prompt.isPrompt(lexer)
    }

    /// Whether the line above or below, with the same name, holds the number before or after `n`.
    private static func numberCounts(_ bytes: UnsafeBufferPointer<UInt8>, _ n: Int, name: Range<Int>, column: Int, lineStart: Int, lineEnd: Int) -> Bool {
        for (line, step) in [(previousLine(bytes, lineStart), -1), (nextLine(bytes, lineEnd), 1)] {
            guard let line, let (start, separator) = find(bytes, line, column: column, name: name) else { continue }
            if let other = number(bytes, start + name.count + 1, line.upperBound), other.value == n + step, bytes[other.end] == separator { return true }
        }
        return false
    }

    /// The prefix of `grep -n` over one file (`3:…`, `4-…`): where its text starts, when the
    /// line above or below counts on with the same prefix and the run stands apart.
    private static func numberOnly(_ bytes: UnsafeBufferPointer<UInt8>, _ number: (value: Int, end: Int), column: Int, lineStart: Int, lineEnd: Int, groups: inout Groups, depth: Int) -> Int? {
        guard isSeparator(bytes[number.end]) else { return nil }
        // Up to the run's first line, whose numbers count down: the line above it stands apart.
        var top = lineStart..<lineEnd
        var n = number.value
        var counted = false
        for _ in 0..<maxLinesLookedAt {
            guard let line = previousLine(bytes, top.lowerBound), let other = numberAt(bytes, line, column: column), other == n - 1 else { break }
            (top, n, counted) = (line, n - 1, true)
        }
        if !counted, let line = nextLine(bytes, lineEnd), numberAt(bytes, line, column: column) == number.value + 1 { counted = true }
        guard counted, standsApart(bytes, previousLine(bytes, top.lowerBound), column: column, below: top.lowerBound, groups: &groups, depth: depth) else { return nil }
        return number.end + 1
    }

    /// The number grep put at `column` of `line` (or one beside it), a separator after it.
    private static func numberAt(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, column: Int) -> Int? {
        for at in [line.lowerBound + column, line.lowerBound + column - 1, line.lowerBound + column + 1]
        where at >= line.lowerBound && at < line.upperBound && (at == line.lowerBound + column || at == line.lowerBound || !ByteText.isDigit(bytes[at - 1])) {
            if let other = number(bytes, at, line.upperBound), isSeparator(bytes[other.end]) { return other.value }
        }
        return nil
    }

    /// The number of one to nine digits at `i` and where it ends, when a byte of the line follows.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (value: Int, end: Int)? {
        var j = i
        while j < end && j - i < 10 && ByteText.isDigit(bytes[j]) { j += 1 }
        guard j > i, j - i < 10, j < end, let value = ByteText.decimal(bytes, i, j) else { return nil }
        return (value, j)
    }

    /// Where `line` starts with `name`, and the separator after it: at `column` (or one beside
    /// it), or after a page's markup alone (the `<pre>` before the first line); nil when it does not.
    private static func find(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, column: Int, name: Range<Int>) -> (at: Int, separator: UInt8)? {
        let at = line.lowerBound + column
        if let separator = separator(bytes, at: at, line, after: name) { return (at, separator) }
        // A column on or back after a blank or a separator: the framing before grew by a digit
        // (a code viewer's line 10 after line 9, grep's own numbers).
        for shifted in [at + 1, at - 1] where shifted > line.lowerBound && shifted < line.upperBound && (ByteText.isSpace(bytes[shifted - 1]) || isSeparator(bytes[shifted - 1])) {
            if let separator = separator(bytes, at: shifted, line, after: name) { return (shifted, separator) }
        }
        let text = textAfterMarkup(bytes, line)
        guard text != line.lowerBound + column, let separator = separator(bytes, at: text, line, after: name) else { return nil }
        return (text, separator)
    }

    /// Where the line's text starts after blanks and a page's tags (`<pre>`, `<code>`: `PageMarkup.tag`).
    private static func textAfterMarkup(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Int {
        var i = ByteText.skipSpace(bytes, line.lowerBound, line.upperBound)
        while let tag = PageMarkup.tag(bytes, i, line.upperBound) { i = ByteText.skipSpace(bytes, tag.end, line.upperBound) }
        return i
    }

    /// The separator after `name` at `start` of `line`.
    @inline(__always) private static func separator(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ line: Range<Int>, after name: Range<Int>) -> UInt8? {
        guard start >= line.lowerBound, start + name.count < line.upperBound else { return nil }
        for k in 0..<name.count where bytes[start + k] != bytes[name.lowerBound + k] { return nil }
        let separator = bytes[start + name.count]
        return isSeparator(separator) ? separator : nil
    }

    /// The line before the one that starts at `lineStart`, past the places of lines that are
    /// none (a line a diff removes, a soft break's vacant line: `isNoLine`).
    static func previousLine(_ bytes: UnsafeBufferPointer<UInt8>, _ lineStart: Int) -> Range<Int>? {
        var line = previousPhysicalLine(bytes, lineStart)
        while let found = line, isNoLine(bytes, found) { line = previousPhysicalLine(bytes, found.lowerBound) }
        return line
    }

    /// The line after the one that ends at `lineEnd`, past the places of lines that are none.
    private static func nextLine(_ bytes: UnsafeBufferPointer<UInt8>, _ lineEnd: Int) -> Range<Int>? {
        var line = nextPhysicalLine(bytes, lineEnd)
        while let found = line, isNoLine(bytes, found) { line = nextPhysicalLine(bytes, found.upperBound) }
        return line
    }

    /// The place of a line the input's reader took out (`DiffInput`, `QuotedPrintableInput`).
    @inline(__always) private static func isNoLine(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        line.count == 1 && (bytes[line.lowerBound] == DiffInput.removedLine || bytes[line.lowerBound] == DiffInput.cutLine
            || bytes[line.lowerBound] == QuotedPrintableInput.vacantLine)
    }

    /// The line before the one that starts at `lineStart` (without its line feed and carriage return).
    private static func previousPhysicalLine(_ bytes: UnsafeBufferPointer<UInt8>, _ lineStart: Int) -> Range<Int>? {
        guard lineStart > 0 else { return nil }
        let end = lineStart - 1
        var start = end
        while start > 0 && bytes[start - 1] != 0x0A { start -= 1 }
        return start..<(end > start && bytes[end - 1] == 0x0D ? end - 1 : end)
    }

    /// The line after the one that ends at `lineEnd` (its carriage return or line feed).
    private static func nextPhysicalLine(_ bytes: UnsafeBufferPointer<UInt8>, _ lineEnd: Int) -> Range<Int>? {
        guard let feed = ByteText.firstIndex(of: 0x0A, in: bytes, lineEnd, bytes.count) else { return nil }
        let end = ByteText.firstIndex(of: 0x0A, in: bytes, feed + 1, bytes.count) ?? bytes.count
        return (feed + 1)..<(end > feed + 1 && bytes[end - 1] == 0x0D ? end - 1 : end)
    }
}

extension ParseContext {
    /// Takes off grep's prefix before the line (`GrepPrefix`), lexed again: true when taken off.
    /// Where the file's name changes, the output before ends (as at `head`'s header). Inside an
    /// output whose first line grep's name may not start, no line is grep's: a device prints no
    /// such line, and canonical CLI writes the lines an output kept right under its command,
    /// where other lines stand around them than where they were read. (Out of line, and its
    /// first test on its own: the framing's loop, inlined in `next`, stays small, and most
    /// lines cost a call and that test.)
    @inline(never) mutating func takeOffGrepPrefix(_ line: inout Line) -> Bool {
        guard GrepPrefix.mayStart(bytes, lexer.token(0).start, line.end) else { return false }
        if readsOutsideOutput(line.number) { grepOutputStart = line.number }
        return mayHoldGrepLines(line.number) && takeOffConfirmedGrepPrefix(&line)
    }

    /// Whether line `n` may be grep's: outside every output, or in one whose first line grep's
    /// name may start (`takeOffGrepPrefix`).
    @inline(__always) private func mayHoldGrepLines(_ n: Int) -> Bool {
        readsOutsideOutput(n) || grepOutputStart == outputStart
    }

    @inline(never) private mutating func takeOffConfirmedGrepPrefix(_ line: inout Line) -> Bool {
        guard let (text, newName, otherFile) = GrepPrefix.textStart(bytes, lexer.token(0).start, lineStart: lineStart, lineEnd: line.end, groups: &grepGroups) else { return false }
        if newName { closedMarkupLines.insert(line.number - 1) }
        if otherFile { otherGrepFileStart = line.number }
        line.start = text
        lexer.lex(line)
        return true
    }

    /// `--` between two of grep's groups of lines: framing (where grep's lines may be:
    /// `takeOffGrepPrefix`). (The mark tested out of line: the framing's loop, inlined in
    /// `next`, stays small.)
    @inline(never) mutating func isGrepGroupSeparator(_ line: Line) -> Bool {
        GrepPrefix.isGroupMark(lexer) && mayHoldGrepLines(line.number) && GrepPrefix.isGroupSeparatorAmidGroups(bytes, column: lexer.token(0).start - lineStart, lineStart: lineStart, lineEnd: line.end, groups: &grepGroups)
    }
}
