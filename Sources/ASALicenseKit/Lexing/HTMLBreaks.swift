#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A web page's source that holds an output's lines on one physical line, broken where the page
/// breaks them (a forum's post as its API or an export gives it: `<p>ciscoasa&gt; show shared
/// license<br>Primary License Server : 10.3.32.20<br>  Version : 1<br>…</p><p>Any idea?</p>`).
/// Its lines are where a browser starts a new one: after each `<br>`, `<br/>`, `<br />`, after
/// a block's closing tag (`</p>`, `</div>`, `</pre>` …) and before a block's opening one (`<p>`,
/// `<pre class="…">` …), any case. The tags are framing the parser takes off each line
/// (`PageMarkup`); a line's own blanks after a break are its indentation, as the page shows it.
enum HTMLBreaks {
    /// Where the lines after the first start in `start..<end`; nil when the line holds no
    /// `<br>` with text on both sides of it. (A block's tags alone break no line here: a page's
    /// tag inside a prompt's line, `… perpetual</li>`, is judged a blank, as written back.)
    static func cuts(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> [Int]? {
        var cuts: [Int] = []
        var breaks = false
        func cut(_ at: Int) {
            if at > start && at < end && at > (cuts.last ?? start) { cuts.append(at) }
        }
        var i = start
        while i < end, let hit = memchr(p + i, Int32(UInt8(ascii: "<")), end - i) {
            let open = p.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            i = open + 1
            if let close = breakEnd(p, open, end) {
                if close < end { breaks = true }
                cut(close)
                i = close
            } else if open + 1 < end && p[open + 1] == UInt8(ascii: "/") {
                if let close = blockTagEnd(p, open + 2, end) { cut(close) }
            } else if blockTagEnd(p, open + 1, end) != nil {
                cut(open)
            }
        }
        return breaks ? cuts : nil
    }

    /// Where the break tag at `open` (its `<`) ends: after `<br>`, `<br/>` or `<br />`.
    private static func breakEnd(_ p: UnsafePointer<UInt8>, _ open: Int, _ end: Int) -> Int? {
        guard open + 3 < end, p[open + 1] | 0x20 == UInt8(ascii: "b"), p[open + 2] | 0x20 == UInt8(ascii: "r") else { return nil }
        var j = open + 3
        while j < end && p[j] == 0x20 { j += 1 }
        if j < end && p[j] == UInt8(ascii: "/") { j += 1 }
        return j < end && p[j] == UInt8(ascii: ">") ? j + 1 : nil
    }

    /// The blocks a browser starts a new line for.
    private static let blocks: [StaticString] = ["p", "div", "pre", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "ul", "ol"]

    /// Where the tag whose name starts at `name` ends (after its `>`), when it names a block.
    private static func blockTagEnd(_ p: UnsafePointer<UInt8>, _ name: Int, _ end: Int) -> Int? {
        var j = name
        while j < end && j - name < 10 && (ByteText.isLetter(p[j]) || ByteText.isDigit(p[j])) { j += 1 }
        guard j > name, j < end, p[j] == UInt8(ascii: ">") || p[j] == 0x20 else { return nil }
        let bytes = UnsafeBufferPointer(start: p, count: end)
        guard blocks.contains(where: { $0.utf8CodeUnitCount == j - name && ByteText.hasPrefixIgnoringCase(bytes, name, j, $0) }) else { return nil }
        while j < end && p[j] != UInt8(ascii: ">") { j += 1 }
        return j < end ? j + 1 : nil
    }
}
