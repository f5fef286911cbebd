import Foundation
import Testing
@testable import ASALicenseKit

/// A capture saved as UTF-16 (Windows PowerShell 5's `>`) reads as the same text saved as
/// UTF-8: decoded chunk by chunk, however the chunks fall.
@Suite struct UTF16InputTests {
    /// `text` as UTF-16 with its mark, in either byte order.
    func encoded(_ text: String, bigEndian: Bool) -> [UInt8] {
        var out: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            out += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        return out
    }

    /// What the decoder makes of `bytes`, read `rawChunk` bytes at a time into buffers of `size`.
    func decode(_ bytes: [UInt8], rawChunk: Int, size: Int) -> [UInt8]? {
        guard var decoder = bytes.withUnsafeBufferPointer({ UTF16Input(head: $0) }) else { return nil }
        return readInChunks(bytes, rawChunk: rawChunk, size: size) { decoder.read(into: $0, from: $1) }
    }

    @Test(arguments: [false, true])
    func everyChunkingDecodesTheSameText(_ bigEndian: Bool) {
        let text = "Serial Number: JMX1232L11M\r\nFailover : Active/Standby perpetual\n名前 – 🔑 0xce06dc6b\n"
        let bytes = encoded(text, bigEndian: bigEndian)
        for rawChunk in [1, 2, 3, 5, 64] {
            for size in [8, 9, 4096] {
                #expect(decode(bytes, rawChunk: rawChunk, size: size) == Array(text.utf8), "raw \(rawChunk), buffer \(size)")
            }
        }
    }

    @Test func brokenUnitsAreReplacementCharacters() {
        // A lone low surrogate, a high surrogate before a letter, and a byte left at the end.
        let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xDC, 0x42, 0x00, 0x00, 0xD8, 0x43, 0x00, 0x44]
        #expect(decode(bytes, rawChunk: 3, size: 64) == Array("A\u{FFFD}B\u{FFFD}C\u{FFFD}".utf8))
    }

    /// UTF-16 saved without a mark (a .NET writer's, a Windows tool's log) is told by the NUL
    /// byte beside each ASCII character, in either order, and reads as its text; it was a
    /// binary file, skipped.
    @Test(arguments: [false, true])
    func aUTF16FileWithoutItsMarkReadsAsItsText(_ bigEndian: Bool) throws {
        let text = Samples.text("Samples/show-activation-key/example1-standalone.txt")
        try expectFileReadsAsText(Array(encoded(text, bigEndian: bigEndian).dropFirst(2)), text, name: "utf16-unmarked-\(bigEndian)")
    }

    @Test func otherTextHasNoDecoder() {
        // (Beside text, a binary file: NULs in pairs, and one every other byte but too few.)
        let binary: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + [UInt8](repeating: 0, count: 24)
        let sparse: [UInt8] = (0..<32).flatMap { i -> [UInt8] in i % 3 == 0 ? [0x41, 0x42] : [0x41, 0x00] }
        for head: [UInt8] in [[], [0xFF], Array("Serial".utf8), [0xEF, 0xBB, 0xBF, 0x41], [0xFF, 0xFE, 0x00, 0x00], binary, sparse] {
            #expect(head.withUnsafeBufferPointer { UTF16Input(head: $0) } == nil, "\(head)")
        }
    }

    /// A file in UTF-16 reads through `InputSource` as the same file in UTF-8: the same
    /// documents and the same diagnostics, but for the path.
    @Test(arguments: [false, true])
    func aUTF16FileReadsAsItsText(_ bigEndian: Bool) throws {
        let text = Samples.text("Samples/show-activation-key/example3-failover-primary-detail.txt").replacingOccurrences(of: "\n", with: "\r\n")
        try expectFileReadsAsText(encoded(text, bigEndian: bigEndian), text, name: "utf16-\(bigEndian)")
    }
}
