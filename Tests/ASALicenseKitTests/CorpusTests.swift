import Foundation
import Testing
@testable import ASALicenseKit

/// Every file of the shared real-device corpus reads with no DOC001. Skipped where `../shared`
/// is absent (a user's clone).
@Suite(.enabled(if: Samples.hasShared, "../shared/corpus/real is not beside this checkout"))
struct CorpusTests {
    static let files: [URL] = ["activation-key", "show-version", "shared-license", "license-server-config"]
        .flatMap { Samples.sharedFiles("corpus/real/\($0)") }

    @Test func corpusIsPresent() {
        #expect(Self.files.count >= 10)
    }

    @Test(arguments: files)
    func readsWithNoUnparsedLine(_ url: URL) throws {
        let bytes = try [UInt8](Data(contentsOf: url))
        let (docs, diagnostics) = InputReader.read(bytes)
        #expect(!diagnostics.contains { $0.code == .DOC001 }, "\(diagnostics.map { $0.rendered() })")
        #expect(docs.allSatisfy { $0.unparsed.isEmpty })
        #expect(!docs.isEmpty)
    }

    /// The licensing document lints with no error but KEY001, which the rule catalog gives its
    /// placeholder keys (`0xyadayad2`, `Oxyadayad3`): as written (Markdown), and as its page
    /// reads copied as text, with no fences, bold or italics (a syntax's placeholders are plain
    /// words then, an example's caption a plain line, a list after the sentence before it).
    @Test func theLicensingDocumentLintsWithNoFalseError() throws {
        let url = Samples.shared.appendingPathComponent("spec/asa-pak-licensing.txt")
        let markdown = try String(contentsOf: url, encoding: .utf8)
        let page = markdown.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("```") ? "" : $0.replacingOccurrences(of: "*", with: "").replacingOccurrences(of: "\\_", with: "_") }
            .joined(separator: "\n")
        for (name, text) in [("markdown", markdown), ("page", page)] {
            let (docs, read) = InputReader.read(Array(text.utf8))
            #expect(docs.count > 20, "\(name)")
            let errors = Linter().lint(docs.map { LintDocument(path: name, document: $0) }, readDiagnostics: read)
                .filter { $0.severity == .error && $0.code != .KEY001 }
            #expect(errors.isEmpty, "\(name): \(errors.map { $0.rendered() })")
        }
    }

    @Test func showVersionLicenseBlocksAreTyped() throws {
        let url = Samples.shared.appendingPathComponent("corpus/real/show-version/ntc-isa3000-9.16.txt")
        let (docs, _) = InputReader.read(try [UInt8](Data(contentsOf: url)))
        guard case .activationKey(let ak)? = docs.first?.content else {
            Issue.record("expected an activation-key document")
            return
        }
        #expect(ak.showVersion?.hardware == "ISA-3000-2C2F")
        #expect(ak.serialNumber?.text == "9AT1L9EX0DF")
        #expect(ak.runningPermanentKey?.isWellFormed == true)
        #expect(ak.running?.platform?.tier == "Base")
        #expect(ak.running?.platform?.model == nil)
        #expect(ak.notices.count == 1)
        #expect(ak.running?.row(.totalVPNPeers)?.value == .count(7))
    }
}
