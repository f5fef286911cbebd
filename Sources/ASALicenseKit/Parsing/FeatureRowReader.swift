/// Reads one `Name : value [term]` row from the lexed line (grammar: `feature_row`).
enum FeatureRowReader {
    /// The row on the current line, or nil when the line has no `name :` shape.
    static func read(_ ctx: inout ParseContext, unknownNames: inout Set<String>) -> FeatureRow? {
        let lx = ctx.lexer
        guard let colon = lx.firstColon, colon >= 1 else { return nil }
        let bytes = lx.bytes
        let nameTokens = lx.tokens[0..<colon]
        let name: FeatureName
        if let index = FeatureCatalog.lookup(bytes, tokens: nameTokens) {
            name = .known(spelling: index)
        } else {
            let text = lx.joined(0, colon)
            name = .unknown(text)
            if unknownNames.insert(text).inserted {
                ctx.report(.note, "DOC004", "feature '\(text)' is not in the catalog; kept as written and typed by its value", at: lx.lineSpan)
            }
        }
        let valueIndex = colon + 1
        let value: FeatureValue
        if valueIndex < lx.count {
            let t = lx.token(valueIndex)
            value = FeatureValue(bytes, t.start, t.end)
        } else {
            value = .text("")
        }
        return FeatureRow(name: name, value: value, term: readTerm(lx, from: valueIndex + 1), span: lx.lineSpan)
    }

    /// `perpetual`, `N days`, or any other words as a qualifier; nil when the column is absent.
    static func readTerm(_ lx: LineLexer, from i: Int) -> Term? {
        let remaining = lx.count - i
        guard remaining > 0 else { return nil }
        if remaining == 1 && lx.isWord(i, "perpetual") { return .perpetual }
        if remaining == 2 && (lx.isWord(i + 1, "days") || lx.isWord(i + 1, "day")) {
            let t = lx.token(i)
            if let n = ByteText.decimal(lx.bytes, t.start, t.end) { return .days(n) }
        }
        return .qualifier(lx.joined(i, lx.count))
    }
}

/// Reads the words of an activation key (grammar: `activation_key`), reporting KEY001 at the
/// column of the first word that is not hexadecimal, or when there are not five words.
enum ActivationKeyReader {
    static func read(_ lx: LineLexer, from first: Int, to end: Int? = nil, diagnostics: inout [Diagnostic]) -> ActivationKey {
        let last = end ?? lx.count
        let text = lx.joined(first, last)
        let key = ActivationKey(text, span: lx.span(first))
        let count = last - first
        guard count > 0 else { return key }
        var bad: [Int] = []
        for i in first..<last {
            let t = lx.token(i)
            if !isHexWord(lx.bytes, t.start, t.end) { bad.append(i) }
        }
        if let b = bad.first {
            let more = bad.count > 1 ? " (\(bad.count) of its words are not)" : ""
            diagnostics.append(Diagnostic(.error, "KEY001", "activation key word \(b - first + 1) '\(lx.text(b))' is not a 32-bit hexadecimal word\(more)", at: lx.span(b)))
        } else if count != 5 {
            diagnostics.append(Diagnostic(.error, "KEY001", "activation key has \(count) words; it must have exactly five", at: lx.span(first)))
        }
        return key
    }

    static func isHexWord(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var s = start
        if end - s > 2 && bytes[s] == UInt8(ascii: "0") && (bytes[s + 1] | 0x20) == UInt8(ascii: "x") { s += 2 }
        guard end > s, end - s <= 8 else { return false }
        for i in s..<end where !ByteText.isHexDigit(bytes[i]) { return false }
        return true
    }
}
