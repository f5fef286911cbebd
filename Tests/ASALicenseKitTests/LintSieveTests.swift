import Testing
@testable import ASALicenseKit

/// A lint session that counts findings below a severity, or lets go those a baseline records,
/// keeps exactly the others (in the same order) and counts exactly the ones it let go; a report
/// handed over in pieces is the report made whole.
@Suite struct LintSieveTests {
    func documents() -> [LintDocument] {
        let paths = LintSessionTests().files("lint") + Samples.goldenInputs
        return LintSessionTests().documents(paths)
    }

    func findings(_ docs: [LintDocument], linter: Linter = Linter(), keepsFrom: Severity = .note, baseline: LintBaseline? = nil) -> ([Diagnostic], SeverityCounts) {
        var session = LintSession(linter: linter)
        session.keepsFrom = keepsFrom
        session.baseline = baseline
        for d in docs { session.add(d) }
        session.addReadDiagnostics([Diagnostic(.note, .DOC001, "a note of reading", at: SourceSpan(line: 3, column: 1, offset: 0), path: "read.txt"),
                                    Diagnostic(.error, .DOC001, "an error of reading", at: SourceSpan(line: 4, column: 1, offset: 0), path: "read.txt")])
        let kept = session.finish()
        return (kept, session.notKept)
    }

    func counts(_ findings: [Diagnostic]) -> SeverityCounts {
        // Counted here one by one, not by the type's own counting, which the test also checks.
        var c = SeverityCounts()
        for f in findings { c[f.severity] += 1 }
        #expect(c == SeverityCounts(counting: findings))
        return c
    }

    @Test(arguments: [Severity.warning, .error])
    func findingsBelowASeverityAreCountedNotKept(_ floor: Severity) {
        let docs = documents()
        let (all, none) = findings(docs)
        #expect(none == SeverityCounts())
        #expect(Set(all.map(\.severity)) == Set(Severity.allCases), "the samples give findings of every severity")
        let (kept, notKept) = findings(docs, keepsFrom: floor)
        #expect(kept == all.filter { $0.severity >= floor })
        #expect(kept.allSatisfy { !$0.message.isEmpty }, "a kept finding is spelled in full")
        #expect(all.contains { $0.code == .FO007 }, "the samples give notes a rule may leave unspelled when only counted")
        #expect(notKept == counts(all.filter { $0.severity < floor }))
        #expect(notKept.total > 0)
        // The text report says the same of both.
        #expect(LintReport.text(kept, files: 3, minSeverity: floor, notKept: notKept) == LintReport.text(all, files: 3, minSeverity: floor))
    }

    @Test func disabledRulesAreNeitherKeptNorCounted() {
        var linter = Linter()
        linter.disabled = ["TIME", "PLAT003"]
        let docs = documents()
        let (all, _) = findings(docs, linter: linter)
        #expect(!all.contains { $0.code.family == "TIME" || $0.code == .PLAT003 })
        let (kept, notKept) = findings(docs, linter: linter, keepsFrom: .error)
        #expect(kept == all.filter { $0.severity == .error })
        #expect(notKept == counts(all.filter { $0.severity < .error }))
    }

    @Test func findingsTheBaselineRecordsAreLetGo() {
        let docs = documents()
        let (all, _) = findings(docs)
        // A baseline of every other finding: the others, and only they, are kept or counted.
        let baseline = LintBaseline(all.enumerated().filter { $0.offset % 2 == 0 }.map(\.element))
        let new = baseline.new(all)
        #expect(!new.isEmpty && new.count < all.count)
        let (kept, none) = findings(docs, baseline: baseline)
        #expect(kept == new && none == SeverityCounts())
        let (warned, notKept) = findings(docs, keepsFrom: .warning, baseline: baseline)
        #expect(warned == new.filter { $0.severity >= .warning })
        #expect(notKept == counts(new.filter { $0.severity < .warning }))
    }

    @Test func reportsInPiecesAreTheReportsWhole() {
        // Enough findings for several pieces of each report.
        let one = findings(documents()).0
        var many: [Diagnostic] = []
        while many.count < 3 * LintReport.pieceSize / 40 { many += one }
        for list in [[], one, many] {
            var pieces: [[UInt8]] = []
            LintReport.text(list, files: 2, minSeverity: .warning) { pieces.append($0) }
            #expect(String(decoding: pieces.joined(), as: UTF8.self) == LintReport.text(list, files: 2, minSeverity: .warning))
            if list.count == many.count { #expect(pieces.count > 2) }
            pieces = []
            LintReport.json(list) { pieces.append($0) }
            #expect(String(decoding: pieces.joined(), as: UTF8.self) == LintReport.json(list))
            if list.count == many.count { #expect(pieces.count > 2 && pieces.dropLast().allSatisfy { $0.count >= LintReport.pieceSize }) }
            pieces = []
            LintReport.sarif(list, toolVersion: "t") { pieces.append($0) }
            #expect(String(decoding: pieces.joined(), as: UTF8.self) == LintReport.sarif(list, toolVersion: "t"))
            if list.count == many.count { #expect(pieces.count > 2) }
        }
    }
}

/// A diagnostic renders as `path:line:col: severity: message [CODE]`, in bytes as in text.
@Suite struct DiagnosticRenderTests {
    @Test func rendersGccStyle() {
        let cases: [(Diagnostic, String)] = [
            (Diagnostic(.error, .KEY005, "serial number 'JMX123' has 6 characters", at: SourceSpan(line: 12, column: 16, offset: 300), path: "a/b.txt"),
             "a/b.txt:12:16: error: serial number 'JMX123' has 6 characters [KEY005]"),
            (Diagnostic(.note, .FO007, "Failover Active/Active → Active/Standby: «ü»", at: .none),
             "<in>:1:1: note: Failover Active/Active → Active/Standby: «ü» [FO007]"),
            (Diagnostic(.warning, .DOC005, "", at: SourceSpan(line: 1_234_567_890, column: 99_999, offset: 0), path: ""),
             ":1234567890:99999: warning:  [DOC005]"),
        ]
        for (d, expected) in cases {
            #expect(d.rendered(defaultPath: "<in>") == expected)
            var bytes: [UInt8] = Array("before\n".utf8)
            d.render(into: &bytes, defaultPath: "<in>")
            #expect(bytes == Array(("before\n" + expected).utf8))
            var text = "before\n"
            d.render(into: &text, defaultPath: "<in>")
            #expect(text == "before\n" + expected)
        }
    }
}
