/// `show shared license [detail | client [hostname] | backup]`, both the classic layout and
/// the newer indented one (grammar: Grammars/show-shared-license.ebnf). Labels, not
/// indentation, say which block a line belongs to.
struct SharedLicenseParser {
    private enum Block {
        case none, primary, participantsBackup, backup, utilization, thisDevice, client, participants
    }

    private var doc = SharedLicenseDocument()
    private var block = Block.none
    private var inMessages = false
    private var client: ClientInfo?
    private var sawClientInfo = false
    private var sawParticipantTable = false
    /// A prompt echoed the command: the output runs on to the next prompt.
    private let echoed: Bool
    /// The command filtered the output (`| include usage`): a field whose block header the
    /// filter left out cannot be placed.
    private let filtered: Bool
    /// The lines kept since the last line understood (see `TrailingRun`).
    private var trailing = TrailingRun()

    init(echoed: Bool, filtered: Bool = false) {
        self.echoed = echoed
        self.filtered = filtered
    }

    mutating func parse(_ ctx: inout ParseContext) -> SharedLicenseDocument {
        var seenAny = false
        while let line = ctx.next() {
            let kind = LineClassifier.classify(ctx.lexer)
            if kind == .prompt || kind.opensOutput(otherThan: .sharedLicense) {
                ctx.unread(line)
                return finish(&ctx, promptFollows: kind == .prompt)
            }
            let keptBefore = ctx.unparsed.count
            switch kind {
            case .blank:
                // A blank line does not end the message counters: a page that puts one between
                // every line (`Hello : 0 / 0 / 0`, blank, `Sync : …`) keeps them counters. The
                // next line that is no counter ends them.
                break
            case .sharedLicense:
                // A second `Primary License Server` line is the next capture.
                if seenAny && ctx.lexer.matches("Primary License Server :") && doc.primaryServer != nil {
                    ctx.unread(line)
                    return finish(&ctx, promptFollows: false)
                }
                readLine(&ctx)
            default:  // a pager remnant or any other line; other outputs stopped the parse above
                readLine(&ctx)
            }
            if kind != .blank && ctx.unparsed.count == keptBefore { trailing.understood() }
            seenAny = true
        }
        // A chunk of a stream ends before a prompt, unless the capture ends with it.
        return finish(&ctx, promptFollows: ctx.promptFollowsOutput)
    }

    private mutating func keep(_ ctx: inout ParseContext, _ why: String) {
        // Under a filter, a line out of its block is passed over and said, not kept: kept, it
        // would be written back where no block is either.
        if filtered {
            ctx.report(.warning, .DOC003, "line out of its block, whose header the filter left out ('\(ctx.lexer.rest(from: 0))'); passed over", at: ctx.lexer.lineSpan)
            return
        }
        trailing.keeping(ctx)
        ctx.keepUnparsed(why)
    }

    private mutating func readLine(_ ctx: inout ParseContext) {
        let lx = ctx.lexer
        if lx.matches("Client ID Usage Hostname") {
            closeClient()
            block = .participants
            sawParticipantTable = true
            // (The table ends the counters above it: a counter under it is no block's.)
            inMessages = false
            return
        }
        // No name starts with a lone dash: `- Release : …`, a bullet at the margin, would be
        // read, once written back indented, as an item of a YAML list (`LineEnvelope`).
        guard let colon = lx.firstColon, !(lx.token(0).length == 1 && lx.bytes[lx.token(0).start] == UInt8(ascii: "-")) else {
            if block == .participants, lx.count == 3 {
                let u = lx.token(1)
                if let usage = ByteText.decimal(lx.bytes, u.start, u.end) {
                    doc.participants.append(ParticipantRow(clientID: lx.text(0), usage: usage, hostname: lx.text(2), span: lx.lineSpan))
                    return
                }
            }
            if Elision.isMarker(lx) {
                // `...`, `<snip>`: lines left out of the paste.
                doc.truncated = true
                ctx.report(.warning, .DOC003, "output continues beyond the capture ('\(lx.rest(from: 0))')", at: lx.lineSpan)
                return
            }
            // (After the last use of `lx`: read ahead while it was in use, it was a copy.)
            if ctx.passesOverPageBreak() { return }
            keep(&ctx, "line not understood in show shared license output")
            return
        }
        // A header: words and a closing colon, nothing after it.
        if colon == lx.count - 1 {
            readHeader(&ctx, colon: colon)
            return
        }
        // `Hostname :` starts the next client, whatever its value looks like (`0 / 0 / 0`).
        if inMessages, !(block == .client && colon == 1 && lx.isWord(0, "Hostname")), let counter = readMessage(lx, colon: colon) {
            switch block {
            case .backup: doc.backupServer?.messages.append(counter)
            case .client: client?.messages.append(counter)
            default: doc.messages.append(counter)
            }
            return
        }
        inMessages = false
        readField(&ctx, colon: colon)
    }

    private mutating func readHeader(_ ctx: inout ParseContext, colon: Int) {
        let lx = ctx.lexer
        inMessages = false
        if lx.matches("Backup License Server Info :") {
            block = .backup
            doc.backupServer = BackupServerInfo(span: lx.lineSpan)
        } else if lx.matches("Shared license utilization :") {
            block = .utilization
            doc.utilization = PoolUtilization(pool: "", span: lx.lineSpan)
        } else if lx.matches("This device :") {
            block = .thisDevice
            doc.thisDevice = DeviceUsage(span: lx.lineSpan)
        } else if lx.matches("Client Info :") {
            closeClient()
            block = .client
            sawClientInfo = true
        } else if lx.matches("Messages Tx/Rx/Error :") {
            inMessages = true
        } else if block == .utilization {
            doc.utilization?.pool = lx.joined(0, colon)
        } else if block == .client, client != nil {
            client?.pool = lx.joined(0, colon)
        } else {
            keep(&ctx, "block header not understood in show shared license output")
        }
    }

    /// `Name : tx / rx / error`.
    private func readMessage(_ lx: LineLexer, colon: Int) -> MessageCounter? {
        guard lx.count == colon + 6, lx.isWord(colon + 2, "/"), lx.isWord(colon + 4, "/") else { return nil }
        let b = lx.bytes
        let t1 = lx.token(colon + 1), t2 = lx.token(colon + 3), t3 = lx.token(colon + 5)
        guard let tx = ByteText.decimal(b, t1.start, t1.end), let rx = ByteText.decimal(b, t2.start, t2.end),
              let err = ByteText.decimal(b, t3.start, t3.end) else { return nil }
        return MessageCounter(name: lx.joined(0, colon), tx: tx, rx: rx, error: err, span: lx.lineSpan)
    }

    private mutating func readField(_ ctx: inout ParseContext, colon: Int) {
        let lx = ctx.lexer
        // Made only for the fields that keep text: most fields are counts.
        var value: String { lx.rest(from: colon + 1) }
        let span = lx.span(colon + 1)
        func count() -> Int? {
            guard lx.count == colon + 2 else { return nil }
            let t = lx.token(colon + 1)
            return ByteText.decimal(lx.bytes, t.start, t.end)
        }
        func yesNo() -> Bool? { value == "YES" ? true : value == "NO" ? false : nil }
        var understood = true
        // A field is understood only where its block is open: nothing is dropped silently, nor
        // taken for another block's (a client's `Available` is not the pool's).
        switch colon {
        case 1:
            // (A server's version and status stand under its line: another block's are not its.)
            if lx.isWord(0, "Version"), let n = count(), block == .primary, doc.primaryServer != nil { doc.primaryServer?.version = n }
            else if lx.isWord(0, "Status"), block == .primary, doc.primaryServer != nil { doc.primaryServer?.status = value }
            else if lx.isWord(0, "Version"), let n = count(), block == .participantsBackup { doc.backupLicenseServer?.version = n }
            else if lx.isWord(0, "Status"), block == .participantsBackup { doc.backupLicenseServer?.status = value }
            else if lx.isWord(0, "Address"), block == .backup, doc.backupServer != nil { doc.backupServer?.address = IPAddress(value) }
            else if lx.isWord(0, "Registered"), block == .backup, doc.backupServer != nil, let yes = yesNo() {
                if doc.backupServer?.haPeerID == nil { doc.backupServer?.registered = yes } else { doc.backupServer?.haPeerRegistered = yes }
            }
            else if lx.isWord(0, "Available"), let n = count(), block == .utilization, doc.utilization != nil { doc.utilization?.available = n }
            else if lx.isWord(0, "Utilized"), let n = count(), block == .utilization, doc.utilization != nil { doc.utilization?.utilized = n }
            else if lx.isWord(0, "High"), block == .client, client != nil, let n = count() { client?.high = n }
            else if lx.isWord(0, "Hostname") {
                closeClient()
                block = .client
                client = ClientInfo(span: lx.lineSpan)
                client?.hostname = value
            }
            else { understood = false }
        case 2:
            if lx.matches("Device ID"), block == .client, client != nil { client?.deviceID = value }
            else if lx.matches("Device ID"), block == .backup, doc.backupServer != nil { doc.backupServer?.deviceID = value }
            else if lx.matches("Platform limit"), let n = count(), block == .thisDevice, doc.thisDevice != nil { doc.thisDevice?.platformLimit = n }
            else if lx.matches("Current usage"), let n = count(), block == .client, client != nil { client?.currentUsage = n }
            else if lx.matches("Current usage"), let n = count(), block == .thisDevice, doc.thisDevice != nil { doc.thisDevice?.currentUsage = n }
            else if lx.matches("High usage"), let n = count(), block == .thisDevice, doc.thisDevice != nil { doc.thisDevice?.highUsage = n }
            else { understood = false }
        case 3:
            if lx.matches("Primary License Server"), doc.primaryServer == nil {
                block = .primary
                doc.primaryServer = PrimaryServerInfo(address: IPAddress(value), span: span)
            }
            // A participant configured with a backup server prints it under the primary's lines.
            else if lx.matches("Backup License Server"), block == .primary, doc.backupLicenseServer == nil {
                block = .participantsBackup
                doc.backupLicenseServer = PrimaryServerInfo(address: IPAddress(value), span: span)
            }
            else if lx.matches("HA peer ID"), block == .backup, doc.backupServer != nil { doc.backupServer?.haPeerID = value }
            else if lx.matches("Total for network"), let n = count(), block == .utilization, doc.utilization != nil { doc.utilization?.totalForNetwork = n }
            else { understood = false }
        default:
            understood = false
        }
        if !understood {
            keep(&ctx, "field not understood in show shared license output")
            // It ends the server's lines: a `Version` or `Status` after it is not the server's.
            if block == .primary || block == .participantsBackup { block = .none }
        }
    }

    private mutating func closeClient() {
        if let c = client { doc.clients.append(c) }
        client = nil
    }

    /// `promptFollows`: a prompt is the next line after the output.
    private mutating func finish(_ ctx: inout ParseContext, promptFollows: Bool) -> SharedLicenseDocument {
        if !echoed || !promptFollows || trailing.isSetApart { trailing.giveBack(&ctx) }
        ctx.passOverOtherScript()
        closeClient()
        doc.emptyClientInfo = sawClientInfo && doc.clients.isEmpty
        doc.emptyParticipantTable = sawParticipantTable && doc.participants.isEmpty
        return exchange(&doc, with: SharedLicenseDocument())
    }
}
