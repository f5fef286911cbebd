// One work of the speed table, once, for instruction counts under callgrind (the benchmarks of
// record run in ordo-one/benchmark under .bench/, which valgrind cannot sensibly run):
//
//   swift build -c release --product asalic-bench
//   valgrind --tool=callgrind .build/release/asalic-bench FILE --only json
//
// `--only WORK`: parse, lint, json, jsonl, yaml or cli. Without it, every work runs three times
// and prints its best throughput: a quick look without the harness. With no file, a corpus is
// made by repeating the samples under Samples/ to --mb megabytes.
import ASALicenseKit
import Foundation

func peakRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // Linux reports KiB
}

@MainActor func measure(_ label: String, bytes: Int, _ body: () -> Int) {
    if let only, !label.hasSuffix(only) { return }
    let repeats = only == nil ? 3 : 1
    var best = Double.infinity
    var documents = 0
    for _ in 0..<repeats {
        let start = DispatchTime.now().uptimeNanoseconds
        documents = body()
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    let mb = Double(bytes) / 1_048_576
    let padded = label.padding(toLength: 18, withPad: " ", startingAt: 0)
    print(padded + String(format: "%8.1f MB/s  %7.3f s  %8d documents  (best of %d)", mb / best, best, documents, repeats))
}

var arguments = Array(CommandLine.arguments.dropFirst())
var megabytes = 20
var only: String?
if let i = arguments.firstIndex(of: "--only"), i + 1 < arguments.count {
    only = arguments[i + 1]
    arguments.removeSubrange(i...(i + 1))
}
if let i = arguments.firstIndex(of: "--mb"), i + 1 < arguments.count {
    megabytes = Int(arguments[i + 1]) ?? megabytes
    arguments.removeSubrange(i...(i + 1))
}

var corpus: [UInt8]
if let path = arguments.first {
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("asalic-bench: cannot read \(path)\n".utf8))
        exit(2)
    }
    corpus = [UInt8](data)
} else {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    var seed: [UInt8] = []
    for folder in ["show-activation-key", "show-shared-license", "license-server-config"] {
        let dir = root.appendingPathComponent("Samples/\(folder)")
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted() where name.hasSuffix(".txt") {
            if let d = FileManager.default.contents(atPath: dir.appendingPathComponent(name).path) { seed += d + [0x0A] }
        }
    }
    corpus = []
    corpus.reserveCapacity(megabytes << 20)
    while corpus.count < megabytes << 20 && !seed.isEmpty { corpus += seed }
}

print("corpus: \(corpus.count) bytes; \(ProcessInfo.processInfo.activeProcessorCount) cores")
print(String(format: "peak RSS before: %.1f MB", peakRSSMegabytes()))
corpus.withUnsafeBufferPointer { buffer in
    measure("parse", bytes: buffer.count) {
        var n = 0
        CaptureParser.forEachDocument(in: buffer) { _, _ in n += 1 }
        return n
    }
    do {
        measure("lint", bytes: buffer.count) {
            var docs: [LintDocument] = []
            var read: [Diagnostic] = []
            CaptureParser.forEachDocument(in: buffer) { doc, diags in
                if let doc { docs.append(LintDocument(path: "corpus", document: doc)) }
                read += diags
            }
            _ = Linter().lint(docs, readDiagnostics: read)
            return docs.count
        }
    }
    for format in [OutputFormat.jsonl, .json, .yaml, .cli] {
        measure("convert to \(format.rawValue)", bytes: buffer.count) {
            let out = format.sink()
            var n = 0
            var written = 0
            CaptureParser.forEachDocument(in: buffer) { doc, _ in
                guard let doc else { return }
                out.write(doc)
                written += out.takeChunks().reduce(0) { $0 + $1.count }
                n += 1
            }
            out.finish()
            written += out.takeChunks().reduce(0) { $0 + $1.count }
            return n
        }
    }
}
print(String(format: "peak RSS: %.1f MB (the corpus itself is %.1f MB)", peakRSSMegabytes(), Double(corpus.count) / 1_048_576))
