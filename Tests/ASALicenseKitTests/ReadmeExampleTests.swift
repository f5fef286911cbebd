import ASALicenseKit  // not @testable: the README's example uses the public API only
import Foundation
import Testing

/// The README's "Using ASALicenseKit from Swift" example, compiled and run here; the test checks
/// that the README shows exactly this code.
@Suite struct ReadmeExampleTests {
    struct Result {
        var serial: String?
        var contexts: Int?
        var premiumDays: Int?
        var errors: Int
        var json: String
    }

    func example() -> Result {
        // README example begins
        let text = """
            fw1# show activation-key
            Serial Number: JMX1232L33P
            Running Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c

            Licensed features for this platform:
            Security Contexts              : 2              perpetual
            AnyConnect Premium Peers       : 750            60 days

            This platform has an ASA 5520 VPN Plus license.
            """
        // Parse: documents, and the diagnostics found while reading (a file: InputSource(path:)).
        let (documents, diagnostics) = CaptureParser.parse(text)

        // The typed model.
        guard case .activationKey(let ak)? = documents.first?.content else { fatalError("no show activation-key") }
        let serial = ak.serialNumber?.text                                   // "JMX1232L33P"
        let contexts = ak.running?.row(.securityContexts)?.value.count       // 2
        let premiumDays = ak.running?.row(.premiumPeers)?.term?.days           // 60

        // Lint: the catalog's rules over every document seen together.
        let findings = Linter().lint(documents.map { LintDocument(path: "fw1.txt", document: $0) }, readDiagnostics: diagnostics)
        for finding in findings { print(finding.rendered()) }

        // Write: YAML, JSON, JSON Lines or canonical CLI.
        let json = OutputFormat.json.render(documents)
        // README example ends
        return Result(serial: serial, contexts: contexts, premiumDays: premiumDays, errors: findings.errorCount, json: json)
    }

    @Test func theExampleRuns() {
        let r = example()
        #expect(r.serial == "JMX1232L33P")
        #expect(r.contexts == 2)
        #expect(r.premiumDays == 60)
        #expect(r.errors == 0)
        #expect(r.json.contains("\"serial_number\": \"JMX1232L33P\""))
    }

    @Test func theReadmeShowsThisCode() throws {
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let lines = source.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasSuffix("// README example begins") }),
              let end = lines.firstIndex(where: { $0.hasSuffix("// README example ends") }) else {
            Issue.record("markers not found")
            return
        }
        let code = lines[(start + 1)..<end].map { $0.hasPrefix("        ") ? String($0.dropFirst(8)) : $0 }.joined(separator: "\n")
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("import ASALicenseKit\n\n" + code + "\n```"), "README's Swift example differs from ReadmeExampleTests.example()")
    }
}
