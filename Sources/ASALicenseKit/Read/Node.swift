/// A parsed YAML or JSON value with where it stood, for reading asalic's own output back.
struct Node: Sendable {
    enum Value: Sendable {
        case map([(key: String, value: Node)])
        case list([Node])
        /// `quoted`: the text was a quoted string (JSON string, quoted YAML scalar), so it is a
        /// string whatever it looks like.
        case scalar(String, quoted: Bool)
    }

    var value: Value
    var span: SourceSpan

    init(_ value: Value, span: SourceSpan) {
        self.value = value
        self.span = span
    }

    subscript(key: String) -> Node? {
        if case .map(let entries) = value { return entries.first { $0.key == key }?.value }
        return nil
    }

    var entries: [(key: String, value: Node)]? {
        if case .map(let e) = value { return e }
        return nil
    }

    var items: [Node]? {
        if case .list(let l) = value { return l }
        return nil
    }

    /// The scalar's text, whatever its style.
    var text: String? {
        if case .scalar(let s, _) = value { return s }
        return nil
    }

    /// An integer: a plain scalar of digits (an optional minus).
    var int: Int? {
        guard case .scalar(let s, let quoted) = value, !quoted else { return nil }
        let negative = s.hasPrefix("-")
        guard let n = ByteText.decimal((negative ? s.dropFirst() : Substring(s)).utf8) else { return nil }
        return negative ? -n : n
    }

    var bool: Bool? {
        guard case .scalar(let s, let quoted) = value, !quoted else { return nil }
        switch s {
        case "true", "True", "TRUE", "yes", "Yes", "YES": return true
        case "false", "False", "FALSE", "no", "No", "NO": return false
        default: return nil
        }
    }

    /// A plain null (`null`, `~`, or nothing).
    var isNull: Bool {
        guard case .scalar(let s, let quoted) = value, !quoted else { return false }
        return s == "null" || s == "~" || s.isEmpty || s == "Null" || s == "NULL"
    }
}
