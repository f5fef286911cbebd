/// FO — failover and cluster licenses.
enum FailoverRules {
    /// FO001 on one document: the cluster value of a numeric feature is at least this unit's own.
    static func fo001Document(_ d: LintDocument, _ o: LintOptions) -> [Diagnostic] {
        guard let ak = d.activationKey, let cluster = ak.failoverCluster, let running = ak.running?.rowsByFeature else { return [] }
        // Row by row where the rows are (`allRows` copied them into a list first); the unit's own
        // rows found by feature (a walk of the block per row made each document quadratic).
        var out: [Diagnostic] = []
        cluster.forEachRow { row in
            guard let id = row.id, let c = row.value.count, let own = running.value(id)?.count, c < own else { return }
            out.append(.rule(.FO001, "\(row.name.text): the cluster shows \(c), less than this unit's own \(own); the cluster adds both units' values", at: row.span, in: d))
        }
        return out
    }

    /// FO002 on one document: a feature enabled on this unit is enabled in the cluster.
    static func fo002Document(_ d: LintDocument, _ o: LintOptions) -> [Diagnostic] {
        guard let ak = d.activationKey, let cluster = ak.failoverCluster, let running = ak.running?.rowsByFeature else { return [] }
        var out: [Diagnostic] = []
        cluster.forEachRow { row in
            guard let id = row.id, let own = running.value(id), !(row.value.count != nil && own.count != nil),
                  let cr = row.value.rank, let or = own.rank, cr < or else { return }
            out.append(.rule(.FO002, "\(row.name.text): the cluster shows \(row.value.text) but this unit has \(own.text); enabled wins in a cluster", at: row.span, in: d))
        }
        return out
    }

    /// The documents of a pair that show a cluster block, with their unit's own running block.
    static func clusterDocs(_ pair: (LintUnit, LintUnit)) -> [(LintDocument, ActivationKeyDocument)]? {
        guard let a = pair.0.firstActivationKey(where: { $0.has(.running) }),
              let b = pair.1.firstActivationKey(where: { $0.has(.running) }) else { return nil }
        return [a, b]
    }

    static func name(_ u: LintUnit) -> String { LintGrouping.describe(u) }

    /// FO001 and FO002 (fleet): the cluster value recomputed from both units.
    static func combined(_ f: Fleet, numeric: Bool) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for (pair, docs) in f.judgedPairs {
            guard let docs else { continue }
            let (a, b) = (docs[0].1, docs[1].1)
            let (na, nb) = (name(pair.0), name(pair.1))
            let limits = numeric ? PlatformTable.lookup(a) : nil  // once per pair, not per row
            guard docs.contains(where: { $0.1.has(.failoverCluster) }), let runningA = a.running?.rowsByFeature,
                  let runningB = b.running?.rowsByFeature else { continue }
            for (d, ak) in docs {
                guard let cluster = ak.failoverCluster else { continue }
                cluster.forEachRow { row in
                    // Only features that add up are summed: the others are not looked up for FO001.
                    guard let id = row.id, !numeric || id.addsInFailover,
                          let ra = runningA.value(id), let rb = runningB.value(id) else { return }
                    if numeric, let va = ra.count, let vb = rb.count, let shown = row.value.count {
                        let sum = va + vb
                        let limit = limits?.limit(id)
                        var parts: String { "\(va) (\(na)) + \(vb) (\(nb))" }  // made only for a finding
                        if let limit {
                            let expected = min(sum, limit)
                            if shown != expected {
                                out.append(.rule(.FO001, "\(row.name.text): shown \(shown), expected \(expected) = \(parts), capped at \(limit)", at: row.span, in: d))
                            }
                        } else if shown < max(va, vb) || shown > sum {
                            out.append(.rule(.FO001, "\(row.name.text): shown \(shown), expected between \(max(va, vb)) and \(sum) = \(parts) (the platform cap is unknown)", at: row.span, in: d))
                        } else if shown != sum {
                            out.append(.rule(.FO001, "\(row.name.text): shown \(shown), below \(sum) = \(parts): accepted, as the platform cap is unknown", at: row.span, in: d, severity: .note))
                        }
                    } else if !numeric, ra.count == nil || rb.count == nil,
                              let sa = ra.rank, let sb = rb.rank, let shown = row.value.rank, shown != max(sa, sb) {
                        let expected = sa >= sb ? ra : rb
                        out.append(.rule(.FO002, "\(row.name.text): shown \(row.value.text), expected \(expected.text) (\(ra.text) on \(na), \(rb.text) on \(nb); enabled wins)", at: row.span, in: d))
                    }
                }
            }
        }
        return out
    }

    /// FO001: a pair's cluster value is recomputed from both units; a row the pair cannot judge
    /// (one unit does not show it), or a document with no known peer, is judged on its own.
    @Sendable static func fo001(_ f: Fleet, _ o: LintOptions) -> [Diagnostic] {
        withDocumentFallback(combined(f, numeric: true), f, o, fo001Document)
    }

    /// FO002: as FO001, for enabled/disabled features.
    @Sendable static func fo002(_ f: Fleet, _ o: LintOptions) -> [Diagnostic] {
        withDocumentFallback(combined(f, numeric: false), f, o, fo002Document)
    }

    /// The pair's findings, and the one-document findings at rows the pair said nothing of: what
    /// the pair says knows both units, so it is the one kept at a row.
    static func withDocumentFallback(_ pairFindings: [Diagnostic], _ f: Fleet, _ o: LintOptions,
                                     _ document: (LintDocument, LintOptions) -> [Diagnostic]) -> [Diagnostic] {
        struct Place: Hashable { var path: String?; var line: Int }
        let judged = Set(pairFindings.map { Place(path: $0.path, line: $0.span.line) })
        var out = pairFindings
        // Unit by unit where the documents are (a list of every document was made first).
        for unit in f.units {
            for d in unit.documents {
                for finding in document(d, o) where judged.isEmpty || !judged.contains(Place(path: finding.path, line: finding.span.line)) {
                    out.append(finding)
                }
            }
        }
        return out
    }

    /// FO003: a time-based enabled feature lasts the sum of the units' durations in a cluster.
    @Sendable static func fo003(_ f: Fleet, _ o: LintOptions) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for (_, docs) in f.judgedPairs {
            guard let docs else { continue }
            for (d, ak) in docs {
                ak.failoverCluster?.forEachRow { row in
                    guard let id = row.id, row.value == .enabled, let shown = row.term?.days else { return }
                    let days = docs.compactMap { $0.1.running?.row(id) }.filter { $0.value == .enabled }.compactMap { $0.term?.days }
                    guard !days.isEmpty else { return }
                    let total = days.reduce(0, +)
                    if shown != total {
                        out.append(.rule(.FO003, "\(row.name.text): the cluster shows \(shown) days, expected \(total) = \(days.map(String.init).joined(separator: " + ")) days of the units' time-based licenses", at: row.span, in: d))
                    }
                }
            }
        }
        return out
    }

    /// FO004: ISA 3000 failover needs Security Plus and the same encryption license on both units.
    @Sendable static func fo004(_ f: Fleet, _ o: LintOptions) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for (_, docs) in f.judgedPairs {
            guard let docs else { continue }
            let models = docs.compactMap { $0.1.platformModel }
            guard models.contains(where: PlatformTable.failoverNeedsSecurityPlus.contains) else { continue }
            for (d, ak) in docs where PlatformTable.tier(of: ak)?.lowercased() != "security plus" {
                out.append(.rule(.FO004, "\(models[0]) failover needs the Security Plus license on both units; this unit has \(PlatformTable.tier(of: ak) ?? "no tier shown")", at: ak.platform?.span ?? d.span, in: d))
            }
            let enc = docs.map { $0.1.running?.row(.strongEncryption)?.value }
            if enc[0] != enc[1] {
                out.append(.rule(.FO004, "the units of an \(models[0]) pair need the same encryption license: 3DES-AES is \(enc[0]?.text ?? "absent") on one and \(enc[1]?.text ?? "absent") on the other", at: docs[1].0.span, in: docs[1].0))
            }
        }
        return out
    }

    /// FO005: both units show the same failover cluster license.
    @Sendable static func fo005(_ f: Fleet, _ o: LintOptions) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for (pair, docs) in f.judgedPairs {
            guard let docs, let ca = docs[0].1.failoverCluster, let cb = docs[1].1.failoverCluster else { continue }
            var differences: [String] = []
            // A row is matched by its feature (the blocks' rows by feature: hashing a key per
            // row, and copying every row into lists first, were most of FO005), or by its name
            // when the catalog does not know it. Of B, the first value of each is kept.
            let featuresA = ca.rowsByFeature, featuresB = cb.rowsByFeature
            var namesB: [String: FeatureValue] = [:]
            cb.forEachRow { row in
                if row.id == nil, namesB[row.name.text] == nil { namesB[row.name.text] = row.value }
            }
            var namesA = Set<String>()
            ca.forEachRow { row in
                let other: FeatureValue?
                if let id = row.id {
                    other = featuresB.value(id)
                } else {
                    namesA.insert(row.name.text)
                    other = namesB[row.name.text]
                }
                if other != row.value { differences.append("\(row.name.text) \(row.value.text) vs \(other?.text ?? "absent")") }
            }
            cb.forEachRow { row in
                let inA = row.id.map { featuresA.value($0) != nil } ?? namesA.contains(row.name.text)
                if !inA { differences.append("\(row.name.text) absent vs \(row.value.text)") }
            }
            guard !differences.isEmpty else { continue }
            out.append(.rule(.FO005, "the units of the pair \(name(pair.0)) / \(name(pair.1)) show different failover cluster licenses: \(differences.joined(separator: "; "))", at: cb.span, in: docs[1].0))
        }
        return out
    }

    /// FO006: a shared licensing server and its backup cannot be one failover pair.
    @Sendable static func fo006(_ f: Fleet, _ o: LintOptions) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for ((a, b), _) in f.judgedPairs {
            let roles = Set([a.role, b.role])
            let server = a.role == .server ? a : b
            let peer = a.role == .server ? b : a
            let backupIDs = server.configurations.flatMap { $0.1.commands }.compactMap { c -> [String]? in
                if case .backupServer(_, let id, let ha) = c.kind, !c.negated { return [id] + (ha.map { [$0] } ?? []) }
                return nil
            }.flatMap { $0 }
            // (Two serials blanked the same way, `XXXXXXXXXXX`, name no unit.)
            let named = peer.serial.map { backupIDs.contains($0) && !PastedRedaction.serialLooksRedacted($0) } ?? false
            guard roles == [.server, .backupServer] || (server.role == .server && named) else { continue }
            let (d, _) = server.configurations.first ?? (server.documents[0], LicenseConfiguration())
            out.append(.rule(.FO006, "the shared licensing server \(name(server)) and its backup \(name(peer)) are the two units of one failover pair; the backup must be another pair", at: d.span, in: d))
        }
        return out
    }

    /// FO007: what each unit falls back to after 30 days without its peer.
    @Sendable static func fo007(_ f: Fleet, _ o: LintOptions) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for (pair, docs) in f.judgedPairs {
            guard let docs else { continue }
            for (unit, (d, ak)) in zip([pair.0, pair.1], docs) {
                guard let cluster = ak.failoverCluster, let running = ak.running else { continue }
                // Spelled only when read: listing every changed feature of every unit of a pair
                // was a quarter of the unit and fleet rules' time.
                out.append(.rule(.FO007, at: cluster.span, in: d, spelledFor: o) {
                    // Every change written into one text (a `String` each, then joined, cost
                    // 50,000 instructions a finding).
                    var changes = FindingText.Parts(literalCapacity: 256, interpolationCount: 0)
                    let ownBySpelling = running.rowsBySpelling
                    cluster.forEachRow { row in
                        // The unit's own row of the same name (names are equal when their text is).
                        let own = row.spellingIndex.map { ownBySpelling[slot: $0] } ?? running.firstRow(named: row.name)
                        guard let own, own.value != row.value else { return }
                        if !changes.bytes.isEmpty { changes.appendLiteral(", ") }
                        changes.appendInterpolation(name: row)
                        changes.appendLiteral(" ")
                        changes.appendInterpolation(value: row)
                        changes.appendLiteral(" → ")
                        changes.appendInterpolation(value: own)
                    }
                    if changes.bytes.isEmpty { changes.appendLiteral("no change") }
                    return "if the units lose contact for more than 30 days, \(name(unit)) reverts to its local license: \(changes)"
                })
            }
        }
        return out
    }
}
