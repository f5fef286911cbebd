import Testing
@testable import ASALicenseKit

/// A licence command echoed alone on its line, its prompt logged elsewhere or left out (pyATS's
/// Unicon logs its own line between them), and that framework's log lines.
@Suite struct EchoAloneTests {
    static let key = "Running Permanent Activation Key: 0x4a3eea7b 0x54b9f61a 0x4143a90c 0xe5849088 0x4412d4a9\n"

    @Test func uniconLogLinesAreTold() {
        for text in ["%UNICON-INFO: +++ asa-1 with via 'cli': executing command 'show version' +++",
                     "%UNICON-WARNING: connection to asa-1", "+++ asa-1: executing command 'show version' +++",
                     "+++ initializing handle +++"] {
            #expect(LineLexer.lexing(text) { UniconLog.isLogLine($0) }, "\(text)")
        }
        for text in ["%UNICON-: x", "%UNICON-info: x", "%UNICON-INFO", "%ASA-5-111008: User 'enable_15'", "+++", "++++ a ++++",
                     "+++ the output goes on", "Total VPN Peers : 750 perpetual", "% Invalid input detected at '^' marker."] {
            #expect(!LineLexer.lexing(text) { UniconLog.isLogLine($0) }, "\(text)")
        }
    }

    /// The prompt that ended the last output, Unicon's line (stamped by Python's logger, colon
    /// and all, or in its older bracketed form), and the echo: the prompt's host ran the command.
    @Test(arguments: [
        "asa-1# \n\n2021-03-15 10:22:05,201: %UNICON-INFO: +++ asa-1 with via 'cli': executing command 'show activation-key' +++\nshow activation-key\n",
        "asa-1# \n[2019-09-10 14:45:02,386] +++ asa-1: executing command 'show activation-key' +++\nshow activation-key\n",
    ])
    func theEchoAfterAUniconLineIsThePromptsCommand(_ session: String) {
        let (docs, diags) = CaptureParser.parse(session + "Serial Number:  JMX1504L2TD\n" + Self.key)
        #expect(docs.count == 1)
        #expect(docs.first?.prompt == "asa-1#" && docs.first?.command == "show activation-key")
        #expect(diags.isEmpty, "\(diags.map { $0.rendered() })")
    }

    /// With no prompt at all, the echo is still the command (written back as a bare prompt's,
    /// `# show activation-key`, which reads again as the same document).
    @Test func anEchoWithNoPromptIsTheCommand() throws {
        let (docs, diags) = CaptureParser.parse("sh act detail\n\nSerial Number:  JMX1504L2TD\n" + Self.key)
        #expect(docs.count == 1)
        #expect(docs.first?.prompt == nil && docs.first?.command == "sh act detail")
        #expect(docs.first?.sourceLines == 1...4)
        #expect(diags.isEmpty)
        let cli = OutputFormat.cli.render(docs, options: OutputOptions())
        #expect(cli.hasPrefix("# sh act detail\n"))
        #expect(CaptureParser.parse(cli).documents.map(\.command) == ["sh act detail"])
    }

    /// Salt's map of outputs by command: the key, its colon off, is the command.
    @Test func aMapKeyNamingTheCommandIsTheCommand() {
        let (docs, _) = CaptureParser.parse("    out:\n        show activation-key:\n            Serial Number:  JMX1504L2TD\n            " + Self.key)
        #expect(docs.map(\.command) == ["show activation-key"])
    }

    /// A command's name over prose (a post's heading) or over the output of another command
    /// is a line of the text: no document, and said once.
    @Test(arguments: ["show version\nThe output below is from the primary unit.\n", "show version\n\nfw# show clock\n"])
    func anEchoOverNoLicenceOutputIsText(_ text: String) {
        let (docs, diags) = CaptureParser.parse(text)
        #expect(docs.isEmpty)
        #expect(diags.map(\.code) == [.DOC005])
    }

    /// `show clock` echoed alone (pyATS's echo, Salt's map key) over the clock's line dates the
    /// documents after it, as at a prompt; over anything else it is a line of the text.
    @Test(arguments: ["show clock\n10:22:05.301 UTC Mon Mar 15 2021\n", "show clock:\n    *10:22:05.301 UTC Mon Mar 15 2021\n\n"])
    func aClockEchoedAloneDatesTheOutputsAfterIt(_ clock: String) {
        let (docs, diags) = CaptureParser.parse(clock + "\nshow activation-key\nSerial Number:  JMX1504L2TD\n" + Self.key)
        #expect(docs.count == 1)
        #expect(docs.first?.asOf == CaptureDate(date: CivilDate(year: 2021, month: 3, day: 15)!, source: .showClock))
        #expect(diags.isEmpty, "\(diags.map { $0.rendered() })")
        let undated = CaptureParser.parse("show clock\nit was late\nshow activation-key\nSerial Number:  JMX1504L2TD\n" + Self.key)
        #expect(undated.documents.first?.asOf == nil)
        #expect(undated.diagnostics.map(\.code) == [.DOC010])
    }
}

