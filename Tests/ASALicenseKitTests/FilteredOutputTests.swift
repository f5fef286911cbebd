import Testing
@testable import ASALicenseKit

/// An output the echoed command piped through a filter (`show activation-key | include Peers`,
/// `sh ver | grep -i license`) shows only the lines asked for: rows without their header are
/// the running block's, and what the filter left out is not missing.
@Suite struct FilteredOutputTests {
    static let rows = "AnyConnect Premium Peers          : 2              perpetual\nOther VPN Peers                   : 750            perpetual\n"
        + "Total VPN Peers                   : 750            perpetual\n"

    @Test func aFilterIsAPipeThenAWord() {
        for command in ["show version | include Serial|Key", "sh act | i Peers", "show activation-key|inc Peers", "sh ver | grep -i license", "show version | begin Licensed"] {
            #expect(EchoedCommand.filtersOutput(command), "\(command)")
        }
        for command in ["show version", "show activation-key detail", "show version |", "| include Peers", "show version | 2"] {
            #expect(!EchoedCommand.filtersOutput(command), "\(command)")
        }
    }

    /// Rows alone under a filtered `show activation-key` are its running block (noted, DOC009);
    /// under the same command unfiltered they are lines not understood.
    @Test func rowsAloneUnderAFilterAreTheRunningBlock() throws {
        let (docs, diags) = CaptureParser.parse("fw1# show activation-key | include Peers\n" + Self.rows + "fw1# \n")
        guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); return }
        #expect(docs.count == 1)
        #expect(ak.running?.headerless == true && ak.running?.rows.count == 3)
        #expect(diags.map(\.code) == [.DOC009])
        let unfiltered = CaptureParser.parse("fw1# show activation-key\n" + Self.rows + "fw1# \n")
        #expect(unfiltered.diagnostics.map(\.code) == [.DOC001, .DOC001, .DOC001])
    }

    /// What the filter left out is not reported missing: no serial number (DOC002), a time-based
    /// key's section with no key under it (DOC003).
    @Test(arguments: ["Licensed features for this platform:\nShared License                    : Disabled       perpetual\nThis platform has an ASA 5520 VPN Plus license.\n",
                      "Serial Number: JMX1232L11M\nRunning Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c\nActive Timebased Activation Key:\n"])
    func whatTheFilterLeftOutIsNotMissing(_ output: String) {
        for command in ["show activation-key detail", "show version"] {
            let filtered = CaptureParser.parse("fw1# \(command) | include license|Key|Serial\n" + output + "fw1# \n")
            let whole = CaptureParser.parse("fw1# \(command)\n" + output + "fw1# \n")
            let findings = { (docs: [Document], diags: [Diagnostic]) in
                Linter().lint(docs.map { LintDocument(path: "-", document: $0) }, readDiagnostics: diags).filter { $0.severity != .note }.map(\.code)
            }
            #expect(findings(filtered.documents, filtered.diagnostics).isEmpty, "\(command)")
            #expect(!findings(whole.documents, whole.diagnostics).isEmpty, "\(command)")
        }
    }

    /// A filtered `detail` shows the rows of every block, none under its header: the first run
    /// is the running block; a row after it (after a key line, or a sentence) cannot be told to
    /// be the permanent block's or a time-based key's, so it is passed over, said once a row
    /// (DOC003), and the canonical text reads again as the same document.
    @Test func rowsOfLaterBlocksArePassedOverAndSaid() {
        let path = "Samples/show-activation-key/example2-standalone-detail.txt"
        let kept = Samples.text(path).split(separator: "\n").filter { $0.contains("Peers") || $0.hasPrefix("Running Permanent") }
        let text = "fw1# show activation-key detail | include Peers|Running Permanent\n" + kept.joined(separator: "\n") + "\nfw1# \n"
        let (docs, diags) = CaptureParser.parse(text)
        guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); return }
        #expect(docs.count == 1)
        #expect(ak.running?.rows.count == 3)
        #expect(diags.filter { $0.severity == .error }.isEmpty)
        #expect(diags.filter { $0.code == .DOC003 }.count == kept.filter { $0.contains("Peers") }.count - 3)
        let cli = CLIWriter.text(docs[0])
        #expect(CaptureParser.parse(cli).documents.map { CLIWriter.text($0) } == [cli])
    }

    /// However the filter cut the output, a row no block takes is passed over and said, and the
    /// canonical text reads again as the same document (found by the fuzzers: a row kept as a
    /// line not understood opened the running block when read again).
    @Test(arguments: ["Active Timebased Activation Key:\n> Maximum Physical Interfaces : Unlimited perpetual\n",
                      "AnyConnect Premium Peers : 2 perpetual\nRunning Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c\nFailover : Active/Active perpetual\n"])
    func aRowNoBlockTakesIsPassedOver(_ output: String) {
        let (docs, diags) = CaptureParser.parse("fw1# sh act | i Serial|Running|Peers\n" + output)
        #expect(docs.allSatisfy { $0.unparsed.isEmpty })
        #expect(diags.map(\.code).contains(.DOC003) && !diags.contains { $0.severity == .error })
        let cli = docs.map { CLIWriter.text($0) }
        #expect(CaptureParser.parse(cli.joined()).documents.map { CLIWriter.text($0) } == cli)
    }

    /// A filtered `show shared license` keeps the fields it can place (the server's, under its
    /// line) and passes over, with a warning each (DOC003), those whose block header the filter
    /// left out; unfiltered, such a field is a line not understood (DOC001).
    @Test func aSharedLicenseFieldOutOfItsBlockIsPassedOver() throws {
        let output = "Primary License Server : 10.3.32.20\n  Status               : Active\n  Current usage      :         0\n"
        let (docs, diags) = CaptureParser.parse("fw2> show shared license | include usage|Server|Status\n" + output + "fw2> \n")
        guard case .sharedLicense(let sl)? = docs.first?.content else { Issue.record("no shared-license document"); return }
        #expect(sl.primaryServer?.status == "Active" && sl.thisDevice == nil && docs[0].unparsed.isEmpty)
        #expect(diags.map(\.code) == [.DOC003])
        let cli = CLIWriter.text(docs[0])
        #expect(CaptureParser.parse(cli).documents.map { CLIWriter.text($0) } == [cli])
        #expect(CaptureParser.parse("fw2> show shared license\n" + output + "fw2> \n").diagnostics.map(\.code) == [.DOC001])
    }

    /// Rows the filter left without their header, then the failover cluster's header: written
    /// back, the rows come first (after the cluster's header they would be its rows; found by
    /// the fuzzers).
    @Test func rowsBeforeTheClusterHeaderWriteBackFirst() {
        let (docs, _) = CaptureParser.parse("fw1# sh act | i Peers|cluster\n" + Self.rows + "Failover cluster licensed features for this platform:\n")
        guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); return }
        #expect(ak.running?.rows.count == 3 && ak.failoverCluster?.rows.isEmpty == true)
        let cli = docs.map { CLIWriter.text($0) }
        #expect(CaptureParser.parse(cli.joined()).documents.map { CLIWriter.text($0) } == cli)
    }
}

