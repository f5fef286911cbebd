// Throughput of each row of BENCHMARKS.md's table, in the Swift ecosystem's harness: wall time,
// the custom metrics MB/s and mallocs/MB, malloc counts and peak memory per iteration.
//
//   cd .bench && ASALIC_BENCH_CORPUS=/tmp/asalic-bench/mixed-10M.txt swift package benchmark
//
// (`bash .bench/run.sh` makes the corpus with ../shared/bench/gen_corpus.py and runs this.)
// Instruction counts come from callgrind (`asalic-bench --only WORK`): this machine's virtual
// CPU has no hardware counters for the harness's `instructions` metric.
import ASALicenseKit
import Benchmark
import Foundation
import MallocInterposerSwift

let corpusPath = ProcessInfo.processInfo.environment["ASALIC_BENCH_CORPUS"] ?? "/tmp/asalic-bench/mixed-10M.txt"

/// The corpus, read once: the whole file in memory, so that the benchmarks measure asalic.
let corpus: [UInt8] = {
    guard let data = FileManager.default.contents(atPath: corpusPath) else {
        FileHandle.standardError.write(Data("Throughput: no corpus at \(corpusPath); make one with python3 ../../shared/bench/gen_corpus.py --kind mixed --bytes 10M --seed 7 > \(corpusPath), or set ASALIC_BENCH_CORPUS\n".utf8))
        exit(2)
    }
    return [UInt8](data)
}()

let megabytes = Double(corpus.count) / 1_048_576

var configuration: Benchmark.Configuration { .init(
    metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident, .custom("MB/s", polarity: .prefersLarger), .custom("mallocs/MB")],
    warmupIterations: 1,
    maxDuration: .seconds(20),
    maxIterations: 5
) }

/// Runs `work` over the corpus once per iteration and reports its throughput.
func register(_ name: String, _ work: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
    Benchmark(name, configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            let mallocs = MallocInterposerSwift.getStatistics().mallocCount
            let start = ContinuousClock.now
            corpus.withUnsafeBufferPointer(work)
            let seconds = (ContinuousClock.now - start) / .seconds(1)
            benchmark.measurement(.custom("MB/s", polarity: .prefersLarger), Int(megabytes / seconds))
            benchmark.measurement(.custom("mallocs/MB"), Int(Double(MallocInterposerSwift.getStatistics().mallocCount - mallocs) / megabytes))
        }
    }
}

let benchmarks: @Sendable () -> Void = {
    _ = corpus
    register("parse") { buffer in
        var n = 0
        CaptureParser.forEachDocument(in: buffer) { _, _ in n += 1 }
        blackHole(n)
    }
    register("lint") { buffer in
        var documents: [LintDocument] = []
        var read: [Diagnostic] = []
        CaptureParser.forEachDocument(in: buffer) { doc, diagnostics in
            if let doc { documents.append(LintDocument(path: "corpus", document: doc)) }
            read += diagnostics
        }
        blackHole(Linter().lint(documents, readDiagnostics: read))
    }
    for format in [OutputFormat.json, .jsonl, .yaml, .cli] {
        register("convert to \(format.rawValue)") { buffer in
            let out = format.sink()
            var written = 0
            CaptureParser.forEachDocument(in: buffer) { doc, _ in
                guard let doc else { return }
                out.write(doc)
                written += out.takeChunks().reduce(0) { $0 + $1.count }
            }
            out.finish()
            blackHole(written + out.takeChunks().reduce(0) { $0 + $1.count })
        }
    }
    // One capture on two cores, as `asalic convert --jobs 2` reads it.
    register("convert to json, 2 jobs") { buffer in
        let out = OutputFormat.json.sink()
        var offset = 0
        var written = 0
        ParallelCaptureStream(jobs: 2).forEachDocument(read: { target in
            let n = min(target.count, buffer.count - offset)
            target.copyMemory(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[offset..<(offset + n)]))
            offset += n
            return n
        }, transforms: {
            let renderer = OutputFormat.json.renderer()
            return renderer.piece
        }) { _, piece, _ in
            if let piece { out.write(piece) }
            written += out.takeChunks().reduce(0) { $0 + $1.count }
        }
        out.finish()
        blackHole(written + out.takeChunks().reduce(0) { $0 + $1.count })
    }
}
