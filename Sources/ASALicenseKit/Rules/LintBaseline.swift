/// Findings recorded on purpose, so that a pipeline fails only on new ones. A finding's identity
/// is its rule, its file and what it says with line numbers taken out — the unit, feature and
/// values a message names — so it survives lines moving.
public struct LintBaseline: Sendable {
    public private(set) var identities: Set<String> = []

    public init(_ findings: [Diagnostic] = []) {
        identities = Set(findings.map(LintBaseline.identity))
    }

    /// `code`, path and message, with every number that says where (`line 12`, `lines 1–3`,
    /// `file.txt:40`) replaced by `#`.
    public static func identity(_ d: Diagnostic) -> String {
        "\(d.code)\u{0}\(d.path ?? "")\u{0}\(withoutLineNumbers(d.message))"
    }

    static func withoutLineNumbers(_ message: String) -> String {
        var previous = ""
        return message.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            defer { previous = String(word) }
            let digitsOut = { (w: Substring) in String(w.map { $0.isNumber ? "#" : $0 }) }
            if previous == "line" || previous == "lines" || previous == "(line" || previous == "(lines" { return digitsOut(word) }
            // `file.txt:40`: the digits after the last colon.
            if let colon = word.lastIndex(of: ":"), word.index(after: colon) < word.endIndex, word[word.index(after: colon)].isNumber {
                return String(word[...colon]) + digitsOut(word[word.index(after: colon)...])
            }
            return String(word)
        }.joined(separator: " ")
    }

    /// Whether the baseline records this finding (wherever its line moved).
    public func contains(_ d: Diagnostic) -> Bool { identities.contains(LintBaseline.identity(d)) }

    /// The findings not in the baseline.
    public func new(_ findings: [Diagnostic]) -> [Diagnostic] { findings.filter { !contains($0) } }

    /// The baseline file: a JSON array of `{code, path, finding}`, sorted.
    public func json() -> String {
        let w = JSONWriter(framing: .lines)
        w.beginDocument()
        w.beginList()
        for id in identities.sorted() {
            let parts = id.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3 else { continue }
            w.beginMap()
            w.field("code", parts[0])
            w.field("path", parts[1])
            w.field("finding", parts[2])
            w.endMap()
        }
        w.endList()
        w.endDocument()
        return String(decoding: w.output, as: UTF8.self)
    }

    /// Reads a baseline file; nil (with the reason) when it is not one.
    public static func read(_ bytes: [UInt8]) -> (baseline: LintBaseline?, error: String?) {
        bytes.withUnsafeBufferPointer { b in
            var reader = JSONReader(b)
            guard let root = reader.next(), let items = root.items else {
                return (nil, reader.error?.message ?? "expected a JSON array of findings")
            }
            var baseline = LintBaseline()
            for item in items {
                guard let code = item["code"]?.text, let path = item["path"]?.text, let finding = item["finding"]?.text else {
                    return (nil, "each finding needs code, path and finding (line \(item.span.line))")
                }
                baseline.identities.insert("\(code)\u{0}\(path)\u{0}\(finding)")
            }
            return (baseline, nil)
        }
    }
}
