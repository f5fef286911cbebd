import Dispatch

/// Reads one large capture on several cores and hands over exactly what `CaptureStream` hands
/// over, in the same order. The capture is cut into segments where streaming cuts it (before a
/// prompt line); each segment is parsed on its own from a cursor that knows only where it
/// starts, and the segments are joined in order (`CaptureCursor.adopt`) — a segment whose parse
/// could depend on what came before (a bare pager line before it, the diagnostic limit reached)
/// is parsed again from the true cursor. Each document then goes through `transform`
/// (rendering, say) on the workers, and to `body` in input order.
///
/// The work runs as a pipeline of rounds of segments: while the workers parse round r and
/// transform round r-1, one of them hands round r-2 to `body` and reads round r+1; only the
/// join runs alone. Memory holds three rounds: segments are small (32 KiB, four per job a
/// round), since the model of a segment takes many times its bytes (measured on 50 MB of the
/// mixed corpus: peak RSS 47 MB with 32 KiB segments, 147 MB with 256 KiB, at the same speed).
public struct ParallelCaptureStream {
    public var jobs: Int
    public var segmentSize: Int
    public var limits: ParseLimits

    public init(jobs: Int, segmentSize: Int = 1 << 15, limits: ParseLimits = .default) {
        self.jobs = max(jobs, 1)
        self.segmentSize = max(segmentSize, 4096)
        self.limits = limits
    }

    private typealias Segment = (bytes: [UInt8], line: Int, offset: Int)
    private typealias Item = (document: Document, diagnostics: [Diagnostic])

    /// `read`: as for `CaptureStream`. `transforms`: makes one transform per work item, each
    /// called on one thread at a time. `body`: each document with its transform's result and
    /// the diagnostics that go with it (no document: diagnostics about text that holds none).
    @discardableResult
    public func forEachDocument<T>(
        read: (UnsafeMutableRawBufferPointer) -> Int,
        transforms makeTransform: () -> (Document) -> T,
        _ body: (Document?, T?, [Diagnostic]) -> Void
    ) -> Bool {
        // Work items per round: more than threads, so that one slow item leaves no core idle.
        let items = jobs * 4
        let transforms = (0..<items).map { _ in makeTransform() }
        let limits = self.limits
        var segments = CaptureSegments(chunkSize: segmentSize)
        var cursor = CaptureCursor()
        var next = (line: 1, offset: 0)
        var readAll = false
        func readRound() -> [Segment] {
            var round: [Segment] = []
            while !readAll && round.count < items, let (bytes, last) = segments.next(read: read) {
                round.append((bytes, next.line, next.offset))
                next = (next.line + bytes.withUnsafeBufferPointer(ByteText.lineFeeds), next.offset + bytes.count)
                readAll = last
            }
            return round
        }

        var parsing = readRound()                // round r: to parse
        var lastParsing = readAll
        var rendering: [Item] = []               // round r-1: joined, to transform
        var delivering: (items: [Item], results: [T]) = ([], [])  // round r-2
        var alone: [Diagnostic]?                 // a capture with no document: the end's diagnostics
        while !parsing.isEmpty || !rendering.isEmpty || !delivering.items.isEmpty {
            let share = max(1, (rendering.count + items - 1) / items)
            let shares = (rendering.count + share - 1) / share
            var runs = [SegmentRun?](repeating: nil, count: parsing.count)
            var results = [[T]](repeating: [], count: shares)
            var upcoming: [Segment] = []
            let (toParse, toRender, toDeliver) = (parsing, rendering, delivering)
            runs.withUnsafeMutableBufferPointer { runs in
                results.withUnsafeMutableBufferPointer { results in
                    nonisolated(unsafe) let (runs, results) = (runs, results)
                    // Each item writes only its own slot; the last item hands over and reads on.
                    Workers.run(toParse.count + shares + 1) { i in
                        if i < toParse.count {
                            let s = toParse[i]
                            runs[i] = s.bytes.withUnsafeBufferPointer { SegmentRun($0, line: s.line, offset: s.offset, limits: limits) }
                        } else if i < toParse.count + shares {
                            let w = i - toParse.count
                            results[w] = toRender[(w * share)..<min(toRender.count, (w + 1) * share)].map { transforms[w]($0.document) }
                        } else {
                            for (k, item) in toDeliver.items.enumerated() { body(item.document, toDeliver.results[k], item.diagnostics) }
                            upcoming = readRound()
                        }
                    }
                }
            }
            delivering = (rendering, results.flatMap { $0 })
            // Join the parsed round in order; a segment that cannot be read on its own is read
            // again from the true cursor.
            rendering = []
            for i in runs.indices {
                guard var run = runs[i] else { continue }
                runs[i] = nil  // the run's documents are moved, not copied
                if cursor.agrees(with: run, limits: limits) {
                    cursor.adopt(&run) { rendering.append(($0, $1)) }
                } else {
                    toParse[i].bytes.withUnsafeBufferPointer { bytes in
                        CaptureParser.forEachDocument(in: bytes, limits: limits, cursor: &cursor, atEnd: false) { doc, g in
                            if let doc { rendering.append((doc, g)) }
                        }
                    }
                }
            }
            // At the end, what was found after the last document goes with it, or stands alone
            // when the capture holds no document.
            if lastParsing && !toParse.isEmpty {
                CaptureParser.finish(&cursor, limits: limits) { doc, g in if let doc { rendering.append((doc, g)) } else { alone = g } }
            }
            parsing = upcoming
            lastParsing = readAll
        }
        if let alone { body(nil, nil, alone) }
        return !segments.failed
    }
}

/// Runs `count` pieces of work on the cores at once, the calling thread among them.
enum Workers {
    static func run(_ count: Int, _ work: (Int) -> Void) {
        guard count > 1 else { return (0..<count).forEach(work) }
        withoutActuallyEscaping(work) { work in
            nonisolated(unsafe) let work = work
            DispatchQueue.concurrentPerform(iterations: count) { i in work(i) }
        }
    }
}
