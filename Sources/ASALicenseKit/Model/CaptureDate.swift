/// The day a capture was taken, which turns days left into expiry dates: given by the user
/// (`--as-of`), or read from a `show clock` output earlier in the same capture (the device's
/// own clock). The document records which.
public struct CaptureDate: Hashable, Sendable {
    /// Where the date comes from.
    public enum Source: String, Sendable, CaseIterable {
        /// `--as-of DATE`.
        case option = "as-of"
        /// A `show clock` output in the capture.
        case showClock = "show-clock"
        /// The date of the version-control commit whose diff holds the output (`CommitDate`).
        case commit
    }

    public var date: CivilDate
    public var source: Source

    public init(date: CivilDate, source: Source) {
        self.date = date
        self.source = source
    }

    /// The day a license with `days` left runs out.
    public func expiry(afterDays days: Int) -> CivilDate { date.adding(days: days) }
}
