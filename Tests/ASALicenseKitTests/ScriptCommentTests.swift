import FuzzSupport
import Testing
@testable import ASALicenseKit

/// Output a script, a playbook or a note keeps in its `#` comments (`# fw1# show activation-key`,
/// `# Serial Number: …`), as a backup tool keeps it in a configuration's `!` comments
/// (`CommentedOutputTests`), or in a triple-quoted string (a parser's test): read as that
/// output; the script's code after them is not in it.
@Suite struct ScriptCommentTests {
    /// Each line with the mark a script's comments start with (`#` alone on a blank line).
    static func commented(_ text: String) -> String {
        Samples.eachLine(of: text) { $0.isEmpty ? "#" : "# " + $0 }
    }

    func read(_ text: String) -> (docs: [Document], diags: [Diagnostic]) {
        let (docs, diags) = CaptureParser.parse(Array(text.utf8))
        return (docs, diags)
    }

    /// A session in comments, with its prompts alone on their lines and a commented blank line
    /// inside an output, reads as the session: the same documents (prompts and commands among
    /// them) and diagnostics.
    @Test func aSessionInCommentsReadsAsTheSession() {
        for path in ["Samples/real-world/session-prompt-on-its-own-line.txt", "Samples/show-activation-key/example2-standalone-detail.txt"] {
            let text = Samples.text(path)
            expectSameReading(Self.commented(text), as: text, path)
        }
    }

    @Test func theScriptsCodeAfterItsCommentsIsNotInTheOutput() {
        let (docs, diags) = InputReader.read(Samples.bytes("Samples/real-world/script-comments-with-output.txt"))
        #expect(docs.map(\.command) == ["show activation-key", "show shared license"])
        #expect(docs.map(\.prompt) == ["fw-edge#", "fw-edge#"])
        guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); return }
        #expect(ak.running?.rows.count == 11)
        #expect(ak.running?.platform?.tier == "VPN Plus")
        #expect(docs.map(\.sourceLines) == [6...25, 26...30])
        // The script's own comments and code: skipped and noted, none an error.
        #expect(diags.map(\.code) == [.DOC010, .DOC010, .DOC010])
        #expect(diags.last?.span.line == 33)
    }

    /// `# show activation-key` over the output, not in comments: a prompt with no hostname
    /// that echoes the command, as before.
    @Test func aBarePromptOverAnOutputStillEchoesItsCommand() {
        let (docs, diags) = read("# show activation-key\nSerial Number: JMX1232L11M\nRunning Permanent Activation Key: 0x01 0x02 0x03 0x04 0x05\n")
        #expect(docs.count == 1)
        #expect(docs.first?.command == "show activation-key")
        #expect(docs.first?.prompt == nil)
        #expect(diags.isEmpty)
    }

    /// Comments that hold no license text stay the script's: no document.
    @Test func aCommentThatIsNoOutputStaysTheScripts() {
        let (docs, diags) = read("# Collect the licences every night.\n#\n# Failover pairs are checked too.\nimport sys\n")
        #expect(docs.isEmpty)
        #expect(diags.map(\.code) == [.DOC005])
    }

    /// A `#` alone (a commented blank line) or a commented bare prompt inside the comments is no
    /// place to cut a stream or a capture on two cores: read on its own, it would not continue
    /// the output. Out of comments, `#` alone is a prompt to cut at, as before.
    @Test func noSegmentIsCutInsideComments() {
        let inComments = Array("# Serial Number: JMX1232L11M\n#\n# Failover : Active/Standby perpetual\n# show version\n# Cisco\n".utf8)
        #expect(inComments.withUnsafeBufferPointer { CaptureStream.lastPromptLine(in: $0) } == 0)
        let bare = Array("Serial Number: JMX1232L11M\n\n#\nSerial Number: JMX1232L11N\n".utf8)
        #expect(bare.withUnsafeBufferPointer { CaptureStream.lastPromptLine(in: $0) } == 28)
        // Streamed in chunks, commented sessions read as when read whole.
        let text = Self.commented(Samples.text("Samples/real-world/session-prompt-on-its-own-line.txt"))
        let capture = Array(String(repeating: text + "\n", count: 30).utf8)
        let whole = CaptureParser.parse(capture)
        let streamed = FuzzProperties.streamed(capture, chunk: 4096)
        #expect(whole.documents.count == 60)
        #expect(streamed.documents == whole.documents && streamed.diagnostics == whole.diagnostics)
    }

    /// A backup tool's `!` comments (`!Maximum VLANs …`, RANCID's, or `! …`) continue into a
    /// script's `#` and back, and a terminal log's stamp or a mail's quote stands before either:
    /// a bare `#` after any of them is no cut either, and streamed, the text reads as whole.
    @Test(arguments: [
        "!Maximum Physical Interfaces    : Unlimited\n#\n",
        "# Total VPN Peers : 250 perpetual\n! Shared License : Disabled perpetual\n#\n",
        "  ! Serial Number: JMX1504L2TD\n  #  \n",
        "[2016-03-02 10:00:01] # Serial Number: JMX1504L2TD\n[2016-03-02 10:00:02] #\n",
        "[2016-03-02 10:00:01] ! Serial Number: JMX1504L2TD\n[2016-03-02 10:00:02] #\n",
        "# Shared License : Disabled perpetual\n># This platform has an ASA 5520 VPN Plus license.\n#\n",
    ])
    func noSegmentIsCutInsideCommentsOfEitherMark(_ comments: String) {
        let capture = Array(("fw# show activation-key detail\n" + comments).utf8)
        #expect(capture.withUnsafeBufferPointer { CaptureStream.lastPromptLine(in: $0) } == 0)
        let whole = CaptureParser.parse(capture)
        let streamed = FuzzProperties.streamed(capture, chunk: 4096)
        #expect(whole.documents.count == 1)
        #expect(streamed.documents == whole.documents && streamed.diagnostics == whole.diagnostics)
    }

    /// Every device output among the samples (prompts, pagers, blocks, errors) in a script's
    /// comments reads as itself.
    @Test func everyDeviceOutputInCommentsReadsAsItself() {
        var compared = 0
        for (path, text) in Samples.textInputs where path.hasPrefix("Samples/show-") || path.hasPrefix("Samples/edge-cases/") {
            expectSameReading(Self.commented(text), as: text, path)
            compared += 1
        }
        #expect(compared > 12)
    }

    /// A parser's test keeps the output in a triple-quoted string (`golden_output =
    /// {'execute.return_value': '''` … `'''}`): the line that closes it ends the output.
    @Test func aTripleQuotedStringHoldsAnOutput() {
        let (docs, diags) = InputReader.read(Samples.bytes("Samples/real-world/parser-test-triple-quoted.txt"))
        #expect(docs.count == 1 && docs.first?.unparsed.isEmpty == true)
        #expect(docs.first?.sourceLines == 10...22)
        #expect(diags.map(\.code) == [.DOC010, .DOC010])
        for closing in ["\"\"\"", "\'\'\'),", "    \"\"\"]}"] {
            let (docs, d) = read("x = \"\"\"\nSerial Number: JMX1234567A\n\(closing)\nprint(x)\n")
            #expect(docs.count == 1 && docs.first?.unparsed.isEmpty == true, "\(closing)")
            #expect(d.map(\.code) == [.DOC010, .DOC010], "\(closing)")
        }
        for text in ["\"\"\" x", "\"\"", "\"\"\"x"] {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { b in
                var lx = LineLexer(b)
                lx.lex(Line(number: 1, start: 0, end: b.count))
                #expect(!StringLiteral.closesTripleQuotes(lx), "\(text)")
            }
        }
    }
}
