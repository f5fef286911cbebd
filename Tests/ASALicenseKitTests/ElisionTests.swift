import Testing
@testable import ASALicenseKit

/// Lines left out of a paste (`...`, `<snip>`), and lines that break a show version's features
/// block: the rows around them are read, and nothing is passed over without a word.
@Suite struct ElisionTests {
    static let markers = ["...", "…", ". . .", "....", "<snip>", "[snip]", "--- snip ---", "-- snipped --", "*** output truncated ***",
                          "<output omitted>", "[output omitted]", "(truncated)", "<...>", "[...]", "(…)", "[ rest of output removed ]",
                          "<< Output omitted for brevity >>", "# snip", "==== cut ===="]

    /// Those put into every sample's blocks (a capture framework's own rules of `*` and `=`
    /// frame its results, and stand apart).
    static let insertedMarkers = ["...", "…", ". . .", "<snip>", "[snip]", "--- snip ---", "<output omitted>", "[output omitted]",
                                  "(truncated)", "<...>", "[ rest of output removed ]", "-- snipped --"]

    @Test func markersAreElisions() {
        for text in Self.markers {
            #expect(LineLexer.lexing(text, Elision.isMarker), "\(text)")
        }
    }

    /// Rules, pager remnants, rows and sentences are not.
    @Test func otherLinesAreNot() {
        let others = ["-----", "=====", "-", ".", "<--- More --->", "--More--", "Cut-through Proxy : Enabled", "Total VPN Peers : 250 perpetual",
                      "The output is omitted", "snip snip snip snip snip snip snip", "output", "<context>", "[fw1]", "...and then it failed",
                      "This platform has a Base license.", "#", "fw1#", "(config)", "- Release : 9.8"]
        for text in others {
            #expect(!LineLexer.lexing(text, Elision.isMarker), "\(text)")
        }
    }

    /// The samples whose running block is written plainly (no quote, string or stamp around its
    /// rows, nor a YAML block whose indentation a line put in at the margin would end, nor a CSV
    /// field whose quotes a line put in may close): the text, its lines, and the line of the
    /// block's first row (0-based).
    static var samplesWithPlainBlocks: [(path: String, lines: [Substring], row: Int, showVersion: Bool)] {
        Samples.textInputs.filter { !$0.path.contains("/yaml-") && !$0.path.contains("-csv-") }.compactMap { path, text in
            let (docs, diags) = CaptureParser.parse(Array(text.utf8))
            guard !diags.contains(where: { $0.code == .DOC003 }) else { return nil }
            for doc in docs {
                guard case .activationKey(let a) = doc.content, let block = a.running, block.rows.count >= 3, !block.headerless else { continue }
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                let row = block.rows[0].span.line - 1
                guard row + 1 < lines.count, let first = lines[row].first(where: { $0 != " " }), first.isLetter,
                      lines[row + 1].contains(":"), lines[row].contains(block.rows[0].name.text) else { continue }
                return (path, lines, row, a.showVersion != nil)
            }
            return nil
        }
    }

    /// `text` with `line` put after the line `row`, at its indentation.
    static func inserting(_ line: String, after row: Int, in lines: [Substring]) -> String {
        let indent = String(lines[row].prefix { $0 == " " || $0 == "\t" })
        var changed = lines.map(String.init)
        changed.insert(indent + line, at: row + 1)
        return changed.joined(separator: "\n")
    }

    /// Expects `line` put after the first row of `sample`'s block to read as the sample does:
    /// the same documents in canonical CLI, the same findings, and `warned` warnings (DOC003)
    /// on the line put in (0 or 1).
    static func expectPassedOver(_ line: String, in sample: (path: String, lines: [Substring], row: Int, showVersion: Bool), warned: Int) {
        let (bareDocs, bareDiags) = CaptureParser.parse(Array(sample.lines.joined(separator: "\n").utf8))
        let (docs, diags) = CaptureParser.parse(Array(inserting(line, after: sample.row, in: sample.lines).utf8))
        #expect(docs.map { CLIWriter.text($0) } == bareDocs.map { CLIWriter.text($0) }, "\(sample.path) \(line)")
        #expect(diags.map(\.code).filter { $0 != .DOC003 } == bareDiags.map(\.code), "\(sample.path) \(line)")
        #expect(diags.filter { $0.code == .DOC003 }.map(\.span.line) == Array(repeating: sample.row + 2, count: warned), "\(sample.path) \(line)")
    }

    /// `expectPassedOver` for every sample with a plain block, the lines taken in turn.
    static func expectEachPassedOver(_ lines: [String], warned: Int) {
        let samples = samplesWithPlainBlocks
        for (k, sample) in samples.enumerated() {
            expectPassedOver(lines[k % lines.count], in: sample, warned: warned)
        }
        #expect(samples.count > 10)
    }

    /// An elision after any block's first row: the same documents, one warning more (DOC003).
    @Test func anElisionInABlockLeavesEveryRow() {
        Self.expectEachPassedOver(Self.insertedMarkers, warned: 1)
    }

    /// In show version a line that is no row after a block's first row (a note pasted between
    /// rows) is passed over with a warning, and the rows after it are read into the block.
    @Test func aNoteInAShowVersionBlockLeavesEveryRow() {
        var compared = 0
        for sample in Self.samplesWithPlainBlocks where sample.showVersion {
            for note in ["note the VLANs above", "Maximum Physical Interfaces per the data sheet : Unlimited in every release we run"] {
                Self.expectPassedOver(note, in: sample, warned: 1)
            }
            compared += 1
        }
        #expect(compared > 4)
    }

    /// Lines of notes between rows, however many, until structure: one warning names them all.
    @Test func severalLinesBetweenRowsAreNamedOnce() {
        let text = """
        Cisco Adaptive Security Appliance Software Version 9.8(4)
        Licensed features for this platform:
        Maximum Physical Interfaces       : Unlimited      perpetual
        (we asked for more)
        (the reseller said no)
        (so here we are)
        (four lines later)
        Maximum VLANs                     : 150            perpetual

        Serial Number: JMX1232L11M
        Maximum VLANs                     : 150            perpetual
        """
        let (docs, diags) = CaptureParser.parse(text)
        guard case .activationKey(let a)? = docs.first?.content else { Issue.record("no activation-key document"); return }
        #expect(a.running?.rows.map(\.name.text) == ["Maximum Physical Interfaces", "Maximum VLANs"])
        #expect(diags.map(\.code) == [.DOC003, .DOC003])
        #expect(diags.first?.message.contains("lines 4–7") == true)
        // The row after the serial is after its block: passed over, said.
        #expect(diags.last?.span.line == 11)
    }

    /// In `show shared license` an elision is the output cut short (DOC003), wherever it stands.
    @Test func anElisionInSharedLicenseOutputIsTruncation() {
        let text = "fw# show shared license\nPrimary License Server : 10.3.32.20\n  <snip>\n  Status               : Inactive\n"
        let (docs, diags) = CaptureParser.parse(text)
        guard case .sharedLicense(let s)? = docs.first?.content else { Issue.record("no shared-license document"); return }
        #expect(s.truncated)
        #expect(diags.map(\.code) == [.DOC003])
    }
}
