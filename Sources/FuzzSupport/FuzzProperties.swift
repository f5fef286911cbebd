import ASALicenseKit
#if canImport(Glibc)
import Glibc
#endif

/// The properties every fuzz target checks on every input. In a fuzzer a violation aborts, so
/// libFuzzer keeps the input as a crash to replay; tests replay the same checks and report it.
public enum FuzzProperties {
    struct Violation: Error {
        var message: String
    }
    public static func fail(_ message: String) -> Never {
        printError("fuzz property violated: \(message)")
        abort()
    }

    static func printError(_ message: String) {
        var text = message + "\n"
        text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    }

    /// Every diagnostic points inside the input: a line that exists, a column on it (or just past
    /// its end).
    static func checkLocated(_ diagnostics: [Diagnostic], in bytes: [UInt8]) throws {
        var lengths: [Int] = []
        var current = 0
        for b in bytes {
            if b == 0x0A { lengths.append(current); current = 0 } else { current += 1 }
        }
        lengths.append(current)
        for d in diagnostics where d.span.isKnown {
            guard d.span.line >= 1, d.span.line <= lengths.count else { throw Violation(message: "line \(d.span.line) of \(lengths.count): \(d.rendered())") }
            guard d.span.column >= 1, d.span.column <= lengths[d.span.line - 1] + 2 else { throw Violation(message: "column out of its line: \(d.rendered())") }
        }
    }

    /// The canonical CLI of each document, and of them all, parses again to the same text.
    static func checkCLIFixedPoint(_ documents: [Document]) throws {
        let options = OutputOptions(showSecrets: true)
        for doc in documents {
            let first = CLIWriter.text(doc, options: options)
            // Read back as CLI: sniffing the format is another matter (an unparsed `{` line is CLI here).
            // Each document read back, joined as they were written: a document that reads back as
            // two is the capture property's concern, below.
            let again = CaptureParser.parse(first).documents.map { CLIWriter.text($0, options: options) }.joined(separator: "\n")
            guard first == again else { throw Violation(message: "canonical CLI is not a fixed point:\n--- first\n\(first)--- again\n\(again)") }
        }
        // And the whole capture, as `asalic convert --to cli` writes it: read again, the
        // documents split where they did, each line in the document it came from.
        let first = OutputFormat.cli.render(documents, options: options)
        let again = OutputFormat.cli.render(CaptureParser.parse(first).documents, options: options)
        guard first == again else { throw Violation(message: "the capture's canonical CLI is not a fixed point:\n--- first\n\(first)--- again\n\(again)") }
    }

    /// YAML and JSON read back to the same model.
    static func checkTreeRoundTrip(_ documents: [Document]) throws {
        for format in [OutputFormat.yaml, .json] {
            let text = format.render(documents, options: OutputOptions(showSecrets: true))
            let back = InputReader.read(text).documents
            guard back == documents else { throw Violation(message: "\(format) does not read back to the same model:\n\(text)") }
        }
    }

    /// `bytes` parsed as `asalic convert` streams a file: read `chunk` bytes at a time.
    public static func streamed(_ bytes: [UInt8], chunk: Int, limits: ParseLimits = .default) -> (documents: [Document], diagnostics: [Diagnostic]) {
        var documents: [Document] = []
        var diagnostics: [Diagnostic] = []
        var offset = 0
        CaptureStream(chunkSize: chunk, limits: limits).forEachDocument(read: { buffer in
            let n = min(buffer.count, bytes.count - offset)
            for i in 0..<n { buffer[i] = bytes[offset + i] }
            offset += n
            return n
        }) { doc, diags in
            if let doc { documents.append(doc) }
            diagnostics += diags
        }
        return (documents, diagnostics)
    }

    /// Parsed in chunks, as `asalic convert` streams it, the input reads as it does whole.
    static func checkStreamedEqualsWhole(_ input: [UInt8], whole: [Document], _ wholeDiagnostics: [Diagnostic]) throws {
        let (documents, diagnostics) = streamed(input, chunk: 4096)
        guard documents == whole, documents.map(\.sourceLines) == whole.map(\.sourceLines) else {
            let options = OutputOptions(showSecrets: true)
            throw Violation(message: "streamed in chunks, the input gives other documents than whole:\n--- whole\n\(OutputFormat.yaml.render(whole, options: options))--- streamed\n\(OutputFormat.yaml.render(documents, options: options))")
        }
        guard diagnostics == wholeDiagnostics else {
            throw Violation(message: "streamed in chunks, the input gives other diagnostics than whole:\n--- whole\n\(wholeDiagnostics.map { $0.rendered() }.joined(separator: "\n"))\n--- streamed\n\(diagnostics.map { $0.rendered() }.joined(separator: "\n"))")
        }
    }

    /// Device text, with a prompt line that sends it to one parser first; nil when every
    /// property holds, else what failed.
    public static func violation(deviceText bytes: [UInt8], prefix: String) -> String? {
        let input = Array(prefix.utf8) + bytes
        let (documents, diagnostics) = CaptureParser.parse(input)
        do {
            try checkLocated(diagnostics, in: input)
            try checkCLIFixedPoint(documents)
            try checkTreeRoundTrip(documents)
            try checkStreamedEqualsWhole(input, whole: documents, diagnostics)
            // As a file is read (a diff's text made, a mail's decoded, …), when that is another text.
            if let made = input.withUnsafeBufferPointer(InputReader.decodedText), made != input {
                let (documents, diagnostics) = CaptureParser.parse(made)
                try checkLocated(diagnostics, in: made)
                try checkCLIFixedPoint(documents)
                try checkTreeRoundTrip(documents)
            }
        } catch {
            return (error as? Violation)?.message ?? "\(error)"
        }
        return nil
    }

    /// asalic's own YAML or JSON: whatever reads, writes and reads back the same.
    public static func violation(ownFormat bytes: [UInt8]) -> String? {
        let (documents, diagnostics) = InputReader.read(bytes)
        do {
            // (Device text is located in the text it is read as: decoded, its lines ending with line feeds.)
            let read = bytes.withUnsafeBufferPointer { InputFormat.detect($0) == .cli ? InputReader.decodedText($0) : nil } ?? bytes
            try checkLocated(diagnostics, in: read)
            try checkTreeRoundTrip(documents)
        } catch {
            return (error as? Violation)?.message ?? "\(error)"
        }
        return nil
    }

    /// The prompt each device-text target puts first, by target name.
    public static let prefixes = [
        "activation-key": "fw# show activation-key detail\n",
        "shared-license": "fw# show shared license detail\n",
        "config": "fw# configure terminal\n",
    ]

    /// The check of one fuzz target: nil when every property holds.
    public static func violation(target: String, _ bytes: [UInt8]) -> String? {
        if let prefix = prefixes[target] { return violation(deviceText: bytes, prefix: prefix) }
        return violation(ownFormat: bytes)
    }

    /// For a fuzzer: abort on a violation, so libFuzzer keeps the input.
    public static func enforce(target: String, _ data: UnsafePointer<UInt8>, _ count: Int) {
        if let message = violation(target: target, Array(UnsafeBufferPointer(start: data, count: count))) { fail(message) }
    }

    /// Outside fuzzing: replay the files named on the command line through `check`.
    public static func replay(_ check: (UnsafePointer<UInt8>, Int) -> Void) {
        for path in CommandLine.arguments.dropFirst() {
            guard let f = fopen(path, "rb") else { printError("cannot read \(path)"); continue }
            var bytes: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = fread(&chunk, 1, chunk.count, f)
                if n <= 0 { break }
                bytes += chunk[0..<n]
            }
            fclose(f)
            bytes.append(0)  // a valid pointer even for an empty file
            bytes.withUnsafeBufferPointer { check($0.baseAddress!, $0.count - 1) }
            print("ok \(path)")
        }
    }
}
