import Foundation
import Testing
@testable import ASALicenseKit

/// `writeAll` writes chunks where they are: every byte, in order, past one batch's 1024 chunks
/// and a pipe's 64 KiB, and says why when it cannot.
@Suite struct GatherWriteTests {
    @Test func everyByteArrivesInOrderThroughAPipe() throws {
        var rng = SeededRandom(seed: 17)
        // Empty chunks among them, more than two batches of 1024 chunks, and more than 64 KiB.
        let chunks: [[UInt8]] = (0..<2500).map { i in
            i % 7 == 0 ? [] : (0..<Int.random(in: 1...600, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
        }
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        // Read on another thread, a page at a time, until the write end closes.
        nonisolated(unsafe) var received: [UInt8] = []
        let done = DispatchSemaphore(value: 0)
        let readEnd = fds[0]
        Thread {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = buffer.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, 4096) }
                if n <= 0 { break }
                received += buffer[0..<n]
            }
            done.signal()
        }.start()
        #expect(writeAll(fds[1], chunks) == nil)
        close(fds[1])
        done.wait()
        close(fds[0])
        #expect(received == Array(chunks.joined()))
    }

    @Test func aFullDeviceIsAnError() throws {
        let fd = open("/dev/full", O_WRONLY)
        try #require(fd >= 0, "no /dev/full here")
        defer { close(fd) }
        #expect(writeAll(fd, [[1, 2, 3], [4]]) == ENOSPC)
        #expect(writeAll(fd, []) == nil)
        #expect([UInt8]([1, 2, 3]).withUnsafeBytes { writeAll(fd, $0) } == ENOSPC)
    }
}

/// A sink's bytes taken in one array are its chunks, in order, whatever their number.
@Suite struct SinkBytesTests {
    @Test(arguments: OutputFormat.allCases)
    func bytesAreTheChunksJoined(_ format: OutputFormat) {
        let docs = Samples.goldenInputs.flatMap { InputReader.read(Samples.bytes($0)).documents }
        #expect(docs.count > 20)
        let chunked = format.sink(), whole = format.sink()
        var chunks: [[UInt8]] = []
        var bytes: [UInt8] = []
        for (i, doc) in docs.enumerated() {
            chunked.write(doc)
            whole.write(doc)
            // Taken after each document, after every third, and at the end: one chunk or many.
            chunks += chunked.takeChunks()
            if i % 3 == 2 { bytes += whole.takeBytes() }
        }
        chunked.finish()
        whole.finish()
        chunks += chunked.takeChunks()
        bytes += whole.takeBytes()
        #expect(chunks.count > docs.count)
        #expect(bytes == Array(chunks.joined()))
        #expect(whole.takeBytes().isEmpty)
    }
}
