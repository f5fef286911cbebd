/// `show shared license` as canonical CLI text: the server, backup, utilization and device
/// blocks with their fields aligned as the device aligns them, then the clients and participants.
extension CLIWriter {
    private mutating func field(_ label: String, _ value: String?, indent: String = "") {
        guard let value else { return }
        guard CLIWriter.isASCII(indent), CLIWriter.isASCII(label), CLIWriter.isASCII(value) else {
            let name = indent + label
            return line(trimmed(name + String(repeating: " ", count: max(1, 24 - name.count)) + ": " + value))
        }
        // ASCII, as nearly every field is: a character is a byte, so the line is written as
        // bytes (built as a `String`, then trimmed a character at a time, it cost 50 K
        // instructions a shared-license output).
        let start = out.pointee.count
        append(indent)
        append(label)
        out.pointee.append(repeating: 0x20, count: max(1, 24 - indent.utf8.count - label.utf8.count))
        out.pointee.append(": ")
        append(value)
        endLineTrimmed(from: start)
    }

    private func trimmed(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }

    private static func isASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { b in !b.contains { $0 >= 0x80 } } ?? false
    }

    private mutating func writeClientSections(_ d: SharedLicenseDocument) {
        if !d.clients.isEmpty || d.emptyClientInfo {
            line("Client Info:")
            blank()
            for c in d.clients {
                field("Hostname", c.hostname ?? "")
                field("Device ID", c.deviceID)
                if let pool = c.pool { line("\(pool):") }
                field("Current usage", c.currentUsage.map(String.init), indent: "  ")
                field("High", c.high.map(String.init), indent: "  ")
                writeMessages(c.messages)
                blank()
            }
        }
        if !d.participants.isEmpty || d.emptyParticipantTable {
            line("Client ID           Usage   Hostname")
            for p in d.participants {
                let id = p.clientID + String(repeating: " ", count: max(1, 20 - p.clientID.count))
                let usage = String(p.usage)
                line(id + usage + String(repeating: " ", count: max(1, 8 - usage.count)) + p.hostname)
            }
            blank()
        }
    }

    private mutating func writeMessages(_ messages: [MessageCounter]) {
        guard !messages.isEmpty else { return }
        line("Messages Tx/Rx/Error:")
        for m in messages { field(m.name, "\(m.tx) / \(m.rx) / \(m.error)", indent: "  ") }
    }

    /// `echoed`: a command line opens the output, so it need not start with a line of its own.
    mutating func writeSharedLicense(_ d: SharedLicenseDocument, echoed: Bool = false) {
        let start = out.pointee.count
        if let p = d.primaryServer {
            field("Primary License Server", p.address.description)
            field("Version", p.version.map(String.init), indent: "  ")
            field("Status", p.status, indent: "  ")
            if let b = d.backupLicenseServer {
                field("Backup License Server", b.address.description)
                field("Version", b.version.map(String.init), indent: "  ")
                field("Status", b.status, indent: "  ")
            }
            blank()
        }
        // The unit's own counters follow its usage blocks; with none, after the backup block
        // they would read as the backup's: they go just before it (no blank line, which would
        // part them from the document when only unparsed lines precede them).
        let ownMessagesFirst = d.backupServer != nil && d.utilization == nil && d.thisDevice == nil && !d.messages.isEmpty
        if ownMessagesFirst { writeMessages(d.messages) }
        if let b = d.backupServer {
            line("Backup License Server Info:")
            blank()
            field("Device ID", b.deviceID)
            field("Address", b.address?.description)
            field("Registered", b.registered.map { $0 ? "YES" : "NO" })
            field("HA peer ID", b.haPeerID)
            field("Registered", b.haPeerRegistered.map { $0 ? "YES" : "NO" })
            writeMessages(b.messages)
            blank()
        }
        if let u = d.utilization {
            line("Shared license utilization:")
            if !u.pool.isEmpty { line("\(u.pool):") }
            field("Total for network", u.totalForNetwork.map(String.init), indent: "  ")
            field("Available", u.available.map(String.init), indent: "  ")
            field("Utilized", u.utilized.map(String.init), indent: "  ")
        }
        // The client and participant sections start an output; the unit's own figures do not.
        // With nothing before them, the figures follow those sections, so that read again the
        // output starts where it started.
        let clientsFirst = !echoed && d.primaryServer == nil && d.backupServer == nil && d.utilization == nil
        if clientsFirst { writeClientSections(d) }
        if let t = d.thisDevice {
            line("This device:")
            field("Platform limit", t.platformLimit.map(String.init), indent: "  ")
            field("Current usage", t.currentUsage.map(String.init), indent: "  ")
            field("High usage", t.highUsage.map(String.init), indent: "  ")
        }
        if !ownMessagesFirst { writeMessages(d.messages) }
        blank()
        if !clientsFirst { writeClientSections(d) }
        if d.truncated {
            // As the device prints it: right after the last line. After a blank line it would
            // stand apart, and a document with nothing else to show would lose it on re-reading.
            while out.pointee.count > start && lastLineIsBlank { out.pointee.removeLast() }
            line("...")
        }
    }
}
