import Testing
@testable import ASALicenseKit

/// A PDF's page break amid an example copied from a Cisco manual (its running title, page
/// number, chapter's and section's heads): no lines at all, noted; the output reads as without it.
@Suite struct PageBreakTests {
    /// The page furniture in the orders a PDF's text gives it: the footer then the next page's
    /// head, the page number first, blank lines between, the section's title before the chapter's.
    static let breaks: [[String]] = [
        ["Cisco ASA Series General Operations CLI Configuration Guide, 9.8", "4-26", "\u{0C}Chapter 4 Licenses: Product Authorization Key Licensing", "Monitoring PAK Licenses"],
        ["4-26", "Cisco ASA 5500 Series Configuration Guide using the CLI", "", "OL-20336-01", "", "Chapter 3 Managing Feature Licenses"],
        ["Monitoring PAK Licenses", "\u{0C}Chapter 4 Licenses: Product Authorization Key Licensing"],
        ["Cisco ASA Series General Operations CLI Conﬁguration Guide, 9.8", "4-20", "Chapter 4 Licenses: Product Authorization Key Licensing", "Conﬁgure a Shared License (AnyConnect 3 and Earlier)"],
        ["Cisco ASA Series Command Reference, S Commands", "12-34"],
        // A command reference's pages: the entry's command is the section's running head.
        ["Cisco ASA Series Command Reference, S Commands", "3-12", "Chapter 3 show a through show az Commands", "show activation-key"],
        ["3-13", "Cisco ASA Series Command Reference, S Commands", "", "show shared license", "\u{0C}Chapter 3 show a through show az Commands"],
        ["show activation-key", "", "Chapter 3 show a through show az Commands"],
    ]

    /// What a text reads as: each document's canonical CLI, and the codes of its findings but
    /// the notes of text passed over.
    func reading(_ text: String) -> ([String], [RuleCode]) {
        let (docs, diags) = CaptureParser.parse(text)
        return (docs.map { CLIWriter.text($0) }, diags.map(\.code).filter { $0 != .DOC010 })
    }

    @Test(arguments: ["Samples/show-activation-key/example2-standalone-detail.txt", "Samples/show-activation-key/example3-failover-primary-detail.txt",
                      "Samples/real-world/show-version-8.0-rows-without-header.txt", "Samples/real-world/pix-7.2-show-version.txt", "Samples/show-shared-license/server-detail.txt"])
    func aPageBreakBetweenAnyTwoLinesIsNoLine(_ path: String) {
        let lines = Samples.text(path).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let expected = reading(lines.joined(separator: "\n"))
        for (b, furniture) in Self.breaks.enumerated() {
            for at in 2..<lines.count {
                var broken = lines
                broken.insert(contentsOf: furniture, at: at)
                let text = broken.joined(separator: "\n")
                let got = reading(text)
                #expect(got.0 == expected.0, "\(path): break \(b) before line \(at + 1)")
                #expect(got.1 == expected.1, "\(path): break \(b) before line \(at + 1)")
                // Noted at one of its lines: as a page break, or (after an output's closing
                // lines) as text after it. (Show version passes over a section's title before
                // its rows as the other text it prints, and notes the break from the chapter's head.)
                let lines = (at + 1)...(at + furniture.count)
                #expect(CaptureParser.parse(text).diagnostics.contains { $0.code == .DOC010 && lines.contains($0.span.line) }, "\(path): break \(b) before line \(at + 1)")
            }
        }
    }

    /// The sample, its breaks taken out by hand, reads the same.
    @Test func theSampleReadsAsWithoutItsBreaks() {
        let text = Samples.text("Samples/real-world/pdf-guide-page-breaks.txt")
        let furniture = Set(Self.breaks.flatMap { $0 }.filter { !$0.isEmpty } + ["4-27", "\u{0C}Monitoring PAK Licenses"])
        var kept = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !furniture.contains($0) }
        kept.removeAll { $0.isEmpty }
        let without = kept.joined(separator: "\n")
        #expect(reading(text).0 == reading(without).0)
        #expect(reading(text).0.count == 2)
        #expect(CaptureParser.parse(text).diagnostics.filter { $0.message.contains("page break") }.count == 2)
    }

    /// A section's title as a PDF's text keeps it: a ligature (`ﬁ`), a model's name; a key's or
    /// a serial's word is none.
    @Test func sectionTitlesAreTold() {
        for title in ["Conﬁgure a Shared License (AnyConnect 3 and Earlier)", "ASA 5506-X, 5506W-X, and 5506H-X License Features",
                      "ASA 5585-X with SSP-10 License Features", "Monitoring PAK Licenses", "Licenses for the ASA 5585"] {
            #expect(LineLexer.lexing(title) { $0.isSectionTitle }, "\(title)")
        }
        for text in ["Oxyadayad3 Oxyadayad3", "Serial JMX1232L11M", "Key 0x4a3eea7b", "Version 9.8", "Model 5506w-x"] {
            #expect(!LineLexer.lexing(text) { $0.isSectionTitle }, "\(text)")
        }
    }

    /// Lines like a break's that are none: show version's banner, prose that names a chapter
    /// or a guide, a number or a title alone with no head beside it.
    @Test func linesLikeABreaksAreNone() {
        for text in ["Cisco Adaptive Security Appliance Software Version 9.8(4)20", "Chapter 4 of the guide says:", "Cisco ASA Series Configuration Guide says so.",
                     "26", "Chapter four", "Cisco Guidelines", "Monitoring PAK Licenses", "OL-20336-01",
                     "show activation-key", "license-server backup address"] {
            let output = "fw# show activation-key\nSerial Number: JMX1232L11M\n\(text)\nMaximum VLANs : 150 perpetual\n"
            let diags = CaptureParser.parse(output).diagnostics
            #expect(!diags.contains { $0.message.contains("page break") }, "\(text)")
        }
        let output = "fw# show activation-key\nSerial Number: JMX1232L11M\n26\nMaximum VLANs : 150 perpetual\n"
        #expect(CaptureParser.parse(output).diagnostics.map(\.code).contains(.DOC001))
    }
}
