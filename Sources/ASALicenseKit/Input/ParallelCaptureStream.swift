import Dispatch

/// Reads one large capture on several cores and hands over exactly what `CaptureStream` hands
/// over, in the same order. The capture is cut into segments where streaming cuts it (before a
/// prompt line); each segment is parsed on its own from a cursor that knows only where it
/// starts, and its documents are passed through `transform` (rendering, say) on the same core,
/// while they are in its cache. The segments are then joined in order (`CaptureCursor.adopt`):
/// a document the join changes (dated by a `show clock` of an earlier segment) is transformed
/// again, and a segment whose parse could depend on what came before (a bare pager line before
/// it, the diagnostic limit reached) is parsed again from the true cursor. `body` gets every
/// document in input order.
///
/// The work runs as a pipeline of rounds of segments: while the workers parse and transform
/// round r (and transform again what the join of round r-1 changed), one of them hands round
/// r-2 to `body` and reads round r+1; only the join runs alone. Memory holds three rounds:
/// segments are small (32 KiB, four per job a round), since the model of a segment takes many
/// times its bytes (measured on 50 MB of the mixed corpus: peak RSS 47 MB with 32 KiB
/// segments, 147 MB with 256 KiB, at the same speed).
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
    /// A document on its way to `body`: nil `result` while it waits for its transform.
    private struct Item<T> {
        var document: Document
        var diagnostics: [Diagnostic]
        var result: T?
    }

    /// `read`: as for `CaptureStream`. `transforms`: makes one transform per work item, each
    /// called on one thread at a time. `body`: each document with its transform's result and
    /// the diagnostics that go with it (no document: diagnostics about text that holds none).
    @discardableResult
    // Made for convert's pieces: unspecialized, every item was moved through generic value
    // witnesses and metadata lookups (11 % more instructions on two threads than on one).
    @_specialize(exported: true, where T == DocumentPiece)
    public func forEachDocument<T>(
        read: (UnsafeMutableRawBufferPointer) -> Int,
        transforms makeTransform: () -> (Document) -> T,
        _ body: (Document?, T?, [Diagnostic]) -> Void
    ) -> Bool {
        // Work items per round: more than threads, so that one slow item leaves no core idle.
        let items = jobs * 4
        let transforms = (0..<(2 * items)).map { _ in makeTransform() }
        let limits = self.limits
        var segments = CaptureSegments(chunkSize: segmentSize)
        var cursor = CaptureCursor()
        var heldResult: T?                       // the transform of the document the cursor holds
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

        var parsing = readRound()                // round r: to parse and transform
        var joined: [Item<T>] = []               // round r-1: joined; some to transform again
        var delivering: [Item<T>] = []           // round r-2: complete
        var alone: [Diagnostic]?                 // a capture with no document: the end's diagnostics
        while !parsing.isEmpty || !joined.isEmpty || !delivering.isEmpty {
            let stale = joined.indices.filter { joined[$0].result == nil }
            let share = max(1, (stale.count + items - 1) / items)
            let shares = (stale.count + share - 1) / share
            var runs = [(run: SegmentRun, results: [T])?](repeating: nil, count: parsing.count)
            var redone = [[T]](repeating: [], count: shares)
            var upcoming: [Segment] = []
            let (toParse, toRedo, toDeliver) = (parsing, joined, delivering)
            runs.withUnsafeMutableBufferPointer { runs in
                redone.withUnsafeMutableBufferPointer { redone in
                    nonisolated(unsafe) let (runs, redone) = (runs, redone)
                    // Each item writes only its own slot; the last item hands over and reads on.
                    Workers.run(toParse.count + shares + 1) { i in
                        if i < toParse.count {
                            let s = toParse[i]
                            let run = s.bytes.withUnsafeBufferPointer { SegmentRun($0, line: s.line, offset: s.offset, limits: limits) }
                            runs[i] = (run, run.allDocuments.map(transforms[i]))
                        } else if i < toParse.count + shares {
                            let w = i - toParse.count
                            redone[w] = stale[(w * share)..<min(stale.count, (w + 1) * share)].map { transforms[items + w](toRedo[$0].document) }
                        } else {
                            for item in toDeliver { body(item.document, item.result, item.diagnostics) }
                            upcoming = readRound()
                        }
                    }
                }
            }
            for (k, index) in stale.enumerated() { joined[index].result = redone[k / share][k % share] }
            delivering = joined
            // Join the parsed round in order; a segment that cannot be read on its own is read
            // again from the true cursor, and its documents transformed in the next round.
            joined = []
            for i in runs.indices {
                guard var (run, results) = runs[i] else { continue }
                runs[i] = nil  // the run's documents are moved, not copied
                if cursor.agrees(with: run, limits: limits) {
                    let lastDated = cursor.adopt(&run) { doc, g, index, dated in
                        joined.append(Item(document: doc, diagnostics: g, result: index.map { dated ? nil : results[$0] } ?? heldResult))
                    }
                    if !results.isEmpty { heldResult = lastDated ? nil : results.removeLast() }
                } else {
                    let before = cursor.delivered
                    var first = cursor.held != nil
                    toParse[i].bytes.withUnsafeBufferPointer { bytes in
                        CaptureParser.forEachDocument(in: bytes, limits: limits, cursor: &cursor, atEnd: false) { doc, g in
                            guard let doc else { return }
                            joined.append(Item(document: doc, diagnostics: g, result: first ? heldResult : nil))
                            first = false
                        }
                    }
                    if cursor.delivered != before { heldResult = nil }
                }
            }
            // At the end (this round held the last segment: all is read and nothing came after),
            // what was found after the last document goes with it, or stands alone when the
            // capture holds no document.
            if !toParse.isEmpty && readAll && upcoming.isEmpty {
                CaptureParser.finish(&cursor, limits: limits) { doc, g in
                    if let doc { joined.append(Item(document: doc, diagnostics: g, result: heldResult)) } else { alone = g }
                }
            }
            parsing = upcoming
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
