import ArgumentParser
import ASALicenseKit
import Foundation

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert license text (or asalic's own YAML/JSON) to YAML, JSON, JSON Lines or canonical CLI.",
        discussion: """
            Reads each FILE (or directory, or '-' for standard input); the kind of each input is detected from its content, and device text is read as a stream, one document at a time. Results go to stdout, or with -o to a file; with several inputs or a directory and -o DIR, one output per input file, mirroring the tree, converted by --jobs workers. Diagnostics go to stderr. Exit status: 0 clean, 1 errors in the input, 2 usage or I/O errors (the worst over all files).
            """
    )



    @OptionGroup var reading: InputOptions

    @OptionGroup var fingerprints: FingerprintOptions

    @OptionGroup var dating: AsOfOption

    @Option(name: .customLong("to"), help: "Output format: yaml, json, jsonl or cli.")
    var format: OutputFormat = .yaml

    @Option(name: .shortAndLong, help: "Write to this file (atomically); a directory for a batch.")
    var output: String?

    @Option(help: "Threads at work (default: all cores): files converted at once in a batch; one large capture is cut at its prompt lines and read on as many threads, with the same output.")
    var jobs: Int?





    @Flag(name: .shortAndLong, help: "Print no diagnostics and no progress.")
    var quiet = false

    @Flag(help: "Show progress even when stderr is not a terminal.")
    var progress = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    /// A batch writes one output per input: several inputs, a directory, or -o naming a directory.
    func isBatch(_ inputs: [InputSource]) -> Bool {
        guard let output else { return false }
        var isDirectory: ObjCBool = false
        let existingDirectory = FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) && isDirectory.boolValue
        return existingDirectory || output.hasSuffix("/") || inputs.count > 1 || reading.files.contains { path in
            var d: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &d) && d.boolValue
        }
    }

    func run() throws {
        try fingerprints.apply()
        Interrupts.install()
        let inputs = reading.sources
        // Several inputs write one output each into a directory: a file name there is a mistake
        // (it would silently become a directory).
        if let output, reading.files.count > 1, !output.hasSuffix("/") {
            var isDirectory: ObjCBool = false
            if !(FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) && isDirectory.boolValue) {
                Output.standardError("asalic: -o '\(output)' with several inputs must be an existing directory (or end in '/')")
                throw ExitCode(2)
            }
        }
        let options = OutputOptions(showSecrets: reading.showSecrets)
        if isBatch(inputs), let output {
            let status = try Batch(inputs: inputs, roots: reading.files, outputDirectory: output, inputFormat: reading.inputFormat, format: format, options: options, asOf: dating,
                                   jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, quiet: quiet, progress: progress).run()
            if status != 0 { throw ExitCode(status) }
            return
        }
        let out = format.sink(options: options)
        let file = try output.map { try AtomicFile(path: $0) }
        func flush() {
            let chunks = out.takeChunks()
            if let file { file.write(chunks: chunks) } else { Output.standardOutput(chunks: chunks) }
        }
        var status: Int32 = 0
        var anyRead = false
        var unflushed = 0
        for input in inputs where !Output.hasFailed {
            do {
                // Documents are rendered where they are parsed: on every core for one large capture.
                var named = options
                (named.source, named.asOf) = (input.displayPath, dating.captureDate)
                try input.forEachDocument(format: reading.inputFormat, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, transforms: {
                    let renderer = format.renderer(options: named)
                    return { doc in renderer.piece(doc) }
                }) { _, piece, diagnostics in
                    if let piece {
                        out.write(piece)
                        unflushed += 1
                    }
                    // A write per 64 documents, not per document.
                    if unflushed >= 64 {
                        flush()
                        unflushed = 0
                    }
                    if diagnostics.hasErrors { status = max(status, 1) }
                    if !quiet { Output.report(diagnostics, path: input.displayPath) }
                }
                anyRead = true
            } catch let e as InputError {
                Output.standardError("asalic: \(e.message)")
                status = 2
            }
        }
        // When no input could be read there is nothing to write: an output file keeps what it
        // had, and standard output gets no empty stream.
        guard anyRead else {
            file?.discard()
            throw ExitCode(2)
        }
        out.finish()
        flush()
        if let failure = out.failure {
            file?.discard()
            Output.standardError("asalic: \(failure)")
            throw ExitCode(2)
        }
        try file?.commit()
        try Output.checkWritten()
        if status != 0 { throw ExitCode(status) }
    }
}

extension OutputFormat: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}
