import Testing
@testable import ASALicenseKit

/// What a device answers instead of an output. That a feature is not in use is the unit's
/// state, not an error: a healthy unit that shares no licenses answers `show shared license` so.
@Suite struct DeviceReplyTests {
    @Test(arguments: ["% Shared license is not configured", "% Shared license is not enabled.", "ERROR: Shared licensing is not supported on this platform",
                      "Shared license is not configured.", "Shared licensing is not enabled on this device"])
    func aReplyThatNothingIsInUseIsANote(_ reply: String) {
        let (docs, diags) = CaptureParser.parse("fw1# show shared license\n\(reply)\nfw1# \n")
        #expect(docs.count == 1)
        #expect(diags.map(\.code) == [.DOC010])
        #expect(diags.allSatisfy { $0.severity == .note })
    }

    /// A sentence with no mark is that answer only alone before the next prompt: with another
    /// line, or saying something else, it is text of the output not understood.
    @Test(arguments: ["Shared license is not configured.\nHello there\n", "Shared license is great.\n", "Hello\nShared license is not configured.\n"])
    func anUnmarkedSentenceIsTheAnswerOnlyAlone(_ text: String) {
        let (docs, diags) = CaptureParser.parse("fw1# show shared license\n\(text)fw1# \n")
        #expect(!docs.contains { $0.kind == .deviceError })
        #expect(diags.contains { $0.code == .DOC001 })
    }

    @Test(arguments: ["% Invalid input detected at '^' marker.", "ERROR: The requested activation key is not valid.", "% Incomplete command."])
    func aFailedCommandIsStillAnError(_ reply: String) {
        let (_, diags) = CaptureParser.parse("fw1# show shared license\n\(reply)\nfw1# \n")
        #expect(diags.map(\.code) == [.DOC001])
        #expect(diags.allSatisfy { $0.severity == .error })
    }

    /// A `%`, `ERROR:` or `^` line is a reply only right under the command it answers (a line
    /// or two not understood between, the rest of a command a terminal cut): elsewhere it is
    /// text, no document and no error. A program's `"%s" % x`, a Makefile's `%:` rule, a build
    /// log's `ERROR: …`, a traceback's `^`, or such a line under a bare `#` (a comment block's,
    /// which canonical CLI writes right above a reply it writes alone) with lines between.
    @Test(arguments: ["name = (\"%s-%s.txt\"\n% (host, stamp))\n", "debian/rules:\n  #!/usr/bin/make -f\n  %:\n          dh $@\n",
                      "Collecting netmiko\nERROR: Could not find a version that satisfies the requirement netmiko\n",
                      "  File \"collect.py\", line 12\n    print \"done\"\n    ^\nSyntaxError: Missing parentheses\n",
                      "#\n# collect.py\n#\nname = (\"%s\"\n% host)\n",
                      "fw1# show clock\n10:00:00.000 UTC Mon Dec 7 2026\nThen I typed it again\nand the unit said\n% Invalid input detected at '^' marker.\n"])
    func aLineShapedAsAReplyAnswersOnlyTheCommandRightAboveIt(_ text: String) {
        let (docs, diags) = CaptureParser.parse(text)
        #expect(!docs.contains { $0.kind == .deviceError }, "\(text)")
        #expect(!diags.contains { $0.severity == .error }, "\(text)")
    }

    /// Right under its command, or alone under canonical CLI's bare `#`, it is the reply.
    @Test(arguments: ["fw1# show activation-key detial\n                              ^\nERROR: % Invalid input detected at '^' marker.\n",
                      "fw1# show activation-key deta\nil\n% Invalid input detected at '^' marker.\n", "#\nERROR: The requested activation key is not valid.\n",
                      "fw1# activation-key 0x11111111 0x22222222 0x33333333 0x44444444 0x55555555\nERROR: The requested activation key is not valid.\n"])
    func aReplyRightUnderItsCommandIsOne(_ text: String) {
        let (docs, diags) = CaptureParser.parse(text)
        #expect(docs.last?.kind == .deviceError, "\(text)")
        #expect(diags.contains { $0.severity == .error && $0.message.contains("answered with an error") }, "\(text)")
    }

    /// Replies, an error's and a key's, read the same however the whole paste is indented: each
    /// line from its prompt's indentation (the `^` still under the column it points at).
    @Test(arguments: ["Samples/edge-cases/device-error-reply.txt", "Samples/real-world/activation-key-install-session.txt"])
    func repliesInAnIndentedPasteReadTheSame(_ path: String) {
        let text = Samples.text(path)
        for indent in ["    ", "\t"] {
            expectSameReading(Samples.eachLine(of: text) { $0.isEmpty ? String($0) : indent + $0 }, as: text, path)
        }
    }

    /// A page that took every line's indentation out leaves a key's comparison at the margin
    /// (`running key: Restricted(R)` under `Failover is different.`): still the reply, line for
    /// line, not lines of configuration; the command after it is still read.
    @Test func aReplysComparisonAtTheMarginIsStillTheReply() throws {
        let path = "Samples/real-world/activation-key-install-session.txt"
        let text = Samples.text(path)
        let flush = Samples.eachLine(of: text) { String($0.drop { $0 == " " }) }
        func configuration(_ text: String) -> LicenseConfiguration? {
            for doc in CaptureParser.parse(text).documents { if case .configuration(let c) = doc.content { return c } }
            return nil
        }
        let indented = try #require(configuration(text)), margin = try #require(configuration(flush))
        #expect(margin.commands.map { $0.reply.map { String($0.drop { $0 == " " }) } } == indented.commands.map { $0.reply.map { String($0.drop { $0 == " " }) } })
        #expect(margin.commands[0].reply.contains("running key: Restricted(R)"))
        #expect(margin.otherLines == indented.otherLines)
    }

    /// A page that puts a blank line after every line: a key's reply reads the same, line for
    /// line. Under a command with no such page, a blank line still ends its reply: a sentence
    /// after it (`Then check it:`) is no reply.
    @Test(arguments: ["Samples/real-world/activation-key-install-session.txt", "Samples/real-world/permanent-key-upgrade-session.txt"])
    func aReplyOnADoubleSpacedPageReadsTheSame(_ path: String) {
        let text = Samples.text(path)
        let spaced = Samples.eachLine(of: text) { $0 + "\n" }
        let replies = { (text: String) in
            CaptureParser.parse(text).documents.flatMap { doc -> [[String]] in
                if case .configuration(let c) = doc.content { return c.commands.map(\.reply) }
                return []
            }
        }
        #expect(replies(spaced) == replies(text))
        #expect(replies(text).contains { $0.count > 2 })
        let (docs, _) = CaptureParser.parse("fw(config)# activation-key 0x4a3eea7b 0x54b9f61a 0x4143a90c 0xe5849088 0x4412d4a9\n\nThen check it:\n")
        guard case .configuration(let c)? = docs.first?.content else { Issue.record("no configuration"); return }
        #expect(c.commands.first?.reply == [])
    }
}

