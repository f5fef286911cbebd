import Foundation
import Testing
@testable import ASALicenseKit

/// A plain feature row read from its bytes is the row the lexer and the row reader make of it:
/// every input read both ways gives the same documents, diagnostics and row positions.
@Suite struct PlainFeatureRowTests {
    static var general: ParseLimits {
        var limits = ParseLimits.default
        limits.readsPlainRowsFromBytes = false
        return limits
    }

    /// Every row of every block, with where it was read (rows compare without their spans).
    func rowSpans(_ docs: [Document]) -> [SourceSpan] {
        docs.flatMap { doc -> [SourceSpan] in
            guard case .activationKey(let ak) = doc.content else { return [] }
            let blocks = [ak.running, ak.failoverCluster, ak.permanent?.features].compactMap { $0 }
            return blocks.flatMap { $0.allRows.map(\.span) } + ak.activeTimebasedKeys.flatMap { $0.features.map(\.span) }
        }
    }

    @discardableResult
    func expectSame(_ bytes: [UInt8], _ what: String) -> Int {
        let fast = CaptureParser.parse(bytes)
        let general = CaptureParser.parse(bytes, limits: PlainFeatureRowTests.general)
        #expect(fast.documents == general.documents, "\(what): documents")
        #expect(fast.diagnostics == general.diagnostics, "\(what): diagnostics")
        let spans = rowSpans(fast.documents)
        #expect(spans == rowSpans(general.documents), "\(what): row positions")
        return spans.count
    }

    @Test func samplesReadTheSameBothWays() {
        let dir = Samples.root
        let files = (FileManager.default.enumerator(atPath: dir.path)?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(files.count > 100)
        var rows = 0
        for f in files { rows += expectSame(Samples.bytes("Samples/\(f)"), f) }
        #expect(rows > 500)
    }

    @Test(.enabled(if: Samples.hasShared, "../shared/corpus/real is not beside this checkout"))
    func realCorpusReadsTheSameBothWays() throws {
        let root = Samples.shared.appendingPathComponent("corpus/real")
        let files = (FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []).filter { !$0.hasSuffix(".md") }
        for f in files {
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(f).path) else { continue }
            expectSame(Array(data), f)
        }
    }

    @Test func randomCapturesReadTheSameBothWays() {
        for seed in UInt64(1)...40 {
            var g = ModelGenerator(seed: seed)
            let docs = (0..<6).map { _ in g.activationKeyDocument() }
            let sink = OutputFormat.cli.sink()
            for d in docs { sink.write(d) }
            sink.finish()
            expectSame(sink.takeBytes(), "seed \(seed)")
        }
    }

    /// Rows near the edge of plain: every spelling with values, terms, spacing and bytes that
    /// keep a row plain or send it to the general path.
    @Test func rowsAtTheEdgeReadTheSameBothWays() {
        let values = ["1", "0", "2147483648", "Unlimited", "Enabled", "Disabled", "Active/Active", "Not supported", "20, DMZ Unrestricted",
                      "20 DMZ", "N/A", "x:y", "", "Enabled perpetual extra", "1,"]
        let terms = ["", " perpetual", " 30 days", " 1 day", " x days", " -3 days", " days", " 99999999999 days"]
        let leads = ["", "  ", "        ", "\t", " \u{A0}"]
        let colons = [" :", ":", "       :", " : ", ": "]
        var text = "Licensed features for this platform:\n"
        for (i, spelling) in FeatureCatalog.spellings.enumerated() {
            for (k, value) in values.enumerated() {
                let term = terms[(i + k) % terms.count]
                let lead = leads[(i + k) % leads.count]
                let colon = colons[(i * 3 + k) % colons.count]
                text += "\(lead)\(spelling.name)\(colon) \(value)\(term)\(k % 4 == 0 ? "  \r" : "")\n"
            }
        }
        text += "Unknown Feature : 4 perpetual\nMaximum  VLANs : 5\nMaximum VLANs : 5 # not a prompt\nfw1# show version\n"
        let rows = expectSame(Array(text.utf8), "edge rows")
        #expect(rows > FeatureCatalog.spellings.count * 4)
    }

    /// Names one byte or one space away from a catalog spelling (a byte changed in the middle,
    /// where a name is not looked up by; runs of spaces inside; one byte more or less at either
    /// end), and the spelling itself, each before a colon at several distances.
    @Test func namesNearASpellingReadTheSameBothWays() {
        var text = "Licensed features for this platform:\n"
        for (i, spelling) in FeatureCatalog.spellings.enumerated() {
            let name = Array(spelling.name.utf8)
            var near: [[UInt8]] = [name, name + [0x73], Array(name.dropLast()), [0x41] + name, Array(name.dropFirst())]
            if name.count > 2 {
                var changed = name
                changed[name.count / 2] = changed[name.count / 2] == 0x78 ? 0x79 : 0x78
                near.append(changed)
            }
            if let space = name.firstIndex(of: 0x20) {
                near.append(Array(name[..<space]) + [0x20, 0x20] + Array(name[space...]))
            }
            for (k, variant) in near.enumerated() {
                let pad = String(repeating: " ", count: (i + k) % 19)
                text += String(decoding: variant, as: UTF8.self) + pad + ": \(k + 1) perpetual\n"
            }
        }
        let rows = expectSame(Array(text.utf8), "names near a spelling")
        #expect(rows > FeatureCatalog.spellings.count)
    }

    /// A row that ends the bytes (no line feed after it), with runs of spaces near the end,
    /// where spaces are no longer read eight at a time.
    @Test func rowsAtTheEndOfTheBytesReadTheSameBothWays() {
        for name in ["Maximum VLANs", "Security Contexts", "Failover", "GTP/GPRS"] {
            for pad in [0, 1, 3, 7, 8, 9, 15, 16, 17, 30] {
                for tail in ["10", "Unlimited      perpetual", "Enabled  30 days", "10   "] {
                    let row = "\(name)\(String(repeating: " ", count: pad)): \(tail)"
                    expectSame(Array("Licensed features for this platform:\n\(row)".utf8), row)
                    expectSame(Array("Licensed features for this platform:\n\(row)\r".utf8), row + "\\r")
                }
            }
        }
    }

    @Test func mostCatalogSpellingsMayBePlain() {
        #expect(PlainFeatureRow.plain.filter { $0 }.count > FeatureCatalog.spellings.count / 2)
    }
}
