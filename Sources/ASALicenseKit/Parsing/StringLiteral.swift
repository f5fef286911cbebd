#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An output held in a program's string literal whose quotes stand on its first and last lines,
/// as a parser's test or a script keeps a sample (`SHOW_ACTIVATION_KEY = """Serial Number: …`
/// … `… running permanent key."""`; `out := \`…\``; `golden = {'execute.return_value': '''…'''}`),
/// or a ticket system's CSV export its field (`INC1,fw1,"fw1# show version` … `…license."`).
/// The text after the opening quotes is the output's first line and the text before the
/// closing ones its last; the code around them is no part of it. (A literal whose quotes
/// stand alone on their lines is read so already: the opener is text before the output, the
/// closer framing, `closesTripleQuotes`.) A shell's, Ruby's or Perl's here-document
/// (`cat <<'EOF' > fw1.txt`, `OUTPUT = <<~EOS`) holds the lines after its opener, up to its
/// word alone; a YAML block scalar (`show_version: |`), its lines indented past its key's; an
/// XML document's CDATA section (a Confluence page's code macro, a JUnit report's
/// `<system-out><![CDATA[…`), the text between `<![CDATA[` and `]]>`, the markup around them none.
enum StringLiteral {
    /// A line that is only the triple quotes closing a Python string, and the brackets,
    /// parentheses and commas after them (`'''`, `"""`, `'''}`, `"""),`).
    static func closesTripleQuotes(_ lexer: LineLexer) -> Bool {
        guard lexer.count == 1 else { return false }
        let bytes = lexer.bytes
        let t = lexer.token(0)
        let quote = bytes[t.start]
        guard t.length >= 3, bytes[t.start + 1] == quote, bytes[t.start + 2] == quote else { return false }
        return (t.start + 3..<t.end).allSatisfy { i in
            switch bytes[i] {
            case UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ")"), UInt8(ascii: ","): true
            default: false
            }
        }
    }

    /// A literal opened on line `line` by `quote` (`"`, `'` or `` ` ``), three of them when
    /// `tripled`; its text starts at `text` (the line's end when the opener ends the line).
    /// `closedAt`: the line its closing quotes end, once read (read again, it closes again).
    struct Open {
        let line: Int
        let text: Int
        let quote: UInt8
        let tripled: Bool
        /// Opened after a comma: a CSV field, whose closing quote may have fields after it.
        let csvField: Bool
        var closedAt: Int? = nil
        /// A here-document's word (`EOF`), which closes it alone on a line; nil for quotes.
        var hereDocument: [UInt8]? = nil
        /// A YAML block scalar's key's indentation (`output: |`): the first line not blank
        /// indented no more than it ends the block, and is none of it.
        var blockIndent: Int? = nil
        /// A CDATA section, which `]]>` closes.
        var cdata = false
    }

    /// The literal the line `lexer` holds opens, when it opens one that it does not close:
    /// its first quote that stands after an assignment, a key or an argument's opening (`=`,
    /// `:`, `(`, `,`, `[`, `{`, a Python prefix such as `r` between), or at the line's start.
    static func opening(_ lexer: LineLexer) -> Open? {
        guard lexer.count > 0 else { return nil }
        let bytes = lexer.bytes
        let start = lexer.token(0).start, end = ByteText.trimEnd(bytes, start, lexer.line.end)
        if isBlockScalarKey(lexer) {
            return Open(line: lexer.line.number, text: lexer.line.end, quote: 0, tripled: false, csvField: false, blockIndent: lexer.indent)
        }
        if let word = hereDocumentWord(bytes, start, end) {
            return Open(line: lexer.line.number, text: lexer.line.end, quote: 0, tripled: false, csvField: false, hereDocument: word)
        }
        if let opener = ByteText.firstIndex(of: cdataOpener, in: bytes, start, end) {
            let text = opener + cdataOpener.utf8CodeUnitCount
            // (A section closed on its line holds no output of lines.)
            guard ByteText.firstIndex(of: cdataCloser, in: bytes, text, end) == nil else { return nil }
            return Open(line: lexer.line.number, text: text < end ? text : lexer.line.end, quote: 0, tripled: false, csvField: false, cdata: true)
        }
        var i = start
        while i < end {
            let b = bytes[i]
            guard isQuote(b) else {
                i += 1
                continue
            }
            let tripled = i + 2 < end && bytes[i + 1] == b && bytes[i + 2] == b
            let after = i + (tripled ? 3 : 1)
            let before = delimiterBefore(bytes, i, lineStart: start)
            let close = closing(bytes, from: after, end: end, quote: b, tripled: tripled)
            if let before, close == nil {
                let text = ByteText.skipSpace(bytes, after, end)
                return Open(line: lexer.line.number, text: text < end ? after : lexer.line.end, quote: b, tripled: tripled,
                            csvField: before == UInt8(ascii: ","))
            }
            // On after this literal, closed on the line (`{'cmd': 'show version', 'out': '''…`).
            guard let close else { return nil }
            i = close
        }
        return nil
    }

    /// Whether the text after the opening quotes of `open` (on the line `lexer` holds) starts
    /// an output: none does when the quotes end the line, and a literal's first line of other
    /// text (prose, a heading) is the program's, as it would be standing alone.
    static func startsOutput(_ open: Open, _ lexer: LineLexer) -> Bool {
        guard open.text < lexer.line.end else { return false }
        // An output's first line is short and holds no `\n` escape: a longer one is a string
        // of lines on one line that lost its closing quote (`"response": ["Serial Number: …\n…`),
        // or an output that lost its line breaks, which are read as such, not as a literal.
        guard lexer.line.end - open.text < FlattenedLines.minimumLength,
              memchr(lexer.bytes.baseAddress! + open.text, Int32(UInt8(ascii: "\\")), lexer.line.end - open.text) == nil else { return false }
        var text = lexer
        text.lex(Line(number: open.line, start: open.text, end: lexer.line.end))
        let kind = LineClassifier.classify(text)
        return kind != .other && kind != .blank || ActivationKeyParser.isCatalogRow(text)
    }

    /// Where the text of the line `start..<end` ends when it ends with the closing quotes of
    /// `open` (and the brackets, commas and semicolons a program writes after them; a CSV
    /// field's next fields): nil when it does not.
    static func closingTextEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ open: Open) -> Int? {
        guard open.blockIndent == nil else { return nil }  // (ended before a line: `LineFraming`)
        var e = ByteText.trimEnd(bytes, start, end)
        if open.cdata { return ByteText.firstIndex(of: cdataCloser, in: bytes, start, e) }
        if let word = open.hereDocument {
            let first = ByteText.skipSpace(bytes, start, e)
            return e - first == word.count && word.indices.allSatisfy({ bytes[first + $0] == word[$0] }) ? start : nil
        }
        if open.csvField {
            // (The field's quote is the line's last odd one: inner quotes are doubled.)
            guard let close = lastUnpairedQuote(bytes, start, e, quote: open.quote) else { return nil }
            let rest = close + 1
            guard rest == e || bytes[rest] == UInt8(ascii: ",") else { return nil }
            return close
        }
        while e > start && isCodeAfterLiteral(bytes[e - 1]) { e -= 1 }
        var run = 0
        while e - run > start && bytes[e - run - 1] == open.quote { run += 1 }
        guard run > 0, e - run == start || bytes[e - run - 1] != UInt8(ascii: "\\") else { return nil }
        if open.tripled { return run >= 3 ? e - 3 : nil }
        // A single quote closes only when it is the line's unmatched one (`System image file is
        // "disk0:/…"` inside the literal keeps both of its own).
        var count = 0
        for j in start..<e where bytes[j] == open.quote { count += 1 }
        return count % 2 == 1 ? e - 1 : nil
    }

    /// Whether the line is a YAML key (or a list's item) whose value is a block scalar on the
    /// lines after it (`stdout: |`, `show_version: |-`, `- >`).
    private static func isBlockScalarKey(_ lx: LineLexer) -> Bool {
        guard lx.count >= 2 else { return false }
        let bytes = lx.bytes, last = lx.token(lx.count - 1)
        guard bytes[last.start] == UInt8(ascii: "|") || bytes[last.start] == UInt8(ascii: ">"), last.length <= 3 else { return false }
        for i in (last.start + 1)..<last.end {
            let b = bytes[i]
            guard b == UInt8(ascii: "-") || b == UInt8(ascii: "+") || ByteText.isDigit(b) else { return false }
        }
        let before = lx.token(lx.count - 2)
        let mark = bytes[before.end - 1]
        return mark == UInt8(ascii: ":") || (mark == UInt8(ascii: "-") && before.length == 1)
    }

    /// The word of the here-document the line `start..<end` opens (`<<EOF`, `<<-EOF`, `<<~EOS`,
    /// `<<'EOF'`, `<<"END"`): a word of capitals, digits and `_` after a blank or `=` (`x << y`
    /// shifts).
    private static func hereDocumentWord(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [UInt8]? {
        var i = start
        while i + 2 < end {
            guard bytes[i] == UInt8(ascii: "<"), bytes[i + 1] == UInt8(ascii: "<"),
                  i == start || ByteText.isSpace(bytes[i - 1]) || bytes[i - 1] == UInt8(ascii: "=") else {
                i += 1
                continue
            }
            var j = i + 2
            if j < end && (bytes[j] == UInt8(ascii: "~") || bytes[j] == UInt8(ascii: "-")) { j += 1 }
            let quote: UInt8? = j < end && (bytes[j] == UInt8(ascii: "'") || bytes[j] == UInt8(ascii: "\"")) ? bytes[j] : nil
            if quote != nil { j += 1 }
            let wordStart = j
            while j < end && (bytes[j] &- UInt8(ascii: "A") < 26 || ByteText.isDigit(bytes[j]) || bytes[j] == UInt8(ascii: "_")) { j += 1 }
            let closes = quote.map { j < end && bytes[j] == $0 } ?? true
            let after = quote == nil ? j : j + 1
            if j - wordStart >= 2, !ByteText.isDigit(bytes[wordStart]), closes, after == end || !isWordByte(bytes[after]) {
                return Array(bytes[wordStart..<j])
            }
            i += 2
        }
        return nil
    }

    private static let cdataOpener: StaticString = "<![CDATA["
    private static let cdataCloser: StaticString = "]]>"

    @inline(__always) private static func isQuote(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: "`")
    }

    @inline(__always) private static func isCodeAfterLiteral(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ")") || b == UInt8(ascii: "]") || b == UInt8(ascii: "}") || b == UInt8(ascii: ",")
            || b == UInt8(ascii: ";") || ByteText.isSpace(b)
    }

    /// The delimiter before the quote at `i` (past blanks and a Python string's prefix letters,
    /// `r"""`), or 0 at the line's start; nil when a word stands before it (`don't`, `it's`).
    private static func delimiterBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, lineStart: Int) -> UInt8? {
        var j = i
        var letters = 0
        while j > lineStart && letters < 2 && isPrefixLetter(bytes[j - 1]) {
            j -= 1
            letters += 1
        }
        // (Letters right after a word are the word's end: `shouldn't`, not a prefix.)
        if letters > 0 && j > lineStart && isWordByte(bytes[j - 1]) { return nil }
        while j > lineStart && ByteText.isSpace(bytes[j - 1]) { j -= 1 }
        guard j > lineStart else { return 0 }
        switch bytes[j - 1] {
        case UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "{"):
            return bytes[j - 1]
        default:
            return nil
        }
    }

    @inline(__always) private static func isWordByte(_ b: UInt8) -> Bool {
        ByteText.isLetter(b) || ByteText.isDigit(b) || b == UInt8(ascii: "_")
    }

    @inline(__always) private static func isPrefixLetter(_ b: UInt8) -> Bool {
        switch b | 0x20 {
        case UInt8(ascii: "r"), UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "u"): true
        default: false
        }
    }

    /// Where the literal whose text starts at `from` closes on the line (after its quotes), or nil.
    private static func closing(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, end: Int, quote: UInt8, tripled: Bool) -> Int? {
        var j = from
        while j < end {
            let b = bytes[j]
            if b == UInt8(ascii: "\\") && quote != UInt8(ascii: "`") {
                j += 2
                continue
            }
            if b == quote {
                if !tripled { return j + 1 }
                if j + 2 < end && bytes[j + 1] == quote && bytes[j + 2] == quote { return j + 3 }
            }
            j += 1
        }
        return nil
    }

    /// The last quote of the line that is not one of a doubled pair (a CSV field's inner quote).
    private static func lastUnpairedQuote(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, quote: UInt8) -> Int? {
        var last: Int?
        var j = start
        while j < end {
            if bytes[j] == quote {
                if j + 1 < end && bytes[j + 1] == quote {
                    j += 2
                    continue
                }
                last = j
            }
            j += 1
        }
        return last
    }
}
