/// A line where whoever pasted an output left some of it out: `...`, `…`, `. . .`, `<snip>`,
/// `--- snip ---`, `[output omitted]`, `(truncated)`, `<...>`, a diff's hunk header
/// (`@@ -44,14 +44,14 @@`, `8,25c8,24`, `*** 7,13 ****`) after lines it does not show. Blog posts and tickets shorten
/// long outputs so; no device prints such a line in licence text. The parsers pass it over with
/// a warning (DOC003) and read on: a block it stands in goes on after it.
///
/// Grammar (`elision` in Grammars/show-activation-key.ebnf): filler, then at most six words of the vocabulary below with
/// at least one that says lines were left out, then filler; or filler alone when it holds an
/// ellipsis (two dots in a row, or `…`). Filler is blanks and the marks `. < > [ ] ( ) { } - * = ~ _ #`
/// (the angle brackets also as `&lt;` and `&gt;`, in a web page's source; the dash also as the
/// en and em dashes of a blog's typography, `— snip —`).
/// A line of dashes or equals signs alone is a rule, not an elision; so are four dots or more
/// alone where they open or close AsciiDoc's literal block (`LiteralBlock`, told before).
enum Elision {
    /// Whether the lexed line is an elision marker.
    static func isMarker(_ lx: LineLexer) -> Bool {
        guard lx.count > 0 else { return false }
        let p = lx.bytes
        let first = p[lx.token(0).start]
        // A unified diff's hunk header where its text does not follow on (`DiffInput`):
        // the lines between the hunks are left out.
        if first == UInt8(ascii: "@") {
            return DiffInput.hunkHeader(p, lx.token(0).start, lx.token(lx.count - 1).end) != nil
        }
        // So is a normal diff's command (`8,25c8,24`), and a context diff's old range (`*** 7,13 ****`).
        if ByteText.isDigit(first) {
            return lx.count == 1 && DiffInput.normalCommand(p, lx.token(0).start, lx.token(0).end) != nil
        }
        if first == UInt8(ascii: "*") && DiffInput.contextRange(p, lx.token(0).start, lx.token(lx.count - 1).end, mark: first) != nil { return true }
        guard lx.count <= 8 else { return false }
        // Only lines that start with filler, an ellipsis or a word of the vocabulary are looked at.
        switch first {
        case UInt8(ascii: "."), 0xE2, UInt8(ascii: "<"), UInt8(ascii: "&"), UInt8(ascii: "["), UInt8(ascii: "("), UInt8(ascii: "{"),
             UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "="), UInt8(ascii: "~"), UInt8(ascii: "_"), UInt8(ascii: "#"),
             UInt8(ascii: "s"), UInt8(ascii: "S"), UInt8(ascii: "o"), UInt8(ascii: "O"), UInt8(ascii: "r"), UInt8(ascii: "R"),
             UInt8(ascii: "l"), UInt8(ascii: "L"), UInt8(ascii: "t"), UInt8(ascii: "T"):
            break
        default:
            return false
        }
        var words = 0
        var saysLeftOut = false
        var ellipsis = false
        var lastWasDot = false
        var wordStart = -1
        // One pass over the line's bytes: filler between words, words checked against the vocabulary.
        func endWord(at i: Int) -> Bool {
            guard wordStart >= 0 else { return true }
            defer { wordStart = -1 }
            words += 1
            guard words <= 6, let leftOut = vocabularyEntry(p, wordStart, i) else { return false }
            if leftOut { saysLeftOut = true }
            return true
        }
        guard let base = p.baseAddress else { return false }
        var i = lx.token(0).start
        let end = lx.token(lx.count - 1).end
        while i < end {
            let b = p[i]
            if b == 0xE2 && i + 2 < end && p[i + 1] == 0x80 && p[i + 2] == 0xA6 {  // `…`
                guard endWord(at: i) else { return false }
                ellipsis = true
                i += 3
                continue
            }
            // An en or em dash, as a blog's typography makes of `--` and `---`, is filler as a dash is.
            if b == 0xE2, case let n = ByteText.dashLength(p, i, end), n > 0 {
                guard endWord(at: i) else { return false }
                lastWasDot = false
                i += n
                continue
            }
            // A no-break space, as a web page's copy (or its source: `&nbsp;`) has one between
            // words, is a blank.
            let noBreak = LineLexer.noBreakSpaceLength(base, i, end)
            if noBreak > 0 {
                guard endWord(at: i) else { return false }
                i += noBreak
                continue
            }
            // `&lt;snip&gt;`: the angle brackets as a web page's source escapes them are filler too.
            if b == UInt8(ascii: "&") && i + 3 < end && p[i + 2] == UInt8(ascii: "t") && p[i + 3] == UInt8(ascii: ";")
                && (p[i + 1] == UInt8(ascii: "l") || p[i + 1] == UInt8(ascii: "g")) {
                guard endWord(at: i) else { return false }
                lastWasDot = false
                i += 4
                continue
            }
            if ByteText.isLetter(b) {
                if wordStart < 0 { wordStart = i }
                lastWasDot = false
                i += 1
                continue
            }
            guard endWord(at: i) else { return false }
            switch b {
            case UInt8(ascii: "."):
                if lastWasDot { ellipsis = true }
                lastWasDot = true
            case 0x20, 0x09:
                break  // `. . .`: dots apart still make one ellipsis
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "("), UInt8(ascii: ")"),
                 UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "="), UInt8(ascii: "~"),
                 UInt8(ascii: "_"), UInt8(ascii: "#"):
                lastWasDot = false
            default:
                return false
            }
            i += 1
        }
        guard endWord(at: end) else { return false }
        if words == 0 { return ellipsis || spacedDots(lx) }
        return saysLeftOut
    }

    /// `. . .`: three dots apart, each a token.
    private static func spacedDots(_ lx: LineLexer) -> Bool {
        guard lx.count >= 3 else { return false }
        for i in 0..<lx.count where !lx.isWord(i, ".") { return false }
        return true
    }

    /// Words an elision may hold, in lower case, with whether each says lines were left out.
    private static let vocabulary: [(word: StaticString, leftOut: Bool)] = [
        ("snip", true), ("snipped", true), ("snipping", true), ("omitted", true), ("omit", true), ("truncated", true),
        ("trimmed", true), ("removed", true), ("deleted", true), ("skipped", true), ("cut", true), ("elided", true),
        ("output", false), ("lines", false), ("line", false), ("rest", false), ("of", false), ("the", false), ("some", false),
        ("for", false), ("brevity", false), ("here", false), ("text", false), ("more", false), ("irrelevant", false),
        ("unrelated", false), ("other", false),
    ]

    /// The vocabulary's entry for the letters `p[start..<end]`, in any case; nil for another word.
    private static func vocabularyEntry(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool? {
        for (word, leftOut) in vocabulary where word.utf8CodeUnitCount == end - start {
            let w = word.utf8Start
            var k = 0
            while k < end - start && p[start + k] | 0x20 == w[k] { k += 1 }
            if k == end - start { return leftOut }
        }
        return nil
    }
}

extension ParseContext {
    /// Lines left out of a paste (`...`, `<snip>`, with a warning), a PDF's page break, RANCID's
    /// lines for a unit: passed over, and a block they stand in goes on after them. False else.
    mutating func passesOverLinesLeftOut() -> Bool {
        if passesOverPageBreak() || passesOverBackupDigestLine() { return true }
        guard Elision.isMarker(lexer) else { return false }
        reportInLineOrder(.warning, .DOC003, "lines were left out of the paste here ('\(lexer.rest(from: 0))'); what they held is missing", at: lexer.lineSpan)
        return true
    }
}
