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
/// round r, one of them joins round r-1 (the join ran alone, a tenth of the time on two
/// cores), others transform again what the join of round r-2 changed, and one hands round r-3
/// to `body` and reads round r+1. Memory holds four rounds:
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
        defer { segments.free() }
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
        var parsed: [Segment] = []               // round r-1: parsed, to join
        var parsedRuns: [(run: SegmentRun, results: [T])?] = []
        var joined: [Item<T>] = []               // round r-2: joined; some to transform again
        var delivering: [Item<T>] = []           // round r-3: complete
        var alone: [Diagnostic]?                 // a capture with no document: the end's diagnostics
        while !parsing.isEmpty || !parsed.isEmpty || !joined.isEmpty || !delivering.isEmpty {
            let stale = joined.indices.filter { joined[$0].result == nil }
            let share = max(1, (stale.count + items - 1) / items)
            let shares = (stale.count + share - 1) / share
            var runs = [(run: SegmentRun, results: [T])?](repeating: nil, count: parsing.count)
            var redone = [[T]](repeating: [], count: shares)
            var upcoming: [Segment] = []
            var joining: [Item<T>] = []
            // The round joined here was the last one read: nothing is parsed after it.
            let joinsTheLast = parsing.isEmpty && !parsed.isEmpty
            let (toParse, toRedo, toDeliver, toJoin) = (parsing, joined, delivering, parsed)
            runs.withUnsafeMutableBufferPointer { runs in
                redone.withUnsafeMutableBufferPointer { redone in
                    parsedRuns.withUnsafeMutableBufferPointer { parsedRuns in
                        nonisolated(unsafe) let (runs, redone, parsedRuns) = (runs, redone, parsedRuns)
                        // Each item writes only its own slot: the join of the round before runs
                        // beside the parsing of this one, and the last item hands over and reads on.
                        Workers.run(toParse.count + shares + 2) { i in
                            if i < toParse.count {
                                let s = toParse[i]
                                let run = s.bytes.withUnsafeBufferPointer { SegmentRun($0, line: s.line, offset: s.offset, limits: limits) }
                                runs[i] = (run, run.transformed(by: transforms[i]))
                            } else if i < toParse.count + shares {
                                let w = i - toParse.count
                                redone[w] = stale[(w * share)..<min(stale.count, (w + 1) * share)].map { transforms[items + w](toRedo[$0].document) }
                            } else if i == toParse.count + shares {
                                join(toJoin, parsedRuns, last: joinsTheLast, into: &joining)
                            } else {
                                // Read where they stand: a copy of an item retained each part of its document.
                                toDeliver.withUnsafeBufferPointer { items in
                                    for i in items.indices { body(items[i].document, items[i].result, items[i].diagnostics) }
                                }
                                upcoming = readRound()
                            }
                        }
                    }
                }
            }
            for (k, index) in stale.enumerated() { joined[index].result = redone[k / share][k % share] }
            delivering = joined
            joined = joining
            parsed = parsing
            parsedRuns = runs
            parsing = upcoming
        }

        /// Joins a parsed round in order; a segment that cannot be read on its own is read again
        /// from the true cursor, and its documents transformed in the next round. After the last
        /// round, what was found after the last document goes with it, or stands alone when the
        /// capture holds no document.
        func join(_ segments: [Segment], _ runs: UnsafeMutableBufferPointer<(run: SegmentRun, results: [T])?>, last: Bool, into joined: inout [Item<T>]) {
            for i in runs.indices {
                guard var (run, results) = runs[i] else { continue }
                runs[i] = nil  // the run's documents are moved, not copied
                if cursor.agrees(with: run, limits: limits) {
                    let lastDated = cursor.adopt(&run) { doc, g, index, dated in
                        joined.append(Item(document: exchange(&doc, with: Document(content: .configuration(LicenseConfiguration()))),
                                           diagnostics: g, result: index.map { dated ? nil : results[$0] } ?? heldResult))
                    }
                    if !results.isEmpty { heldResult = lastDated ? nil : results.removeLast() }
                } else {
                    let before = cursor.delivered
                    var first = cursor.held != nil
                    segments[i].bytes.withUnsafeBufferPointer { bytes in
                        CaptureParser.forEachDocument(in: bytes, limits: limits, cursor: &cursor, atEnd: false) { doc, g in
                            guard let doc = doc.take() else { return }
                            joined.append(Item(document: doc, diagnostics: g, result: first ? heldResult : nil))
                            first = false
                        }
                    }
                    if cursor.delivered != before { heldResult = nil }
                }
            }
            if last {
                CaptureParser.finish(&cursor, limits: limits) { doc, g in
                    if let doc = doc.take() { joined.append(Item(document: doc, diagnostics: g, result: heldResult)) } else { alone = g }
                }
            }
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
