import Foundation
import FuzzSupport
import Testing

/// Every input a fuzzer ever crashed on (Samples/fuzz-regressions/<target>/), replayed through
/// the same properties the fuzz target checks; and every sample, as the fuzzers' seeds.
@Suite struct FuzzRegressionTests {
    static let targets = ["activation-key", "shared-license", "config", "yaml", "json"]

    static var regressions: [(String, String)] {
        targets.flatMap { t -> [(String, String)] in
            let dir = Samples.root.appendingPathComponent("fuzz-regressions/\(t)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            return names.sorted().map { (t, "Samples/fuzz-regressions/\(t)/\($0)") }
        }
    }

    @Test func thereAreRegressions() {
        #expect(!Self.regressions.isEmpty)
    }

    @Test(arguments: regressions)
    func crashReplaysClean(_ target: String, _ path: String) {
        let violation = FuzzProperties.violation(target: target, Samples.bytes(path))
        #expect(violation == nil, "\(path): \(violation ?? "")")
    }

    @Test(arguments: Samples.goldenInputs)
    func seedsHoldEveryProperty(_ path: String) {
        for target in ["activation-key", "shared-license", "config"] {
            let violation = FuzzProperties.violation(target: target, Samples.bytes(path))
            #expect(violation == nil, "\(target) \(path): \(violation ?? "")")
        }
    }
}
