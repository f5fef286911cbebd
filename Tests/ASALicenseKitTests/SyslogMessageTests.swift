import Testing
@testable import ASALicenseKit

/// Messages the device logs to the terminal amid an output (`logging console`): none of the
/// output, wherever they land.
@Suite struct SyslogMessageTests {
    static let messages = [
        "%ASA-5-111008: User 'enable_15' executed the 'show activation-key' command.",
        "%PIX-4-106023: Deny tcp src outside:192.0.2.7/443 dst inside:10.1.1.5/51515 by access-group \"outside_in\"",
        "Dec 04 2026 02:14:13: %ASA-6-605005: Login permitted from 10.1.1.5/51515 to inside:10.1.1.1/ssh for user \"admin\"",
        "Mar 14 2022 14:02:11: %ASA-4-411002: Line protocol on Interface inside, changed state to up",
        "%FTD-session-6-302013: Built inbound TCP connection 1234 for outside:192.0.2.7/443",
    ]

    @Test func tagsAreTold() {
        for text in Self.messages {
            #expect(LineLexer.lexing(text) { SyslogMessage.isMessage($0) }, "\(text)")
        }
        for text in ["% Invalid input detected at '^' marker.", "%ASA-5-11100: short", "%asa-5-111008: x", "%A-5-111008: x",
                     "Total VPN Peers : 750 perpetual", "ERROR: %ASA", "%ASA-9x-111008: x", "%ASA-5-1110088: x",
                     "Maximum VLANs : 150 %ASA-5-111008:", "Dec is the month"] {
            #expect(!LineLexer.lexing(text) { SyslogMessage.isMessage($0) }, "\(text)")
        }
    }

    /// A run of messages as long as a busy console's is passed over in one frame (read by
    /// calling the reader again, 300,000 of them overflowed the stack).
    @Test func aLongRunOfMessagesIsRead() {
        let text = "fw# show activation-key\nSerial Number: JMX1232L11M\n"
            + String(repeating: Self.messages[0] + "\n", count: 100_000)
            + "Running Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c\n"
        let (docs, diags) = CaptureParser.parse(text)
        guard case .activationKey(let a)? = docs.first?.content else { Issue.record("no activation-key document"); return }
        #expect(docs.count == 1)
        #expect(a.runningPermanentKey != nil)
        #expect(diags.isEmpty)
    }

    /// A message after any block's first row, stamped or not: the same documents and findings.
    @Test func aMessageInABlockChangesNothing() {
        ElisionTests.expectEachPassedOver(Self.messages, warned: 0)
    }

    /// A message longer than a console window is wide, copied from one: cut at 80 columns (at 79
    /// when the copy dropped the blank there), its rest on the next lines is the message's too.
    @Test func aMessageCutByAConsoleWindowIsPassedOverWhole() {
        let long = Self.messages.filter { $0.count > 80 }
            + ["%ASA-6-302013: Built inbound TCP connection 1234 for outside:192.0.2.7/443 (192.0.2.7/443) to inside:10.1.1.5/51515 (10.1.1.5/51515) and on for another eighty columns or so"]
        let cut = long.map { message in
            var lines: [String] = [], rest = Substring(message)
            while rest.count > 80 {
                let line = rest.prefix(80)
                lines.append(line.last == " " ? String(line.dropLast()) : String(line))
                rest = rest.dropFirst(80)
            }
            return (lines + [String(rest)]).joined(separator: "\n")
        }
        #expect(cut.filter { $0.split(separator: "\n").count > 2 }.count == 1)
        ElisionTests.expectEachPassedOver(cut, warned: 0)
    }
}

