import Testing
@testable import ASALicenseKit

/// Dotted quads read in one pass over their bytes, held to the rule they follow (four parts of
/// one to three digits, each at most 255) written out plainly with `split`.
@Suite struct IPAddressTests {
    /// The rule, spelled the slow way.
    func byParts(_ text: String) -> UInt32? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var value: UInt32 = 0
        for p in parts {
            guard !p.isEmpty, p.utf8.count <= 3, p.utf8.allSatisfy(ByteText.isDigit), let n = UInt32(p), n <= 255 else { return nil }
            value = value << 8 | n
        }
        return value
    }

    @Test func dottedQuadsReadAsTheRuleSays() {
        let fixed = ["10.1.2.3", "0.0.0.0", "255.255.255.255", "256.1.1.1", "1.2.3", "1.2.3.4.5", "1..2.3", ".1.2.3", "1.2.3.",
                     "01.002.3.4", "0001.2.3.4", "1.2.3.4 ", "1.2.3.a", "", "...", "1.2.3.999", "１.2.3.4", "-1.2.3.4", "1.2.3.4\n"]
        for text in fixed {
            #expect(IPAddress.parseV4(Substring(text)) == byParts(text), "\(text)")
        }
        // Random strings over the bytes that matter: digits, dots and one other.
        var rng = SeededRandom(seed: 42)
        let alphabet = Array("0123456789..x5")
        for _ in 0..<20_000 {
            let text = String((0..<Int.random(in: 0...16, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! })
            #expect(IPAddress.parseV4(Substring(text)) == byParts(text), "\(text)")
        }
    }

    @Test func addressesKeepTheirKind() {
        #expect(IPAddress("192.0.2.10") == .v4(0xC000_020A))
        #expect(IPAddress("192.0.2.10").description == "192.0.2.10")
        #expect(IPAddress("192.0.2.300") == .name("192.0.2.300"))
        #expect(IPAddress("2001:db8::1").isIP)
    }
}
