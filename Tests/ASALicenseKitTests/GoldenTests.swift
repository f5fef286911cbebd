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

/// The JSON Schema of the output, generated from the shape the writer and reader use: kept under
/// Samples/ as a file users can point a validator at, and compared byte for byte so that a
/// change of the output's shape shows in review. CI validates every JSON output against it.
@Suite struct SchemaTests {
    @Test func theSchemaMatchesItsGolden() throws {
        let url = Samples.root.appendingPathComponent("schema/asalic-document.schema.json")
        let actual = OutputSchema.json()
        if GoldenTests.update {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(actual == (try String(contentsOf: url, encoding: .utf8)), "Samples/schema/asalic-document.schema.json differs")
    }

    @Test func theSchemaDescribesEveryMapOfTheShape() {
        let titles = OutputSchema.maps().map { $0.title }
        #expect(Set(titles).count == titles.count, "two maps share a title")
        // One per key type declared in Shape/ and Kinds/: a map added there is reachable from a document.
        let folders = ["Sources/ASALicenseKit/Shape", "Sources/ASALicenseKit/Kinds"].map { Samples.packageRoot.appendingPathComponent($0) }
        let files = folders.flatMap { (try? FileManager.default.contentsOfDirectory(at: $0, includingPropertiesForKeys: nil)) ?? [] }
        let declared = files.map { ((try? String(contentsOf: $0, encoding: .utf8)) ?? "").components(separatedBy: ": String, TreeKeys {").count - 1 }.reduce(0, +)
        #expect(titles.count == declared, "\(titles)")
        let schema = OutputSchema.json()
        for title in titles { #expect(schema.contains("\"\(title)\": {"), "\(title) not in $defs") }
    }

    @Test func everyCommandKindHasItsNameInTheShape() {
        let commands: [ConfigCommand.Kind] = [.secret(Secret.parse("abcd")), .refreshInterval(30), .port(1), .backupServer(address: IPAddress("10.0.0.1"), backupID: "x", haBackupID: nil),
                                              .enable(interface: "inside"), .address(IPAddress("10.0.0.1"), secret: Secret.parse("abcd"), port: nil),
                                              .backupEnable(interface: "inside"), .backupAddress(IPAddress("10.0.0.2")), .activationKey(ActivationKey("0x1 0x2 0x3 0x4 0x5"), action: nil)]
        #expect(commands.map { ConfigCommand($0).commandName } == CommandKey.commandNames)
    }
}
