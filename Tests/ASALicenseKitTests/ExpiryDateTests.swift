import Foundation
import Testing
@testable import ASALicenseKit

/// With the capture date known — a `show clock` of the unit earlier in the capture, or
/// `--as-of` — time-based licenses carry expiry dates, and convert, lint and diff give the same.
@Suite struct ExpiryDateTests {
    static let sample = "Samples/real-world/show-clock-dates-the-capture.txt"

    @Test func aShowClockDatesThatUnitsOutputsAfterIt() {
        let docs = InputReader.read(Samples.bytes(Self.sample)).documents
        #expect(docs.count == 2)
        #expect(docs[0].asOf == CaptureDate(date: CivilDate("2016-08-18")!, source: .showClock))
        #expect(docs[1].asOf == nil, "fw2's outputs are not dated by fw1's clock")
    }

    @Test func clockLinesAreRead() {
        let read = { (s: String) in LineLexer.lexing(s) { ShowClock.date($0) } }
        #expect(read("10:21:17.527 UTC Thu Aug 18 2016") == CivilDate("2016-08-18"))
        #expect(read("*10:21:17.527 UTC Thu Feb 29 2024") == CivilDate("2024-02-29"))
        #expect(read("10:21:17.527 CEST Mon Mar 7 2016") == CivilDate("2016-03-07"))
        #expect(read("10:21:17.527 UTC Thu Feb 30 2016") == nil, "no such day")
        #expect(read("Serial Number: JMX1232L33P") == nil)
    }

    @Test func rowsAndKeysCarryExpiresOnNextToTheirDays() throws {
        let json = OutputFormat.json.render(InputReader.read(Samples.bytes(Self.sample)).documents)
        let docs = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let asOf = docs[0]["as_of"] as? [String: String]
        #expect(asOf == ["date": "2016-08-18", "source": "show-clock"])
        let running = (docs[0]["running"] as? [String: Any])?["features"] as? [[String: Any]] ?? []
        let premium = running.first { $0["id"] as? String == "anyconnect-premium-peers" }
        #expect(premium?["days"] as? Int == 60)
        #expect(premium?["expires_on"] as? String == "2016-10-17")
        #expect(running.first { $0["id"] as? String == "security-contexts" }?["expires_on"] == nil, "perpetual: no date")
        let key = (docs[0]["active_timebased_keys"] as? [[String: Any]])?.first
        #expect(key?["expires_on"] as? String == "2016-10-17")
        let undated = (docs[1]["running"] as? [String: Any])?["features"] as? [[String: Any]] ?? []
        #expect(undated.first?["days"] as? Int == 90 && undated.first?["expires_on"] == nil, "without a date: days only")
    }

    @Test func lintSaysTheDateConvertWrites() {
        let (docs, read) = InputReader.read(Samples.bytes(Self.sample))
        let findings = Linter().lint(docs.map { LintDocument(path: Self.sample, document: $0) }, readDiagnostics: read)
        #expect(findings.contains { $0.code == .TIME006 && $0.message.contains("until 2016-10-17") })
        var options = LintOptions()
        options.asOf = CivilDate("2016-09-01")
        let dated = Linter(options: options).lint(docs.map { LintDocument(path: Self.sample, document: $0) }, readDiagnostics: read)
        #expect(dated.contains { $0.code == .TIME006 && $0.message.contains("until 2016-10-31") }, "--as-of wins over the clock")
        #expect(dated.contains { $0.code == .TIME006 && $0.message.contains("Botnet") && $0.message.contains("until 2016-11-30") })
    }

    @Test func diffShowsEachSidesExpiryDate() {
        let docs = InputReader.read(Samples.bytes(Self.sample)).documents
        var later = docs[0]
        later.asOf = CaptureDate(date: CivilDate("2016-08-28")!, source: .option)
        if case .activationKey(var ak) = later.content, var running = ak.running {
            running.rows = running.rows.map { r in
                var r = r
                if r.term?.days == 60 { r.term = .days(50) }
                return r
            }
            ak.running = running
            later.content = .activationKey(ak)
        }
        let diffs = DocumentDiff.compare(docs[0], later)
        let json = DiffReport.json(diffs)
        // Ten days later, ten days fewer: the same expiry date on both sides.
        #expect(json.components(separatedBy: "\"expires_on\":\"2016-10-17\"").count - 1 == 2, "\(json)")
    }
}
