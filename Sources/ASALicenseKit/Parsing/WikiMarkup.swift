/// The markup of a ticket, a wiki page or a forum post around a pasted output: Jira's and
/// Confluence's macros (`{code}`, `{code:title=fw1}`, `{noformat}`, `{quote}`, `{panel:…}`), a
/// forum's BBCode (`[code]`, `[/code]`, `[quote=…]`) and AsciiDoc's `[source,text]`, alone on a
/// line or glued to its text (`{code}fw1# show version`, `… license.[/code]`). A macro opens
/// and closes the same.
enum WikiMarkup {
    private static let names: [StaticString] = ["code", "noformat", "quote", "panel", "pre", "source"]

    /// Where the macro or tag at `i` (a `{` or a `[`) ends, after its `}` or `]`; nil when none
    /// of `names` is there. Its parameters (`:title=fw1|borderStyle=solid`, `=user`, `,text`)
    /// are passed over to the close.
    static func macroEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        guard i < end else { return nil }
        let close: UInt8
        switch bytes[i] {
        case UInt8(ascii: "{"): close = UInt8(ascii: "}")
        case UInt8(ascii: "["): close = UInt8(ascii: "]")
        default: return nil
        }
        var j = i + 1
        // BBCode closes a tag with a slash: `[/code]`.
        if close == UInt8(ascii: "]") && j < end && bytes[j] == UInt8(ascii: "/") { j += 1 }
        let nameStart = j
        while j < end && ByteText.isLetter(bytes[j]) { j += 1 }
        guard j < end, names.contains(where: { ByteText.equals(bytes, nameStart, j, $0) }) else { return nil }
        switch bytes[j] {
        case close, UInt8(ascii: ":"), UInt8(ascii: "="), UInt8(ascii: ","): break
        default: return nil
        }
        while j < end && bytes[j] != close {
            if bytes[j] == bytes[i] { return nil }
            j += 1
        }
        return j < end ? j + 1 : nil
    }

    /// Where the text after the macros (and blanks) at the start of `start..<end` starts; `start`
    /// when no macro opens it.
    static func textStart(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var i = start
        while let after = macroEnd(bytes, i, end) { i = ByteText.skipSpace(bytes, after, end) }
        return i
    }

    /// Where the text before the macros (and blanks) that end `start..<end` ends; `end` when
    /// the text does not end with one.
    static func textEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var e = ByteText.trimEnd(bytes, start, end)
        var found = false
        while e > start && (bytes[e - 1] == UInt8(ascii: "}") || bytes[e - 1] == UInt8(ascii: "]")) {
            // A macro is short: its `{` or `[` is among the last 64 bytes.
            let opening = bytes[e - 1] == UInt8(ascii: "}") ? UInt8(ascii: "{") : UInt8(ascii: "[")
            var open = e - 2
            while open >= max(start, e - 64) && bytes[open] != opening { open -= 1 }
            guard open >= start, macroEnd(bytes, open, e) == e else { break }
            e = ByteText.trimEnd(bytes, start, open)
            found = true
        }
        return found ? e : end
    }
}
