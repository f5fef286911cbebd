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
        message.utf8.count > plainMessage ? shortened(message) : message
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
