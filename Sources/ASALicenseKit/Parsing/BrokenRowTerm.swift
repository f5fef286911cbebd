/// A feature row whose term a width cut off onto the next line: a terminal or a page narrower
/// than the row (under 60 columns; 80 with a log's stamp or grep's file name before it),
/// hard-wrapped at a space (`… : Unlimited` / `perpetual`) or inside a word (`… :
/// Unlimited      perp` / `etual`, `… : 2      62 da` / `ys`). The device prints no term alone
/// on a line, so such a line right under a row that lacks its term is that row's end.
enum BrokenRowTerm {
    /// The term the row gets when `fragment` (the next line's words) ends it; nil when it does not.
    /// The row's qualifier, if any, is what it read of the term before the cut.
    static func completed(_ row: borrowing FeatureRow, by fragment: String) -> Term? {
        if row.valueIsText { return nil }
        let before: String
        switch row.term {
        case nil: before = ""
        case .qualifier(let q)?: before = q
        default: return nil  // the row has its term
        }
        // Cut inside a word first (`perp` + `etual`), then at a space (`62` + `days`). Every
        // word of the fragment is the term's: a word before it is none that a width cut off.
        let fragmentWords = fragment.split(separator: " ").count
        for joined in before.isEmpty ? [fragment] : [before + fragment, before + " " + fragment] where fragmentWords <= termWords(endingIn: joined) {
            return Term(text: joined)
        }
        return nil
    }

    /// How many words of a term the text ends with: 1 for `perpetual`, 2 for `N days` and
    /// `N day`, 0 for none.
    private static func termWords(endingIn text: String) -> Int {
        let words = text.split(separator: " ")
        guard let last = words.last else { return 0 }
        if last == "perpetual" { return 1 }
        return (last == "days" || last == "day") && words.count >= 2 && ByteText.decimal(words[words.count - 2].utf8) != nil ? 2 : 0
    }

    /// A line that can be a term's rest: one or two short words of small letters and digits.
    static func mayBeFragment(_ lx: LineLexer) -> Bool {
        guard lx.count == 1 || lx.count == 2, lx.token(lx.count - 1).end - lx.token(0).start <= 12 else { return false }
        for i in lx.token(0).start..<lx.token(lx.count - 1).end {
            let c = lx.bytes[i]
            guard ByteText.isSmallLetter(c) || ByteText.isDigit(c) || c == 0x20 else { return false }
        }
        return true
    }
}

extension Array where Element == FeatureRow {
    /// Whether the lexed line ends the row placed last, on the line right above it
    /// (`BrokenRowTerm`): the row is given its term, and a warning (DOC002) names both lines.
    mutating func joinBrokenTerm(_ ctx: inout ParseContext) -> Bool {
        let lx = ctx.lexer
        guard BrokenRowTerm.mayBeFragment(lx), let last = indices.last else { return false }
        let child = self[last].children.indices.last
        let row = child.map { self[last].children[$0] } ?? self[last]
        guard row.span.line == lx.line.number - 1, let term = BrokenRowTerm.completed(row, by: lx.rest(from: 0)) else { return false }
        // (Joined, the row is one a line holds: an unknown name's value of a few words, fuzz
        // find activation-key seed 6: `s: 1: a perpetual` / `perpetual`.)
        var joined = row
        joined.term = term
        guard FeatureRowReader.readsBackOnOneLine(joined) else { return false }
        if let child { self[last].children[child].term = term } else { self[last].term = term }
        ctx.reportInLineOrder(.warning, .DOC002, "feature row wrapped: line \(row.span.line) continues on line \(lx.line.number); joined", at: row.span)
        return true
    }
}
