/// The `Date:` line of a version-control commit over the diff that holds an output (`git log
/// -p` of a backup tool's history: `Date:   Tue Mar 14 02:00:11 2023 +0000`, git's default
/// format; grammar: `commit_date` in Grammars/show-activation-key.ebnf). The backup was taken
/// when it was committed: the date dates the outputs after it, as a `show clock` does, until
/// the next. A mail's `Date:` header (`Tue, 14 Mar 2023 …`) is another format, and not read.
enum CommitDate {
    private static let months: [StaticString] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The date the line gives, or nil when it is not a commit's date line.
    static func date(_ lx: LineLexer) -> CivilDate? {
        // `Date` `:` weekday, month, day, time, year, and the zone git writes.
        guard lx.count == 8, lx.isWord(0, "Date"), lx.isColon(1), lx.token(2).length == 3,
              let month = months.firstIndex(where: { lx.isWord(3, $0) }) else { return nil }
        let (d, time, y, zone) = (lx.token(4), lx.token(5), lx.token(6), lx.token(7))
        guard d.length <= 2, time.length == 8, lx.bytes[time.start + 2] == UInt8(ascii: ":"), y.length == 4, zone.length == 5,
              lx.bytes[zone.start] == UInt8(ascii: "+") || lx.bytes[zone.start] == UInt8(ascii: "-"),
              let day = ByteText.decimal(lx.bytes, d.start, d.end), let year = ByteText.decimal(lx.bytes, y.start, y.end),
              (1...CivilDate.daysIn(month: month + 1, year: year)).contains(day) else { return nil }
        return CivilDate(year: year, month: month + 1, day: day)
    }
}
