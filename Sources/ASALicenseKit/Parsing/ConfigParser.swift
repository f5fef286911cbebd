/// The `license-server …` and `activation-key …` commands of a configuration
/// (grammar: Grammars/license-server-config.ebnf). Any other configuration line is counted and
/// skipped; prompts and leading blanks are tolerated; a command wrapped by a narrow terminal is
/// joined with its continuation line.
struct ConfigParser {
    private var config = LicenseConfiguration()
    /// The host whose prompt the configuration was typed at: another host's prompt starts the
    /// next document.
    private var host: String?
    /// Every line read so far is a comment (`!`, `!Chassis type: …`): a backup tool's header
    /// above the output it keeps as comments, no configuration of its own.
    private(set) var readCommentsOnly = true

    /// Typed at the host's prompt after `configure terminal`: a key's bare line there is a
    /// command typed too, and the device's reply may follow it (as canonical CLI writes it).
    private let typedInSession: Bool
    /// A prompt opened the configuration, so the document keeps it and canonical CLI writes a
    /// key's reply after the prompt it was typed at. A configuration that starts bare is
    /// written bare, where a reply would read back as configuration lines: none is read.
    private let readsReplies: Bool
    /// A line of the configuration showed a config-mode prompt: the session is shown as typed,
    /// so a paragraph of prose after it is a post's text, not the configuration's.
    private var sawConfigPrompt = false
    /// A line read was a command's syntax as a reference page writes it, not a command.
    private var readSyntax = false
    /// The command being read is not its line's last (`readCommands`): no line after it
    /// continues it, and no reply follows it.
    private var lineGoesOn = false
    /// In a configuration with no prompt, where a post's text or markup set the lines after its
    /// last licence command apart (`SetApartLines`), and how many other lines it had there.
    private var setApart: (mark: ParseContext.Mark, otherLines: Int)?

    init(host: String? = nil, typedInSession: Bool = false) {
        self.host = host
        self.typedInSession = typedInSession
        self.readsReplies = host != nil
    }

    mutating func parse(_ ctx: inout ParseContext) -> LicenseConfiguration {
        while let line = ctx.next() {
            var first = 0
            let kind = LineClassifier.classify(ctx.lexer)
            if kind.opensOutput(otherThan: .configuration) {
                ctx.unread(line)
                return config
            }
            switch kind {
            case .blank:
                // (A fence or a page's closing markup is read as a blank line.)
                if host == nil && ctx.closedMarkupRightBefore(line.number + 1) { noteSetApart(ctx) }
                continue
            case .prompt:
                PageMarkup.cutTags(&ctx.lexer)
                let prompt = Prompt.hostname(ctx.lexer.text(0))
                var echoed = TerminalEdits.classify(ctx.lexer).echoed
                // The CLI's help asked for while a command is typed (`license-server ?`), at the
                // session's prompt: neither the help nor the command's start is a line of the
                // configuration, which goes on. With no help under it, the `?` is a value a
                // paster left out (`license-server secret ?`): the line is the configuration's.
                // Licence output under it ends the configuration: the command's, as in a capture.
                if echoed == .help, host == prompt || (host == nil && Prompt.isConfigMode(ctx.lexer)), ctx.commandAnsweredDespiteHelp(line) == nil {
                    if let help = ctx.skipLines("the CLI's help for the command typed on line \(line.number)", configurationLines: true) {
                        config.otherLines += 1 + help.count
                        continue
                    }
                    ctx.lexer.lex(line)
                    PageMarkup.cutTags(&ctx.lexer)
                    echoed = .configLine
                }
                // A reference's syntax with no command after it (and the page's words under it)
                // is not what the example typed at a prompt after it belongs to: that is a
                // session of its own, as typed (`LintDocument.showsOnlyPart`).
                let syntaxAlone = readSyntax && host == nil && config.commands.isEmpty && config.serialNumber == nil && ctx.unparsed.isEmpty
                guard echoed == .configLine || echoed == .leaveConfigMode || echoed == .configure,
                      host == nil || host == prompt, !syntaxAlone else {
                    ctx.unread(line)
                    return config
                }
                host = prompt
                sawConfigPrompt = sawConfigPrompt || echoed == .configLine
                // A prompt alone (`fw(config)#` before the next command, or at a log's end) is
                // no line of the configuration, as a blank line is not.
                if ctx.lexer.count == 1 { continue }
                first = 1
            default:  // a configuration line, a pager remnant or any other; other outputs stopped the parse above
                if sawConfigPrompt && standsApartFromSession(ctx) {
                    ctx.unread(line)
                    return config
                }
            }
            // `: Serial Number: JAD20123ABC`, a running-config's header: the unit's serial, read
            // (not counted among the other lines). Another unit's starts the next document.
            if first == 0 && ctx.lexer.matches(": Serial Number :") && ctx.lexer.count > 4 {
                let serial = ctx.lexer.rest(from: 4)
                if let known = config.serialNumber, known != serial {
                    ctx.unread(line)
                    return config
                }
                config.serialNumber = serial
                readCommentsOnly = false
                continue
            }
            if readCommentsOnly && (first >= ctx.lexer.count || ctx.lexer.bytes[ctx.lexer.token(first).start] != UInt8(ascii: "!")) { readCommentsOnly = false }
            if host == nil && setApart == nil && !config.commands.isEmpty && SetApartLines.isPostsText(ctx.lexer, afterClosedMarkup: ctx.closedMarkupRightBefore(line.number)) {
                noteSetApart(ctx)
            }
            // (A key typed at a config-mode prompt inside a running-config's listing has no reply:
            // canonical CLI writes the listing's commands bare, where a reply reads back as other lines.)
            let commandsBefore = config.commands.count
            readCommands(&ctx, from: first, mayBeReplied: readsReplies && typedInSession)
            guard config.commands.count > commandsBefore else { continue }
            // Another unit's commands, set apart from the ones before by a post's text or markup
            // (a blog's server and participant, each in its own code block): the configuration
            // ends where they were set apart, and the next starts there.
            if let apart = setApart, SetApartLines.startsAnotherUnit(before: config.commands[..<commandsBefore], added: config.commands[commandsBefore...]) {
                config.commands.removeSubrange(commandsBefore...)
                config.otherLines = apart.otherLines
                ctx.rewind(to: apart.mark)
                return config
            }
            setApart = nil
        }
        return config
    }

    /// The line read last sets the lines from it on apart from the licence commands before it.
    private mutating func noteSetApart(_ ctx: ParseContext) {
        if setApart == nil && !config.commands.isEmpty { setApart = (ctx.markBeforeLastLine(), config.otherLines) }
    }

    /// The commands of the line read last, from word `start`: mostly one; several when the
    /// line lost its line breaks (a forum's paste, `license-server address 10.1.1.1 secret
    /// farscape license-server backup address 10.1.1.2`, the line's prompt again between them
    /// or not, which `FlattenedLines` leaves whole under 100 bytes): each read as its own line
    /// would be, its columns those of the line.
    private mutating func readCommands(_ ctx: inout ParseContext, from start: Int, mayBeReplied: Bool) {
        // Typed at a prompt: each command of a prompt's line, as each is written back, and each
        // of a session that shows one (from its start or since a prompt in it), written back
        // after its prompt. A page's tags inside it are cut out, and its typing corrected is
        // read as shown; a listing's line, the most of a configuration, is not looked at.
        let cutsTags = start > 0 || host != nil
        if cutsTags && TerminalEdits.isEdited(ctx.lexer, from: start) {
            readEditedCommands(&ctx, from: start, cutsTags: cutsTags, mayBeReplied: mayBeReplied)
            return
        }
        var first = start
        let whole = ctx.lexer.line
        while let (end, next, nextFirst) = Self.nextCommand(ctx.lexer, after: first) {
            lineGoesOn = true
            ctx.lexer.lex(Line(number: whole.number, start: ctx.lexer.line.start, end: end))
            readCommand(&ctx, from: first, cutsTags: cutsTags, mayBeReplied: false)
            lineGoesOn = false
            ctx.lexer.lex(Line(number: whole.number, start: next, end: whole.end))
            first = nextFirst
        }
        readCommand(&ctx, from: first, cutsTags: cutsTags, mayBeReplied: mayBeReplied)
    }

    /// Where the command from word `start` ends when another follows it on the line: its last
    /// word's end, where the next starts (at its `no`, or the line's prompt again before it),
    /// and the word of the next that its command starts at. A licence command's words never
    /// hold `license-server` or `activation-key` again.
    private static func nextCommand(_ lx: LineLexer, after start: Int) -> (end: Int, next: Int, first: Int)? {
        guard lx.count - start >= 4 else { return nil }
        // (Only after a licence command: text before one is no command of a paste.)
        let command = lx.isWord(start, "no") ? start + 1 : start
        guard lx.isWord(command, "license-server") || lx.isWord(command, "activation-key") else { return nil }
        for k in (start + 2)..<lx.count where lx.isWord(k, "license-server") || (lx.isWord(k, "activation-key") && ActivationKeyReader.startsKey(lx, at: k + 1)) {
            var cut = k
            if lx.isWord(cut - 1, "no") { cut -= 1 }
            // (The line's own prompt again: another host's would start another document.)
            let prompted = start == 1 && cut - 1 > start && lx.text(cut - 1) == lx.text(0)
            if prompted { cut -= 1 }
            guard cut >= start + 2 else { continue }
            // (Not after a book's mark, `… \`: written back alone, the line would end with it,
            // which read again is taken off as the mark of a line broken.)
            let end = lx.token(cut - 1).end
            if ContinuationMark.mayEnd(lx.bytes[end - 1]), ContinuationMark.textEndBefore(lx.bytes, lx.line.start, end) != nil { continue }
            return (end, lx.token(cut).start, prompted ? 1 : 0)
        }
        return nil
    }

    /// A line with no prompt in a session shown with its prompts, set apart from it: after a
    /// blank line, a code fence or a page's closing markup, a Markdown heading, a line ending
    /// with a colon ("Then on the participant:"), or words in a script no ASA prints (a post's
    /// Chinese, `在参与者上配置：`), and no licence command or comment. It is the
    /// text of the post between two examples typed at the same default prompt (`ciscoasa(config)#`),
    /// which are two units' configurations, not one that mixes their roles.
    private func standsApartFromSession(_ ctx: ParseContext) -> Bool {
        let lx = ctx.lexer
        let n = lx.line.number
        guard lx.count > 0, !lx.isWord(0, "license-server"), !lx.isWord(0, "activation-key"), !lx.isWord(0, "no"),
              !SetApartLines.isComment(lx) else { return false }
        // (Line numbers start at 1: no line 0 was blank or closed markup.)
        return (n > 1 && ctx.wasBlank(n - 1)) || ctx.closedMarkupRightBefore(n) || SetApartLines.headsOrIntroduces(lx)
            || ByteText.holdsOtherScript(lx.bytes, lx.line.start, lx.line.end)
    }

    /// `cutsTags`: its line is read as a prompt's (a page's tags inside it are cut out).
    /// `mayBeReplied`: typed at a prompt the document keeps, so a key's reply is read after it.
    private mutating func readCommand(_ ctx: inout ParseContext, from start: Int, cutsTags: Bool, mayBeReplied: Bool) {
        // A configuration word may hold colons (`secret ab:cd:`): lex the line again that way.
        ctx.lexer.lex(ctx.lexer.line, colonsInWords: true)
        if cutsTags { PageMarkup.cutTags(&ctx.lexer, colonsInWords: true) }
        let lx = ctx.lexer
        readCommand(&ctx, lx, from: start, keptAs: nil, mayBeReplied: mayBeReplied)
    }

    /// The commands of a line whose typing was corrected (a terminal log's `secret farscapx\b
    /// \be`): read as the terminal showed it, as `readCommands` reads a line, and kept so when
    /// not understood (no part of a secret erased is left beside its redaction).
    @inline(never) private mutating func readEditedCommands(_ ctx: inout ParseContext, from start: Int, cutsTags: Bool, mayBeReplied: Bool) {
        let written = ctx.lexer
        let before = ByteText.string(written.bytes, written.line.start, written.token(start).start)
        TerminalEdits.withShownLine(written, from: start, colonsInWords: false) { shown in
            func command(_ lx: LineLexer) -> LineLexer {
                var command = lx
                command.lex(lx.line, colonsInWords: true)
                if cutsTags { PageMarkup.cutTags(&command, colonsInWords: true) }
                return command
            }
            // (Shown, the line may be one that lost its line breaks, as it is read written back.)
            let lines = FlattenedLines.linesOfShown(UnsafeBufferPointer(rebasing: shown.bytes[shown.line.start..<shown.line.end]),
                                                    after: before, ownPrompt: start > 0 ? written.text(0) : nil)
            for (k, range) in lines.enumerated() {
                var lx = shown
                lx.lex(Line(number: shown.line.number, start: shown.line.start + range.lowerBound, end: shown.line.start + range.upperBound))
                if cutsTags { PageMarkup.cutTags(&lx) }
                let whole = lx.line, last = k + 1 == lines.count
                var first = k > 0 && Prompt.isPrompt(lx) ? 1 : 0
                lineGoesOn = !last
                while let (end, next, nextFirst) = Self.nextCommand(lx, after: first) {
                    lineGoesOn = true
                    lx.lex(Line(number: whole.number, start: lx.line.start, end: end))
                    let piece = command(lx)
                    readCommand(&ctx, piece, from: first, keptAs: k == 0 && lx.line.start == whole.start ? before + piece.verbatim : nil, mayBeReplied: false)
                    lineGoesOn = !last
                    lx.lex(Line(number: whole.number, start: next, end: whole.end))
                    first = nextFirst
                }
                let piece = command(lx)
                readCommand(&ctx, piece, from: first, keptAs: k == 0 && lx.line.start == whole.start ? before + piece.verbatim : nil, mayBeReplied: mayBeReplied && last)
            }
            lineGoesOn = false
        }
    }

    /// The command `lx` holds from word `start`; `keptAs`, its line's text when not understood
    /// (nil: the line lexed).
    private mutating func readCommand(_ ctx: inout ParseContext, _ lx: LineLexer, from start: Int, keptAs: String?, mayBeReplied: Bool) {
        var i = start
        let negated = lx.isWord(i, "no")
        if negated { i += 1 }
        if lx.isWord(i, "activation-key") {
            // A command only with a key after it, as it starts a configuration only so
            // (`LineClassifier`): `activation-key detail command, which` is a sentence's line.
            // (At a prompt too: canonical CLI writes a session's commands bare.)
            if !negated && !ActivationKeyReader.startsKey(lx, at: i + 1) {
                config.otherLines += 1
                return
            }
            if readActivationKey(&ctx, lx, from: i + 1, negated: negated), mayBeReplied {
                config.commands[config.commands.count - 1].reply = readReply(&ctx, under: lx.indent)
            }
            return
        }
        guard lx.isWord(i, "license-server") else {
            config.otherLines += 1
            return
        }
        var words = (i + 1..<lx.count).map { lx.text($0) }
        // A template's placeholder (`secret {{ secret }}`) is one word: the value left out.
        if lx.holdsTemplatePlaceholder { words = TemplateText.joiningPlaceholders(words) }
        var span = lx.span(i)
        var parsed = commandKind(words, negated: negated)
        // Told by its case: `parsed != nil` compared two optional commands, copying each.
        var complete = true
        if case .none = parsed { complete = false }
        // A whole command is followed by options only where it has them.
        // A line as long as a terminal is wide may have been cut by its hard wrap, inside a word.
        // (Counted from the line's own start: one of several strings on a physical line is short.)
        // (Not a line a page's markup was cut out of: its bytes are no terminal's columns.)
        let fillsTerminal = !lx.wasCut && lx.token(lx.count - 1).end - lx.line.start >= Self.terminalWidth
        if !lineGoesOn && (!complete || words.first == "backup" || words.first == "address" || fillsTerminal),
           let joined = joinWrappedLine(&ctx, words: words, complete: complete, negated: negated, after: lx, fillsTerminal: fillsTerminal) {
            words = joined
            parsed = commandKind(words, negated: negated)
        }
        span.column = lx.column(i)
        // Its placeholders, set in italics, copied as plain words: a syntax too, even where
        // they make a command's shape (`secret secret`).
        let placeholder = Self.hasPlaceholder(words)
        if placeholder { parsed = nil }
        switch consume parsed {
        case .some(let kind):
            // The secret's word: `secret S`, `address A secret S …`.
            let secretWord = words[0] == "secret" ? 1 : words[0] == "address" ? 3 : 0
            if secretWord > 0, Secret.isMask(words[secretWord]) {
                ctx.report(.note, .DOC008, "the secret is masked ('\(words[secretWord])'); it is not checked or compared", at: span)
            }
            Self.noteBlankedValues(kind, at: span, &ctx)
            config.commands.append(ConfigCommand(negated: negated, kind, span: span))
        case .none where placeholder || words.contains(where: { $0.hasPrefix("[") || $0.hasPrefix("{") || $0 == "|" }) || Self.isCommandName(words):
            // `license-server address address secret secret [port port]`: a command's syntax as
            // a reference page writes it (brackets and braces around options), no command; and
            // `license-server backup address` alone, the command's name, the page's title over
            // its syntax (a configuration never holds it: the device refuses it).
            config.otherLines += 1
            readSyntax = true
            let what = !placeholder && Self.isCommandName(words) ? "name" : "syntax"
            ctx.report(.note, .DOC010, "a command's \(what), not a command: \(SecretRedaction.redact("license-server " + words.joined(separator: " "))); skipped", at: span)
        case .none:
            ctx.unparsed.append(UnparsedLine(line: lx.line.number, text: keptAs ?? lx.verbatim))
            ctx.report(.error, .DOC001, "license-server command not understood: \(SecretRedaction.redact("license-server " + words.joined(separator: " ")))", at: span)
        }
    }

    /// Notes an address or a serial left out of the configuration: blanked by whoever pasted it
    /// (`10.1.1.x`, `backup-id JMX13xxxxxx`) or a template's placeholder (`{{ backup_serial }}`).
    /// The rules that judge or compare it leave it be.
    private static func noteBlankedValues(_ kind: borrowing ConfigCommand.Kind, at span: SourceSpan, _ ctx: inout ParseContext) {
        var blanked: [String] = []
        switch kind {
        case .address(let a, _, _), .backupAddress(let a):
            if PastedRedaction.addressLooksRedacted(a) { blanked.append("address '\(a)'") }
        case .backupServer(let a, let id, let ha):
            if PastedRedaction.addressLooksRedacted(a) { blanked.append("address '\(a)'") }
            for (name, serial) in [("backup-id", id), ("ha-backup-id", ha)] {
                if let serial, PastedRedaction.serialLooksRedacted(serial) { blanked.append("\(name) '\(serial)'") }
            }
        default:
            return
        }
        guard !blanked.isEmpty else { return }
        let what = blanked.count == 1 ? "the \(blanked[0]) is"
            : "the \(blanked.dropLast().joined(separator: ", the ")) and the \(blanked[blanked.count - 1]) are"
        ctx.report(.note, .DOC008, "\(what) left out (blanked by whoever pasted it, or a template's placeholder); not checked or compared", at: span)
    }

    /// The shape of each command, word by word.
    private func commandKind(_ w: [String], negated: Bool) -> ConfigCommand.Kind? {
        func int(_ s: String) -> Int? { s.utf8.allSatisfy(ByteText.isDigit) && s.utf8.count <= 9 ? Int(s) : nil }
        guard let head = w.first else { return nil }
        switch (head, w.count) {
        case ("secret", 2): return .secret(Secret.parse(w[1]))
        case ("refresh-interval", 2): return int(w[1]).map { .refreshInterval($0) }
        case ("port", 2): return int(w[1]).map { .port($0) }
        case ("enable", 2): return .enable(interface: w[1])
        case ("backup", 3) where w[1] == "address": return .backupAddress(IPAddress(w[2]))
        case ("backup", 3) where w[1] == "enable": return .backupEnable(interface: w[2])
        case ("backup", 4) where w[2] == "backup-id":
            return .backupServer(address: IPAddress(w[1]), backupID: w[3], haBackupID: nil)
        case ("backup", 6) where w[2] == "backup-id" && w[4] == "ha-backup-id":
            return .backupServer(address: IPAddress(w[1]), backupID: w[3], haBackupID: w[5])
        case ("address", 4) where w[2] == "secret":
            return .address(IPAddress(w[1]), secret: Secret.parse(w[3]), port: nil)
        case ("address", 6) where w[2] == "secret" && w[4] == "port":
            return int(w[5]).map { .address(IPAddress(w[1]), secret: Secret.parse(w[3]), port: $0) }
        default: return nil
        }
    }

    /// Joins the next line when it is a bare continuation (no prompt, not a command) and the two
    /// make one command: after words that want a value (`… ha-backup-id` / `JMX1378N0W3`), or
    /// after a whole command (`complete`) that a page cut before its options (`… backup-id
    /// JMX0916L0Z4` / `ha-backup-id JMX1378N0W3`), which would otherwise be counted among the
    /// other lines. The joined words.
    private func joinWrappedLine(_ ctx: inout ParseContext, words: [String], complete: Bool, negated: Bool,
                                 after command: LineLexer, fillsTerminal: Bool) -> [String]? {
        guard let (next, from) = ctx.nextWrapped(after: command.line.number) else { return nil }
        var lx = ctx.lexer
        lx.lex(next, colonsInWords: true)
        // Only a join that makes a command is taken: otherwise the next line is read on its own.
        // After a whole command only its options may follow, no more indented than it (an
        // indented line is a sub-command of something else).
        var rest = LineClassifier.classify(ctx.lexer) == .other ? (0..<lx.count).map { lx.text($0) } : []
        if lx.holdsTemplatePlaceholder { rest = TemplateText.joiningPlaceholders(rest) }
        // (A line typed with corrections is no terminal's wrap: it is read on its own, as shown.)
        guard (1...4).contains(rest.count), !TerminalEdits.isEdited(lx, from: 0) else {
            ctx.unread(from)
            return nil
        }
        // (A terminal's hard wrap at a blank leaves the blank first on the next line.)
        let optionIndent = command.indent + (fillsTerminal ? 1 : 0)
        if !complete || (lx.indent <= optionIndent && (lx.isWord(0, "ha-backup-id") || lx.isWord(0, "port"))),
           case let joined = words + rest, commandKind(joined, negated: negated) != nil {
            reportJoined(&ctx, command.lineSpan, next)
            return joined
        }
        // A terminal's hard wrap cuts inside a word (`… ha-backu` / `p-id JMX1378N0W3`, `… JMX13`
        // / `78N0W3`): on a line as long as a terminal is wide, the word's parts are joined when
        // that makes a command.
        // (A command's words are ASCII: a word's rest is too.)
        if fillsTerminal, !words.isEmpty, lx.bytes[lx.token(0).start] < 0x80,
           case let joined = words.dropLast() + [words[words.count - 1] + rest[0]] + rest.dropFirst(), commandKind(Array(joined), negated: negated) != nil {
            reportJoined(&ctx, command.lineSpan, next)
            return Array(joined)
        }
        ctx.unread(from)
        return nil
    }

    /// The narrowest terminal or page whose hard wrap may cut a word (columns a line fills
    /// before it): a join is taken only when it makes a command, which no other line glued on does.
    private static let terminalWidth = WrappedLine.narrowestCut

    /// Whether `word` is the start of a key's action, short of its end (`activ`, `d`).
    private static func isCutAction(_ word: String) -> Bool {
        word != "activate" && word != "deactivate" && !word.isEmpty && ("activate".hasPrefix(word) || "deactivate".hasPrefix(word))
    }

    private func reportJoined(_ ctx: inout ParseContext, _ first: SourceSpan, _ next: Line) {
        ctx.report(.warning, .DOC002, "command wrapped by the terminal: line \(first.line) continues on line \(next.number); joined", at: first)
    }

    /// False when the line holds no key (then it is counted among the other lines).
    private mutating func readActivationKey(_ ctx: inout ParseContext, _ lx: LineLexer, from first: Int, negated: Bool) -> Bool {
        var end = lx.count
        var action: ConfigCommand.KeyAction?
        if lx.isWord(end - 1, "activate") { action = .activate; end -= 1 } else if lx.isWord(end - 1, "deactivate") { action = .deactivate; end -= 1 }
        // The action cut inside its word by a hard wrap (`… 0x47c7c285 activ` / `ate`).
        if action == nil && !lineGoesOn && end - first == 6, case let cut = lx.text(end - 1), Self.isCutAction(cut),
           let wrapped = readWrappedAction(&ctx, after: lx, completing: cut) {
            action = wrapped
            end -= 1
        }
        guard end > first else {
            config.otherLines += 1
            return false
        }
        // KEY002: one space between words; more is tolerated on input. (Not said of a page's
        // markup cut out between them.)
        for i in first + 1..<end where !lx.wasCut && (lx.token(i).start - lx.token(i - 1).end > 1 || lx.bytes[lx.token(i).start - 1] != 0x20) {
            ctx.report(.warning, .KEY002, "activation-key words are separated by more than one space; canonical output uses one", at: lx.span(i - 1))
            break
        }
        // A key cut by the width of a terminal or a page: its last words (and `activate`) next.
        if action == nil && !lineGoesOn, let (key, wrappedAction) = ActivationKeyReader.readWrapped(lx, from: first, fourWords: false, allowsAction: true, ctx: &ctx) {
            config.commands.append(ConfigCommand(negated: negated, .activationKey(key, action: wrappedAction), span: lx.span(first - 1)))
            return true
        }
        let key = ActivationKeyReader.read(lx, from: first, to: end, ctx: &ctx)
        if action == nil && end - first == 5 && !lineGoesOn { action = readWrappedAction(&ctx, after: lx) }
        config.commands.append(ConfigCommand(negated: negated, .activationKey(key, action: action), span: lx.span(first - 1)))
        return true
    }

    /// A whole key's action cut by the width of a page onto the next line, alone
    /// (`activation-key 0x… 0x… 0x… 0x… 0x…` / `activate`), or the rest of it after the part
    /// `cut` a hard wrap left on the command's line; with a warning (DOC002); nil, with the next
    /// line left unread, when the next line is not that.
    private func readWrappedAction(_ ctx: inout ParseContext, after command: LineLexer, completing cut: String = "") -> ConfigCommand.KeyAction? {
        guard let (next, from) = ctx.nextWrapped(after: command.line.number) else { return nil }
        let lx = ctx.lexer
        let word = cut.isEmpty || lx.count != 1 ? "" : cut + lx.text(0)
        let action: ConfigCommand.KeyAction? = cut.isEmpty ? (lx.isWord(0, "activate") ? .activate : lx.isWord(0, "deactivate") ? .deactivate : nil)
            : word == "activate" ? .activate : word == "deactivate" ? .deactivate : nil
        guard lx.count == 1, lx.indent <= command.indent, let action, LineClassifier.classify(lx) == .other else {
            ctx.unread(from)
            return nil
        }
        reportJoined(&ctx, command.lineSpan, next)
        return action
    }
}
