import Testing
@testable import ASALicenseKit

/// CLI → model → CLI is a fixed point; model → YAML/JSON → model is the identity.
@Suite struct RoundTripTests {
    @Test(arguments: Samples.goldenInputs)
    func canonicalCLIIsAFixedPoint(_ input: String) {
        let first = InputReader.read(Samples.bytes(input)).documents
        let cli = OutputFormat.cli.render(first, options: OutputOptions(showSecrets: true))
        let second = InputReader.read(cli).documents
        let again = OutputFormat.cli.render(second, options: OutputOptions(showSecrets: true))
        #expect(again == cli)
        #expect(second.count == first.count)
    }

    @Test(arguments: Samples.goldenInputs)
    func yamlAndJSONReadBackToTheSameModel(_ input: String) {
        let (docs, read) = InputReader.read(Samples.bytes(input))
        // Reading YAML/JSON reports again what reading the text said of the model itself.
        let ofTheModel = Set(read.map(\.code)).intersection([.KEY001, .DOC004])
        for format in [OutputFormat.yaml, .json, .jsonl] {
            for showSecrets in [false, true] {
                let text = format.render(docs, options: OutputOptions(showSecrets: showSecrets))
                let (back, diagnostics) = InputReader.read(text)
                #expect(back == docs, "\(format) (secrets shown: \(showSecrets)) did not read back to the same model")
                // An empty JSON Lines stream is an empty file: read back, a capture with no license text.
                let emptyLines = docs.isEmpty && format == .jsonl && diagnostics.map(\.code) == [.DOC005]
                #expect(Set(diagnostics.map(\.code)) == ofTheModel || emptyLines, "\(diagnostics.map { $0.rendered() })")
            }
        }
    }

    @Test func secretsSurviveWhenShown() {
        let text = "license-server secret 0x1F2E3D4C\nlicense-server address 10.1.1.1 secret yes port 40000\n"
        let docs = InputReader.read(text).documents
        for format in [OutputFormat.yaml, .json] {
            let out = format.render(docs, options: OutputOptions(showSecrets: true))
            let back = InputReader.read(out).documents
            guard case .configuration(let config)? = back.first?.content else {
                Issue.record("expected a configuration")
                return
            }
            let secrets = config.commands.compactMap { c -> String? in
                switch c.kind {
                case .secret(let s): s.value
                case .address(_, let s, _): s.value
                default: nil
                }
            }
            #expect(secrets == ["0x1F2E3D4C", "yes"])
        }
    }
}
