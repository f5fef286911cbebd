import FuzzSupport
import Testing
@testable import ASALicenseKit

/// A web page's source around a pasted output: its markup is no part of the output.
@Suite struct HTMLMarkupTests {
    @Test func tagsAreTold() {
        for tag in ["<pre>", "</pre>", "<pre class=\"lang:default decode:true\">", "<br />", "<br/>", "<BR>", "<code>", "</code>", "<p>", "</span>",
                    "<!-- wp:code -->", "<!---->", "<!-- a <b> note -->", "<hr>", "<hr />", "<o:p>", "</o:p>", "<details>", "<summary>",
                    // An XML document's elements: closing ones of any name, opening ones with attributes.
                    "</msg>", "</system-out>", "</ac:plain-text-body >", "<msg timestamp=\"20261130 02:14:10.417\" level='INFO'>", "<status status=\"PASS\"/>"] {
            let bytes = Array(tag.utf8)
            let end = bytes.withUnsafeBufferPointer { PageMarkup.tag($0, 0, $0.count)?.end }
            #expect(end == bytes.count, "\(tag)")
        }
        // The output's own angle brackets: a pager's prompt, a context, a redaction, an elision.
        for text in ["<--- More --->", "<context>", "<removed>", "<snip>", "<...>", "<pre", "<pre <b>", "<preformatted>", "< pre>", "<!-- no end", "<!- x -->", "<x:p>", "<o:>", "<o:pre>",
                     // A reference's placeholders, and what only begins an element.
                     "<ip-address>", "<key value>", "<msg level=INFO>", "<msg level=\"INFO>", "</ip address>", "</-x>", "</msg",
                     "<msg level=\"<b>\">", "<msg a<b=\"x\">"] {
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer { PageMarkup.tag($0, 0, $0.count) } == nil, "\(text)")
        }
    }

    /// A page's HTML comments (a block editor's `<!-- wp:code -->` on lines of their own, an
    /// author's note after a command) are no text of the output or the configuration.
    @Test func htmlCommentsAreNoText() {
        let page = "<!-- wp:code -->\n<pre class=\"wp-block-code\"><code>license-server address 10.1.1.1 secret farscape <!-- lab only -->\n"
            + "license-server backup address 10.2.2.1</code></pre>\n<!-- /wp:code -->\n"
        let (docs, diags) = CaptureParser.parse(page)
        guard docs.count == 1, case .configuration(let config) = docs[0].content else { Issue.record("no configuration"); return }
        #expect(config.commands.count == 2)
        #expect(docs[0].unparsed.isEmpty)
        #expect(!diags.contains { $0.severity == .error })
    }

    /// A prompt line a post's Markdown sets as inline code (`` `fw1# show activation-key` ``)
    /// or in bold or italics as a whole (`**fw1# show activation-key**`) over its output is its
    /// text: the prompt and its command. Marks that are neither (backticks inside a line, or
    /// three; a rule, a lone mark, blanks inside) stay.
    @Test func aPromptLineInInlineCodeOrEmphasisIsItsText() {
        let output = "    Serial Number: JMX1232L11M\n    Running Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c\n"
        for prompt in ["`fw1# show activation-key`", "``fw1# show activation-key``", "`fw1# show activation-key`  ",
                       "**fw1# show activation-key**", "_fw1# show activation-key_", "***fw1# show activation-key***  "] {
            let docs = CaptureParser.parse("Here is what I get:\n\n\(prompt)\n\n" + output).documents
            #expect(docs.map(\.prompt) == ["fw1#"], "\(prompt)")
            #expect(docs.map(\.command) == ["show activation-key"], "\(prompt)")
        }
        for text in ["`a` b `c`", "```", "`", "``", "`x"] {
            #expect(LineLexer.lexing(text) { ParseContext.inlineCode($0) } == nil, "\(text)")
        }
        for text in ["* fw1 ** changed : False ****", "**", "** fw1# show version **", "**a**b**", "****x****", "*a"] {
            #expect(LineLexer.lexing(text) { ParseContext.emphasis($0) } == nil, "\(text)")
        }
    }

    /// A chat's fence with the output's first line glued to it (Slack's ```` ```fw1# show
    /// activation-key ````) opens the output at that line; a fence's language is no line.
    @Test func aLineGluedToAnOpeningFenceIsRead() {
        let serial = "Serial Number: JMX1232L11M", key = "\nRunning Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c```\n"
        for (opening, prompt) in [("```fw1# show activation-key\n", "fw1#"), ("``` fw1# show activation-key\n", "fw1#"), ("~~~fw1# show activation-key\n", "fw1#"),
                                  ("```text\nfw1# show activation-key\n", "fw1#"), ("```", nil)] {
            let (docs, diags) = CaptureParser.parse("Anyone seen this?\n\(opening)" + serial + key)
            guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document: \(opening)"); continue }
            #expect(ak.serialNumber?.text == "JMX1232L11M", "\(opening)")
            #expect(docs.map(\.prompt) == [prompt], "\(opening)")
            #expect(diags.map(\.code) == [.DOC010], "\(opening)")
        }
        for text in ["```text", "```console", "```", "``` ", "```cisco-asa", "```fw1#"] {
            #expect(LineLexer.lexing(text) { ParseContext.textAfterFence($0) } == nil, "\(text)")
        }
    }

    @Test func onlyClosingPreformattedTextClosesAnOutput() {
        for (text, closes) in [("</pre>", true), ("</code>", true), ("</samp>", true), ("</textarea>", true), ("</input>", true), ("</details>", true), ("```", true), (" ```", true),
                               ("</msg>", true), ("</system-out>", true),
                               ("<pre>", false), ("</p>", false), ("<br />", false), ("</summary>", false), ("<msg level=\"INFO\">", false)] {
            let bytes = Array(("x" + text).utf8)
            let found = bytes.withUnsafeBufferPointer { PageMarkup.textEnd($0, 0, $0.count) }
            #expect(found.end == 1 && found.closesOutput == closes, "\(text)")
        }
    }

    /// A blank the lexer reads that is no space (a terminal's control sequence, a no-break
    /// space, in UTF-8 or as Windows-1252's lone byte) is one inside a tag too: canonical CLI
    /// writes a space for it, so the line reads as it does with a space, and again the same once
    /// written back (fuzz find, activation-key seed 13: `0x<ol <p ESC>>` was written `<p >`,
    /// and that read again as a tag).
    @Test func aBlankOfTheLexersIsOneInATag() {
        let options = OutputOptions(showSecrets: true)
        func cli(_ bytes: [UInt8]) -> String {
            CaptureParser.parse(Array("fw(config)# ".utf8) + bytes + [0x0A]).documents.map { CLIWriter.text($0, options: options) }.joined()
        }
        let blanks: [[UInt8]] = [[0x1B, 0x5B, 0x30, 0x6D], [0x1B, 0x3E], [0xC2, 0xA0], [0xA0], [0xE2, 0x80, 0x83], [0x1B, 0x1B]]
        for blank in blanks {
            for (before, after) in [("activation-key 0x1 <p", ">"), ("activation-key 0x1 <p", ">>"), ("activation-key 0x1 <b", ">0x2"),
                                    ("activation-key 0x1 <msg", "a=\"b\">"), ("activation-key 0x1 </system-out", ">"), ("activation-key 0x1 <p>", "")] {
                let written = cli(Array(before.utf8) + blank + Array(after.utf8))
                let again = CaptureParser.parse(written).documents.map { CLIWriter.text($0, options: options) }.joined()
                #expect(written == again, "\(blank) in \(before)…\(after): \(written)")
                // (Unless an escape takes the `>` after it as its final byte: `ESC >`, `ESC ESC >`.)
                if blank.last != 0x1B && blank != [0x1B, 0x3E] {
                    #expect(written == cli(Array((before + " " + after).utf8)), "\(blank) in \(before)…\(after)")
                }
            }
        }
    }

    /// A bare line of a configuration session that shows a prompt is written back after that
    /// prompt, where a page's tags inside it are cut out: they are cut out as it is read (fuzz
    /// find, activation-key seed 19: `</l>` kept inside a key, cut once written back).
    @Test func aSessionsBareLineIsReadAsItsPromptsLine() {
        let text = "fw1(config)# license-server enable inside\nactivation-key 0x1234abcd 0x2345bcde</l> 0x3456cdef 0x4567def0 0x5678ef01\n"
        let (docs, diags) = CaptureParser.parse(text)
        let written = docs.map { CLIWriter.text($0, options: OutputOptions(showSecrets: true)) }
        #expect(written == ["fw1(config)# license-server enable inside\nfw1(config)# activation-key 0x1234abcd 0x2345bcde 0x3456cdef 0x4567def0 0x5678ef01\n"])
        #expect(diags.isEmpty, "\(diags.map { $0.rendered() })")
        #expect(CaptureParser.parse(written.joined()).documents.map { CLIWriter.text($0, options: OutputOptions(showSecrets: true)) } == written)
        // A listing's line (no prompt shown) keeps what it holds, as it is written back bare.
        let listing = CaptureParser.parse("activation-key 0x1234abcd 0x2345bcde</l> 0x3456cdef 0x4567def0 0x5678ef01\n")
        #expect(listing.diagnostics.map(\.code) == [.KEY001])
    }

    /// A tool's XML report holds an output as text (Robot Framework's `output.xml`, a JUnit
    /// report's `<system-out>` without CDATA): the element around it is the report's, its
    /// closing tag ends the output (it was a DOC001 error, and each closing tag after it).
    @Test(arguments: ["Samples/real-world/robot-framework-output-xml.txt", "Samples/real-world/junit-report-plain-system-out.txt"])
    func anXMLReportsElementsAreItsMarkup(_ path: String) {
        let (docs, diags) = InputReader.read(Samples.bytes(path))
        #expect(docs.count >= 1 && docs.allSatisfy { $0.unparsed.isEmpty })
        #expect(diags.allSatisfy { $0.code == .DOC010 }, "\(diags.map { $0.rendered() })")
        #expect(docs.last?.prompt == "fw-edge-3#" && docs.last?.command == "show activation-key")
        // A reference's placeholder over an output is still no markup.
        let (reference, _) = CaptureParser.parse("<hostname># show activation-key\nSerial Number: JMX1232L11M\n")
        #expect(reference.count == 1 && reference.first?.prompt == nil)
    }

    /// Every sample, on a page: inside `<pre>` and `</pre>` lines, with a `<br />` after each
    /// line (a blog editor's), in a ticket inside `{code}` or `{noformat}` (alone on their
    /// lines or glued to the text), in a forum's `[quote][code]` or `[CODE]`, in lab notes'
    /// Org mode or LaTeX block, indented by four spaces as Markdown's code, or each line in a
    /// highlighter's list item or span or a code view's table row, reads as itself: the same documents
    /// and findings on the same lines.
    @Test func everySampleOnAPageReadsAsItself() {
        var compared = 0
        for path in Samples.goldenInputs where !ShapeCombinationTests.notBrokenAsText.contains(where: { path.hasPrefix("Samples/real-world/" + $0) }) {
            let text = Samples.text(path)
            // (A sample in a page or a ticket already is not put in another.)
            guard !text.isEmpty, !Samples.isEncoded(text), !text.contains("\r"), !path.contains("ticket-jira-") else { continue }
            let (bareDocs, bareDiags) = CaptureParser.parse(Array(text.utf8))
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let body = lines.last == "" ? lines.dropLast() : lines[...]
            let listed = "<pre class=\"prettyprint linenums\"><ol class=\"linenums\">"
                + body.enumerated().map { (i: Int, line: Substring) -> String in "<li class=\"L\(i % 10)\">\(line)</li>" }.joined(separator: "\n")
                + "</ol></pre>\n"
            let rows = body.enumerated().map { (i: Int, line: Substring) -> String in
                "<tr><td id=\"L\(i + 1)\" class=\"blob-num\" data-line-number=\"\(i + 1)\"></td><td id=\"LC\(i + 1)\" class=\"blob-code\">\(line)</td></tr>"
            }
            let tabled = "<table class=\"highlight\"><tbody>" + rows.joined(separator: "\n") + "</tbody></table>\n"
            let spanned = "<pre class=\"shiki\"><code>" + body.map { "<span class=\"line\"><span style=\"color:#E1E4E8\">\($0)</span></span>" }.joined(separator: "\n") + "</code></pre>\n"
            let forms: [(form: String, shift: Int)] = [("<pre>\n" + body.joined(separator: "\n") + "\n</pre>\n", 1),
                                  (body.map { $0.isEmpty ? "" : $0 + "<br />" }.joined(separator: "\n") + "\n", 0),
                                  ("{code:title=fw1}\n" + body.joined(separator: "\n") + "\n{code}\n", 1),
                                  ("{noformat}" + body.joined(separator: "\n") + "{noformat}\n", 0),
                                  ("[quote][code]\n" + body.joined(separator: "\n") + "\n[/code][/quote]\n", 1),
                                  ("[CODE]\n" + body.joined(separator: "\n") + "\n[/CODE]\n", 1),
                                  // Lab notes: Org mode's block, a LaTeX report's.
                                  ("#+BEGIN_SRC text\n" + body.joined(separator: "\n") + "\n#+END_SRC\n", 1),
                                  ("\\begin{verbatim}\n" + body.joined(separator: "\n") + "\n\\end{verbatim}\n", 1),
                                  // Markdown's code, indented by four spaces.
                                  (body.map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n") + "\n", 0),
                                  // A highlighter's list of lines (Prettify's), a code view's table of them.
                                  (listed, 0), (tabled, 0), (spanned, 0),
                                  // Outlook's HTML, each line a paragraph, a blank one holding a no-break space.
                                  (body.map { "<p class=MsoNormal>" + ($0.isEmpty ? "<o:p>&nbsp;</o:p>" : $0 + "<o:p></o:p>") + "</p>" }.joined(separator: "\n") + "\n", 0),
                                  // A GitHub issue's folded section around its fenced paste.
                                  ("<details><summary>\n\n```\n" + body.joined(separator: "\n") + "\n```\n</details>\n", 3)]
            for (form, shift) in forms {
                // (Glued to the first line, the macro leaves it indented no more: a sample that
                // starts indented reads otherwise.)
                if shift == 0 && form.hasPrefix("{noformat} ") { continue }
                // (Lines not understood are kept verbatim: indented, they are kept so.)
                if form.hasPrefix("    ") && bareDocs.contains(where: { !$0.unparsed.isEmpty }) { continue }
                // (A paragraph's text starts after its tag: an indented sample would not be
                // indented; Outlook writes the indentation as `&nbsp;`.)
                if form.hasPrefix("<p class=MsoNormal>") && body.contains(where: { $0.hasPrefix(" ") }) { continue }
                let (docs, diags) = CaptureParser.parse(Array(form.utf8))
                #expect(docs.map { CLIWriter.text($0) } == bareDocs.map { CLIWriter.text($0) }, "\(path)")
                #expect(diags.map(\.code) == bareDiags.map(\.code), "\(path)")
                // (No license text is said of the whole input, at its first line.)
                #expect(diags.map(\.span.line) == bareDiags.map { $0.span.line + ($0.code == .DOC005 ? 0 : shift) }, "\(path)")
            }
            compared += 1
        }
        #expect(compared > 50)
    }

    /// Prose between two outputs, right after the markup that closes the first (a page's
    /// `</pre>`, a code fence, a ticket's `{code}`, AsciiDoc's `----`, a rule, glued or alone, a
    /// blank line after it or not), or at a margin left of the prompt's: the page's text, not a line of the first
    /// output, though a prompt echoed its command and the next prompt follows.
    @Test func theMarkupThatClosesAnOutputEndsIt() {
        let output = "Serial Number: JMX1232L11M\nRunning Permanent Activation Key: 0xce06dc6b 0x8a7b5ab7 0xa1e21dd4 0xd2c4b8b8 0xc4594f9c"
        let pages = [
            ("<pre>fw1# show activation-key\n\(output)</pre>\n<p>And the mate:</p>\n<pre>fw2# show activation-key\n\(output)\n</pre>\n", 4),
            ("```\nfw1# show activation-key\n\(output)\n```\nAnd the mate:\n```\nfw2# show activation-key\n\(output)\n```\n", 6),
            ("{code}\nfw1# show activation-key\n\(output)\n{code}\n\nAnd the mate:\n{code}\nfw2# show activation-key\n\(output)\n{code}\n", 7),
            ("{noformat}fw1# show activation-key\n\(output){noformat}\nAnd the mate:\n{noformat}fw2# show activation-key\n\(output){noformat}\n", 4),
            ("[code]fw1# show activation-key\n\(output)[/code]\nAnd the mate:\n[code]fw2# show activation-key\n\(output)[/code]\n", 4),
            ("[CODE]fw1# show activation-key\n\(output)[/CODE]\nand the mate\n[CODE]fw2# show activation-key\n\(output)[/CODE]\n", 4),
            // Prose with no colon, the next output's opening markup right under it (read ahead
            // of it, it leaves the markup before it known).
            ("```\nfw1# show activation-key\n\(output)\n```\nand the mate\n```\nfw2# show activation-key\n\(output)\n```\n", 6),
            ("{code}\nfw1# show activation-key\n\(output)\n{code}\nand the mate\n{code}\nfw2# show activation-key\n\(output)\n{code}\n", 6),
            ("#+begin_src\nfw1# show activation-key\n\(output)\n#+end_src\nand the mate\n#+begin_src\nfw2# show activation-key\n\(output)\n#+end_src\n", 6),
            ("\\begin{verbatim}\nfw1# show activation-key\n\(output)\n\\end{verbatim}\nand the mate\n\\begin{verbatim}\nfw2# show activation-key\n\(output)\n\\end{verbatim}\n", 6),
            // AsciiDoc's listing blocks (`----`), a post's rule under an output.
            ("[source,text]\n----\nfw1# show activation-key\n\(output)\n----\n\nand the mate\n\n----\nfw2# show activation-key\n\(output)\n----\n", 8),
            ("fw1# show activation-key\n\(output)\n-----\nand the mate\nfw2# show activation-key\n\(output)\n", 5),
            // AsciiDoc's literal blocks (`....`; `LiteralBlock`), with the block's attribute over one.
            ("....\nfw1# show activation-key\n\(output)\n....\n\nand the mate\n\n[literal]\n....\nfw2# show activation-key\n\(output)\n....\n", 7),
            ("\n......\nfw1# show activation-key\n\(output)\n......\n\nAnd the mate:\n\n......\nfw2# show activation-key\n\(output)\n......\n", 8),
            // A fence typed at the end of the last line; TTP's sample in its `<input>`.
            ("```\nfw1# show activation-key\n\(output)```\nAnd the mate:\n```\nfw2# show activation-key\n\(output)```\n", 5),
            ("<input load=\"text\">\nfw1# show activation-key\n\(output)</input>\nAnd the mate:\n<input>fw2# show activation-key\n\(output)</input>\n", 5),
            // Markdown's code indented: the paragraph at the margin, left of the prompt's.
            ("    fw1# show activation-key\n    \(output.replacingOccurrences(of: "\n", with: "\n    "))\n\nAnd the mate:\n\n    fw2# show activation-key\n    \(output.replacingOccurrences(of: "\n", with: "\n    "))\n", 5),
        ]
        for (page, line) in pages {
            let (docs, diags) = CaptureParser.parse(page)
            #expect(docs.map(\.prompt) == ["fw1#", "fw2#"], "\(page)")
            #expect(diags.map(\.code) == [.DOC010], "\(page)")
            #expect(diags.first?.span.line == line, "\(page)")
        }
        // Without the markup, a line stays in the echoed output, as before (but a label over the
        // next output, as `And the mate:` is: `PastedProseTests`).
        let (_, plain) = CaptureParser.parse("fw1# show activation-key\n\(output)\nand the mate\nfw2# show activation-key\n\(output)\n")
        #expect(plain.map(\.code) == [.DOC001])
        let (_, labelled) = CaptureParser.parse("fw1# show activation-key\n\(output)\nAnd the mate:\nfw2# show activation-key\n\(output)\n")
        #expect(labelled.map(\.code) == [.DOC010])
    }

    /// A line of four dots is lines left out (DOC003) where no literal block opens or closes:
    /// amid a block's rows, between two blank lines (it opens none), or closing a block with
    /// another number of dots; read in chunks, as read whole.
    @Test func fourDotsAloneAreStillLinesLeftOut() {
        let rows = "Maximum VLANs                     : 100            perpetual\n....\nInside Hosts                      : Unlimited      perpetual\n"
        let pastes = [
            ("fw1# show activation-key\nSerial Number: JMX1232L11M\n\n....\n\nLicensed features for this platform:\n\(rows)", [4, 8]),
            ("fw1# show activation-key\nSerial Number: JMX1232L11M\n\n....\n  \r\nLicensed features for this platform:\n\(rows)", [4, 8]),
            ("fw1# show activation-key\nSerial Number: JMX1232L11M\n\nLicensed features for this platform:\n\(rows)", [6]),
            ("\n....\nfw1# show activation-key\nSerial Number: JMX1232L11M\n.....\n\nand the mate\n", [5]),
        ]
        for (paste, lines) in pastes {
            let (docs, diags) = CaptureParser.parse(paste)
            #expect(docs.count == 1, "\(paste)")
            #expect(diags.filter { $0.severity >= .warning }.map(\.span.line) == lines, "\(paste)")
            #expect(diags.filter { $0.severity >= .warning }.allSatisfy { $0.code == .DOC003 }, "\(paste)")
            let (streamedDocs, streamedDiags) = FuzzProperties.streamed(Array(paste.utf8), chunk: 16)
            #expect(streamedDocs == docs && streamedDiags == diags, "\(paste)")
        }
    }

    /// `<context>` after the version, escaped: the execution space.
    @Test func anEscapedContextIsTheExecutionSpace() {
        let (docs, _) = CaptureParser.parse("fw1/admin# show version\nCisco Adaptive Security Appliance Software Version 9.8(3)21 &lt;context&gt;\nSerial Number: JMX1232L11M\n")
        guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); return }
        #expect(ak.showVersion?.softwareVersion == "9.8(3)21")
        #expect(ak.showVersion?.executionSpace == "context")
    }

    /// `fw1&gt;`: the user-mode prompt as a page's source escapes it.
    @Test func anEscapedPromptIsAPrompt() {
        let (docs, diags) = CaptureParser.parse("fw1&gt; show activation-key\nSerial Number: JMX1232L11M\n")
        #expect(docs.first?.prompt == "fw1&gt;")
        #expect(docs.first?.hostname == "fw1")
        #expect(docs.first?.command == "show activation-key")
        #expect(diags.isEmpty, "\(diags)")
    }

    /// The pager's prompt and a paster's `<snip>` as a page's source escapes them, as its copy
    /// spaces them (no-break spaces), or as its typography dashes them, are what they are plainly: the same document, the
    /// same warnings, no line not understood.
    @Test func anEscapedPagerPromptAndElisionAreThemselves() {
        let rows = "fw1# show activation-key\nSerial Number: JMX1232L11M\n\nLicensed features for this platform:\nMaximum VLANs : 150 perpetual\n"
            + "MARK\nInside Hosts : Unlimited perpetual\nFailover : Active/Active perpetual\n"
        for (escaped, plain) in [("&lt;--- More ---&gt;", "<--- More --->"), ("&lt;--- More ---&gt;    ", "<--- More --->    "), ("&lt;snip&gt;", "<snip>"), ("&lt;...&gt;", "<...>"),
                                 ("<---\u{00A0}More\u{00A0}--->", "<--- More --->"), ("&lt;---&nbsp;More&nbsp;---&gt;", "<--- More --->"),
                                 ("<output\u{00A0}omitted>", "<output omitted>"), ("---&nbsp;snip&nbsp;---", "--- snip ---"),
                                 // A blog's typography: WordPress makes `---` an em dash, a word processor `--` an en dash.
                                 ("<\u{2014} More \u{2014}>", "<--- More --->"), ("<\u{2013}- More \u{2013}->", "<--- More --->"),
                                 ("\u{2014} snip \u{2014}", "--- snip ---"), ("\u{2013} output omitted \u{2013}", "-- output omitted --")] {
            let (docs, diags) = CaptureParser.parse(rows.replacingOccurrences(of: "MARK", with: escaped))
            let (plainDocs, plainDiags) = CaptureParser.parse(rows.replacingOccurrences(of: "MARK", with: plain))
            #expect(docs.map(\.withoutProvenance) == plainDocs.map(\.withoutProvenance), "\(escaped)")
            #expect(diags.map(\.code) == plainDiags.map(\.code), "\(escaped)")
            #expect(diags.map(\.code) == [.DOC003], "\(escaped)")
        }
        // A pager's prompt glued before a row: the row is read.
        let (docs, _) = CaptureParser.parse(rows.replacingOccurrences(of: "MARK\n", with: "&lt;--- More ---&gt;"))
        guard case .activationKey(let ak)? = docs.first?.content else { Issue.record("no activation-key document"); return }
        #expect(ak.running?.rows.count == 3)
    }

    /// Every sample's prompts and commands as a page's source marks them (`fw1# <strong>show
    /// version</strong>`, `<b>fw1#</b> show version`, `fw1#<kbd> show version</kbd>`, a styled
    /// `<span>`, each word bold): the same documents, prompts and commands, the same findings
    /// on the same lines.
    @Test func everySamplesMarkedCommandsReadAsThemselves() {
        let marks: [(String, String) -> String] = [
            { "\($0) <strong>\($1)</strong>" }, { "<b>\($0)</b> \($1)" }, { "\($0)<kbd> \($1)</kbd>" },
            { "\($0) <span style=\"color: #ff0000;\">\($1)</span>" },
            { p, c in "<p>\(p) " + c.split(separator: " ").map { "<b>\($0)</b>" }.joined(separator: " ") + "</p>" },
        ]
        var compared = 0
        for path in Samples.goldenInputs {
            let text = Samples.text(path)
            // (Not an output whose line breaks were lost: its every word marked is no page's.)
            guard !text.isEmpty, !Samples.isEncoded(text), !text.contains("\r"), !text.contains("<"), !Samples.hasFlattenedLines(text) else { continue }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            // Prompts that echo a command, at the margin (a quote's or a list's are the envelope's).
            let echoes = lines.indices.filter { i in
                lines[i].first.map { $0.isLetter || $0.isNumber } == true
                    && LineLexer.lexing(lines[i]) { $0.count > 1 && Prompt.isPrompt($0) && $0.token(0).start == 0 }
            }
            guard !echoes.isEmpty else { continue }
            let (bareDocs, bareDiags) = CaptureParser.parse(text)
            for mark in marks {
                var marked = lines
                for i in echoes {
                    guard let space = lines[i].firstIndex(where: \.isWhitespace) else { continue }
                    marked[i] = mark(String(lines[i][..<space]), lines[i][space...].trimmingCharacters(in: .whitespaces))
                }
                let (docs, diags) = CaptureParser.parse(marked.joined(separator: "\n"))
                #expect(docs.map { CLIWriter.text($0) } == bareDocs.map { CLIWriter.text($0) }, "\(path): \(marked[echoes[0]])")
                #expect(docs.map(\.command) == bareDocs.map(\.command), "\(path): \(marked[echoes[0]])")
                #expect(diags.map(\.code) == bareDiags.map(\.code), "\(path): \(marked[echoes[0]])")
                #expect(diags.map(\.span.line) == bareDiags.map(\.span.line), "\(path): \(marked[echoes[0]])")
            }
            compared += 1
        }
        #expect(compared > 40)
    }
}

/// The markup of a ticket, a wiki page (Jira, Confluence) or a forum post (BBCode) around a
/// pasted output.
@Suite struct WikiMarkupTests {
    @Test func macrosAreTold() {
        for text in ["{code}", "{code:java}", "{code:title=fw1|borderStyle=solid}", "{noformat}", "{quote}", "{panel:title=fw1}",
                     "[code]", "[/code]", "[quote=\"tac\"]", "[/quote]", "[source,text]", "[CODE]", "[/CODE]", "[Quote]"] {
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer { PageMarkup.tag($0, 0, $0.count)?.end } == bytes.count, "\(text)")
        }
        for text in ["{}", "{code", "{\"changed\": false}", "{'fw1': 'x'}", "{codes}", "{code {x}}", "{Code}", "[OK]", "[code}", "{/code}",
                     "[2012-03-06 10:22:31]", "['Serial Number: x']", "[code [x]]"] {
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer { PageMarkup.tag($0, 0, $0.count) } == nil, "\(text)")
        }
    }

    /// A document's block around a listing, alone on its line: LaTeX's and Org mode's.
    @Test func blockDelimitersAreTold() {
        func delimiter(_ text: String) -> Bool? { Array(text.utf8).withUnsafeBufferPointer { PageMarkup.blockDelimiter($0, 0, $0.count) } }
        for text in ["\\begin{verbatim}", "\\begin{lstlisting}[language=bash]", "\\begin{minted}{text}", "#+BEGIN_SRC", "#+begin_src text -n", "#+BEGIN_EXAMPLE", "  #+begin_example "] {
            #expect(delimiter(text) == false, "\(text)")
        }
        for text in ["\\end{verbatim}", "\\end{Verbatim} ", "#+END_SRC", "#+end_example"] {
            #expect(delimiter(text) == true, "\(text)")
        }
        for text in ["\\begin{document}", "\\end{itemize}", "\\end{verbatim} and more", "\\begin", "#+TITLE: fw1", "#+BEGIN_QUOTE", "#+END_SRC x",
                     "#+BEGIN_", "#+", "# show version", "\\section{Licences}"] {
            #expect(delimiter(text) == nil, "\(text)")
        }
    }
}
