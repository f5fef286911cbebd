/// A template's lines, whose values are placeholders filled in later: a capture framework's
/// pattern (TTP's `Serial Number: {{ serial }}`, kept beside the sample output it parses) or a
/// configuration template (Jinja's `license-server secret {{ secret }}`, Ansible's `template`).
/// A pattern is no unit's output, so it makes no document (`CaptureParser`); a configuration
/// template's command is the command with its value left out, as a pasted configuration's
/// blanked value is.
enum TemplateText {
    /// Whether the text starts with a placeholder, `{{` (a value a pattern stands for).
    static func startsWithPlaceholder(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        return bytes.next() == UInt8(ascii: "{") && bytes.next() == UInt8(ascii: "{")
    }

    /// The words with each placeholder (`{{`, `name`, `}}`, or `{{name}}`) made one word, as the
    /// value it stands for: from a word that starts with `{{` to the first that holds `}}`
    /// (whole, `}}{%` too, so that the value written and read again is the same). Words
    /// outside placeholders are kept as they are.
    static func joiningPlaceholders(_ words: [String]) -> [String] {
        guard words.contains(where: { $0.hasPrefix("{{") }) else { return words }
        var joined: [String] = []
        var open: [String]?
        for w in words {
            if open == nil && w.hasPrefix("{{") { open = [] }
            guard open != nil else { joined.append(w); continue }
            open!.append(w)
            if w.contains("}}") {
                joined.append(open!.joined(separator: " "))
                open = nil
            }
        }
        // An unclosed `{{` keeps its words apart, as written.
        if let open { joined += open }
        return joined
    }
}

extension LineLexer {
    /// Whether the line holds a template placeholder's opening `{{` (no device prints one).
    var holdsTemplatePlaceholder: Bool {
        var i = line.start
        while let at = ByteText.firstIndex(of: UInt8(ascii: "{"), in: bytes, i, line.end) {
            if at + 1 < line.end && bytes[at + 1] == UInt8(ascii: "{") { return true }
            i = at + 1
        }
        return false
    }
}
