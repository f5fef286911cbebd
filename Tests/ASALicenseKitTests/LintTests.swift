import Testing
@testable import ASALicenseKit

@Suite struct LintTests {
    func lint(_ paths: [String], options: LintOptions = LintOptions()) -> [Diagnostic] {
        var docs: [LintDocument] = []
        var read: [Diagnostic] = []
        for path in paths {
            InputReader.read(Samples.bytes(path)).documents.forEach { docs.append(LintDocument(path: path, document: $0)) }
            read += InputReader.read(Samples.bytes(path)).diagnostics.map { var d = $0; d.path = path; return d }
        }
        return Linter(options: options).lint(docs, readDiagnostics: read)
    }

    /// Commands typed at a prompt are a change to a configuration not shown whole: what a role
    /// needs (SHR006, SHR007) may be there already. A snippet or a running-config is judged.
    @Test func aTypedChangeIsNotJudgedForWhatItsRoleNeeds() {
        for (text, expected) in [("fw(config)# license-server enable dmz\n", [RuleCode]()), ("fw# conf t\nfw(config)# license-server backup enable dmz\n", []),
                                 ("license-server enable dmz\n", [.SHR007]), ("license-server backup enable dmz\n", [.SHR006]),
                                 ("fw# show running-config\nlicense-server enable dmz\n", [.SHR007])] {
            let (docs, diags) = CaptureParser.parse(text)
            let codes = Linter().lint(docs.map { LintDocument(path: "t", document: $0) }, readDiagnostics: diags).map(\.code)
            #expect(codes.filter { $0 == .SHR006 || $0 == .SHR007 } == expected, "\(text)")
        }
    }

    /// A PIX's tier sentence, as PIX 7 prints it, says the unit is a PIX: its nine-digit serial
    /// is no malformed ASA serial (KEY005).
    @Test(arguments: ["Unrestricted (UR)", "Restricted (R)", "Failover Only (FO)", "Failover Only-Active/Active (FO_AA)"])
    func aPIXTierIsAPIX(_ tier: String) {
        let text = "fw# show activation-key\nSerial Number: 807112345\nRunning Activation Key: 0x12345678 0x12345678 0x12345678 0x12345678\n\n"
            + "Licensed features for this platform:\nFailover : Active/Active\n\nThis platform has a\(tier.hasPrefix("U") ? "n" : "") \(tier) license.\n"
        let (docs, diags) = CaptureParser.parse(text)
        guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); return }
        #expect(ak.isPIX)
        let findings = Linter().lint(docs.map { LintDocument(path: "t", document: $0) }, readDiagnostics: diags)
        #expect(!findings.contains { $0.code == .KEY005 || $0.code == .KEY001 }, "\(findings.map { $0.rendered() })")
    }

    @Test func theCatalogHasFiftyEightRules() {
        #expect(RuleCatalog.infos.count == 58)
        #expect(Set(RuleCatalog.infos.map(\.code)).count == 58)
        #expect(RuleCatalog.infos.map(\.code) == RuleCode.allCases, "one row per code, in the order of RuleCode")
    }

    /// A code is found in one place: by one check of the linter, or while reading (the parsers,
    /// the YAML/JSON reader) or grouping units; never both, so no finding is reported twice.
    @Test func eachCodeIsFoundInOnePlace() {
        let checked = RuleCatalog.checks.flatMap(\.codes)
        #expect(checked.count == Set(checked).count, "a code in two checks")
        let whileReading: Set<RuleCode> = [.KEY001, .KEY002, .DOC001, .DOC003, .DOC004, .DOC005, .DOC006, .DOC007, .DOC008, .DOC009, .DOC010, .FO008, .PLAT004]
        #expect(Set(checked).isDisjoint(with: whileReading))
        #expect(Set(checked).union(whileReading) == Set(RuleCode.allCases))
    }

    /// TIME003 spells the whole fallback chain: the active key's value, each inactive key's
    /// for the same feature in order, then the permanent value or the permanent license.
    @Test func anExpiryChainNamesEachInactiveKeyThenThePermanentValue() {
        let text = """
        fw# show activation-key detail

        Serial Number: ZLF19484SQJ
        Running Permanent Activation Key: 0xde3521af 0xd7d5ccbe 0x73474aa9 0xa97f65bd 0x8dc1a43e

        Licensed features for this platform:
        AnyConnect Premium Peers          : 2500           perpetual

        This platform has an ASA 5512-X Security Plus license.

        Running Permanent Activation Key: 0xde3521af 0xd7d5ccbe 0x73474aa9 0xa97f65bd 0x8dc1a43e

        Licensed features for this platform:
        AnyConnect Premium Peers          : 2500           perpetual

        Active Timebased Activation Key:
        0x4d9aa696 0x4360c66a 0x6d956563 0xe6b6122f 0x8b80fd3a
        AnyConnect Premium Peers          : 100            191 days
        Botnet Traffic Filter             : Enabled        30 days

        Inactive Timebased Activation Key:
        0x2bcd85d2 0x611a245e 0xfb7f36ee 0xe24c6c60 0xa17870d5
        AnyConnect Premium Peers          : 100            15 days

        0x88134e5e 0x98162c67 0xc125516b 0xb071b0da 0xc0c3ea0c
        Total VPN Peers                   : 250            60 days
        AnyConnect Premium Peers          : 50             44 days

        """
        let docs = InputReader.read(Array(text.utf8)).documents.map { LintDocument(path: "t", document: $0) }
        let chains = Linter(options: LintOptions()).lint(docs, readDiagnostics: []).filter { $0.code == .TIME003 }.map(\.message)
        #expect(chains == [
            "AnyConnect Premium Peers on expiry: 100 (191 days) → 100 (15 days, inactive key) → 50 (44 days, inactive key) → 2500 (permanent)",
            "Botnet Traffic Filter on expiry: Enabled (30 days) → the permanent license",
        ])
    }

    @Test func findingsShowASecretOnlyWhenAsked() {
        var options = LintOptions()
        let hidden = lint(["Samples/lint/SHR001.txt"], options: options).filter { $0.code == .SHR001 }
        options.showSecrets = true
        let shown = lint(["Samples/lint/SHR001.txt"], options: options).filter { $0.code == .SHR001 }
        #expect(hidden.count == 1 && !hidden[0].message.contains("secret abc ") && hidden[0].message.contains("<redacted:"))
        #expect(shown.count == 1 && shown[0].message.contains("secret abc "))
    }

    @Test func readingYAMLReportsABadKeyOnceAsTheTextDoes() {
        let text = "fw1# show activation-key\nSerial Number: JMX1232L11M\nRunning Permanent Activation Key: 0x1 0x2 0x3 0x4\n"
        let (docs, read) = InputReader.read(text)
        let yaml = OutputFormat.yaml.render(docs)
        let (back, readBack) = InputReader.read(yaml)
        for (d, r) in [(docs, read), (back, readBack)] {
            let findings = Linter().lint(d.map { LintDocument(path: "t", document: $0) }, readDiagnostics: r)
            #expect(findings.filter { $0.code == .KEY001 }.count == 1, "\(findings.map { $0.rendered() })")
        }
    }

    /// The severities of RULES.md ("info" is `note`), written out apart from the catalog so that
    /// a severity changed there fails here; the codes asalic added (DOC005–DOC010, FO008,
    /// PLAT004) with the severities the README gives them.
    static let severities: [RuleCode: Severity] = [
        .KEY001: .error, .KEY002: .warning, .KEY003: .error, .KEY004: .error, .KEY005: .error, .KEY006: .warning,
        .KEY007: .error, .TIME001: .error, .TIME002: .note, .TIME003: .note, .TIME004: .warning, .TIME005: .error,
        .TIME006: .note, .RUN001: .warning, .RUN002: .warning, .RUN003: .warning, .RUN004: .warning, .RUN005: .warning,
        .FO001: .warning, .FO002: .warning, .FO003: .warning, .FO004: .error, .FO005: .error, .FO006: .error,
        .FO007: .note, .SHR001: .error, .SHR002: .error, .SHR003: .error, .SHR004: .error, .SHR005: .error,
        .SHR006: .error, .SHR007: .error, .SHR008: .warning, .SHR009: .error, .SHR010: .error, .SHR011: .error,
        .SHR012: .error, .SHR013: .warning, .SHR014: .note, .SHR015: .note, .PLAT001: .error, .PLAT002: .warning,
        .PLAT003: .warning, .VPN001: .error, .VPN002: .error, .VPN003: .warning, .DOC001: .error, .DOC002: .warning,
        .DOC003: .warning, .DOC004: .note, .DOC005: .warning, .DOC006: .warning, .DOC007: .note, .DOC008: .note,
        .DOC009: .note, .DOC010: .note, .FO008: .warning, .PLAT004: .note,
    ]

    @Test func theCatalogHasTheseSeverities() {
        #expect(Dictionary(uniqueKeysWithValues: RuleCatalog.infos.map { ($0.code, $0.severity) }) == Self.severities)
    }

    /// Each rule's sample fires it with its severity, and no other rule says more than a note.
    @Test(arguments: RuleCatalog.infos.map(\.code))
    func eachRuleHasASampleThatTriggersExactlyIt(_ code: RuleCode) {
        let findings = lint(["Samples/lint/\(code).txt"])
        let severity = Self.severities[code]
        #expect(findings.contains { $0.code == code && $0.severity == severity }, "\(code) did not fire as \(severity?.rawValue ?? "?") on its sample")
        let others = Set(findings.filter { $0.severity >= .warning && $0.code != code }.map(\.code))
        #expect(others.isEmpty, "other errors or warnings on \(code).txt: \(others.sorted())")
    }

    /// The same rules fire on a sample read back from asalic's YAML and JSON: the rules read the
    /// model, not the text.
    /// Every rule but those on the text itself (DOC, and KEY002's spacing, which the model does
    /// not keep) — listed here, not taken from how the catalog checks them.
    static let modelRules = severities.keys.filter { $0.family != "DOC" && $0 != .KEY002 }.sorted()

    @Test(arguments: modelRules)
    func eachRuleFiresAlikeOnYAMLAndJSON(_ code: RuleCode) {
        let path = "Samples/lint/\(code).txt"
        let (docs, read) = InputReader.read(Samples.bytes(path))
        let fromText = Set(Linter().lint(docs.map { LintDocument(path: path, document: $0) }, readDiagnostics: read).filter { $0.code.family != "DOC" }.map { "\($0.code) \($0.severity)" })
        #expect(fromText.contains("\(code) \(Self.severities[code] ?? .error)"))
        for format in [OutputFormat.yaml, .json] {
            let text = format.render(docs, options: OutputOptions(showSecrets: true))
            let (back, readBack) = InputReader.read(text)
            let again = Set(Linter().lint(back.map { LintDocument(path: path, document: $0) }, readDiagnostics: readBack).filter { $0.code.family != "DOC" }.map { "\($0.code) \($0.severity)" })
            #expect(again == fromText, "\(code) through \(format): \(again.symmetricDifference(fromText).sorted())")
        }
    }

    @Test func cleanSamplesRaiseNoErrorOrWarning() {
        let findings = lint(["Samples/lint/clean/standalone-detail.txt", "Samples/lint/clean/failover-pair.txt", "Samples/lint/clean/shared-fleet.txt"])
        #expect(findings.allSatisfy { $0.severity == .note }, "\(findings.filter { $0.severity != .note }.map { $0.rendered() })")
    }

    @Test func theDocumentsFailoverExamplesDisagree() {
        let findings = lint(["Samples/show-activation-key/example3-failover-primary-detail.txt", "Samples/show-activation-key/example4-failover-secondary-detail.txt"])
        let fo005 = findings.filter { $0.code == .FO005 }
        #expect(fo005.count == 1)
        #expect(fo005.first?.message.contains("Security Contexts 12 vs 10") == true)
        let fo001 = findings.filter { $0.code == .FO001 && $0.severity == .warning }
        #expect(fo001.map(\.message) == ["Security Contexts: shown 10, expected between 12 and 14 = 12 (P3000000171) + 2 (P3000000011) (the platform cap is unknown)"])
        // Example 3's running block does not follow from its own permanent block.
        let run003 = findings.filter { $0.code == .RUN003 }.map(\.message)
        #expect(run003.contains("Security Contexts: shown 12, expected 2 (the permanent value; no active time-based key)"))
    }

    @Test func example2sPermanentBlockShowsDaysLeft() {
        let findings = lint(["Samples/show-activation-key/example2-standalone-detail.txt"])
        #expect(findings.contains { $0.code == .RUN004 && $0.message == "Botnet Traffic Filter in the permanent license block shows 39 days; a permanent license is perpetual" })
    }

    @Test func expiryDatesWithAsOf() {
        var options = LintOptions()
        options.asOf = CivilDate("2026-11-23")
        options.expiryWarningDays = 5
        let findings = lint(["Samples/lint/TIME006.txt"], options: options).filter { $0.code == .TIME006 }
        #expect(findings.map(\.message) == ["Botnet Traffic Filter = Enabled: 10 days left, until 2026-12-03", "Security Contexts = 5: 90 days left, until 2027-02-21"])
        #expect(findings.first?.severity == .note)
    }

    @Test func onlyAndDisable() {
        var linter = Linter()
        let docs = InputReader.read(Samples.bytes("Samples/lint/RUN001.txt")).documents.map { LintDocument(path: "x", document: $0) }
        linter.only = ["RUN001"]
        #expect(Set(linter.lint(docs).map(\.code)) == [.RUN001])
        linter.only = []
        linter.disabled = ["RUN001", "TIME003", "TIME006"]
        #expect(linter.lint(docs).isEmpty)
    }

    @Test func declaredPairsOverrideDetection() {
        var options = LintOptions()
        options.pairs = [["JMX1232L11M", "JMX1232L22N"]]
        let findings = lint(["Samples/lint/FO005.txt"], options: options)
        #expect(findings.contains { $0.code == .FO005 })
        options.pairs = [["JMX1232L11M", "NOSUCHUNIT1"]]
        #expect(!lint(["Samples/lint/FO005.txt"], options: options).contains { $0.code == .FO005 })
    }

    @Test func sarifHasWhatCodeScanningNeeds() {
        let findings = lint(["Samples/lint/KEY005.txt"])
        let sarif = LintReport.sarif(findings, toolVersion: "0.1.0")
        let node = Array(sarif.utf8).withUnsafeBufferPointer { buffer -> Node? in
            var r = JSONReader(buffer)
            return r.next()
        }
        #expect(node?["version"]?.text == "2.1.0")
        #expect(node?["$schema"]?.text != nil)
        let run = node?["runs"]?.items?.first
        #expect(run?["tool"]?["driver"]?["name"]?.text == "asalic")
        #expect(run?["tool"]?["driver"]?["rules"]?.items?.count == RuleCatalog.infos.count)
        let result = run?["results"]?.items?.first
        #expect(result?["ruleId"]?.text == "KEY005")
        #expect(result?["level"]?.text == "error")
        #expect(result?["locations"]?.items?.first?["physicalLocation"]?["artifactLocation"]?["uri"]?.text == "Samples/lint/KEY005.txt")
        #expect(result?["locations"]?.items?.first?["physicalLocation"]?["region"]?["startLine"]?.int == 1)
    }

    @Test func textReportEndsWithASummary() {
        let text = LintReport.text(lint(["Samples/lint/KEY005.txt"]), files: 1)
        #expect(text.hasSuffix("1 error, 0 warnings, 0 notes in 1 file\n"))
    }

    @Test func secretsStayOutOfFindings() {
        let findings = lint(["Samples/lint/SHR009.txt", "Samples/lint/SHR001.txt"])
        #expect(!findings.contains { $0.message.contains("farscape") || $0.message.contains("moya") || $0.message.contains("abc ") })
    }
}

/// The memo the platform table keeps its lookups in: each result is worked out once, and the
/// memo is forgotten when full rather than growing.
@Suite struct MemoTests {
    @Test func computesOnceAndStaysBounded() {
        let memo = Memo<String, Int>(limit: 2)
        var calls = 0
        let count = { (k: String) -> Int in calls += 1; return k.count }
        #expect(memo.value(for: "ab", count) == 2)
        #expect(memo.value(for: "ab", count) == 2)
        #expect(calls == 1)
        _ = memo.value(for: "abc", count)
        _ = memo.value(for: "abcd", count)  // full: forgotten, then kept
        #expect(calls == 3)
        #expect(memo.value(for: "ab", count) == 2)
        #expect(calls == 4)
    }
}
