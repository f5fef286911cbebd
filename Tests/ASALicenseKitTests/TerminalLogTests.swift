import Testing
@testable import ASALicenseKit

/// What a terminal log keeps besides the text: a time stamp on every line (SecureCRT, Tera
/// Term, a logger, moreutils' `ts`), the control sequences the device or a shell sent (colours, erasures, a
/// window title). Taken off, the text reads as the device printed it.
@Suite struct TerminalLogTests {
    func stampStart(_ text: String) -> Int? {
        LineLexer.lexing(text) { LineTimestamp.textStart($0) }
    }

    @Test func stampsTerminalLogsWriteAreFound() {
        for (text, stamp) in [
            ("[2012-03-06 10:22:31] Serial Number: JMX1232L11M", "[2012-03-06 10:22:31] "),
            ("[Tue Mar 06 10:22:31.123 2012] Failover : Active/Active", "[Tue Mar 06 10:22:31.123 2012] "),
            ("[10:22:31] fw1# show version", "[10:22:31] "),
            ("[03/06/2012 10:22:31 AM] Maximum VLANs : 150", "[03/06/2012 10:22:31 AM] "),
            ("2012-03-06 10:22:31 Serial Number: JMX1232L11M", "2012-03-06 10:22:31 "),
            ("2012-03-06 10:22:31.512 fw1# show version", "2012-03-06 10:22:31.512 "),
            ("2012-03-06T10:22:31.123Z Licensed features for this platform:", "2012-03-06T10:22:31.123Z "),
            ("[2012-03-06 10:22:31]", "[2012-03-06 10:22:31]"),
            ("Mar 06 10:22:31 fw1# show version", "Mar 06 10:22:31 "),
            ("Mar  6 10:22:31.123456 Serial Number: JMX1232L11M", "Mar  6 10:22:31.123456 "),
        ] {
            #expect(stampStart(text) == stamp.utf8.count, "\(text)")
        }
    }

    /// Lines of output and configuration that start with a bracket, a digit or a date are
    /// their own text, not a stamp.
    @Test func licenceTextIsNoStamp() {
        for text in [
            "[REDACTED]", "[ fw1 ]", "[2012-03-06]", "[10:22 ", "[a]b 10:22:31]", "0xa821d549 0x35725fe4 0xc918b97b 0xce0b987b 0x47c7c285",
            " 0: Ext: GigabitEthernet0/0  : address is 0022.5597.1234, irq 9", "10:22:31.123 UTC Tue Mar 6 2012",
            "2012-03-06", "2012-03-06 up 3 days", "20120306 10:22:31 x", "2012-03-06X10:22:31 x", "",
            // The device's log message (year, colon), a month that is none, a day of three digits.
            "Mar 06 2012 10:22:31: %ASA-6-302013: x", "Mar 06 10:22:31: %ASA-6-302013: x", "Mat 06 10:22:31 x", "Mar 006 10:22:31 x",
            "Maximum VLANs : 150", "Mar 06 10:22 x",
        ] {
            #expect(stampStart(text) == nil, "\(text)")
        }
    }

    /// Every sample, stamped line by line as a terminal log keeps it, reads as itself: the
    /// same documents, lines and diagnostics. (Not the strings of lines Ansible and Python
    /// print on one line: a stamp before them is no log either writes.)
    @Test func everySampleStampedReadsAsItself() {
        var compared = 0
        // (A stamp before a line of strings is not read: a tool's strings are no terminal's lines.)
        for (path, text) in Samples.textInputs where !Samples.isPrintedAsStrings(path) {
            for stamp in ["[2012-03-06 10:22:31] ", "[Tue Mar 06 10:22:31.123 2012] ", "2012-03-06 10:22:31.512 ", "Mar 06 10:22:31 "] {
                expectSameReading(Samples.eachLine(of: text) { stamp + $0 }, as: text, path)
            }
            compared += 1
        }
        #expect(compared > 40)
    }

    /// Where each kind of sequence ends: CSI at its final byte, OSC at BEL or `ESC \`, any
    /// other after its intermediates and final byte; an ESC before a blank or a colon alone.
    @Test func controlSequencesEndWhereTerminalsEndThem() {
        for (text, length) in [
            ("\u{1B}[K", 3), ("\u{1B}[01;32mx", 8), ("\u{1B}[?25h", 6), ("\u{1B}]0;fw1: ~\u{07}x", 11), ("\u{1B}]0;t\u{1B}\\x", 7),
            ("\u{1B}(B", 3), ("\u{1B}7", 2), ("\u{1B}", 1), ("\u{1B}   : 5", 1), ("\u{1B}:", 1), ("\u{1B}[", 2),
        ] {
            let bytes = Array(text.utf8)
            let end = bytes.withUnsafeBufferPointer { LineLexer.skipEscape($0.baseAddress!, from: 0, end: $0.count) }
            #expect(end == length, "\(text.debugDescription)")
        }
    }

    @Test func controlSequencesAreBlanks() {
        let text = "\u{1B}]0;netops@jump: ~\u{07}\u{1B}[1mfw1#\u{1B}[0m show activation-key\n"
            + "Serial Number: JMX1232L11M\u{1B}[K\n"
            + "Running Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c\u{1B}[K\n"
            + "Licensed features for this platform:\u{1B}[K\n"
            + "Maximum VLANs : \u{1B}[01;32m150\u{1B}[00m perpetual\u{1B}(B\n"
        let (docs, diags) = CaptureParser.parse(text)
        #expect(docs.count == 1)
        #expect(docs.first?.prompt == "fw1#")
        #expect(docs.first?.command == "show activation-key")
        guard case .activationKey(let ak)? = docs.first?.content else {
            Issue.record("not an activation-key document")
            return
        }
        #expect(ak.serialNumber?.text == "JMX1232L11M")
        #expect(ak.runningPermanentKey?.text == "0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c")
        #expect(ak.running?.row(.maximumVLANs)?.value == .count(150))
        #expect(diags.filter { $0.severity != .note }.isEmpty, "\(diags)")
    }

    /// Every sample with the erasure a terminal sends after each line (`ESC[K`), or with each
    /// line in the colour a tool prints it in (Ansible's `ESC[0;32m…ESC[0m`), reads as itself:
    /// the same canonical text once the sequences are taken out of what was kept verbatim, and
    /// the same diagnostics on the same lines (columns count the sequences before them).
    @Test func everySampleWithControlSequencesReadsAsItself() {
        var compared = 0
        for path in Samples.goldenInputs {
            let text = Samples.text(path)
            guard !text.isEmpty, !Samples.isEncoded(text) else { continue }
            let (bareDocs, bareDiags) = CaptureParser.parse(Array(text.utf8))
            for (before, after) in [("", "\u{1B}[K"), ("\u{1B}[0;32m", "\u{1B}[0m")] {
                let decorated = text.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.isEmpty ? "" : before + $0 + after }.joined(separator: "\n")
                let (docs, diags) = CaptureParser.parse(Array(decorated.utf8))
                let cli = docs.map { CLIWriter.text($0).replacingOccurrences(of: after, with: "").replacingOccurrences(of: before.isEmpty ? after : before, with: "") }
                #expect(cli == bareDocs.map { CLIWriter.text($0) }, "\(path)")
                #expect(diags.map(\.code) == bareDiags.map(\.code), "\(path)")
                #expect(diags.map(\.span.line) == bareDiags.map(\.span.line), "\(path)")
                if before.isEmpty {
                    #expect(diags.map(\.span.column) == bareDiags.map(\.span.column), "\(path)")
                }
            }
            compared += 1
        }
        #expect(compared > 40)
    }
}
