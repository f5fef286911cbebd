/// Serial numbers and keys that whoever pasted an output blanked out by hand (`JAD22xxxxx`,
/// `FTX1???????`, `0xXXXXXXXX`, or a serial and key of all zeros together). They are not the
/// unit's values, so the KEY rules do not judge them; the parser notes them once (DOC008).
public enum PastedRedaction {
    /// A placeholder someone typed in place of the value: `<removed>` (`&lt;removed&gt;` in a
    /// page's source), `[REDACTED]`, `{hidden}`, or a word that says so.
    static func isPlaceholder<S: StringProtocol>(_ text: S) -> Bool {
        // In place over the bytes: this runs once per serial number of every output (copying the
        // bytes and searching slices of them cost a fortieth of parsing).
        text.utf8.withContiguousStorageIfAvailable(isPlaceholder(bytes:)) ?? Array(text.utf8).withUnsafeBufferPointer(isPlaceholder(bytes:))
    }

    static func isPlaceholder(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        // (A closing tag, `</details>` or a forum's `[/spoiler]`, is a page's markup after the
        // output, never a placeholder.)
        let closesTag = bytes.count > 1 && bytes[1] == UInt8(ascii: "/")
        if (first == UInt8(ascii: "<") && last == UInt8(ascii: ">") && !closesTag)
            || (first == UInt8(ascii: "[") && last == UInt8(ascii: "]") && !closesTag)
            || (first == UInt8(ascii: "{") && last == UInt8(ascii: "}")) { return true }
        // `&lt;removed&gt;`: the angle brackets as a web page's source escapes them.
        if isEscapedBracketed(bytes) { return true }
        // A word that says so, found by its first letter (most bytes start none of them).
        for start in bytes.indices {
            let starts = { (word: StaticString) in ByteText.hasPrefixIgnoringCase(bytes, start, bytes.count, word) }
            let found = switch ByteText.lowercased(bytes[start]) {
            case UInt8(ascii: "r"): starts("redact") || starts("remov")
            case UInt8(ascii: "h"): starts("hidden")
            case UInt8(ascii: "m"): starts("masked")
            case UInt8(ascii: "s"): starts("sanitiz")
            case UInt8(ascii: "o"): starts("omitted")
            default: false
            }
            if found { return true }
        }
        return false
    }

    /// Whether the text is in angle brackets as a web page's source escapes them (`&lt;…&gt;`).
    static func isEscapedBracketed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count > 8 && ByteText.hasPrefix(bytes, 0, bytes.count, "&lt;") && ByteText.equals(bytes, bytes.count - 4, bytes.count, "&gt;")
    }

    /// A placeholder, or one word (a serial has no blank; a mark among words is noise, not
    /// blanking) with a run of three or more of `x`, `X`, `*`, `#` or `?`, or an ellipsis where
    /// characters were left out (`JMX12...`, `FCH1…`), or with no letter or digit at all (`?`,
    /// `-`): no licensing serial number has one.
    public static func serialLooksRedacted(_ serial: String, key: ActivationKey? = nil) -> Bool {
        // Over the bytes in place, in one pass after the placeholder's: this runs for the serial
        // of every output and every backup-id.
        var serial = serial
        switch serial.withUTF8(blanking) {
        case .blanked: return true
        case .value: return false
        case .zeros:
            // All zeros: redacted when the key is blanked the same way (an all-zero key alone is
            // a real state of the ISA 3000, KEY004).
            return key.map { $0.isAllZero || keyLooksRedacted($0) } ?? true
        }
    }

    private enum SerialBlanking { case blanked, value, zeros }

    private static func blanking(_ bytes: UnsafeBufferPointer<UInt8>) -> SerialBlanking {
        if isPlaceholder(bytes: bytes) { return .blanked }
        if ByteText.firstIndex(of: 0x20, in: bytes, 0, bytes.count) != nil { return .value }
        var run = 0, dots = 0
        var lastTwo: UInt16 = 0
        var alphanumeric = false, zeros = true
        for b in bytes {
            run = isBlankingMark(b) ? run + 1 : 0
            dots = b == UInt8(ascii: ".") ? dots + 1 : 0
            // (`…` is E2 80 A6 in UTF-8.)
            if run >= 3 || dots >= 2 || (lastTwo == 0xE280 && b == 0xA6) { return .blanked }
            lastTwo = lastTwo << 8 | UInt16(b)
            alphanumeric = alphanumeric || ByteText.isDigit(b) || (b | 0x20) &- UInt8(ascii: "a") < 26
            zeros = zeros && b == UInt8(ascii: "0")
        }
        if bytes.isEmpty { return .value }
        return !alphanumeric ? .blanked : zeros ? .zeros : .value
    }

    /// A key word of only `x`, `X`, `*` or `?` after an optional `0x` (`0xXXXXXXXX`,
    /// `xxxxxxxx`, `0x????????`), or a placeholder.
    public static func keyWordLooksRedacted<S: StringProtocol>(_ word: S) -> Bool {
        if isPlaceholder(word) { return true }
        var w = Substring(word)
        if w.count > 2, w.hasPrefix("0x") || w.hasPrefix("0X") { w = w.dropFirst(2) }
        return !w.isEmpty && w.utf8.allSatisfy { $0 != UInt8(ascii: "#") && isBlankingMark($0) }
    }

    /// A word that stands for words left out of a key: `...` (two dots or more), `…`. (`[...]` is
    /// a placeholder.)
    static func isEllipsis<S: StringProtocol>(_ word: S) -> Bool {
        word == "…" || (word.utf8.count >= 2 && word.utf8.allSatisfy { $0 == UInt8(ascii: ".") })
    }

    /// An address blanked out by whoever pasted it: a placeholder (`<server-ip>`, `[removed]`),
    /// or parts separated by dots or colons where some part is a run of blanking marks or a lone
    /// letter and the others are digits (`10.1.1.x`, `x.x.x.x`, `192.168.*.*`, `a.b.c.d`,
    /// `2001:db8::xxxx`). A host name (`lic.example.com`) is none: its parts are words.
    public static func addressLooksRedacted(_ address: IPAddress) -> Bool {
        guard case .name(let text) = address else { return false }
        if isPlaceholder(text) { return true }
        let v6 = text.utf8.contains(UInt8(ascii: ":"))
        var blanked = false, separated = false
        var length = 0, marks = 0, decimal = 0, hex = 0
        // Whether the part that ends here is a number or blanked, not a word.
        func endPart() -> Bool {
            defer { (length, marks, decimal, hex) = (0, 0, 0, 0) }
            let number = decimal == length || (v6 && decimal + hex == length)
            let blank = marks == length || length == 1
            blanked = blanked || (blank && !number)
            return number || blank
        }
        for b in text.utf8 {
            if b == UInt8(ascii: ".") || b == UInt8(ascii: ":") {
                separated = true
                guard endPart() else { return false }
                continue
            }
            length += 1
            if isBlankingMark(b) { marks += 1 } else if ByteText.isDigit(b) { decimal += 1 } else if ByteText.isHexDigit(b) { hex += 1 } else if (b | 0x20) &- UInt8(ascii: "a") >= 26 { return false }
        }
        return endPart() && separated && blanked
    }

    /// A character people type over a value they blank out: `x`, `X`, `*`, `#` (serials) or `?`.
    private static func isBlankingMark(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "x") || b == UInt8(ascii: "X") || b == UInt8(ascii: "*") || b == UInt8(ascii: "#") || b == UInt8(ascii: "?")
    }

    /// Every word that is not hexadecimal looks blanked out or left out (`…`), and at least one
    /// does; and either the key has five words (four, a PIX's: `fourWords`), or none of its
    /// words is hexadecimal (`[REDACTED]` for the whole key), or words are left out and no more
    /// than five are hexadecimal (`0x4a3eea7b ... 0x4412d4a9`). Hexadecimal words and a mark past
    /// the fifth are a malformed key, not a blanked one (KEY001).
    public static func keyLooksRedacted(_ key: ActivationKey, fourWords: Bool = false) -> Bool {
        let words = key.words
        return looksBlanked(words: words.count, notHexadecimal: words.filter { ActivationKey.wordValue($0) == nil }, fourWords: fourWords)
    }

    /// Whether a key of `words` words, of which those in `notHexadecimal` are not, is a blanked
    /// one or one with words left out (`keyLooksRedacted`).
    static func looksBlanked<S: StringProtocol>(words: Int, notHexadecimal bad: [S], fourWords: Bool) -> Bool {
        let elided = bad.contains(where: isEllipsis)
        return !bad.isEmpty && (words == 5 || (fourWords && words == 4) || bad.count == words || (elided && words - bad.count <= 5))
            && bad.allSatisfy { keyWordLooksRedacted($0) || isEllipsis($0) }
    }
}
