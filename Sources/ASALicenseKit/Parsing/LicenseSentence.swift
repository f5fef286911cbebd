/// The device's sentences on the unit's license, under its blocks.
extension ActivationKeyParser {
    /// `This <unit> has a/an … license.`: the unit's tier (`This platform has an ASA 5520 VPN
    /// Plus license.`, `This PIX has an Unrestricted (UR) license.`).
    static func isLicenseSentence(_ lx: LineLexer) -> Bool {
        lx.count >= 5 && lx.isWord(2, "has") && (lx.isWord(3, "a") || lx.isWord(3, "an"))
            && (lx.isWord(lx.count - 1, "license.") || lx.isWord(lx.count - 1, "license"))
    }

    /// Another sentence of the device's on its license, a stop last (`This is a time-based
    /// license that will expire in 27 day(s).`): kept as a notice, as a sentence on the
    /// platform is, not as a line not understood.
    static func speaksOfLicense(_ lx: LineLexer) -> Bool {
        guard lx.count >= 4, lx.lastByte == UInt8(ascii: ".") else { return false }
        for i in 1..<lx.count where lx.isWord(i, "license") || lx.isWord(i, "license.") || lx.isWord(i, "licenses") {
            return true
        }
        return false
    }
}
