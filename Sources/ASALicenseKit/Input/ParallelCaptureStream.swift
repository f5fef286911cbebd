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
/// The calling thread reads, joins and hands over in order, and parses whenever it would
/// otherwise wait; `jobs - 1` workers parse (`JobQueue`). Nothing waits for a whole round: a
/// segment is handed over as soon as it and those before it are joined, and the next is read
/// then. Memory holds a window of eight segments a job, read and not yet handed over; a
/// segment longer than four (outputs with no prompt line to cut at) is read on the calling
/// thread, its documents handed over one by one.
/// Segments are small (32 KiB), since the model of a segment takes many times its bytes
/// (measured on 50 MB of the mixed corpus: peak RSS 47 MB with 32 KiB segments, 147 MB with
/// 256 KiB, at the same speed).
public struct ParallelCaptureStream {
    public var jobs: Int
    public var segmentSize: Int
    public var limits: ParseLimits

    public init(jobs: Int, segmentSize: Int = 1 << 15, limits: ParseLimits = .default) {
        self.jobs = max(jobs, 1)
        self.segmentSize = max(segmentSize, 4096)
        self.limits = limits
    }

    /// A document on its way to `body`: nil `result` while it waits for its transform.
    private struct Item<T> {
        var document: Document
        var diagnostics: [Diagnostic]
        var result: T?
    }

    /// One segment on its way through: parsed by a job, joined by the caller, its stale
    /// documents transformed again by another job, then handed over.
    private final class Slot<T> {
        let bytes: [UInt8]
        let line: Int
        let offset: Int
        var run: SegmentRun?
        var results: [T] = []
        var items: [Item<T>] = []
        var parse = 0              // the parse's ticket
        var parsedBy = 0           // the worker that parsed it, and so allocated its documents
        var redo: Int?             // the ticket of the transforms the join made stale

        init(bytes: [UInt8], line: Int, offset: Int) {
            (self.bytes, self.line, self.offset) = (bytes, line, offset)
        }
    }

    /// `read`: as for `CaptureStream`. `transforms`: makes one transform per thread, each
    /// called on one thread at a time. `body`: each document with its transform's result and
    /// the diagnostics that go with it (no document: diagnostics about text that holds none).
    @discardableResult
    // Made for convert's pieces: unspecialized, every item was moved through generic value
    // witnesses and metadata lookups (11 % more instructions on two threads than on one).
    @_specialize(exported: true, where T == DocumentPiece)
    @_specialize(exported: true, where T == LintJudge.Judgment)
    public func forEachDocument<T>(
        read: (UnsafeMutableRawBufferPointer) -> Int,
        transforms makeTransform: () -> (Document) -> T,
        _ body: (Document?, T?, [Diagnostic]) -> Void
    ) -> Bool {
        let window = jobs * 8
        let longSegment = segmentSize * 4
        let limits = self.limits
        nonisolated(unsafe) let transforms = (0..<jobs).map { _ in makeTransform() }
        let queue = JobQueue(workers: jobs - 1)
        defer { queue.close() }
        var segments = CaptureSegments(chunkSize: segmentSize)
        defer { segments.free() }
        var cursor = CaptureCursor()
        var heldResult: T?                       // the transform of the document the cursor holds
        var next = (line: 1, offset: 0)
        var readAll = false
        var slots: [Slot<T>] = []                // read and not handed over, in order
        var first = 0                            // the oldest in `slots`
        var joined = 0                           // `slots` before this are joined
        var alone: [Diagnostic]?                 // a capture with no document: the end's diagnostics
        var long: (bytes: [UInt8], last: Bool)?  // a segment too long to read ahead: waits for the slots before it

        while true {
            while !readAll && long == nil && slots.count - first < window, let (bytes, last) = segments.next(read: read) {
                let at = next
                next = (next.line + bytes.withUnsafeBufferPointer(ByteText.lineFeeds), next.offset + bytes.count)
                readAll = last
                if bytes.count > longSegment {
                    // No prompt line to cut at for many segments (outputs pasted one after
                    // another with none): read on this thread once the slots before it are
                    // handed over, each document handed over as the next is read. Read ahead
                    // whole, it held every document of it at once (60 times its bytes).
                    long = (bytes, last)
                    break
                }
                let slot = Slot<T>(bytes: bytes, line: at.line, offset: at.offset)
                // Past the diagnostic limit no segment read on its own agrees with the cursor
                // (`agrees`): each is read again at its join, so it is not read ahead.
                let readAhead = cursor.dropped == 0
                slot.parse = queue.post { worker in
                    guard readAhead else { return }
                    let run = slot.bytes.withUnsafeBufferPointer { SegmentRun($0, line: slot.line, offset: slot.offset, last: last, limits: limits) }
                    slot.results = run.transformed(by: transforms[worker])
                    slot.run = run
                    slot.parsedBy = worker
                }
                slots.append(slot)
            }
            if first < joined, slots[first].redo.map(queue.takeDone) ?? true {
                let slot = slots[first]
                // Read where they stand: a copy of an item retained each part of its document.
                slot.items.withUnsafeBufferPointer { items in
                    for i in items.indices { body(items[i].document, items[i].result, items[i].diagnostics) }
                }
                // Freed where they were made: freed on another thread, each block went back to
                // its arena under that arena's lock, while the thread that made it allocated there.
                if slot.parsedBy != 0 { queue.post(to: slot.parsedBy) { _ in slot.items = [] } } else { slot.items = [] }
                first += 1
                if first > window { slots.removeFirst(first); joined -= first; first = 0 }
                continue
            }
            if joined < slots.count, queue.takeDone(slots[joined].parse) {
                join(slots[joined], last: readAll && joined == slots.count - 1)
                joined += 1
                continue
            }
            if first == slots.count {
                guard let (bytes, last) = long.take() else { break }
                readLong(bytes, last: last)
                continue
            }
            queue.wait(forAnyOf: (joined < slots.count ? [slots[joined].parse] : []) + (first < joined ? slots[first].redo.map { [$0] } ?? [] : []))
        }

        /// Joins a parsed segment; one that cannot be read on its own is read again from the
        /// true cursor. Documents the join made stale are transformed again by a job. After the
        /// last segment, what was found after the last document goes with it, or stands alone
        /// when the capture holds no document.
        func join(_ slot: Slot<T>, last: Bool) {
            var items: [Item<T>] = []
            if var run = slot.run.take(), cursor.agrees(with: run, limits: limits) {
                var results = slot.results
                slot.results = []
                let lastDated = cursor.adopt(&run) { doc, g, index, dated in
                    items.append(Item(document: exchange(&doc, with: Document(content: .configuration(LicenseConfiguration()))),
                                      diagnostics: g, result: index.map { dated ? nil : results[$0] } ?? heldResult))
                }
                if !results.isEmpty { heldResult = lastDated ? nil : results.removeLast() }
            } else {
                readFromCursor(slot.bytes, last: last) { items.append(Item(document: $0, diagnostics: $2, result: $1)) }
            }
            if last { finishFromCursor { items.append(Item(document: $0, diagnostics: $2, result: $1)) } }
            let stale = items.indices.filter { items[$0].result == nil }
            slot.items = items
            guard !stale.isEmpty else { return }
            slot.redo = queue.post(urgent: true) { worker in
                for i in stale { slot.items[i].result = transforms[worker](slot.items[i].document) }
            }
        }
        /// Reads a long segment from the true cursor on this thread, every slot before it handed
        /// over: each document is transformed and handed over when the next is read.
        func readLong(_ bytes: [UInt8], last: Bool) {
            let transform = transforms[0]
            func handOver(_ doc: Document, _ result: T?, _ g: [Diagnostic]) { body(doc, result ?? transform(doc), g) }
            readFromCursor(bytes, last: last, handOver)
            if last { finishFromCursor(handOver) }
        }
        /// Reads `bytes` from the true cursor, each document handed to `each` as the next is read,
        /// with its transform's result when it is the document held before (nil for the others).
        func readFromCursor(_ bytes: [UInt8], last: Bool, _ each: (Document, T?, [Diagnostic]) -> Void) {
            let before = cursor.delivered
            var first = cursor.held != nil
            bytes.withUnsafeBufferPointer { bytes in
                CaptureParser.forEachDocument(in: bytes, limits: limits, cursor: &cursor, atEnd: false, endsCapture: last) { doc, g in
                    guard let doc = doc.take() else { return }
                    each(doc, first ? heldResult : nil, g)
                    first = false
                }
            }
            if cursor.delivered != before { heldResult = nil }
        }
        /// After the last segment: the document held, with what was found after it (its result
        /// when it has one), or what stands alone when the capture holds no document.
        func finishFromCursor(_ each: (Document, T?, [Diagnostic]) -> Void) {
            CaptureParser.finish(&cursor, limits: limits) { doc, g in
                if let doc = doc.take() { each(doc, heldResult, g) } else { alone = g }
            }
        }
        if let alone { body(nil, nil, alone) }
        return !segments.failed
    }
}
