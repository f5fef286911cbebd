/// What a file holds: asalic's own JSON or YAML, told by its structure (a `kind` field naming
/// one of asalic's document kinds near the start), or device text. A leading `---` or `{` alone
/// says nothing: device banners start with dashes (`-----[ fw1 ]-----`).
public enum InputFormat: String, Sendable {
    case cli, json, yaml

    /// The format of an input, from its first bytes.
    public static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> InputFormat {
        var i = ByteText.byteOrderMarkLength(bytes)
        while i < bytes.count && (ByteText.isSpace(bytes[i]) || bytes[i] == 0x0A) { i += 1 }
        guard i < bytes.count else { return .cli }
        let head = min(bytes.count, i + 4096)
        if bytes[i] == UInt8(ascii: "{") || bytes[i] == UInt8(ascii: "[") {
            // `[]`: asalic's JSON of a capture with no document.
            var j = i + 1
            while j < head && (ByteText.isSpace(bytes[j]) || bytes[j] == 0x0A || bytes[j] == 0x0D) { j += 1 }
            let empty = bytes[i] == UInt8(ascii: "[") && j < head && bytes[j] == UInt8(ascii: "]")
            return empty || hasKindField(bytes, i, head, json: true) ? .json : .cli
        }
        // YAML may open with comments (`# converted from fw1.txt`, added by a tool or a hand).
        // (Canonical CLI's bare prompt, `# show version`, reads as one too: what follows it then
        // decides, and licence text is no YAML start.)
        while i < head && bytes[i] == UInt8(ascii: "#") {
            while i < head && bytes[i] != 0x0A { i += 1 }
            while i < head && (ByteText.isSpace(bytes[i]) || bytes[i] == 0x0A || bytes[i] == 0x0D) { i += 1 }
        }
        let yamlStart = startsDocumentMarker(bytes, i, head) || ByteText.hasPrefix(bytes, i, head, "%YAML 1.")
            || ByteText.hasPrefix(bytes, i, head, "kind: ") || ByteText.hasPrefix(bytes, i, head, "- kind: ")
        // `--- []`: asalic's YAML of a capture with no document.
        let empty = ByteText.hasPrefix(bytes, i, head, "--- []")
        return yamlStart && (empty || hasKindField(bytes, i, head, json: false)) ? .yaml : .cli
    }

    /// Whether the first 8 KiB hold a NUL byte or are mostly not UTF-8 (a quarter of the bytes or
    /// more in invalid sequences): a binary file, which no capture is.
    public static func looksBinary(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = min(bytes.count, 8192)
        var invalid = 0
        var i = 0
        while i < end {
            let b = bytes[i]
            if b == 0 { return true }
            if b < 0x80 { i += 1; continue }
            // The continuation bytes a lead byte asks for; -1 for a byte that leads nothing.
            let need = b >= 0xF0 && b <= 0xF4 ? 3 : b >= 0xE0 && b < 0xF0 ? 2 : b >= 0xC2 && b < 0xE0 ? 1 : -1
            var ok = need > 0
            if ok {
                for k in 1...need where i + k >= bytes.count || bytes[i + k] & 0xC0 != 0x80 { ok = false }
            }
            if ok { i += need + 1 } else { invalid += 1; i += 1 }
        }
        return end > 0 && invalid * 4 >= end
    }

    /// `---` followed by a blank or the end of the line: YAML's document marker, not a banner.
    private static func startsDocumentMarker(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        guard ByteText.hasPrefix(b, i, end, "---") else { return false }
        return i + 3 == end || b[i + 3] == 0x20 || b[i + 3] == 0x0A || b[i + 3] == 0x0D
    }

    /// Whether a `kind` key with one of asalic's document kinds as its value stands in the head.
    private static func hasKindField(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, json: Bool) -> Bool {
        let key: StaticString = json ? "\"kind\"" : "kind:"
        var i = start
        while i < end {
            if ByteText.hasPrefix(b, i, end, key) {
                var j = i + key.utf8CodeUnitCount
                if json {
                    j = ByteText.skipSpace(b, j, end)
                    guard j < end, b[j] == UInt8(ascii: ":") else { i += 1; continue }
                    j += 1
                }
                j = ByteText.skipSpace(b, j, end)
                if j < end && b[j] == UInt8(ascii: "\"") { j += 1 }
                for kind in DocumentKind.allCases {
                    let name = kind.rawValue.utf8
                    if j + name.count <= end && zip(name, b[j..<(j + name.count)]).allSatisfy({ $0 == $1 }) { return true }
                }
            }
            i += 1
        }
        return false
    }
}

/// Reads any input asalic accepts, one document at a time.
public enum InputReader {
    /// `format` nil: detected from the first bytes.
    public static func forEachDocument(in bytes: UnsafeBufferPointer<UInt8>, format: InputFormat? = nil, limits: ParseLimits = .default,
                                       _ body: (Document?, [Diagnostic]) -> Void) {
        if format == nil, let note = binaryNote(bytes) {
            body(nil, [note])
            return
        }
        let format = format ?? InputFormat.detect(bytes)
        switch format {
        case .cli:
            let (decoded, isDiff) = decodedTextTellingDiff(bytes)
            guard let text = decoded else { return CaptureParser.forEachDocument(in: bytes, limits: limits, body) }
            var limits = limits
            limits.textIsDiff = isDiff
            text.withUnsafeBufferPointer { CaptureParser.forEachDocument(in: $0, limits: limits, body) }
        case .json:
            // One array of documents (`--to json`), each handed over as soon as it is read, or
            // one document per line (`--to jsonl`).
            var reader = JSONReader(bytes)
            while let root = reader.next(eachItem: { deliver([$0], body) }) {
                deliver(root.items ?? [root], body)
            }
            if let error = reader.error { body(nil, [error]) }
        case .yaml:
            // A top-level list holds documents, as in JSON (an empty stream is written `--- []`).
            let error = YAMLReader.forEachDocument(bytes) { deliver($0.items ?? [$0], body) }
            if let error { body(nil, [error]) }
        }
    }

    /// Device text as asalic reads it, when that is not its bytes: a mail's quoted-printable
    /// text decoded (`QuotedPrintableInput`), the text a unified diff makes (`DiffInput`),
    /// characters that show nothing taken out (`InvisibleCharacters`), lines that end with a
    /// return alone given line feeds (`CarriageReturnLines`), as `InputSource` reads them; nil
    /// when it reads its bytes.
    public static func decodedText(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? { decodedTextTellingDiff(bytes).text }

    /// `decodedText`, and whether it is the text a diff makes.
    static func decodedTextTellingDiff(_ bytes: UnsafeBufferPointer<UInt8>) -> (text: [UInt8]?, isDiff: Bool) {
        var text = QuotedPrintableInput.detect(UnsafeBufferPointer(rebasing: bytes.prefix(16 * 1024))) ? QuotedPrintableInput.decode(bytes) : nil
        let diff = text != nil ? text!.withUnsafeBufferPointer(DiffInput.textMade) : DiffInput.textMade(by: bytes)
        if let diff { text = diff }
        if let decoded = text {
            text = decoded.withUnsafeBufferPointer(InvisibleCharacters.removed) ?? decoded
        } else {
            text = InvisibleCharacters.removed(from: bytes)
        }
        if (text.map { $0.withUnsafeBufferPointer { lineEnd(of: $0, format: .cli) } } ?? lineEnd(of: bytes, format: .cli)) == 0x0D {
            if text == nil { text = Array(bytes) }
            text?.withUnsafeMutableBytes(CarriageReturnLines.translate)
        }
        return (text, diff != nil)
    }

    /// The byte that ends the input's lines as asalic reads them: a carriage return for device
    /// text whose lines end with one alone (`CarriageReturnLines`), else a line feed.
    public static func lineEnd(of bytes: UnsafeBufferPointer<UInt8>, format: InputFormat? = nil) -> UInt8 {
        let head = UnsafeBufferPointer(rebasing: bytes.prefix(16 * 1024))
        return (format ?? InputFormat.detect(head)) == .cli && CarriageReturnLines.detect(head) ? 0x0D : 0x0A
    }

    /// The note (DOC007) for input that is a binary file, judged from its first bytes; nil for text.
    public static func binaryNote(_ head: UnsafeBufferPointer<UInt8>) -> Diagnostic? {
        guard InputFormat.looksBinary(head) else { return nil }
        return Diagnostic(.note, .DOC007, "binary file (a NUL byte or mostly invalid UTF-8 in its first 8 KiB): skipped", at: SourceSpan(line: 1, column: 1, offset: 0))
    }

    private static func deliver(_ nodes: [Node], _ body: (Document?, [Diagnostic]) -> Void) {
        for node in nodes {
            var reader = DocumentReader()
            let doc = reader.document(node)
            body(doc, reader.diagnostics)
        }
    }

    /// Everything at once: for tests and small inputs.
    public static func read(_ bytes: [UInt8]) -> (documents: [Document], diagnostics: [Diagnostic]) {
        var documents: [Document] = []
        var diagnostics: [Diagnostic] = []
        bytes.withUnsafeBufferPointer { buffer in
            forEachDocument(in: buffer) { doc, diags in
                if let doc { documents.append(doc) }
                diagnostics += diags
            }
        }
        return (documents, diagnostics)
    }

    /// Every document and diagnostic of a text, whatever its format.
    public static func read(_ text: String) -> (documents: [Document], diagnostics: [Diagnostic]) { read(Array(text.utf8)) }
}
