/// The markup of a ticket or a wiki page around a pasted output (Jira, Confluence): `{code}`,
/// `{code:title=fw1}`, `{noformat}`, `{quote}`, `{panel:title=…}`, alone on a line or glued to
/// its text (`{code}fw1# show version`, `… license.{code}`). It opens and closes the same.
enum WikiMarkup {
    private static let names: [StaticString] = ["code", "noformat", "quote", "panel"]

    /// Where the macro at `i` (a `{`) ends, after its `}`; nil when none of `names` is there.
    /// Its parameters (`:title=fw1|borderStyle=solid`) are passed over to the `}`.
    static func macroEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        guard i < end, bytes[i] == UInt8(ascii: "{") else { return nil }
        var j = i + 1
        while j < end && ByteText.isLetter(bytes[j]) { j += 1 }
        guard j < end, names.contains(where: { ByteText.equals(bytes, i + 1, j, $0) }) else { return nil }
        guard bytes[j] == UInt8(ascii: "}") || bytes[j] == UInt8(ascii: ":") else { return nil }
        while j < end && bytes[j] != UInt8(ascii: "}") {
            if bytes[j] == UInt8(ascii: "{") { return nil }
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
        while e > start && bytes[e - 1] == UInt8(ascii: "}") {
            // A macro is short: its `{` is among the last 64 bytes.
            var open = e - 2
            while open >= max(start, e - 64) && bytes[open] != UInt8(ascii: "{") { open -= 1 }
            guard open >= start, macroEnd(bytes, open, e) == e else { break }
            e = ByteText.trimEnd(bytes, start, open)
            found = true
        }
        return found ? e : end
    }
}
