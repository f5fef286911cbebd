/// The licence commands' syntax as a reference page writes it, a copy of the page keeping it as
/// words: a placeholder set in italics (`secret secret`), an option in brackets, the command's
/// name alone. No unit is configured so: `ConfigParser` skips such a line with a note.
extension ConfigParser {
    /// Whether the words after `license-server` hold a placeholder of its syntax, as a
    /// reference page sets it in italics and a copy of the page as text keeps it as a word
    /// (`secret secret`, `port port`, `backup address address`, `refresh-interval seconds`,
    /// `enable interface_name`, `backup-id serial_number`). No unit is configured so.
    static func hasPlaceholder(_ words: [String]) -> Bool {
        // Read as bytes: most words hold no underscore and are none of the keywords, and only
        // those that do are looked up (hashing and comparing every word of every licence command
        // as strings cost 1 % of parsing).
        for i in words.indices {
            var w = words[i]
            let found = w.withUTF8 { b -> Bool in
                // `[address]`, `[port`, `port]]`: an option in the syntax's brackets (a masked
                // value in brackets, `[removed]`, is none of these words).
                if let first = b.first, let last = b.last,
                   first == UInt8(ascii: "[") || first == UInt8(ascii: "{") || last == UInt8(ascii: "]") || last == UInt8(ascii: "}") {
                    var start = 0, end = b.count
                    while start < end && (b[start] == UInt8(ascii: "[") || b[start] == UInt8(ascii: "{")) { start += 1 }
                    while end > start && (b[end - 1] == UInt8(ascii: "]") || b[end - 1] == UInt8(ascii: "}")) { end -= 1 }
                    return isSyntaxWord(UnsafeBufferPointer(rebasing: b[start..<end]))
                }
                guard i > 0 else { return false }
                // `<i>address</i>`, `<em>secret</em>`, `<var>seconds</var>`: a placeholder in a
                // reference page's source, set in italics (a masked value, `<removed>`, is not).
                if b.first == UInt8(ascii: "<") && isItalicPlaceholder(b) { return true }
                if b.contains(UInt8(ascii: "_")) { return syntaxPlaceholders.contains(words[i]) }
                if ByteText.equals(b, 0, b.count, "seconds") { return true }
                let keyword = ByteText.equals(b, 0, b.count, "address") || ByteText.equals(b, 0, b.count, "secret") || ByteText.equals(b, 0, b.count, "port")
                return keyword && words[i] == words[i - 1]
            }
            if found { return true }
        }
        return false
    }

    /// A word in a page's italics: `<i>`, `<em>` or `<var>` and text after it (its closing tag
    /// is taken off with the line's end framing when the word ends the line).
    fileprivate static func isItalicPlaceholder(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for open: StaticString in ["<i>", "<em>", "<var>"] where b.count > open.utf8CodeUnitCount && ByteText.hasPrefixIgnoringCase(b, 0, b.count, open) {
            return true
        }
        return false
    }

    /// A keyword or placeholder of the licence commands' syntax (`address`, `port`, `seconds`,
    /// `interface_name` …), as it stands in an option's brackets.
    fileprivate static func isSyntaxWord(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for word: StaticString in ["address", "secret", "port", "seconds", "backup-id", "ha-backup-id", "enable", "activate", "deactivate"]
        where ByteText.equals(b, 0, b.count, word) { return true }
        return b.contains(UInt8(ascii: "_")) && syntaxPlaceholders.contains(String(decoding: b, as: UTF8.self))
    }

    /// Whether the words after `license-server` are only its keywords, with no value: the
    /// command's name (`address`, `backup address`, `refresh-interval`).
    static func isCommandName(_ words: [String]) -> Bool {
        guard !words.isEmpty, words.count <= 2 else { return false }
        return words.allSatisfy { ["address", "backup", "enable", "secret", "port", "refresh-interval"].contains($0) }
    }

    /// The placeholders of the licence commands' syntax in Cisco's references that hold an
    /// underscore (as Markdown escapes it, too).
    fileprivate static let syntaxPlaceholders: Set<String> = [
        "interface_name", "serial_number", "ha_serial_number", "backup_address", "ip_address", "if_name",
        "serial\\_number", "ha\\_serial\\_number", "interface\\_name",
    ]
}
