/// The stable code of a rule of the catalog (`RULES.md`): a code never changes once shipped; a
/// rule is retired, not renumbered. A finding can only carry a code of this list, so a typo does
/// not compile and no finding has a code the catalog does not describe.
public enum RuleCode: String, CaseIterable, Sendable, Comparable, CustomStringConvertible {
    case KEY001, KEY002, KEY003, KEY004, KEY005, KEY006, KEY007
    case TIME001, TIME002, TIME003, TIME004, TIME005, TIME006
    case RUN001, RUN002, RUN003, RUN004, RUN005
    case FO001, FO002, FO003, FO004, FO005, FO006, FO007, FO008
    case SHR001, SHR002, SHR003, SHR004, SHR005, SHR006, SHR007, SHR008, SHR009, SHR010, SHR011, SHR012, SHR013, SHR014, SHR015
    case PLAT001, PLAT002, PLAT003, PLAT004
    case VPN001, VPN002, VPN003
    case DOC001, DOC002, DOC003, DOC004, DOC005, DOC006, DOC007, DOC008, DOC009, DOC010

    /// Equal by case, not by raw value (see `caseIndex`).
    public static func == (a: RuleCode, b: RuleCode) -> Bool { caseIndex(a) == caseIndex(b) }
    /// Hashed by case, not by raw value (see `caseIndex`).
    public func hash(into hasher: inout Hasher) { hasher.combine(caseIndex(self)) }

    /// The rule's family: the letters of its code (`SHR` of `SHR009`).
    public var family: String {
        // Codes are ASCII: the letters are the bytes before the first digit.
        let utf8 = rawValue.utf8
        return String(decoding: utf8.prefix { !ByteText.isDigit($0) }, as: UTF8.self)
    }

    public var description: String { rawValue }

    /// In the codes' alphabetical order (`DOC001` < `FO001` < `KEY001`), the order findings sort in.
    public static func < (lhs: RuleCode, rhs: RuleCode) -> Bool {
        alphabeticalRank[Int(caseIndex(lhs))] < alphabeticalRank[Int(caseIndex(rhs))]
    }

    /// Each case's place among the codes sorted by their text (sorting findings compared the
    /// strings of two codes at every step).
    private static let alphabeticalRank: [UInt8] = {
        var rank = [UInt8](repeating: 0, count: allCases.count)
        for (place, code) in allCases.sorted(by: { $0.rawValue < $1.rawValue }).enumerated() { rank[Int(caseIndex(code))] = UInt8(place) }
        return rank
    }()
}
