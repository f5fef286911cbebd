import Testing
@testable import ASALicenseKit

/// A finding's text reads as the same interpolation into a `String` would.
@Suite struct FindingTextTests {
    @Test func partsReadAsInAString() {
        let words = ["", "ASA 5520", "Failover Active/Active → Active/Standby", "«ü» é", String(repeating: "x", count: 300)]
        let numbers = [0, 7, -12, Int.max, Int.min, 1_000_000]
        var rng = SeededRandom(seed: 9)
        for _ in 0..<300 {
            let w = words.randomElement(using: &rng)!, n = numbers.randomElement(using: &rng)!
            let sub = w.dropFirst(Int.random(in: 0...2, using: &rng))
            let code = RuleCode.allCases.randomElement(using: &rng)!
            let maybe: Int? = Bool.random(using: &rng) ? n : nil
            let days = Double(n) / 3
            let made: FindingText = "\(w): shown \(n), \(sub) [\(code)] \(maybe ?? 0) \(String(describing: maybe)) \(days) \(w)\(n)"
            let plain = "\(w): shown \(n), \(sub) [\(code)] \(maybe ?? 0) \(String(describing: maybe)) \(days) \(w)\(n)"
            #expect(made.text == plain)
            #expect(Array(made.text.utf8) == Array(plain.utf8))
        }
        let literal: FindingText = "no parts"
        #expect(literal.text == "no parts")
    }

    /// A row's name and value copied from its storage read as its `name.text` and `value.text`;
    /// parts written ahead read as the text they make.
    @Test func rowsAndPartsReadAsTheirText() {
        let names: [FeatureName] = [.known(spelling: 0), .known(spelling: FeatureCatalog.spellings.count - 1), .unknown("Botnet Traffic Filter"), .unknown("«ü» é")]
        let values: [FeatureValue] = [.count(0), .count(-3), .count(Int.max), .unlimited, .enabled, .disabled, .failover(.activeActive),
                                      .failover(.activeStandby), .text("Yes"), .text("«ü»")]
        var rng = SeededRandom(seed: 11)
        var list = FindingText.Parts(literalCapacity: 0, interpolationCount: 0)
        var plainList = ""
        for _ in 0..<300 {
            let row = FeatureRow(name: names.randomElement(using: &rng)!, value: values.randomElement(using: &rng)!)
            let made: FindingText = "\(name: row) is \(value: row);"
            #expect(made.text == "\(row.name.text) is \(row.value.text);")
            list.appendInterpolation(name: row)
            list.appendLiteral(" → ")
            plainList += "\(row.name.text) → "
        }
        let whole: FindingText = "changes: \(list)"
        #expect(whole.text == "changes: \(plainList)")
    }
}
