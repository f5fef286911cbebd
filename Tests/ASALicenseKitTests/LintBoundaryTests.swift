import Testing
@testable import ASALicenseKit

/// Every rule with a limit or a comparison, just inside (no finding) and just outside (the
/// finding, with the catalog's severity, and no other error or warning).
@Suite struct LintBoundaryTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var code: RuleCode
        var inside: String
        var outside: String
        var testDescription: String { code.rawValue }
    }

    static func isa(_ tier: String, _ rows: String) -> String {
        "Serial Number: JMX1232L11M\nRunning Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c\n\nLicensed features for this platform:\n\(rows)\n\nThis platform has an ISA 3000 \(tier) license.\n"
    }

    static let server = "s(config)# license-server enable inside\n"

    static let cases: [Case] = [
        Case(code: .SHR001, inside: server + "s(config)# license-server secret abcd\n", outside: server + "s(config)# license-server secret abc\n"),
        Case(code: .SHR001, inside: server + "s(config)# license-server secret \(String(repeating: "a", count: 128))\n",
             outside: server + "s(config)# license-server secret \(String(repeating: "a", count: 129))\n"),
        Case(code: .SHR002, inside: server + "s(config)# license-server secret farscape\ns(config)# license-server refresh-interval 10\n",
             outside: server + "s(config)# license-server secret farscape\ns(config)# license-server refresh-interval 9\n"),
        Case(code: .SHR002, inside: server + "s(config)# license-server secret farscape\ns(config)# license-server refresh-interval 300\n",
             outside: server + "s(config)# license-server secret farscape\ns(config)# license-server refresh-interval 301\n"),
        Case(code: .SHR003, inside: server + "s(config)# license-server secret farscape\ns(config)# license-server port 1\n",
             outside: server + "s(config)# license-server secret farscape\ns(config)# license-server port 0\n"),
        Case(code: .SHR003, inside: server + "s(config)# license-server secret farscape\ns(config)# license-server port 65535\n",
             outside: server + "s(config)# license-server secret farscape\ns(config)# license-server port 65536\n"),
        Case(code: .KEY005, inside: "Serial Number: JMX1232L11M\n", outside: "Serial Number: JMX1232L11\n"),
        Case(code: .KEY005, inside: "Serial Number: JMX1232L11M\n", outside: "Serial Number: JMX1232L11MM\n"),
        Case(code: .PLAT001, inside: isa("Base", "Maximum VLANs : 5 perpetual"), outside: isa("Base", "Maximum VLANs : 6 perpetual")),
        Case(code: .PLAT001, inside: isa("Security Plus", "Other VPN Peers : 50 perpetual"), outside: isa("Security Plus", "Other VPN Peers : 51 perpetual")),
        Case(code: .PLAT003, inside: isa("Security Plus", "Other VPN Peers : 25 perpetual\nTotal VPN Peers : 25 perpetual"),
             outside: isa("Security Plus", "Other VPN Peers : 26 perpetual\nTotal VPN Peers : 25 perpetual")),
        Case(code: .SHR013, inside: "Shared license utilization:\nSSLVPN:\n  Total for network : 500\n  Available : 400\n  Utilized : 100\n",
             outside: "Shared license utilization:\nSSLVPN:\n  Total for network : 500\n  Available : 401\n  Utilized : 100\n"),
        Case(code: .TIME004, inside: "", outside: ""),  // filled in below
    ]

    static let timebased: Case = {
        func unit(_ t: String) -> String {
            """
            Serial Number: JMX1232L11M
            Running Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c
            Running Timebased Activation Key: 0xa821d549 0x35725fe4 0xc918b97b 0xce0b987b 0x47c7c285

            Licensed features for this platform:
            AnyConnect Premium Peers : 500 perpetual

            Running Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c

            Licensed features for this platform:
            AnyConnect Premium Peers : 500 perpetual

            Active Timebased Activation Key:
            0xa821d549 0x35725fe4 0xc918b97b 0xce0b987b 0x47c7c285
            AnyConnect Premium Peers : \(t) 60 days

            """
        }
        return Case(code: .TIME004, inside: unit("500"), outside: unit("499"))
    }()

    func lint(_ text: String) -> [Diagnostic] {
        let (docs, diags) = InputReader.read(text)
        return Linter().lint(docs.map { LintDocument(path: "t", document: $0) }, readDiagnostics: diags)
    }

    @Test(arguments: cases.filter { !$0.inside.isEmpty } + [timebased])
    func justInsideIsSilentJustOutsideFires(_ c: Case) {
        let severity = RuleCatalog.info(c.code).severity
        let inside = lint(c.inside)
        #expect(!inside.contains { $0.code == c.code }, "\(c.code) fired inside: \(inside.map { $0.rendered() })")
        let outside = lint(c.outside)
        #expect(outside.contains { $0.code == c.code && $0.severity == severity }, "\(c.code) did not fire outside: \(outside.map { $0.rendered() })")
        let others = outside.filter { $0.code != c.code && $0.severity >= .warning }
        #expect(others.isEmpty, "\(others.map { $0.rendered() })")
    }

    static func keys(_ a: String, _ b: String) -> String {
        "Serial Number: JMX1232L11M\nRunning Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c\n\nActive Timebased Activation Key:\n0xa821d549 0x35725fe4 0xc918b97b 0xce0b987b 0x47c7c285\n\(a)\n\n0xbc07bbd7 0xb15591e0 0xed68c013 0xd79374ff 0x44f87880\n\(b)\n"
    }

    static let moreCases: [Case] = [
        // Identical licenses stack; an evaluation key of several features is another license.
        Case(code: .TIME001, inside: keys("Botnet Traffic Filter : Enabled 40 days", "Botnet Traffic Filter : Enabled 50 days"),
             outside: keys("Botnet Traffic Filter : Enabled 40 days\nGTP/GPRS : Enabled 40 days", "Botnet Traffic Filter : Enabled 50 days")),
        Case(code: .SHR004, inside: server + "s(config)# license-server secret farscape\ns(config)# license-server backup 10.1.1.2 backup-id JMX0916L0Z4\n",
             outside: server + "s(config)# license-server secret farscape\ns(config)# license-server backup 10.1.1.2 backup-id JMX0916L0Z4\ns(config)# license-server backup 10.1.1.3 backup-id JMX0916L0Z5\n"),
        Case(code: .SHR008, inside: "s(config)# license-server secret farscape\ns(config)# license-server enable inside\ns(config)# license-server enable dmz\n",
             outside: "s(config)# license-server secret farscape\ns(config)# license-server enable inside\ns(config)# license-server enable inside\n"),
        Case(code: .KEY007, inside: "Serial Number: JMX1232L11M\nRunning Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c\n\nLicensed features for this platform:\nFailover : Disabled perpetual\n\nRunning Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c\n\nLicensed features for this platform:\nFailover : Disabled perpetual\n",
             outside: "Serial Number: JMX1232L11M\nRunning Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c\n\nLicensed features for this platform:\nFailover : Disabled perpetual\n\nRunning Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9d\n\nLicensed features for this platform:\nFailover : Disabled perpetual\n"),
    ]

    @Test(arguments: moreCases)
    func moreJustInsideAndJustOutside(_ c: Case) {
        justInsideIsSilentJustOutsideFires(c)
    }

    /// TIME006 warns when fewer than N days remain: N days left is a note, N − 1 a warning.
    @Test func expiryWarnsBelowTheThresholdOnly() {
        func severity(_ days: Int) -> Severity? {
            let text = "Serial Number: JMX1232L11M\nRunning Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c\n\nActive Timebased Activation Key:\n0xa821d549 0x35725fe4 0xc918b97b 0xce0b987b 0x47c7c285\nBotnet Traffic Filter : Enabled \(days) days\n"
            return lint(text).first { $0.code == .TIME006 }?.severity
        }
        #expect(severity(30) == .note)
        #expect(severity(29) == .warning)
    }

    /// A participant that names no port uses the default one: with a server on the default port
    /// it agrees (SHR009 silent); with a server on another port it does not.
    @Test func aParticipantOnTheDefaultPortAgreesWithAServerOnTheDefaultPort() {
        let fleet = "srv(config)# license-server secret farscape\nsrv(config)# license-server enable inside\n\nbr(config)# license-server address 10.1.1.1 secret farscape\n"
        #expect(!lint(fleet).contains { $0.code == .SHR009 })
        let moved = "srv(config)# license-server secret farscape\nsrv(config)# license-server port 40000\nsrv(config)# license-server enable inside\n\nbr(config)# license-server address 10.1.1.1 secret farscape\n"
        #expect(lint(moved).contains { $0.code == .SHR009 && $0.severity == .error })
    }

    /// The document's own healthy setups lint with no error and no warning, together.
    @Test func theDocumentsHealthySetupsLintClean() {
        let files = ["document-shared-fleet.txt", "backup-unit.txt", "table1-combinations.txt", "failover-tls-proxy-pair.txt", "two-bare-activation-keys.txt"]
        var docs: [LintDocument] = []
        var read: [Diagnostic] = []
        for f in files {
            let path = "Samples/lint/healthy/\(f)"
            let (d, g) = InputReader.read(Samples.bytes(path))
            docs += d.map { LintDocument(path: path, document: $0) }
            read += g
        }
        let findings = Linter().lint(docs, readDiagnostics: read)
        #expect(findings.allSatisfy { $0.severity == .note }, "\(findings.filter { $0.severity != .note }.map { $0.rendered() })")
    }

    /// A post's examples of two units under the factory hostname, each after its prose: a
    /// document joins a serial of its own passage only. In any order a post shows them, no
    /// error: a server's configuration was judged by the participant's license shown after it
    /// (or before it), a false SHR011. With no text between them (one capture), place alone
    /// groups them (above).
    @Test func aPostsExamplesUnderOneHostnameAreEachAPassage() {
        func show(_ serial: String, _ key: String, pool: Bool) -> String {
            "ciscoasa# show activation-key\nSerial Number: \(serial)\nRunning Permanent Activation Key: \(key)\n\n"
                + "Licensed features for this platform:\nMaximum Physical Interfaces : Unlimited perpetual\nShared License : Enabled perpetual\n"
                + (pool ? "  Shared AnyConnect Premium Peers : 5000 perpetual\n" : "") + "\n"
        }
        let examples = [
            "The server's license:\n\n" + show("JMX1232L11M", "0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c", pool: true),
            "Configure the server:\n\nciscoasa(config)# license-server secret farscape\nciscoasa(config)# license-server enable inside\n\n",
            "On each participant:\n\nciscoasa(config)# license-server address 10.1.1.1 secret farscape\n\n",
            "A participant's license:\n\n" + show("JMX1232L22N", "0x4a3eea7b 0x54b9f61a 0x4143a90c 0xe5849088 0x4412d4a9", pool: false),
        ]
        func orders(_ items: [String]) -> [[String]] {
            items.count <= 1 ? [items] : items.indices.flatMap { i in
                orders(Array(items[..<i] + items[(i + 1)...])).map { [items[i]] + $0 }
            }
        }
        var passages = 0
        for order in orders(examples) {
            let text = order.joined()
            let docs = InputReader.read(text).documents
            passages = max(passages, docs.filter(\.followsOtherText).count)
            let errors = Linter().lint(docs.map { LintDocument(path: "post.txt", document: $0) }).filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(order.map { $0.prefix(12) }): \(errors.map { $0.rendered() })")
        }
        #expect(passages == 4)
        // The participant's configuration shown with the server's license in one passage is
        // still judged by it: a participant license is needed, and the server's has the pool.
        let oneCapture = show("JMX1232L22N", "0x4a3eea7b 0x54b9f61a 0x4143a90c 0xe5849088 0x4412d4a9", pool: false)
            + "ciscoasa# conf t\nciscoasa(config)# license-server secret farscape\nciscoasa(config)# license-server enable inside\n\n"
            + show("JMX1232L11M", "0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c", pool: true)
        let docs = InputReader.read(oneCapture).documents
        #expect(!docs.contains { $0.followsOtherText })
        #expect(Linter().lint(docs.map { LintDocument(path: "log.txt", document: $0) }).map(\.code).contains(.SHR011))
    }

    /// Under the hostname a unit has out of the box, a post's examples are each a passage even
    /// when the file shows one serial: its server's configuration and the participant's license
    /// shown after it are not one unit (SHR011). Under a name someone gave the unit, the same
    /// text is one unit's, and its missing pool is found.
    @Test func aPostUnderTheFactoryHostnameIsPassagesThoughItShowsOneSerial() {
        for host in ["ciscoasa", "fw1"] {
            let post = "Configure the server:\n\n\(host)(config)# license-server secret farscape\n\(host)(config)# license-server enable inside\n\n"
                + "Verify the participant's license:\n\n\(host)# show activation-key\nSerial Number: JMX1232L22N\n"
                + "Running Permanent Activation Key: 0x4a3eea7b 0x54b9f61a 0x4143a90c 0xe5849088 0x4412d4a9\n\n"
                + "Licensed features for this platform:\nMaximum Physical Interfaces : Unlimited perpetual\nShared License : Enabled perpetual\n"
            let docs = InputReader.read(post).documents
            let codes = Linter().lint(docs.map { LintDocument(path: "post.txt", document: $0) }).filter { $0.severity == .error }.map(\.code)
            #expect(codes == (host == "ciscoasa" ? [] : [.SHR011]), "\(host)")
        }
    }

    @Test func twoUnitsOfOneHostnameInTwoFilesAreTwoUnits() {
        let server = "ciscoasa(config)# license-server secret farscape\nciscoasa(config)# license-server enable inside\n"
        let participant = "ciscoasa(config)# license-server address 10.1.1.1 secret wrongone\n"
        var docs = InputReader.read(server).documents.map { LintDocument(path: "a.txt", document: $0) }
        docs += InputReader.read(participant).documents.map { LintDocument(path: "b.txt", document: $0) }
        let findings = Linter().lint(docs)
        #expect(findings.contains { $0.code == .SHR009 })
        #expect(!findings.contains { $0.code == .SHR005 })
    }

    /// One capture of two units that both keep the default hostname: each configuration is
    /// judged with the license shown just before it under that hostname, as if the two were
    /// in two files, not all with the last unit's.
    @Test func twoUnitsOfOneHostnameInOneFileAreToldApartByPlace() {
        func unit(_ serial: String, _ key: String, _ config: String) -> String {
            "ciscoasa# show activation-key\nSerial Number: \(serial)\nRunning Permanent Activation Key: \(key)\n\n"
                + "Licensed features for this platform:\nMaximum Physical Interfaces : Unlimited perpetual\nShared License : Enabled perpetual\n\n"
                + "ciscoasa# show running-config license-server\n\(config)"
        }
        let a = unit("JMX1232L11M", "0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c", "license-server secret farscape\nlicense-server enable inside\n")
        let b = unit("JMX1232L22M", "0x4a3eea7b 0x54b9f61a 0x4143a90c 0xe5849088 0x4412d4a9", "license-server address 10.1.1.1 secret farscape\n")
        let apart = InputReader.read(a).documents.map { LintDocument(path: "a.txt", document: $0) }
            + InputReader.read(b).documents.map { LintDocument(path: "b.txt", document: $0) }
        let together = InputReader.read(a + b).documents.map { LintDocument(path: "ab.txt", document: $0) }
        let units = LintGrouping.units(together)
        #expect(units.map { $0.documents.count } == [2, 2])
        #expect(units.map(\.role) == [.server, .participant])
        // The server's missing pool is found either way (SHR011), on the same document.
        let codes = { (docs: [LintDocument]) in Linter().lint(docs).filter { $0.severity == .error }.map(\.code) }
        #expect(codes(together) == [.SHR011])
        #expect(codes(together) == codes(apart))
    }

    /// A unit captured before and after its permanent key was replaced shows two running keys:
    /// not two keys installed when the new one was given to it (typed in `activation-key` in
    /// the capture of the change), but one pasted from nowhere is (KEY007).
    @Test func aReplacedPermanentKeyIsNotASecondKey() {
        func show(_ key: String) -> String {
            "fw1# show activation-key\nSerial Number: JMX1232L11M\nRunning Permanent Activation Key: \(key)\n\n"
                + "Licensed features for this platform:\nMaximum Physical Interfaces : 8 perpetual\n\n"
                + "The flash permanent activation key is the SAME as the running permanent key.\n"
        }
        let (old, new) = ("0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c", "0x4a3eea7b 0x54b9f61a 0x4143a90c 0xe5849088 0x4412d4a9")
        func lint(_ files: [(String, String)]) -> [RuleCode] {
            let docs = files.flatMap { path, text in InputReader.read(text).documents.map { LintDocument(path: path, document: $0) } }
            return Linter().lint(docs).filter { $0.severity == .error }.map(\.code)
        }
        let change = ("change.txt", show(old) + "fw1# configure terminal\nfw1(config)# activation-key \(new)\n")
        // The new key's output first or last: files come in any order.
        #expect(lint([change, ("after.txt", show(new))]).isEmpty)
        #expect(lint([("after.txt", show(new)), change]).isEmpty)
        #expect(lint([("before.txt", show(old)), ("after.txt", show(new))]) == [.KEY007])
    }

    /// Two outputs under the factory's hostname whose serials are redacted alike, or one with
    /// no serial, may be two units of one post: their keys are not compared (KEY007). With the
    /// same serial shown, they are one unit's.
    @Test func keysAreComparedOnlyUnderOneSerialShown() {
        func show(_ serial: String?, _ key: String) -> String {
            "ciscoasa# show activation-key\n" + (serial.map { "Serial Number: \($0)\n" } ?? "") + "Running Permanent Activation Key: \(key)\n\n"
        }
        let (a, b) = ("0x11111111 0x22222222 0x33333333 0x44444444 0x55555555", "0x66666666 0x77777777 0x88888888 0x99999999 0xaaaaaaaa")
        func codes(_ text: String) -> [RuleCode] {
            let docs = InputReader.read(text).documents.map { LintDocument(path: "t.txt", document: $0) }
            return Linter().lint(docs).filter { $0.severity == .error }.map(\.code)
        }
        #expect(codes(show("JMX12XXXXXX", a) + "And the other box:\n\n" + show("JMX12XXXXXX", b)).isEmpty)
        #expect(codes(show("JMX1232L11M", a) + show(nil, b)).isEmpty)
        #expect(codes(show("JMX1232L11M", a) + show("JMX1232L11M", b)) == [.KEY007])
    }

    /// A server captured before and after it was given its shared licensing server license:
    /// the license the role needs is shown, so no SHR011; shown only before, SHR011.
    @Test func aLicenseGivenDuringTheCaptureServesTheRole() {
        func show(shared: Bool) -> String {
            "fw1# show activation-key\nSerial Number: JMX1232L11M\nRunning Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c\n\n"
                + "Licensed features for this platform:\nMaximum Physical Interfaces : 8 perpetual\n"
                + (shared ? "Shared License : Enabled perpetual\n  Shared AnyConnect Premium Peers : 12000 perpetual\n" : "Shared License : Disabled perpetual\n") + "\n"
        }
        let config = "fw1# configure terminal\nfw1(config)# license-server secret farscape\nfw1(config)# license-server enable inside\nfw1(config)# end\n"
        func codes(_ text: String) -> [RuleCode] {
            Linter().lint(InputReader.read(text).documents.map { LintDocument(path: "u.txt", document: $0) }).filter { $0.severity == .error }.map(\.code)
        }
        #expect(codes(show(shared: false) + config + show(shared: true)).isEmpty)
        #expect(codes(show(shared: false) + config) == [.SHR011])
    }

    /// `show running-config all` prints the refresh interval and port at their defaults on every
    /// unit: a participant's is no server's too (SHR005), and set otherwise they still are.
    @Test func defaultsShownByShowRunAllGiveNoRole() {
        let path = "Samples/license-server-config/participant-show-run-all.txt"
        let text = Samples.text(path)
        let lint = { (text: String) in Linter().lint(InputReader.read(text).documents.map { LintDocument(path: path, document: $0) }).filter { $0.severity == .error } }
        #expect(lint(text).isEmpty, "\(lint(text).map { $0.rendered() })")
        #expect(lint(text.replacingOccurrences(of: "refresh-interval 30", with: "refresh-interval 60")).map(\.code) == [.SHR005])
    }

    @Test func familiesSelectRules() {
        var linter = Linter()
        linter.only = ["SHR"]
        let text = "s(config)# license-server secret abc\nSerial Number: JMX1\n"
        let (docs, diags) = InputReader.read(text)
        let findings = linter.lint(docs.map { LintDocument(path: "t", document: $0) }, readDiagnostics: diags)
        #expect(!findings.isEmpty)
        #expect(findings.allSatisfy { $0.code.family == "SHR" })
        linter.only = []
        linter.disabled = ["SHR", "KEY"]
        #expect(linter.lint(docs.map { LintDocument(path: "t", document: $0) }, readDiagnostics: diags).allSatisfy { $0.code.family != "SHR" && $0.code.family != "KEY" })
    }

    /// A baseline keeps a finding whose line moved, and lets a new one through.
    @Test func aBaselineSurvivesLinesMoving() {
        let before = lint("Serial Number: JMX1232L11\n")
        let baseline = LintBaseline(before.map { var d = $0; d.path = "u.txt"; return d })
        let moved = lint("\n\n\nSerial Number: JMX1232L11\n").map { var d = $0; d.path = "u.txt"; return d }
        #expect(moved.contains { $0.code == .KEY005 })
        #expect(baseline.new(moved).isEmpty)
        let other = lint("Serial Number: JMX12\n").map { var d = $0; d.path = "u.txt"; return d }
        #expect(baseline.new(other).contains { $0.code == .KEY005 })
        let (back, error) = LintBaseline.read(Array(baseline.json().utf8))
        #expect(error == nil)
        #expect(back?.identities == baseline.identities)
    }

    @Test func pairsThatCannotBeToldApartAreSaid() {
        let findings = lint(String(decoding: Samples.bytes("Samples/lint/FO008.txt"), as: UTF8.self))
        #expect(findings.filter { $0.code == .FO008 }.count == 3)
        var options = LintOptions()
        options.pairs = [["JMX1500A101", "JMX1500A102"], ["NOPE", "JMX1500A103"]]
        let docs = InputReader.read(Samples.bytes("Samples/lint/FO008.txt")).documents.map { LintDocument(path: "t", document: $0) }
        #expect(Linter(options: options).unknownPairNames(docs) == ["NOPE"])
    }

    /// Many units whose peers cannot be told apart: each finding names a few of them, not every
    /// one (a list of all in each grew with the square of the units).
    @Test func unitsThatCannotBePairedAreNamedUpToAScreenful() {
        let unit = { (i: Int) in
            "fw\(i)# show activation-key\nSerial Number: JMX\(1000 + i)L11M\nRunning Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0x\(String(0xc4594f00 + i, radix: 16))\n\nLicensed features for this platform:\nFailover : Active/Active perpetual\n\nFailover cluster licensed features for this platform:\nFailover : Active/Active perpetual\n\n"
        }
        for (count, more) in [(8, nil), (9, "and 1 more"), (40, "and 32 more")] {
            let fo008 = lint((0..<count).map(unit).joined()).filter { $0.code == .FO008 }
            #expect(fo008.count == count)
            for f in fo008 {
                guard let open = f.message.range(of: "(candidates: "), let close = f.message.range(of: ");", range: open.upperBound..<f.message.endIndex) else {
                    Issue.record("no candidates in '\(f.message)'"); continue
                }
                var list = String(f.message[open.upperBound..<close.lowerBound])
                if let more { #expect(list.hasSuffix(" " + more)); list = String(list.dropLast(more.count + 1)) }
                #expect(list.components(separatedBy: ", ") == (0..<min(count, 8)).map { "JMX\(1000 + $0)L11M" })
            }
        }
    }

    /// The cluster license is the one that runs: PLAT001 checks it too.
    @Test func platformLimitsHoldForTheClusterBlock() {
        let text = "Serial Number: JMX1232L11M\nRunning Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c\n\nLicensed features for this platform:\nMaximum VLANs : 25 perpetual\n\nThis platform has an ISA 3000 Security Plus license.\n\nFailover cluster licensed features for this platform:\nMaximum VLANs : 26 perpetual\n\nThis platform has an ISA 3000 Security Plus license.\n"
        let plat = lint(text).filter { $0.code == .PLAT001 }
        #expect(plat.count == 1)
        #expect(plat.first?.message.contains("in the failover cluster license") == true)
        #expect(plat.first?.severity == .error)
    }

    /// VLANs are not summed in a cluster: FO001 says nothing of a sum for them.
    @Test func vlansAreNotDescribedAsASum() {
        let docs = InputReader.read(Samples.bytes("Samples/lint/healthy/failover-tls-proxy-pair.txt")).documents
        let findings = Linter().lint(docs.map { LintDocument(path: "p", document: $0) })
        #expect(!findings.contains { $0.code == .FO001 && $0.message.contains("VLANs") }, "\(findings.map { $0.rendered() })")
    }

    @Test func aDeclaredPairWithoutFailoverLicensingIsSaid() {
        let unit = { (serial: String) in "Serial Number: \(serial)\nRunning Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c\n\nLicensed features for this platform:\nFailover : Disabled perpetual\n" }
        var options = LintOptions()
        options.pairs = [["JMX1232L11A", "JMX1232L11B"]]
        let docs = [("a", unit("JMX1232L11A")), ("b", unit("JMX1232L11B"))].flatMap { p, t in InputReader.read(t).documents.map { LintDocument(path: p, document: $0) } }
        let findings = Linter(options: options).lint(docs)
        #expect(findings.contains { $0.code == .FO008 && $0.message.contains("shows no failover licensing") && $0.severity == .warning })
    }

    @Test func verboseSaysWhyPlatformLimitsAreSilent() {
        var options = LintOptions()
        options.verbose = true
        let text = "Serial Number: JMX1232L11M\n\nLicensed features for this platform:\nMaximum VLANs : 5000 perpetual\n\nThis platform has an ASA 5599 Turbo license.\n"
        let docs = InputReader.read(text).documents.map { LintDocument(path: "t", document: $0) }
        let findings = Linter(options: options).lint(docs)
        #expect(!findings.contains { $0.code == .PLAT001 && $0.severity == .error })
        #expect(findings.contains { $0.code == .PLAT001 && $0.severity == .note && $0.message.contains("no row for the ASA 5599") })
    }

    @Test func textOutputShowsFromTheMinimumSeverity() {
        let findings = [Diagnostic(.note, .TIME003, "n", at: SourceSpan(line: 1, column: 1, offset: 0), path: "p"),
                        Diagnostic(.warning, .KEY006, "w", at: SourceSpan(line: 2, column: 1, offset: 0), path: "p")]
        let text = LintReport.text(findings, files: 1, minSeverity: .warning)
        #expect(!text.contains("[TIME003]"))
        #expect(text.contains("[KEY006]"))
        #expect(text.contains("0 errors, 1 warning, 1 note in 1 file (1 below warning not shown"))
        #expect(LintReport.text(findings, files: 1, minSeverity: .note).contains("[TIME003]"))
    }

    @Test func rulesCiteTheirSource() {
        #expect(RuleCatalog.info(.SHR010).citation.contains("Licenses: Product Authorization Key Licensing for the ISA 3000") == true)
        #expect(RuleCatalog.info(.SHR010).citation.contains("Configure the Shared Licensing Participant") == true)
        #expect(RuleCatalog.info(.DOC001).citation.contains("Grammars/show-activation-key.ebnf") == true)
        let json = LintReport.rulesJSON(RuleCatalog.infos)
        var reader = Array(json.utf8).withUnsafeBufferPointer { b -> [Node] in
            var r = JSONReader(b)
            return r.next()?.items ?? []
        }
        #expect(reader.count == RuleCatalog.infos.count)
        reader = reader.filter { $0["code"]?.text == "TIME004" }
        #expect(reader.first?["severity"]?.text == "warning")
        #expect(reader.first?["section"]?.text == "How Permanent and Time-Based Licenses Combine")
    }
}
