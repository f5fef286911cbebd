import Testing
@testable import ASALicenseKit

/// Values left out of a configuration, blanked by whoever pasted it (`10.1.1.x`, `backup-id
/// JMX13xxxxxx`) or a template's placeholders (`{{ backup_ip }}`): noted, never judged or
/// compared, while the same values written out are still judged.
@Suite struct BlankedValuesTests {
    func findings(_ text: String) -> [Diagnostic] {
        let (docs, diags) = CaptureParser.parse(text)
        return Linter().lint(docs.map { LintDocument(path: "t", document: $0) }, readDiagnostics: diags)
    }

    @Test func blankedAddressesAreToldFromAddressesAndNames() {
        for text in ["10.1.1.x", "x.x.x.x", "10.10.X.X", "192.168.*.*", "a.b.c.d", "10.1.1.???", "2001:db8::xxxx", "<server-ip>", "[removed]", "{{ server_ip }}", "x.x"] {
            #expect(PastedRedaction.addressLooksRedacted(IPAddress(text)), "\(text)")
        }
        for text in ["10.1.1.2", "2001:db8::1", "lic.example.com", "x.example.com", "license-server", "10.1.1", "10.1.1.2/24", "inside", "x", "ab.cd"] {
            #expect(!PastedRedaction.addressLooksRedacted(IPAddress(text)), "\(text)")
        }
    }

    /// A server, its backup and a participant pasted with their addresses and the backup's
    /// serials blanked: no SHR010; written out and not matching, SHR010 for both.
    @Test func aFleetWithBlankedValuesIsNotComparedButOneWithValuesIs() {
        let text = String(decoding: Samples.bytes("Samples/real-world/redacted-shared-licensing-configs.txt"), as: UTF8.self)
        let blanked = findings(text)
        #expect(!blanked.contains { $0.severity == .error }, "\(blanked.map { $0.rendered() })")
        #expect(blanked.filter { $0.code == .DOC008 && $0.message.contains("left out") }.count == 4)
        let written = text.replacingOccurrences(of: "backup 10.10.x.x backup-id JMX13xxxxxx ha-backup-id JMX14xxxxxx", with: "backup 10.10.1.2 backup-id JMX1378N0W9")
            .replacingOccurrences(of: "backup address x.x.x.x", with: "backup address 10.10.1.3")
        #expect(findings(written).filter { $0.code == .SHR010 }.count == 2)
    }

    /// A backup-id blanked to another length than eleven is no KEY005; one that is short is.
    @Test func aBlankedBackupIDIsNotJudgedForItsLength() {
        let config = { (id: String) in "license-server secret <removed>\nlicense-server enable inside\nlicense-server backup 10.1.1.2 backup-id \(id)\n" }
        for id in ["<removed>", "<serial>", "XXXXXXXX", "JMX13...", "{{ backup_serial }}"] {
            #expect(!findings(config(id)).contains { $0.code == .KEY005 }, "\(id)")
        }
        #expect(findings(config("JMX1378N0W")).map(\.code).contains(.KEY005))
    }

    /// A failover pair whose secondary's serial is blanked as the server's backup-id is: the
    /// same blanked text names no unit (no FO006); the same serial written out does.
    @Test func aBlankedSerialNamesNoUnit() {
        let text = String(decoding: Samples.bytes("Samples/lint/FO006.txt"), as: UTF8.self)
        #expect(findings(text).map(\.code).contains(.FO006))
        let blanked = text.replacingOccurrences(of: "JMX1232L22N", with: "JMX1232xxxx")
        #expect(!findings(blanked).map(\.code).contains(.FO006))
    }

    /// A configuration template: each placeholder one value left out, the commands the role
    /// needs there, so no finding but notes; canonical CLI reads back as itself.
    @Test func aConfigurationTemplateIsItsCommandsWithValuesLeftOut() throws {
        let bytes = Samples.bytes("Samples/real-world/jinja-config-template.txt")
        let (docs, diags) = CaptureParser.parse(bytes)
        #expect(docs.count == 1)
        guard case .configuration(let c)? = docs.first?.content else { Issue.record("no configuration"); return }
        #expect(c.commands.count == 4)
        #expect(c.commands.contains { if case .backupServer(let a, "{{ backup_serial }}", "{{ backup_ha_serial }}") = $0.kind { a == IPAddress("{{ backup_ip }}") } else { false } })
        #expect(!Linter().lint(docs.map { LintDocument(path: "t", document: $0) }, readDiagnostics: diags).contains { $0.severity != .note })
        let cli = Convert.run(bytes, to: .cli, path: "t.txt").output
        #expect(Convert.run(Array(cli.utf8), to: .cli, path: "t.cli").output == cli)
        #expect(TemplateText.joiningPlaceholders(["secret", "{{", "s", "}}", "port", "{{p}}", "{{", "open"]) == ["secret", "{{ s }}", "port", "{{p}}", "{{", "open"])
    }

    /// A capture framework's template beside the sample output it parses (TTP's `<input>`):
    /// the sample is the one document; the patterns, whose serial, key or version is a
    /// placeholder (`Serial Number: {{ serial }}`), are none, and nothing is said of their lines
    /// but that. A placeholder elsewhere (a row's value) leaves an output an output.
    @Test func aCaptureTemplatesPatternIsNoOutput() {
        let (docs, diags) = CaptureParser.parse(Samples.bytes("Samples/real-world/ttp-template-with-sample-input.txt"))
        #expect(docs.count == 1)
        guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); return }
        #expect(ak.serialNumber?.text == "JAD2140012A")
        #expect(diags.allSatisfy { $0.code == .DOC010 })
        for text in ["Serial Number: {{ serial }}", "Cisco Adaptive Security Appliance Software Version {{ version }}\nLicensed features for this platform:\n{{ feature }} : {{ value }}",
                     "Licensed features for this platform:\nFailover : Active/Active perpetual\nRunning Permanent Activation Key: {{ key | ORPHRASE }}"] {
            #expect(CaptureParser.parse(text + "\n").documents.isEmpty, "\(text)")
        }
        #expect(CaptureParser.parse("Serial Number: JAD2140012A\nFailover : {{ failover }}\n").documents.count == 1)
    }
}
