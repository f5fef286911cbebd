extension ParseContext {
    /// Passes over the lines asalic does not read that come next (the output of a command it
    /// skips, the CLI's help), up to the next prompt or licence text, blank lines among them,
    /// and notes them once (DOC010): `lines 4–9 are <what>; skipped`, so that no line goes
    /// unsaid. `configurationLines`: lines that read as a configuration's are among them too
    /// when indented, as the help lists a command's words (`  license-server  Configure …`); at
    /// the margin such a line is the configuration's own (canonical CLI writes the lines it kept
    /// under the commands). The run; nil, with only blank lines read, when none.
    mutating func skipLines(_ what: @autoclosure () -> String, configurationLines: Bool = false) -> (first: Int, last: Int, count: Int)? {
        var run = StrayText()
        while let line = next() {
            let kind = LineClassifier.classify(lexer)
            if kind == .blank { continue }
            guard kind == .other || (configurationLines && kind == .configuration && lexer.indent > 0) else {
                unread(line)
                break
            }
            run.add(line.number)
        }
        guard let r = run.take() else { return nil }
        report(.note, .DOC010, "\(StrayText.lines(r.first, r.last)) \(what()); skipped", at: SourceSpan(line: r.first, column: 1, offset: 0))
        return r
    }

    /// Whether licence output of the kind `asked` outputs (any, for a command whose output
    /// asalic reads by its lines) opens after `current` before the next prompt, past blank
    /// lines and lines of no output (as canonical CLI writes the lines an output kept as not
    /// understood, right under its command): read ahead and left unread, what reading them
    /// reported kept (read again, they report nothing), `current` lexed again. (Output of
    /// another kind is a document of its own: the command's lines before it are the help's; so
    /// is a configuration's or a device error's, as every output ends at one.)
    mutating func licenceOpensBeforePrompt(after current: Line, outputOf asked: EchoedCommand) -> Bool {
        var opened = false
        if let first = next() {
            repeat {
                let kind = LineClassifier.classify(lexer)
                if kind == .prompt { break }
                guard LineClassifier.opensLicenceOutput(kind, lexer) else {
                    // A configuration's line or a device's error ends any output before it (`: Saved`).
                    if kind.opens != nil { break }
                    continue
                }
                if let expected = asked.outputKind, (kind.opens ?? .activationKey) != expected { break }
                // (Only a show version prints its licence state: `show activation-key`'s output
                // ends before it, `ShowVersionLines.readLicenseState`.)
                if asked == .showActivationKey && kind == .licenseState { break }
                // (A line in a script no ASA prints, a note pasted amid the output, is passed over
                // as the output ends, `passOverOtherScript`: it answers nothing.)
                if physicalLineHoldsOtherScript() { continue }
                opened = true
            } while !opened && next() != nil
            unread(first)
        }
        lexer.lex(current)
        return opened
    }

    /// Whether the physical line of the line read last, whole (all of a line that lost its line
    /// breaks, from its start: the parts before the one read too), holds words in a script no
    /// ASA prints.
    private func physicalLineHoldsOtherScript() -> Bool {
        let start = min(scanner.lineOrigin, lineStart)
        let end = ByteText.firstIndex(of: 0x0A, in: bytes, start, bytes.count) ?? bytes.count
        return ByteText.holdsOtherScript(bytes, start, end)
    }

    /// The command asked with help on the prompt's line `current` (lexed, a page's tags cut
    /// out) when licence output of that command follows before the next prompt (a paster's
    /// question, `show version (why?)`): the lexer holds the line again, its tags cut out. Nil
    /// when none follows (the lexer holds the line as lexed). One judgment for a capture and a
    /// configuration session, so the line reads the same in both.
    mutating func commandAnsweredDespiteHelp(_ current: Line) -> EchoedCommand? {
        let asked = EchoedCommand.classifyAsked(lexer)
        guard asked != .configLine, licenceOpensBeforePrompt(after: current, outputOf: asked) else { return nil }
        PageMarkup.cutTags(&lexer)
        return asked
    }

    /// Whether the next line that is not blank is one `opens` says of (by default, one that
    /// opens licence output): read ahead and left unread, the line `current` lexed again.
    mutating func nextLineOpens(after current: Line, _ opens: (LineStart, LineLexer) -> Bool = LineClassifier.opensLicenceOutput) -> Bool {
        var opened = false
        while let line = next() {
            let kind = LineClassifier.classify(lexer)
            if kind == .blank { continue }
            opened = opens(kind, lexer)
            unread(line)
            break
        }
        lexer.lex(current)
        return opened
    }
}
