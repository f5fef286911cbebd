/// The device's sentence comparing the key in flash with the running one:
/// `The flash [permanent] activation key is the SAME as | DIFFERENT from the running [permanent] key.`
/// Releases before 8.3 print `The flash activation key is …`, and 7.x `… DIFFERENT than …` or
/// the sentence without its `The`: the same fact.
enum FlashKeySentence {
    /// True for SAME, false for DIFFERENT, nil for any other sentence.
    static func comparison(_ text: String) -> Bool? {
        LineLexer.lexing(text) { lx in
            if lx.matches("The flash") { return comparison(lx, after: 2) }
            return lx.isWord(0, "Flash") ? comparison(lx, after: 1) : nil
        }
    }

    /// The comparison of a line whose first `after` words are `The flash` or `Flash`.
    static func comparison(_ lx: LineLexer, after words: Int) -> Bool? {
        var i = words
        if lx.isWord(i, "permanent") { i += 1 }
        guard lx.matches("activation key is", from: i) else { return nil }
        i += 3
        if lx.isWord(i, "the") { i += 1 }
        let same: Bool
        if lx.matches("SAME as", from: i) {
            same = true
        } else if lx.matches("DIFFERENT from", from: i) || lx.matches("DIFFERENT than", from: i) {
            same = false
        } else {
            return nil
        }
        i += 2
        guard lx.isWord(i, "the"), lx.isWord(i + 1, "running") else { return nil }
        i += 2
        if lx.isWord(i, "permanent") { i += 1 }
        guard i == lx.count - 1, lx.isWord(i, "key.") || lx.isWord(i, "key") else { return nil }
        return same
    }

    /// A flash sentence (`lx`, read last) cut by the width of a page or an e-mail, its last words
    /// alone on the next line (`… the running permanent` / `key.`), or by a terminal's or a
    /// page's hard wrap inside a word (`… the running pe` / `rmanent key.`): the whole sentence,
    /// the next line read with it and a warning (DOC002); nil, with the next line left unread,
    /// when it is not so cut.
    static func readWrapped(_ ctx: inout ParseContext, after lx: LineLexer) -> String? {
        var whole: String?
        // The sentence's own words judge the cut: a narrow page is one too.
        _ = WrappedLine.readEnd(&ctx, after: lx, what: "sentence", narrowest: 0) { rest in
            guard rest.count <= 8, rest.bytes[rest.token(rest.count - 1).end - 1] == UInt8(ascii: ".") else { return false }
            for blank in [" ", ""] {
                let text = lx.rest(from: 0) + blank + rest.rest(from: 0)
                if comparison(text) != nil {
                    whole = text
                    return true
                }
            }
            return false
        }
        return whole
    }
}
