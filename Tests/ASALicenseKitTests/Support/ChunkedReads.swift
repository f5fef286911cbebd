/// What a decoder or filter of the input (`read(into:from:)`) makes of `bytes`, given them
/// `rawChunk` bytes at a time and read into buffers of `size`: however the chunks fall, the
/// same text must come out.
func readInChunks(_ bytes: [UInt8], rawChunk: Int, size: Int,
                  _ decode: (UnsafeMutableRawBufferPointer, (UnsafeMutableRawBufferPointer) -> Int) -> Int) -> [UInt8] {
    var offset = 0
    func read(_ buffer: UnsafeMutableRawBufferPointer) -> Int {
        let k = min(buffer.count, rawChunk, bytes.count - offset)
        for i in 0..<k { buffer[i] = bytes[offset + i] }
        offset += k
        return k
    }
    var out: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: size)
    while true {
        let n = buffer.withUnsafeMutableBytes { decode($0, read) }
        if n <= 0 { break }
        out += buffer[0..<n]
    }
    return out
}
