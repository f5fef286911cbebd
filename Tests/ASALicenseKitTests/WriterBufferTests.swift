import Testing
@testable import ASALicenseKit

/// The writers' byte buffer (small appends copied as overlapping words) and their replay table
/// (open addressing), each held to the plain collection it stands in for.
@Suite struct WriterBufferTests {
    @Test func appendsOfEveryLengthKeepEveryByte() {
        var rng = SeededRandom(seed: 3)
        // A small first capacity, so that appends also cross a growth.
        var buffer = ByteBuffer(capacity: 16)
        defer { buffer.free() }
        var expected: [UInt8] = []
        for round in 0..<2_000 {
            let n = round < 41 ? round : Int.random(in: 0...40, using: &rng)
            let piece = (0..<n).map { _ in UInt8.random(in: 0...255, using: &rng) }
            piece.withUnsafeBufferPointer { buffer.append(contentsOf: $0) }
            expected += piece
        }
        #expect(buffer.bytes == expected)
    }

    @Test func replayTableAnswersAsADictionary() {
        var rng = SeededRandom(seed: 5)
        var table = ReplayTable()
        var model: [Int: [UInt8]] = [:]
        // Keys shaped as the JSON writer makes them (id, depth, flag), enough to grow the table
        // several times, some kept again with other bytes.
        for _ in 0..<5_000 {
            let key = Int.random(in: 0..<600, using: &rng) << 11 | Int.random(in: 0..<8, using: &rng) << 1 | Int.random(in: 0...1, using: &rng)
            let bytes = (0..<Int.random(in: 0...24, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            bytes.withUnsafeBufferPointer { table.keep(key, $0) }
            model[key] = bytes
        }
        for key in model.keys {
            var seen: [UInt8]?
            #expect(table.withBytes(key) { seen = Array($0) })
            #expect(seen == model[key])
        }
        for _ in 0..<5_000 {
            let key = Int.random(in: 0..<(1 << 21), using: &rng)
            guard model[key] == nil else { continue }
            #expect(!table.withBytes(key) { _ in Issue.record("bytes for a key never kept") })
        }
    }

    /// Past its limit the table keeps nothing more (an input of endless distinct counts would
    /// grow it without end); what it kept before still answers.
    @Test func replayTableKeepsNoMoreKeysThanItsLimit() {
        var table = ReplayTable()
        let bytes: [UInt8] = [0x7B, 0x7D]
        let offered = ReplayTable.limit + 500
        for key in 0..<offered { bytes.withUnsafeBufferPointer { table.keep(key << 11, $0) } }
        var answered: [Int] = []
        for key in 0..<offered where table.withBytes(key << 11, { #expect(Array($0) == bytes) }) { answered.append(key) }
        #expect(answered == Array(0..<ReplayTable.limit))
        // A key kept before is still kept again, in place of what it had.
        let other: [UInt8] = [0x5B, 0x5D]
        other.withUnsafeBufferPointer { table.keep(7 << 11, $0) }
        var seen: [UInt8]?
        #expect(table.withBytes(7 << 11) { seen = Array($0) })
        #expect(seen == other)
    }

    /// A document with more distinct rows than the JSON writer's table keeps is written as it
    /// is written alone and reads back as itself, and so is one written after it.
    @Test func jsonPastTheReplayLimitIsTheJSONOfEachDocument() {
        var text = "fw# show activation-key\nLicensed features for this platform:\n"
        for n in 0..<(ReplayTable.limit + 300) { text += "Maximum VLANs : \(n) perpetual\n" }
        text += "fw# show activation-key\nLicensed features for this platform:\nMaximum VLANs : 7 perpetual\nInside Hosts : 70000 perpetual\nMaximum Physical Interfaces : 9 perpetual\n"
        let docs = CaptureParser.parse(text).documents
        #expect(docs.count == 2)
        let lines = OutputFormat.jsonl.render(docs).split(separator: "\n").map { String($0) + "\n" }
        #expect(lines == docs.map { OutputFormat.jsonl.render([$0]) })
        #expect(InputReader.read(OutputFormat.json.render(docs)).documents == docs)
    }

    /// The JSON writer's open containers (a word of flags, an array past 64 levels) answer as a
    /// stack of flags does, at every depth up to 150 and back.
    @Test func openContainersAnswerAsAStackOfFlags() {
        var rng = SeededRandom(seed: 9)
        var containers = JSONWriterState.Containers()
        var model: [Bool] = []
        for step in 0..<5_000 {
            // Deep first (down to 150 levels and back), then at random.
            let opens = step < 300 ? step < 150 : (model.isEmpty || (model.count < 150 && Bool.random(using: &rng)))
            if opens {
                containers.push()
                model.append(false)
            } else {
                containers.pop()
                model.removeLast()
            }
            if !model.isEmpty, Bool.random(using: &rng) {
                containers.innermostHasElement = true
                model[model.count - 1] = true
            }
            #expect(containers.depth == model.count)
            if let last = model.last { #expect(containers.innermostHasElement == last) }
        }
    }
}

