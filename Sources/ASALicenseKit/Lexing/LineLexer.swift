/// Splits one line into tokens: words separated by white space, and colons. A colon ends the
/// word it closes (`Number:` → `Number`, `:`); a colon inside a word that does not end it
/// (`2001:db8::1`, `09:15:45`) stays in the word, so addresses and times are one token.
///
/// The token storage is reused from line to line: its elements are overwritten in place and
/// `count` says how many belong to this line, so a line costs no allocation, no clearing and no
/// check per token once the storage has grown.
struct LineLexer {
    let bytes: UnsafeBufferPointer<UInt8>
    /// `storage[0..<count]` are this line's tokens; the elements after them are stale.
    private var storage: [Token] = Array(repeating: Token(kind: .word, start: 0, end: 0), count: 32)
    private(set) var count = 0
    private(set) var line = Line(number: 0, start: 0, end: 0)
    /// Where columns count from: where the line first lexed under its number starts. Lexed
    /// again narrower (inside its envelope, after a pager's remnant), its columns still count
    /// on the line as written.
    private var columnOrigin = 0
    /// Column (0-based, in bytes) of the first token; the line's indentation.
    private(set) var indent = 0
    /// The line holds a terminal control sequence, read as blanks (`skipEscape`).
    private(set) var sawEscape = false
    /// Markup was cut out of the line (`cut`): the blanks between its tokens are a page's.
    private(set) var wasCut = false
    /// Where `bytes` starts in the whole input (a chunk of a stream starts further on): spans
    /// count offsets from the start of the input.
    let baseOffset: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, baseOffset: Int = 0) {
        self.bytes = bytes
        self.baseOffset = baseOffset
    }

    /// `colonsInWords`: configuration commands take a colon as part of a word (`secret ab:cd:`).
    mutating func lex(_ line: Line, colonsInWords: Bool = false) {
        if line.number != self.line.number { columnOrigin = line.start }
        self.line = line
        sawEscape = false
        wasCut = false
        lexTokens(after: 0, from: line.start, colonsInWords: colonsInWords)
    }

    /// Takes `from..<to` out of the line lexed, as if it were a blank: the tokens before it
    /// are kept (one it cuts ends at `from`), the line after it is lexed again. (A page's
    /// markup inside a line: `fw1#<b> show version</b>`.) `nextCut`: where the next cut will
    /// start, when one follows: no token that starts there or later is lexed now (the next
    /// cut would drop it), so that cutting many is lexing the line once, not once for each.
    mutating func cut(_ from: Int, _ to: Int, colonsInWords: Bool = false, nextCut: Int = .max) {
        var kept = 0
        while kept < count && storage[kept].start < from { kept += 1 }
        if kept > 0 && storage[kept - 1].end > from { storage[kept - 1].end = from }
        wasCut = true
        lexTokens(after: kept, from: to, colonsInWords: colonsInWords, stopAt: nextCut)
    }

    @inline(__always) private mutating func lexTokens(after kept: Int, from: Int, colonsInWords: Bool, stopAt: Int = .max) {
        var n = kept
        var first = kept > 0 ? storage[0].start : -1
        var from = from
        // A line with more tokens than the storage holds grows it and goes on where it stopped.
        while let stop = storage.withUnsafeMutableBufferPointer({ out in
            LineLexer.scan(bytes, from: from, to: line.end, stopAt: stopAt, colonsInWords: colonsInWords, into: out, count: &n, indentAt: &first, sawEscape: &sawEscape)
        }) {
            from = stop
            storage.append(contentsOf: repeatElement(Token(kind: .word, start: 0, end: 0), count: storage.count))
        }
        count = n
        indent = first < 0 ? 0 : first - line.start
        // Characters that show nothing before the first word are no indentation.
        if first > line.start && bytes[first - 1] >= 0x80 { indent -= LineLexer.zeroWidthBytes(bytes, line.start, first) }
    }

    /// Appends the tokens of `bytes[from..<end]` that start before `stopAt` to `out` after its
    /// first `count`; nil when they are read, else the offset to go on from once `out` is
    /// larger. `indentAt` is the offset of the line's first token (-1 before it).
    @inline(__always) private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to end: Int, stopAt: Int, colonsInWords: Bool,
                             into out: UnsafeMutableBufferPointer<Token>, count: inout Int, indentAt: inout Int, sawEscape: inout Bool) -> Int? {
        guard let p = bytes.baseAddress, let o = out.baseAddress else { return nil }
        var n = count
        defer { count = n }
        // Eight bytes at a time while eight can be read: runs of spaces and of word bytes are
        // most of every line (the aligned columns of feature rows).
        let wide = bytes.count - 8
        var i = from
        while i < end {
            let b = p[i]
            if b == 0x20 {
                i = LineLexer.skipRun(p, from: i + 1, wide: wide, end: end, LineLexer.leadingSpaces)
                continue
            }
            // The blanks that are not spaces lie at either end of the byte values: one test for
            // the letters and digits that start nearly every token.
            if b <= 0x26 || b >= 0x80 {
                if ByteText.isSpace(b) { i += 1; continue }
                if b == 0x1B {
                    i = LineLexer.skipEscape(p, from: i, end: end)
                    sawEscape = true
                    continue
                }
                // A no-break space (U+00A0), which text copied from web pages puts between words, in
                // UTF-8 or as the one byte of Windows-1252 (text saved by an older editor); the
                // other spaces and invisible characters of copied text (`unicodeBlankLength`).
                if b >= 0x80 {
                    let n = LineLexer.unicodeBlankLength(p, i, end)
                    if n > 0 { i += n; continue }
                }
                // The no-break space of a web page's source, `&nbsp;` (an editor's alignment of
                // columns), where a token would start.
                if b == 0x26 {
                    let n = LineLexer.noBreakSpaceEntity(p, i, end)
                    if n > 0 { i += n; continue }
                }
            }
            if i >= stopAt { return nil }
            if n == out.count { return i }
            if indentAt < 0 { indentAt = i }
            if b == 0x3A && !colonsInWords {  // a colon at the start of a token is a token of its own
                o[n] = Token(kind: .colon, start: i, end: i + 1)
                n += 1
                i += 1
                continue
            }
            let start = i
            i = LineLexer.skipRun(p, from: i + 1, wide: wide, end: end, LineLexer.leadingWordBytes)
            while i < end {
                let c = p[i]
                // Letters and most punctuation lie above ':' (0x3A); blanks and ':' do not.
                if c > 0x3A {
                    if c >= 0x80 && LineLexer.unicodeBlankLength(p, i, end) > 0 { break }
                    i += 1
                    continue
                }
                if ByteText.isSpace(c) || c == 0x1B { break }
                if c == 0x3A && !colonsInWords {
                    // Colons that close the word (`Name::`) are tokens of their own; a colon run
                    // inside it (`2001:db8::1`) stays.
                    var next = i + 1
                    while next < end && p[next] == 0x3A { next += 1 }
                    // (A no-break space after it is a blank too, `&nbsp;` included: else the colon
                    // stays in the word, and written back with a space after it, it closes it.)
                    if next == end || ByteText.isSpace(p[next]) || p[next] == 0x1B || LineLexer.noBreakSpaceLength(p, next, end) > 0 { break }
                    i = next
                    continue
                }
                i += 1
            }
            // `&nbsp;` closing a word (`0x0e5d7c41&nbsp;`) is no part of it.
            o[n] = Token(kind: .word, start: start, end: p[i - 1] == UInt8(ascii: ";") ? LineLexer.endBeforeEntities(p, start, i) : i)
            n += 1
        }
        return nil
    }

    /// Where the terminal control sequence at `i` (an ESC byte) ends: a terminal log keeps the
    /// colours and erasures the device or the shell sent (`ESC[K`, `ESC[1;32m`, an `ESC]…BEL`
    /// title), which are no text and are read as blanks. CSI is `ESC [`, parameter bytes,
    /// intermediate bytes, a final byte; OSC runs to BEL or `ESC \`; any other is `ESC`,
    /// intermediates and one final byte (not a colon, which no such sequence ends with).
    static func skipEscape(_ p: UnsafePointer<UInt8>, from i: Int, end: Int) -> Int {
        var j = i + 1
        guard j < end else { return j }
        switch p[j] {
        case UInt8(ascii: "["):
            j += 1
            while j < end && p[j] >= 0x30 && p[j] <= 0x3F { j += 1 }
            while j < end && p[j] >= 0x20 && p[j] <= 0x2F { j += 1 }
            if j < end && p[j] >= 0x40 && p[j] <= 0x7E { j += 1 }
        case UInt8(ascii: "]"):
            j += 1
            while j < end {
                if p[j] == 0x07 { return j + 1 }
                if p[j] == 0x1B && j + 1 < end && p[j + 1] == UInt8(ascii: "\\") { return j + 2 }
                j += 1
            }
        default:
            // (Not a blank: an ESC alone before the text leaves the text whole.)
            while j < end && p[j] >= 0x21 && p[j] <= 0x2F { j += 1 }
            if j < end && p[j] >= 0x30 && p[j] <= 0x7E && p[j] != UInt8(ascii: ":") { j += 1 }
        }
        return j
    }

    /// Where the control sequences (and blanks between them) that end at `end` start, looking no
    /// further back than `lower`; `end` when none does. An ESC alone is no sequence here.
    static func escapeRunStart(_ p: UnsafePointer<UInt8>, _ lower: Int, _ end: Int) -> Int {
        var e = end
        while e > lower {
            if ByteText.isSpace(p[e - 1]) { e -= 1; continue }
            // A sequence is a few bytes: its ESC is among the last 32.
            var esc = e - 1
            while esc > max(lower, e - 32) && p[esc] != 0x1B { esc -= 1 }
            guard p[esc] == 0x1B, e - esc > 1, skipEscape(p, from: esc, end: e) == e else { break }
            e = esc
        }
        return e
    }

    /// A byte 0xA0 that no UTF-8 sequence holds: the run of 0xA0 it stands in follows a byte
    /// below 0x80, or the start of the bytes. (In UTF-8 it only continues a character.) Looked
    /// back over the bytes, not only the line, so that a line is lexed alike wherever it starts.
    static func isLoneNoBreakSpace(_ p: UnsafePointer<UInt8>, _ i: Int) -> Bool {
        var j = i
        while j > 0 && p[j - 1] == 0xA0 { j -= 1 }
        return j == 0 || p[j - 1] < 0x80
    }

    /// The length of the no-break space at `i` (before `end`): a blank of Unicode's
    /// (`unicodeBlankLength`), `&nbsp;` or its kin (6); 0 for none. (The scan above tells them
    /// inline, where a call on every byte would cost.)
    static func noBreakSpaceLength(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        p[i] == UInt8(ascii: "&") ? noBreakSpaceEntity(p, i, end) : unicodeBlankLength(p, i, end)
    }

    /// The length of a character at `i` that copied text has for a blank, read as one: the
    /// no-break space (U+00A0) in UTF-8 (2) or as Windows-1252's lone byte (1); the other spaces
    /// of Unicode (U+1680, U+2000–U+200A, the narrow no-break U+202F a French page puts before
    /// a colon, U+205F, the ideographic U+3000 of a Chinese post); and the characters that
    /// show nothing (the zero-width space, non-joiner and joiner U+200B–U+200D a blog or chat
    /// puts between words, the word joiner U+2060, a byte-order mark U+FEFF where files were
    /// joined) (3); 0 for anything else. The soft hyphen (U+00AD) is not one: it lies inside
    /// words, where a blank would split them.
    @inline(never) static func unicodeBlankLength(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        let b = p[i]
        if b == 0xA0 { return isLoneNoBreakSpace(p, i) ? 1 : 0 }
        guard i + 1 < end else { return 0 }
        let b1 = p[i + 1]
        if b == 0xC2 { return b1 == 0xA0 ? 2 : 0 }
        guard i + 2 < end else { return 0 }
        let b2 = p[i + 2]
        switch (b, b1) {
        case (0xE2, 0x80): return (b2 >= 0x80 && b2 <= 0x8D) || b2 == 0xAF ? 3 : 0
        case (0xE2, 0x81): return b2 == 0x9F || b2 == 0xA0 ? 3 : 0
        case (0xE1, 0x9A): return b2 == 0x80 ? 3 : 0
        case (0xE3, 0x80): return b2 == 0x80 ? 3 : 0
        case (0xEF, 0xBB): return b2 == 0xBF ? 3 : 0
        default: return 0
        }
    }

    /// The length of the blank at `i`: a space or a tab, or one of Unicode's that copied text
    /// has (`unicodeBlankLength`: a forum's no-break spaces); 0 for none.
    @inline(__always) static func blankLength(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        p[i] < 0x80 ? (ByteText.isSpace(p[i]) ? 1 : 0) : unicodeBlankLength(p, i, end)
    }

    /// The length of the blank at `i` as the lexer reads it between words: a space or a tab,
    /// one of Unicode's (`blankLength`), or a terminal's control sequence (`skipEscape`); 0 for
    /// none. Canonical CLI writes a space for each.
    @inline(__always) static func blankOrEscapeLength(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        p[i] == 0x1B ? skipEscape(p, from: i, end: end) - i : blankLength(p, i, end)
    }

    /// Where the blanks from `i` end, a terminal's control sequences among them
    /// (`blankOrEscapeLength`), as the lexer reads a line's indentation.
    static func skipBlanksAndEscapes(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        var j = i
        while j < end, case let n = blankOrEscapeLength(p, j, end), n > 0 { j += n }
        return j
    }

    /// Where the blanks from `i` end, Unicode's among them (`blankLength`).
    @inline(__always) static func skipBlanks(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        var j = i
        while j < end {
            let b = p[j]
            if b < 0x80 {
                guard ByteText.isSpace(b) else { break }
                j += 1
                continue
            }
            let n = unicodeBlankLength(p, j, end)
            if n == 0 { break }
            j += n
        }
        return j
    }

    /// How many of the bytes `bytes[start..<end]` are characters that show nothing (U+200B–U+200D,
    /// U+2060, U+FEFF).
    @inline(never) static func zeroWidthBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        guard let p = bytes.baseAddress else { return 0 }
        var count = 0
        var i = start
        while i + 2 < end {
            let (b0, b1, b2) = (p[i], p[i + 1], p[i + 2])
            if (b0 == 0xE2 && ((b1 == 0x80 && b2 >= 0x8B && b2 <= 0x8D) || (b1 == 0x81 && b2 == 0xA0))) || (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
                count += 3
                i += 3
            } else {
                i += 1
            }
        }
        return count
    }

    /// Where a word `p[start..<end]` ends once the `&nbsp;` closing it are taken off.
    @inline(never) static func endBeforeEntities(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var e = end
        while e - start > 6 && p[e - 1] == UInt8(ascii: ";") && noBreakSpaceEntity(p, e - 6, e) > 0 { e -= 6 }
        return e
    }

    /// The length of the HTML no-break space at `i` (`&nbsp;`, `&#160;`, `&#xa0;`); 0 for none.
    @inline(never) static func noBreakSpaceEntity(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        guard end - i >= 6, p[i] == UInt8(ascii: "&"), p[i + 5] == UInt8(ascii: ";") else { return 0 }
        let (a, b, c, d) = (p[i + 1], p[i + 2], p[i + 3], p[i + 4])
        if a == UInt8(ascii: "n") && b == UInt8(ascii: "b") && c == UInt8(ascii: "s") && d == UInt8(ascii: "p") { return 6 }
        guard a == UInt8(ascii: "#") else { return 0 }
        if b == UInt8(ascii: "1") && c == UInt8(ascii: "6") && d == UInt8(ascii: "0") { return 6 }
        return (b | 0x20) == UInt8(ascii: "x") && (c | 0x20) == UInt8(ascii: "a") && d == UInt8(ascii: "0") ? 6 : 0
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Where a run that starts at `from` ends, eight bytes at a time: `run` says how many of the
    /// eight bytes at an offset belong to it (8: all). Words are read only up to `wide` (the last
    /// offset with eight readable bytes); the result is never past `end`, the line's end.
    @inline(__always) static func skipRun(_ p: UnsafePointer<UInt8>, from: Int, wide: Int, end: Int,
                                                  _ run: (UnsafePointer<UInt8>, Int) -> Int) -> Int {
        var i = from
        while i <= wide {
            let n = run(p, i)
            i += n
            if n < 8 { break }
        }
        return min(i, end)
    }

    /// The high bit of each byte of `x` that is not zero, exact for every byte.
    @inline(__always) static func nonZeroBytes(_ x: UInt64) -> UInt64 { (((x & ~highs) &+ ~highs) | x) & highs }

    /// The high bit of each byte of `x` that is zero, exact for the first (a borrow only flags
    /// bytes after a zero one); bytes are in memory order from the low end (little-endian words).
    @inline(__always) static func zeroBytes(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }

    /// How many of the eight bytes at `p + i` are spaces before the first that is not (8: all).
    @inline(__always) static func leadingSpaces(_ p: UnsafePointer<UInt8>, _ i: Int) -> Int {
        let x = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self).littleEndian ^ (ones &* 0x20)
        return nonZeroBytes(x).trailingZeroBitCount >> 3
    }

    /// How many of the eight bytes at `p + i` come before the first that may end a word: a blank
    /// or control byte (below 0x21), ':' or a byte above 0x7F (a no-break space starts with
    /// one); 8: none.
    /// The byte-by-byte loop decides at that byte. Only the first flag of each test is exact,
    /// and only the first is used.
    @inline(__always) private static func leadingWordBytes(_ p: UnsafePointer<UInt8>, _ i: Int) -> Int {
        let x = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self).littleEndian
        let below = (x &- ones &* 0x21) & ~x & highs
        return (below | zeroBytes(x ^ (ones &* 0x3A)) | (x & highs)).trailingZeroBitCount >> 3
    }

    /// Lexes one line of text given as a `String`, for the few places that hold text rather than
    /// bytes (writers checking how a line they write reads back).
    static func lexing<T>(_ text: String, _ body: (LineLexer) -> T) -> T {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { b in
            var lx = LineLexer(b)
            lx.lex(Line(number: 1, start: 0, end: b.count))
            return body(lx)
        }
    }

    @inlinable var isBlank: Bool { count == 0 }

    /// The catalog's spelling index of the name that tokens `from..<to` spell, or nil.
    func catalogSpelling(_ from: Int, _ to: Int) -> Int? {
        FeatureCatalog.lookup(bytes, tokens: storage[from..<to])
    }

    /// Index of the first colon token, or nil.
    var firstColon: Int? {
        for i in 0..<count where storage[i].kind == .colon { return i }
        return nil
    }

    @inlinable func token(_ i: Int) -> Token { storage[i] }

    /// Whether token `i` exists and is exactly `text`.
    @inlinable func isWord(_ i: Int, _ text: StaticString) -> Bool {
        guard i < count else { return false }
        let t = storage[i]
        return ByteText.equals(bytes, t.start, t.end, text)
    }

    /// Whether token `i` holds a decimal digit.
    func tokenHasDigit(_ i: Int) -> Bool {
        let t = storage[i]
        return (t.start..<t.end).contains { ByteText.isDigit(bytes[$0]) }
    }

    @inlinable func isColon(_ i: Int) -> Bool { i < count && storage[i].kind == .colon }

    /// Whether the tokens from `from` spell `phrase`: its words separated by single spaces, a
    /// colon as a word of its own (`"Serial Number :"`). No allocation: this runs on every line,
    /// inlined (the call cost more than the comparison, which mostly fails on the first bytes).
    @inline(__always) func matches(_ phrase: StaticString, from: Int = 0) -> Bool {
        let p = phrase.utf8Start
        let n = phrase.utf8CodeUnitCount
        // Most lines fail on the first byte: say so before the loop.
        guard from < count, n > 0, bytes[storage[from].start] == p[0] else { return n == 0 }
        var k = 0
        var i = from
        while k < n {
            guard i < count else { return false }
            let t = storage[i]
            var j = t.start
            while j < t.end {
                guard k < n, p[k] == bytes[j] else { return false }
                j += 1
                k += 1
            }
            if k < n {
                guard p[k] == 0x20 else { return false }
                k += 1
            }
            i += 1
        }
        return true
    }

    /// The byte that ends the line's text (its last token's last byte); the line has a token.
    var lastByte: UInt8 { bytes[storage[count - 1].end - 1] }

    /// The text of token `i`.
    func text(_ i: Int) -> String { ByteText.string(bytes, storage[i].start, storage[i].end) }

    /// The raw text from token `from` to the end of the line, trailing blanks removed.
    func rest(from: Int) -> String {
        guard from < count else { return "" }
        return ByteText.string(bytes, storage[from].start, storage[count - 1].end)
    }

    /// Words `from..<to` with each run of blanks made one space: the canonical spelling of a name. Text that is
    /// already single-spaced (the usual case) becomes one string straight from the bytes.
    /// `spacingTouches`: tokens that touch (`Key::`) are spaced too, as the words of a sentence.
    func joined(_ from: Int, _ to: Int, spacingTouches: Bool = false) -> String {
        guard from < to else { return "" }
        var singleSpaced = true
        for i in (from + 1)..<max(from + 1, to) {
            let gapStart = storage[i - 1].end
            let gap = storage[i].start - gapStart
            if gap > 1 || (gap == 1 && bytes[gapStart] != 0x20) || (gap == 0 && spacingTouches) { singleSpaced = false; break }
        }
        if singleSpaced { return ByteText.string(bytes, storage[from].start, storage[to - 1].end) }
        var out: [UInt8] = []
        for i in from..<to {
            // Blanks become one space; tokens that touch (`Key::`) keep touching unless spaced.
            if i > from && (spacingTouches || storage[i].start > storage[i - 1].end) { out.append(0x20) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[storage[i].start..<storage[i].end]))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Columns count from `origin`: the physical line's start, when the line lexed is one of
    /// several on it (`ByteScanner`).
    mutating func countColumns(from origin: Int) { columnOrigin = origin }

    /// 1-based byte column of a byte of the line.
    func column(atOffset offset: Int) -> Int { offset - columnOrigin + 1 }

    /// 1-based byte column of token `i` (or of the line end when past the last token).
    func column(_ i: Int) -> Int {
        (i < count ? storage[i].start : line.end) - columnOrigin + 1
    }

    func span(_ i: Int) -> SourceSpan {
        let offset = i < count ? storage[i].start : line.end
        return SourceSpan(line: line.number, column: offset - columnOrigin + 1, offset: baseOffset + offset)
    }

    /// The position of the line's first token.
    var lineSpan: SourceSpan { span(0) }

    /// The whole line as written, trailing blanks removed (what an unparsed line keeps).
    var verbatim: String {
        ByteText.string(bytes, line.start, ByteText.trimEnd(bytes, line.start, line.end))
    }

    /// The line as written from a margin `margin` blanks in (another line's indentation), its
    /// deeper indentation as spaces: a paste indented as a whole reads the same.
    func text(fromMargin margin: Int) -> String {
        String(repeating: " ", count: max(0, indent - margin)) + rest(from: 0)
    }
}
