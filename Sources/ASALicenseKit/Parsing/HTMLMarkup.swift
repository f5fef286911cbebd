/// The markup of a web page's source around a pasted output: `<pre>`, `</pre>`, `<code>`,
/// `<pre class="…">`, a wiki's `<syntaxhighlight>`, a `<br />` after each line (a blog's
/// editor), alone on a line or glued to its text (`<pre>ciscoasa# show version`, `…
/// license.</pre>`). Only tags that hold text on a page are told: `<--- More --->`,
/// `<context>`, `<removed>` and `<snip>` are the output's own.
enum HTMLMarkup {
    /// The names of the tags taken off, lowercase: those a page wraps preformatted text in, and
    /// those an editor puts around or between its lines.
    private static let names: [StaticString] = [
        "pre", "code", "samp", "kbd", "tt", "p", "br", "div", "span", "font", "b", "strong", "em", "i", "blockquote", "li",
        // MediaWiki's and DokuWiki's blocks of text.
        "syntaxhighlight", "source", "file",
    ]
    /// Those of `names` that hold preformatted text: closed, the output in them ends.
    private static let blockNames: [StaticString] = ["pre", "code", "samp", "syntaxhighlight", "source", "file"]

    /// Where the tag at `i` (a `<`) ends, after its `>`, and whether it closes preformatted
    /// text (`</pre>`, `</code>`: the output ends there); nil when none of `names` opens or
    /// closes there. Attributes (`class="…"`) and a closing `/` are passed over to the `>`.
    static func tag(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (end: Int, closesOutput: Bool)? {
        guard i < end, bytes[i] == UInt8(ascii: "<") else { return nil }
        var j = i + 1
        let closing = j < end && bytes[j] == UInt8(ascii: "/")
        if closing { j += 1 }
        let nameStart = j
        while j < end && ByteText.isLetter(bytes[j]) { j += 1 }
        let nameEnd = j
        guard j > nameStart, j < end, isName(bytes, nameStart, j) else { return nil }
        // After the name: `>`, `/>`, or blanks and attributes up to `>` (no `<` among them).
        guard bytes[j] == UInt8(ascii: ">") || bytes[j] == UInt8(ascii: "/") || ByteText.isSpace(bytes[j]) else { return nil }
        while j < end && bytes[j] != UInt8(ascii: ">") {
            if bytes[j] == UInt8(ascii: "<") { return nil }
            j += 1
        }
        guard j < end else { return nil }
        return (j + 1, closing && blockNames.contains { ByteText.equals(bytes, nameStart, nameEnd, $0) })
    }

    /// Where the text after the tags (and blanks) at the start of `start..<end` starts (`start`
    /// when no tag opens it), and whether one of them closes an output.
    static func textStart(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (start: Int, closesOutput: Bool) {
        var i = start
        var closes = false
        while let tag = tag(bytes, i, end) {
            closes = closes || tag.closesOutput
            i = ByteText.skipSpace(bytes, tag.end, end)
        }
        return (i, closes)
    }

    /// Where the text before the tags (and blanks) that end `start..<end` ends (`end` when the
    /// text does not end with one), and whether one of them closes an output.
    static func textEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (end: Int, closesOutput: Bool) {
        var e = ByteText.trimEnd(bytes, start, end)
        var tagged = false
        var closes = false
        while e > start && bytes[e - 1] == UInt8(ascii: ">") {
            // A tag is short: its `<` is among the last 64 bytes.
            var open = e - 2
            while open >= max(start, e - 64) && bytes[open] != UInt8(ascii: "<") { open -= 1 }
            guard open >= start, bytes[open] == UInt8(ascii: "<"), let tag = tag(bytes, open, e), tag.end == e else { break }
            e = ByteText.trimEnd(bytes, start, open)
            tagged = true
            closes = closes || tag.closesOutput
        }
        return (tagged ? e : end, closes)
    }

    private static func isName(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        names.contains { name in
            name.utf8CodeUnitCount == end - start && ByteText.hasPrefixIgnoringCase(bytes, start, end, name)
        }
    }
}
