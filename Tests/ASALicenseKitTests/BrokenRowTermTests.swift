import Testing
@testable import ASALicenseKit

/// A feature row whose term a width cut off onto the next line (`BrokenRowTerm`).
@Suite struct BrokenRowTermTests {
    static func row(_ line: String) -> FeatureRow? {
        let (docs, _) = CaptureParser.parse("Licensed features for this platform:\n" + line + "\n")
        guard case .activationKey(let ak)? = docs.first?.content else { return nil }
        return ak.running?.rows.first
    }

    /// The rest joins the row's last word when the cut fell inside it, else after a blank; a
    /// qualifier keeps its words; a row with its term, a value of text, a rest that makes no
    /// term or holds a word before it, are left.
    @Test func theRestCompletesTheTerm() throws {
        let cases: [(row: String, rest: String, term: Term?)] = [
            ("Maximum VLANs : 150", "perpetual", .perpetual),
            ("Maximum VLANs : 150 perp", "etual", .perpetual),
            ("Maximum VLANs : 150 p", "erpetual", .perpetual),
            ("AnyConnect Premium Peers : 2 62 da", "ys", .days(62)),
            ("AnyConnect Premium Peers : 2 62", "days", .days(62)),
            ("AnyConnect Premium Peers : 2", "1 day", .days(1)),
            ("VLANs : 20 DMZ Unrestricted perp", "etual", .qualifier("DMZ Unrestricted perpetual")),
            ("Maximum VLANs : 150", "etual", nil),
            ("Maximum VLANs : 150 perpetual", "perpetual", nil),
            ("Maximum VLANs : 150 DMZ", "restricted", nil),
            ("Failover : Not supported", "perpetual", nil),
            // A word of the rest before the term is none a width cut off.
            ("Failover : Active/Active", "f  perpetual", nil),
            ("AnyConnect Premium Peers : 2 62", "x days", nil),
        ]
        for c in cases {
            let row = try #require(Self.row(c.row), "\(c.row)")
            #expect(BrokenRowTerm.completed(row, by: c.rest) == c.term, "\(c.row) / \(c.rest)")
        }
    }

    /// Each sample's feature rows hard-wrapped where a narrow terminal or page cuts them (at
    /// the blank before the term, `perpetual` or `N days`, or inside it) read as the sample: the same documents in
    /// canonical CLI, the same findings, and a warning (DOC002) for each row joined.
    @Test(arguments: [0, 1, 4, 8])
    func everySamplesRowsCutInTheirTermReadAsThemselves(into: Int) {
        var compared = 0
        for path in Samples.goldenInputs where path.hasPrefix("Samples/show-activation-key/") || path.hasPrefix("Samples/show-version/") || path.hasPrefix("Samples/lint/")
            || (path.hasPrefix("Samples/real-world/") && !(ShapeCombinationTests.notBrokenAsText + ["diff-u-", "git-log-"]).contains { path.hasPrefix("Samples/real-world/" + $0) }) {
            let text = Samples.text(path)
            guard !text.isEmpty, !Samples.isEncoded(text), !text.contains("\r") else { continue }
            let (bareDocs, bareDiags) = CaptureParser.parse(Array(text.utf8))
            if bareDiags.contains(where: { $0.code == .DOC002 }) { continue }
            var broken = 0
            let cut = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                // The term: `perpetual`, or `N days` (a time-based key's row).
                let words = line.split(separator: " ")
                let term = words.last == "perpetual" ? "perpetual" : words.count > 3 && words.last == "days" ? words[words.count - 2] + " days" : nil
                guard line.contains(" : "), let term, !line.hasPrefix(" "), into < term.count else { return String(line) }
                broken += 1
                let at = line.count - term.count + into
                return line.prefix(at) + "\n" + line.dropFirst(at)
            }.joined(separator: "\n")
            guard broken > 0 else { continue }
            let (docs, diags) = CaptureParser.parse(Array(cut.utf8))
            #expect(docs.map { CLIWriter.text($0) } == bareDocs.map { CLIWriter.text($0) }, "\(path)")
            #expect(diags.map(\.code).filter { $0 != .DOC002 } == bareDiags.map(\.code), "\(path)")
            #expect(diags.filter { $0.code == .DOC002 }.count == broken, "\(path)")
            compared += 1
        }
        #expect(compared > 10)
    }

    /// grep's lines over saved captures, broken at 72 columns as a mail or a narrow page breaks
    /// them (a file's name before each makes the rows wider): the rows' terms, the key's last
    /// words and the flash sentence's end are joined, and a group's `--` and the next file's
    /// group under a broken line are grep's still.
    @Test func grepsLinesBrokenAtAWidthReadAsThemselves() {
        let path = "Samples/real-world/grep-over-saved-captures.txt"
        let text = Samples.text(path)
        let (bareDocs, bareDiags) = CaptureParser.parse(Array(text.utf8))
        let (docs, diags) = CaptureParser.parse(Array(ShapeCombinationTests().wrapped(text).utf8))
        #expect(docs.map { CLIWriter.text($0) } == bareDocs.map { CLIWriter.text($0) })
        #expect(diags.map(\.code).filter { $0 != .DOC002 } == bareDiags.map(\.code))
        #expect(diags.contains { $0.message.hasPrefix("feature row wrapped") })
        #expect(diags.contains { $0.message.hasPrefix("sentence wrapped") })
    }

    /// A term alone not right under a row lacking one (a blank between, a row with its term,
    /// the rest of no term) is no row's: the row stays as written, and nothing is joined.
    @Test func aTermAloneElsewhereIsNoRowsEnd() {
        for (rows, term) in [("Maximum VLANs : 150\n\nperpetual", Term?.none), ("Maximum VLANs : 150 perpetual\nperpetual", Term.perpetual), ("Maximum VLANs : 150\netual", nil)] {
            let text = "fw1# show activation-key\nLicensed features for this platform:\n" + rows + "\n"
            let (docs, diags) = CaptureParser.parse(text)
            guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); continue }
            #expect(ak.running?.rows.map(\.term) == [term], "\(rows)")
            #expect(!diags.contains { $0.code == .DOC002 }, "\(rows)")
            #expect(diags.contains { $0.code == .DOC001 || $0.code == .DOC010 }, "\(rows)")
        }
    }

    /// A rest that would make a row no line holds is not joined to it: a name the catalog does
    /// not know takes a value of a few words, and `s: 1: a perpetual` with `perpetual` under it,
    /// joined, was written back as a line not understood (fuzz find, activation-key seed 6).
    @Test func aJoinedRowIsOneALineHolds() {
        let text = "fw1# show activation-key\nLicensed features for this platform:\ns: 1: a perpetual\nperpetual\n"
        let (docs, diags) = CaptureParser.parse(text)
        guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); return }
        #expect(ak.running?.rows.map(\.term) == [.qualifier(": a perpetual")])
        #expect(!diags.contains { $0.code == .DOC002 })
        let written = docs.map { CLIWriter.text($0) }
        #expect(CaptureParser.parse(written.joined()).documents.map { CLIWriter.text($0) } == written)
        // A row of the catalog's still takes the rest of its term.
        #expect(FeatureRowReader.readsBackOnOneLine(FeatureRow(name: .known(spelling: 0), value: .count(150), term: .perpetual, span: SourceSpan(line: 1, column: 1, offset: 0))))
    }
}
