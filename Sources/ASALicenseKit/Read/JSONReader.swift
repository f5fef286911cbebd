/// A small RFC 8259 reader into `Node`s, with line and column for every value. Nesting is
/// bounded, so hostile input cannot exhaust the stack.
struct JSONReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var line = 1
    private var lineStart = 0
    private let maxDepth = 64
    private(set) var error: Diagnostic?

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The next top-level value (JSON, or one line of JSON Lines); nil at the end of input or
    /// on an error (then `error` is set).
    mutating func next() -> Node? {
        skipSpace()
        guard i < bytes.count else { return nil }
        return value(depth: 0)
    }

    /// The next top-level value, as `next()`, but a top-level array's elements are handed to
    /// `eachItem` as each is read (memory holds one document of `--to json`, not all of them)
    /// and the array comes back empty.
    mutating func next(eachItem: (Node) -> Void) -> Node? {
        skipSpace()
        guard i < bytes.count else { return nil }
        guard bytes[i] == UInt8(ascii: "[") else { return value(depth: 0) }
        let at = span
        return elements(depth: 0, eachItem) ? Node(.list([]), span: at) : nil
    }

    /// Reads an array from its `[`, each element handed to `each`; false on an error.
    private mutating func elements(depth: Int, _ each: (Node) -> Void) -> Bool {
        i += 1
        skipSpace()
        if i < bytes.count && bytes[i] == UInt8(ascii: "]") { i += 1; return true }
        while true {
            skipSpace()
            guard let v = value(depth: depth + 1) else { return false }
            each(v)
            skipSpace()
            guard i < bytes.count else { fail("unexpected end of input in an array"); return false }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") { i += 1; return true }
            fail("expected ',' or ']'")
            return false
        }
    }

    private var span: SourceSpan { SourceSpan(line: line, column: i - lineStart + 1, offset: i) }

    private mutating func fail(_ message: String) {
        if error == nil { error = Diagnostic(.error, .DOC001, "JSON: \(message)", at: span) }
    }

    private mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0D: i += 1
            case 0x0A: i += 1; line += 1; lineStart = i
            default: return
            }
        }
    }

    private mutating func value(depth: Int) -> Node? {
        guard depth < maxDepth else { fail("nesting deeper than \(maxDepth)"); return nil }
        guard i < bytes.count else { fail("unexpected end of input"); return nil }
        let at = span
        switch bytes[i] {
        case UInt8(ascii: "{"):
            i += 1
            var entries: [(key: String, value: Node)] = []
            skipSpace()
            if i < bytes.count && bytes[i] == UInt8(ascii: "}") { i += 1; return Node(.map(entries), span: at) }
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { fail("expected a key string"); return nil }
                guard let key = string() else { return nil }
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { fail("expected ':'"); return nil }
                i += 1
                skipSpace()
                guard let v = value(depth: depth + 1) else { return nil }
                entries.append((key, v))
                skipSpace()
                guard i < bytes.count else { fail("unexpected end of input in an object"); return nil }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return Node(.map(entries), span: at) }
                fail("expected ',' or '}'")
                return nil
            }
        case UInt8(ascii: "["):
            var items: [Node] = []
            guard elements(depth: depth, { items.append($0) }) else { return nil }
            return Node(.list(items), span: at)
        case UInt8(ascii: "\""):
            return string().map { Node(.scalar($0, quoted: true), span: at) }
        default:
            let start = i
            while i < bytes.count, !ByteText.isSpace(bytes[i]), bytes[i] != 0x0A,
                  bytes[i] != UInt8(ascii: ","), bytes[i] != UInt8(ascii: "]"), bytes[i] != UInt8(ascii: "}") {
                i += 1
            }
            let word = ByteText.string(bytes, start, i)
            guard word == "true" || word == "false" || word == "null" || isNumber(word) else {
                i = start
                fail("unexpected '\(word.prefix(20))'")
                return nil
            }
            return Node(.scalar(word, quoted: false), span: at)
        }
    }

    private func isNumber(_ s: String) -> Bool {
        guard let f = s.utf8.first, f == UInt8(ascii: "-") || ByteText.isDigit(f) else { return false }
        return s.utf8.allSatisfy { ByteText.isDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
    }

    private mutating func string() -> String? {
        i += 1  // the opening quote
        var out: [UInt8] = []
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            if b < 0x20 { fail("control character in a string"); return nil }
            if b != UInt8(ascii: "\\") { out.append(b); i += 1; continue }
            i += 1
            guard i < bytes.count else { break }
            let e = bytes[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                guard var scalar = hex4() else { fail("bad \\u escape"); return nil }
                if (0xD800..<0xDC00).contains(scalar), i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                    i += 2
                    guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { fail("bad surrogate pair"); return nil }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                out += Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8)
            default:
                fail("bad escape '\\\(Character(Unicode.Scalar(e)))'")
                return nil
            }
        }
        fail("unterminated string")
        return nil
    }

    private mutating func hex4() -> UInt32? {
        guard i + 4 <= bytes.count else { return nil }
        var v: UInt32 = 0
        for k in 0..<4 {
            let b = bytes[i + k]
            guard ByteText.isHexDigit(b) else { return nil }
            v = v << 4 | ByteText.hexValue(b)
        }
        i += 4
        return v
    }
}
