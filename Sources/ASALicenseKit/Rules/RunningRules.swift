/// RUN — the running license is the permanent license combined with the active time-based keys.
/// Checked where the document shows the parts (`detail` output): each running row is recomputed
/// and a mismatch is reported under the rule that produced the expected value.
enum RunningRules {
    struct Mismatch {
        var code: RuleCode
        var message: FindingText
        var span: SourceSpan
    }

    static func mismatches(_ ak: ActivationKeyDocument) -> [Mismatch] {
        guard let perm = ak.permanent?.features, let running = ak.running else { return [] }
        var out: [Mismatch] = []
        let table = PlatformTable.lookup(ak)
        // The permanent rows by feature and the time-based rows, read once a document (found
        // row by row, the permanent block was walked once per running row).
        let permanentRows = perm.rowsByFeature
        let timebasedRows = ak.activeTimebasedKeys.flatMap(\.features)
        running.forEachRow { row in
            guard let id = row.id else { return }
            let tb = RunningLicense.timebasedRows(for: id, among: timebasedRows)
            let p = permanentRows[id]
            guard let exp = RunningLicense.expected(id, permanent: p, timebased: tb, platformLimit: table.limit(id)) else { return }
            if row.value != exp.value {
                if id.combination != .additive, let pc = p?.value.count, let tc = tb.first?.value.count, row.value == .count(pc + tc) {
                    out.append(Mismatch(code: .RUN005, message: "\(row.name.text): shown \(row.value.text) = \(pc) + \(tc), but two licenses for one feature never add up on a single unit; expected \(exp.value.text)", span: row.span))
                } else {
                    out.append(Mismatch(code: exp.rule, message: "\(row.name.text): shown \(row.value.text), expected \(exp.value.text) (\(exp.reason))", span: row.span))
                }
            } else if let term = row.term, term != exp.term {
                // Equal values from both sources: either term is right.
                let tied = tb.first.map { $0.value.rank == p?.value.rank } ?? false
                if !tied && (term == .perpetual || term.days != nil) {
                    let source = exp.term == .perpetual ? "the permanent key" : "the time-based key"
                    out.append(Mismatch(code: .RUN004, message: "\(row.name.text): shown \(term.text), expected \(exp.term.text) (the value comes from \(source))", span: row.span))
                }
            }
        }
        perm.forEachRow { row in
            if let days = row.term?.days {
                out.append(Mismatch(code: .RUN004, message: "\(row.name.text) in the permanent license block shows \(days) days; a permanent license is perpetual", span: row.span))
            }
        }
        return out
    }

    /// RUN001–RUN005: each running row recomputed once; a mismatch is reported under the rule
    /// that gives the expected value (RUN001 the higher of the two for Secure Client Premium
    /// peers, RUN002 the sum for UC Proxy sessions, RUN003 the higher tier or enabled for the
    /// rest), RUN004 for a term that names the wrong source, RUN005 for two licenses added up.
    @Sendable static func check(_ d: LintDocument, _ ak: ActivationKeyDocument, _ o: LintOptions) -> [Diagnostic] {
        return mismatches(ak).map { .rule($0.code, $0.message, at: $0.span, in: d) }
    }
}
