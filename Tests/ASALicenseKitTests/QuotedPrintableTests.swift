import Testing
@testable import ASALicenseKit

/// Text in a mail's quoted-printable encoding, as a mailing list's archive shows a post: read
/// as the text it encodes, every line keeping its number in the file.
@Suite struct QuotedPrintableTests {
    /// `text` encoded as a mail client does (Python's `quopri` alike): `=`, control and non-ASCII
    /// bytes and a line's last blank as `=XX`, lines longer than 76 broken with `=`. With, for
    /// each line of `text`, the number of its first line in the encoding.
    static func encoded(_ text: String) -> (text: String, lineNumbers: [Int]) {
        let hex = Array("0123456789ABCDEF".utf8)
        var lines: [String] = [], numbers: [Int] = []
        // (Split by bytes: `\r\n` is one Character.)
        for line in Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false) {
            numbers.append(lines.count + 1)
            let bytes = Array(line)
            var current: [UInt8] = []
            for (i, b) in bytes.enumerated() {
                let lastBlank = (b == 0x20 || b == 0x09) && i == bytes.count - 1
                let piece: [UInt8] = b == UInt8(ascii: "=") || b >= 0x7F || (b < 0x20 && b != 0x09) || lastBlank
                    ? [UInt8(ascii: "="), hex[Int(b >> 4)], hex[Int(b & 15)]] : [b]
                if current.count + piece.count > 75 {
                    lines.append(String(decoding: current + [UInt8(ascii: "=")], as: UTF8.self))
                    current = []
                }
                current += piece
            }
            lines.append(String(decoding: current, as: UTF8.self))
        }
        return (lines.joined(separator: "\n"), numbers)
    }

    /// Every sample, encoded, reads as itself: the same documents, and the same diagnostics, each
    /// on the line of the file where its line starts. (Not the one whose lines end with a
    /// return alone: a mail's lines end with a return and a line feed.)
    @Test func everySampleEncodedReadsAsItself() {
        var compared = 0, broken = 0
        for (path, text) in Samples.textInputs where !text.contains("\r") || text.contains("\r\n") {
            let (encodedText, numbers) = Self.encoded(text)
            guard encodedText != text else { continue }
            // (Both read as asalic reads a file: a diff's text made of each.)
            let (bareDocs, bareDiags) = InputReader.read(Array(text.utf8))
            let (docs, diags) = InputReader.read(Array(encodedText.utf8))
            #expect(docs.map(\.withoutLineNumbers) == bareDocs.map(\.withoutLineNumbers), "\(path)")
            #expect(diags.map(\.code) == bareDiags.map(\.code), "\(path)")
            #expect(diags.map(\.span.line) == bareDiags.map { numbers.indices.contains($0.span.line - 1) ? numbers[$0.span.line - 1] : $0.span.line }, "\(path)")
            compared += 1
            if numbers.last != numbers.count { broken += 1 }
        }
        #expect(compared > 40 && broken > 20)
    }

    /// Read from a file or a pipe, chunk by chunk: as when read whole.
    @Test func aPostStreamedReadsAsWhole() throws {
        let path = Samples.root.appendingPathComponent("real-world/mailing-list-quoted-printable.txt").path
        var streamed: [Document] = [], diagnostics: [Diagnostic] = []
        try InputSource(path: path).forEachDocument { doc, g in
            if let doc { streamed.append(doc) }
            diagnostics += g
        }
        let whole = InputReader.read(Samples.bytes("Samples/real-world/mailing-list-quoted-printable.txt"))
        #expect(streamed.count == 1 && streamed == whole.documents)
        #expect(diagnostics.map(\.span.line) == whole.diagnostics.map(\.span.line))
        guard case .activationKey(let ak)? = streamed.first?.content else { Issue.record("no document"); return }
        // The key broken inside a word, and the version's last blank written `=20`, read whole.
        #expect(ak.runningPermanentKey?.text == "0x4a3eea7b 0x54b9f61a 0x4143a90c 0xe5849088 0x4412d4a9")
        #expect(ak.serialNumber?.text == "JAD20510ABC")
        #expect(ak.running?.rows.count == 18)
        #expect(streamed.first?.sourceLines?.lowerBound == 14)
    }

    /// Decoded in chunks of any size (an `=` sequence cut between two reads), the same text.
    @Test func chunksOfAnySizeDecodeAlike() {
        // (A line broken ninety times owes more vacant lines than a small buffer holds.)
        let long = String(repeating: "0x4a3eea7b ", count: 600)
        let (text, _) = Self.encoded(Samples.text("Samples/real-world/session-prompt-on-its-own-line.txt") + "Caf\u{E9} = 1 \n" + long + "\nend\n")
        let source = Array(text.utf8)
        let whole = source.withUnsafeBufferPointer(QuotedPrintableInput.decode)
        var rng = SeededRandom(seed: 5)
        for bufferSize in [16, 40, 4096] {
            var decoder = DecodedReads(QuotedPrintableInput())
            var offset = 0, out: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: bufferSize)
            while case let n = buffer.withUnsafeMutableBytes({ b in
                decoder.read(into: b) { raw in
                    let count = min(raw.count, Int.random(in: 1...7, using: &rng), source.count - offset)
                    for i in 0..<count { raw[i] = source[offset + i] }
                    offset += count
                    return count
                }
            }), n > 0 {
                out += buffer[0..<n]
            }
            #expect(out == whole, "\(bufferSize)")
        }
        #expect(String(decoding: whole, as: UTF8.self).contains("Caf\u{E9} = 1 \n" + long + "\n\u{1A}\n"))
        // A vacant line for each break: every line keeps its number.
        let breaks = text.split(separator: "\n").filter { $0.hasSuffix("=") }.count
        #expect(breaks > 80 && whole.filter { $0 == QuotedPrintableInput.vacantLine }.count == breaks)
        #expect(whole.filter { $0 == 0x0A }.count == text.filter { $0 == "\n" }.count)
    }

    /// Told from its `=` sequences: none may be anything else, and one must tell (an escape,
    /// or a break at an encoder's width) or two be there; a mail's header says so too.
    @Test func quotedPrintableIsToldFromItsSequences() {
        func detect(_ text: String) -> Bool { Array(text.utf8).withUnsafeBufferPointer(QuotedPrintableInput.detect) }
        let wide = String(repeating: "a", count: 74)
        #expect(detect("Cisco Adaptive Security Appliance Software Version 9.8(4)22=20\n"))
        #expect(detect(wide + "=\nb\n"))
        #expect(!detect("Serial Number: JMX1232L11M\n"))
        #expect(!detect("short=\nb\n"), "one break short of an encoder's width")
        #expect(detect("short=\nb=\nc\n"))
        #expect(!detect("fw1 | CHANGED | rc=0 >>\n" + wide + "=\nb\n"), "an `=` that encodes nothing")
        #expect(detect("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nx=20\n"))
        #expect(!detect("Content-Transfer-Encoding: quoted-printable\n"), "no sequence at all")
    }
}
