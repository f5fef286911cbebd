import ASALicenseKit
import Foundation

/// Converts many files, one output per input mirroring the tree, on several cores. A bad file
/// never stops the batch: it is reported and counted. Diagnostics are printed in input order
/// whatever order the files finish in, so a log reads the same on every run.
final class Batch: @unchecked Sendable {
    let inputs: [InputSource]
    let roots: [String]
    let outputDirectory: String
    let inputFormat: InputFormat?
    let format: OutputFormat
    let options: OutputOptions
    let asOf: AsOfOption
    let jobs: Int
    let quiet: Bool
    let progress: Progress

    private let lock = NSLock()
    private var results: [Result?]
    private var outputPaths: [String] = []
    private var nextToReport = 0
    private var nextToStart = 0
    private var done = (files: 0, documents: 0, bytes: 0, errors: 0, warnings: 0)
    private var worst: Int32 = 0

    struct Result {
        var status: Int32
        var documents: Int
        var bytes: Int
        var report: String
        var errors: Int
        var warnings: Int
    }

    init(inputs: [InputSource], roots: [String], outputDirectory: String, inputFormat: InputFormat?, format: OutputFormat, options: OutputOptions,
         asOf: AsOfOption, jobs: Int, quiet: Bool, progress: Bool) {
        self.asOf = asOf
        self.inputs = inputs
        self.roots = roots
        self.outputDirectory = outputDirectory
        self.inputFormat = inputFormat
        self.format = format
        self.options = options
        self.jobs = jobs
        self.quiet = quiet
        // The total (for the ETA) costs a stat per file: only worth it when progress is shown.
        let showProgress = Progress.wanted(force: progress, quiet: quiet)
        let total = !showProgress ? 0 : inputs.reduce(0) { sum, i in
            sum + ((i.path.flatMap { try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int }) ?? 0)
        }
        self.progress = Progress(enabled: showProgress, totalFiles: inputs.count, totalBytes: total)
        results = Array(repeating: nil, count: inputs.count)
        outputPaths = Batch.outputPaths(inputs.map { relativePath(for: $0) }, directory: outputDirectory, format: format)
    }

    /// One rule, whatever else the folder holds: `OUTDIR/<path below the directory given>` with
    /// the format's extension added (`a.txt` → `a.txt.json`), so that two inputs never share an
    /// output.
    static func outputPaths(_ relative: [String], directory: String, format: OutputFormat) -> [String] {
        relative.map { (directory as NSString).appendingPathComponent($0 + "." + format.rawValue) }
    }

    func run() throws -> Int32 {
        DispatchQueue.concurrentPerform(iterations: min(jobs, max(inputs.count, 1))) { _ in
            while let index = claim() {
                let result = convert(inputs[index], to: outputPaths[index])
                finish(index, result)
            }
        }
        progress.clear()
        if !quiet {
            let d = done
            Output.standardError("\(d.files) files, \(d.documents) documents, \(d.errors) errors, \(d.warnings) warnings")
        }
        return worst
    }

    private func claim() -> Int? {
        lock.withLock {
            guard nextToStart < inputs.count else { return nil }
            defer { nextToStart += 1 }
            return nextToStart
        }
    }

    /// The input's path below the directory it was found in (its name for a file given alone).
    func relativePath(for input: InputSource) -> String {
        let path = input.path ?? "stdin"
        var relative = (path as NSString).lastPathComponent
        for root in roots where path.hasPrefix(root.hasSuffix("/") ? root : root + "/") {
            relative = String(path.dropFirst(root.hasSuffix("/") ? root.count : root.count + 1))
            break
        }
        return relative
    }

    private func convert(_ input: InputSource, to outputPath: String) -> Result {
        var result = Result(status: 0, documents: 0, bytes: 0, report: "", errors: 0, warnings: 0)
        var named = options
        (named.source, named.asOf) = (input.displayPath, asOf.captureDate)
        let out = format.sink(options: named)
        do {
            let file = try AtomicFile(path: outputPath)
            do {
                var binary = false
                result.bytes = try input.forEachDocument(format: inputFormat) { doc, diagnostics in
                    if doc == nil && diagnostics.contains(where: { $0.code == .DOC007 }) { binary = true }
                    if let doc {
                        out.write(doc)
                        file.write(chunks: out.takeChunks())
                        result.documents += 1
                    }
                    result.errors += diagnostics.errorCount
                    result.warnings += diagnostics.warningCount
                    if diagnostics.hasErrors { result.status = max(result.status, 1) }
                    if !quiet && !diagnostics.isEmpty {
                        for i in diagnostics.indices {
                            diagnostics[i].render(into: &result.report, defaultPath: input.displayPath)
                            result.report += "\n"
                        }
                    }
                }
                // A binary file is skipped: it gets no output of its own.
                if binary {
                    file.discard()
                    return result
                }
                out.finish()
                file.write(chunks: out.takeChunks())
                if let failure = out.failure { throw WriteError(message: "cannot write '\(outputPath)': \(failure)") }
                try file.commit()
            } catch {
                file.discard()
                throw error
            }
        } catch let e as InputError {
            result.status = 2
            result.errors += 1
            result.report += "asalic: \(e.message)\n"
        } catch let e as WriteError {
            result.status = 2
            result.errors += 1
            result.report += "asalic: \(e.message)\n"
        } catch {
            result.status = 2
            result.errors += 1
            result.report += "asalic: \(input.displayPath): \(error)\n"
        }
        return result
    }

    private func finish(_ index: Int, _ result: Result) {
        lock.withLock {
            results[index] = result
            done.files += 1
            done.documents += result.documents
            done.bytes += result.bytes
            done.errors += result.errors
            done.warnings += result.warnings
            worst = max(worst, result.status)
            while nextToReport < results.count, let r = results[nextToReport] {
                if !r.report.isEmpty {
                    progress.clear()
                    FileHandle.standardError.write(Data(r.report.utf8))
                }
                results[nextToReport] = Result(status: r.status, documents: 0, bytes: 0, report: "", errors: 0, warnings: 0)
                nextToReport += 1
            }
            progress.update(files: done.files, documents: done.documents, bytes: done.bytes)
        }
    }
}
