import Foundation
import Testing
@testable import ASALicenseKit

/// Where the package's samples and the shared corpus are, found from this file's path.
enum Samples {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let root = packageRoot.appendingPathComponent("Samples")

    /// The folders whose inputs carry golden outputs beside them.
    static let goldenFolders = ["show-activation-key", "show-shared-license", "license-server-config", "edge-cases", "real-world"]

    /// Every golden input, as a path relative to the package root (`Samples/edge-cases/empty.txt`).
    static var goldenInputs: [String] {
        goldenFolders.flatMap { folder -> [String] in
            let dir = root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            return names.filter { $0.hasSuffix(".txt") }.sorted().map { "Samples/\(folder)/\($0)" }
        }
    }

    /// The bytes of a sample; a sample that is missing fails the test that asked for it rather
    /// than passing as empty input.
    static func bytes(_ relative: String, sourceLocation: SourceLocation = #_sourceLocation) -> [UInt8] {
        do {
            return try [UInt8](Data(contentsOf: packageRoot.appendingPathComponent(relative)))
        } catch {
            Issue.record("sample \(relative) cannot be read: \(error)", sourceLocation: sourceLocation)
            return []
        }
    }

    static func text(_ relative: String) -> String { String(decoding: bytes(relative), as: UTF8.self) }

    /// `../shared` beside the project, when this checkout has it.
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static var hasShared: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("corpus/real").path) }

    static func sharedFiles(_ folder: String) -> [URL] {
        let dir = shared.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { dir.appendingPathComponent($0) }
    }
}

/// Converts like `asalic convert` does, returning the output and the rendered diagnostics.
enum Convert {
    static func run(_ bytes: [UInt8], to format: OutputFormat, path: String, showSecrets: Bool = false) -> (output: String, diagnostics: String) {
        let (docs, diags) = InputReader.read(bytes)
        let named = docs.map { d in var d = d; d.source = d.source ?? path; return d }
        let out = format.render(named, options: OutputOptions(showSecrets: showSecrets))
        return (out, diags.map { $0.rendered(defaultPath: path) + "\n" }.joined())
    }
}

extension Samples {
    /// The text samples whose reading a medium's marks must not change (not empty, not
    /// `isEncoded`): path and text.
    static var textInputs: [(path: String, text: String)] {
        goldenInputs.compactMap { path in
            let text = text(path)
            return text.isEmpty || isEncoded(text) ? nil : (path, text)
        }
    }

    /// Text a medium's marks cannot be added to as to plain text: a byte-order mark first, or a
    /// mail's quoted-printable encoding (read only decoded).
    static func isEncoded(_ text: String) -> Bool {
        text.hasPrefix("\u{FEFF}") || Array(text.utf8).withUnsafeBufferPointer(QuotedPrintableInput.detect)
    }

    /// A sample printed by a program as strings of lines (Ansible's, Python's, the REST API's,
    /// NAPALM's JSON): a mark before its physical lines is no terminal's or code viewer's.
    static func isPrintedAsStrings(_ path: String) -> Bool {
        ["ansible", "python", "rest-api", "napalm"].contains { path.contains($0) }
    }

    /// Whether a line of `text` holds an output whose line breaks were lost (`FlattenedLines`).
    static func hasFlattenedLines(_ text: String) -> Bool {
        text.split(separator: "\n").contains { line in
            let bytes = Array(line.utf8)
            return bytes.withUnsafeBufferPointer { FlattenedLines.cuts($0.baseAddress!, 0, $0.count) } != nil
        }
    }

    /// Each line of `text` changed by `mark` (a quote mark, a time stamp added before it).
    static func eachLine(of text: String, _ mark: (Substring) -> String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(mark).joined(separator: "\n")
    }
}

/// Expects `changed` (a sample's text as a medium changed it, line for line) to read as `text`
/// does: the same documents, the same diagnostics on the same lines.
func expectSameReading(_ changed: String, as text: String, _ path: String) {
    let (bareDocs, bareDiags) = CaptureParser.parse(Array(text.utf8))
    let (docs, diags) = CaptureParser.parse(Array(changed.utf8))
    #expect(docs.map(\.withoutProvenance) == bareDocs.map(\.withoutProvenance), "\(path)")
    #expect(diags.map(\.code) == bareDiags.map(\.code), "\(path)")
    #expect(diags.map(\.span.line) == bareDiags.map(\.span.line), "\(path)")
}

/// Expects a file of `bytes` (`text` as a tool saved it: UTF-16, other line ends) to read
/// through `InputSource` as `text` does in memory: the same documents, the same diagnostics
/// but for the path. `name` tells the file apart in the temporary directory.
func expectFileReadsAsText(_ bytes: [UInt8], _ text: String, name: String) throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("asalic-\(name)-\(getpid()).txt")
    try Data(bytes).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let read = try InputSource(path: url.path).readAll()
    let bare = CaptureParser.parse(text)
    #expect(!read.documents.isEmpty)
    #expect(read.documents == bare.documents)
    #expect(read.diagnostics.map { $0.rendered() } == bare.diagnostics.map { d in var d = d; d.path = url.path; return d.rendered() })
}
