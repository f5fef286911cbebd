/// Splits one line into tokens: words separated by white space, and colons. A colon ends the
/// word it closes (`Number:` → `Number`, `:`); a colon inside a word that does not end it
/// (`2001:db8::1`, `09:15:45`) stays in the word, so addresses and times are one token.
///
/// The token array is reused from line to line: no allocation once it has grown.
struct LineLexer {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var tokens: [Token] = []
    private(set) var line = Line(number: 0, start: 0, end: 0)
    /// Column (0-based, in bytes) of the first token; the line's indentation.
    private(set) var indent = 0
    /// Where `bytes` starts in the whole input (a chunk of a stream starts further on): spans
    /// count offsets from the start of the input.
    let baseOffset: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, baseOffset: Int = 0) {
        self.bytes = bytes
        self.baseOffset = baseOffset
        tokens.reserveCapacity(32)
    }

    /// `colonsInWords`: configuration commands take a colon as part of a word (`secret ab:cd:`).
    mutating func lex(_ line: Line, colonsInWords: Bool = false) {
        self.line = line
        tokens.removeAll(keepingCapacity: true)
        let end = line.end
        var i = line.start
        indent = -1
        while i < end {
            let b = bytes[i]
            if ByteText.isSpace(b) { i += 1; continue }
            // A no-break space (U+00A0), which text copied from web pages puts between words.
            if b == 0xC2 && i + 1 < end && bytes[i + 1] == 0xA0 { i += 2; continue }
            if indent < 0 { indent = i - line.start }
            if b == 0x3A && !colonsInWords {  // a colon at the start of a token is a token of its own
                tokens.append(Token(kind: .colon, start: i, end: i + 1))
                i += 1
                continue
            }
            let start = i
            while i < end {
                let c = bytes[i]
                // Letters and most punctuation lie above ':' (0x3A); blanks and ':' do not.
                if c > 0x3A {
                    if c == 0xC2 && i + 1 < end && bytes[i + 1] == 0xA0 { break }
                    i += 1
                    continue
                }
                if ByteText.isSpace(c) { break }
                if c == 0x3A && !colonsInWords {
                    // Colons that close the word (`Name::`) are tokens of their own; a colon run
                    // inside it (`2001:db8::1`) stays.
                    var next = i + 1
                    while next < end && bytes[next] == 0x3A { next += 1 }
                    if next == end || ByteText.isSpace(bytes[next]) || (bytes[next] == 0xC2 && next + 1 < end && bytes[next + 1] == 0xA0) { break }
                    i = next
                    continue
                }
                i += 1
            }
            tokens.append(Token(kind: .word, start: start, end: i))
        }
        if indent < 0 { indent = 0 }
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

    @inlinable var count: Int { tokens.count }
    @inlinable var isBlank: Bool { tokens.isEmpty }

    /// Index of the first colon token, or nil.
    var firstColon: Int? {
        for i in tokens.indices where tokens[i].kind == .colon { return i }
        return nil
    }

    @inlinable func token(_ i: Int) -> Token { tokens[i] }

    /// Whether token `i` exists and is exactly `text`.
    @inlinable func isWord(_ i: Int, _ text: StaticString) -> Bool {
        guard i < tokens.count else { return false }
        let t = tokens[i]
        return ByteText.equals(bytes, t.start, t.end, text)
    }

    @inlinable func isColon(_ i: Int) -> Bool { i < tokens.count && tokens[i].kind == .colon }

    /// Whether the tokens from `from` spell `phrase`: its words separated by single spaces, a
    /// colon as a word of its own (`"Serial Number :"`). No allocation: this runs on every line.
    func matches(_ phrase: StaticString, from: Int = 0) -> Bool {
        let p = phrase.utf8Start
        let n = phrase.utf8CodeUnitCount
        var k = 0
        var i = from
        while k < n {
            guard i < tokens.count else { return false }
            let t = tokens[i]
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

    /// The text of token `i`.
    func text(_ i: Int) -> String { ByteText.string(bytes, tokens[i].start, tokens[i].end) }

    /// The raw text from token `from` to the end of the line, trailing blanks removed.
    func rest(from: Int) -> String {
        guard from < tokens.count else { return "" }
        return ByteText.string(bytes, tokens[from].start, tokens[tokens.count - 1].end)
    }

    /// Words `from..<to` with each run of blanks made one space: the canonical spelling of a name. Text that is
    /// already single-spaced (the usual case) becomes one string straight from the bytes.
    func joined(_ from: Int, _ to: Int) -> String {
        guard from < to else { return "" }
        var singleSpaced = true
        for i in (from + 1)..<max(from + 1, to) {
            let gapStart = tokens[i - 1].end
            let gap = tokens[i].start - gapStart
            if gap > 1 || (gap == 1 && bytes[gapStart] != 0x20) { singleSpaced = false; break }
        }
        if singleSpaced { return ByteText.string(bytes, tokens[from].start, tokens[to - 1].end) }
        var out: [UInt8] = []
        for i in from..<to {
            // Blanks become one space; tokens that touch (`Key::`) keep touching.
            if i > from && tokens[i].start > tokens[i - 1].end { out.append(0x20) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[tokens[i].start..<tokens[i].end]))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// 1-based byte column of token `i` (or of the line end when past the last token).
    func column(_ i: Int) -> Int {
        i < tokens.count ? tokens[i].start - line.start + 1 : line.end - line.start + 1
    }

    func span(_ i: Int) -> SourceSpan {
        let offset = i < tokens.count ? tokens[i].start : line.end
        return SourceSpan(line: line.number, column: offset - line.start + 1, offset: baseOffset + offset)
    }

    /// The position of the line's first token.
    var lineSpan: SourceSpan { span(0) }

    /// The whole line as written, trailing blanks removed (what an unparsed line keeps).
    var verbatim: String {
        ByteText.string(bytes, line.start, ByteText.trimEnd(bytes, line.start, line.end))
    }
}
