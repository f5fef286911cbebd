import ASALicenseReport
import Foundation
import Testing
@testable import ASALicenseKit

/// `asalic report`: the same fleet in HTML, Markdown and CSV, and the HTML checked in a real
/// browser (headless Chromium, which `.ci/run` installs) when one is on the machine.
@Suite struct ReportTests {
    static func report(_ paths: [String]) -> FleetReport {
        var docs: [LintDocument] = []
        var read: [Diagnostic] = []
        for p in paths {
            let (d, g) = InputReader.read(Samples.bytes(p))
            docs += d.map { LintDocument(path: p, document: $0) }
            read += g.map { var x = $0; x.path = p; return x }
        }
        return FleetReport(docs, findings: Linter().lint(docs, readDiagnostics: read))
    }

    static let fleet = ["Samples/show-activation-key/example3-failover-primary-detail.txt", "Samples/show-activation-key/example4-failover-secondary-detail.txt",
                        "Samples/real-world/show-clock-dates-the-capture.txt", "Samples/lint/clean/shared-fleet.txt"]

    @Test func oneRowPerUnitWithWhatTheIssueAsksFor() throws {
        let r = Self.report(Self.fleet)
        let fw1 = try #require(r.units.first { $0.serial == "JMX1232L33P" })
        #expect(fw1.name == "fw1" && fw1.model == "ASA 5520" && fw1.tier == "VPN Plus")
        #expect(fw1.runningKey == "0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c")
        #expect(fw1.nearestExpiry?.expiresOn == CivilDate("2016-10-17"))
        let primary = try #require(r.units.first { $0.serial == "P3000000171" })
        #expect(primary.failoverRole == "primary" && primary.peer == "P3000000011")
        #expect(primary.errors + primary.warnings > 0, "the pair's findings are the unit's")
        #expect(r.pairs.count == 1 && r.pairs[0].rows.contains { $0.rules.contains(.FO005) })
        #expect(r.units.contains { $0.sharedRole == .participant && $0.sharedServer != nil })
        #expect(!r.shared.isEmpty)
    }

    @Test func markdownAndCSVHaveARowPerUnit() throws {
        let r = Self.report(Self.fleet)
        let md = MarkdownReport.render(r)
        // Each table: a header, a separator, its rows.
        let tableLines = md.components(separatedBy: "\n").filter { $0.hasPrefix("| ") }.count
        #expect(tableLines == r.units.count + 2 + r.pairs.map { $0.rows.count + 2 }.reduce(0, +))
        let csv = try CSVReport.render(r)
        let records = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(records.count == r.units.count + 1, "a header and a row per unit, CRLF (RFC 4180)")
        let bytes = Array(csv.utf8)
        #expect(bytes.indices.allSatisfy { bytes[$0] != 0x0A || ($0 > 0 && bytes[$0 - 1] == 0x0D) }, "every line ends in CRLF")
    }

    @Test func theHTMLStandsAlone() {
        let html = HTMLReport.render(Self.report(Self.fleet))
        for outside in ["<script", "<link", "src=", "url(", "@import", "http://", "https://"] where outside != "http://" {
            #expect(!html.contains(outside), "the page loads \(outside)")
        }
        // The one http:// is the SVG namespace, an identifier, not a load.
        #expect(html.components(separatedBy: "http://").count - 1 == html.components(separatedBy: "xmlns=\"http://www.w3.org/2000/svg\"").count - 1)
    }

    static let browser = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium", "/usr/lib/chromium/chromium-headless-shell"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The report of Samples/ rendered by headless Chromium: its DOM has a row per unit, one SVG
    /// bar per time-based license and every unit's findings; a screenshot is kept beside it
    /// (`.build/report/`, a CI artifact).
    @Test(.enabled(if: browser != nil, "no headless Chromium on this machine (.ci/run installs it)"))
    func aRealBrowserShowsTheReport() throws {
        let paths = try FileManager.default.subpathsOfDirectory(atPath: Samples.root.path)
            .filter { $0.hasSuffix(".txt") && !$0.hasPrefix("fuzz-regressions") }.sorted().map { "Samples/" + $0 }
        let r = Self.report(paths)
        let dir = Samples.packageRoot.appendingPathComponent(".build/report")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let page = dir.appendingPathComponent("report.html")
        try HTMLReport.render(r).write(to: page, atomically: true, encoding: .utf8)
        let dom = try Self.run(Self.browser!, ["--no-sandbox", "--disable-gpu", "--dump-dom", page.absoluteString])
        try dom.write(to: dir.appendingPathComponent("report.dom.html"), atomically: true, encoding: .utf8)
        _ = try? Self.run(Self.browser!, ["--no-sandbox", "--disable-gpu", "--window-size=1400,2000", "--screenshot=\(dir.appendingPathComponent("report.png").path)", page.absoluteString])
        let count = { (needle: String) in dom.components(separatedBy: needle).count - 1 }
        #expect(count("<tr class=\"unit\">") == r.units.count)
        #expect(count("class=\"bar\"") == r.units.map(\.timebased.count).reduce(0, +))
        #expect(count("class=\"finding ") == r.units.map(\.findings.count).reduce(0, +))
        #expect(r.units.map(\.timebased.count).reduce(0, +) > 0 && r.units.contains { !$0.findings.isEmpty })
        #expect(!dom.contains("<script") && !dom.contains("src=") && !dom.contains("<link"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("report.png").path))
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = arguments
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
