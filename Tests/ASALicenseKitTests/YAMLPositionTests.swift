import Testing
@testable import ASALicenseKit

/// libyaml's positions (characters, CR as a line break) become asalic's (bytes, LF only).
@Suite struct YAMLPositionTests {
    func errorSpan(_ text: String) -> SourceSpan? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { YAMLReader.read($0).error?.span }
    }

    @Test func aLoneCarriageReturnDoesNotStartALine() {
        // libyaml puts the error on its line 3; asalic's line 2 holds the CR and the bad text.
        let span = errorSpan("a: 1\n\rb: [\n")
        #expect(span?.line == 3)
        let two = errorSpan("a: 1\r\nb: c: d\n")
        #expect(two?.line == 2)
    }

    @Test func columnsCountBytes() {
        // `é` is two bytes: the error after it is one column further on than libyaml says.
        let span = errorSpan("k: é: x\n")
        #expect(span?.line == 1)
        #expect(span?.column == 6)
        #expect(span?.offset == 5)
    }

    @Test func badEncodingIsPlacedByItsByte() {
        let bytes: [UInt8] = Array("a: 1\nb: ".utf8) + [0xFF] + Array("\n".utf8)
        let span = bytes.withUnsafeBufferPointer { YAMLReader.read($0).error?.span }
        #expect(span?.line == 2)
        #expect(span?.column == 4)
    }
}
