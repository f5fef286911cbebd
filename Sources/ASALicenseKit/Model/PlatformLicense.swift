/// `This platform has a/an [model] <tier> license.` — the platform model (when printed) and the
/// license tier, as written; `normalizedModel` gives the model one spelling.
public struct PlatformLicense: Hashable, Sendable {
    public var model: String?
    public var tier: String
    @NotCompared public var span: SourceSpan

    public init(model: String?, tier: String, span: SourceSpan = .none) {
        self.model = model
        self.tier = tier
        self.span = span
    }

    /// The article the device prints: `an` before a model (`an WS-SVC-ASA-SM1`, `an ASA 5520`),
    /// else by the tier's first letter (`a Base`, `an Unlimited`). Grammar, not data.
    public var article: String {
        if model != nil { return "an" }
        guard let first = tier.utf8.first else { return "a" }
        return "AEIOUaeiou".utf8.contains(first) ? "an" : "a"
    }

    public var normalizedModel: String? { model.map { PlatformModel.normalize($0) } }

    /// Whether the unit is a PIX: its hardware line (`PIX-515E`), its model, or a PIX tier
    /// (`Unrestricted (UR)`, `Restricted (R)`, `Failover Only (FO)`, `Failover Only-Active/Active
    /// (FO_AA)` as PIX 7 prints it, or `FO-AA`; or its words without the letters: no ASA tier
    /// is `Unrestricted`, `Restricted` or `Failover Only`).
    public static func isPIX(hardware: String?, platform: PlatformLicense?) -> Bool {
        if let h = hardware?.uppercased(), h.hasPrefix("PIX") { return true }
        if let m = platform?.model?.uppercased(), m.hasPrefix("PIX") { return true }
        guard let tier = platform?.tier else { return false }
        if tier.utf8.last == UInt8(ascii: ")") {
            return tier.hasSuffix("(UR)") || tier.hasSuffix("(R)") || tier.hasSuffix("(FO)") || tier.hasSuffix("(FO_AA)") || tier.hasSuffix("(FO-AA)")
        }
        // (Lowercased only for the three first letters: this is asked of every unit.)
        guard let first = tier.utf8.first, case let letter = first | 0x20,
              letter == UInt8(ascii: "u") || letter == UInt8(ascii: "r") || letter == UInt8(ascii: "f") else { return false }
        let words = tier.lowercased()
        return words == "unrestricted" || words == "restricted" || words.hasPrefix("failover only") || words.hasPrefix("failover-only")
    }

    /// Splits the words between the article and `license` into model and tier. The model is the
    /// first word when it carries a digit (`ASA5506`, `WS-SVC-ASA-SM1`, `ASAv10`), or a family word
    /// followed by one (`ASA 5520`, `ISA 3000`, `Firepower 1010`).
    public static func split(_ words: [String]) -> (model: String?, tier: String) {
        let n = modelWordCount(words.count,
                               isFamily: { i in PlatformModel.families.contains { $0.description == words[i] } },
                               hasDigit: { i in words[i].utf8.contains(where: ByteText.isDigit) })
        return (n == 0 ? nil : words[..<n].joined(separator: " "), words[n...].joined(separator: " "))
    }

    /// How many of the `count` words between the article and `license` name the model (`split`):
    /// 2 for a family word and one with a digit, 1 for a first word with a digit, else 0. A lone
    /// word is the tier.
    @inline(__always)
    static func modelWordCount(_ count: Int, isFamily: (Int) -> Bool, hasDigit: (Int) -> Bool) -> Int {
        guard count > 1 else { return 0 }
        if isFamily(0) && hasDigit(1) { return 2 }
        return hasDigit(0) ? 1 : 0
    }
}

/// Model spellings: `ASA5506`, `ASA 5506`, `ASA 5506-X` are one model, `ASA 5506-X`.
public enum PlatformModel {
    /// The words that name a family when a number follows (`ASA 5520`).
    static let families: [StaticString] = ["ASA", "ISA", "Firepower", "FPR", "ASAv"]

    /// ASA 5500-X models: the hardware line prints them without the `-X`.
    static let xModels: Set<String> = ["5506", "5506W", "5506H", "5508", "5512", "5515", "5516", "5525", "5545", "5555", "5585"]

    /// A model in one spelling (`ASA5520` and `ASA 5520` → `ASA 5520`). Remembered: the rules
    /// ask for a unit's model many times, and a unit's model is one of a few.
    public static func normalize(_ raw: String) -> String {
        normalized.value(for: raw, normalize(characters:))
    }

    private static let normalized = Memo<String, String>()

    /// The normalizing itself, character by character.
    static func normalize(characters raw: String) -> String {
        var s = String(raw.uppercased().filter { $0 != " " })
        if s.hasPrefix("ASAV") { return "ASAv" + s.dropFirst(4) }
        if s.hasPrefix("ISA-3000") || s.hasPrefix("ISA3000") { return "ISA 3000" }
        for family in ["ASA", "ISA"] where s.hasPrefix(family) {
            s.removeFirst(family.count)
            if s.hasPrefix("-") { s.removeFirst() }
            var number = s
            if number.hasSuffix("-X") { number.removeLast(2) }
            return family + " " + number + (family == "ASA" && xModels.contains(number) ? "-X" : "")
        }
        return raw
    }
}
