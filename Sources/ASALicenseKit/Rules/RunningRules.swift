/// RUN — the running license is the permanent license combined with the active time-based keys.
/// Checked where the document shows the parts (`detail` output): each running row is recomputed
/// and a mismatch is reported under the rule that produced the expected value.
enum RunningRules {
    struct Mismatch {
        var code: String
        var message: String
        var span: SourceSpan
    }

    static func mismatches(_ ak: ActivationKeyDocument) -> [Mismatch] {
        guard let perm = ak.permanent?.features, let running = ak.running else { return [] }
        var out: [Mismatch] = []
        let table = PlatformTable.lookup(ak)
        for row in running.allRows {
            guard let id = row.id else { continue }
            let tb = RunningLicense.timebasedRows(for: id, in: ak.activeTimebasedKeys)
            let p = perm.row(id)
            guard let exp = RunningLicense.expected(id, permanent: p, timebased: tb, platformLimit: table.limit(id)) else { continue }
            if row.value != exp.value {
                if id.combination != .additive, let pc = p?.value.count, let tc = tb.first?.value.count, row.value == .count(pc + tc) {
                    out.append(Mismatch(code: "RUN005", message: "\(row.name.text): shown \(row.value.text) = \(pc) + \(tc), but two licenses for one feature never add up on a single unit; expected \(exp.value.text)", span: row.span))
                } else {
                    out.append(Mismatch(code: exp.rule, message: "\(row.name.text): shown \(row.value.text), expected \(exp.value.text) (\(exp.reason))", span: row.span))
                }
            } else if let term = row.term, term != exp.term {
                // Equal values from both sources: either term is right.
                let tied = tb.first.map { $0.value.rank == p?.value.rank } ?? false
                if !tied && (term == .perpetual || term.days != nil) {
                    let source = exp.term == .perpetual ? "the permanent key" : "the time-based key"
                    out.append(Mismatch(code: "RUN004", message: "\(row.name.text): shown \(term.text), expected \(exp.term.text) (the value comes from \(source))", span: row.span))
                }
            }
        }
        for row in perm.allRows {
            if let days = row.term?.days {
                out.append(Mismatch(code: "RUN004", message: "\(row.name.text) in the permanent license block shows \(days) days; a permanent license is perpetual", span: row.span))
            }
        }
        return out
    }

    static func check(_ code: String, _ d: LintDocument) -> [Diagnostic] {
        guard let ak = d.activationKey else { return [] }
        return mismatches(ak).filter { $0.code == code }.map { .rule(code, $0.message, at: $0.span, in: d) }
    }

    /// RUN001: Secure Client Premium Peers: the higher of permanent and time-based.
    @Sendable static func run001(_ d: LintDocument, _ o: LintOptions) -> [Diagnostic] { check("RUN001", d) }
    /// RUN002: UC Proxy sessions: permanent + time-based, capped at the platform limit.
    @Sendable static func run002(_ d: LintDocument, _ o: LintOptions) -> [Diagnostic] { check("RUN002", d) }
    /// RUN003: everything else: enabled beats disabled, the higher tier wins.
    @Sendable static func run003(_ d: LintDocument, _ o: LintOptions) -> [Diagnostic] { check("RUN003", d) }
    /// RUN004: the term shows where the value comes from.
    @Sendable static func run004(_ d: LintDocument, _ o: LintOptions) -> [Diagnostic] { check("RUN004", d) }
    /// RUN005: two licenses of one feature never add up on a single unit.
    @Sendable static func run005(_ d: LintDocument, _ o: LintOptions) -> [Diagnostic] { check("RUN005", d) }
}
