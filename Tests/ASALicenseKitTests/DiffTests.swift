import Testing
@testable import ASALicenseKit

@Suite struct DiffTests {
    func docs(_ path: String) -> [Document] { InputReader.read(Samples.bytes(path)).documents }

    func diff(_ a: String, _ b: String, _ options: DiffOptions = DiffOptions()) -> [Difference] {
        DocumentDiff.compare(docs(a)[0], docs(b)[0], options: options)
    }

    @Test(arguments: Samples.goldenInputs)
    func layoutOnlyChangesGiveNoDifference(_ input: String) {
        // The canonical CLI (other columns, other blank lines, CRLF) describes the same units.
        let original = docs(input)
        let cli = OutputFormat.cli.render(original, options: OutputOptions(showSecrets: true))
        let crlf = cli.replacing("\n", with: "\r\n").replacing(" : ", with: "\t:   ")
        let again = InputReader.read(crlf).documents
        #expect(original.count == again.count)
        for (a, b) in zip(original, again) {
            #expect(DocumentDiff.compare(a, b).isEmpty, "\(input): \(DocumentDiff.compare(a, b))")
        }
    }

    /// A feature a block shows twice (DOC003) pairs in order: the second row of A with the
    /// second of B; a row one side has one more of is on that side only.
    @Test func aFeatureShownTwicePairsInOrder() {
        func doc(_ rows: String) -> Document { CaptureParser.parse("Licensed features for this platform:\n" + rows).documents[0] }
        let twice = doc("Security Contexts : 2 perpetual\nFailover : Active/Active perpetual\nSecurity Contexts : 5 perpetual\n")
        #expect(DocumentDiff.compare(twice, twice).isEmpty)
        let other = DocumentDiff.compare(twice, doc("Security Contexts : 2 perpetual\nFailover : Active/Active perpetual\nSecurity Contexts : 6 perpetual\n"))
        #expect(other.map(\.change) == [.changed(from: "5 (perpetual)", to: "6 (perpetual)")])
        let once = DocumentDiff.compare(twice, doc("Security Contexts : 2 perpetual\nFailover : Active/Active perpetual\n"))
        #expect(once.map(\.change) == [.onlyInA("5 (perpetual)")])
    }

    @Test func renamedFeaturesAreTheSameFeature() {
        let a = CaptureParser.parse("Licensed features for this platform:\nVPN-DES : Enabled perpetual\n").documents[0]
        let b = CaptureParser.parse("Licensed features for this platform:\nEncryption-DES : Enabled perpetual\n").documents[0]
        #expect(DocumentDiff.compare(a, b).isEmpty)
    }

    @Test func valuesTermsAndFeaturesOnOneSide() {
        let d = diff("Samples/diff/before.txt", "Samples/diff/after.txt")
        let total = d.first { $0.section == "running" && $0.item == "Total VPN Peers" }
        #expect(total?.change == .changed(from: "25 (perpetual)", to: "50 (perpetual)"))
        // The rows stay typed for JSON: numbers as numbers.
        #expect(total?.rowA?.value == .count(25) && total?.rowB?.value == .count(50))
        let gtp = d.first { $0.section == "running" && $0.item == "GTP/GPRS" }
        #expect(gtp?.change == .onlyInB("Enabled (perpetual)"))
        #expect(gtp?.rowA == nil && gtp?.rowB?.value == .enabled)
        #expect(d.contains { $0.item == "Botnet Traffic Filter" && $0.isTermOnly })
        let ignoring = diff("Samples/diff/before.txt", "Samples/diff/after.txt", DiffOptions(ignoreTerms: true))
        #expect(ignoring.count == 2)
        #expect(!ignoring.contains { $0.isTermOnly })
    }

    @Test func ignoringKeysComparesLicensesOnly() {
        let d = diff("Samples/show-activation-key/example3-failover-primary-detail.txt", "Samples/show-activation-key/example4-failover-secondary-detail.txt", DiffOptions(ignoreKeys: true))
        #expect(!d.contains { $0.section == "keys" })
        #expect(d.contains { $0.section == "failover cluster" && $0.item == "Security Contexts" })
    }

    @Test func secretsCompareByFingerprintAndNeverShow() {
        let a = CaptureParser.parse("license-server secret farscape\nlicense-server enable inside\n").documents[0]
        let b = CaptureParser.parse("license-server secret moya\nlicense-server enable inside\nlicense-server enable dmz\n").documents[0]
        let d = DocumentDiff.compare(a, b)
        #expect(d.contains(Difference("config", "secret", .changed(from: "(a secret)", to: "(a different secret)"))))
        #expect(d.contains(Difference("config", "command", .onlyInB("license-server enable dmz"))))
        let text = DiffReport.text(d, style: .init(color: false)) + DiffReport.json(d)
        #expect(!text.contains("farscape") && !text.contains("moya"))
        let same = CaptureParser.parse("license-server enable inside\nlicense-server secret farscape\n").documents[0]
        #expect(DocumentDiff.compare(a, same).isEmpty)
    }

    @Test func roleChangesShow() {
        let a = CaptureParser.parse("license-server address 10.1.1.1 secret farscape\nlicense-server backup address 10.1.1.2\n").documents[0]
        let b = CaptureParser.parse("license-server address 10.1.1.1 secret farscape\nlicense-server backup enable inside\n").documents[0]
        #expect(DocumentDiff.compare(a, b).contains(Difference("config", "role", .changed(from: "participant", to: "backup-server"))))
    }

    /// Two captures of running-configs pair each configuration with the one of the same unit
    /// (its header's serial), wherever it stands, and a changed serial shows.
    @Test func configurationsPairByTheirHeadersSerial() {
        let text = Samples.text("Samples/real-world/running-configs-server-and-backup.txt")
        // Without their prompts (no hostname to pair by), the second capture in the other order.
        let bare = text.replacingOccurrences(of: "srv# show running-config\n", with: "").replacingOccurrences(of: "bak# show running-config\n", with: "")
        let a = CaptureParser.parse(bare).documents
        let b = Array(a.reversed())
        #expect(a.count == 2)
        #expect(DocumentDiff.compare(a, b).isEmpty)
        let c = CaptureParser.parse("license-server secret farscape\n").documents[0]
        let d = CaptureParser.parse(": Serial Number: JMX1232L11M\nlicense-server secret farscape\n").documents[0]
        #expect(DocumentDiff.compare(c, d) == [Difference("unit", "serial number", .onlyInB("JMX1232L11M"))])
    }

    @Test func theDocumentsExamples3And4AsAPair() {
        guard case .activationKey(let a) = docs("Samples/show-activation-key/example3-failover-primary-detail.txt")[0].content,
              case .activationKey(let b) = docs("Samples/show-activation-key/example4-failover-secondary-detail.txt")[0].content else {
            Issue.record("expected activation-key documents")
            return
        }
        let rows = PairTable.rows(primary: a, secondary: b)
        let contexts = rows.first { $0.feature == "Security Contexts" }
        #expect(contexts == PairRow(feature: "Security Contexts", primary: "12", secondary: "2", expected: "12..14", clusterOnPrimary: "12", clusterOnSecondary: "10", rules: [.FO001, .FO005]))
        #expect(rows.filter { !$0.rules.isEmpty }.count == 1)
        #expect(rows.first { $0.feature == "VPN-3DES-AES" }?.expected == "Enabled")
    }

    @Test(arguments: [("before.txt", "after.txt", DiffOptions(), "before-after.diff"),
                      ("before.txt", "after.txt", DiffOptions(ignoreTerms: true), "before-after-ignore-terms.diff")])
    func goldenText(_ a: String, _ b: String, _ options: DiffOptions, _ golden: String) {
        let text = DiffReport.text(diff("Samples/diff/\(a)", "Samples/diff/\(b)", options), style: .init(color: false))
        #expect(text == Samples.text("Samples/diff/\(golden)"))
    }

    /// `--format json` is typed: values as `convert` writes them, the pair table as numbers and
    /// ranges, and a header naming both sides.
    @Test func jsonIsTyped() throws {
        let d = diff("Samples/diff/before.txt", "Samples/diff/after.txt", DiffOptions(ignoreTerms: true))
        let docs = InputReader.read(Samples.bytes("Samples/diff/before.txt")).documents
        let json = DiffReport.json(d, pair: [PairRow(feature: "Security Contexts", primary: "12", secondary: "2", expected: "12..14", clusterOnPrimary: "12", clusterOnSecondary: "10", rules: [.FO001])],
                                   a: DiffReport.Side(path: "before.txt", documents: docs), b: DiffReport.Side(path: "after.txt", documents: docs))
        let root = Array(json.utf8).withUnsafeBufferPointer { b -> Node? in
            var r = JSONReader(b)
            return r.next()
        }
        let total = root?["differences"]?.items?.first { $0["name"]?.text == "Total VPN Peers" }
        #expect(total?["id"]?.text == "total-vpn-peers")
        #expect(total?["a"]?["value"]?.int == 25)
        #expect(total?["b"]?["value"]?.int == 50)
        #expect(total?["b"]?["term"]?.text == "perpetual")
        #expect(root?["a"]?["path"]?.text == "before.txt")
        #expect(root?["a"]?["documents"]?.items?.first?["serial_number"]?.text == "JMX1549Z0JH")
        let pair = root?["pair"]?.items?.first
        #expect(pair?["primary"]?.int == 12)
        #expect(pair?["expected_cluster"]?["min"]?.int == 12)
        #expect(pair?["expected_cluster"]?["max"]?.int == 14)
    }

    /// Two captures of many documents pair as one list searched in order pairs them: by kind
    /// and serial number, then hostname (a document with no serial), then the first of the
    /// kind; whatever order and repeats the documents come in.
    @Test func documentsPairAsInOrderWhateverTheirNumber() {
        let pool = Samples.goldenInputs.prefix(60).flatMap { CaptureParser.parse(Samples.bytes($0)).documents }
        #expect(pool.count > 40)
        var rng = SeededRandom(seed: 11)
        for _ in 0..<20 {
            let a = (0..<Int.random(in: 0..<80, using: &rng)).map { _ in pool.randomElement(using: &rng)! }
            let b = (0..<Int.random(in: 0..<80, using: &rng)).map { _ in pool.randomElement(using: &rng)! }
            #expect(DocumentDiff.compare(a, b) == Self.pairedInOrder(a, b))
        }
    }

    /// The pairing as one list searched for each of A's documents (quadratic: a reference).
    static func pairedInOrder(_ docsA: [Document], _ docsB: [Document]) -> [Difference] {
        let serial = { (d: Document) -> String? in
            switch d.content {
            case .activationKey(let ak): ak.serialNumber?.text
            case .configuration(let c): c.serialNumber
            default: nil
            }
        }
        var diffs: [Difference] = []
        var remaining = docsB
        for da in docsA {
            let sameKind = remaining.indices.filter { remaining[$0].kind == da.kind }
            let bySerial = serial(da).flatMap { s in sameKind.first { serial(remaining[$0]) == s } }
            let byHost = da.hostname.flatMap { h in sameKind.first { remaining[$0].hostname == h && serial(remaining[$0]) == nil } }
            if let i = bySerial ?? byHost ?? sameKind.first {
                diffs += DocumentDiff.compare(da, remaining.remove(at: i))
            } else {
                diffs.append(Difference("document", da.kind.rawValue, .onlyInA("\(da.command ?? da.kind.rawValue)")))
            }
        }
        for db in remaining { diffs.append(Difference("document", db.kind.rawValue, .onlyInB("\(db.command ?? db.kind.rawValue)"))) }
        return diffs
    }
}
