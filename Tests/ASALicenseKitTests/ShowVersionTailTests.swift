import Testing
@testable import ASALicenseKit

/// The tail of a `show version` pasted alone (a post's "here is the bottom of sh ver"): its
/// serial and keys, then its closing lines (`Configuration register is 0x1`, `Image type`, `Key
/// Version`, `Configuration last modified by …`), which show activation-key never prints.
@Suite struct ShowVersionTailTests {
    @Test func theTailOfAShowVersionIsOneWithNoLineNotUnderstood() {
        let (docs, diags) = InputReader.read(Samples.bytes("Samples/real-world/show-version-tail.txt"))
        #expect(docs.count == 2)
        for doc in docs {
            guard case .activationKey(let ak) = doc.content else { Issue.record("not license text: \(doc)"); continue }
            #expect(doc.unparsed.isEmpty)
            #expect(ak.runningPermanentKey?.isWellFormed == true)
        }
        #expect(docs.map { $0.sourceLines?.lowerBound } == [3, 12])
        #expect(!diags.contains { $0.severity != .note })
    }

    /// Each closing line may be the first after the keys; a time-based key before it too.
    @Test(arguments: ["Configuration register is 0x2102", "Configuration last modified by enable_15 at 09:14:52.337 CEST Tue May 16 2023",
                      "Configuration has not been modified since last system restart."])
    func anyClosingLineTellsAShowVersion(_ closing: String) {
        let text = "Serial Number: FCH1826J3XK\nRunning Permanent Activation Key: 0x0121cd62 0x58f1a4b4 0x3c8e7f13 0xa55c62d8 0x4b2f9c16\n"
            + "Running Timebased Activation Key: 0x5a7c2e93 0xd1049b6f 0x38ef1a05 0x6c92d4e8 0x0b5f7731\n\(closing)\n"
        let (docs, diags) = CaptureParser.parse(Array(text.utf8))
        #expect(docs.count == 1 && docs.first?.kind == .activationKey && docs.first?.unparsed.isEmpty == true)
        #expect(diags.isEmpty)
    }

    /// Under an echoed `show activation-key`, or after a line already not understood, the line
    /// is no show version's: kept and reported, as before.
    @Test func aClosingLineUnderAnotherOutputIsNotUnderstood() {
        let keys = "Serial Number: FCH1826J3XK\nRunning Permanent Activation Key: 0x0121cd62 0x58f1a4b4 0x3c8e7f13 0xa55c62d8 0x4b2f9c16\n"
        for text in ["fw1# show activation-key\n" + keys + "Configuration register is 0x1\n",
                     keys + "Uptime counter is wrong\nConfiguration register is 0x1\n"] {
            let (docs, diags) = CaptureParser.parse(Array(text.utf8))
            #expect(docs.first?.kind == .activationKey)
            #expect(docs.first?.unparsed.map(\.text).last == "Configuration register is 0x1")
            #expect(diags.contains { $0.code == .DOC001 && $0.severity == .error })
        }
    }

    /// Passed over, not made a show version: what follows (a block, in show version's order)
    /// is read as before, and canonical CLI reads back as itself (fuzz finds: as a show version
    /// it was written back in show version's order, and read again otherwise).
    @Test func theTailWritesBackAsItself() {
        let keys = "Serial Number: FCH1826J3XK\nRunning Permanent Activation Key: 0x0121cd62 0x58f1a4b4 0x3c8e7f13 0xa55c62d8 0x4b2f9c16\n"
        for text in [keys + "Configuration register is 0x1\nFailover cluster licensed features for this platform:\nFailover : Active/Standby perpetual\n",
                     "Failover cluster licensed features for this platform:\nFailover : Active/Standby perpetual\n\n" + keys + "Configuration register is 0x1\n",
                     keys + "Configuration last modified by enable_15 at 09:14:52.337 CEST Tue May 16 2023\nThis platform has an ASA 5520 VPN Plus license.\n"] {
            let (docs, diags) = CaptureParser.parse(Array(text.utf8))
            #expect(!diags.contains { $0.code == .DOC001 }, "\(text)")
            let cli = OutputFormat.cli.render(docs, options: OutputOptions(showSecrets: true))
            #expect(OutputFormat.cli.render(CaptureParser.parse(cli).documents, options: OutputOptions(showSecrets: true)) == cli, "\(text)")
        }
    }
}
