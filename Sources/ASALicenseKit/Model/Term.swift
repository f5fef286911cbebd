/// The third column of a feature row: how long the value lasts, or a qualifier that is neither
/// (`VLANs : 20 DMZ Unrestricted`).
public enum Term: Hashable, Sendable {
    case perpetual
    case days(Int)
    case qualifier(String)

    public var text: String {
        switch self {
        case .perpetual: "perpetual"
        case .days(let n): "\(n) days"
        case .qualifier(let s): s
        }
    }

    /// Types a term as written (`perpetual`, `39 days`, `1 day`, anything else a qualifier).
    public init(text: String) {
        if text == "perpetual" { self = .perpetual; return }
        let words = text.split(separator: " ")
        if words.count == 2, words[1] == "days" || words[1] == "day", let n = ByteText.decimal(words[0].utf8) {
            self = .days(n)
        } else {
            self = .qualifier(text)
        }
    }

    public var days: Int? {
        if case .days(let n) = self { return n }
        return nil
    }
}
