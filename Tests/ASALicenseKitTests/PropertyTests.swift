import FuzzSupport
import Testing
@testable import ASALicenseKit

/// Properties over random valid models and random mutations of every sample.
@Suite struct PropertyTests {
    static let seeds: [UInt64] = Array(1...150)

    func generated(_ seed: UInt64) -> [Document] {
        var g = ModelGenerator(seed: seed)
        return [g.activationKeyDocument(), g.configurationDocument(), g.sharedLicenseDocument()]
    }

    @Test(arguments: seeds)
    func randomModelsSurviveCanonicalCLI(_ seed: UInt64) {
        for doc in generated(seed) {
            let cli = CLIWriter.text(doc, options: OutputOptions(showSecrets: true))
            let (back, _) = CaptureParser.parse(cli)
            let same = back.map(\.withoutProvenance) == [doc]
            #expect(same, "seed \(seed): the canonical CLI reads back differently:\n\(cli)\n--- read back as\n\(same ? "" : OutputFormat.yaml.render(back))")
        }
    }

    @Test(arguments: seeds)
    func randomModelsSurviveYAMLAndJSON(_ seed: UInt64) {
        let docs = generated(seed)
        for format in [OutputFormat.yaml, .json, .jsonl] {
            let text = format.render(docs, options: OutputOptions(showSecrets: true))
            let (back, diagnostics) = InputReader.read(text)
            #expect(back == docs, "seed \(seed), \(format) reads back differently")
            // Only what reading says of the model itself: a feature name the catalog does not know.
            #expect(diagnostics.allSatisfy { $0.code == .DOC004 }, "\(diagnostics.map { $0.rendered() })")
        }
    }

    /// The JSON writer copies what it wrote for a catalog row before (`TreeWriter.same`): a
    /// document written after many others, the copies warm, is the bytes it is written alone,
    /// and reads back as itself.
    @Test func jsonOfADocumentIsTheSameAfterOthers() {
        var g = ModelGenerator(seed: 77)
        let docs = (0..<300).map { i in i % 3 == 0 ? g.configurationDocument() : i % 3 == 1 ? g.activationKeyDocument() : g.sharedLicenseDocument() }
        let options = OutputOptions(showSecrets: true)
        let stream = OutputFormat.jsonl.render(docs, options: options).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(stream.count == docs.count)
        for (doc, line) in zip(docs, stream) {
            #expect(String(line) + "\n" == OutputFormat.jsonl.render([doc], options: options))
        }
        let whole = OutputFormat.json.render(docs, options: options)
        #expect(InputReader.read(whole).documents == docs)
        #expect(whole.hasPrefix("[") && whole.hasSuffix("\n]\n"))
    }

    enum Mutation: CaseIterable {
        case flipByte, dropLine, duplicateLine, truncate, crlf, nul
    }

    /// One seeded mutation of `bytes`; for line mutations, the 1-based line touched.
    static func mutate(_ bytes: [UInt8], _ m: Mutation, _ rng: inout SeededRandom) -> ([UInt8], touched: Int?) {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        guard !bytes.isEmpty else { return (bytes, nil) }
        let at = Int.random(in: 0..<lines.count, using: &rng)
        switch m {
        case .flipByte:
            var b = bytes
            let i = Int.random(in: 0..<b.count, using: &rng)
            b[i] ^= UInt8.random(in: 1...255, using: &rng)
            return (b, nil)
        case .dropLine: lines.remove(at: at)
        case .duplicateLine: lines.insert(lines[at], at: at)
        case .truncate: return (Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &rng))), nil)
        case .crlf: lines[at] += [0x0D]
        case .nul: lines[at].insert(0, at: Int.random(in: 0...lines[at].count, using: &rng))
        }
        return (Array(lines.joined(separator: [0x0A])), at + 1)
    }

    @Test(arguments: Samples.goldenInputs)
    func mutationsKeepEveryProperty(_ input: String) {
        let original = Samples.bytes(input)
        var rng = SeededRandom(seed: UInt64(input.utf8.reduce(0) { $0 &* 31 &+ Int($1) }.magnitude))
        for _ in 0..<12 {
            for m in Mutation.allCases {
                let (mutated, _) = Self.mutate(original, m, &rng)
                let violation = FuzzProperties.violation(deviceText: mutated, prefix: "")
                #expect(violation == nil, "\(input) \(m): \(violation ?? "")")
            }
        }
    }

    /// Dropping or duplicating a line loses nothing else: every other row is still a row, or at
    /// worst kept verbatim as an unparsed line.
    @Test(arguments: Samples.goldenInputs.filter { $0.contains("show-activation-key") })
    func untouchedRowsAreStillRead(_ input: String) {
        let original = Samples.bytes(input)
        let text = String(decoding: original, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let rows = Self.rows(CaptureParser.parse(original).documents)
        var rng = SeededRandom(seed: 7)
        for m in [Mutation.dropLine, .duplicateLine, .crlf] {
            for _ in 0..<10 {
                let (mutated, touched) = Self.mutate(original, m, &rng)
                let docs = CaptureParser.parse(mutated).documents
                let after = Set(Self.rows(docs).map { "\($0.name.text)=\($0.value.text)" })
                let unparsed = docs.flatMap(\.unparsed).map(\.text).joined(separator: "\n")
                for row in rows where row.span.line != touched {
                    let line = row.span.line >= 1 && row.span.line <= text.count ? String(text[row.span.line - 1]) : ""
                    let kept = after.contains("\(row.name.text)=\(row.value.text)") || (!line.isEmpty && unparsed.contains(line.trimmingCharacters()))
                    #expect(kept, "\(input) \(m) at \(touched ?? 0): lost \(row.name.text)")
                }
            }
        }
    }

    static func rows(_ docs: [Document]) -> [FeatureRow] {
        docs.flatMap { d -> [FeatureRow] in
            guard case .activationKey(let ak) = d.content else { return [] }
            return [ak.running, ak.failoverCluster, ak.permanent?.features].compactMap { $0 }.flatMap(\.allRows)
                + (ak.activeTimebasedKeys + ak.inactiveTimebasedKeys).flatMap(\.features)
        }
    }
}

extension String {
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
