/// Canonical CLI text: the show output (or configuration) regenerated in one layout — the
/// device's order, single spaces, columns aligned, one blank line between blocks. Parsing it
/// again gives the same model, so writing it again gives the same bytes.
public struct CLIWriter {
    public let options: OutputOptions
    /// The text so far: lines, each ending in a line feed (a blank line is a line feed alone).
    /// Copies of the writer share it until one of them writes (`write(_:)` and `finish()` give
    /// a writer whose text is shared a copy of its own first), so that every append within
    /// them checks its room and nothing else (an array checked its uniqueness too: a tenth of
    /// a conversion was spent appending).
    private var storage: CLIText
    var out: UnsafeMutablePointer<ByteBuffer> { storage.buffer }

    public init(options: OutputOptions = OutputOptions()) {
        self.options = options
        self.storage = CLIText()
    }

    /// Makes the text this writer's own before it changes.
    private mutating func own() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }

    /// The text of one document, ending in a newline.
    public static func text(_ doc: Document, options: OutputOptions = OutputOptions()) -> String {
        String(decoding: bytes(doc, options: options), as: UTF8.self)
    }

    /// The text of one document as UTF-8 bytes.
    static func bytes(_ doc: Document, options: OutputOptions = OutputOptions()) -> [UInt8] {
        var w = CLIWriter(options: options)
        return w.bytes(of: doc)
    }

    /// The text of one document as UTF-8 bytes, written after emptying this writer: a renderer
    /// writes every document of a stream with one writer, whose buffer is allocated once.
    mutating func bytes(of doc: Document) -> [UInt8] {
        own()
        out.pointee.removeAll()
        write(doc)
        trimTrailingBlankLines()
        return out.pointee.drain()
    }

    /// The command a bare prompt echoes before an output that has lines not understood and no
    /// echoed command of its own: read again after it, those lines are lines of that output
    /// wherever they stood in it (before its first line they would be text outside it, which is
    /// skipped; after a block header, rows of the block). So for an output whose text would
    /// start with no line that opens it (`writesOpeningLine`).
    public static func markingCommand(_ doc: Document) -> String? {
        guard doc.command == nil, !doc.unparsed.isEmpty || !doc.content.value.writesOpeningLine else { return nil }
        return doc.content.value.markingCommand
    }

    /// Adds a document's canonical text.
    public mutating func write(_ doc: Document) {
        own()
        if let command = doc.command ?? CLIWriter.markingCommand(doc) {
            append(doc.prompt ?? "#")
            out.pointee.append(0x20)
            line(command)
        } else if type(of: doc.content.value).answersPrompt {
            // The reply answers a prompt; a bare one when none was shown, so that the lines
            // before the reply read back as part of it.
            line(doc.prompt ?? "#")
        }
        doc.content.value.writeCLI(&self, of: doc)
        blank()
    }

    /// The text written, trailing blank lines removed.
    public mutating func finish() -> String {
        own()
        trimTrailingBlankLines()
        return String(decoding: UnsafeBufferPointer(start: out.pointee.base, count: out.pointee.count), as: UTF8.self)
    }

    private mutating func trimTrailingBlankLines() {
        while lastLineIsBlank { out.pointee.removeLast() }
    }

    /// Whether the last line written is blank (false with no line).
    var lastLineIsBlank: Bool {
        let (base, count) = (out.pointee.base, out.pointee.count)
        return count > 0 && base[count - 1] == 0x0A && (count == 1 || base[count - 2] == 0x0A)
    }

    /// Adds a line. (A line of several parts is appended part by part before its last: an
    /// interpolated `String` grew and copied its storage, a tenth of a CLI conversion.)
    mutating func line(_ text: String) {
        append(text)
        out.pointee.append(0x0A)
    }

    /// Ends the line begun at `start`, its trailing spaces left out.
    mutating func endLineTrimmed(from start: Int) {
        while out.pointee.count > start && out.pointee.base[out.pointee.count - 1] == 0x20 { out.pointee.removeLast() }
        out.pointee.append(0x0A)
    }

    mutating func blank() {
        if out.pointee.count > 0 && !lastLineIsBlank { out.pointee.append(0x0A) }
    }

    // MARK: show activation-key / show version

    mutating func writeActivationKey(_ d: ActivationKeyDocument) {
        var flashWritten = false
        if let v = d.showVersion {
            if let s = v.softwareVersion {
                switch v.product {
                case "PIX": append("Cisco PIX Security Appliance Software Version ")
                case "PIX Firewall": append("Cisco PIX Firewall Version ")
                default: append("Cisco Adaptive Security Appliance Software Version ")
                }
                append(s)
                if let space = v.executionSpace {
                    append(" <")
                    append(space)
                    append(">")
                }
                out.pointee.append(0x0A)
            }
            if let h = v.hardware { append("Hardware:   "); line(h) }
            if let m = v.modelID { append("Model Id:   "); line(m) }
            writeLicenseState(v)
            // A notice cannot start an output: with no header line before it, it follows the blocks.
            let headed = v != ShowVersionInfo()
            if headed {
                blank()
                writeNotices(d)
            }
            writeBlocks(d)
            if !headed { writeNotices(d) }
            writeUnsupported(d)
            writeSerialAndKeys(d)
        } else {
            writeSerialAndKeys(d)
            // With no serial or key line before it, a first `Licensed features` block would be
            // read again as a show version: the cluster block, first, says it is not.
            let bare = d.serialNumber == nil && d.runningPermanentKey == nil && d.runningActivationKey == nil && d.runningTimebasedKeys.isEmpty
            // A flash key opens the output where nothing else would (a sentence does not); not
            // before the blocks of a `detail` whose permanent key they come before, nor before
            // a running block, which opens it (read again, the running block would be the flash
            // key's, the permanent key the running one).
            if bare, d.permanent == nil, d.running == nil, let f = d.flashPermanent {
                writeKeyAndBlock("Flash Permanent Activation Key:", f)
                flashWritten = true
            }
            if !bare { writeNotices(d) }
            // (Rows with no header, as a filter leaves them, first: after the cluster's header
            // they would be its rows.)
            writeBlocks(d, clusterFirst: bare && d.running?.headerless != true)
            if bare { writeNotices(d) }
            writeUnsupported(d)
        }
        if let p = d.permanent { writeKeyAndBlock("Running Permanent Activation Key:", p) }
        if let f = d.flashKey {
            // In the words of the unit's release: before 8.3 (a `Running Activation Key:`) the
            // key had no `permanent` in it.
            if d.runningActivationKey != nil && d.runningPermanentKey == nil && d.permanent == nil && d.runningTimebasedKeys.isEmpty {
                line(f.same ? "The flash activation key is the SAME as the running key." : "The flash activation key is DIFFERENT from the running key.")
            } else {
                line(f.same ? "The flash permanent activation key is the SAME as the running permanent key."
                            : "The flash permanent activation key is DIFFERENT from the running permanent key.")
            }
        }
        for n in d.notices where FlashKeySentence.comparison(n.text) != nil { line(n.text) }
        blank()
        if let f = d.flashPermanent, !flashWritten { writeKeyAndBlock("Flash Permanent Activation Key:", f) }
        writeTimebased("Active Timebased Activation Key:", d.activeTimebasedKeys)
        writeTimebased("Inactive Timebased Activation Key:", d.inactiveTimebasedKeys)
    }

    /// A key and what it licenses: the permanent block of `detail`, the flash key's.
    private mutating func writeKeyAndBlock(_ label: String, _ license: PermanentLicense) {
        keyLine(label, license.key)
        blank()
        if let b = license.features { writeBlock(b, header: "Licensed features for this") }
    }

    /// The licence-state lines, in the order `show version` prints them.
    private mutating func writeLicenseState(_ v: ShowVersionInfo) {
        if let x = v.licenseMode { append("License mode: "); line(x) }
        if let x = v.licenseState { append("License state: "); line(x) }
        if let x = v.licenseReservation { append("License reservation: "); line(x) }
        if let x = v.platformLicenseState { append("ASAv Platform License State: "); line(x) }
        if let x = v.activeEntitlement {
            append("Active entitlement: ")
            append(x)
            if let mode = v.enforceMode { append(", enforce mode: "); append(mode) }
            out.pointee.append(0x0A)
        }
        if let x = v.noActiveEntitlement { append("No active entitlement: "); line(x) }
        if let x = v.throughputLimit { append("Firewall throughput limited to "); line(x) }
    }

    private mutating func writeUnsupported(_ d: ActivationKeyDocument) {
        for f in d.unsupportedFeatures {
            append("This platform does not support ")
            append(f)
            line(".")
        }
        blank()
    }

    private mutating func writeSerialAndKeys(_ d: ActivationKeyDocument) {
        if let s = d.serialNumber {
            let start = out.pointee.count
            append(s.truncated ? "erial Number: " : "Serial Number: ")
            append(s.text)
            endLineTrimmed(from: start)
        }
        if let k = d.runningPermanentKey { keyLine("Running Permanent Activation Key:", k) }
        if let k = d.runningActivationKey { keyLine("Running Activation Key:", k) }
        for k in d.runningTimebasedKeys { keyLine("Running Timebased Activation Key:", k) }
        blank()
    }

    /// The device's notices; a second flash-key sentence goes after the first (the flash key's
    /// own line), where it reads back as a notice again.
    private mutating func writeNotices(_ d: ActivationKeyDocument) {
        for n in d.notices where FlashKeySentence.comparison(n.text) == nil { line(n.text) }
        blank()
    }

    private mutating func writeBlocks(_ d: ActivationKeyDocument, clusterFirst: Bool = false) {
        if clusterFirst { writeClusterBlock(d) }
        if let b = d.running { writeBlock(b, header: "Licensed features for this") }
        if !clusterFirst { writeClusterBlock(d) }
    }

    private mutating func writeClusterBlock(_ d: ActivationKeyDocument) {
        if let b = d.failoverCluster { writeBlock(b, header: "Failover cluster licensed features for this") }
    }

    private mutating func keyLine(_ label: String, _ key: ActivationKey) {
        let text = key.text
        guard !text.isEmpty else { return line(label) }
        append(label)
        out.pointee.append(0x20)
        line(text)
    }

    /// A block with its header (the program's own words, copied as bytes without a `String`).
    private mutating func writeBlock(_ b: FeatureBlock, header: StaticString) {
        if !b.headerless {
            out.pointee.append(header)
            out.pointee.append(b.scope == .platform ? " platform:\n" : " user context:\n")
        }
        writeRows(b.rows)
        blank()
        if let p = b.platform {
            out.pointee.append("This platform has ")
            // The article, the model and the tier, those there are, one space apart.
            var first = true
            func word(_ text: String?) {
                guard let text else { return }
                if !first { out.pointee.append(0x20) }
                first = false
                append(text)
            }
            word(p.article)
            word(p.model)
            word(p.tier.isEmpty ? nil : p.tier)
            line(" license.")
            blank()
        }
    }

    private mutating func writeTimebased(_ header: String, _ keys: [TimebasedKey]) {
        guard !keys.isEmpty else { return }
        line(header)
        for t in keys {
            line(t.key.text)
            writeRows(t.features)
            blank()
        }
    }

    mutating func append(_ text: String) {
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable { out.pointee.append(contentsOf: $0) }
        if copied == nil { out.pointee.append(contentsOf: Array(text.utf8)) }
    }

    /// The columns a text takes: its characters (its bytes when it is ASCII, as feature text
    /// nearly always is, without counting characters).
    static func width(_ text: String) -> Int {
        var text = text
        return text.withUTF8(width)
    }

    // MARK: configuration

    /// Lines not understood, verbatim but for secrets.
    mutating func writeUnparsed(_ doc: Document) {
        for u in doc.unparsed { line(options.showSecrets ? u.text : SecretRedaction.redact(u.text)) }
    }

    /// A configuration typed at a config-mode prompt keeps its prompt on every command: the
    /// prompt names the unit, and tells one unit's configuration from the next.
    mutating func writeConfiguration(_ c: LicenseConfiguration, prompt: String?, firstUnparsed: String?) {
        // At an exec prompt (`fw#`) only `activation-key` is a configuration command: the keys
        // go first, after the prompt, and the other commands bare after them, where they read
        // back as the same configuration.
        let execPrompt = prompt.map { !Document.hasConfigMode($0) } ?? false
        func order(_ k: ConfigCommand.Kind) -> Int {
            if execPrompt, case .activationKey = k { return -1 }
            return CLIWriter.rank(k)
        }
        // A running-config's header names the unit: written where its commands are bare.
        if let serial = c.serialNumber, prompt == nil { line(": Serial Number: \(serial)") }
        let ordered = c.commands.enumerated().sorted { a, b in
            let (ra, rb) = (order(a.element.kind), order(b.element.kind))
            return ra != rb ? ra < rb : a.offset < b.offset
        }
        for (_, command) in ordered {
            if let prompt, !execPrompt || order(command.kind) < 0 {
                append(prompt)
                out.pointee.append(0x20)
            }
            line(commandText(command))
            for answer in command.reply { line(answer) }
        }
        // A bare prompt keeps a configuration's prompt when nothing else would show it, and the
        // header after it its serial (read again, a prompt alone is no configuration). Lines
        // not understood that were typed after a bare prompt need it too: read without it,
        // they are read as a bare configuration's, which cuts no page's tags.
        if ordered.isEmpty, let prompt, !(firstUnparsed?.utf8.starts(with: prompt.utf8) ?? false) {
            line(prompt)
            if let serial = c.serialNumber { line(": Serial Number: \(serial)") }
        }
    }

    /// Canonical order: secret, refresh-interval, port, backup, enable; then address, backup
    /// address, backup enable; then activation keys.
    static func rank(_ k: ConfigCommand.Kind) -> Int {
        switch k {
        case .secret: 0
        case .refreshInterval: 1
        case .port: 2
        case .backupServer: 3
        case .enable: 4
        case .address: 5
        case .backupAddress: 6
        case .backupEnable: 7
        case .activationKey: 8
        }
    }

    /// A configuration command as the device prints it (`license-server secret …`).
    public func commandText(_ c: ConfigCommand) -> String {
        let no = c.negated ? "no " : ""
        let secret = { (s: Secret) in s.text(showSecrets: options.showSecrets) }
        switch c.kind {
        case .secret(let s): return "\(no)license-server secret \(secret(s))"
        case .refreshInterval(let n): return "\(no)license-server refresh-interval \(n)"
        case .port(let p): return "\(no)license-server port \(p)"
        case .backupServer(let a, let id, let ha):
            return "\(no)license-server backup \(a) backup-id \(id)" + (ha.map { " ha-backup-id \($0)" } ?? "")
        case .enable(let i): return "\(no)license-server enable \(i)"
        case .address(let a, let s, let p):
            return "\(no)license-server address \(a) secret \(secret(s))" + (p.map { " port \($0)" } ?? "")
        case .backupEnable(let i): return "\(no)license-server backup enable \(i)"
        case .backupAddress(let a): return "\(no)license-server backup address \(a)"
        case .activationKey(let k, let action):
            return "\(no)activation-key \(k.text)" + (action.map { " \($0.rawValue)" } ?? "")
        }
    }
}
