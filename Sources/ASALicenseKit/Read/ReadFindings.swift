/// What the CLI parsers report while reading, found again on a model read from YAML or JSON:
/// a malformed activation key (KEY001) and a feature name the catalog does not know (DOC004).
/// Reading reports them, whatever the format, so the linter never checks them a second time.
enum ReadFindings {
    static func of(_ doc: Document) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var keys: [ActivationKey] = []
        var rows: [FeatureRow] = []
        var pix = false
        switch doc.content {
        case .activationKey(let ak):
            pix = ak.isPIX
            keys += [ak.runningPermanentKey, ak.runningActivationKey, ak.permanent?.key].compactMap { $0 }
            keys += ak.runningTimebasedKeys + ak.activeTimebasedKeys.map(\.key) + ak.inactiveTimebasedKeys.map(\.key)
            rows = [ak.running, ak.failoverCluster, ak.permanent?.features].compactMap { $0 }.flatMap(\.allRows)
                + (ak.activeTimebasedKeys + ak.inactiveTimebasedKeys).flatMap(\.features)
        case .configuration(let c):
            for command in c.commands {
                if case .activationKey(let k, _) = command.kind { keys.append(k) }
            }
        default:
            break  // no key and no feature row
        }
        for key in keys where !key.isEmpty && !(pix ? key.isWellFormedPIXKey : key.isWellFormed) && !PastedRedaction.keyLooksRedacted(key, fourWords: pix) {
            out.append(Diagnostic(.error, .KEY001, "activation key '\(key.text)' is not five 32-bit hexadecimal words", at: key.span))
        }
        var seen = Set<String>()
        for row in rows {
            guard case .unknown(let name) = row.name, seen.insert(name).inserted else { continue }
            out.append(Diagnostic(.note, .DOC004, "feature '\(name)' is not in the catalog; kept as written and typed by its value", at: row.span))
        }
        return out
    }
}
