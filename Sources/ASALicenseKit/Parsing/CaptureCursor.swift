/// Where a capture read in chunks stands between two chunks: the next line and byte, the
/// diagnostics counted against the limit, those waiting for the next document, and the last
/// document read, held back until the next one (or the end) says which diagnostics are its own.
/// A capture read in chunks this way gives exactly what it gives read whole.
struct CaptureCursor {
    var line = 1
    var offset = 0
    var reported = 0
    var dropped = 0
    var pendingDiagnostics: [Diagnostic] = []
    var held: Document?
    /// The held document's diagnostics so far (apart: a document is handed over where it stands).
    var heldDiagnostics: [Diagnostic] = []
    var delivered = 0
    /// Lines outside every document that are not license text, so far.
    var strayLines = 0
    /// Text that is not license text was skipped since the last document: the next one
    /// follows it (`Document.followsOtherText`).
    var otherTextBeforeNext = false
    /// The last document handed over answered a prompt, and no text came after it: a device's
    /// reply on the next line answers that prompt's command too (`DeviceReply`).
    var promptAnsweredLast = false
    /// A line other than a blank one has been read: a capture with no document is not empty.
    var sawText = false
    /// The chunk's last line was a bare pager prompt (or a blank line after one).
    var endsAfterPager = false
    /// A string literal that holds output was opened and not closed in the chunks so far
    /// (`StringLiteral`): its closing quotes end the output in a later one.
    var openLiteral: StringLiteral.Open?
    /// An AsciiDoc literal block was opened and not closed in the chunks so far (`LiteralBlock`).
    var openLiteralBlock: LiteralBlock?
    /// The date of the last `show clock` read, and the host whose prompt echoed it: it dates the
    /// documents after it of that host (and those with no prompt). Or a commit's (`CommitDate`),
    /// of no host: it dates all.
    var clock: (host: String?, date: CaptureDate)?
    /// How many documents a segment's own cursor had handed over when it first read a `show
    /// clock` (`adopt` dates the ones before by the clock that came before the segment).
    var firstClockAt: Int?
    /// The last line read, where a note about the whole capture points.
    var lastLine = 0

    init() {}

    /// A cursor that knows only where a segment of the capture starts: a segment parsed from
    /// it on another thread is joined by `adopt` to what came before.
    init(line: Int, offset: Int) {
        self.line = line
        self.offset = offset
    }

    /// Dates a document by the last `show clock` read, if any: a device's clock dates that
    /// device's outputs (and those with no prompt); another unit's clock may be wrong.
    /// Returns whether it dated the document.
    @discardableResult
    func date(_ doc: inout Document) -> Bool {
        guard let date = date(forHost: doc.hostname) else { return false }
        doc.asOf = date
        return true
    }

    /// The date the last `show clock` gives a document whose prompt names `host`, if any.
    func date(forHost host: String?) -> CaptureDate? {
        guard let clock else { return nil }
        if let clockHost = clock.host, let host, host != clockHost { return nil }
        return clock.date
    }

    /// Whether a segment parsed from `CaptureCursor(line:offset:)` read what it reads from here:
    /// what the cursor carries into a segment either does not change the parse (where the
    /// segment starts) or is applied afterwards by `adopt` (held documents, pending diagnostics,
    /// the clock), except a bare pager line before the segment, a string literal or a literal
    /// block open across its start, and the diagnostic limit once this cursor has counted diagnostics.
    func agrees(with run: SegmentRun, limits: ParseLimits) -> Bool {
        // A cursor that has counted no diagnostic yet counts a segment's as the segment's own
        // cursor did, from zero, including those it let go past the limit (a capture's first
        // segments, or one segment that is the whole capture).
        !endsAfterPager && openLiteral == nil && openLiteralBlock == nil && (reported == 0 || (dropped == 0 && run.end.dropped == 0 && reported + run.end.reported <= limits.maxDiagnostics))
    }

    /// Goes on past a segment parsed on its own (see `agrees`), handing over the documents it
    /// read as reading it from here would have: the document held before it first, the
    /// diagnostics pending before it with its first document, and this cursor's clock dating
    /// its documents up to its own first `show clock`. `body` learns where each document comes
    /// from: the one held before (nil), or the segment's document at an index, and whether
    /// joining changed it (this cursor's clock dated it, or text skipped at the end of the
    /// segments before stands before it): then what was made of it before is out of date.
    /// Returns whether the segment's last document, now held, was changed so.
    @discardableResult
    mutating func adopt(_ run: inout SegmentRun, _ body: (inout Document, [Diagnostic], _ index: Int?, _ dated: Bool) -> Void) -> Bool {
        var docs = run.documents
        run.documents = []  // so that `docs` is the only holder: changed in place, not copied
        if let last = run.end.held.take() { docs.append((last, run.end.heldDiagnostics)) }
        // The segment's documents before its own first clock were read without one.
        var dated = [Bool](repeating: false, count: docs.count)
        for j in 0..<min(docs.count, run.end.firstClockAt ?? docs.count) { dated[j] = date(&docs[j].0) }
        var lastDated = false
        if docs.isEmpty {
            pendingDiagnostics += run.end.pendingDiagnostics
            otherTextBeforeNext = otherTextBeforeNext || run.end.otherTextBeforeNext
        } else {
            // Text skipped at the end of the segments before goes before this one's first
            // document: joining changed it, as a date does.
            if otherTextBeforeNext && !docs[0].0.followsOtherText {
                docs[0].0.followsOtherText = true
                dated[0] = true
            }
            otherTextBeforeNext = run.end.otherTextBeforeNext
            docs[0].1 = pendingDiagnostics + docs[0].1
            if var d = held.take() { body(&d, heldDiagnostics, nil, false) }
            // Lent where they stand, for `body` to take (`exchange`): a document passed on was
            // copied, each part retained, and the array's one released after.
            docs.withUnsafeMutableBufferPointer { docs in
                for j in 0..<(docs.count - 1) { body(&docs[j].0, docs[j].1, j, dated[j]) }
            }
            lastDated = dated[docs.count - 1]
            (held, heldDiagnostics) = docs.removeLast()
            pendingDiagnostics = run.end.pendingDiagnostics
        }
        line = run.end.line
        offset = run.end.offset
        reported += run.end.reported
        dropped += run.end.dropped
        delivered += run.end.delivered
        strayLines += run.end.strayLines
        sawText = sawText || run.end.sawText
        endsAfterPager = run.end.endsAfterPager
        openLiteral = run.end.openLiteral
        openLiteralBlock = run.end.openLiteralBlock
        clock = run.end.clock ?? clock
        lastLine = run.end.lastLine
        return lastDated
    }
}

/// A segment of a capture parsed on its own from `CaptureCursor(line:offset:)`: the documents
/// it handed over, and where it ended (its last document held).
struct SegmentRun {
    /// `transform` of every document it read, in order: those handed over, then the one held
    /// (each read where it stands; a list of the documents copied each).
    func transformed<T>(by transform: (Document) -> T) -> [T] {
        var out: [T] = []
        out.reserveCapacity(documents.count + 1)
        for i in documents.indices { out.append(transform(documents[i].0)) }
        if let held = end.held { out.append(transform(held)) }
        return out
    }

    var documents: [(Document, [Diagnostic])] = []
    var end: CaptureCursor

    /// `last`: the segment ends the capture.
    init(_ segment: UnsafeBufferPointer<UInt8>, line: Int, offset: Int, last: Bool, limits: ParseLimits) {
        end = CaptureCursor(line: line, offset: offset)
        var documents: [(Document, [Diagnostic])] = []
        CaptureParser.forEachDocument(in: segment, limits: limits, cursor: &end, atEnd: false, endsCapture: last) { doc, g in
            if let doc = doc.take() { documents.append((doc, g)) }
        }
        self.documents = documents
    }
}
