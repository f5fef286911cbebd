/// The reply to `show clock` (grammar: `show_clock` in Grammars/show-activation-key.ebnf):
/// `[*|.]HH:MM:SS.mmm ZONE Www Mmm D YYYY`, the device's own clock; only its date is read.
enum ShowClock {
    private static let months: [StaticString] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The date the line gives, or nil when it is not a clock line.
    static func date(_ lx: LineLexer) -> CivilDate? {
        // The time first (`10:21:17.527`, `*10:21:17.527` when not synchronised): one word.
        guard lx.count >= 5, lx.token(0).kind == .word else { return nil }
        let first = lx.bytes[lx.token(0).start]
        guard ByteText.isDigit(first) || first == UInt8(ascii: "*") || first == UInt8(ascii: ".") else { return nil }
        for i in 1..<(lx.count - 2) {
            guard let month = months.firstIndex(where: { lx.isWord(i, $0) }) else { continue }
            let (d, y) = (lx.token(i + 1), lx.token(i + 2))
            guard d.length <= 2, y.length == 4, i + 3 == lx.count,
                  let day = ByteText.decimal(lx.bytes, d.start, d.end), let year = ByteText.decimal(lx.bytes, y.start, y.end) else { return nil }
            return CivilDate(year: year, month: month + 1, day: day)
        }
        return nil
    }
}
