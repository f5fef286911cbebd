import Testing
@testable import ASALicenseKit

/// Findings are put in order by a key each and moved into place (`Linter.sortInOrder`,
/// `Array.permute`): the result is the stable sort by file, line, column and code.
@Suite struct FindingOrderTests {
    @Test func permuteMovesEachElementToItsPlace() {
        var rng = SeededRandom(seed: 5)
        for n in [0, 1, 2, 3, 10, 257] {
            let values = (0..<n).map { "v\($0)" }
            let order = Array(0..<n).shuffled(using: &rng)
            var permuted = values
            permuted.permute(to: order)
            #expect(permuted == order.map { values[$0] })
        }
    }

    @Test func findingsSortAsAStableSortByFileLineColumnAndCode() {
        var rng = SeededRandom(seed: 9)
        let paths: [String?] = ["b.txt", "a.txt", "a.txt", "c/d.txt", nil, "é.txt"]
        let codes: [RuleCode] = [.KEY003, .DOC001, .FO002, .PLAT001, .TIME004]
        for _ in 0..<50 {
            let findings = (0..<Int.random(in: 0...300, using: &rng)).map { i in
                Diagnostic(.warning, codes.randomElement(using: &rng)!, "finding \(i)",
                           at: SourceSpan(line: Int.random(in: 1...6, using: &rng), column: Int.random(in: 1...3, using: &rng), offset: 0),
                           path: paths.randomElement(using: &rng)!)
            }
            // The order as a comparison, sorted by a stable sort (the messages tell ties apart).
            let expected = findings.enumerated().sorted { x, y in
                let (a, b) = (x.element, y.element)
                let key = { (d: Diagnostic) in (d.path ?? "", d.span.line, d.span.column) }
                if key(a) != key(b) { return key(a) < key(b) }
                if a.code != b.code { return a.code < b.code }
                return x.offset < y.offset
            }.map(\.element)
            var sorted = findings
            Linter.sortInOrder(&sorted)
            #expect(sorted == expected)
        }
    }
}
