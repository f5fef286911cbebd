import Testing
@testable import ASALicenseKit

/// What a file holds, told from its first bytes: asalic's own YAML or JSON by a `kind` field
/// naming one of its kinds, else device text.
@Suite struct InputFormatTests {
    func format(_ text: String) -> InputFormat {
        Array(text.utf8).withUnsafeBufferPointer { InputFormat.detect($0) }
    }

    @Test func asalicsOwnOutputIsToldByItsStructure() {
        #expect(format("---\nkind: activation-key\nserial_number: JMX1232L11M\n") == .yaml)
        #expect(format("[{\"kind\": \"license-config\"}]") == .json)
        #expect(format("--------[ fw1 ]--------\nSerial Number: JMX1232L11M\n") == .cli)
        #expect(format("---\nname: not ours\n") == .cli)
    }

    /// YAML that a tool or a hand opened with comments, its keys in any order: still asalic's.
    /// Canonical CLI's bare prompt (`# show activation-key`) looks like a comment, and stays text.
    @Test func commentsBeforeTheYAMLAreSkipped() throws {
        #expect(format("# converted from fw1.txt\n#\n---\nserial_number: JMX1232L11M\nkind: activation-key\n") == .yaml)
        #expect(format("# edited by hand\nkind: shared-license\n") == .yaml)
        #expect(format("# show activation-key\nSerial Number: JMX1232L11M\n") == .cli)
        #expect(format("# show version\n---\nkind: not one of ours\n") == .cli)
        let path = "Samples/show-shared-license/participant-with-backup.yaml"
        let yaml = "# edited by hand\n" + Samples.text(path)
        let (docs, diags) = InputReader.read(yaml)
        let (plain, _) = InputReader.read(Samples.text(path))
        #expect(docs.count == 1 && docs == plain)
        #expect(diags.isEmpty)
    }

    /// asalic's YAML and JSON are read a document at a time: each is handed over before the
    /// next is read, so a stream cut inside its third document gives the first two and then the
    /// error, in YAML, JSON and JSON Lines alike (a JSON array was read whole, and gave nothing).
    @Test(arguments: [OutputFormat.yaml, .json, .jsonl])
    func documentsBeforeAnErrorAreRead(_ format: OutputFormat) {
        let docs = Samples.goldenInputs.prefix(12).flatMap { CaptureParser.parse(Samples.bytes($0)).documents }
        #expect(docs.count > 5)
        let text = Array(format.render(docs).utf8)
        #expect(InputReader.read(text).documents == docs)
        // Cut in the middle of the third document's text (each starts with its kind), where an
        // unclosed string follows.
        let kinds = text.indices.filter { text[$0...].starts(with: Array("kind".utf8)) }
        let cut = InputReader.read(Array(text[..<(kinds[2] + (kinds[3] - kinds[2]) / 2)]) + Array("\n\"unclosed\n".utf8))
        let firstTwo = InputReader.read(format.render(Array(docs.prefix(2))))
        #expect(cut.documents == firstTwo.documents && firstTwo.documents == Array(docs.prefix(2)))
        #expect(cut.diagnostics.dropLast() == firstTwo.diagnostics[...])
        #expect(cut.diagnostics.last.map { $0.code == .DOC001 && $0.severity == .error } == true, "\(cut.diagnostics.map { $0.rendered() })")
    }
}
