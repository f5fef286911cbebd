/// Every rule asalic checks, with the stable code of `RULES.md`: one row per code, in the order
/// of `RuleCode`. Rows are what a rule is; `checks` are how the linter finds it.
public enum RuleCatalog {
    private static func r(_ code: RuleCode, _ severity: Severity, _ scopes: [RuleScope], _ section: String, _ summary: String) -> RuleInfo {
        RuleInfo(code: code, severity: severity, scopes: scopes, summary: summary, section: section)
    }

    public static let infos: [RuleInfo] = [
        r(.KEY001, .error, [.doc], "Activate or Deactivate Keys", "An activation key is exactly five 32-bit hexadecimal words; the 0x prefix is optional."),
        r(.KEY002, .warning, [.doc], "Activate or Deactivate Keys", "Words of a key are separated by a single space in the activation-key command."),
        r(.KEY003, .error, [.doc], "Activate or Deactivate Keys", "activate / deactivate apply to time-based keys only, not to the permanent key."),
        r(.KEY004, .error, [.unit], "Failover License Requirements", "A permanent key of all zero words cannot carry failover."),
        r(.KEY005, .error, [.doc], "About PAK Licenses", "The licensing serial number is an 11-character string."),
        r(.KEY006, .warning, [.doc], "Activate or Deactivate Keys, step 2", "The flash permanent key differs from the running one: a new permanent key waits for a reload."),
        r(.KEY007, .error, [.unit], "Permanent License", "Only one permanent key can be installed: two different keys shown as the unit's permanent key. Bare activation-key lines say not which kind a key is, so they never conflict; a key the unit was given (in flash, or typed) that runs later replaced the old one, as may any key shown on another day (a show clock's, a commit's)."),

        r(.TIME001, .error, [.doc], "Time-Based License Activation Guidelines", "Only one time-based license per feature can be active at a time; identical licenses stack (TIME002) instead."),
        r(.TIME002, .note, [.doc], "Stacking Time-Based Licenses", "Identical time-based licenses stack: their durations add."),
        r(.TIME003, .note, [.doc], "Time-Based License Expiration", "On expiry the next installed license of the feature activates, else the permanent one."),
        r(.TIME004, .warning, [.doc], "How Permanent and Time-Based Licenses Combine", "A time-based license with less capability than the permanent one has no effect, where Table 1 says the higher value wins (not UC Proxy sessions, which add; TLS proxy sessions are 'All Others')."),
        r(.TIME005, .error, [.doc], "Model Guidelines", "The ASA 5506-X and 5506W-X do not support time-based licenses."),
        r(.TIME006, .note, [.doc], "How the Time-Based License Timer Works", "Days left on every time-based feature, the expiry date with --as-of, a warning when few remain."),

        r(.RUN001, .warning, [.doc], "Table 1", "AnyConnect / Secure Client Premium Peers: running = max(permanent, time-based)."),
        r(.RUN002, .warning, [.doc], "Table 1", "UC Proxy sessions: running = permanent + time-based, capped at the platform limit."),
        r(.RUN003, .warning, [.doc], "Table 1", "All other features: enabled beats disabled; for numeric tiers the higher value wins."),
        r(.RUN004, .warning, [.doc], "Monitoring PAK Licenses", "A running feature from a time-based key shows its days left; one from the permanent key shows perpetual."),
        r(.RUN005, .warning, [.doc], "Additional Guidelines", "On a single unit, two licenses for the same feature never add up (UC Proxy excepted)."),

        r(.FO001, .warning, [.doc, .fleet], "How Failover Licenses Combine", "Failover cluster, numeric tiers: the units' values add up to the platform limit."),
        r(.FO002, .warning, [.doc, .fleet], "How Failover Licenses Combine", "Failover cluster, enabled/disabled features: enabled wins."),
        r(.FO003, .warning, [.fleet], "How Failover Licenses Combine", "Time-based enabled/disabled features in a cluster last the sum of the units' durations."),
        r(.FO004, .error, [.fleet], "Failover License Requirements", "ISA 3000 failover needs Security Plus on both units and the same encryption license."),
        r(.FO005, .error, [.fleet], "How Failover Licenses Combine", "The two units of a pair show the same failover cluster license."),
        r(.FO006, .error, [.fleet], "Licenses FAQ", "A shared licensing server and its backup cannot be the two units of one failover pair."),
        r(.FO007, .note, [.fleet], "Loss of Communication Between Failover Units", "After 30 days without contact each unit reverts to its local license."),
        r(.FO008, .warning, [.fleet], "How Failover Licenses Combine", "The failover pairs cannot be told from the input (several candidates), or a declared pair shows no failover licensing."),

        r(.SHR001, .error, [.doc], "Configure the Shared Licensing Server, step 1", "A shared secret is 4 to 128 ASCII characters."),
        r(.SHR002, .error, [.doc], "Configure the Shared Licensing Server, step 2", "license-server refresh-interval is 10 to 300 seconds; default 30."),
        r(.SHR003, .error, [.doc], "Configure the Shared Licensing Server, step 3", "license-server port and the port of license-server address are 1 to 65535; default 50554."),
        r(.SHR004, .error, [.doc], "Configure the Shared Licensing Server, step 4", "Only one backup server (with at most one ha-backup-id) can be named."),
        r(.SHR005, .error, [.doc], "Configure a Shared License", "A unit is one role: server, backup server or participant."),
        r(.SHR006, .error, [.doc], "Configure the Shared Licensing Backup Server", "license-server backup enable needs license-server address … secret … on the same unit."),
        r(.SHR007, .error, [.doc], "Configure a Shared License", "A server needs a secret and an enabled interface; a participant or backup needs address and secret."),
        r(.SHR008, .warning, [.doc], "Configure the Shared Licensing Server, step 5", "The same interface named twice in license-server enable (or backup enable)."),
        r(.SHR009, .error, [.fleet], "Configure the Shared Licensing Participant, step 1", "Participants and the backup use the server's secret, and its port when not the default."),
        r(.SHR010, .error, [.fleet], "Configure the Shared Licensing Participant, step 2", "Participants name the server's backup address; the server's backup-id is the backup server's serial (ha-backup-id names the standby of the backup's own failover pair, not a backup server)."),
        r(.SHR011, .error, [.unit], "About the Shared Licensing Server and Participants", "A server needs a shared licensing server license; a backup or participant a participant license."),
        r(.SHR012, .error, [.doc], "Model Guidelines", "Shared licenses are not supported on the ASA virtual, ASA 5506-X, 5508-X and 5516-X."),
        r(.SHR013, .warning, [.doc], "Monitoring the Shared License", "show shared license figures agree: Available + Utilized = Total; usage within limits."),
        r(.SHR014, .note, [.doc], "Communication Issues, About the Shared Licensing Backup Server", "Derived timers: release after 3 × refresh-interval, 24 hours unreachable, 30 days of backup."),
        r(.SHR015, .note, [.doc], "About the Shared Licensing Server and Participants, steps 7–8", "Shared sessions come in 50-session increments, never beyond the platform limit."),

        r(.PLAT001, .error, [.doc], "ISA 3000 License Features", "A feature of the running or failover-cluster license exceeds what the platform's license tier allows (the ISA 3000 table; other models from platform-limits.csv)."),
        r(.PLAT002, .warning, [.doc], "No Payload Encryption Models", "A No Payload Encryption model lists VPN or Unified Communications licenses."),
        r(.PLAT003, .warning, [.doc], "Total VPN Sessions Combined, All Types", "Total VPN Peers caps Secure Client and Other VPN peers combined."),
        r(.PLAT004, .note, [.doc], "Guidelines for PAK Licenses (Model Guidelines)", "A unit under Smart Licensing (the ASA virtual, Firepower chassis, License mode: Smart Licensing): the PAK rules do not apply."),

        r(.VPN001, .error, [.doc], "Encryption License", "The DES license cannot be disabled."),
        r(.VPN002, .error, [.doc], "VPN Load Balancing", "VPN load balancing requires the Strong Encryption (3DES/AES) license."),
        r(.VPN003, .warning, [.doc], "Additional Guidelines", "AnyConnect Essentials cannot be active with AnyConnect Premium or Advanced Endpoint Assessment."),

        r(.DOC001, .error, [.doc], "(the grammars)", "A line the grammar does not accept: kept verbatim and reported."),
        r(.DOC002, .warning, [.doc], "(the grammars)", "A known field is missing, or appears truncated."),
        r(.DOC003, .warning, [.doc], "(the grammars)", "Output cut by a pager or by a capture that ends inside a block."),
        r(.DOC004, .note, [.doc], "(the grammars)", "A feature name the catalog does not know: kept, typed by its value, reported once."),
        r(.DOC005, .warning, [.doc], "(the grammars)", "No license text found: the input gives no document (an empty capture, a README, another command's output)."),
        r(.DOC006, .warning, [.doc], "(the grammars)", "Invalid UTF-8 in device text: the bytes are kept as U+FFFD."),
        r(.DOC007, .note, [.doc], "(the grammars)", "A binary file (a NUL byte, or mostly invalid UTF-8, in its first 8 KiB) is skipped."),
        r(.DOC008, .note, [.doc], "(the grammars)", "A serial number or key visibly redacted by whoever pasted it (JAD22xxxxx, 0xXXXXXXXX, all zeros together), a shared secret masked (`*****`, `<removed>`), or a configuration's address or backup-id blanked (`10.1.1.x`) or a template's placeholder (`{{ backup_ip }}`): not checked or compared."),
        r(.DOC009, .note, [.doc], "(the grammars)", "Feature rows without their 'Licensed features for this platform:' header (7.x and 8.0, pasted fragments): read as the running license."),
        r(.DOC010, .note, [.doc], "(the grammars)", "Lines outside every license output that are not license text (prose, other commands' output, a template's patterns), or a PDF's page break amid an output: skipped, noted once per run."),
    ]

    /// What the linter runs, each check with the codes it reports. A code with no check here is
    /// reported while reading (the parsers; the YAML/JSON reader for KEY001 and DOC004) or by the
    /// linter's own grouping (FO008, PLAT004).
    static let checks: [RuleCheck] = [
        .unit([.KEY003], KeyRules.key003),
        .unit([.KEY004], KeyRules.key004),
        .document([.KEY005], KeyRules.key005),
        .activationKey([.KEY006], KeyRules.key006),
        .unit([.KEY007], KeyRules.key007),
        .activationKey([.TIME001], TimeRules.time001),
        .activationKey([.TIME002], TimeRules.time002),
        .activationKey([.TIME003], TimeRules.time003),
        .activationKey([.TIME004], TimeRules.time004),
        .activationKey([.TIME005], TimeRules.time005),
        .activationKey([.TIME006], TimeRules.time006),
        // The running license recomputed once per document; each mismatch under the rule it breaks.
        .activationKey([.RUN001, .RUN002, .RUN003, .RUN004, .RUN005], RunningRules.check),
        .fleet([.FO001], FailoverRules.fo001),
        .fleet([.FO002], FailoverRules.fo002),
        .fleet([.FO003], FailoverRules.fo003),
        .fleet([.FO004], FailoverRules.fo004),
        .fleet([.FO005], FailoverRules.fo005),
        .fleet([.FO006], FailoverRules.fo006),
        .fleet([.FO007], FailoverRules.fo007),
        .document([.SHR001], SharedRules.shr001),
        .document([.SHR002], SharedRules.shr002),
        .document([.SHR003], SharedRules.shr003),
        .document([.SHR004], SharedRules.shr004),
        .document([.SHR005], SharedRules.shr005),
        .document([.SHR006], SharedRules.shr006),
        .document([.SHR007], SharedRules.shr007),
        .document([.SHR008], SharedRules.shr008),
        .fleet([.SHR009], SharedRules.shr009),
        .fleet([.SHR010], SharedRules.shr010),
        .unit([.SHR011], SharedRules.shr011),
        .activationKey([.SHR012], SharedRules.shr012),
        .document([.SHR013], SharedRules.shr013),
        .document([.SHR014], SharedRules.shr014),
        .document([.SHR015], SharedRules.shr015),
        .activationKey([.PLAT001], PlatformRules.plat001),
        .activationKey([.PLAT002], PlatformRules.plat002),
        .activationKey([.PLAT003], PlatformRules.plat003),
        .activationKey([.VPN001], VPNRules.vpn001),
        .activationKey([.VPN002], VPNRules.vpn002),
        .activationKey([.VPN003], VPNRules.vpn003),
        .activationKey([.DOC002], DocRules.doc002),
    ]

    private static let byCode: [RuleCode: RuleInfo] = Dictionary(uniqueKeysWithValues: infos.map { ($0.code, $0) })

    /// The catalog row of a code; every code has one (a test checks).
    public static func info(_ code: RuleCode) -> RuleInfo { byCode[code]! }

    /// The row of a code given as text (`asalic rules kEY001`), if there is one.
    public static func info(named name: String) -> RuleInfo? { RuleCode(rawValue: name.uppercased()).map(info) }
}
