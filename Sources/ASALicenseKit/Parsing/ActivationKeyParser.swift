/// `show activation-key [detail]` and the license part of `show version`
/// (grammar: Grammars/show-activation-key.ebnf). Reads lines until one that starts another
/// document, and leaves that line unread.
struct ActivationKeyParser {
    private enum Section: UInt8 {
        // The sections of rows first: `readsRows` is one comparison on every line.
        case running, cluster, permanent, flash, header, between, active, inactive

        var readsRows: Bool { rawValue <= Section.flash.rawValue }
    }

    private var doc = ActivationKeyDocument()
    private var section = Section.header
    /// The header line of the open time-based key section.
    private var sectionHeader = SourceSpan.none
    /// Which output's layout the lines are read in (see `ActivationKeyLayout`).
    var layout: any ActivationKeyLayout
    var isShowVersion: Bool { layout is ShowVersionLayout }
    var info = ShowVersionInfo()
    /// The line of a `Configuration last modified …` cut before its year: the next line is its rest.
    var cutClosingLine = 0
    /// Show version's last line was read (`Configuration last modified …`), also where it prints no serial.
    var sawLastClosingLine = false
    var sawLicenseLine = false
    private var block: FeatureBlock?
    /// The block most recently closed: the platform sentence belongs to it.
    private var lastClosed: Section?
    private var blockRows = BlockRows()
    private var timebased: TimebasedKey?
    private var timebasedRows = BlockRows()  // (a time-based key grants a feature or two: its repeats go unsaid)
    private var unknownNames = Set<String>()
    /// Lines of this output kept as not understood: once there is one, the output is no longer
    /// read as a show version (which skips such lines), so that read again it reads the same.
    private(set) var keptLines = 0
    /// Lines a show version passed over after its end (`readPastEnd`): like kept lines, they
    /// leave the trailing run open.
    var linesPastEnd = 0
    /// The tail of a show version is read (`readTailLine`).
    var readsTail = false
    /// The lines kept since the last line understood: given back when the output ends after
    /// them and its layout says so.
    var trailing = TrailingRun()
    /// Platform sentences read with no block before them, kept until the output ends (`finish`).
    private var blocklessSentences: [Notice] = []
    /// Four-word keys read before a platform sentence told a PIX: their KEY001 taken back then.
    private var fourWordKeyLines = Set<Int>()
    /// The line that ended a show version block, while rows of the block may still follow it.
    private var interruption: BlockInterruption?
    private static let blocklessSentence = "platform sentence with no licensed-features block before it"

    /// The echoed command, when there is one, says which layout the text has; else it is told
    /// from the order of the lines (`UndecidedLayout`).
    init(layout: any ActivationKeyLayout) {
        self.layout = layout
    }

    /// The text turns out to be a show version: its banner or licence-state lines, or a
    /// features header before any other license line.
    mutating func becomeShowVersion() {
        if !isShowVersion { layout = ShowVersionLayout(echoed: false) }
    }

    mutating func parse(_ ctx: inout ParseContext) -> ActivationKeyDocument {
        while true {
            // Inside a block, a plain row is read from its bytes (most lines are rows).
            if section.readsRows, let (row, indent) = ctx.nextPlainFeatureRow() {
                block?.rows.append(row, indent: indent, placing: &blockRows)
                trailing.understood()
                continue
            }
            guard let line = ctx.next() else { break }
            let keptBefore = keptLines + linesPastEnd
            let kind = LineClassifier.classify(ctx.lexer)
            if kind == .prompt || kind.opensOutput(otherThan: .activationKey) {
                ctx.unread(line)
                return finish(&ctx, promptFollows: kind == .prompt)
            }
            switch kind {
            case .blank:
                // Blank lines stand anywhere in real captures; structure, not blanks, closes a block.
                continue
            case .showVersion:
                // Lines kept before a banner end the output there only when nothing echoed said
                // which output this is: under an echoed command the output runs to the next prompt.
                if sawLicenseLine || info.softwareVersion != nil || info.hasLicenseState || (keptLines > 0 && layout.mayBecomeShowVersion) {
                    ctx.unread(line)
                    return finish(&ctx, promptFollows: false)
                }
                becomeShowVersion()
                readVersionLine(ctx.lexer)
            case .licenseState:
                if !readLicenseState(&ctx) {
                    ctx.unread(line)
                    return finish(&ctx, promptFollows: false)
                }
            case .activationKey:
                if !readLicenseLine(&ctx) {
                    ctx.unread(line)
                    return finish(&ctx, promptFollows: false)
                }
            default:  // a pager remnant or any other line; other outputs stopped the parse above
                // grep's lines of another file (`grep -i 'vpn peers' captures/*.txt`): another
                // unit's, also rows alone, which no header or serial would set apart.
                if ctx.otherGrepFileStart == line.number && sawLicenseLine {
                    ctx.unread(line)
                    return finish(&ctx, promptFollows: false)
                }
                readOtherLine(&ctx)
            }
            if keptLines + linesPastEnd == keptBefore { trailing.understood() }
        }
        // A chunk of a stream ends before a prompt, unless the capture ends with it.
        return finish(&ctx, promptFollows: ctx.promptFollowsOutput)
    }

    // MARK: serial, key and block header lines

    /// Returns false when the line starts the next document.
    private mutating func readLicenseLine(_ ctx: inout ParseContext) -> Bool {
        let lx = ctx.lexer
        endBlockOrKey()
        if lx.isWord(0, "Serial") || lx.isWord(0, "erial") {
            guard !doc.has(.serialNumber) else { return false }
            let truncated = lx.isWord(0, "erial")
            let value = lx.rest(from: 3)
            doc.serialNumber = SerialNumber(value, truncated: truncated, span: lx.span(3))
            if truncated {
                ctx.report(.warning, .DOC002, "'Serial Number:' is cut at the front ('erial Number:'); its value is kept", at: lx.lineSpan)
            }
            if value.isEmpty {
                ctx.report(.warning, .DOC002, "Serial Number is empty", at: lx.span(3))
            }
            sawLicenseLine = true
            section = layout.keysFollowFeatures || doc.has(.running) ? .between : .header
            return true
        }
        // `Flash … Activation Key:`: the key that takes effect at the next reload; its block follows.
        let flash = lx.isWord(0, "Flash")
        if lx.isWord(0, "Running") || flash {
            guard let colon = lx.firstColon else {
                // show version skips what it does not understand, so such a line is kept in a
                // show activation-key output of its own, where read again it is kept again.
                guard layout.keepsLinesNotUnderstood else { return false }
                keep(&ctx, "expected ':' after the key label")
                return true
            }
            // Which key it is, and whether that one was read already (then this line is the next
            // output's, and is read, and reported, there).
            enum Slot { case runningPermanent, permanentBlock, timebased, runningActivation, flash }
            let slot: Slot
            if flash {
                slot = .flash
            } else if lx.isWord(1, "Permanent") {
                slot = layout.keysFollowFeatures || !doc.has(.running) ? .runningPermanent : .permanentBlock
            } else {
                slot = lx.isWord(1, "Timebased") ? .timebased : .runningActivation
            }
            switch slot {
            case .runningPermanent: guard !doc.has(.runningPermanentKey) else { return false }
            case .permanentBlock: guard !doc.has(.permanent) else { return false }
            case .runningActivation: guard !doc.has(.runningActivationKey) else { return false }
            case .flash: guard !doc.has(.flashPermanent) else { return false }
            case .timebased: break
            }
            let pix = PlatformLicense.isPIX(hardware: info.hardware, platform: doc.platform)
            let key = ActivationKeyReader.readWrapped(lx, from: colon + 1, fourWords: pix, ctx: &ctx)?.key
                ?? ActivationKeyReader.read(lx, from: colon + 1, fourWords: pix, ctx: &ctx)
            if key.isEmpty {
                ctx.report(.warning, .DOC002, "\(lx.joined(0, colon)) is empty", at: lx.span(colon + 1))
            } else if !pix && !key.isWellFormed && key.isWellFormedPIXKey { fourWordKeyLines.insert(lx.line.number) }
            sawLicenseLine = true
            switch slot {
            case .runningPermanent: doc.runningPermanentKey = key
            case .permanentBlock: doc.permanent = PermanentLicense(key: key)
            case .timebased: doc.runningTimebasedKeys.append(key)
            case .runningActivation: doc.runningActivationKey = key
            case .flash: doc.flashPermanent = PermanentLicense(key: key)
            }
            section = .between
            return true
        }
        // `Licensed features for this …:` or `Failover cluster licensed features for this …:`
        let cluster = lx.isWord(0, "Failover")
        let scopeIndex = cluster ? 6 : 4  // `Failover cluster licensed features for this <scope>`
        let scope: FeatureBlock.Scope = lx.isWord(scopeIndex, "user") ? .userContext : .platform
        if cluster {
            guard !doc.has(.failoverCluster) else { return false }
            section = .cluster
        } else if doc.has(.flashPermanent) && doc.flashPermanent?.features == nil {
            section = .flash
        } else if doc.has(.permanent) && doc.permanent?.features == nil {
            section = .permanent
        } else {
            guard !doc.has(.running) else { return false }
            if !sawLicenseLine && layout.mayBecomeShowVersion && keptLines == 0 { becomeShowVersion() }
            section = .running
        }
        sawLicenseLine = true
        block = FeatureBlock(scope: scope, span: lx.lineSpan)
        block?.rows.reserveCapacity(16)  // a block has a dozen rows or more: grown once, not five times
        blockRows.startBlock()
        return true
    }

    // MARK: every other line

    private mutating func readOtherLine(_ ctx: inout ParseContext) {
        // Rows are most lines: only lines whose first letter can start a sentence are tested for one.
        switch ctx.lexer.bytes[ctx.lexer.token(0).start] {
        case UInt8(ascii: "T"), UInt8(ascii: "A"), UInt8(ascii: "I"), UInt8(ascii: "H"), UInt8(ascii: "M"), UInt8(ascii: "F"):
            if readSentence(&ctx) { return }
        default:
            break
        }
        switch section {
        case .running, .cluster, .permanent, .flash:
            // The lexer read in place, not copied: this is every row of every block.
            if let row = FeatureRowReader.read(&ctx, unknownNames: &unknownNames) {
                block?.rows.append(row, indent: ctx.lexer.indent, placing: &blockRows)
                return
            }
            if block?.rows.joinBrokenTerm(&ctx) == true || ctx.passesOverLinesLeftOut() { return }
            // In show version the block ends at the first other line; in show activation-key
            // output only structure ends it, so a stray line is kept and the rows after it read.
            if layout.blockEndsAtOtherLine {
                if FeatureRowReader.looksLikeRow(ctx.lexer) {
                    // A row this reader cannot read (a name of many words, a value of many): in
                    // the block, so said, and the block goes on. Show version passes over text.
                    ctx.report(.warning, .DOC003, "feature row not understood ('\(ctx.lexer.rest(from: 0))'); passed over, and the block read on", at: ctx.lexer.lineSpan)
                    return
                }
                let open = section
                endBlockOrKey()
                interruption = BlockInterruption(section: open, ctx.lexer)
            }
        case .active, .inactive:
            let lx = ctx.lexer
            if lx.firstColon == nil && ActivationKeyReader.startsKeyAlone(lx) {
                endBlockOrKey()
                timebased = TimebasedKey(key: ActivationKeyReader.read(lx, from: 0, ctx: &ctx))
                timebasedRows.startBlock()
                return
            }
            if timebased != nil, let row = FeatureRowReader.read(&ctx, unknownNames: &unknownNames) {
                timebased?.features.append(row, indent: lx.indent, placing: &timebasedRows)
                return
            }
            if timebased?.features.joinBrokenTerm(&ctx) == true { return }
        case .header, .between:
            let lx = ctx.lexer
            if var cut = interruption {
                // A catalog row after the line that ended the block, with no structure between:
                // that line stood in the block (a note pasted between rows). It is passed over, as
                // show version passes over what is not license text, but said, and the block goes on.
                if ActivationKeyParser.isCatalogRow(lx) {
                    interruption = nil
                    reopen(cut.section)
                    let which = cut.lastLine == cut.span.line ? "a line that is not a row" : "lines \(cut.span.line)–\(cut.lastLine) that are not rows, first"
                    ctx.report(.warning, .DOC003, "the features block is broken by \(which) ('\(ByteText.string(lx.bytes, cut.text.lowerBound, cut.text.upperBound))'); passed over, and the rows after are read into the block", at: cut.span)
                    if let row = FeatureRowReader.read(&ctx, unknownNames: &unknownNames) {
                        block?.rows.append(row, indent: lx.indent, placing: &blockRows)
                    }
                    return
                }
                cut.lastLine = lx.lineSpan.line
                interruption = cut
            } else if layout.blockEndsAtOtherLine, doc.has(.running), ActivationKeyParser.isCatalogRow(lx) {
                // A row after its block was closed by structure (the serial, a sentence): never
                // passed over without a word.
                ctx.report(.warning, .DOC003, "feature row after its block has ended ('\(lx.rest(from: 0))'); passed over", at: lx.lineSpan)
                return
            }
            // Rows without their header, in the layout of `show version` (7.x and 8.0 print none;
            // pasted rows start one), or after the serial and keys where a paste or a diff left
            // the header out (`<snip>`, a normal diff's hunk): the running block, when there is
            // none yet.
            if layout.readsHeaderlessRows || doc.has(.serialNumber) || doc.has(.runningPermanentKey) || doc.has(.runningActivationKey),
               !doc.has(.running), block == nil, ActivationKeyParser.isCatalogRow(lx) {
                ctx.report(.note, .DOC009, "feature rows without a 'Licensed features for this platform:' header; read as the running license", at: lx.lineSpan)
                section = .running
                sawLicenseLine = true
                block = FeatureBlock(scope: .platform, headerless: true, span: lx.lineSpan)
                blockRows.startBlock()
                if let row = FeatureRowReader.read(&ctx, unknownNames: &unknownNames) {
                    block?.rows.append(row, indent: lx.indent, placing: &blockRows)
                }
                return
            }
        }
        // Show version's closing lines under the keys: the tail of one (`readTailLine`).
        if readsTail || (section == .between && keptLines == 0 && Self.isClosingLine(ctx.lexer) && layout.mayBecomeShowVersion) { return readTailLine(ctx) }
        if layout.keepsLinesNotUnderstood {
            if ctx.passesOverLinesLeftOut() { return }
            // Under a filter, a row no block takes is a block's whose header the filter left
            // out: passed over and said (kept, it would open the running block when read again).
            if layout.showsFilteredOutput, ActivationKeyParser.isCatalogRow(ctx.lexer) {
                ctx.report(.warning, .DOC003, "feature row out of its block, whose header the filter left out ('\(ctx.lexer.rest(from: 0))'); passed over", at: ctx.lexer.lineSpan)
                return
            }
            keep(&ctx, "line not understood in show activation-key output")
        } else if section == .between {
            // (After its running block show version prints only what is read above: sentences,
            // the failover cluster's block, the serial and keys, its closing lines.)
            readPastEnd(ctx, afterKeys: doc.has(.serialNumber) || doc.has(.runningPermanentKey) || doc.has(.runningActivationKey) || (doc.has(.running) && block == nil))
        }
    }

    /// The device's sentences and section headers; false when the line is none of them.
    private mutating func readSentence(_ ctx: inout ParseContext) -> Bool {
        let lx = ctx.lexer
        // Older releases name the unit otherwise (`This PIX has an Unrestricted (UR) license.`).
        if lx.matches("This platform") || (lx.isWord(0, "This") && (Self.isLicenseSentence(lx) || Self.speaksOfLicense(lx))) {
            readPlatformSentence(&ctx)
            return true
        }
        let theFlash = lx.matches("The flash")
        var flashSentence = theFlash ? FlashKeySentence.comparison(lx, after: 2) : lx.matches("Flash") ? FlashKeySentence.comparison(lx, after: 1) : nil
        var wrapped: String?
        if flashSentence == nil && theFlash, let whole = FlashKeySentence.readWrapped(&ctx, after: lx) {
            (flashSentence, wrapped) = (FlashKeySentence.comparison(whole), whole)
        }
        if theFlash || flashSentence != nil {
            // Another sentence on the flash key (`… takes effect after the next reload.`) is a notice.
            endBlockOrKey()
            if let same = flashSentence, !doc.has(.flashKey) {
                doc.flashKey = FlashKeyState(same: same, span: lx.lineSpan)
            } else {
                doc.notices.append(Notice(wrapped ?? lx.rest(from: 0), span: lx.lineSpan))
            }
            section = .between
            return true
        }
        if lx.matches("Active Timebased Activation Key :") {
            endBlockOrKey()
            section = .active
            sectionHeader = lx.lineSpan
            return true
        }
        if lx.matches("Inactive Timebased Activation Key :") {
            endBlockOrKey()
            section = .inactive
            sectionHeader = lx.lineSpan
            return true
        }
        if lx.matches("The Running Activation Key") || Self.speaksOfKey(lx) {
            doc.notices.append(Notice(WrappedLine.readWhole(&ctx, lx, from: 0, what: "sentence"), span: lx.lineSpan))
            return true
        }
        return readShowVersionLine(lx)
    }

    /// `This platform has a/an [model] <tier> license.` under the block just read;
    /// `This platform does not support <feature>.`; any other sentence on the platform is kept
    /// as a notice.
    private mutating func readPlatformSentence(_ ctx: inout ParseContext) {
        let lx = ctx.lexer
        endBlockOrKey()
        section = .between
        if lx.matches("This platform does not support"), lx.count > 5 {
            var feature = lx.rest(from: 5)
            if feature.hasSuffix(".") { feature.removeLast() }
            doc.unsupportedFeatures.append(feature)
            return
        }
        let platform: PlatformLicense
        if Self.isLicenseSentence(lx) {
            platform = Self.platform(lx, span: lx.lineSpan)
        } else if blockAwaitsPlatform, let whole = Self.readWrappedLicenseSentence(&ctx, after: lx) {
            // (Only under a block: a sentence with none is kept as its one line, to be decided later.)
            platform = LineLexer.lexing(whole) { Self.platform($0, span: lx.lineSpan) }
        } else {
            doc.notices.append(Notice(lx.rest(from: 0), span: lx.lineSpan))
            return
        }
        // The block is taken out, given its sentence and put back (set whole, its rows shared):
        // changed in place through the document's accessor, it cost a heap-allocated frame.
        if lastClosed == .cluster, var cluster = doc.failoverCluster, cluster.platform == nil {
            cluster.platform = platform
            doc.failoverCluster = cluster
        } else if lastClosed == .running, var running = doc.running, running.platform == nil {
            running.platform = platform
            doc.running = running
        } else if lastClosed == .permanent, var permanent = doc.permanent, var block = permanent.features, block.platform == nil {
            // `show activation-key detail` may say the permanent license's tier under its block too.
            block.platform = platform
            permanent.features = block
            doc.permanent = permanent
        } else if lastClosed == .flash, var flash = doc.flashPermanent, var block = flash.features, block.platform == nil {
            // The tier the flash key will license after the reload.
            block.platform = platform
            flash.features = block
            doc.flashPermanent = flash
        } else {
            // Kept, and decided when the output ends: in one with no block at all (`show version
            // | include license`, the tail of a paste) it is the unit's sentence, a notice. It is
            // never given back as a paragraph after the output, so that read again it is here again.
            blocklessSentences.append(Notice(lx.rest(from: 0), span: lx.lineSpan))
            keptLines += 1
            trailing.understood()
            ctx.keepUnparsed(Self.blocklessSentence)
        }
        section = .between
    }

    /// Whether a platform sentence read now goes with the block just read, which has none yet.
    private var blockAwaitsPlatform: Bool {
        switch lastClosed {
        case .cluster: doc.failoverCluster.map { $0.platform == nil } ?? false
        case .running: doc.running.map { $0.platform == nil } ?? false
        case .permanent: doc.permanent?.features.map { $0.platform == nil } ?? false
        case .flash: doc.flashPermanent?.features.map { $0.platform == nil } ?? false
        default: false
        }
    }

    private mutating func keep(_ ctx: inout ParseContext, _ why: String) {
        keptLines += 1
        trailing.keeping(ctx)
        ctx.keepUnparsed(why)
    }

    // MARK: structure

    /// A structural line (or a line that is not a row) closes the open block or time-based key.
    private mutating func endBlockOrKey() {
        interruption = nil
        // Taken out, not copied and then cleared: each copy and each clear of an optional block
        // went through the runtime's generic value witnesses.
        if let b = block.take() {
            switch section {
            case .running: doc.running = b
            case .cluster: doc.failoverCluster = b
            case .permanent: doc.permanent?.features = b
            case .flash: doc.flashPermanent?.features = b
            default: break
            }
            lastClosed = section
            section = .between
        }
        if let t = timebased.take() {
            if section == .inactive { doc.inactiveTimebasedKeys.append(t) } else { doc.activeTimebasedKeys.append(t) }
        }
    }

    /// Takes the block closed last back out of the document to read more rows into it.
    private mutating func reopen(_ closed: Section) {
        switch closed {
        case .running: block = doc.running.take()
        case .cluster: block = doc.failoverCluster.take()
        case .permanent: block = doc.permanent?.features.take()
        case .flash: block = doc.flashPermanent?.features.take()
        default: return
        }
        section = closed
    }

    /// The line that ended a show version block, while no structure has followed it: rows of the
    /// catalog after it are the block's.
    private struct BlockInterruption {
        let section: Section
        let span: SourceSpan
        /// Where its text lies in the bytes (made a string only when said).
        let text: Range<Int>
        /// The last line passed over since, not blank.
        var lastLine: Int

        init(section: Section, _ lx: LineLexer) {
            self.section = section
            span = lx.lineSpan
            lastLine = span.line
            text = lx.count == 0 ? lx.line.start..<lx.line.start : lx.token(0).start..<lx.token(lx.count - 1).end
        }
    }

    /// `promptFollows`: a prompt is the next line after the output (not another's first line, nor the capture's end).
    private mutating func finish(_ ctx: inout ParseContext, promptFollows: Bool) -> ActivationKeyDocument {
        if layout.givesBackTrailingLines(promptFollows: promptFollows && !trailing.isSetApart) { trailing.giveBack(&ctx) }
        ctx.passOverOtherScript()
        let open = section
        endBlockOrKey()
        if !layout.showsFilteredOutput, (open == .active && doc.activeTimebasedKeys.isEmpty) || (open == .inactive && doc.inactiveTimebasedKeys.isEmpty) {
            // Placed at the section's header: where the output ends depends on what follows it.
            ctx.report(.warning, .DOC003, "the output ends inside this time-based key section, before any key", at: sectionHeader)
        }
        if !blocklessSentences.isEmpty {
            if !doc.has(.running) && !doc.has(.failoverCluster) && !doc.has(.permanent) && !doc.has(.flashPermanent) {
                let withdrawn = ctx.withdrawKept(lines: Set(blocklessSentences.map(\.span.line)), why: Self.blocklessSentence)
                for n in blocklessSentences where withdrawn.contains(n.span.line) { doc.notices.append(n) }
            }
            blocklessSentences.removeAll()
        }
        if isShowVersion { doc.showVersion = exchange(&info, with: ShowVersionInfo()) }
        if !fourWordKeyLines.isEmpty && doc.isPIX { ctx.withdraw(.KEY001, onLines: fourWordKeyLines, message: ActivationKeyReader.wordCountMessage(4)) }
        ReadDocumentChecks.report(doc, repeatedRows: blockRows.repeated, &ctx)
        return exchange(&doc, with: ActivationKeyDocument())
    }
}
