/// A diagnostic quotes what it is about, and a line of garbage can be 64 KiB: a word longer
/// than `longestWord` characters keeps its first and last characters with `…` between, and a
/// message still longer than `longestMessage` keeps its start and its end, so that every
/// diagnostic stays readable (`path:line:col` says where the rest is). A finding's own long
/// list (FO007's features, each named) has no such word and is far shorter: kept whole. Only
/// text is left out: nothing is added but the ellipses.
enum MessageExcerpt {
    /// Messages of up to this many bytes are not looked at (nearly all).
    static let plainMessage = 480
    /// Characters of a word kept whole.
    static let longestWord = 96
    /// Characters of a message kept whole.
    static let longestMessage = 4096

    /// `message`, shortened where it is too long to read.
    @inline(__always) static func excerpt(_ message: String) -> String {
        message.utf8.count > plainMessage && needsShortening(message) ? shortened(message) : message
    }

    /// Whether `message` has a word longer than `longestWord` bytes or more than
    /// `longestMessage` bytes, no string built (a lint's long lists of features are many such
    /// messages, none too long): each stretch of `longestWord` + 1 bytes from the last blank
    /// found holds a blank, looked for from its far end (a few bytes a stretch in prose).
    private static func needsShortening(_ message: String) -> Bool {
        var message = message
        return message.withUTF8 { bytes in
            guard bytes.count <= longestMessage else { return true }
            var start = 0
            while bytes.count - start > longestWord {
                var k = start + longestWord
                while k >= start && bytes[k] != 0x20 { k -= 1 }
                if k < start { return true }
                start = k + 1
            }
            return false
        }
    }

    private static func shortened(_ message: String) -> String {
        let words = message.split(separator: " ", omittingEmptySubsequences: false).map { word in
            word.count > longestWord ? word.prefix(64) + "…" + word.suffix(16) : word
        }
        let text = Array(words.joined(separator: " "))
        guard text.count > longestMessage else { return String(text) }
        return String(text.prefix(longestMessage - 120)) + " … " + String(text.suffix(100))
    }
}
