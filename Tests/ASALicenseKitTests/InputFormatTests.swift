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
}
