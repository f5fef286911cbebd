import Testing
@testable import ASALicenseKit

/// Placeholders pasted in place of a serial or key, found in place over the bytes, held to the
/// rule they follow written out plainly with `String` searches.
@Suite struct PastedRedactionTests {
    /// The rule, spelled the slow way.
    func byStrings(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last else { return false }
        // (A closing tag, `</details>` or `[/spoiler]`, is markup.)
        if [("<", ">"), ("[", "]"), ("{", "}")].contains(where: { first == Character($0.0) && last == Character($0.1) }) && !text.hasPrefix("</") && !text.hasPrefix("[/") { return true }
        // Only ASCII letters fold: `lowercased()` would fold others too.
        let lower = String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        return ["redact", "remov", "hidden", "masked", "sanitiz", "omitted"].contains { lower.contains($0) }
    }

    @Test func placeholdersAreFoundAsTheRuleSays() {
        let fixed = ["<removed>", "[REDACTED]", "{hidden}", "JAD22xxxxx", "JMX1234L0AB", "Masked-Serial", "sanitized", "SANITIZ",
                     "omitte", "xREMOVx", "<", ">", "<>", "", "</details>", "</removed>", "</", "[/spoiler]", "[/]", "{/x}", "redac", "hiddenn", "Ómitted", "réDACT", "[x", "x]", "0xREDACTED"]
        for text in fixed {
            #expect(PastedRedaction.isPlaceholder(text) == byStrings(text), "\(text)")
            #expect(PastedRedaction.isPlaceholder(Substring("..\(text)").dropFirst(2)) == byStrings(text), "\(text)")
        }
        // Random strings of pieces of the words, in both cases, and brackets.
        var rng = SeededRandom(seed: 7)
        let pieces = ["red", "act", "REDA", "CT", "remo", "v", "hid", "den", "mAsK", "ed", "sanit", "iz", "omit", "TED", "x", "0", "<", ">", "[", "]", "{", "}", "</", "[/"]
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...5, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            #expect(PastedRedaction.isPlaceholder(text) == byStrings(text), "\(text)")
        }
    }

    /// A page's closing tag under an output that ends in a time-based key's section (which reads
    /// a key alone past blank lines) is the page's markup, not a key a paster redacted (DOC008):
    /// HTML's, and a forum's BBCode of a name asalic does not take off (`[/spoiler]`).
    @Test func aClosingTagUnderAnOutputIsNoRedactedKey() {
        let text = Samples.text("Samples/show-activation-key/example1-standalone.txt")
        let (bareDocs, bareDiags) = CaptureParser.parse(text)
        // (A tag asalic does not take off is the page's text, noted; one it does, no line: a
        // closing tag of any name is.)
        for (tag, noted) in [("</ section>", true), ("</section", true), ("</section>", false), ("</article>", false), ("</div></div>", false), ("[/spoiler]", true), ("[/section]", true)] {
            let (docs, diags) = CaptureParser.parse("```\n" + text + "```\n" + tag + "\n")
            #expect(docs.map { CLIWriter.text($0) } == bareDocs.map { CLIWriter.text($0) }, "\(tag)")
            #expect(diags.map(\.code) == bareDiags.map(\.code) + (noted ? [.DOC010] : []), "\(tag)")
        }
    }

    /// A key whose middle or last words the paster left out (`0x4a3eea7b ... 0x4412d4a9`, `…`):
    /// noted, not judged (no KEY001), in show output, in a configuration and read back from
    /// YAML; kept as written. An ellipsis after five hexadecimal words more is a malformed key.
    @Test func aKeyWithWordsLeftOutIsNotJudged() {
        for key in ["0x4a3eea7b ... 0x4412d4a9", "0x4a3eea7b 0x54b9f61a \u{2026}", "0x4a3eea7b 0x54b9f61a 0x4143a90c 0xe5849088 .."] {
            let output = "Serial Number: JMX1234L0XX\nRunning Permanent Activation Key: \(key)\n"
            let (docs, diags) = CaptureParser.parse(output)
            #expect(diags.map(\.code) == [.DOC008], "\(key)")
            #expect(diags.first?.message.contains("words left out") == true)
            guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no document"); continue }
            #expect(ak.runningPermanentKey?.text == key)
            #expect(PastedRedaction.keyLooksRedacted(ActivationKey(key)))
            #expect(CaptureParser.parse("activation-key \(key)\n").diagnostics.map(\.code) == [.DOC008])
            let yaml = Convert.run(Array(output.utf8), to: .yaml, path: "k.txt").output
            #expect(Convert.run(Array(yaml.utf8), to: .yaml, path: "k.yaml").diagnostics.isEmpty)
        }
        let (_, diags) = CaptureParser.parse("Serial Number: JMX1234L0XX\nRunning Permanent Activation Key: 0x1 0x2 0x3 0x4 0x5 0x6 ...\n")
        #expect(diags.map(\.code) == [.KEY001])
        #expect(!PastedRedaction.isEllipsis(".") && PastedRedaction.isEllipsis("...") && !PastedRedaction.isEllipsis("..x"))
    }

    /// A serial cut short with an ellipsis (`JMX12...`, `FCH1…`) is redacted too: no KEY005.
    @Test func aSerialWithCharactersLeftOutIsNotJudged() {
        for serial in ["JMX12...", "FCH1\u{2026}", "..", "JMX..1234"] {
            #expect(PastedRedaction.serialLooksRedacted(serial), "\(serial)")
            let (_, diags) = CaptureParser.parse("Serial Number: \(serial)\nRunning Permanent Activation Key: 0x4a3eea7b 0x54b9f61a 0x4143a90c 0xe5849088 0x4412d4a9\n")
            #expect(diags.map(\.code) == [.DOC008], "\(serial)")
        }
        for serial in ["J.M", "JMX1234L0AB", "JMX1234L0A.", "JMX1234\u{1026}"] {
            #expect(!PastedRedaction.serialLooksRedacted(serial), "\(serial)")
        }
    }
}
