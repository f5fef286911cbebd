import Testing
@testable import ASALicenseKit

/// `grep` over saved captures prints each line after the file's name (`-H`, `-r`), its number
/// (`-n`), a colon for a match and a dash for a line of context, and `--` between groups.
@Suite struct GrepPrefixTests {
    /// What each line of `text` reads as after its prefix; nil for none.
    private func texts(_ text: String) -> [String?] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { b in
            var lines: [String?] = []
            var groups = GrepPrefix.Groups()
            var start = 0
            while start < b.count {
                let end = ByteText.firstIndex(of: 0x0A, in: b, start, b.count) ?? b.count
                let first = ByteText.skipSpace(b, start, end)
                if first < end, GrepPrefix.mayStart(b, first, end), let found = GrepPrefix.textStart(b, first, lineStart: start, lineEnd: end, groups: &groups) {
                    lines.append(ByteText.string(b, found.text, end))
                } else {
                    lines.append(nil)
                }
                start = end + 1
            }
            return lines
        }
    }

    @Test func prefixesAreTold() {
        #expect(texts("fw1.log:Serial Number: JMX\nfw1.log-Running Permanent\n") == ["Serial Number: JMX", "Running Permanent"])
        // A name with dashes, read where the match says it ends; numbers that count on.
        #expect(texts("logs/fw-1.log-fw-1# show version\nlogs/fw-1.log:Serial Number: JMX\n") == ["fw-1# show version", "Serial Number: JMX"])
        #expect(texts("a/b.txt:7:Serial Number: JMX\na/b.txt-8-\n") == ["Serial Number: JMX", ""])
        #expect(texts("7:Serial Number: JMX\n8-Running Permanent\n") == ["Serial Number: JMX", "Running Permanent"])
        // The configuration's own commands, one line alone, a time, a run with no match.
        #expect(texts("license-server address 10.1.1.1\nlicense-server port 50554\n") == [nil, nil])
        #expect(texts("fw1.cfg-license-server address 10.1.1.1\nfw1.cfg-license-server port 50554\n") == [nil, nil])
        #expect(texts("fw1.log:Serial Number: JMX\nMaximum VLANs : 100\n") == [nil, nil])
        #expect(texts("10:44:01 fw1# show version\n10:44:02 Serial Number: JMX\n") == [nil, nil])
        #expect(texts("Hardware:   ASA5520, 512 MB RAM\nHardware:   ASA5520, 512 MB RAM\n") == [nil, nil])
    }

    /// A group's first line stands apart: first, under a blank line, `--`, the command that ran
    /// grep or another file's lines. Under a line of an output, lines that look so are the
    /// output's (canonical CLI writes the lines it kept under their command: read again, they
    /// read the same).
    @Test func aGroupStandsApart() {
        #expect(texts("$ grep -n -A1 Serial fw1.log\n5:Serial Number: JMX\n6-Running Permanent\n") == [nil, "Serial Number: JMX", "Running Permanent"])
        #expect(texts("\n5:Serial Number: JMX\n6-Running Permanent\n") == [nil, "Serial Number: JMX", "Running Permanent"])
        #expect(texts("  \n  a/b.log:Serial Number: JMX\n  a/b.log-Running Permanent\n") == [nil, "Serial Number: JMX", "Running Permanent"])
        #expect(texts("fw# show activation-key detail\n0:Ext:Gi\n1:Ext:\n") == [nil, nil, nil])
        #expect(texts("fw# show activation-key detail\na/b.log:x\na/b.log-y\n") == [nil, nil, nil])
        #expect(texts("fw#\n    a/b.log:x\n    a/b.log-y\n") == [nil, nil, nil])
    }

    /// A first line that reads whole as a prompt (a host named `5-fw`) is set apart only by
    /// grep's own lines (the command that ran it, another group): canonical CLI writes each
    /// document from its prompt's line, first in the text or after a blank line, and it reads
    /// as that prompt again (fuzz find, activation-key seed 72).
    @Test func aPromptsLineIsAGroupsFirstOnlyUnderGrepsLines() {
        #expect(texts("5-fw# sho activation-ke\n6:xyz\n") == [nil, nil])
        #expect(texts("x\n\n5-fw# show activation-key\n6:Serial Number: JMX\n") == [nil, nil, nil, nil])
        #expect(texts("a.b-fw# show activation-key\na.b:xyz\n") == [nil, nil])
        #expect(texts("$ grep -n -B1 Serial fw.log\n5-fw# show activation-key\n6:Serial Number: JMX\n") == [nil, "fw# show activation-key", "Serial Number: JMX"])
        #expect(texts("5-Serial Number: JMX\n6:Running Permanent\n") == ["Serial Number: JMX", "Running Permanent"])
        let docs = CaptureParser.parse("fw# show activation-key detail\nSerial Number: JMX1234X0AB\n5-Oct# sho activation-ke\n6:xyz").documents
        #expect(docs.map(\.hostname) == ["fw", "5-Oct"])
        for written in docs.map({ CLIWriter.text($0) }) + [OutputFormat.cli.render(docs)] {
            #expect(OutputFormat.cli.render(CaptureParser.parse(written).documents) == written)
        }
    }

    /// The first test of every line, eight bytes at a time, says what the test byte by byte says.
    @Test func theWordAtATimeTestAgreesWithTheByteAtATime() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("aZ9 .:/-\t#é".utf8)
        var agreed = 0
        for _ in 0..<20_000 {
            let line = (0..<Int.random(in: 0...24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            line.withUnsafeBufferPointer { b in
                guard let p = b.baseAddress else { return }
                #expect(GrepPrefix.mayStart(b, 0, b.count) == GrepPrefix.mayStartAnyWord(p, 0, b.count), "\(line)")
                agreed += 1
            }
        }
        #expect(agreed > 19_000)
    }

    /// Every sample as grep prints it (`-H`, `-n`, `-Hn`), beside another file: the same
    /// documents and findings, on the same lines. (Not a program's output that holds the
    /// device's in its literals or a JSON document, read by the program's own lines whole:
    /// NAPALM's, Ansible's, Python's.)
    @Test func everySampleAsGrepPrintsItReadsAsItself() {
        var compared = 0
        for path in Samples.goldenInputs {
            let text = Samples.text(path)
            let name = path.split(separator: "/").last ?? ""
            guard !text.isEmpty, !Samples.isEncoded(text), text.hasSuffix("\n"),
                  !["python-", "ansible-", "napalm-"].contains(where: { name.hasPrefix($0) }) else { continue }
            let lines = text.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
            guard lines.count >= 2 else { continue }
            let (bareDocs, bareDiags) = CaptureParser.parse(Array(text.utf8))
            let forms: [(Int, Substring) -> String] = [
                { "\(path):\($1)" },
                { "\($0 + 1):\($1)" },
                { "tickets/4711/fw-dc\(path.count % 3).log:\($0 + 1):\($1)" },
            ]
            for form in forms {
                let grepped = lines.enumerated().map { form($0.offset, $0.element) }.joined(separator: "\n") + "\nz/other.txt:\nz/other.txt:\n"
                let (docs, diags) = CaptureParser.parse(Array(grepped.utf8))
                #expect(docs.map { CLIWriter.text($0) } == bareDocs.map { CLIWriter.text($0) }, "\(path): \(grepped.prefix(80))")
                #expect(diags.map(\.code) == bareDiags.map(\.code), "\(path): \(grepped.prefix(80))")
                #expect(diags.map(\.span.line) == bareDiags.map(\.span.line), "\(path): \(grepped.prefix(80))")
            }
            compared += 1
        }
        #expect(compared > 100)
    }

    /// Each unit's output as `grep -B1 -A30 'Serial Number'` prints it from its file (the
    /// prompt above the match, the rest as context, `--` between the files): each reads as
    /// its output alone, and the first ends where the second file's lines start.
    @Test func groupsOfContextReadAsTheirOutputs() {
        let first = Samples.text("Samples/show-activation-key/example3-failover-primary-detail.txt")
        let second = Samples.text("Samples/show-activation-key/example4-failover-secondary-detail.txt")
        func grepped(_ text: String, _ file: String) -> String {
            text.dropLast().split(separator: "\n", omittingEmptySubsequences: false).map {
                "\(file)\($0.hasPrefix("Serial Number") ? ":" : "-")\($0)"
            }.joined(separator: "\n") + "\n"
        }
        let (bareDocs, bareDiags) = CaptureParser.parse(first + second)
        for separator in ["--\n", ""] {
            let (docs, diags) = CaptureParser.parse(grepped(first, "logs/fw-dc1-pri.log") + separator + grepped(second, "logs/fw-dc1-sec.log"))
            #expect(docs.count == 2)
            #expect(docs.map { CLIWriter.text($0) } == bareDocs.map { CLIWriter.text($0) }, "\(separator)")
            #expect(diags.map(\.code) == bareDiags.map(\.code), "\(separator)")
        }
    }

    /// Names that start with any byte a path may: a letter (also `v`, which a framework's
    /// rule of `vvvv` starts with), a digit, `.`, `/`, `_`.
    @Test func namesStartWithAnyPathByte() {
        let sample = Samples.text("Samples/show-activation-key/example3-failover-primary-detail.txt")
        let (bare, _) = CaptureParser.parse(sample)
        for name in ["vpn-fw1.log", "_saved/fw1.log", "./fw1.log", "/var/log/fw1.log", "2026-12-07/fw1.log", "Fw1.txt"] {
            let grepped = sample.dropLast().split(separator: "\n", omittingEmptySubsequences: false).map { "\(name):\($0)" }.joined(separator: "\n") + "\n"
            let (docs, _) = CaptureParser.parse(grepped)
            #expect(docs.map { CLIWriter.text($0) } == bare.map { CLIWriter.text($0) }, "\(name)")
        }
    }

    /// Two files' lines with no prompt and no blank line between them: the second file's first
    /// line ends the first file's output (a note's lines are no lines of it).
    @Test func anotherFilesLinesEndTheOutput() {
        let first = "fw1/act.txt:Serial Number: JMX1232L11M\nfw1/act.txt:Running Permanent Activation Key: 0x00000000 0x00000000 0x00000000 0x00000000 0x00000000\n"
        let second = "fw2/act.txt:Serial Number: JMX1232L11N\nfw2/act.txt:Running Permanent Activation Key: 0x00000000 0x00000000 0x00000000 0x00000000 0x00000000\n"
        let (docs, _) = CaptureParser.parse(first + second)
        #expect(docs.count == 2)
        #expect(docs.map { CLIWriter.text($0).contains("JMX1232L11N") } == [false, true])
        let (noted, diags) = CaptureParser.parse(first + "notes/fw1.txt:renewal is due in march, ask Bob\nnotes/fw1.txt:and the PO number is 4411\n")
        #expect(noted.count == 1)
        #expect(diags.map(\.code) == [.DOC010])
        // Rows alone, a search for a feature over saved captures: each file's its own unit's,
        // not one block that shows each feature twice (DOC003); written back, read the same.
        let rows = ["250", "750"].enumerated().map { i, n in
            "captures/fw\(i + 1).txt:Other VPN Peers                   : \(n)            perpetual\n"
                + "captures/fw\(i + 1).txt:Total VPN Peers                   : \(n)            perpetual\n"
        }.joined()
        let (units, unitDiags) = CaptureParser.parse("$ grep -i 'vpn peers' captures/*.txt\n" + rows)
        #expect(units.count == 2 && !unitDiags.contains { $0.code == .DOC003 }, "\(unitDiags.map { $0.rendered() })")
        #expect(units.map { CLIWriter.text($0).contains(": 750") } == [false, true])
        let cli = OutputFormat.cli.render(units, options: OutputOptions())
        #expect(OutputFormat.cli.render(CaptureParser.parse(cli).documents, options: OutputOptions()) == cli)
    }
}
