/// Every rule asalic checks, with the stable code of `RULES.md`. A code never changes once
/// shipped; a rule is retired, not renumbered.
public enum RuleCatalog {
    private static func r(_ code: String, _ severity: Severity, _ scopes: [RuleScope], _ section: String, _ summary: String, _ check: RuleCheck) -> Rule {
        Rule(info: RuleInfo(code: code, severity: severity, scopes: scopes, summary: summary, section: section), check: check)
    }

    public static let rules: [Rule] = [
        r("KEY001", .error, [.doc], "Activate or Deactivate Keys", "An activation key is exactly five 32-bit hexadecimal words; the 0x prefix is optional.", .document(KeyRules.key001)),
        r("KEY002", .warning, [.doc], "Activate or Deactivate Keys", "Words of a key are separated by a single space in the activation-key command.", .parse),
        r("KEY003", .error, [.doc], "Activate or Deactivate Keys", "activate / deactivate apply to time-based keys only, not to the permanent key.", .unit(KeyRules.key003)),
        r("KEY004", .error, [.unit], "Failover License Requirements", "A permanent key of all zero words cannot carry failover.", .unit(KeyRules.key004)),
        r("KEY005", .error, [.doc], "About PAK Licenses", "The licensing serial number is an 11-character string.", .document(KeyRules.key005)),
        r("KEY006", .warning, [.doc], "Activate or Deactivate Keys, step 2", "The flash permanent key differs from the running one: a new permanent key waits for a reload.", .document(KeyRules.key006)),
        r("KEY007", .error, [.unit], "Permanent License", "Only one permanent key can be installed: two different keys shown as the unit's permanent key. Bare activation-key lines say not which kind a key is, so they never conflict.", .unit(KeyRules.key007)),

        r("TIME001", .error, [.doc], "Time-Based License Activation Guidelines", "Only one time-based license per feature can be active at a time; identical licenses stack (TIME002) instead.", .document(TimeRules.time001)),
        r("TIME002", .note, [.doc], "Stacking Time-Based Licenses", "Identical time-based licenses stack: their durations add.", .document(TimeRules.time002)),
        r("TIME003", .note, [.doc], "Time-Based License Expiration", "On expiry the next installed license of the feature activates, else the permanent one.", .document(TimeRules.time003)),
        r("TIME004", .warning, [.doc], "How Permanent and Time-Based Licenses Combine", "A time-based license with less capability than the permanent one has no effect, where Table 1 says the higher value wins (not UC Proxy sessions, which add; TLS proxy sessions are 'All Others').", .document(TimeRules.time004)),
        r("TIME005", .error, [.doc], "Model Guidelines", "The ASA 5506-X and 5506W-X do not support time-based licenses.", .document(TimeRules.time005)),
        r("TIME006", .note, [.doc], "How the Time-Based License Timer Works", "Days left on every time-based feature, the expiry date with --as-of, a warning when few remain.", .document(TimeRules.time006)),

        r("RUN001", .warning, [.doc], "Table 1", "AnyConnect / Secure Client Premium Peers: running = max(permanent, time-based).", .document(RunningRules.run001)),
        r("RUN002", .warning, [.doc], "Table 1", "UC Proxy sessions: running = permanent + time-based, capped at the platform limit.", .document(RunningRules.run002)),
        r("RUN003", .warning, [.doc], "Table 1", "All other features: enabled beats disabled; for numeric tiers the higher value wins.", .document(RunningRules.run003)),
        r("RUN004", .warning, [.doc], "Monitoring PAK Licenses", "A running feature from a time-based key shows its days left; one from the permanent key shows perpetual.", .document(RunningRules.run004)),
        r("RUN005", .warning, [.doc], "Additional Guidelines", "On a single unit, two licenses for the same feature never add up (UC Proxy excepted).", .document(RunningRules.run005)),

        r("FO001", .warning, [.doc, .fleet], "How Failover Licenses Combine", "Failover cluster, numeric tiers: the units' values add up to the platform limit.", .fleet(FailoverRules.fo001Fleet)),
        r("FO001", .warning, [.doc, .fleet], "How Failover Licenses Combine", "Failover cluster, numeric tiers: the units' values add up to the platform limit.", .document(FailoverRules.fo001Document)),
        r("FO002", .warning, [.doc, .fleet], "How Failover Licenses Combine", "Failover cluster, enabled/disabled features: enabled wins.", .fleet(FailoverRules.fo002Fleet)),
        r("FO002", .warning, [.doc, .fleet], "How Failover Licenses Combine", "Failover cluster, enabled/disabled features: enabled wins.", .document(FailoverRules.fo002Document)),
        r("FO003", .warning, [.fleet], "How Failover Licenses Combine", "Time-based enabled/disabled features in a cluster last the sum of the units' durations.", .fleet(FailoverRules.fo003)),
        r("FO004", .error, [.fleet], "Failover License Requirements", "ISA 3000 failover needs Security Plus on both units and the same encryption license.", .fleet(FailoverRules.fo004)),
        r("FO005", .error, [.fleet], "How Failover Licenses Combine", "The two units of a pair show the same failover cluster license.", .fleet(FailoverRules.fo005)),
        r("FO006", .error, [.fleet], "Licenses FAQ", "A shared licensing server and its backup cannot be the two units of one failover pair.", .fleet(FailoverRules.fo006)),
        r("FO007", .note, [.fleet], "Loss of Communication Between Failover Units", "After 30 days without contact each unit reverts to its local license.", .fleet(FailoverRules.fo007)),
        r("FO008", .warning, [.fleet], "How Failover Licenses Combine", "The failover pairs cannot be told from the input (several candidates), or a declared pair shows no failover licensing.", .parse),

        r("SHR001", .error, [.doc], "Configure the Shared Licensing Server, step 1", "A shared secret is 4 to 128 ASCII characters.", .document(SharedRules.shr001)),
        r("SHR002", .error, [.doc], "Configure the Shared Licensing Server, step 2", "license-server refresh-interval is 10 to 300 seconds; default 30.", .document(SharedRules.shr002)),
        r("SHR003", .error, [.doc], "Configure the Shared Licensing Server, step 3", "license-server port and the port of license-server address are 1 to 65535; default 50554.", .document(SharedRules.shr003)),
        r("SHR004", .error, [.doc], "Configure the Shared Licensing Server, step 4", "Only one backup server (with at most one ha-backup-id) can be named.", .document(SharedRules.shr004)),
        r("SHR005", .error, [.doc], "Configure a Shared License", "A unit is one role: server, backup server or participant.", .document(SharedRules.shr005)),
        r("SHR006", .error, [.doc], "Configure the Shared Licensing Backup Server", "license-server backup enable needs license-server address … secret … on the same unit.", .document(SharedRules.shr006)),
        r("SHR007", .error, [.doc], "Configure a Shared License", "A server needs a secret and an enabled interface; a participant or backup needs address and secret.", .document(SharedRules.shr007)),
        r("SHR008", .warning, [.doc], "Configure the Shared Licensing Server, step 5", "The same interface named twice in license-server enable (or backup enable).", .document(SharedRules.shr008)),
        r("SHR009", .error, [.fleet], "Configure the Shared Licensing Participant, step 1", "Participants and the backup use the server's secret, and its port when not the default.", .fleet(SharedRules.shr009)),
        r("SHR010", .error, [.fleet], "Configure the Shared Licensing Participant, step 2", "Participants name the server's backup address; the server's backup-id is the backup server's serial (ha-backup-id names the standby of the backup's own failover pair, not a backup server).", .fleet(SharedRules.shr010)),
        r("SHR011", .error, [.unit], "About the Shared Licensing Server and Participants", "A server needs a shared licensing server license; a backup or participant a participant license.", .unit(SharedRules.shr011)),
        r("SHR012", .error, [.doc], "Model Guidelines", "Shared licenses are not supported on the ASA virtual, ASA 5506-X, 5508-X and 5516-X.", .document(SharedRules.shr012)),
        r("SHR013", .warning, [.doc], "Monitoring the Shared License", "show shared license figures agree: Available + Utilized = Total; usage within limits.", .document(SharedRules.shr013)),
        r("SHR014", .note, [.doc], "Communication Issues, About the Shared Licensing Backup Server", "Derived timers: release after 3 × refresh-interval, 24 hours unreachable, 30 days of backup.", .document(SharedRules.shr014)),
        r("SHR015", .note, [.doc], "About the Shared Licensing Server and Participants, steps 7–8", "Shared sessions come in 50-session increments, never beyond the platform limit.", .document(SharedRules.shr015)),

        r("PLAT001", .error, [.doc], "ISA 3000 License Features", "A feature of the running or failover-cluster license exceeds what the platform's license tier allows (the ISA 3000 table; other models from platform-limits.csv).", .document(PlatformRules.plat001)),
        r("PLAT002", .warning, [.doc], "No Payload Encryption Models", "A No Payload Encryption model lists VPN or Unified Communications licenses.", .document(PlatformRules.plat002)),
        r("PLAT003", .warning, [.doc], "Total VPN Sessions Combined, All Types", "Total VPN Peers caps Secure Client and Other VPN peers combined.", .document(PlatformRules.plat003)),
        r("PLAT004", .note, [.doc], "Guidelines for PAK Licenses (Model Guidelines)", "A unit under Smart Licensing (the ASA virtual, Firepower chassis, License mode: Smart Licensing): the PAK rules do not apply.", .parse),

        r("VPN001", .error, [.doc], "Encryption License", "The DES license cannot be disabled.", .document(VPNRules.vpn001)),
        r("VPN002", .error, [.doc], "VPN Load Balancing", "VPN load balancing requires the Strong Encryption (3DES/AES) license.", .document(VPNRules.vpn002)),
        r("VPN003", .warning, [.doc], "Additional Guidelines", "AnyConnect Essentials cannot be active with AnyConnect Premium or Advanced Endpoint Assessment.", .document(VPNRules.vpn003)),

        r("DOC001", .error, [.doc], "(the grammars)", "A line the grammar does not accept: kept verbatim and reported.", .parse),
        r("DOC002", .warning, [.doc], "(the grammars)", "A known field is missing, or appears truncated.", .document(DocRules.doc002)),
        r("DOC003", .warning, [.doc], "(the grammars)", "Output cut by a pager or by a capture that ends inside a block.", .parse),
        r("DOC004", .note, [.doc], "(the grammars)", "A feature name the catalog does not know: kept, typed by its value, reported once.", .document(DocRules.doc004)),
        r("DOC005", .warning, [.doc], "(the grammars)", "No license text found: the input gives no document (an empty capture, a README, another command's output).", .parse),
        r("DOC006", .warning, [.doc], "(the grammars)", "Invalid UTF-8 in device text: the bytes are kept as U+FFFD.", .parse),
        r("DOC007", .note, [.doc], "(the grammars)", "A binary file (a NUL byte, or mostly invalid UTF-8, in its first 8 KiB) is skipped.", .parse),
        r("DOC008", .note, [.doc], "(the grammars)", "A serial number or key visibly redacted by whoever pasted it (JAD22xxxxx, 0xXXXXXXXX, all zeros together): not checked.", .parse),
        r("DOC009", .note, [.doc], "(the grammars)", "Feature rows without their 'Licensed features for this platform:' header (7.x and 8.0, pasted fragments): read as the running license.", .parse),
        r("DOC010", .note, [.doc], "(the grammars)", "Lines outside every license output that are not license text (prose, other commands' output): skipped, noted once per run.", .parse),
    ]

    /// One entry per code, in catalog order.
    public static let infos: [RuleInfo] = {
        var seen = Set<String>()
        return rules.map(\.info).filter { seen.insert($0.code).inserted }
    }()

    public static func info(_ code: String) -> RuleInfo? { infos.first { $0.code == code } }
}
