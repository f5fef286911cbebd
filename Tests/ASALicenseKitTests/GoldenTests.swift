import Foundation
import Testing
@testable import ASALicenseKit

/// Every sample against its golden outputs, byte for byte. To regenerate on purpose:
/// `ASALIC_UPDATE_GOLDENS=1 swift test --filter GoldenTests`, then review the diff.
@Suite struct GoldenTests {
    static let update = ProcessInfo.processInfo.environment["ASALIC_UPDATE_GOLDENS"] == "1"

    @Test(arguments: Samples.goldenInputs)
    func sampleMatchesGoldens(_ input: String) throws {
        let bytes = Samples.bytes(input)
        let base = String(input.dropLast(4))
        var outputs: [(String, String)] = []
        var diagnostics = ""
        for format in [OutputFormat.yaml, .json, .cli] {
            let (out, diags) = Convert.run(bytes, to: format, path: input)
            outputs.append((format.rawValue, out))
            diagnostics = diags
        }
        outputs.append(("diagnostics", diagnostics))
        for (ext, actual) in outputs {
            let url = Samples.packageRoot.appendingPathComponent("\(base).\(ext)")
            if Self.update {
                try actual.write(to: url, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOf: url, encoding: .utf8)
            #expect(actual == expected, "\(base).\(ext) differs from its golden")
        }
    }

    @Test func everyGoldenFolderHasSamples() {
        for folder in Samples.goldenFolders {
            #expect(Samples.goldenInputs.contains { $0.hasPrefix("Samples/\(folder)/") }, "no samples in \(folder)")
        }
    }
}
