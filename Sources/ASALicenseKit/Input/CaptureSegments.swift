/// Cuts a capture read in chunks into segments of whole lines, each ending before a prompt line
/// that no document spans: where a capture can be cut and read on from a `CaptureCursor` (or
/// from a cursor that knows only where the segment starts, see `SegmentRun`) with exactly what
/// reading it whole gives.
struct CaptureSegments {
    let chunkSize: Int
    /// What was read and not yet handed over, at the front of one buffer kept for the whole
    /// capture: a fresh megabyte per chunk was a fresh mapping of pages, and faulting them in
    /// took a tenth of converting on one core.
    private var pending: ByteBuffer
    /// The last segment has been handed over.
    private var done = false
    /// A read failed; what was read before is still handed over.
    private(set) var failed = false
    /// Where the search for a cut stopped when a chunk held none: no line of `pending` that
    /// starts before `searchedUpTo` is a cut (each was looked at), and no line feed stands
    /// between it and `scannedTo` (a line longer than the chunks so far). The next search reads
    /// only what came after: searched again from the end for every chunk, a document or a line
    /// longer than many chunks was quadratic (77 MB with no prompt took 7 s to convert on one
    /// thread, 175 s on two).
    private var searchedUpTo = 0
    private var scannedTo = 0

    init(chunkSize: Int) {
        self.chunkSize = chunkSize
        pending = ByteBuffer(capacity: chunkSize)
    }

    /// Lets the buffer go; no segment is handed over after.
    mutating func free() {
        pending.free()
        done = true
    }

    /// The next segment and whether it is the last; nil once the last has been handed over.
    /// `read` fills the buffer it is given and returns how many bytes it wrote: 0 at the end
    /// of input, a negative number on a read error.
    mutating func next(read: (UnsafeMutableRawBufferPointer) -> Int) -> (bytes: [UInt8], last: Bool)? {
        withNext(read: read) { bytes, last in (Array(bytes), last) }
    }

    /// Lends the next segment where it stands in the buffer, with whether it is the last; nil
    /// once the last has been handed over. The bytes are the buffer's only during `body`.
    mutating func withNext<R>(read: (UnsafeMutableRawBufferPointer) -> Int, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> R) -> R? {
        while !done {
            let n = pending.append(upTo: chunkSize, read)
            if n < 0 { failed = true }
            let atEnd = n <= 0
            let all = UnsafeBufferPointer(start: pending.base, count: pending.count)
            var cut = all.count
            if !atEnd {
                // The whole lines that came since the last search, if any; before the last of
                // them, the bytes after it may be half a line.
                let lastLineFeed = all[scannedTo...].lastIndex(of: 0x0A)
                cut = lastLineFeed == nil ? 0 : CaptureStream.lastPromptLine(in: all, from: searchedUpTo)
                guard cut > 0 else {  // one document longer than the chunk: read on
                    if let lastLineFeed { searchedUpTo = lastLineFeed + 1 }
                    scannedTo = all.count
                    continue
                }
            }
            done = atEnd
            (searchedUpTo, scannedTo) = (0, 0)
            let result = body(UnsafeBufferPointer(rebasing: all[0..<cut]), atEnd)
            pending.removeFirst(cut)
            return result
        }
        return nil
    }
}

extension ByteText {
    /// The number of line feeds in `bytes`, sixteen bytes at a time: where the next segment's
    /// line numbers start (read for every byte of a capture on two cores).
    static func lineFeeds(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let blocks = bytes.count / 16
        let lineFeed = SIMD16<UInt8>(repeating: 0x0A)
        var count = 0
        var block = 0
        while block < blocks {
            // Up to 255 blocks are counted in byte-wide lanes, which cannot overflow, then summed.
            let end = min(blocks, block + 255)
            var lanes = SIMD16<UInt8>()
            while block < end {
                let v = raw.loadUnaligned(fromByteOffset: block * 16, as: SIMD16<UInt8>.self)
                // A lane of the mask is all ones (255) where the byte is a line feed: taking it
                // away adds one.
                lanes &-= unsafeBitCast(v .== lineFeed, to: SIMD16<UInt8>.self)
                block += 1
            }
            count += Int(SIMD16<UInt16>(truncatingIfNeeded: lanes).wrappedSum())
        }
        for i in (blocks * 16)..<bytes.count where base[i] == 0x0A { count += 1 }
        return count
    }
}
