/// The device's sentences on the unit's license, under its blocks.
extension ActivationKeyParser {
    /// `This <unit> has a/an … license.`: the unit's tier (`This platform has an ASA 5520 VPN
    /// Plus license.`, `This PIX has an Unrestricted (UR) license.`).
    static func isLicenseSentence(_ lx: LineLexer) -> Bool {
        lx.count >= 5 && lx.isWord(2, "has") && (lx.isWord(3, "a") || lx.isWord(3, "an"))
            && (lx.isWord(lx.count - 1, "license.") || lx.isWord(lx.count - 1, "license"))
    }

    /// The unit's tier as a license sentence (`isLicenseSentence`) says it: the words between
    /// the article and `license`, read as `PlatformLicense.split` reads them.
    @inline(__always) static func platform(_ lx: borrowing LineLexer, span: SourceSpan) -> PlatformLicense {
        let last = lx.count - 1
        let n = PlatformLicense.modelWordCount(last - 4,
                                               isFamily: { i in PlatformModel.families.contains { lx.isWord(4 + i, $0) } },
                                               hasDigit: { i in lx.tokenHasDigit(4 + i) })
        return PlatformLicense(model: n == 0 ? nil : lx.joined(4, 4 + n, spacingTouches: true),
                               tier: lx.joined(4 + n, last, spacingTouches: true), span: span)
    }

    /// A license sentence (`lx`, read last) cut by the width of a page or a terminal, its last
    /// words alone on the next line: at a blank (`This platform has an WS-SVC-ASA-SM1 No Payload
    /// Encryption` / `license.`, `… No Payload` / `Encryption license.`) or inside a word (`…
    /// Encryption licens` / `e.`, `… Encrypt` / `ion license.`: a tier's words start with a
    /// capital, so a small letter other than `license`'s goes on the word cut). The whole
    /// sentence, the next line read with it and a warning (DOC002); nil, with the next line
    /// left unread, when it is not so cut.
    static func readWrappedLicenseSentence(_ ctx: inout ParseContext, after lx: LineLexer) -> String? {
        guard lx.count >= 4, lx.isWord(2, "has"), lx.isWord(3, "a") || lx.isWord(3, "an") else { return nil }
        var whole: String?
        _ = WrappedLine.readEnd(&ctx, after: lx, what: "sentence", narrowest: 0, restMayStartCapital: true) { rest in
            guard rest.count <= 3 else { return false }
            // Cut inside a word when the rest starts small (`licens` / `e.`), else at a blank (`Encryption license.`).
            let cutWord = !rest.isWord(0, "license.") && !rest.isWord(0, "license") && ByteText.isSmallLetter(rest.bytes[rest.token(0).start])
            let text = lx.rest(from: 0) + (cutWord ? "" : " ") + rest.rest(from: 0)
            guard LineLexer.lexing(text, isLicenseSentence) else { return false }
            whole = text
            return true
        }
        return whole
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

    /// A sentence of the device's on its activation key that starts `The` and ends with a stop
    /// (`The running activation key is a temporary key that expires in 26 days.`, an older
    /// release's wording): kept as a notice, as `The Running Activation Key feature: …` is, not
    /// as a line not understood (a unit's own sentence is no error). A paster's sentence on a
    /// key or a license (`The key on the right is the new one.`) names no activation key.
    static func speaksOfKey(_ lx: LineLexer) -> Bool {
        guard lx.count >= 4, lx.isWord(0, "The"), lx.lastByte == UInt8(ascii: "."), lx.firstColon == nil else { return false }
        for i in 1..<(lx.count - 1) where (lx.isWord(i, "activation") || lx.isWord(i, "Activation"))
            && (lx.isWord(i + 1, "key") || lx.isWord(i + 1, "Key") || lx.isWord(i + 1, "key.") || lx.isWord(i + 1, "keys")) {
            return true
        }
        return false
    }
}
