/// Writes documents as the ordered tree that YAML and JSON share. Keys follow the order of the
/// CLI text; optional parts are omitted, never written as null, so a key's type never changes.
/// `DocumentReader` reads exactly this tree back; fields marked "derived" are written for the
/// reader's convenience and recomputed on input.
public struct DocumentTree {
    public let options: OutputOptions

    public init(options: OutputOptions = OutputOptions()) {
        self.options = options
    }

    public func write(_ doc: Document, to w: TreeWriter) {
        w.beginDocument()
        w.beginMap()
        w.field("kind", doc.kind.rawValue)
        w.field("prompt", doc.prompt)
        w.field("hostname", doc.hostname)  // derived
        w.field("command", doc.command)
        w.field("source", doc.source)
        if let lines = doc.sourceLines {
            w.key("source_lines")
            w.beginList()
            w.int(lines.lowerBound)
            w.int(lines.upperBound)
            w.endList()
        }
        switch doc.content {
        case .activationKey(let ak): writeActivationKey(ak, w)
        case .sharedLicense(let sl): writeSharedLicense(sl, w)
        case .configuration(let c): writeConfiguration(c, w)
        case .deviceError(let e): w.list("error_reply", e.lines) { w.string($0) }
        }
        w.list("unparsed", doc.unparsed) { u in
            w.beginMap()
            w.field("line", u.line)
            w.field("text", options.showSecrets ? u.text : SecretRedaction.redact(u.text))
            w.endMap()
        }
        w.endMap()
        w.endDocument()
    }

    // MARK: show activation-key

    private func writeActivationKey(_ d: ActivationKeyDocument, _ w: TreeWriter) {
        if let v = d.showVersion {
            w.map("show_version") {
                w.field("product", v.product)
                w.field("software_version", v.softwareVersion)
                w.field("execution_space", v.executionSpace)
                w.field("hardware", v.hardware)
                w.field("model_id", v.modelID)
                w.field("license_mode", v.licenseMode)
                w.field("license_state", v.licenseState)
                w.field("license_reservation", v.licenseReservation)
                w.field("platform_license_state", v.platformLicenseState)
                w.field("active_entitlement", v.activeEntitlement)
                w.field("enforce_mode", v.enforceMode)
                w.field("no_active_entitlement", v.noActiveEntitlement)
                w.field("throughput_limit", v.throughputLimit)
            }
        }
        if let s = d.serialNumber {
            w.field("serial_number", s.text)
            if s.truncated { w.field("serial_number_truncated", true) }
        }
        w.field("running_permanent_key", d.runningPermanentKey?.text)
        w.field("running_activation_key", d.runningActivationKey?.text)
        w.list("running_timebased_keys", d.runningTimebasedKeys) { w.string($0.text) }
        w.list("notices", d.notices) { w.string($0.text) }
        if let b = d.running { w.map("running") { writeBlock(b, w) } }
        if let b = d.failoverCluster { w.map("failover_cluster") { writeBlock(b, w) } }
        if let p = d.permanent {
            w.map("permanent") {
                w.field("key", p.key.text)
                if let b = p.features { w.map("features") { writeBlock(b, w) } }
            }
        }
        w.list("unsupported_features", d.unsupportedFeatures) { w.string($0) }
        if let f = d.flashKey { w.field("flash_key", f.same ? "same" : "different") }
        w.list("active_timebased_keys", d.activeTimebasedKeys) { writeTimebased($0, w) }
        w.list("inactive_timebased_keys", d.inactiveTimebasedKeys) { writeTimebased($0, w) }
    }

    private func writeBlock(_ b: FeatureBlock, _ w: TreeWriter) {
        w.field("scope", b.scope.rawValue)
        if b.headerless { w.field("headerless", true) }
        w.key("features")
        w.beginList()
        b.rows.forEach { writeRow($0, w) }
        w.endList()
        if let p = b.platform {
            w.map("platform") {
                w.field("model", p.model)
                w.field("normalized_model", p.normalizedModel)  // derived
                w.field("tier", p.tier)
            }
        }
    }

    /// A row's value and term as every output writes them: a count as a number, `Unlimited`,
    /// `Enabled`, a failover mode or text as a string; the term as `term: perpetual`, `days: N`
    /// or `qualifier`. `asalic diff --format json` writes rows the same way.
    static func writeValueAndTerm(_ r: FeatureRow, _ w: TreeWriter) {
        w.key("value")
        if case .count(let n) = r.value { w.int(n) } else { w.string(r.value.text) }
        switch r.term {
        case .perpetual?: w.field("term", "perpetual")
        case .days(let n)?: w.field("days", n)
        case .qualifier(let q)?: w.field("qualifier", q)
        case nil: break
        }
    }

    private func writeTimebased(_ t: TimebasedKey, _ w: TreeWriter) {
        w.beginMap()
        w.field("key", t.key.text)
        w.key("features")
        w.beginList()
        t.features.forEach { writeRow($0, w) }
        w.endList()
        w.endMap()
    }

    private func writeRow(_ r: FeatureRow, _ w: TreeWriter) {
        w.beginMap()
        w.field("name", r.name.text)
        w.field("id", r.id?.rawValue)  // derived
        DocumentTree.writeValueAndTerm(r, w)
        if r.commaBeforeQualifier { w.field("comma_before_qualifier", true) }
        w.list("children", r.children) { writeRow($0, w) }
        w.endMap()
    }

    // MARK: show shared license

    private func writeSharedLicense(_ d: SharedLicenseDocument, _ w: TreeWriter) {
        if let p = d.primaryServer {
            w.map("primary_server") {
                w.field("address", p.address.description)
                w.field("version", p.version)
                w.field("status", p.status)
            }
        }
        if let b = d.backupServer {
            w.map("backup_server") {
                w.field("device_id", b.deviceID)
                w.field("address", b.address?.description)
                w.field("registered", b.registered)
                w.field("ha_peer_id", b.haPeerID)
                w.field("ha_peer_registered", b.haPeerRegistered)
                writeMessages(b.messages, w)
            }
        }
        if let u = d.utilization {
            w.map("utilization") {
                w.field("pool", u.pool)
                w.field("total_for_network", u.totalForNetwork)
                w.field("available", u.available)
                w.field("utilized", u.utilized)
            }
        }
        if let t = d.thisDevice {
            w.map("this_device") {
                w.field("platform_limit", t.platformLimit)
                w.field("current_usage", t.currentUsage)
                w.field("high_usage", t.highUsage)
            }
        }
        writeMessages(d.messages, w)
        w.list("clients", d.clients) { c in
            w.beginMap()
            w.field("hostname", c.hostname)
            w.field("device_id", c.deviceID)
            w.field("pool", c.pool)
            w.field("current_usage", c.currentUsage)
            w.field("high", c.high)
            writeMessages(c.messages, w)
            w.endMap()
        }
        w.list("participants", d.participants) { p in
            w.beginMap()
            w.field("client_id", p.clientID)
            w.field("usage", p.usage)
            w.field("hostname", p.hostname)
            w.endMap()
        }
        if d.emptyClientInfo { w.field("empty_client_info", true) }
        if d.emptyParticipantTable { w.field("empty_participant_table", true) }
        if d.truncated { w.field("truncated", true) }
    }

    private func writeMessages(_ messages: [MessageCounter], _ w: TreeWriter) {
        w.list("messages", messages) { m in
            w.beginMap()
            w.field("name", m.name)
            w.field("tx", m.tx)
            w.field("rx", m.rx)
            w.field("error", m.error)
            w.endMap()
        }
    }

    // MARK: license-server / activation-key commands

    private func writeConfiguration(_ c: LicenseConfiguration, _ w: TreeWriter) {
        w.field("role", c.role.rawValue)  // derived
        w.map("settings") {  // derived: the effective values, defaults marked
            w.map("refresh_interval") {
                w.field("value", c.refreshInterval.value)
                w.field("default", c.refreshInterval.isDefault)
            }
            w.map("port") {
                w.field("value", c.port.value)
                w.field("default", c.port.isDefault)
            }
        }
        w.list("commands", c.commands) { writeCommand($0, w) }
        w.field("other_lines", c.otherLines)
    }

    private func writeCommand(_ c: ConfigCommand, _ w: TreeWriter) {
        w.beginMap()
        if c.negated { w.field("no", true) }
        switch c.kind {
        case .secret(let s):
            w.field("command", "secret")
            w.field("secret", s.text(showSecrets: options.showSecrets))
        case .refreshInterval(let n):
            w.field("command", "refresh-interval")
            w.field("seconds", n)
        case .port(let p):
            w.field("command", "port")
            w.field("port", p)
        case .backupServer(let address, let id, let ha):
            w.field("command", "backup")
            w.field("address", address.description)
            w.field("backup_id", id)
            w.field("ha_backup_id", ha)
        case .enable(let i):
            w.field("command", "enable")
            w.field("interface", i)
        case .address(let address, let secret, let port):
            w.field("command", "address")
            w.field("address", address.description)
            w.field("secret", secret.text(showSecrets: options.showSecrets))
            w.field("port", port)
        case .backupEnable(let i):
            w.field("command", "backup-enable")
            w.field("interface", i)
        case .backupAddress(let a):
            w.field("command", "backup-address")
            w.field("address", a.description)
        case .activationKey(let key, let action):
            w.field("command", "activation-key")
            w.field("key", key.text)
            w.field("action", action?.rawValue)
        }
        w.endMap()
    }
}
