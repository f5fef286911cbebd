/// Reads one `Name : value [term]` row from the lexed line (grammar: `feature_row`).
enum FeatureRowReader {
    /// The row on the current line, or nil when the line has no `name :` shape.
    static func read(_ ctx: inout ParseContext, unknownNames: inout Set<String>) -> FeatureRow? {
        // The lexer is lent to `row`, not copied out of the context (a copy retained and
        // released its token storage on every row: 4 % of a conversion).
        guard let (row, newName, checkText) = self.row(ctx.lexer, unknownNames: &unknownNames) else { return nil }
        if let text = newName {
            ctx.report(.note, .DOC004, "feature '\(text)' is not in the catalog; kept as written and typed by its value", at: ctx.lexer.lineSpan)
        }
        // Text kept as written (an unknown name, a free-text value) may hold bytes that are not
        // UTF-8: they are kept as U+FFFD, and said so.
        if checkText { ctx.checkUTF8() }
        return row
    }

    /// The row of the lexed line; the name when it is one the catalog does not know and this
    /// capture has not shown yet; whether the row keeps text as written.
    private static func row(_ lx: LineLexer, unknownNames: inout Set<String>) -> (FeatureRow, newName: String?, checkText: Bool)? {
        guard let colon = lx.firstColon, colon >= 1 else { return nil }
        let bytes = lx.bytes
        let valueIndex = colon + 1
        // The term stands last: `perpetual` or `N days`.
        var valueEnd = lx.count
        var term: Term?
        if valueEnd - 1 > valueIndex && lx.isWord(valueEnd - 1, "perpetual") {
            term = .perpetual
            valueEnd -= 1
        } else if valueEnd - 2 > valueIndex && (lx.isWord(valueEnd - 1, "days") || lx.isWord(valueEnd - 1, "day")),
                  let n = ByteText.decimal(bytes, lx.token(valueEnd - 2).start, lx.token(valueEnd - 2).end) {
            term = .days(n)
            valueEnd -= 2
        }
        let name: FeatureName
        var newName: String?
        if let index = lx.catalogSpelling(0, colon) {
            name = .known(spelling: index)
        } else {
            // A name the catalog does not know makes a row only as a release could print one: a
            // few words that start with a letter or digit, a value of a few words before its
            // term. A sentence with a colon (`Note: the key was applied after the reload.`,
            // `**Example 3: …**`) is no feature, nor words with nothing after their colon (a
            // post's `Configure the server:` after an output).
            let first = bytes[lx.token(0).start]
            guard colon <= 6, ByteText.isLetter(first) || ByteText.isDigit(first), valueEnd - valueIndex <= 3, valueIndex < lx.count else { return nil }
            let text = lx.joined(0, colon)
            name = .unknown(text)
            if unknownNames.insert(text).inserted { newName = text }
        }
        guard valueIndex < lx.count else { return (FeatureRow(name: name, value: .text(""), span: lx.lineSpan), newName, false) }
        let (first, comma) = firstValue(lx, at: valueIndex)
        let value: FeatureValue
        if valueEnd - valueIndex == 1 && !comma {
            value = first
        } else if case .text = first {
            // Words that are one value (`Not supported`).
            value = .text(lx.joined(valueIndex, valueEnd))
        } else {
            // A typed value and a qualifier (`20 DMZ Unrestricted`, `20, DMZ Unrestricted`).
            value = first
            term = .qualifier(lx.joined(valueIndex + 1, lx.count))
        }
        var checkText = false
        if case .unknown = name { checkText = true } else if case .text = value { checkText = true }
        return (FeatureRow(name: name, value: value, term: term, commaBeforeQualifier: comma, span: lx.lineSpan), newName, checkText)
    }

    /// Whether `row`, written on one line as canonical CLI writes it (`name : value term`),
    /// reads back as the same row: a row joined from two lines (a term a width cut off,
    /// `BrokenRowTerm`) must be one a line can hold.
    static func readsBackOnOneLine(_ row: FeatureRow) -> Bool {
        var text: [UInt8] = []
        let comma = row.commaBeforeQualifier
        row.withPrintedParts { name, value, term in
            text += name
            text += " : ".utf8
            text += value
            if comma { text.append(UInt8(ascii: ",")) }
            if let term { text.append(0x20); text += term }
        }
        var names = Set<String>()
        return text.withUnsafeBufferPointer { b in
            var lx = LineLexer(b)
            lx.lex(Line(number: 1, start: 0, end: b.count))
            guard let (again, _, _) = self.row(lx, unknownNames: &names) else { return false }
            return again.name == row.name && again.value == row.value && again.term == row.term && again.commaBeforeQualifier == comma
        }
    }

    /// The value's first word, typed, and whether it is a count with the comma a device puts
    /// before a qualifier (`20,` of `20, DMZ Unrestricted`).
    static func firstValue(_ lx: LineLexer, at i: Int) -> (value: FeatureValue, comma: Bool) {
        let t = lx.token(i)
        let b = lx.bytes
        if i + 1 < lx.count, t.length > 1, b[t.end - 1] == UInt8(ascii: ","), let n = ByteText.decimal(b, t.start, t.end - 1) {
            return (.count(n), true)
        }
        return (FeatureValue(b, t.start, t.end), false)
    }

    /// `Name words : value words`: a name that starts with a letter or digit, a colon, a value.
    static func looksLikeRow(_ lx: LineLexer) -> Bool {
        guard let colon = lx.firstColon, colon >= 1, colon + 1 < lx.count else { return false }
        let first = lx.bytes[lx.token(0).start]
        return ByteText.isLetter(first) || ByteText.isDigit(first)
    }
}

/// How the rows of the block being read are placed: the indentation of its first row (a row
/// indented deeper is a child of the row above it), and the features it showed so far, a bit
/// each. A device shows each feature once in a block: the rows that show one their block showed
/// already are kept aside too, over every block read (`ReadDocumentChecks` says them).
struct BlockRows {
    fileprivate var baseIndent = -1
    /// A bit a feature's case index (`FeatureRow.featureSlot`; fewer than 64 features).
    private var seen: UInt64 = 0
    private(set) var repeated: [FeatureRow] = []

    /// A new block starts: no row placed, no feature shown.
    mutating func startBlock() {
        baseIndent = -1
        seen = 0
    }

    /// Records the row's feature, and the row when its block showed that feature already.
    @inline(__always) fileprivate mutating func see(_ row: borrowing FeatureRow) {
        let slot = row.featureSlot
        let bit: UInt64 = slot < 64 ? 1 << UInt64(slot) : 0  // (0xFF: no catalog feature)
        if _slowPath(seen & bit != 0) { repeated.append(copy row) }
        seen |= bit
    }
}

extension Array where Element == FeatureRow {
    /// A row indented deeper than the block's first row is a child of the row above it.
    mutating func append(_ row: consuming FeatureRow, indent: Int, placing rows: inout BlockRows) {
        rows.see(row)
        if rows.baseIndent < 0 { rows.baseIndent = indent }
        if indent > rows.baseIndent, !isEmpty {
            self[count - 1].children.append(row)
        } else {
            append(row)
        }
    }
}

extension ActivationKeyParser {
    /// Whether the line is a feature row whose name the catalog knows, with a typed value (a
    /// count, Unlimited, Enabled, Disabled, a failover mode): such rows are license text even
    /// without the `Licensed features …` header above them.
    static func isCatalogRow(_ lx: LineLexer) -> Bool {
        guard let colon = lx.firstColon, colon >= 1, colon + 1 < lx.count else { return false }
        if case .text = FeatureRowReader.firstValue(lx, at: colon + 1).value { return false }
        return lx.catalogSpelling(0, colon) != nil
    }
}
