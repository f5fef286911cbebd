import Testing
@testable import ASALicenseKit

/// Text copied from a code viewer or a blog's listing with its line numbers (`1  fw1# show
/// activation-key`, `2\tSerial Number: …`): the numbers are the viewer's.
@Suite struct NumberedListingTests {
    /// Each line of `text` after its number, as `style` writes it; numbers from `first`.
    static func numbered(_ text: String, from first: Int = 1, _ style: (Int) -> String) -> String {
        var n = first - 1
        return Samples.eachLine(of: text) { line in
            n += 1
            return style(n) + line
        }
    }

    static let styles: [@Sendable (Int) -> String] = [
        { "\($0) " }, { "\($0)\t" }, { String(repeating: " ", count: 3 - String($0).count) + "\($0) " },
        // A gutter drawn after the number: `nl -s ' | '`, an editor's copy, `bat`'s `│`.
        { String(repeating: " ", count: 3 - String($0).count) + "\($0) | " }, { String(repeating: " ", count: 4 - String($0).count) + "\($0)   │ " },
    ]

    /// Every sample numbered (from 1 or from 15, left- or right-aligned, after a blank, a tab or
    /// a gutter's bar) reads as itself: the same documents, the same diagnostics on the same lines.
    @Test func everySampleNumberedReadsAsItself() {
        var compared = 0
        // (Strings of a tool's result are no listing's lines; a file of more lines than three
        // digits count is not numbered, nor a listing numbered again; a String splits no CRLF
        // at its line feed.)
        for (path, text) in Samples.textInputs where !Samples.isPrintedAsStrings(path)
            && !path.contains("line-numbers")
            && !text.contains("\r") && text.split(separator: "\n", omittingEmptySubsequences: false).count < 999 {
            for style in Self.styles {
                expectSameReading(Self.numbered(text, style), as: text, path)
            }
            expectSameReading(Self.numbered(text, from: 15) { "\($0) " }, as: text, path)
            compared += 1
        }
        #expect(compared > 60)
    }

    /// Every sample as `bat` prints a file: its frame's rules of box-drawing characters above the
    /// numbered lines and under them. The same documents and findings, on lines two further on.
    @Test func everySampleAsBatPrintsItReadsAsItself() {
        var compared = 0
        let rule = String(repeating: "\u{2500}", count: 7)
        // (A diff numbered is no diff.)
        for (path, text) in Samples.textInputs where !Samples.isPrintedAsStrings(path) && !path.contains("line-numbers") && !path.contains("diff-")
            && !text.contains("\r") && text.split(separator: "\n", omittingEmptySubsequences: false).count < 999 {
            let body = Self.numbered(text) { String(repeating: " ", count: 4 - String($0).count) + "\($0)   \u{2502} " }
            let framed = "\(rule)\u{252C}\(rule)\(rule)\n\(rule)\u{253C}\(rule)\(rule)\n" + body + "\(rule)\u{2534}\(rule)\(rule)\n"
            let (bareDocs, bareDiags) = CaptureParser.parse(Array(text.utf8))
            let (docs, diags) = CaptureParser.parse(Array(framed.utf8))
            #expect(docs.map(\.withoutLineNumbers) == bareDocs.map(\.withoutLineNumbers), "\(path)")
            // (No license text is said at line 1.)
            #expect(diags.map(\.code) == bareDiags.map(\.code), "\(path)")
            #expect(diags.map(\.span.line) == bareDiags.map { $0.code == .DOC005 ? 1 : $0.span.line + 2 }, "\(path)")
            compared += 1
        }
        #expect(compared > 60)
    }

    /// A number first on a line is the text's unless the next line's counts on from it (or it
    /// counts on a listing): not a number alone, nor one the next line does not count on from,
    /// nor the interfaces of a show version (`0: Ext: …`).
    @Test func onlyACountingListingIsTakenOff() {
        let (docs, _) = CaptureParser.parse("1 Serial Number: JMX1232L11M\n2 Running Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c\n3 \n")
        guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); return }
        #expect(ak.serialNumber?.text == "JMX1232L11M")
        #expect(ak.runningPermanentKey != nil)
        // (Two lines that count on are an output's own: its lines written back may.)
        for text in ["7 Serial Number: JMX1232L11M\n", "1 Serial Number: JMX1232L11M\n3 Serial Number: JMX1232L11N\n", "1 Serial Number: JMX1232L11M\n2 Serial Number: JMX1232L11N\n",
                     "Serial Number: JMX1232L11M\n4 Serial Number: JMX1232L11N\n"] {
            let (_, diags) = CaptureParser.parse(text)
            #expect(!diags.isEmpty, "\(text)")
        }
        // Lines not understood that count on, apart in the text (a device's message, a row
        // between them), are written together in canonical CLI: read again, no listing.
        for text in ["fw1# show activation-key\nSerial Number: JMX1232L11M\n1 foo\n%ASA-5-111008: User enable_15 executed the command show activation-key\n2 bar\n",
                     "fw1# show activation-key\n1 foo\nSerial Number: JMX1232L11M\n2 bar\n"] {
            let cli = CaptureParser.parse(text).documents.map { CLIWriter.text($0) }
            #expect(cli.first?.contains("1 foo\n2 bar\n") == true, "\(text)")
            #expect(CaptureParser.parse(cli.joined()).documents.map { CLIWriter.text($0) } == cli, "\(text)")
        }
        // A listing from 1 right under a line of prose that stands apart ("Here is the output:"),
        // as a post puts it: the listing; under license text, under prose under another line,
        // or from another number, no listing.
        let listing = "1 fw1# show activation-key\n2 Serial Number: JMX1232L11M\n3 Running Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c\n"
        for prose in ["Here is the output from my box:\n", "Thanks in advance.\n\nHere it is\n", "<p>The output</p>\n"] {
            let docs = CaptureParser.parse(prose + listing).documents
            #expect(docs.map(\.prompt) == ["fw1#"], "\(prose)")
            guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); continue }
            #expect(ak.serialNumber?.text == "JMX1232L11M", "\(prose)")
            #expect(ak.runningPermanentKey != nil, "\(prose)")
        }
        for text in ["Licensed features for this platform:\n" + listing, "Thanks.\nHere is the output:\n" + listing,
                     "Here is the output:\n" + listing.replacingOccurrences(of: "1 fw1", with: "7 fw1").replacingOccurrences(of: "\n2 ", with: "\n8 ").replacingOccurrences(of: "\n3 ", with: "\n9 ")] {
            #expect(CaptureParser.parse(text).documents.allSatisfy { $0.prompt == nil }, "\(text)")
        }
        // Under a line that introduces it, right under the listing before (a post that took
        // the blank lines out): a listing of its own, from 1.
        let two = CaptureParser.parse(listing + "And the standby unit:\n" + listing.replacingOccurrences(of: "fw1#", with: "fw2#")).documents
        #expect(two.map(\.prompt) == ["fw1#", "fw2#"])
        #expect(CaptureParser.parse(listing + "And the standby unit, see\n" + listing.replacingOccurrences(of: "fw1#", with: "fw2#")).documents.map(\.prompt) == ["fw1#"])
        #expect(LineLexer.lexing("0: Ext: GigabitEthernet0/0") { NumberedListing.number($0) } == nil)
        #expect(LineLexer.lexing("123456 x") { NumberedListing.number($0) } == nil)
        #expect(LineLexer.lexing("7") { NumberedListing.number($0)?.number } == 7)
    }
}
