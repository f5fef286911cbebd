/// The lines only a `show version` prints around its licence text: the banner with the
/// version, the unit's lines (`Hardware:`, `Model Id:`), and the licence-state lines of units
/// licensed otherwise (the ASA virtual, Firepower). Read into the output's `ShowVersionInfo`.
extension ActivationKeyParser {
    /// `Cisco Adaptive Security Appliance Software Version 9.8(3)21 <context>`: the version, and
    /// the execution space a trailing marker names. The PIX's banners name the product.
    mutating func readVersionLine(_ lx: LineLexer) {
        var end = lx.count
        if end > 7 {
            let last = lx.text(end - 1)
            // (`&lt;context&gt;` as a web page's source escapes it.)
            for (open, close) in [("<", ">"), ("&lt;", "&gt;")] where last.count > open.count + close.count && last.hasPrefix(open) && last.hasSuffix(close) {
                info.executionSpace = String(last.dropFirst(open.count).dropLast(close.count))
                end -= 1
                break
            }
        }
        // PIX 6.3: `Cisco PIX Firewall Version 6.3(5)`.
        let firewall = lx.isWord(2, "Firewall")
        info.softwareVersion = lx.joined(firewall ? 4 : 6, end)
        if lx.isWord(1, "PIX") { info.product = firewall ? "PIX Firewall" : "PIX" }
    }

    /// The licence-state lines of `show version`; false when the line starts the next document
    /// (the field was read already, or it follows the license blocks of another output).
    mutating func readLicenseState(_ ctx: inout ParseContext) -> Bool {
        let lx = ctx.lexer
        // Only a show version carries these lines: another output ends before them.
        if !isShowVersion && (sawLicenseLine || keptLines > 0 || !layout.mayBecomeShowVersion) { return false }
        func set(_ field: WritableKeyPath<ShowVersionInfo, String?>, from word: Int) -> Bool {
            guard info[keyPath: field] == nil else { return false }
            info[keyPath: field] = WrappedLine.readWhole(&ctx, lx, from: word, what: "licence state")
            becomeShowVersion()
            return true
        }
        let colon = lx.firstColon ?? 0
        if lx.isWord(0, "License") {
            if lx.isWord(1, "mode") { return set(\.licenseMode, from: colon + 1) }
            if lx.isWord(1, "state") { return set(\.licenseState, from: colon + 1) }
            return set(\.licenseReservation, from: colon + 1)
        }
        if lx.isWord(0, "ASAv") { return set(\.platformLicenseState, from: colon + 1) }
        if lx.isWord(0, "No") { return set(\.noActiveEntitlement, from: colon + 1) }
        if lx.isWord(0, "Firewall") { return set(\.throughputLimit, from: 4) }
        // `Active entitlement: ASAv-STD-1G, enforce mode: Authorized`
        var end = lx.count
        var enforceMode: String?
        for i in (colon + 1)..<lx.count where lx.isWord(i, "enforce") && lx.isWord(i + 1, "mode") && lx.isColon(i + 2) {
            enforceMode = lx.rest(from: i + 3)
            end = i
            break
        }
        var entitlement = lx.joined(colon + 1, end)
        if end < lx.count, entitlement.hasSuffix(",") { entitlement.removeLast() }
        guard info.activeEntitlement == nil else { return false }
        info.activeEntitlement = entitlement
        info.enforceMode = enforceMode
        becomeShowVersion()
        return true
    }

    /// The few `show version` lines that say which unit this is.
    mutating func readShowVersionLine(_ lx: LineLexer) -> Bool {
        guard layout.readsUnitLines(versionRead: info.softwareVersion != nil) else { return false }
        if lx.isWord(0, "Hardware") && lx.isColon(1) && lx.count > 2 {
            // The model before its comma (`ASA5520,`). Every trailing comma goes, so that the
            // model written back reads as itself; `Hardware: , …` names none and reads as a bare
            // `Hardware:` line does, as nothing (kept empty, it was written back as that line).
            var value = lx.text(2)
            while value.hasSuffix(",") { value.removeLast() }
            guard !value.isEmpty else { return false }
            info.hardware = value
            return true
        }
        if lx.matches("Model Id :") && lx.count > 3 {
            info.modelID = lx.rest(from: 3)
            return true
        }
        return false
    }

    /// The first of show version's closing lines, which only it prints: `Configuration register
    /// is 0x1`, `Configuration last modified by …`, `Configuration has not been modified …`.
    static func isClosingLine(_ lx: LineLexer) -> Bool {
        lx.isWord(0, "Configuration") && ((lx.isWord(1, "register") && lx.isWord(2, "is")) || (lx.isWord(1, "last") && lx.isWord(2, "modified"))
            || (lx.isWord(1, "has") && lx.isWord(2, "not")))
    }

    /// A line of the tail of a show version, pasted alone or left by a diff's hunk: its first
    /// closing line (which show activation-key never prints) under the serial and keys, and every
    /// line after it, passed over as show version passes them (other text is past its end). Not
    /// made a show version: written back, its serial and keys read the same.
    mutating func readTailLine(_ ctx: ParseContext) {
        readsTail = true
        readPastEnd(ctx, afterKeys: true)
    }

    /// A line show version passes over between or after its blocks. After its serial or keys,
    /// which follow the blocks, it prints only its closing lines (`Configuration register is
    /// 0x1`, `Image type`, `Key Version`, `Configuration last modified by …`, and that line's rest
    /// when a terminal wrapped it), and after the last of those nothing (a user context prints
    /// no serial). Any other line there is no part of it, wherever a prompt follows — a
    /// paragraph after a paste ("Hope this helps"), the next section of a `show tech-support` —
    /// and opens the run of lines given back to the capture when the output ends (`TrailingRun`).
    mutating func readPastEnd(_ ctx: ParseContext, afterKeys: Bool) {
        let lx = ctx.lexer
        if lx.isWord(0, "Configuration") {
            if lx.isWord(1, "last") || lx.isWord(1, "has") { sawLastClosingLine = true }
            // `… at 11:02:41.113 UTC Tue Mar 9`: the year is on the next line.
            let last = lx.token(lx.count - 1)
            if lx.isWord(1, "last") && !(last.length == 4 && lx.tokenHasDigit(lx.count - 1)) { cutClosingLine = lx.line.number }
            return
        }
        guard afterKeys || sawLastClosingLine else { return }
        if (lx.isWord(0, "Image") && lx.isWord(1, "type")) || (lx.isWord(0, "Key") && (lx.isWord(1, "Version") || lx.isWord(1, "version"))) { return }
        if cutClosingLine > 0 && lx.line.number == cutClosingLine + 1 { return }
        linesPastEnd += 1
        trailing.passingOverPastEnd(ctx)
    }
}
