/// The markup of the page, ticket or post an output was pasted into, around it:
/// - a web page's source: `<pre>`, `<pre class="…">`, `<code>`, `</code></pre>`, a wiki's
///   `<syntaxhighlight>`, a blog editor's `<br />` after each line, an HTML comment;
/// - a ticket's or a wiki's macros (Jira, Confluence): `{code}`, `{code:title=fw1}`,
///   `{noformat}`, `{quote}`, `{panel:…}`; a forum's BBCode (`[code]`, `[/code]`, `[quote=…]`,
///   in either case: `[CODE]`) and AsciiDoc's `[source,text]`, `[literal]`;
/// - alone on a line, the block a document's source puts a listing in (`blockDelimiter`):
///   LaTeX's `\begin{verbatim}` … `\end{verbatim}`, Org mode's `#+BEGIN_SRC` … `#+END_SRC`.
/// Alone on a line or glued to its text (`<pre>fw1# show version`, `… license.{code}`). Only
/// names that hold text on a page are told: `<--- More --->`, `<context>`, `<removed>`,
/// `<snip>` and `[OK]` are the output's own.
enum PageMarkup {
    /// HTML's tags taken off, lowercase: those a page wraps preformatted text in, those an
    /// editor puts around or between its lines, MediaWiki's and DokuWiki's blocks.
    private static let htmlNames: [StaticString] = [
        "pre", "code", "samp", "kbd", "tt", "p", "br", "div", "span", "font", "b", "strong", "em", "i", "blockquote", "li",
        "syntaxhighlight", "source", "file", "textarea", "input",
        // GitHub's folded section around a paste (`<details><summary>show version</summary>`);
        // a rule under a listing; Outlook's empty paragraph mark in a mail's HTML
        // (`<p class=MsoNormal>Serial Number: …<o:p></o:p></p>`).
        "details", "summary", "hr", "o:p",
        // A highlighter's list or table of lines (Prettify's `<ol class="linenums"><li>`, a
        // code view's `<tr><td class="blob-num"></td><td class="blob-code">`).
        "ol", "ul", "table", "tbody", "tr", "td",
    ]
    /// Those of `htmlNames` that hold preformatted text: closed, the output in them ends.
    /// (A forum's `<textarea>` holds a paste; TTP's `<input>` the sample its template parses;
    /// GitHub's `<details>` the fenced paste folded in it.)
    private static let htmlBlockNames: [StaticString] = ["pre", "code", "samp", "syntaxhighlight", "source", "file", "textarea", "input", "details"]
    /// The macros and BBCode tags taken off. A macro opens and closes the same, so any may end
    /// an output.
    /// (AsciiDoc's `[source,text]`, `[literal]` and `[listing]` stand over a block as BBCode's tags do.)
    private static let macroNames: [StaticString] = ["code", "noformat", "quote", "panel", "pre", "source", "literal", "listing"]

    /// Where the markup at `i` (a `<`, `{` or `[`) ends, after its `>`, `}` or `]`, and whether
    /// it may close the output before it (`</pre>`, `{code}`: the output ends there); nil when
    /// none of the names is there. Attributes and parameters (`class="…"`,
    /// `:title=fw1|borderStyle=solid`, `=user`, `,text`) are passed over to the close.
    static func tag(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (end: Int, closesOutput: Bool)? {
        guard i < end else { return nil }
        if ByteText.hasPrefix(bytes, i, end, "<!--") { return comment(bytes, i, end) }
        let close: UInt8
        switch bytes[i] {
        case UInt8(ascii: "<"): close = UInt8(ascii: ">")
        case UInt8(ascii: "{"): close = UInt8(ascii: "}")
        case UInt8(ascii: "["): close = UInt8(ascii: "]")
        default: return nil
        }
        var j = i + 1
        // HTML and BBCode close a tag with a slash: `</pre>`, `[/code]`.
        let closing = close != UInt8(ascii: "}") && j < end && bytes[j] == UInt8(ascii: "/")
        if closing { j += 1 }
        let nameStart = j
        while j < end && ByteText.isLetter(bytes[j]) { j += 1 }
        // (A name in a namespace: Office's `o:p`.)
        if j + 1 < end && bytes[j] == UInt8(ascii: ":") && close == UInt8(ascii: ">") && ByteText.isLetter(bytes[j + 1]) {
            j += 1
            while j < end && ByteText.isLetter(bytes[j]) { j += 1 }
        }
        let nameEnd = j
        guard j > nameStart, j < end else { return nil }
        let closesOutput: Bool
        if close == UInt8(ascii: ">") {
            guard htmlNames.contains(where: { $0.utf8CodeUnitCount == nameEnd - nameStart && ByteText.hasPrefixIgnoringCase(bytes, nameStart, nameEnd, $0) }),
                  bytes[j] == close || bytes[j] == UInt8(ascii: "/") || blankLength(bytes, j, end) > 0 else {
                return xmlElement(bytes, i, end, closing: closing)
            }
            closesOutput = closing && htmlBlockNames.contains { ByteText.equals(bytes, nameStart, nameEnd, $0) }
        } else {
            // (BBCode in either case, `[CODE]`; a wiki's macros as they are spelled.)
            let anyCase = close == UInt8(ascii: "]")
            guard macroNames.contains(where: { anyCase ? $0.utf8CodeUnitCount == nameEnd - nameStart && ByteText.hasPrefixIgnoringCase(bytes, nameStart, nameEnd, $0)
                                                       : ByteText.equals(bytes, nameStart, nameEnd, $0) }),
                  bytes[j] == close || bytes[j] == UInt8(ascii: ":") || bytes[j] == UInt8(ascii: "=") || bytes[j] == UInt8(ascii: ",") else { return nil }
            closesOutput = true
        }
        // To the close, with no markup opening inside (nor read in a control sequence: the
        // lexer reads it as a blank, and canonical CLI writes a space for it).
        while j < end && bytes[j] != close {
            if bytes[j] == bytes[i] { return nil }
            j = bytes[j] == 0x1B ? LineLexer.skipEscape(bytes.baseAddress!, from: j, end: end) : j + 1
        }
        return j < end ? (j + 1, closesOutput) : nil
    }

    /// A tag of an XML document a tool saved an output in, of any name (a JUnit report's
    /// `</system-out>`, Robot Framework's `<msg timestamp="…" level="INFO">` … `</msg>`): a
    /// closing tag, which closes the output, or an opening one with attributes. A name in angle
    /// brackets alone is the output's own or a placeholder in a reference (`<context>`,
    /// `<snip>`, `<ip-address>`): no device prints `</` nor `name="`.
    private static func xmlElement(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, closing: Bool) -> (end: Int, closesOutput: Bool)? {
        var j = i + (closing ? 2 : 1)
        let nameStart = j
        guard j < end, ByteText.isLetter(bytes[j]) else { return nil }
        while j < end, case let b = bytes[j], ByteText.isLetter(b) || ByteText.isDigit(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: "_")
                || b == UInt8(ascii: ".") || b == UInt8(ascii: ":") { j += 1 }
        guard j - nameStart <= 64 else { return nil }
        if closing {
            j = skipBlanks(bytes, j, end)
            return j < end && bytes[j] == UInt8(ascii: ">") ? (j + 1, true) : nil
        }
        // Attributes, `name="value"` or with `'`, to the `>` (or `/>`). No `<` stands inside a
        // tag, nor in a value (XML escapes it): the look ends at the next one, so that a line of
        // many is read once, not once for each.
        guard j < end, blankLength(bytes, j, end) > 0 else { return nil }
        var attributes = 0
        while true {
            j = skipBlanks(bytes, j, end)
            guard j < end else { return nil }
            if bytes[j] == UInt8(ascii: ">") || (bytes[j] == UInt8(ascii: "/") && j + 1 < end && bytes[j + 1] == UInt8(ascii: ">")) {
                return attributes > 0 ? (bytes[j] == UInt8(ascii: ">") ? j + 1 : j + 2, false) : nil
            }
            let attributeStart = j
            while j < end, case let b = bytes[j], b != UInt8(ascii: "="), b != UInt8(ascii: ">"), b != UInt8(ascii: "<"), blankLength(bytes, j, end) == 0 { j += 1 }
            guard j > attributeStart, j + 1 < end, bytes[j] == UInt8(ascii: "="),
                  case let quote = bytes[j + 1], quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
            j += 2
            while j < end && bytes[j] != quote {
                if bytes[j] == UInt8(ascii: "<") { return nil }
                j = bytes[j] == 0x1B ? LineLexer.skipEscape(bytes.baseAddress!, from: j, end: end) : j + 1
            }
            guard j < end else { return nil }
            j += 1
            attributes += 1
        }
    }

    /// The line `start..<end` alone is a block delimiter around a listing: LaTeX's
    /// `\begin{verbatim}` (`lstlisting`, `minted` and its language, `Verbatim`, `alltt`) or its
    /// `\end{…}`; Org mode's `#+BEGIN_SRC …`, `#+BEGIN_EXAMPLE` or its `#+END_…` (either case).
    /// Whether it closes the block (the output in it ends); nil for any other line.
    static func blockDelimiter(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool? {
        let e = ByteText.trimEnd(bytes, start, end)
        let s = ByteText.skipSpace(bytes, start, e)
        if ByteText.hasPrefix(bytes, s, e, "#+") {
            let closes = ByteText.hasPrefixIgnoringCase(bytes, s, e, "#+end_")
            guard closes || ByteText.hasPrefixIgnoringCase(bytes, s, e, "#+begin_") else { return nil }
            let name = s + (closes ? 6 : 8)
            var nameEnd = name
            while nameEnd < e && !ByteText.isSpace(bytes[nameEnd]) { nameEnd += 1 }
            let known = (nameEnd - name == 3 && ByteText.hasPrefixIgnoringCase(bytes, name, nameEnd, "src"))
                || (nameEnd - name == 7 && ByteText.hasPrefixIgnoringCase(bytes, name, nameEnd, "example"))
            return known && (!closes || nameEnd == e) ? closes : nil
        }
        guard s < e && bytes[s] == UInt8(ascii: "\\") else { return nil }
        let closes = ByteText.hasPrefix(bytes, s, e, "\\end{")
        guard closes || ByteText.hasPrefix(bytes, s, e, "\\begin{") else { return nil }
        let name = s + (closes ? 5 : 7)
        var nameEnd = name
        while nameEnd < e && ByteText.isLetter(bytes[nameEnd]) { nameEnd += 1 }
        guard nameEnd < e, bytes[nameEnd] == UInt8(ascii: "}"),
              latexListings.contains(where: { ByteText.equals(bytes, name, nameEnd, $0) }) else { return nil }
        // (`\begin{minted}{text}`, `\begin{lstlisting}[language=…]`: its options after it.)
        return closes ? (nameEnd + 1 == e ? true : nil) : false
    }

    /// LaTeX's environments for listings.
    private static let latexListings: [StaticString] = ["verbatim", "Verbatim", "lstlisting", "minted", "alltt", "BVerbatim"]

    /// An HTML comment at `i` (`<!-- wp:code -->`, a block editor's; a note the page's author
    /// left): where it ends, after its `-->`; it closes nothing. Such a comment is short: its
    /// end is looked for in the next 256 bytes (a line of `<!--` alone is not read over and
    /// over to its end).
    private static func comment(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (end: Int, closesOutput: Bool)? {
        var j = i + 4
        let end = min(end, i + 256)
        while j + 3 <= end {
            if bytes[j] == UInt8(ascii: "-") && ByteText.hasPrefix(bytes, j, end, "-->") { return (j + 3, false) }
            j += 1
        }
        return nil
    }

    /// Where the text after the markup (and blanks) at the start of `start..<end` starts
    /// (`start` when none opens it), whether any of it may close an output, and where the
    /// text's indentation counts from: the end of a list item, a table cell or a span right
    /// before it, which holds one line of the output whole (a highlighter's `<li class="L3">
    /// Shared …`, `<span class="line">`, a code view's `<td class="blob-code">`); else the
    /// text's start.
    static func textStart(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (start: Int, closesOutput: Bool, indentFrom: Int) {
        var i = start, indentFrom = start
        var closes = false
        while let tag = tag(bytes, i, end) {
            closes = closes || tag.closesOutput
            // (`tag` told the name whole: no other starts so.)
            let holdsLine = ByteText.hasPrefixIgnoringCase(bytes, i, tag.end, "<li") || ByteText.hasPrefixIgnoringCase(bytes, i, tag.end, "<td")
                || ByteText.hasPrefixIgnoringCase(bytes, i, tag.end, "<span")
            i = ByteText.skipSpace(bytes, tag.end, end)
            indentFrom = holdsLine ? tag.end : i
        }
        return (i, closes, indentFrom)
    }

    /// Where the text before the markup (and blanks) that ends `start..<end` ends (`end` when
    /// the text does not end with any), and whether any of it may close an output. A code
    /// fence glued to the text ends it too.
    static func textEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (end: Int, closesOutput: Bool) {
        // Markup is looked for back from the end, where a blank of the lexer's that is no space
        // (a control sequence, a no-break space) cannot be told from the bytes before it: where
        // the line holds one, it is looked at with each such blank a space.
        if let p = bytes.baseAddress, (start..<end).contains(where: { p[$0] == 0x1B || p[$0] >= 0x80 }) {
            let blanked = blanksAsSpaces(bytes, start, end)
            let found = blanked.withUnsafeBufferPointer { textEndOfSpaced($0, 0, $0.count) }
            return (found.end + start, found.closesOutput)
        }
        return textEndOfSpaced(bytes, start, end)
    }

    /// The bytes `start..<end`, each blank the lexer reads that is no space (`blankLength`)
    /// made spaces, one for each of its bytes: an offset in it is the same as in `bytes`.
    private static func blanksAsSpaces(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [UInt8] {
        var out = Array(bytes[start..<end])
        var i = start
        while i < end {
            let n = bytes[i] == 0x20 ? 0 : blankLength(bytes, i, end)
            if n > 0 {
                for j in i..<i + n { out[j - start] = 0x20 }
                i += n
            } else {
                i += 1
            }
        }
        return out
    }

    /// The length of the blank at `i` as the lexer reads it (`LineLexer.blankOrEscapeLength`):
    /// canonical CLI writes a space for it, so markup is told the same with either; 0 for none.
    private static func blankLength(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        LineLexer.blankOrEscapeLength(bytes.baseAddress!, i, end)
    }

    /// Where the blanks from `i` end (`blankLength`).
    private static func skipBlanks(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        LineLexer.skipBlanksAndEscapes(bytes.baseAddress!, i, end)
    }

    /// `textEnd` of bytes whose blanks are all spaces, tabs or line ends.
    private static func textEndOfSpaced(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (end: Int, closesOutput: Bool) {
        var e = ByteText.trimEnd(bytes, start, end)
        var found = false
        var closes = false
        while e > start {
            // A Markdown fence typed at the end of the output's last line (`… license.```):
            // the output ends there, as at a fence on a line of its own.
            if bytes[e - 1] == UInt8(ascii: "`") {
                var fence = e - 1
                while fence > start && bytes[fence - 1] == UInt8(ascii: "`") { fence -= 1 }
                guard e - fence >= 3, fence > start else { break }
                e = ByteText.trimEnd(bytes, start, fence)
                found = true
                closes = true
                continue
            }
            guard let opening = opening(of: bytes[e - 1]) else { break }
            // Markup is short: its opening is among the last 64 bytes, a run of blanks counted
            // as one (canonical CLI writes a line's words one blank apart: `</li\t\t…>` is read
            // the same again as `</li >`).
            var open = e - 2, counted = 1
            while open >= start && counted < 63 && bytes[open] != opening {
                if !(ByteText.isSpace(bytes[open]) && ByteText.isSpace(bytes[open + 1])) { counted += 1 }
                open -= 1
            }
            guard open >= start, let tag = tag(bytes, open, e), tag.end == e else { break }
            e = ByteText.trimEnd(bytes, start, open)
            found = true
            closes = closes || tag.closesOutput
        }
        return (found ? e : end, closes)
    }

    /// A page's source marks the prompt or the command it echoes (`fw1# <strong>show
    /// version</strong>`, `<b>fw1#</b> show version`, `fw1#<kbd> sh ver</kbd>`, `<span
    /// style="…">`, each word bold): the tags inside the line lexed are cut out of it. (Those
    /// that open or end a line are taken off with it: `ParseContext.takeOffFraming`.) The line
    /// is a prompt's (`Prompt.isPrompt`, which takes tags glued to it). Markdown's `**` inside
    /// a line is not cut: a configuration line's secret may hold it (`secret ***l*i`).
    @inline(__always) static func cutTags(_ lexer: inout LineLexer, colonsInWords: Bool = false) {
        guard lexer.count > 0 else { return }
        // (Most prompts' lines hold no `<` past the prompt's first byte. Each tag is cut once the
        // next is found, so that the line is lexed once past them all.)
        var last: (open: Int, end: Int)?
        forEachTag(lexer.bytes, lexer.token(0).start + 1, lexer.line.end) { open, end in
            if let last { lexer.cut(last.open, last.end, colonsInWords: colonsInWords, nextCut: open) }
            last = (open, end)
        }
        if let last { lexer.cut(last.open, last.end, colonsInWords: colonsInWords) }
    }

    /// Calls `body` with where each HTML tag in `from..<end` starts and ends, in order. A tag
    /// right after a `<` that nothing closed before it is none: cut out, it would join that `<`
    /// to a `>` after it into a tag of their own (`0x<ol <p>>` read `0x<ol >`, and that again
    /// `0x`), so the line would not read the same once written back.
    @inline(__always) static func forEachTag(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int, _ body: (Int, Int) -> Void) {
        var i = from
        while let open = ByteText.firstIndex(of: UInt8(ascii: "<"), in: bytes, i, end) {
            guard let tag = tag(bytes, open, end) else {
                i = open + 1
                continue
            }
            if !followsUnclosedOpening(bytes, from, open) { body(open, tag.end) }
            i = tag.end
        }
    }

    /// Whether a `<` stands before `i` (from `from`) with no `>` after it.
    private static func followsUnclosedOpening(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ i: Int) -> Bool {
        var j = i - 1
        while j >= from {
            if bytes[j] == UInt8(ascii: ">") { return false }
            if bytes[j] == UInt8(ascii: "<") { return true }
            j -= 1
        }
        return false
    }

    private static func opening(of close: UInt8) -> UInt8? {
        switch close {
        case UInt8(ascii: ">"): UInt8(ascii: "<")
        case UInt8(ascii: "}"): UInt8(ascii: "{")
        case UInt8(ascii: "]"): UInt8(ascii: "[")
        default: nil
        }
    }

    /// A Markdown heading (`### Example 5: …`): one to six `#` and words after them. A post's,
    /// never a device's line.
    static func isHeading(_ lx: LineLexer) -> Bool {
        guard lx.count >= 2 else { return false }
        let t = lx.token(0)
        guard t.length <= 6 else { return false }
        for i in t.start..<t.end where lx.bytes[i] != UInt8(ascii: "#") { return false }
        return true
    }

    /// A book's or a manual's caption of an example (`Example 4-8 Verifying the License`,
    /// `Figure 3-2`, `Table 5-1:`, `Listing 2.1.`): the word, then its number, parts joined by
    /// `-` or `.`. A writer's line, never a device's.
    static func isCaption(_ lx: LineLexer) -> Bool {
        guard lx.count >= 2, lx.isWord(0, "Example") || lx.isWord(0, "Figure") || lx.isWord(0, "Table") || lx.isWord(0, "Listing") || lx.isWord(0, "Exhibit") else { return false }
        let t = lx.token(1), b = lx.bytes
        var end = t.end
        if b[end - 1] == UInt8(ascii: ":") || b[end - 1] == UInt8(ascii: ".") { end -= 1 }
        guard end > t.start, ByteText.isDigit(b[t.start]), ByteText.isDigit(b[end - 1]) else { return false }
        return (t.start..<end).allSatisfy { ByteText.isDigit(b[$0]) || b[$0] == UInt8(ascii: "-") || b[$0] == UInt8(ascii: ".") }
    }
}
