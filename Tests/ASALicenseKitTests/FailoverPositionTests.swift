import Testing
@testable import ASALicenseKit

/// The failover position a prompt names (`fw/pri/act>` → `pri`), read from an ASCII prompt's
/// bytes, held to the rule written with `String` splits and `Character.isLetter`.
@Suite struct FailoverPositionTests {
    /// The rule, spelled the slow way.
    func byCharacters(_ prompt: String) -> String? {
        guard prompt.contains("/") else { return nil }
        let parts = prompt.split(separator: "/")
        guard parts.count >= 2 else { return nil }
        let p = parts[1].prefix { $0.isLetter }
        return p == "pri" || p == "sec" ? String(p) : nil
    }

    @Test func positionsReadAsTheRuleSays() {
        let fixed = ["fw/pri/act>", "fw/sec/stby#", "fw/pri>", "fw/secondary>", "/pri/act#", "fw//pri#", "fw/pri", "fw/", "/", "//",
                     "fw/PRI/act>", "fw/pri2/act>", "fw/prí/act>", "fw/priä/act>", "fw/pri\u{301}/act>", "fw/\u{301}pri/act>", "ciscoasa#", ""]
        for prompt in fixed {
            #expect(LintGrouping.failoverPosition(prompt) == byCharacters(prompt), "\(prompt)")
        }
        #expect(LintGrouping.failoverPosition(nil) == nil)
        // Random prompts of slashes, the two words, other letters, digits and marks.
        var rng = SeededRandom(seed: 13)
        let pieces = ["/", "//", "pri", "sec", "pr", "se", "act", "x", "2", "#", ">", "-", "é", "\u{301}", "Pri"]
        for _ in 0..<20_000 {
            let prompt = (0..<Int.random(in: 0...6, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            #expect(LintGrouping.failoverPosition(prompt) == byCharacters(prompt), "\(prompt)")
        }
    }
}
