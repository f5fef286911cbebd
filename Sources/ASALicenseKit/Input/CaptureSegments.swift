/// Cuts a capture read in chunks into segments of whole lines, each ending before a prompt line
/// that no document spans: where a capture can be cut and read on from a `CaptureCursor` (or
/// from a cursor that knows only where the segment starts, see `SegmentRun`) with exactly what
/// reading it whole gives.
struct CaptureSegments {
    let chunkSize: Int
    private var pending: [UInt8] = []
    /// The last segment has been handed over.
    private var done = false
    /// A read failed; what was read before is still handed over.
    private(set) var failed = false

    init(chunkSize: Int) {
        self.chunkSize = chunkSize
    }

    /// The next segment and whether it is the last; nil once the last has been handed over.
    /// `read` fills the buffer it is given and returns how many bytes it wrote: 0 at the end
    /// of input, a negative number on a read error.
    mutating func next(read: (UnsafeMutableRawBufferPointer) -> Int) -> (bytes: [UInt8], last: Bool)? {
        while !done {
            // Read into fresh storage behind what is pending, never filled with zeros first
            // (appending a run of zeros went byte by byte: 3 instructions a byte of input).
            let before = pending.count
            var n = 0
            pending = pending.withUnsafeBufferPointer { old in
                [UInt8](unsafeUninitializedCapacity: before + chunkSize) { buffer, count in
                    if let from = old.baseAddress { buffer.baseAddress!.initialize(from: from, count: before) }
                    n = read(UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[before...])))
                    count = before + max(n, 0)
                }
            }
            if n < 0 { failed = true }
            let atEnd = n <= 0
            let cut = atEnd ? pending.count : CaptureStream.lastPromptLine(in: pending)
            guard cut > 0 || atEnd else { continue }  // one document longer than the chunk: read on
            let segment = Array(pending[0..<cut])
            pending.removeFirst(cut)
            done = atEnd
            return (segment, atEnd)
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
